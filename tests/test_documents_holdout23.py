"""Where a page's reports start and end, and what they are, for page shapes of real sites seen in the
written set holdout23: a PDF paste whose title is printed over two lines and again as the running head of
every page, a notice's title wrapped before the years of the plan it carries, an essay site's title
printed bare at the top before 篇一：<title> with a popularity counter between.  Every page is written for
these tests (places, years and numbers invented); each test was checked to fail without its fix."""
from __future__ import annotations

from healthdata.build import report_result
from healthdata.segment import page_reports


def page_docs(text: str, name: str = "page.txt") -> list[dict]:
    """The documents of a page, through the build's per-page path."""
    view, reports = page_reports(text, name)
    docs = []
    for rep in reports:
        docs += report_result(rep, name, view).documents
    return docs


def only_doc(text: str) -> dict:
    """The one document of a page (failing when the page makes more or none)."""
    docs = page_docs(text)
    assert len(docs) == 1, [(d["source_start"], d["title"]) for d in docs]
    return docs[0]


# a PDF paste: the title over two lines (the plan's part after 及), page numbers between dashes, and the
# whole title again at the top of every page (the running head)
PDF_H1 = ("松岭县卫生健康局2032年上半年工作总结\n"
          "及下半年工作打算\n"
          "上半年，全县卫生健康系统围绕年初目标，各项工作有序推进。现将有关情况报告如下：\n"
          "一、医疗保障\n"
          "全县城乡居民医保参保31.2万人，参保率96.8%，门诊统筹报销比例保持在55%。\n"
          "— 1 —\n"
          "松岭县卫生健康局2032年上半年工作总结及下半年工作打算\n"
          "二、公共卫生\n"
          "累计建立居民电子健康档案27.4万份，建档率达到88.5%，高血压患者规范管理率为63%。\n"
          "三、下半年工作打算\n"
          "年底前家庭医生签约率达到45%以上，新建村卫生室6所。\n"
          "— 2 —\n")


def test_pdf_title_over_two_lines_and_running_head_make_one_summary_and_plan():
    doc = only_doc(PDF_H1)
    assert doc["title"] == "松岭县卫生健康局2032年上半年工作总结及下半年工作打算"
    assert doc["doc_type"] == "summary_and_plan"
    assert doc["period"] == "H1"
    assert doc["source_start"] == 0
    assert doc["source_end"] >= PDF_H1.index("新建村卫生室6所")


# a PDF paste of a notice issuing a five-year plan: the notice's title wrapped before the plan's years, the plan's
# title at the top of the next page and again as the running head of the page after, chapters 第N章
PDF_NOTICE = ("青川市人民政府办公室\n"
              "关于印发青川市“十五五”卫生健康事业发展规划\n"
              "（2031—2035年）的通知\n"
              "青川府办发〔2031〕17号\n"
              "各区县人民政府，市级有关部门：\n"
              "《青川市“十五五”卫生健康事业发展规划（2031—2035年）》已经市政府常务会议同意，现印发给你们，请认真贯彻执行。\n"
              "2031年9月3日\n"
              "- 1 -\n"
              "青川市“十五五”卫生健康事业发展规划（2031—2035年）\n"
              "第一章 发展基础\n"
              "“十四五”期间，全市每千人口执业（助理）医师数由2.4人增加到2.9人，孕产妇死亡率由15.2/10万下降到10.4/10万。\n"
              "- 2 -\n"
              "青川市“十五五”卫生健康事业发展规划（2031—2035年）\n"
              "第二章 主要目标\n"
              "到2035年，婴儿死亡率控制在4‰以下，每千人口医疗卫生机构床位数达到8.2张。\n"
              "- 3 -\n")


def test_pdf_notice_with_wrapped_title_and_running_heads_is_one_plan():
    doc = only_doc(PDF_NOTICE)
    assert doc["title"].startswith("关于印发青川市“十五五”卫生健康事业发展规划（2031—2035年）的通知")
    assert doc["doc_type"] == "plan"
    assert doc["period"] == "multi_year"
    assert doc["source_end"] >= PDF_NOTICE.index("床位数达到8.2张")


