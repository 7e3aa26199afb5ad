"""Where a page's documents start, what they are, and which text is none, for page shapes of real sites that the
segmenter missed: a title a sharing site prints three times with its counter line between the copies, an excerpt
whose title is named mid-line in the site's lead-in, an interview's line of labelled fields, a forum thread's replies
under a repost, a site's copyright statement, a yearbook page of several entries, a news item that names a target
population, a progress point in the third quarter, and pages flattened to one line (a header glued into one line,
a notice glued to its fields, a title glued to its date, a plan's chapters and plan part glued to their text).
Every page is written for these tests (places, years and numbers invented); each test of a fix was checked to fail
without it (the others guard what must stay as it is)."""
from __future__ import annotations

import pytest
from test_page_shapes import page_rows  # (documents, observations) of a page, each quote checked against the raw text


def only_doc(text: str) -> dict:
    """The one document of a page (failing when the page makes more or none)."""
    docs, _ = page_rows(text)
    assert len(docs) == 1, [(d["source_start"], text[d["source_start"]:d["source_start"] + 12]) for d in docs]
    return docs[0]


# --- a title printed three times, the sharing site's counter line between the second and the third copy ---

SHARED = ("资料分享网 > 医药卫生 > 总结\n"
          "青岭镇卫生院2031年上半年工作总结\n"
          "青岭镇卫生院2031年上半年工作总结\n"
          "上传者：k***7　 页数：4　 下载积分：1　 浏览：2 306次　 下载：41次　 分类：工作总结　 格式：DOC\n"
          "青岭镇卫生院2031年上半年工作总结\n"
          "上半年，我院紧紧围绕年初目标开展工作，现总结如下：\n"
          "一、基本医疗。1-6月门诊接诊12 840人次，住院病人512人次。\n"
          "二、公共卫生。全镇居民健康档案建档率达到86.4%，高血压患者规范管理1 208人。\n")


def test_a_title_printed_around_the_sites_counter_line_is_one_title_anchored_at_its_first_copy():
    doc = only_doc(SHARED)
    assert doc["source_start"] == SHARED.index("青岭镇卫生院")
    assert doc["title"] == "青岭镇卫生院2031年上半年工作总结"
    _, obs = page_rows(SHARED)
    values = {r["value"] for r in obs}
    assert {12840.0, 512.0, 86.4, 1208.0} <= values
    assert not {2306.0, 41.0, 4.0} & values  # the site's counters are no report figures


def test_a_counter_set_off_by_a_space_before_running_text_still_ends_the_sites_line():
    # the counter's break stays where report text follows it, not another of the site's fields
    page = ("发布时间：2031-05-06 10:12 | 来源：县卫健委 | 浏览次数：1 208 今年以来，全县家庭医生签约率达到47.5%，"
            "重点人群签约率81.2%，较上年提高4.1个百分点。各乡镇卫生院均完成了年度培训任务。\n")
    doc = only_doc(page)
    assert doc["source_start"] == page.index("今年以来")


# --- an excerpt whose title is named mid-line in the site's lead-in ---

@pytest.mark.parametrize("lead, title, after", [
    ("【资料】下面的文字节选自 ", "石门县卫生局2030年工作总结", " 第三部分“主要做法”。"),
    ("本文摘自《", "石门县卫生局2030年工作总结", "》，有删节。"),
    ("【资料】以下内容节选自", "石门县卫生局2030年工作总结", "："),
    ("【學習資料】以下內容節錄自 ", "石門縣衛生局2030年工作總結", " 第三部分。"),
])
def test_the_title_an_excerpt_is_taken_from_is_the_documents_title(lead, title, after):
    page = ("首页 / 学习园地 / 资料\n"
            f"{lead}{title}{after}\n"
            "2030年，全县卫生工作稳步推进。一是新农合参合率达到97.6%，二是住院分娩率达到99.1%，"
            "三是全年完成门诊诊疗84.2万人次。\n"
            "（本节选仅供学习参考。）\n")
    doc = only_doc(page)
    assert doc["source_start"] == page.index(title)
    assert doc["title"] == title
    assert doc["doc_type"] == "summary"


def test_a_report_word_in_a_sentence_quoting_a_source_is_no_excerpt_title():
    # the excerpt's word needs a report title after it: 选自各乡镇的做法 names none
    page = ("2030年，全县卫生工作稳步推进，新农合参合率达到97.6%。下面的经验选自各乡镇的做法，供交流。"
            "住院分娩率达到99.1%，全年完成门诊诊疗84.2万人次。\n")
    doc = only_doc(page)
    assert doc["title"] is None and doc["source_start"] == 0


