"""Document fields, round 18 (worked from holdout33 and holdout39-42): what makes a report a plan, a summary or both (a
quarter's report closing on the next quarter's plans or on 下步要求, a meeting's news item broken over lines by a
newspaper paste, a text that opens by setting targets, phrases of obeying a 部署 that are no plan), the period of a news
item that names no year of its own, years in Chinese digits, and levels read from the bureau's own words (县卫计委, a
bare 自治区卫生厅, 全镇).  Every page and sentence is written for the test; names and figures are invented."""
from __future__ import annotations

from test_documents_written import one_doc

from healthdata.normalize.documents import doc_type_of, period_of, title_year, untitled_doc_type

FIGURES = ("截至3月31日，全区累计完成老年人健康体检1.2万人，完成一季度任务的31.4%；高血压患者规范管理率68.2%，"
           "糖尿病患者规范管理率64.5%，家庭医生签约率达到38.6%。\n")


# --- doc_type -------------------------------------------------------------------------------------------------------

def test_a_quarter_summary_closing_on_the_next_quarters_plans_is_summary_and_plan():
    title = "柳溪区卫生健康局2031年第一季度工作总结\n"
    plans = "二季度打算：加快老年人体检进度，确保6月底前完成全年任务的55%以上；启动区域检验中心建设。\n"
    doc = one_doc(title + FIGURES + plans)
    assert (doc["doc_type"], doc["period"], doc["admin_level"]) == ("summary_and_plan", "quarter", "district")
    assert one_doc(title + FIGURES)["doc_type"] == "summary"
    assert doc_type_of("2031年第三季度工作小结", 0.0, "全县门诊人次12.4万。\n下季度工作计划：\n推进医共体建设。") \
        == "summary_and_plan"


def test_a_progress_notice_closing_on_what_it_requires_of_its_units_next_is_a_summary():
    # (round 22: the written sets read such a notice as a summary three times in four; it was summary_and_plan before)
    title = "柳溪区卫生健康局关于2031年一季度基本公卫项目进展情况的通报\n"
    body = ("一、总体情况。" + FIGURES + "二、存在问题。部分卫生院进度滞后，随访记录不够真实。\n"
            "三、下步要求。各单位要对照序时进度，二季度末各项任务完成率均不低于50%。\n")
    assert one_doc(title + body)["doc_type"] == "summary"
    # (a heading of the measures or tasks for the next period too)
    assert doc_type_of("青桐县2031年上半年卫生工作总结", 0.0, "全县签约率达到40%。\n三、下半年重点任务\n推进医共体建设。") \
        == "summary_and_plan"


def test_a_newspaper_item_on_a_meeting_that_reviewed_and_deployed_is_summary_and_plan_though_the_paste_breaks_lines():
    body = ("本报讯（记者 李平）2月10日，全区卫生工作会议召开。会议总结\n"
            "了2030年全区卫生工作，部署了2031年重点任务。2030年，全区孕产妇住院分娩率达到98.2%，\n"
            "婴儿死亡率下降到6.1‰。\n")
    assert untitled_doc_type(body, 0.0) == "summary_and_plan"
    assert untitled_doc_type(body.replace("\n", ""), 0.0) == "summary_and_plan"


def test_obeying_a_deployment_or_arranging_work_together_is_no_plan():
    body = ("2030年以来，县卫生健康局认真落实县委、县政府决策部署，把行风建设与业务工作同部署、同落实。"
            "全系统完成廉洁行医承诺书签订860份，查处违规收费问题12个，患者满意率达到93.6%，同比提高1.2个百分点。\n"
            "下一步，县卫生健康局将继续开展专项整治，力争满意率保持在95%以上。\n")
    assert untitled_doc_type(body, 0.0) == "summary"


def test_a_text_that_opens_by_setting_the_years_targets_is_a_plan():
    body = ("为确保全县卫生工作目标全面完成，经县政府研究，现将2031年各乡镇目标任务明确如下：\n"
            "一、新农合参合率达到95%以上，孕产妇住院分娩率达到98%。\n"
            "二、考核办法：各项指标实行百分制考核，考核得分90分以上为优秀。\n")
    assert untitled_doc_type(body, 0.0) == "plan"
    assert period_of("plan", "", body) == "annual"


