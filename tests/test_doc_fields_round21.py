"""Document fields, round 22 (worked from holdout53 and holdout59-62): the half year a news item's 截至6月X日 does not close,
yearbook entries under their place's heading (某某县 / 【卫生】2031年，… and 是年，…), a sub-district written 某某街, a
comprehensive experimental zone (综合实验区) at county level, and a title on the work since a year (2031年以来).  Every page
and sentence is written for the test; names and figures are invented."""
from __future__ import annotations

import pytest
from test_documents_written import one_doc, page_docs

from healthdata.normalize.documents import doc_type_of, period_of, title_year

# --- period ------------------------------------------------------------------------------------------------------------


def test_a_count_to_a_day_in_june_is_no_half_year():
    body = ("连日来，青桐区卫健委在全区设置接种点12个。截至6月9日，全区累计接种疫苗21.3万剂次，60岁以上老年人接种率为41.2%。"
            "下一步将组建流动接种队，力争本月底前接种率达到50%。\n")
    assert period_of("summary", "", body) == "unknown"
    # (the last day of June, or its end, closes the half year)
    assert period_of("summary", "", body.replace("6月9日", "6月30日")) == "H1"
    assert period_of("summary", "", body.replace("6月9日", "6月底")) == "H1"


@pytest.mark.parametrize("opening", ["2031年，", "是年，"])
def test_a_yearbook_entry_under_its_places_heading_covers_the_year(opening):
    body = f"青桐县\n【卫生】　{opening}县卫生局投入0.8亿元新建县中医院。全县住院分娩率99.6%，孕产妇系统管理率95.3%。\n"
    assert period_of("summary", "", body) == "annual"


def test_a_title_on_the_work_since_a_year_covers_several_years():
    body = "我于2029年5月任职以来，推动全区卫生健康工作取得新进展。全区每千人口床位数由4.1张增至4.8张。\n"
    assert period_of("summary", "关于2029年以来履职情况的报告", body) == "multi_year"
    # (this year's work to date is no span of years)
    assert period_of("summary", "关于今年以来履职情况的报告", body) != "multi_year"


# --- admin level and place ---------------------------------------------------------------------------------------------


def test_a_sub_district_named_jie_is_a_township():
    page = ("青桐街社区卫生服务中心2031年工作总结\n"
            "2031年，中心在区卫健委和街道党工委领导下，全年门急诊4.2万人次，同比增加6.1%；建档率86.2%。\n"
            "二、存在不足\n全科医生只有9人。\n")
    doc = one_doc(page)
    assert doc["admin_level"] == "township"
    assert doc["place"] == "青桐街"


def test_a_comprehensive_experimental_zone_is_county_level():
    page = ("平潭综合实验区社会事业局\n当前位置：首页 > 工作动态\n"
            "二季度，实验区卫生健康系统抓好重点人群健康管理。全区新建居民电子健康档案0.8万份，累计建档率89.1%；"
            "孕产妇系统管理率95.2%，同比提高1.1个百分点。\n")
    docs = page_docs(page)
    assert [d["admin_level"] for d in docs] == ["county"]
    assert docs[0]["place"] == "平潭综合实验区"


def test_a_title_on_the_work_since_a_year_above_an_untitled_text_covers_several_years():
    page = ("区人大常委会 › 述职评议\n【述职】区卫健委主任履职报告摘登\n2032-11-20 09:10　来源：区人大\n"
            "关于2029年以来履职情况的报告\n主任、副主任、各位委员：\n"
            "我于2029年5月任职。任职以来，全区每千人口床位数由4.1张增至4.8张，婴儿死亡率控制在3‰以内。\n"
            "工作中仍有短板：一是护理人员缺口约800人；二是部分社区卫生服务中心业务用房不足。\n")
    assert one_doc(page)["period"] == "multi_year"


def test_the_months_a_text_declares_it_reports_are_its_period():
    body = ("试点启动以来，全县参合率81.2%。现将1—10月运行情况通报如下：\n一、补偿情况\n1—10月共补偿住院病人4120人次，"
            "平均补偿比例31.5%。截至10月底基金使用率58%。\n")
    assert period_of("summary", "青桐县新农合工作简报", body) == "unknown"
    assert period_of("summary", "青桐县新农合工作简报", body.replace("1—10月", "1—9月")) == "unknown"  # (no quarter named: round 31)
    assert period_of("summary", "青桐县新农合工作简报", body.replace("1—10月", "1—9月").replace("试点启动以来", "前三季度")) == "quarter"
    assert period_of("summary", "青桐县新农合工作简报", body.replace("1—10月", "1—6月")) == "H1"


