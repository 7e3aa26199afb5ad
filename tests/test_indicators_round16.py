"""Indicators linked as an analyst names them, for page shapes met in the holdout28, holdout34, holdout35 and holdout37
written sets (every page and sentence here is written for these tests; places and numbers are made up).

- a scheme's schedule written with the paying verb (在县级医院住院，报销55%) after the inpatient stay is named, or as a
  rate (住院补偿率); the verb names nothing from an earlier clause (…报销后，民政救助再按60%的比例救助);
- a schedule's parts written by the area and grade together (市外三级), by the place of care (苏木卫生院), or kept at
  their level (保持60%不变) continue the ratio named before them;
- a numbered section heading (六、严重精神障碍患者管理。) names the topic of the first sentence under it, unless that
  sentence counts the cases of a disease of its own;
- a clause holding only target and deadline words (力争年底前达到99%) continues the rate before it;
- the catalog knows the supervision reports' names (培训合格率, 体检合格率, 经营单位持证率, 及时查明率, 申报率 of
  occupational hazards), the DOTS strategy, the village coverage written 村级覆盖率, certificate checks (接种证查验率).
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # (the build's own per-page path; every quote checked against the page)

SUMMARY = "清河县卫生健康局2034年工作总结\n"


def linked(text: str, head: str = SUMMARY) -> list[tuple[float, str | None]]:
    """(value, indicator_id) of each rate of a page (counts and amounts left out)."""
    return [(r["value"], r["indicator_id"]) for r in page_rows(head + text) if r["unit"] not in ("count", "yuan")]


# ------------------------------------------------------------------ a schedule written with the paying verb
def test_the_paying_verb_after_an_inpatient_stay_names_the_reimbursement_ratio():
    text = ("参保居民在镇卫生院住院，报销85%；在县人民医院住院，报销70%；在市级医院住院，报销50%。明年住院补偿率提高到62%。"
            "参保居民在村卫生室看门诊，报销45%。"  # (an outpatient scheme's share: not the inpatient ratio)
            "对特困供养人员的住院费用，在医保报销后，民政部门再按60%的比例救助。")  # (the verb of an earlier clause)
    assert linked(text) == [(85.0, "reimbursement_ratio"), (70.0, "reimbursement_ratio"), (50.0, "reimbursement_ratio"),
                            (62.0, "reimbursement_ratio"), (45.0, None), (60.0, None)]


# ------------------------------------------------------------------ the parts of a schedule
def test_parts_by_area_and_grade_continue_the_ratio_named_before():
    text = "政策范围内住院费用，一级医疗机构报销92%，二级82%，市内三级68%，转诊至市外三级58%。"
    assert linked(text) == [(92.0, "reimbursement_ratio"), (82.0, "reimbursement_ratio"),
                            (68.0, "reimbursement_ratio"), (58.0, "reimbursement_ratio")]


def test_a_part_by_the_place_of_care_and_a_part_kept_at_its_level_continue_the_ratio():
    text = ("旗级医院住院报销比例提高到60%，苏木卫生院提高到75%。"
            "二级医疗机构住院报销比例由70%提高到78%；三级医疗机构保持60%不变。"
            "全县住院报销比例为65%，乡镇卫生院门诊人次增长9%。")  # (a place's count of its own: no part)
    assert linked(text) == [(60.0, "reimbursement_ratio"), (75.0, "reimbursement_ratio"),
                            (70.0, "reimbursement_ratio"), (78.0, "reimbursement_ratio"), (60.0, "reimbursement_ratio"),
                            (65.0, "reimbursement_ratio"), (9.0, None)]


# ------------------------------------------------------------------ a numbered heading names its section's topic
def test_a_numbered_heading_qualifies_the_generic_rate_of_its_first_sentence():
    text = ("六、严重精神障碍患者管理。在册患者212人，规范管理率91.2%。"
            "严重精神障碍患者管理情况。在册患者118人，规范管理率90.6%。"  # (no enumerator: no heading)
            "七、传染病防治。全年报告水痘病例88例，发病率31.6/10万。")  # (the cases of a disease of its own)
    assert linked(text) == [(91.2, "severe_mental_illness_management_rate"), (90.6, None), (31.6, None)]


def test_a_heading_on_a_line_of_its_own_qualifies_the_next_line():
    text = "（四）重性精神疾病管理\n全镇在管患者64人，规范管理率88.5%。\n"
    assert linked(text) == [(88.5, "severe_mental_illness_management_rate")]


def test_a_supervision_heading_makes_a_bare_check_up_rate_the_workers():
    text = "三、卫生监督。全年检查各类单位640户，发证率96%，体检率94.5%。"
    assert linked(text) == [(96.0, "hygiene_license_rate"), (94.5, "food_worker_health_check_rate")]


# ------------------------------------------------------------------ target and deadline words name no subject
def test_a_target_with_a_deadline_continues_the_rate_before_it():
    text = "截至5月底，全镇参合率已达96.4%，力争6月底前达到98%以上。"
    assert linked(text) == [(96.4, "ncms_participation_rate"), (98.0, "ncms_participation_rate")]


def test_a_target_word_alone_continues_the_rate_before_it():
    text = ("上级要求全县住院分娩率稳定在97%以上，确保达到99%。"
            "全县住院分娩率达到97%，力争病床周转次数提高12%。")  # (a subject of its own: no continuation)
    assert linked(text) == [(97.0, "hospital_delivery_rate"), (99.0, "hospital_delivery_rate"),
                            (97.0, "hospital_delivery_rate"), (12.0, None)]


# ------------------------------------------------------------------ names the catalog did not know
def test_the_supervision_reports_names_of_worker_and_business_rates():
    text = ("全县餐饮从业人员3120人，体检合格率95.1%，培训合格率90.4%。"
            "食品生产经营单位持证率达到97%。年内发生食物中毒2起，及时查明率100%。")
    assert linked(text) == [(95.1, "food_worker_health_check_rate"), (90.4, "food_worker_training_rate"),
                            (97.0, "hygiene_license_rate"), (100.0, "food_poisoning_investigation_rate")]


def test_the_declaration_of_occupational_hazards_named_without_its_full_name():
    text = "组织开展职业病危害项目申报，全县用人单位申报率88.2%。职业病危害因素申报率比上年提高6个百分点。"
    assert linked(text) == [(88.2, "occupational_hazard_declaration_rate"), (6.0, "occupational_hazard_declaration_rate")]


def test_the_dots_strategy_the_village_coverage_and_the_certificate_checks():
    text = ("结核病防治DOTS策略覆盖率保持100%。全县行政村均设合作医疗代办点，村级覆盖率100%。"
            "秋季入学儿童接种证查验率达到99%，流动儿童建卡率91%。全年孕妇建卡率96%。")
    assert linked(text) == [(100.0, "tb_control_strategy_coverage"), (100.0, "ncms_village_coverage_rate"),
                            (99.0, "vaccination_card_rate"), (91.0, "vaccination_card_rate"),
                            (96.0, "maternal_registration_rate")]


def test_the_check_up_of_the_old_written_with_the_shorter_word():
    text = "为65岁以上老人免费体检2400人，体检率71.3%。"
    assert linked(text) == [(71.3, "elderly_health_management_rate")]

