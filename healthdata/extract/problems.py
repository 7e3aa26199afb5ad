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
    enumerators: tuple[re.Pattern, ...]
    item_boundary: re.Pattern
    levels: tuple[tuple[re.Pattern, int], ...]
    article_start: re.Pattern
    sentence_end: re.Pattern
    piece_end: re.Pattern
    clause_end: re.Pattern
    strong: re.Pattern
    weak: re.Pattern
    contrast: re.Pattern
    resolved: re.Pattern
    unrealized: re.Pattern
    unrealized_window: int
    unrealized_after: re.Pattern
    not_admission: re.Pattern
    elaboration: re.Pattern
    lead_in: re.Pattern
    stop: re.Pattern
    min_clause_chars: int
    max_context_clauses: int
    enumerator: re.Pattern


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
        enumerators=tuple(re.compile(p) for p in c["enumerator"]),
        item_boundary=re.compile(c["item_boundary"]),
        levels=tuple((re.compile(p), int(level)) for p, level in c["heading_level"]),
        article_start=re.compile(c["article_start"]),
        sentence_end=re.compile(c["sentence_end"]),
        piece_end=re.compile(c["piece_end"]),
        clause_end=re.compile(c["clause_end"]),
        strong=any_of(c["admission_strong"]),
        weak=any_of(c["admission_strong"] + c["admission_weak"]),
        contrast=re.compile(c["contrast"]),
        resolved=any_of(c["resolved"]),
        unrealized=re.compile(c["unrealized"]),
        unrealized_window=int(c["unrealized_window"]),
        unrealized_after=re.compile(c["unrealized_after"]),
        not_admission=any_of(c["not_admission"]),
        elaboration=re.compile(c["elaboration"]),
        lead_in=any_of(c["lead_in"]),
        stop=any_of(c["stop"]),
        min_clause_chars=int(c["min_clause_chars"]),
        max_context_clauses=int(c["max_context_clauses"]),
        enumerator=any_of(c["enumerator"]),
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


NEWLINE = re.compile("\n")


def line_spans(match: str, start: int, end: int) -> list[Span]:
    """Trimmed non-empty lines (paragraphs) of [start, end)."""
    return pieces(match, start, end, NEWLINE)


def sentence_spans(match: str, start: int, end: int) -> list[Span]:
    """Sentences (ended by 。!?) of [start, end)."""
    return pieces(match, start, end, compiled_cues().sentence_end)


def clause_spans(match: str, start: int, end: int) -> list[Span]:
    """Clauses (ended by , ; or a sentence end) of [start, end)."""
    return pieces(match, start, end, compiled_cues().clause_end)


def enumerator_length(match: str, pos: int, end: int) -> int:
    """Length of the enumerator (一是, 1、, (一)) starting at ``pos``, 0 when there is none."""
    m = compiled_cues().enumerator.match(match, pos, end)
    return m.end() - pos if m else 0


def enumerator_style(match: str, pos: int) -> int | None:
    """Which enumerator pattern (一是, (一), 1、 …) starts at ``pos``: its index in the vocabulary."""
    for i, rx in enumerate(compiled_cues().enumerators):
        if rx.match(match, pos):
            return i
    return None


def item_start_positions(match: str, start: int, end: int) -> list[int]:
    """Positions in a paragraph where an enumerated item starts."""
    cues = compiled_cues()
    out = []
    for m in cues.enumerator.finditer(match, start, end):
        if m.start() == start or cues.item_boundary.match(match, m.start() - 1):
            out.append(m.start())
    return out


def paragraph_items(match: str, start: int, end: int) -> list[Item]:
    """The paragraph cut at its enumerators: leading unnumbered text, then one Item per enumerator."""
    starts = item_start_positions(match, start, end)
    out = []
    if not starts or starts[0] > start:
        out.append(Item(start, start, starts[0] if starts else end, numbered=False))
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else end
        out.append(Item(s, s + enumerator_length(match, s, e), e, numbered=True))
    return out


# ---------------------------------------------------------------- judging text


def reports_solving(text: str) -> bool:
    """Whether the text reports acting on a difficulty (解决, 缓解, 针对), not merely intending to."""
    cues = compiled_cues()
    for m in cues.resolved.finditer(text):
        before = text[max(0, m.start() - cues.unrealized_window):m.start()]
        if not cues.unrealized.search(before) and not cues.unrealized_after.match(text, m.end()):
            return True
    return False


def admits_shortcoming(text: str, weak_ok: bool = True) -> bool:
    """Whether a clause or piece words a shortcoming (strong wording always, weak when ``weak_ok``)."""
    cues = compiled_cues()
    wording = cues.weak if weak_ok else cues.strong
    return bool(wording.search(text)) and not reports_solving(text)


def is_lead_in(text: str) -> bool:
    """A sentence announcing problems (存在不少问题, 主要表现为) without stating one."""
    cues = compiled_cues()
    return bool(cues.lead_in.search(text)) and not cues.weak.search(cues.lead_in.sub("|", text))


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
    found = cues.heading.search(body)
    return bool(found) and not reports_solving(body[:found.end()])  # not 解决…问题


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


def plan_sections(report: ReportText) -> list[Span]:
    """Spans of the segmenter's plans sections (下半年工作打算, 工作思路)."""
    return [(sec.start, sec.end) for sec in report.sections if sec.kind == "plans"]


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


