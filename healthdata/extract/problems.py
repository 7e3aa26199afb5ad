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

Detection runs on a *reading view* of the report's matching text (Traditional already folded
to Simplified): reading aids (pinyin in parentheses after characters) are left out, a line cut
inside a sentence by the page's line width is joined to the next, and a whole report printed on
one line is cut at its inline headings.  Every character of the view remembers its offset in
the raw text, so rows and evidence still point at the raw characters.

All cues are data (``healthdata/vocab/problem_cues.yaml``); offsets and text come from
``report.text``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from healthdata.fastsearch import CuePattern, class_of, context_free, one_character_set
from healthdata.normalize.themes import theme_ids, themes_for
from healthdata.textnorm import matching_text as to_simplified
from healthdata.types import ReportText, Section

__all__ = ["extract_problems", "problem_cues"]

Span = tuple[int, int]
STRIP_CHARS = " \t\r\n\u3000,.;:!?、。，；：！？"
HEADING_STRIP_CHARS = STRIP_CHARS + "【】〔〕"
WHITESPACE = re.compile(r"[ \t\r\u3000\xa0]+")


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
    sentence: re.Pattern  # a trimmed sentence (see piece_pattern)
    piece: re.Pattern  # a trimmed piece of a sentence, cut at ;
    clause: re.Pattern  # a trimmed clause
    strong: re.Pattern
    weak: re.Pattern
    weak_context_free: bool  # a clause wording a shortcoming makes its sentence word one too
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
    persistent: re.Pattern
    judgement: re.Pattern
    reading_aid: re.Pattern
    wrap_min_chars: int
    unwrappable_end: re.Pattern
    long_line_chars: int
    inline_heading: re.Pattern
    prefix_heading_max_chars: int
    consequence: re.Pattern
    plan_heading: re.Pattern
    prominent: re.Pattern
    short_clause_chars: int


def any_of(patterns: list[str]) -> CuePattern:
    """One regex matching any of ``patterns`` (searched through its first characters, see
    :mod:`healthdata.fastsearch`)."""
    return CuePattern("|".join(f"(?:{p})" for p in patterns))


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
        sentence=piece_pattern(c["sentence_end"], "sentence_end"),
        piece=piece_pattern(c["piece_end"], "piece_end"),
        clause=piece_pattern(c["clause_end"], "clause_end"),
        strong=any_of(c["admission_strong"]),
        weak=any_of(c["admission_strong"] + c["admission_weak"] + [c["persistent"]]),
        weak_context_free=context_free(
            any_of(c["admission_strong"] + c["admission_weak"] + [c["persistent"]]).pattern, STRIP_CHARS),
        contrast=re.compile(c["contrast"]),
        resolved=any_of(c["resolved"]),
        unrealized=CuePattern(c["unrealized"]),
        unrealized_window=int(c["unrealized_window"]),
        unrealized_after=re.compile(c["unrealized_after"]),
        not_admission=any_of(c["not_admission"]),
        elaboration=re.compile(c["elaboration"]),
        lead_in=any_of(c["lead_in"]),
        stop=any_of(c["stop"]),
        min_clause_chars=int(c["min_clause_chars"]),
        max_context_clauses=int(c["max_context_clauses"]),
        enumerator=any_of(c["enumerator"]),
        persistent=CuePattern(c["persistent"]),
        judgement=any_of(c["admission_strong"] + c["admission_weak"]),
        reading_aid=CuePattern(c["reading_aid"]),
        wrap_min_chars=int(c["wrap_min_chars"]),
        unwrappable_end=re.compile(c["unwrappable_end"]),
        long_line_chars=int(c["long_line_chars"]),
        inline_heading=re.compile(c["inline_heading"]),
        prefix_heading_max_chars=int(c["prefix_heading_max_chars"]),
        consequence=re.compile(c["consequence"]),
        plan_heading=CuePattern(c["plan_heading"]),
        prominent=CuePattern(c["prominent"]),
        short_clause_chars=int(c["short_clause_chars"]),
    )


