"""How far each number can be trusted: the data-quality findings of the package.

- masked values (``x%``, ``**%``: ``redacted``) per report — the site hid the number;
- counts printed beside a rate that do not reproduce it (``checks``): the build paired the
  rate with counts that may belong to something else (a count of records, everyone examined
  rather than the elderly), so the pairing is *unverified* — not a disagreement in the source,
  and no interval is drawn from it (:mod:`.coverage`);
- duplicate reports (``documents.duplicate_of``);
- values that failed to link to a catalog indicator (``indicator_id`` null, raw phrase in
  ``subject``);
- raw files that failed in the manifest (status other than ``ok``).

Unlike the other analyses, these tables keep duplicate reports: quality is about the package
as built, not about bureaus.
"""
from __future__ import annotations

import pandas as pd

from healthdata.analysis.data import COLUMNS, add_bureau, cite, ensure_columns


def masked_rates(observations: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Per report: values stated, values masked, and the masked share (all reports)."""
    obs = ensure_columns(observations, COLUMNS["observations"])
    docs = add_bureau(documents)
    docs = docs.assign(cite=cite(docs))[["doc_id", "bureau", "title", "source_file", "cite",
                                         "duplicate_of"]]
    red = obs["redacted"].astype("boolean").fillna(False)
    per = (
        obs.assign(_red=red.astype(int), doc_id=obs["doc_id"].astype(str))
        .groupby("doc_id")
        .agg(n_values=("obs_id", "size"), n_masked=("_red", "sum"))
        .reset_index()
    )
    out = docs.assign(doc_id=docs["doc_id"].astype(str)).merge(per, on="doc_id", how="left")
    out[["n_values", "n_masked"]] = out[["n_values", "n_masked"]].fillna(0).astype(int)
    out["masked_rate"] = (out["n_masked"] / out["n_values"]).where(out["n_values"] > 0)
    cols = ["doc_id", "bureau", "title", "n_values", "n_masked", "masked_rate", "cite",
            "duplicate_of"]
    return out[cols].sort_values(["masked_rate", "n_values"], ascending=False,
                                 na_position="last").reset_index(drop=True)


def masked_examples(observations: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """A few masked values with their citation."""
    obs = ensure_columns(observations, COLUMNS["observations"])
    red = obs["redacted"].astype("boolean").fillna(False).astype(bool)
    out = obs[red].copy()
    out["cite"] = cite(out)
    return out[["doc_id", "subject", "quote", "unit", "statement", "cite"]].head(n)


def check_results(checks: pd.DataFrame, observations: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every numerator/denominator check with its cited quote; ``difference`` = stated - computed;
    ``reproduces`` says whether the counts give the stated rate at its written precision."""
    from healthdata.analysis.coverage import UNIT_SCALE, reproduces, stated_decimals

    chk = ensure_columns(checks, COLUMNS["checks"])
    out = chk.copy()
    out["difference"] = pd.to_numeric(out["stated"], errors="coerce") - pd.to_numeric(
        out["computed"], errors="coerce"
    )
    if observations is not None and len(observations):
        obs = ensure_columns(observations, COLUMNS["observations"])[
            ["obs_id", "subject", "quote", "unit", "source_start", "source_end"]
        ]
        out = out.merge(obs, on="obs_id", how="left")
    else:
        for c in ("subject", "quote", "unit", "source_start", "source_end"):
            out[c] = pd.NA
    out["cite"] = cite(out)
    out["reproduces"] = pd.array(
        [pd.NA if pd.isna(n) or pd.isna(d) or pd.isna(s) or not d else
         reproduces(n, d, s, stated_decimals(q), UNIT_SCALE.get(str(u), 100.0))
         for n, d, s, q, u in zip(out["numerator"], out["denominator"], out["stated"],
                                  out["quote"], out["unit"])], dtype="boolean")
    cols = ["check_id", "doc_id", "subject", "numerator", "denominator", "computed", "stated",
            "difference", "reproduces", "quote", "cite", "note"]
    if {"numerator_start", "numerator_end"} <= set(out.columns):
        out["numerator_cite"] = cite(out, "source_file", "numerator_start", "numerator_end")
        cols.insert(cols.index("note"), "numerator_cite")
    if {"denominator_start", "denominator_end"} <= set(out.columns):
        out["denominator_cite"] = cite(out, "source_file", "denominator_start", "denominator_end")
        cols.insert(cols.index("note"), "denominator_cite")
    return out[cols].reset_index(drop=True)


def unverified_pairings(checks: pd.DataFrame, observations: pd.DataFrame | None = None):
    """Checks whose counts do not reproduce the stated rate: an unverified pairing of counts
    and rate (see module doc), not a claim that the source disagrees with itself."""
    res = check_results(checks, observations)
    return res[res["reproduces"] == False].reset_index(drop=True)  # noqa: E712 - NA-aware


def duplicate_reports(documents: pd.DataFrame) -> pd.DataFrame:
    """Reports that repeat another, side by side with the report they repeat."""
    docs = ensure_columns(documents, COLUMNS["documents"])
    dup = docs[docs["duplicate_of"].notna() & (docs["duplicate_of"].astype(str) != "")].copy()
    orig = docs[["doc_id", "title", "source_file", "source_start", "source_end"]].rename(
        columns=lambda c: f"original_{c}"
    )
    dup = dup.merge(orig, left_on="duplicate_of", right_on="original_doc_id", how="left")
    dup["cite"] = cite(dup)
    dup["original_cite"] = cite(
        dup, "original_source_file", "original_source_start", "original_source_end"
    )
    return dup[["doc_id", "title", "cite", "duplicate_of", "original_title",
                "original_cite"]].reset_index(drop=True)


def unlinked_values(observations: pd.DataFrame) -> pd.DataFrame:
    """Values with no catalog indicator, grouped by the phrase the text used (``subject``)."""
    obs = ensure_columns(observations, COLUMNS["observations"])
    un = obs[obs["indicator_id"].isna()].copy()
    cols = ["subject", "unit", "n_values", "n_reports", "example_quote", "example_cite"]
    if un.empty:
        return pd.DataFrame(columns=cols)
    un["cite"] = cite(un)
    un["subject"] = un["subject"].astype("object").fillna("(no subject)")
    un["unit"] = un["unit"].astype("object").fillna("")
    out = (
        un.groupby(["subject", "unit"], dropna=False)
        .agg(
            n_values=("obs_id", "size"),
            n_reports=("doc_id", "nunique"),
            example_quote=("quote", "first"),
            example_cite=("cite", "first"),
        )
        .reset_index()
        .sort_values(["n_values", "subject"], ascending=[False, True])
    )
    return out[cols].reset_index(drop=True)


def link_rates(observations: pd.DataFrame) -> pd.DataFrame:
    """Share of values linked to a catalog indicator, by unit."""
    obs = ensure_columns(observations, COLUMNS["observations"])
    if obs.empty:
        return pd.DataFrame(columns=["unit", "n_values", "n_linked", "linked_share"])
    out = (
        obs.assign(_linked=obs["indicator_id"].notna().astype(int),
                   unit=obs["unit"].astype("object").fillna("(none)"))
        .groupby("unit")
        .agg(n_values=("obs_id", "size"), n_linked=("_linked", "sum"))
        .reset_index()
    )
    out["linked_share"] = out["n_linked"] / out["n_values"]
    return out.sort_values("n_values", ascending=False).reset_index(drop=True)


def failed_files(manifest: pd.DataFrame) -> pd.DataFrame:
    """Raw files whose manifest status is not ``ok``, with the build's message."""
    man = ensure_columns(manifest, COLUMNS["manifest"])
    bad = man[man["status"].astype(str) != "ok"]
    return bad[["path", "bytes", "format", "encoding", "status", "message"]].reset_index(drop=True)


def quality_summary(
    observations: pd.DataFrame,
    documents: pd.DataFrame,
    checks: pd.DataFrame,
    manifest: pd.DataFrame,
) -> pd.DataFrame:
    """One row per quality finding: what was measured, the count, and out of how many."""
    obs = ensure_columns(observations, COLUMNS["observations"])
    docs = ensure_columns(documents, COLUMNS["documents"])
    chk = ensure_columns(checks, COLUMNS["checks"])
    man = ensure_columns(manifest, COLUMNS["manifest"])
    red = obs["redacted"].astype("boolean").fillna(False).astype(bool)
    rows = [
        ("masked values (x%, **%)", int(red.sum()), len(obs)),
        ("values not linked to an indicator", int(obs["indicator_id"].isna().sum()), len(obs)),
        ("counts beside a rate that do not reproduce it (pairing unverified)",
         len(unverified_pairings(chk, obs)), len(chk)),
        ("duplicate reports", len(duplicate_reports(docs)), len(docs)),
        ("raw files not read (manifest status ≠ ok)",
         int((man["status"].astype(str) != "ok").sum()), len(man)),
    ]
    out = pd.DataFrame(rows, columns=["finding", "count", "out_of"])
    out["share"] = (out["count"] / out["out_of"]).where(out["out_of"] > 0)
    return out
