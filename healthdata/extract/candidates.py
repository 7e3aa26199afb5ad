"""Candidate values of a report: numbers with units (:mod:`healthdata.extract.numbers`), values in
tables with a unit column (:mod:`healthdata.extract.tables`), cases per a written population,
unit-less rates after a rate noun or in a block that drops %, unit-less changes beside a rate, and
counts whose measure word is dropped — in order of start, without overlaps.
"""
from __future__ import annotations

import bisect
import operator
import re
from functools import lru_cache

import numpy as np

from healthdata.extract.comparator import adverb_bound
from healthdata.extract.context import Context, clause_start, sentence_span
from healthdata.extract.cues import RATE_UNITS, group_gap, links_and_populations_end, links_end
from healthdata.extract.linking import without_decrease_verb
from healthdata.extract.statement import from_to_gap
from healthdata.extract.numbers import (WAN_YI, NumberToken, bare_numbers, minus_chars, parse_number, per_population_tokens, rate_base_before_tokens, quantity_vocab, signed_start,
                                        trie_alternation, unit_tokens)
from healthdata.extract.tables import table_values
from healthdata.vocab import load_yaml


@lru_cache(maxsize=1)
def _top_headings() -> tuple[re.Pattern, re.Pattern]:
    """(a top-level heading (一、) at a position, one after a newline): the level-1 heading pattern of
    sections.yaml, the one definition of heading enumerators (the second is found by a literal scan)."""
    level1 = next(h["pattern"] for h in load_yaml("sections.yaml")["heading_levels"] if h["level"] == 1).lstrip("^")
    return re.compile(level1), re.compile(rf"\n(?:{level1})")


def implicit_rate_spans(ctx: Context, bare: list[tuple[int, int]], rate_ends: list[int] | None = None) -> list[tuple[int, int]]:
    """Bare numbers right after a rate noun (参合率97以上, 围产儿死亡率1.97), a zero after a rate noun and
    a verb of decrease (发病率降为0), the new level of a from→to pair whose first value is a rate
    (由上年的19.8/10万下降为0: ``rate_ends``, the ends of the rate tokens, sorted), the next item of a list whose
    item before writes its rate sign (城市100%、农村95以上), and the values joined to them."""
    m, c = ctx.match, ctx.cues
    hits: list[tuple[int, int]] = []
    rate_ends = rate_ends or []
    for s, e in bare:
        if _DIGITS_AFTER_SPACE.match(m, e) is not None:
            continue  # a number a site spaced apart (直报率保持 1 00%): its first digits are no value of their own
        lo = clause_start(ctx, s)
        end = links_and_populations_end(m, lo, s, c, levels=True)
        if m.endswith(c.rate_nouns, lo, end) or is_zero(m, s, e) and m.endswith(c.rate_nouns, lo, without_decrease_verb(m, lo, end)):
            hits.append((s, e))
        elif (k := bisect.bisect_right(rate_ends, s)) and s - rate_ends[k - 1] <= _PAIR_GAP and (
                from_to_gap(m, rate_ends[k - 1], s) or group_gap(m, rate_ends[k - 1], s)):
            # (... or the next item of a list whose first item writes the rate sign: 住院分娩率城市100%、农村95以上)
            hits.append((s, e))
        elif hits and sentence_span(ctx, hits[-1][0]) is sentence_span(ctx, s) and group_gap(m, hits[-1][1], s):
            hits.append((s, e))
    return hits


_DIGITS_AFTER_SPACE = re.compile(r"[ \t\u3000][0-9]{1,3}[%‰]")  # the rest of a spaced-apart rate right after a bare number
_PAIR_GAP = 14  # the most characters between the two values of a from→to pair (下降为, 降至, 下降到2020年的)


def is_zero(m: str, s: int, e: int) -> bool:
    """Whether m[s:e] is a zero (0, 0.0)."""
    return not m[s:e].strip("0. ")


