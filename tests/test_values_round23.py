"""Values, round 23: numbers and statements for patterns found missed on the round-23 sets — each on sentences written
for the test (no text from any page of the evaluation sets; places and figures are made up).

- 。 as the decimal point of a number whose digits a site masked (8x。4%) is one masked value, not two numbers;
- a payment noun that names a facility's funding mechanism (补偿机制) makes no figure of its segment a scheme's rule;
- a value named 实际值 after the target set beside it (目标值≥60%，实际值64.3%) is the level reached;
- a gap in points written 比…低/高 (比市控指标低0.4个千分点) is a change, below the base negative;
- a count changed against last year with the thing counted between the verb and the number (比上年减少投诉9件) is a change;
- a frequency with a bound adverb before its verb (每月至少下村两次) is a count, as one with a bound word is;
- letters (感谢信26封) and broad kinds (14大类) are counted; people named 人数 before N万 are a count of people.
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # the observations of a page, each quote checked against the raw text

TITLE = "青禾县卫生健康局2031年工作总结\n"


def rows(body: str) -> list[dict]:
    return page_rows(TITLE + body)


def by_quote(body: str) -> dict[str, dict]:
    return {r["quote"]: r for r in rows(body)}


# ------------------------------------------------------------------ 。 after a masked digit
def test_masked_number_with_an_ideographic_decimal_point_is_one_value():
    got = by_quote("一季度全县参合农民52.6万人，参合率达8x。4%，住院分娩率97。35%。\n")
    assert "8x。4%" in got
    assert got["8x。4%"]["redacted"] is True and got["8x。4%"]["value"] is None
    assert got["8x。4%"]["unit"] == "percent"
    assert got["97。35%"]["value"] == 97.35
    assert not any(q in got for q in ("8", "4%", "x。4%"))


# ------------------------------------------------------------------ 补偿机制
def test_a_funding_mechanism_is_no_schemes_ratio():
    got = by_quote("基本药物制度实施后，部分村卫生室补偿机制不完善，收入下降31%，村医积极性不高。\n"
                   "全县新农合住院补偿比例为62%。\n")
    assert got["31%"]["statement"] == "change" and got["31%"]["value"] == -31.0
    assert got["62%"]["statement"] == "policy"  # the scheme's own ratio stays a rule


# ------------------------------------------------------------------ 实际值 beside a target
def test_actual_value_after_its_target_is_reached():
    page = ("青禾县卫生健康局2031年度部门整体支出绩效自评报告\n一、年度绩效目标完成情况\n"
            "2031年设定绩效指标10项。其中：（1）高血压患者规范管理率目标值≥60%，实际值64.3%；"
            "（2）孕产妇死亡率目标值≤15/10万，实际值11.2/10万。\n")
    got = {r["quote"]: r for r in page_rows(page)}
    assert (got["60%"]["statement"], got["60%"]["comparator"]) == ("target", ">=")
    assert (got["15/10万"]["statement"], got["15/10万"]["comparator"]) == ("target", "<=")
    assert got["64.3%"]["statement"] == "actual"
    assert got["11.2/10万"]["statement"] == "actual"


# ------------------------------------------------------------------ 比…低/高 in points
def test_points_below_or_above_a_base_are_signed_changes():
    got = by_quote("全县人口出生率为11.32‰，比市控指标低0.4个千分点；建档率为83.6%，比全市平均低2.5个百分点，"
                   "比上年高1.8个百分点。\n")
    assert (got["0.4个千分点"]["statement"], got["0.4个千分点"]["value"], got["0.4个千分点"]["unit"]) == ("change", -0.4, "per_mille")
    assert (got["2.5个百分点"]["statement"], got["2.5个百分点"]["value"]) == ("change", -2.5)
    assert (got["1.8个百分点"]["statement"], got["1.8个百分点"]["value"]) == ("change", 1.8)


def test_a_raised_ratio_is_no_comparison_below_or_above():
    # 比例 holds 比 and 提高 ends with 高: no comparison with a base, the rule's move stays as it was read
    got = by_quote("今年起，新农合住院补偿比例提高5个百分点。\n")
    assert got["5个百分点"]["value"] == 5.0
    assert got["5个百分点"]["statement"] == "policy"


# ------------------------------------------------------------------ 比上年减少<noun>N
def test_count_changed_with_the_noun_between_verb_and_number():
    got = by_quote("全年受理群众投诉40件，比上年减少投诉9件，同比增加调解成功案件6起；重复信访比上年减少到3件。\n")
    assert (got["9件"]["statement"], got["9件"]["value"]) == ("change", -9.0)
    assert (got["6起"]["statement"], got["6起"]["value"]) == ("change", 6.0)
    assert (got["40件"]["statement"], got["3件"]["statement"]) == ("actual", "actual")  # (减少到: the level reached)


# ------------------------------------------------------------------ frequencies with a bound adverb
def test_frequency_with_a_bound_adverb_is_a_count():
    got = by_quote("全年门诊8.2万人次。巡回医疗队每月至少下村两次，卫生院每月召开一次例会。\n")
    assert got["两次"]["value"] == 2.0 and got["两次"]["comparator"] == ">="
    assert "一次" not in got  # (how often, no bound: no count)


# ------------------------------------------------------------------ measure words and people named 人数
def test_letters_kinds_and_people_named_by_their_number():
    got = by_quote("全年收到群众感谢信26封，家庭医生服务包涵盖14大类，签约服务人数达到38.2万，参保人数126.5万。\n")
    assert (got["26封"]["value"], got["26封"]["count_unit"]) == (26.0, "封")
    assert (got["14大类"]["value"], got["14大类"]["count_unit"]) == (14.0, "大类")
    assert (got["38.2万"]["value"], got["38.2万"]["unit"]) == (382000.0, "count")
    assert got["126.5万"]["value"] == 1265000.0


# ------------------------------------------------------------------ an aimed fall is signed
def test_an_aimed_fall_is_signed_and_a_level_aimed_at_is_not():
    page = ("青禾县卫生健康局2032年工作计划\n"
            "2032年主要目标：力争丙类传染病发病率比上年下降8%，孕产妇死亡率降至12/10万以下。\n")
    got = {r["quote"]: r for r in page_rows(page)}
    assert (got["8%"]["statement"], got["8%"]["value"]) == ("target", -8.0)
    assert (got["12/10万"]["statement"], got["12/10万"]["value"]) == ("target", 12.0)


# ------------------------------------------------------------------ counters, print runs and figures of speech
def test_site_counters_print_runs_and_a_figure_of_speech_are_no_counts():
    page = ("青禾县卫生健康局2031年工作总结\n发布时间：2032-01-11 浏览 88 次\n"
            "2031年，全县卫生健康系统交出了一份沉甸甸的成绩单：全年门诊12.6万人次，下乡义诊15次，发放宣传资料3600份。\n"
            "青禾县卫生健康局办公室 2032年1月10日印发（共印25份）\n")
    got = [(r["quote"], r["value"]) for r in page_rows(page) if r["unit"] == "count"]
    assert ("15次", 15.0) in got and ("3600份", 3600.0) in got and ("12.6万人次", 126000.0) in got
    assert not any(q.startswith(("88", "25", "一份")) for q, _ in got)


# ------------------------------------------------------------------ a Chinese numeral after a Latin letter
def test_a_chinese_numeral_after_a_machines_latin_name_counts():
    got = [(r["quote"], r["value"]) for r in rows("全年门诊12万人次，新购置DR一台、CT一台，彩超两台；3A级医院2家。\n")
           if r["unit"] == "count"]
    assert got.count(("一台", 1.0)) == 2
    assert ("两台", 2.0) in got and ("2家", 2.0) in got
    assert not any(q.startswith("3") and q != "3A" and "级" in q for q, _ in got)  # (3A names a grade, no count)


# ------------------------------------------------------------------ a schedule's items named by the town's centre
def test_deductibles_by_the_towns_centre_and_hospitals_outside_the_city_are_rules():
    got = by_quote("二、住院补偿。起付线：镇卫生院200元，市级医院600元，市外医院1200元。\n")
    assert [got[q]["statement"] for q in ("200元", "600元", "1200元")] == ["policy"] * 3


def test_a_threshold_whose_excess_is_named_in_the_next_clause_is_a_rule():
    got = by_quote("三、大病二次补偿。对年度自付医疗费用超过4万元的，超出部分再补偿25%。全年医疗费用超过4万元的患者132人。\n")
    rows_4w = [r for r in rows("三、大病二次补偿。对年度自付医疗费用超过4万元的，超出部分再补偿25%。全年医疗费用超过4万元的患者132人。\n")
               if r["quote"] == "4万元"]
    assert [r["statement"] for r in rows_4w] == ["policy", "actual"]  # (the second: patients counted above it, no rule)
    assert got["25%"]["statement"] == "policy"


# ------------------------------------------------------------------ 分N批
def test_work_split_in_batches_counts_and_a_batch_of_things_does_not():
    got = [(r["quote"], r["value"]) for r in rows("全年门诊12万人次，乡村医生分两批参加县级培训，解决了一批难题。\n")
           if r["unit"] == "count"]
    assert ("两批", 2.0) in got
    assert not any(q == "一批" for q, _ in got)
