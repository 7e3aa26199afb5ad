"""Every stated value in a report as a traceable observation row.

``extract_report(report)`` finds numbers with units (rates, counts, money), unit-less rates in
target lists, masked numbers, and describes each one: which indicator it measures (catalog
linking in :mod:`healthdata.normalize.indicators`), for which population, whether it is an
achieved level, a target, a change, progress against a task or a policy rule, how it compares
(=, >=, <=, ~) and the period the sentence names.  Cue words come from
``healthdata/vocab/statements.yaml``; units and number words from ``quantities.yaml``.

Matching happens on ``report.match`` (Simplified, halfwidth, paraphrases folded, same length
as the raw text); offsets and quotes are taken from ``report.text``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from healthdata.extract.checks import numerator_denominator_checks
from healthdata.extract.numbers import (
    NumberToken,
    _mask_set as _mask_chars,
    fast_scanning,
    bare_numbers,
    parse_number,
    quantity_vocab,
    statement_vocab,
    unit_tokens,
)
from healthdata.normalize.indicators import alias_table, indicator_mentions, indicator_unit, link_in_span, population_in, resolve_mention
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


def _heading_starts(match: str, lo: int, hi: int) -> list[int]:
    """``[m.start() for m in HEADING.finditer(match, lo, hi)]``: a line start is the text's start or follows a newline."""
    out = []
    if (lo == 0 or match[lo - 1] == "\n") and HEADING.match(match, lo, hi):
        out.append(lo)
    out.extend(m.start() + 1 for m in _HEADING_AFTER_NL.finditer(match, lo, hi))
    return out
SUMMARY_TITLE = re.compile(r"总结|汇报|报告")


@dataclass
class ExtractionResult:
    observations: list[dict] = field(default_factory=list)
    checks: list[dict] = field(default_factory=list)


# ---------------------------------------------------------------- vocabulary helpers
@lru_cache(maxsize=1)
def _cues() -> dict:
    v = statement_vocab()
    c = v["statement_cues"]
    by_len = lambda ws: tuple(sorted(set(ws), key=len, reverse=True))  # noqa: E731
    c_after = tuple((w, op) for op, ws in v["comparator_after"].items() for w in by_len(ws))
    c_before = tuple(sorted(((w, op) for op, ws in v["comparator_before"].items() for w in ws), key=lambda x: -len(x[0])))
    return {
        "down": by_len(c["change"]["down"]),
        "up": by_len(c["change"]["up"]),
        "completion": by_len(c["completion"]),
        "policy": by_len(c["policy"]),
        "policy_after": by_len(c["policy_after"]),
        "target": by_len(c["target"]),
        "target_local": by_len(c["target_local"]),
        "target_adjacent": by_len(c["target_adjacent"]),
        "target_after": by_len(c["target_after"]),
        "links": by_len(v["value_links"]),
        "populations": by_len(v["populations"]),
        "cmp_after": c_after,
        "cmp_before": c_before,
        "periods": tuple(re.compile(p) for p in v["period_patterns"]),
        "rate_nouns": by_len(quantity_vocab()["rate_nouns"]),
        "implicit_nouns": by_len(quantity_vocab()["implicit_count_nouns"]),
        "frequency": by_len(quantity_vocab()["frequency_markers"]),
        "plan_headings": re.compile("|".join(v["plan_headings"])),
        "subject_links": tuple(v["subject_links"]),
        "completion_indicator": v["completion_indicator"],
        "completion_rx": _words_rx(c["completion"]),
        "target_rx": _words_rx(c["target"]),
        "target_local_rx": _words_rx(c["target_local"]),
        "own_cue_rx": _words_rx(c["change"]["down"] + c["change"]["up"] + c["completion"] + c["policy"] + c["target"] + v["subject_links"]),
        "frequency_rx": _words_rx(quantity_vocab()["frequency_markers"]),
        "links_tail_words": (" ", "\u3000") + by_len(v["value_links"]),
        "links_tail_rx": re.compile("(?:[ \u3000]|" + "|".join(re.escape(w) for w in by_len(v["value_links"])) + ")+$"),
        "period_rx": re.compile("|".join(f"(?:{p})" for p in v["period_patterns"])),
        "period_rx_fast": fast_scanning("|".join(f"(?:{p})" for p in v["period_patterns"])),
        # fast forms of the word lists above (same answers as the loops they replace)
        "cmp_after_rx": re.compile("|".join(re.escape(w) for w, _ in c_after)),
        "cmp_after_op": _first_ops(c_after),
        "cmp_before_op": _first_ops(c_before),
        "cmp_before_words": tuple(w for w, _ in c_before),
        "cmp_before_lengths": tuple(sorted({len(w) for w, _ in c_before}, reverse=True)),
        "population_set": frozenset(v["populations"]),
        "population_lengths": tuple(sorted({len(w) for w in v["populations"]}, reverse=True)),
    }