# --- an interview's line of labelled fields under its headline ---

INTERVIEW = ("在线访谈：聊聊全县家庭医生签约服务（文字实录）\n"
             "访谈时间：2031年4月8日　　嘉宾：松溪县卫生健康局局长 陈立平　　整理：网站编辑部\n"
             "主持人：陈局长您好！请您介绍一下去年全县家庭医生签约的情况。\n"
             "陈立平：好的。2030年，全县家庭医生签约率达到46.2%，重点人群签约率78.5%。\n"
             "主持人：今年有什么打算？\n"
             "陈立平：今年我们将力争签约率达到50%。\n")


@pytest.mark.parametrize("fields", ["访谈时间：2031年4月8日　　嘉宾：松溪县卫生健康局局长 陈立平　　整理：网站编辑部",
                                    "访谈时间：2031年4月8日 | 嘉宾：松溪县卫生健康局局长 陈立平 | 整理：网站编辑部"])
def test_an_interviews_line_of_labelled_fields_is_furniture_and_the_text_starts_at_the_first_turn(fields):
    page = INTERVIEW.replace("访谈时间：2031年4月8日　　嘉宾：松溪县卫生健康局局长 陈立平　　整理：网站编辑部", fields)
    doc = only_doc(page)
    assert doc["source_start"] == page.index("主持人：陈局长")
    _, obs = page_rows(page)
    assert {46.2, 78.5, 50.0} <= {r["value"] for r in obs}
    assert 8.0 not in {r["value"] for r in obs}  # nothing read from the fields' date


def test_a_line_of_labelled_figures_set_off_by_wide_spaces_is_report_text():
    # a bulletin's key figures look like the fields, but a rate sign makes them the report's
    page = ("2030年，全县卫生事业平稳发展，各项指标完成较好。\n"
            "参合率：98.2%　　建档率：85.6%　　住院分娩率：99.4%\n")
    _, obs = page_rows(page)
    assert {98.2, 85.6, 99.4} <= {r["value"] for r in obs}


# --- a forum thread: a repost, the poster's line, the replies and the forum's disclaimer ---

FORUM = ("论坛首页 › 社会民生 › 医疗话题\n"
         "【转帖】某县卫生局2030年工作总结摘录\n"
         "楼主：江边人　发表于 2031-2-3 21:05　只看该作者　阅读权限：20\n"
         "看到一篇邻县卫生局的年终材料，转过来给大家参考：\n"
         "2030年，全县新农合参合率达到98.4%，住院分娩率99.6%，乡镇卫生院住院报销比例提高到80%。"
         "存在的问题：一是基层人才不足，二是部分卫生院设备老化。\n"
         "回复　引用　举报\n"
         "1楼 山里人：我们那里报销比例才60%，差不少。\n"
         "2楼 江边人：是的，他们基层医生也缺。\n"
         "沙发 老周：看病还是要先垫钱，报销比例65%也不算高。\n"
         "« 上一主题 | 下一主题 »\n"
         "本论坛言论仅代表发言者个人观点，与本站立场无关。\n")


def test_forum_replies_under_a_repost_are_no_report_text():
    doc = only_doc(FORUM)
    assert doc["source_start"] == FORUM.index("2030年，全县")  # the poster's line is the forum's, not the report's
    _, obs = page_rows(FORUM)
    values = {r["value"] for r in obs}
    assert {98.4, 99.6, 80.0} <= values
    assert not {60.0, 65.0, 1.0} & values  # the replies' figures (and 一篇 in the poster's line) are not the report's


# --- a news page's copyright statement ---

def test_a_sites_copyright_statement_makes_no_document():
    page = ("群众就医报销更方便了\n"
            "2031-01-12 08:30　来源：山城晚报\n"
            "本报讯 记者从市卫生局获悉，2030年全市新农合参合率达到96.8%，住院实际补偿比为58.2%，"
            "全年基金支出4.16亿元。\n"
            "【打印】【关闭】\n"
            "本站声明：凡注明来源山城晚报的稿件，版权均属山城晚报社所有，未经授权不得转载。\n"
            "特别声明：本网转载的稿件版权归原作者所有，如需使用请与我们联系，我们将在3个工作日内处理。\n")
    doc = only_doc(page)
    assert doc["source_start"] == page.index("本报讯")


