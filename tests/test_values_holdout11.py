"""Value labels as an analyst reads them, for page shapes first met in the holdout11 written set
(every sentence here is written for these tests; places and numbers are made up).

- a scheme's per-head financing standards and their parts are rules (policy), an average of a total is not;
- counts after a completion word are what was done (actual), unless the year's work so far;
- a plan's present-state sentences (现有…) report levels as they stand;
- a ratio paid at a level of care, stated as reached, is the scheme's schedule;
- each value of a distributive list with its own bound (分别达到85%以上和90%以上) takes its own indicator;
- a bare 使用率 after the fund's spending is the fund's utilisation.
"""
from __future__ import annotations

import pytest

from healthdata.extract.observations import extract_report
from healthdata.textnorm import matching_text
from healthdata.types import ReportText, Section


def rows_of(text: str) -> list[dict]:
    rep = ReportText("t#01", "t.txt", text, matching_text(text), 0, len(text), [])
    return extract_report(rep).observations


def stated(text: str) -> list[tuple[str, str]]:
    return [(r["quote"], r["statement"]) for r in rows_of(text)]


def linked(text: str) -> list[tuple[str, str | None]]:
    return [(r["quote"], r["indicator_id"]) for r in rows_of(text)]


# ------------------------------------------------------------------ financing standards are rules
def test_per_head_financing_named_without_its_standard_is_a_rule_and_so_are_its_parts():
    text = "2016年，全县参合率达到98.4%，人均筹资提高到430元，其中各级财政补助350元；参合人数31.2万人。"
    assert stated(text) == [("98.4%", "actual"), ("430元", "policy"), ("350元", "policy"), ("31.2万人", "actual")]


def test_a_from_to_pair_paid_per_head_is_two_levels_of_one_rule():
    text = "2013年全市新农合筹资标准由每人每年240元提高到320元，其中各级财政补助260元，农民个人缴费60元。"
    assert stated(text) == [("240元", "policy"), ("320元", "policy"), ("260元", "policy"), ("60元", "policy")]
    # the payment named before the head, and the head written again before the new level
    assert stated("全县孕产妇住院分娩补助由每人350元提高到每人480元。") == [("350元", "policy"), ("480元", "policy")]


def test_the_programmes_per_head_funds_and_an_amount_a_rule_pays_per_head_are_rules():
    text = "全区人均基本公共卫生服务经费由55元提高到60元。县财政按人均18元安排签约服务经费。"
    assert stated(text) == [("55元", "policy"), ("60元", "policy"), ("18元", "policy")]


def test_a_per_head_figure_after_the_total_it_divides_is_an_average():
    assert stated("全年筹集新农合基金7300万元，人均筹资270元。") == [("7300万元", "actual"), ("270元", "actual")]


def test_per_head_funding_reported_in_passing_is_what_was_collected_but_raised_it_is_the_rule():
    assert stated("全县参合人数30.5万人，参合率98.2%，人均筹资455元。")[-1] == ("455元", "actual")
    assert stated("全区参合率达98.2%，人均筹资由385元提高到455元。")[-2:] == [("385元", "policy"), ("455元", "policy")]


def test_an_amount_followed_by_the_standard_it_is_paid_at_is_a_rule_and_a_rate_before_a_standard_is_required():
    assert stated("落实每人350元的补助标准。") == [("350元", "policy")]
    assert stated("糖尿病患者规范管理率为74.2%，超过省定65%的标准。") == [("74.2%", "actual"), ("65%", "target")]


def test_the_increase_of_a_rule_added_after_it_is_part_of_the_rule_but_a_count_is_not():
    plan = "某市2022年基本公共卫生服务项目实施方案\n一、工作目标\n"
    assert stated(plan + "人均补助标准提高到84元，新增5元用于老年人健康服务。") == [("84元", "policy"), ("5元", "policy")]
    assert stated(plan + "人均补助标准提高到84元，新增家庭医生团队40个。") == [("84元", "policy"), ("40个", "target")]