def test_running_head_that_never_appeared_above_still_opens_a_report():
    """A title after a page break that the page has not printed before is a report of its own (a collection
    printed from a PDF: the second report starts on a new page)."""
    page = ("石桥镇卫生院2032年工作总结\n"
            "全年门诊服务4.2万人次，住院分娩率达到99.1%，孕产妇系统管理率为93%。\n"
            "- 1 -\n"
            "石桥镇卫生院2033年工作计划\n"
            "2033年，力争家庭医生签约率达到50%以上，高血压患者规范管理率达到65%。\n")
    docs = page_docs(page)
    assert [d["doc_type"] for d in docs] == ["summary", "plan"]


# an essay site: the title printed bare three times, the site's line with a popularity counter, its blurb, then
# 篇一：<the same title> and 篇二：<another>
ESSAY = ("某县卫生院20XX年工作计划\n"
         "某县卫生院20XX年工作计划\n"
         "范文大全 | 计划 | 卫生院计划　　时间：2030-04-02　　热度：1 306℃\n"
         "导读：本文是小编为大家整理的卫生院工作计划，希望对大家有帮助！\n"
         "篇一：某县卫生院20XX年工作计划\n"
         "今年，我院将围绕基本医疗和公共卫生两条主线开展工作，力争门诊人次增长8%，住院分娩率保持在98%以上。\n"
         "篇二：某村卫生室20XX年工作计划\n"
         "今年本室将做好慢病随访工作，确保高血压患者随访率达到90%以上，全年开展健康讲座不少于6次。\n")


def test_title_printed_bare_before_its_article_marker_starts_the_report():
    docs = page_docs(ESSAY)
    assert len(docs) == 2, [(d["source_start"], d["title"]) for d in docs]
    assert docs[0]["source_start"] == 0  # the title's first appearance, per the annotation convention
    assert docs[0]["title"] == "某县卫生院20XX年工作计划"
    assert docs[1]["title"] == "某村卫生室20XX年工作计划"


def test_popularity_counter_line_is_site_furniture():
    from healthdata.segment import Line, is_boilerplate

    line = "工作计划 | 卫生 时间：2030-04-02　热度：1 306℃"
    assert is_boilerplate(Line(0, len(line), line, line))
    sentence = "全年门诊热度不减，就诊人次达到12.6万。"
    assert not is_boilerplate(Line(0, len(sentence), sentence, sentence))


def test_excerpt_title_after_a_text_label_and_spaces_opens_the_report():
    """A sharing site's blurb hands over to the text with a label (正文：) and the excerpt's title sits after it,
    mid-line, set off by spaces: the report starts at that title, and its year is the title's."""
    page = ("资料库 > 公文 > 总结　　下载积分：3\n"
            "【摘要】本文为某局年度总结的节选，仅供参考。 正文： 丰原县卫生局2031年工作总结 2031年，全县卫生系统"
            "以基层能力建设为重点，较好地完成了各项任务。\n"
            "一、新农合参合率达到97.3%，人均筹资提高到480元，住院实际补偿比为52.6%。\n"
            "二、孕产妇系统管理率为92.4%，3岁以下儿童系统管理率为90.1%。\n")
    docs = page_docs(page)
    assert len(docs) == 1, [(d["source_start"], d["title"]) for d in docs]
    assert docs[0]["title"] == "丰原县卫生局2031年工作总结"
    assert docs[0]["year"] == 2031
    assert docs[0]["doc_type"] == "summary"


def test_summary_through_september_is_a_quarter_report():
    """A progress report to the end of a quarter (1—9月) that names the quarters (前三季度) covers the quarters to date:
    `quarter` (without the word, round 31: `unknown`); one to a month that closes no quarter (1—7月) stays `unknown`."""
    from healthdata.normalize.documents import period_of

    body = "2032年1—9月，全区家庭医生签约率达到41.2%，孕产妇系统管理率为93.5%，前三季度各项工作进展顺利。"
    assert period_of("summary", "", body) == "quarter"
    assert period_of("summary", "", body.replace("前三季度", "")) == "unknown"
    assert period_of("summary", "", body.replace("前三季度", "").replace("1—9月", "1—7月")) == "unknown"


NEWS_COUNTY = ("白河县：家门口看病更方便了\n"
               "来源：白河县融媒体中心　　发布时间：2033-01-10 10:20\n"
               "本报讯（记者 孙某）记者9日从湖南省白河县卫生健康局获悉，2032年该县新建村卫生室18个，基层诊疗量占比达到"
               "61.4%，比上年提高3.1个百分点。婴儿死亡率为3.2‰，低于全省平均水平。该县卫生健康局负责人表示，"
               "今年将力争县域内就诊率达到90%以上。\n")


