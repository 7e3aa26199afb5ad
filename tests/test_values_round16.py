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
