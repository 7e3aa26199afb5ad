"""Every stated value in a report as a traceable observation row.

``extract_report(report)`` runs the extraction for one report, a value at a time:

1. candidates (:mod:`healthdata.extract.candidates`): numbers with units, table cells, unit-less
   rates and changes, counts;
2. each candidate described in order (:func:`describe`), seeing the values before it in its
   sentence: indicator (:mod:`healthdata.extract.linking`), statement
   (:mod:`healthdata.extract.statement`), comparator (:mod:`healthdata.extract.comparator`),
   population and period;
3. lists (:mod:`healthdata.extract.lists`) and from→to pairs adjusted;
4. rows (:mod:`healthdata.extract.rows`) and numerator/denominator checks
   (:mod:`healthdata.extract.checks`).

The report's breaks, plan parts and cue positions are found once (:mod:`healthdata.extract.context`).
"""
from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from healthdata.extract.candidates import candidate_tokens
from healthdata.extract.checks import numerator_denominator_checks
from healthdata.extract.comparator import CLOSING_QUOTES, adverb_bound, after_value, ceiling_links, comparator_for, mark_unit_ranges, more_than_comparator
from healthdata.extract.context import Context, Described, clause_starts, report_context, segment_starts_of, sentence_spans
from healthdata.extract.cues import NOT_RATE, RATE_UNITS, SUBJECT_SKIP, last_match_before, links_end, subject_start
from healthdata.extract.linking import implicit_rate_unit, indicator_for, zero_rate_unit
from healthdata.extract.lists import adverb_bound_over_list, distribute, one_value_each
from healthdata.extract.numbers import NumberToken, parse_number, quantity_vocab, with_ocr_slips_read
from healthdata.extract.rows import OBSERVATION_KEYS, observation_rows
from healthdata.extract import statement as st
from healthdata.extract.statement import inherits_statement, mark_from_to_pairs, statement_and_sign
from healthdata.normalize.indicators import population_first_rx, population_from
from healthdata.types import ReportText


__all__ = ["ExtractionResult", "extract_report", "OBSERVATION_KEYS", "RATE_UNITS"]


@dataclass
class ExtractionResult:
    observations: list[dict] = field(default_factory=list)
    checks: list[dict] = field(default_factory=list)


class SentenceFacts(NamedTuple):
    """What describing the values of one sentence asks of the sentence up to its last value, found once."""

    periods: list[tuple[int, int]]  # spans of the period expressions a scan of the sentence up to its last value finds
    period_ends: list[int]  # their ends, increasing (the matches of one scan do not overlap)


_NO_PERIODS = SentenceFacts((), ())  # the facts of a sentence naming no period


def sentence_facts(ctx: Context, sent: tuple[int, int], last_value: int) -> SentenceFacts:
    """The :class:`SentenceFacts` of ``sent`` (``last_value``: the start of its last value).  The target
    words are plain words, so a span of the sentence before ``last_value`` can hold one only when the whole does."""
    m, s0, c = ctx.match, sent[0], ctx.cues
    if c.period_word_rx.search(m, s0, last_value) is None:
        return _NO_PERIODS  # most sentences hold none of the words one of which every period expression holds
    first = c.period_rx.search(m, s0, last_value)
    if first is None:
        return _NO_PERIODS
    periods = [x.span() for x in c.period_rx.finditer(m, first.start(), last_value)]  # (no match starts before the first one)
    return SentenceFacts(periods, [b for _, b in periods])


def period_before(ctx: Context, facts: SentenceFacts, p: int) -> str | None:
    """The text of the last period expression (上半年, 1—10月, 截止5月底 …) in the sentence of ``facts`` up
    to ``p``, or None; ``p`` lies at or before the sentence's last value.

    The period patterns have no anchors, look-behinds or word boundaries, so the sentence's scan (up
    to its last value) tells (see :func:`last_match_before`).
    """
    last = last_match_before(ctx.cues.period_rx, ctx.match, facts.periods, facts.period_ends, p)
    return ctx.match[last[0] : last[1]] if last else None


def previous_in_sentence(items: list[Described], sent: tuple[int, int], last_rate: int) -> tuple[Described | None, Described | None]:
    """(the value described last, the last rate among the last six) when they lie in ``sent``, else
    None; ``last_rate``: the index in ``items`` of the last rate, -1 for none.  (The values of a
    sentence follow one another in ``items``, so a rate lies in ``sent`` when every value after it does.)"""
    if not items or items[-1].sent is not sent:
        return None, None
    if last_rate >= len(items) - 6 and last_rate >= 0 and items[last_rate].sent is sent:
        return items[-1], items[last_rate]
    return items[-1], None


