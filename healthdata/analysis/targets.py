"""Gaps between what bureaus achieved and what they (or the nation) aimed for.

Three kinds of gap, each row saying which (``kind``):

``target_vs_actual``
    A target (``statement == "target"``) and an achieved value (``"actual"``) for the same
    indicator, population and unit — from the same report when it has both (``scope =
    "same_report"``, the actual nearest the target in the text), otherwise from another report
    of the same bureau (``scope = "same_bureau"``). A plan's target is often for the coming
    period, so the gap reads "how far the last stated level is from the stated aim".
``completion``
    Explicit completion statements (完成全年指标的…%, 累计完成…%): the stated percentage,
    compared with 100 %.
``national_reference``
    Achieved values against the national reference targets in the indicator catalog
    (中国妇女/儿童发展纲要, 健康中国2030), with the reference's year and source.

``gap = actual - target`` in the indicator's unit; ``signed_gap`` is positive when the actual is
better than the target (the sign follows the indicator's polarity, or the target's comparator
when the polarity is neutral) and ``met`` says whether the target is reached (``>=``/``<=``
taken from the target's comparator, else from the polarity; NA when neither decides).
Bureau = named place, else doc_id; duplicate reports are dropped (:mod:`.data`).
"""
from __future__ import annotations

import pandas as pd

from healthdata.analysis.data import (
    COLUMNS,
    cite,
    ensure_columns,
    observations_with_context,
)

KINDS = {
    "target_vs_actual": "(a) target vs actual, same report or bureau",
    "completion": "(b) explicit completion statement",
    "national_reference": "(c) actual vs national reference target",
}

GAP_COLUMNS = [
    "kind", "scope", "bureau", "admin_level", "doc_id", "indicator_id", "name_zh", "name_en",
    "subject", "population", "unit", "actual", "target", "target_comparator", "gap", "signed_gap", "met",
    "actual_quote", "actual_cite", "target_quote", "target_cite", "reference_year",
    "reference_source", "title",
]


def _direction(polarity, comparator) -> int:
    """+1 when higher is better, -1 when lower is, 0 when undecided."""
    if polarity == "higher":
        return 1
    if polarity == "lower":
        return -1
    if comparator == ">=":
        return 1
    if comparator == "<=":
        return -1
    return 0


def _met(actual: float, target: float, comparator, polarity):
    if comparator == ">=":
        return bool(actual >= target)
    if comparator == "<=":
        return bool(actual <= target)
    d = _direction(polarity, None)
    if d > 0:
        return bool(actual >= target)
    if d < 0:
        return bool(actual <= target)
    return pd.NA


def _gap_row(kind, scope, actual_row, target, comparator, polarity, **extra) -> dict:
    actual = float(actual_row["value"])
    gap = actual - float(target)
    d = _direction(polarity, comparator)
    row = {
        "kind": kind,
        "scope": scope,
        "bureau": actual_row["bureau"],
        "admin_level": actual_row["admin_level"],
        "doc_id": actual_row["doc_id"],
        "indicator_id": actual_row["indicator_id"],
        "name_zh": actual_row.get("name_zh"),
        "name_en": actual_row.get("name_en"),
        "subject": actual_row["subject"],
        "population": actual_row["population"],
        "unit": actual_row["unit"],
        "actual": actual,
        "target": float(target),
        "target_comparator": comparator,
        "gap": gap,
        "signed_gap": gap * d if d else pd.NA,
        "met": _met(actual, float(target), comparator, polarity),
        "actual_quote": actual_row["quote"],
        "actual_cite": actual_row["cite"],
        "title": actual_row["title"],
    }
    row.update(extra)
    return row