# --- a yearbook page of several entries ---

YEARBOOK = ("松溪县年鉴（2031） > 社会事业 > 卫生\n"
            "【卫生健康】2030年，全县有医疗卫生机构286个，卫生技术人员1 352人。全年完成诊疗人次88.4万人次，"
            "孕产妇死亡率为0，婴儿死亡率3.12‰。\n"
            "【疾病预防控制】全年报告乙类传染病发病率为176.5/10万，比上年下降5.3%。\n"
            "【妇幼健康】年内全县住院分娩率99.8%。\n"
            "【计划生育】2030年，全县出生人口3 218人，政策生育率92.4%。（县卫健局 李文）\n")


def test_a_yearbook_page_of_several_entries_is_one_document_whose_values_all_belong_to_it():
    docs, obs = page_rows(YEARBOOK)
    assert [d["source_start"] for d in docs] == [YEARBOOK.index("【卫生健康】")]
    assert docs[0]["title"] is None and docs[0]["doc_type"] == "summary" and docs[0]["year"] == 2030
    assert {r["value"] for r in obs} >= {3.12, 176.5, 99.8, 92.4}
    assert {r["doc_id"] for r in obs} == {docs[0]["doc_id"]}


def test_a_yearbook_page_on_one_line_is_the_same_one_document():
    page = YEARBOOK.replace("\n", "")
    docs, _ = page_rows(page)
    assert [d["source_start"] for d in docs] == [page.index("【卫生健康】")]


def test_an_interviews_bracketed_speakers_are_no_yearbook_entries():
    # a speaker's turn may open with a year too; speakers come back, a yearbook's headings do not
    page = ("【主持人】王局长，请介绍一下去年全县新农合的运行情况。\n"
            "【王建国】2030年全县参合农民达到61.2万人，参合率为98.6%。\n"
            "【主持人】住院报销有什么变化？\n"
            "【王建国】2031年起乡镇卫生院住院报销比例提高到85%。\n")
    docs, _ = page_rows(page)
    assert len(docs) == 1


# --- a news item that names a target population is a summary ---

def test_a_news_item_naming_a_target_population_and_one_next_step_is_a_summary():
    # 目标人群 (the population a rate is measured on) is no target to reach: the item has one plan sentence only
    page = ("本网讯 2030年，全县孕产妇系统管理率达到92.6%，住院分娩率保持在99.8%以上。"
            "全年免费开展孕前优生健康检查3 106对，目标人群覆盖率为95.2%。"
            "下一步，县卫健委将重点加强产科建设，力争高危孕产妇管理率达到100%。\n")
    assert only_doc(page)["doc_type"] == "summary"


# --- the period of an untitled text: a progress point, a year right after the dateline ---

@pytest.mark.parametrize("months, period", [("1至8月", "unknown"), ("1—9月", "unknown"), ("1—10月", "annual"),
                                            ("1—11月", "annual")])
def test_a_progress_point_in_the_third_quarter_covers_neither_a_half_nor_a_year(months, period):
    # (the item states its year: one of 今年 alone reports the year to date, no period, see test_doc_fields_round17.py)
    page = (f"本报讯 2030年{months}，全市基层医疗卫生机构诊疗量占比达到55.8%，较去年同期提高2.6个百分点；"
            "县域内就诊率达到90.4%，家庭医生团队签约重点人群12.6万人。\n")
    assert only_doc(page)["period"] == period


def test_a_year_right_after_the_datelines_byline_is_the_year_a_news_item_reports():
    page = ("本网讯（通讯员 陈某某）2030年，青溪镇卫生院立足山区实际，门急诊服务3.18万人次，住院病人1 806人次，"
            "病床使用率达到83%，老年人健康管理率为71.6%。\n")
    doc = only_doc(page)
    assert (doc["period"], doc["year"]) == ("annual", 2030)


# --- a title and the site's metadata on one line, a disclosure page's fields glued to the notice ---

