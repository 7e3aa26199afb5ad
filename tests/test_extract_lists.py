"""healthdata.extract.lists: one row per value of a distributive list."""
from __future__ import annotations

from healthdata.extract.observations import extract_report
from healthdata.textnorm import matching_text
from healthdata.types import ReportText


def rows(text: str) -> list[dict]:
    return extract_report(ReportText("t#01", "t.txt", text, matching_text(text), 0, len(text))).observations


def test_each_value_takes_its_own_indicator_and_the_shared_comparator():
    got = rows("新生儿死亡率、婴儿死亡率分别控制在3‰和5‰以下。")
    assert [(r["indicator_id"], r["comparator"]) for r in got] == [("neonatal_mortality_rate", "<="), ("infant_mortality_rate", "<=")]


def test_populations_of_a_list():
    got = rows("城镇职工和城镇居民参保率分别为96%、92%。")
    assert [(r["population"], r["indicator_id"]) for r in got] == [
        ("城镇职工", "basic_insurance_enrollment_rate"), ("城镇居民", "basic_insurance_enrollment_rate")]


def test_points_written_once_after_a_list_of_changes():
    # 个 written with each change, 百分点 once at the end: both are changes in percentage points
    got = rows("2022年，全县孕产妇系统管理率和住院分娩率分别为91.4%和98.8%，分别比上年提高2.6个和0.4个百分点。")
    assert [(r["value"], r["unit"], r["indicator_id"], r["statement"]) for r in got[2:]] == [
        (2.6, "percent", "maternal_systematic_management_rate", "change"),
        (0.4, "percent", "hospital_delivery_rate", "change")]


def test_counts_in_ge_joined_by_a_list_word_stay_counts():
    got = rows("全县新建乡镇卫生院4个和村卫生室15个，签约率提高2个百分点。")
    assert [(r["value"], r["unit"]) for r in got] == [(4.0, "count"), (15.0, "count"), (2.0, "percent")]


def test_a_ratio_is_no_rate_with_its_unit_dropped():
    # a plan's target list drops % (参合率97以上), but a ratio's terms (7∶3, 6:4) are no rates
    got = rows("2025年工作要点\n一、主要目标\n全县建档率达到90%以上，县乡两级住院人次比例稳定在6∶4左右，"
               "门诊人次之比力争达到7：3，参合率98以上。\n")
    assert [(r["value"], r["indicator_id"]) for r in got] == [(90.0, "health_record_coverage_rate"),
                                                           (98.0, "ncms_participation_rate")]


def test_a_bound_written_before_a_lists_first_value_bounds_every_value():
    # 不低于 opens the list: both levels are floors; 以上 after the first value is that value's own
    got = rows("全县高血压、糖尿病患者规范管理率分别不低于62%和58%。")
    assert [(r["value"], r["comparator"]) for r in got] == [(62.0, ">="), (58.0, ">=")]
    got = rows("全县孕产妇死亡率、婴儿死亡率分别不超过14/10万和7‰。")
    assert [(r["value"], r["comparator"]) for r in got] == [(14.0, "<="), (7.0, "<=")]
    got = rows("全县高血压、糖尿病患者规范管理率分别达到62%以上和58%。")
    assert [(r["value"], r["comparator"]) for r in got] == [(62.0, ">="), (58.0, "=")]
