"""Where a report starts and what it is, for page shapes first seen on the holdout18 pages: an HTML page whose
``<title>`` and heading carry a …情况报告, a review titled with the years ahead (…回顾与“十六五”主要目标), text pasted
from a PDF (lines wrapped at the paper's width, so their character counts differ with the digits in them; page
numbers beside a running head), a site's bare date line between the copies of a title, a yearbook entry's
bracketed heading over its table, a banner's and a county-level city's own words, and an interview asking for
this year's plans.  Every page is written for these tests (places, years and numbers invented); each test was
checked to fail without its fix."""
from __future__ import annotations

import pytest
from test_documents_holdout11_shapes import only_doc  # the one document of a page, its quotes checked against the text
from test_page_shapes import page_rows

from healthdata.build import report_result
from healthdata.segment import page_reports


def html_docs(page: str) -> list[dict]:
    """The documents of an HTML page, through the build's per-page path."""
    view, reports = page_reports(page, "page.html")
    return [doc for rep in reports for doc in report_result(rep, "page.html", view).documents]


# --- an HTML page: the title in <title> (with the site's name) and again as the article's heading ---

def test_an_html_state_of_work_report_is_titled_and_starts_at_its_page_title():
    title = "枫川市妇幼保健院2032年上半年工作情况报告"
    page = ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{title}_枫川市卫生健康局</title>\n<script>var n=1;</script>\n</head>\n<body>\n"
            "<div class=\"crumb\">当前位置：<a href=\"/\">首页</a>&nbsp;&gt;&gt;&nbsp;工作动态</div>\n"
            f"<div class=\"article\">\n<h2>{title}</h2>\n"
            "<div class=\"info\">发布日期：2032-07-15&nbsp;&nbsp;点击数：<span>96</span></div>\n"
            "<p>&nbsp;&nbsp;上半年，我院围绕年度目标推进各项工作，现将有关情况报告如下：</p>\n"
            "<p>&nbsp;&nbsp;一、孕产妇系统管理率达到93.4%，住院分娩率99.8%。</p>\n"
            "<p>&nbsp;&nbsp;二、新生儿疾病筛查率98.1%，较上年同期提高0.6个百分点。</p>\n"
            "</div>\n</body>\n</html>\n")
    docs = html_docs(page)
    assert len(docs) == 1
    doc = docs[0]
    assert doc["title"] == title and doc["period"] == "H1"
    assert doc["source_start"] == page.index(title)  # its first appearance: the page's <title>


# --- a multi-year review whose title names the years ahead after the review ---

def test_a_review_titled_with_the_goals_ahead_is_a_titled_summary_and_plan():
    title = "石溪区“十五五”卫生健康发展回顾与“十六五”主要目标"
    page = (f"首页 > 规划计划\n{title}\n发布时间：2036-03-02\n"
            "“十五五”期间，全区孕产妇死亡率由12.1/10万下降到7.3/10万，婴儿死亡率由4.2‰下降到2.6‰。\n"
            "到2040年，全区人均预期寿命达到81岁，每千人口执业（助理）医师数达到3.6人。\n")
    doc = only_doc(page)
    assert doc["title"] == title and doc["source_start"] == page.index(title)
    assert doc["doc_type"] == "summary_and_plan" and doc["period"] == "multi_year"


def test_a_review_ending_in_its_development_ideas_is_titled():
    title = "柏岭县中医院“十五五”工作回顾及“十六五”发展思路"
    page = (f"{title}\n（2036年2月）\n"
            "五年来，我院门诊量由21.4万人次增长到30.2万人次，床位使用率保持在85%以上。\n"
            "“十六五”期间，力争建成三级中医医院，年门诊量达到40万人次。\n")
    doc = only_doc(page)
    assert doc["title"] == title and doc["source_start"] == 0 and doc["doc_type"] == "summary_and_plan"


# --- text pasted from a PDF: lines wrapped at the paper's width, page numbers with running heads ---

