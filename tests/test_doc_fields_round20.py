"""Document fields, round 21 (worked from holdout48 and holdout54-57): reports on a body's own past work under other names
(绩效自评报告, 自查报告), words of a summary that look like a plan's (按照…的统一部署, 签订了目标责任书, 均低于省定控制目标), a meeting
that looks back and deploys (回顾…工作，部署…任务; 要着力完成以下任务：), plan headings numbered in Arabic digits or naming the
fourth quarter, a policy Q&A under a headline the site prints above it, the months to date of a spring news item, a news
item whose subject is a named township's health centre, a 新区 speaking of itself, the bureau a text names against the
places it lists, years that start a span or set a deadline, and the province of a province-level text.  Every page and
sentence is written for the test; names and figures are invented."""
from __future__ import annotations

import pytest
from test_documents_written import one_doc

from healthdata.normalize.documents import doc_type_of, period_of

FIGURES = ("全县新农合参合率达到97.6%，比上年提高1.2个百分点；孕产妇住院分娩率99.1%，婴儿死亡率5.3‰。"
           "全年完成乡镇卫生院改造4所，培训乡村医生260人次。\n")


# --- doc_type ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["青桐县卫生健康局2031年度部门整体支出绩效自评报告", "青桐县卫生院2031年度基本公共卫生服务项目自查报告",
                                   "青桐县卫生局局长2031年度述职述廉报告"])
def test_a_report_on_the_bodys_own_past_work_under_another_name_is_a_summary(title):
    body = ("一、部门概况。本局内设股室6个，下属单位4个。\n二、绩效目标完成情况。（一）产出指标：家庭医生签约率（目标值≥45%）46.1%；"
            "建档率（目标值≥90%）92.4%。（二）效益指标：群众满意度（目标值≥90%）93%。\n"
            "三、存在问题。项目资金到位较晚。\n四、改进措施（略）\n")
    assert doc_type_of(title, 0.0, body) == "summary"


def test_following_the_superiors_unified_arrangements_is_no_plan_word():
    page = ("今年上半年，青桐镇卫生院按照县卫生局的统一部署，把公共卫生服务作为重点来抓。截至6月底已建立居民健康档案1.2万份，"
            "建档率71.3%，比年初提高6个百分点。\n上半年共随访高血压患者2310人次，完成年度任务的52%。\n"
            "下半年，该院计划再招聘1名公共卫生医师。\n")
    assert one_doc(page)["doc_type"] == "summary"


def test_a_meeting_item_with_a_signed_responsibility_letter_and_results_below_targets_stays_a_summary():
    page = ("3月2日，青桐县卫生局召开全县妇幼卫生工作会议。去年全县住院分娩率达到98.7%，比上年提高0.9个百分点。"
            "全年孕产妇死亡率为15.2/10万，婴儿死亡率5.8‰，均低于市定控制目标。\n"
            "会议指出，部分卫生院产科力量不足。今年全县要确保住院分娩率稳定在98%以上。会上，县局为各乡镇卫生院颁发了目标管理责任书。\n"
            "会议还表彰了先进集体和个人。\n")
    assert one_doc(page)["doc_type"] == "summary"


def test_a_meeting_that_looks_back_and_deploys_and_lists_the_tasks_to_complete_is_summary_and_plan():
    page = ("2月3日，青桐市卫生局召开全市卫生工作会议，回顾2031年工作，部署2032年任务。\n"
            "会议指出，2031年全市孕产妇死亡率为8.1/10万，婴儿死亡率3.9‰，住院报销比例达到76%。\n"
            "会议强调，2032年要着力完成以下任务：建档率达到85%；家庭医生签约率达到45%。\n"
            "各区县卫生局局长参加会议。\n")
    assert one_doc(page)["doc_type"] == "summary_and_plan"


def test_a_plan_heading_numbered_in_arabic_digits_opens_a_plan_part():
    body = FIGURES + "1、人员不足。\n2、设备老化。\n3、来年打算：力争门诊人次增长8%，住院人次增长10%。\n"
    assert doc_type_of("青桐镇卫生院2031年工作总结", 0.0, body) == "summary_and_plan"
    # (the same items without the heading of the next year's plans)
    assert doc_type_of("青桐镇卫生院2031年工作总结", 0.0, body.replace("来年打算：", "")) == "summary"


def test_the_fourth_quarters_plans_under_a_report_on_three_quarters_are_its_plan_part():
    body = ("一、主要指标。1—9月县域就诊率90.2%。\n二、存在不足。基层就诊率距离年度目标还有差距。\n"
            "三、第四季度工作打算。冲刺全年目标，确保基层就诊率达到70%。\n")
    assert doc_type_of("青桐县卫生健康局2031年前三季度工作总结", 0.0, body) == "summary_and_plan"