def test_a_title_followed_by_the_sites_fields_and_counter_on_one_line_is_still_the_title():
    page = ("某某范文网 首页 > 工作计划 > 卫生工作计划\n"
            "青溪镇卫生院2031年工作计划 时间：2031-01-05 作者：网友投稿 阅读：1 309 2031年是巩固基层卫生改革成果的"
            "一年，结合我院实际，特制定本计划。 一、工作目标 全年门诊量力争达到3.6万人次，孕产妇系统管理率达到92%以上。"
            " 二、主要措施 选派3名骨干到县级医院进修。\n")
    doc = only_doc(page)
    assert doc["source_start"] == page.index("青溪镇卫生院")
    assert doc["title"] == "青溪镇卫生院2031年工作计划"
    assert doc["doc_type"] == "plan"


def test_a_notice_glued_to_its_disclosure_fields_and_addressees_on_one_line_is_one_plan():
    page = ("关于印发《2031年全市妇幼健康工作要点》的通知索引号：11380800-2031-00012发文机关：青川市卫生健康委员会"
            "发布日期：2031-03-08各县（市、区）卫生健康局：现将《2031年全市妇幼健康工作要点》印发给你们，请认真贯彻执行。"
            "青川市卫生健康委员会2031年3月7日2031年全市妇幼健康工作要点一、工作目标全市孕产妇系统管理率达到90%以上，"
            "3岁以下儿童系统管理率达到88%以上。二、重点任务（一）加强危重孕产妇救治中心建设，全年培训产科医生120人次。")
    doc = only_doc(page)
    assert doc["source_start"] == 0
    assert doc["title"] == "关于印发《2031年全市妇幼健康工作要点》的通知"
    assert doc["doc_type"] == "plan"


def test_a_font_size_switch_with_bracketed_sizes_under_a_title_is_furniture():
    page = ("青川县卫生健康局2030年工作总结\n"
            "发布日期：2031-01-15\n"
            "字号：【大】【中】【小】\n"
            "分享到：\n"
            "2030年，县卫生健康局坚持以人民健康为中心，全县孕产妇系统管理率达到93.2%，住院分娩率99.6%。\n")
    doc = only_doc(page)
    assert doc["source_start"] == 0 and doc["title"] == "青川县卫生健康局2030年工作总结"


# --- a collection page printing an article's numbered title two or three times; a page flattened to one line ---

def test_an_articles_numbered_title_printed_three_times_is_one_title():
    page = ("卫生院工作总结及计划（精选2篇）\n"
            "作者：佚名  更新时间：2031-01-08  阅读：1 562次\n"
            "第1篇：白沙乡卫生院2030年工作总结（约900字）\n"
            "第1篇：白沙乡卫生院2030年工作总结（约900字）\n"
            "第1篇：白沙乡卫生院2030年工作总结（约900字）\n"
            "2030年，我院在县卫生局的领导下较好地完成了全年任务。全年门诊接诊21 406人次，住院1 138人次，"
            "建档率由上年的62.3%提高到81.6%。\n"
            "第2篇：白沙乡卫生院2031年工作计划（约800字）\n"
            "2031年，我院将力争门诊人次增长8%，建档率达到85%以上，孕产妇系统管理率达到92%。\n")
    docs, _ = page_rows(page)
    assert [(d["source_start"], d["doc_type"]) for d in docs] == [
        (page.index("第1篇"), "summary"), (page.index("第2篇"), "plan")]


def test_a_sites_header_glued_into_one_long_line_without_a_clause_is_no_document():
    # a page flattened to one line glues the site's name, menu, trail and the headline printed twice; no clause in it
    page = ("青川县新添医疗设备惠及群众_青川新闻网首页 | 新闻中心 | 青川要闻 | 部门动态 | 乡镇快讯当前位置：首页 > "
            "新闻中心 > 部门动态 > 青川县新添医疗设备惠及群众青川县新添医疗设备惠及群众\n"
            "发布时间：2031-01-18 09:32　来源：青川日报\n"
            "本报讯 2030年，县财政投入基层卫生专项资金2 160万元，为乡镇卫生院配备DR、彩超等设备46台（套），"
            "县域内就诊率达到90.6%。\n")
    doc = only_doc(page)
    assert doc["source_start"] == page.index("本报讯")


def test_a_page_header_split_like_a_row_whose_only_figure_is_a_year_makes_no_document():
    # 某县2030年妇幼健康工作总结｜某县卫生健康局 is split like a table row, but a title's year is no figure of a table
    page = ("青川县2030年妇幼健康工作总结｜青川县卫生健康局首页 > 信息公开 > 工作总结 > 正文青川县2030年妇幼健康工作总结\n"
            "发布日期：2031-02-10\n"
            "2030年，县卫生健康局全面落实母婴安全五项制度，全县孕产妇系统管理率96.2%，住院分娩率100%。\n"
            "指标 | 单位 | 2030年 | 2029年\n"
            "婴儿死亡率 | ‰ | 1.72 | 2.05\n")
    doc = only_doc(page)
    assert doc["source_start"] == page.index("2030年，县卫生健康局")


