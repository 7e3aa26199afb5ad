"""The reading view: the text problems are read from, with the raw offset of each character.

Reading aids (pinyin in parentheses after characters) are left out, a ``。`` printed as a decimal
point (27。4%) is read as one, a line cut inside a sentence by the page's line width is joined to
the next, and a whole report printed on one line is cut at its inline headings.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from healthdata.types import ReportText, Section

from .headings import heading_level
from .spans import NEWLINE, Span, raw_lines
from .splitting import enumerator_length
from .vocabulary import compiled_cues


WHITESPACE = re.compile(r"[ \t\r\u3000\xa0]+")


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


def is_wrapped(line: str, following: str, narrow_width: int | None = None) -> bool:
    """Whether ``line`` was cut by the page width inside a sentence that ``following`` continues.

    The line is longer than any heading and does not end a sentence (it ends in a character or
    in clause punctuation), or it is longer than a short clause and ends inside a number the next
    line runs on (:func:`cuts_a_number`) or inside the sentence after a full stop it holds
    (:func:`runs_past_sentence_end`), or the page's prose is cut narrower than a heading
    (``narrow_width``, see :func:`narrow_prose_width`) and the line, prose itself, is about that wide;
    the next line is not blank, not a table row and does not start an item or a heading.
    """
    cues = compiled_cues()
    line, following = line.strip(), following.strip()
    return (
        (len(line) >= cues.wrap_min_chars or cuts_a_number(line, following) or runs_past_sentence_end(line)
         or narrow_width is not None and len(line) >= narrow_width - cues.narrow_wrap_slack_chars
         and bool(PROSE_MARK.search(without_enumerator(line))))
        and bool(following)
        and not cues.unwrappable_end.search(line)
        and "|" not in line + following
        and not cues.enumerator.match(following)
        and heading_level(following) is None
    )


def without_enumerator(line: str) -> str:
    """The (stripped) ``line`` without the enumerator it opens with: the 、 of 四、 marks an item or a heading, not
    prose (四、卫生监督执法力度加大 on a narrow PDF page is a heading, not prose cut by the page width)."""
    m = compiled_cues().enumerator.match(line)
    return line[m.end():] if m else line


SENTENCE_ENDS = "。!?"
RUN_ON_MIN_CHARS = 4  # words after a line's full stop that start its next sentence (a short tail may be a label)


def runs_past_sentence_end(line: str) -> bool:
    """Whether the (stripped) ``line``, at least a short clause long, ends a sentence inside it and goes on
    after it with words that end none ((一)优质医疗资源总量不足。每千常住人口执业(助理) / 医师数2.41人,…): a
    heading or a title holds no full stop, so the line is prose cut by the page width inside its next sentence."""
    cues = compiled_cues()
    cut = max(line.rfind(c) for c in SENTENCE_ENDS)
    return len(line) >= cues.short_clause_chars and cut >= 0 and len(line) - cut - 1 >= RUN_ON_MIN_CHARS \
        and not cues.unwrappable_end.search(line)


PROSE_MARK = re.compile(r"[,;、。]")  # (matching text: ，；folded) a line holding these is prose, not a title or a cell


def narrow_prose_width(lines: list[str]) -> int | None:
    """The width a page printed its prose at, when narrower than :attr:`wrap_min_chars` (a PDF of narrow
    columns pasted as text: …每千人口执业(助理) / 医师1.96人,…;二是部分县级医院 / 重点专科建设滞后,…): the median
    length of the stripped lines that hold clause punctuation, end inside a sentence and are shorter than
    that, when at least ``narrow_wrap_min_lines`` do; None on any other page."""
    cues = compiled_cues()
    lengths = sorted(
        len(line) for line in (raw.strip() for raw in lines)
        if cues.short_clause_chars <= len(line) < cues.wrap_min_chars
        and PROSE_MARK.search(line) and not cues.unwrappable_end.search(line) and not line.endswith(("。", "!", "?"))
    )
    return lengths[len(lengths) // 2] if len(lengths) >= cues.narrow_wrap_min_lines else None


def cuts_a_number(line: str, following: str) -> bool:
    """Whether the (stripped) ``line`` ends inside a number that the ``following`` line runs on
    (…医师仅有21 / 4人,…): words, then digits at its end, digits at the start of the next, and
    longer than a short clause."""
    cues = compiled_cues()
    return (len(line) >= cues.short_clause_chars and bool(cues.number_cut.search(line))
            and bool(cues.number_run_on.match(following)))


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
    before an inline heading enumerator that follows a sentence; a page-chunk marker between the
    sentence and the heading becomes the break.
    """
    cues = compiled_cues()
    if end - start < cues.long_line_chars:
        return {}
    breaks = {
        m.start(): m.end() - m.start()
        for m in WHITESPACE.finditer(match, start, end)
        if separates_lines(match, start, m.start(), m.end())
    }
    for m in cues.inline_page_marker.finditer(match, start, end):
        breaks = {p: n for p, n in breaks.items() if not m.start() <= p < m.end()}  # the marker's own spaces
        breaks[m.start()] = m.end() - m.start()
    for m in cues.inline_heading.finditer(match, start, end):
        if m.start() not in breaks and m.start() - 1 not in breaks:
            breaks[m.start()] = 0
    return breaks


