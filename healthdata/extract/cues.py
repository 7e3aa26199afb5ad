"""The statement, comparator, link and population vocabularies in the forms extraction uses.

Built once from ``healthdata/vocab/statements.yaml`` and ``quantities.yaml``: word tuples sorted
longest first (for ``str.endswith``), compiled patterns, and the small text tests built on them —
whether a gap only joins two values of one list (:func:`group_gap`), where the link words before a
value start (:func:`links_end`), where a value's subject starts (:func:`subject_start`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from healthdata.extract.numbers import quantity_vocab, statement_vocab, with_first_chars
from healthdata.extract.punctuation import LIST_JOINERS


RATE_UNITS = ("percent", "per_mille", "per_10k", "per_100k")


NOT_RATE = frozenset(("count", "yuan"))  # (a set: only ever asked whether a unit is one, once or more per value)


_JOINERS = LIST_JOINERS  # what joins two values of one list (see Cues.group_gap_rx)


_POPULATION_JOINERS = ","  # joins two values of one list only before a population (城区98%,农村95%)


SUBJECT_SKIP = " 、和及与,\u3000"  # what subject_start skips character by character
# words that open with a joiner's character, not skipped (及时 "timely": 及时调查率, 传染病及时报告率 after a list — the
# subject of 报告率100%,及时调查率98% is 及时调查率, not 时调查率)
SUBJECT_WORDS_OPENING_WITH_A_JOINER = ("及时",)


# skipped between a comparator word and the value; also the head a rule's amount is paid per (财政补助标准不低于每人每年
# 700元: the floor is the amount's), and a verb of having or making up (约有15%的患者, 约占门诊量的30%, 不足有3成)
# ... and a control quota a level is held against, named between the comparator and its level (低于省定控制指标(35/10万),
# 低于县控指标(12.5‰)): a quota of control is a ceiling, which a level below it meets.  (Not a benchmark named only by who
# set it, 高于省定95%的要求 / 低于县定65%的目标: whether it is a floor or a ceiling the comparison word does not say —
# a level can fall short of it.)
CMP_SKIP = ("达到", "达", "为", "在", "到", "了", "分别", "每人每年", "每人", "有", "占",
            "省定控制指标(", "省定控制指标", "市定控制指标(", "市定控制指标", "县定控制指标(", "县定控制指标",
            "控制指标(", "控制指标", "考核指标(", "考核指标",
            "县控指标(", "县控指标", "市控指标(", "市控指标", "省控指标(", "省控指标",
            # the level a superior set, named between the bound and its value (超过省定80%的目标, 分别低于省定15‰和18‰)
            "省定的", "市定的", "县定的", "省定", "市定", "县定", "国家规定的", "国家规定")


_LINKS_TAIL_WINDOW = 24  # characters before a value in which trailing link words are stripped


def longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))  # ties in a fixed order: one pattern text each run


def words_rx(words) -> re.Pattern:
    """A pattern finding any of the plain ``words`` (the longest where several start at one place)."""
    return re.compile(grouped_alternation([(w, "") for w in longest_first(words)]))


def grouped_alternation(items) -> str:
    """An alternation of ``items`` ((plain word, regex suffix) pairs, in the order they are to be tried)
    grouped by first character: 要(?:求达到|控制在)|预期(?:…) tries, at each place, only the words
    that start with its character, where a flat alternation tries every word in turn; the words of a
    group keep their order, so the same word matches at each place (no other group can)."""
    groups: dict[str, list[str]] = {}
    for w, suffix in items:
        groups.setdefault(w[0], []).append(re.escape(w[1:]) + suffix)
    return "|".join(re.escape(first) + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")") for first, rests in groups.items())


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
    policy_after_ratio: tuple[str, ...]  # policy words after a ratio only (按50%报销)
    target_adjacent: tuple[str, ...]
    target_after: tuple[str, ...]
    populations: tuple[str, ...]
    levels: tuple[str, ...]  # the levels of care or places a schedule splits a rate by (县内, 县外, 乡级, 县级医院)
    population_set: frozenset
    population_lengths: tuple[int, ...]
    rate_nouns: tuple[str, ...]
    implicit_nouns: tuple[str, ...]
    completion_indicator: str
    plan_title: re.Pattern
    summary_title: re.Pattern
    completion_adjacent: tuple[str, ...]
    completion_of_rx: re.Pattern  # a share of a task right before the value (完成…任务的), up to the end ($)
    own_cue_rx: re.Pattern
    frequency_rx: re.Pattern
    frequency_longest: int  # the length of the longest frequency marker
    links_tail_last: frozenset  # the characters trailing link words (and spaces, newlines) end with
    links_tail_rx: re.Pattern  # trailing link words and spaces, up to the end ($)
    clause_cue_last: frozenset  # the characters policy, change and adjacent target words end with
    after_cue_first: frozenset  # the characters the policy and target words after a value start with
    period_rx: re.Pattern
    period_word_rx: re.Pattern  # finds a word one of which every period expression holds
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
    c_after = tuple((w, op) for op, ws in v["comparator_after"].items() for w in longest_first(ws))
    c_before = tuple(sorted(((w, op) for op, ws in v["comparator_before"].items() for w in ws), key=lambda x: -len(x[0])))
    links = longest_first(v["value_links"])
    populations = longest_first(v["populations"])
    levels = longest_first(v["measured_ratio"]["care_levels"])
    # (a list item names its population or, in a schedule, its level of care: 城区98、农村95; 县内65、县外45)
    qualifiers = longest_first(populations + levels)
    alternation = lambda ws: grouped_alternation([(w, "") for w in ws])  # noqa: E731  (in their order)
    return Cues(
        down=longest_first(c["change"]["down"]),
        up=longest_first(c["change"]["up"]),
        change_words=longest_first(c["change"]["down"] + c["change"]["up"]),
        policy=longest_first(c["policy"]),
        policy_after=longest_first(c["policy_after"]),
        policy_after_ratio=longest_first(c["policy_after_ratio"]),
        target_adjacent=longest_first(c["target_adjacent"]),
        target_after=longest_first(c["target_after"]),
        populations=populations,
        levels=levels,
        population_set=frozenset(v["populations"]),
        population_lengths=tuple(sorted({len(w) for w in v["populations"]}, reverse=True)),
        rate_nouns=longest_first(q["rate_nouns"]),
        implicit_nouns=longest_first(q["implicit_count_nouns"]),
        completion_indicator=v["completion_indicator"],
        plan_title=re.compile(v["plan_title"]),
        summary_title=re.compile(v["summary_title"]),
        completion_adjacent=longest_first(c["completion_adjacent"]),
        completion_of_rx=re.compile(c["completion_of"]),
        own_cue_rx=words_rx(c["change"]["down"] + c["change"]["up"] + c["completion"] + c["policy"] + c["target"] + v["subject_links"]),
        frequency_rx=words_rx(q["frequency_markers"]),
        frequency_longest=max(map(len, q["frequency_markers"])),
        links_tail_last=frozenset(w[-1] for w in (" ", "\u3000", "\n") + links),
        links_tail_rx=with_first_chars(f"(?:[ \u3000]|{alternation(links)}|{v['value_link_spans']['pattern']})+$",
                                       " \u3000" + "".join(w[0] for w in links) + v["value_link_spans"]["first_chars"]),
        clause_cue_last=frozenset(w[-1] for ws in (c["policy"], c["change"]["down"], c["change"]["up"], c["target_adjacent"]) for w in ws),
        after_cue_first=frozenset(w[0] for w in c["policy_after"] + c["policy_after_ratio"] + c["target_after"]),
        period_rx=with_first_chars("|".join(f"(?:{p})" for p in v["period_patterns"]), v["period_first_chars"]),
        period_word_rx=words_rx(v["period_words"]),
        cmp_after_rx=re.compile(alternation(w for w, _ in c_after)),
        cmp_after_first=frozenset(w[0] for w, _ in c_after),
        cmp_after_op=_first_ops(c_after),
        cmp_before_op=_first_ops(c_before),
        cmp_before_words=tuple(w for w, _ in c_before),
        cmp_before_lengths=tuple(sorted({len(w) for w, _ in c_before}, reverse=True)),
        cmp_before_last=frozenset(w[-1] for w in [w for w, _ in c_before] + list(CMP_SKIP)),
        group_gap_rx=re.compile(rf"\s*(?:[{_JOINERS}]\s*(?:(?:{alternation(qualifiers)})\s*)?|[{_POPULATION_JOINERS}]\s*(?:{alternation(qualifiers)})\s*)"
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
    m = c.links_tail_rx.search(match, lo if lo > hi - _LINKS_TAIL_WINDOW else hi - _LINKS_TAIL_WINDOW, hi)  # (max(), inlined: a call per value)
    return m.start() if m is not None else hi


def links_and_populations_end(match: str, lo: int, hi: int, c: Cues, levels: bool = False) -> int:
    """End of match[lo:hi] without trailing link words and population words, stripped in turn until none is left
    (``levels``: and the levels of care a schedule splits a rate by, 住院补偿比例县内65: the ratio's item for the county)."""
    prev = None
    while prev != hi:
        prev = hi
        hi = links_end(match, lo, hi, c)
        if match.endswith(c.populations, lo, hi):
            for k in c.population_lengths:
                if k <= hi - lo and match[hi - k : hi] in c.population_set:
                    hi -= k
                    break
        elif levels and match.endswith(c.levels, lo, hi):
            hi -= next(len(w) for w in c.levels if match.endswith(w, lo, hi))
    return hi


def subject_start(match: str, lo: int, hi: int, c: Cues) -> int:
    """Start of the subject in match[lo:hi]: what closes the previous value (以上、, 左右,) and joiners skipped."""
    if lo < hi and match[lo] not in SUBJECT_SKIP and match[lo] not in c.cmp_after_first:
        return lo  # nothing to skip: neither a joiner nor the first character of a closing word
    after_rx = c.cmp_after_rx
    prev = None
    while prev != lo and lo < hi:
        prev = lo
        while lo < hi and match[lo] in SUBJECT_SKIP and not match.startswith(SUBJECT_WORDS_OPENING_WITH_A_JOINER, lo):
            lo += 1
        m = after_rx.match(match, lo)
        if m is not None:
            lo = m.end()
    return lo


def last_match_before(rx: re.Pattern, match: str, spans: list[tuple[int, int]], ends: list[int], p: int) -> tuple[int, int] | None:
    """The span of the last match of ``rx`` in match[lo:p], None for none, given the ``spans`` (and
    their ``ends``, increasing) of a scan ``rx.finditer(match, lo, hi)`` with ``p <= hi``.

    For a pattern without anchors, look-behinds, negative look-aheads or word boundaries, a scan up to
    ``p`` finds the same matches as the longer scan up to the first of them that reaches past ``p``
    (found by bisection, so a stretch holding thousands of matches is not walked for every ``p``);
    from that match's start on, the scan is redone up to ``p``.
    """
    k = bisect.bisect_right(ends, p)  # spans[:k] end by p
    last = spans[k - 1] if k else None
    if k < len(spans) and spans[k][0] < p:
        for x in rx.finditer(match, spans[k][0], p):
            last = x.span()
    return last
