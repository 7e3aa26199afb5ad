"""healthdata.extract.comparator: how a value compares."""
from __future__ import annotations

import pytest

from healthdata.extract.observations import extract_report
from healthdata.textnorm import matching_text
from healthdata.types import ReportText


@pytest.mark.parametrize("text, comparator", [
    ("签约率达到60%以上。", ">="), ("婴儿死亡率控制在5‰以内。", "<="), ("签约率60%左右。", "~"),
    ("签约率不低于60%。", ">="), ("婴儿死亡率低于5‰。", "<="), ("签约率约60%。", "~"), ("签约率为60%。", "="),
    ("婴儿死亡率<5‰。", "<="), ("签约率≥60%。", ">="),
])
def test_comparator_words_and_signs(text, comparator):
    rows = extract_report(ReportText("t#01", "t.txt", text, matching_text(text), 0, len(text))).observations
    assert [r["comparator"] for r in rows] == [comparator]


def test_a_range_gives_its_ends_as_bounds():
    text = "每组配备3-5人。"
    rows = extract_report(ReportText("t#01", "t.txt", text, matching_text(text), 0, len(text))).observations
    assert [(r["value"], r["comparator"]) for r in rows] == [(3.0, ">="), (5.0, "<=")]


@pytest.mark.parametrize("text", ["门诊药占比不到45%。", "全乡村医不足30人。", "人均门诊费用未超过150元。"])
def test_a_level_short_of_a_mark_is_at_most_that_much(text):
    rows = extract_report(ReportText("t#01", "t.txt", text, matching_text(text), 0, len(text))).observations
    assert [r["comparator"] for r in rows] == ["<="]