def test_a_statistics_report_of_the_months_to_date_has_no_period_of_ours():
    body = "1—10月，全市医疗卫生机构总诊疗人次612.3万，同比增长8.1%。孕产妇系统管理率94.2%。\n"
    assert period_of("summary", "2031年1—10月全市卫生健康主要业务指标完成情况", body) == "unknown"
    # (a work summary drafted before the year's end, titled with its months, is the year's)
    assert period_of("summary", "青桐县卫生局2031年1—11月工作总结", body.replace("1—10月", "1—11月")) == "annual"


def test_an_untitled_text_opening_on_the_half_year_reports_the_half_year():
    page = ("半年“成绩单”来了！青桐卫健稳中有进\n"
            "上半年，区卫生健康局各项重点指标运行平稳。65岁以上老年人健康管理1.2万人，完成全年目标任务的55.2%；"
            "婴儿死亡率2.1‰，低于全年控制目标；新建社区卫生服务站2个。\n"
            "但区属医院儿科医师仍然紧缺。\n")
    assert one_doc(page)["period"] == "H1"


# --- doc_type ------------------------------------------------------------------------------------------------------------

SELF_EVALUATION = ("一、项目概况\n2031年，省级财政下达补助资金2.1亿元，项目覆盖全省12个市（州）。\n"
                   "二、绩效目标完成情况\n全省高血压患者规范管理率73.2%，老年人健康管理率68.4%。\n"
                   "三、存在的问题\n一是资金拨付进度不均衡；二是基层人员流动性大。\n"
                   "{heading}\n2032年将老年人健康管理率目标确定为不低于70%，并将评价结果与资金分配挂钩。\n")


@pytest.mark.parametrize("heading", ["四、下一步改进措施", "四、下一步整改措施", "四、今后努力方向"])
def test_the_improvements_of_the_next_steps_are_a_plan_part(heading):
    title = "青桐省卫生健康委员会2031年度基本公共卫生服务项目绩效自评报告"
    assert doc_type_of(title, 0.0, SELF_EVALUATION.format(heading=heading)) == "summary_and_plan"
    # (improvements without a next period are the self-evaluation's findings: 五、改进措施)
    assert doc_type_of(title, 0.0, SELF_EVALUATION.format(heading="四、改进措施")) == "summary"


def test_the_requirements_an_inspection_notice_sets_its_units_are_no_plan_part():
    page = ("青桐区卫生健康委员会关于2031年医疗机构依法执业专项检查情况的通报\n"
            "各医疗机构：\n现将有关情况通报如下。\n一、基本情况\n本次共检查医疗机构412家，问题检出率16.2%，较上年下降3.1个百分点。"
            "下达卫生监督意见书152份，立案处罚28件。\n二、存在的主要问题\n部分民营机构超范围执业。\n"
            "三、下一步要求\n各单位要于12月15日前完成整改，整改完成率须达到100%。区卫生健康委将于次年1月组织复查。\n")
    assert one_doc(page)["doc_type"] == "summary"


# --- place ------------------------------------------------------------------------------------------------------------


def test_a_local_outlets_name_places_a_news_item_that_names_no_place():
    page = ("青岛发布 | 今年起我市城乡居民医保待遇提高\n2031-01-12 09:30　青岛日报　记者 王某\n"
            "记者昨日从市医疗保障局获悉，2031年我市城乡居民医保人均财政补助标准提高30元，达到700元；"
            "一级医疗机构住院报销比例为90%，较去年提高5个百分点。\n")
    doc = one_doc(page)
    assert doc["place"] == "青岛市"
    assert doc["admin_level"] == "city"


# --- year ---------------------------------------------------------------------------------------------------------------


def test_a_title_printed_in_spaced_characters_names_its_year():
    assert title_year("青桐市卫生健康委员会\n2 0 3 1 年工作要点") == 2031
    assert title_year("青 桐 县 卫 生 局 2 0 3 1 年 上 半 年 工 作 总 结") == 2031
