"""Gaps between what bureaus achieved and what they (or the nation) aimed for.

Three kinds of comparison, each row saying which (``kind``); they answer different questions
and are never added up together (:func:`gap_summary` counts each kind on its own).

``target_vs_actual`` — *did the bureau reach the target it set itself?*
    Every target (``statement == "target"``) with every achieved value (``"actual"``) a reader
    would set beside it: the **same indicator and unit** and a **compatible population**, from
    the **same report** first (``scope = "same_report"``), else from another report of the
    same named bureau for the same year (``"same_bureau_year"``). Every candidate is a row
    (``n_candidates`` says how many the target has; ``nearest`` marks the one closest in the
    text, the one :func:`gap_summary` counts). A target with no candidate is a row of its own
    (``scope = "unpaired"``): never dropped silently.

    *Compatible population*: a population names a sub-group only when it narrows the indicator.
    It does not when it is the indicator's own group (老年人 for 老年人健康管理率: the group is in
    the indicator's catalog name) or the whole group (适龄儿童, 全市…; ``whole_group_prefixes``
    in ``vocab/analysis.yaml``). Two unqualified sides pair; equal qualifiers pair; and a
    qualified side pairs with an unqualified one when its qualifier is the last group named
    before the other value in that value's sentence (``中小学生、0-6岁儿童59458人，体检率50%``
    is a rate for 0-6岁儿童 though the table's ``population`` is empty) — this needs the raw
    text (``texts``); without it only the first two rules apply.

``completion`` — *how far along is the task?*
    Completion statements in percent (完成全年指标的…%, 累计完成…%, 完成率…%); counts and money
    stated with completion words are not completion statements and are left out. When the
    value's period names a date (截止5月底, 1—10月份, 上半年) the progress is judged against the
    share of the year elapsed then (``expected``): at least ``on_track_share`` of it is on
    track. Without a date only a completed task (>= 100 %) gets a verdict.

``national_reference`` — *how does the level compare with the national target?*
    Each achieved value against the one national reference **in force in the report's year**
    (a reference covers the years of its programme, ``(2011-2020年)``, or up to its target year
    from the end of the one before); when the report's year is unknown, the row says so and no
    reference is chosen.

Verdicts keep the comparators on both sides: an actual stated as ``95%以上`` is a lower bound,
``30%左右`` a range (``approximate_margin``); ``met`` is NA when the stated figures cannot
decide. ``gap = actual - target``; ``signed_gap`` is positive when the actual is better.
Bureau = named place, else the report itself; duplicate reports are dropped (:mod:`.data`).
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

import pandas as pd

from healthdata.analysis.data import (
    COLUMNS,
    _blank,
    cite,
    ensure_columns,
    observations_with_context,
    sentences,
)

KINDS = {
    "target_vs_actual": "(a) own target vs achieved level",
    "completion": "(b) completion statement vs time elapsed",
    "national_reference": "(c) achieved level vs the national reference in force",
}

# How the headline reads each kind's counts (met / no pair mean different things per kind).
MET_WORDS = {"target_vs_actual": "met", "completion": "on track or done",
             "national_reference": "meet the reference"}
NO_PAIR_WORDS = {"target_vs_actual": "with no achieved value to compare",
                 "completion": "",
                 "national_reference": "with no reference chosen (report year unknown or "
                                       "no reference in force)"}

GAP_COLUMNS = [
    "kind", "scope", "bureau", "admin_level", "doc_id", "title", "year", "indicator_id",
    "name_zh", "name_en", "subject", "population", "unit", "actual", "actual_comparator",
    "target", "target_comparator", "expected", "gap", "signed_gap", "met", "verdict",
    "n_candidates", "nearest", "actual_quote", "actual_sentence", "actual_cite",
    "target_quote", "target_sentence", "target_cite", "reference_year", "reference_source",
    "note", "target_id", "obs_id",
]


def _vocab() -> dict:
    from healthdata.vocab import load_yaml

    return load_yaml("analysis.yaml")


# ------------------------------------------------------------------ verdicts


def _direction(polarity, comparator) -> int:
    """+1 when higher is better, -1 when lower is, 0 when undecided.  A target's own comparator
    (以上 / 以下) decides first; a bare target (达80%) takes the indicator's polarity."""
    if comparator == ">=":
        return 1
    if comparator == "<=":
        return -1
    if polarity == "higher":
        return 1
    if polarity == "lower":
        return -1
    return 0