def _frame(rows) -> pd.DataFrame:
    out = pd.DataFrame(rows, columns=GAP_COLUMNS) if rows else pd.DataFrame(columns=GAP_COLUMNS)
    out["met"] = out["met"].astype("boolean")
    for col in ("actual", "target", "gap", "signed_gap"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype(float)
    return out


def _pop_key(series: pd.Series) -> pd.Series:
    return series.astype("object").where(series.notna(), "").astype(str)


def target_vs_actual(
    observations: pd.DataFrame, documents: pd.DataFrame, indicators: pd.DataFrame
) -> pd.DataFrame:
    """Kind (a): each target paired with an actual of the same indicator and population."""
    obs = observations_with_context(observations, documents, indicators)
    obs = obs[obs["indicator_id"].notna() & obs["value"].notna()].copy()
    obs["_pop"] = _pop_key(obs["population"])
    obs["_year"] = pd.to_numeric(obs["year"], errors="coerce").fillna(-1)
    statement = obs["statement"].astype(str)
    targets = obs[statement == "target"]
    actuals = obs[statement == "actual"]
    rows = []
    by_key = {k: g for k, g in actuals.groupby(["indicator_id", "_pop", "unit"], sort=False)}
    for _, t in targets.iterrows():
        cands = by_key.get((t["indicator_id"], t["_pop"], t["unit"]))
        if cands is None:
            continue
        same_doc = cands[cands["doc_id"] == t["doc_id"]]
        if len(same_doc):
            scope = "same_report"
            dist = (same_doc["source_start"].astype(float) - float(t["source_start"])).abs()
            a = same_doc.loc[dist.idxmin()]
        else:
            same_bureau = cands[cands["bureau"] == t["bureau"]]
            if not len(same_bureau):
                continue
            scope = "same_bureau"
            a = same_bureau.sort_values(["_year", "source_start"], ascending=[False, True]).iloc[0]
        rows.append(
            _gap_row(
                "target_vs_actual", scope, a, t["value"], t["comparator"], t.get("polarity"),
                target_quote=t["quote"], target_cite=t["cite"],
            )
        )
    return _frame(rows)


def completion_statements(
    observations: pd.DataFrame, documents: pd.DataFrame, indicators: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Kind (b): explicit completion statements, the stated percentage against 100 %."""
    obs = observations_with_context(observations, documents, indicators)
    obs = obs[(obs["statement"].astype(str) == "completion")]
    rows = []
    for _, r in obs.iterrows():
        if pd.isna(r["value"]) or str(r["unit"]) != "percent":
            row = {c: pd.NA for c in GAP_COLUMNS}
            row.update(
                kind="completion", scope="stated", bureau=r["bureau"],
                admin_level=r["admin_level"], doc_id=r["doc_id"],
                indicator_id=r["indicator_id"], name_zh=r.get("name_zh"),
                name_en=r.get("name_en"), subject=r["subject"], population=r["population"],
                unit=r["unit"],
                actual_quote=r["quote"], actual_cite=r["cite"], title=r["title"],
            )
            if not pd.isna(r["value"]):
                row["actual"] = float(r["value"])
            rows.append(row)
            continue
        rows.append(
            _gap_row("completion", "stated", r, 100.0, ">=", "higher",
                     target_quote="(100% of the task)", target_cite="")
        )
    return _frame(rows)


def reference_table(indicators: pd.DataFrame) -> pd.DataFrame:
    """National reference targets: indicator_id, comparator, value, unit, year, source.

    Uses the catalog's long ``reference_targets()`` when the package provides it, else the
    ``reference_*`` columns of the ``indicators`` table.
    """
    cols = ["indicator_id", "comparator", "value", "unit", "year", "source"]
    try:
        from healthdata.normalize.indicators import reference_targets

        ref = reference_targets()
        if isinstance(ref, pd.DataFrame) and "indicator_id" in ref.columns:
            ref = ref.rename(
                columns={
                    "target_year": "year",
                    "reference_year": "year",
                    "reference_value": "value",
                    "reference_comparator": "comparator",
                    "reference_unit": "unit",
                    "reference_source": "source",
                }
            )
            if {"comparator", "value", "unit"}.issubset(ref.columns):
                ref = ensure_columns(ref, cols)[cols]
                return ref[ref["value"].notna()].reset_index(drop=True)
    except Exception:  # noqa: BLE001 - fall back to the table columns
        pass
    ind = ensure_columns(indicators, COLUMNS["indicators"])
    ref = ind[ind["reference_value"].notna()][
        ["indicator_id", "reference_comparator", "reference_value", "reference_unit",
         "reference_year", "reference_source"]
    ]
    ref.columns = cols
    return ref.reset_index(drop=True)


def reference_gaps(
    observations: pd.DataFrame,
    documents: pd.DataFrame,
    indicators: pd.DataFrame,
    references: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Kind (c): each achieved value against each national reference for its indicator."""
    ref = reference_table(indicators) if references is None else references
    obs = observations_with_context(observations, documents, indicators)
    obs = obs[(obs["statement"].astype(str) == "actual") & obs["value"].notna()]
    rows = []
    for _, r in obs.iterrows():
        for _, t in ref[ref["indicator_id"] == r["indicator_id"]].iterrows():
            if str(t["unit"]) != str(r["unit"]):
                continue
            year = t["year"]
            rows.append(
                _gap_row(
                    "national_reference", "national", r, t["value"], t["comparator"],
                    r.get("polarity"),
                    target_quote=f"{t['comparator']} {t['value']:g} ({t['source']})",
                    target_cite="",
                    reference_year=None if pd.isna(year) else int(year),
                    reference_source=t["source"],
                )
            )
    return _frame(rows)


def target_gaps(
    observations: pd.DataFrame, documents: pd.DataFrame, indicators: pd.DataFrame
) -> pd.DataFrame:
    """All three kinds of gap in one tidy table (``kind`` says which)."""
    parts = [
        target_vs_actual(observations, documents, indicators),
        completion_statements(observations, documents, indicators),
        reference_gaps(observations, documents, indicators),
    ]
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame(columns=GAP_COLUMNS)
    out = pd.concat(parts, ignore_index=True)
    return out[GAP_COLUMNS]


def gap_summary(gaps: pd.DataFrame) -> pd.DataFrame:
    """Per kind: rows, how many were met, not met, or undecided."""
    if gaps.empty:
        return pd.DataFrame(columns=["kind", "description", "n", "met", "not_met", "undecided"])
    rows = []
    for kind, grp in gaps.groupby("kind", sort=False):
        met = grp["met"]
        rows.append(
            {
                "kind": kind,
                "description": KINDS.get(kind, kind),
                "n": len(grp),
                "met": int((met == True).sum()),  # noqa: E712 - NA-aware
                "not_met": int((met == False).sum()),  # noqa: E712
                "undecided": int(met.isna().sum()),
            }
        )
    return pd.DataFrame(rows)


__all__ = [
    "KINDS", "GAP_COLUMNS", "target_vs_actual", "completion_statements", "reference_table",
    "reference_gaps", "target_gaps", "gap_summary", "cite",
]
