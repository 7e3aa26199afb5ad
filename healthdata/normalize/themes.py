"""Theme vocabulary for problem statements: load it, match it, and find what it misses.

The vocabulary is data (``healthdata/vocab/themes.yaml``): theme ids (those of the shared
``themes.csv``), Chinese and English names, a public description and keywords.  Keywords are
matched on the *matching text* (see :mod:`healthdata.textnorm`), so offsets of a match are
offsets in the raw text.  A keyword may contain ``…``, a short gap inside one clause.

A keyword counts only where it respects the words of the text: the text is cut into words by
jieba, and a match that begins inside one word and ends inside another (乡医 across 城乡|医疗)
is a coincidence of characters, not the keyword.  A match inside one word (人员 in 医务人员), or
one with at least one end on a word boundary (jieba's words are not always a reader's:
执法|力量薄弱), counts.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from importlib import resources

import pandas as pd
import yaml

from healthdata.fastsearch import match_starts

__all__ = ["load_themes", "themes_for", "theme_ids", "theme_vocabulary", "covered_by_vocabulary", "word_index"]

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
    """(theme_id, keyword regex, exclude regex or None) per theme.  The keyword regex finds every
    position where a keyword starts (see :func:`healthdata.fastsearch.match_starts`), its group 1
    the longest keyword starting there, so that matches overlapping a rejected one are still seen."""
    vocab = theme_vocabulary()
    gap_max = int(vocab.get("gap_max_chars", 6))
    out = []
    for theme in vocab["themes"]:
        keywords = sorted({str(k) for k in theme["keywords"]}, key=len, reverse=True)
        rx = match_starts("|".join(f"(?:{keyword_pattern(k, gap_max)})" for k in keywords))
        excludes = theme.get("exclude") or []
        ex = re.compile("|".join(re.escape(e) for e in excludes)) if excludes else None
        out.append((theme["id"], rx, ex))
    return tuple(out)


def excluded_spans(text: str, exclude: re.Pattern | None) -> list[tuple[int, int]]:
    """Spans of the phrases a theme excludes, in text order (they do not overlap)."""
    return [] if exclude is None else [(m.start(), m.end()) for m in exclude.finditer(text)]


def inside_any_span(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the sorted, non-overlapping ``spans``."""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def jieba():
    """The jieba module, quiet."""
    import jieba as jb

    jb.setLogLevel(60)
    return jb


def word_index(text: str) -> list[int]:
    """For each character of ``text``, the index of the jieba word it belongs to."""
    out: list[int] = []
    for i, word in enumerate(jieba().lcut(text, HMM=True)):
        out.extend([i] * len(word))
    return out


@lru_cache(maxsize=4096)
def clause_word_index(clause: str) -> tuple[int, ...]:
    """:func:`word_index` of one clause, remembered: stock clauses recur across reports (a
    bureau's summaries from year to year, pages reposted by several sites), and cutting words is
    most of what theming costs."""
    return tuple(word_index(clause))


def straddles_words(words: list[int], start: int, end: int) -> bool:
    """Whether [start, end) begins inside one word and ends inside another, neither end on a boundary."""
    first, last = words[start], words[end - 1]
    if first == last:
        return False
    starts_word = start == 0 or words[start - 1] != first
    ends_word = end == len(words) or words[end] != last
    return not starts_word and not ends_word


CLAUSE_BREAK = re.compile(f"[{re.escape(CLAUSE_PUNCT)}]")


class ClauseWords:
    """Which keyword matches of one text straddle two of jieba's words, cutting only the clauses
    that hold a match.

    jieba never makes a word across clause punctuation (it cuts its input into runs of word
    characters first), so the words of a clause are the same whether jieba cuts the clause or
    the whole text; a match that begins or ends at a clause edge has that end on a word boundary
    and needs no cutting at all.
    """

    def __init__(self, text: str):
        self.text = text
        self.breaks = [m.start() for m in CLAUSE_BREAK.finditer(text)]

    def clause_around(self, start: int, end: int) -> tuple[int, int]:
        """The span between the clause punctuation before ``start`` and the one at or after ``end``."""
        i = bisect.bisect_left(self.breaks, start)
        j = bisect.bisect_left(self.breaks, end)
        return (self.breaks[i - 1] + 1 if i else 0), (self.breaks[j] if j < len(self.breaks) else len(self.text))

    def straddles(self, start: int, end: int) -> bool:
        """:func:`straddles_words` for the match [start, end) of the text."""
        a, b = self.clause_around(start, end)
        if start == a or end == b:
            return False
        return straddles_words(clause_word_index(self.text[a:b]), start - a, end - a)


def themes_for(text_match: str) -> list[tuple[str, str, int, int]]:
    """Theme evidence in a (matching-text) string: [(theme_id, keyword as found, rel_start, rel_end)].

    Every non-overlapping keyword match of every theme is returned, ordered by position; a theme
    appears once per match.  An empty list means no theme explains the text.
    """
    found = []
    words = ClauseWords(text_match)
    for theme_id, rx, exclude in compiled_themes():
        excluded = None
        taken_to = 0  # end of the last accepted match of this theme: matches do not overlap
        for m in rx.finditer(text_match):
            start, end = m.span(1)
            if start < taken_to or end == start:
                continue
            excluded = excluded_spans(text_match, exclude) if excluded is None else excluded
            if inside_any_span(excluded, start, end):
                continue
            if not words.straddles(start, end):
                found.append((theme_id, m.group(1), start, end))
                taken_to = end
    return sorted(found, key=lambda f: (f[2], f[3], f[0]))


def theme_ids(evidence: list[tuple[str, str, int, int]]) -> list[str]:
    """Distinct theme ids of an evidence list, in order of first appearance."""
    return list(dict.fromkeys(e[0] for e in evidence))


def covered_by_vocabulary(term: str) -> bool:
    """Whether a theme keyword matches the term or the term is part of a keyword."""
    if themes_for(term):
        return True
    return any(term in k.replace(GAP, "") for t in theme_vocabulary()["themes"] for k in map(str, t["keywords"]))