# ---------------------------------------------------------------- splitting text


def trimmed(match: str, start: int, end: int) -> Span:
    """[start, end) without surrounding whitespace and punctuation."""
    piece = match[start:end]
    kept = piece.lstrip(STRIP_CHARS)
    start += len(piece) - len(kept)
    return start, start + len(kept.rstrip(STRIP_CHARS))


def piece_pattern(boundary: str, name: str = "boundary") -> re.Pattern:
    """A regex matching each non-empty trimmed piece of a text cut after every ``boundary``
    character: from a character that is not stripped to the last one before the next boundary.

    ``boundary`` must be one character or a class of them, all stripped from pieces (punctuation
    or whitespace)."""
    chars = one_character_set(boundary)
    if chars is None or not chars <= set(STRIP_CHARS):
        raise ValueError(f"{name} {boundary!r} must be a class of punctuation or whitespace characters")
    keep, inside = class_of(frozenset(STRIP_CHARS)), class_of(chars)
    return re.compile(f"[^{keep[1:-1]}](?:[^{inside[1:-1]}]*[^{keep[1:-1]}])?")


def pieces(match: str, start: int, end: int, piece: re.Pattern) -> list[Span]:
    """Non-empty trimmed pieces of [start, end), each a match of ``piece`` (see :func:`piece_pattern`)."""
    return [m.span() for m in piece.finditer(match, start, end)]


NEWLINE = re.compile("\n")
LINE = piece_pattern("\n")


def line_spans(match: str, start: int, end: int) -> list[Span]:
    """Trimmed non-empty lines (paragraphs) of [start, end)."""
    return pieces(match, start, end, LINE)


def sentence_spans(match: str, start: int, end: int) -> list[Span]:
    """Sentences (ended by 。!?) of [start, end)."""
    return pieces(match, start, end, compiled_cues().sentence)


def clause_spans(match: str, start: int, end: int) -> list[Span]:
    """Clauses (ended by , ; or a sentence end) of [start, end)."""
    return pieces(match, start, end, compiled_cues().clause)


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


# ---------------------------------------------------------------- the reading view


@dataclass(frozen=True)
class View:
    """The text problems are read from, with the raw offset each of its characters stands for.

    The view is a sequence of runs of consecutive raw characters: run ``k`` starts at view offset
    ``run_starts[k]`` with the raw character ``run_origins[k]``.  A last run of length one stands
    for the report end (the origin of view offset ``len(text)``).
    """

    text: str
    run_starts: tuple[int, ...]
    run_origins: tuple[int, ...]
    run_lasts: tuple[int, ...]  # raw offset of each run's last character (never decreasing)
    sections: tuple[Section, ...]  # the segmenter's sections, offsets in the view

    def origin(self, i: int) -> int:
        """Raw offset of the view character ``i``."""
        k = bisect.bisect_right(self.run_starts, i) - 1
        return self.run_origins[k] + i - self.run_starts[k]

    def raw_span(self, start: int, end: int) -> Span:
        """Raw offsets of the view span [start, end) (which neither starts nor ends with an added break)."""
        return self.origin(start), self.origin(end - 1) + 1

    def offset_of(self, raw: int) -> int:
        """View offset of the first character at or after raw offset ``raw``."""
        k = bisect.bisect_left(self.run_lasts, raw)
        if k == len(self.run_lasts):
            return len(self.text) + 1
        return self.run_starts[k] + max(0, raw - self.run_origins[k])


def raw_lines(match: str, start: int, end: int) -> list[Span]:
    """Untrimmed lines of [start, end), without their newline."""
    out, s = [], start
    for m in NEWLINE.finditer(match, start, end):
        out.append((s, m.start()))
        s = m.end()
    out.append((s, end))
    return out


