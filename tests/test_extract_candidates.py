"""healthdata.extract.candidates: which numbers are candidate values, with which unit."""
from __future__ import annotations

from healthdata.extract.candidates import candidate_tokens
from healthdata.extract.context import report_context
from healthdata.textnorm import matching_text
from healthdata.types import ReportText


def tokens(text: str) -> list[tuple[str, str]]:
    ctx = report_context(ReportText("t#01", "t.txt", text, matching_text(text), 0, len(text)))
    return [(text[t.start : t.end], t.unit) for t in candidate_tokens(ctx)]


def test_units_unitless_rates_and_dropped_measure_words():
    assert tokens("参合率97以上,建档率88.5%,为320妇女体检,每年2次,共培训3次。") == [
        ("97", "?rate"), ("88.5%", "percent"), ("320", "count"), ("3次", "count")]


def test_no_overlapping_candidates_and_a_whole_per_population_rate():
    assert tokens("全县死亡2人/40万人。") == [("2人/40万人", "per_100k")]


def test_dates_item_numbers_and_programme_numbers_are_no_candidates():
    assert tokens("2024年3月5日,1、开通12320热线;2、参合率96以上。") == [("96", "?rate")]


def test_unitless_change_needs_decimals_or_a_rate_before_it():
    assert tokens("门诊人次同比下降7.5。") == [("7.5", "?change")]
    assert tokens("新建卫生室同比增加12。") == []