def heading_starts(match: str, lo: int, hi: int) -> list[int]:
    """Starts of the numbered headings (一、) in match[lo:hi] (a line start is ``lo`` at the text's start or after a newline)."""
    at, after_newline = _top_headings()
    out = []
    if (lo == 0 or match[lo - 1] == "\n") and at.match(match, lo, hi):
        out.append(lo)
    out.extend(m.start() + 1 for m in after_newline.finditer(match, lo, hi))
    return out


_UNITLESS_RANGE_LOW = re.compile(r"(?<![0-9.])[0-9]{1,3}(?:\.[0-9]+)?$")


def unitless_range_low(m: str, lo: int, s: int) -> int | None:
    """The start of a range's lower end written right before a unit-less rate at ``s`` with a range joiner (a dash or
    tilde) between (基金使用率80-90: 80 to 90), where the lower end is smaller; else None."""
    if s - 2 < lo or m[s - 1] not in _UNITLESS_RANGE_JOINERS or not m[s - 2].isdigit():
        return None
    x = _UNITLESS_RANGE_LOW.search(m, max(lo, s - 8), s - 1)
    if x is None or x.start() <= lo or not "\u4e00" <= m[x.start() - 1] <= "\u9fff" or m[x.start()] == "0" or m[s] == "0":
        return None  # (a rate's name right before the lower end, no leading zero: not a date, 2031-01-05)
    hi_end = s
    while hi_end < len(m) and (m[hi_end].isdigit() or m[hi_end] == "."):
        hi_end += 1
    try:
        return x.start() if float(x.group()) < float(m[s:hi_end]) else None
    except ValueError:
        return None


_UNITLESS_RANGE_JOINERS = "-—–~～"  # (quantities.yaml range_joiners without 至/到: a from→to pair writes those)


