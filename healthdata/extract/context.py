"""What describing a value needs of its report, computed once per report: sentence, clause and
segment breaks (a ``。`` written as a decimal point is none), the parts that state plans, the
statement cues by segment; and :class:`Described`, one value as described so far.

Matching happens on ``report.match`` (Simplified, halfwidth, ASCII digits, paraphrases folded, same
length as the raw text); offsets are raw-text offsets.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from healthdata.extract import statement as st
from healthdata.extract.cues import Cues, cues
from healthdata.extract.numbers import CLAUSE_BREAK, SENTENCE_BREAK, SPACE, NumberToken, char_flags, ideographic_decimal, parse_number, quantity_vocab
from healthdata.extract.punctuation import CLAUSE_BREAKS, SEGMENT_BREAKS, SENTENCE_BREAKS, SPACES
from healthdata.normalize.indicators import MentionIndex
from healthdata.textnorm import char_table, code_points
from healthdata.types import ReportText
from healthdata.vocab import load_yaml










@dataclass(slots=True)
class Described:
    """One value as described so far (:func:`distribute` still adjusts the values of a list)."""

    tok: NumberToken
    sent: tuple[int, int]
    clause_start: int
    local_start: int
    indicator_id: str | None
    subject_span: tuple[int, int]
    population: str | None
    statement: str
    sign: int
    comparator: str | None
    unit: str | None
    period: str | None


@dataclass(frozen=True, slots=True)
class Context:
    """What describing a value needs of its report besides the value, computed once per report."""

    match: str
    lo: int  # report start
    hi: int  # report end
    codes: np.ndarray  # the code points of match[lo:hi] (as np.intp)
    flags: np.ndarray  # their bit flags (healthdata.extract.numbers.char_flags), looked up once for every scan
    sent_breaks: list[int]  # positions of sentence breaks inside the report, increasing
    clause_breaks: list[int]  # positions of clause breaks (sentence breaks included), increasing
    sent_break_array: np.ndarray  # the same positions as arrays, for lookups of many positions at once
    clause_break_array: np.ndarray
    sentences: dict  # memo: index into sent_breaks -> the sentence span (one tuple per sentence)
    plan_doc: bool  # the report is a plan by its title
    plan_spans: list[tuple[int, int]]  # sections announcing a plan
    cues: Cues
    seg_starts: list[int]  # starts of the segments (see healthdata.extract.statement)
    seg_start_array: np.ndarray  # the same as an array
    cue_index: st.CueIndex  # where the statement cue words occur
    mentions: MentionIndex  # where the indicator aliases occur
    table_subjects: dict = field(default_factory=dict)  # start of a table value -> span of the cell naming it
    table_statements: dict = field(default_factory=dict)  # start of a table value -> its column's statement
    table_comparators: dict = field(default_factory=dict)  # start of a table value -> its column header's bound
    table_headers: dict = field(default_factory=dict)  # start of a table value -> span of its column's header cell
    plan_year: int | None = None  # the year a plan's title names
    state_spans: list = field(default_factory=list)  # sections reporting the present state (现状与问题): no plan
    report_year: int | None = None  # the year the report is written in (title, page date), if it says
    shortfalls: dict = field(default_factory=dict)  # memo: sentence start -> (how far searched, end of the shortfall word found or None)
    plan_periods: tuple = ()  # the reached-level period words a plan's title names (第一季度, 一季度): the plan's own period
    budget_doc: bool = False  # the report is a budget by its title (部门预算编制说明): its sums and shares are allocated


def report_context(report: ReportText) -> Context:
    """The :class:`Context` of ``report``: break positions, plan spans and cue tables."""
    m, lo, hi = report.match, report.start, report.end
    c = cues()
    codes = code_points(m[lo:hi]).astype(np.intp)  # (as indices once: every table lookup below takes them)
    flags = char_flags(codes)
    clause_breaks, sent_breaks = break_positions(codes, lo, flags)
    if len(sent_breaks):
        points = decimal_points(m, lo, hi, codes, sent_breaks) + link_wrap_breaks(m, lo, codes, sent_breaks) \
            + bound_wrap_breaks(m, lo, codes, sent_breaks)
        if points:
            clause_breaks = clause_breaks[~np.isin(clause_breaks, points)]
            sent_breaks = sent_breaks[~np.isin(sent_breaks, points)]
    seg_breaks = clause_breaks[table_of(SEGMENT_BREAKS)[codes[clause_breaks - lo]]]
    seg_starts = st.segment_starts(m, lo, hi, seg_breaks, enumerator_candidates(codes, clause_breaks, lo, flags))
    plans = st.plan_spans(m, lo, hi, report.sections, seg_starts)
    years = report_years(report)
    dated = (st.dated_plan_spans(m, report.sections, *years.summary_and_page) if report.sections else []) \
        + st.inline_dated_plan_spans(m, lo, hi, seg_starts, *years.summary_and_page) \
        + st.year_opening_plan_spans(m, lo, hi, *years.summary_and_page)
    if dated:  # a section on the work of a year to come (三、2024年重点工作 in a speech of January 2024)
        plans = st.merged(plans + dated)
    heads = st.chapter_heads(m, lo, hi)
    states = st.ended_at_chapters(st.merged(st.present_state_spans(m, report.sections) + st.inline_state_spans(m, lo, hi, seg_starts)), heads)
    plan_doc = report_is_plan(report, c)
    chapters = st.chapter_state_spans(heads, hi)
    if chapters:  # a long plan's chapter on where it starts from (第一章 发展基础)
        states = st.merged(states + chapters)
    colons = clause_breaks[codes[clause_breaks - lo] == _COLON]  # (a countermeasure label ends before one)
    problem_states, countermeasures = st.countermeasure_spans(m, lo, hi, colons.tolist(), seg_starts) if len(colons) else ([], [])
    if countermeasures:  # a problem's line up to its 对策： states the present, after it a plan
        plans = st.merged(plans + countermeasures)
        states = st.merged(st.without_spans(states, countermeasures) + problem_states)
    # the items a lead-in announcing what will be done opens (我们将办好以下实事：…；…。 我们将力争…；确保…。)
    plans = st.merged(plans + st.future_list_spans(m, lo, hi, colons.tolist()))
    # the answer of a Q&A page to a question on the aims to come (问：今年的目标是什么？ 答：参合率稳定在95%以上…)
    plans = st.merged(plans + st.plan_answer_spans(m, lo, hi))
    if states and plans:  # a plan announced inside a present-state section (…档案真实性有待提高。2025年工作打算：一是…) ends it there
        states = st.without_spans(states, st.plans_opening_inside(states, plans))
    return Context(m, lo, hi, codes, flags, sent_breaks.tolist(), clause_breaks.tolist(), sent_breaks, clause_breaks, {},
                   plan_doc, plans, c, seg_starts, np.asarray(seg_starts, dtype=np.int64), st.CueIndex(m, seg_starts, hi), MentionIndex(m, lo, hi),
                   plan_year=years.title, state_spans=states, report_year=years.written,
                   plan_periods=st.periods_a_title_names(title_phrase(report)) if plan_doc else (),
                   budget_doc=report_is_budget(report))




_COLON = ord(":")  # (the matching text folds ：to :)


def decimal_points(match: str, lo: int, hi: int, codes: np.ndarray, sent_breaks: np.ndarray) -> list[int]:
    """Positions of 。 written as a decimal point (97。6%): between digits, before a rate unit.  They end
    no sentence.  (``codes``: the code points of match[lo:hi]; ``sent_breaks``: its sentence breaks.)"""
    rel = sent_breaks - lo
    rel = rel[(rel > 0) & (rel < len(codes) - 1)]
    digit = table_of(DIGITS)
    # (a masked digit may stand before the point: 9x。3%, whose 。 is a decimal point of a number a site masked)
    between = rel[table_of(DIGITS + _MASKS)[codes[rel - 1]] & digit[codes[rel + 1]]]
    point = _decimal_point()
    return [p + lo for p in between.tolist() if point.match(match, p + lo, hi)]


def link_wrap_breaks(match: str, lo: int, codes: np.ndarray, sent_breaks: np.ndarray) -> list[int]:
    """Positions of line breaks between a value's link word and the value (住院补偿比例为 / 38.2%, 接种率均达到 / 95%以上):
    a PDF's or a site's wrap, no sentence end — a writer never ends a line on 为 or 达到 before its number.  The link words
    are statements.yaml value_links but those that close a phrase (wrap_link_words_not); the line after opens with a
    digit that is no enumerator's (1、, 2.)."""
    rel = sent_breaks - lo
    rel = rel[(rel > 0) & (rel < len(codes) - 2)]
    digit = table_of(DIGITS)
    rel = rel[(codes[rel] == _NEWLINE) & digit[codes[rel + 1]]]
    if not len(rel):
        return []
    links, enumerator = _wrap_links(), st.statement_cues().enumerator_at_rx
    return [p + lo for p in rel.tolist() if links.search(match, max(0, p + lo - 8), p + lo) is not None
            and enumerator.match(match, p + lo + 1) is None]