def unitless_change_unit(tok: NumberToken, prev: Described | None, prev_rate: Described | None) -> str:
    """The unit of a change written without one (下降0.37): the unit of the per-thousand or per-population rate
    stated before it in its sentence when the change is a fraction of that rate's level written with decimals
    (婴儿死亡率2.41‰，下降0.37: a fall of 0.37 per thousand, as rates in ‰ move), else percent (发病率120.5/10万，
    同比下降12: a relative change, the way a whole number beside such a rate is written).  A unit-less change listed
    right after another (``prev``: 分别较上年下降0.8和1.2) is in that one's unit, and so is one right after a ratio
    (出生人口性别比112.4，比上年下降2.6: the ratio fell by 2.6, no percent)."""
    if prev is not None and (prev.tok.unit == "?change" and prev.statement == "change" or prev.unit == "ratio"):
        return prev.unit
    if prev_rate is not None and prev_rate.unit in _POINT_UNITS and "." in tok.num_text:
        level = parse_number(prev_rate.tok.num_text)
        change = parse_number(tok.num_text)
        if level is not None and change is not None and 0 < change < level:
            return prev_rate.unit
    return "percent"


_ALLOCATED_UNITS = frozenset({"yuan", "percent", "?rate"})  # the units of a budget's sums and shares
_RANGE_JOINERS = frozenset(quantity_vocab()["range_joiners"])  # what follows the first end of a range (85%—90%)
_POINT_UNITS = frozenset({"per_mille", "per_10k", "per_100k"})  # rates whose unit-less change can be in their own unit


