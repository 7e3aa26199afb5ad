"""Every stated value in a report as a traceable observation row.

``extract_report(report)`` finds numbers with units (rates, counts, money), unit-less rates in
target lists, masked numbers, and describes each one: which indicator it measures (catalog
linking in :mod:`healthdata.normalize.indicators`), for which population, whether it is an
achieved level, a target, a change, progress against a task or a policy rule, how it compares
(=, >=, <=, ~) and the period the sentence names.  Cue words come from
``healthdata/vocab/statements.yaml``; units and number words from ``quantities.yaml``.

Matching happens on ``report.match`` (Simplified, halfwidth, ASCII digits, paraphrases folded, same length
as the raw text); offsets and quotes are taken from ``report.text``.  The text around a value
is never copied out: every test runs on ``match`` between two offsets (``str.endswith(words,
lo, hi)``, ``pattern.search(match, lo, hi)``), which sees exactly what the test would see in
the slice ``match[lo:hi]`` (none of the patterns used that way has anchors or look-arounds,
except a ``$``, which matches at ``hi`` as at the end of the slice).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from healthdata.extract.checks import numerator_denominator_checks
from healthdata.extract import statement as st
from healthdata.extract.tables import table_values
from healthdata.extract.numbers import (
    NumberToken,
    _mask_set as _mask_chars,
    bare_numbers,
    with_first_chars,
    per_population_tokens,
    parse_number,
    quantity_vocab,
    statement_vocab,
    unit_tokens,
)
from healthdata.normalize.indicators import (
    alias_table,
    indicator_mentions,
    indicator_unit,
    link_in_span,
    population_between,
    resolve_mention,
)
from healthdata.textnorm import char_table, code_points
from healthdata.types import ReportText

__all__ = ["ExtractionResult", "extract_report", "OBSERVATION_KEYS", "RATE_UNITS"]

RATE_UNITS = ("percent", "per_mille", "per_10k", "per_100k")
SENTENCE_BREAKS = "。!?！？\n"
CLAUSE_BREAKS = ",;:，；：" + SENTENCE_BREAKS
OBSERVATION_KEYS = (
    "source_start", "source_end", "quote", "sentence_start", "sentence_end", "section_kind", "indicator_id",
    "subject", "population", "value", "unit", "count_unit", "unit_implicit", "redacted", "statement",
    "comparator", "period_text", "flag",
)
HEADING = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]+、", re.M)
_HEADING_AFTER_NL = re.compile(r"\n[ \t\u3000]*[一二三四五六七八九十]+、")  # HEADING after a newline, found by a fast literal scan
SUMMARY_TITLE = re.compile(r"总结|汇报|报告")

_NOT_RATE = ("count", "yuan")
_JOINERS = "和、及与"  # what joins two values of one list (see Cues.group_gap_rx)
_POPULATION_JOINERS = ","  # joins two values of one list only before a population (城区98%,农村95%)
_SUBJECT_SKIP = " 、和及与,\u3000"  # what subject_start skips character by character
_CMP_SKIP = ("达到", "达", "为", "在", "到", "了", "分别")  # skipped between a comparator word and the value
_AFTER_WINDOW = 12  # characters after a value looked at for policy/target cues
_COMPARATOR_AFTER_WINDOW = 4  # characters after a value looked at for a comparator (以上, 左右)
_LINKS_TAIL_WINDOW = 24  # characters before a value in which trailing link words are stripped


@dataclass
class ExtractionResult:
    observations: list[dict] = field(default_factory=list)
    checks: list[dict] = field(default_factory=list)


# ---------------------------------------------------------------- cue tables
def _by_len(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=len, reverse=True))


def _words_rx(words) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in _by_len(words)))


def _first_ops(pairs) -> dict:
    """word -> comparator of its first (word, comparator) pair, as a loop over the pairs would find it."""
    out: dict = {}
    for w, op in pairs:
        out.setdefault(w, op)
    return out


@dataclass(frozen=True, slots=True)
class Cues:
    """The statement, comparator, link and population vocabularies in the forms the extraction uses."""

    down: tuple[str, ...]
    up: tuple[str, ...]
    change_words: tuple[str, ...]
    policy: tuple[str, ...]
    policy_after: tuple[str, ...]
    target_adjacent: tuple[str, ...]
    target_after: tuple[str, ...]
    populations: tuple[str, ...]
    population_set: frozenset
    population_lengths: tuple[int, ...]
    rate_nouns: tuple[str, ...]
    implicit_nouns: tuple[str, ...]
    completion_indicator: str
    plan_title: re.Pattern
    completion_adjacent: tuple[str, ...]
    own_cue_rx: re.Pattern
    frequency_rx: re.Pattern
    links_tail_last: frozenset  # the characters trailing link words (and spaces, newlines) end with
    links_tail_rx: re.Pattern  # trailing link words and spaces, up to the end ($)
    clause_cue_last: frozenset  # the characters policy, change and adjacent target words end with
    period_rx: re.Pattern
    cmp_after_rx: re.Pattern
    cmp_after_first: frozenset  # the characters comparator words after a value start with
    cmp_after_op: dict
    cmp_before_op: dict
    cmp_before_words: tuple[str, ...]
    cmp_before_lengths: tuple[int, ...]
    cmp_before_last: frozenset  # the characters comparator words before a value, and the words skipped there, end with
    group_gap_rx: re.Pattern  # what may stand between two values of one list, up to the end ($)


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The :class:`Cues` built from statements.yaml and quantities.yaml (once)."""
    v, q = statement_vocab(), quantity_vocab()
    c = v["statement_cues"]
    c_after = tuple((w, op) for op, ws in v["comparator_after"].items() for w in _by_len(ws))
    c_before = tuple(sorted(((w, op) for op, ws in v["comparator_before"].items() for w in ws), key=lambda x: -len(x[0])))
    links = _by_len(v["value_links"])
    populations = _by_len(v["populations"])
    alternation = lambda ws: "|".join(re.escape(w) for w in ws)  # noqa: E731
    return Cues(
        down=_by_len(c["change"]["down"]),
        up=_by_len(c["change"]["up"]),
        change_words=_by_len(c["change"]["down"] + c["change"]["up"]),
        policy=_by_len(c["policy"]),
        policy_after=_by_len(c["policy_after"]),
        target_adjacent=_by_len(c["target_adjacent"]),
        target_after=_by_len(c["target_after"]),
        populations=populations,
        population_set=frozenset(v["populations"]),
        population_lengths=tuple(sorted({len(w) for w in v["populations"]}, reverse=True)),
        rate_nouns=_by_len(q["rate_nouns"]),
        implicit_nouns=_by_len(q["implicit_count_nouns"]),
        completion_indicator=v["completion_indicator"],
        plan_title=re.compile(v["plan_title"]),
        completion_adjacent=_by_len(c["completion_adjacent"]),
        own_cue_rx=_words_rx(c["change"]["down"] + c["change"]["up"] + c["completion"] + c["policy"] + c["target"] + v["subject_links"]),
        frequency_rx=_words_rx(q["frequency_markers"]),
        links_tail_last=frozenset(w[-1] for w in (" ", "\u3000", "\n") + links),
        links_tail_rx=with_first_chars(f"(?:[ \u3000]|{alternation(links)})+$", " \u3000" + "".join(w[0] for w in links)),
        clause_cue_last=frozenset(w[-1] for ws in (c["policy"], c["change"]["down"], c["change"]["up"], c["target_adjacent"]) for w in ws),
        period_rx=with_first_chars("|".join(f"(?:{p})" for p in v["period_patterns"]), v["period_first_chars"]),
        cmp_after_rx=re.compile(alternation(w for w, _ in c_after)),
        cmp_after_first=frozenset(w[0] for w, _ in c_after),
        cmp_after_op=_first_ops(c_after),
        cmp_before_op=_first_ops(c_before),
        cmp_before_words=tuple(w for w, _ in c_before),
        cmp_before_lengths=tuple(sorted({len(w) for w, _ in c_before}, reverse=True)),
        cmp_before_last=frozenset(w[-1] for w in [w for w, _ in c_before] + list(_CMP_SKIP)),
        group_gap_rx=re.compile(rf"\s*(?:[{_JOINERS}]\s*(?:(?:{alternation(populations)})\s*)?|[{_POPULATION_JOINERS}]\s*(?:{alternation(populations)})\s*)"
                                rf"(?:(?:{alternation(links)})\s*)?$"),
    )