def test_a_traditional_title_with_the_issuing_units_label_glued_after_it_is_the_title():
    page = ("首頁 > 數據發佈 > 統計分析\n"
            "2030年全州衛生健康事業發展情況簡報發佈單位：州衛生健康委\n"
            "2030年，全州衛生健康系統以深化醫改爲主線，孕產婦死亡率下降到19.6/10萬，嬰兒死亡率下降到5.2‰。\n")
    doc = only_doc(page)
    assert doc["source_start"] == page.index("2030年全州")
    assert doc["title"] == "2030年全州衛生健康事業發展情況簡報"


# --- one-line pages: a notice with a programme's years, an article marker before its title, a page break ---

def test_a_notice_title_with_the_programmes_years_before_its_word_is_one_title_on_a_one_line_page():
    page = ("首页 > 信息公开 > 规划计划\n"
            "关于印发青川州健康扶贫三年行动实施方案（2031—2033年）的通知青卫发〔2031〕27号各县（市）卫生健康局，"
            "州直各医疗卫生单位：现将《青川州健康扶贫三年行动实施方案（2031—2033年）》印发给你们，请认真组织实施。"
            "青川州卫生健康委员会2031年7月16日青川州健康扶贫三年行动实施方案（2031—2033年）一、工作目标到2033年，"
            "贫困人口基本医疗保险参保率达到100%，县域内就诊率达到90%以上。二、主要措施（一）投入资金2.6亿元，"
            "完成36所乡镇卫生院标准化建设。\n")
    doc = only_doc(page)
    assert doc["source_start"] == page.index("关于印发")
    assert doc["doc_type"] == "plan"


def test_an_article_marker_and_its_title_on_a_one_line_page_open_one_report():
    page = ("首页 > 政务公开 > 规划计划\n"
            "第1篇：青川县卫生局2030年工作总结 2030年，全县新农合参合率达到99.1%，乡镇卫生院住院报销比例提高到80%，"
            "全县婴儿死亡率6.8‰。\n"
            "第2篇：青川县卫生局2031年工作计划 2031年主要目标：新农合参合率稳定在98%以上，建档率达到78%。\n")
    docs, _ = page_rows(page)
    assert [(d["source_start"], d["doc_type"]) for d in docs] == [
        (page.index("第1篇"), "summary"), (page.index("第2篇"), "plan")]


def test_an_untitled_report_goes_on_across_a_sharing_sites_page_break():
    page = ("（一）健康指标持续向好。1—9月，全区孕产妇死亡率为0，婴儿死亡率3.1‰，居民健康素养水平达到18.6%。\n"
            "（二）基层能力明显提升。完成11个乡镇卫生院标准化建设，家庭医生签约服务覆盖率达到37.2%。\n"
            "--- 第2页 ---\n"
            "三、下一步工作打算。力争到年底，全区家庭医生签约率达到40%以上，县域内就诊率达到90%。\n")
    doc = only_doc(page)
    assert doc["source_start"] == 0 and doc["source_end"] > page.index("县域内就诊率")


def test_related_links_after_an_untitled_bulletin_list_other_pages_titles_not_reports():
    page = ("发布日期：2031-06-23　点击：3 057\n"
            "一、卫生资源。2030年末，全市医疗卫生机构4 126个，卫生技术人员2.43万人。\n"
            "二、妇幼卫生。全市孕产妇死亡率为11.8/10万，婴儿死亡率为3.9‰。\n"
            "相关链接：\n"
            "2029年青川市卫生健康事业发展统计公报\n"
            "青川市2030年国民经济和社会发展统计公报（地区生产总值增长6.1%，常住人口334.4万人）\n")
    docs, obs = page_rows(page)
    assert len(docs) == 1 and docs[0]["title"] is None
    assert 6.1 not in {r["value"] for r in obs}


# --- a summary's plan part and a title's copies on one-line pages ---