def is_wrapped(line: str, following: str) -> bool:
    """Whether ``line`` was cut by the page width inside a sentence that ``following`` continues.

    The line is longer than any heading and does not end a sentence (it ends in a character or
    in clause punctuation); the next line is not blank, not a table row and does not start an
    item or a heading.
    """
    cues = compiled_cues()
    line, following = line.strip(), following.strip()
    return (
        len(line) >= cues.wrap_min_chars
        and bool(following)
        and not cues.unwrappable_end.search(line)
        and "|" not in line + following
        and not cues.enumerator.match(following)
        and heading_level(following) is None
    )


SENTENCE_OR_LINE_END = re.compile(r"[。!?;:】\n]")


def separates_lines(match: str, line_start: int, start: int, end: int) -> bool:
    """Whether the whitespace [start, end) inside a long line stands for a line break: it follows
    a sentence end or a closing bracket, it comes before an item or a bracketed heading, or it
    follows a title or heading (a short run since the last sentence end, without a comma)."""
    cues = compiled_cues()
    before = match[start - 1] if start > line_start else "\n"
    if SENTENCE_OR_LINE_END.match(before) or cues.enumerator.match(match, end) or match[end:end + 1] in ("【", "〔"):
        return True
    window = max(line_start, start - cues.heading_max_chars - 8)  # a heading is never longer: look back no further
    ends = [m.end() for m in SENTENCE_OR_LINE_END.finditer(match, window, start)]
    if not ends and window > line_start:
        return False
    run = match[ends[-1] if ends else line_start:start].strip()
    run = run[enumerator_length(run, 0, len(run)):]
    return 0 < len(run) <= cues.heading_max_chars and not re.search(r"[,、0-9]", run) and not before.isascii()


def line_breaks_inside(match: str, start: int, end: int) -> dict[int, int]:
    """Where a very long line (a whole report on one line) is cut into reading lines.

    Returns {position: characters replaced}: a run of whitespace that separates lines (see
    :func:`separates_lines`) becomes one break, and a break is added (0 characters replaced)
    before an inline heading enumerator that follows a sentence.
    """
    cues = compiled_cues()
    if end - start < cues.long_line_chars:
        return {}
    breaks = {
        m.start(): m.end() - m.start()
        for m in WHITESPACE.finditer(match, start, end)
        if separates_lines(match, start, m.start(), m.end())
    }
    for m in cues.inline_heading.finditer(match, start, end):
        if m.start() not in breaks and m.start() - 1 not in breaks:
            breaks[m.start()] = 0
    return breaks


def logical_lines(match: str, start: int, end: int) -> list[Span]:
    """Lines of [start, end) with lines cut by the page width joined to the next (raw spans,
    newlines inside)."""
    lines = raw_lines(match, start, end)
    out: list[list[int]] = []
    joined = False
    for i, (ls, le) in enumerate(lines):
        if joined:
            out[-1][1] = le
        else:
            out.append([ls, le])
        joined = i + 1 < len(lines) and is_wrapped(match[ls:le], match[lines[i + 1][0]:lines[i + 1][1]])
    return [(a, b) for a, b in out]


