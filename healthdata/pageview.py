"""A cleaned view of a page's text, with an offset map back to the raw text.

Real sites reshape report text: pinyin printed after characters (``卫(wèi)生``), a space between
every two characters, hard line breaks every few dozen characters (PDF copies) with the sharing
site's chunk numbers (``1、 2、``) at the breaks, whole reports on one line.  Segmentation and
extraction run on the *view*, in which these are undone, and every span found in the view is
mapped back to the raw characters it covers (:meth:`PageView.raw_span`), so that every number in a
table still points at its characters in the raw file.

The view only deletes raw characters and inserts line breaks (and, for an HTML page, the `` | ``
between a row's cells, a space for a line break of the markup's source and an entity's character
for the entity); it never rewrites a character of text, so the raw text between two mapped offsets
always holds what the view showed (plus what was removed in between: pinyin, spacing, chunk
numbers, the site's line breaks, markup).  An HTML page's raw text is its markup: offsets point into
the page as the annotation standard counts them.  The signals are in
``vocab/pageview.yaml``; each names the general page shape it stands for.
"""
from __future__ import annotations

import math
import os
import re
import sys
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache, wraps

import numpy as np

from healthdata import fastsearch
from healthdata.linewidths import typeset_widths
from healthdata.segment import LinePatterns, page_matching_text, table_row_pattern
from healthdata.textnorm import fold_forms, zero_width_spans
from healthdata.vocab import load_yaml

__all__ = ["PageView", "page_view", "identity_view", "apply_edits", "without_spans"]

Edit = tuple[int, int, str]  # replace text[a:b] by the string ("" deletes, a == b inserts)


