"""Theme vocabulary for problem statements: load it, match it, and find what it misses.

The vocabulary is data (``healthdata/vocab/themes.yaml``): theme ids (those of the shared
``themes.csv``), Chinese and English names, a public description and keywords.  Keywords are
matched on the *matching text* (see :mod:`healthdata.textnorm`), so offsets of a match are
offsets in the raw text.  A keyword may contain ``…``, a short gap inside one clause.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources

import pandas as pd
import yaml

__all__ = ["load_themes", "themes_for", "uncovered_terms", "theme_vocabulary"]

GAP = "…"
CLAUSE_PUNCT = ",。;:!?、\n"


@lru_cache(maxsize=1)
def theme_vocabulary() -> dict:
    """The parsed ``themes.yaml`` (``gap_max_chars`` and the list of ``themes``)."""
    path = resources.files("healthdata.vocab").joinpath("themes.yaml")
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def load_themes() -> pd.DataFrame:
    """The ``themes`` table: theme_id, name_zh, name_en, description, keywords ('|'-joined)."""
    rows = [
        {
            "theme_id": t["id"],
            "name_zh": t["name_zh"],
            "name_en": t["name_en"],
            "description": " ".join(str(t["description"]).split()),
            "keywords": "|".join(str(k) for k in t["keywords"]),
        }
        for t in theme_vocabulary()["themes"]
    ]
    return pd.DataFrame(rows, columns=["theme_id", "name_zh", "name_en", "description", "keywords"])


def keyword_pattern(keyword: str, gap_max_chars: int) -> str:
    """Regex source for one keyword; ``…`` becomes a gap of non-punctuation characters."""
    gap = f"[^{re.escape(CLAUSE_PUNCT)}]{{0,{gap_max_chars}}}?"
    return gap.join(re.escape(part) for part in keyword.split(GAP))


@lru_cache(maxsize=1)
def compiled_themes() -> tuple[tuple[str, re.Pattern, re.Pattern | None], ...]:
    """(theme_id, keyword regex with a named group per keyword, exclude regex or None) per theme."""
    vocab = theme_vocabulary()
    gap_max = int(vocab.get("gap_max_chars", 6))
    out = []
    for theme in vocab["themes"]:
        keywords = sorted({str(k) for k in theme["keywords"]}, key=len, reverse=True)
        rx = re.compile("|".join(f"(?:{keyword_pattern(k, gap_max)})" for k in keywords))
        excludes = theme.get("exclude") or []
        ex = re.compile("|".join(re.escape(e) for e in excludes)) if excludes else None
        out.append((theme["id"], rx, ex))
    return tuple(out)


def inside_excluded(text: str, start: int, end: int, exclude: re.Pattern | None) -> bool:
    """Whether the match [start, end) lies inside a phrase the theme excludes."""
    if exclude is None:
        return False
    return any(m.start() <= start and end <= m.end() for m in exclude.finditer(text))


def themes_for(text_match: str) -> list[tuple[str, str, int, int]]:
    """Theme evidence in a (matching-text) string: [(theme_id, keyword as found, rel_start, rel_end)].

    Every non-overlapping keyword match of every theme is returned, ordered by position; a theme
    appears once per match.  An empty list means no theme explains the text.
    """
    found = []
    for theme_id, rx, exclude in compiled_themes():
        for m in rx.finditer(text_match):
            if m.end() > m.start() and not inside_excluded(text_match, m.start(), m.end(), exclude):
                found.append((theme_id, m.group(0), m.start(), m.end()))
    return sorted(found, key=lambda f: (f[2], f[3], f[0]))


def theme_ids(evidence: list[tuple[str, str, int, int]]) -> list[str]:
    """Distinct theme ids of an evidence list, in order of first appearance."""
    return list(dict.fromkeys(e[0] for e in evidence))


# ---------------------------------------------------------------- keyword discovery

@lru_cache(maxsize=1)
def discovery_stop_terms() -> frozenset[str]:
    """Terms keyword discovery never proposes (from ``themes.yaml``)."""
    return frozenset(str(t) for t in theme_vocabulary().get("discovery_stop_terms", []))


def _jieba():
    import jieba

    jieba.setLogLevel(60)
    return jieba


def is_admission_wording(term: str) -> bool:
    """Whether the term is problem wording (薄弱, 差距, 有待) rather than a topic."""
    from healthdata.extract.problems import compiled_cues  # late: extract.problems imports this module

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


def covered_by_vocabulary(term: str) -> bool:
    """Whether a theme keyword matches the term or the term is part of a keyword."""
    if themes_for(term):
        return True
    return any(term in k.replace(GAP, "") for t in theme_vocabulary()["themes"] for k in map(str, t["keywords"]))


def uncovered_terms(problem_texts: list[str], top: int = 30) -> pd.DataFrame:
    """Frequent jieba terms of problem texts that no theme keyword covers yet.

    Columns: term, count (occurrences), n_problems (texts containing it), example (first text),
    most frequent first.  Texts are read through the matching view, so paraphrases are folded.
    """
    from healthdata.textnorm import matching_text

    jieba = _jieba()
    counts: Counter = Counter()
    docs: Counter = Counter()
    example: dict[str, str] = {}
    for text in problem_texts:
        if not isinstance(text, str) or not text:
            continue
        terms = [w for w in jieba.lcut(matching_text(text)) if is_content_term(w)]
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