def group_gap(match: str, lo: int, hi: int) -> bool:
    """True when match[lo:hi] only joins two values (85%和65%, 城区达98、农村达95, 城区98%,农村95%);
    a comma alone does not (提高2.1个百分点,达到99.6%: two statements)."""
    if lo >= hi or match[lo] not in _JOINERS and match[lo] not in _POPULATION_JOINERS and not match[lo].isspace():
        return False  # the gap pattern starts with spaces (\s) or a joiner
    return cues().group_gap_rx.match(match, lo, hi) is not None


def links_end(match: str, lo: int, hi: int, c: Cues) -> int:
    """End of match[lo:hi] without its trailing link words (达到, 为, 分别, 以上 …) and spaces."""
    if hi <= lo or match[hi - 1] not in c.links_tail_last:
        return hi  # a match of the tail pattern ends with one of them (or before a final newline, as $ allows)
    m = c.links_tail_rx.search(match, max(lo, hi - _LINKS_TAIL_WINDOW), hi)
    return m.start() if m is not None else hi


def links_and_populations_end(match: str, lo: int, hi: int, c: Cues) -> int:
    """End of match[lo:hi] without trailing link words and population words, stripped in turn until none is left."""
    prev = None
    while prev != hi:
        prev = hi
        hi = links_end(match, lo, hi, c)
        if match.endswith(c.populations, lo, hi):
            for k in c.population_lengths:
                if k <= hi - lo and match[hi - k : hi] in c.population_set:
                    hi -= k
                    break
    return hi


# ---------------------------------------------------------------- the report's context
@dataclass(frozen=True, slots=True)
class Context:
    """What describing a value needs of its report besides the value, computed once per report."""

    match: str
    lo: int  # report start
    hi: int  # report end
    codes: np.ndarray  # the code points of match[lo:hi]
    sent_breaks: list[int]  # positions of sentence breaks inside the report, increasing
    clause_breaks: list[int]  # positions of clause breaks (sentence breaks included), increasing
    sent_break_array: np.ndarray  # the same positions as arrays, for lookups of many positions at once
    clause_break_array: np.ndarray
    sentences: dict  # memo: index into sent_breaks -> the sentence span (one tuple per sentence)
    plan_doc: bool  # the report is a plan by its title
    plan_spans: list[tuple[int, int]]  # sections announcing a plan
    cues: Cues
    seg_starts: list[int]  # starts of the segments (see healthdata.extract.statement)
    cue_index: st.CueIndex  # where the statement cue words occur
    table_subjects: dict = field(default_factory=dict)  # start of a table value -> span of the cell naming it