def actual_range(value: float, comparator) -> tuple[float, float]:
    """The values a stated figure allows: exact, a lower or upper bound, or an approximate range.

    >>> actual_range(95, ">="), actual_range(30, "~")
    ((95.0, inf), (28.5, 31.5))
    """
    v = float(value)
    if comparator == ">=":
        return v, math.inf
    if comparator == "<=":
        return -math.inf, v
    if comparator == "~":
        m = abs(v) * float(_vocab()["approximate_margin"])
        return round(v - m, 10), round(v + m, 10)
    return v, v


def met_verdict(actual: float, actual_comparator, target: float, direction: int):
    """True / False when the stated figures decide whether the target is reached, else NA."""
    if direction == 0 or pd.isna(actual) or pd.isna(target):
        return pd.NA
    lo, hi = actual_range(actual, actual_comparator)
    if direction > 0:
        return True if lo >= target else False if hi < target else pd.NA
    return True if hi <= target else False if lo > target else pd.NA


COMPARATOR_SIGNS = {">=": "≥ ", "<=": "≤ ", "~": "~", "=": ""}


def stated(value, comparator) -> str | None:
    """A figure as the report states it: ``≥ 90``, ``~30``, ``84.4`` (None when missing).

    >>> stated(90.0, ">="), stated(30.0, "~"), stated(84.4, "=")
    ('≥ 90', '~30', '84.4')
    """
    if value is None or pd.isna(value):
        return None
    sign = COMPARATOR_SIGNS.get(None if _blank(comparator) else str(comparator), "")
    return f"{sign}{float(value):g}"


def readable(gaps: pd.DataFrame) -> pd.DataFrame:
    """``gaps`` with ``actual_stated`` and ``target_stated`` (figure and comparator together)."""
    return gaps.assign(
        actual_stated=[stated(v, c) for v, c in zip(gaps["actual"], gaps["actual_comparator"])],
        target_stated=[stated(v, c) for v, c in zip(gaps["target"], gaps["target_comparator"])],
    )


def _verdict_text(met) -> str:
    if met is True:
        return "met"
    if met is False:
        return "not met"
    return "undecided"


def _gap(actual, target, direction):
    if pd.isna(actual) or pd.isna(target):
        return pd.NA, pd.NA
    gap = float(actual) - float(target)
    return gap, (gap * direction if direction else pd.NA)