# ------------------------------------------------------------------ counts after a completion word
def test_counts_of_work_done_are_actual_even_after_a_completion_word():
    text = "全年全县累计完成核酸检测23.5万人份，发热门诊接诊患者4256人次。"
    assert stated(text) == [("23.5万人份", "actual"), ("4256人次", "actual")]
    assert stated("平台上线三个月来，已完成远程会诊870例。") == [("870例", "actual")]


def test_the_years_work_so_far_is_progress_toward_its_task():
    assert stated("今年已累计完成乡村医生培训65人次，护士培训48人次。") == [("65人次", "completion"), ("48人次", "completion")]


def test_a_rate_after_a_completion_word_keeps_its_reading():
    # (the rule is for counts and amounts: the share of a task is still progress against it)
    assert stated("图纸设计完成40%左右。") == [("40%", "completion")]


# ------------------------------------------------------------------ a plan's present state
def test_in_a_plan_what_the_writer_has_now_is_the_present_state():
    text = ("某镇卫生院2024年工作计划\n一、工作目标\n全年门诊量力争达到3.2万人次，住院病人950人次。\n"
            "二、主要困难\n一是人员紧张，现有在编人员23名，临聘人员偏多。\n"
            "三、措施\n在现有基础上新增床位12张。\n")
    assert stated(text) == [("3.2万人次", "target"), ("950人次", "target"), ("23名", "actual"), ("12张", "target")]


def test_in_a_plan_a_pair_from_the_present_level_to_the_aim_and_recruits_planned_are_targets():
    plan = "某市卫生健康局2023年工作计划\n三、重点任务\n"
    assert stated(plan + "市医院重症床位由目前的12张增加到24张。") == [("12张", "actual"), ("24张", "target")]
    # 急需紧缺人才 names whom the plan brings in: no judgement of the present state
    assert stated(plan + "引进急需紧缺人才35名，培训乡村医生620人次。") == [("35名", "target"), ("620人次", "target")]
    assert stated("某县2023年卫生工作总结\n今年县里计划再招录疾控专业人员45名。") == [("45名", "target")]


# ------------------------------------------------------------------ reimbursement schedules
@pytest.mark.parametrize("text, expected", [
    # the ratio a level of care pays, stated as reached: the schedule of the scheme
    ("全镇参合率98.6%，镇卫生院住院报销比例达到85%。", [("98.6%", "actual"), ("85%", "policy")]),
    ("乡镇卫生院住院补偿比例达到80%，县级医院为60%。", [("80%", "policy"), ("60%", "policy")]),
    # ... the schedule going on after the value says so when a page's wrap cut the level from its clause
    ("住院补偿比例达到80%，县级医院为60%。", [("80%", "policy"), ("60%", "policy")]),
    ("住院补偿比例达到80%，参合率99%。", [("80%", "actual"), ("99%", "actual")]),
    # the measured share (政策范围内, 实际, a fraction) by level of care stays a measured level
    ("政策范围内住院费用报销比例县级医院、乡镇卫生院分别达到70%和80%；", [("70%", "actual"), ("80%", "actual")]),
    ("乡镇卫生院住院实际补偿比达到65%。", [("65%", "actual")]),
    ("县级医院政策范围内住院报销比例达到72.5%。", [("72.5%", "actual")]),
    # in a plan, a measured share to be held where it stands is the scheme's level kept
    ("某县2018年医保工作要点\n城乡居民医保政策范围内住院报销比例稳定在68%左右。", [("68%", "policy")]),
])
def test_a_ratio_paid_at_a_level_of_care_is_the_schedule_unless_measured(text, expected):
    assert stated(text) == expected


def test_a_clause_naming_its_own_ratio_is_not_measured_by_the_clause_before():
    text = "某县2017年新农合工作要点\n政策范围内住院费用报销比例稳定在75%左右，大病保险报销比例不低于50%。"
    assert stated(text)[-1] == ("50%", "policy")


# ------------------------------------------------------------------ indicators
def test_each_value_of_a_list_with_its_own_bound_takes_its_own_indicator():
    text = "3岁以下儿童系统管理率、孕产妇系统管理率分别达到86%以上和91%以上。"
    assert linked(text) == [("86%", "child_systematic_management_rate"), ("91%", "maternal_systematic_management_rate")]