_NEWLINE = ord("\n")


def bound_wrap_breaks(match: str, lo: int, codes: np.ndarray, sent_breaks: np.ndarray) -> list[int]:
    """Positions of line breaks between a value and the bound word closing it (达到90% / 以上，…; 控制在5‰ / 以内): a PDF's
    or a site's wrap, no sentence end — no line opens with 以上 or 左右 after a figure ends the one before.  The bound
    words are statements.yaml comparator_after."""
    rel = sent_breaks - lo
    rel = rel[(rel > 0) & (rel < len(codes) - 2)]
    rel = rel[(codes[rel] == _NEWLINE) & table_of(DIGITS + "%‰")[codes[rel - 1]]]
    if not len(rel):
        return []
    bounds = _closing_bounds()
    return [p + lo for p in rel.tolist() if bounds.match(match, p + lo + 1) is not None]


@lru_cache(maxsize=1)
def _closing_bounds() -> re.Pattern:
    """A bound word written after a value (以上, 以下, 以内, 左右: statements.yaml comparator_after), spaces before it allowed."""
    words = [w for ws in load_yaml("statements.yaml")["comparator_after"].values() for w in ws]
    return re.compile(r"[ \t\u3000]*(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")")


@lru_cache(maxsize=1)
def _wrap_links() -> re.Pattern:
    """A link word at the end of a line (spaces after it allowed)."""
    v = load_yaml("statements.yaml")
    words = [w for w in v["value_links"] if w not in v["wrap_link_words_not"]]
    return re.compile("(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")[ \t\u3000]*$")