def test_news_item_about_a_county_is_county_level():
    """The reporter calls the place 该县 and compares it with the province (全省平均水平): the item is the county's."""
    docs = page_docs(NEWS_COUNTY)
    assert len(docs) == 1
    assert docs[0]["admin_level"] == "county"


def test_news_item_about_a_city_is_city_level():
    page = NEWS_COUNTY.replace("白河县", "白河市").replace("该县", "该市").replace("县域内", "市域内")
    docs = page_docs(page)
    assert docs[0]["admin_level"] == "city"


def test_research_report_title_without_a_report_word_opens_its_report():
    """A research report's title names its genre before a colon, or ends in what it examines (…的问题与对策), not in
    a report word: it is the report's title, over the site's lines."""
    page = ("首页 > 政务公开 > 调查研究\n"
            "调研报告：松溪县乡镇卫生院人才队伍的问题与对策\n"
            "来源：县卫生健康局\n"
            "发布时间：2033-05-12\n"
            "为摸清全县乡镇卫生院人才队伍现状，县卫生健康局组织调研组走访了14个乡镇卫生院。截至2032年底，"
            "全县乡镇卫生院在岗职工612人，其中本科以上学历的占18.6%。\n"
            "一、存在的问题\n"
            "（一）人员老化。50岁以上的职工占37.5%，年轻医生招不来、留不住。\n"
            "二、对策建议\n"
            "（一）每年定向培养本科医学生20名。\n")
    docs = page_docs(page)
    assert len(docs) == 1
    assert docs[0]["title"] == "调研报告：松溪县乡镇卫生院人才队伍的问题与对策"
    assert docs[0]["source_start"] == page.index("调研报告")


def test_title_ending_in_what_it_examines():
    from healthdata.segment import Line, _is_title_like

    for title in ("关于青山区家庭医生签约服务的调查与思考", "白马县基层医疗机构运行现状与对策"):
        assert _is_title_like(Line(0, len(title), title, title)), title
    sentence = "针对上述问题与对策，我们召开了专题会议。"
    assert not _is_title_like(Line(0, len(sentence), sentence, sentence))


def test_news_item_reporting_a_year_learned_from_a_body_is_annual():
    from healthdata.normalize.documents import period_of

    body = ("本报讯 记者从东岭省卫生健康委获悉，2032年，我省在8个市开展结核病主动筛查46.3万人，筛查覆盖率达到91.2%。"
            "省卫生健康委有关负责人表示，到2035年将力争肺结核发病率下降到40/10万以下。")
    assert period_of("summary", "", body) == "annual"
    assert period_of("summary", "", body.replace("获悉，2032年，", "获悉，")) == "unknown"


def test_untitled_text_stating_figures_without_cue_words_is_a_summary():
    """An interview's answers that state the year's figures with neither plan words nor words of work done."""
    from healthdata.normalize.documents import untitled_doc_type

    body = ("主持人：报销比例有什么变化？\n刘某：从去年起，二级医院住院报销比例由70%提高到75%，"
            "大病保险起付线由1.5万元降至1万元，赔付3.4万人次。\n")
    assert untitled_doc_type(body, 0.0) == "summary"
    # (round 27: and so is a text without figures: the annotators never leave a text without a type)
    assert untitled_doc_type("主持人：欢迎各位网友。\n刘某：大家好。\n", 0.0) == "summary"


YEARBOOK = ("岚石县年鉴（2033） > 社会事业 > 卫生健康\n"
            "【卫生健康】2032年，岚石县有县级医院3所、乡镇卫生院14所、村卫生室188个，卫生技术人员1 426人。"
            "全年总诊疗人次162.4万，孕产妇死亡率为0，婴儿死亡率3.1‰。（县卫生健康局 周某）\n"
            "【医疗保障】2032年，岚石县城乡居民医保参保21.7万人，参保率97.9%，住院报销比例提高到65%，"
            "全年医保基金支出1.86亿元。（县医疗保障局 吴某）\n")


def test_yearbook_entries_each_signed_by_its_contributor_are_two_reports():
    docs = page_docs(YEARBOOK)
    assert [d["source_start"] for d in docs] == [YEARBOOK.index("【卫生健康】"), YEARBOOK.index("【医疗保障】")]
    assert [d["admin_level"] for d in docs] == ["county", "county"]
    assert [(d["doc_type"], d["period"], d["year"]) for d in docs] == [("summary", "annual", 2032)] * 2


