"""healthdata.extract.rows: values read from their characters, spans into the raw text."""
from __future__ import annotations

from healthdata.extract.numbers import NumberToken
from healthdata.extract.rows import OBSERVATION_KEYS, value_of
from healthdata.extract.observations import extract_report
from healthdata.textnorm import matching_text
from healthdata.types import ReportText


def test_value_of_applies_multiplier_and_sign():
    assert value_of(NumberToken(0, 5, "8.29", 10000.0, "count", "人", False), 1) == 82900.0
    assert value_of(NumberToken(0, 5, "5.97", 1.0, "percent", None, False), -1) == -5.97
    assert value_of(NumberToken(0, 5, "1", 0.1, "per_100k", None, False), 1) == 0.1
    assert value_of(NumberToken(0, 5, "xx", 1.0, "percent", None, False), 1) is None


def test_rows_carry_every_key_and_quote_the_raw_text():
    text = "參合率達９７．５％,住院費用4.2萬元。"
    rows = extract_report(ReportText("t#01", "t.txt", text, matching_text(text), 0, len(text))).observations
    assert [r["quote"] for r in rows] == ["９７．５％", "4.2萬元"]
    for r in rows:
        assert set(r) == set(OBSERVATION_KEYS) and text[r["source_start"] : r["source_end"]] == r["quote"]
    assert [r["value"] for r in rows] == [97.5, 42000.0]
