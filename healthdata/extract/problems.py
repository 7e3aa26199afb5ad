"""Problem statements: what a report admits is not working, one row per distinct problem.

Two places hold problems:

* a **problems section** (存在问题, 存在的困难和问题, 不足, 差距; the machine paraphrase 存在的题目 is
  folded by the matching text).  Sections come from the segmenter (``Section.kind == 'problems'``)
  and, as a fallback that also works without one, from short heading lines matching the cue
  vocabulary.  Inside, every enumerated item (一是…, 1、…, (一)…) gives a row, and so does every
  further sentence that words a shortcoming; a sentence announcing measures (下一步, 针对上述问题)
  ends the problems.
* **running text**: sentences announcing problems (但也存在不少问题:, 主要表现为:) open a list whose
  items are problems; elsewhere a clause wording a shortcoming (有待, 薄弱, 滞后, 缺乏, 仍…, 差距) is
  a problem, together with the clauses before it that give its subject.

All cues are data (``healthdata/vocab/problem_cues.yaml``) and are matched on ``report.match``;
offsets and text come from ``report.text``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from healthdata.normalize.themes import theme_ids, themes_for
from healthdata.types import ReportText

__all__ = ["extract_problems", "problem_cues"]

Span = tuple[int, int]
STRIP_CHARS = " \t\r\n\u3000,.;:!?、。，；：！？"


@dataclass(frozen=True)
class Item:
    """A piece of a paragraph: the text before the first enumerator, or one enumerated item."""

    start: int  # where the item (its enumerator) starts
    body_start: int  # after the enumerator
    end: int
    numbered: bool


@dataclass(frozen=True)
class Cues:
    heading: re.Pattern
    heading_max_chars: int
    enumerator: re.Pattern
    item_boundary: re.Pattern
    levels: tuple[tuple[re.Pattern, int], ...]
    article_start: re.Pattern
    sentence_end: re.Pattern
    clause_end: re.Pattern
    admission: re.Pattern
    resolved: re.Pattern
    lead_in: re.Pattern
    stop: re.Pattern
    min_clause_chars: int


def any_of(patterns: list[str]) -> re.Pattern:
    """One regex matching any of ``patterns``."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@lru_cache(maxsize=1)
def problem_cues() -> dict:
    """The parsed ``problem_cues.yaml``."""
    path = resources.files("healthdata.vocab").joinpath("problem_cues.yaml")
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=1)
def compiled_cues() -> Cues:
    """The cue vocabulary compiled into regexes."""
    c = problem_cues()
    return Cues(
        heading=any_of(c["section_heading"]),
        heading_max_chars=int(c["heading_max_chars"]),
        enumerator=any_of(c["enumerator"]),
        item_boundary=re.compile(c["item_boundary"]),
        levels=tuple((re.compile(p), int(level)) for p, level in c["heading_level"]),
        article_start=re.compile(c["article_start"]),
        sentence_end=re.compile(c["sentence_end"]),
        clause_end=re.compile(c["clause_end"]),
        admission=any_of(c["admission"]),
        resolved=any_of(c["resolved"]),
        lead_in=any_of(c["lead_in"]),
        stop=any_of(c["stop"]),
        min_clause_chars=int(c["min_clause_chars"]),
    )


# ---------------------------------------------------------------- splitting text


def trimmed(match: str, start: int, end: int) -> Span:
    """[start, end) without surrounding whitespace and punctuation."""
    while start < end and match[start] in STRIP_CHARS:
        start += 1
    while end > start and match[end - 1] in STRIP_CHARS:
        end -= 1
    return start, end


def pieces(match: str, start: int, end: int, boundary: re.Pattern) -> list[Span]:
    """Non-empty trimmed pieces of [start, end) split after each ``boundary`` character."""
    out, s = [], start
    for m in boundary.finditer(match, start, end):
        out.append(trimmed(match, s, m.end()))
        s = m.end()
    out.append(trimmed(match, s, end))
    return [p for p in out if p[1] > p[0]]


def line_spans(match: str, start: int, end: int) -> list[Span]:
    """Trimmed non-empty lines (paragraphs) of [start, end)."""
    return pieces(match, start, end, re.compile("\n"))


