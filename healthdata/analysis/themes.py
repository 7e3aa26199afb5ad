"""Which problems recur across bureaus.

Counts are of **bureaus**, not mentions: a bureau that lists three workforce problems counts
once for ``workforce``. A bureau is the report's named place, else its doc_id (an unnamed report
is its own bureau), and duplicate reports are dropped (see :mod:`healthdata.analysis.data`).
The denominator of each share is every bureau at that admin level in the corpus, including
bureaus whose reports admit no problem at all.

:func:`theme_level_test` asks, per theme, whether the share of bureaus raising it differs by
admin level: Fisher's exact test on the 2 × k table (exact for 2 × 2, Monte-Carlo permutation
for more levels), Holm-adjusted across themes (statsmodels). With a handful of bureaus per
level these tests have almost no power; the output says so in its ``caveat`` column.

Every function checks its table arguments: a table that lacks the columns that make it the
named table (two arguments swapped, a wrong table) raises :class:`TableArgumentError` naming
the argument, the missing columns and the table it looks like, instead of counting zeros.

:func:`uncovered_terms` lists the frequent words (jieba) of problem statements that no theme
keyword covers yet: where the theme vocabulary should grow.
"""
from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import pandas as pd
from scipy import stats
from statsmodels.stats.multitest import multipletests

from healthdata.analysis.data import (
    COLUMNS,
    bureau_levels,
    canonical_documents,
    cite,
    ensure_columns,
)

from healthdata.extract.problems import compiled_cues
from healthdata.normalize.themes import covered_by_vocabulary, jieba, theme_vocabulary

# The columns that make a table the one an argument names (the rest may be missing in a
# partial package and are filled in by ensure_columns).
KEY_COLUMNS: dict[str, tuple[str, ...]] = {
    "problems": ("problem_id", "doc_id", "text"),
    "problem_themes": ("problem_id", "theme_id"),
    "documents": ("doc_id", "doc_type"),
    "themes": ("theme_id", "name_zh"),
}


class TableArgumentError(ValueError):
    """A table argument is not the table it should be (wrong table, or two arguments swapped)."""


def looks_like(columns) -> str | None:
    """The data-package table most of ``columns`` belong to (ties: the one they cover most), if any."""
    have = set(columns)
    if not have:
        return None
    scores = {name: (len(have & set(cols)) / len(have), len(have & set(cols)) / len(cols))
              for name, cols in COLUMNS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best][0] >= 0.5 else None


def require_table(table, name: str, function: str, optional: bool = False) -> None:
    """Raise TableArgumentError unless ``table`` is a DataFrame with the key columns of ``name``."""
    if table is None and optional:
        return
    if not isinstance(table, pd.DataFrame):
        raise TableArgumentError(
            f"{function}(): argument `{name}` must be the {name} table (a pandas DataFrame), "
            f"got {type(table).__name__}"
        )
    missing = [c for c in KEY_COLUMNS[name] if c not in table.columns]
    if missing:
        guess = looks_like(table.columns)
        hint = f"; it looks like the {guess} table: were two arguments swapped?" if guess else ""
        raise TableArgumentError(
            f"{function}(): argument `{name}` must be the {name} table; the table given lacks "
            f"{', '.join(missing)}{hint}"
        )


def require_tables(function: str, problems, problem_themes, documents=None, themes=None,
                   need_documents: bool = True) -> None:
    """Check the usual table arguments of this module's functions."""
    require_table(problems, "problems", function)
    require_table(problem_themes, "problem_themes", function, optional=True)
    if need_documents:
        require_table(documents, "documents", function)
    require_table(themes, "themes", function, optional=True)


SMALL_SAMPLE_CAVEAT = (
    "Small samples: few bureaus per admin level, many expected cell counts below 5; "
    "a non-significant p-value here is not evidence that levels are alike."
)


def problem_theme_long(problems: pd.DataFrame, problem_themes: pd.DataFrame | None = None):
    """One row per problem × theme (from ``problem_themes``, else the ``themes`` column)."""
    require_tables("problem_theme_long", problems, problem_themes, need_documents=False)
    probs = ensure_columns(problems, COLUMNS["problems"])
    pt = None
    if problem_themes is not None and len(problem_themes):
        pt = ensure_columns(problem_themes, COLUMNS["problem_themes"])[["problem_id", "theme_id"]]
    else:
        rows = []
        for pid, themes in zip(probs["problem_id"], probs["themes"]):
            if isinstance(themes, str) and themes:
                rows += [{"problem_id": pid, "theme_id": t} for t in themes.split("|") if t]
        pt = pd.DataFrame(rows, columns=["problem_id", "theme_id"])
    pt = pt.drop_duplicates()
    return pt


