"""Numbers with their units, found in the matching text (see :mod:`healthdata.textnorm`).

Everything that decides *what is a quantity* comes from ``healthdata/vocab/quantities.yaml``;
this module only builds regular expressions from it and parses the characters it finds.
The matching text is the same length as the raw text, so spans found here are raw-text spans.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

__all__ = [
    "quantity_vocab",
    "statement_vocab",
    "NumberToken",
    "unit_tokens",
    "bare_numbers",
    "parse_number",
    "is_masked",
]

CN_DIGITS = "零〇一二两三四五六七八九十百千"


@lru_cache(maxsize=1)
def quantity_vocab() -> dict:
    with resources.files("healthdata.vocab").joinpath("quantities.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=1)
def statement_vocab() -> dict:
    with resources.files("healthdata.vocab").joinpath("statements.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class NumberToken:
    """A number written with a unit (or a range's lower end, which borrows the unit)."""

    start: int  # start of the quote (the number)
    end: int  # end of the quote (incl. unit when written)
    num_text: str  # the number's characters (may contain spaces, x, *, Chinese numerals)
    multiplier: float
    unit: str  # percent, per_mille, per_10k, per_100k, percentage_points, count, yuan
    count_unit: str | None
    approx: bool  # 余 / 多 after the number
    unit_implicit: bool = False
    range_role: str | None = None  # "low" / "high" for 5-8人


@lru_cache(maxsize=1)
def _mask_class() -> str:
    return "[" + re.escape(quantity_vocab()["mask_chars"]) + "]"


@lru_cache(maxsize=1)
def _number_pattern() -> str:
    mask = _mask_class()
    digit = r"\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?: ?\. ?\d+)?|\.\d+"
    masked = rf"[\d]*{mask}[\d{mask[1:-1]}]*(?:\.\d+)?"
    return rf"(?:{masked}|{digit})"


@lru_cache(maxsize=1)
def _unit_regex() -> re.Pattern:
    v = quantity_vocab()
    mask = _mask_class()
    rate = _alternation(v["rate_units"])
    counts = _alternation(list(v["count_units"]) + list(v["money_units"]))
    per = _alternation(v["per_units"])
    mult = _alternation(v["multipliers"])
    cn_units = _alternation(v["chinese_numeral_count_units"])
    joiners = re.escape(v["range_joiners"])
    num = _number_pattern()
    pat = (
        rf"(?<![\dA-Za-z.{mask[1:-1]}])"
        rf"(?:(?P<lo>\d+(?:\.\d+)?) ?[{joiners}] ?)?"
        rf"(?:(?P<num>{num})(?P<mult>{mult})?|(?P<cn>[{CN_DIGITS}]+)(?P<cnmult>[万亿])?)"
        rf"(?P<approx>余|多)?"
        rf"(?P<sp> ?)"
        rf"(?:(?P<rate>{rate})|(?P<unit>{counts})(?:/(?P<per>{per}))?)"
    )
    return re.compile(pat), re.compile(rf"^(?:{cn_units})$")


@lru_cache(maxsize=1)
def _prefix_regex() -> re.Pattern:
    v = quantity_vocab()
    prefixes = _alternation(v["rate_prefixes"])
    return re.compile(rf"(?P<prefix>{prefixes})(?P<cn>[{CN_DIGITS}点]+|\d+(?:\.\d+)?)")


def is_masked(num_text: str) -> bool:
    return any(c in quantity_vocab()["mask_chars"] for c in num_text)


def parse_number(num_text: str) -> float | None:
    """'89. 46' -> 89.46, '1,234' -> 1234, '三十' -> 30, '百' -> 100, '两' -> 2; None when masked."""
    if is_masked(num_text):
        return None
    t = num_text.replace(" ", "").replace(",", "")
    if not t:
        return None
    if re.fullmatch(r"\d*\.?\d+", t):
        return float(t)
    return _parse_chinese(t)


@lru_cache(maxsize=4096)
def _parse_chinese(t: str) -> float | None:
    import cn2an

    t = t.replace("两", "二").replace("〇", "零")
    if t[0] in "十百千":
        t = "一" + t
    try:
        return float(cn2an.cn2an(t, "smart"))
    except Exception:
        try:
            return float(cn2an.cn2an(t, "normal"))
        except Exception:
            return None


def _stopword_at(match: str, start: int, end: int) -> bool:
    """Whether a Chinese-numeral count match[start:end] overlaps a stopword (一次性, 十次党代会)."""
    for w in quantity_vocab()["chinese_numeral_stopwords"]:
        i = match.find(w, max(0, start - len(w) + 1), end + len(w) - 1)
        while 0 <= i < end:
            if i + len(w) > start:
                return True
            i = match.find(w, i + 1, end + len(w) - 1)
    return False


def _preceded_by_stop(match: str, pos: int) -> bool:
    return any(match.endswith(w, 0, pos) for w in quantity_vocab()["not_quantity_before"])


def unit_tokens(match: str, lo: int, hi: int) -> list[NumberToken]:
    """Every number written with a rate unit, a measure word or 元 inside match[lo:hi]."""
    rx, cn_ok = _unit_regex()
    v = quantity_vocab()
    out: list[NumberToken] = []
    for m in rx.finditer(match, lo, hi):
        if m.end() > hi:
            continue
        rate_unit = v["rate_units"].get(m.group("rate")) if m.group("rate") else None
        unit_word = m.group("unit")
        if m.group("cn"):
            cn = m.group("cn")
            if rate_unit or not cn_ok.match(unit_word or "") or _stopword_at(match, m.start("cn"), m.end()):
                continue
            if m.start("cn") > 0 and match[m.start("cn") - 1] in v["chinese_numeral_stop_before"]:
                continue
            if set(cn) <= set("百千"):  # 近百篇 is fine, a lone 千 is not a count
                if cn != "百":
                    continue
            num_start, num_text = m.start("cn"), cn
            mult = float(v["multipliers"][m.group("cnmult")]) if m.group("cnmult") else 1.0
        else:
            num_start, num_text = m.start("num"), m.group("num")
            mult = float(v["multipliers"][m.group("mult")]) if m.group("mult") else 1.0
        if _preceded_by_stop(match, m.start()):
            continue
        if rate_unit:
            if mult != 1.0:
                continue
            unit, count_unit = rate_unit, None
        elif unit_word in v["money_units"]:
            unit, count_unit = "yuan", unit_word
        else:
            unit = "count"
            count_unit = unit_word + (f"/{m.group('per')}" if m.group("per") else "")
        approx = bool(m.group("approx"))
        if m.group("lo"):
            lo_s = m.start("lo")
            out.append(NumberToken(lo_s, m.end("lo"), m.group("lo"), mult, unit, count_unit, approx, range_role="low"))
            out.append(NumberToken(num_start, m.end(), num_text, mult, unit, count_unit, approx, range_role="high"))
        else:
            out.append(NumberToken(num_start, m.end(), num_text, mult, unit, count_unit, approx))
    for m in _prefix_regex().finditer(match, lo, hi):
        unit = v["rate_prefixes"][m.group("prefix")]
        out.append(NumberToken(m.start(), m.end(), m.group("cn"), 1.0, unit, None, False))
    return sorted(out, key=lambda t: t.start)


def _at_line_start(match: str, pos: int) -> bool:
    line_start = match.rfind("\n", 0, pos) + 1
    return not match[line_start:pos].strip(" \t\u3000")


_BARE = re.compile(r"(?<![\dA-Za-z.“\"'‘])\d+(?:\.\d+)?(?![\d.])")


def bare_numbers(match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of numbers written without any unit, not dates/ages/orders (see quantities.yaml)."""
    v = quantity_vocab()
    after = tuple(sorted(v["not_quantity_after"], key=len, reverse=True))
    units = tuple(list(v["rate_units"]) + list(v["count_units"]) + list(v["money_units"]) + list(v["multipliers"]))
    out = []
    for m in _BARE.finditer(match, lo, hi):
        s, e = m.span()
        rest = match[e : e + 4].lstrip(" ")
        if rest[:1] == "、" and _at_line_start(match, s):
            continue  # an item number (8、加强…)
        if rest[:1] in ("”", '"', "’", "-", "—", "~", "至", "/", ")", "）") or rest.startswith(after) or rest.startswith(units):
            continue
        if rest[:1] in ".．" or _preceded_by_stop(match, s):
            continue
        out.append((s, e))
    return out
