"""Indicators linked as an analyst names them, for causes found in the round-28 review of the written sets (every page and
sentence here is written for these tests; places and numbers are made up).

- 及时调查率 written with the hours a surveillance's rule allows (AFP病例…，48小时及时调查率) is the reporting timeliness, as
  said of an event (the catalog's form, eval/indicators.csv); of suspected cases without the rule's hours it stays the
  cases' investigation (round 18), and the share of cases investigated (调查率, 个案调查率) the case investigation rate;
- the tier of contribution the insured chose (一档/二档) is a part of a ratio's schedule, as a level of care is;
- a clause naming only the stretch of the year a level is stated for (全年为…, 年底达到…) continues the rate before it.
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # (the build's own per-page path)

SUMMARY = "青溪县卫生健康局2043年工作总结\n"


def linked(text: str, head: str = SUMMARY) -> list[tuple[float, str | None]]:
    """(value, indicator_id) of each rate of a page (counts and amounts left out)."""
    return [(r["value"], r["indicator_id"]) for r in page_rows(head + text) if r["unit"] not in ("count", "yuan")]


# ------------------------------------------------------------------ 及时调查率: the catalog's form
def test_timely_investigation_of_surveillance_cases_is_the_reporting_timeliness():
    text = "四、疾病监测。全县报告15岁以下非脊灰AFP病例3例，48小时及时调查率100%，合格粪便标本采集率90%。"
    assert linked(text) == [(100.0, "report_timeliness_rate"), (90.0, "case_investigation_rate")]


def test_timely_investigation_of_suspected_cases_without_the_rules_hours_stays_the_cases():
    text = "三、麻疹监测。全年报告并调查麻疹疑似病例17例，及时调查率、采样率均为100%。"
    assert linked(text) == [(100.0, "case_investigation_rate")]


def test_timely_investigation_of_an_event_is_the_reporting_timeliness():
    text = "全年处置突发公共卫生事件4起，及时调查率100%；传染病个案调查率97.5%。"
    assert linked(text) == [(100.0, "report_timeliness_rate"), (97.5, "case_investigation_rate")]


# ------------------------------------------------------------------ a tier of contribution
def test_a_tier_of_contribution_is_a_part_of_the_reimbursement_schedule():
    text = "三、医疗保障。城乡居民医保二档参保人员政策范围内住院报销比例达到72%，一档为60%。"
    assert linked(text) == [(72.0, "reimbursement_ratio"), (60.0, "reimbursement_ratio")]


def test_a_tier_with_a_word_of_its_own_is_no_part():
    # (the tier's contribution grew: the clause names what grew, 缴费, and no rate before it is continued)
    text = "三、医疗保障。住院报销比例达到70%，一档参保人员缴费增长12%。"
    assert linked(text) == [(70.0, "reimbursement_ratio"), (12.0, None)]


# ------------------------------------------------------------------ the stretch of the year
def test_the_level_of_the_whole_year_after_a_half_years_continues_the_rate():
    text = "六、妇幼健康。受疫情影响，上半年婚前医学检查率一度下滑至40%，全年为57.5%，仍低于全市平均水平。"
    assert linked(text) == [(40.0, "premarital_exam_rate"), (57.5, "premarital_exam_rate")]


def test_the_level_at_the_years_end_continues_the_rate():
    text = "二、新农合。全县参合率一季度为91%，年底达到98.4%。"
    assert linked(text) == [(91.0, "ncms_participation_rate"), (98.4, "ncms_participation_rate")]


def test_a_clause_naming_its_own_rate_after_the_year_is_not_continued():
    text = "二、新农合。全县参合率98%，全年住院受益率达到12%，全年开展筛查，检出率为3%。"
    assert linked(text) == [(98.0, "ncms_participation_rate"), (12.0, "inpatient_benefit_rate"), (3.0, None)]


# ------------------------------------------------------------------ a schedule's cut for a part
def test_a_bare_ratio_after_a_schedule_points_back_to_the_ratio():
    text = ("二、支付比例。政策范围内住院费用，一级医疗机构报销88%，二级78%，三级62%；未按规定办理转诊的，比例再降8个百分点。")
    assert linked(text) == [(88.0, "reimbursement_ratio"), (78.0, "reimbursement_ratio"), (62.0, "reimbursement_ratio"),
                            (8.0, "reimbursement_ratio")]


def test_the_cut_for_patients_referred_out_and_for_those_not_referred_continue_the_ratio():
    text = ("城乡居民医保住院报销比例：一级医疗机构88%，二级医疗机构72%；县外转诊住院按同级别比例降低8个百分点，"
            "未办理转诊手续的再降低8个百分点。")
    assert [iid for _, iid in linked(text)] == ["reimbursement_ratio"] * 4


def test_a_condition_opening_the_segment_after_a_semicolon_continues_the_ratio():
    text = "异地就医经备案的，住院报销比例降低8个百分点；未备案的，再降低12个百分点。"
    assert [(abs(v), iid) for v, iid in linked(text)] == [(8.0, "reimbursement_ratio"), (12.0, "reimbursement_ratio")]


def test_a_ratio_named_with_a_word_of_its_own_or_a_group_named_after_the_condition_is_not_pointed_back_to():
    assert linked("住院报销比例提高到76%，门诊比例为42%。") == [(76.0, "reimbursement_ratio"), (42.0, None)]
    assert linked("全县参合率97%；未参合的农民占3%。") == [(97.0, "ncms_participation_rate"), (3.0, None)]