def _frame(rows) -> pd.DataFrame:
    out = pd.DataFrame(rows, columns=GAP_COLUMNS) if rows else pd.DataFrame(columns=GAP_COLUMNS)
    out["met"] = out["met"].astype("boolean")
    out["nearest"] = out["nearest"].astype("boolean")
    for col in ("actual", "target", "expected", "gap", "signed_gap"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype(float)
    out["n_candidates"] = pd.to_numeric(out["n_candidates"], errors="coerce").astype("Int64")
    out["reference_year"] = pd.to_numeric(out["reference_year"], errors="coerce").astype("Int64")
    return out


def _base(kind, scope, r) -> dict:
    row = {c: pd.NA for c in GAP_COLUMNS}
    row.update(
        kind=kind, scope=scope, bureau=r["bureau"], admin_level=r["admin_level"],
        doc_id=r["doc_id"], title=r["title"], year=r["year"], indicator_id=r["indicator_id"],
        name_zh=r.get("name_zh"), name_en=r.get("name_en"), subject=r["subject"],
        population=r["population"], unit=r["unit"],
    )
    return row


def _with_actual(row: dict, a) -> dict:
    row.update(
        actual=a["value"], actual_comparator=a["comparator"], actual_quote=a["quote"],
        actual_sentence=a["_sentence"], actual_cite=a["cite"], obs_id=a["obs_id"],
    )
    return row


def _with_target(row: dict, t) -> dict:
    row.update(
        target=t["value"], target_comparator=t["comparator"], target_quote=t["quote"],
        target_sentence=t["_sentence"], target_cite=t["cite"], target_id=t["obs_id"],
    )
    return row


def _judge(row: dict, direction: int) -> dict:
    row["met"] = met_verdict(row["actual"], row["actual_comparator"], row["target"], direction)
    row["gap"], row["signed_gap"] = _gap(row["actual"], row["target"], direction)
    row["verdict"] = _verdict_text(row["met"])
    return row


# ------------------------------------------------------------------ (a) own targets


def _own_groups(indicators: pd.DataFrame) -> dict[str, str]:
    """indicator_id -> its catalog name, which names the indicator's own group (老年人健康管理率).

    Only the canonical name: aliases may carry sub-groups (城镇职工参保率), which do narrow."""
    ind = ensure_columns(indicators, COLUMNS["indicators"])
    return {str(i): "" if _blank(z) else str(z) for i, z in zip(ind["indicator_id"], ind["name_zh"])}


def qualifier(population, indicator_names: str) -> str | None:
    """The sub-group a population narrows the indicator to, or None when it does not narrow it
    (no population, the whole group, or the indicator's own group; see module doc).

    >>> qualifier("适龄儿童", "免疫规划疫苗接种率"), qualifier("老年人", "老年人健康管理率")
    (None, None)
    >>> qualifier("农村", "住院分娩率")
    '农村'
    """
    if _blank(population):
        return None
    pop = str(population).strip()
    if any(pop.startswith(p) for p in _vocab()["whole_group_prefixes"]):
        return None
    if pop in indicator_names:
        return None
    return pop


@lru_cache(maxsize=1)
def _population_pattern() -> re.Pattern:
    from healthdata.vocab import load_yaml

    v = load_yaml("statements.yaml")
    words = sorted(set(map(str, v["populations"])), key=len, reverse=True)
    return re.compile(f"{v['population_pattern']}|" + "|".join(map(re.escape, words)))


def last_group_named(text: str | None, sentence_start, value_start) -> str | None:
    """The last population the sentence names before the value (None without the raw text)."""
    if text is None or _blank(sentence_start) or _blank(value_start):
        return None
    before = text[int(sentence_start):int(value_start)]
    found = [m.group(0) for m in _population_pattern().finditer(before)]
    return found[-1] if found else None


def compatible(t, a, names: str, texts: dict[str, str] | None) -> bool:
    """Whether target row ``t`` and actual row ``a`` are about the same population."""
    tq, aq = qualifier(t["population"], names), qualifier(a["population"], names)
    if tq == aq:
        return True
    if tq is not None and aq is not None:
        return False
    texts = texts or {}
    if tq is not None:  # qualified target, unqualified actual: does the actual's sentence say so?
        named = last_group_named(texts.get(str(a["source_file"])), a["sentence_start"],
                                 a["source_start"])
        return named is not None and (tq in named or named in tq)
    named = last_group_named(texts.get(str(t["source_file"])), t["sentence_start"],
                             t["source_start"])
    return named is not None and (aq in named or named in aq)


def _rates(observations, documents, indicators, texts) -> pd.DataFrame:
    obs = observations_with_context(observations, documents, indicators)
    obs = obs[obs["indicator_id"].notna() & obs["value"].notna()].copy()
    obs["_sentence"] = sentences(obs, texts)
    obs["_year"] = pd.to_numeric(obs["year"], errors="coerce")
    return obs


def target_vs_actual(
    observations: pd.DataFrame,
    documents: pd.DataFrame,
    indicators: pd.DataFrame,
    texts: dict[str, str] | None = None,
) -> pd.DataFrame:
    """Kind (a): every target with every achieved value a reader pairs it with (module doc)."""
    obs = _rates(observations, documents, indicators, texts)
    names = _own_groups(indicators)
    statement = obs["statement"].astype(str)
    targets, actuals = obs[statement == "target"], obs[statement == "actual"]
    by_key = {k: g for k, g in actuals.groupby(["indicator_id", "unit"], sort=False)}
    rows = []
    for _, t in targets.iterrows():
        pool = by_key.get((t["indicator_id"], t["unit"]))
        own = names.get(str(t["indicator_id"]), "")
        cands, scope = _candidates(t, pool, own, texts)
        direction = _direction(t.get("polarity"), t["comparator"])
        if cands is None or cands.empty:
            row = _with_target(_base("target_vs_actual", "unpaired", t), t)
            row.update(n_candidates=0, verdict="unpaired",
                       note="no achieved value of this indicator for this population in the "
                            "report or another report of the bureau for the same year")
            rows.append(row)
            continue
        dist = (cands["source_start"].astype(float) - float(t["source_start"])).abs()
        nearest = dist.idxmin() if scope == "same_report" else cands.index[0]
        for idx, a in cands.iterrows():
            row = _with_actual(_with_target(_base("target_vs_actual", scope, a), t), a)
            row.update(population=t["population"] if not _blank(t["population"])
                       else a["population"], n_candidates=len(cands), nearest=idx == nearest)
            rows.append(_judge(row, direction))
    return _frame(rows)


def _candidates(t, pool, own_names, texts):
    """The achieved values a reader sets beside target ``t``, and where they come from."""
    if pool is None:
        return None, "unpaired"

    def fitting(rows):
        keep = [compatible(t, a, own_names, texts) for _, a in rows.iterrows()]
        return rows[pd.Series(keep, index=rows.index, dtype=bool)]

    same = fitting(pool[pool["doc_id"] == t["doc_id"]])
    if len(same):
        return same, "same_report"
    if not bool(t["bureau_named"]) or pd.isna(t["_year"]):
        return None, "unpaired"
    other = fitting(pool[(pool["bureau"] == t["bureau"]) & (pool["_year"] == t["_year"])])
    other = other.sort_values(["doc_id", "source_start"])
    return (other, "same_bureau_year") if len(other) else (None, "unpaired")


# ------------------------------------------------------------------ (b) completion


def _month(text: str) -> float | None:
    import cn2an

    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError):
        return None