@pytest.mark.parametrize("heading", ["五、下年工作打算", "五、2031年工作打算"])
def test_a_plan_part_heading_glued_to_its_text_on_a_one_line_page_makes_a_summary_and_plan(heading):
    body = ("2030年，我院在县卫生局的领导下较好地完成了全年各项任务，全年门诊接诊18 436人次，住院1 862人次，业务收入416.8万元，"
            "比上年增长12.4%。一、医疗业务。全年未发生医疗事故，病历书写合格率达到94.5%，处方合格率96%。二、公共卫生。"
            "全镇参合农民27 316人，参合率达到98.63%，比上年提高1.2个百分点，累计建立居民健康档案29 604份，建档率73.2%。"
            "三、妇幼保健。孕产妇系统管理率达到91.6%，住院分娩率99.2%。四、存在问题。一是人员不足，二是设备老化，"
            "三是公共卫生经费拨付不及时，影响工作开展。")
    lined = f"青溪镇卫生院2030年工作总结\n{body}\n{heading}\n加强人才引进，做好公共卫生服务，建档率达到80%以上。\n"
    one_line = lined.replace("\n", "")
    assert only_doc(lined)["doc_type"] == "summary_and_plan"
    assert only_doc(one_line)["doc_type"] == "summary_and_plan"


def test_a_plan_part_heading_a_sharing_site_cuts_off_with_an_ellipsis_is_still_a_plan_part():
    # (on a one-line page: no line of its own makes the heading a section)
    page = ("青溪镇卫生院2030年工作总结 2030年，我院较好地完成了全年各项任务，全年门诊接诊18 436人次，住院1 862人次，"
            "业务收入416.8万元，比上年增长12.4%。一、公共卫生。全镇参合农民27 316人，参合率达到98.63%，比上年提高1.2个百分点，"
            "累计建立居民健康档案29 604份，建档率73.2%，高血压患者规范管理1 208人，糖尿病患者规范管理412人，"
            "老年人健康管理率达到68.5%，0—6岁儿童健康管理率达到89.2%。二、妇幼保健。全镇孕产妇系统管理率达到91.6%，"
            "住院分娩率99.2%，全年无孕产妇死亡，婴儿死亡率4.1‰。三、医疗质量。全年未发生医疗事故，病历书写合格率达到94.5%，"
            "处方合格率96%，群众满意率达到95.3%。四、存在问题。一是人员不足，二是设备老化，三是经费拨付不及时。"
            "五、2031年工作打算……此处隐藏：1 106字，全部文档内容请下载后查看。\n")
    assert only_doc(page)["doc_type"] == "summary_and_plan"


def test_a_title_printed_three_times_glued_on_a_line_of_its_own_is_the_title():
    title = "青川区卫生健康局2031年下半年工作计划"
    page = (f"{title} {title} {title} 来源：区卫生健康局 | 发布日期：2031-07-11 | 阅读：657次 | 【大 中 小】【打印】 "
            "上半年，全区卫生健康工作总体平稳，对照年度目标仍有薄弱环节。 一、抓好疫情防控。60岁以上老年人疫苗全程接种率达到90%以上。"
            " 二、守牢妇幼健康底线。孕产妇死亡率控制在10/10万以内，新生儿疾病筛查率达98%以上。\n")
    doc = only_doc(page)
    assert doc["source_start"] == 0 and doc["title"] == title
    assert (doc["doc_type"], doc["period"]) == ("plan", "H2")


def test_a_disclosure_pages_metadata_set_off_by_spaces_before_the_text_on_one_line_keeps_the_text():
    # 信息索引号 stays one label, and the text after the labelled date opens its own line (not the site's)
    page = ("青川市卫生健康局\n首页 > 信息公开 > 年度总结\n"
            "信息索引号：qc-wjj-2031-0031  发布机构：青川市卫生健康局  发文日期：2031-02-05 2030年，市卫生健康局坚持以人民健康为中心，"
            "全市孕产妇死亡率为11.9/10万，婴儿死亡率3.87‰，居民健康素养水平达到25.6%。一、着力优化医疗资源布局。"
            "全市每千人口医疗卫生机构床位数达到7.42张。\n")
    docs, obs = page_rows(page)
    assert [d["source_start"] for d in docs] == [page.index("2030年，市卫生健康局")]
    assert {11.9, 3.87, 25.6} <= {r["value"] for r in obs}


# --- more of a page flattened to one line: a plan's chapters, a title glued to its date or its source ---

