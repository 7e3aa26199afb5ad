"""Document fields, round 27.  Re-decided from the gold of every open written set: a summary that closes on the next
period's work is summary_and_plan when that work stands under a heading of its own (or is led in as a list), a summary
when it is one closing sentence or paragraph without a heading, whatever its length and whoever commits.  Every page and
sentence is written for the test; names and figures are invented."""
from __future__ import annotations

import pytest
from test_documents_written import one_doc

from healthdata.normalize.documents import doc_type_of, period_of, with_year_slips_read

TITLE = "青桐县卫生局2031年工作总结\n"
DONE = ("一、主要工作\n全县新农合参合率达到97.6%，比上年提高1.2个百分点；孕产妇住院分娩率99.1%，婴儿死亡率5.3‰。"
        "全年完成乡镇卫生院改造4所，培训乡村医生260人次。\n"
        "二、存在问题\n一是基层卫生人才流失较多；二是部分村卫生室设备陈旧。\n")


@pytest.mark.parametrize("closing", [
    # one sentence, led by the next year, the next steps or 明年, with or without a target
    "2032年，我们将力争乡镇卫生院标准化率提高到80%。\n",
    "下一步，县卫生局将确保参合率稳定在97%以上。\n",
    "明年，我局将继续深化医改，推动全县卫生工作再上新台阶。\n",
    # a short paragraph of several sentences
    "2032年，我们将力争孕产妇住院分娩率稳定在99%以上。同时加快乡镇卫生院标准化建设，新建村卫生室12所。"
    "我们有信心完成各项目标任务。\n",
])
def test_a_summary_closing_on_the_next_periods_work_without_a_heading_stays_a_summary(closing):
    assert one_doc(TITLE + DONE + closing)["doc_type"] == "summary"


@pytest.mark.parametrize("heading", ["三、2032年工作打算", "三、下一步工作计划", "三、明年工作思路"])
def test_the_same_closing_under_a_heading_of_its_own_makes_a_summary_and_plan(heading):
    closing = "力争乡镇卫生院标准化率提高到80%，参合率稳定在97%以上。\n"
    assert one_doc(TITLE + DONE + heading + "\n" + closing)["doc_type"] == "summary_and_plan"


def test_a_closing_lead_in_to_a_list_of_next_years_work_is_still_a_plan_part():
    # (a list led in by the next year and a colon is a plan part announced as such: 2032年，我们将：…；…)
    body = DONE + "2032年，我们将：新建乡镇卫生院3所；把参合率稳定在97%以上；培训乡村医生300人次。\n"
    assert doc_type_of("青桐县卫生局2031年工作总结", 0.0, body) == "summary_and_plan"
    assert doc_type_of("青桐县卫生局2031年工作总结", 0.0, DONE + "2032年，我们将新建乡镇卫生院3所。\n") == "summary"


def test_a_title_naming_both_parts_is_summary_and_plan_whatever_its_closing():
    assert doc_type_of("青桐县卫生局2031年工作总结及2032年工作打算", 0.0,
                       DONE + "2032年，我们将力争参合率稳定在97%以上。\n") == "summary_and_plan"


def test_the_immunisation_programme_in_a_summarys_title_is_no_plan():
    # (免疫规划, the national immunisation programme, as 计划免疫: its summary reports the programme's work)
    body = "全年报告出生儿童5120人，建卡率99.1%，卡介苗接种率98.7%。\n"
    assert doc_type_of("青桐市疾控中心2031年免疫规划工作总结", 0.0, body) == "summary"
    assert doc_type_of("青桐市2031年免疫规划工作计划", 0.0, body) == "plan"
    assert doc_type_of("青桐市卫生健康事业发展规划", 0.0, body) == "plan"


def test_an_untitled_item_with_neither_plan_nor_results_words_is_a_summary():
    # (an event's news item under its headline: the annotators give every text a type, news being a summary)
    page = ("青桐县开展“健康义诊进乡村”活动\n2031-05-17 10:32\n"
            "5月16日，县人民医院组织内科、儿科、中医科专家到石桥镇开展义诊，现场为群众测量血压、血糖，发放宣传资料。\n")
    assert one_doc(page)["doc_type"] == "summary"