_DAY = re.compile(r"([0-9一二三四五六七八九十]{1,3})月([0-9一二三四五六七八九十]{1,3})日")
_MONTH_END = re.compile(r"([0-9一二三四五六七八九十]{1,3})\s*月")
_QUARTER = re.compile(r"第?([一二三四1-4])季度")


def elapsed_share(period_text) -> float | None:
    """Share of the year (percent) elapsed at the date a period names, or None without one.

    >>> elapsed_share("截止5月底"), elapsed_share("1—10月份"), elapsed_share("上半年")
    (41.66666666666667, 83.33333333333334, 50.0)
    """
    if _blank(period_text):
        return None
    text = str(period_text)
    m = _DAY.search(text)
    if m:
        month, day = _month(m.group(1)), _month(m.group(2))
        if month and day is not None and 1 <= month <= 12:
            return (month - 1 + min(day, 30) / 30) / 12 * 100
    months = [_month(x) for x in _MONTH_END.findall(text)]
    months = [x for x in months if x and 1 <= x <= 12]
    if months:
        return months[-1] / 12 * 100
    q = _QUARTER.search(text)
    if q:
        return 3 * _month(q.group(1)) / 12 * 100
    for word, month in _vocab()["half_year_words"].items():
        if word in text:
            return float(month) / 12 * 100
    return None


def completion_verdict(progress: float, comparator, expected: float | None) -> tuple:
    """(met, verdict) for a completion percentage against the share of time elapsed."""
    lo, hi = actual_range(progress, comparator)
    if lo >= 100:
        return True, "completed"
    if expected is None:
        return pd.NA, "in progress (no date stated)"
    bar = expected * float(_vocab()["on_track_share"])
    if lo >= expected:
        return True, "ahead of time"
    if lo >= bar:
        return True, "on track"
    if hi < bar:
        return False, "behind time"
    return pd.NA, "undecided (approximate)"