def test_a_lead_in_to_a_list_the_publisher_cut_off_opens_no_plan_part():
    body = FIGURES + "四、存在问题。乡镇卫生院专业技术人员偏少。\n下半年，我们将重点做好以下几项工作……\n"
    assert doc_type_of("青桐县卫生局2031年上半年工作总结", 0.0, body) == "summary"
    listed = body.replace("……", "：一是巩固参合率；二是推进签约服务。")
    assert doc_type_of("青桐县卫生局2031年上半年工作总结", 0.0, listed) == "summary_and_plan"


QA_PAGE = ("青桐市医疗保障局 > 互动交流\n{headline}\n时间：2031-02-20　来源：市医保局\n\n"
           "问：今年居民医保个人缴费标准是多少？\n答：2031年个人缴费标准为每人每年380元，财政补助标准提高到每人每年650元。\n"
           "问：住院报销比例有变化吗？\n答：在乡镇卫生院住院，政策范围内费用报销比例为90%；在县级医院为75%。起付线分别为200元和600元。\n")


@pytest.mark.parametrize("headline", ["【图解】2031年城乡居民医保待遇调整问答", "2031年起我市居民医保待遇有哪些变化？"])
def test_a_policy_qa_under_its_headline_sets_the_years_rules_a_plan(headline):
    assert one_doc(QA_PAGE.format(headline=headline))["doc_type"] == "plan"


def test_a_citizens_question_answered_under_a_sites_qa_column_is_no_policy_reading():
    page = ("青桐县人民政府 > 互动交流 > 在线问答\n"
            "问：我想了解县里2031年基层卫生建设情况？\n提问时间：2031-12-05\n"
            "答：您好！2031年县卫健委投入1200万元改造乡镇卫生院5所，新增设备34台，全县乡镇卫生院全部达到基本标准。\n")
    assert one_doc(page)["doc_type"] != "plan"


def test_a_qa_of_a_schemes_edition_with_the_edition_on_the_next_line_is_left_to_its_text():
    body = "（2031年版）\n问：今年交多少钱？\n答：截至2月底，全县参合人数达到23.6万人，参合率96.4%。\n"
    assert doc_type_of("青桐县新型农村合作医疗政策问答", 0.0, body) != "plan"
    # (without the edition, a Q&A title explains the rules)
    assert doc_type_of("青桐县新型农村合作医疗政策问答", 0.0, body.replace("（2031年版）\n", "")) == "plan"


# --- period --------------------------------------------------------------------------------------------------------------

def test_a_spring_news_item_on_the_months_to_date_has_no_period_of_ours():
    body = ("今年1—5月，青桐县县域内就诊率达到91.2%，较去年同期提高1.8个百分点。上半年下转病人1460人次。"
            "全县乡镇卫生院中已有15家能开展常规手术。\n")
    assert period_of("summary", "", body, year_stated=False) == "unknown"
    # (a report written early in the next year with a progress point of 2月 still reviews its year)
    assert period_of("summary", "", "2031年，全县参合率98.1%。截至2月底，已有35万人缴费。\n") == "annual"


def test_a_news_item_on_this_years_first_ten_months_reports_the_year():
    body = "今年1至10月，镇卫生院门急诊人次由去年同期的2.1万增加到2.8万，病床使用率由46%升至81%。\n"
    assert period_of("summary", "", body, year_stated=False) == "annual"


# --- admin level and place -----------------------------------------------------------------------------------------------

TOWNSHIP_NEWS = ("首页 > 基层动态\n青桐镇卫生院举办乡村医生培训班\n2031-08-14 10:20　来源：某县卫生网\n\n"
                 "8月10日至12日，{chain}青桐镇卫生院举办了为期3天的乡村医生岗位培训班，全镇19个村卫生室的33名乡村医生参加培训，"
                 "考试合格率为93.9%。\n区疾控中心派出4名骨干授课。全区今年已培训乡村医生420人次。\n")


def test_a_news_item_whose_subject_is_a_named_townships_health_centre_is_the_townships():
    doc = one_doc(TOWNSHIP_NEWS.format(chain="固原市原州区"))
    assert (doc["admin_level"], doc["place"]) == ("township", "青桐镇")


def test_a_reporters_verb_before_a_county_is_no_place_chain_over_a_township():
    page = TOWNSHIP_NEWS.format(chain="").replace("8月10日至12日，青桐镇卫生院举办了", "本报讯 走进余干县青桐镇卫生院，")
    page = page.replace("区疾控中心派出4名骨干授课。全区今年", "该县疾控中心派出4名骨干授课。全县今年")
    assert one_doc(page)["admin_level"] == "county"