def sentence_spans(match: str, start: int, end: int) -> list[Span]:
    return pieces(match, start, end, compiled_cues().sentence_end)


def clause_spans(match: str, start: int, end: int) -> list[Span]:
    return pieces(match, start, end, compiled_cues().clause_end)


def enumerator_length(match: str, pos: int, end: int) -> int:
    """Length of the enumerator (一是, 1、, (一)) starting at ``pos``, 0 when there is none."""
    m = compiled_cues().enumerator.match(match, pos, end)
    return m.end() - pos if m else 0


def item_start_positions(match: str, start: int, end: int) -> list[int]:
    """Positions in a paragraph where an enumerated item starts."""
    cues = compiled_cues()
    out = []
    for m in cues.enumerator.finditer(match, start, end):
        at_boundary = m.start() == start or cues.item_boundary.match(match, m.start() - 1)
        if at_boundary and (not out or m.start() >= out[-1]):
            out.append(m.start())
    return out


def paragraph_items(match: str, start: int, end: int) -> list[Item]:
    """The paragraph cut at its enumerators: leading unnumbered text, then one Item per enumerator."""
    starts = item_start_positions(match, start, end)
    out = []
    if not starts or starts[0] > start:
        first_end = starts[0] if starts else end
        out.append(Item(start, start, first_end, numbered=False))
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else end
        out.append(Item(s, s + enumerator_length(match, s, e), e, numbered=True))
    return out


# ---------------------------------------------------------------- judging sentences


def admits_shortcoming(text: str) -> bool:
    """Whether a clause or sentence words a shortcoming that is not reported as overcome."""
    cues = compiled_cues()
    return bool(cues.admission.search(text)) and not cues.resolved.search(text)


def sentence_admits_shortcoming(match: str, span: Span) -> bool:
    """Whether any clause of the sentence admits a shortcoming."""
    return any(admits_shortcoming(match[s:e]) for s, e in clause_spans(match, *span))


def is_lead_in(text: str) -> bool:
    """A sentence announcing problems (存在不少问题, 主要表现为) without stating one."""
    lead = compiled_cues().lead_in
    return bool(lead.search(text)) and not admits_shortcoming(lead.sub("|", text))


def is_stop(text: str) -> bool:
    """A sentence that turns from problems to measures (下一步, 针对上述问题)."""
    return bool(compiled_cues().stop.match(text))


def heading_level(line: str) -> int | None:
    """Level of an enumerated heading line (1 = 一、), None when the line has no enumerator."""
    for rx, level in compiled_cues().levels:
        if rx.match(line):
            return level
    return None


def is_problem_heading(line: str) -> bool:
    """A short heading line that opens a problems section (存在的问题, 不足, 差距)."""
    cues = compiled_cues()
    body = line[enumerator_length(line, 0, len(line)):].strip(STRIP_CHARS)
    if not body or len(body) > cues.heading_max_chars or line.rstrip().endswith("。"):
        return False
    return bool(cues.heading.search(body))


def ends_section(line: str, level: int | None) -> bool:
    """Whether ``line`` starts a heading at ``level`` or above (or a new article)."""
    if compiled_cues().article_start.match(line):
        return True
    other = heading_level(line)
    if other is None:
        return False
    return level is None or other <= level


# ---------------------------------------------------------------- problems sections


def detected_problem_sections(report: ReportText) -> list[Span]:
    """Problems sections found from their heading lines: (body start, end) after the heading."""
    m = report.match
    lines = line_spans(m, report.start, report.end)
    out = []
    for i, (s, e) in enumerate(lines):
        if not is_problem_heading(m[s:e]):
            continue
        level = heading_level(m[s:e])
        end = next((ls for ls, le in lines[i + 1:] if ends_section(m[ls:le], level)), report.end)
        out.append((e, end))
    return out


def segmented_problem_sections(report: ReportText) -> list[Span]:
    """Problems sections given by the segmenter: (body start after the heading line, end)."""
    out = []
    for sec in report.sections:
        if sec.kind != "problems":
            continue
        nl = report.match.find("\n", sec.start, sec.end)
        out.append((nl if nl >= 0 else sec.end, min(sec.end, report.end)))
    return out