def _first_ops(pairs) -> dict:
    """word -> comparator of its first (word, comparator) pair, as a loop over the pairs would find it."""
    out: dict = {}
    for w, op in pairs:
        out.setdefault(w, op)
    return out


def _longest_suffix(text: str, words, lengths: tuple[int, ...]) -> str | None:
    """The longest word of ``words`` (a set) that ``text`` ends with, or None."""
    n = len(text)
    for k in lengths:
        if k <= n and text[n - k :] in words:
            return text[n - k :]
    return None


def _words_rx(words) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


def _group_gap_regex() -> re.Pattern:
    c = _cues()
    pops = "|".join(re.escape(p) for p in c["populations"])
    links = "|".join(re.escape(w) for w in c["links"])
    return re.compile(rf"^\s*[和、及与,]\s*(?:(?:{pops})\s*)?(?:(?:{links})\s*)?$")


_GROUP_GAP = None


def group_gap(gap: str) -> bool:
    """True when the text between two values only joins them (85%和65%, 城区达98、农村达95)."""
    global _GROUP_GAP
    if _GROUP_GAP is None:
        _GROUP_GAP = _group_gap_regex()
    return bool(_GROUP_GAP.match(gap))


# ---------------------------------------------------------------- text geometry
@lru_cache(maxsize=4)
def _char_class(chars: str) -> re.Pattern:
    return re.compile("[" + re.escape(chars) + "]")


def _boundaries(match: str, lo: int, hi: int, chars: str) -> list[int]:
    """``[m.start() for m in _char_class(chars).finditer(match, lo, hi)]``, from the lengths of the
    pieces between the break characters (each break is one character; the sums run in C)."""
    pieces = _char_class(chars).split(match[lo:hi])
    pieces.pop()  # the piece after the last break
    pos = list(accumulate(map(_plus_one, map(len, pieces))))
    off = lo - 1
    return [p + off for p in pos] if off else pos


_plus_one = (1).__add__


