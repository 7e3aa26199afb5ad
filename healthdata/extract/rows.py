"""Observation rows: one dict per described value, with its exact span and quote in the raw text."""
from __future__ import annotations

import re

from typing import TYPE_CHECKING

from healthdata.extract.cues import NOT_RATE
from healthdata.extract.numbers import NumberToken, is_signed, mask_set, parse_number, quantity_vocab

if TYPE_CHECKING:
    from healthdata.extract.context import Described
    from healthdata.types import ReportText


OBSERVATION_KEYS = (
    "source_start", "source_end", "quote", "sentence_start", "sentence_end", "section_kind", "indicator_id",
    "subject", "population", "value", "unit", "count_unit", "unit_implicit", "redacted", "statement",
    "comparator", "change_kind", "period_text", "flag",
)


_PLAIN_DIGITS = re.compile(r"\d*\.?\d+")


_SHORT_DECIMAL = re.compile(r"[0-9]*(?:[0-9]|\.[0-9]{1,10})")
_PLUS = frozenset(quantity_vocab()["plus_signs"])


def value_of(tok: NumberToken, sign: int) -> float | None:
    """The token's number times its multiplier, rounded to 10 decimals and signed; None when unreadable."""
    t = tok.num_text
    if is_signed(t):  # written with a minus (-2.1‰, 负0.4‰): the number without it, negated
        return value_of(tok._replace(num_text=t[1:]), -sign)
    if t[:1] in _PLUS:  # written with a plus (a table's 增减 cell +0.8): the number itself
        return value_of(tok._replace(num_text=t[1:]), sign)
    if tok.multiplier == 1.0 and _SHORT_DECIMAL.fullmatch(t):
        # float() of a decimal with at most 10 decimals is its own round(., 10): the decimal lies on
        # the 10-decimal grid and within half an ulp of the float (an ulp is never exactly 1e-10)
        v = float(t)
        return -v if sign < 0 else v
    v = float(t) if _PLAIN_DIGITS.fullmatch(t) else parse_number(t)  # same as parse_number for plain digits
    if v is None:
        return None
    v = round(v * tok.multiplier, 10)
    return -v if sign < 0 else v


def observation_rows(report: ReportText, items: list[Described]) -> list[dict]:
    """One observation row (a dict with OBSERVATION_KEYS) per described value."""
    t = report.text
    kind_at = report.section_kinds() if report.sections else None
    masks = mask_set()
    short_decimal = _SHORT_DECIMAL.fullmatch
    out = []
    for d in items:
        tok = d.tok
        start, end, num_text, multiplier, _, count_unit, _, unit_implicit, _ = tok
        plain = num_text.isascii() and num_text.isdigit()  # digits only (most values): no mask
        redacted = not plain and not masks.isdisjoint(num_text)
        if redacted:
            value = None
        elif multiplier == 1.0 and (plain or short_decimal(num_text)):
            value = -float(num_text) if d.sign < 0 else float(num_text)  # value_of's first case
        else:
            value = value_of(tok, d.sign)
        unit, statement = d.unit, d.statement
        subj_lo, subj_hi = d.subject_span
        # a copy of the row of defaults with the values set (much faster than a dict display of every key)
        row = _DEFAULT_ROW.copy()
        row["source_start"], row["source_end"], row["quote"] = start, end, t[start:end]
        row["sentence_start"], row["sentence_end"] = d.sent
        if kind_at is not None:
            row["section_kind"] = kind_at(start)
        if d.indicator_id is not None:
            row["indicator_id"] = d.indicator_id
        row["subject"] = t[subj_lo if subj_lo > subj_hi - 60 else subj_hi - 60 : subj_hi] or None  # its last 60 characters (no call of max: one per row)
        if d.population is not None:
            row["population"] = d.population
        if statement == "change":
            # a change in the rate's own points (提高2.1个百分点, 下降0.4个千分点) or in counts and money
            # is a difference in the value's unit; one written with % is relative to the earlier level
            row["change_kind"] = "relative" if unit == "percent" else "difference"
        if unit == "percentage_points":
            unit = "percent"  # points of a percent rate: a difference in percent (change_kind says so)
        row["value"], row["unit"], row["statement"] = value, unit, statement
        if unit in NOT_RATE:
            row["count_unit"] = count_unit
        if unit_implicit:
            row["unit_implicit"] = True
        if redacted:
            row["redacted"] = True
        if d.comparator:
            row["comparator"] = d.comparator
        if d.period is not None:
            row["period_text"] = d.period
        if unit == "percent" and value is not None and statement in ("actual", "target", "policy") and not 0 <= value <= 100:
            row["flag"] = "percent outside 0-100"
        out.append(row)
    return out


# Every key of an observation row (in OBSERVATION_KEYS order) with the value most rows have, or None.
_DEFAULT_ROW = dict.fromkeys(OBSERVATION_KEYS) | {"section_kind": "other", "unit_implicit": False, "redacted": False, "comparator": "="}
