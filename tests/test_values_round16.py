"""Values, round 16: patterns of rates and counts found missed on the round-17 sets, each on sentences written for
the test (no text from any page of the evaluation sets)."""
from __future__ import annotations

import pytest

from test_values_holdout18 import page_rows  # the observations of a page, each quote checked against the raw text


def read(text: str, *fields: str) -> list[tuple]:
    return [tuple(r[f] for f in fields) for r in page_rows(text)]


SUMMARY = "松岭县卫生健康局2031年工作总结\n2031年，{}\n"


# ------------------------------------------------------------------ a content system's page-break tag inside a number
@pytest.mark.parametrize("tag", ["_ueditor_page_break_tag_", "[page]", "--[page:2]--", "#p#分页标题#e#"])
def test_an_editors_page_break_tag_inside_a_number_is_read_through(tag):
    text = SUMMARY.format(f"全县新农合参合率达到9{tag}6.4%，住院分娩率99.2%。")
    got = read(text, "quote", "value", "unit")
    assert got[0] == (f"9{tag}6.4%", 96.4, "percent")
    assert got[1] == ("99.2%", 99.2, "percent")
    assert len(got) == 2


def test_an_editors_page_break_tag_inside_a_sum_of_money_is_read_through():
    got = read(SUMMARY.format("全年累计补偿参合农民住院费用3 26[page]5万元，基金运行平稳。"), "value", "unit")
    assert got == [(32650000.0, "yuan")]


# ------------------------------------------------------------------ a site's source note cutting a decimal
def test_a_source_note_in_lenticular_brackets_after_a_decimal_point_is_read_through():
    text = ("松岭县卫生健康局2031年工作总结\n2031年，全县完成适龄妇女宫颈癌筛查1.2万人，查出癌前病变35例，早诊率达到76.\n"
            "【本文来源：某某县卫生信息网 www.example.gov.cn】\n"
            "8%，比上年有所提高。\n")
    got = read(text, "value", "unit")
    assert (76.8, "percent") in got
    assert not any(v == 8.0 for v, _ in got)


def test_a_source_note_in_lenticular_brackets_on_a_hard_wrapped_page_is_read_through():
    lines = ["松岭县妇幼保健院2031年工作总结",
             "2031年，全院围绕妇幼健康主要指标，扎实推进各项",
             "工作。全年住院分娩率99.6%，孕产妇系统管理率为",
             "93.1%，儿童系统管理率92.4%，新生儿疾病筛查率达",
             "98.7%。全年完成宫颈癌筛查1.2万人，早诊率达76.",
             "【本文来源：某某县卫生信息网 www.example.gov.cn】",
             "8%，比上年有所提高。全年举办孕妇学校讲座48场，",
             "受益孕产妇2 316人次，群众满意度明显提高。"]
    got = read("\n".join(lines) + "\n", "value", "unit")
    assert (76.8, "percent") in got
    assert not any(v == 8.0 for v, _ in got)


# ------------------------------------------------------------------ a one-cell-per-line table with units in its header
CELL_TABLE = ("松岭市卫生健康委2031年1—6月卫生健康主要指标\n"
              "一、分县情况\n"
              "县（区）\n门诊人次（万）\n同比（%）\n"
              "东山县\n120.4\n3.5\n"
              "西河区\n98.6\n-1.2\n"
              "南湖县\n75.0\n6.8\n"
              "二、公共卫生\n全市孕产妇系统管理率93.2%。\n")


def test_a_one_cell_per_line_table_takes_its_units_from_the_header_brackets():
    got = read(CELL_TABLE, "quote", "value", "unit", "statement")
    assert got[:6] == [("120.4", 1204000.0, "count", "actual"), ("3.5", 3.5, "percent", "change"),
                       ("98.6", 986000.0, "count", "actual"), ("-1.2", -1.2, "percent", "change"),
                       ("75.0", 750000.0, "count", "actual"), ("6.8", 6.8, "percent", "change")]
    assert got[6] == ("93.2%", 93.2, "percent", "actual")
    assert len(got) == 7
    rows = page_rows(CELL_TABLE)
    assert [r["count_unit"] for r in rows if r["unit"] == "count"] == ["人次"] * 3