def item_problem_spans(
    match: str, start: int, end: int, head_is_problem: bool, every_piece: bool = False
) -> tuple[list[Span], bool]:
    """Problems in one item of a problems section or list, and whether a stop sentence ended it.

    The item's first piece is a problem when ``head_is_problem`` (an enumerated item); further
    pieces (sentences, cut at ;) are problems when ``every_piece`` (inside a problems section) or
    when they word a shortcoming; a sentence that elaborates (按照…, 尤其是…, 如何…) extends the
    previous problem.
    """
    cues = compiled_cues()
    out: list[Span] = []
    for k, (ss, se) in enumerate(sentence_spans(match, start, end)):
        sentence = match[ss:se]
        if is_stop(sentence):
            return out, True
        if out and cues.elaboration.match(sentence):
            out[-1] = (out[-1][0], se)
            continue
        for j, (ps, pe) in enumerate(pieces(match, ss, se, cues.piece_end)):
            text = match[ps:pe]
            if is_stop(text):
                return out, True
            if is_lead_in(text):
                continue
            if every_piece or (head_is_problem and k == 0 and j == 0) or admits_shortcoming(text):
                out.append((ps, pe))
    return out, False


def section_problem_spans(match: str, start: int, end: int) -> list[Span]:
    """Problems inside a problems section, up to a sentence that turns to measures.

    Every piece of an enumerated item, or of a paragraph wording a shortcoming somewhere, is a
    problem; other lines (signatures, page furniture) are not.
    """
    out = []
    for ps, pe in line_spans(match, start, end):
        for item in paragraph_items(match, ps, pe):
            states_problems = item.numbered or bool(compiled_cues().weak.search(match, item.body_start, item.end))
            spans, stopped = item_problem_spans(match, item.body_start, item.end, states_problems, states_problems)
            out.extend(spans)
            if stopped:
                return out
    return out


# ---------------------------------------------------------------- running text


def admission_clause_groups(match: str, span: Span) -> list[Span]:
    """Clauses of a running-text sentence that admit a shortcoming, each with the cue-less
    clauses just before it (they carry its subject: 因…, 随着…).

    Strong wording counts anywhere, weak wording only after a contrast (但, 然而); nothing counts
    after a verb reporting the difficulty solved (解决, 缓解) until the next contrast.
    """
    cues = compiled_cues()
    out: list[Span] = []
    context: list[int] = []  # starts of the cue-less clauses just before
    after_contrast = solving = False
    for s, e in clause_spans(match, *span):
        text = match[s:e]
        if cues.contrast.search(text):
            after_contrast, solving, context = True, False, []
        solving = solving or reports_solving(text)
        admits = (
            not solving
            and not cues.not_admission.search(text)
            and not is_lead_in(text)
            and admits_shortcoming(text, after_contrast)
        )
        if admits:
            joined = context[len(context) - min(len(context), cues.max_context_clauses):]
            start = joined[0] if joined else s
            if e - start >= cues.min_clause_chars:
                out.append((start, e))
            context = []
        elif not solving:
            context.append(s)
    return out


def running_text_problem_spans(match: str, paragraphs: list[Span], plan_spans: list[Span] = ()) -> list[Span]:
    """Problems in consecutive running-text paragraphs.

    A lead-in (存在不少问题:, 主要表现为:) or an admitting sentence right before an enumerator
    opens a list; its items (of the same enumerator style) are problems.  Elsewhere admitting
    clauses are problems, except inside ``plan_spans`` (plans sections, where 薄弱, 不足 name
    what is to be strengthened).
    """
    out: list[Span] = []
    list_open, list_style = False, None
    for ps, pe in paragraphs:
        items = paragraph_items(match, ps, pe)
        if not items[0].numbered:
            list_open = False
        for n, item in enumerate(items):
            if item.numbered and list_open:
                style = enumerator_style(match, item.start)
                list_style = style if list_style is None else list_style
                if style == list_style:
                    spans, stopped = item_problem_spans(match, item.body_start, item.end, True)
                    out.extend(spans)
                    list_open = not stopped
                    continue
                list_open = False
            sentences = sentence_spans(match, item.body_start, item.end)
            for k, span in enumerate(sentences):
                text = match[span[0]:span[1]]
                if is_stop(text):
                    list_open = False
                elif is_lead_in(text):
                    list_open, list_style = True, None
                else:
                    in_plan = any(a <= span[0] < b for a, b in plan_spans)
                    groups = [] if in_plan else admission_clause_groups(match, span)
                    out.extend(groups)
                    before_list = k == len(sentences) - 1 and n + 1 < len(items)
                    if groups and not item.numbered and before_list:
                        list_open, list_style = True, None
        list_open = list_open and (match[pe - 1] == ":" or list_style is not None)
    return out


def contiguous_blocks(paragraphs: list[Span], keep: list[bool]) -> list[list[Span]]:
    """Runs of consecutive kept paragraphs."""
    blocks: list[list[Span]] = []
    previous = False
    for span, k in zip(paragraphs, keep):
        if k:
            if not previous:
                blocks.append([])
            blocks[-1].append(span)
        previous = k
    return blocks


def inside_any(span: Span, bodies: list[Span]) -> bool:
    return any(bs <= span[0] and span[1] <= be for bs, be in bodies)


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
    spans: dict[Span, str] = {}
    for bs, be in bodies:
        for span in section_problem_spans(m, bs, be):
            spans.setdefault(span, "section")
    paragraphs = line_spans(m, report.start, report.end)
    keep = [not inside_any(p, bodies) for p in paragraphs]
    plans = plan_sections(report)
    for block in contiguous_blocks(paragraphs, keep):
        for span in running_text_problem_spans(m, block, plans):
            spans.setdefault(span, "running_text")
    return [problem_row(report, span, origin) for span, origin in sorted(spans.items())]