@dataclass
class Geometry:
    match: str
    lo: int
    hi: int
    sent_breaks: list[int]
    clause_breaks: list[int]

    @classmethod
    def of(cls, match: str, lo: int, hi: int) -> "Geometry":
        return cls(match, lo, hi, _boundaries(match, lo, hi, SENTENCE_BREAKS), _boundaries(match, lo, hi, CLAUSE_BREAKS))

    def sentence(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_left(self.sent_breaks, pos)
        start = self.sent_breaks[k - 1] + 1 if k > 0 else self.lo
        end = self.sent_breaks[k] + 1 if k < len(self.sent_breaks) else self.hi
        if end > start and self.match[end - 1] == "\n":
            end -= 1
        return start, end

    def clause_start(self, pos: int) -> int:
        k = bisect.bisect_left(self.clause_breaks, pos)
        return self.clause_breaks[k - 1] + 1 if k > 0 else self.lo

    def clause_end(self, pos: int) -> int:
        k = bisect.bisect_left(self.clause_breaks, pos)
        return self.clause_breaks[k] if k < len(self.clause_breaks) else self.hi


def strip_links(text: str) -> str:
    """Drop trailing link words (达到, 为, 分别, 以上 …) and population words between a subject and its value."""
    c = _cues()
    if not text.endswith(c["links_tail_words"]) and not text.endswith("\n"):
        return text  # a match ends with one of them (or before a final newline, as $ allows): nothing to strip
    tail = text[-24:]
    m = c["links_tail_rx"].search(tail)
    return text[: len(text) - len(tail) + m.start()] if m else text


def strip_links_and_populations(text: str) -> str:
    c = _cues()
    words, lengths, pops = c["population_set"], c["population_lengths"], c["populations"]
    prev = None
    while prev != text:
        prev = text
        text = strip_links(text)
        if text.endswith(pops):
            text = text[: -len(_longest_suffix(text, words, lengths))]
    return text


# ---------------------------------------------------------------- candidate values
def _is_frequency(match: str, tok: NumberToken, geo: Geometry) -> bool:
    if tok.count_unit not in ("次",):
        return False
    return bool(_cues()["frequency_rx"].search(match, geo.clause_start(tok.start), tok.start))


def _overlaps(span: tuple[int, int], tokens: list[NumberToken], starts: list[int]) -> bool:
    k = bisect.bisect_left(starts, span[1])
    return any(t.start < span[1] and span[0] < t.end for t in tokens[max(0, k - 3) : k])


def implicit_rate_spans(match: str, geo: Geometry, bare: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Bare numbers right after a rate noun (参合率97以上, 围产儿死亡率1.97) and the values joined to them."""
    c = _cues()
    hits: list[tuple[int, int]] = []
    for s, e in bare:
        before = strip_links_and_populations(match[geo.clause_start(s) : s])
        if before.endswith(c["rate_nouns"]):
            hits.append((s, e))
            continue
        if hits and geo.sentence(hits[-1][0]) == geo.sentence(s) and group_gap(match[hits[-1][1] : s]):
            hits.append((s, e))
    return hits


def unit_dropping_spans(match: str, lo: int, hi: int, bare: list[tuple[int, int]], hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """In a block where the author drops % (>= N unit-less rates), other bare numbers <= 100 are rates too."""
    need = int(quantity_vocab()["unit_dropping_min_hits"])
    starts = [lo] + _heading_starts(match, lo, hi) + [hi]
    out = []
    hit_set = set(hits)
    for a, b in zip(starts, starts[1:]):
        inside = [h for h in hits if a <= h[0] < b]
        if len(inside) < need:
            continue
        for s, e in bare:
            if a <= s < b and (s, e) not in hit_set and float(match[s:e]) <= 100:
                out.append((s, e))
    return out


def implicit_count_spans(match: str, bare: list[tuple[int, int]]) -> list[tuple[int, int]]:
    nouns = _cues()["implicit_nouns"]
    return [(s, e) for s, e in bare if match.startswith(nouns, e)]


def candidate_tokens(report: ReportText, geo: Geometry) -> tuple[list[NumberToken], set[int]]:
    """All value tokens of the report, sorted; plus the starts of unit-less rates found by context."""
    m, lo, hi = report.match, report.start, report.end
    freq_search, clause_breaks, bl = _cues()["frequency_rx"].search, geo.clause_breaks, bisect.bisect_left
    toks = [
        t for t in unit_tokens(m, lo, hi)
        # not _is_frequency(m, t, geo)
        if t.count_unit != "次" or not freq_search(m, clause_breaks[k - 1] + 1 if (k := bl(clause_breaks, t.start)) else geo.lo, t.start)
    ]
    bare = bare_numbers(m, lo, hi, exclude=toks)  # minus the spans overlapping a token (see _overlaps)
    hits = implicit_rate_spans(m, geo, bare)
    dropped = unit_dropping_spans(m, lo, hi, bare, hits)
    implicit_rates = set()
    for s, e in sorted(hits + dropped):
        toks.append(NumberToken(s, e, m[s:e], 1.0, "?rate", None, False, unit_implicit=True))
        implicit_rates.add(s)
    for s, e in implicit_count_spans(m, bare):
        if s not in implicit_rates:
            toks.append(NumberToken(s, e, m[s:e], 1.0, "count", None, False, unit_implicit=True))
    if any(a.start >= b.start for a, b in zip(toks, toks[1:])):  # else already in (start, -end) order
        toks.sort(key=lambda t: (t.start, -t.end))
    out: list[NumberToken] = []
    for t in toks:
        if out and t.start < out[-1].end:
            continue
        out.append(t)
    return out, implicit_rates


# ---------------------------------------------------------------- describing one value
_CMP_SKIP = ("达到", "达", "为", "在", "到", "了", "分别")  # skipped between a comparator word and the value


def _statement(match: str, tok: NumberToken, clause: str, tail: str, sent_text: str, sent_start: int, sent_end: int,
               plan: bool, indicator_id: str | None, unit: str) -> tuple[str, int]:
    """:func:`statement_of` with the clause's stripped form given, and the sentence before the value
    as ``sent_text[sent_start:sent_end]`` (searched in place, not copied)."""
    c = _cues()
    raw = clause.rstrip(" ")
    after = match[tok.end : tok.end + 12].lstrip(" ")
    m = c["cmp_after_rx"].match(after)
    if m is not None:
        after = after[m.end() :]
    policy = c["policy"]
    if raw.endswith(policy) or tail.endswith(policy) or after.startswith(c["policy_after"]):
        return "policy", 1
    if tail.endswith(c["down"]):
        return "change", -1
    if tail.endswith(c["up"]) or unit == "percentage_points":
        return "change", 1
    if plan:
        return "target", 1
    if c["completion_rx"].search(clause) or indicator_id == c["completion_indicator"]:
        return "completion", 1
    if c["target_rx"].search(sent_text, sent_start, sent_end) or c["target_local_rx"].search(clause):
        return "target", 1
    if raw.endswith(c["target_adjacent"]) or tail.endswith(c["target_adjacent"]):
        return "target", 1
    if after.startswith(c["target_after"]):
        return "target", 1
    return "actual", 1


def has_own_cue(clause: str) -> bool:
    """Whether a clause carries any statement cue or subject link of its own."""
    return bool(_cues()["own_cue_rx"].search(clause))


def in_plan_section(report: ReportText, pos: int) -> bool:
    """A 'plans' section (or one below it) whose heading really announces a plan (see plan_headings)."""
    rx = _cues()["plan_headings"]
    return any(s.start <= pos < s.end and s.kind == "plans" and rx.search(s.heading) for s in report.sections)


def _plan_spans(report: ReportText) -> list[tuple[int, int]]:
    """The spans for which :func:`in_plan_section` is true, found once per report."""
    rx = _cues()["plan_headings"]
    return [(s.start, s.end) for s in report.sections if s.kind == "plans" and rx.search(s.heading)]


class _Context:
    """What :func:`describe` needs of a report besides the value, computed once per report."""

    def __init__(self, report: ReportText, plan_doc: bool):
        self.plan_doc = plan_doc
        self.plan_spans = _plan_spans(report)
        self.periods = _Periods(report.match)

    def in_plan(self, pos: int) -> bool:
        return self.plan_doc or any(a <= pos < b for a, b in self.plan_spans)


def period_of(sentence_before: str) -> str | None:
    last = None
    for last in _cues()["period_rx"].finditer(sentence_before):
        pass
    return last.group(0) if last else None


class _Periods:
    """``period_of(match[s0:p])`` for many values of one report, scanning each sentence once.

    The period patterns have no anchors, look-arounds or word boundaries, so a scan of the sentence
    up to ``p`` finds the same matches as a scan of the whole sentence up to the first match that
    reaches past ``p``; from that match's start on, the scan is redone up to ``p``.
    """

    def __init__(self, match: str):
        self.match = match
        self.rx = _cues()["period_rx_fast"]
        self.by_sentence: dict[tuple[int, int], tuple[int, list[tuple[int, int]]]] = {}

    def before(self, sent: tuple[int, int], p: int) -> str | None:
        scanned = self.by_sentence.get(sent)
        if scanned is None or scanned[0] < p:  # scanned up to scanned[0], which must reach p
            scanned = self.by_sentence[sent] = (max(sent[1], p), [x.span() for x in self.rx.finditer(self.match, sent[0], max(sent[1], p))])
        spans = scanned[1]
        last = None
        for a, b in spans:
            if b <= p:
                last = (a, b)
                continue
            if a < p:
                for x in self.rx.finditer(self.match, a, p):
                    last = x.span()
            break
        return self.match[last[0] : last[1]] if last else None


def report_is_plan(report: ReportText) -> bool:
    """Whether the report is a plan by its title line (used when no section says so)."""
    first = report.match[report.start : report.end].lstrip().split("\n", 1)[0][:60]
    return bool(_cues()["plan_headings"].search(first)) and not SUMMARY_TITLE.search(first)


@dataclass(slots=True)
class Described:
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


def _link(match: str, lo: int, hi: int, context_start: int, unit: str) -> str | None:
    if unit in ("count", "yuan") or hi <= lo:
        return None
    iid, _ = link_in_span(match, lo, hi, context_start)
    return iid


def subject_start(match: str, lo: int, hi: int) -> int:
    """Skip what closes the previous value (以上、, 左右,) and joiners at the start of a subject."""
    after_rx = _cues()["cmp_after_rx"]
    prev = None
    while prev != lo and lo < hi:
        prev = lo
        while lo < hi and match[lo] in " 、和及与,\u3000":
            lo += 1
        m = after_rx.match(match, lo)
        if m is not None:
            lo = m.end()
    return lo


_NOT_RATE = ("count", "yuan")
_SUBJECT_SKIP = " 、和及与,\u3000"  # what subject_start skips character by character


# ---------------------------------------------------------------- distributive lists
def _groups(items: list[Described], match: str) -> list[list[int]]:
    """Runs of values joined only by 和/、/及 (plus a population and a link word) in one sentence."""
    groups, cur = [], [0] if items else []
    for i in range(1, len(items)):
        a, b = items[i - 1], items[i]
        same_kind = (a.unit in ("count", "yuan")) == (b.unit in ("count", "yuan"))
        if a.sent == b.sent and same_kind and group_gap(match[a.tok.end : b.tok.start]):
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
        if len(parts) >= n and all(linked[-n:]):
            ids = linked[-n:]
            pops = [population_in(match[a:b]) for a, b in parts[-n:]]
        else:
            mentions = indicator_mentions(match, parts[-1][0], parts[-1][1])
            mt = max(mentions, key=lambda x: (x.end, x.end - x.start)) if mentions else None
            if mt is not None and len(parts) == n:
                for k, (a, b) in enumerate(parts):
                    ids[k] = _resolve_with_qualifiers_in(match, mt, a, b if k < n - 1 else mt.start, first.sent[0])
                    pops[k] = population_in(match[a:b])
            elif mt is not None:
                ordered = _qualified_in_order(match, mt, first.sent[0], mt.start)
                if len(ordered) == n:
                    ids = ordered
        for k, idx in enumerate(g):
            it = items[idx]
            if ids[k] is not None and it.unit not in ("count", "yuan"):
                it.indicator_id = ids[k]
            elif k and it.unit not in ("count", "yuan"):
                it.indicator_id = first.indicator_id
            gap_pop = population_in(match[items[idx - 1].tok.end : it.tok.start]) if k else None
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
    entries = alias_table()[mention.alias]
    for iid, quals in entries:
        if quals and any(match.find(q, a, b) >= 0 for q in quals):
            return iid
    plain = [iid for iid, quals in entries if not quals]
    return plain[0] if plain else resolve_mention(match, mention, a, context_start)


# ---------------------------------------------------------------- rows
def _value(tok: NumberToken, sign: int) -> float | None:
    t = tok.num_text
    if tok.multiplier == 1.0 and _SHORT_DECIMAL.fullmatch(t):
        # float() of a decimal with at most 10 decimals is its own round(., 10): the decimal lies on
        # the 10-decimal grid and within half an ulp of the float (an ulp is never exactly 1e-10)
        v = float(t)
        return -v if sign < 0 else v
    v = float(t) if _PLAIN_DIGITS.fullmatch(t) else parse_number(t)  # same as parse_number for plain digits
    if v is None:
        return None
    v *= tok.multiplier
    v = round(v, 10)
    return -v if sign < 0 else v


_PLAIN_DIGITS = re.compile(r"\d*\.?\d+")
_SHORT_DECIMAL = re.compile(r"[0-9]*(?:[0-9]|\.[0-9]{1,10})")


def _flag(value: float | None, unit: str, statement: str) -> str | None:
    if unit == "percent" and value is not None and statement in ("actual", "target", "policy") and not 0 <= value <= 100:
        return "percent outside 0-100"
    return None


def describe_all(report: ReportText, geo: Geometry, tokens: list[NumberToken], plan_doc: bool,
                 ctx: "_Context | None" = None) -> list[Described]:
    """``describe`` for every token in order (each seeing the values described before it), with the
    per-report lookups bound once and each sentence's geometry computed once.  Same results as
    describing the tokens one by one."""
    m = report.match
    if ctx is None:
        ctx = _Context(report, plan_doc)
    c = _cues()
    sent_breaks, clause_breaks = geo.sent_breaks, geo.clause_breaks
    glo, ghi = geo.lo, geo.hi
    nsb, ncb = len(sent_breaks), len(clause_breaks)
    bl = bisect.bisect_left
    sent_of_k: dict[int, tuple[int, int]] = {}
    plan_spans = ctx.plan_spans
    periods_before = ctx.periods.before
    period_scans = ctx.periods.by_sentence
    links_tail_words, links_tail_rx = c["links_tail_words"], c["links_tail_rx"]
    cmp_after_match = c["cmp_after_rx"].match
    cmp_after_op = c["cmp_after_op"]
    cmp_before_op, cmp_before_lengths, cmp_before_words = c["cmp_before_op"], c["cmp_before_lengths"], c["cmp_before_words"]
    policy, policy_after = c["policy"], c["policy_after"]
    down, up = c["down"], c["up"]
    completion_search, completion_indicator = c["completion_rx"].search, c["completion_indicator"]
    target_search, target_local_search = c["target_rx"].search, c["target_local_rx"].search
    target_adjacent, target_after = c["target_adjacent"], c["target_after"]
    own_cue_search = c["own_cue_rx"].search
    cmp_skip = _CMP_SKIP
    not_rate = _NOT_RATE
    new_described = Described
    items: list[Described] = []
    append = items.append
    last = None  # items[-1]
    for tok in tokens:
        start, end = tok.start, tok.end
        k = bl(sent_breaks, start)
        sent = sent_of_k.get(k)
        if sent is None:
            ss = sent_breaks[k - 1] + 1 if k > 0 else glo
            se = sent_breaks[k] + 1 if k < nsb else ghi
            if se > ss and m[se - 1] == "\n":
                se -= 1
            sent = sent_of_k[k] = (ss, se)
        s0 = sent[0]
        prev = None
        prev_rate = None
        if last is not None and last.sent == sent:
            prev = last
            for d in reversed(items[-6:]):
                if d.sent != sent:
                    break
                if d.unit not in not_rate:
                    prev_rate = d
                    break
        local_start = prev.tok.end if prev is not None else s0
        k = bl(clause_breaks, start)
        clause_s = clause_breaks[k - 1] + 1 if k > 0 else glo
        if local_start > clause_s:
            clause_s = local_start
        unit = tok.unit
        provisional = "percent" if unit == "?rate" else unit
        counted = provisional in not_rate
        iid = None if counted or start <= clause_s else link_in_span(m, clause_s, start, s0)[0]
        if iid is None and not counted:
            k = bl(clause_breaks, end)
            ce = clause_breaks[k] if k < ncb else ghi
            if ce > end:
                iid = link_in_span(m, end, ce, s0)[0]
            joined = prev_rate is not None and group_gap(m[prev_rate.tok.end : start])
            if iid is None and prev_rate is not None and (unit != "?rate" or joined):
                iid = prev_rate.indicator_id
            if iid is None and unit != "?rate" and start > local_start:
                iid = link_in_span(m, local_start, start, s0)[0]
        clause_text = m[clause_s:start]
        # strip_links(clause_text)
        if not clause_text.endswith(links_tail_words) and not clause_text.endswith("\n"):
            stripped = clause_text
        else:
            tail = clause_text[-24:]
            mt = links_tail_rx.search(tail)
            stripped = clause_text[: len(clause_text) - len(tail) + mt.start()] if mt else clause_text
        # _statement(...)
        raw = clause_text.rstrip(" ")
        after12 = m[end : end + 12].lstrip(" ")
        ma = cmp_after_match(after12)
        after = after12[ma.end() :] if ma is not None else after12
        if raw.endswith(policy) or stripped.endswith(policy) or after.startswith(policy_after):
            statement, sign = "policy", 1
        elif stripped.endswith(down):
            statement, sign = "change", -1
        elif stripped.endswith(up) or provisional == "percentage_points":
            statement, sign = "change", 1
        elif plan_doc or (plan_spans and any(a <= start < b for a, b in plan_spans)):
            statement, sign = "target", 1
        elif completion_search(clause_text) or iid == completion_indicator:
            statement, sign = "completion", 1
        elif (target_search(m, s0, start) or target_local_search(clause_text)
              or raw.endswith(target_adjacent) or stripped.endswith(target_adjacent) or after.startswith(target_after)):
            statement, sign = "target", 1
        else:
            statement, sign = "actual", 1
        if (statement == "actual" and prev is not None and prev.statement in ("completion", "change")
                and (prev.unit in not_rate) == counted
                and not own_cue_search(m, prev.tok.end, start)):
            statement, sign = prev.statement, prev.sign
        if statement == "completion" and iid is None and provisional == "percent":
            iid = completion_indicator
        # comparator_of(m, tok, clause_text)
        role = tok.range_role
        if role == "low":
            comparator = ">="
        elif role == "high":
            comparator = "<="
        else:
            comparator = None
            after4 = m[end : end + 4].lstrip(" ")
            if ma is not None and ma.end() <= len(after4):
                comparator = cmp_after_op[ma.group()]  # the same alternative matches the shorter prefix
            elif ma is not None and (m4 := cmp_after_match(after4)) is not None:
                comparator = cmp_after_op[m4.group()]
            else:
                tl = raw
                for _ in range(3):
                    if tl.endswith(cmp_before_words):
                        comparator = cmp_before_op[_longest_suffix(tl, cmp_before_op, cmp_before_lengths)]
                        break
                    if not tl.endswith(cmp_skip):
                        break
                    for w in cmp_skip:
                        if tl.endswith(w):
                            tl = tl[: -len(w)]
                            break
                if comparator is None and tok.approx:
                    comparator = "~"
        if unit == "?rate":
            unit = indicator_unit(iid) if iid else None
            if unit is None:
                if statement == "target" or comparator in (">=", "<="):
                    unit = "percent"
                else:
                    continue
        subj_end = clause_s + len(stripped)
        if clause_s < subj_end and m[clause_s] not in _SUBJECT_SKIP and cmp_after_match(m, clause_s) is None:
            subj_start = clause_s  # subject_start would stop at once
        else:
            subj_start = subject_start(m, clause_s, subj_end)
        # period: ctx.periods.before(sent, start), the sentence's scan looked up here first
        scanned = period_scans.get(sent)
        if scanned is not None and scanned[0] >= start and not scanned[1]:
            period = None
        else:
            period = periods_before(sent, start)
        last = new_described(
            tok, sent, clause_s, local_start, iid, (subj_start, subj_end),
            population_in(clause_text), statement, sign, comparator, unit, period,
        )
        append(last)
    return items


def _rows(report: ReportText, items: list[Described]) -> list[dict]:
    """One observation row per described value, with the per-report lookups bound once."""
    t = report.text
    kind_at = report.section_kind_at if report.sections else None
    masks = _mask_chars()
    short_decimal = _SHORT_DECIMAL.fullmatch
    out = []
    append = out.append
    for d in items:
        tok = d.tok
        start, end, num_text = tok.start, tok.end, tok.num_text
        redacted = not masks.isdisjoint(num_text)
        if redacted:
            value = None
        elif tok.multiplier == 1.0 and short_decimal(num_text):
            value = float(num_text)  # as in _value
            if d.sign < 0:
                value = -value
        else:
            value = _value(tok, d.sign)
        unit = d.unit
        statement = d.statement
        sj = d.subject_span
        append({
            "source_start": start,
            "source_end": end,
            "quote": t[start:end],
            "sentence_start": d.sent[0],
            "sentence_end": d.sent[1],
            "section_kind": kind_at(start) if kind_at is not None else "other",
            "indicator_id": d.indicator_id,
            "subject": t[sj[0] : sj[1]][-60:] or None,
            "population": d.population,
            "value": value,
            "unit": unit,
            "count_unit": tok.count_unit if unit in _NOT_RATE else None,
            "unit_implicit": bool(tok.unit_implicit),
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
    geo = Geometry.of(report.match, report.start, report.end)
    tokens, _ = candidate_tokens(report, geo)
    plan_doc = report_is_plan(report)
    items = describe_all(report, geo, tokens, plan_doc, _Context(report, plan_doc))
    distribute(items, report.match)
    rows = _rows(report, items)
    if any(a["source_start"] > b["source_start"] for a, b in zip(rows, rows[1:])):
        rows.sort(key=lambda r: r["source_start"])  # (items come in token order: already sorted)
    return ExtractionResult(observations=rows, checks=numerator_denominator_checks(rows, report.match))
