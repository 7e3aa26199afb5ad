"""Indicators linked as an analyst names them, for page shapes met in the holdout38 and holdout44-47 written sets (every
page and sentence here is written for these tests; places and numbers are made up).

- a part of a province or banner by its economy (牧区, 农区, 半农半牧区, 藏区) and places listed after 其中 continue the rate;
- a level's excess over a target a superior set (超过州下达目标任务3个百分点, 超过市定75%的目标7个百分点) is the rate's; one
  level stated for a list of rates (…均为100%, …都高于省里要求的60%) is the named one's when the list names one, none of
  theirs when it names several; a count's change in the next clause (较上年减少5起，下降29%) is the count's;
- the catalog knows a TB project's and strategy's coverage (结核病控制项目覆盖率, DOTS策略人口覆盖率), the coverage of the
  hygiene grading and of the pastoral areas' scheme written bare after them, and 及时调查率 (its own surface form);
- the class-2 vaccines (二类疫苗) and the COVID campaign's age bands (12—17岁人群) are outside the programme;
- the chronic patients' management named so (慢性病患者规范管理率) is the key groups' rate; the rate of the two schemes taken
  together (新农合和城镇居民医保参保（合）率) is the basic insurance's; a schedule of progress (9月底前完成80%) continues the
  progress named first; an appraisal's weight (权重不低于10%) is no rate's level.
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # (the build's own per-page path)

SUMMARY = "石泉县卫生健康局2037年工作总结\n"
PLAN = "石泉县卫生健康局2038年工作计划\n"


def linked(text: str, head: str = SUMMARY) -> list[tuple[float, str | None]]:
    """(value, indicator_id) of each rate of a page (counts and amounts left out)."""
    return [(r["value"], r["indicator_id"]) for r in page_rows(head + text) if r["unit"] not in ("count", "yuan")]


# ------------------------------------------------------------------ parts of the whole
def test_parts_of_a_banner_by_its_economy_continue_the_rate():
    text = "全旗住院分娩率为84.6%，其中牧区仅为62.5%，农区为88.1%，半农半牧区为79%。"
    want = [(84.6, "hospital_delivery_rate"), (62.5, "hospital_delivery_rate"), (88.1, "hospital_delivery_rate"),
            (79.0, "hospital_delivery_rate")]
    assert linked(text) == want
    assert linked("全旗住院分娩率為84.6%，其中牧區僅為62.5%，農區為88.1%，半農半牧區為79%。") == want  # (Traditional)


def test_places_listed_after_qizhong_continue_the_rate():
    text = "全省农牧区孕产妇住院分娩率达到91.4%，其中东岭、西岭等藏区为78.2%。"
    assert linked(text) == [(91.4, "hospital_delivery_rate"), (78.2, "hospital_delivery_rate")]


# ------------------------------------------------------------------ targets a superior set, levels for lists
def test_an_excess_over_an_assigned_target_is_the_rates_change():
    text = ("全县参合农民6.4万人，参合率89.2%，超过州下达目标任务4.2个百分点。"
            "全县参合农民6.4万人，参合率83.5%，超过市定78%的目标5.5个百分点。")
    assert linked(text) == [(89.2, "ncms_participation_rate"), (4.2, "ncms_participation_rate"),
                            (83.5, "ncms_participation_rate"), (78.0, "ncms_participation_rate"),
                            (5.5, "ncms_participation_rate")]


def test_one_level_for_a_list_naming_one_catalog_rate_is_that_rates():
    text = "全年处置突发公共卫生事件9起，报告及时率、规范处置率均为100%，较上年减少4起，下降30.8%。"
    # one value per rate named (values34, round 19): the catalog rate takes its own, 规范处置率 (no catalog id) none
    assert linked(text) == [(100.0, "report_timeliness_rate"), (100.0, None), (-30.8, None)]


def test_one_target_stated_with_dou_for_several_rates_is_none_of_theirs_alone():
    text = "高血压患者规范管理率74.1%，糖尿病患者规范管理率70.6%，都高于省里要求的60%。"
    assert linked(text) == [(74.1, "hypertension_management_rate"), (70.6, "diabetes_management_rate"), (60.0, None)]


# ------------------------------------------------------------------ coverages and catalog forms
def test_tb_project_and_strategy_population_coverage():
    text = "结核病控制项目覆盖率保持100%。全市结核病DOTS策略人口覆盖率98.5%。"
    assert linked(text) == [(100.0, "tb_control_strategy_coverage"), (98.5, "tb_control_strategy_coverage")]


def test_a_bare_coverage_after_the_grading_or_the_pastoral_scheme():
    text = ("县卫生监督所对全县住宿和餐饮单位实施量化分级管理，覆盖率达到93%。"
            "全乡开展农牧区医疗登记，参加人数5 210人，覆盖率达到91.5%。")
    assert linked(text) == [(93.0, "quantified_grading_rate"), (91.5, "ncms_participation_rate")]


def test_timely_investigation_is_the_catalogs_timeliness_and_case_investigation_stays():
    text = "聚集性疫情及时调查率100%，传染病个案调查率98.7%。"
    assert linked(text) == [(100.0, "report_timeliness_rate"), (98.7, "case_investigation_rate")]


# ------------------------------------------------------------------ outside the programme
def test_class_two_vaccines_are_outside_the_programme():
    text = "一类疫苗各苗接种率95%以上，二类疫苗接种率不低于40%。"
    assert linked(text, PLAN) == [(95.0, "immunization_coverage_rate"), (40.0, None)]


def test_the_covid_campaigns_age_bands_are_outside_the_programme():
    text = "二、疫苗接种。10月底前3—11岁人群全程接种率达到85%，适龄儿童卡介苗接种率达到98%。"
    assert linked(text, PLAN) == [(85.0, None), (98.0, "bcg_vaccination_rate")]


# ------------------------------------------------------------------ groups and schemes taken together
def test_chronic_patients_management_named_so_is_the_key_groups_rate():
    text = "全镇慢性病患者规范管理率由61.2%提高到68.4%；慢病规范管理率达到70%以上。"
    assert linked(text) == [(61.2, "key_population_management_rate"), (68.4, "key_population_management_rate"),
                            (70.0, "key_population_management_rate")]


def test_diseases_before_the_chronic_class_keep_their_rates():
    text = "全县高血压、糖尿病等慢性病患者规范管理率分别为71.3%和66.8%。"
    assert linked(text) == [(71.3, "hypertension_management_rate"), (66.8, "diabetes_management_rate")]


def test_the_bracketed_rate_of_both_schemes_taken_together_is_the_basic_insurances():
    text = "全县新农合和城镇居民医保参保（合）率稳定在97%以上。"
    assert linked(text) == [(97.0, "basic_insurance_enrollment_rate")]


# ------------------------------------------------------------------ progress schedules and appraisal weights
def test_a_schedule_of_progress_continues_the_progress_named_first():
    text = "三、工作要求。各村每月通报一次进度，5月底前完成全年任务的40%，10月底前完成85%。"
    assert linked(text, PLAN) == [(40.0, "task_completion_rate"), (85.0, "task_completion_rate")]


def test_an_appraisals_weight_is_no_rates_level():
    text = "将家庭医生签约率、基层就诊率纳入乡镇卫生院绩效考核，权重不低于15%。"
    assert linked(text, PLAN) == [(15.0, None)]


def test_timely_investigation_of_suspected_cases_is_the_cases_investigation():
    text = "全年报告并调查风疹疑似病例21例，及时调查率、采样率均为100%。"
    assert linked(text) == [(100.0, "case_investigation_rate")]


# ------------------------------------------------------------------ a name cut by a page break
def test_a_name_cut_by_a_page_break_with_its_footer_between_still_links():
    text = ("孕产妇死亡率 18.2/10 万，婴\n—— 东岭市卫生健康局 2037 年工作总结 第 2 页 ——\n儿死亡率 4.8‰，均控制在省定目标以内。")
    assert linked(text) == [(18.2, "maternal_mortality_ratio"), (4.8, "infant_mortality_rate")]
    # (a line of a sentence between is no furniture: its words are no cut name's)
    text = "全院门诊量增加，婴\n儿童保健门诊接诊1 200人次，全院床位使用率达到88%。\n儿死亡率4.8‰。"
    assert linked(text) == [(88.0, None), (4.8, None)]