PDF_PAGE = ("云岫县疾控中心\n"
            "2033年工作总结\n"
            "2033年，我中心以“防重大疫情、\n"
            "保群众健康”为目标，扎实开展各\n"
            "项疾病预防控制工作，全年未发生\n"
            "重大突发公共卫生事件。\n"
            "一、传染病防控\n"
            "全县报告传染病12种1 963例，发病\n"
            "率为412.8/10万，比上年下降3.4\n"
            "%；处置聚集性疫情14起，及时处置\n"
            "率100%。\n"
            "二、免疫规划\n"
            "适龄儿童建卡率99.2%，国家免疫\n"
            "规划疫苗报告接种率均保持在9\n"
            "\n"
            "云岫县疾控中心2033年工作总结                — 2 —\n"
            "\n"
            "7%以上，脊灰疫苗查漏补种2 104人\n"
            "次，补种率95.8%。\n"
            "三、慢病防治\n"
            "管理高血压患者31 200人，规范管\n"
            "理率71.6%；管理糖尿病患者9 80\n"
            "0人，规范管理率69.3%。\n"
            "\n"
            "云岫县疾控中心2033年工作总结                — 3 —\n")


def test_a_page_pasted_from_a_pdf_is_one_titled_report_whatever_the_digits_do_to_its_line_lengths():
    # the lines are wrapped at one printed width: a line with digits in it holds more characters than one of Han
    # characters only, so no one character count is the wrap width; the wrap is undone all the same
    docs, obs = page_rows(PDF_PAGE)
    assert [(d["title"], d["source_start"], d["year"]) for d in docs] == [("云岫县疾控中心2033年工作总结", 0, 2033)]
    values = {(r["value"], r["unit"]) for r in obs}
    assert {(412.8, "per_100k"), (-3.4, "percent"), (99.2, "percent"), (71.6, "percent"), (69.3, "percent")} <= values
    assert {(2104.0, "count"), (31200.0, "count"), (9800.0, "count")} <= values  # counts the wrap cut (9 80 | 0人)


def test_a_pdf_page_number_beside_its_running_head_is_a_page_break_the_text_goes_on_across():
    docs, obs = page_rows(PDF_PAGE)
    assert len(docs) == 1
    values = {(r["value"], r["unit"]) for r in obs}
    assert (97.0, "percent") in values  # 均保持在9 | running head — 2 — | 7%以上: one rate cut by the page break
    assert not {(9.0, "percent"), (7.0, "percent"), (2.0, "count"), (3.0, "count")} & values
    cut = next(r["quote"] for r in obs if r["value"] == 97.0)
    assert cut.startswith("9\n") and cut.endswith("\n7%") and "— 2 —" in cut  # the rate's characters, across the break


def test_a_running_head_on_the_left_of_the_page_number_is_a_page_break_too():
    page = ("柳溪镇卫生院2034年工作总结\n"
            "一、基本医疗\n"
            "全年门诊接诊18 420人次，住院病人1 036人次，病床使用率达到8\n"
            "— 4 —          柳溪镇卫生院2034年工作总结\n"
            "1.5%，较上年提高2.2个百分点。\n"
            "二、公共卫生\n"
            "全镇居民健康档案建档率达到88.3%，老年人健康管理率72.5%。\n")
    docs, obs = page_rows(page)
    assert len(docs) == 1 and docs[0]["title"] == "柳溪镇卫生院2034年工作总结"
    assert (81.5, "percent") in {(r["value"], r["unit"]) for r in obs}


# --- a title printed again after the site's bare date line ---

def test_a_bare_date_line_between_the_copies_of_a_title_keeps_them_one_title():
    title = "前三季度松溪市卫生健康工作运行情况"
    page = (f"{title}\n{title}_松溪市卫生健康局\n2034-10-20\n来源：规划信息科 浏览：318次\n"
            f"{title}　2034年1—9月，全市医疗卫生机构总诊疗人次186.2万人次，同比增长6.4%；"
            "出院病人4.12万人次，同比增长3.1%。一、公共卫生。全市高血压患者规范管理率74.2%。")
    doc = only_doc(page)
    assert doc["title"] == title and doc["source_start"] == 0


# --- a yearbook entry's bracketed heading over its table ---