def test_yearbook_entries_signed_once_at_the_end_are_one_article():
    unsigned = YEARBOOK.replace("（县卫生健康局 周某）", "")
    assert len(page_docs(unsigned)) == 1
    assert len(page_docs(unsigned.replace("（县医疗保障局 吴某）", "") + "（撰稿：李某）\n")) == 1


def test_interview_turns_in_brackets_are_no_yearbook_entries():
    page = ("【主持人】王局长，去年全县医保工作情况怎么样？\n"
            "【王某】2032年全县参保21.7万人，参保率97.9%，住院报销比例提高到65%。\n"
            "【主持人】今年有什么打算？\n"
            "【王某】2033年我们将力争参保率稳定在97%以上。\n")
    assert len(page_docs(page)) == 1


def test_news_headline_year_printed_three_times_is_not_the_reports_year():
    headline = "岚石县：县乡村一体化 2033年看病更省心\n"
    page = (headline * 3 + "来源：岚石县融媒体中心　　发布时间：2033-01-12 09:30\n"
            "本报讯（记者 孙某）记者11日从岚石县卫生健康局获悉，2032年该县县域内就诊率达到90.6%，比上年提高1.8个百分点；"
            "基层诊疗量占比由2030年的51.2%提高到57.9%。该县卫生健康局负责人表示，2033年将力争县域内就诊率稳定在90%以上。\n")
    docs = page_docs(page)
    assert len(docs) == 1
    assert docs[0]["year"] == 2032


def test_decimal_cut_by_a_space_before_a_multiplier_is_one_number():
    """A PDF's justified line puts a space inside a decimal (参合农民31.2 6万人 means 31.26万人); two numbers side by
    side in a table, or before a bare measure word, stay apart."""
    from healthdata.pageview import page_view

    assert page_view("全县参合农民31.2 6万人，参合率97.1%。").text == "全县参合农民31.26万人，参合率97.1%。"
    assert page_view("全年医保支出2.4 5亿元。").text == "全年医保支出2.45亿元。"
    assert page_view("两年分别为12.5 13.6万人。").text == "两年分别为12.5 13.6万人。"
    assert page_view("两年分别为12.5 4人。").text == "两年分别为12.5 4人。"


def test_yearbook_entries_under_a_site_name_line_split_only_after_the_first_entry():
    """A site's name printed above the entries is read as the first entry's headline: the entries split after it,
    and the first document still holds its entry's text."""
    page = "岚石县地方志网 · 数字方志馆\n" + YEARBOOK
    docs = page_docs(page)
    assert len(docs) == 2
    assert docs[1]["source_start"] == page.index("【医疗保障】")
    assert all(d["source_end"] > d["source_start"] for d in docs)
    assert docs[0]["source_end"] >= page.index("婴儿死亡率3.1‰")


def test_on_a_collection_page_the_bare_title_above_article_one_is_the_collections():
    """Under a collection's title (…（通用3篇）) the bare title printed above 篇1 is the page's: the article starts
    at its marker."""
    page = ("首页>范文>工作计划\n"
            "卫生院2033年工作计划\n"
            "更新时间：\n"
            "卫生院2033年工作计划（通用3篇）\n"
            "卫生院2033年工作计划篇1\n"
            "今年，我院将力争门诊人次增长6%，住院分娩率保持在98%以上，高血压患者规范管理率达到65%。\n")
    docs = page_docs(page)
    assert [d["source_start"] for d in docs] == [page.index("卫生院2033年工作计划篇1")]


def test_sharing_sites_whole_text_note_is_furniture_on_its_line_and_glued_to_the_text():
    """(全文共3120字，下载后查看完整内容) under an excerpt is the site's: the problem before it ends at its sentence, on a lined
    page and on the page flattened to one line alike."""
    page = ("丰原县卫生局2031年工作总结\n"
            "2031年，全县新农合参合率达到97.3%，住院实际补偿比为52.6%。\n"
            "存在的问题：一是乡村医生老龄化严重；二是部分村卫生室房屋简陋，设备不齐。\n"
            "（全文共3120字，下载后查看完整内容）\n"
            "相关文档：\n")
    for text in (page, page.replace("\n", "")):
        view, reports = page_reports(text, "page.txt")
        problems = [p["text"] for rep in reports for p in report_result(rep, "page.txt", view).problems]
        assert problems and not any("全文" in p for p in problems), problems
