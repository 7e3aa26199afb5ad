"""Indicators linked as an analyst names them, for page shapes met in the holdout33 and holdout39-42 written sets and the
seeds (every page and sentence here is written for these tests; places and numbers are made up).

- a part of the whole named by the people (其中城镇居民…、农村居民…), a market town (集镇), a place after 其中 (其中南部三地州…)
  or a grade above the county (地区级及以上医院) continues the rate named before it;
- a level held against the target a superior set (低于省定控制指标（30/10万）) is that rate's, but one level stated for every
  rate listed before it (…均超过省定95%的目标) is none of theirs alone;
- a clause holding only a verb of movement (下滑至63%) continues the rate; a paying verb alone in its clause (起付线500元，
  报销45%) continues the ratio named before it in the sentence;
- the catalog knows 完成进度 (a programme's progress), the population covered by community health services (覆盖城区人口的
  80%) and the enrolled's share of the rural population (占农业人口的90%), and a scheme's coverage written bare after the
  scheme is named as a 制度;
- a policy's awareness (政策知晓率), a population register's accuracy (全员人口信息准确率), the diseases a women's health survey
  finds (妇女病普查…发病率) and the workers' certificates (从业人员持证率) name nothing in the catalog.
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # (the build's own per-page path; every quote checked against the page)

SUMMARY = "青川县卫生健康局2035年工作总结\n"


def linked(text: str, head: str = SUMMARY) -> list[tuple[float, str | None]]:
    """(value, indicator_id) of each rate of a page (counts and amounts left out)."""
    return [(r["value"], r["indicator_id"]) for r in page_rows(head + text) if r["unit"] not in ("count", "yuan")]


# ------------------------------------------------------------------ parts of the whole
def test_parts_named_by_their_people_or_a_market_town_continue_the_rate():
    text = ("居民健康档案建档率提高到66%，其中城镇居民达到74%、农村居民达到58%。"
            "住院分娩率农村达到92%、集镇达到97%。")
    assert linked(text) == [(66.0, "health_record_coverage_rate"), (74.0, "health_record_coverage_rate"),
                            (58.0, "health_record_coverage_rate"), (92.0, "hospital_delivery_rate"), (97.0, "hospital_delivery_rate")]


def test_a_place_after_qizhong_continues_the_rate_but_a_measure_of_its_own_does_not():
    text = ("全区城乡居民健康档案建档率达到72.4%，其中南部三地州达到79.5%。"
            "新农合参合率97%，其中县级财政补助增长15%。")  # (a subsidy's growth: a subject of its own)
    assert linked(text) == [(72.4, "health_record_coverage_rate"), (79.5, "health_record_coverage_rate"),
                            (97.0, "ncms_participation_rate"), (15.0, None)]


def test_a_grade_above_the_county_continues_the_ratio_after_a_semicolon():
    text = "参保居民在乡镇卫生院住院，政策范围内报销比例为88%；县级医院为78%；地区级及以上医院为62%。"
    assert linked(text) == [(88.0, "reimbursement_ratio"), (78.0, "reimbursement_ratio"), (62.0, "reimbursement_ratio")]


# ------------------------------------------------------------------ targets a superior set
def test_a_level_below_the_provincial_control_target_is_the_rate_before():
    text = "全年孕产妇死亡率为21.6/10万，低于省定控制指标（30/10万）。"
    assert linked(text) == [(21.6, "maternal_mortality_ratio"), (30.0, "maternal_mortality_ratio")]


def test_one_target_stated_for_every_listed_rate_is_none_of_theirs_alone():
    # (round 25: rates of one family share their family's target — the programme's vaccines, the programme's coverage —
    # see test_indicators_round25; rates of different families keep none)
    text = "全县卡介苗接种率98.4%，脊灰疫苗接种率97.6%，麻疹疫苗接种率96.9%，均超过省定90%的目标。"
    assert linked(text) == [(98.4, "bcg_vaccination_rate"), (97.6, "polio_vaccination_rate"),
                            (96.9, "measles_vaccination_rate"), (90.0, "immunization_coverage_rate")]
    text = "全县住院分娩率98.4%，婴儿死亡率5.6‰，参合率96.9%，均达到省定的目标。"
    assert linked(text)[-1] == (96.9, "ncms_participation_rate")
    text = "全县住院分娩率98.4%，参合率96.9%，均超过省定90%的目标。"
    assert linked(text) == [(98.4, "hospital_delivery_rate"), (96.9, "ncms_participation_rate"), (90.0, None)]


# ------------------------------------------------------------------ verbs standing for the rate
def test_a_verb_of_movement_continues_the_rate():
    text = "受人员抽调影响，糖尿病患者规范管理率由2033年的68%下滑至61%，力争回升到66%。"
    assert linked(text) == [(68.0, "diabetes_management_rate"), (61.0, "diabetes_management_rate"),
                            (66.0, "diabetes_management_rate")]


def test_a_paying_verb_alone_continues_the_ratio_named_before_in_its_sentence():
    text = ("参合农民在乡镇卫生院住院，起付线以上部分报销比例为85%；县级医院起付线400元，报销比例为70%；"
            "县外定点医院起付线800元，报销48%。")
    assert linked(text) == [(85.0, "reimbursement_ratio"), (70.0, "reimbursement_ratio"), (48.0, "reimbursement_ratio")]


def test_a_paying_verb_of_an_outpatient_scheme_does_not_continue_the_inpatient_ratio():
    text = "参合农民住院报销比例为70%，门诊统筹每人每年限额200元，报销40%。"
    assert linked(text) == [(70.0, "reimbursement_ratio"), (40.0, None)]


# ------------------------------------------------------------------ names the catalog knows
def test_a_programmes_progress_written_as_its_completion_progress():
    text = "上半年全县基本公共卫生服务项目完成进度为51.3%，下半年要加快进度。"
    assert linked(text) == [(51.3, "task_completion_rate")]


def test_the_population_covered_and_the_share_of_the_rural_population_named_after_a_count():
    text = ("城市社区卫生服务中心和服务站达到58个，覆盖城区人口的86%。"
            "全县参合农民26.4万人，占全县农业人口的93.5%。"
            "全县农业人口31万人，占总人口的74%。")  # (no enrolment named: a share of its own)
    assert linked(text) == [(86.0, "community_health_coverage_rate"), (93.5, "ncms_participation_rate"), (74.0, None)]


def test_a_schemes_coverage_written_bare_after_the_scheme_is_named_as_a_system():
    text = "全县牧民2.3万人全部纳入农牧区医疗制度，覆盖率100%；新农合即时结报覆盖率91%。"
    assert linked(text) == [(100.0, "ncms_participation_rate"), (91.0, None)]


# ------------------------------------------------------------------ names outside the catalog
def test_policy_awareness_and_a_population_registers_accuracy_are_outside_the_catalog():
    text = ("部分群众对医保报销政策知晓率不高，入户调查知晓率只有68%；居民健康知识知晓率为83%。"
            "全员人口信息准确率只有89%；传染病报告卡填写准确率99.2%。")
    assert linked(text) == [(68.0, None), (83.0, "health_knowledge_awareness_rate"), (89.0, None),
                            (99.2, "report_accuracy_rate")]


def test_the_diseases_a_womens_health_survey_finds_are_no_reported_incidence():
    text = ("开展以子宫颈癌、乳腺癌筛查为主的妇女病普查普治，检查18000人，查出各种疾病5200人，发病率28.9%。"
            "全县肿瘤报告发病率为236/10万。")
    assert linked(text) == [(28.9, None), (236.0, "chronic_disease_incidence")]


def test_the_workers_certificates_are_not_the_licence_of_the_businesses_named_before():
    text = "检查餐饮经营单位210家，从业人员持证率达到95%；餐饮经营单位持证率98%。"
    assert linked(text) == [(95.0, None), (98.0, "hygiene_license_rate")]


def test_the_benefits_paid_over_the_fund_are_its_utilization():
    text = "全年补偿参合农民住院5 120人次，补偿金额812万元，占当年基金总额的81.6%。"
    assert linked(text) == [(81.6, "ncms_fund_utilization_rate")]


# ------------------------------------------------------------------ a class named before its members
def test_a_class_named_before_the_members_of_a_respective_list_leaves_the_members_their_rates():
    text = "在慢病管理上，全县在管高血压患者5.2万人、糖尿病患者1.6万人，规范管理率分别为81.2%和77.4%。"
    assert linked(text) == [(81.2, "hypertension_management_rate"), (77.4, "diabetes_management_rate")]