def describe(ctx: Context, tok: NumberToken, sent: tuple[int, int], tok_clause: int, seg_s: int, facts: SentenceFacts,
             prev: Described | None, prev_rate: Described | None, next_start: int, in_plan: bool) -> Described | None:
    """The value ``tok`` described (``tok_clause``, ``seg_s``: the starts of its clause and segment; ``facts``: its sentence's
    :class:`SentenceFacts`; ``prev``/``prev_rate``: the value and the rate described before it in its
    sentence; ``next_start``: the start of the next candidate value, or the report end; ``in_plan``: whether
    the report is a plan or the value lies in a plan span), or None for a
    unit-less number that turns out not to be a rate."""
    m, c = ctx.match, ctx.cues
    start, end, _, _, unit, _, approx, _, range_role = tok  # (its fields read once)
    s0 = sent[0]
    local_start = prev.tok.end if prev is not None else s0
    clause_s = tok_clause if tok_clause > local_start else local_start
    counted = unit in NOT_RATE
    if seg_s < s0:
        seg_s = s0
    iid = None if counted else indicator_for(ctx, tok, clause_s, local_start, seg_s, sent, prev_rate, next_start)
    # the characters right before and after the value in its clause ("" for none), read once
    before = m[start - 1] if start > clause_s else ""
    after = m[end] if end < len(m) else ""
    raw_end = start  # the end of the clause before the value, spaces dropped
    if before == " ":
        while raw_end > clause_s and m[raw_end - 1] == " ":
            raw_end -= 1
    clause_last = before if raw_end == start else m[raw_end - 1] if raw_end > clause_s else ""  # the character at raw_end - 1
    # (the tests links_end, after_value, subject_start and subject_after_enumerator begin with, made
    # here first: most values have no link word before them, nothing after them, no joiner or enumerator)
    link_end = links_end(m, clause_s, start, c) if before in c.links_tail_last else start
    after_start, after_cmp = after_value(m, end, c) if after == " " or after == "\n" or after in c.cmp_after_first \
        or after in CLOSING_QUOTES else (end, None)
    statement, sign = statement_and_sign(ctx, tok, clause_s, seg_s, raw_end, link_end, after_cmp, after_start, iid, in_plan)
    if prev is not None and prev.statement == "policy" and statement != "policy" and st.second_of_a_pair(ctx, prev, tok):
        statement, sign = "policy", 1  # a rule's new level (起付线由500元下调到400元): a part of it after 其中 is one too
    elif statement == "change" and prev is not None and st.second_of_a_pair(ctx, prev, tok):
        statement, sign = "actual", 1  # the new level of a from→to pair (see mark_from_to_pairs)
    elif statement == "target" and prev is not None and prev.unit == "yuan" and (
            change_sign := st.change_of_amount_before(m, prev.tok.end, start)):
        statement, sign = "change", change_sign  # a plan's budget and its growth on last year's (安排经费800万元，比上年增长12%)
    elif start in ctx.table_statements:  # a table column headed 目标值 or 完成值 says so for each of its values
        statement, sign = ctx.table_statements[start], 1
        if statement == "change" and unit == "percent":
            unit = "percentage_points"  # a rate's change in the row's unit (比上年增减 under %): a difference in points
        elif statement == "completion":
            iid = c.completion_indicator  # a column of progress (完成率 108.8%) measures the task, not the row's indicator
    elif prev is not None and statement in ("actual", "target") and inherits_statement(ctx, prev, counted, start, seg_s, statement, clause_s) \
            and not st.required_by_its_own_bound(m, prev):  # (a level required by its bound word passes on nothing)
        statement, sign = prev.statement, prev.sign
    elif prev is not None and statement == "actual" and iid is not None \
            and (sched := prev if prev.unit == unit or prev_rate is None else prev_rate) is not None \
            and iid == sched.indicator_id and st.continues_a_schedule(m, sched, unit, clause_s, start) \
            and not st.required_by_its_own_bound(m, sched):
        # the next level of care of a ratio's schedule (linking gives it the ratio named before: part_after_semicolon), also
        # past the amount of the item before (乡镇卫生院报销比例由85%提高到90%，起付线100元；县级医院由70%提高到75%)
        statement, sign = sched.statement, sched.sign
    if statement == "actual" and prev is not None and st.quota_kept_within(m, prev, tok, clause_s, raw_end):
        statement, sign = "target", 1  # the quota a level reached was kept within (增长率4.92‰，控制在6‰以内)
    if ctx.budget_doc and unit in _ALLOCATED_UNITS and st.allocated_in_budget(ctx, tok, statement, clause_s, seg_s):
        statement, sign = "policy", 1  # a budget's sum or share (收入预算总额3.2亿元, 其中财政拨款占56.5%): allocated, no level reached
    elif (clause_last == "于" or clause_last == "过") and statement in ("actual", "target") and unit == "yuan" \
            and st.capped_payment(m, clause_s, raw_end):
        statement, sign = "policy", 1  # the cap a scheme sets on what it pays (门诊补偿最高不超过100元), in a plan too
    elif statement == "actual" and (clause_last == "于" or clause_last == "过") and st.required_by_its_bound(m, clause_s, raw_end):
        statement, sign = "target", 1  # a level required (培训不少于20名, 不低于80%): never one reached, where no budget sets it
    if statement == "completion" and unit in ("percent", "?rate") and not st.names_its_progress(m, clause_s, start):
        iid = c.completion_indicator  # progress against a task measures the task (签约率完成年度目标的62%), not the rate named
    if after_cmp is None and range_role is None and clause_last not in c.cmp_before_last:
        comparator = more_than_comparator() if approx else adverb_bound(m, clause_s, raw_end)  # what comparator_for finds with no comparator word before or after the value
    else:
        comparator = comparator_for(ctx, tok, after_cmp, after_start, clause_s, raw_end)
    if statement == "policy" and unit == "yuan" and comparator == ">=" and st.threshold_of_a_band(m, clause_s, raw_end, end):
        comparator = "="  # (超过1.2万元的部分: 超过 names the band above the line, the line itself is the amount)
    elif comparator in (None, "=") and start in ctx.table_comparators:
        comparator = ctx.table_comparators[start]  # a bound its column's header writes (目标值（≥）)
    elif comparator in (None, "=") and statement == "target" and raw_end > clause_s and m.endswith(ceiling_links(), clause_s, raw_end) \
            and after not in _RANGE_JOINERS:
        comparator = "<="  # a target to keep a level within (死亡率控制在15/10万; not a range's floor, 控制在85%—90%): its ceiling
    if unit == "?rate":
        if prev_rate is not None and st.second_of_a_pair(ctx, prev_rate, tok):
            unit, iid = prev_rate.unit, prev_rate.indicator_id  # 由19.8/10万下降为0: the new level of the same rate
        else:
            unit = implicit_rate_unit(iid, statement, comparator, zero_rate_unit(m, tok, clause_s, link_end))
        if unit is None:
            return None
    elif unit == "?change":
        if statement != "change":
            return None
        unit = unitless_change_unit(tok, prev, prev_rate)
    pop_first = _POPULATION_FIRST(m, clause_s, start)  # (most clauses hold no character a population starts with)
    return Described(
        tok, sent, clause_s, local_start, iid,
        ctx.table_subjects.get(start) or (subject_of(m, clause_s, link_end, c) if clause_s < link_end and (
            (first := m[clause_s]) in _SUBJECT_FIRSTS or first in c.cmp_after_first) else clause_s, link_end),  # (subject_of's first test)
        population_from(m, clause_s, pop_first.start(), start) if pop_first else None, statement, sign, comparator, unit,
        period_before(ctx, facts, start) if facts.periods else None,  # most sentences name no period
    )