def test_a_summary_closing_with_next_years_targets_in_a_chinese_digit_year_plans_only_under_a_heading():
    body = ("二○三○年，全市突发公共卫生事件报告及时率达到96.2%，网络直报率99.1%。\n"
            "二○三一年，市卫生局将争取把应急经费纳入预算，力争报告及时率达到98%以上。\n")
    # (round 27: a closing commitment without a heading of its own leaves a summary, as the written sets read it two times in
    # three; it was summary_and_plan before)
    assert doc_type_of("某市卫生局二○三○年卫生应急工作总结", 0.0, body) == "summary"
    headed = body.replace("二○三一年，", "二、二○三一年工作打算\n")
    assert doc_type_of("某市卫生局二○三○年卫生应急工作总结", 0.0, headed) == "summary_and_plan"
    assert doc_type_of("某市卫生局二○三○年卫生应急工作总结", 0.0, body.splitlines()[0]) == "summary"


# --- period and year ------------------------------------------------------------------------------------------------

NEWS = ("记者从青桐区卫健委获悉，截至11月底，全区社区卫生服务中心今年累计接诊52.6万人次，较2029年的28.4万人次增长85%；"
        "常住人口签约率36.2%，比去年同期提高5.1个百分点。\n")


def test_a_news_item_of_the_year_to_date_that_names_no_year_of_its_own_has_no_period():
    assert period_of("summary", "", NEWS, year_stated=False) == "unknown"
    page = "【民生】社区看病更方便了\n" + NEWS + "下一步，青桐区将新建社区卫生服务中心3家。\n"
    assert one_doc(page)["period"] == "unknown"
    # a text that states its year reports on that year by November
    stated = NEWS.replace("截至11月底，", "2030年，全区工作稳步推进。截至11月底，")
    assert one_doc("【民生】社区看病更方便了\n" + stated)["period"] == "annual"
    # and so does a report under its own title, though the title names no year
    assert period_of("summary", "县卫生局卫生应急工作总结", NEWS, year_stated=False) == "annual"


def test_a_title_year_in_chinese_digits_is_the_reports_year():
    assert title_year("某县卫生局二○○六年卫生应急工作总结") == 2006
    assert title_year("某县二00五年人口和计划生育工作总结") == 2005
    assert title_year("一九九八年卫生工作要点") == 1998
    assert title_year("二〇一一年度工作总结") == 2011
    assert title_year("2031年工作总结") == 2031
    assert title_year("二十年工作回顾") is None


# --- admin_level ----------------------------------------------------------------------------------------------------

def test_a_county_bureau_named_by_its_post_2013_name_gives_the_county_level():
    page = ("2030年以来，县卫计委党委认真落实党风廉政建设主体责任，与16个委属单位签订责任书。"
            "县卫计委纪检组全年开展廉政谈话64人次，督促整改问题18条，追回违规资金3.1万元。\n")
    assert one_doc(page)["admin_level"] == "county"


def test_a_region_that_names_its_own_bodies_by_the_bare_word_is_a_province():
    page = ("自治区卫生工作会议在首府召开\n"
            "本报讯 1月16日，全区卫生工作会议召开。2030年，自治区卫生厅加大对边远地区的支持力度，"
            "全区新农合参合率98.4%，住院分娩率达到91.2%，孕产妇死亡率下降到33.6/10万。\n")
    doc = one_doc(page)
    assert doc["admin_level"] == "province"
    # a district that follows the region's bureau is still a district
    district = ("2030年，全区按照自治区卫生厅要求推进家庭医生签约，全区签约率达到42.3%，"
                "区卫健局组织培训12期，全区孕产妇系统管理率93.5%。\n")
    assert one_doc(district)["admin_level"] == "district"


def test_a_township_text_naming_its_county_is_the_townships():
    page = ("去年，柳溪县石岭镇卫生院门急诊量达到2.86万人次，同比增长8.1%。全镇65岁以上老年人健康管理率72.4%，"
            "全镇家庭医生签约率达到56.2%。县人民医院下派医生4名常驻坐诊。\n")
    doc = one_doc(page)
    assert doc["admin_level"] == "township"
    assert doc["place"] == "石岭镇"