def logical_lines(match: str, start: int, end: int) -> list[Span]:
    """Lines of [start, end) with lines cut by the page width joined to the next (raw spans,
    newlines inside)."""
    lines = raw_lines(match, start, end)
    shortest = compiled_cues().short_clause_chars  # a shorter line is never wrapped: no need to look
    narrow = narrow_prose_width([match[ls:le] for ls, le in lines])
    out: list[list[int]] = []
    joined = False
    for i, (ls, le) in enumerate(lines):
        if joined:
            out[-1][1] = le
        else:
            out.append([ls, le])
        joined = (
            le - ls >= shortest
            and i + 1 < len(lines)
            and is_wrapped(match[ls:le], match[lines[i + 1][0]:lines[i + 1][1]], narrow)
        )
    return [(a, b) for a, b in out]


def view_skips(match: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """What the reading view leaves out of or adds to the raw text [start, end): (start, end,
    replacement) for each line break added inside a very long line, each newline of a line
    joined to the next, each reading aid and each decimal point printed as 。 (read as ., so that
    it ends no sentence), in text order."""
    cues = compiled_cues()
    breaks = page_break_skips(match, start, end)
    skips = [(a.start(), a.end(), "") for a in cues.reading_aid.finditer(match, start, end)]
    skips += [(d.start(), d.end(), ".") for d in cues.decimal_mark.finditer(match, start, end)]
    lines = logical_lines(match, start, end)
    for ls, le in lines:
        if le - ls >= cues.long_line_chars:
            skips += [(p, p + n, "\n") for p, n in line_breaks_inside(match, ls, le).items()]
    line_ends = {le for _ls, le in lines}
    skips += [(w.start(), w.end(), "") for w in NEWLINE.finditer(match, start, end) if w.start() not in line_ends]
    if not breaks:  # (most pages hold no page-break line: nothing to leave out of the rest)
        return sorted(skips)
    return sorted(breaks + [k for k in skips if not any(bs <= k[0] < be for bs, be, _r in breaks)])


def page_break_skips(match: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Page-break lines of [start, end) (------ 第 2 页 ------), each left out with the line break
    before it when the line before ends no sentence (the sentence goes on after the break)."""
    cues = compiled_cues()
    out = []
    for m in cues.page_break_line.finditer(match, start, end):
        s = m.start()
        if s > start and match[s - 1] == "\n" and not cues.unwrappable_end.search(match[start:s - 1].rstrip()[-1:]):
            s -= 1
        out.append((s, m.end(), ""))
    return out


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