def bureau_problems(problems: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Problems of non-duplicate reports with their bureau, admin level and citation."""
    require_tables("bureau_problems", problems, None, documents)
    probs = ensure_columns(problems, COLUMNS["problems"])
    docs = canonical_documents(documents)[["doc_id", "bureau", "title"]]
    levels = bureau_levels(documents)[["bureau", "admin_level"]]
    out = probs.assign(doc_id=probs["doc_id"].astype(str)).merge(
        docs.assign(doc_id=docs["doc_id"].astype(str)), on="doc_id", how="inner"
    )
    out = out.merge(levels, on="bureau", how="left")
    out["cite"] = cite(out)
    return out


def bureau_themes(
    problems: pd.DataFrame, problem_themes: pd.DataFrame | None, documents: pd.DataFrame
) -> pd.DataFrame:
    """One row per bureau × theme it raises: number of problems, and one cited example."""
    require_tables("bureau_themes", problems, problem_themes, documents)
    bp = bureau_problems(problems, documents)
    pt = problem_theme_long(problems, problem_themes)
    long = bp.merge(pt, on="problem_id", how="inner")
    cols = ["bureau", "admin_level", "theme_id", "n_problems", "example_text", "example_cite"]
    if long.empty:
        return pd.DataFrame(columns=cols)
    long = long.sort_values(["bureau", "theme_id", "source_file", "source_start"])
    out = (
        long.groupby(["bureau", "admin_level", "theme_id"], dropna=False)
        .agg(
            n_problems=("problem_id", "nunique"),
            example_text=("text", "first"),
            example_cite=("cite", "first"),
        )
        .reset_index()
    )
    return out[cols]


def theme_frequency(
    problems: pd.DataFrame,
    problem_themes: pd.DataFrame | None,
    documents: pd.DataFrame,
    themes: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Bureaus raising each theme, per admin level and overall (``admin_level == "all"``)."""
    require_tables("theme_frequency", problems, problem_themes, documents, themes)
    bt = bureau_themes(problems, problem_themes, documents)
    levels = bureau_levels(documents)
    theme_ids = sorted(set(bt["theme_id"].astype(str)))
    if themes is not None and len(themes):
        theme_ids = sorted(set(theme_ids) | set(themes["theme_id"].astype(str)))
    level_sizes = levels.groupby("admin_level").size().to_dict()
    level_sizes["all"] = len(levels)
    rows = []
    for tid in theme_ids:
        sub = bt[bt["theme_id"].astype(str) == tid]
        for level, n_level in level_sizes.items():
            raising = sub if level == "all" else sub[sub["admin_level"] == level]
            n = raising["bureau"].nunique()
            rows.append(
                {
                    "theme_id": tid,
                    "admin_level": level,
                    "n_bureaus": n,
                    "n_bureaus_at_level": n_level,
                    "share": n / n_level if n_level else np.nan,
                    "n_problems": int(raising["n_problems"].sum()),
                }
            )
    out = pd.DataFrame(
        rows,
        columns=["theme_id", "admin_level", "n_bureaus", "n_bureaus_at_level", "share",
                 "n_problems"],
    )
    if themes is not None and len(themes):
        names = ensure_columns(themes, COLUMNS["themes"])[["theme_id", "name_zh", "name_en"]]
        out = out.merge(names, on="theme_id", how="left")
    else:
        out["name_zh"] = out["theme_id"]
        out["name_en"] = out["theme_id"]
    return out


def theme_examples(problems: pd.DataFrame, problem_themes: pd.DataFrame | None,
                   documents: pd.DataFrame, per_theme: int = 3) -> pd.DataFrame:
    """Up to ``per_theme`` example problems per theme, each from a different bureau, with cites.

    Columns: theme_id, bureau, text, cite (``file:start-end`` of the problem in its raw file).
    """
    require_tables("theme_examples", problems, problem_themes, documents)
    bp = bureau_problems(problems, documents)
    long = bp.merge(problem_theme_long(problems, problem_themes), on="problem_id", how="inner")
    cols = ["theme_id", "bureau", "text", "cite"]
    if long.empty:
        return pd.DataFrame(columns=cols)
    long = long.sort_values(["theme_id", "bureau", "source_file", "source_start"])
    one_per_bureau = long.drop_duplicates(["theme_id", "bureau"])
    return one_per_bureau.groupby("theme_id").head(per_theme)[cols].reset_index(drop=True)


def unthemed_share(problems: pd.DataFrame, problem_themes: pd.DataFrame | None) -> tuple[int, int, float]:
    """(problems with no theme, all problems, their share; NaN when there are no problems)."""
    require_tables("unthemed_share", problems, problem_themes, need_documents=False)
    n = len(problems)
    themed = set(problem_theme_long(problems, problem_themes)["problem_id"])
    n_unthemed = int((~problems["problem_id"].isin(themed)).sum())
    return n_unthemed, n, (n_unthemed / n if n else float("nan"))


def unthemed_problems(problems: pd.DataFrame, problem_themes: pd.DataFrame | None,
                      documents: pd.DataFrame) -> pd.DataFrame:
    """Problems no theme explains (kept, and counted, for the vocabulary's upkeep)."""
    require_tables("unthemed_problems", problems, problem_themes, documents)
    bp = bureau_problems(problems, documents)
    pt = problem_theme_long(problems, problem_themes)
    out = bp[~bp["problem_id"].isin(set(pt["problem_id"]))]
    return out[["problem_id", "bureau", "doc_id", "text", "cite"]].reset_index(drop=True)


def theme_cooccurrence(
    problems: pd.DataFrame, problem_themes: pd.DataFrame | None, documents: pd.DataFrame
) -> pd.DataFrame:
    """Pairs of themes raised by the same bureau: ``n_bureaus`` raising both (long form,
    both orders, and the diagonal = bureaus raising the theme)."""
    require_tables("theme_cooccurrence", problems, problem_themes, documents)
    bt = bureau_themes(problems, problem_themes, documents)
    sets = bt.groupby("bureau")["theme_id"].apply(lambda s: sorted(set(map(str, s))))
    counts: dict[tuple[str, str], int] = {}
    for themes in sets:
        for t in themes:
            counts[(t, t)] = counts.get((t, t), 0) + 1
        for a, b in itertools.combinations(themes, 2):
            counts[(a, b)] = counts.get((a, b), 0) + 1
            counts[(b, a)] = counts.get((b, a), 0) + 1
    rows = [{"theme_a": a, "theme_b": b, "n_bureaus": n} for (a, b), n in counts.items()]
    out = pd.DataFrame(rows, columns=["theme_a", "theme_b", "n_bureaus"])
    return out.sort_values(["theme_a", "theme_b"]).reset_index(drop=True)


def theme_level_test(
    problems: pd.DataFrame,
    problem_themes: pd.DataFrame | None,
    documents: pd.DataFrame,
    n_resamples: int = 4999,
    seed: int = 0,
    include_unknown: bool = False,
) -> pd.DataFrame:
    """Per theme: does the share of bureaus raising it differ by admin level?

    Builds the 2 × k table (raises / does not) × admin level over bureaus and runs Fisher's
    exact test (Monte-Carlo permutation p-value when k > 2). ``p_holm`` adjusts across
    themes. Levels ``unknown`` are left out unless ``include_unknown``. Every row carries the
    small-sample ``caveat`` and ``min_expected`` (smallest expected cell count).
    """
    require_tables("theme_level_test", problems, problem_themes, documents)
    cols = ["theme_id", "levels", "table", "test", "statistic", "p_value", "p_holm",
            "min_expected", "n_bureaus", "caveat"]
    levels = bureau_levels(documents)
    if not include_unknown:
        levels = levels[levels["admin_level"] != "unknown"]
    level_names = sorted(levels["admin_level"].unique())
    bt = bureau_themes(problems, problem_themes, documents)
    if len(level_names) < 2 or bt.empty:
        out = pd.DataFrame(columns=cols)
        out.attrs["caveat"] = SMALL_SAMPLE_CAVEAT
        return out
    sizes = levels.groupby("admin_level").size().reindex(level_names).to_numpy()
    rows = []
    for tid, sub in bt.groupby("theme_id"):
        raising = (
            sub[sub["bureau"].isin(set(levels["bureau"]))]
            .groupby("admin_level")["bureau"].nunique()
            .reindex(level_names, fill_value=0)
            .to_numpy()
        )
        table = np.vstack([raising, sizes - raising])
        if table[0].sum() == 0 or table[1].sum() == 0:
            stat, p, test = np.nan, 1.0, "none (no variation)"
        elif len(level_names) == 2:
            res = stats.fisher_exact(table)
            stat, p, test = float(res.statistic), float(res.pvalue), "Fisher exact 2x2"
        else:
            res = stats.fisher_exact(
                table,
                method=stats.PermutationMethod(
                    n_resamples=n_resamples, rng=np.random.default_rng(seed)
                ),
            )
            stat, p = float(res.statistic), float(res.pvalue)
            test = f"Fisher exact 2x{len(level_names)} (permutation, {n_resamples} resamples)"
        expected = np.outer(table.sum(1), table.sum(0)) / table.sum()
        rows.append(
            {
                "theme_id": tid,
                "levels": "|".join(level_names),
                "table": "; ".join(
                    f"{lvl} {r}/{n}" for lvl, r, n in zip(level_names, raising, sizes)
                ),
                "test": test,
                "statistic": stat,
                "p_value": p,
                "min_expected": float(expected.min()),
                "n_bureaus": int(sizes.sum()),
                "caveat": SMALL_SAMPLE_CAVEAT,
            }
        )
    out = pd.DataFrame(rows)
    out["p_holm"] = multipletests(out["p_value"].to_numpy(), method="holm")[1]
    out = out[cols].sort_values("p_value").reset_index(drop=True)
    out.attrs["caveat"] = SMALL_SAMPLE_CAVEAT
    return out


# ---------------------------------------------------------------- where the vocabulary should grow


@lru_cache(maxsize=1)
def discovery_stop_terms() -> frozenset[str]:
    """Terms keyword discovery never proposes (from ``themes.yaml``)."""
    return frozenset(str(t) for t in theme_vocabulary().get("discovery_stop_terms", []))


def is_admission_wording(term: str) -> bool:
    """Whether the term is problem wording (薄弱, 差距, 有待) rather than a topic."""
    cues = compiled_cues()
    return bool(cues.weak.search(term) or cues.lead_in.search(term) or cues.resolved.search(term))


def is_content_term(term: str) -> bool:
    """A term worth showing: at least two CJK characters, not a stop term, not problem wording."""
    return (
        len(term) >= 2
        and all("\u4e00" <= c <= "\u9fff" for c in term)
        and term not in discovery_stop_terms()
        and not is_admission_wording(term)
    )


def uncovered_terms(problem_texts: Iterable[str], top: int = 30) -> pd.DataFrame:
    """Frequent jieba words of problem texts that no theme keyword covers yet.

    Columns: term, count (occurrences), n_problems (texts containing it), example (first text),
    most frequent first.  Texts are read through the matching view, so Traditional text and
    paraphrases are folded.  ``problem_texts`` is a sequence of texts (e.g. ``problems["text"]``).
    """
    from healthdata.textnorm import matching_text

    if isinstance(problem_texts, (pd.DataFrame, str)):
        raise TableArgumentError(
            "uncovered_terms(): argument `problem_texts` must be a sequence of problem texts "
            f"(e.g. problems['text']), got a {type(problem_texts).__name__}"
        )
    counts: Counter = Counter()
    docs: Counter = Counter()
    example: dict[str, str] = {}
    for text in problem_texts:
        if not isinstance(text, str) or not text:
            continue
        terms = [w for w in jieba().lcut(matching_text(text)) if is_content_term(w)]
        counts.update(terms)
        for w in set(terms):
            docs[w] += 1
            example.setdefault(w, text)
    rows = [
        {"term": w, "count": c, "n_problems": docs[w], "example": example[w]}
        for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], -docs[kv[0]], kv[0]))
        if not covered_by_vocabulary(w)
    ]
    return pd.DataFrame(rows[:top], columns=["term", "count", "n_problems", "example"])