def unit_dropping_spans(match: str, lo: int, hi: int, bare: list[tuple[int, int]], hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """In a block where the author drops % (>= N unit-less rates), other bare numbers <= 100 are rates too.

    ``bare`` and ``hits`` (a subset of it) are sorted by start; blocks run from heading to heading.  A zero
    (麻疹发病率为0，孕产妇死亡率为0) is written without a unit by every author, so it tells nothing of a habit of dropping %:
    zeros do not count towards the block's hits.
    """
    need = int(quantity_vocab()["unit_dropping_min_hits"])
    if len(hits) < need:
        return []  # no block can hold enough
    hit_starts = [s for s, e in hits if not is_zero(match, s, e)]
    if len(hit_starts) < need:
        return []
    starts = [lo] + heading_starts(match, lo, hi) + [hi]
    bare_starts = [s for s, _ in bare]
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


def unitless_change(ctx: Context, rate_starts: list[int], s: int, e: int) -> bool:
    """Whether a bare number right after a change word (同比下降18.6) is a change in percent: it has
    decimals, or a rate stands before it in its sentence (发病率12.5/10万,同比下降8; ``rate_starts``:
    the starts of the rates, increasing)."""
    if "." in ctx.match[s:e]:
        return True
    k = bisect.bisect_left(rate_starts, s)
    return k > 0 and rate_starts[k - 1] >= sentence_span(ctx, s)[0]


@lru_cache(maxsize=1)
def _not_counts() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    v = quantity_vocab()["not_counts"]
    return re.compile(v["negated_one"]), re.compile(v["affairs_after"]), re.compile(v["one_per_load_after"]), re.compile(v["site_counter_after"])


@lru_cache(maxsize=1)
def _single_occurrence() -> tuple[re.Pattern, re.Pattern]:
    """(what a single occurrence costs, after the "one" and its measure word; the top of a scheme's payments before it:
    quantities.yaml not_counts one_occurrence_cost_after, one_top_case_before)."""
    v = quantity_vocab()["not_counts"]
    return re.compile(v["one_occurrence_cost_after"]), re.compile(v["one_top_case_before"])


@lru_cache(maxsize=1)
def _furniture_counts() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a site's counter word before a count in 次, a print run's words before a count in 份, a figure of speech after 一份:
    quantities.yaml not_counts)."""
    v = quantity_vocab()["not_counts"]
    return re.compile(v["site_counter_before"]), re.compile(v["print_run_before"]), re.compile(v["one_figure_after"])


_FURNITURE_LOOKBACK = 10  # the most characters of a counter's or print run's words and spaces before the count


_ONE = frozenset(("一", "1"))


_RATE_BASES = frozenset((100.0, 1000.0, 10000.0, 100000.0, 1000000.0))


def is_rate_base(t: NumberToken) -> bool:
    """Whether a count is a round power of ten a rate can be defined per (100, 1000, 1万, 10万, 100万)."""
    v = parse_number(t.num_text)
    return v is not None and v * t.multiplier in _RATE_BASES


def without_non_counts(m: str, toks: list[NumberToken]) -> list[NumberToken]:
    """``toks`` without the counts that count nothing measured (quantities.yaml not_counts): the base a rate is defined
    per, after 每 (每10万名活产); a "one"
    after a negation (无一人: none) or that a load is set per (一名村医要服务近千人: a ratio's divisor), and
    affairs counted with 件 (三件事, 十件民生实事: a list of aims)."""
    negated, affairs, per_load, site_counter = _not_counts()
    cost, top_case = _single_occurrence()
    out = []
    for t in toks:
        if t.unit == "count" and t.start > 0 and m[t.start - 1] == "每" and is_rate_base(t):
            continue  # the base a rate is defined per (指每10万名活产中的死亡数, 每1000名出生): no count
        if t.unit == "count" and (
                t.num_text.strip() in _ONE and (negated.search(m, max(0, t.start - 3), t.start) is not None  # (the pattern ends in $: the negation right before it)
                                                or per_load.match(m, t.end, t.end + 12) is not None
                                                or cost.match(m, t.end, t.end + 8) is not None
                                                or top_case.search(m, max(0, t.start - 3), t.start) is not None)
                or t.count_unit == "件" and affairs.match(m, t.end, t.end + 12) is not None
                or site_counter.match(m, t.end, t.end + 4) is not None):
            continue
        if t.unit == "count" and (t.count_unit == "次" or t.count_unit == "份") and furniture_count(m, t):
            continue
        out.append(t)
    return out


def furniture_count(m: str, t: NumberToken) -> bool:
    """Whether a count in 次 or 份 is a site's counter (浏览 73 次), a print run (共印30份) or a figure of speech (交出了一份
    成绩单): quantities.yaml not_counts."""
    counter, print_run, figure = _furniture_counts()
    lo = max(0, t.start - _FURNITURE_LOOKBACK)
    if t.count_unit == "次":
        return counter.search(m, lo, t.start) is not None
    return print_run.search(m, lo, t.start) is not None or t.num_text == "一" and figure.match(m, t.end, t.end + 12) is not None


@lru_cache(maxsize=1)
def _unit_notation() -> tuple[re.Pattern, re.Pattern]:
    v = quantity_vocab()["unit_notation"]
    return re.compile(v["before"]), re.compile(v["bracket_after"])


_UNIT_NOTATION_LOOKBACK = 6  # the most characters of an opening bracket or 单位为 before the "1" (单位 为 1/10万)


def without_unit_notations(m: str, toks: list[NumberToken]) -> list[NumberToken]:
    """``toks`` without the rate units written as one per their base that name a unit, not a value (quantities.yaml
    unit_notation): in brackets after a column's name (发病率（1/10万）) or after 单位为 in a note (单位为1/10万)."""
    before, bracket_after = _unit_notation()
    out = []
    for t in toks:
        if t.num_text == "1" and t.unit in _RATE_UNIT_SET and t.range_role is None and m[t.end - 1] not in "%‰":
            x = before.search(m, max(0, t.start - _UNIT_NOTATION_LOOKBACK), t.start)
            if x is not None and ("单位" in x.group() or bracket_after.match(m, t.end) is not None):
                continue
        out.append(t)
    return out