@dataclass(frozen=True)
class PageView:
    """``text`` is the cleaned view of ``raw``.

    ``starts[i]`` is the raw offset of view character ``i`` (an inserted line break: the raw
    offset of the next kept character), ``ends[e]`` the raw offset just after view character
    ``e - 1`` (an inserted break: just after the previous kept character).  ``None`` for both when
    the view is the raw text itself.
    """

    raw: str
    text: str
    starts: np.ndarray | None = None
    ends: np.ndarray | None = None

    @property
    def is_identity(self) -> bool:
        return self.starts is None

    def raw_offset(self, pos: int) -> int:
        """Raw offset of a start position in the view."""
        return pos if self.starts is None else int(self.starts[pos])

    def raw_end(self, pos: int) -> int:
        """Raw offset of an end position in the view."""
        return pos if self.ends is None else int(self.ends[pos])

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span covering the view span ``[start, end)``."""
        if self.starts is None:
            return start, end
        s, e = int(self.starts[start]), int(self.ends[end])
        return s, max(s, e)


def identity_view(raw: str) -> PageView:
    return PageView(raw, raw)


def apply_edits(text: str, edits: list[Edit]) -> tuple[str, np.ndarray, np.ndarray]:
    """(new text, starts, ends) after the sorted, non-overlapping ``edits``; maps into ``text``."""
    pieces, starts, ends = [], [], [np.zeros(1, dtype=np.int64)]
    pos = 0
    for a, b, rep in edits:
        pieces.append(text[pos:a])
        starts.append(np.arange(pos, a, dtype=np.int64))
        ends.append(np.arange(pos + 1, a + 1, dtype=np.int64))
        if rep:  # inserted characters cover no raw text; a replacement (an entity's character) covers a:b
            pieces.append(rep)
            starts.append(np.full(len(rep), a if a < b else b, dtype=np.int64))
            ends.append(np.full(len(rep), b if a < b else a, dtype=np.int64))
        pos = b
    pieces.append(text[pos:])
    starts.append(np.arange(pos, len(text) + 1, dtype=np.int64))
    ends.append(np.arange(pos + 1, len(text) + 1, dtype=np.int64))
    return "".join(pieces), np.concatenate(starts), np.concatenate(ends)


def _compose(view: PageView, edits: list[Edit]) -> PageView:
    if not edits:
        return view
    text, starts, ends = apply_edits(view.text, edits)
    if view.starts is not None:
        starts, ends = view.starts[starts], view.ends[ends]
    return PageView(view.raw, text, starts, ends)


class Gated:
    """A pattern with its gate (``pageview.yaml`` ``gates``): a part every match holds.  ``finditer``
    gives what the pattern's own gives, without scanning text that holds no gate.  The gate of a pattern
    scanned over whole pages is looked up in :func:`page_gates` (the gates of all such patterns found in one
    scan of the page); the gate of a pattern scanned line by line in :func:`line_gates` (the lines holding
    it, found in one scan of the page), then searched in the line; the others are searched in the text or
    part of it they are given."""

    def __init__(self, rx: re.Pattern, gate: str, name: str | None = None):  # name: the gate's in pageview.yaml
        self.rx, self.name = rx, name
        self.per_page, self.per_line = name in PER_PAGE_GATES, name in PER_LINE_GATES
        self.found = gated_search(gate)
        # (rx.finditer, through the first characters of its matches where re would try it at every position)
        self.scan = fastsearch.quick(rx).finditer

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        if pos == 0 and endpos == sys.maxsize:
            found = self.name in page_gates(text) if self.per_page else self.found(text) is not None
        elif self.per_line and _line_ends(text).get(pos) == endpos:
            found = self.name in line_gates(text).get(pos, ()) and self.found(text, pos, endpos) is not None
        else:
            found = self.found(text, pos, endpos) is not None
        return self.scan(text, pos, endpos) if found else iter(())


def gated_search(source: str):
    """``search`` of the regex ``source``, skipping to the characters a match can start with
    (:func:`healthdata.fastsearch.first_characters`; a line break among them): at each of them a
    lookbehind re-reads it and asserts that ``source`` matches from there.  It finds a match (the
    gate's one character) where and only where the plain search finds one."""
    first = fastsearch.first_characters(source)
    if not first:
        return re.compile(source).search
    return re.compile(_gate_source(first, source)).search


def _gate_source(first: frozenset[str], inner: str) -> str:
    """One of the characters ``first``, then a lookbehind re-reading it (a line break too) and asserting
    that ``inner`` matches from there."""
    return fastsearch.gate_source(first, f"(?:{inner})")


def dispatched_search(alternatives: list[str]):
    """:func:`gated_search` of the alternation of ``alternatives``, dispatched on the character a
    match starts with: at a character that can start a match, only the alternatives able to start
    with it are tried (the characters in groups of about sqrt(n), one set test per group).  A plain
    gated search of the alternation when the first characters of one of them are unknown."""
    by_character: dict[str, list[str]] = {}
    for alt in alternatives:
        first = fastsearch.first_characters(alt)
        if not first:
            return gated_search("|".join(f"(?:{a})" for a in alternatives))
        for ch in first:
            by_character.setdefault(ch, []).append(alt)
    chars = sorted(by_character)
    leaves = [_gate_source(frozenset(ch), "|".join(f"(?:{a})" for a in by_character[ch])) for ch in chars]
    size = max(1, math.isqrt(len(leaves)))
    groups = [_gate_source(frozenset(chars[k:k + size]), "|".join(leaves[k:k + size]))
              for k in range(0, len(leaves), size)]
    return re.compile(_gate_source(frozenset(chars), "|".join(groups))).search


class GateFamily:
    """Gates searched together: :meth:`present` gives which of them occur in a text, from one scan of
    it (the alternation of all of them, skipping to the characters their matches start with) instead
    of one scan per gate."""

    def __init__(self, gates: dict[str, str]):
        self.search = dispatched_search(list(gates.values()))
        # the gates that can match at a character (each tried where the alternation matches)
        self.by_character: dict[str, list[tuple[str, object]]] = {}
        for name, g in gates.items():
            first = fastsearch.first_characters(g)
            if not first:
                raise ValueError(f"the gate {name} must start with known characters: {g!r}")
            for ch in first:
                self.by_character.setdefault(ch, []).append((name, re.compile(g).match))
        self.size = len(gates)

    def present(self, text: str) -> frozenset[str]:
        """The names of the gates that match somewhere in ``text``: at each position where the
        alternation matches, the gates that match there (each is found at its leftmost match)."""
        found: set[str] = set()
        pos = 0
        while len(found) < self.size:
            m = self.search(text, pos)
            if m is None:
                break
            at = m.start()
            found.update(name for name, match in self.by_character[text[at]] if name not in found and match(text, at))
            pos = at + 1
        return frozenset(found)

    def positions(self, text: str):
        """(position, names of the gates matching there) for every position of ``text`` where one of them matches."""
        pos = 0
        while (m := self.search(text, pos)) is not None:
            at = m.start()
            yield at, [name for name, match in self.by_character[text[at]] if match(text, at)]
            pos = at + 1


@lru_cache(maxsize=4)
def page_gates(text: str) -> frozenset[str]:
    """The names of the per-page gates (:class:`Gated`) that ``text`` holds, remembered for the last
    texts: the passes of the page view scan the same text in turn while it stays unchanged."""
    return _page_gate_family().present(text)


@lru_cache(maxsize=1)
def _page_gate_family() -> GateFamily:
    gates = vocabulary()["gates"]
    return GateFamily({name: gates[name] for name in PER_PAGE_GATES})


# the patterns scanned over a whole page (their gates are found together by page_gates); the other gated
# patterns are searched line by line (line_break_edits, lead_in_title_breaks)
PER_PAGE_GATES = (
    "pinyin_after_character", "number_cut", "line_number_cut", "unit_word_cut", "link_word_cut", "page_break_cut",
    "inline_page_break_cut", "cms_page_break_tag_cut", "running_head_page_break_cut", "page_number_at_line_end_cut",
    "inline_page_number_before_sign", "inline_page_mark_cut", "inline_running_head_cut", "line_count_cut",
    "rate_sign_cut", "count_word_cut", "link_value_cut", "inline_navigation_trail", "inline_trail_title",
    "inline_page_counter_start", "inline_page_counter_end", "inline_page_counter_mid_sentence_end", "inline_page_number_start",
    "inline_page_number_end", "inline_running_head_end", "inline_notice_end", "inline_furniture_start",
    "inline_furniture_end", "inline_dateline", "inline_date_label", "inline_links_after_text", "inline_counter_end",
    "inline_labelled_date_end", "inline_date_after_title", "inline_closing", "inline_page_end_note_start",
    "inline_page_end_note_end", "inline_excerpt_note", "spaced_counter_end", "spaced_date_end",
)


# the patterns line_break_edits scans every line with (the lines holding their gates are found by line_gates; the
# patterns it scans the lines of a whole report with, glued_heading_line_chars long, search their gates in each)
PER_LINE_GATES = (
    "inline_break_before", "inline_marker_after_space", "inline_bullet_break", "glued_section_label", "glued_signature",
    "glued_speaker_label", "glued_entry_opening", "chapter_heading_then_item", "title_inside_line", "excerpt_title",
)


@lru_cache(maxsize=4)
def line_gates(text: str) -> dict[int, frozenset[str]]:
    """The start of each line of ``text`` that may hold a per-line gate (:class:`Gated`), with the names of those it
    may hold, remembered for the last texts.  The gates are searched together through the whole text, in one scan
    (:class:`GateFamily`; a gate whose first characters are unknown on its own, skipping to the next line where it
    is found); a gate found in a line by a search of the line alone is found in it so (a gate holds no anchor, and
    reads no line break where the line's end would stop it: ``fastsearch.context_free``), so no line holding one is
    missed (a line named may still hold none: a gate match reaching over a line break)."""
    starts = [s for s, _ in _line_spans(text)]
    family, alone = _line_gate_family()
    out: dict[int, set[str]] = {}
    for at, names in family.positions(text):
        out.setdefault(starts[bisect_right(starts, at) - 1], set()).update(names)
    for name, search in alone:
        pos = 0
        while (m := search(text, pos)) is not None:
            k = bisect_right(starts, m.start()) - 1
            out.setdefault(starts[k], set()).add(name)
            pos = starts[k + 1] if k + 1 < len(starts) else len(text) + 1
    return {s: frozenset(names) for s, names in out.items()}


@lru_cache(maxsize=1)
def _line_gate_family() -> tuple[GateFamily, tuple[tuple[str, object], ...]]:
    """The per-line gates searched together, and (name, search) of those whose first characters are unknown; each
    must read no line break a line's end stops."""
    gates = {name: vocabulary()["gates"][name] for name in PER_LINE_GATES}
    for name, gate in gates.items():
        if not fastsearch.context_free(gate, "\n"):
            raise ValueError(f"the per-line gate {name} reads past a line's end: {gate!r}")
    known = {name: gate for name, gate in gates.items() if fastsearch.first_characters(gate)}
    return GateFamily(known), tuple((name, re.compile(gate).search) for name, gate in gates.items() if name not in known)


@lru_cache(maxsize=4)
def _line_ends(text: str) -> dict[int, int]:
    """The end of each line of ``text`` by its start."""
    return dict(_line_spans(text))


def _gated(v: dict, name: str, rx: re.Pattern) -> Gated:
    return Gated(rx, v["gates"][name], name)


def vocabulary() -> dict:
    """``pageview.yaml`` with the shared words put into its patterns (``{report_word}`` from
    ``segment.yaml``, ``{article_number}``)."""
    raw = load_yaml("pageview.yaml")
    words = {"{report_word}": load_yaml("segment.yaml")["report_word"], "{article_number}": raw["article_number"],
             "{site_notice}": raw["site_notice"]}
    return {k: _with_words(p, words) if isinstance(p, str) else p for k, p in raw.items()}


@lru_cache(maxsize=1)
def _v():
    v = vocabulary()
    seg = load_yaml("segment.yaml")
    han = v["han"]
    return {
        "pinyin": _gated(v, "pinyin_after_character", re.compile(f"(?<=[{han}])" + v["pinyin_after_character"])),
        "space_run": re.compile(r"[ \t\u3000\u00a0]+"),
        "join_between": re.compile(v["space_joins"]),
        "field_label": re.compile(v["field_label"]),
        "number_spaces": re.compile("|".join(f"(?:{p})" for p in v["number_spaces"])),
        "spaced_share": float(v["spaced_page_share"]),
        "spaced_line_min": int(v["spaced_line_min_chars"]),
        "spaced_lines_min": int(v["spaced_lines_min"]),
        "spaced_stretch": re.compile(r"(?<![^\s])(?:[^\s] ){%d,}[^\s](?![^\s])" % (int(v["spaced_stretch_min_chars"]) - 1)),
        "chunk": re.compile(v["chunk_marker"], re.M),
        "chunk_min": int(v["chunk_run_min"]),
        "bare_chunk": re.compile(v["bare_chunk_number"], re.M),
        "bracket_number": re.compile(r"\[(?P<n>\d{1,4})\]"),
        "inline_bracket_chunk": re.compile(v["inline_bracket_chunk"]),
        "inline_bracket_chunk_after_sentence": re.compile(v["inline_bracket_chunk_after_sentence"]),
        "inline_page_mark": re.compile(v["inline_page_mark"]),
        "repeated_head_min": int(v["repeated_head_min_chars"]),
        "repeated_head_max": int(v["repeated_head_max_chars"]),
        "sentence_end_chars": v["sentence_end"],
        "running_head_end": re.compile(v["running_head_end"]),
        "chunk_short_min": int(v["chunk_run_short_min"]),
        "glued_chunk_mark": re.compile(v["glued_chunk_mark"]),
        "chunk_cut_signs": (v["chunk_cut_signs_after_digit"], v["chunk_cut_signs_between_digits"]),
        "number_cut": _gated(v, "number_cut", re.compile(v["number_cut"])),
        "line_number_cut": _gated(v, "line_number_cut", re.compile(v["line_number_cut"])),
        "unit_words": tuple(v["unit_words_cut_by_wrap"]),
        "unit_word_cut": _gated(v, "unit_word_cut", re.compile(
            r"(?<=\d)[ \t\u3000]*" + word_cut_pattern(v["unit_words_cut_by_wrap"]))),
        "link_words": tuple(v["link_words_cut_by_wrap"]),
        "link_word_cut": _gated(v, "link_word_cut", re.compile(
            f"(?<=[{v['han']}，,、；;%‰])" + word_cut_pattern(v["link_words_cut_by_wrap"]))),  # (比上年 after a rate's clause)
        "page_break_cut": _gated(v, "page_break_cut", re.compile(v["page_break_cut"])),
        "inline_page_break_cut": _gated(v, "inline_page_break_cut", re.compile(v["inline_page_break_cut"])),
        "cms_page_break_tag_cut": _gated(v, "cms_page_break_tag_cut", re.compile(v["cms_page_break_tag_cut"])),
        "inline_running_head_cut": _gated(v, "inline_running_head_cut", re.compile(v["inline_running_head_cut"])),
        "inline_page_mark_cut": _gated(v, "inline_page_mark_cut", re.compile(v["inline_page_mark_cut"])),
        "running_head_page_break_cut": _gated(v, "running_head_page_break_cut", re.compile(v["running_head_page_break_cut"])),
        "line_count_cut": _gated(v, "line_count_cut", re.compile(v["line_count_cut"])),
        "link_value_cut": _gated(v, "link_value_cut", re.compile(v["link_value_cut"])),
        "rate_sign_cut": _gated(v, "rate_sign_cut", re.compile(v["rate_sign_cut"])),
        "count_word_cut": _gated(v, "count_word_cut", re.compile(v["count_word_cut"])),
        "bare_number_measure_cut": re.compile(v["bare_number_measure_cut"]),
        "page_number_at_line_end_cut": _gated(v, "page_number_at_line_end_cut",
                                              re.compile(v["page_number_at_line_end_cut"])),
        "inline_page_number_before_sign": _gated(v, "inline_page_number_before_sign",
                                                 re.compile(v["inline_page_number_before_sign"])),
        "inline_furniture": [_gated(v, k, re.compile(v[k]))
                             for k in ("inline_navigation_trail", "inline_menu_bar", "inline_trail_title",
                                       "inline_page_counter_start", "inline_page_counter_end", "inline_page_counter_mid_sentence_end",
                                       "inline_page_number_start", "inline_page_number_end", "inline_running_head_end",
                                       "inline_notice_end",
                                       "inline_furniture_start", "inline_furniture_end", "inline_dateline",
                                       "inline_date_label", "inline_links_after_text", "inline_counter_end",
                                       "inline_labelled_date_end", "inline_date_after_title", "inline_closing",
                                       "inline_page_end_note_start", "inline_page_end_note_end")],
        "spaced_counter": _gated(v, "spaced_counter_end", re.compile(v["spaced_counter_end"])),
        "spaced_date": _gated(v, "spaced_date_end", re.compile(v["spaced_date_end"])),
        "page_tools": re.compile(v["inline_furniture_end"]),  # (a run of a page's tools ends a stretch of its fields)
        "field_after_counter": re.compile(v["field_after_counter"], re.M),
        "site_field": re.compile(v["site_field"]),
        "chunk_cut_min": int(v["chunk_cut_min_chars"]),
        "sentence_end": re.compile(f"[{v['sentence_end']}]$"),
        "signature_date_end": re.compile(v["signature_date_end"]),
        "wrap_min_lines": int(v["wrap_min_lines"]),
        "wrap_share": float(v["wrap_share"]),
        "wrap_at_width_min": int(v["wrap_at_width_min_lines"]),
        "wrap_at_width_last": int(v["wrap_at_width_last_lines"]),
        "wrap_ratio": float(v["wrap_width_ratio"]),
        "wrap_max": int(v["wrap_width_max"]),
        "wrap_overhang": int(v["wrap_overhang"]),
        "wrap_longer_share": float(v["wrap_longer_share"]),
        "block_start": re.compile(v["block_start"]),
        "addressee": re.compile(v["addressee_line"]),
        "clause_punctuation": re.compile(r"[,，。；;！？!?]"),
        "running_head": re.compile(v["running_head_line"]),
        "chapter_then_item": _gated(v, "chapter_heading_then_item", re.compile(v["chapter_heading_then_item"])),
        "table_cells": table_row_pattern(),
        "inner_punctuation": re.compile(v["inner_punctuation"]),
        "wrap_prose_share": float(v["wrap_prose_share"]),
        "inline_break": _gated(v, "inline_break_before", re.compile(v["inline_break_before"])),
        "bullet_break": _gated(v, "inline_bullet_break", re.compile(v["inline_bullet_break"])),
        "marker_after_space": _gated(v, "inline_marker_after_space", re.compile(v["inline_marker_after_space"])),
        "long_line": int(v["long_line_chars"]),
        "glued_break": _gated(v, "inline_break_after_han", re.compile(v["inline_break_after_han"])),
        "glued_line": int(v["glued_heading_line_chars"]),
        "glued_section": _gated(v, "glued_section_heading", re.compile(v["glued_section_heading"])),
        "paragraph_opening": _gated(v, "paragraph_opening", re.compile(v["paragraph_opening"])),
        "section_label": _gated(v, "glued_section_label", re.compile(v["glued_section_label"])),
        "speaker_label": _gated(v, "glued_speaker_label", re.compile(v["glued_speaker_label"])),
        "entry_opening": _gated(v, "glued_entry_opening", re.compile(v["glued_entry_opening"])),
        "heading_opener": _gated(v, "glued_heading_opener", re.compile(v["glued_heading_opener"], re.M)),
        "signature": _gated(v, "glued_signature", re.compile(v["glued_signature"])),
        "name_label": re.compile(v["glued_name_label"]),
        "name_label_min": int(v["glued_name_label_min"]),
        "title_head": re.compile(v["title_at_line_start"]),
        "title_subject": re.compile(seg["title_subject"]),
        "report_word": fastsearch.quick(seg["report_word"]),  # (tried at every position by re: gated)
        "doubled_title_chars": tuple(int(n) for n in v["doubled_title_chars"]),
        "title_inside": _gated(v, "title_inside_line", re.compile(v["title_inside_line"])),
        # an article marker alone before its title (第1篇：, 篇二：): the title goes with it on its line
        "marker_only": re.compile(r"[ \t\u3000]*" + v["article_number"] + r"[ \t\u3000]*[:：、.．]?[ \t\u3000]*"),
        "excerpt_title": _gated(v, "excerpt_title", re.compile(v["excerpt_title"])),
        "title_min_rest": int(v["title_min_rest_chars"]),
        "title_then_opening": re.compile(v["title_then_opening"]),
        "title_glued_year": re.compile(v["title_glued_year_opening"]),
        "attached_title_heading": re.compile(v["attached_title_then_heading"]),
        "title_glued_year_min_rest": int(v["title_glued_year_min_rest_chars"]),
        "title_continuation": re.compile(v["title_continuation_line"]),
        "excerpt_note": _gated(v, "inline_excerpt_note", re.compile(v["inline_excerpt_note"])),
        "furniture": LinePatterns.of(tuple(seg["boilerplate_line"])),  # the segmenter's furniture lines
        "wrap_field_rest": re.compile(v["wrap_field_rest"]),
        "wrap_cut_labels": tuple(v["wrap_cut_labels"].split("|")),
        "wrap_font_switch_start": re.compile(v["wrap_font_switch_start"]),
        "wrap_again_rest": int(v["wrap_again_rest_chars"]),
        "wrap_again_share": float(v["wrap_again_rest_share"]),
        "wrap_again_min": int(v["wrap_again_rests_min"]),
        "wrap_name_field_end": re.compile(v["wrap_name_field_end"]),
        "wrap_name_rest": re.compile(v["wrap_name_rest"]),
        # the publishing body on a line of its own under a title (海东市卫生健康委员会, 某县人民政府办公室 2031年11月)
        "publisher": re.compile(f'(?:{seg["publisher_line"]})|(?:{seg["publisher_date_line"]})'),
        "page_break": LinePatterns.of(tuple(seg["page_break_line"])),  # the segmenter's page breaks
        "value_links": tuple(load_yaml("statements.yaml")["value_links"]),  # 达, 为 … between a subject and its value
    }


def _with_words(pattern: str, words: dict[str, str]) -> str:
    """``pattern`` with the vocabulary's shared words put in (``{report_word}``, ``{article_number}``)."""
    for name, word in words.items():
        pattern = pattern.replace(name, word)
    return pattern


def answered_once(function):
    """``function`` of a page's text alone (its edits depend on the text and the vocabularies only), its last answer
    kept: :func:`page_view` runs some passes a second time after passes that most often change nothing (the spaced
    page's second layer, the page breaks after the wrap is undone, the wrap at a second width), and on the very text a
    pass answered it answers the same, so the answer is given again without reading the page.  Each call returns a
    list of its own.  ``answer.plain`` is ``function`` (what the tests compare the fast form with)."""
    last: list = [None, ()]

    @wraps(function)
    def answer(text: str) -> list[Edit]:
        if last[0] is not text and last[0] != text:
            last[0], last[1] = None, tuple(function(text))  # (emptied first: an exception keeps no stale answer)
            last[0] = text
        return list(last[1])

    answer.plain = function
    return answer


@answered_once
def pinyin_edits(text: str) -> list[Edit]:
    """Pinyin in parentheses right after a Han character (``卫(wèi)生``): removed."""
    text = page_matching_text(text)  # same length: the patterns see Simplified, half-width forms
    return [(m.start(), m.end(), "") for m in _v()["pinyin"].finditer(text)]


def is_spaced_page(text: str) -> bool:
    """A page that puts a space between (nearly) every two characters; or a page so spaced, spaced again (three spaces
    between every two characters: 9   4 1 7   例 from 9 417 例), whose added spaces are taken out in two passes."""
    share = _v()["spaced_share"]
    spaces = text.count(" ")
    if spaces < share * (len(text) - spaces) / 2:  # cannot reach the share: most pages stop here
        return False
    chars = len(re.findall(r"[^\s]", text))
    if chars < 20:
        return False
    return _spacing_gaps(text) >= share * chars


def _spacing_gaps(text: str) -> int:
    """The gaps of one space between two characters, and of three (a page whose letter-spaced lines, spaced again, have
    three spaces where its other lines have one: both are spacing)."""
    return len(re.findall(r"(?<=[^\s]) (?=[^\s])", text)) + len(re.findall(r"(?<=[^\s])   (?=[^\s])", text))


def is_spaced_line(line: str) -> bool:
    """A line that puts a space between (nearly) every two of its characters (``spaced_line_min_chars`` or more)."""
    if line.count(" ") < 4:
        return False
    chars = len(re.findall(r"[^\s]", line))
    return chars >= _v()["spaced_line_min"] and _spacing_gaps(line) >= _v()["spaced_share"] * chars


@answered_once
def spaced_page_edits(text: str) -> list[Edit]:
    """On a page that puts a space between every two characters, the space added between every two
    (a run of k spaces the writer put becomes 2k + 1 spaces: k are kept).  Where the added ones are the run's
    every second character (plain spaces at its even places), the writer's own are the others, kept as the writer
    set them (a column aligned by ideographic spaces, 率　　　1, reads 率 　 　 　 1: its three 　 are kept, so the row
    keeps its cells apart); otherwise the run's last k."""
    if is_spaced_page(text):
        runs = _v()["space_run"].finditer(text)
    else:  # the report spaced, the site's lines around it not (…浏览次数：318 / 东 胜 区 卫 生 局 …)
        lines = [(a, b) for a, b in _line_spans(text) if is_spaced_line(text[a:b])]
        if len(lines) < _v()["spaced_lines_min"]:
            lines = []
        # a letter-spaced stretch inside a line that is not spaced (pageview.yaml spaced_stretch_min_chars)
        starts = {a for a, _ in lines}
        lines += [m.span() for m in _v()["spaced_stretch"].finditer(text)
                  if text.rfind("\n", 0, m.start()) + 1 not in starts and 2 * len(_HAN.findall(m.group())) > len(m.group()) // 2]
        if not lines:
            return []
        runs = (m for a, b in lines for m in _v()["space_run"].finditer(text, a, b)
                if a < m.start() and m.end() < b)  # (a line's indent and its end are no added spaces)
    out = []
    for m in runs:
        run = m.group()
        keep = (len(run) - 1) // 2
        if keep and len(run) % 2 and run[0::2].count(" ") == keep + 1 and run[1::2].strip(" "):
            out += [(m.start() + i, m.start() + i + 1, "") for i in range(0, len(run), 2)]
        else:
            out.append((m.start(), m.end() - keep, ""))
    return out


def table_separator_runs(text: str) -> set[int]:
    """Starts of the whitespace runs that separate the cells of a table row (a tab, or two or more
    spaces on a line whose cells are split so): they separate columns, not characters of prose."""
    v = _v()
    if "\t" not in text and "  " not in text and "\u3000" not in text:
        return set()
    out: set[int] = set()
    for s, e in _line_spans(text):
        if v["table_cells"].search(text, s, e):
            out.update(m.start() for m in v["space_run"].finditer(text, s, e)
                       if "\t" in m.group() or m.end() - m.start() >= 2 or m.group() == "\u3000")
    return out


_BARS = re.compile("[|｜]")
# (a cell holding a sentence's end is the prose between two tables on a line; a full stop between digits is a decimal
# point an OCR copy misread, 215。4)
_PROSE_CELL = re.compile(r"(?<![0-9])[。；;]|[。；;](?![0-9])")
_JOINED_ROW_CELLS = range(2, 21)  # the cells of a table's row: two (a label and a figure) to a score


def _bar_runs(text: str, s: int, e: int) -> list[list[int]]:
    """The cell bars of the line [s, e), in runs a cell of prose between them ends (:data:`_PROSE_CELL`)."""
    runs: list[list[int]] = [[]]
    for m in _BARS.finditer(text, s, e):
        run = runs[-1]
        if run and _PROSE_CELL.search(text, run[-1] + 1, m.start()):
            runs.append(run := [])
        run.append(m.start())
    return runs


def _rows_matched(cells: list[str], first: int, n: int) -> int:
    """How many rows of ``n`` cells, each holding a cell with text, the ``cells`` hold from ``first`` on: each but the
    last followed by an empty cell (what stood between a row's closing bar and the next's opening one)."""
    rows, k = 0, first
    while k + n <= len(cells) and any(c.strip() for c in cells[k:k + n]):
        rows += 1
        if k + n == len(cells) or cells[k + n].strip():
            break
        k += n + 1
    return rows


def joined_tables(text: str, bars: list[int]) -> list[tuple[int, int, int]]:
    """The `|` tables a page joined into one line, among the cell ``bars`` of a line: (the bar opening the table's first
    row, the bar closing its last, the cells of a row), as indexes of ``bars``.  A table's rows follow one another
    with nothing, or spaces, between a row's closing bar and the next's opening one (| a | b || c | d |, | a | b | |
    c | d |); the cells of its rows are the count under which the most rows are read (the fewest cells where two
    counts read as many: two rows joined read as one row half as often), two rows at least; a cell with text where the next row should open
    (a heading between two tables, |二、妇幼健康|) ends the table, and the next may open at the bar after it."""
    cells = [text[a + 1:b] for a, b in zip(bars, bars[1:])]
    out, first = [], 0
    while first < len(cells):
        rows, _, n = max((_rows_matched(cells, first, n), -n, n) for n in _JOINED_ROW_CELLS)
        if rows < 2:
            first += 1
            continue
        last = first + rows * (n + 1) - 1  # the bar closing the last row
        out.append((first, last, n))
        first = last + 1
    return out


def joined_table_row_edits(text: str) -> list[Edit]:
    """A `|` table whose rows a page joined into one line (a page printed as one line, its lines joined with nothing or
    a space between: …见下表。| 指标 | 2019年 || 婴儿死亡率 | 3.65 || 5岁以下儿童死亡率 | 5.07 |年末…): each row on a line
    of its own again, and the text before and after the table off its first and last rows, as on a lined page (the
    tables and their rows read off the line: :func:`joined_tables`)."""
    if "|" not in text and "｜" not in text:
        return []
    out: list[Edit] = []
    for s, e in _line_spans(text):
        for run in _bar_runs(text, s, e):
            for first, last, n in joined_tables(text, run) if len(run) >= 7 else ():
                bars = run[first:last + 1]
                out += [(bars[k] + 1, bars[k + 1], "\n") for k in range(n, len(bars) - 1, n + 1)]
                before = text[s:bars[0]]
                if before.strip():
                    out.append((s + len(before.rstrip()), bars[0], "\n"))
                after = text[bars[-1] + 1:e]
                if after.strip():
                    out.append((bars[-1] + 1, bars[-1] + 1 + len(after) - len(after.lstrip()), "\n"))
    return out


def _bar_count(line: str) -> int:
    return len(_BARS.findall(line))


def cut_table_row_edits(text: str) -> list[Edit]:
    """The rows of a `|` table a wrap cut (a PDF copy's, or a page cut at one width: | 2 | 老年人健康管理率 | ≥72 | % | 基层卫
    / 生科 |, | 5岁以下儿童死亡率 | ‰ | 7.4 | 预期性 / |): a line opening a row without the table's count of bars, or not
    closing it, is joined to the lines under it until the row holds the bars of the table's whole rows (their most
    common count, of two rows at least) and ends with its closing bar; a row it cannot so complete is left."""
    if "|" not in text and "｜" not in text:
        return []
    spans = _line_spans(text)
    lines = [text[s:e].strip() for s, e in spans]
    whole = Counter(_bar_count(ln) for ln in lines if len(ln) > 1 and ln[0] in "|｜" and ln[-1] in "|｜")
    out: list[Edit] = []
    for bars, rows in whole.most_common():
        if rows < 2 or bars < 3:
            break
        i = 0
        while i < len(lines):
            ln = lines[i]
            if ln[:1] in ("|", "｜") and (_bar_count(ln) < bars or ln[-1] not in "|｜"):
                count, j = _bar_count(ln), i
                while count < bars and j + 1 < len(lines) and j - i < 3 and lines[j + 1]:
                    j += 1
                    count += _bar_count(lines[j])
                if j > i and count == bars and lines[j][-1] in "|｜":
                    out += [(spans[k][1], spans[k][1] + 1, "") for k in range(i, j)]
                    i = j
            i += 1
        break
    return out


_DIGIT_SPACE_DIGIT = re.compile("[0-9] [0-9]")


# The spaces an HTML page groups a number's digits with (床位1&nbsp;280张, 3&thinsp;500人, 2&#8239;600份: a
# no-break, thin or narrow no-break space) are the writer's grouping as a plain space is (1 280张).
_GROUPING_SPACE_CHARS = ("\u00a0", "\u2009", "\u202f")
_GROUPING_SPACES = str.maketrans(dict.fromkeys(_GROUPING_SPACE_CHARS, " "))


def number_space_edits(text: str) -> list[Edit]:
    """Spaces inside one number (``1 862人``, ``8 5 %``; full-width digits too): removed, so that it
    is read as one."""
    text = page_matching_text(text)  # same length: the patterns see half-width digits
    if not text.isascii() and any(c in text for c in _GROUPING_SPACE_CHARS):  # (translate reads every character: slow)
        text = text.translate(_GROUPING_SPACES)
    if _DIGIT_SPACE_DIGIT.search(text) is None:  # every pattern holds a digit, a space and a digit
        return []
    out = []
    for m in _v()["number_spaces"].finditer(text):
        out += [(m.start() + i, m.start() + i + 1, "") for i, ch in enumerate(m.group()) if ch == " "]
    return out


def space_join_edits(text: str) -> list[Edit]:
    """Spaces that separate nothing in Chinese prose: between Han characters, between a number and
    the Han text beside it, inside a number (``99. 3 %``); not the separators of a table's cells."""
    v = _v()
    joins = v["join_between"].fullmatch
    cells = table_separator_runs(text)
    out = []
    for m in v["space_run"].finditer(text):
        a, b = m.start(), m.end()
        if a in cells or separates_fields(text, a, b):
            continue
        # full-width digits and signs decide like their ASCII forms
        if 0 < a and b < len(text) and text[a - 1] != "\n" and text[b] != "\n" \
                and joins(fold_forms(text[a - 1] + text[b])):
            out.append((a, b, ""))
    return out


def separates_fields(text: str, a: int, b: int) -> bool:
    """Whether the spaces ``text[a:b]`` separate two labelled fields of a site's line (發佈：市衛生局辦公室　時間：2013-03-05):
    a label and its colon follow them, and a label with its value, no sentence, stands before them on the line
    (pageview.yaml ``field_label``).  They are the line's separator, not a space inside prose."""
    rx = _v()["field_label"]
    if rx.match(text, b) is None:
        return False
    before = text[text.rfind("\n", 0, a) + 1:a]
    return rx.search(before) is not None and _v()["clause_punctuation"].search(before) is None


@lru_cache(maxsize=4)
def _line_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every line of ``text``, remembered for the last texts (the passes of the
    page view read the lines of the same text in turn while it stays unchanged)."""
    out, pos = [], 0
    for seg in text.split("\n"):
        out.append((pos, pos + len(seg)))
        pos += len(seg) + 1
    return tuple(out)


def longest_count_up(numbers: list[int], first: int | None = 1, cutting: list[bool] | None = None) -> list[int]:
    """Indexes of the longest run of ``numbers`` (in page order, others between allowed) that counts up by
    one, starting at ``first`` (any number when ``None``).  Of runs of one length, the one with the most
    numbers ``cutting`` a sentence (a site's chunk numbers cut text; the page's own list items 1、 2、 that
    count up among them follow a finished line) is taken."""
    best: dict[int, tuple[int, int, list[int]]] = {}  # number -> (length, cuts, chain of indexes) ending in it
    chain: tuple[int, int, list[int]] = (0, 0, [])
    for i, n in enumerate(numbers):
        prev = best.get(n - 1, (0, 0, []))
        if prev[2] or first is None or n == first:
            cand = (prev[0] + 1, prev[1] + bool(cutting and cutting[i]), prev[2] + [i])
            if cand[:2] > best.get(n, (0, 0))[:2]:
                best[n] = cand
                if cand[:2] > chain[:2]:
                    chain = cand
    return chain[2]


def chunk_marker_edits(text: str, widths=None) -> list[Edit]:
    """A sharing site's chunk numbers ``1、 2、 3、`` (or ``[1] [2] [3]``) at line starts, counting up by one through
    the page and mostly cutting sentences: removed, with the break they sit at.  With ``widths``
    (:func:`source_line_widths`), the lines a short chain cuts are measured in the source's characters too, as the site
    counted them (a spaced page's spaces, the pinyin after characters: :func:`_cut_at_one_width`)."""
    text = page_matching_text(text)  # same length: the patterns see Simplified, half-width forms
    v = _v()
    found = list(v["chunk"].finditer(text))
    if any(m.group("sq") for m in found) and not all(m.group("sq") for m in found):
        # two forms (1、 and [1]): each the chain of a site of its own (a copy of a copy), read apart
        return sorted(
            _chunk_chain_edits(text, [(m.start(), m.end(), int(m.group("n"))) for m in found if m.group("sq")], v, widths)
            + _chunk_chain_edits(text, [(m.start(), m.end(), int(m.group("n"))) for m in found if not m.group("sq")], v,
                                 widths))
    return _chunk_chain_edits(text, [(m.start(), m.end(), int(m.group("n"))) for m in found], v, widths)


def _chunk_chain_edits(text: str, marks: list[tuple[int, int, int]], v: dict, widths=None) -> list[Edit]:
    """:func:`chunk_marker_edits` of the chunk numbers ``marks`` ((start, end, number), of one form) in the matching text.
    Where the page's own list (1、 2、 3、 4、 after an indent, each item a line) counts further than the site's chain among
    them, the chain is looked for again among the numbers that cut a sentence or a number (and a 1、 at the page's top):
    the site's."""
    out = _one_chain_edits(text, marks, v, widths)
    if out:
        return out
    cutting = [m for m in marks if not text[:m[0]].strip() or _cuts_sentence(text, m[0]) or chunk_cuts_number(text, *m[:2])]
    return _one_chain_edits(text, cutting, v, widths) if 0 < len(cutting) < len(marks) else []


def _one_chain_edits(text: str, marks: list[tuple[int, int, int]], v: dict, widths=None) -> list[Edit]:
    """The site's chain among ``marks``, if the longest one counting up is one (:func:`_chunk_chain_edits`)."""
    if len(marks) < v["chunk_short_min"]:
        return _one_cut_chain_edits(text, marks)
    chain = longest_count_up([n for _, _, n in marks],
                             cutting=[_cuts_sentence(text, a) or chunk_cuts_number(text, a, b) for a, b, _ in marks])
    if len(chain) < v["chunk_short_min"]:
        return _one_cut_chain_edits(text, marks)
    cuts = [_cuts_sentence(text, marks[i][0]) for i in chain]
    if any(chunk_cuts_number(text, *marks[i][:2]) for i in chain):
        pass  # a number cut by one of them: the chain is the site's
    elif len(chain) < v["chunk_min"] and not _cut_at_one_width(text, [marks[i][0] for i, cut in zip(chain, cuts) if cut],
                                                               len(chain), "[" in text[marks[chain[0]][0]:marks[chain[0]][1]],
                                                               widths):
        return []
    elif sum(cuts) < len(chain) / 2:
        return []
    out = []
    for i in chain:  # the site cut the text there: the break goes with the number
        a, b, _ = marks[i]
        nl = text.rfind("\n", 0, a)
        out.append((nl if nl >= 0 else a, b, ""))
    return out


def _one_cut_chain_edits(text: str, marks: list[tuple[int, int, int]]) -> list[Edit]:
    """The chunk numbers of a page a sharing site cut once (pageview.yaml ``chunk_run_short_min``, the page cut once): its
    ``1、`` before the page's first line and one ``2、`` where the site's width cut the page's one line longer than it
    (…部分随访记录不 / 2、规范。; …居民健康档案建档 / 2、率达到50%): removed, with the break the ``2、`` sits at.  The line the
    ``2、`` cuts is running text that ends inside a word or after a rate's sign whose bound goes on (…接种率达到85% / 2、以上。;
    no sentence end, no comma: a list's item ends where its text ends), comes after the page's first line, and is at least as long as every other line of the page (the site's
    width cut it and no other).  A page's own list 1、 … 2、 has its items in turn, the first no longer than the rest
    needs to be, and ends its items with their punctuation."""
    first = [m for m in marks if m[2] == 1 and not text[:m[0]].strip()]
    if not first:
        return []
    top_end = text.find("\n", first[0][1])
    lines = [(s, e) for s, e in _line_spans(text) if text[s:e].strip()]
    widths = {s: len(_v()["chunk"].sub("", text[s:e], count=1).rstrip()) for s, e in lines}
    cuts = []
    for a, b, n in marks:
        end = text.rfind("\n", 0, a)
        if n != 2 or end < 0 or end <= top_end or text[end + 1:a].strip():
            continue
        start = text.rfind("\n", 0, end) + 1
        prev = text[start:end].rstrip()
        if start in widths and _cuts_sentence(text, a) and (prev[-1:].isalnum() or prev[-1:] in _RATE_SIGNS) \
                and widths[start] >= max(widths.values()):
            cuts.append((end, b))
    if len(cuts) != 1:
        return []
    return [(first[0][0], first[0][1], ""), (cuts[0][0], cuts[0][1], "")]


_RATE_SIGNS = "%‰"


def chunk_cuts_number(text: str, a: int, b: int) -> bool:
    """Whether the chunk number text[a:b] at a line's start cuts a number (pageview.yaml ``chunk_cut_signs_*``): a digit
    ends the line before and a rate sign follows the number (90 / 3、%), or a digit and a decimal point or slash end it
    and a digit follows (12/ / 4、10)."""
    before = text[:max(text.rfind("\n", 0, a), 0)].rstrip(" \t\u3000")[-2:]
    after = text[b:b + 4].lstrip(" \t\u3000")[:1]
    if not after or not before[-1:]:
        return False
    signs_after, signs_between = _v()["chunk_cut_signs"]
    if before[-1].isdigit() and after.isdigit() and text.startswith("[", a + len(text[a:b]) - len(text[a:b].lstrip(" \t\u3000"))):
        return True  # a bracketed chunk number between two digits (达到8 / [2] 8.6%): a number it cuts, as no list number stands so
    return (before[-1].isdigit() and after in signs_after) or (
        len(before) == 2 and before[0].isdigit() and before[1] in signs_between and after.isdigit())


def inline_chunk_number_edits(text: str) -> list[Edit]:
    """A sharing site's bracketed chunk numbers ([1] [2] [3] … counting up by one through the page) that a page joined
    into one line brought inside a number they cut (``达到8[2] 8.6%``, ``达到8 [2] 8.6%``; pageview.yaml
    ``inline_bracket_chunk``): removed with the spaces around them, so that the number is whole again.  A bracketed
    number between two digits is no list item nor a note's mark (a note's mark follows a word or a value's sign).  Where
    the chain cuts a number so, its marks after a sentence's end inside a line become a line break, as the site's
    chunk began a line there (…压力大。[4]本文档下载自…)."""
    if "[" not in text:
        return []
    text = page_matching_text(text)  # same length: the patterns see half-width forms
    v = _v()
    marks = list(v["bracket_number"].finditer(text))
    if len(marks) < v["chunk_short_min"]:
        return []
    chain = longest_count_up([int(m.group("n")) for m in marks], first=None)  # (a copy may start at a later chunk)
    if len(chain) < v["chunk_short_min"]:
        return []
    out, breaks = [], []
    for i in chain:  # the cut opens at the mark, or at the space before it
        a = marks[i].start()
        for rx, found in ((v["inline_bracket_chunk"], out), (v["inline_bracket_chunk_after_sentence"], breaks)):
            m = rx.match(text, a) or (rx.match(text, a - 1) if a > 0 else None)
            if m is not None:
                found.append((m.start("cut"), m.end("cut"), "" if found is out else "\n"))
                break
    return sorted(out + breaks) if out else []


def glued_chunk_number_edits(text: str) -> list[Edit]:
    """A sharing site's chunk numbers (1、 2、 3、 …) that a page joined into one line brought inside a number they cut,
    glued to its first digits (…建档率达到82、6.4%，…), or inside a word (…财4、 政补助…; pageview.yaml
    ``glued_chunk_mark``): taken out, with the space after them, where they are links of the page's chain counting up
    from 1 and no other mark bears their number, so that the number or word is whole again (8 / 2、6.4% on the lined
    page, read there by ``number_cut``)."""
    if "、" not in text:
        return []
    text = page_matching_text(text)  # same length: the patterns see half-width forms
    v = _v()
    marks: list[tuple[int, int, int, str, int]] = []  # (start, end, number, what it cuts: number/word/"", match)
    for i, m in enumerate(v["glued_chunk_mark"].finditer(text)):
        run = m.group("run")
        if m.group("word") is not None:
            marks.append((m.start(), m.end(), int(m.group("word")), "word", i))  # (with the space before it)
        elif m.group("whole") is not None or m.group("gap") is None and len(run) == 1:
            marks.append((m.start(), m.end(), int(m.group("whole") or run), "", i))
        elif m.group("gap") is not None:  # (set off from the number's first digits: the run is the chunk's number)
            marks.append((m.start("gap"), m.end(), int(run), "number", i))
        else:
            for k in range(1, min(3, len(run) - 1) + 1):  # the chunk number's digits: the run's last one to three
                if run[-k] != "0":
                    marks.append((m.end("run") - k, m.end(), int(run[-k:]), "number", i))
    if not any(cut == "number" for *_, cut, _ in marks):
        return []
    chain = [marks[i] for i in longest_count_up([n for _, _, n, _, _ in marks])]
    if len(chain) < v["chunk_short_min"] or not any(cut == "number" for *_, cut, _ in chain):
        return []
    bearing = {n: {i for _, _, n2, _, i in marks if n2 == n} for _, _, n, _, _ in chain}
    return [(a, b, "") for a, b, n, cut, i in chain if cut and n > 1 and bearing[n] == {i}]


def bare_chunk_number_edits(text: str) -> list[Edit]:
    """A sharing site's chunk numbers on lines of their own (``bare_chunk_number``), counting up by one
    down the page, most of them cutting running text: removed with their lines; where one cuts a sentence
    or a number (…参合率达到97. / 3 / 6%, …管理率 / 4 / 89.7%) the pieces are joined again."""
    text = page_matching_text(text)  # same length: the patterns see Simplified, half-width forms
    v = _v()
    found = list(v["bare_chunk"].finditer(text))
    # the bracketed form ([2] on a line of its own) and the bare one are each the chain of a site of its own: read apart
    return sorted(_bare_chunk_chain_edits(text, [m for m in found if m.group("sq")], v)
                  + _bare_chunk_chain_edits(text, [m for m in found if not m.group("sq")], v))


def _bare_chunk_chain_edits(text: str, marks: list[re.Match], v: dict) -> list[Edit]:
    """:func:`bare_chunk_number_edits` of the chunk numbers ``marks`` (of one form) in the matching text."""
    if len(marks) < v["chunk_short_min"]:
        return []
    chain = [marks[i] for i in longest_count_up([int(m.group("n")) for m in marks], first=None)]
    if len(chain) < v["chunk_short_min"]:
        return []
    cuts = [_cut_prose_before(text, m.start()) for m in chain]
    if sum(cuts) < max(v["chunk_short_min"] - 1, len(chain) / 2):
        return []
    out = []
    for m, cut in zip(chain, cuts):
        a = max(m.start() - 1, 0)  # the break before the number
        nxt = m.end() + 1
        while nxt < len(text) and text[nxt] in " \t\u3000":
            nxt += 1
        heading = nxt >= len(text) or v["block_start"].match(text, nxt) is not None or text[nxt] == "\n"
        out.append((a, nxt if cut and not heading else m.end(), ""))
    return out


def _cut_prose_before(text: str, line_start: int) -> bool:
    """Whether the line before ``line_start`` is prose (a comma or full stop inside) that ends without
    sentence punctuation: text a site's break cut."""
    if line_start == 0:
        return False
    line = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1].strip()
    return _v()["inner_punctuation"].search(line) is not None and not _v()["sentence_end"].search(line)


def cut_edits(rx, text: str) -> list[Edit]:
    """Edits removing the ``cut`` group of every match of ``rx`` (a pattern or a gated one) in ``text``."""
    return [(m.start("cut"), m.end("cut"), "") for m in rx.finditer(text)]


def running_head_cut_edits(text: str) -> list[Edit]:
    """A PDF's running head and page number flattened into a line between two pieces of a number (pageview.yaml
    ``inline_running_head_cut``): removed, so that the number is whole again."""
    text = page_matching_text(text)  # same length: the patterns see Simplified, half-width forms
    return cut_edits(_v()["inline_running_head_cut"], text)


def _common_suffix(a: str, b: str) -> str:
    """The longest ending ``a`` and ``b`` share (as :func:`os.path.commonprefix` of the texts reversed)."""
    return os.path.commonprefix([a[::-1], b[::-1]])[::-1]


def repeated_head_mark_edits(text: str) -> list[Edit]:
    """A PDF's running head and page number that a page joined into one line left inside a sentence its page break cut
    (…出院病人某市卫生局2031年工作总结　— 3 —72.5万人次; …难以满足群某县卫生局2031年工作总结— 5 —众就医需求; …引进— 2 —
    某县卫生局二○三一年工作总结的本科生): the head is what the page printed on every page, so the same text stands before
    two page marks or more, or it repeats the page's own title or letterhead from a line's start above (the report's
    title, the issuing body's name it opens with, maybe with 文件), before or after the mark (pageview.yaml
    ``inline_page_mark``, ``repeated_head_min_chars``, ``running_head_end``).  Where such a head and its mark follow a
    word, not a sentence's end, they are removed, so the sentence (or the number) is whole again; the head's words are
    no words of it, as the page prints them on each page whatever the sentence says."""
    v = _v()
    if "-" not in text and "－" not in text and "—" not in text and "页" not in text:
        return []
    text = page_matching_text(text)  # same length: the patterns see half-width forms
    marks = list(v["inline_page_mark"].finditer(text))
    if not marks:
        return []
    reach = v["repeated_head_max"]
    befores = [text[max(text.rfind("\n", 0, m.start()) + 1, m.start() - reach):m.start()] for m in marks]
    afters = [text[m.end():min(text.find("\n", m.end()) % (len(text) + 1), m.end() + reach)] for m in marks]
    out = []
    for i, m in enumerate(marks):
        heads = [h.lstrip(" \t\u3000") for j, b in enumerate(befores) if j != i
                 for h in (_common_suffix(befores[i], b),)]
        heads = [h for h in heads if _is_head(h)]
        # printed under the mark: the same text after two marks or more, to its last report word or body name
        tails = [_head_to_its_end(os.path.commonprefix([afters[i], t])) for j, t in enumerate(afters) if j != i]
        tails = [t for t in tails if t and _is_head(t)]
        a, b = m.start(), m.end()
        if heads:
            a -= len(min(heads, key=len))  # the text before the most marks (a longer one shares a word by chance)
        elif tails:
            b += len(min(tails, key=len))
        elif (k := _title_copy_before(text, a)) is not None:
            a = k
        elif (k := _title_copy_after(text, b)) is not None:
            b = k
        else:
            continue
        before = text[:a].rstrip(" \t\u3000")
        after = text[b:b + 8].lstrip(" \t\u3000")[:1]
        # (after a sentence's end a head before the mark is inline_page_mark_cut's; one printed under the mark, the
        # same after two marks or more, is read here: …基本公共卫生。-2-   某区卫生健康委员会受疫情影响，…)
        under_after_sentence = bool(tails) and not heads and before[-1:] in v["sentence_end_chars"]
        if a == m.start() and b == m.end() or not before or before[-1] == "\n" \
                or before[-1] in v["sentence_end_chars"] and not under_after_sentence or after in ("", "\n"):
            continue  # no head; a head on a line of its own, or before a mark after a sentence's end: other rules read it
        if before[-1] in _RULE_OR_BRACKET or after in _RULE_OR_BRACKET or (before[-1].isdigit() and after in "0123456789.%‰"):
            continue  # a head and counter between rules or in brackets, or inside a number: the cut rules read them whole
        out.append((a, b, ""))
    return out


_RULE_OR_BRACKET = frozenset("—-－=_─━〔〕【】[]()（）")


def _is_head(h: str) -> bool:
    """Whether ``h`` can be a running head: Han characters enough, no clause punctuation, no heading's number, no rule,
    bracket or page counter (a site's pager, 〔本文共2页　当前第1页〕, is no head)."""
    v = _v()
    return len(_HAN.findall(h)) >= v["repeated_head_min"] and not v["clause_punctuation"].search(h) \
        and not v["block_start"].match(h) and not any(c in _RULE_OR_BRACKET or c == "页" for c in h)


def _line_start_texts(text: str, end: int) -> list[str]:
    """The first characters of the lines that start before ``end`` (the page's title and letterhead among them; on a
    page joined into one line, the line's own opening)."""
    reach = _v()["repeated_head_max"]
    return [text[s:min(e, s + reach)].lstrip(" \t\u3000") for s, e in _line_spans(text) if s < end]


def _title_copy_before(text: str, pos: int) -> int | None:
    """Where a copy of a line's opening above (the title, or its body name: ``running_head_end``) ends right before
    ``pos`` (spaces between), as a head printed before a page mark: its start, or None."""
    starts = _line_start_texts(text, pos)
    end = len(text[:pos].rstrip(" \t\u3000"))
    lo = max(text.rfind("\n", 0, end) + 1, end - _v()["repeated_head_max"])
    for a in range(lo, end - 1):
        head = text[a:end]
        if _v()["running_head_end"].search(head) and _is_head(head) and any(t.startswith(_head_stem(head)) for t in starts):
            return a
    return None


def _title_copy_after(text: str, pos: int) -> int | None:
    """Where a copy of a line's opening above (as :func:`_title_copy_before`) that opens at ``pos`` ends, or None."""
    starts = _line_start_texts(text, pos)
    stop = min(text.find("\n", pos) % (len(text) + 1), pos + _v()["repeated_head_max"])
    for b in range(stop, pos + 1, -1):
        head = text[pos:b]
        if _v()["running_head_end"].search(head) and _is_head(head) and any(t.startswith(_head_stem(head)) for t in starts):
            return b
    return None


def _head_to_its_end(text: str) -> str:
    """The longest start of ``text`` that ends in a report word, a body's name or 文件 (``running_head_end``), with the
    spaces after it; empty when none."""
    rx = _v()["running_head_end"]
    for b in range(len(text), 1, -1):
        if rx.search(text, 0, b):
            return text[:b] + text[b:len(text[:b]) + len(text[b:]) - len(text[b:].lstrip(" \t\u3000"))]
    return ""


def _head_stem(head: str) -> str:
    """A running head without the 文件 of a letterhead (某市卫生健康委员会文件 heads the pages of 某市卫生健康委员会…)."""
    return head[:-2] if head.endswith("文件") else head


def site_cut_edits(text: str) -> list[Edit]:
    """Edits undoing ways a site cuts a page, found in one matching text: a single chunk number
    that cuts a number in two (``达到9`` / ``2、8.6%``: removed with its break, when the line it ends
    is running text; see ``number_cut`` in the vocabulary), a page-break block (rule line, 第1页/共3页,
    rule line) that cuts a number in two (removed with its breaks; ``page_break_cut``; or inside a line:
    ``inline_page_break_cut``), and site furniture inside a line (a
    navigation trail before a one-line page's text, 上一篇/下一篇 links and article metadata after
    it: a line break, so that it is furniture of its own line)."""
    text = page_matching_text(text)  # same length: the patterns see Simplified, half-width forms
    v = _v()
    out = number_cut_edits(text, v["number_cut"])
    out += cut_edits(v["page_break_cut"], text)  # a page-break block inside a number
    out += cut_edits(v["inline_page_break_cut"], text)  # ... inside a line
    out += cut_edits(v["cms_page_break_tag_cut"], text)  # an editor's page-break tag inside a number (9[page]5%)
    out += cut_edits(v["inline_page_number_before_sign"], text)  # - 2 - before ‰
    out += cut_edits(v["page_number_at_line_end_cut"], text)  # …4 - 2 - / 27.6
    out += [(*m.span("cut" if m.group("cut") is not None else "cut2"), "")
            for m in v["inline_page_mark_cut"].finditer(text)]  # 流调完— 2 —成率 (a page mark between two words)
    for rx in v["inline_furniture"]:
        for m in rx.finditer(text):
            pos = m.start("at")
            if text[text.rfind("\n", 0, pos) + 1:pos].strip():
                out.append((pos, pos, "\n"))
    out += [(m.start("at"), m.start("at"), "\n") for m in v["excerpt_note"].finditer(text)]  # …。（全文共3120字…）
    ends = [(m, m.start()) for m in v["spaced_counter"].finditer(text)] \
        + [(m, m.start("at")) for m in v["spaced_date"].finditer(text)]  # (a date's label is part of its field)
    for m, field_end in ends:
        if only_site_fields_before(text, field_end) and not v["field_after_counter"].match(text, m.end()):
            out.append((m.start("at"), m.start("at"), "\n"))
            title_end = _title_end_before_fields(text, field_end)
            if title_end is not None:  # the title the site's fields follow opens a line of its own, as on a lined page
                out.append((title_end, title_end, "\n"))
    return out


_TOKEN = re.compile(r"[^ \t\u3000]+")


def _stretch_fields(text: str, pos: int) -> tuple[list[re.Match], int]:
    """The whitespace-separated tokens of the stretch of ``text``'s line before ``pos`` (from the line start or the
    last sentence end, or the end of the page's tools: 【打印】 字号：大 中 小), and how many of them come before the site's
    fields that end the stretch (``site_field``)."""
    start = max(text.rfind("\n", 0, pos), max(text.rfind(c, 0, pos) for c in "。！？")) + 1
    start = max([start] + [m.end() for m in _v()["page_tools"].finditer(text, start, pos)])
    tokens = list(_TOKEN.finditer(text, start, pos))
    k = len(tokens)
    while k > 0 and _v()["site_field"].fullmatch(tokens[k - 1].group()):
        k -= 1
    return tokens, k


def only_site_fields_before(text: str, pos: int) -> bool:
    """Whether the stretch of ``text``'s line before ``pos`` (from the line start or the last sentence end) holds
    only the site's fields (``site_field``: 时间：2014-07-16, 栏目：工作计划, dates, times, separators), maybe after
    the report's title printed once or more at the line start, with its edition's note (某市2031年卫生统计公报（摘要）; a
    tag list or a title after other text keeps the line whole)."""
    tokens, k = _stretch_fields(text, pos)
    if k == len(tokens):
        return False
    head = " ".join(t.group() for t in tokens[:k])
    title = _v()["title_head"].match(head)
    return not head or title is not None and not head.replace(title.group(), "").replace(title.group("title"), "").strip() \
        or _is_headline_head(head, len(tokens) - k)


_HEADLINE_MARKS = re.compile("[，,。；;：:！？!?|｜]")


def _is_headline_head(head: str, fields: int) -> bool:
    """Whether ``head``, before ``fields`` of the site's fields on its line, is a news item's headline: a page flattened to
    one line prints it before its source and date (某市召开2031年全市卫生健康工作会议 来源：市卫健委 发布时间：2031-02-28
    浏览量：3216 2月27日，…): short, one phrase (no clause mark, no label's colon), two fields or more after it."""
    return fields >= 2 and len(head) <= _v()["doubled_title_chars"][1] and not _HEADLINE_MARKS.search(head)


# the end of a site's field glued to what follows it: its value's digit or letter, or its count's measure word (浏览：1 305次,
# 页数：3页, 共3页, 格式：DOC); a label's colon (附件：), a trail's mark (>), a name (来源：某镇人民政府) end no such field
_GLUED_FIELD_END = re.compile("[0-9A-Za-z页次]")
_SITE_NAME_SEPARATORS = (" - ", "_", " | ", "－")  # (between a page's title and the site's name on its title line)


def glued_title_copy_edits(text: str) -> list[Edit]:
    """The report's title printed again right after the site's fields, glued to the last one and to the report's first
    sentence (a sharing site's page flattened to one line: a title line, then 上传者：…｜浏览：1 305次｜页数：3页某县卫生局
    2031年工作总结1、2031年，全县…): line breaks before the copy and after it, so that the fields keep their line and the
    copy and the report their own, as on the lined page.  The copy is the text of a title on a line of its own above it
    (without the site's name after it: 某县卫生局2031年工作总结 - 某某文库), glued to the last field's value
    (:data:`_GLUED_FIELD_END`) or set off by the spaces that joined the lines, and only the site's fields stand before it on its line (:func:`only_site_fields_before`)."""
    from healthdata.segment import clean_title, title_like

    text = page_matching_text(text)  # same length: the patterns see Simplified, half-width forms
    spans = _line_spans(text)
    least, most = _v()["doubled_title_chars"]  # (the lengths of a title a site prints again)
    titles: list[str] = []
    out: list[Edit] = []
    for s, e in spans:
        line = text[s:e].strip()
        for title in titles:
            at = text.find(title, s, e)
            value_end = s + len(text[s:at].rstrip(" \t\u3000"))  # (the spaces that joined the lines may stand between)
            if at > s and value_end > s and _GLUED_FIELD_END.match(text, value_end - 1) and only_site_fields_before(text, value_end):
                out.append((at, at, "\n"))
                out += [(at + len(title), at + len(title), "\n")] if text[at + len(title):e].strip() else []
                break
        out += _trail_title_copy_break(text, s, e)
        if least <= len(line) <= most:
            # (the title with the site's name after it, 某县卫生局2031年工作总结 - 某某文库, or _某某网: the part before it)
            # (a title may end in the year it covers, 某县妇幼保健工作总结2031, which title_like does not take: its report word
            # and no clause mark then)
            named = [line.rsplit(sep, 1)[0].strip() for sep in _SITE_NAME_SEPARATORS if sep in line] + [line]
            titles += [clean_title(t) for t in named if len(clean_title(t)) >= least and (
                title_like(t) or _v()["report_word"].search(t) and not _v()["clause_punctuation"].search(t))][:1]
    return out


_TRAIL_CRUMBS = re.compile(r"(?:首页|主页|位置[:：])[^\n。；;！？!?]*?[>》»→›]")


def _trail_title_copy_break(text: str, s: int, e: int) -> list[Edit]:
    """A line break before the report's title printed again at the end of the site's navigation trail, on a line that
    opens with the title and the site's name (a page's header flattened to one line: 某县卫生局2031年工作要点_某县人民政府网首页
    > 信息公开 > 计划规划某县卫生局2031年工作要点…): the title the line opens with names the copy, whatever the trail's last
    crumb glued to it (计划规划), so the copy is a title line of its own, as on the lined page (the copy and the crumb before
    it on the next line, where an earlier rule broke the line before the crumb, are read so too)."""
    from healthdata.segment import clean_title, title_like

    least, most = _v()["doubled_title_chars"]
    for sep in _SITE_NAME_SEPARATORS:
        cut = text.find(sep, s, e)
        if cut < 0:
            continue
        title = clean_title(text[s:cut].strip(" \t\u3000"))
        if not (least <= len(title) <= most and title_like(title)):
            return []
        # (the trail's last crumb may stand on the next line already, a rule for a title ending a trail having broken it
        # off with the copy glued to it: 首页 > 政务公开 > / 规划计划某县…要点)
        after = text.find("\n", e + 1)
        at = text.find(title, cut, after if after >= 0 else len(text))
        trail = _TRAIL_CRUMBS.search(text, cut, at) if at > 0 else None
        # (glued to the last crumb: after the site's fields, set off by a space, the copy is left to the rules for the
        # fields, …人气：1593 某县…总结 今年…)
        glued = trail is not None and text[at - 1] not in " \t\u3000\n" and not re.search("[:：]", text[trail.end():at])
        return [(at, at, "\n")] if glued else []
    return []


def _title_end_before_fields(text: str, pos: int) -> int | None:
    """The end of the report's title (its last copy) that opens a stretch of the site's fields before ``pos``
    (某镇卫生院2031年工作计划 时间：2031-01-05 作者：网友投稿 阅读：1 309 …), None when no title opens it."""
    tokens, k = _stretch_fields(text, pos)
    return tokens[k - 1].end() if 0 < k < len(tokens) else None


def number_cut_edits(text: str, rx: re.Pattern) -> list[Edit]:
    """The cuts (group ``cut``) that ``rx`` finds inside a number whose first digits (group
    ``digits``) end a line of running text (``chunk_cut_min_chars`` before them on their line), or a shorter line (a
    paragraph's first line that a PDF copy set short: 全区全年出生人口4 / 836人，出生率9.12‰；…) whose number's rest opens a
    line of running text (``chunk_cut_min_chars`` with a comma or full stop inside: a table's column is no such line)."""
    out = []
    for m in rx.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start("digits") - line_start >= _v()["chunk_cut_min"] or _opens_running_text(text, m.end("cut")):
            out.append((m.start("cut"), m.end("cut"), ""))
    return out


def _opens_running_text(text: str, pos: int) -> bool:
    """Whether the line from ``pos`` on is running text: long enough, with a comma or full stop inside."""
    end = text.find("\n", pos)
    line = text[pos:end if end >= 0 else len(text)].strip()
    return len(line) >= _v()["chunk_cut_min"] and _v()["inner_punctuation"].search(line) is not None


def line_number_cut_edits(text: str) -> list[Edit]:
    """A bare line break inside a rate (``达9`` / ``6.4%``; ``line_number_cut``), inside the unit word
    after a number (``1.3个百分`` / ``点``) or inside the word linking an indicator to its value (``控`` /
    ``制在``; :func:`word_cut_edits`), left after the hard wrap's joins (so that the lengths the wrap is
    found by are the page's own): removed; and a site's note or tag that the wrap's join brought onto the line of the
    number it cuts (``达82.【本文来源：…】4%``, ``6--[page:2]--2.4%``, ``6[chunk-17]0篇``; ``inline_page_break_cut``,
    ``cms_page_break_tag_cut``): removed as on a one-line page."""
    text = page_matching_text(text)
    v = _v()
    return (number_cut_edits(text, v["line_number_cut"]) + word_cut_edits(text, v["unit_word_cut"], v["unit_words"])
            + cut_edits(v["inline_page_break_cut"], text) + cut_edits(v["cms_page_break_tag_cut"], text)
            + [e for e in word_cut_edits(text, v["link_word_cut"], v["link_words"]) if _ends_running_text(text, e[0])])


def page_break_block_cut_edits(text: str) -> list[Edit]:
    """A PDF's page break inside a number, with blank lines and the document's running head around the page number
    (``running_head_page_break_cut``: 均在9 / (blank) / 某县卫生院2031年工作总结  — 2 — / (blank) / 6%): removed."""
    text = page_matching_text(text)  # same length: the patterns see Simplified, half-width forms
    return cut_edits(_v()["running_head_page_break_cut"], text)


def value_cut_edits(text: str) -> list[Edit]:
    """A bare line break inside a count (``仅有3`` / ``7人``; ``line_count_cut``), between a count and its measure word
    (``队员1300`` / ``余人次``; ``count_word_cut``), between a rate's link word and its value (``死亡率为`` / ``4.2‰``;
    ``link_value_cut``) or between a rate's digits and its sign (``管理率93.6`` / ``%，``; ``rate_sign_cut``) after a
    line of running text: the wrap of a page whose wrap width the page-wide test could not find: removed.  And the
    break between a number on a line of its own and its measure word opening the next (``38216`` / ``人，``;
    ``bare_number_measure_cut``)."""
    text = page_matching_text(text)
    v = _v()
    return number_cut_edits(text, v["line_count_cut"]) + [
        e for e in cut_edits(v["link_value_cut"], text) + cut_edits(v["rate_sign_cut"], text) + cut_edits(v["count_word_cut"], text)
        if _ends_running_text(text, e[0])] + cut_edits(v["bare_number_measure_cut"], text)


def indicator_name_cut_edits(text: str) -> list[Edit]:
    """A bare line break inside an indicator's name (an alias of the catalog, three characters or more: 规范 / 管理率,
    住院分 / 娩率) after a line of running text: the wrap of a page whose wrap width the page-wide test could not
    find (a short page among a site's lines of other widths), since a writer never breaks a line inside a word:
    removed, so the name reads whole where the value is linked."""
    text = page_matching_text(text)
    names, lengths = _cut_names()
    out = []
    for m in _BARE_BREAK.finditer(text):
        a, b = m.span()
        if 0 < a and b < len(text) and _HAN.match(text, a - 1) and _HAN.match(text, b) and _ends_running_text(text, a) \
                and any(text[a - k:a] + text[b:b + n - k] in names for n in lengths for k in range(1, n)):
            out.append((a, b, ""))
    return out


_BARE_BREAK = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _cut_names() -> tuple[frozenset[str], tuple[int, ...]]:
    """The catalog's indicator names of three Han characters or more (with the digits of an age band among them: 5岁以下
    儿童死亡率, 0-6岁儿童健康管理率, cut as 5岁以 / 下儿童死亡率), and their lengths."""
    from healthdata.normalize.indicators import alias_table

    names = frozenset(a for a in alias_table() if sum("\u4e00" <= ch <= "\u9fff" for ch in a) >= 3
                      and all("\u4e00" <= ch <= "\u9fff" or ch.isdigit() or ch == "-" for ch in a))
    return names, tuple(sorted({len(a) for a in names}))


def word_cut_pattern(words: list[str]) -> str:
    """A word of ``words`` with a line break inside it: its first characters (group ``head``), the
    break (``cut``) and the rest (``tail``)."""
    heads = sorted({w[:k] for w in words for k in range(1, len(w))}, key=len, reverse=True)
    tails = sorted({w[k:] for w in words for k in range(1, len(w))}, key=len, reverse=True)
    return ("(?P<head>" + "|".join(map(re.escape, heads)) + r")(?P<cut>[ \t\u3000]*\n[ \t\u3000]*)"
            "(?P<tail>" + "|".join(map(re.escape, tails)) + ")")


def word_cut_edits(text: str, rx: Gated, words: tuple[str, ...]) -> list[Edit]:
    """Breaks that ``rx`` (:func:`word_cut_pattern`) finds inside one of ``words``: removed."""
    return [(m.start("cut"), m.end("cut"), "") for m in rx.finditer(text)
            if any(w.startswith(m.group("head")) and m.group("tail").startswith(w[len(m.group("head")):])
                   for w in words)]


def _ends_running_text(text: str, pos: int) -> bool:
    """Whether the line ending at ``pos`` is running text: long enough, with a comma or full stop inside."""
    line = text[text.rfind("\n", 0, pos) + 1:pos].strip()
    return len(line) >= _v()["chunk_cut_min"] and _v()["inner_punctuation"].search(line) is not None


@answered_once
def page_break_edits(text: str) -> list[Edit]:
    """Page breaks of a sharing site or PDF copy (rules, 第1页/共3页 and the notice printed with them)
    that cut a sentence: removed, and the two pieces joined (or a number: 控制在1 | break | 2‰).  The
    text before the break is prose (not a heading or the site's furniture) ending without sentence
    punctuation, and the line after it starts no block (a heading, 第N篇, a report title).  Other
    page breaks stay lines of their own (the segmenter lets a report go on across them)."""
    text = page_matching_text(text)  # same length: the patterns see Simplified, half-width forms
    v = _v()
    spans = [(s, e) for s, e in _line_spans(text) if text[s:e].strip()]
    out, i = [], 1
    while i < len(spans) - 1:
        j = i
        while j < len(spans) - 1 and v["page_break"].search(text[spans[j][0]:spans[j][1]].strip()):
            j += 1
        if j == i:
            i += 1
            continue
        before = i - 1 - (i >= 2 and is_running_head(text, spans, i - 1))  # the head printed above the number
        j += j < len(spans) - 1 and is_running_head(text, spans, j)  # ... or below it
        prev = text[spans[before][0]:spans[before][1]].strip()
        prev_end = spans[before][0] + len(text[spans[before][0]:spans[before][1]].rstrip())
        nxt = spans[j][0]
        prose = v["inner_punctuation"].search(prev) and not v["furniture"].search(last_sentence_of_line(prev))
        head = v["title_head"].match(text, nxt, spans[j][1])
        opens = v["block_start"].match(text, nxt) is not None or (
            head is not None and v["title_subject"].search(head.group("title")) is not None)
        if prose and not v["sentence_end"].search(prev) and not v["signature_date_end"].search(prev) and not opens:
            nxt += len(text[nxt:spans[j][1]]) - len(text[nxt:spans[j][1]].lstrip())
            out.append((prev_end, nxt, ""))  # a cut sentence: the pieces are joined
        i = j
    return out


def is_running_head(text: str, spans: list[tuple[int, int]], k: int) -> bool:
    """Whether line ``k`` of ``spans`` is a PDF's running head (``running_head_line``: a short line without punctuation
    ending in a letterhead or report word, not an enumerated heading), or a line the page already printed above it
    (the report's title repeated on every page), or the issuing body's name that a line above opens with (the title's
    or letterhead's: 某市卫生局 over 第 1 页 共 2 页, under 某市卫生局2031年上半年工作总结), as
    :func:`repeated_head_mark_edits` reads such a head on a page joined into one line (``running_head_end``)."""
    line = text[spans[k][0]:spans[k][1]].strip()
    if not line or _v()["block_start"].match(line) or _v()["inner_punctuation"].search(line):
        return False
    if _v()["running_head"].match(line) or any(text[s:e].strip() == line for s, e in spans[:k]):
        return True
    return _v()["running_head_end"].search(line) is not None and _is_head(line) \
        and any(_v()["chunk"].sub("", text[s:e].strip(), count=1).startswith(_head_stem(line)) for s, e in spans[:k])


def last_sentence_of_line(line: str) -> str:
    """The text after the last sentence end of a line (the line itself when it holds none): what a page break after it
    cuts.  A line of a whole report, or of a report's paragraphs set off by spaces, may open with the site's metadata
    (上传者：…｜下载：57乡镇卫生院…。（二）住院楼…，; 上传者：…   下载：12次 某区卫生局…工作打算 上半年，…。 2.…，完成全年目标的), which
    is not the text the break cuts."""
    ends = [m.end() for m in re.finditer("[。！？!?]", line)]
    return line[ends[-1]:] if ends and ends[-1] < len(line) else line


def _cut_at_one_width(text: str, cut_starts: list[int], chain_length: int, bracketed: bool = False, widths=None) -> bool:
    """Whether a short chain of chunk numbers (``chunk_run_short_min`` up to ``chunk_run_min``) is a sharing
    site's: every number after the page's first cuts a sentence (``cut_starts``: the line starts of those that
    do), the lines they cut all have one length (the chunk number before one not counted, but a number of the page's
    own of the other form, an essay site's [1] opening a paragraph, counted: it was on the line the site cut), the
    width the site wrapped the page at, and at least half of them end inside a clause (a short page copied from a
    sharing site has a few cuts only; a list's items end where their text ends, with its punctuation).  With ``widths``
    (:func:`source_line_widths`) the lines are also measured in the characters of the page's source, as the site counted
    them when it cut: a spaced page's spaces (…住 院 分 / 3、娩 率…), the pinyin after characters (…鎮(zhèn)級…), which the
    view has taken out by then, count in its width."""
    if len(cut_starts) < chain_length - 1:
        return False
    lines, in_source = [], set()
    for start in cut_starts:  # each line as the site copied it, without the chunk number the site put before it
        end = text.rfind("\n", 0, start)
        line_start = text.rfind("\n", 0, end) + 1
        lines.append(_v()["chunk"].sub(lambda m: "" if bool(m.group("sq")) == bracketed else m.group(),
                                       text[line_start:end]).rstrip())
        if widths is not None:  # (the chunk number before the line, as long in the source as in the view, not counted)
            in_source.add(widths(line_start, end) - (len(text[line_start:end].rstrip()) - len(lines[-1])))
    inside_clause = sum(1 for line in lines if line[-1:].isalnum())  # cut inside a word or a number, not after a comma
    # (the site counts a line's indent in its width: a signature set right by spaces, 　…　（ / 3、王丽霞）, is cut at it too)
    one_width = len({len(line.strip()) for line in lines}) == 1 or len({len(line) for line in lines}) == 1 \
        or len(in_source) == 1
    return one_width and inside_clause >= len(lines) / 2


def _cuts_sentence(text: str, line_start: int) -> bool:
    """Whether the line before ``line_start`` is a piece of running text (not a short heading or
    list item) that ends without sentence punctuation."""
    end = text.rfind("\n", 0, line_start)
    if end < 0:
        return False
    start = text.rfind("\n", 0, end) + 1
    prev = _v()["chunk"].sub("", text[start:end]).strip()
    if prev[-1:] in _OPENING_BRACKETS:  # no line ends on an opening bracket: the cut fell inside the bracket
        return True
    return len(prev) >= _v()["chunk_cut_min"] and not _v()["sentence_end"].search(prev)


_OPENING_BRACKETS = frozenset("（(【[“「《〔")


# a line ending in a short bracketed word run into the word before it (执业（助理）, 乡（镇）, 疫苗（针次）): the bracket
# closes a word, not a sentence, so a wrap may fall right after it (…每千常住人口执业（助理） / 医师数2.41人，…)
_BRACKETED_WORD_END = re.compile(r"[^\s，,。；;：:！？!?、()（）][(（][^()（）\s，,。；;：:！？!?、]{1,8}[)）][ \t\u3000]*$")


def _bracketed_word_end(text: str, s: int, e: int) -> bool:
    """Whether the line [s, e) of ``text`` (no line break inside) ends in a bracketed word (:data:`_BRACKETED_WORD_END`),
    searched only when its last character can end such a match (a closing bracket, or a space after one): most lines
    end otherwise, and the pattern, opening on a negated class, is otherwise tried at every character of the line."""
    return e > s and text[e - 1] in _BRACKETED_LAST and _BRACKETED_WORD_END.search(text, s, e) is not None


_BRACKETED_LAST = frozenset(")） \t\u3000")


def _between_breaks(s: str) -> str:
    """What stands between the first and the last line break of ``s``, without its spaces."""
    return s[s.find("\n") + 1:s.rfind("\n")].strip()


def _wrapped_again(text: str, spans: list[tuple[int, int]], open_: list[tuple[int, int]]) -> bool:
    """Whether the lines the wrap cut (``open_``) are mostly followed by a short rest holding more than digits (pageview.yaml
    ``wrap_again_rest_chars``, ``wrap_again_rest_share``): a PDF copy whose lines ended at the PDF's width, wrapped again a
    little narrower, each PDF line's last characters left on a line of their own (…体制改 / 革为主线…)."""
    v = _v()
    nxt = dict(zip(spans, spans[1:]))
    rests = 0
    for span in open_:
        after = nxt.get(span)
        rest = text[after[0]:after[1]].strip() if after is not None else ""
        rests += 0 < len(rest) <= v["wrap_again_rest"] and not rest.isdigit()
    return rests >= max(v["wrap_again_min"], v["wrap_again_share"] * len(open_))


def hard_wrap_edits(text: str, measure=len, indent: bool = False, widths=None, least: int | None = None) -> list[Edit]:
    """Line breaks of a hard-wrapped page (PDF copies: most lines about one width, cut mid-sentence):
    a break after a full-width line that ends without sentence punctuation is removed.  ``measure``
    gives a line's length (characters; :func:`typeset_width` for a page wrapped by its width on paper); with
    ``indent`` a line's indent counts in it (a site that wrapped its lines at a width counting the paragraph's
    indent: the indented first line of a paragraph as long as the lines after it), and only lines of exactly one
    width that no line passes are a wrap's (:func:`_cut_at_page_width`: a PDF's lines set in by a run of spaces, a
    centred title, keep their lengths apart).  ``widths`` (a line's start and end to its length) measures each line
    otherwise: in the page's source characters (:func:`source_line_widths`).  ``least``: the lines of exactly the width
    that end inside a sentence wanted at least (``wrap_at_width_min_lines``; fewer, ``wrap_at_width_last_lines``, where
    no other measure finds a wrap)."""
    raw, text = text, page_matching_text(text)  # same length: the patterns see Simplified, half-width forms
    v = _v()
    spans, unfinished = _paper_lines(text)
    least = v["wrap_at_width_min"] if least is None else least
    if len(spans) < v["wrap_min_lines"] or unfinished < min(v["wrap_share"] * len(spans), least):
        return []  # (too few lines end without a sentence's end for any wrap width)
    if measure is typeset_width and widths is None and not indent:  # (every line's width from one pass over the page)
        lengths = np.array(typeset_widths(raw, spans), dtype=int)
    else:
        lengths = np.array([widths(s, e) if widths is not None else measure(raw[s:e].rstrip() if indent else raw[s:e].strip())
                            for s, e in spans])
    width = int(np.bincount(lengths).argmax())  # the wrap width: the most common line length
    at_longest = width > v["wrap_max"] or width < 2 \
        or (lengths > width + v["wrap_overhang"]).sum() > v["wrap_longer_share"] * len(spans)  # lines run past it
    if at_longest:  # ... no wrap width; but a page of shorter lines (a table a cell per line, headings) may have been
        # cut at its longest length (:func:`_cut_at_page_width`), a line of running text
        width = int(lengths.max())
        if width > v["wrap_max"] or width < v["chunk_cut_min"]:
            return []
    # (a wrap counted in the source's characters cuts at the width exactly: a heading set in by references, &nbsp; four
    # times, is near the width in the source and no line the wrap cut)
    ratio = 1.0 if widths is not None else v["wrap_ratio"]
    full = [(s, e) for (s, e), n in zip(spans, lengths)
            if n >= ratio * width and not v["table_cells"].search(text, s, e)]
    open_ = [(s, e) for s, e in full if not v["sentence_end"].search(text[s:e].rstrip())
             or _bracketed_word_end(text, s, e)]
    # (a line past the width is no line the wrap left: two paper lines an earlier edit joined across a page break and
    # its running head, or a heading and its text; the share of cut lines is of the lines the wrap could cut)
    wrappable = len(spans) - (0 if at_longest else int((lengths > width + v["wrap_overhang"]).sum()))
    if (indent or at_longest or len(open_) < v["wrap_share"] * wrappable) \
            and not _cut_at_page_width(lengths, width, spans, open_, least):
        return []
    prose = sum(1 for s, e in open_ if v["inner_punctuation"].search(text, s, e))
    if prose < v["wrap_prose_share"] * len(open_):
        return []  # lines of link titles or names, not prose cut by a wrap
    # a line of the full width was cut by the wrap even where the cut falls after punctuation
    exact = [(s, e) for (s, e), n in zip(spans, lengths) if n >= width and (s, e) not in open_]
    cut, open_set = set(open_ + exact), set(open_)
    above = dict(zip(spans[1:], spans))  # (each paper line's line above it)
    # a site's mark on a line of its own between the pieces of a rate it cut (…均在9 / …………此处为第1页结束…………
    # / 6%以上; …达到9 / 〔本文共2页　当前第1页〕 / 6.8%): the cut rule reads the rate across it (line_number_cut), so
    # neither break around the mark is a wrap's to join
    # (on a PDF copy wrapped again, a lone number under a cut line is the PDF line's last digits, not such a mark:
    # wrap_again_rest_chars)
    again = _wrapped_again(text, spans, open_)
    held = {k for m in v["line_number_cut"].finditer(text) if m.group().count("\n") >= 2
            and not (again and _between_breaks(m.group()).isdigit())
            for k in range(m.start(), m.end()) if text[k] == "\n"}
    out = []
    for s, e in sorted(cut):
        if e in held:
            continue
        if is_page_break_text(text[s:e]) or v["furniture"].search(text[s:e].strip()):
            continue  # a PDF's page number with its running head, or a line of the site's furniture (an upload
            # line's counters above a pasted PDF: 浏览次数：87 | 上传日期：… | 文档星级：★★★★☆), is never joined to the text after it
        if above.get((s, e)) not in cut and _reads_as_title(text[s:e].strip()) \
                and not _CLOSES_OR_GOES_ON.match(text, e + 1 if e < len(text) else e):
            continue  # a title as long as the wrap width (某某县卫生和计划生育服务中心2016年度卫生计生工作总结), or the site's
            # copy of it with the site's name (…2016年工作总结_某某县人民政府网) over the title, is no piece of a sentence:
            # never joined to the line under it (a line under one the wrap cut goes on with that sentence, and so does
            # a line under which a mark closes or the clause goes on: 现将《某县2031年卫生工作要点 / 》印发给你们)
        nxt = e + 1
        while nxt < len(text) and text[nxt] in " \t\u3000\n":
            nxt += 1
        if (s, e) not in open_set and ("\n" in text[e + 1:nxt] or _indent(text, nxt) > _indent(text, s)):
            continue  # a line of the width that ends its sentence, then a blank line or a line set in further than it
            # (a paragraph's first line, 　　2035年主要目标：…): a paragraph's end, not a cut
        line_end = text.find("\n", nxt)
        line_end = line_end if line_end >= 0 else len(text)
        heading = nxt < len(text) and v["block_start"].match(text, nxt) is not None \
            and not (_ENUMERATOR_NUMBER.match(text, nxt) and value_goes_on(text[s:e]))
        if nxt >= len(text) or heading or v["table_cells"].search(text, nxt, line_end) \
                or (v["bare_chunk"].match(text, nxt, line_end)
                    and not (again and (s, e) in open_set and text[nxt:line_end].strip().isdigit())) \
                or v["furniture"].search(text[nxt:line_end].strip()) or is_page_break_text(text[nxt:line_end]) \
                or (v["addressee"].match(text[nxt:line_end].strip()) and not v["clause_punctuation"].search(text, s, e)) \
                or (v["publisher"].match(text[nxt:line_end].strip()) and not v["clause_punctuation"].search(text, s, e)):
            continue  # a heading, a table row, a site's chunk number on a line of its own (…达到9 / [2] / 5%: the cut
            # rules read the number across it, line_number_cut), a line of the site's furniture, or the addressee or the publishing body
            # under a title (某县卫生局关于…的报告 / 县人民政府：; 某市2031年…统计公报 / 某市卫生健康委员会) is never joined to text
        out.append((e, nxt, ""))
    return out


def field_line_rest_edits(text: str) -> list[Edit]:
    """A line of the site's fields (its counters, its upload line) that a wrap cut (…阅读：2 3 / 14次; …【阅读： / 302次】):
    joined to its rest on the next line, where that line is the field's rest (pageview.yaml ``wrap_field_rest``: the
    label's last characters, the counter's digits, maybe further fields) and the line above ends without a sentence's
    end (a label's colon awaits its value), so that the counter reads as the site's line again and not as a count of the report;
    the closing bracket of the line's last page tool alone on the next line (…【打印】【关闭 / 】: :func:`_closes_last_tool`);
    the last characters of a name a field gives (来源：…规划 / 处　【打印】) before the line's further fields or tools
    (``wrap_name_field_end``, ``wrap_name_rest``);
    and a PDF's running head beside its page number that a wrap cut (:func:`_running_head_rest`), so that the page break
    reads whole."""
    if "\n" not in text:
        return []
    text = page_matching_text(text)  # same length: the patterns see Simplified, half-width forms
    v, out = _v(), []
    lines = [(s, e) for s, e in _line_spans(text) if text[s:e].strip()]
    for k, ((s, e), (s2, e2)) in enumerate(zip(lines, lines[1:])):
        line, rest = text[s:e].strip(), text[s2:e2].strip()
        if text[e:s2].strip(" \t\u3000") != "\n" or line[-1] in "。！？!?；;":
            continue
        if _name_rest(text, lines, k):
            out.append((s + len(text[s:e].rstrip()), s2 + len(text[s2:e2]) - len(text[s2:e2].lstrip()), ""))
            continue
        if not (v["wrap_field_rest"].match(rest) and _cut_before(line, rest) and v["furniture"].search(line)
                and v["furniture"].search(line + rest)) and not _running_head_rest(line, rest) \
                and not (_closes_last_tool(line, rest) and v["furniture"].search(line + rest)):
            continue  # (and the line and its rest read together as the site's line: the rest finishes one of its fields)
        out.append((s + len(text[s:e].rstrip()), s2 + len(text[s2:e2]) - len(text[s2:e2].lstrip()), ""))
    return out


def _name_rest(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """Whether line ``k + 1`` of ``lines`` is the rest of a name the site's field ending line ``k`` gives (来源：某市卫生健康委规划
    / 处　【打印】), cut off by a wrap: a few Han characters, then the line's further fields or tools, or alone above a line
    of the site's furniture (``wrap_name_field_end``, ``wrap_name_rest``)."""
    v = _v()
    (s, e), (s2, e2) = lines[k], lines[k + 1]
    line, rest = text[s:e].strip(), text[s2:e2].strip()
    m = v["wrap_name_rest"].match(rest)
    if m is None or not v["wrap_name_field_end"].search(line) or not v["furniture"].search(line):
        return False
    return m.group("tail") is not None or k + 2 < len(lines) and v["furniture"].search(text[slice(*lines[k + 2])].strip())


def _cut_before(line: str, rest: str) -> bool:
    """Whether ``line`` ends where a wrap cut a field of the site that ``rest`` finishes (pageview.yaml ``wrap_field_rest``):
    in a digit, a colon or a date's or number's separator before the digits' rest; in a digit before the counter's
    measure word; in a label's first characters before its rest (浏 / 览：312次); in a font switch's first part before
    its rest.  A line of the site's own, whole, and a new field under it (通知公告 / 索引号：…, …2035-01-05 / 分享：…)
    are no such cut."""
    v = _v()
    last = line.rstrip()[-1:]
    if rest[:1].isdigit():
        return last.isdigit() or last in ":：-/.,"
    measure = re.match(r"(?:人次|次|页|分)(?=$|[ \t\u3000|｜]|([\u4e00-\u9fff]{1,4})[:：])", rest)
    if measure is not None and (measure.group(1) is None or measure.group(1) in v["wrap_cut_labels"]):
        return last.isdigit()  # (a measure word, then the line's end, a separator or a counter's label: 次收藏：7)
    label = re.match(r"([\u4e00-\u9fff]{0,3})[:：]", rest)
    if label is not None:
        tail = label.group(1)
        return any(name.endswith(tail) and len(name) > len(tail) and line.endswith(name[:len(name) - len(tail)])
                   for name in v["wrap_cut_labels"])
    return v["wrap_font_switch_start"].search(line) is not None


_TOOL_BRACKETS = {"】": "【", "]": "[", "）": "（", ")": "("}


def _closes_last_tool(line: str, rest: str) -> bool:
    """Whether ``rest`` is only the closing bracket of the page tool the line ends with, which a wrap cut off (来源：…
    发布时间：…　【打印】【关闭 / 】): the line's last bracket of that pair opens and is not closed."""
    opening = _TOOL_BRACKETS.get(rest)
    return opening is not None and line.rfind(opening) > line.rfind(rest) and line[-1:] != opening


def _running_head_rest(line: str, rest: str) -> bool:
    """Whether ``rest`` is the last characters of a PDF's running head printed beside its page number that a wrap cut
    off (－2－      某区卫生健康委员 / 会): the line is a page break and, with the rest (a few Han characters), its head
    ends in a body's name or a report word (``running_head_end``), which it did not without it."""
    if not (0 < len(rest) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in rest)) or not is_page_break_text(line):
        return False
    rx = _v()["running_head_end"]
    return rx.search(line + rest) is not None and rx.search(line) is None


def _indent(text: str, pos: int) -> int:
    """The spaces (ideographic ones two) the line holding ``pos`` opens with: how far it is set in."""
    start = text.rfind("\n", 0, pos) + 1
    n = 0
    while start < len(text) and text[start] in " \t\u3000":
        n += 2 if text[start] == "\u3000" else 1
        start += 1
    return n


_CLOSES_OR_GOES_ON = re.compile(r"[ \t\u3000\n]*[》」』”’）)\]】，,。；;：:、！？!?]")


def _reads_as_title(line: str) -> bool:
    """Whether a line (of the matching text) reads as a report's title, as segmentation reads one
    (:func:`healthdata.segment.title_like`), and closes every mark it opens (现将《某县…工作要点 opens a sentence's name of
    a document)."""
    from healthdata.segment import title_like

    if line.count("《") != line.count("》") or line.count("“") != line.count("”"):
        return False
    return title_like(line)


def _cut_at_page_width(lengths: np.ndarray, width: int, spans: list[tuple[int, int]], open_: list[tuple[int, int]],
                       least: int) -> bool:
    """Whether a page of many short lines (a title, headings, a list's items, a table) and a few paragraphs was cut at
    one width all the same: lines of exactly the page's width (its most common length, or its longest where a table's
    cells a line each are the most common), which no line passes, at least ``least`` of them and most
    ending inside a sentence.  Lines of
    one length that is the page's longest are a wrap's mark however few the paragraphs it cut (a writer's lines end
    where their sentences end, at lengths of their own)."""
    at_width = [span for span, n in zip(spans, lengths) if n == width]
    if (lengths > width).sum() > 0:
        return False
    inside = set(open_)
    cut = sum(1 for span in at_width if span in inside)
    return cut >= least and cut * 2 > len(at_width)


@lru_cache(maxsize=2)
def _paper_lines(text: str) -> tuple[list[tuple[int, int]], int]:
    """The non-blank lines of a page's matching text that were on its paper, and how many of them end without a
    sentence's end (or in a bracketed word), remembered for the last texts (:func:`pdf_wrap_edits` measures the
    same lines twice): the site's lines around a pasted PDF (its trail, notices, counters) and its page breaks were
    never on the paper, and a wrap's open lines (:func:`hard_wrap_edits`) are among the unfinished ones."""
    v = _v()
    spans = [(s, e) for s, e in _line_spans(text) if text[s:e].strip()]
    spans = [(s, e) for s, e in spans if not (v["furniture"].search(text[s:e].strip()) or is_page_break_text(text[s:e]))]
    unfinished = sum(1 for s, e in spans if not ends_sentence(text[s:e].rstrip()) or _bracketed_word_end(text, s, e))
    return spans, unfinished


def ends_sentence(line: str) -> bool:
    """Whether a line (no line break inside) ends with sentence punctuation (``sentence_end``): the pattern tried at
    its last character only, where it alone can match."""
    return _v()["sentence_end"].match(line, len(line) - 1) is not None


def is_page_break_text(line: str) -> bool:
    """Whether a line (of the matching text) is a page break of a PDF copy or sharing site (segment.yaml
    ``page_break_line``: — 3 —, a running head beside its page number, 第2页/共5页)."""
    return bool(_v()["page_break"].search(line.strip()))


def typeset_width(line: str) -> int:
    """The width a line takes on a printed page, in full-width characters (rounded up): a Han character
    or full-width punctuation is one, a digit, Latin letter or half-width sign half of one."""
    return (sum(map(_TYPESET_HALVES.__getitem__, line)) + 1) // 2


class _HalvesByCharacter(dict):
    """:func:`_typeset_halves` of each character met, worked out the first time it is met (a line is
    measured character by character: the table look-up keeps the loop in C)."""

    def __missing__(self, c: str) -> int:
        self[c] = halves = _typeset_halves(c)
        return halves


_TYPESET_HALVES = _HalvesByCharacter()


def _typeset_halves(c: str) -> int:
    """Half-widths one character takes when typeset: 1 for a digit, a Latin letter or a sign set with them (%, ., /)
    whatever its code (a site may turn them into full-width forms after the page was typeset: ９８．６％), else 2 for an
    East Asian wide, full-width or ambiguous character (Han, Chinese punctuation, “”), 1 for the rest."""
    import unicodedata

    folded = unicodedata.normalize("NFKC", c) if "\uff01" <= c <= "\uff5e" else c
    if folded.isascii() and (folded.isalnum() or folded in "%./+-"):
        return 1
    return 2 if unicodedata.east_asian_width(c) in "WFA" else 1


def pdf_wrap_edits(text: str, widths=None) -> list[Edit]:
    """Line breaks of a hard-wrapped page (:func:`hard_wrap_edits`), its lines measured by their
    characters, else by their printed width: text pasted from a PDF was wrapped at the page's edge,
    so a line with figures in it (孕产妇死亡率由2015年的18.6/10 — digits are half as wide as
    Han characters) holds more characters than a line of Han characters only, and no one count of
    characters is the wrap width.  With ``widths`` (:func:`source_line_widths`), by the characters the page's source
    holds on each line where that finds more of the wrap's cuts (a paragraph's first line set in by four &nbsp; is short
    in the view, so a width found in the view leaves it cut)."""
    found = _wrap_at_view_widths(text)
    if widths is not None:
        in_source = hard_wrap_edits(text, widths=widths)
        if not in_source and not found:  # (a short page's few lines of the width, in the source's characters)
            in_source = hard_wrap_edits(text, widths=widths, least=_v()["wrap_at_width_last"])
        if len(in_source) > len(found):
            return in_source
    return found


@answered_once
def _wrap_at_view_widths(text: str) -> list[Edit]:
    """:func:`hard_wrap_edits` of the page's lines measured in characters, else by their printed width, else with their
    indents: what :func:`pdf_wrap_edits` finds without the source's widths (asked twice of a page the first pass of the
    wrap left as it was); where none finds one, a short page's few lines of its width (``wrap_at_width_last_lines``)."""
    return hard_wrap_edits(text) or hard_wrap_edits(text, measure=typeset_width) or hard_wrap_edits(text, indent=True) \
        or hard_wrap_edits(text, least=_v()["wrap_at_width_last"])


def source_line_widths(view: PageView):
    """A line's length in the characters of the page's source, its indent and its end counted (a line's start and end
    in ``view.text`` to the length of its source span), or None where the view is the source itself.  A site that
    wrapped a .txt page at one width counted what the source holds: the pinyin after characters (衛(wèi)生(shēng)局),
    the HTML character references a page left undecoded (&nbsp;&nbsp;&nbsp;&nbsp;1.新冠病毒疫苗…, &ldquo;), which the
    view takes out or shows as one character each, so that its lines vary in length where the source's are one width."""
    if view.is_identity:
        return None
    text = view.text

    raw = view.raw

    def width(s: int, e: int) -> int:  # (the source line the view's line ends on: lines an earlier edit joined, a
        # sentence cut by a page break, are measured by their last piece, the one the wrap left; its spaces count, as
        # the wrap counted them; a piece of a source line that an edit set on a line of its own, the site's furniture
        # cut off a title, is measured as that piece)
        a, b = view.raw_span(s, max(s, len(text[:e].rstrip(" \t\u3000"))))
        last = max(a, b - 1)
        start, end = raw.rfind("\n", 0, last) + 1, raw.find("\n", last) % (len(raw) + 1)
        if s > 0 and view.raw_offset(s - 1) != start - 1:  # (the view's line opens at a break an edit put in)
            start = max(start, a)
        if e < len(text) and view.raw_offset(e) != end:  # (... or ends at one)
            end = b
        return end - start
    return width


@lru_cache(maxsize=1)
def _title_pair_vocab() -> dict:
    seg, v = load_yaml("segment.yaml"), load_yaml("pageview.yaml")
    return {"title_end": re.compile(seg["report_word"] + seg["title_end_label"] + r"\s*$"),
            "first_max": int(v["title_pair_first_max_chars"]), "title_max": int(seg["notice_title_max_chars"]),
            "after": re.compile(v["title_pair_after"])}


_TITLE_PAIR_PUNCT = re.compile(r"[,，。；;：:！？!?、|｜>»›_]")  # (and a trail's or a site name's separators)
_TITLE_PAIR_LINK = ("及", "和", "与", "暨")  # a title cut after a connective: …工作回顾及 / “十六五”发展思路


def split_title_edits(text: str) -> list[Edit]:
    """A title printed over two lines (a PDF's title in a large font, cut where its writer chose: 某某县疾病预防控制
    中心 / 2031年工作总结, or after a connective: 某县卫生院“十五五”工作回顾及 / “十六五”发展思路): the break between the
    lines is removed.  The first line holds no punctuation and ends in no report word (it is no title of its own)
    and names the body (a health word) or ends in a connective, the second ends in a report word and names no
    field of its own (a whole title under a site's name, 某县卫生健康网 / 某县卫生局2031年工作总结, stays apart), the
    two together read as a title (at most ``notice_title_max_chars``), no list of short lines (a site's menu) ends
    in the first, and the report's text, its date or the site's line follows them (pageview.yaml ``title_pair_*``)."""
    text = page_matching_text(text)  # same length: the patterns see Simplified, half-width forms
    v, t = _v(), _title_pair_vocab()
    spans = [(s, e) for s, e in _line_spans(text) if text[s:e].strip()]
    out = []
    for k, ((s1, e1), (s2, e2), (s3, e3)) in enumerate(zip(spans, spans[1:], [*spans[2:], (len(text), len(text))])):
        first, second = text[s1:e1].strip(), text[s2:e2].strip()
        prev = text[spans[k - 1][0]:spans[k - 1][1]].strip() if k else ""
        if prev and len(prev) <= t["first_max"] and not _TITLE_PAIR_PUNCT.search(prev) \
                and not (v["furniture"].search(prev) or is_page_break_text(prev)):
            continue  # the first line ends a list of short lines (a site's menu: 政策文件 / 统计信息): no title's part
        if text[e1:s2].count("\n") != 1 or not 2 <= len(first) <= t["first_max"] or len(first) + len(second) > t["title_max"]:
            continue  # (the two lines follow each other directly)
        if _TITLE_PAIR_PUNCT.search(first + second) or v["block_start"].match(first) or v["block_start"].match(second) \
                or t["title_end"].search(first) or not t["title_end"].search(second) \
                or not v["title_subject"].search(first if not first.endswith(_TITLE_PAIR_LINK) else first + second) \
                or v["title_subject"].search(second) or v["furniture"].search(first) or is_page_break_text(first):
            continue
        after = text[s3:e3].strip()
        if s3 < len(text) and not (v["inner_punctuation"].search(after) or t["after"].match(after)):
            continue  # a list of short lines (related links) follows: no title over a report
        out.append((s1 + len(text[s1:e1].rstrip()), s2, ""))
    return out


def continued_title_edits(text: str) -> list[Edit]:
    """A title over two lines whose first line reads as a title already and whose second goes on with it (pageview.yaml
    ``title_continuation_line``: 某县卫生局2031年上半年工作总结 / 及下半年工作打算; 关于印发某市“十五五”卫生健康规划 /
    （2031—2035年）的通知): the break between them is removed, so that the title is read whole (a summary and a plan,
    a notice carrying a plan).  The first line holds no sentence punctuation and names the body or field, and the two
    together are at most ``notice_title_max_chars`` long."""
    text = page_matching_text(text)  # same length: the patterns see Simplified, half-width forms
    v, t = _v(), _title_pair_vocab()
    spans = [(s, e) for s, e in _line_spans(text) if text[s:e].strip()]
    out = []
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        first, second = text[s1:e1].strip(), text[s2:e2].strip()
        if text[e1:s2].count("\n") != 1 or len(first) + len(second) > t["title_max"] or _TITLE_PAIR_PUNCT.search(first) \
                or not t["title_end"].search(first) or not v["title_subject"].search(first) \
                or v["furniture"].search(first) or not v["title_continuation"].match(second):
            continue
        out.append((s1 + len(text[s1:e1].rstrip()), s2, ""))
    return out


def line_break_edits(text: str) -> list[Edit]:
    """Line breaks inserted inside long lines (whole reports on one line) before what starts a
    block on a line-broken page: article markers, enumerated headings after a full stop, a report
    title between spaces after a full stop.  Every pattern here is gated: only the lines holding a gate
    (:func:`line_gates`) and the lines of a whole report are read, each with the patterns whose gates it holds."""
    text = page_matching_text(text)  # same length: the patterns see Simplified, half-width forms
    v = _v()
    ends, holding = _line_ends(text), line_gates(text)
    whole_reports = [s for s, e in ends.items() if e - s >= v["glued_line"]]
    out = []
    for s in sorted(holding.keys() | whole_reports):
        e, gates = ends[s], holding.get(s, frozenset())
        if e - s < v["long_line"]:
            continue
        found = [*_line_matches("inline_break", text, s, e, gates), *_line_matches("marker_after_space", text, s, e, gates)]
        found += _line_matches("bullet_break", text, s, e, gates)
        out += section_label_breaks(text, s, e) if "glued_section_label" in gates else []
        out += signature_breaks(text, s, e, e - s >= v["glued_line"]) if "glued_signature" in gates else []
        found += _line_matches("speaker_label", text, s, e, gates)
        found += _line_matches("entry_opening", text, s, e, gates)
        found += repeated_name_labels(text, s, e) if "glued_speaker_label" in gates else []
        found += _line_matches("chapter_then_item", text, s, e, gates)
        if e - s >= v["glued_line"]:
            found += _line_matches("glued_break", text, s, e, gates)
            for m in _line_matches("glued_section", text, s, e, gates):
                found.append(m)
                if text[s:m.start()].rstrip()[-1:] in tuple("。！？；;!?"):  # after a full stop it opens its own line too
                    out.append((m.start(), m.start(), "\n"))
            found += _line_matches("paragraph_opening", text, s, e, gates)
            found += _line_matches("heading_opener", text, s, e, gates)
        # a title set off by spaces after a full stop starts a line whatever the line's length (a site's
        # one-sentence blurb before an excerpt: 下面是…整理的…，供参考。 <title> 2009年，…); a break after it as well
        for m in [*_line_matches("title_inside", text, s, e, gates), *_line_matches("excerpt_title", text, s, e, gates)]:
            if v["title_subject"].search(m.group("title")) and m.end() < e:
                out.append((m.end(), m.end(), "\n"))
                found.append(m)
        first = _ENUMERATOR_NUMBER.match(text, s)
        counted = {int(first.group(1))} if first else set()  # the numbers of the 1、 2、 enumerators met so far on the line
        for m in sorted(found, key=lambda x: x.start()):
            pos = m.start("at2") if "at2" in m.re.groupindex and m.group("at2") is not None else m.start("at")
            number = _ENUMERATOR_NUMBER.match(text, pos)
            if number is not None:
                n = int(number.group(1))
                if m.re is v["glued_break"].rx and not glued_number_counts(text, s, pos, n, counted):
                    continue
                counted.add(n)
            if s < pos < e and text[s:pos].strip() and not v["marker_only"].fullmatch(text, s, pos):
                out.append((pos, pos, "\n"))
    return sorted(set(out))


def _line_matches(key: str, text: str, start: int, end: int, gates: frozenset[str]):
    """The matches of the gated pattern ``key`` (of :func:`_v`) in the line [start, end); none when its gate is one
    :func:`line_gates` looks for and the line's ``gates`` lack it."""
    rx = _v()[key]
    return rx.finditer(text, start, end) if not rx.per_line or rx.name in gates else ()


_BLURB_TAIL = re.compile(r"[^。！!？?\n]{1,60}[。！!？?]")


def lead_in_title_breaks(text: str) -> list[Edit]:
    """Breaks around the title an essay site's lead-in names, on a line of any length (a one-line page cut after the
    title already: 以下是小编整理的<title> / ，供大家参考，希望对你有所帮助。2031年，全县…): before the title, so that it
    stands on a line of its own as on a lined page, and after the lead-in's tail (:func:`blurb_tail_break`)."""
    text = page_matching_text(text)  # same length: the patterns see Simplified, half-width forms
    v = _v()
    out = []
    for s, e in _line_spans(text):
        for m in v["excerpt_title"].finditer(text[s:e] + "。"):  # (a title may end its line: the line's end closes it)
            if m.group("lead") and v["title_subject"].search(m.group("title")):
                out += [(s + m.start("at"), s + m.start("at"), "\n")] if text[s:s + m.start("at")].strip() else []
                out += blurb_tail_break(text, s + m.end() + text.startswith("\n", s + m.end()))
    return sorted(set(out))


def blurb_tail_break(text: str, pos: int) -> list[Edit]:
    """A break after the rest of an essay site's lead-in sentence that follows the title it names (at ``pos``, a comma
    there), when the report's text goes on after it on the same line (one-line pages:
    以下是小编整理的<title>，供大家参考，希望对你有所帮助。2031年，全县…): the lead-in's tail is then a line of the site's
    furniture (segment.yaml boilerplate), as it is on a lined page."""
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    if not text.startswith((",", "，"), pos):
        return []
    m = _BLURB_TAIL.match(text, pos, end)
    if m is None or m.end() >= end or not _v()["furniture"].search(text[pos:m.end()].strip()):
        return []
    return [(m.end(), m.end(), "\n")]


def section_label_breaks(text: str, start: int, end: int) -> list[Edit]:
    """Line breaks around a section label glued to the sentence before it (``glued_section_label``): before
    the label, and after it when no colon follows (the first item opens the next line)."""
    out = []
    for m in _v()["section_label"].finditer(text, start, end):
        cuts = [m.start("at")] + ([m.end("label")] if m.group("colon") is None else [])
        out += [(c, c, "\n") for c in cuts if start < c < end and text[start:c].strip()]
    return out


_BRACKETED_NOTE = re.compile(r"[（(][^（()）\n]{1,12}[)）]")  # (a sign-off's note after its date: （此件公开发布）)


def signature_breaks(text: str, start: int, end: int, whole_report: bool) -> list[Edit]:
    """Line breaks around a notice's signature glued between its last sentence and the document it issues
    (``glued_signature``): before the issuing body, after the date, and after the document's title.  On a
    shorter line than a whole report's (not ``whole_report``) only a signature followed by the document's
    title counts (…。市卫生局2019年3月1日起施行 is a sentence), or one that ends the line (a short report's own sign-off:
    …仅有医师9名。某镇卫生院二〇一七年十二月八日), maybe with a bracketed note after it (…八日（此件公开发布）)."""
    out = []
    for m in _v()["signature"].finditer(text, start, end):
        rest = text[m.end("sig"):end].strip()
        if not whole_report and not m.group("title") and rest and not _BRACKETED_NOTE.fullmatch(rest):
            continue
        cuts = [m.start("sig"), m.end("sig")] + ([m.end("title")] if m.group("title") else [])
        out += [(c, c, "\n") for c in cuts if start < c < end]
    return out


def repeated_name_labels(text: str, start: int, end: int) -> list[re.Match]:
    """Name labels (``glued_name_label``: 张明：) after sentence ends on the line [start, end) whose
    name comes back at least ``glued_name_label_min`` times, on a line that also holds a host's or
    questioner's label (``glued_speaker_label``: 主持人：, 问：): the guests of an interview on one line
    (a word a report repeats as a label, 对策：, is no speaker)."""
    v = _v()
    if not any(m.group("role") for m in v["speaker_label"].finditer(text, start, end)):
        return []
    found = list(v["name_label"].finditer(text, start, end))
    counts = Counter(m.group("name") for m in found)
    return [m for m in found if counts[m.group("name")] >= v["name_label_min"]]


_ENUMERATOR_NUMBER = re.compile(r"[ \t\u3000]*([0-9]{1,2})[、．.]")


def glued_number_counts(text: str, line_start: int, pos: int, n: int, counted: set[int]) -> bool:
    """Whether a number glued to the Han text before it (``…工作1、加强…``, ``…城区达98、农村达95``) is an
    enumerator: enumerators count from 1, so it is one when it is 1 or the line already had the
    number before it, and it does not follow a word that links a value (达, 为, 达到: a value in a
    list whose unit was dropped)."""
    if n != 1 and n - 1 not in counted:
        return False
    return not value_goes_on(text[line_start:pos])


def value_goes_on(before: str) -> bool:
    """Whether digits right after ``before`` continue a value rather than number an item: ``before``
    ends with a word that links a value (达, 为, 达到) or with digits (a number cut by a wrap:
    城区达9 | 8、农村达95)."""
    before = before.rstrip(" \t\u3000")
    return before[-1:].isdigit() or before.endswith(_v()["value_links"])


def title_break_edits(text: str, after_marker: bool = False) -> list[Edit]:
    """A report title at the start of a line that goes on with the whole report's text (reports on
    one line): a line break after the title (and its article marker and word counts).  With
    ``after_marker``, titles after an article marker (第N篇) followed by any text on their line."""
    text = page_matching_text(text)  # same length: the patterns see Simplified, half-width forms
    v = _v()
    out = []
    for s, e in _line_spans(text):
        m = v["title_head"].match(text, s, e)
        dated = None if m or after_marker else _LEADING_DATE.match(text, s, e)
        if dated is not None:  # (the site's date before the title on a one-line page: 2031-02-14　某镇卫生院…工作总结　…)
            m = v["title_head"].match(text, dated.end(), e)
        if not m or not v["title_subject"].search(m.group("title")):
            continue
        rest = len(text[m.end():e].strip())
        copies = [] if after_marker else _title_copies_after(text, m.end(), e, m.group("title"))
        whole_report = rest >= v["title_min_rest"] or v["title_then_opening"].match(text, m.end(), e) is not None \
            or bool(copies) or (rest >= v["title_glued_year_min_rest"]
                                and v["title_glued_year"].match(text, m.end(), e) is not None)
        whole_report = whole_report or bool(m.group("attach") and v["attached_title_heading"].match(text, m.end(), e))
        if (m.group("marker") and after_marker and rest) or (not after_marker and whole_report):
            out += [(dated.end(), dated.end(), "\n")] if dated is not None else []
            out.append((m.end(), m.end(), "\n"))
            out += [(c, c, "\n") for c in copies if c < e]  # (none after a copy that ends the line)
    return out


# a bare date (and time) opening a line, set off by spaces from what follows: the site's date printed before a title on a
# page flattened to one line (首页＞乡镇动态 / 2031-02-14　　某镇卫生院2030年工作总结　2030年，我院…)
_LEADING_DATE = re.compile(r"[ \t\u3000]*(?:19|20)[0-9]{2}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}日?"
                           r"(?:[ \t\u3000]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?[ \t\u3000]+")


def _title_copies_after(text: str, pos: int, end: int, title: str) -> list[int]:
    """Ends of the copies of ``title`` that follow ``pos`` on its line, each after spaces or glued to the
    one before (a one-line page whose site prints the title two or three times before the report:
    某县卫生局2015年工作总结 某县卫生局2015年工作总结 2015年，我局…; a flattened page loses the spaces too;
    or the copies fill the line over the site's lines and the report: 某县卫生局2015年工作总结某县卫生局2015年工作总结 /
    来源：…); [] when no copy follows."""
    out = []
    while True:
        k = pos + len(text[pos:end]) - len(text[pos:end].lstrip(" \t\u3000"))
        if not text.startswith(title, k) or k + len(title) > end:
            break
        pos = k + len(title)
        out.append(pos)
    return out


def doubled_title_edits(text: str) -> list[Edit]:
    """A report's title printed two or three times back to back inside a line, glued or set off by spaces, after other
    text on that line (a page flattened to one line: the site's name, menu and trail, then the title the site prints twice
    over the text, …首页 | 政务公开 | 工作总结某县卫生局2031年工作总结某县卫生局2031年工作总结2031年，全县…; pageview.yaml
    ``doubled_title_chars``): line breaks before each copy and after the last, so that the copies stand on lines of their
    own as on the lined page, and the site's lines before them stay the site's."""
    from healthdata.segment import title_like

    text = page_matching_text(text)  # same length: the patterns see Simplified, half-width forms
    v = _v()
    least, most = v["doubled_title_chars"]
    out = []
    for s, e in _line_spans(text):
        if e - s < 2 * least:
            continue
        for m in v["report_word"].finditer(text, s, e):
            end = m.end()
            copies = _copies_before(text, s, end, least, most)
            if len(copies) < 2 or not text[s:copies[0]].strip() or not title_like(text[copies[-1]:end]):
                continue
            out += [(c, c, "\n") for c in copies]
            if text[end:e].strip():
                out.append((end, end, "\n"))
            break  # (one run of copies a line: the page's title)
    return out


def _copies_before(text: str, lo: int, end: int, least: int, most: int) -> list[int]:
    """Starts of the copies of the title ending at ``end`` printed back to back before it (glued, or spaces between),
    first to last; one start alone when the text before the title is no copy of it."""
    if text.find(text[end - least:end], lo, end - least) < 0:
        return [end]  # (every copy, of any length tried, ends with the title's last ``least`` characters: one find in C)
    return _copies_tried(text, lo, end, least, most)


def _copies_tried(text: str, lo: int, end: int, least: int, most: int) -> list[int]:
    """:func:`_copies_before` without its gate: every title length from ``least`` to ``most`` tried."""
    for n in range(least, min(most, (end - lo) // 2) + 1):
        title = text[end - n:end]
        if title[0] in " \t\u3000":
            continue
        starts = [end - n]
        while True:
            b = starts[0]
            while b > lo and text[b - 1] in " \t\u3000":
                b -= 1
            if b - n < lo or text[b - n:b] != title:
                break
            starts.insert(0, b - n)
        if len(starts) >= 2:
            return starts
    return [end]


def _ordered(edits: list[Edit]) -> list[Edit]:
    """Sorted edits, dropping any that overlaps an earlier one."""
    out, last = [], -1
    for a, b, rep in sorted(edits):
        if a >= last:
            out.append((a, b, rep))
            last = max(b, a)
        elif a == b and a == last:
            out.append((a, b, rep))
    return out


def without_spans(view: PageView, spans: list[tuple[int, int]]) -> PageView:
    """``view`` with the text of the sorted, non-overlapping ``spans`` deleted (still mapped to the raw text)."""
    return _compose(view, [(a, b, "") for a, b in spans if b > a])


def page_view(raw: str, markup: bool = False) -> PageView:
    """The cleaned view of one page's text (see module doc); the raw text itself when nothing applies.
    With ``markup`` the page is HTML: its visible text is the start (:func:`healthdata.ingest.html_edits`)."""
    from healthdata.ingest import html_edits, text_entity_edits

    view = identity_view(raw)
    if markup:
        view = _compose(view, html_edits(raw))
    else:  # a plain-text page's character references (&nbsp; &#12288;) shown as their characters, as HTML's are
        view = _compose(view, text_entity_edits(raw))
    view = _compose(view, [(a, b, "") for a, b in zero_width_spans(view.text)])  # nothing a reader sees
    # pinyin after the characters of a spaced page (东(dōng) 胜(shèng)) is taken out first, so the spacing is seen
    view = _compose(view, _ordered(pinyin_edits(view.text)))
    view = _compose(view, _ordered(spaced_page_edits(view.text)))
    view = _compose(view, _ordered(spaced_page_edits(view.text)))  # (a spaced page spaced again: its second layer)
    view = _compose(view, _ordered(pinyin_edits(view.text)))
    view = _compose(view, _ordered(chunk_marker_edits(view.text, None if markup else source_line_widths(view))))
    view = _compose(view, _ordered(bare_chunk_number_edits(view.text)))
    view = _compose(view, _ordered(inline_chunk_number_edits(view.text)))
    view = _compose(view, _ordered(glued_chunk_number_edits(view.text)))
    view = _compose(view, _ordered(repeated_head_mark_edits(view.text)))
    view = _compose(view, _ordered(site_cut_edits(view.text)))
    view = _compose(view, _ordered(running_head_cut_edits(view.text)))
    view = _compose(view, _ordered(page_break_block_cut_edits(view.text)))
    view = _compose(view, _ordered(page_break_edits(view.text)))
    view = _compose(view, _ordered(field_line_rest_edits(view.text)))
    # a `|` table whose rows a page joined into one line, or a wrap cut, has its rows back on lines of their own
    view = _compose(view, _ordered(joined_table_row_edits(view.text)))
    view = _compose(view, _ordered(cut_table_row_edits(view.text)))
    view = _compose(view, _ordered(pdf_wrap_edits(view.text, None if markup else source_line_widths(view))))
    # a PDF copy whose lines already ended at the PDF's width, wrapped again at another (long pieces and their short rests
    # alternate): the second wrap undone, the PDF's own is seen
    view = _compose(view, _ordered(pdf_wrap_edits(view.text)))
    # a page break under a PDF line that ended mid-sentence is seen once the wrap is undone (…均在9 / — 2 — / 8%以上)
    view = _compose(view, _ordered(page_break_edits(view.text)))
    view = _compose(view, _ordered(split_title_edits(view.text)))
    view = _compose(view, _ordered(continued_title_edits(view.text)))
    view = _compose(view, _ordered(line_number_cut_edits(view.text)))
    view = _compose(view, _ordered(indicator_name_cut_edits(view.text)))
    view = _compose(view, _ordered(value_cut_edits(view.text)))
    # pinyin that a site's break cut in two (籌(chó / 4、u)資) is whole again once the break is undone
    view = _compose(view, _ordered(pinyin_edits(view.text)))
    view = _compose(view, _ordered(glued_title_copy_edits(view.text)))
    view = _compose(view, _ordered(doubled_title_edits(view.text)))
    view = _compose(view, _ordered(title_break_edits(view.text)))
    view = _compose(view, _ordered(line_break_edits(view.text)))
    view = _compose(view, _ordered(lead_in_title_breaks(view.text)))
    view = _compose(view, _ordered(title_break_edits(view.text, after_marker=True)))
    view = _compose(view, _ordered(number_space_edits(view.text)))
    view = _compose(view, _ordered(space_join_edits(view.text)))
    return view