@lru_cache(maxsize=1)
def _decimal_point() -> re.Pattern:
    return re.compile(ideographic_decimal())


DIGITS = "0123456789"
_MASKS = "".join(quantity_vocab()["mask_chars"])  # the characters a masked digit is written with (9x。3%)
NUMERALS = DIGITS + "一二三四五六七八九十"  # what the number of an enumerator is written with
ENUMERATOR_MARKS = "、.．是 "  # what closes a numeral enumerator (1、 12. 一是)
ENUMERATOR_OPENERS = "(（①②③④⑤⑥⑦⑧⑨⑩"  # an enumerator that starts with one of these is one at once ((一), ①)


@lru_cache(maxsize=None)
def table_of(chars: str) -> np.ndarray:
    """Code point -> whether it is one of ``chars`` (a lookup table, built once per set of characters)."""
    return char_table(chars)


def enumerator_candidates(codes: np.ndarray, clause_breaks: np.ndarray, lo: int, flags: np.ndarray | None = None) -> list[int]:
    """Positions right after a clause break or a space (in the text whose code points from ``lo`` on
    are ``codes``; ``flags``: their char_flags when the caller has them) whose characters an enumerator
    can start with: a bracket, a circled number, a space, or a numeral followed by what goes on an enumerator."""
    n = len(codes)
    spaces = np.take(table_of(SPACES), codes) if flags is None else (flags & SPACE) != 0
    after = np.concatenate((clause_breaks - lo, spaces.nonzero()[0])) + 1
    after = after[after < n - 2]
    first = codes[after]
    mark, numeral = table_of(ENUMERATOR_MARKS), table_of(NUMERALS)
    second, third = codes[after + 1], codes[after + 2]
    # (一) ① at once; a numeral followed by its mark (1、 一是), or by a second numeral and the mark (12、 十一、)
    ok = table_of(ENUMERATOR_OPENERS)[first] | numeral[first] & (mark[second] | numeral[second] & mark[third])
    return (after[ok] + lo).tolist()