def without_band_limits(m: str, toks: list[NumberToken]) -> list[NumberToken]:
    """``toks`` without the limits of a cost band a scheme pays a share of (quantities.yaml band_limit_after: 5万—10万元部分
    报销70%, 10万元以上部分): an amount followed by 部分, and the lower end of its range right before it; not a threshold
    passed (超过1.2万元以上部分)."""
    if "部分" not in m:
        return toks
    band, passed = _band_limit_rx(), tuple(quantity_vocab()["band_limit_not_after"])
    drop: set[int] = set()
    for k, t in enumerate(toks):
        if t.unit != "yuan" or band.match(m, t.end) is None or m.endswith(passed, max(0, t.start - 4), t.start):
            continue
        drop.add(k)
        if k and toks[k - 1].unit == "yuan" and (toks[k - 1].range_role == "low" or
                                                m[toks[k - 1].end:t.start].strip(" \t") in _RANGE_JOINER_SET):
            drop.add(k - 1)
    return [t for k, t in enumerate(toks) if k not in drop] if drop else toks


_RANGE_JOINER_SET = frozenset(quantity_vocab()["range_joiners"])


@lru_cache(maxsize=1)
def _band_limit_rx() -> re.Pattern:
    return re.compile(quantity_vocab()["band_limit_after"])


def without_frequencies(ctx: Context, toks: list[NumberToken]) -> list[NumberToken]:
    """``toks`` without the counts of 次 written in words after a frequency marker in their clause (每月进行一次
    监测 says how often, not how many).  A count written in digits is a number the text states (每季度召开1次例会,
    每年可享受4次免费随访, 每月至少举办2次讲座: how many times a rule or a plan requires or a service gives), as is
    one after a bound (每季度培训不少于1次).  Where no marker stands before one count of a clause, only the text
    after it (and a marker's length before) is searched for the next one, so a clause holding many
    counts is searched once."""
    m, c = ctx.match, ctx.cues
    search, back = c.frequency_rx.search, c.frequency_longest - 1
    clause, found, searched = -1, False, -1  # the clause searched, whether it holds a marker before ``searched``

    def after_marker(t: NumberToken) -> bool:
        nonlocal clause, found, searched
        cs = clause_start(ctx, t.start)
        if cs != clause or t.start < searched:
            clause, found, searched = cs, False, cs
        if not found:
            found = search(m, max(cs, searched - back), t.start) is not None
            searched = t.start
        return found

    bound = c.cmp_before_words  # a bound makes it a required number (每季度培训不少于1次): kept
    # (so does a bound adverb before the verb of the count: 每月至少进村两次, 每季度最少督查一次)
    return [t for t in toks if t.count_unit != "次" or _has_digit(t.num_text) or not after_marker(t)
            or ctx.match.endswith(bound, clause_start(ctx, t.start), t.start)
            or adverb_bound(m, clause_start(ctx, t.start), t.start) is not None]


_DIGITS = frozenset("0123456789")


def _has_digit(text: str) -> bool:
    """Whether ``text`` holds an Arabic digit (a number written in digits, not in words)."""
    return not _DIGITS.isdisjoint(text)


@lru_cache(maxsize=1)
def _people_after_multiplier() -> tuple[re.Pattern, re.Pattern, dict]:
    """(万/亿 followed by a noun for people, a number ending where the search ends, the multipliers)."""
    v = quantity_vocab()
    nouns = "|".join(re.escape(w) for w in sorted(v["people_after_multiplier"], key=len, reverse=True))
    return re.compile(rf"[万亿](?={nouns})"), re.compile(r"(?<![\d.])\d+(?:\.\d+)?$"), {k: float(x) for k, x in v["multipliers"].items()}


_WAN, _YI = ord("万"), ord("亿")  # the multipliers a count of people can be written with
_LONGEST_NUMBER = 16  # the most characters of a number a count of people is looked for in, before its 万/亿