def report_context(report: ReportText) -> Context:
    """The :class:`Context` of ``report``: break positions, plan spans and cue tables."""
    m, lo, hi = report.match, report.start, report.end
    c = cues()
    codes = code_points(m[lo:hi])
    clause_breaks, sent_breaks = break_positions(codes, lo)
    if len(sent_breaks):
        points = decimal_points(m, lo, hi, codes, sent_breaks)
        if points:
            clause_breaks = clause_breaks[~np.isin(clause_breaks, points)]
            sent_breaks = sent_breaks[~np.isin(sent_breaks, points)]
    seg_breaks = clause_breaks[_segment_break_table()[codes[clause_breaks - lo]]]
    seg_starts = st.segment_starts(m, lo, hi, seg_breaks, enumerator_candidates(codes, clause_breaks, lo))
    plans = st.plan_spans(m, lo, hi, report.sections, seg_starts)
    return Context(m, lo, hi, codes, sent_breaks.tolist(), clause_breaks.tolist(), sent_breaks, clause_breaks, {},
                   report_is_plan(report, c), plans, c, seg_starts, st.CueIndex(m, seg_starts, hi))


_DECIMAL_POINT = re.compile(r"[0-9]。(?=[0-9]{1,2} ?[%‰])")


def decimal_points(match: str, lo: int, hi: int, codes: np.ndarray, sent_breaks: np.ndarray) -> list[int]:
    """Positions of 。 written as a decimal point (97。6%): between digits, before a rate unit.  They end
    no sentence.  (``codes``: the code points of match[lo:hi]; ``sent_breaks``: its sentence breaks.)"""
    rel = sent_breaks - lo
    rel = rel[(rel > 0) & (rel < len(codes) - 1)]
    digit = _digit_table()
    between = rel[digit[codes[rel - 1]] & digit[codes[rel + 1]]]
    return [p + lo for p in between.tolist() if _DECIMAL_POINT.match(match, p + lo - 1, hi)]


@lru_cache(maxsize=1)
def _digit_table() -> np.ndarray:
    return char_table("0123456789")


@lru_cache(maxsize=1)
def _space_table() -> np.ndarray:
    return char_table(" \t\u3000")


@lru_cache(maxsize=1)
def _enumerator_mark_table() -> np.ndarray:
    """Code point -> whether it closes a numeral enumerator (1、 12. 一是)."""
    return char_table("、.．是 ")


@lru_cache(maxsize=1)
def _enumerator_numeral_table() -> np.ndarray:
    return char_table("0123456789一二三四五六七八九十")


def enumerator_candidates(codes: np.ndarray, clause_breaks: np.ndarray, lo: int) -> list[int]:
    """Positions right after a clause break or a space (in the text whose code points from ``lo`` on
    are ``codes``) whose characters an enumerator can start with: a bracket, a circled number, a
    space, or a numeral followed by what goes on an enumerator."""
    n = len(codes)
    after = np.concatenate((clause_breaks - lo, _space_table()[codes].nonzero()[0])) + 1
    after = after[after < n - 2]
    first = codes[after]
    mark, numeral = _enumerator_mark_table(), _enumerator_numeral_table()
    second, third = codes[after + 1], codes[after + 2]
    # (一) ① at once; a numeral followed by its mark (1、 一是), or by a second numeral and the mark (12、 十一、)
    ok = _enumerator_open_table()[first] | numeral[first] & (mark[second] | numeral[second] & mark[third])
    return (after[ok] + lo).tolist()


@lru_cache(maxsize=1)
def _enumerator_open_table() -> np.ndarray:
    return char_table("(（①②③④⑤⑥⑦⑧⑨⑩")


@lru_cache(maxsize=1)
def _segment_break_table() -> np.ndarray:
    return char_table(st.SEGMENT_BREAKS)


@lru_cache(maxsize=1)
def _break_kinds() -> np.ndarray:
    """Code point -> 0 (no break), 1 (clause break) or 2 (sentence break, which ends a clause too)."""
    kinds = char_table(CLAUSE_BREAKS, np.uint8, 1)
    kinds[[ord(ch) for ch in SENTENCE_BREAKS]] = 2
    return kinds


def break_positions(codes: np.ndarray, lo: int) -> tuple[np.ndarray, np.ndarray]:
    """(positions of the clause breaks, positions of the sentence breaks), increasing, in a text
    whose code points from position ``lo`` on are ``codes``.

    One table lookup per character over the code points (numpy), instead of a regex match object
    per break: reports have a break every dozen characters.
    """
    kinds = _break_kinds()[codes]
    clause = kinds.nonzero()[0]
    sentence = clause[kinds[clause] == 2]
    return clause + lo, sentence + lo


def report_is_plan(report: ReportText, c: Cues) -> bool:
    """Whether the report is a plan by its title line (used when no section says so)."""
    m, lo, hi = report.match, report.start, report.end
    while lo < hi and m[lo].isspace():
        lo += 1
    first = re.split(r"[\n。,，;；:：!?！？]", m[lo : min(lo + 60, hi)], maxsplit=1)[0]
    return bool(c.plan_title.search(first)) and not SUMMARY_TITLE.search(first)


def sentence_span(ctx: Context, pos: int) -> tuple[int, int]:
    """(start, end) of the sentence holding ``pos``: after the previous break, up to and including the
    next one (a newline excluded); the same tuple object for every position of one sentence."""
    k = bisect.bisect_left(ctx.sent_breaks, pos)
    return ctx.sentences.get(k) or _sentence(ctx, k)


def sentence_spans(ctx: Context, positions: list[int]) -> list[tuple[int, int]]:
    """:func:`sentence_span` of every position in ``positions`` (looked up all at once)."""
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


def clause_starts(ctx: Context, positions: list[int]) -> list[int]:
    """:func:`clause_start` of every position in ``positions`` (looked up all at once)."""
    breaks = ctx.clause_break_array
    if not len(breaks):
        return [ctx.lo] * len(positions)
    k = breaks.searchsorted(positions)
    return np.where(k > 0, breaks[k - 1] + 1, ctx.lo).tolist()  # breaks[-1] for k == 0 is masked out


def clause_end(ctx: Context, pos: int) -> int:
    """End of the clause holding ``pos`` (the next clause break at or after it, or the report end)."""
    breaks = ctx.clause_breaks
    k = bisect.bisect_left(breaks, pos)
    return breaks[k] if k < len(breaks) else ctx.hi