def completion_statements(
    observations: pd.DataFrame,
    documents: pd.DataFrame,
    indicators: pd.DataFrame | None = None,
    texts: dict[str, str] | None = None,
) -> pd.DataFrame:
    """Kind (b): completion statements in percent, judged against the time elapsed."""
    obs = observations_with_context(observations, documents, indicators)
    obs = obs[(obs["statement"].astype(str) == "completion")
              & (obs["unit"].astype(str) == "percent")].copy()
    obs["_sentence"] = sentences(obs, texts)
    rows = []
    for _, r in obs.iterrows():
        row = _with_actual(_base("completion", "stated", r), r)
        row["target"], row["target_comparator"] = 100.0, ">="
        row["target_quote"] = "(the whole task: 100 %)"
        if pd.isna(r["value"]):
            row.update(verdict="masked", note="the percentage is masked in the source")
            rows.append(row)
            continue
        expected = elapsed_share(r["period_text"])
        met, verdict = completion_verdict(float(r["value"]), r["comparator"], expected)
        row.update(expected=expected, met=met, verdict=verdict)
        row["gap"] = float(r["value"]) - (expected if expected is not None else 100.0)
        row["signed_gap"] = row["gap"]
        if expected is not None:
            row["note"] = f"{expected:.0f} % of the year had passed at '{r['period_text']}'"
        rows.append(row)
    return _frame(rows)


# ------------------------------------------------------------------ (c) national references


_PROGRAMME_YEARS = re.compile(r"\((\d{4})\s*[-—–]\s*(\d{4})年?\)")


def reference_table(indicators: pd.DataFrame | None = None) -> pd.DataFrame:
    """National reference targets, one row per indicator and programme: indicator_id,
    comparator, value, unit, year (target year), source, and ``in_force_from`` / ``in_force_to``
    (the programme's years when its title states them, else from the end of the indicator's
    previous reference, or open, to the target year)."""
    cols = ["indicator_id", "comparator", "value", "unit", "year", "source", "in_force_from",
            "in_force_to"]
    try:
        from healthdata.normalize.indicators import reference_targets

        ref = reference_targets().rename(columns={"target_year": "year"})
    except (ImportError, FileNotFoundError):
        ind = ensure_columns(indicators if indicators is not None else pd.DataFrame(),
                             COLUMNS["indicators"])
        ref = ind[ind["reference_value"].notna()][
            ["indicator_id", "reference_comparator", "reference_value", "reference_unit",
             "reference_year", "reference_source"]]
        ref.columns = cols[:6]
    ref = ensure_columns(ref, cols[:6])[cols[:6]].copy()
    ref["year"] = pd.to_numeric(ref["year"], errors="coerce").astype("Int64")
    ref = ref.sort_values(["indicator_id", "year"]).reset_index(drop=True)
    starts, prev = [], {}
    for iid, year, source in zip(ref["indicator_id"], ref["year"], ref["source"]):
        m = None if _blank(source) else _PROGRAMME_YEARS.search(str(source))
        before = prev.get(iid)
        starts.append(int(m.group(1)) if m else (before + 1 if before is not None else pd.NA))
        prev[iid] = None if pd.isna(year) else int(year)
    ref["in_force_from"] = pd.array(starts, dtype="Int64")
    ref["in_force_to"] = ref["year"]
    return ref[cols]


def reference_in_force(references: pd.DataFrame, indicator_id, unit, year):
    """The reference row in force for ``year`` (or None), and a note saying why not."""
    ref = references[(references["indicator_id"] == indicator_id)
                     & (references["unit"].astype(str) == str(unit))]
    if ref.empty:
        return None, None
    if pd.isna(year):
        return None, "the report's year is unknown, so no reference is chosen"
    y = int(year)
    lo = ref["in_force_from"].fillna(-10**6).astype(int)
    hi = ref["in_force_to"].fillna(10**6).astype(int)
    hit = ref[(lo <= y) & (y <= hi)]
    if hit.empty:
        return None, f"no national reference in force in {y}"
    return hit.sort_values("in_force_to").iloc[0], None