@lru_cache(maxsize=1)
def _break_kinds() -> np.ndarray:
    """Code point -> 0 (no break), 1 (clause break) or 2 (sentence break, which ends a clause too)."""
    kinds = char_table(CLAUSE_BREAKS, np.uint8, 1)
    kinds[[ord(ch) for ch in SENTENCE_BREAKS]] = 2
    return kinds


def break_positions(codes: np.ndarray, lo: int, flags: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(positions of the clause breaks, positions of the sentence breaks), increasing, in a text
    whose code points from position ``lo`` on are ``codes`` (``flags``: their char_flags when the caller has them).

    One table lookup per character over the code points (numpy), instead of a regex match object
    per break: reports have a break every dozen characters.
    """
    if flags is not None:
        clause = ((flags & CLAUSE_BREAK) != 0).nonzero()[0]  # (numpy finds the true entries of a boolean array faster than the nonzero ones of integers)
        sentence = clause[(flags[clause] & SENTENCE_BREAK) != 0]
        return clause + lo, sentence + lo
    kinds = np.take(_break_kinds(), codes)  # (np.take: the same as indexing, faster over a whole text)
    clause = (kinds != 0).nonzero()[0]
    sentence = clause[kinds[clause] == 2]
    return clause + lo, sentence + lo


_TITLE_PHRASE_END = re.compile(r"[\n。,，;；:：!?！？]")
# a line holding only the name of a body that issues documents (某市卫生和计划生育委员会, 某县卫生健康局, 某省卫生厅, 某县人民政府
# 办公室), then the line after it: the title of what it issued opens there (关于…的通知, 某县2031年卫生工作要点)
_ISSUER_LINE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,24}?(?:委员会|卫生局|卫生厅|健康局|计生局|人民政府|政府办公室|办公厅|办公室)"
                          r"[ \t\u3000]*\n\s*(?=关于|[\u4e00-\u9fff]{2,30}?(?:通知|意见|方案|计划|要点|规划|总结|报告|决定)[ \t\u3000]*\n)")
_TITLE_LABEL_CHARS = 5


def title_phrase(report: ReportText) -> str:
    """The report's first phrase (its title, when it has one): up to the first break or colon.  A short
    label before a colon that opens the line is skipped — a collection page numbering its articles
    or an attachment marker before the title (篇二：某镇2025年工作计划, 附件1：…, 标题：…): the title
    is what follows it."""
    m, lo, hi = report.match, report.start, report.end
    while lo < hi and m[lo].isspace():
        lo += 1
    body = _ISSUER_LINE.match(m, lo, hi)
    if body is not None:  # a notice's issuing body on a line of its own above its title (达州市卫生和计划生育委员会 / 关于…的通知)
        lo = body.end()
    head = m[lo : min(lo + 60 + _TITLE_LABEL_CHARS + 1, hi)]
    cut = _TITLE_PHRASE_END.search(head)
    if cut is not None and cut.group() in ":：" and 0 < cut.start() <= _TITLE_LABEL_CHARS:
        head = head[cut.end():].lstrip()
    return _TITLE_PHRASE_END.split(head[:60], maxsplit=1)[0]


# a year in digits, or in Chinese numerals digit by digit as official documents write it (弥河县卫生局二〇三一年工作计划,
# a signature date 二〇二四年一月五日): read by :func:`year_of`
_YEAR_WRITTEN = r"(?:19|20)[0-9]{2}|[一二][〇○零九][〇○零一二三四五六七八九]{2}"
_TITLE_YEAR = re.compile(rf"(?<![0-9])({_YEAR_WRITTEN})(?=\s*年)")


def year_of(written: str) -> int | None:
    """The year a title writes (2031, 二〇三一, 二○三一 -> 2031), None where the numerals read as none."""
    if written.isdigit():
        return int(written)
    value = parse_number(written.replace("○", "〇"))
    return int(value) if value is not None and 1900 <= value < 2100 else None


_PAGE_DATE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?:-[0-9]{1,2}-[0-9]{1,2}|/[0-9]{1,2}/[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)(?![0-9])")
_PAGE_DATE_REACH = 300  # how far around the report's start a page's date line is looked for


@dataclass(frozen=True)
class ReportYears:
    """The years a report states about itself, read once: its title's year (2025年全市卫生健康工作要点 -> 2025),
    whether the title names a summary or a plan (not the text's first sentence), and the year of a full date near its
    start (a news page's 发布时间：2023-05-06, a speech's （2024年1月22日）)."""
    title: int | None
    title_names_summary: bool
    title_names_report: bool
    page: int | None

    @property
    def written(self) -> int | None:
        """The year the report is written in, as far as it says: the later of its title's year (a title naming a
        report or plan: 2022年工作总结) and its page date's year, else None."""
        years = [y for y in ((self.title if self.title_names_report else None), self.page) if y is not None]
        return max(years) if years else None

    @property
    def summary_and_page(self) -> tuple[int | None, int | None]:
        """(the year a summary's title names, None for a title naming no summary; the page date's year)."""
        return (self.title if self.title_names_summary else None), self.page


def report_years(report: ReportText) -> ReportYears:
    """The report's :class:`ReportYears`."""
    title, c = title_phrase(report), cues()
    found = _TITLE_YEAR.search(title)
    summary = c.summary_title.search(title) is not None
    plan = c.plan_title.search(title) is not None
    year = year_of(found.group(1)) if found else None
    if year is None and plan and not summary:
        year = five_year_plan_start(title)  # (某州卫生与健康事业发展“十三五”规划: a plan from 2016)
    elif year is None and summary and st.vocab_pattern("five_year_review_not_ended").search(title) is None:
        start = five_year_plan_start(title)  # (某市“十一五”卫生工作总结: a review of the period up to its last year, 2010)
        year = start + 4 if start is not None else None
    return ReportYears(year, summary, summary or plan, page_date_year(report))


def five_year_plan_start(title: str) -> int | None:
    """The first year of the five-year period a plan's title names without a year (“十三五”规划 -> 2016), else None
    (statements.yaml five_year_periods)."""
    for name, first in load_yaml("statements.yaml")["five_year_periods"].items():
        if name in title:
            return int(first)
    return None


# a date on a line of its own (a speech's （2024年1月22日）, a notice's signature date 二〇二四年一月五日): the report's own
_OWN_DATE_LINE = re.compile(rf"^[ \t\u3000]*[(（]?[ \t\u3000]*({_YEAR_WRITTEN})[ \t\u3000]*年"
                            r"[ \t\u3000]*[0-9一二三四五六七八九十]{1,2}[ \t\u3000]*月[ \t\u3000]*[0-9一二三四五六七八九十]{1,3}"
                            r"[ \t\u3000]*日[ \t\u3000]*[)）]?[ \t\u3000]*$", re.M)


def page_date_year(report: ReportText) -> int | None:
    """The year of a full date near the report's start (a page's 发布时间：2023-05-06, a speech's （2024年1月22日）), else None;
    a date on a line of its own (the report's own) before a date the site prints (发布时间：2031-03-02 over a speech of
    （2024年1月22日）: the site's date is when it put the page up, maybe years later)."""
    m, lo = report.match, report.start
    a, b = max(0, lo - _PAGE_DATE_REACH), min(report.end, lo + _PAGE_DATE_REACH)
    own = _OWN_DATE_LINE.search(m, a, b)
    if own is not None and year_of(own.group(1)) is not None:
        return year_of(own.group(1))
    date = _PAGE_DATE.search(m, a, b)
    return int(date.group(1)) if date is not None else None


def report_is_plan(report: ReportText, c: Cues) -> bool:
    """Whether the report is a plan by its title line (used when no section says so)."""
    first = title_phrase(report)
    return bool(c.plan_title.search(first)) and not c.summary_title.search(first)


def report_is_budget(report: ReportText) -> bool:
    """Whether the report is a budget by its title line (statements.yaml budget_title; not a budget's execution nor the
    final accounts: budget_not_title)."""
    first = title_phrase(report)
    return st.vocab_pattern("budget_title").search(first) is not None and st.vocab_pattern("budget_not_title").search(first) is None


def sentence_span(ctx: Context, pos: int) -> tuple[int, int]:
    """(start, end) of the sentence holding ``pos``: after the previous break, up to and including the
    next one (a newline excluded); the same tuple object for every position of one sentence."""
    k = bisect.bisect_left(ctx.sent_breaks, pos)
    return ctx.sentences.get(k) or _sentence(ctx, k)


def sentence_spans(ctx: Context, positions) -> list[tuple[int, int]]:
    """:func:`sentence_span` of every position in ``positions`` (a list or an array; looked up all at once)."""
    memo = ctx.sentences
    return [memo.get(k) or _sentence(ctx, k) for k in ctx.sent_break_array.searchsorted(positions).tolist()]


def _sentence(ctx: Context, k: int) -> tuple[int, int]:
    """The span of the sentence ending at the ``k``-th sentence break (memoised in the context)."""
    breaks = ctx.sent_breaks
    start = breaks[k - 1] + 1 if k > 0 else ctx.lo
    end = breaks[k] + 1 if k < len(breaks) else ctx.hi
    if end > start and ctx.match[end - 1] == "\n":
        end -= 1
    sent = ctx.sentences[k] = (start, end)
    return sent


def clause_start(ctx: Context, pos: int) -> int:
    """Start of the clause holding ``pos`` (just after the previous clause break, or the report start)."""
    k = bisect.bisect_left(ctx.clause_breaks, pos)
    return ctx.clause_breaks[k - 1] + 1 if k > 0 else ctx.lo


def clause_starts(ctx: Context, positions) -> list[int]:
    """:func:`clause_start` of every position in ``positions`` (a list or an array; looked up all at once)."""
    breaks = ctx.clause_break_array
    if not len(breaks):
        return [ctx.lo] * len(positions)
    k = breaks.searchsorted(positions)
    return np.where(k > 0, breaks[k - 1] + 1, ctx.lo).tolist()  # breaks[-1] for k == 0 is masked out


def segment_starts_of(ctx: Context, positions) -> list[int]:
    """The start of the segment holding each of ``positions`` (a list or an array; looked up all at once; the segment
    starts hold the report start, which no position lies before)."""
    starts = ctx.seg_start_array
    return starts[starts.searchsorted(positions, "right") - 1].tolist() if len(positions) else []


def clause_end(ctx: Context, pos: int) -> int:
    """End of the clause holding ``pos`` (the next clause break at or after it, or the report end)."""
    breaks = ctx.clause_breaks
    k = bisect.bisect_left(breaks, pos)
    return breaks[k] if k < len(breaks) else ctx.hi