def test_a_plans_chapters_glued_on_a_one_line_page_keep_it_a_plan():
    page = ("第一章 发展基础 “十四五”时期，全市卫生健康事业取得显著成效，人均期望寿命提高到78.6岁，"
            "执业（助理）医师由2020年的1 012人增加到2025年的1 436人。第二章 主要任务 到2030年，全市每千人口执业（助理）医师"
            "达到3.2人，孕产妇死亡率控制在10/10万以下。第三章 保障措施 加大财政投入，完善考核机制。\n")
    assert only_doc(page)["doc_type"] == "plan"


@pytest.mark.parametrize("dated", ["青川县卫生健康局2031年工作计划2031-01-20\n",
                                   "青川县卫生健康局2031年工作计划 2031-01-20　来源：县政府网 "])
def test_a_title_glued_to_the_pages_date_is_still_the_title(dated):
    page = ("首页 > 政务公开 > 规划计划\n"
            f"{dated}"
            "2031年是深化医改的关键之年，为做好今年工作，特制定本计划。一、主要目标。全县参合率稳定在99%以上，"
            "孕产妇死亡率控制在15/10万以内。\n")
    doc = only_doc(page)
    assert doc["source_start"] == page.index("青川县") and doc["title"] == "青川县卫生健康局2031年工作计划"
    assert doc["doc_type"] == "plan"


def test_a_title_glued_to_its_source_label_is_still_the_title():
    page = ("首页 > 统计分析\n"
            "2031年一季度全县卫生健康主要指标运行分析信息来源：青川县统计局\n"
            "一季度，全县卫生健康事业运行总体平稳。全县各级医疗机构完成门急诊56.3万人次，同比增长7.2%。\n")
    doc = only_doc(page)
    assert doc["title"] == "2031年一季度全县卫生健康主要指标运行分析"
    assert doc["period"] == "quarter"


def test_related_reading_set_off_by_a_space_after_a_one_line_report_is_furniture():
    page = ("青川县卫生局2031年上半年工作总结 今年上半年，全县新农合参合率达到98.1%，住院分娩率99.4%。"
            "（来源：网络） 相关阅读：青川县教育局2031年上半年工作总结 青川县上半年GDP增长13.8% 青川县卫生局2031年工作计划\n")
    _, obs = page_rows(page)
    assert {98.1, 99.4} <= {r["value"] for r in obs} and 13.8 not in {r["value"] for r in obs}


def test_a_title_in_a_list_of_links_with_its_date_is_no_report():
    page = ("2030年，区卫生健康局全面完成年度任务，全区孕产妇系统管理率达到95.2%，住院分娩率99.6%。\n"
            "【打印】【关闭】\n"
            "关于印发《青川区2030年卫生健康工作要点》的通知　2030-02-26\n"
            "青川区2030年国民经济和社会发展统计公报（全区GDP增长4.1%）　2031-04-12\n")
    docs, obs = page_rows(page)
    assert len(docs) == 1 and 4.1 not in {r["value"] for r in obs}


def test_a_yearbooks_list_of_its_other_entries_is_furniture():
    yearbook = ("【卫生健康】2030年，全区孕产妇系统管理率达到95.2%，居民健康素养水平33.8%。（区卫生健康局 供稿）\n"
                "上一条：教育　下一条：体育\n"
                "本卷其他条目：人口（户籍人口40.2万人）｜民政（低保对象3 207人）｜教育\n")
    _, obs = page_rows(yearbook)
    assert {95.2, 33.8} <= {r["value"] for r in obs} and not {402000.0, 3207.0} & {r["value"] for r in obs}


def test_a_sites_line_with_a_publication_time_of_day_stays_one_line_under_the_repeated_title():
    # the date's time of day (16:05) is no text glued after the date: the line stays the site's, and the title above it
    # (printed twice, the first copy with the site's name) opens the plan
    title = "青岚县卫生健康局2032年工作计划"
    page = (f"{title}_青岚县人民政府\n{title}\n{title}\n"
            "发布时间：2031-12-28 09:40 | 来源：县卫健局 | 阅读：1 208 | 分享\n"
            "2032年是推进健康青岚建设的重要一年，现制定本计划。\n"
            "一、工作目标\n全县孕产妇系统管理率达到92%以上，婴儿死亡率控制在5‰以下。\n")
    doc = only_doc(page)
    assert doc["title"] == title and doc["doc_type"] == "plan"
    assert doc["source_start"] == 0
