"""Values, round 30 — each rule on sentences written for the test (no text from any page of the evaluation sets; places
and figures are made up).

- in a plan, a section headed by how the work went (二、重点项目推进情况, 三、项目实施情况) reports levels reached, as a
  heading of 完成情况 does;
- a summary whose title names a five-year period and no year (某县“十二五”卫生工作总结) reviews the period to its last
  year: a level dated by that year (至2015年末) was reached; a mid-term review (中期评估) is not read so;
- a rate whose base is written before its figure keeps the cases counted after it (发病率为每万人口4.6例): a rate per
  10 000, no count of cases;
- a target bounded after its figure, after a subject listing two rates (高血压、糖尿病患者规范管理率达到45%以上 in a plan),
  binds each rate, as a floor word before the figure does;
- 超 alone before a figure (累计接种超800万剂次) is a floor, as 超过 is; not the tail of 彩超 or B超 (the scanner counted);
- a Chinese numeral before the 人 of 人民 (县一人民医院: a hospital's short name) counts no people.
"""
from __future__ import annotations

import pytest

from test_values_holdout18 import page_rows  # the observations of a page, each quote checked against the raw text


def rows(text: str) -> list[tuple[str, str, str]]:
    return [(r["quote"], r["statement"], r["comparator"]) for r in page_rows(text)]


# ------------------------------------------------------------------ a plan's section on how the work went
PLAN = ("青禾县卫生健康事业发展规划\n"
        "一、主要目标\n"
        "到2035年，全县每千人口床位数达到7.2张。\n"
        "二、{heading}\n"
        "全县新建乡镇卫生院12所，家庭医生签约率达到41.3%。\n")


@pytest.mark.parametrize("heading", ["重点项目推进情况", "项目实施情况", "重点工作进展情况", "惠民政策落实情况"])
def test_a_plan_section_on_how_the_work_went_reports_levels_reached(heading):
    got = rows(PLAN.format(heading=heading))
    assert got == [("7.2张", "target", "="), ("12所", "actual", "="), ("41.3%", "actual", "=")]


def test_a_plan_section_on_the_tasks_still_states_aims():
    got = rows(PLAN.format(heading="重点任务"))
    assert got == [("7.2张", "target", "="), ("12所", "target", "="), ("41.3%", "target", "=")]


# ------------------------------------------------------------------ a summary of a five-year period
def test_a_five_year_summary_reports_its_last_year_as_reached():
    text = ("青禾县“十二五”卫生工作总结\n"
            "　　五年来，全县卫生事业稳步发展。至2015年末，全县每千人口床位数达到3.9张，每千人口执业医师1.8人。\n")
    assert rows(text) == [("3.9张", "actual", "="), ("1.8人", "actual", "=")]


def test_a_date_after_the_period_stays_an_aim():
    text = ("青禾县“十二五”卫生工作总结\n"
            "　　五年来，全县卫生事业稳步发展。至2020年末，全县每千人口床位数达到4.6张。\n")
    assert rows(text) == [("4.6张", "target", "=")]


# ------------------------------------------------------------------ a rate per a base written before its figure, with 例
@pytest.mark.parametrize(("sentence", "quote", "value", "unit"), [
    ("全县手足口病发病率为每万人口4.6例。", "4.6例", 4.6, "per_10k"),
    ("全县肺结核报告发病率为每10万人口31.7例。", "31.7例", 31.7, "per_100k"),
])
def test_a_rate_per_a_base_keeps_its_cases(sentence, quote, value, unit):
    got = [(r["quote"], r["value"], r["unit"]) for r in page_rows("青禾县卫生健康局2032年工作总结\n　　" + sentence + "\n")]
    assert got == [(quote, value, unit)]


def test_cases_per_head_without_a_rate_stay_counted():
    got = [(r["quote"], r["unit"]) for r in page_rows("青禾县卫生健康局2032年工作总结\n　　全年报告手足口病37例。\n")]
    assert got == [("37例", "count")]


# ------------------------------------------------------------------ a target shared by two listed rates
def test_a_bounded_target_after_two_listed_rates_binds_each():
    text = "青禾县2033年卫生健康工作计划\n　　全县高血压、糖尿病患者规范管理率达到45%以上。\n"
    got = [(r["indicator_id"], r["value"], r["statement"], r["comparator"]) for r in page_rows(text)]
    assert got == [("hypertension_management_rate", 45.0, "target", ">="),
                   ("diabetes_management_rate", 45.0, "target", ">=")]


# ------------------------------------------------------------------ 超 before a figure
def test_chao_alone_before_a_figure_is_a_floor():
    text = "青禾县卫生健康局2032年工作总结\n　　全县累计接种新冠病毒疫苗超86万剂次。\n"
    assert rows(text) == [("86万剂次", "actual", ">=")]


def test_the_scanner_counted_after_chao_takes_no_floor():
    text = "青禾县卫生健康局2032年工作总结\n　　全县乡镇卫生院新购彩超3台。\n"
    assert rows(text) == [("3台", "actual", "=")]


# ------------------------------------------------------------------ a hospital numbered in a short name
def test_a_numbered_peoples_hospital_is_no_count_of_people():
    text = "青禾县卫生健康局2032年工作总结\n　　县一人民医院、县二人民医院通过二级甲等医院复审，新增床位120张。\n"
    assert rows(text) == [("120张", "actual", "=")]


def test_cases_per_million_stay_counted():
    text = "青禾县卫生健康局2032年工作总结\n　　全县麻疹报告发病率为每百万人口2.3例。\n"
    assert [(r["quote"], r["unit"]) for r in page_rows(text)] == [("2.3例", "count")]