def test_a_new_area_run_by_its_working_committee_speaks_of_itself_as_a_district():
    page = ("关于第三季度卫生健康重点工作推进情况的报告\n\n新区党工委、管委会：\n"
            "现将第三季度新区卫生健康重点工作推进情况报告如下。三季度新增执业医师19名，报告乙类传染病92例。\n")
    assert one_doc(page)["admin_level"] == "district"


def test_a_place_named_as_the_health_bureau_is_the_bureaus_own_before_the_parts_it_lists():
    page = ("9月以来，鞍山市卫生局联合公安部门开展打击非法行医专项整治。全市共检查医疗机构2315户次，取缔无证行医窝点58个。\n"
            "| 地区 | 检查户次 |\n| 铁东区 | 412 |\n| 海城市 | 688 |\n| 海城市乡镇 | 120 |\n")
    doc = one_doc(page)
    assert (doc["admin_level"], doc["place"]) == ("city", "鞍山市")


def test_the_last_of_a_list_of_bureaus_is_not_the_texts_own():
    page = ("7月21日，泉州市卫生局召开全市卫生系统上半年工作推进会。上半年全市住院分娩率99.6%。\n"
            "晋江市、南安市卫生局在会上作了交流发言。南安市今年新建卫生院2所。\n")
    assert one_doc(page)["place"] == "泉州市"


def test_places_a_citys_text_lists_in_passing_are_not_its_own():
    page = ("今年以来，市卫生健康委把老年人健康服务摆在突出位置。全市65岁及以上老年人健康管理率72.4%，"
            "0—6岁儿童健康管理率94.1%。阳新县、大冶市等地还为适龄女生免费接种HPV疫苗1.2万剂次。\n")
    doc = one_doc(page)
    assert doc["admin_level"] == "city" and doc["place"] != "大冶市"


def test_a_province_level_text_is_placed_in_the_province_it_names():
    page = ("2031年，湖南省卫生健康委统筹疫情防控和卫生健康事业发展，全省孕产妇死亡率为8.9/10万，婴儿死亡率2.6‰，"
            "全省居民健康素养水平达到29.1%。\n")
    assert one_doc(page)["place"] == "湖南省"
    assert one_doc(page)["province"] == "湖南省"


# --- year ----------------------------------------------------------------------------------------------------------------

def test_a_year_that_starts_a_span_is_not_the_reports():
    page = ("5月14日至16日，市卫生健康局带领帮扶队赴新丰县开展对接调研。该县执业（助理）医师每千人口仅2.1人。\n"
            "据悉，自2029年对口帮扶以来，已累计派驻医务人员96人次。\n")
    assert one_doc(page)["year"] is None


def test_a_deadline_year_is_not_the_reports():
    page = ("1月15日，县卫生健康局党组召开2031年度专题民主生活会。班子查摆出问题4个，全县21个乡镇卫生院中有6个没有全科医生。\n"
            "会议明确，全科医生“清零”问题要求在2032年6月底前解决。\n")
    assert one_doc(page)["year"] == 2031


def test_a_year_whose_targets_are_set_in_a_summarys_closing_sentence_is_not_the_reports():
    page = ("2031年是我县开展新型农村合作医疗试点的第一年。全县参合农民13.2万人，参合率达83.5%，共筹集基金396万元。\n"
            "截至12月底，累计补偿1.86万人次。\n2032年，县里确定参合率达到88%以上。\n")
    assert one_doc(page)["year"] == 2031


def test_a_province_named_only_in_the_sites_footer_places_a_province_level_text():
    page = ("当前位置：首页 > 政务公开 > 妇幼健康\n2031年全省妇幼健康工作进展情况\n"
            "2031年，全省孕产妇死亡率为12.3/10万，婴儿死亡率4.1‰，全省住院分娩率达到99.7%。\n"
            "\n关于我们 | 网站地图\n青海省卫生健康委员会 版权所有\n")
    assert one_doc(page)["place"] == "青海省"


def test_a_health_centres_summary_under_a_generic_title_is_placed_by_its_signature():
    page = "乡镇卫生院2031年工作总结\n青桐县白沙镇中心卫生院\n2031年，我院门诊量2.6万人次，住院1120人次，全镇参合率97.2%。\n"
    doc = one_doc(page)
    assert (doc["admin_level"], doc["place"]) == ("township", "白沙镇")
    # (a masked year before the generic 乡镇 names no township)
    masked = "20XX年乡镇卫生院工作总结\n2031年，我院门诊量2.6万人次，住院1120人次，全镇参合率97.2%。\n"
    assert one_doc(masked)["place"] is None


def test_a_year_written_in_chinese_digits_in_the_body_is_the_reports():
    page = "本网讯 二〇三一年，县医疗保障局持续推进医保扶贫，全县参保率达到98.6%，住院报销比例达到72%。\n"
    assert one_doc(page)["year"] == 2031