# ---------------------------------------------------------------- candidate values
def implicit_rate_spans(ctx: Context, bare: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Bare numbers right after a rate noun (参合率97以上, 围产儿死亡率1.97) and the values joined to them."""
    m, c = ctx.match, ctx.cues
    hits: list[tuple[int, int]] = []
    for s, e in bare:
        lo = clause_start(ctx, s)
        if m.endswith(c.rate_nouns, lo, links_and_populations_end(m, lo, s, c)):
            hits.append((s, e))
        elif hits and sentence_span(ctx, hits[-1][0]) is sentence_span(ctx, s) and group_gap(m, hits[-1][1], s):
            hits.append((s, e))
    return hits


def heading_starts(match: str, lo: int, hi: int) -> list[int]:
    """Starts of the numbered headings (一、) in match[lo:hi] (a line start is ``lo`` at the text's start or after a newline)."""
    out = []
    if (lo == 0 or match[lo - 1] == "\n") and HEADING.match(match, lo, hi):
        out.append(lo)
    out.extend(m.start() + 1 for m in _HEADING_AFTER_NL.finditer(match, lo, hi))
    return out


def unit_dropping_spans(match: str, lo: int, hi: int, bare: list[tuple[int, int]], hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """In a block where the author drops % (>= N unit-less rates), other bare numbers <= 100 are rates too.

    ``bare`` and ``hits`` (a subset of it) are sorted by start; blocks run from heading to heading.
    """
    need = int(quantity_vocab()["unit_dropping_min_hits"])
    if len(hits) < need:
        return []  # no block can hold enough
    starts = [lo] + heading_starts(match, lo, hi) + [hi]
    hit_starts, bare_starts = [h[0] for h in hits], [s for s, _ in bare]
    bl = bisect.bisect_left
    out = []
    hit_set = set(hits)
    for a, b in zip(starts, starts[1:]):
        if bl(hit_starts, b) - bl(hit_starts, a) < need:
            continue
        for s, e in bare[bl(bare_starts, a) : bl(bare_starts, b)]:
            if (s, e) not in hit_set and float(match[s:e]) <= 100:
                out.append((s, e))
    return out


def unitless_change(ctx: Context, toks: list[NumberToken], s: int, e: int) -> bool:
    """Whether a bare number right after a change word (同比下降18.6) is a change in percent: it has
    decimals, or a rate stands before it in its sentence (发病率12.5/10万,同比下降8)."""
    if "." in ctx.match[s:e]:
        return True
    s0 = sentence_span(ctx, s)[0]
    k = bisect.bisect_left(toks, s, key=_tok_start)
    while k > 0 and toks[k - 1].start >= s0:
        k -= 1
        if toks[k].unit in RATE_UNITS:
            return True
    return False


def _tok_start(t: NumberToken) -> int:
    return t.start


def candidate_tokens(ctx: Context) -> list[NumberToken]:
    """All value tokens of the report in order of start, without overlaps: numbers with units (not
    frequencies like 每年2次), unit-less rates found by context (unit ``?rate``) and unit-less counts."""
    m, lo, hi, c = ctx.match, ctx.lo, ctx.hi, ctx.cues
    freq_search = c.frequency_rx.search
    toks = [t for t in unit_tokens(m, lo, hi) if t.count_unit != "次" or not freq_search(m, clause_start(ctx, t.start), t.start)]
    toks += per_population_tokens(m, lo, hi)
    tables = table_values(m, lo, hi)
    for tv in tables:
        toks.append(tv.token)
        ctx.table_subjects[tv.token.start] = tv.subject
    if len(toks) > 1 and (tables or toks[-1].start < toks[-2].start):
        toks.sort(key=lambda t: (t.start, -t.end))
    bare = bare_numbers(m, lo, hi, exclude=toks, codes=ctx.codes)
    hits = implicit_rate_spans(ctx, bare)
    implicit_rates = set()
    for s, e in sorted(hits + unit_dropping_spans(m, lo, hi, bare, hits)):
        toks.append(NumberToken(s, e, m[s:e], 1.0, "?rate", None, False, unit_implicit=True))
        implicit_rates.add(s)
    for s, e in bare:
        if s in implicit_rates:
            continue
        if m.startswith(c.implicit_nouns, e):
            toks.append(NumberToken(s, e, m[s:e], 1.0, "count", None, False, unit_implicit=True))
        elif m.endswith(c.change_words, max(lo, s - 8), s) and unitless_change(ctx, toks, s, e):
            toks.append(NumberToken(s, e, m[s:e], 1.0, "?change", None, False, unit_implicit=True))
    if any(a.start >= b.start for a, b in zip(toks, toks[1:])):  # else already in (start, -end) order
        toks.sort(key=lambda t: (t.start, -t.end))
    out: list[NumberToken] = []
    for t in toks:
        if out and t.start < out[-1].end:
            continue
        out.append(t)
    return out


# ---------------------------------------------------------------- describing one value
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


class SentenceFacts(NamedTuple):
    """What describing the values of one sentence asks of the sentence up to its last value, found once."""

    start: int  # the sentence start
    periods: list[tuple[int, int]]  # spans of the period expressions a scan of match[start:last_value] finds


def sentence_facts(ctx: Context, sent: tuple[int, int], last_value: int) -> SentenceFacts:
    """The :class:`SentenceFacts` of ``sent`` (``last_value``: the start of its last value).  The target
    words are plain words, so a span of the sentence before ``last_value`` can hold one only when the whole does."""
    m, s0, c = ctx.match, sent[0], ctx.cues
    return SentenceFacts(s0,
                         [x.span() for x in c.period_rx.finditer(m, s0, last_value)])


def period_before(ctx: Context, facts: SentenceFacts, p: int) -> str | None:
    """The text of the last period expression (上半年, 1—10月, 截止5月底 …) in match[facts.start:p], or
    None; ``p`` lies at or before the sentence's last value.

    The period patterns have no anchors, look-arounds or word boundaries, so a scan up to ``p`` finds
    the same matches as the sentence's scan (up to its last value) up to the first match that
    reaches past ``p``; from that match's start on, the scan is redone up to ``p``.
    """
    last = None
    for a, b in facts.periods:
        if b <= p:
            last = (a, b)
            continue
        if a < p:
            for x in ctx.cues.period_rx.finditer(ctx.match, a, p):
                last = x.span()
        break
    return ctx.match[last[0] : last[1]] if last else None


def previous_in_sentence(items: list[Described], sent: tuple[int, int]) -> tuple[Described | None, Described | None]:
    """(the value described last, the last rate among the last six) when they lie in ``sent``, else None."""
    if not items or items[-1].sent is not sent:
        return None, None
    for d in reversed(items[-6:]):
        if d.sent is not sent:
            break
        if d.unit not in _NOT_RATE:
            return items[-1], d
    return items[-1], None


def names_the_head(ctx: Context, lo: int, hi: int, context_start: int | None = None) -> bool:
    """Whether the catalog names the head of the subject in m[lo:hi]: no rate noun follows the last
    alias in it that names an indicator (麻疹发病率: 麻疹 names a vaccine, and 发病率 with no qualifier
    names nothing: the rate is an incidence outside the catalog)."""
    m, ctx_start = ctx.match, lo if context_start is None else context_start
    ends = [mt.end for mt in indicator_mentions(m, lo, hi) if resolve_mention(m, mt, lo, ctx_start) is not None]
    last = max(ends) if ends else lo
    return not ctx.cue_index.has(st.RATE_NOUN, last, hi)


def indicator_for(ctx: Context, tok: NumberToken, clause_s: int, local_start: int, seg_s: int, s0: int,
                  prev_rate: Described | None) -> str | None:
    """Indicator of a rate, only where the text names it: in its clause before it, else right after
    it in its clause.  A clause that names a rate of its own (…率, 比例, 占) that the catalog does not
    know stays unlinked (a wrong link is worse than none).  A clause without a subject of its own
    (比上年提高2个百分点, 其中农村98%) continues the rate before it in its segment, or the indicator named
    since the previous value in its segment (参合率稳步提高,达到98%)."""
    m, start = ctx.match, tok.start
    wide = seg_s  # a generic alias (…,培训率100%) takes its qualifier from earlier in the segment,
    near = prev_rate.tok.end if prev_rate is not None else None  # or after the previous rate when it has words of its own
    if start in ctx.table_subjects:
        a, b = ctx.table_subjects[start]
        iid = link_in_span(m, a, b, a)[0]
        return iid if iid is not None and names_the_head(ctx, a, b) else None
    if start > clause_s:
        iid, mention = link_in_span(m, clause_s, start, wide, near_start=near)
        if iid is not None:
            if not ctx.cue_index.has(st.RATE_NOUN, mention.end, start):
                return iid  # no rate noun after the named indicator: it is the head
            return iid if names_the_head(ctx, clause_s, start, wide) else None
    end = tok.end
    ce = clause_end(ctx, end)
    if ce > end:
        iid = link_in_span(m, end, ce, wide, near_start=near)[0]
        if iid is not None:
            return iid
    if ctx.cue_index.has(st.RATE_NOUN, clause_s, start):
        return None  # the clause names its own rate, outside the catalog
    implicit = tok.unit == "?rate"
    if prev_rate is not None and prev_rate.tok.end >= seg_s and (not implicit or group_gap(m, prev_rate.tok.end, start)):
        if prev_rate.indicator_id is not None:
            return prev_rate.indicator_id
    lo = max(local_start, seg_s)
    if not implicit and start > lo:
        iid = link_in_span(m, lo, start, lo)[0]
        if iid is not None and names_the_head(ctx, lo, start):
            return iid
    return None


def after_value(m: str, end: int, c: Cues) -> tuple[int, re.Match | None]:
    """(where the words after a value start, spaces skipped; the comparator word there, e.g. 以上, or None)."""
    limit = min(end + _AFTER_WINDOW, len(m))
    a = end
    while a < limit and m[a] == " ":
        a += 1
    return a, (c.cmp_after_rx.match(m, a, limit) if a < limit and m[a] in c.cmp_after_first else None)


def statement_and_sign(ctx: Context, tok: NumberToken, clause_s: int, seg_s: int, raw_end: int, link_end: int,
                       after_cmp: re.Match | None, after_start: int, iid: str | None) -> tuple[str, int]:
    """(statement, sign) of a value read from its context (see :mod:`healthdata.extract.statement`):
    policy (a policy noun or cue), change (sign -1 for a decrease), target (a target word or future
    time in its segment, a cue right before or after it, or a plan without a reached-level word),
    completion, else actual.  The clause before the value is match[clause_s:tok.start] and its
    segment starts at ``seg_s``; ``raw_end`` is the clause's end without spaces, ``link_end``
    without link words."""
    m, c, start, cues_at = ctx.match, ctx.cues, tok.start, ctx.cue_index
    firsts = cues_at.memo.get(seg_s) or cues_at.firsts(seg_s)  # the end of the segment's first cue of each kind, -1 for none
    after = after_cmp.end() if after_cmp is not None else after_start  # the words after a comparator word
    after_limit = tok.end + _AFTER_WINDOW
    # a cue word can end the clause (at raw_end, or before its link words at link_end) only where
    # the character before that end is the last character of one
    raw_cue = raw_end > clause_s and m[raw_end - 1] in c.clause_cue_last
    stripped = link_end != raw_end  # link words end the clause: its two ends differ
    link_cue = (link_end > clause_s and m[link_end - 1] in c.clause_cue_last) if stripped else raw_cue
    if tok.unit == "percentage_points":
        return "change", -1 if link_cue and m.endswith(c.down, clause_s, link_end) else 1
    if (raw_cue and m.endswith(c.policy, clause_s, raw_end) or stripped and link_cue and m.endswith(c.policy, clause_s, link_end)
            or m.startswith(c.policy_after, after, after_limit)
            or (0 <= firsts[st.POLICY_RATE] <= start or 0 <= firsts[st.POLICY_MONEY] <= start)
            and st.is_policy_context(cues_at, clause_s, seg_s, start, tok.unit)):
        return "policy", 1
    if link_cue and m.endswith(c.down, clause_s, link_end):
        return "change", -1
    if link_cue and m.endswith(c.up, clause_s, link_end):
        return "change", 1
    completion = (0 <= firsts[st.COMPLETION] <= start and cues_at.has(st.COMPLETION, clause_s, start) or iid == c.completion_indicator
                  or link_end > clause_s and m.endswith(c.completion_adjacent, clause_s, link_end))
    target = (0 <= firsts[st.TARGET] <= start or 0 <= firsts[st.TARGET_LOCAL] <= start and cues_at.has(st.TARGET_LOCAL, clause_s, start)
              or raw_cue and m.endswith(c.target_adjacent, clause_s, raw_end)
              or stripped and link_cue and m.endswith(c.target_adjacent, clause_s, link_end)
              or m.startswith(c.target_after, after, after_limit))
    if target and not completion:
        return "target", 1
    if (ctx.plan_doc or ctx.plan_spans and st.in_spans(ctx.plan_spans, start)) and not 0 <= firsts[st.ACTUAL] <= start:
        return "target", 1
    if completion:
        return "completion", 1
    return "actual", 1


def inherits_statement(ctx: Context, prev: Described, counted: bool, start: int, seg_s: int) -> bool:
    """Whether an 'actual' value continues the change or completion stated just before it (``prev``):
    same segment, same kind (counts with counts, rates with rates) and no cue word of its own in between."""
    return (prev.statement in ("completion", "change")
            and prev.tok.end >= seg_s
            and (prev.unit in _NOT_RATE) == counted
            and ctx.cues.own_cue_rx.search(ctx.match, prev.tok.end, start) is None)


def comparator_for(ctx: Context, tok: NumberToken, after_cmp: re.Match | None, after_start: int,
                   clause_s: int, raw_end: int) -> str | None:
    """The comparator of a value, or None for '=': its range role, a word right after it (以上 -> >=)
    within four characters, a word before it (不低于 -> >=, maybe followed by 达到/为 …), or ~ for 余/多."""
    role = tok.range_role
    if role == "low":
        return ">="
    if role == "high":
        return "<="
    m, c = ctx.match, ctx.cues
    if after_cmp is not None:
        near = min(tok.end + _COMPARATOR_AFTER_WINDOW, len(m))
        if after_cmp.end() <= near:
            return c.cmp_after_op[after_cmp.group()]
        shorter = c.cmp_after_rx.match(m, min(after_start, near), near)
        if shorter is not None:
            return c.cmp_after_op[shorter.group()]
    end = raw_end
    for _ in range(3):
        if end <= clause_s or m[end - 1] not in c.cmp_before_last:
            break  # neither a comparator word nor a skipped word ends here
        if m.endswith(c.cmp_before_words, clause_s, end):
            for k in c.cmp_before_lengths:
                if k <= end - clause_s and (op := c.cmp_before_op.get(m[end - k : end])) is not None:
                    return op
        if not m.endswith(_CMP_SKIP, clause_s, end):
            break
        for w in _CMP_SKIP:
            if m.endswith(w, clause_s, end):
                end -= len(w)
                break
    return "~" if tok.approx else None


def implicit_rate_unit(iid: str | None, statement: str, comparator: str | None, zero_noun_unit: str | None = None) -> str | None:
    """Unit of a unit-less rate: its indicator's, else percent for a target or bound, else for a zero
    the unit its rate noun is usually given in (``zero_noun_unit``); None (no value) otherwise."""
    unit = indicator_unit(iid) if iid else None
    if unit is None and (statement == "target" or comparator in (">=", "<=")):
        return "percent"
    return unit or zero_noun_unit


def zero_rate_unit(match: str, tok: NumberToken, clause_s: int, link_end: int) -> str | None:
    """For a bare zero after a rate noun (发病率为0), the unit such a rate is given in (quantities.yaml)."""
    if tok.num_text.strip("0.") or not match.endswith(tuple(quantity_vocab()["rate_nouns"]), clause_s, link_end):
        return None
    for noun, unit in quantity_vocab()["zero_rate_units"].items():
        if match.endswith(noun, clause_s, link_end):
            return unit
    return None


def subject_start(match: str, lo: int, hi: int, c: Cues) -> int:
    """Start of the subject in match[lo:hi]: what closes the previous value (以上、, 左右,) and joiners skipped."""
    if lo < hi and match[lo] not in _SUBJECT_SKIP and match[lo] not in c.cmp_after_first:
        return lo  # nothing to skip: neither a joiner nor the first character of a closing word
    after_rx = c.cmp_after_rx
    prev = None
    while prev != lo and lo < hi:
        prev = lo
        while lo < hi and match[lo] in _SUBJECT_SKIP:
            lo += 1
        m = after_rx.match(match, lo)
        if m is not None:
            lo = m.end()
    return lo


def describe(ctx: Context, tok: NumberToken, sent: tuple[int, int], tok_clause: int, facts: SentenceFacts,
             prev: Described | None, prev_rate: Described | None) -> Described | None:
    """The value ``tok`` described (``tok_clause``: the start of its clause; ``facts``: its sentence's
    :class:`SentenceFacts`; ``prev``/``prev_rate``: the value and the rate described before it in its
    sentence), or None for a unit-less number that turns out not to be a rate."""
    m, c = ctx.match, ctx.cues
    start, s0 = tok.start, sent[0]
    local_start = prev.tok.end if prev is not None else s0
    clause_s = max(tok_clause, local_start)
    counted = tok.unit in _NOT_RATE
    seg_starts = ctx.seg_starts
    seg_s = seg_starts[bisect.bisect_right(seg_starts, start) - 1]  # seg_starts holds the report start
    if seg_s < s0:
        seg_s = s0
    iid = None if counted else indicator_for(ctx, tok, clause_s, local_start, seg_s, s0, prev_rate)
    raw_end = start  # the end of the clause before the value, spaces dropped
    while raw_end > clause_s and m[raw_end - 1] == " ":
        raw_end -= 1
    link_end = links_end(m, clause_s, start, c)
    after_start, after_cmp = after_value(m, tok.end, c)
    statement, sign = statement_and_sign(ctx, tok, clause_s, seg_s, raw_end, link_end, after_cmp, after_start, iid)
    if statement == "actual" and prev is not None and inherits_statement(ctx, prev, counted, start, seg_s):
        statement, sign = prev.statement, prev.sign
    if statement == "completion" and iid is None and tok.unit in ("percent", "?rate"):
        iid = c.completion_indicator
    comparator = comparator_for(ctx, tok, after_cmp, after_start, clause_s, raw_end)
    unit = tok.unit
    if unit == "?rate":
        unit = implicit_rate_unit(iid, statement, comparator, zero_rate_unit(m, tok, clause_s, link_end))
        if unit is None:
            return None
    elif unit == "?change":
        if statement != "change":
            return None
        unit = "percent"
    return Described(
        tok, sent, clause_s, local_start, iid,
        ctx.table_subjects.get(start) or (subject_start(m, clause_s, link_end, c), link_end),
        population_between(m, clause_s, start), statement, sign, comparator, unit, period_before(ctx, facts, start),
    )


_FROM_WORDS = ("由", "从")
_FROM_TO_GAP = 6  # the most characters between the two values of a from→to pair (…%下降到 …)


def mark_from_to_pairs(ctx: Context, items: list[Described]) -> None:
    """A from→to pair (由31.2‰下降到14.9‰, 比例从60%提高到70%) states two levels, not a change: the
    first is the earlier actual level, the second the new level (actual, or target in a plan or with a
    target word); a policy ratio stays policy.  The second names the first's indicator when it names none."""
    m = ctx.match
    for a, b in zip(items, items[1:]):
        if (b.tok.start - a.tok.end > _FROM_TO_GAP or a.sent is not b.sent or a.unit != b.unit
                or not st.from_to_gap(m, a.tok.end, b.tok.start)):
            continue
        before = links_end(m, a.clause_start, a.tok.start, ctx.cues)
        if not m.endswith(_FROM_WORDS, a.clause_start, before):
            continue
        if a.statement != "policy" and b.statement == "policy":
            a.statement = "policy"
        for d in (a, b):
            d.sign = 1
            if d.statement == "change":
                d.statement = "actual"
        if a.statement not in ("policy", "actual"):
            a.statement = "actual"
        if b.statement == "actual":
            seg_s = max(st.segment_start(ctx.seg_starts, b.tok.start), b.sent[0])
            if (ctx.plan_doc or st.in_spans(ctx.plan_spans, b.tok.start)) and not st.has_actual_cue(ctx.cue_index, seg_s, a.tok.start):
                b.statement = "target"
        if b.indicator_id is None:
            b.indicator_id = a.indicator_id


def describe_all(ctx: Context, tokens: list[NumberToken]) -> list[Described]:
    """Every token described, in order, each seeing the values described before it (and the
    :class:`SentenceFacts` of its sentence, found once per sentence)."""
    items: list[Described] = []
    starts = [tok.start for tok in tokens]
    sents = sentence_spans(ctx, starts)
    last_start = dict(zip(sents, starts))  # the last token of each sentence wins
    facts = {sent: sentence_facts(ctx, sent, last) for sent, last in last_start.items()}
    for tok, sent, tok_clause in zip(tokens, sents, clause_starts(ctx, starts)):
        prev, prev_rate = previous_in_sentence(items, sent)
        d = describe(ctx, tok, sent, tok_clause, facts[sent], prev, prev_rate)
        if d is not None:
            items.append(d)
    mark_from_to_pairs(ctx, items)
    return items


# ---------------------------------------------------------------- distributive lists
def _groups(items: list[Described], match: str) -> list[list[int]]:
    """Runs of values joined only by 和/、/及 (plus a population and a link word) in one sentence."""
    groups, cur = [], [0] if items else []
    for i in range(1, len(items)):
        a, b = items[i - 1], items[i]
        same_kind = (a.unit in _NOT_RATE) == (b.unit in _NOT_RATE)
        if a.sent == b.sent and same_kind and group_gap(match, a.tok.end, b.tok.start):
            cur.append(i)
        else:
            groups.append(cur)
            cur = [i]
    if cur:
        groups.append(cur)
    return [g for g in groups if len(g) > 1]


def _list_items(match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Split a subject phrase at 、/和/及/与 into item spans."""
    out, s = [], lo
    for i in range(lo, hi):
        if match[i] in "、和及与":
            out.append((s, i))
            s = i + 1
    out.append((s, hi))
    return [(a, b) for a, b in out if b > a]


def distribute(items: list[Described], match: str) -> None:
    """One row per value of 'A、B分别达x%和y%': own indicator and population; shared comparator and statement."""
    for g in _groups(items, match):
        first, last = items[g[0]], items[g[-1]]
        n = len(g)
        lo, hi = first.subject_span
        parts = _list_items(match, lo, hi)
        linked = [link_in_span(match, a, b, first.sent[0], first_in_list=False)[0] for a, b in parts]
        ids: list[str | None] = [None] * n
        pops: list[str | None] = [None] * n
        if not parts:
            pass  # 分别 with no list before it (分别为85%和65%): the values keep what they were described with
        elif len(parts) >= n and all(linked[-n:]):
            ids = linked[-n:]
            pops = [population_between(match, a, b) for a, b in parts[-n:]]
        else:
            mentions = indicator_mentions(match, parts[-1][0], parts[-1][1])
            mt = max(mentions, key=lambda x: (x.end, x.end - x.start)) if mentions else None
            if mt is not None and len(parts) == n:
                for k, (a, b) in enumerate(parts):
                    ids[k] = _resolve_with_qualifiers_in(match, mt, a, b if k < n - 1 else mt.start, first.sent[0])
                    pops[k] = population_between(match, a, b)
            elif mt is not None:
                ordered = _qualified_in_order(match, mt, first.sent[0], mt.start)
                if len(ordered) == n:
                    ids = ordered
        for k, idx in enumerate(g):
            it = items[idx]
            if ids[k] is not None and it.unit not in _NOT_RATE:
                it.indicator_id = ids[k]
            elif k and it.unit not in _NOT_RATE:
                it.indicator_id = first.indicator_id
            gap_pop = population_between(match, items[idx - 1].tok.end, it.tok.start) if k else None
            it.population = gap_pop or pops[k] or it.population
            if k:
                it.statement, it.sign = first.statement, first.sign
            if it.comparator is None:
                it.comparator = last.comparator


def _qualified_in_order(match: str, mention, lo: int, hi: int) -> list[str]:
    """Indicators sharing ``mention``'s alias, in the order their qualifiers first appear in match[lo:hi]
    (产妇…儿童…两个系统管理分别达到x%和y% -> maternal, child)."""
    found = []
    for iid, quals in alias_table()[mention.alias]:
        pos = [p for q in quals if (p := match.find(q, lo, hi)) >= 0]
        if pos:
            found.append((min(pos), iid))
    return [iid for _, iid in sorted(found)]


def _resolve_with_qualifiers_in(match: str, mention, a: int, b: int, context_start: int) -> str | None:
    """The indicator whose qualifier is written in match[a:b], else the alias's plain owner, else as resolved in context."""
    entries = alias_table()[mention.alias]
    for iid, quals in entries:
        if quals and any(match.find(q, a, b) >= 0 for q in quals):
            return iid
    plain = [iid for iid, quals in entries if not quals]
    return plain[0] if plain else resolve_mention(match, mention, a, context_start)


# ---------------------------------------------------------------- rows
_PLAIN_DIGITS = re.compile(r"\d*\.?\d+")
_SHORT_DECIMAL = re.compile(r"[0-9]*(?:[0-9]|\.[0-9]{1,10})")


def value_of(tok: NumberToken, sign: int) -> float | None:
    """The token's number times its multiplier, rounded to 10 decimals and signed; None when unreadable."""
    t = tok.num_text
    if tok.multiplier == 1.0 and _SHORT_DECIMAL.fullmatch(t):
        # float() of a decimal with at most 10 decimals is its own round(., 10): the decimal lies on
        # the 10-decimal grid and within half an ulp of the float (an ulp is never exactly 1e-10)
        v = float(t)
        return -v if sign < 0 else v
    v = float(t) if _PLAIN_DIGITS.fullmatch(t) else parse_number(t)  # same as parse_number for plain digits
    if v is None:
        return None
    v = round(v * tok.multiplier, 10)
    return -v if sign < 0 else v


def _rows(report: ReportText, items: list[Described]) -> list[dict]:
    """One observation row (a dict with OBSERVATION_KEYS) per described value."""
    t = report.text
    kind_at = report.section_kinds() if report.sections else None
    masks = _mask_chars()
    short_decimal = _SHORT_DECIMAL.fullmatch
    out = []
    for d in items:
        tok = d.tok
        start, end, num_text, multiplier, _, count_unit, _, unit_implicit, _ = tok
        redacted = not masks.isdisjoint(num_text)
        if redacted:
            value = None
        elif multiplier == 1.0 and short_decimal(num_text):
            value = -float(num_text) if d.sign < 0 else float(num_text)  # value_of's first case
        else:
            value = value_of(tok, d.sign)
        unit, statement = d.unit, d.statement
        subj_lo, subj_hi = d.subject_span
        sent_start, sent_end = d.sent
        out.append({
            "source_start": start,
            "source_end": end,
            "quote": t[start:end],
            "sentence_start": sent_start,
            "sentence_end": sent_end,
            "section_kind": kind_at(start) if kind_at is not None else "other",
            "indicator_id": d.indicator_id,
            "subject": t[max(subj_lo, subj_hi - 60) : subj_hi] or None,  # its last 60 characters
            "population": d.population,
            "value": value,
            "unit": unit,
            "count_unit": count_unit if unit in _NOT_RATE else None,
            "unit_implicit": unit_implicit,
            "redacted": redacted,
            "statement": statement,
            "comparator": d.comparator or "=",
            "period_text": d.period,
            "flag": ("percent outside 0-100" if unit == "percent" and value is not None
                     and statement in ("actual", "target", "policy") and not 0 <= value <= 100 else None),
        })
    return out


def extract_report(report: ReportText) -> ExtractionResult:
    """Observations (one dict per stated value, sorted by source_start) and numerator/denominator checks."""
    ctx = report_context(report)
    items = describe_all(ctx, candidate_tokens(ctx))
    distribute(items, report.match)
    rows = _rows(report, items)  # items come in token order: sorted by source_start
    return ExtractionResult(observations=rows, checks=numerator_denominator_checks(rows, report.match))