def people_counts(m: str, lo: int, hi: int, codes: np.ndarray | None = None, flags: np.ndarray | None = None,
                  positions: list[int] | None = None) -> list[NumberToken]:
    """Counts of people written as a number with 万/亿 and a noun for people (26.8万农民: quantities.yaml
    people_after_multiplier), the measure word 人 understood: found from the multiplier, the number then
    read right before it.  ``codes``: the code points of m[lo:hi] when the caller has them; the
    multipliers are then found by comparing them (a regex search for a class of characters tests
    every character in turn), and the pattern is tried only where one stands (its matches are single
    characters: a scan finds every one of them)."""
    if m.find("万", lo, hi) < 0 and m.find("亿", lo, hi) < 0:
        return []
    mult_rx, number_rx, mults = _people_after_multiplier()
    if codes is None:
        found = mult_rx.finditer(m, lo, hi)
    else:
        rmatch = mult_rx.match
        at = multiplier_positions(lo, codes, flags) if positions is None else positions  # (``positions``: found by the caller)
        found = [x for p in at if (x := rmatch(m, p, hi)) is not None]
    out = []
    for x in found:
        p = x.start()
        num = number_rx.search(m, max(lo, p - _LONGEST_NUMBER), p)
        if num is not None:
            out.append(NumberToken(num.start(), x.end(), num.group(), mults[x.group()], "count", "人", False))
    return out


def multiplier_positions(lo: int, codes: np.ndarray, flags: np.ndarray | None = None) -> list[int]:
    """Where 万 or 亿 stands in the text whose code points from ``lo`` on are ``codes`` (``flags``: their char_flags when
    the caller has them): found by comparing the codes, not by a regex search testing every character in turn."""
    return ((((codes == _WAN) | (codes == _YI)) if flags is None else (flags & WAN_YI) != 0).nonzero()[0] + lo).tolist()


@lru_cache(maxsize=1)
def _measure_word_before() -> tuple[tuple[str, ...], frozenset]:
    """(the measure words a noun before a number can name, longest first; the characters a measure word or 余/多 after
    万/亿 starts with: quantities.yaml)."""
    v = quantity_vocab()
    after = {w[0] for w in list(v["count_units"]) + list(v["money_units"]) + list(v["people_after_multiplier"])} | set("余多")
    return tuple(sorted(v["measure_word_named_before"], key=len, reverse=True)), frozenset(after)


def counts_named_before(ctx: Context, positions: list[int]) -> list[NumberToken]:
    """Counts written as a number with 万/亿 and no measure word after it, where the noun right before the number
    (link words aside) ends with its measure word (总诊疗人次168.4万, 门诊人次达35.2万: quantities.yaml
    measure_word_named_before): a count in that measure word, its quote the number and its multiplier.  ``positions``:
    where 万 and 亿 stand in the report (:func:`multiplier_positions`)."""
    m, lo, hi = ctx.match, ctx.lo, ctx.hi
    words, after_first = _measure_word_before()
    _, number_rx, mults = _people_after_multiplier()
    out = []
    for p in positions:
        if p + 1 < hi and m[p + 1] in after_first or p == lo or not m[p - 1].isdigit():
            continue  # a measure word, money or people after it: a count of its own (168.4万人次, 3万元); or no number before it
        num = number_rx.search(m, max(lo, p - _LONGEST_NUMBER), p)
        if num is None:
            continue
        noun_end = links_end(m, max(lo, num.start() - _LINKS_BACK), num.start(), ctx.cues)
        if noun_end > lo and m.endswith(ctx.cues.cmp_before_words, lo, noun_end):
            # (a bound between the noun and its number: 60岁以上人口超过2400万, 流入人口已超过45万, 常住人口约52万; not a
            # bounded size that describes what follows, 人口超过30万的镇街: a class of places, no count)
            if m.startswith("的", p + 1):
                continue
            k = next(len(w) for w in ctx.cues.cmp_before_words if m.endswith(w, lo, noun_end))
            noun_end -= k
            noun_end -= 2 if m.endswith("已经", lo, noun_end) else 1 if m.endswith("已", lo, noun_end) else 0  # (已超过: reached)
            noun_end = links_end(m, max(lo, noun_end - _LINKS_BACK), noun_end, ctx.cues)
        for w in words:
            if m.endswith(w, lo, noun_end):
                out.append(NumberToken(num.start(), p + 1, num.group(), mults[m[p]], "count", w, False))
                break
        else:
            if m.endswith(_people_named_before(), lo, noun_end):  # (覆盖农业人口91.6万: people, 人 understood)
                out.append(NumberToken(num.start(), p + 1, num.group(), mults[m[p]], "count", "人", False))
    return out


