"""Coverage rates reported by each bureau.

A *coverage-type* indicator is one the catalog measures in percent with polarity
``higher`` (more is better: 参合率, 接种率, 系统管理率, 住院分娩率, …), outside the categories
in :data:`NON_COVERAGE_CATEGORIES` (task-completion and administrative rates, which measure the
bureau's own work rather than the population it covers).

:func:`coverage_table` returns one row per bureau × indicator × population from the achieved
values (``statement == "actual"``) of non-duplicate reports. A bureau is the report's named
place, or the report itself (by its title) when it names none (see :mod:`.data`). When a
bureau states the same indicator more than once, the row keeps the value from its most recent
report (by stated year; then the first mention in text order) and says how many mentions there
were and their range.

*Intervals only with a verified denominator.* Where the report prints counts next to the rate
(the ``checks`` table), the row carries a 95 % Wilson confidence interval only when
numerator / denominator reproduces the stated rate at the precision it is written with
(rounded or truncated: ``76253 / 90306`` = 84.44 → ``84.4%``) and the interval contains the
stated rate. Counts that do not reproduce the rate may belong to something else (a count of
records, everyone examined rather than the elderly): such a pairing is not evidence, so the row
gets no interval and ``ci_note`` says why.
"""
from __future__ import annotations

import math
import re

import pandas as pd
from statsmodels.stats.proportion import proportion_confint

from healthdata.analysis.data import COLUMNS, ensure_columns, observations_with_context

NON_COVERAGE_CATEGORIES = frozenset({"performance", "administration"})

COVERAGE_COLUMNS = [
    "bureau", "bureau_named", "admin_level", "indicator_id", "name_zh", "name_en",
    "indicator_category", "population", "value", "comparator", "unit", "ci_low", "ci_high",
    "numerator", "denominator", "ci_note", "n_mentions", "n_reports", "min_value", "max_value",
    "doc_id", "title", "period", "year", "subject", "quote", "source_file", "source_start",
    "source_end", "cite", "obs_id",
]


def coverage_indicators(indicators: pd.DataFrame) -> pd.DataFrame:
    """Catalog rows that are coverage-type (percent, higher is better, see module doc)."""
    ind = ensure_columns(indicators, COLUMNS["indicators"])
    mask = (
        (ind["unit"].astype(str) == "percent")
        & (ind["polarity"].astype(str) == "higher")
        & ~ind["category"].astype(str).isin(NON_COVERAGE_CATEGORIES)
    )
    return ind[mask].reset_index(drop=True)


def wilson_ci(successes, total, alpha: float = 0.05) -> tuple[float, float]:
    """Wilson score interval for ``successes / total``, in percent.

    >>> [round(x, 2) for x in wilson_ci(2067, 2164)]
    [94.56, 96.31]
    """
    k, n = int(round(successes)), int(round(total))
    low, high = proportion_confint(k, n, alpha=alpha, method="wilson")
    # the Wilson bounds are exactly 0 (k = 0) and 1 (k = n); floating point falls just short
    low = 0.0 if k == 0 else float(low) * 100.0
    high = 100.0 if k == n else float(high) * 100.0
    return low, high


_DECIMALS = re.compile(r"[0-9]\s*[.。．]\s*([0-9]+)")


def stated_decimals(quote) -> int:
    """Decimal places the rate is written with (``84.4%`` → 1, ``89. 46%`` → 2, ``100%`` → 0)."""
    m = _DECIMALS.search("" if quote is None or (isinstance(quote, float) and math.isnan(quote))
                         else str(quote))
    return len(m.group(1)) if m else 0


UNIT_SCALE = {"percent": 100.0, "per_mille": 1e3, "per_10k": 1e4, "per_100k": 1e5}


def reproduces(numerator, denominator, stated, decimals: int, scale: float = 100.0) -> bool:
    """True when ``scale`` × numerator / denominator (100 for percent, 1000 for ‰), rounded
    half-up or truncated to ``decimals`` places, is the stated rate.

    >>> reproduces(76253, 90306, 84.4, 1), reproduces(45332, 111707, 44.8, 1)
    (True, False)
    """
    computed = scale * float(numerator) / float(denominator)
    scale = 10 ** decimals
    rounded = math.floor(computed * scale + 0.5 + 1e-9) / scale
    truncated = math.floor(computed * scale + 1e-9) / scale
    return any(abs(x - float(stated)) < 0.5 / scale / 10 for x in (rounded, truncated))


