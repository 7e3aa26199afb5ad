"""Numerator/denominator checks: recompute a stated rate from the counts printed beside it.

Reports often give the counts a rate was computed from (``全县产妇3021人,活产3050人,系统管理2700人,
系统管理率88.52%``).  For each actual rate we look, in the same line, for the count right before
it (numerator) and an earlier count (denominator) whose ratio reproduces the stated rate.  A pair
that reproduces it is recorded as agreeing; when the adjacent pair does not, the disagreement is
recorded as a finding (not an error).
"""
from __future__ import annotations

import bisect
import operator

__all__ = ["numerator_denominator_checks", "rate_factor", "agrees_with", "tolerance"]

FACTORS = {"percent": 100.0, "per_mille": 1000.0, "per_10k": 10000.0, "per_100k": 100000.0}
PEOPLE_UNITS = {"人", "名", "例", "位"}
COUNTS_BACK = 16  # the counts before a rate in its line that can be its numerator or denominator: the nearest ones


def rate_factor(unit: str) -> float | None:
    return FACTORS.get(unit)


def _decimals(quote: str) -> int:
    digits = "".join(ch for ch in quote if ch.isdigit() or ch in ".．")
    if "." in digits or "．" in digits:
        return len(digits.replace("．", ".").split(".", 1)[1])
    return 0


def agrees_with(computed: float, stated: float, quote: str) -> bool:
    """Equal up to rounding or truncation at the stated precision (one unit of the last digit)."""
    return abs(computed - stated) <= tolerance(quote)


def tolerance(quote: str) -> float:
    """How far a computed rate may be from the one quoted: one unit of the quote's last digit (plus float slack)."""
    return 10 ** -_decimals(quote) + 1e-9


def _family(unit: str | None) -> str | None:
    """The unit a count is compared in: people (人, 名, 例, 位) are one family, other units their own."""
    return "people" if unit in PEOPLE_UNITS else unit


def _same_family(a: str | None, b: str | None) -> bool:
    return _family(a) == _family(b)


def _line_of(match: str, pos: int) -> tuple[int, int]:
    s = match.rfind("\n", 0, pos) + 1
    e = match.find("\n", pos)
    return s, (len(match) if e < 0 else e)


def _check(i: int, num: dict, den: dict, rate: dict, computed: float, agrees: bool, note: str) -> dict:
    return {
        "obs_index": i,
        "numerator": num["value"],
        "denominator": den["value"],
        "numerator_start": num["source_start"],
        "numerator_end": num["source_end"],
        "denominator_start": den["source_start"],
        "denominator_end": den["source_end"],
        "computed": round(computed, 4),
        "stated": rate["value"],
        "agrees": agrees,
        "note": note,
    }


_BELOW, _ABOVE = 1 - 1e-9, 1 + 1e-9  # (the range of denominators widened for the rounding of its bounds)
_INF = float("inf")


def numerator_denominator_checks(rows: list[dict], match: str, near_miss: float = 0.1) -> list[dict]:
    """One check per actual rate that has a numerator and denominator beside it (see module doc).

    Agreeing pairs are searched among the counts earlier in the same line (nearest numerator first),
    so 产妇2164人,系统管理2067人,0—6岁儿童14167人,系统管理13178人,两个系统管理分别达到95.52%和93.01%
    checks both rates; only the nearest ``COUNTS_BACK`` of them, so a long line of counts and rates
    costs the same per rate as a short one.  When no pair agrees, the adjacent pair is recorded as a disagreement only
    when it comes close (within ``near_miss`` of the stated value, relatively): far-off ratios are
    almost always counts of something else, not a finding.
    """
    out = []
    starts = [r["source_start"] for r in rows]
    sorted_starts = not any(map(operator.gt, starts, starts[1:]))
    factors = FACTORS
    # the rows that can be a numerator or denominator (counts with a value), by index
    count_rows = [k for k, c in enumerate(rows) if c["unit"] == "count" and c["value"]] if sorted_starts else None
    bl = bisect.bisect_left
    line0, searched = 0, 0  # the last line start found, and where the search for it stopped
    for i, r in enumerate(rows):
        factor = factors.get(r["unit"])  # rate_factor
        if factor is None or r["value"] is None or r["statement"] != "actual" or r["value"] <= 0:
            continue
        rs = r["source_start"]
        if count_rows is not None:
            # rows sorted by source_start: a line start after the last one is found between the two rates
            if rs >= searched:
                line0, searched = max(line0, match.rfind("\n", searched, rs) + 1), rs
            else:
                line0 = match.rfind("\n", 0, rs) + 1
            # the rows starting in this line before r are rows[j:k]
            j = bl(starts, line0, 0, i)
            k = bl(starts, rs, j, i)
            lo, hi = bl(count_rows, j), bl(count_rows, k)
            counts = [rows[c] for c in count_rows[max(lo, hi - COUNTS_BACK) : hi]]
        else:
            line0 = match.rfind("\n", 0, rs) + 1  # _line_of(match, rs)[0]
            counts = [c for c in rows[:i] if line0 <= c["source_start"] < rs and c["unit"] == "count" and c["value"]][-COUNTS_BACK:]
        if len(counts) < 2:
            continue
        found = None
        tol, stated = tolerance(r["quote"]), r["value"]  # agrees_with(computed, stated, r["quote"]) for every pair
        values = [c["value"] for c in counts]
        families = [_family(c["count_unit"]) for c in counts]
        # a denominator that reproduces the rate lies between num * factor / (stated ± tol): the pairs outside that
        # range (widened a little for rounding) are passed over without a division, the others tested exactly as before
        wide_lo, wide_hi = factor / (stated + tol) * _BELOW, factor / (stated - tol) * _ABOVE if stated > tol else _INF
        for k in range(len(counts) - 1, 0, -1):
            num_value, num_family = values[k], families[k]
            d_lo, d_hi = (num_value * wide_lo, num_value * wide_hi) if num_value > 0 else (-_INF, _INF)
            for d in range(k - 1, -1, -1):
                den_value = values[d]
                if den_value < d_lo or den_value > d_hi or families[d] != num_family or den_value < num_value:
                    continue  # (_same_family, and a share of at most 1)
                computed = num_value / den_value * factor
                if abs(computed - stated) <= tol:
                    found = (counts[k], counts[d], computed)
                    break
            if found:
                break
        if found:
            num, den, computed = found
            out.append(_check(i, num, den, r, computed, True, f"{num['quote']} / {den['quote']} reproduces the stated rate"))
            continue
        num, den = counts[-1], counts[-2]
        if not _same_family(den["count_unit"], num["count_unit"]) or den["value"] < num["value"]:
            continue
        if den["source_start"] < r["sentence_start"]:
            continue
        computed = num["value"] / den["value"] * factor
        if abs(computed - r["value"]) <= near_miss * r["value"]:
            out.append(_check(i, num, den, r, computed, False, f"{num['quote']} / {den['quote']} = {computed:.2f}, stated {r['quote']}"))
    return out
