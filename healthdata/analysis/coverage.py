"""Coverage rates reported by each bureau.

A *coverage-type* indicator is one the catalog measures in percent with polarity
``higher`` (more is better: 参合率, 接种率, 系统管理率, 住院分娩率, …), outside the categories
in :data:`NON_COVERAGE_CATEGORIES` (task-completion and administrative rates, which measure the
bureau's own work rather than the population it covers).

:func:`coverage_table` returns one row per bureau × indicator × population from the achieved
values (``statement == "actual"``) of non-duplicate reports. A bureau is the report's named
place, or its doc_id when the report names none (see :mod:`healthdata.analysis.data`). When a
bureau states the same indicator more than once, the row keeps the value from its most recent
report (by stated year; then the first mention in text order) and says how many mentions there
were and their range. Where the report also gives the numerator and denominator (the
``checks`` table), the row carries a 95 % Wilson confidence interval.
"""
from __future__ import annotations

import pandas as pd
from statsmodels.stats.proportion import proportion_confint

from healthdata.analysis.data import COLUMNS, ensure_columns, observations_with_context

NON_COVERAGE_CATEGORIES = frozenset({"performance", "administration"})

COVERAGE_COLUMNS = [
    "bureau", "bureau_named", "admin_level", "indicator_id", "name_zh", "name_en",
    "indicator_category", "population", "value", "comparator", "unit", "ci_low", "ci_high",
    "numerator", "denominator", "n_mentions", "n_reports", "min_value", "max_value",
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
    low, high = proportion_confint(int(successes), int(total), alpha=alpha, method="wilson")
    return float(low) * 100.0, float(high) * 100.0


def _ci_from_checks(checks: pd.DataFrame) -> pd.DataFrame:
    chk = ensure_columns(checks, COLUMNS["checks"])
    rows = []
    for obs_id, num, den in zip(chk["obs_id"], chk["numerator"], chk["denominator"]):
        try:
            num, den = float(num), float(den)
        except (TypeError, ValueError):
            continue
        if pd.isna(num) or pd.isna(den) or den <= 0 or num < 0 or num > den:
            continue
        low, high = wilson_ci(round(num), round(den))
        rows.append(
            {"obs_id": obs_id, "numerator": num, "denominator": den, "ci_low": low,
             "ci_high": high}
        )
    out = pd.DataFrame(rows, columns=["obs_id", "numerator", "denominator", "ci_low", "ci_high"])
    return out.drop_duplicates("obs_id")


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
    cis = _ci_from_checks(checks if checks is not None else pd.DataFrame())
    out = out.merge(cis, on="obs_id", how="left")
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
