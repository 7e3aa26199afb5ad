"""Indicators linked as an analyst names them, for page shapes met in the holdout58 and holdout64-67 written sets (every
page and sentence here is written for these tests; places and numbers are made up).

- a plan's table of indicators filed by field (| 健康水平 | 孕产妇死亡率 | 1/10万 | 7.1 | ≤8 |): the indicator is named in
  the row's cells after the field, not in its first cell;
- a qualifier written after a word excluding it (法定传染病（不含霍乱等…）…，报告发病率) names what the count leaves out, not
  what the rate measures;
- a target exceeded that an office named by its place set (超额完成青川市下达95%的目标任务) is the rate's before it;
- a booked outpatient visit (预约就诊率) is no visit at community health facilities, while a booking service named in an
  earlier clause leaves the grassroots rate its own (开展预约诊疗，基层就诊率…).
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # (the build's own per-page path)

SUMMARY = "青川县卫生健康局2038年工作总结\n"


def linked(text: str, head: str = SUMMARY) -> list[tuple[float, str | None]]:
    """(value, indicator_id) of each rate of a page (counts and amounts left out)."""
    return [(r["value"], r["indicator_id"]) for r in page_rows(head + text) if r["unit"] not in ("count", "yuan")]


# ------------------------------------------------------------------ a table of indicators filed by field
FIELD_TABLE = ("附表：青川市“十五五”卫生健康发展主要指标\n"
               "| 领域 | 主要指标 | 单位 | 2030年 | 2035年 | 指标性质 |\n"
               "| 健康水平 | 婴儿死亡率 | ‰ | 3.4 | ≤3 | 预期性 |\n"
               "| 健康水平 | 孕产妇死亡率 | 1/10万 | 9.2 | ≤9 | 预期性 |\n"
               "| 健康服务 | 糖尿病患者规范管理率 | % | 66.1 | ≥72 | 约束性 |\n"
               "| 健康保障 | 个人卫生支出占卫生总费用比重 | % | 26.3 | 25 | 约束性 |\n")


def test_a_row_filed_under_a_field_takes_the_indicator_of_its_next_cell():
    assert linked(FIELD_TABLE, "青川市“十五五”卫生健康发展规划\n") == [
        (3.4, "infant_mortality_rate"), (3.0, "infant_mortality_rate"),
        (9.2, "maternal_mortality_ratio"), (9.0, "maternal_mortality_ratio"),
        (66.1, "diabetes_management_rate"), (72.0, "diabetes_management_rate"),
        (26.3, None), (25.0, None)]  # (a share the catalog does not hold stays unlinked)


def test_a_row_naming_its_indicator_first_is_read_as_before():
    text = ("主要指标完成情况\n"
            "| 指标 | 单位 | 目标值 | 完成值 |\n"
            "| 婴儿死亡率 | ‰ | 5 | 3.9 |\n"
            "| 参合率 | % | 95 | 97.6 |\n")
    assert linked(text) == [(5.0, "infant_mortality_rate"), (3.9, "infant_mortality_rate"),
                            (95.0, "ncms_participation_rate"), (97.6, "ncms_participation_rate")]


# ------------------------------------------------------------------ a qualifier excluded
def test_a_disease_the_count_leaves_out_does_not_name_the_rate():
    text = "全年共报告法定传染病（不含鼠疫等无病例报告的病种）18种5210例，报告发病率为412.6/10万。\n"
    assert linked(text) == [(412.6, "notifiable_disease_incidence")]


def test_a_disease_named_as_the_subject_still_takes_its_own_rate():
    text = "全年共报告肺结核612例，报告发病率为48.1/10万。\n"
    assert linked(text) == [(48.1, None)]  # (one disease's incidence is outside the catalog)


# ------------------------------------------------------------------ a target set by a named office
def test_a_target_exceeded_set_by_an_office_named_by_its_place():
    text = "全县参合人数31.2万人，参合率达到97.4%，超额完成青川市下达95%的目标任务。\n"
    assert linked(text) == [(97.4, "ncms_participation_rate"), (95.0, "ncms_participation_rate")]


def test_a_target_reached_set_by_a_prefecture():
    text = "全县孕产妇系统管理率91.3%，达到阿坝州确定的90%的目标。\n"
    assert linked(text) == [(91.3, "maternal_systematic_management_rate"), (90.0, "maternal_systematic_management_rate")]


# ------------------------------------------------------------------ booked visits
def test_a_booked_visit_rate_is_not_the_grassroots_share():
    text = "二级以上医院全面推行分时段预约，门诊预约就诊率达到55%以上。\n"
    assert linked(text) == [(55.0, None)]


def test_a_booking_service_named_before_leaves_the_grassroots_rate_its_own():
    text = "全面开展预约诊疗服务，基层就诊率达到63%。\n"
    assert linked(text) == [(63.0, "community_first_contact_rate")]


# ------------------------------------------------------------------ the network's reach written as a verb
def test_the_network_reach_written_as_a_verb_before_the_share_reached():
    text = "传染病疫情网络直报已覆盖全县96%的乡镇卫生院，网络直报及时率98.5%。\n"
    assert linked(text) == [(96.0, "disease_network_reporting_rate"), (98.5, "report_timeliness_rate")]


def test_the_subject_of_a_row_filed_under_a_field_is_the_indicators_cell():
    rows = [r for r in page_rows("青川市“十五五”卫生健康发展规划\n" + FIELD_TABLE) if r["unit"] not in ("count", "yuan")]
    assert [r["subject"] for r in rows][:6] == ["婴儿死亡率", "婴儿死亡率", "孕产妇死亡率", "孕产妇死亡率",
                                               "糖尿病患者规范管理率", "糖尿病患者规范管理率"]


# ------------------------------------------------------------------ a handling rate after a tally of events
def test_a_handling_rate_after_a_tally_of_events_is_all_the_events():
    text = "全区共处置突发公共卫生事件11起，其中水痘聚集性疫情6起，食物中毒4起；及时报告率、及时处置率均为100%。\n"
    assert linked(text) == [(100.0, "report_timeliness_rate"), (100.0, None)]


def test_the_poisonings_handling_named_in_its_clause_or_investigated():
    text = "全年发生食物中毒5起，调查处理率100%，食物中毒事件处置率98%。\n"
    assert linked(text) == [(100.0, "food_poisoning_investigation_rate"), (98.0, "food_poisoning_investigation_rate")]


# ------------------------------------------------------------------ a part cut from its value by a hard wrap
def test_a_part_cut_from_its_value_by_a_wrap_continues_the_rate():
    text = "二、妇幼卫生。全县孕产妇系统管理率93.4%，其中山区\n90.2%；婴儿死亡率6.1‰。\n"
    assert linked(text) == [(93.4, "maternal_systematic_management_rate"), (90.2, "maternal_systematic_management_rate"),
                            (6.1, "infant_mortality_rate")]


def test_a_part_of_a_count_cut_by_a_wrap_takes_no_rate():
    text = "二、妇幼卫生。全县活产数2 310人，其中山区\n41.2%。\n"
    assert linked(text) == [(41.2, None)]


def test_a_change_cut_from_its_base_by_a_wrap_continues_the_rate():
    text = "二、妇幼卫生。婴儿死亡率12.4‰，较上年\n下降2.1个千分点；孕产妇死亡1例。\n"
    assert linked(text) == [(12.4, "infant_mortality_rate"), (-2.1, "infant_mortality_rate")]