def test_a_yearbook_entrys_bracketed_heading_over_its_table_is_no_line_of_page_tools():
    page = ("青杉县年鉴 > 2035卷 > 社会事业\n"
            "【综述】2034年，青杉县卫生健康局全面完成市下达的目标任务，全县新农合参合农民24.6万人。\n"
            "【主要指标完成情况】\n"
            "指标 | 单位 | 目标 | 完成\n"
            "住院分娩率 | % | ≥98 | 99.4\n"
            "婴儿死亡率 | ‰ | ≤8 | 4.1\n"
            "【疾病预防控制】全县适龄儿童免疫规划疫苗接种率保持在95%以上。\n"
            "【打印】【关闭】\n")
    doc = only_doc(page)
    assert doc["source_start"] == page.index("【综述】") and doc["year"] == 2034
    _, obs = page_rows(page)
    assert {99.4, 4.1, 95.0} <= {r["value"] for r in obs}


# --- a banner's and a county-level city's own words ---

LEVELS = {
    # a banner (旗) speaks of itself as a county does: 全旗
    "banner": ("【卫生健康】2035年，全旗有医疗卫生机构168个，苏木乡镇卫生院14所。全旗住院分娩率99.5%，"
               "孕产妇系统管理率92.6%；旗医院病床使用率78.4%。\n", "county"),
    # a city the gazetteer does not know, naming its towns and sub-districts as its parts
    "towns_and_subdistricts": ("栖霞湾市卫生健康局2036年卫生健康工作要点\n各镇（街道）卫生院、市直各医疗卫生单位：\n"
                               "2036年全市卫生健康工作主要目标：孕产妇系统管理率达到92%以上，婴儿死亡率控制在5‰以内；"
                               "家庭医生签约服务覆盖率达到50%。\n", "county"),
    # ... its title naming the city, its text speaking of its towns' hospitals directly, of no county below it
    "township_hospitals": ("岚溪市卫生局2037年下半年工作打算\n"
                           "上半年，全市乡镇卫生院门诊量同比增长8.2%，但乡镇卫生院人才流失严重。下半年重点抓好以下工作：\n"
                           "（一）推进乡镇卫生院标准化建设，年内完成6所乡镇卫生院改造；\n"
                           "（二）加强乡村医生培训，全市村卫生室规范化建设达标率达到90%以上；\n"
                           "（三）落实乡镇卫生院绩效考核，确保住院分娩率稳定在98%以上。\n", "county"),
    # a city that names its counties stays a city, whatever else it names
    "counties_below": ("江岑市2036年卫生健康工作要点\n各县（市、区）卫生健康局：全市各镇（街道）卫生院标准化建设达标率达到90%"
                       "以上，孕产妇系统管理率达到92%以上。\n", "city"),
}


@pytest.mark.parametrize("shape", sorted(LEVELS))
def test_the_admin_level_is_what_the_bureau_says_of_its_own_parts(shape):
    page, level = LEVELS[shape]
    assert only_doc(page)["admin_level"] == level


# --- an interview at the start of the year asking for this year's plans ---

def test_an_interview_asking_for_this_years_plans_is_a_summary_and_plan():
    page = ("【在线访谈】市卫健委主任谈健康民生\n"
            "访谈时间：2037年1月9日 10:00　访谈嘉宾：桐溪市卫生健康委员会主任 林某\n"
            "【主持人】请您介绍一下去年的工作。\n"
            "【林某】2036年，全市家庭医生签约服务覆盖率达到61.2%，孕产妇系统管理率为93.8%。"
            "全年完成健康体检12.6万人次，比上年增加1.1万人次。\n"
            "【主持人】群众还关心哪些问题？\n"
            "【林某】全市婴儿死亡率为2.9‰，比上年下降0.3个千分点，已连续三年下降。全年共有18家医院取得等级评审。"
            "我们在全市推开了紧密型医共体建设，县域内就诊率达到90.2%，基层医疗卫生机构诊疗量占比提高到58.6%，"
            "群众在家门口看病的获得感明显增强。同时，全市累计培训乡村医生1 260人次，村卫生室标准化建设全部完成。\n"
            "【主持人】今年有哪些打算？\n"
            "【林某】家庭医生签约服务覆盖率提高到65%以上。\n")
    assert only_doc(page)["doc_type"] == "summary_and_plan"


