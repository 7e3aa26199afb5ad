"""Document boundaries, round 18 (worked from the round-19 sets): where a page's reports start and how many it holds —
a speech's title over its bracketed note and speaker; a title that names no health body over a subtitle that does; a
title over a site's two labelled fields on one line; a site's heading with an essay site's 通用版 label over the
document's own title; a statistics bulletin's reprinted health part; a bureau's page of questions and answers on a policy
and its reading of a document named in book-title marks; a yearbook page whose first place's name stands just above the
span of text; a one-cell-a-line table whose counts are grouped by a space; a stub's title over the site's notes only; a
mobile article's list of its figures and its tool bar with counts; a site footer without 单位.  Every page is written for
the test (names and figures invented)."""
from __future__ import annotations

import pytest
from test_documents_written import one_doc, page_docs

from healthdata.pageview import page_view
from healthdata.segment import Line, _is_short_link, is_boilerplate, lines_of, page_reports
from healthdata.textnorm import matching_text


def _line(text: str) -> Line:
    return lines_of(text, matching_text(text))[0]


# --- a title over its byline --------------------------------------------------------------------------------------

SPEECH = ("青禾市疾病预防控制中心2031年工作总结\n"
          "（2032年1月20日在全市疾控工作会议上的报告）\n"
          "青禾市疾病预防控制中心主任　陈立民\n"
          "\n"
          "同志们：\n"
          "　　2031年，全市疾控系统坚持预防为主，较好完成了年度各项任务。\n"
          "　　一、免疫规划。适龄儿童免疫规划疫苗接种率达到96.8%，乙肝疫苗首针及时接种率93.5%。\n"
          "　　二、传染病防控。全市甲乙类传染病报告发病率为186.2/10万，比上年下降7.4%。\n")


def test_a_speech_title_over_its_bracketed_note_and_speaker_is_a_titled_report_from_the_title():
    doc = one_doc(SPEECH)
    assert doc["source_start"] == 0
    assert doc["title"] == "青禾市疾病预防控制中心2031年工作总结"


def test_a_bracketed_note_and_a_speakers_line_are_no_links():
    assert not _is_short_link(_line("（2032年1月20日在全市疾控工作会议上的报告）"))
    assert not _is_short_link(_line("青禾市疾病预防控制中心主任　陈立民"))
    assert _is_short_link(_line("县疾控中心开展春季学校传染病督导"))


# --- a title over a subtitle naming its body -------------------------------------------------------------------------

