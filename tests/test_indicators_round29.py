"""Indicators linked as an analyst names them, for causes found in the round-29 review of the written sets (every page and
sentence here is written for these tests; places and numbers are made up).

- a bare 持证上岗率 after a clause giving a group of workers a rate of its own (从业人员健康体检率97%，持证上岗率100%) is the
  catalog's surface form, the supervision's certification rate: the group is the subject of the rate of its own clause; the
  group written in the rate's own clause (公共场所从业人员持证上岗率) still makes it the workers' (outside the catalog);
- the time a level is stated at (全年为…, 6月底达到…, 截至9月末为…) continues the rate before it (round 28's stretch of the year,
  generalised to a month's end and a named year's end);
- the tier of contribution (一档/二档, 第三档, 高档/低档) is a part of a ratio's schedule (round 28, generalised);
- 支付比例 with the inpatient costs named before it, the policy's scope between them (住院费用政策范围内支付比例), is the inpatient
  reimbursement ratio.
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # (the build's own per-page path)

SUMMARY = "白沙县卫生健康局2041年工作总结\n"


def linked(text: str, head: str = SUMMARY) -> list[tuple[float, str | None]]:
    """(value, indicator_id) of each rate of a page (counts and amounts left out)."""
    return [(r["value"], r["indicator_id"]) for r in page_rows(head + text) if r["unit"] not in ("count", "yuan")]


# ------------------------------------------------------------------ 持证上岗率: the group's own clause only
def test_a_bare_certification_rate_after_the_workers_own_rate_is_the_supervisions():
    text = "五、卫生监督。全年监督检查各类单位1 204户次，从业人员健康体检率97.3%，持证上岗率100%。"
    assert linked(text) == [(97.3, "food_worker_health_check_rate"), (100.0, "inspector_certification_rate")]


def test_the_workers_named_in_the_certification_rates_own_clause_keep_it_outside_the_catalog():
    text = "五、卫生监督。公共场所卫生许可证发证率99%，公共场所从业人员持证上岗率96.4%。"
    assert linked(text)[1] == (96.4, None)


def test_the_workers_listed_with_their_check_up_rate_in_one_clause_keep_both_rates_theirs():
    text = "五、卫生监督。食品从业人员健康体检率、持证上岗率分别为98%和97%。"
    assert linked(text) == [(98.0, "food_worker_health_check_rate"), (97.0, None)]


def test_a_bare_certification_rate_after_the_workers_rate_and_its_value_is_the_supervisions():
    # (the list joins two rates each with its value: the group is the first rate's subject, as with a comma)
    text = "五、卫生监督。食品从业人员健康体检率98%、持证上岗率97%。"
    assert linked(text) == [(98.0, "food_worker_health_check_rate"), (97.0, "inspector_certification_rate")]


def test_a_group_named_after_the_previous_value_still_names_the_certification_rate():
    text = "三、存在问题。一是村卫生室技术人员业务能力偏弱，持证上岗率仅为68%左右。"
    assert linked(text) == [(68.0, None)]


def test_the_supervisors_certification_rate_named_so_is_the_catalogs():
    text = "五、卫生监督。卫生监督员持证上岗率100%，从业人员健康体检率95.1%。"
    assert linked(text) == [(100.0, "inspector_certification_rate"), (95.1, "food_worker_health_check_rate")]


# ------------------------------------------------------------------ the time a level is stated at
def test_the_level_at_a_months_end_continues_the_rate():
    text = "二、基本公共卫生。居民健康档案建档率3月底为61%，6月底达到70.5%。"
    assert linked(text) == [(61.0, "health_record_coverage_rate"), (70.5, "health_record_coverage_rate")]


def test_the_level_up_to_a_months_end_continues_the_rate():
    text = "二、新农合。全县参合率一季度为90.2%，截至9月末为97%。"
    assert linked(text) == [(90.2, "ncms_participation_rate"), (97.0, "ncms_participation_rate")]


def test_the_level_at_a_named_years_end_continues_the_rate():
    text = "三、妇幼健康。住院分娩率2039年底为96%，2040年底达到99.2%。"
    assert linked(text) == [(96.0, "hospital_delivery_rate"), (99.2, "hospital_delivery_rate")]


def test_the_level_of_the_second_half_continues_the_rate():
    text = "三、妇幼健康。婚前医学检查率上半年为44%，下半年回升至63%。"
    assert linked(text) == [(44.0, "premarital_exam_rate"), (63.0, "premarital_exam_rate")]


def test_a_months_clause_naming_a_rate_of_its_own_is_not_continued():
    text = "二、新农合。全县参合率97%，6月底住院受益率达到11%，9月份抽查合格率为82%。"
    assert linked(text) == [(97.0, "ncms_participation_rate"), (11.0, "inpatient_benefit_rate"), (82.0, None)]


# ------------------------------------------------------------------ a tier of contribution
def test_a_numbered_tier_is_a_part_of_the_reimbursement_schedule():
    text = "三、医疗保障。城乡居民医保第三档参保人员住院报销比例达到78%，第一档为61%。"
    assert linked(text) == [(78.0, "reimbursement_ratio"), (61.0, "reimbursement_ratio")]


def test_a_high_and_a_low_tier_are_parts_of_the_reimbursement_schedule():
    text = "三、医疗保障。居民医保高档参保居民政策范围内住院报销比例为76%，低档次为63%。"
    assert linked(text) == [(76.0, "reimbursement_ratio"), (63.0, "reimbursement_ratio")]


# ------------------------------------------------------------------ 住院费用 … 支付比例
def test_the_share_paid_of_inpatient_costs_with_the_policys_scope_between_is_the_reimbursement_ratio():
    text = "四、医疗保障。职工医保住院费用政策范围内支付比例88%以上。"
    assert linked(text) == [(88.0, "reimbursement_ratio")]


def test_an_outpatient_schemes_share_after_it_stays_outside_the_catalog():
    text = "四、医疗保障。职工医保住院费用政策范围内支付比例86%，普通门诊统筹支付比例55%。"
    assert linked(text) == [(86.0, "reimbursement_ratio"), (55.0, None)]


def test_a_share_paid_without_the_inpatient_costs_named_stays_unlinked():
    text = "四、医疗保障。个性化签约服务包由医保基金支付比例为40%。"
    assert linked(text) == [(40.0, None)]