@lru_cache(maxsize=1)
def _people_named_before() -> tuple[str, ...]:
    return tuple(quantity_vocab()["people_named_before"])


def approximate_before_multiplier(m: str, lo: int, hi: int, positions: list[int]) -> list[NumberToken]:
    """Amounts and counts written with 余/多 between the number and its multiplier (赔付1 280多万元, 救治5.6万余人次 is
    read by the unit regex; 1.1亿多元 too): the number, 余/多, 万/亿 and the measure word or 元, approximate.
    ``positions``: where 万 and 亿 stand (:func:`multiplier_positions`); only those after 余/多 are tried."""
    out = []
    for p in positions:
        if p - 1 > lo and m[p - 1] in "余多":
            num = _people_after_multiplier()[1].search(m, max(lo, p - 1 - _LONGEST_NUMBER), p - 1)
            x = _approx_multiplier_rx().match(m, num.start(), hi) if num is not None else None
            if x is not None:
                unit = "yuan" if x.group("unit") in quantity_vocab()["money_units"] else "count"
                mult = float(quantity_vocab()["multipliers"][x.group("mult")])
                out.append(NumberToken(x.start(), x.end(), x.group("num"), mult, unit, x.group("unit"), True))
    return out


@lru_cache(maxsize=1)
def _approx_multiplier_rx() -> re.Pattern:
    v = quantity_vocab()
    units = trie_alternation(list(v["count_units"]) + list(v["money_units"]))
    return re.compile(rf"(?P<num>[0-9]+(?:\.[0-9]+)?)[余多](?P<mult>[万亿])(?P<unit>{units})")


@lru_cache(maxsize=1)
def _days() -> frozenset:
    """The unit cells of days (quantities.yaml table_unit_cells_of_days): the rows under them are lengths of stay."""
    return frozenset(quantity_vocab()["table_unit_cells_of_days"])


_LINKS_BACK = 12  # the most characters of link words (达到, 为, 累计达) looked at between a noun and its number


_LIST_JOINERS = frozenset("和、及与")
_LISTED_UNITS = RATE_UNITS + ("percentage_points",)
_RATE_UNIT_SET = frozenset(RATE_UNITS)  # (for the membership test of every token: a tuple compares each unit in turn)


def unit_from_next_in_list(m: str, bare: list[tuple[int, int]], toks: list[NumberToken]) -> dict[int, NumberToken]:
    """Bare numbers written before a list joiner and a rate with its unit (分别提高0.6和1.1个百分点, 达到
    85和90%): the unit is written once, after the last value; each such number takes it (start -> its token).
    ``bare`` and ``toks`` are sorted by start."""
    out: dict[int, NumberToken] = {}
    if not bare or not toks:
        return out
    starts = [t.start for t in toks]
    for s, e in bare:
        if e < len(m) and m[e] in _LIST_JOINERS:
            k = bisect.bisect_left(starts, e + 1)
            if k < len(toks) and starts[k] == e + 1 and toks[k].unit in _LISTED_UNITS and toks[k].range_role is None:
                t = toks[k]
                out[s] = NumberToken(s, e, m[s:e], t.multiplier, t.unit, None, False, unit_implicit=True)
    return out