def reference_gaps(
    observations: pd.DataFrame,
    documents: pd.DataFrame,
    indicators: pd.DataFrame,
    references: pd.DataFrame | None = None,
    texts: dict[str, str] | None = None,
) -> pd.DataFrame:
    """Kind (c): each achieved value against the national reference in force in its year."""
    ref = reference_table(indicators) if references is None else references
    obs = _rates(observations, documents, indicators, texts)
    obs = obs[(obs["statement"].astype(str) == "actual")
              & obs["indicator_id"].isin(set(ref["indicator_id"]))]
    rows = []
    for _, r in obs.iterrows():
        t, why = reference_in_force(ref, r["indicator_id"], r["unit"], r["_year"])
        if t is None and why is None:
            continue  # no reference in this unit
        row = _with_actual(_base("national_reference", "national", r), r)
        if t is None:
            row.update(verdict="no reference", note=why)
            rows.append(row)
            continue
        row.update(target=float(t["value"]), target_comparator=t["comparator"],
                   target_quote=f"{t['comparator']} {float(t['value']):g} ({t['source']})",
                   reference_year=t["year"], reference_source=t["source"])
        rows.append(_judge(row, _direction(r.get("polarity"), t["comparator"])))
    return _frame(rows)


# ------------------------------------------------------------------ all kinds


def target_gaps(
    observations: pd.DataFrame,
    documents: pd.DataFrame,
    indicators: pd.DataFrame,
    texts: dict[str, str] | None = None,
) -> pd.DataFrame:
    """All three kinds in one tidy table (``kind`` says which; never add kinds together)."""
    parts = [
        target_vs_actual(observations, documents, indicators, texts),
        completion_statements(observations, documents, indicators, texts),
        reference_gaps(observations, documents, indicators, texts=texts),
    ]
    parts = [p for p in parts if len(p)]
    if not parts:
        return _frame([])
    return _frame(pd.concat(parts, ignore_index=True)[GAP_COLUMNS].to_dict("records"))


def gap_summary(gaps: pd.DataFrame) -> pd.DataFrame:
    """One row per kind, each counted on its own terms (no double counting).

    (a) counts targets, not candidate rows: ``n`` targets, how many were paired, and the
    verdict of each target's nearest candidate; (b) counts completion statements; (c) counts
    achieved values (each against the one reference in force) and those with no reference
    chosen."""
    cols = ["kind", "description", "counted", "n", "met", "not_met", "undecided", "no_pair"]
    rows = []
    for kind, desc in KINDS.items():
        grp = gaps[gaps["kind"] == kind]
        if kind == "target_vs_actual":
            unpaired = grp[grp["scope"] == "unpaired"]
            judged = grp[grp["nearest"].fillna(False).astype(bool)]
            n, counted = len(judged) + len(unpaired), "targets (nearest candidate judged)"
            no_pair = len(unpaired)
        elif kind == "completion":
            judged, n, counted, no_pair = grp, len(grp), "completion statements", 0
        else:
            judged = grp[grp["target"].notna()]
            n, counted = len(grp), "achieved values (reference in force)"
            no_pair = len(grp) - len(judged)
        met = judged["met"].astype("boolean")
        rows.append({
            "kind": kind, "description": desc, "counted": counted, "n": n,
            "met": int((met == True).sum()),  # noqa: E712 - NA-aware
            "not_met": int((met == False).sum()),  # noqa: E712
            "undecided": int(met.isna().sum()), "no_pair": no_pair,
        })
    return pd.DataFrame(rows, columns=cols)


__all__ = [
    "KINDS", "GAP_COLUMNS", "target_vs_actual", "completion_statements", "reference_table",
    "reference_in_force", "reference_gaps", "target_gaps", "gap_summary", "elapsed_share",
    "completion_verdict", "met_verdict", "actual_range", "qualifier", "compatible", "stated",
    "readable",
    "last_group_named", "cite",
]