# --- the same PDF page reshaped as sites reshape it ---

def test_a_pdf_page_with_full_width_digits_is_unwrapped_as_typeset():
    # a site turned the digits into full-width forms after the page was typeset: they still took half a character's width
    page = PDF_PAGE.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789%."})
    docs, obs = page_rows(page)
    assert [(d["title"], d["year"]) for d in docs] == [("云岫县疾控中心２０３３年工作总结", 2033)]  # (as printed)
    assert {412.8, 71.6, 69.3, 97.0, 1963.0} <= {r["value"] for r in obs}


def test_a_pdf_page_inside_a_sites_furniture_is_unwrapped_too():
    # the site's trail, notices and counters around the pasted text were never on its paper: they set no width
    page = ("当前位置：首页 > 疾病防控 > 工作总结\n发布时间：2034-01-20 浏览次数：1 206\n"
            "温馨提示：本站文档均由网友上传，仅供学习参考，如有侵权请联系删除。\n" + PDF_PAGE
            + "上一篇：乡镇卫生院年度工作计划\n免责声明：本文仅代表作者观点，与本站无关。版权所有 © 某某文库\n")
    docs, obs = page_rows(page)
    assert [d["title"] for d in docs] == ["云岫县疾控中心2033年工作总结"]
    assert {(1963.0, "count"), (2104.0, "count"), (97.0, "percent")} <= {(r["value"], r["unit"]) for r in obs}


def test_a_running_head_and_page_number_flattened_into_a_number_are_cut_out_of_it():
    for head in ("柳溪镇卫生院2034年工作总结 — 4 —", "— 4 — 柳溪镇卫生院2034年工作总结"):
        page = ("柳溪镇卫生院2034年工作总结\n一、基本医疗。全年门诊接诊18 420人次，病床使用率达到8"
                f"{head}1.5%，较上年提高2.2个百分点。二、公共卫生。全镇居民健康档案建档率达到88.3%。\n")
        docs, obs = page_rows(page)
        values = {(r["value"], r["unit"]) for r in obs}
        assert (81.5, "percent") in values and not {(8.0, "percent"), (4.0, "percent"), (1.5, "percent")} & values


# --- an essay site's lead-in naming the report, on a page flattened to one line ---

def test_a_lead_in_naming_the_report_opens_it_on_a_one_line_page_too():
    title = "青桐市卫生局2035年下半年工作打算"
    body = ("上半年，全市卫生工作平稳推进，但乡镇卫生院人才短缺，临床医生中大专以上学历仅占三成，部分卫生院设备老化，"
            "群众就医需求与服务能力之间的矛盾仍然突出。下半年，全市卫生系统将围绕年初确定的目标任务，抓重点、补短板、强基层，"
            "重点抓好以下工作：（一）巩固新型农村合作医疗，做好下一年度筹资准备，确保参合率稳定在97%以上，住院补偿比例"
            "稳步提高；（二）加强基层卫生服务体系建设，新建标准化村卫生室20个，培训乡村医生300名；（三）抓好妇幼卫生和"
            "疾病预防控制，落实农村孕产妇住院分娩补助政策，做好秋冬季传染病防控，确保不发生重大疫情；（四）推进乡村一体化"
            "管理，在全市各乡镇全面推行药品统一采购、人员统一管理、业务统一指导，年底前完成乡村医生考核工作；（五）加强"
            "卫生监督执法，开展医疗市场专项整治，严厉打击非法行医，规范医疗服务行为，切实保障人民群众就医安全。")
    assert len(body) > 300  # (a long text after the title on its line: the title is cut off from it first)
    for page in (f"范文网 > 工作计划\n以下是小编为大家整理的{title}，供大家参考借鉴，希望对你有所帮助。\n{body}\n",
                 f"范文网 > 工作计划\n以下是小编为大家整理的{title}，供大家参考借鉴，希望对你有所帮助。{body}\n"):
        doc = only_doc(page)
        assert (doc["title"], doc["doc_type"], doc["period"]) == (title, "plan", "H2")
        _, obs = page_rows(page)
        assert {(r["value"], r["statement"]) for r in obs} >= {(20.0, "target"), (300.0, "target")}