def test_a_title_naming_no_body_over_a_dashed_subtitle_naming_the_health_bureau_starts_the_report():
    page = ("2031年上半年工作总结及下半年工作打算\n"
            "——柳川县卫生健康局\n"
            "发布时间：2031-07-16\n"
            "来源：柳川县卫健局　浏览量：812\n"
            "　　上半年，全县卫生健康系统扎实推进各项工作。家庭医生重点人群签约率达到71.3%，"
            "适龄儿童免疫规划疫苗接种率保持在97%以上。\n"
            "　　下半年打算：年底前孕产妇系统管理率达到92%。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0
    assert doc["title"] == "2031年上半年工作总结及下半年工作打算"


def test_a_title_naming_no_body_over_a_news_subtitle_without_a_health_word_stays_untitled():
    page = ("2031年上半年工作总结及下半年工作打算\n"
            "——青禾县交通运输局\n"
            "发布时间：2031-07-16\n"
            "　　上半年，全县公路养护里程达到1 260公里，农村客运通达率100%，安全事故起数比上年下降12%。\n")
    assert all(d["title"] is None for d in page_docs(page))


# --- a title over a line of two site fields ---------------------------------------------------------------------------

def test_a_space_between_two_labelled_site_fields_is_kept():
    view = page_view("某某县卫生局2031年工作總結\n發佈：縣衛生局辦公室\u3000時間：2032-02-03\n")
    assert "辦公室\u3000時間" in view.text


def test_a_space_between_han_characters_of_prose_is_still_joined():
    view = page_view("全县新农合参合率达到98.2%，住院 补偿比例提高到60%。\n")
    assert "住院补偿" in view.text


def test_a_repeated_traditional_title_over_two_labelled_fields_is_a_titled_report_from_its_first_copy():
    page = ("首頁 > 新聞動態 > 衛生要聞\n"
            "青禾灣市衛生局2031年度工作總結\n"
            "青禾灣市衛生局2031年度工作總結\u3000發佈：市衛生局辦公室\u3000時間：2032-03-05\u3000瀏覽：1,906次\n"
            "\u3000\u30002031年，全市衛生系統緊扣「保基本、強基層」，紮實推進醫改各項任務。一、基本醫療保障水平提高。"
            "全市新農合參合率99.1%，住院費用報銷比例達到76%，孕產婦死亡率下降到15.2/10萬。\n"
            "【列印】【關閉】\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index("青禾灣市")
    assert doc["title"] is not None


# --- labels after a report word ----------------------------------------------------------------------------------------

def test_an_essay_sites_heading_with_its_general_edition_label_is_where_the_report_starts():
    page = ("范文中心 > 工作总结 > 卫生院工作总结\n"
            "社区卫生服务中心20XX年度工作总结（通用版）\n"
            "下载次数：1,208　　文档格式：DOC　　页数：3\n"
            "\n"
            "社区卫生服务中心20XX年度工作总结\n"
            "\n"
            "　　20XX年，中心在区卫健局的领导下，全年门诊3.6万人次，居民健康档案建档率达到86%，"
            "高血压患者规范管理率71.5%。\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index("社区卫生服务中心20XX年度工作总结（通用版）")


def test_a_statistics_bulletins_reprinted_health_part_is_titled():
    page = ("柳川縣2031年國民經濟和社會發展統計公報（衛生部分）\n"
            "來源：縣統計局　　發布日期：2032-03-28\n"
            "\n"
            "十、衛生健康\n"
            "　　年末全縣共有醫療衛生機構312個，其中醫院9個。全年孕產婦死亡率為10.4/10萬，嬰兒死亡率3.6‰。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0
    assert doc["title"] is not None


# --- a bureau's questions and answers on a policy ----------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "柳川县新型农村合作医疗政策问答（2031年版）",
    "《关于推进家庭医生签约服务的实施意见》政策问答",
    "《青禾市推进分级诊疗制度建设实施方案（2031—2033年）》解读",
])
def test_a_bureaus_questions_and_answers_on_a_policy_start_at_their_title(title):
    page = ("首页 > 政务公开 > 政策解读\n"
            f"{title}\n"
            "发布日期：2031-03-02\n"
            "来源：县卫生健康局　　字号：[大 中 小]\n"
            "问：今年个人缴费标准是多少？\n"
            "答：2031年个人缴费标准为每人380元，乡镇卫生院住院报销比例提高到85%。\n"
            "问：门诊能报销吗？\n"
            "答：普通门诊费用报销50%，每人每年封顶300元。\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index(title)


def test_a_headline_over_a_press_conference_talk_still_starts_at_the_talk():
    page = ("【在线访谈】县医保局负责人就2031年医保待遇调整答记者问\n"
            "时间：2031-03-02 10:00　来源：县医疗保障局\n"
            "问：今年城乡居民医保住院待遇有哪些调整？\n"
            "答：从2031年1月起，乡镇卫生院住院报销比例提高到90%，县级医院提高到75%。\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index("问：今年")


# --- yearbook entries on several places ----------------------------------------------------------------------------------

def test_each_city_named_over_its_bracketed_entries_is_a_report_when_the_first_city_heads_the_page():
    page = ("某省年鉴2032·卫生\n"
            "青禾市\n"
            "　　【概况】2031年末，全市有医疗卫生机构1 862个，卫生技术人员2.1万人。\n"
            "　　【妇幼卫生】孕产妇死亡率12.3/10万，婴儿死亡率4.2‰。\n"
            "柳川市\n"
            "　　【概况】至年底，全市医疗卫生机构共2 306个。全年新增病床860张。\n"
            "　　【新农合】参合率达98.4%，住院报销比例为72%。\n"
            "石门市\n"
            "　　【概况】全市乡镇卫生院标准化建设完成率100%，村卫生室一体化管理覆盖率81.2%。\n")
    docs = page_docs(page)
    assert len(docs) == 3, [d["opening"] for d in docs]
    starts = [d["source_start"] for d in docs]
    assert abs(starts[1] - page.index("柳川市")) <= 6
    assert abs(starts[2] - page.index("石门市")) <= 6


# --- a table one cell a line ------------------------------------------------------------------------------------------

def test_a_one_cell_a_line_table_with_counts_grouped_by_a_space_stays_in_its_report():
    page = ("柳川县卫生局2031年上半年工作总结及下半年工作打算\n"
            "　　上半年，全县卫生系统稳步推进各项工作。主要指标完成情况见下表：\n"
            "指标\n单位\n1—6月\n全年目标\n"
            "孕产妇系统管理率\n%\n89.2\n92\n"
            "高血压规范管理人数\n人\n18 420\n36 000\n"
            "　　县人民医院取消药品加成后，药品收入占比由41.2%降至34.6%，财政给予补助资金860万元。\n"
            "　　下半年打算：年底前完成剩余5个乡镇卫生院标准化建设。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0
    view, reports = page_reports(page, "page.txt")
    assert "由41.2%降至34.6%" in view.text[reports[0].start:reports[0].end]  # (the table ends no report)


# --- a stub's title over the site's lines ---------------------------------------------------------------------------

def test_a_numbered_stub_over_the_sites_notes_only_is_no_report():
    page = ("第1篇\n"
            "20XX年乡镇卫生院年度工作总结\n"
            "　　20XX年，我院门诊量达到2.4万人次，住院病人1 120人，新农合参合率达到97.5%，儿童建卡建证率100%。\n"
            "第2篇\n"
            "卫生院院长年终述职报告（略，会员可见）\n"
            "……\n"
            "温馨提示：本站文章均来自网友投稿，仅供参考学习，如有雷同，纯属巧合。\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index("20XX年乡镇")


# --- a mobile article ------------------------------------------------------------------------------------------------

def test_a_bulleted_list_of_figures_is_no_list_of_links():
    assert not _is_short_link(_line("🔹 县域内住院就诊率达到86.2%，同比提升1.8个百分点"))


def test_a_mobile_articles_tool_bar_with_counts_is_furniture():
    assert is_boilerplate(_line("阅读 2.3万　　分享　　在看 88　　写留言"))
    assert is_boilerplate(_line("阅读原文　在看　分享"))


def _readings(text: str) -> list[tuple]:
    from healthdata.build import report_result

    view, reports = page_reports(text, "page.txt")
    return sorted((row["value"], row["unit"], row["indicator_id"], row["statement"])
                  for rep in reports for row in report_result(rep, "page.txt", view).observations)


MOBILE_LIST = ("上半年，我县卫生健康系统聚焦“强基层、惠民生”，交出了一份成绩单👇\n"
               "🔹 县域内住院就诊率达到86.2%，同比提升1.8个百分点\n"
               "🔹 全县家庭医生签约服务覆盖6.1万人，重点人群签约率78.4%\n"
               "🔹 城乡居民医保参保率97.9%，脱贫人口参保率100%\n"
               "下半年，我们将继续努力，确保老年人健康管理率年底达到70%以上！\n")


def test_a_mobile_articles_list_of_figures_reads_the_same_on_one_line():
    lined = _readings(MOBILE_LIST)
    assert (86.2, "percent", None, "actual") in [r[:2] + (None, r[3]) for r in lined]
    assert _readings(MOBILE_LIST.replace("\n", "")) == lined


def test_a_mobile_articles_figures_listed_under_its_headline_are_one_report_and_its_source_note_none():
    page = ("柳川县卫健局\n"
            "2031年07月08日 17:20 广西\n"
            "一图读懂｜柳川县2031年上半年卫生健康工作“成绩单”\n"
            "原创 县卫健局宣传股 柳川健康\n"
            "上半年，我县卫生健康系统聚焦“强基层、惠民生”，交出了一份成绩单👇\n"
            "🔹 县域内住院就诊率达到86.2%，同比提升1.8个百分点\n"
            "🔹 重点人群家庭医生签约率78.4%，比上年提高2.1个百分点\n"
            "🔹 0~6岁儿童健康管理率92.6%，孕产妇系统管理率91.4%\n"
            "🔹 城乡居民医保参保率97.9%，脱贫人口参保率100%\n"
            "下半年，我们将继续努力，确保老年人健康管理率年底达到70%以上！\n"
            "参考资料：\n"
            "县卫健局2031年上半年工作报告\n"
            "编辑：李某　审核：王某\n"
            "阅读 9 876　　分享　　在看 52　　写留言\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index("一图读懂")
    view, reports = page_reports(page, "page.txt")
    text = view.text[reports[0].start:reports[0].end]
    assert "86.2%" in text and "97.9%" in text


# --- a site footer ----------------------------------------------------------------------------------------------------

def test_a_site_footer_without_the_word_for_unit_is_furniture():
    assert is_boilerplate(_line("主办：柳川县人民政府办公室　　承办：县政府信息中心　　联系电话：0771-5520001"))


def test_a_news_page_with_its_site_footer_is_one_report():
    page = ("首页 > 新闻中心 > 部门动态\n"
            "柳川县新农合住院补偿再提速\n"
            "发布时间：2032-01-09 10:22  来源：县合管办  浏览次数：318\n"
            "　　记者从县合作医疗管理办公室获悉，2031年全县参合率达到98.7%，比上年提高1.2个百分点。"
            "乡镇卫生院住院补偿比例达到85%。\n"
            "上一篇：县疾控中心开展冬春季传染病防控督查\n"
            "主办：柳川县人民政府办公室  承办：县政府信息中心  联系电话：0771-5520001\n"
            "桂ICP备05002173号\n")
    one_doc(page)


def test_an_official_documents_imprint_note_is_furniture_and_its_signature_lines_no_links():
    assert is_boilerplate(_line("（共印30份）"))
    assert not is_boilerplate(_line("（2032年1月20日在全市疾控工作会议上的报告）"))


def test_a_bare_questions_and_answers_headline_stays_untitled_but_its_edition_on_the_next_line_titles_it():
    body = ("发布日期：2031-03-02\n"
            "问：今年个人缴费标准是多少？\n"
            "答：2031年个人缴费标准为每人380元，乡镇卫生院住院报销比例提高到85%。\n")
    bare = "柳川县新型农村合作医疗政策问答\n" + body
    assert one_doc(bare)["source_start"] == bare.index("问：")
    edition = "柳川县新型农村合作医疗政策问答\n（2031年版）\n" + body
    assert one_doc(edition)["source_start"] == 0


def test_related_links_under_a_bracketed_label_stating_a_rate_make_no_report():
    page = ("柳川县召开2031年上半年卫生工作推进会\n"
            "发布时间：2031-07-18　来源：县卫健局\n"
            "　　7月17日，县卫健局召开上半年工作推进会。上半年全县孕产妇系统管理率达到91.2%，"
            "适龄儿童免疫规划疫苗接种率97.6%，家庭医生重点人群签约率74.3%。会议要求各单位对照年初目标，"
            "确保全年任务圆满完成。\n"
            "（编辑：周某）\n"
            "【相关链接】\n"
            "· 县卫健局召开2031年度党风廉政建设工作会议\n"
            "· 全市卫生工作会议召开，2030年全市孕产妇死亡率降至11.6/10万\n")
    one_doc(page)