def verified_interval(numerator, denominator, stated, quote) -> tuple[float, float, str]:
    """(ci_low, ci_high, note): the Wilson interval when the counts are verified, else NaNs and
    the reason (see module doc)."""
    nan = float("nan")
    try:
        num, den, rate = float(numerator), float(denominator), float(stated)
    except (TypeError, ValueError):
        return nan, nan, "no counts printed beside the rate"
    if math.isnan(num) or math.isnan(den):
        return nan, nan, "no counts printed beside the rate"
    if math.isnan(rate) or den <= 0 or num < 0 or num > den:
        return nan, nan, "no usable counts printed"
    if num != round(num) or den != round(den):
        return nan, nan, "counts are not whole numbers"
    if not reproduces(num, den, rate, stated_decimals(quote)):
        return nan, nan, (f"{num:g}/{den:g} = {100 * num / den:.2f} % does not reproduce the "
                          f"stated {rate:g} %: the counts may belong to something else")
    low, high = wilson_ci(num, den)
    if not low <= rate <= high:
        return nan, nan, (f"the stated {rate:g} % lies outside the interval of {num:g}/{den:g} "
                          f"({low:.2f}–{high:.2f}): rounding coarser than the interval")
    return low, high, f"{num:g}/{den:g} reproduces the stated rate"


def _ci_from_checks(checks: pd.DataFrame) -> pd.DataFrame:
    chk = ensure_columns(checks, COLUMNS["checks"])[["obs_id", "numerator", "denominator"]]
    return chk.drop_duplicates("obs_id")


def _add_intervals(out: pd.DataFrame, checks: pd.DataFrame | None) -> pd.DataFrame:
    cis = _ci_from_checks(checks if checks is not None else pd.DataFrame())
    out = out.merge(cis, on="obs_id", how="left")
    got = [verified_interval(n, d, v, q) for n, d, v, q in
           zip(out["numerator"], out["denominator"], out["value"], out["quote"])]
    out["ci_low"] = [g[0] for g in got]
    out["ci_high"] = [g[1] for g in got]
    out["ci_note"] = [g[2] for g in got]
    verified = out["ci_low"].notna()
    out["numerator"] = out["numerator"].where(verified)
    out["denominator"] = out["denominator"].where(verified)
    return out


def coverage_table(
    observations: pd.DataFrame,
    documents: pd.DataFrame,
    indicators: pd.DataFrame,
    checks: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per bureau × coverage indicator × population (see module doc)."""
    cov_ids = set(coverage_indicators(indicators)["indicator_id"].astype(str))
    obs = observations_with_context(observations, documents, indicators)
    obs = obs[
        (obs["statement"].astype(str) == "actual")
        & obs["indicator_id"].astype(str).isin(cov_ids)
        & (obs["unit"].astype(str) == "percent")
        & obs["value"].notna()
    ].copy()
    if obs.empty:
        return pd.DataFrame(columns=COVERAGE_COLUMNS)
    obs["value"] = obs["value"].astype(float)
    obs["population"] = obs["population"].astype("object").where(obs["population"].notna(), None)
    obs["_pop"] = obs["population"].fillna("")
    obs["_year"] = pd.to_numeric(obs["year"], errors="coerce").fillna(-1)
    obs = obs.sort_values(
        ["bureau", "indicator_id", "_pop", "_year", "doc_id", "source_start"],
        ascending=[True, True, True, False, True, True],
        kind="stable",
    )
    keys = ["bureau", "indicator_id", "_pop"]
    grouped = obs.groupby(keys, sort=True)
    first = grouped.head(1).set_index(keys)
    stats = grouped.agg(
        n_mentions=("obs_id", "size"),
        n_reports=("doc_id", "nunique"),
        min_value=("value", "min"),
        max_value=("value", "max"),
    )
    out = first.join(stats).reset_index()
    out = _add_intervals(out, checks)
    out = ensure_columns(out, COVERAGE_COLUMNS)
    out = out[COVERAGE_COLUMNS].sort_values(["name_zh", "bureau", "population"], na_position="last")
    return out.reset_index(drop=True)


def coverage_summary(coverage: pd.DataFrame) -> pd.DataFrame:
    """Per indicator: how many bureaus report it, and the median / range of their values."""
    if coverage.empty:
        return pd.DataFrame(
            columns=["indicator_id", "name_zh", "name_en", "n_bureaus", "median", "min", "max",
                     "min_cite", "max_cite"]
        )
    rows = []
    for (iid, zh, en), grp in coverage.groupby(["indicator_id", "name_zh", "name_en"],
                                               dropna=False):
        lo, hi = grp.loc[grp["value"].idxmin()], grp.loc[grp["value"].idxmax()]
        rows.append(
            {"indicator_id": iid, "name_zh": zh, "name_en": en,
             "n_bureaus": grp["bureau"].nunique(), "median": grp["value"].median(),
             "min": lo["value"], "max": hi["value"], "min_cite": lo["cite"],
             "max_cite": hi["cite"]}
        )
    out = pd.DataFrame(rows).sort_values(["n_bureaus", "indicator_id"], ascending=[False, True])
    return out.reset_index(drop=True)
