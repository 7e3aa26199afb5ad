"""How a value is stated — an achieved level, a target, a change, progress or a policy rule — read
from its context as an analyst reads it.

The decision looks at three scopes around a value:

* the words right before and after it (提高了 → change, 最高补偿 → policy, 以上的目标 → target);
* its *segment*: the part of its sentence after the last ``。；;!?``, line break or enumerator
  (一、 (一) 1、 一是 ①).  No statement reaches across a segment: ``…力争达到95%；住院分娩率98%`` keeps
  the 98% an actual level;
* the part of the report it sits in: a plan (by its title, by a plan section such as 下一步打算 or
  主要目标, or by a plan heading written inside a long line).  In a plan a stated level is a target
  unless the segment says it was reached (已达到, 今年以来, 截至…).

Policy nouns (报销/补偿比例, 起付线, 封顶线) make a rate or amount a rule the bureau sets.  From→to
pairs (由31.2‰下降到14.9‰) are a pair of levels, not a change: see :func:`from_to_pairs`.
Vocabulary: ``healthdata/vocab/statements.yaml`` (each entry with the pattern it stands for).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from typing import TYPE_CHECKING

import numpy as np

from healthdata.extract.comparator import AFTER_WINDOW
from healthdata.extract.cues import NOT_RATE, longest_first, grouped_alternation, last_match_before, links_end, words_rx
from healthdata.extract.numbers import parse_number
from healthdata.extract.punctuation import CLAUSE_BREAKS, LIST_JOINERS, SEGMENT_BREAKS, SPACES
from healthdata.extract.tables import is_column_header_line
from healthdata.fastsearch import CuePattern
from healthdata.vocab import load_yaml

if TYPE_CHECKING:
    from healthdata.extract.context import Context, Described
    from healthdata.extract.numbers import NumberToken

__all__ = [
    "StatementCues",
    "statement_cues",
    "segment_starts",
    "segment_start",
    "plan_spans",
    "in_spans",
    "is_policy_context",
    "has_target_cue",
    "has_actual_cue",
    "from_to_gap",
    "SEGMENT_BREAKS",
]


# the head an amount is paid or raised per, written before it (每人, 每人每年, 每例)
_PER_HEAD = r"每(?:人|例|名|户)(?:每[年月])?"


@dataclass(frozen=True, slots=True)
class StatementCues:
    enumerator_at_rx: re.Pattern  # an enumerator (一、 (一) 1、 一是 ①) at a position, spaces before it skipped
    enumerator_firsts: frozenset  # the characters such a match can start with
    plan_heading_rx: re.Pattern
    plan_words: tuple[str, ...]
    not_plan_heading_rx: re.Pattern
    inline_heading_chars: int
    from_to_rx: re.Pattern


def _vocab_at(keys: tuple[str, ...]):
    v = load_yaml("statements.yaml")
    for k in keys:
        v = v[k]
    return v


@lru_cache(maxsize=None)
def _vocab_words(*keys: str) -> tuple[str, ...]:
    """The word list at ``keys`` in statements.yaml (``("statement_cues", "policy_after_money")``), longest first:
    for ``str.startswith``/``endswith`` tests of several words at once."""
    return tuple(longest_first(_vocab_at(keys)))


@lru_cache(maxsize=None)
def _vocab_rx(*keys: str) -> re.Pattern:
    """A pattern finding any word of the list at ``keys`` in statements.yaml (the longest where several start at one place)."""
    return words_rx(_vocab_at(keys))


@lru_cache(maxsize=None)
def _vocab_pattern(*keys: str) -> re.Pattern:
    """The regular expression written at ``keys`` in statements.yaml, compiled."""
    return re.compile(_vocab_at(keys))


@lru_cache(maxsize=None)
def _vocab_scan(*keys: str) -> CuePattern:
    """The regular expression at ``keys`` in statements.yaml for scans of a whole report (``search``/``finditer``
    over long stretches): behind a gate on the characters its matches can start with (:class:`CuePattern`), which
    ``re`` skips to in C where the plain pattern (opening on a look-behind or an alternation of groups) is tried at
    every character.  The matches are the plain pattern's."""
    return CuePattern(_vocab_at(keys))


def vocab_pattern(key: str) -> re.Pattern:
    """The regular expression written at ``key`` in statements.yaml, compiled (for the modules describing a report)."""
    return _vocab_pattern(key)


def allocated_in_budget(ctx: Context, tok: NumberToken, statement: str, clause_s: int, seg_s: int) -> bool:
    """In a budget (ctx.budget_doc), whether the value ``tok`` read so far as ``statement`` is an allocation: a level
    (actual), a sum of money set out as needed (需资金512万元: target), or a sum its own clause moves by no change word
    (比上年提高14元），安排配套资金1 326万元), and its segment names no execution or spending reached
    (statements.yaml budget_spent_words: 上年执行数, 决算, 实际支出)."""
    m, start = ctx.match, tok.start
    if not (statement == "actual" or statement == "target" and tok.unit == "yuan"
            or statement == "change" and tok.unit == "yuan" and not any(w in m[clause_s:start] for w in ctx.cues.change_words)):
        return False
    return _vocab_rx("budget_spent_words").search(m, seg_s, start) is None


@lru_cache(maxsize=1)
def statement_cues() -> StatementCues:
    """The statement vocabulary (statements.yaml; heading enumerators from sections.yaml) compiled once."""
    v = load_yaml("statements.yaml")
    levels = [h["pattern"].lstrip("^").replace(r"\s*", "", 1) if h["pattern"].startswith(r"^\s*") else h["pattern"].lstrip("^")
              for h in load_yaml("sections.yaml")["heading_levels"]]
    enumerators = "|".join(f"(?:{p})" for p in levels + v["ordinal_enumerators"])
    n = int(v["inline_plan_heading_max_chars"])
    return StatementCues(
        enumerator_at_rx=re.compile(rf"[ \t\u3000]*(?:{enumerators})"),
        enumerator_firsts=frozenset(" \t\u3000一二三四五六七八九十(（0123456789①②③④⑤⑥⑦⑧⑨⑩"),
        plan_heading_rx=words_rx(v["plan_headings"]),
        plan_words=tuple(v["plan_headings"]),
        not_plan_heading_rx=re.compile("|".join(v["not_plan_headings"])),
        inline_heading_chars=n,
        # (the new level may name its year: 由2015年的95.1%提高到2020年的99.6%)
        # (a rule's level set anew: 上调/下调/调整 (起付线由500元下调到400元); 提升, 扩大 as 提高)
        # (or the head it is paid per: 由每人400元提高到每人500元)
        from_to_rx=re.compile(r"\s*(?:下降|降低|减少|回落|提高|提升|上升|增加|增长|扩大|上调|下调|调高|调低|调整|升|降)?(?:到|至|为)\s*(?:(?:19|20)[0-9]{2}\s*年(?:底|末)?的)?\s*"
                              + "(?:" + _PER_HEAD + r")?\s*$"),
    )


def segment_starts(match: str, lo: int, hi: int, breaks: list[int], enumerator_candidates: list[int] | None = None) -> list[int]:
    """Sorted starts of the segments of match[lo:hi]: ``lo``, just after each break position in
    ``breaks`` (positions of SEGMENT_BREAKS characters), and at each enumerator that starts at ``lo``
    or right after a clause break or a space (``enumerator_candidates``: the positions right after
    them whose character an enumerator can start with; found here when None)."""
    c = statement_cues()
    if enumerator_candidates is None:
        firsts = c.enumerator_firsts
        enumerator_candidates = [x.end() for x in _BEFORE_ENUMERATOR.finditer(match, lo, hi) if x.end() < hi and match[x.end()] in firsts]
    at = c.enumerator_at_rx.match
    enumerators = [q for q in enumerator_candidates if at(match, q, hi) is not None]
    starts = np.concatenate((np.asarray(breaks, dtype=np.int64) + 1, np.asarray(enumerators + [lo], dtype=np.int64)))
    starts = np.sort(starts[starts < hi] if len(breaks) else starts)
    return starts[np.diff(starts, prepend=-1) != 0].tolist()  # without repeats (np.unique hashes first: slower here)


_BEFORE_ENUMERATOR = re.compile("[" + re.escape(CLAUSE_BREAKS + SPACES) + "]")


@lru_cache(maxsize=256)
def enumerator_form_rx(source: str) -> CuePattern:
    """The pattern ``source`` of the next enumerator of one form after a break (…。二、, （三）), compiled once per form and
    behind a gate on the characters the form starts with: its opening look-behind keeps ``re`` from skipping ahead in C
    on its own, and the search often runs to the report's end (:class:`CuePattern`: the same matches)."""
    return CuePattern(source)


def segment_start(starts: list[int], pos: int) -> int:
    """Start of the segment holding ``pos`` (``starts`` from :func:`segment_starts`)."""
    k = bisect.bisect_right(starts, pos)
    return starts[k - 1] if k else pos


def _is_plan_heading(heading: str, c: StatementCues) -> bool:
    return bool(c.plan_heading_rx.search(heading)) and not c.not_plan_heading_rx.search(heading)


_HEADING_END = re.compile("[" + re.escape(CLAUSE_BREAKS + SPACES) + "]")


def _heading_at(match: str, pos: int, hi: int, longest: int = 24) -> str:
    """The heading phrase starting at ``pos``: up to a colon, space, comma or break (at most ``longest`` characters)."""
    end = min(hi, pos + longest)
    b = _HEADING_END.search(match, pos, end)
    return match[pos : b.start() if b else end]


def heading_ends_itself(match: str, section) -> bool:
    """Whether a section's heading ends where its writer ended it: at its line's end, or at the full
    stop or colon that closes it, or with its question mark (not cut off inside running text at the heading length
    limit)."""
    end = section.start + len(section.heading)
    asks = match[end - 1:end] in ("?", "？")  # a question heading the answer follows on its line
    while end < len(match) and match[end] in SPACES:
        end += 1
    return asks or end >= len(match) or match[end] in "\n。:："


def _occurrences(match: str, lo: int, hi: int):
    """(start, end) of every occurrence of a plan heading word in match[lo:hi], in order (one scan of a
    literal alternation, which ``re`` runs faster than an Aho-Corasick automaton on this text; taken
    as far as the caller asks)."""
    return (x.span() for x in statement_cues().plan_heading_rx.finditer(match, lo, hi))