def merged(spans: list[Span]) -> list[Span]:
    """Sorted union of overlapping spans."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def problem_section_bodies(report: ReportText) -> list[Span]:
    """Text governed by problems headings (segmenter sections and detected headings), merged."""
    spans = segmented_problem_sections(report) + detected_problem_sections(report)
    return [(max(s, report.start), min(e, report.end)) for s, e in merged(spans) if e > s]


def section_problem_spans(match: str, start: int, end: int) -> list[Span]:
    """Problems inside a problems section: item heads and sentences wording a shortcoming."""
    out = []
    for ps, pe in line_spans(match, start, end):
        for item in paragraph_items(match, ps, pe):
            for k, span in enumerate(sentence_spans(match, item.body_start, item.end)):
                text = match[span[0]:span[1]]
                if is_stop(text):
                    return out
                if is_lead_in(text):
                    continue
                if (item.numbered and k == 0) or sentence_admits_shortcoming(match, span):
                    out.append(span)
    return out


# ---------------------------------------------------------------- running text


def admission_clause_groups(match: str, span: Span) -> list[Span]:
    """Clauses of a running-text sentence that admit a shortcoming, each with the cue-less
    clauses just before it (they carry its subject: 因…, 随着…)."""
    min_chars = compiled_cues().min_clause_chars
    out, pending = [], None
    for s, e in clause_spans(match, *span):
        if admits_shortcoming(match[s:e]):
            start = s if pending is None else pending
            if e - start >= min_chars:
                out.append((start, e))
            pending = None
        elif pending is None:
            pending = s
    return out


def running_text_problem_spans(match: str, paragraphs: list[Span]) -> list[Span]:
    """Problems in running text: items of a list opened by a problem sentence, and admitting clauses."""
    out = []
    list_open = False
    for ps, pe in paragraphs:
        items = paragraph_items(match, ps, pe)
        if not items[0].numbered:
            list_open = False
        for item in items:
            sentences = sentence_spans(match, item.body_start, item.end)
            for k, span in enumerate(sentences):
                text = match[span[0]:span[1]]
                if is_stop(text):
                    list_open = False
                elif is_lead_in(text):
                    list_open = True
                elif list_open and item.numbered and k == 0:
                    out.append(span)
                else:
                    groups = admission_clause_groups(match, span)
                    out.extend(groups)
                    if groups and not item.numbered and k == len(sentences) - 1:
                        list_open = True  # an admission right before a list introduces it
        list_open = list_open and (match[pe - 1] in ":" or items[0].numbered)
    return out


def outside(paragraphs: list[Span], bodies: list[Span]) -> list[Span]:
    """Paragraphs that do not lie inside any of ``bodies``."""
    return [(s, e) for s, e in paragraphs if not any(bs <= s and e <= be for bs, be in bodies)]


# ---------------------------------------------------------------- rows


def problem_row(report: ReportText, span: Span, origin: str) -> dict:
    """One output row for the problem at ``span``, with its themes and evidence."""
    s, e = span
    evidence = [(t, kw, s + rs, s + re_) for t, kw, rs, re_ in themes_for(report.match[s:e])]
    return {
        "source_start": s,
        "source_end": e,
        "text": report.text[s:e],
        "origin": origin,
        "themes": theme_ids(evidence),
        "evidence": [
            {"theme_id": t, "keyword": report.text[a:b], "start": a, "end": b} for t, _kw, a, b in evidence
        ],
    }


def extract_problems(report: ReportText) -> list[dict]:
    """Problem statements of one report, in text order.

    Each dict has source_start, source_end (absolute offsets into ``report.text``), text,
    origin ('section' or 'running_text'), themes (theme ids) and evidence (theme_id, keyword,
    start, end of each matched keyword).
    """
    m = report.match
    bodies = problem_section_bodies(report)
    spans = {}
    for bs, be in bodies:
        for span in section_problem_spans(m, bs, be):
            spans.setdefault(span, "section")
    paragraphs = outside(line_spans(m, report.start, report.end), bodies)
    for span in running_text_problem_spans(m, paragraphs):
        spans.setdefault(span, "running_text")
    return [problem_row(report, span, origin) for span, origin in sorted(spans.items())]