def test_a_bare_utilisation_rate_after_the_funds_spending_is_the_funds():
    assert linked("全年合作医疗基金支出8 600万元，使用率为87.5%。")[-1] == ("87.5%", "ncms_fund_utilization_rate")
    # the use of beds is no fund's, and a bare 使用率 with nothing before it names nothing
    assert linked("全年合作医疗基金支出8 600万元，县医院病床使用率为87.5%。")[-1] == ("87.5%", None)
    assert linked("使用率为87.5%。") == [("87.5%", None)]


@pytest.mark.parametrize("text, iid", [
    # the share of businesses holding a hygiene licence, written as its holding rate
    ("全年监督检查各类单位3 210户次，公共场所卫生许可证持证率97.6%。", "hygiene_license_rate"),
    # ... but a health certificate of workers is no licence of a business
    ("从业人员健康证持证率97.6%。", None),
    # the elderly's yearly check-up named as such, and the grade-A record rate with the record named first
    ("全市65岁以上老年人健康检查率达到51.5%。", "elderly_health_management_rate"),
    ("住院病历甲级率达到96%以上。", "medical_record_grade_a_rate"),
])
def test_catalog_indicators_named_in_their_other_common_wordings(text, iid):
    assert linked(text)[-1][1] == iid


# ------------------------------------------------------------------ more scheme rules and plan lines
def test_the_diseases_a_scheme_covers_are_its_scope_but_diseases_reported_are_counts():
    assert stated("将儿童白血病、尿毒症等22种重大疾病纳入保障范围。") == [("22种", "policy")]
    assert stated("高血压、糖尿病等15种慢性病患者门诊费用报销比例为60%。") == [("15种", "policy"), ("60%", "policy")]
    assert stated("全年共报告法定传染病17种。") == [("17种", "actual")]


def test_a_level_of_care_whose_ratio_is_kept_takes_the_schedules_indicator():
    text = "乡镇卫生院住院报销比例由80%提高到85%，县级医院由60%提高到70%，县外医院维持45%不变。"
    assert linked(text)[-1] == ("45%", "reimbursement_ratio")
    assert linked("全区参合率达98%，住院统筹基金支付比例由60%提高到65%。")[-2:] == [
        ("60%", "reimbursement_ratio"), ("65%", "reimbursement_ratio")]


def test_a_plans_action_named_as_an_attribute_is_no_aim():
    text = "某县卫生健康局2017年上半年工作总结\n存在问题：县级医院人才引进困难，上半年计划引进的博士、硕士仅到位4人。"
    assert stated(text) == [("4人", "actual")]


def test_a_plan_line_inside_a_problems_section_states_plans():
    text = ("某乡卫生院2020年上半年工作总结\n一、存在的问题\n1、房屋年久失修，下雨漏水。\n"
            "下半年打算：一是争取资金维修住院楼；二是选派3名医生到县医院进修。\n")
    sections = [Section("一、存在的问题", 1, "problems", text.index("一、"), len(text))]
    rep = ReportText("t#01", "t.txt", text, matching_text(text), 0, len(text), sections)
    assert [(r["quote"], r["statement"]) for r in extract_report(rep).observations] == [("3名", "target")]


def test_a_measured_ratios_from_to_pair_stays_measured_and_a_rules_stays_a_rule():
    text = "全年补偿金额2100万元，实际住院补偿比例由上年的35%提高到43%，基金使用率为88%。"
    assert stated(text)[1:3] == [("35%", "actual"), ("43%", "actual")]
    assert stated("住院报销比例由60%提高到70%。") == [("60%", "policy"), ("70%", "policy")]


def test_a_price_cut_is_a_fall():
    rows = rows_of("国家集中带量采购药品平均降价47%，累计节约费用1.2亿元。")
    assert [(r["quote"], r["statement"], r["value"]) for r in rows][0] == ("47%", "change", -47.0)