def test_a_row_of_cells_takes_a_measure_word_from_its_header_when_the_brackets_hold_a_multiplier():
    text = ("松岭市卫生健康委2031年1—6月卫生健康主要指标\n"
            "| 县（区） | 门诊人次（万） | 同比（%） |\n| 东山县 | 120.4 | 3.5 |\n| 西河区 | 98.6 | -1.2 |\n")
    got = read(text, "quote", "value", "unit")
    assert got == [("120.4", 1204000.0, "count"), ("3.5", 3.5, "percent"), ("98.6", 986000.0, "count"), ("-1.2", -1.2, "percent")]


def test_a_unitless_change_after_a_per_thousand_rate_is_in_per_thousand():
    got = read(SUMMARY.format("全县婴儿死亡率3.12‰，下降0.41；5岁以下儿童死亡率4.60‰，下降0.35。"), "value", "unit", "statement")
    assert got == [(3.12, "per_mille", "actual"), (-0.41, "per_mille", "change"),
                   (4.6, "per_mille", "actual"), (-0.35, "per_mille", "change")]


def test_a_list_of_unitless_changes_after_per_thousand_rates_gives_each_in_per_thousand():
    got = read(SUMMARY.format("全县婴儿死亡率、5岁以下儿童死亡率分别为4.1‰、5.3‰，分别较上年下降0.8和1.2。"),
               "value", "unit", "statement", "indicator_id")
    assert got[2:] == [(-0.8, "per_mille", "change", "infant_mortality_rate"),
                       (-1.2, "per_mille", "change", "under5_mortality_rate")]


def test_a_whole_number_change_beside_a_per_100k_rate_stays_a_percent_change():
    got = read(SUMMARY.format("全县乙类传染病发病率为210.4/10万，同比下降9。"), "value", "unit", "statement")
    assert got == [(210.4, "per_100k", "actual"), (-9.0, "percent", "change")]


def test_a_unitless_change_of_a_sex_ratio_is_no_percent():
    got = read(SUMMARY.format("全县出生人口性别比112.4，比上年下降2.6；政策生育率93.5%。"), "value", "unit")
    assert (-2.6, "percent") not in got and (93.5, "percent") in got


# ------------------------------------------------------------------ a superior's quota and a heading of aims reached
def test_the_level_a_superior_issued_is_a_target_and_a_heading_of_aims_reached_reports_levels():
    text = ("松岭县人口和计划生育局2031年工作总结\n一、人口控制目标全面完成。全县人口出生率11.02‰，自然增长率5.41‰，"
            "分别控制在市下达的12‰和7‰以内；政策生育率94.6%。\n")
    got = read(text, "value", "statement", "comparator")
    assert got == [(11.02, "actual", "="), (5.41, "actual", "="), (12.0, "target", "<="), (7.0, "target", "<="),
                   (94.6, "actual", "=")]


# ------------------------------------------------------------------ a scheme's rules on a Q&A page
QA = "松岭县2031年城乡居民医保政策问答\n问：今年住院报销有什么变化？\n答：{}\n"


def test_a_schedule_of_deductibles_after_a_label_and_colon_is_the_rule_at_every_level():
    got = read(QA.format("1、起付线：乡镇卫生院150元，县级医院400元，县外医院900元。"), "value", "unit", "statement")
    assert got == [(150.0, "yuan", "policy"), (400.0, "yuan", "policy"), (900.0, "yuan", "policy")]


def test_a_deductible_cut_by_a_share_for_a_group_is_the_rule_unsigned():
    got = read(QA.format("低保对象和特困人员住院起付线降低40%，不设年度累计限制。"), "value", "unit", "statement")
    assert got == [(40.0, "percent", "policy")]


# ------------------------------------------------------------------ numerals in words that count nothing
def test_links_to_the_previous_and_next_article_and_a_post_hard_to_fill_count_nothing():
    text = ("松岭县卫生院2031年工作总结\n2031年，全院门诊接诊3 420人次。儿科医师一人难求，人才断档明显。\n"
            "前一篇：松岭县卫生院2030年工作总结\n后一篇：松岭县卫生院2032年工作计划\n")
    assert read(text, "quote", "value") == [("3 420人次", 3420.0)]