def subject_of(m: str, lo: int, hi: int, c) -> int:
    """Start of the subject in m[lo:hi] (see :func:`subject_start`), without the enumerator that opens it."""
    if lo < hi and (m[lo] in _SUBJECT_FIRSTS or m[lo] in c.cmp_after_first):
        lo = subject_after_enumerator(m, subject_start(m, lo, hi, c), hi)
    return lo


def subject_after_enumerator(m: str, lo: int, hi: int) -> int:
    """Start of a subject without the enumerator that opens it (二是重性精神病患者管理率 -> 重性精神病患者管理率)."""
    if lo < hi and m[lo] in _ENUMERATOR_FIRSTS:
        e = st.statement_cues().enumerator_at_rx.match(m, lo, hi)
        if e is not None:
            return e.end()
    return lo


_ENUMERATOR_FIRSTS = st.statement_cues().enumerator_firsts
_POPULATION_FIRST = population_first_rx().search
_SUBJECT_FIRSTS = _ENUMERATOR_FIRSTS | frozenset(SUBJECT_SKIP)  # what a subject's start may need to skip begins with


def describe_all(ctx: Context, tokens: list[NumberToken]) -> list[Described]:
    """Every token described, in order, each seeing the values described before it (and the
    :class:`SentenceFacts` of its sentence, found once per sentence)."""
    items: list[Described] = []
    starts = [tok.start for tok in tokens]
    start_array = np.array(starts, dtype=np.int64)  # (converted once for the lookups below)
    seg_starts = segment_starts_of(ctx, start_array)
    ctx.cue_index.value_starts(starts, seg_starts)
    sents = sentence_spans(ctx, start_array)
    last_start = dict(zip(sents, starts))  # the last token of each sentence wins
    facts = {sent: sentence_facts(ctx, sent, last) for sent, last in last_start.items()}
    next_starts = starts[1:] + [ctx.hi]
    last_rate = -1  # the index in items of the last rate described
    if not ctx.plan_doc:
        in_plan = st.in_spans_each(ctx.plan_spans, start_array)
        for a, b, year in st.dated_plan_spans_years(ctx.match, ctx.plan_spans):  # a level of a year before a plan section's is its baseline
            lo_k, hi_k = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
            if lo_k < hi_k:
                earlier = st.earlier_year_flags(ctx.match, starts[lo_k:hi_k], seg_starts[lo_k:hi_k], year)
                in_plan[lo_k:hi_k] = [p and not e for p, e in zip(in_plan[lo_k:hi_k], earlier)]
    elif ctx.plan_year is None:
        in_plan = [True] * len(starts)
    else:  # a level of a year before the plan's is its baseline
        in_plan = [not earlier for earlier in st.earlier_year_flags(ctx.match, starts, seg_starts, ctx.plan_year)]
        looks_back = st.earlier_year_paragraphs(ctx.match, ctx.lo, ctx.hi, ctx.plan_year)
        if looks_back:  # a paragraph opening with a year before the plan's (2030年，全市…) reports that year's levels
            in_plan = [p and not b for p, b in zip(in_plan, st.in_spans_each(looks_back, start_array))]
    if ctx.state_spans:  # a section on the present state (现状与问题) reports levels as they stand
        in_plan = [p and not s for p, s in zip(in_plan, st.in_spans_each(ctx.state_spans, start_array))]
    for tok, sent, tok_clause, seg_s, next_start, plan in zip(tokens, sents, clause_starts(ctx, start_array), seg_starts, next_starts, in_plan):
        prev, prev_rate = previous_in_sentence(items, sent, last_rate) if items and items[-1].sent is sent else (None, None)
        d = describe(ctx, tok, sent, tok_clause, seg_s, facts[sent], prev, prev_rate, next_start, plan)
        if d is not None:
            if d.unit not in NOT_RATE:
                last_rate = len(items)
            items.append(d)
    mark_from_to_pairs(ctx, items, starts, in_plan)
    mark_unit_ranges(ctx, items)
    return items


def extract_report(report: ReportText) -> ExtractionResult:
    """Observations (one dict per stated value, sorted by source_start) and numerator/denominator checks."""
    read = with_ocr_slips_read(report.match, report.start, report.end)
    if read is not report.match:  # a number with an OCR slip (7O%, 6l.5%) read as its digits
        report = dataclasses.replace(report, match=read)
    ctx = report_context(report)
    items = describe_all(ctx, candidate_tokens(ctx))
    distribute(items, report.match)
    adverb_bound_over_list(items, report.match)
    items = one_value_each(items, report.match)
    rows = observation_rows(report, items)  # items come in token order: sorted by source_start
    return ExtractionResult(observations=rows, checks=numerator_denominator_checks(rows, report.match))