def view_skips(match: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """What the reading view leaves out of or adds to the raw text [start, end): (start, end,
    replacement) for each line break added inside a very long line, each newline of a line
    joined to the next, and each reading aid, in text order."""
    skips = [(a.start(), a.end(), "") for a in compiled_cues().reading_aid.finditer(match, start, end)]
    for ls, le in logical_lines(match, start, end):
        skips += [(p, p + n, "\n") for p, n in line_breaks_inside(match, ls, le).items()]
        skips += [(w.start(), w.end(), "") for w in NEWLINE.finditer(match, ls, le)]  # joined wraps
    return sorted(skips)


def reading_view(report: ReportText) -> View:
    """The report's matching text without reading aids, with wrapped lines joined and very
    long lines cut at their inline headings (see the module doc)."""
    m = report.match
    chars: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    length = 0

    def emit(text: str, origin: int) -> None:
        nonlocal length
        if text:
            chars.append(text)
            starts.append(length)
            origins.append(origin)
            length += len(text)

    pos = report.start
    for a, b, replacement in view_skips(m, report.start, report.end):
        if a < pos:
            continue
        emit(m[pos:a], pos)
        emit(replacement, a)
        pos = b
    emit(m[pos:report.end], pos)
    text = "".join(chars)
    starts.append(length)
    origins.append(report.end)
    lasts = [o + e - s - 1 for s, e, o in zip(starts, starts[1:], origins)] + [report.end]
    view = View(text, tuple(starts), tuple(origins), tuple(lasts), ())
    sections = tuple(
        Section(sec.heading, sec.level, sec.kind, view.offset_of(sec.start), view.offset_of(sec.end))
        for sec in report.sections
    )
    return View(text, view.run_starts, view.run_origins, view.run_lasts, sections)


# ---------------------------------------------------------------- judging text


def reports_solving(text: str) -> bool:
    """Whether the text reports acting on a difficulty (解决, 缓解, 针对), not merely intending to."""
    cues = compiled_cues()
    if not cues.resolved.found(text):
        return False
    for m in cues.resolved.finditer(text):
        before = text[max(0, m.start() - cues.unrealized_window):m.start()]
        if not cues.unrealized.search(before) and not cues.unrealized_after.match(text, m.end()):
            return True
    return False


def admits_shortcoming(text: str, weak_ok: bool = True) -> bool:
    """Whether a clause or piece words a shortcoming (strong wording always, weak when ``weak_ok``)."""
    cues = compiled_cues()
    wording = cues.weak if weak_ok else cues.strong
    return bool(wording.found(text)) and not reports_solving(text)


def is_lead_in(text: str) -> bool:
    """A sentence announcing problems (存在不少问题, 主要表现为) without stating one: no
    shortcoming worded besides the announcement, and no topic a theme knows (人才…的问题较为突出
    states a problem)."""
    cues = compiled_cues()
    if cues.prominent.found(text):
        return not themes_for(text) and not cues.weak.found(cues.prominent.sub("|", text))
    return bool(cues.lead_in.found(text)) and not cues.weak.found(cues.lead_in.sub("|", text))


def is_plan_heading(line: str) -> bool:
    """A short heading line that turns to plans or measures ((二)下半年工作打算, 三、对策建议)."""
    cues = compiled_cues()
    body = line[enumerator_length(line, 0, len(line)):].strip(HEADING_STRIP_CHARS)
    return (
        0 < len(body) <= cues.heading_max_chars
        and not line.rstrip().endswith("。")
        and bool(cues.plan_heading.found(body))
        and not is_problem_heading(line)
    )


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
    body = line[enumerator_length(line, 0, len(line)):].strip(HEADING_STRIP_CHARS)
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


HEADING_CUT = re.compile(r"[:】〕]|\s")


def heading_cuts(line: str, start: int) -> list[int]:
    """Where a heading may end inside ``line``, from ``start`` on: after ``:`` or a closing
    bracket, at whitespace, or where an enumerated item starts."""
    cuts = [m.end() if m.group(0) in ":】〕" else m.start() for m in HEADING_CUT.finditer(line, start)]
    cuts += [m.start() for m in compiled_cues().enumerator.finditer(line, start)]
    return sorted(set(cuts))


def problem_heading_end(line: str) -> int | None:
    """Length of the problems heading that opens ``line``, None when the line opens none.

    The heading is the whole line, or a short enumerated or bracketed one that runs on into
    its first problem (``二、存在问题:一是…``, ``【存在问题】卫生…``).
    """
    cues = compiled_cues()
    own = enumerator_length(line, 0, len(line))
    label = label_end(line) if not own else None
    if label is not None and is_problem_heading(line[:label]):
        return label
    if is_problem_heading(line):
        return len(line)
    if not own and not line.startswith(("【", "〔")):
        return None
    limit = own + cues.prefix_heading_max_chars + 2
    for cut in heading_cuts(line[:limit], own + 1):
        if is_problem_heading(line[:cut]):
            return cut
    return None


def label_end(line: str) -> int | None:
    """End of a label that opens a paragraph without an enumerator (``存在的问题:`` then its text on
    the same line), None when the line opens with none."""
    colon = line.find(":", 0, compiled_cues().prefix_heading_max_chars + 2)
    return colon + 1 if colon > 0 and line[colon + 1:].strip() else None


def detected_problem_sections(text: str, lines: list[Span], heads: list[int | None]) -> list[Span]:
    """Problems sections found from their heading lines: (body start after the heading, end).

    ``heads`` holds :func:`problem_heading_end` of each of the text's ``lines``."""
    end = len(text)
    out = []
    for i, ((s, e), head) in enumerate(zip(lines, heads)):
        if head is None:
            continue
        level = heading_level(text[s:e])
        if level is None and head == label_end(text[s:e]):
            out.append((s + head, e))  # a label covers its own paragraph
            continue
        close = next((ls for ls, le in lines[i + 1:] if ends_section(text[ls:le], level)), end)
        out.append((s + head, close))
    return out


def names_problems(heading: str) -> bool:
    """Whether a heading the segmenter calls a problems section names problems rather than
    work on them (缩小城乡差距, 弥补短板, 加强薄弱环节)."""
    h = to_simplified(heading)
    return not reports_solving(h) and not compiled_cues().not_admission.search(h[enumerator_length(h, 0, len(h)):])


def segmented_problem_sections(view: View) -> list[Span]:
    """Problems sections given by the segmenter: (body start after the heading line, end)."""
    out = []
    for sec in view.sections:
        if sec.kind != "problems" or not names_problems(sec.heading):
            continue
        nl = view.text.find("\n", sec.start, sec.end)
        out.append((nl if nl >= 0 else sec.end, sec.end))
    return out


def plan_sections(view: View) -> list[Span]:
    """Spans of the segmenter's plans sections (下半年工作打算, 工作思路)."""
    return [(sec.start, sec.end) for sec in view.sections if sec.kind == "plans"]


def merged(spans: list[Span]) -> list[Span]:
    """Sorted union of overlapping spans."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def problem_section_bodies(view: View, lines: list[Span], heads: list[int | None]) -> list[Span]:
    """Text governed by problems headings (segmenter sections and detected headings), merged.

    ``heads`` holds :func:`problem_heading_end` of each of the view's ``lines``."""
    n = len(view.text)
    spans = segmented_problem_sections(view) + detected_problem_sections(view.text, lines, heads)
    return [(max(s, 0), min(e, n)) for s, e in merged(spans) if e > s]


def item_problem_spans(
    match: str, start: int, end: int, head_is_problem: bool, every_piece: bool = False
) -> tuple[list[Span], bool]:
    """Problems in one item of a problems section or list, and whether a stop sentence ended it.

    The item's first piece is a problem when ``head_is_problem`` (an enumerated item); further
    pieces (sentences, cut at ;) are problems when they word a shortcoming, or, when
    ``every_piece`` (inside a problems section), explain the previous problem (一是人员不足。全县
    平均年龄56岁… extends it).  A sentence that elaborates (按照…, 尤其是…, 如何…) extends the
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
        for j, (ps, pe) in enumerate(pieces(match, ss, se, cues.piece)):
            text = match[ps:pe]
            if is_stop(text):
                return out, True
            if is_lead_in(text):
                continue
            if (head_is_problem and k == 0 and j == 0) or admits_shortcoming(text):
                out.append((ps, pe))
            elif every_piece:
                out[-1:] = [(out[-1][0], pe)] if out else [(ps, pe)]
    return out, False


def is_subheading(match: str, start: int, end: int) -> bool:
    """A numbered line that is a short heading ((一)基层服务能力不足): no sentence end, not long."""
    line = match[start:end]
    return (
        enumerator_length(match, start, end) > 0
        and len(line) <= compiled_cues().heading_max_chars
        and not compiled_cues().sentence_end.search(line)
    )


def section_problem_spans(match: str, start: int, end: int) -> list[Span]:
    """Problems inside a problems section, up to a sentence that turns to measures.

    Every piece of an enumerated item, or of a paragraph wording a shortcoming somewhere, is a
    problem; other lines (signatures, page furniture) are not.  A paragraph right after a
    numbered sub-heading ((一)基层服务能力不足) explains it: the two are one problem.  A plans
    heading inside the section (二、问题及打算 … (二)下步打算) ends it too.
    """
    out: list[Span] = []
    after_subheading = False
    for ps, pe in line_spans(match, start, end):
        if is_plan_heading(match[ps:pe]):
            return out
        items = paragraph_items(match, ps, pe)
        if after_subheading and out and not items[0].numbered:
            spans, stopped = item_problem_spans(match, ps, items[0].end, False, True)
            if spans:
                out[-1] = (out[-1][0], spans[-1][1])
            if stopped:
                return out
            items = items[1:]
        after_subheading = is_subheading(match, ps, pe)
        for item in items:
            states_problems = item.numbered or bool(compiled_cues().weak.found(match, item.body_start, item.end))
            spans, stopped = item_problem_spans(match, item.body_start, item.end, item.numbered, states_problems)
            out.extend(spans)
            if stopped:
                return out
    return out


# ---------------------------------------------------------------- running text


def persists(text: str) -> bool:
    """Whether a clause judges something still wanting: 仍/尚/还/依然 with a judgement (仍较低, 尚未形成)."""
    cues = compiled_cues()
    return bool(cues.persistent.found(text)) and bool(cues.judgement.found(cues.persistent.sub("|", text)))


def continues_judgement(clause: str, admits: bool) -> bool:
    """Whether a clause right after an admitting one continues its judgement: a short admitting
    clause (业务用房陈旧) or one wording the consequence (难以满足群众需要, 造成…)."""
    cues = compiled_cues()
    return bool(cues.consequence.match(clause)) or (admits and len(clause) < cues.short_clause_chars)


def admission_clause_groups(match: str, span: Span, strict: bool = False) -> list[Span]:
    """Clauses of a running-text sentence that admit a shortcoming, each with the cue-less
    clauses just before it (they carry its subject: 因…, 随着…).

    Strong wording counts anywhere, weak wording only after a contrast (但, 然而) or with 仍/尚/还;
    when ``strict`` (a plan, where 薄弱 and 不足 name what is to be strengthened) only those two
    count.  Nothing counts after a verb reporting the difficulty solved (解决, 缓解) until the
    next contrast.  A clause wording an action of the bureau (切实加强…, 认真做好…) is no
    subject for the clauses after it.  A clause right after an admitting one that is short or words its
    consequence (难以满足…, 造成…) continues the same judgement.
    """
    cues = compiled_cues()
    if cues.weak_context_free and not cues.weak.found(match, *span):
        return []  # no shortcoming worded in the sentence, so in none of its clauses
    clauses = [(s, e, match[s:e]) for s, e in clause_spans(match, *span)]
    if not any(cues.weak.found(text) for _s, _e, text in clauses):
        return []  # no clause words a shortcoming (strong wording is weak wording too)
    out: list[Span] = []
    context: list[int] = []  # starts of the cue-less clauses just before
    after_contrast = solving = False
    previous_admits = False
    for s, e, text in clauses:
        if cues.contrast.search(text):
            after_contrast, solving, context = True, False, []
        solving = solving or reports_solving(text)
        judged = after_contrast or persists(text)
        admits = (
            not solving
            and (judged or not strict)
            and not cues.not_admission.search(text)
            and not is_lead_in(text)
            and admits_shortcoming(text, judged)
        )
        after_comma = match[s - 1] == ","
        if out and previous_admits and after_comma and not solving and continues_judgement(text, admits):
            out[-1] = (out[-1][0], e)
            continue
        previous_admits = admits
        if admits:
            joined = context[len(context) - min(len(context), cues.max_context_clauses):]
            start = joined[0] if joined else s
            if e - start >= cues.min_clause_chars:
                out.append((start, e))
            context = []
        elif cues.not_admission.search(text):
            context = []
        elif not solving:
            context.append(s)
    return out


def running_text_problem_spans(match: str, paragraphs: list[Span], plan_spans: list[Span] = ()) -> list[Span]:
    """Problems in consecutive running-text paragraphs.

    A lead-in (存在不少问题:, 主要表现为:) or an admitting sentence right before an enumerator
    opens a list; its items (of the same enumerator style) are problems.  Elsewhere admitting
    clauses are problems; inside ``plan_spans`` (plans sections, where 薄弱, 不足 name what is to
    be strengthened) only those judged after a contrast or with 仍/尚/还.
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
                    in_plan = bool(plan_spans) and any(a <= span[0] < b for a, b in plan_spans)
                    groups = admission_clause_groups(match, span, strict=in_plan)
                    out.extend(groups)
                    before_list = k == len(sentences) - 1 and (n + 1 < len(items) or announces(match, pe))
                    if groups and not item.numbered and before_list:
                        list_open, list_style = True, None
        list_open = list_open and (announces(match, pe) or list_style is not None)
    return out


def announces(match: str, end: int) -> bool:
    """Whether the trimmed paragraph ending at ``end`` ends with a colon (what follows is its list)."""
    return match[end:end + 1] == ":"


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


def overlaps_any(span: Span, bodies: list[Span]) -> bool:
    """Whether ``span`` shares a character with one of ``bodies``."""
    return any(bs < span[1] and span[0] < be for bs, be in bodies)


# ---------------------------------------------------------------- rows


def problem_row(report: ReportText, view: View, span: Span, origin: str) -> dict:
    """One output row for the problem at view ``span``, with its themes and evidence (raw offsets)."""
    s, e = span
    evidence = [(t, kw) + view.raw_span(s + rs, s + re_) for t, kw, rs, re_ in themes_for(view.text[s:e])]
    a, b = view.raw_span(s, e)
    return {
        "source_start": a,
        "source_end": b,
        "text": report.text[a:b],
        "origin": origin,
        "themes": theme_ids(evidence),
        "evidence": [
            {"theme_id": t, "keyword": report.text[ka:kb], "start": ka, "end": kb} for t, _kw, ka, kb in evidence
        ],
    }


def extract_problems(report: ReportText) -> list[dict]:
    """Problem statements of one report, in text order.

    Each dict has source_start, source_end (absolute offsets into ``report.text``), text,
    origin ('section' or 'running_text'), themes (theme ids) and evidence (theme_id, keyword,
    start, end of each matched keyword).
    """
    view = reading_view(report)
    m = view.text
    paragraphs = line_spans(m, 0, len(m))
    heads = [problem_heading_end(m[s:e]) for s, e in paragraphs]
    bodies = problem_section_bodies(view, paragraphs, heads)
    spans: dict[Span, str] = {}
    for bs, be in bodies:
        for span in section_problem_spans(m, bs, be):
            spans.setdefault(span, "section")
    keep = [head is None and not overlaps_any(p, bodies) for p, head in zip(paragraphs, heads)]
    plans = plan_sections(view)
    for block in contiguous_blocks(paragraphs, keep):
        for span in running_text_problem_spans(m, block, plans):
            spans.setdefault(span, "running_text")
    return [problem_row(report, view, span, origin) for span, origin in sorted(spans.items())]