def plan_spans(match: str, lo: int, hi: int, sections, seg_starts: list[int]) -> list[tuple[int, int]]:
    """Spans of the report (match[lo:hi]) that state plans: sections under a plan heading (下一步打算,
    工作要点, 主要目标 …, not 目标完成情况), and, in text the segmenter gave no such section, a plan
    heading written inside a line: a plan word within a few characters of a segment start (after its
    enumerator), the phrase ending at a colon, space or break (or, after an enumerator, anywhere);
    the span runs to the next enumerator of the same form, or the report end.

    A section the segmenter calls 'plans' without a plan word in its heading (计划免疫) is no plan.
    Section headings are read in the matching text (Simplified, folded), like every other cue; a
    heading that runs on into its body (a page whose lines were joined: nothing tells where the
    heading ends) is read as a heading inside a line.
    """
    c = statement_cues()
    spans = merged([(s.start, s.end) for s in sections
                    if heading_ends_itself(match, s) and _is_plan_heading(match[s.start : s.start + len(s.heading)], c)])
    n = c.inline_heading_chars
    for hit_start, hit_end in _occurrences(match, lo, hi):
        seg = segment_start(seg_starts, hit_start)
        if in_spans(spans, seg):
            if spans[-1][1] >= hi and spans[-1][0] <= seg:
                break  # a plan runs from here to the report end: every later occurrence lies in it
            continue
        enum = c.enumerator_at_rx.match(match, seg, hi)
        head = enum.end() if enum is not None else seg
        while head < hit_start and match[head] in " \t\u3000":
            head += 1
        if hit_start - head > n:
            continue
        heading = _heading_at(match, head, hi, n + n // 2 + 8)
        if len(heading) < hit_end - head or not _is_plan_heading(match[head:min(hi, head + len(heading) + 2)], c):
            continue  # a break inside the plan word's phrase, or a heading that reports on plans (its comma and what follows included)
        end_of_heading = head + len(heading)
        if enum is None and (end_of_heading >= hi or match[end_of_heading] not in ":：\n \t\u3000"):
            continue  # without an enumerator, a heading ends at a colon, a space or a line break
        if enum is None and match[end_of_heading] == "\n" and is_column_header_line(match, lo, head, end_of_heading):
            continue  # a one-cell-a-line table's column header (单位 / 年度目标 / 实际完成)
        if end_of_heading - hit_end > n // 2 and enum is None:
            continue
        end = hi
        if enum is not None:
            form = re.sub(r"[一二三四五六七八九十]+", "[一二三四五六七八九十]+", re.escape(enum.group().strip()))
            form = re.sub(r"[0-9]+", "[0-9]+", form)
            nxt = enumerator_form_rx(rf"(?<=[{re.escape(SEGMENT_BREAKS + SPACES)}]){form}").search(match, end_of_heading, hi)
            if nxt is not None:
                end = nxt.start()
        spans.append((seg, end))
        spans = merged(spans)
    return merged(spans + second_half_spans(match, lo, hi) + issued_plan_spans(match, lo, hi))


def dated_plan_spans(match: str, sections, after_year: int | None, from_year: int | None) -> list[tuple[int, int]]:
    """Spans of the sections whose heading names the work of a year still to come (三、2024年重点工作: statements.yaml
    dated_plan_heading) and no report on it (完成情况): the year after ``after_year`` (the year a summary's title names),
    or from ``from_year`` on (the year the page is dated: a speech of 2024年1月 sets out the work of 2024).  A heading
    naming the year a summary reports on (二、2023年重点工作 in 2023年工作总结) reports that work."""
    rx, c = _vocab_pattern("dated_plan_heading"), statement_cues()
    out = []
    for s in sections:
        heading = match[s.start : s.start + len(s.heading)]
        x = rx.search(heading)
        if x is None or c.not_plan_heading_rx.search(heading) or not heading_ends_itself(match, s):
            continue
        if year_to_come(int(x.group("year")), after_year, from_year):
            out.append((s.start, s.end))
    return out


def year_to_come(year: int, after_year: int | None, from_year: int | None) -> bool:
    """Whether ``year`` is still to come for a report: after ``after_year`` (the year a summary's title names), else from
    ``from_year`` on (the year the page is dated)."""
    return after_year is not None and year > after_year or after_year is None and from_year is not None and year >= from_year


def inline_dated_plan_spans(match: str, lo: int, hi: int, seg_starts: list[int], after_year: int | None,
                            from_year: int | None) -> list[tuple[int, int]]:
    """:func:`dated_plan_spans` of the headings written inside a line (a page whose lines were joined: …。三、2024年重点工作
    2024年，全区…): the heading right after an enumerator that opens a segment; each span runs to the next enumerator of
    the same form (四、) or the report end."""
    if after_year is None and from_year is None:
        return []  # no year is to come for the report (see year_to_come): the text is not searched
    c = statement_cues()
    out = []
    for x in _vocab_pattern("dated_plan_heading_inline").finditer(match, lo, hi):
        seg = segment_start(seg_starts, x.start())
        enum = c.enumerator_at_rx.match(match, seg, hi)
        if enum is None and _line_heading_with_colon(match, lo, seg, x):
            if year_to_come(int(x.group("year")), after_year, from_year) and not c.not_plan_heading_rx.search(x.group()):
                out.append((x.start(), hi))  # (2032年计划：住院分娩率达到80%，… at a line's start: the plan runs on to the end)
            continue
        if enum is None or match[enum.end() : x.start()].strip(SPACES) or not year_to_come(int(x.group("year")), after_year, from_year) \
                or c.not_plan_heading_rx.search(_heading_at(match, x.start(), hi, 2 * c.inline_heading_chars)):
            continue
        form = re.sub(r"[0-9]+", "[0-9]+", re.sub(r"[一二三四五六七八九十]+", "[一二三四五六七八九十]+", re.escape(enum.group().strip())))
        nxt = enumerator_form_rx(rf"(?<=[{re.escape(SEGMENT_BREAKS + SPACES)}]){form}").search(match, x.end(), hi)
        out.append((enum.start(), nxt.start() if nxt is not None else hi))
    return out


def _line_heading_with_colon(match: str, lo: int, seg: int, x: re.Match) -> bool:
    """Whether the dated heading ``x`` opens its line (only spaces between the line's start, at ``seg``, and it) and a
    colon closes it (2032年计划：…, 2032年工作打算：…)."""
    if seg > lo and match[seg - 1] != "\n" or match[seg : x.start()].strip(SPACES):
        return False
    k = x.end()
    while k < len(match) and match[k] in SPACES:
        k += 1
    return k < len(match) and match[k] in ":："


def year_opening_plan_spans(match: str, lo: int, hi: int, after_year: int | None, page_year: int | None = None) -> list[tuple[int, int]]:
    """Spans of the paragraphs of a summary that open a sentence with a year after ``after_year`` (the year the summary's
    title reports on), the year alone before a comma (statements.yaml year_opening_plan: …。2032年，全县参合率稳定在98%以上):
    the plan for that year, without a heading; each runs from the year to the end of its sentence.  Without a title's year,
    the year the report's first sentence opens with (statements.yaml year_opening_report) stands for it, and only the next
    year is to come, in a page not dated after it (``page_year``): a review dated later tells its years in turn
    (2030年，…。2031年，…)."""
    upto = None
    if after_year is None:
        opening = _vocab_pattern("year_opening_report").match(match, lo, hi)
        if opening is None:
            return []
        after_year = int(opening.group("year"))
        upto = after_year + 1
        if page_year is not None and page_year > upto:
            return []
    out = []
    for x in _vocab_scan("year_opening_plan").finditer(match, lo, hi):
        if int(x.group("year")) <= after_year or upto is not None and int(x.group("year")) > upto:
            continue
        out.append((x.start("year"), _sentence_end(match, x.end(), hi)))
    return out


def inline_state_spans(match: str, lo: int, hi: int, seg_starts: list[int]) -> list[tuple[int, int]]:
    """:func:`present_state_spans` of the headings written inside a line (a page whose lines were joined: …【小】 一、2030年
    工作回顾 过去一年，… 二、存在的困难和不足 （一）…): a heading right after an enumerator that opens a segment, naming the
    present state within its first characters, no plan and no task; each span runs to the next enumerator of the same form
    (二、) or the report end."""
    c, task = statement_cues(), _vocab_pattern("task_heading_verbs")
    out: list[tuple[int, int]] = []
    for x in _vocab_rx("present_state_headings").finditer(match, lo, hi):
        if out and x.start() < out[-1][1]:
            continue
        enum = c.enumerator_at_rx.match(match, segment_start(seg_starts, x.start()), hi) or _enumerator_after_bracket(match, x.start(), c)
        if enum is None:
            continue
        head = _heading_at(match, enum.end(), hi, c.inline_heading_chars)
        if x.end() > enum.end() + len(head) or _is_plan_heading(head, c) or task.match(match[enum.start() : enum.end() + len(head)].strip(SPACES)):
            continue
        form = re.sub(r"[0-9]+", "[0-9]+", re.sub(r"[一二三四五六七八九十]+", "[一二三四五六七八九十]+", re.escape(enum.group().strip())))
        nxt = enumerator_form_rx(rf"(?<=[{re.escape(SEGMENT_BREAKS + SPACES)}]){form}").search(match, x.end(), hi)
        out.append((enum.start(), nxt.start() if nxt is not None else hi))
    return out


_CLOSING_BRACKETS = "】]）)"


def _enumerator_after_bracket(match: str, pos: int, c: StatementCues) -> re.Match | None:
    """An enumerator right after a closing bracket, the last before ``pos`` within a heading's length (a site's tool
    label glued before the first heading of a joined page: …【大】【中】【小】一、2030年工作回顾…), else None."""
    lo = max(0, pos - c.inline_heading_chars)
    k = max(match.rfind(b, lo, pos) for b in _CLOSING_BRACKETS)
    return c.enumerator_at_rx.match(match, k + 1, pos) if k >= 0 else None


def present_state_spans(match: str, sections) -> list[tuple[int, int]]:
    """Spans of the sections whose heading names the present state (一、现状与问题, 基本情况: statements.yaml
    present_state_headings), or that are problems sections not headed as a task (二、薄弱环节, not 八、加强薄弱环节建设),
    and no plan: in a plan, they report levels as they stand."""
    c = statement_cues()
    rx = _vocab_rx("present_state_headings")
    task = _vocab_pattern("task_heading_verbs")
    return merged([(s.start, until_a_plan_line(match, s.start + len(s.heading), s.end, c)) for s in sections
                   if (rx.search(h := match[s.start : s.start + len(s.heading)])
                       or (s.kind == "problems" and not task.match(h)))
                   and not _is_plan_heading(h, c)])


def chapter_heads(match: str, lo: int, hi: int) -> dict[int, str]:
    """The chapter headings of match[lo:hi] (第一章 发展基础, 第二部分 目标任务: statements.yaml chapter_heading): start ->
    its title on a line of its own, or, for a marker inside a line, the words up to a present-state heading word after
    it ("" for none).  (Headings numbered so are no sections of the segmenter's.)"""
    if match.find("第", lo, hi) < 0:
        return {}
    marker = _vocab_pattern("chapter_heading", "marker")
    rx = _chapter_heading_line()
    words = _vocab_rx("present_state_headings")
    heads = {x.start(): x.group("title") for x in rx.finditer(match, lo, hi)
             if not match[max(lo, match.rfind("\n", lo, x.start()) + 1) : x.start()].strip(SPACES)}
    for x in marker.finditer(match, lo, hi):  # headings inside lines
        if x.start() not in heads:
            w = words.search(match, x.end(), min(hi, x.end() + int(_vocab_at(("chapter_title_lead",))) + 16))
            heads[x.start()] = match[x.end() : w.end()] if w and w.start() - x.end() <= int(_vocab_at(("chapter_title_lead",))) else ""
    return heads


def chapter_state_spans(heads: dict[int, str], hi: int) -> list[tuple[int, int]]:
    """Spans of the chapters (``heads``: :func:`chapter_heads`) whose heading names the present state (第一章 发展基础,
    第一部分 现状与问题: statements.yaml present_state_headings), and no plan: a long plan's review of the period before
    it (“十三五”期间…床位数达到7.3张) reports levels reached.  Each runs to the next chapter heading or ``hi``, the report end."""
    words, c = _vocab_rx("present_state_headings"), statement_cues()
    starts = sorted(heads)
    return [(a, starts[k + 1] if k + 1 < len(starts) else hi) for k, a in enumerate(starts)
            if words.search(heads[a]) and not _is_plan_heading(heads[a], c)]


def ended_at_chapters(spans: list[tuple[int, int]], heads: dict[int, str]) -> list[tuple[int, int]]:
    """``spans`` (of the segmenter's present-state sections) each ended at the first chapter heading inside it (a
    problems section before 第二章 发展目标, which the segmenter does not see as a heading, ends there)."""
    if not heads:
        return spans
    starts = sorted(heads)
    out = []
    for a, b in spans:
        k = bisect.bisect_right(starts, a)
        out.append((a, min(b, starts[k])) if k < len(starts) else (a, b))
    return out


@lru_cache(maxsize=1)
def _chapter_heading_line() -> re.Pattern:
    """A chapter heading's marker and its title to the line's end (statements.yaml chapter_heading)."""
    return re.compile(_vocab_at(("chapter_heading", "marker")) + _vocab_at(("chapter_heading", "title_to_line_end")))


def countermeasure_spans(match: str, lo: int, hi: int, colons: list[int], seg_starts: list[int]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(present-state spans, plan spans) of the items that state a problem and then, after a countermeasure label
    opening a sentence (…仍需40公里以上。对策：配置巡诊车8台: statements.yaml countermeasure_labels), what will be done
    about it: the item up to the label reports the present state, the rest of the item is a plan.  An item runs from
    its enumerator ((一), 1、, 一是) or its line's start, whichever is later, to the next enumerator or its line's end
    (a page whose lines were joined keeps its items apart).  ``colons``: where match[lo:hi] holds a colon (``:`` in the
    matching text), increasing: every label ends right before one; ``seg_starts``: the report's segment starts."""
    states, plans = [], []
    labels = _vocab_words("countermeasure_labels")
    at = statement_cues().enumerator_at_rx.match
    for b in colons:
        if not match.endswith(labels, lo, b):
            continue
        a = next(b - len(w) for w in labels if match.endswith(w, lo, b))  # (the longest first)
        p = a
        while p > lo and match[p - 1] in SPACES:
            p -= 1
        if p > lo and match[p - 1] not in _LABEL_AFTER:
            continue  # inside a sentence (问题与对策:), not at its start
        line_start, line_end = max(lo, match.rfind("\n", lo, a) + 1), match.find("\n", b, hi)
        line_end = hi if line_end < 0 else line_end
        k = bisect.bisect_left(seg_starts, a)
        item_start = next((q for q in reversed(seg_starts[:k]) if q < line_start or at(match, q, a) is not None), line_start)
        item_end = next((q for q in seg_starts[k:] if q >= line_end or at(match, q, line_end) is not None), line_end)
        states.append((max(line_start, item_start), a))
        plans.append((b + 1, min(line_end, item_end)))
    return states, plans


_LABEL_AFTER = "。!?！？\n"  # what a countermeasure label opening a sentence follows


@lru_cache(maxsize=1)
def _future_lead_in() -> tuple[CuePattern, int, int]:
    v = load_yaml("statements.yaml")["future_list_lead_in"]
    return _vocab_scan("future_list_lead_in", "pattern"), int(v["lead_in_chars"]), int(v["opening_chars"])


def future_list_spans(match: str, lo: int, hi: int, colons: list[int]) -> list[tuple[int, int]]:
    """Spans of the items a lead-in announcing what will be done opens (statements.yaml future_list_lead_in): from
    a colon after such a lead-in to its sentence's end (2031年，我们将着力办好以下实事：…；…。), and a whole sentence
    opening with one (我们将力争年内建成3个中心；确保…；…控制在5‰以下。).  ``colons``: where match[lo:hi] holds a
    colon (``:`` in the matching text), increasing."""
    rx, longest, opening = _future_lead_in()
    out = []
    for b in colons:
        # (no lead-in in the ``longest`` characters before the colon: none in a sentence that short, whose start is
        # not looked for)
        if rx.search(match, max(lo, b - longest), b) is None:
            continue
        a = sentence_start_before(match, lo, b)
        if b - a > longest or rx.search(match, a, b) is None:
            continue
        out.append((b + 1, enumerated_lines_end(match, b + 1, hi) or _sentence_end(match, b, hi)))
    for x in rx.finditer(match, lo, hi):
        if out and out[-1][1] >= x.start():
            continue
        a = sentence_start_before(match, lo, x.start())
        if x.start() - a <= opening and not _requirement_followed(match, a, x.start()):
            out.append((a, _sentence_end(match, x.end(), hi)))
    return sorted(out)


def enumerated_lines_end(match: str, pos: int, hi: int) -> int | None:
    """Where the items end that a lead-in's colon at the end of its line opens, one a line (…作了具体安排：\n一是…。\n二是…。
    \n会议强调，…): the end of the last line in a row of lines each opening with an enumerator (一是, 一、, (一), 1、),
    from the line after ``pos``; None when only spaces do not stand between ``pos`` and a line break, or no such line
    follows."""
    k = pos
    while k < hi and match[k] in SPACES:
        k += 1
    if k >= hi:
        return None
    at, end = statement_cues().enumerator_at_rx.match, None
    if match[k] != "\n":
        first = at(match, k, hi)
        return joined_items_end(match, first, hi) if first is not None else None
    while k < hi and match[k] == "\n":
        line_end = match.find("\n", k + 1, hi)
        line_end = hi if line_end < 0 else line_end
        if at(match, k + 1, line_end) is None:
            break
        end, k = line_end, line_end
    return end


def plan_answer_spans(match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the answers of a Q&A page to a question asking for the aims to come (问：今年的目标是什么？: statements.yaml
    plan_question): from the question's end to the line of the next question (next_question), or the report end."""
    nxt = _vocab_pattern("next_question")
    out = []
    for x in plan_questions(match, lo, hi):
        after = nxt.search(match, x.end() + 1, hi) if x.end() < hi else None
        out.append((x.end(), after.start() if after is not None else hi))
    return out


def plan_questions(match: str, lo: int, hi: int) -> list[re.Match]:
    """The matches of statements.yaml plan_question in match[lo:hi], as its ``finditer`` finds them.  A match is one line,
    from its start to a question mark in it, so the pattern is tried only at the start of each line holding a question
    mark (found with ``str.find``), instead of at every character of the report."""
    rx, out = _vocab_pattern("plan_question"), []
    for start in question_line_starts(match, lo, hi):
        if out and start < out[-1].end():
            continue  # (the scan goes on after a match)
        x = rx.match(match, start, hi)
        if x is not None:
            out.append(x)
    return out


def question_line_starts(match: str, lo: int, hi: int) -> list[int]:
    """The starts of the lines of match[lo:hi] holding a question mark (? or ？), increasing: ``lo`` for its first line."""
    out, pos = [], lo
    while True:
        marks = [k for k in (match.find("?", pos, hi), match.find("？", pos, hi)) if k >= 0]
        if not marks:
            return out
        q = min(marks)
        k = match.rfind("\n", lo, q)
        out.append(k + 1 if k >= 0 else lo)
        pos = match.find("\n", q, hi) + 1
        if pos <= 0:
            return out


_NUMERALS = "一二三四五六七八九十"
_ITEM_HEADING_CHARS = 16  # the longest sentence an item opens with that heads it (一是做实家庭医生签约服务。)


def _ordinal(text: str) -> int | None:
    """The number an enumerator writes (二是 -> 2, (三) -> 3, 4、 -> 4), None for a compound numeral."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if digits:
        return int(digits)
    han = [ch for ch in text if ch in _NUMERALS]
    return _NUMERALS.index(han[0]) + 1 if len(han) == 1 else None


def joined_items_end(match: str, first: re.Match, hi: int) -> int:
    """Where the items a lead-in's colon opens end on a page whose lines were joined (…作了具体安排： 一是…。…。 二是…。…。
    会议强调，…): the items run through each next enumerator of the same form and number (二是 after 一是) that opens a
    sentence; the last item runs to the end of its first sentence, or of its second where the first is short enough to
    head it (五是抓好爱国卫生运动。巩固…不少于30场。)."""
    form = re.sub(r"[一二三四五六七八九十]+", "[一二三四五六七八九十]+", re.escape(first.group().strip(SPACES)))
    form_rx = enumerator_form_rx(rf"(?<=[。!?！？;；{re.escape(SPACES)}]){re.sub(r'[0-9]+', '[0-9]+', form)}")
    last, number = first, _ordinal(first.group())
    while number is not None:
        nxt = next((x for x in form_rx.finditer(match, last.end(), hi) if _ordinal(x.group()) == number + 1), None)
        if nxt is None:
            break
        last, number = nxt, number + 1
    end = _SENTENCE_END.search(match, last.end(), hi)
    if end is None:
        return hi
    if end.start() - last.end() <= _ITEM_HEADING_CHARS:
        body_end = _SENTENCE_END.search(match, end.end(), hi)
        return body_end.start() if body_end is not None else hi
    return end.start()


def _requirement_followed(match: str, a: int, b: int) -> bool:
    """Whether match[a:b] opens with a word saying a requirement was followed (按照市局要求，…: statements.yaml
    requirement_followed_openers): a manner of the work done, no aim."""
    while a < b and match[a] in _CLAUSE_OPENING_MARKS:
        a += 1
    return match.startswith(_vocab_words("statement_cues", "requirement_followed_openers"), a, b)


def _sentence_end(match: str, pos: int, hi: int) -> int:
    """Where the sentence holding ``pos`` ends (its 。!? or line break), or ``hi``."""
    end = _SENTENCE_END.search(match, pos, hi)
    return end.start() if end is not None else hi


def without_spans(spans: list[tuple[int, int]], cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (sorted, not overlapping) with the parts that lie in ``cuts`` taken out."""
    out = []
    for a, b in spans:
        for c, d in sorted(cuts):
            if d <= a or c >= b:
                continue
            if c > a:
                out.append((a, c))
            a = max(a, d)
            if a >= b:
                break
        if a < b:
            out.append((a, b))
    return out


def plans_opening_inside(states: list[tuple[int, int]], plans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The plan spans that open after the start of a present-state span and before its end (a plan lead-in inside the
    section on problems, on a page whose headings were run together: …有待提高。2025年工作打算：一是…): the state ends
    where the plan opens, its levels are aims.  A plan span opening with or before the state (a plan's whole text) is none."""
    return [(c, d) for c, d in plans if any(a < c < b for a, b in states)]


_LINE_HEADING = re.compile(r"\n[ \t\u3000]*(?=\S)")


def until_a_plan_line(match: str, lo: int, hi: int, c: StatementCues) -> int:
    """The end of a present-state section (its body match[lo:hi]): at the first line inside it that opens with a plan
    heading ended by a colon (…下雨漏水。\n下半年打算：一是…; the segmenter took it for the section's text), else ``hi``."""
    for x in _LINE_HEADING.finditer(match, lo, hi):
        head = x.end()
        heading = _heading_at(match, head, hi, c.inline_heading_chars)
        end = head + len(heading)
        if end < hi and match[end] in ":：" and _is_plan_heading(heading, c):
            return x.start() + 1
    return hi


@lru_cache(maxsize=1)
def _issued_plan() -> tuple[re.Pattern, int]:
    v = load_yaml("statements.yaml")["issued_plan"]
    return re.compile(v["pattern"]), int(v["opening_chars"])


def issued_plan_spans(match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """A notice whose opening issues or adjusts a plan or scheme (现将…补偿方案调整如下, 现将《…工作要点》印发给你们):
    the rest of the report after that sentence is the plan."""
    rx, n = _issued_plan()
    x = rx.search(match, lo, min(hi, lo + n))
    return [(x.end(), hi)] if x is not None else []


@lru_cache(maxsize=1)
def _halves() -> tuple[re.Pattern, re.Pattern, int, int, re.Pattern]:
    v = load_yaml("statements.yaml")["first_half_report"]
    return (re.compile(v["opening"]), re.compile(v["plan_sentence"]), int(v["opening_chars"]), int(v["shortest_opening_line"]),
            re.compile(v["half_year_headline"]))


def plan_sentence_matches(match: str, lo: int, hi: int) -> list[re.Match]:
    """The matches of the first-half report's plan sentence (statements.yaml ``plan_sentence``) in
    match[lo:hi], as ``finditer`` finds them.  Every match holds ``plan_sentence_holds`` and lies inside
    one sentence (it holds no sentence end), so only the sentences holding that word are searched,
    each from its start to its end; the matches of a scan of the whole stretch are exactly theirs."""
    rx, word = _halves()[1], load_yaml("statements.yaml")["first_half_report"]["plan_sentence_holds"]
    out: list[re.Match] = []
    p = match.find(word, lo, hi)
    while p >= 0:
        a = sentence_start_before(match, lo, p)
        end = _SENTENCE_END.search(match, p, hi)
        b = end.start() if end is not None else hi
        out.extend(rx.finditer(match, a, b))  # (its look-behinds still see the break before a)
        p = match.find(word, b, hi)
    return out


def second_half_spans(match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """In a report on the first half of a year (its title line or first sentence names 上半年), the sentences that open with
    the second half (下半年，…将推进…) state plans: their spans, each to its sentence end."""
    opening, _, n, shortest, headline = _halves()
    a, limit = lo, min(hi, lo + n)
    while True:  # its title line or first sentence, past short lines of page furniture (【打印】【关闭】)
        while a < limit and match[a] in " \t\u3000\n":
            a += 1
        first = _SENTENCE_END.search(match, a, limit)
        b = first.start() if first else limit
        if b - a >= shortest or first is None or match[b] != "\n":
            break
        a = b
    if opening.search(match, a, b) is None and not (b < limit and match[b] == "\n" and headline.search(match, a, b) is not None
                                                    and _names_first_half_next(match, b, limit, opening)):
        return []
    out = []
    for x in plan_sentence_matches(match, lo, hi):
        end = _SENTENCE_END.search(match, x.end(), hi)
        out.append((x.start(), end.end() if end else hi))
        if opens_a_list(match, x.end(), end.start() if end else hi):
            out[-1] = (x.start(), hi)  # a lead-in to the half's tasks (下半年，重点做好以下工作：): the items after it are plans
    return out


def opens_a_list(match: str, lo: int, hi: int) -> bool:
    """Whether the sentence part match[lo:hi] ends in a colon that opens a list: the colon ends the line or the sentence,
    or an enumerator follows it (以下工作：（一）…, 以下工作： 一、…: a page whose lines were joined)."""
    k = min((i for i in (match.find(":", lo, hi), match.find("：", lo, hi)) if i >= 0), default=-1)
    if k < 0:
        return False
    k += 1
    while k < len(match) and match[k] in SPACES:
        k += 1
    return k >= hi or match[k] == "\n" or statement_cues().enumerator_at_rx.match(match, k) is not None


_SENTENCE_END_CHARS = "。!?！？\n"


def sentence_start_before(match: str, lo: int, p: int) -> int:
    """The start of the sentence holding ``p`` (after the last of _SENTENCE_END_CHARS before it, or ``lo``),
    looked for in windows growing back from ``p``: a sentence is short, a report can be long."""
    window = 64
    while True:
        a = max(lo, p - window)
        last = -1
        for ch in _SENTENCE_END_CHARS:
            last = max(last, match.rfind(ch, a, p))
        if last >= 0:
            return last + 1
        if a == lo:
            return lo
        window *= 8
_SENTENCE_END = re.compile(f"[{_SENTENCE_END_CHARS}]")


def _names_first_half_next(match: str, b: int, limit: int, opening: re.Pattern) -> bool:
    """Whether the sentence after a headline line ending at ``b`` names the first half (a news page: 全区召开年中
    推进会 / 6月28日，全区召开上半年工作推进会，…)."""
    while b < limit and match[b] in " \t\u3000\n":
        b += 1
    end = _SENTENCE_END.search(match, b, limit)
    return opening.search(match, b, end.start() if end else limit) is not None


def in_spans(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted by start, not overlapping: see :func:`merged`)."""
    if not spans or pos < spans[0][0] or pos >= spans[-1][1]:
        return False  # outside them all
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def in_spans_each(spans: list[tuple[int, int]], positions: np.ndarray) -> list[bool]:
    """:func:`in_spans` of every position in ``positions`` (an array; looked up all at once)."""
    if not spans:
        return [False] * len(positions)
    starts, ends = np.array(spans, dtype=np.int64).T
    k = starts.searchsorted(positions, "right") - 1  # the last span starting at or before each position
    return ((k >= 0) & (positions < ends[k])).tolist()  # (ends[-1] for k == -1 is masked out)


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, with overlapping or touching ones joined."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


# The cue categories of a CueIndex (statements.yaml, and the rate nouns of quantities.yaml).
CUE_KINDS = ("target", "target_local", "completion", "actual", "policy_rate", "policy_money", "not_policy", "rate_noun")
TARGET, TARGET_LOCAL, COMPLETION, ACTUAL, POLICY_RATE, POLICY_MONEY, NOT_POLICY, RATE_NOUN = range(len(CUE_KINDS))


@lru_cache(maxsize=1)
def _time_patterns() -> tuple[re.Pattern, ...]:
    """The future-time patterns of statements.yaml that are no plain words."""
    return tuple(re.compile(t) for t in load_yaml("statements.yaml")["target_time"] if re.escape(t) != t)


def _cue_items(v: dict) -> tuple[list[tuple[str, str]], ...]:
    """The (word, regex suffix) pairs of each segment kind's pattern (SEGMENT_KINDS order), each kind's
    words longest first: targets with the future-time words, a target word with the nouns it may not
    stand before (statements.yaml target_not_before), the local target words (目标) where they are no
    attribute of a population (目标人群: target_local_not_before)."""
    c = v["statement_cues"]
    literal_times = [t for t in v["target_time"] if re.escape(t) == t]
    target = _words_not_before(sorted(c["target"] + literal_times, key=len, reverse=True), c.get("target_not_before", {}),
                               c.get("target_not_before_patterns", {}))
    nouns = "|".join(re.escape(w) for w in c.get("target_local_not_before", []))
    local = [(w, f"(?!{nouns})" if nouns else "") for w in longest_first(c["target_local"])]
    plain = lambda words: [(w, "") for w in longest_first(words)]  # noqa: E731
    policy_rate = [(w, f"(?!{v['policy_rate_not_before']})") for w in longest_first(v["policy_rate_nouns"] + v["fund_share_nouns"])]
    actual = _words_not_before(longest_first(c["actual"]), c.get("actual_not_before", {}))
    when_set = v["policy_money_nouns_when_set"]
    set_words = "|".join(map(re.escape, longest_first(when_set["set_words"])))
    policy_money = plain(v["policy_money_nouns"]) + [(w, rf"(?=\s*(?:{set_words}))") for w in longest_first(when_set["nouns"])]
    return target, local, plain(c["completion"]), actual, policy_rate, policy_money


def _words_not_before(words: list[str], not_before: dict, patterns: dict | None = None) -> list[tuple[str, str]]:
    """(word, regex suffix) pairs: a word with the words (and the regular expressions in ``patterns``) it may not stand
    before (a negative look-ahead), else none."""
    patterns = patterns or {}
    return [(w, f"(?!{'|'.join(list(map(re.escape, not_before.get(w, ()))) + ([patterns[w]] if w in patterns else []))})"
             if w in not_before or w in patterns else "") for w in words]


@lru_cache(maxsize=1)
def cue_patterns() -> tuple[re.Pattern, ...]:
    """One pattern per cue kind (CUE_KINDS order): the words longest first; targets with the future-time patterns."""
    v = load_yaml("statements.yaml")
    return tuple(re.compile(grouped_alternation(items)) for items in _cue_items(v)) + (
        words_rx(v["not_policy"]), words_rx(load_yaml("quantities.yaml")["rate_nouns"] + ["占"]))


@lru_cache(maxsize=1)
def _any_segment_cue() -> re.Pattern:
    """A pattern finding a word of any of the SEGMENT_KINDS, or 年 or 五末, one of which every future-time
    pattern needs (see :meth:`CueIndex.firsts`, which asks only whether it finds one)."""
    items = [item for kind in _cue_items(load_yaml("statements.yaml")) for item in kind]
    return re.compile(grouped_alternation(items + [("年", ""), ("五末", "")]))


class CueIndex:
    """Where the cues of a segment are: for each segment kind, the end of the segment's first cue of
    that kind (-1 for none), found once per segment the first time one of its values asks (a search
    that stops at the first cue), so a long segment holding many values is scanned once."""

    __slots__ = ("match", "seg_starts", "hi", "memo", "patterns", "any_cue", "last_value", "scans")

    def __init__(self, match: str, seg_starts: list[int], hi: int):
        self.match, self.seg_starts, self.hi = match, seg_starts, hi
        self.memo: dict[int, list[int]] = {}
        self.scans: dict[tuple[re.Pattern, int], tuple[list[tuple[int, int]], list[int]]] = {}  # see last_end
        self.last_value: dict[int, int] = {}  # segment start -> start of its last value (see value_starts)

    def value_starts(self, starts: list[int], value_segments: list[int] | None = None) -> None:
        """Tell where the values are (``starts``, increasing; ``value_segments``: the start of the segment
        holding each, found here when None): a segment's cues are then looked for only up to its last
        value, as a cue after it can concern none of them."""
        if value_segments is None:
            seg_starts = np.asarray(self.seg_starts)
            value_segments = seg_starts[np.maximum(seg_starts.searchsorted(starts, "right") - 1, 0)].tolist()
        self.last_value = dict(zip(value_segments, starts))
        self.patterns = cue_patterns()
        self.any_cue = _any_segment_cue()

    def has(self, kind: int, lo: int, hi: int) -> bool:
        """Whether a cue of ``kind`` (an index into CUE_KINDS) lies wholly inside match[lo:hi]."""
        return self.patterns[kind].search(self.match, lo, hi) is not None

    def _segment_end(self, seg_s: int) -> int:
        seg_end = self.last_value.get(seg_s)
        if seg_end is None:
            k = bisect.bisect_right(self.seg_starts, seg_s)
            seg_end = self.seg_starts[k] if k < len(self.seg_starts) else self.hi
        return seg_end

    def first(self, found: list[int], seg_s: int, kind: int) -> int:
        """``found[kind]`` of :meth:`firsts`, looked for now if it was left for later (-2)."""
        end = found[kind]
        if end == -2:
            x = self.patterns[kind].search(self.match, seg_s, self._segment_end(seg_s))
            end = found[kind] = x.end() if x is not None else -1
        return end

    def firsts(self, seg_s: int) -> list[int]:
        """The end of the first cue of each segment kind (SEGMENT_KINDS order) in the segment starting at
        ``seg_s``, -1 for none; the kinds few values ask about (reached-level words, policy nouns) are
        -2, left for :meth:`first` to look for when asked.  One search first tells whether the segment
        holds a cue word of any kind or what a future time starts with: most hold none, and then no
        kind is looked for."""
        found = self.memo.get(seg_s)
        if found is None:
            seg_end = self._segment_end(seg_s)
            m, patterns = self.match, self.patterns
            any_cue = self.any_cue.search(m, seg_s, seg_end)
            if any_cue is None:  # most segments hold no cue word of any kind
                found = self.memo[seg_s] = NO_CUES
                return found
            p = any_cue.start()  # (no cue word of any kind starts before it: each kind is searched from there)
            found = self.memo[seg_s] = [-2] * len(SEGMENT_KINDS)
            for kind in EAGER_KINDS:  # (a loop, not a comprehension: no closure cells made on every call)
                x = patterns[kind].search(m, p, seg_end)
                found[kind] = x.end() if x is not None else -1
            if _TIME_HOLDS(m, seg_s, seg_end) is not None:
                for rx in _time_patterns():  # future times are target cues too (each pattern starts with a literal)
                    x = rx.search(m, seg_s, seg_end)
                    if x is not None and (found[TARGET] < 0 or x.end() < found[TARGET]):
                        found[TARGET] = x.end()
        return found

    def last_end(self, rx: re.Pattern, seg_s: int, hi: int) -> int:
        """End of the last match of ``rx`` (a plain-words pattern) in match[seg_s:hi], -1 for none, ``seg_s``
        a segment start: the segment is scanned once, each value's ask answered from that scan."""
        seg_end = self._segment_end(seg_s)
        if hi > seg_end:  # past the segment's last value: nothing to share
            spans = [x.span() for x in rx.finditer(self.match, seg_s, hi)]
            return spans[-1][1] if spans else -1
        scan = self.scans.get((rx, seg_s))
        if scan is None:
            spans = [x.span() for x in rx.finditer(self.match, seg_s, seg_end)]
            scan = self.scans[rx, seg_s] = (spans, [b for _, b in spans])
        last = last_match_before(rx, self.match, *scan, hi)
        return last[1] if last else -1

    def in_segment(self, kind: int, seg_s: int, hi: int) -> bool:
        """Whether a cue of ``kind`` (a segment kind) lies in match[seg_s:hi], ``seg_s`` a segment start."""
        return 0 <= self.first(self.firsts(seg_s), seg_s, kind) <= hi

    def in_clause(self, kind: int, seg_s: int, lo: int, hi: int) -> bool:
        """Whether a cue of ``kind`` lies in match[lo:hi] inside the segment starting at ``seg_s`` (searched
        only when the segment holds one before ``hi``)."""
        return self.in_segment(kind, seg_s, hi) and self.patterns[kind].search(self.match, lo, hi) is not None


_TIME_HOLDS = re.compile("年|五末").search  # finds what every future-time pattern holds (see _any_segment_cue)


# The kinds found per segment (the others, rate nouns and not-policy words, only in short stretches);
# the first three (targets and completion words, which every value asks about) at once.
SEGMENT_KINDS = (0, 1, 2, 3, 4, 5)
EAGER_KINDS = (TARGET, TARGET_LOCAL, COMPLETION)
NO_CUES = [-1] * len(SEGMENT_KINDS)  # the firsts of every segment holding no cue word (shared: never written to, as no entry is -2)


def is_policy_context(cues: CueIndex, clause_s: int, seg_s: int, start: int, unit: str, in_plan: bool = False) -> bool:
    """Whether a rate or amount at ``start`` is a rule by the nouns before it: a policy noun in its
    clause (or, for a clause naming no rate of its own, in its segment: 补偿比例: 乡级80%, 县级65%),
    and neither 实际 nor a comparison with a period (同比, 比上年) in the clause."""
    if unit == "yuan":  # (or in its segment, for a clause that names only the level of care of a schedule: 起付线乡镇卫生院100元、县级医院300元)
        found = (cues.in_clause(POLICY_MONEY, seg_s, clause_s, start) or (
            cues.in_segment(POLICY_MONEY, seg_s, start) and names_only_a_care_level(cues.match, clause_s, start))) \
            and not per_head_average(cues.match, seg_s, clause_s, start)
    elif unit in ("percent", "?rate", "percentage_points"):
        found = cues.in_segment(POLICY_RATE, seg_s, start) and (
            cues.has(POLICY_RATE, clause_s, start) or not cues.has(RATE_NOUN, clause_s, start))
    else:
        return False
    # (a measured share of costs is a ratio: an amount after one, 最高支付限额由10万元…, is still a cap)
    if found and unit != "yuan" and not in_plan and cues.match.endswith(_vocab_words("rule_bounds"), clause_s, start):
        return True  # a floor or ceiling the scheme guarantees (实际补偿比例不低于70%)
    return (found and (not cues.has(NOT_POLICY, clause_s, start) or unit != "yuan" and care_level_schedule(cues.match, clause_s, start))
            and (unit == "yuan" or not measured_ratio(cues.match, seg_s, clause_s, start, in_plan)))


def care_level_schedule(m: str, clause_s: int, start: int) -> bool:
    """Whether a ratio's clause names the level of care it is paid at, no measured form (政策范围内, 实际补偿比) and no
    not-policy word but a reached-level one (乡镇卫生院住院报销比例达到85%，县级医院为65%): the schedule of a scheme,
    stated as reached, is its rule; the measured share by level of care (政策范围内报销比例县级医院达到75%) is none."""
    nouns, _, care_levels = _measured()
    return ((care_levels.search(m, clause_s, start) is not None or schedule_goes_on(m, start))
            and nouns.search(m, clause_s, start) is None and _hard_not_policy_rx().search(m, clause_s, start) is None)


_NEXT_ITEM = re.compile(r"[^，,；;。\n]{1,12}?[，,；;、][ \t\u3000]*")  # the rest of a value, up to the next clause
_NEXT_NUMBER = re.compile(r"[0-9]")


def schedule_goes_on(m: str, start: int) -> bool:
    """Whether the clause after the value at ``start`` names only a level of care and its own value (…达到80%，县级医院为
    65%): the value is an item of a schedule by level of care, whose level a page's wrap may have cut from its clause."""
    x = _NEXT_ITEM.match(m, start)
    if x is None:
        return False
    d = _NEXT_NUMBER.search(m, x.end(), x.end() + 16)
    return d is not None and names_only_a_care_level(m, x.end(), d.start())


def continues_a_schedule(m: str, prev, unit: str, clause_s: int, start: int) -> bool:
    """Whether a ratio whose clause names only a level of care (；二级医院为75%；三级医院为60%) is the next item of the
    schedule whose ratio ``prev`` (a Described, the value before it in its sentence) states: the same ratio at another
    level, stated as it is, even after a semicolon."""
    return (prev.unit == unit and unit in _RATIO_UNITS and prev.indicator_id is not None and prev.tok.end <= clause_s
            and names_only_a_care_level(m, clause_s, start)
            and (care_level_schedule(m, prev.clause_start, prev.tok.start) or _measured()[2].search(m, prev.sent[0], prev.tok.start) is not None))


@lru_cache(maxsize=1)
def _hard_not_policy_rx() -> re.Pattern:
    """The not-policy words but the reached-level ones (statements.yaml not_policy less reached_not_policy)."""
    v = load_yaml("statements.yaml")
    return words_rx([w for w in v["not_policy"] if w not in v["reached_not_policy"]])


@lru_cache(maxsize=1)
def _rule_amount_moved_rx() -> re.Pattern:
    v = load_yaml("statements.yaml")
    nouns = "|".join(map(re.escape, longest_first(v["policy_money_nouns"])))
    verbs = "|".join(map(re.escape, longest_first(v["rule_amount_moved_by_share"])))
    return re.compile(rf"(?:{nouns})[ \t\u3000]*(?:再|又|均|可)?(?:{verbs})[ \t\u3000]*$")


def rule_amount_moved_by_share(m: str, clause_s: int, raw_end: int) -> bool:
    """Whether the clause before a percent ends with a policy money noun and a verb that moves it (起付线降低50%,
    起付标准下调30%, 封顶线提高20%; statements.yaml rule_amount_moved_by_share): the rule a scheme sets for a group,
    as a share of its amount."""
    return _rule_amount_moved_rx().search(m, clause_s, raw_end) is not None


def per_head_average(m: str, seg_s: int, clause_s: int, start: int) -> bool:
    """Whether an amount's clause opens with a per-head word (人均) after a total of money its segment states
    before it (全年筹集基金8600万元，人均筹资310元): the total divided per head, a measured average, not a rule."""
    a = clause_s
    while a < start and m[a] in _CLAUSE_OPENING_MARKS:
        a += 1
    return m.startswith(_vocab_words("per_head_average_openers"), a, start) and _TOTAL_MONEY.search(m, seg_s, clause_s) is not None \
        and not any(w in m[a:start] for w in _vocab_words("per_head_standard_words"))


_CLAUSE_OPENING_MARKS = CLAUSE_BREAKS + SPACES + "、"
_TOTAL_MONEY = re.compile(r"[0-9][0-9.\s]*[万亿]元")
_MONEY_AT = re.compile(r"[0-9][0-9.\s]*[万亿]?元")  # an amount of money (a total above is one in 万 or 亿)


@lru_cache(maxsize=1)
def _measured() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    v = load_yaml("statements.yaml")["measured_ratio"]
    return words_rx(v["nouns"]), words_rx(v["set_verbs"]), words_rx(v["care_levels"])


def names_only_a_care_level(m: str, lo: int, hi: int) -> bool:
    """Whether m[lo:hi] names a level of care and nothing else (、县级医院, 县外定点医院为, 县级医院由 before a from→to): an item
    of a schedule."""
    rest, n = _measured()[2].subn("", m[lo:hi])
    if n and rest:
        rest = _care_level_fillers().sub("", rest)  # (地区级及以上医院为, 在市级医院住院为: the level, the levels above it)
    return n > 0 and not rest.strip("、，,;；为是由从 \t\u3000")


@lru_cache(maxsize=1)
def _care_level_fillers() -> re.Pattern:
    """The words a schedule's item may hold beside its level of care (statements.yaml measured_ratio care_level_fillers)."""
    return words_rx(load_yaml("statements.yaml")["measured_ratio"]["care_level_fillers"])


def measured_ratio(m: str, seg_s: int, clause_s: int, start: int, in_plan: bool = False) -> bool:
    """Whether a ratio is a measured share of costs, not a rule: its segment names the measured form (政策范围内
    报销比例为78%, 县外为61%), its clause sets no new level (提高到, 调整为; in a plan also one kept: 稳定在)
    and names no level of care it applies to (a schedule: 乡镇卫生院85%，县级医院75%)."""
    nouns, set_verbs, care_levels = _measured()  # (the segment looked at up to a clause or two back: a long segment is not re-scanned per value)
    # (a clause naming a ratio of its own is measured only by its own words: 政策范围内报销比例稳定在75%左右，大病保险报销比例不低于50%)
    lo = clause_s if cue_patterns()[POLICY_RATE].search(m, clause_s, start) is not None else seg_s if seg_s > start - _MEASURED_WINDOW else start - _MEASURED_WINDOW
    if nouns.search(m, lo, start) is None or set_verbs.search(m, clause_s, start) is not None:
        return False
    if in_plan and _vocab_rx("measured_ratio", "kept_verbs_in_plans").search(m, clause_s, start) is not None:
        return False
    if _vocab_rx("measured_ratio", "actual_nouns").search(m, lo, start) is not None:
        return True
    # a schedule by level of care is the rule: the level named in the clause, or in the segment's clause before it (在一级
    # 医疗机构住院，政策范围内报销比例为90%), or the next clause going on with another level (…为90%；二级医院为75%)
    return (care_levels.search(m, clause_s, start) is None and care_levels.search(m, max(seg_s, start - _MEASURED_WINDOW), clause_s) is None
            and not schedule_goes_on(m, start) and not distributed_over_levels_before(m, clause_s, start))


_MEASURED_WINDOW = 60


def distributed_over_levels_before(m: str, clause_s: int, start: int) -> bool:
    """Whether a ratio's clause distributes its values (分别) over the levels of care its sentence named before it, the
    clause naming no list of its own (起付线：一级医院200元、二级医院500元、三级医院800元；政策范围内报销比例分别为85%、75%和60%:
    the schedule's ratios by those levels, a rule; not 职工和居民政策范围内报销比例分别为…, measured for two groups)."""
    k = m.find("分别", clause_s, start)
    if k < 0 or any(j in m[clause_s:k] for j in _OWN_LIST_JOINERS):
        return False
    lo = start - _MEASURED_WINDOW if start - _MEASURED_WINDOW > 0 else 0
    lo = max(lo, m.rfind("。", lo, clause_s) + 1, m.rfind("\n", lo, clause_s) + 1)
    return _measured()[2].search(m, lo, clause_s) is not None


_OWN_LIST_JOINERS = ("和", "、", "及", "与")


_FRACTION = re.compile(r"[.。．]\s*[0-9xX*＊]*[1-9xX*＊]")


def measured_by_its_fraction(m: str, tok: NumberToken, clause_s: int) -> bool:
    """Whether a ratio after a policy noun is a measured share by how it is written: a scheme sets its
    ratios in whole percents (报销比例为75%), so a ratio with a fraction (补偿比为61.3%, 报销比例为xx.x%)
    is the share the scheme paid — unless its clause sets it (提高到62.5%)."""
    return (tok.unit in _RATIO_UNITS and _FRACTION.search(tok.num_text) is not None
            and _measured()[1].search(m, clause_s, tok.start) is None)


def has_target_cue(cues: CueIndex, seg_s: int, start: int) -> bool:
    """A target word (力争, 确保 …) or a future time (明年, 到2030年) in match[seg_s:start]."""
    return cues.in_segment(TARGET, seg_s, start)


def has_actual_cue(cues: CueIndex, seg_s: int, start: int) -> bool:
    """A reached-level word (已达到, 实现了) or a past period (今年以来, 截至) in match[seg_s:start]."""
    return cues.in_segment(ACTUAL, seg_s, start)


_FROM_PHRASE_OPENING = 4  # the most characters between 由/从 and the reached-level word of its period (由上年的, 从目前的)


def reached_outside_from_phrases(ctx: Context, seg_s: int, start: int) -> bool:
    """Whether a reached-level word stands in match[seg_s:start] outside the from-phrase of an earlier pair of the segment
    (参合率由上年的95%提高到96%，实际补偿比由38%提高到45%: 上年 dates the first pair's first level only)."""
    if not has_actual_cue(ctx.cue_index, seg_s, start):
        return False
    m = ctx.match
    for x in ctx.cue_index.patterns[ACTUAL].finditer(m, seg_s, start):
        if not any(m.find(w, max(seg_s, x.start() - _FROM_PHRASE_OPENING), x.start()) >= 0 for w in _FROM_WORDS):
            return True
    return False


def from_to_gap(match: str, a_end: int, b_start: int) -> bool:
    """Whether match[a_end:b_start] joins a from-value to a to-value (…31.2‰下降到14.9‰, 60%提高至70%)."""
    return statement_cues().from_to_rx.match(match, a_end, b_start) is not None


# ---------------------------------------------------------------- a value's statement
def statement_and_sign(ctx: Context, tok: NumberToken, clause_s: int, seg_s: int, raw_end: int, link_end: int,
                       after_cmp: re.Match | None, after_start: int, iid: str | None, in_plan: bool) -> tuple[str, int]:
    """(statement, sign) of a value read from its context (see :mod:`healthdata.extract.statement`):
    policy (a policy noun or cue), change (sign -1 for a decrease), target (a target word or future
    time in its segment, a cue right before or after it, or a plan without a reached-level word),
    completion, else actual.  The clause before the value is match[clause_s:tok.start] and its
    segment starts at ``seg_s``; ``raw_end`` is the clause's end without spaces, ``link_end``
    without link words; ``in_plan``: whether the report is a plan or the value lies in a plan span."""
    m, c, start, cues_at, unit = ctx.match, ctx.cues, tok.start, ctx.cue_index, tok.unit  # (the token's fields read once)
    firsts = cues_at.memo.get(seg_s) or cues_at.firsts(seg_s)  # the end of the segment's first cue of each kind, -1 for none
    after = after_cmp.end() if after_cmp is not None else after_start  # the words after a comparator word
    after_limit = tok.end + AFTER_WINDOW
    # a cue word after the value (的比例报销, 的目标) can start there only where its first character stands
    after_cue = after < after_limit and after < len(m) and m[after] in c.after_cue_first
    # a cue word can end the clause (at raw_end, or before its link words at link_end) only where
    # the character before that end is the last character of one
    raw_cue = raw_end > clause_s and m[raw_end - 1] in c.clause_cue_last
    stripped = link_end != raw_end  # link words end the clause: its two ends differ
    link_cue = (link_end > clause_s and m[link_end - 1] in c.clause_cue_last) if stripped else raw_cue
    if unit == "count" and m[tok.end - 1] in _vocab_words("area_units", "facility_measure_words") and counts_the_areas_units(m, tok):
        return "actual", 1  # the area's own units (在全县14个乡镇推行, 全县28所乡镇卫生院): the scope, as it stands
    if unit == "count" and counts_the_areas_people(m, tok, clause_s):
        return "actual", 1  # the area's people (全县农业人口37.2万人, 全县52万人民群众): the population served, as it stands
    if raw_end > clause_s and m[raw_end - 1] == "等" and unit == "count" and covers_diseases(m, tok):
        return "policy", 1  # the diseases a scheme covers, counted after their examples (白血病、尿毒症等22种重大疾病)
    if tok.count_unit in _KINDS and _vocab_rx("covered_disease_scopes").search(m, clause_s, start) is not None:
        return "policy", 1  # the scope of a scheme's cover, counted (重大疾病保障病种扩大到22种, 门诊慢性病病种30种)
    if unit == "yuan" and threshold_of_a_band(m, clause_s, raw_end, tok.end):
        return "policy", 1  # the threshold above which a scheme pays (个人负担超过1.2万元的部分): the rule's line
    if unit == "percent" and raw_cue and rule_amount_moved_by_share(m, clause_s, raw_end):
        return "policy", 1  # a rule's amount cut or raised by a share (特困人员起付线降低50%): the rule, unsigned
    if raw_end > clause_s and m[raw_end - 1] in _BELOW_ABOVE_LAST and m.endswith(_POINTS_WORDS, start, tok.end) \
            and (x := _vocab_pattern("points_below_above").search(m, clause_s, raw_end)) is not None:
        return "change", -1 if x.group("dir") == "低" else 1  # a gap in points below or above a base (比省控指标低0.56个千分点)
    if (unit == "count" or unit == "yuan") and firsts is not NO_CUES and raw_end > clause_s \
            and (x := _vocab_pattern("change_before_counted_noun").search(m, max(clause_s, raw_end - 24), raw_end)) is not None:
        return "change", -1 if x.group("dir") in _FALL_VERBS else 1  # (比上年减少医疗纠纷7起: a change, the noun between)
    if firsts is NO_CUES and not (raw_cue or link_cue or after_cue) and unit not in _CUED_UNITS:
        # (most values: no cue word in the segment, none right before or after the value, a unit no
        # policy noun or change of points concerns — what the tests below come to for them)
        if in_plan and not judges_present_state(ctx, start):
            return "target", 1  # (aimed_in_plan: the segment holds no reached-level word)
        return ("completion", 1) if completion_by_its_words(ctx, tok, clause_s, seg_s, raw_end, link_end, iid) else ("actual", 1)
    if unit == "percentage_points":
        if raw_end > clause_s and _vocab_pattern("points_against_target").search(m, max(clause_s, raw_end - 12), raw_end):
            return "completion", 1  # a gap against a target (超过目标任务6.3个百分点, 比目标还差3.1个百分点): progress, unsigned
        sign = -1 if link_cue and m.endswith(c.down, clause_s, link_end) else 1
        if raw_end > clause_s and rule_ratio_moved_by_points(ctx, clause_s, raw_end):
            return "policy", 1  # a schedule's ratio cut for a case (转诊的比例再降10个百分点): the rule, unsigned
        # a rule's ratio moved by points, not measured against a period (大病保险报销比例提高5个百分点; not
        # 实际补偿比比上年提高4个百分点): a change of policy
        if 0 <= cues_at.first(firsts, seg_s, POLICY_RATE) <= start and is_policy_context(cues_at, clause_s, seg_s, start, unit, in_plan) \
                and (in_plan or _vocab_pattern("level_after_points").match(m, tok.end) is None):
            return "policy", sign
        if (0 <= firsts[TARGET] <= start and aimed_in_segment(ctx, firsts, seg_s, start, in_plan)
                or in_plan and _vocab_rx("period_comparisons").search(m, clause_s, start) is None) \
                and not change_reached_in_plan(ctx, seg_s, start) and not judges_present_state(ctx, start):
            # a move its segment aims at (力争参合率稳定在98%以上，实际补偿比再提高5个百分点左右), or one a plan states
            # without saying it was reached (婚检率在上年基础上提高10个百分点，达到45%以上): planned; a move a plan
            # measures against a period (管理率较上年同期下降0.4个百分点) is the present state it starts from
            return "target", 1
        return "change", sign  # (outside a plan, a move the text follows with the level it reached is measured: 提高5个百分点，达到60%)
    if unit == "yuan" and per_unit_rule(m, clause_s, raw_end):
        return "policy", 1
    if unit in _RATIO_UNITS and raw_end > clause_s and m[raw_end - 1] == "的" and money_rule_as_a_share(cues_at, clause_s, raw_end) \
            or unit == "yuan" and standard_with_its_parts(m, clause_s, link_end, start, tok.end):
        return "policy", 1
    if stripped and unit in _RATIO_UNITS and capped_share(m, clause_s, link_end, raw_end) \
            and (in_plan or not follows_a_reported_level(ctx, clause_s)):
        return "policy", 1
    if stripped and link_cue and m.startswith(_vocab_words("limit_links"), link_end, raw_end):
        link_cue = False  # a change word before 控制在/保持在 names what is limited (增幅控制在8%以内): no change, no policy word
    if (raw_cue and m.endswith(c.policy, clause_s, raw_end) or stripped and link_cue and m.endswith(c.policy, clause_s, link_end)
            or after_cue and m.startswith(c.policy_after, after, after_limit)
            or after_cue and unit in _RATIO_UNITS and m.startswith(c.policy_after_ratio, after, after_limit)
            or after_cue and unit == "yuan" and m.startswith(_vocab_words("statement_cues", "policy_after_money"), after, after_limit)
            or unit in _POLICY_UNITS and 0 <= cues_at.first(firsts, seg_s, _POLICY_UNITS[unit]) <= start
            and is_policy_context(cues_at, clause_s, seg_s, start, unit, in_plan)
            and not measured_by_its_fraction(m, tok, clause_s)):
        return "policy", 1
    if link_cue and (m.endswith(c.down, clause_s, link_end) or m.endswith(c.up, clause_s, link_end)):
        sign = -1 if m.endswith(c.down, clause_s, link_end) else 1
        # in a plan, a growth or fall the text does not say was reached is planned (明年门诊人次比上年增长8%,
        # 卫生支出比上年增长5%): a target
        # (so is one its segment aims at outside a plan: 明年，我院将力争业务收入增长10%以上)
        aimed = (in_plan or 0 <= firsts[TARGET] <= start and aimed_in_segment(ctx, firsts, seg_s, start, in_plan)) \
            and not change_reached_in_plan(ctx, seg_s, start) and not judges_present_state(ctx, start)
        # (an aimed fall, written with its verb right before the figure, is signed as a change is: 力争发病率较上年下降5%
        # aims at -5%, not at a level of 5%; a level aimed at, 降至5‰, is written with no change verb before it)
        return ("target", sign) if aimed else ("change", sign)
    completion = (0 <= firsts[COMPLETION] <= start and cues_at.has(COMPLETION, clause_s, start)
                  and (unit not in NOT_RATE or done_so_far_this_year(m, seg_s, start))
                  or completion_by_its_words(ctx, tok, clause_s, seg_s, raw_end, link_end, iid))
    # (aimed_in_segment's first test made here first: most segments hold no target word before the value)
    intended = 0 <= firsts[TARGET] <= start and aimed_in_segment(ctx, firsts, seg_s, start, in_plan)
    target = (intended or 0 <= firsts[TARGET_LOCAL] <= start and cues_at.has(TARGET_LOCAL, clause_s, start)
              or raw_cue and m.endswith(c.target_adjacent, clause_s, raw_end)
              or stripped and link_cue and m.endswith(c.target_adjacent, clause_s, link_end)
              or after_cue and (m.startswith(c.target_after, after, after_limit) or _target_after_rx().match(m, after, after_limit) is not None))
    if target and not completion and not in_plan and not 0 <= firsts[TARGET] <= start and task_done(m, clause_s, link_end):
        target = False  # the task named is the work done (完成抽查任务218家; not 力争完成筛查任务3000人)
    if target and (not completion or intended and cues_at.has(TARGET, clause_s, start)):
        # (progress its own clause aims at is a target too: 力争上半年完成年度任务的50%)
        if not reached_in_own_clause(cues_at, firsts, seg_s, clause_s, start):
            return "target", 1
        return "actual", 1
    if in_plan and aimed_in_plan(ctx, firsts, seg_s, start):
        return "target", 1
    if completion:
        return "completion", 1
    return "actual", 1


def rule_ratio_moved_by_points(ctx: Context, clause_s: int, raw_end: int) -> bool:
    """Whether the clause before a change in points, match[clause_s:raw_end], moves a bare 比例 (statements.yaml
    rule_ratio_moved: 按同级别比例降低, 比例再降) in a sentence that names a scheme's ratio before it (住院报销比例：一级医疗机构
    90%…；未办理转诊的，比例再降10个百分点): the schedule's rule for a case, not a measured change."""
    m, cues_at = ctx.match, ctx.cue_index
    if _vocab_pattern("rule_ratio_moved").search(m, clause_s, raw_end) is None \
            or cues_at.has(POLICY_RATE, clause_s, raw_end) or cues_at.has(NOT_POLICY, clause_s, raw_end):
        return False  # (a ratio named in full, or measured: 实际补偿比例提高12.2个百分点 is a change)
    k = bisect.bisect_left(ctx.sent_breaks, clause_s)
    sent_s = ctx.sent_breaks[k - 1] + 1 if k else ctx.lo
    return ctx.cue_index.has(POLICY_RATE, sent_s, clause_s)


def required_by_its_bound(m: str, clause_s: int, raw_end: int) -> bool:
    """Whether the value whose clause m[clause_s:raw_end] ends right before it (spaces dropped) follows a floor or ceiling
    word (statements.yaml requirement_bounds: 不少于20名, 不低于80%): a level required, which no text reports as reached."""
    return raw_end > clause_s and m.endswith(_vocab_words("requirement_bounds"), clause_s, raw_end)


def capped_payment(m: str, clause_s: int, raw_end: int) -> bool:
    """Whether a sum whose clause m[clause_s:raw_end] ends right before it in a ceiling word names what a scheme pays
    or a person pays (statements.yaml payment_cap_bounds, payment_cap_nouns: 门诊补偿最高不超过100元): the cap a
    scheme sets, a rule."""
    return (raw_end > clause_s and m.endswith(_vocab_words("payment_cap_bounds"), clause_s, raw_end)
            and _vocab_rx("payment_cap_nouns").search(m, clause_s, raw_end) is not None)


def required_by_its_own_bound(m: str, d) -> bool:
    """Whether the described value ``d`` (a Described) is a target by the floor or ceiling word right before it (see
    :func:`required_by_its_bound`): a statement that word decides holds for that value (and the list it opens) only,
    so the values after it read their own (选派骨干医生不少于6名，其中全科医生2名，6名医生已全部到岗: the 6名 at the end
    is reached)."""
    if d.statement != "target":
        return False
    raw_end = d.tok.start
    while raw_end > d.clause_start and m[raw_end - 1] in " \t\u3000":
        raw_end -= 1
    return required_by_its_bound(m, d.clause_start, raw_end)


def task_done(m: str, clause_s: int, end: int) -> bool:
    """Whether the clause m[clause_s:end] ends in a task word (任务, 任务数) after a word of doing the task (完成抽查任务,
    已完成任务: statements.yaml task_words, task_done_words): the work done, not the task set."""
    if not m.endswith(_vocab_words("statement_cues", "task_words"), clause_s, end):
        return False
    return any(w in m[clause_s:end] for w in _vocab_words("statement_cues", "task_done_words"))


def money_rule_as_a_share(cues_at: CueIndex, clause_s: int, raw_end: int) -> bool:
    """Whether a share is the amount of a money rule set as a share of a base (起付线降至上年度人均可支配收入的40%,
    救助起付标准为当地低保标准的20%): a policy money noun in the clause, and 的 right before the share; not the
    measured form (实际, 同比)."""
    m = cues_at.match
    return (raw_end > clause_s and m[raw_end - 1] == "的" and cues_at.has(POLICY_MONEY, clause_s, raw_end)
            and not cues_at.has(NOT_POLICY, clause_s, raw_end))


def standard_with_its_parts(m: str, clause_s: int, link_end: int, start: int, end: int) -> bool:
    """Whether an amount named by a per-head funding noun without 标准 (statements.yaml policy_money_nouns_when_set)
    is broken into its parts right after it (人均筹资450元，其中财政补助360元): the scheme's standard and its shares,
    also after a total collected; not a level reached (人均筹资达到450元: 达, a not-policy word)."""
    return (m.endswith(_vocab_words("policy_money_nouns_when_set", "nouns"), clause_s, link_end)
            and _vocab_pattern("policy_money_nouns_when_set", "parts_after").match(m, end) is not None
            and cue_patterns()[NOT_POLICY].search(m, clause_s, start) is None)


def capped_share(m: str, clause_s: int, link_end: int, raw_end: int) -> bool:
    """Whether the clause before a ratio caps the share of costs patients pay themselves (个人自付比例控制在10%以内:
    statements.yaml capped_share): its words end, before the link words, in such a share, and the link words open with a cap."""
    nouns, links = _vocab_words("capped_share", "nouns"), _vocab_words("capped_share", "links")
    return m.endswith(nouns, clause_s, link_end) and m.startswith(links, link_end, raw_end)


def names_its_progress(m: str, clause_s: int, start: int) -> bool:
    """Whether the clause before a share of progress names the progress it measures (资金拨付进度76.3%, 基金使用进度达到
    48.5%: statements.yaml statement_cues named_progress): the share measures what it names, not a task."""
    return _vocab_rx("statement_cues", "named_progress").search(m, clause_s, start) is not None


_REPORTED_LEVEL_RX = re.compile(r"[0-9０-９][0-9０-９.．]*\s*[%％‰][^，,；;。!?！？\n]{0,4}[，,]\s*$")  # a value and its unit ending the clause before


def follows_a_reported_level(ctx: Context, clause_s: int) -> bool:
    """Whether the clause before ``clause_s`` in its sentence ends by reporting a level (贫困人口住院费用实际报销比例达到90.5%，…):
    outside a plan, the capped share that follows (…个人自付比例控制在10%以内) is the level the year kept, reported with it,
    not the scheme's rule (statements.yaml capped_share); one standing alone (实行先诊疗后付费，个人自付比例控制在10%以内)
    is the rule."""
    m = ctx.match
    k = bisect.bisect_left(ctx.sent_breaks, clause_s)
    sent_s = ctx.sent_breaks[k - 1] + 1 if k else ctx.lo
    lo = max(sent_s, clause_s - 24)
    return clause_s > lo and _REPORTED_LEVEL_RX.search(m, lo, clause_s) is not None


def aimed_in_segment(ctx: Context, firsts: list[int], seg_s: int, start: int, in_plan: bool) -> bool:
    """Whether a target word (力争, 确保, 明年 …) stands in the value's segment before it (``firsts``: the end of the
    segment's first cue of each kind), not one a requirement the work followed names, nor, outside a plan, a date a
    report written then or later names as reached (到2022年底 in a report of 2022)."""
    if not 0 <= firsts[TARGET] <= start or only_requirements_followed(ctx, seg_s, start) \
            or targets_only_in_notes_before(ctx.match, seg_s, firsts[TARGET], start):
        return False
    return in_plan or ctx.report_year is None or not times_reached(ctx.cue_index, seg_s, start, ctx.report_year)


def targets_only_in_notes_before(m: str, seg_s: int, first_end: int, start: int) -> bool:
    """Whether every target word of the segment before ``start`` (the first ending at ``first_end``) stands in a
    bracketed note closed before the value: the target of an earlier value, noted beside it (建档率91.4%（目标值≥90%），
    接种率96.8%（目标值≥95%）: a performance report's levels reached, each with its target in brackets)."""
    if m.find(")", first_end, start) < 0:  # (the matching text folds （） to ()): most segments hold no note
        return False
    rx = cue_patterns()[TARGET]
    for x in rx.finditer(m, seg_s, start):
        o = m.rfind("(", seg_s, x.start())
        if o < 0 or m.find(")", o, x.start()) >= 0 or m.find(")", x.end(), start) < 0:
            return False  # a target word outside a note, or in a note still open at the value
    return not _TIME_HOLDS(m, seg_s, start) or all(rx_t.search(m, seg_s, start) is None for rx_t in _time_patterns())


@lru_cache(maxsize=1)
def _band_threshold() -> tuple[tuple[str, ...], re.Pattern]:
    q = load_yaml("quantities.yaml")
    return tuple(q["band_limit_not_after"]), re.compile(f"{q['band_limit_after']}|{q['band_threshold_then_excess']}")


def threshold_of_a_band(m: str, clause_s: int, raw_end: int, end: int) -> bool:
    """Whether an amount is the threshold of the band of costs a scheme pays a share of, written 超过 N 元的部分 (合规费用超过
    1.2万元的部分，由大病保险按60%支付): the line the rule draws (quantities.yaml band_limit_not_after, band_limit_after)."""
    passed, band = _band_threshold()
    return raw_end > clause_s and m.endswith(passed, clause_s, raw_end) and band.match(m, end) is not None


def quota_kept_within(m: str, prev, tok: NumberToken, clause_s: int, raw_end: int) -> bool:
    """Whether a rate in a clause of nothing but a ceiling link (控制在, statements.yaml target_ceiling_links), right after the
    clause holding a level of the same unit below it, is the quota that level was kept within (人口自然增长率4.92‰，控制在
    6‰以内; 出生率9.6‰，控制在12‰以下): the limit set, not a second level reached."""
    if prev.unit != tok.unit or prev.unit in NOT_RATE or prev.statement != "actual" or prev.tok.end > clause_s:
        return False
    head = m[clause_s:raw_end].strip(" ,，\t")
    if head not in _vocab_words("target_ceiling_links") or m[prev.tok.end:clause_s].strip(" ,，\t"):
        return False
    a, b = parse_number(prev.tok.num_text), parse_number(tok.num_text)
    return a is not None and b is not None and a < b


def change_of_amount_before(m: str, prev_end: int, start: int) -> int:
    """The sign of a change that only compares the amount of money just before it with an earlier period (…安排卫生经费
    800万元，比上年增长12%: statements.yaml change_of_amount_before), 0 for none.  In a plan the amount is set (a budget),
    and its growth on last year's is a difference already known, not an aim."""
    if start - prev_end > _AMOUNT_CHANGE_GAP:
        return 0
    x = _vocab_pattern("change_of_amount_before").fullmatch(m, prev_end, start)
    if x is None:
        return 0
    return -1 if x.group("dir") in _vocab_words("statement_cues", "change", "down") else 1


_AMOUNT_CHANGE_GAP = 16  # the most characters between an amount and its change (，比上年同期增长了)


def done_so_far_this_year(m: str, seg_s: int, start: int) -> bool:
    """Whether the segment before a count or amount after a completion word (累计完成, 已完成) says it is the
    work done so far in a year still running (今年已累计完成培训60人次: progress toward the year's task); else
    the count of what was done (全年累计完成检测12万人份, 试点三个月来已完成会诊900例) is an actual level."""
    return _vocab_rx("statement_cues", "so_far_this_year").search(m, seg_s, start) is not None


def counts_the_areas_units(m: str, tok: NumberToken) -> bool:
    """Whether a count of 个 is the number of the area's own units, named right after the area (在全县14个乡镇推行,
    statements.yaml area_units), or of its facilities of a kind (全县28所乡镇卫生院): the scope the work applies to, a level as it stands; not after a verb of reach (覆盖全县
    16个乡镇: the extent covered, a level like any other)."""
    areas = _vocab_words("area_units", "areas")
    if not (tok.end < len(m) and m.endswith(areas, 0, tok.start)):
        return False
    area = next(w for w in areas if m.endswith(w, 0, tok.start))
    if not (m[tok.end - 1] == "个" and m.startswith(_vocab_words("area_units", "units"), tok.end)
            or m[tok.end - 1] in _vocab_words("area_units", "facility_measure_words")
            and m.startswith(_vocab_words("area_units", "facilities"), tok.end) and opens_the_scope(m, tok.start - len(area))):
        return False
    return not m.endswith(_vocab_words("area_units", "reach_verbs"), 0, tok.start - len(area))  # (覆盖全县16个乡镇: an extent)


def opens_the_scope(m: str, at: int) -> bool:
    """Whether the area word at ``at`` opens its clause (after a break, a space or the text's start) or follows a word
    that sets the scope of the work (在, 对: statements.yaml area_units facility_scope_openers), not a verb's object."""
    return at == 0 or m[at - 1] in _SCOPE_BREAKS or m.endswith(_vocab_words("area_units", "facility_scope_openers"), 0, at)


_SCOPE_BREAKS = frozenset(CLAUSE_BREAKS + SEGMENT_BREAKS + SPACES + "\n。!?")


def counts_the_areas_people(m: str, tok: NumberToken, clause_s: int) -> bool:
    """Whether a count is the area's population, named with the area (statements.yaml area_population: 全县农业人口37.2万人;
    全县52万人民群众, 辖区4.2万名常住居民 — the area word right before the count, the people right after it)."""
    if tok.start > clause_s and _vocab_pattern("area_population", "before").search(m, max(clause_s, tok.start - 16), tok.start):
        return True
    after = _vocab_pattern("area_population", "after")
    return m.endswith(_vocab_words("area_units", "areas"), clause_s, tok.start) \
        and (after.match(m, tok.end) is not None or m[tok.end - 1] == "人" and after.match(m, tok.end - 1) is not None)  # (56万人|民群众)


def covers_diseases(m: str, tok: NumberToken) -> bool:
    """Whether a count of kinds (种, 类) names the diseases a scheme covers: one of statements.yaml's covered_diseases
    right after it (…等22种重大疾病纳入保障, 等15种慢性病门诊报销).  Diseases reported (法定传染病19种) are no rule."""
    return m[tok.end - 1] in "种类" and m.startswith(_vocab_words("covered_diseases"), tok.end, tok.end + 8)


def completion_by_its_words(ctx: Context, tok: NumberToken, clause_s: int, seg_s: int, raw_end: int, link_end: int, iid: str | None) -> bool:
    """Whether a value states progress against a task by its indicator (``iid``: the completion indicator), a
    completion word right before a rate (完成率), or a share of a task right before it (完成…任务的)."""
    m, c = ctx.match, ctx.cues
    return (iid == c.completion_indicator
            or tok.unit not in NOT_RATE and link_end > clause_s and m.endswith(c.completion_adjacent, clause_s, link_end)
            and not m.endswith(_RATE_THEN_DONE, clause_s, link_end)
            or raw_end > seg_s and m[raw_end - 1] == "的" and c.completion_of_rx.search(m, max(seg_s, raw_end - 40), raw_end) is not None)


_FALL_VERBS = frozenset(("减少", "下降", "降低", "少"))  # the fall verbs of change_before_counted_noun
# a rate named right before 完成 (老年人健康管理率完成68.9%, 家庭医生签约服务率完成65.8%): the level the rate reached, not a share
# of a task done
_RATE_THEN_DONE = ("率完成", "率已完成")
_BELOW_ABOVE_LAST = frozenset("低高了出")  # the characters points_below_above can end with (before spaces: stripped from raw_end)
_POINTS_WORDS = ("个百分点", "个千分点")  # the endings of a value written in points
_KINDS = frozenset(("种", "类"))  # the measure words of a count of kinds (22种, 20类)
_CUED_UNITS = frozenset(("percentage_points", "percent", "?rate", "yuan"))  # the units whose statement policy nouns or a change of points can make


_YEAR_IN_TIME = re.compile(r"20[0-9]{2}")


def times_reached(cues_at: CueIndex, seg_s: int, start: int, now: int) -> bool:
    """Whether the segment's target cues before ``start`` are only times of a year not after ``now`` (到2022年底
    in a report of 2022 or a news item of 2023): a date the level was reached by, no aim.  A target word or a
    time without a year (明年) keeps it a target."""
    m = cues_at.match
    if cues_at.patterns[TARGET].search(m, seg_s, start) is not None:
        return False
    found = False
    for rx in _time_patterns():
        for x in rx.finditer(m, seg_s, start):
            year = _YEAR_IN_TIME.search(x.group())
            if year is None or int(year.group()) > now:
                return False
            found = True
    return found


def states_a_shortfall(ctx: Context, start: int) -> bool:
    """Whether the sentence before ``start`` judges a level as it stands (a shortfall word: 面临, 不足,
    老化, 相差 …): in a plan, such a sentence reports the present state (床位缺口80张), not an aim.

    A sentence is scanned once for its values in turn (their starts increasing): what the scan up to
    one value found is remembered (``ctx.shortfalls``: the sentence start -> how far it was searched and
    the end of the word found, None for none), and the next value searches only the characters after
    that, less a word's length (a word ending past the last end searched starts after it, less its
    length: the words are plain, without anchors or look-arounds)."""
    m, sent_breaks = ctx.match, ctx.sent_breaks
    k = bisect.bisect_left(sent_breaks, start)
    sent_s = sent_breaks[k - 1] + 1 if k else ctx.lo
    searched, found = ctx.shortfalls.get(sent_s, (sent_s, None))
    if found is not None:
        if found <= start:
            return True
        return _shortfall_rx()[0].search(m, sent_s, start) is not None  # (a value before the one that found the word)
    if start <= searched:
        return False  # no word ends by the end searched
    rx, longest = _shortfall_rx()  # (asked for only here: most values are answered from the memo)
    x = rx.search(m, sent_s if sent_s > searched - longest + 1 else searched - longest + 1, start)  # (max(), inlined: a call per value)
    ctx.shortfalls[sent_s] = (start, x.end() if x is not None else None)
    return x is not None


def judges_present_state(ctx: Context, start: int) -> bool:
    """:func:`states_a_shortfall`, unless every shortfall word of the sentence before ``start`` names the problem a
    measure addresses (针对村医老化问题，建议每年定向培养村医30名: statements.yaml remedied_problem), which judges nothing."""
    if not states_a_shortfall(ctx, start):
        return False
    m = ctx.match
    k = bisect.bisect_left(ctx.sent_breaks, start)
    sent_s = ctx.sent_breaks[k - 1] + 1 if k else ctx.lo
    remedies = [x.span() for x in _vocab_pattern("remedied_problem").finditer(m, sent_s, start)]
    return not remedies or any(not any(a <= x.start() and x.end() <= b for a, b in remedies)
                               for x in _shortfall_rx()[0].finditer(m, sent_s, start))


@lru_cache(maxsize=1)
def _shortfall_rx() -> tuple[re.Pattern, int]:
    """(a pattern finding a shortfall word, the length of the longest)."""
    v = load_yaml("statements.yaml")
    words = v["shortfall_words"]
    return re.compile(grouped_alternation(_words_not_before(longest_first(words), v["shortfall_not_before"], v["shortfall_not_before_patterns"]))), max(map(len, words))


@lru_cache(maxsize=1)
def _target_after_rx() -> re.Pattern:
    return re.compile(load_yaml("statements.yaml")["statement_cues"]["target_after_pattern"])


_RATIO_UNITS = ("percent", "?rate")  # the units of a share a rule can pay
_POLICY_UNITS = {"percent": POLICY_RATE, "?rate": POLICY_RATE, "yuan": POLICY_MONEY}  # the values policy nouns can make rules


_EARLIER_YEAR = re.compile(r"(?<![0-9到至])((?:19|20)[0-9]{2})\s*年(?!的?基础|基数|底前|前)")


def earlier_year_flags(match: str, starts: list[int], seg_starts: list[int], year: int) -> list[bool]:
    """For each value (``starts``, increasing; ``seg_starts``: the start of the segment of each): whether
    the last year its segment names before it is before ``year`` (in a plan for 2025, 2024年，…为10.2/10万
    reports the last year's level: a baseline, not a target; in 2024年为26%，2025年提高到28% the second
    level is the plan's own; 在2024年基础上 does not count).  Each segment is scanned once, up to its last
    value (a line of thousands of values is not re-scanned for every one).  A value starts with a digit or mask, which neither extends a year
    match nor is a word the year pattern refuses after 年, so the matches ending by a value are those of a
    scan up to it."""
    last_start = dict(zip(seg_starts, starts))  # the last value of each segment
    scans: dict[int, tuple[list[int], list[int], list[bool]]] = {}
    out = []
    prev = -1  # the start of the value before
    for s, seg in zip(starts, seg_starts):
        scan = scans.get(seg)
        if scan is None:
            found = [(x.end(), int(x.group(1)), x.start() > 0 and match[x.start() - 1] in _FROM_BEFORE_YEAR)
                     for x in _EARLIER_YEAR.finditer(match, seg, last_start[seg])]
            scan = scans[seg] = ([e for e, _, _ in found], [y for _, y, _ in found], [f for _, _, f in found])
        k = bisect.bisect_right(scan[0], s)
        # (the year before the plan's, after 由/从, dates the from-value right after it only: 由2024年的14个增加到26个，参合率
        # 达到80% in a plan for 2025 — 26 and 80% are the plan's own; an older one opens a look back, 由2010年的2.6张增加到4.1张
        # in a plan from 2016: the level of 2015, reached)
        out.append(k > 0 and scan[1][k - 1] < year
                   and not (scan[2][k - 1] and scan[1][k - 1] >= year - 1 and prev >= scan[0][k - 1]))
        prev = s
    return out


_FROM_BEFORE_YEAR = "由从"  # a from→to pair's opening word right before the year of its first level


def earlier_year_paragraphs(match: str, lo: int, hi: int, year: int) -> list[tuple[int, int]]:
    """Spans of match[lo:hi] that look back at a year before ``year`` (a plan's): from a sentence opening with that
    year (statements.yaml year_opening_paragraph) to the plan's next heading or the next sentence opening with a year
    not before the plan's (year_opening_paragraph_end): its levels were reached.  Read alike on a lined page and on one
    whose lines were joined."""
    out = []
    ends = _vocab_scan("year_opening_paragraph_end")
    for x in _vocab_scan("year_opening_paragraph").finditer(match, lo, hi):
        opened = int(x.group("year")) if x.group("year") else load_yaml("statements.yaml")["five_year_periods"][x.group("period")] + 4
        if opened >= year or out and x.start() < out[-1][1]:
            continue
        end = hi
        for e in ends.finditer(match, x.end(), hi):
            if e.group("year") is None or int(e.group("year")) >= year:
                end = e.start()
                break
        out.append((x.start(), end))
    return out


_SPAN_HEADING_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})\s*年")
_SPAN_HEADING_CHARS = 24  # how far into a plan span its heading's year is looked for (三、2035年工作计划)


def dated_plan_spans_years(match: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, year) of each plan span whose heading names the year it plans for (三、2035年工作计划, 2035年工作打算：):
    in it, a level its segment dates to an earlier year (（2034年为9.6‰）) is the plan's baseline, as in a plan's own text."""
    out = []
    for a, b in spans:
        x = _SPAN_HEADING_YEAR.search(match, a, min(b, a + _SPAN_HEADING_CHARS))
        if x is not None:
            out.append((a, b, int(x.group(1))))
    return out


def reached_in_own_clause(cues_at: CueIndex, firsts: list[int], seg_s: int, clause_s: int, start: int) -> bool:
    """Whether a value after a target in its segment reports a level reached: its own clause holds a
    reached-level word of its own (目前, 已, 截至: statements.yaml reached_after_target) and no target word, and the segment's first target word lies before
    the clause (建档率应达到90%，目前我市为85%: the 85% was reached)."""
    return (0 <= firsts[TARGET] <= clause_s and reached_word_in(cues_at.match, clause_s, start)
            and not cues_at.has(TARGET, clause_s, start))


def reached_word_in(m: str, lo: int, hi: int) -> bool:
    """Whether m[lo:hi] holds a reached-level word (statements.yaml reached_after_target) that is no part of a longer
    word (the actual cues' actual_not_before: 已婚育龄妇女 names whose rate it is, 已 there is no "already")."""
    rx, not_before = _vocab_rx("reached_after_target"), _actual_not_before()
    x = rx.search(m, lo, hi)
    while x is not None and m.startswith(not_before.get(x.group(), ()), x.end()):
        x = rx.search(m, x.start() + 1, hi)
    return x is not None


@lru_cache(maxsize=1)
def _actual_not_before() -> dict[str, tuple[str, ...]]:
    return {w: tuple(after) for w, after in load_yaml("statements.yaml")["statement_cues"].get("actual_not_before", {}).items()}


def change_reached_in_plan(ctx: Context, seg_s: int, start: int) -> bool:
    """In a plan, whether the segment before a change at ``start`` says it was reached, as
    :func:`reached_in_plan` reads it, except that the base a change is measured against (比上年, 较去年同期:
    statements.yaml period_comparisons) names no level reached (门诊人次比上年增长10%，业务收入增长8%: both planned)."""
    m, cues_at = ctx.match, ctx.cue_index
    bases = [x.span() for x in _vocab_rx("period_comparisons").finditer(m, seg_s, start)]
    reached = [x.end() for x in cues_at.patterns[ACTUAL].finditer(m, seg_s, start)
               if not any(a <= x.start() < b for a, b in bases)]
    return bool(reached) and reached[-1] > cues_at.last_end(_vocab_rx("plan_future"), seg_s, start)


@lru_cache(maxsize=1)
def _followed_rx() -> tuple[re.Pattern, tuple[str, ...]]:
    c = load_yaml("statements.yaml")["statement_cues"]
    return words_rx(c["requirement_followed_openers"]), tuple(w for w in c["target"] if w.startswith("要求"))


def only_requirements_followed(ctx: Context, seg_s: int, start: int) -> bool:
    """Whether every target word in match[seg_s:start] is a 要求 of a clause that opens by saying the
    work followed it (按照…要求, 根据…要求): a manner, no aim."""
    m, cues_at = ctx.match, ctx.cue_index
    openers, requirement_words = _followed_rx()
    for x in cues_at.patterns[TARGET].finditer(m, seg_s, start):
        if x.group() not in requirement_words:
            return False
        k = bisect.bisect_left(ctx.clause_breaks, x.start())
        clause_s = max(seg_s, ctx.clause_breaks[k - 1] + 1 if k else ctx.lo)
        while clause_s < x.start() and m[clause_s] in SPACES:
            clause_s += 1
        if openers.match(m, clause_s) is None:
            return False
    return firsts_time_free(ctx, seg_s, start)


def firsts_time_free(ctx: Context, seg_s: int, start: int) -> bool:
    """Whether no future time (明年, 到2025年: statements.yaml target_time patterns) lies in match[seg_s:start]."""
    return all(rx.search(ctx.match, seg_s, start) is None for rx in _time_patterns())


def aimed_in_plan(ctx: Context, firsts: list[int], seg_s: int, start: int) -> bool:
    """In a plan, whether the value at ``start`` is aimed at: its segment says no level was reached
    (see :func:`reached_in_plan`; the plan's own period named in its title is no past one) and its sentence judges no
    present state (:func:`states_a_shortfall`)."""
    return (firsts[ACTUAL] == -1 or not reached_in_plan(ctx.cue_index, firsts, seg_s, start)  # (-1: no reached-level word in the segment)
            or names_only_the_plans_period(ctx, seg_s, start)) and not judges_present_state(ctx, start)


def periods_a_title_names(title: str) -> tuple[str, ...]:
    """The reached-level words of statements.yaml that a plan's title holds (2031年第一季度工作要点: 第一季度, 一季度): in
    the plan's text they name the period it plans for (一季度全市清理卫生死角不少于2 000处), not one gone by."""
    return tuple(w for w in _vocab_words("statement_cues", "actual") if w in title) \
        + tuple(name for name in _five_year_names() if name in title and not any(name in w for w in _five_year_names() if w != name and w in title))


@lru_cache(maxsize=1)
def _five_year_names() -> tuple[str, ...]:
    """The five-year periods' names (statements.yaml five_year_periods: 十四五, 十一五 …)."""
    return tuple(load_yaml("statements.yaml")["five_year_periods"])


def names_only_the_plans_period(ctx: Context, seg_s: int, start: int) -> bool:
    """Whether every reached-level word in match[seg_s:start] is a period the plan's title names (ctx.plan_periods), or
    期间 after the five-year period the title names (“十四五”期间 in a 十四五 plan: the plan's own years, not gone by)."""
    if not ctx.plan_periods:
        return False
    m = ctx.match
    return all(x.group() in ctx.plan_periods or x.group() == "期间" and m[max(seg_s, x.start() - 5) : x.start()].rstrip("”\"」 \u3000").endswith(ctx.plan_periods)
               for x in ctx.cue_index.patterns[ACTUAL].finditer(m, seg_s, start))


def reached_in_plan(cues_at: CueIndex, firsts: list[int], seg_s: int, start: int) -> bool:
    """In a plan, whether the segment before ``start`` says the level was reached: a reached-level word
    or past period after the last plan-period word (上半年达到58%,下半年达到65%: only the first)."""
    if firsts[ACTUAL] == -1 or not 0 <= cues_at.first(firsts, seg_s, ACTUAL) <= start:
        return False  # (-1: the segment holds no reached-level word)
    last_future = cues_at.last_end(_vocab_rx("plan_future"), seg_s, start)
    last_reached = cues_at.last_end(cues_at.patterns[ACTUAL], seg_s, start)
    if 0 <= last_reached and closes_a_baseline(cues_at.match, last_reached, start):
        return False  # (在巩固现有12个试点县的基础上，再新增试点县18个: the reached word dates the base only)
    if last_future < 0:
        return True
    if last_reached > last_future and dates_a_from_value(cues_at.match, last_reached):
        # the period of a pair's first level (年底前签约率由上半年的22.4%提高到35%，贫困人口签约率100%): it dates that
        # level only; the reached-level words before it decide
        m = cues_at.match
        last_reached = max((x.end() for x in cues_at.patterns[ACTUAL].finditer(m, seg_s, start) if not dates_a_from_value(m, x.end())),
                           default=-1)
    return last_reached > last_future


def closes_a_baseline(m: str, lo: int, hi: int) -> bool:
    """Whether the close of a base a plan builds on (statements.yaml statement_cues baseline_close: 基础上) lies in m[lo:hi]."""
    return any(m.find(w, lo, hi) >= 0 for w in _vocab_words("statement_cues", "baseline_close"))


def dates_a_from_value(m: str, cue_end: int) -> bool:
    """Whether the reached-level word ending at ``cue_end`` names the period of a from→to pair's first level (由上半年的
    22.4%, 从去年的31%): 由/从 a few characters before it, 的 and a number right after it."""
    return _FROM_PERIOD_AFTER.match(m, cue_end) is not None and any(
        m.find(w, max(0, cue_end - _FROM_PERIOD_BACK), cue_end) >= 0 for w in _FROM_WORDS)


_FROM_PERIOD_AFTER = re.compile(r"的\s*[0-9xX*]")
_FROM_PERIOD_BACK = 8  # the most characters of 由/从 and a period before the period's end (由2020年上半年)


def inherits_statement(ctx: Context, prev: Described, counted: bool, start: int, seg_s: int, statement: str = "actual",
                       clause_s: int | None = None) -> bool:
    """Whether a value read as ``statement`` (actual or target) continues the statement of the value
    just before it (``prev``) in its segment, of the same kind (counts with counts, rates with rates):
    an actual value continues a change or completion when no cue word of its own stands in between
    and, for a rate, its own clause (from ``clause_s``) names no rate of its own (比上年下降0.3个千分点，
    产后访视率96.1%: the 96.1% is a level, not a fall);
    a part of a rule or target (人均筹资标准提高到340元，其中财政补助280元: 其中 before it, no statement
    cue of its own; or a clause naming a part of a financing standard after its amount: …提高到每人420元，个人缴费150元)
    is a rule or target as well; so is the next item of a rule's list that shares its verb (每年可享受4次免费随访和1次
    免费体检: the 1次 is granted too)."""
    if prev.tok.end < seg_s or (prev.unit in NOT_RATE) != counted:
        return False
    if statement == "actual" and prev.statement in ("completion", "change"):
        if not counted and clause_s is not None and clause_s > prev.tok.end and ctx.cue_index.has(RATE_NOUN, clause_s, start):
            return False
        return ctx.cues.own_cue_rx.search(ctx.match, prev.tok.end, start) is None
    # (其中 before this value, or before the previous one in its clause: 其中个人缴费50元，财政补助240元 are both parts)
    return (prev.statement in ("policy", "target") and prev.statement != statement
            and (_vocab_rx("part_of_previous").search(ctx.match, prev.clause_start, start) is not None
                 and not (clause_s is not None and clause_s > prev.tok.end
                          and ctx.match.startswith(_vocab_words("total_after_parts"), clause_s, start))
                 or increment_of_previous(ctx.match, prev, start)
                 or prev.statement == "policy" and shares_the_verb(ctx.match, prev.tok.end, start)
                 or prev.unit == "yuan" and clause_s is not None and ctx.match.startswith(_vocab_words("financing_parts"), clause_s, start))
            and _statement_cue_rx().search(ctx.match, prev.tok.end, start) is None)


def shares_the_verb(m: str, prev_end: int, start: int) -> bool:
    """Whether the value at ``start`` is the next item of a list whose first item ends at ``prev_end`` in the same
    clause (4次免费随访和1次免费体检): a few words, then a list joiner right before it, and no clause break between."""
    if start - prev_end > _LIST_ITEM_GAP or start <= prev_end or m[start - 1] not in LIST_JOINERS:
        return False
    return _CLAUSE_BREAK_RX.search(m, prev_end, start) is None


_LIST_ITEM_GAP = 12  # the most characters between the values of two items of one list (…免费随访和)
_CLAUSE_BREAK_RX = re.compile("[" + re.escape(CLAUSE_BREAKS) + "]")


def increment_of_previous(m: str, prev: Described, start: int) -> bool:
    """Whether the amount at ``start`` is the increase of the amount ``prev`` just before it: only an increment word
    (新增: statements.yaml increment_of_previous) stands between, after a clause break, and both are money
    (补助标准提高到85元，新增5元用于疫情防控)."""
    if prev.unit != "yuan" or _MONEY_AT.match(m, start) is None:
        return False
    gap = m[prev.tok.end : start].strip(_CLAUSE_OPENING_MARKS)
    return gap in _increment_words()




@lru_cache(maxsize=1)
def _increment_words() -> frozenset:
    return frozenset(load_yaml("statements.yaml")["increment_of_previous"])


@lru_cache(maxsize=1)
def _statement_cue_rx() -> re.Pattern:
    """Any change, completion, policy or target word (a value's statement of its own)."""
    c = load_yaml("statements.yaml")["statement_cues"]
    return words_rx(c["change"]["down"] + c["change"]["up"] + c["completion"] + c["policy"] + c["target"])


@lru_cache(maxsize=1)
def _per_unit_rule_rx() -> re.Pattern:
    return re.compile(load_yaml("statements.yaml")["per_unit_rule"] + "$")


def per_unit_rule(match: str, clause_s: int, raw_end: int) -> bool:
    """Whether the clause before an amount ends in a per-unit payment a scheme sets (每例补助, 每人每年补贴)."""
    lo = clause_s if clause_s > raw_end - _PER_UNIT_WINDOW else raw_end - _PER_UNIT_WINDOW
    return "每" in match[lo:raw_end] and _per_unit_rule_rx().search(match, lo, raw_end) is not None


_PER_UNIT_WINDOW = 30  # the most characters of the clause before an amount a per-unit payment is looked for in


_FROM_WORDS = ("由", "从")


_FROM_TO_GAP = 14  # the most characters between the two values of a from→to pair (…%下降到 …, …%提高到2020年的 …)


# 由/从 and a period named before the first value (由上年的19.8/10万, 从2020年的95.1%), or the head
# a rule's amount is paid per (由每人每年150元提高到200元)
_FROM_PERIOD = re.compile(r"(?:由|从)(?:[^，。；,;:：\s]{1,10}?的|" + _PER_HEAD + r")$")


def from_word_start(m: str, a: Described) -> int:
    """Where the 由/从 that opens the from-value ``a`` stands in its clause (the value's start when none does)."""
    k = max(m.rfind(w, a.clause_start, a.tok.start) for w in _FROM_WORDS)
    return k if k >= 0 else a.tok.start


def opens_a_from_value(ctx: Context, a: Described) -> bool:
    """Whether the value ``a`` is the first of a from→to pair by the words before it: 由/从 right before
    it (link words aside), or with a period between (由上年的19.8/10万)."""
    m = ctx.match
    before = links_end(m, a.clause_start, a.tok.start, ctx.cues)
    return m.endswith(_FROM_WORDS, a.clause_start, before) or _FROM_PERIOD.search(m, max(a.clause_start, before - 12), before) is not None


def second_of_a_pair(ctx: Context, prev: Described, tok: NumberToken) -> bool:
    """Whether ``tok`` is the new level of a from→to pair opened by ``prev`` (the value just before it in
    its sentence, in its unit or a bare number): read so at once, so that a value after the pair does
    not continue it as a change (婴儿死亡率由上年的8.2‰下降为6.1‰，孕产妇死亡率12.5/10万)."""
    return (tok.start - prev.tok.end <= _FROM_TO_GAP and tok.unit in (prev.unit, "?rate")
            and from_to_gap(ctx.match, prev.tok.end, tok.start) and opens_a_from_value(ctx, prev))


def mark_from_to_pairs(ctx: Context, items: list[Described], starts: list[int] | None = None, planned: list[bool] | None = None) -> None:
    """A from→to pair (由31.2‰下降到14.9‰, 比例从60%提高到70%) states two levels, not a change: the
    first is the earlier actual level, the second the new level (actual, or target in a plan or with a
    target word); a rule's pair (a policy ratio or cap) is policy both.  The second names the first's indicator when it names none.
    ``planned``: whether the value at each of ``starts`` (increasing) lies in a plan (a plan's look back at an earlier year is
    none: 2024年，签约率由76%提高到80% in a plan for 2025 reports both levels), else the plan spans and the report's title tell."""
    m = ctx.match
    for a, b in zip(items, items[1:]):
        # (the gap holds only the verb, 到 and a year, so a line break in it is a page's wrap, not a sentence end)
        if (b.tok.start - a.tok.end > _FROM_TO_GAP or a.unit != b.unit
                or not from_to_gap(m, a.tok.end, b.tok.start)):
            continue
        if not opens_a_from_value(ctx, a):
            continue
        if a.statement != "policy" and b.statement == "policy":
            if a.unit not in NOT_RATE and (ctx.cue_index.has(NOT_POLICY, a.clause_start, a.tok.start)
                                           or ctx.cue_index.has(RATE_NOUN, a.clause_start, a.tok.start)
                                           and not ctx.cue_index.has(POLICY_RATE, a.clause_start, a.tok.start)):
                # a measured ratio's pair (实际补偿比例由上年的32%提高到41%), or the pair of a rate its clause names after a
                # rule's (报销比例为75%，签约率由40%提高到45%): both as the first is stated
                b.statement = a.statement
            else:
                a.statement = "policy"
        elif a.statement == "policy":
            b.statement = "policy"  # a rule's old and new level (起付线由300元降至200元)
        for d in (a, b):
            d.sign = 1
            if d.statement == "change":
                d.statement = "actual"
        if a.statement not in ("policy", "actual"):
            a.statement = "actual"
        if b.statement == "actual":
            seg_s = max(segment_start(ctx.seg_starts, b.tok.start), b.sent[0])
            # (a reached-level word inside the from-phrase dates the first level only: 床位由目前的8张增加到16张)
            in_plan = (planned[bisect.bisect_left(starts, b.tok.start)] if planned is not None
                       else ctx.plan_doc or in_spans(ctx.plan_spans, b.tok.start))
            if in_plan and not reached_outside_from_phrases(ctx, seg_s, from_word_start(m, a)):
                b.statement = "target"
        if b.indicator_id is None:
            b.indicator_id = a.indicator_id