def points_written_once(m: str, toks: list[NumberToken]) -> None:
    """Counts in 个 written before a list joiner and a change in percentage points whose 个百分点 ends
    the list (分别提高1.3个和0.9个百分点: the author writes 个 each time and 百分点 once): each is a
    change in points too, its quote the number and its 个.  ``toks`` sorted by start, replaced in place."""
    for k in range(len(toks) - 1):
        t, nxt = toks[k], toks[k + 1]
        if (t.unit == "count" and t.count_unit == "个" and m[t.end - 1] == "个" and t.end < len(m)
                and m[t.end] in _LIST_JOINERS and nxt.start == t.end + 1 and nxt.unit == "percentage_points"
                and nxt.range_role is None):
            toks[k] = NumberToken(t.start, t.end, t.num_text, nxt.multiplier, nxt.unit, None, False, unit_implicit=True)


def sort_by_start_longest_first(toks: list[NumberToken]) -> None:
    """Sort ``toks`` in place by start, the longest first among those starting together (the same
    order as sorting by (start, -end): two stable sorts by C-level keys, no Python key function)."""
    toks.sort(key=operator.itemgetter(1), reverse=True)
    toks.sort(key=operator.itemgetter(0))


def table_rates_with_own_unit(ctx: Context, toks: list[NumberToken]) -> None:
    """A rate written with its sign in a table's cell (乡镇卫生院 | 150 | 85% under 报销比例) is the row's value in
    its column: its subject the row's first cell, its column's header (naming the indicator where the row names a
    place or level) and how the header says it is stated, kept in ``ctx`` as for a table value."""
    from healthdata.extract.tables import own_unit_cells

    cells = own_unit_cells(ctx.match, ctx.lo, ctx.hi)
    if not cells:
        return
    starts = {t.start: t for t in toks if t.unit in RATE_UNITS}
    for (a, b), subject, header, statement in cells:
        for s in range(a, b):
            if s in starts and starts[s].end <= b:
                ctx.table_subjects.setdefault(s, subject)
                if header is not None:
                    ctx.table_headers.setdefault(s, header)
                if statement is not None:
                    ctx.table_statements.setdefault(s, statement)
                break


def without_bases(m: str, lo: int, toks: list[NumberToken]) -> list[NumberToken]:
    """``toks`` without the counts written right after 每 (maybe after spaces): the base a rate or a density is given per
    (发病率每10万人口30, ICU床位每10万人口3.1张, 每3万人口1辆救护车), which counts no one."""
    out = []
    for t in toks:
        if t.unit == "count":
            i = t.start
            while i > lo and m[i - 1] in " \u3000":
                i -= 1
            if i > lo and m[i - 1] == "每":
                continue
        out.append(t)
    return out