@pytest.mark.parametrize("text", [
    "4月2日，县卫健委召开一季度安全生产工作会。会议通报，全系统开展安全检查三次，排查隐患27处，整改率92.6%。",
    "4月上旬，区卫生健康局组织督导组，对全区乡镇卫生院第一季度基本公共卫生服务项目开展督导，发现问题12个。",
])
def test_an_untitled_item_naming_a_quarter_and_no_other_period_reports_on_that_quarter(text):
    page = "青桐县卫生健康系统季度工作动态\n2031-04-03 16:10\n" + text + "\n"
    assert one_doc(page)["period"] == "quarter"
    # (the year named beside it makes the quarter one in passing)
    assert period_of("summary", "", text + "全年计划检查12次。全年目标已完成三成。") != "quarter"


@pytest.mark.parametrize("below", [
    "龙山县卫生和计划生育局\n2031年10月20日\n【打印本页】【关闭窗口】\n",
    "责任编辑：李某\n【打印】　【关闭】　　　　　　　龙山县卫生健康局\n",
    "（龙山县卫生健康局　咨询电话：12320）\n",
    "来源：龙山县卫生健康局\n",
])
def test_a_health_body_named_alone_just_below_the_report_places_it(below):
    # (a notice's signature, the body a page prints at the foot of its text, the source given below it: 龙山县 is a real county)
    page = ("关于做好2031年度城乡居民医保参保缴费工作的通知\n各乡镇卫生院：\n"
            "现就2031年度全县城乡居民医保参保缴费工作通知如下：参保率要达到95%以上，个人缴费标准每人380元。\n" + below)
    doc = one_doc(page)
    assert (doc["place"], doc["admin_level"]) == ("龙山县", "county")


def test_a_place_named_below_the_report_in_running_text_does_not_place_it():
    page = ("关于做好2031年度城乡居民医保参保缴费工作的通知\n各乡镇卫生院：\n"
            "现就2031年度全县城乡居民医保参保缴费工作通知如下：参保率要达到95%以上，个人缴费标准每人380元。\n"
            "相关新闻：龙山县卫生健康局召开2031年度参保动员会议，部署全年参保缴费工作\n")
    assert one_doc(page)["place"] is None


@pytest.mark.parametrize("entry", [
    "·石桥镇·\n【卫生】2031年，镇卫生院完成门诊2.6万人次，住院1180人次，业务收入312万元。",
    "【石桥乡卫生院】年内职工21人，病床15张，门诊1.37万人次，住院412人次。",
])
def test_a_yearbook_entry_under_a_dotted_place_heading_or_opening_on_nian_nei_covers_the_year(entry):
    assert period_of("summary", "", entry) == "annual"
    # (within the year, inside a sentence of a half year's text, is no opening)
    assert period_of("summary", "", "上半年，全镇门诊1.2万人次，年内计划新建村卫生室2所。") == "H1"


def test_a_year_an_ocr_copy_set_with_letters_for_digits_is_read():
    page = ("青桐县卫生局2O31年工作总结\n"
            "  2Ol1年，我局以深化医改为主线，全县建档率达到8O.2%，完成各项目标任务。\n")
    doc = one_doc(page)
    assert (doc["title"], doc["year"], doc["period"]) == ("青桐县卫生局2O31年工作总结", 2031, "annual")
    assert with_year_slips_read("2O31年", 0, 6) == "2031年"
    # (letters that are no digits stay: ISO 2O15 is no year before 年, and a word's letters are untouched)
    assert with_year_slips_read("ISO9001认证，Iol年", 0, 13) == "ISO9001认证，Iol年"


@pytest.mark.parametrize("title, topic", [
    ("青桐县卫生局2031年“平安医院”创建工作总结", "public_security"),
    ("青桐区卫生健康委2031年平安医院建设工作情况报告", "public_security"),
    ("青桐县卫生局2031年纪检监察工作计划", "integrity"),
    ("青桐区卫生健康局2031年新冠肺炎疫情防控工作情况", "emergency"),
    ("青桐县新型农村合作医疗管理办公室2031年工作总结", "general"),
    ("青桐县卫生局办公室2031年工作总结", "office"),
    ("2031年青桐市法定传染病疫情概况", "general"),
])
def test_the_unit_a_title_names(title, topic):
    page = title + "\n全年共开展检查12次，整改问题35个，群众满意率达到92.4%。\n"
    assert one_doc(page)["topic"] == topic