def candidate_tokens(ctx: Context) -> list[NumberToken]:
    """All value tokens of the report in order of start, without overlaps: numbers with units (not
    frequencies like 每年2次), unit-less rates found by context (unit ``?rate``) and unit-less counts."""
    m, lo, hi, c = ctx.match, ctx.lo, ctx.hi, ctx.cues
    toks = without_band_limits(m, without_non_counts(m, without_frequencies(ctx, unit_tokens(m, lo, hi, ctx.codes, ctx.flags))))
    toks = without_unit_notations(m, toks)
    toks += per_population_tokens(m, lo, hi)
    based = rate_base_before_tokens(m, lo, hi)  # (发病率每十万人口38.6)
    if based:  # (… its cases, 例, no count of their own: 发病率为每万人口4.6例)
        toks = [t for t in toks if not any(b.start <= t.start < b.end for b in based)] + based
    wan = multiplier_positions(lo, ctx.codes, ctx.flags)
    people = (people_counts(m, lo, hi, ctx.codes, ctx.flags, wan) + counts_named_before(ctx, wan)
              + approximate_before_multiplier(m, lo, hi, wan))
    toks += people
    if m.find("每", lo, hi) >= 0:
        toks = without_bases(m, lo, toks)
    unit_cells: list[tuple[int, int]] = []
    tables = table_values(m, lo, hi, unit_cells)
    if unit_cells:  # a table cell holding only a unit (1/10万 under 单位) names the unit of its row
        toks = [t for t in toks if not any(a <= t.start < b for a, b in unit_cells)]
    for tv in tables:
        if tv.token.count_unit in _days():
            continue  # a length of stay under a unit cell of days (平均住院日 | 日 | 9.2): a mean, no count (quantities.yaml)
        toks.append(tv.token)
        ctx.table_subjects[tv.token.start] = tv.subject
        if tv.statement is not None:
            ctx.table_statements[tv.token.start] = tv.statement
        if tv.comparator is not None:
            ctx.table_comparators[tv.token.start] = tv.comparator
        if tv.header is not None:
            ctx.table_headers[tv.token.start] = tv.header
    if tables or m.find("|", lo, hi) >= 0 or m.find("\t", lo, hi) >= 0:  # (str.find: the report is not copied)
        table_rates_with_own_unit(ctx, toks)
    if len(toks) > 1 and (tables or people or toks[-1].start < toks[-2].start):
        sort_by_start_longest_first(toks)
    points_written_once(m, toks)
    bare = bare_numbers(m, lo, hi, exclude=toks, codes=ctx.codes, flags=ctx.flags)
    listed = unit_from_next_in_list(m, bare, toks)
    if listed:
        bare = [b for b in bare if b[0] not in listed]
        toks.extend(listed.values())
        sort_by_start_longest_first(toks)
    hits = implicit_rate_spans(ctx, bare, sorted(t.end for t in toks if t.unit in _RATE_UNIT_SET))
    implicit_rates = set()
    for s, e in sorted(hits + unit_dropping_spans(m, lo, hi, bare, hits)):
        low = unitless_range_low(m, lo, s)
        if low is not None:  # a range with its unit dropped (基金使用率80-90 in a target list): a floor and a ceiling
            toks.append(NumberToken(low, s - 1, m[low : s - 1], 1.0, "?rate", None, False, unit_implicit=True, range_role="low"))
            toks.append(NumberToken(s, e, m[s:e], 1.0, "?rate", None, False, unit_implicit=True, range_role="high"))
        else:
            toks.append(NumberToken(s, e, m[s:e], 1.0, "?rate", None, False, unit_implicit=True))
        implicit_rates.add(s)
    rate_starts = sorted([t.start for t in toks if t.unit in _RATE_UNIT_SET])
    last_change_end = -1  # the end of the last unit-less change: the values joined to it are changes too
    for s, e in bare:
        if s in implicit_rates:
            continue
        if m.startswith(c.implicit_nouns, e):
            toks.append(NumberToken(s, e, m[s:e], 1.0, "count", None, False, unit_implicit=True))
        elif (m.endswith(c.change_words, lo if lo > s - 8 else s - 8, s) and unitless_change(ctx, rate_starts, s, e)
              or last_change_end > 0 and group_gap(m, last_change_end, s) and "." in m[s:e]):
            # (a distributive list of changes: 分别较上年下降1.1和0.9, the second value joined to the first)
            toks.append(NumberToken(s, e, m[s:e], 1.0, "?change", None, False, unit_implicit=True))
            last_change_end = e
    starts = [t.start for t in toks]
    if any(map(operator.ge, starts, starts[1:])):  # else already in (start, -end) order
        sort_by_start_longest_first(toks)
    out: list[NumberToken] = []
    minus = minus_chars()  # (signed_start's first test: most values have no minus before them)
    for t in toks:
        if out and t.start < out[-1].end:
            continue
        if t.start > lo and m[t.start - 1] in minus and (s := signed_start(m, t.start, lo)) != t.start and not (out and s < out[-1].end):
            for table in (ctx.table_subjects, ctx.table_statements, ctx.table_comparators, ctx.table_headers):
                if t.start in table:  # a table cell's signed value (-4.2% under 同比): its column's reading moves with its start
                    table[s] = table.pop(t.start)
            t = t._replace(start=s, num_text=m[s] + t.num_text)  # a negative value: the sign is part of it
        out.append(t)
    return out
