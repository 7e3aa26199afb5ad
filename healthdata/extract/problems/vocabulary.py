"""The cue vocabulary of problem detection (``healthdata/vocab/problem_cues.yaml``), compiled.

Alternations of wordings are :class:`healthdata.fastsearch.CuePattern`: searched through the
characters a match can start with (for the admission wordings, asked about in every sentence and
clause, at each character only the wordings that can start with it are tried).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from healthdata.fastsearch import (
    LOOKAROUNDS, CuePattern, StartScan, atom, char_class, context_free, first_characters, group, item, top_alternatives,
)
from healthdata.analysismemo import remembered
from healthdata.vocab import load_yaml

from .spans import STRIP_CHARS, piece_pattern


@dataclass(frozen=True)
class Cues:
    """The compiled ``problem_cues.yaml``: each key of the file, as a regex, a number or a tuple."""

    heading: CuePattern
    heading_max_chars: int
    enumerators: tuple[re.Pattern, ...]
    item_boundary: re.Pattern
    levels: tuple[tuple[re.Pattern, int], ...]
    article_start: re.Pattern
    sentence_end: re.Pattern
    sentence: re.Pattern  # a trimmed sentence (see piece_pattern)
    piece: re.Pattern  # a trimmed piece of a sentence, cut at ;
    clause: re.Pattern  # a trimmed clause
    part: re.Pattern  # a trimmed part of a clause, cut at 、 and :
    strong: CuePattern
    weak: CuePattern
    weak_context_free: bool  # a clause wording a shortcoming makes its sentence word one too
    # the cues searched in place inside a sentence (not in a copy of a clause) read nothing before
    # it: what a sentence says depends on its wording (and the character after it) only
    sentence_context_free: bool
    contrast: re.Pattern
    resolved: CuePattern
    former: re.Pattern
    unrealized: CuePattern
    unrealized_window: int
    unrealized_after: re.Pattern
    not_admission: CuePattern
    elaboration: re.Pattern
    lead_in: CuePattern
    list_lead_in: CuePattern
    stop: CuePattern
    min_clause_chars: int
    max_context_clauses: int
    enumerator: CuePattern
    persistent: CuePattern
    persistent_negation: re.Pattern
    judgement: CuePattern
    reading_aid: CuePattern
    decimal_mark: CuePattern
    page_break_line: re.Pattern
    wrap_min_chars: int
    narrow_wrap_min_lines: int
    narrow_wrap_slack_chars: int
    unwrappable_end: re.Pattern
    number_cut: re.Pattern
    number_run_on: re.Pattern
    long_line_chars: int
    inline_heading: CuePattern
    inline_page_marker: re.Pattern
    prefix_heading_max_chars: int
    consequence: re.Pattern
    cause: re.Pattern
    plan_heading: CuePattern
    prominent: CuePattern
    short_clause_chars: int
    new_topic: re.Pattern
    comparison_gap: re.Pattern
    evidence_figure: re.Pattern
    counted_evidence: re.Pattern
    intensifier: re.Pattern
    situation: re.Pattern
    awaiting: re.Pattern
    unnamed_weakness: re.Pattern
    admitted_as: re.Pattern
    admitted_after_comma: re.Pattern
    listed_phenomena: re.Pattern
    below_average: re.Pattern
    access_hardship: re.Pattern
    mobile_population: re.Pattern
    capacity_themes: frozenset[str]
    present_state: re.Pattern
    conjunction: re.Pattern
    manifestation: re.Pattern
    still_without: re.Pattern
    concentrated: re.Pattern
    money_themes: frozenset[str]
    stalled_work: re.Pattern
    overwork: re.Pattern
    headline_max_chars: int
    headline_punctuation: re.Pattern
    interviewer_turn: re.Pattern
    asks_shortcomings: re.Pattern
    counted_points: re.Pattern
    counterweight: re.Pattern
    reckoning: re.Pattern
    work_made_hard: re.Pattern
    maldistributed: re.Pattern
    short_place: re.Pattern
    predicate_only: re.Pattern
    share_figure: re.Pattern
    building_themes: frozenset[str]
    phenomenon_themes: frozenset[str]
    resource_themes: frozenset[str]
    repair_money: re.Pattern
    sign_off: re.Pattern
    below_reference: re.Pattern
    tally: re.Pattern
    tallied_lag: re.Pattern
    coverage_rate: re.Pattern
    condition: re.Pattern
    concentrated_at: re.Pattern
    left_behind: re.Pattern
    oversight: re.Pattern
    malpractice: re.Pattern
    generic_subject: re.Pattern
    weakness_title: re.Pattern
    reason_given: re.Pattern
    gap_preamble: re.Pattern
    gap_sequel: re.Pattern
    general_gap: re.Pattern
    inventory: re.Pattern
    escalation: re.Pattern
    additive: re.Pattern
    slowed_work: re.Pattern
    finding: re.Pattern
    quantified: re.Pattern
    named_matter: re.Pattern
    solved_since: re.Pattern
    sober_view: re.Pattern
    present_only: re.Pattern
    heading_end_word: re.Pattern
    heading_predicate: re.Pattern
    task_title: re.Pattern
    still_despite: re.Pattern
    found_to_mend: re.Pattern
    frame_gap_chars: int
    # where a cue family asked about in every clause, sentence or line may start: each match is one character (see
    # may_start_at); scanned once per page (see may_start_in)
    starts: dict[str, StartScan | None]
    # each family's wordings as one pattern (what :attr:`starts` scans for): its gate asked where the scan found a start
    # (see found_in)
    family_cues: dict[str, CuePattern]


# keys of the file that are one plain regex each, compiled as they are
PLAIN_REGEX_KEYS = ("persistent_negation", "asks_shortcomings", "counted_points", "counterweight", "maldistributed", "short_place", "predicate_only",
                    "share_figure", "repair_money", "below_reference", "coverage_rate", "sign_off", "condition",
                    "concentrated_at", "left_behind", "oversight", "malpractice", "generic_subject",
                    "weakness_title", "reason_given", "gap_preamble", "gap_sequel", "general_gap",
                    "inventory", "escalation", "admitted_after_comma", "listed_phenomena", "below_average", "access_hardship", "mobile_population", "additive", "slowed_work", "finding", "quantified", "named_matter",
                    "solved_since", "task_title", "still_despite", "found_to_mend", "tally", "tallied_lag",
                    "sober_view", "present_only", "heading_end_word",
                    "heading_predicate")


def any_of(patterns: list[str]) -> CuePattern:
    """One regex matching any of ``patterns`` (searched through its first characters, see
    :mod:`healthdata.fastsearch`)."""
    return CuePattern("|".join(f"(?:{p})" for p in patterns))


ASSERTIONS = ("^", "$", "\\A", "\\Z", "\\b", "\\B")  # anchors: zero-width, like lookarounds


def without_assertions(source: str) -> str:
    """``source`` with every lookaround group and anchor left out: it matches wherever ``source`` matches, in any
    piece of a text cut out or searched in place (an assertion of ``source`` may read past the piece's edges, or
    hold at an edge of the piece only: here nothing is asserted), so where it cannot match, no piece holds a match
    of ``source``."""
    out, i = [], 0
    while i < len(source):
        if source.startswith(LOOKAROUNDS, i):
            i = group(source, i)[2]
            continue
        if source.startswith(ASSERTIONS, i):
            i += 1 if source[i] in "^$" else 2
            continue
        end = i + 2 if source[i] == "\\" else char_class(source, i)[2] if source[i] == "[" else i + 1
        out.append(source[i:end])
        i = end
    return "".join(out)


def spelled_out(source: str) -> str:
    """``source`` (without assertions) with the group each alternative opens with spelled out into alternatives of
    their own (``(资金|经费)[^,]{0,4}紧张`` -> ``资金[^,]{0,4}紧张|经费[^,]{0,4}紧张``, ``(互)?不通`` -> ``互不通|不通``):
    it matches where ``source`` matches, and a gate dispatched on the first character then tries, at 资, only the
    wordings opening with 资, not the whole group again at each of them."""
    return "|".join(spelled for alternative in top_alternatives(source) for spelled in leading_spelled_out(alternative))


def leading_spelled_out(alternative: str) -> list[str]:
    """The alternatives ``alternative`` stands for with its opening group (plain or optional) spelled out, itself
    when it opens with none."""
    if not alternative.startswith("(") or alternative.startswith("(?") and not alternative.startswith("(?:"):
        return [alternative]
    group_end, item_end = atom(alternative, 0)[2], item(alternative, 0)[2]
    quantifier, rest = alternative[group_end:item_end], alternative[item_end:]
    if quantifier not in ("", "?"):
        return [alternative]
    body = alternative[3 if alternative.startswith("(?:") else 1:group_end - 1]
    out = [spelled for part in top_alternatives(body) for spelled in leading_spelled_out(part + rest)]
    return out + (leading_spelled_out(rest) if quantifier and rest else [rest] if quantifier else [])


def opening_spelled_out(alternative: str) -> list[str]:
    """The alternatives ``alternative`` (one wording, its opening groups :func:`spelled_out`) stands for with an opening
    quantified character or class spelled out: optional, as two wordings (``,?(是|就是)最大`` -> ``,(是|就是)最大``,
    ``(是|就是)最大``, the latter spelled out in turn); repeated, as its first time and the rest (``[一二三]{1,2}是`` ->
    ``[一二三][一二三]{0,1}是``).  The same texts match from the same places, but the characters a wording opens with
    are followed by known ones, not by a quantified item: the page's scan then finds candidates by pairs of characters
    (,是 and 是最, not every comma and every 是).  Itself when it opens otherwise (or a possessive quantifier follows)."""
    if not alternative or alternative[0] in "(.^$|)" or alternative[0] == "\\" and alternative[1:2] in ("b", "B", "A", "Z"):
        return [alternative]
    try:
        atom_end, item_end = atom(alternative, 0)[2], item(alternative, 0)[2]
    except (ValueError, IndexError):
        return [alternative]
    first, quantifier, rest = alternative[:atom_end], alternative[atom_end:item_end], alternative[item_end:]
    if not quantifier or quantifier.endswith("+") and len(quantifier) > 1:
        return [alternative]  # (no quantifier; or a possessive one, which may give back nothing)
    lazy = "?" if len(quantifier) > 1 and quantifier.endswith("?") else ""
    core = quantifier[:-1] if lazy else quantifier
    if core == "?":
        if not rest:
            return [alternative]  # (it may match nothing at all: no opening character is known)
        return [first + rest] + [spelled for part in leading_spelled_out(rest) for spelled in opening_spelled_out(part)]
    if core == "+":
        return [first + first + "*" + lazy + rest]
    if core == "*":
        return [alternative]  # (it may be absent: what opens the wording is not only this item)
    bounds = core[1:-1].split(",")
    least = int(bounds[0] or 0)
    if least < 1:
        return [alternative]
    if len(bounds) == 1:
        return [first + (first + "{" + str(least - 1) + "}" if least > 1 else "") + rest]
    most = bounds[1]
    more = "{" + str(least - 1) + "," + (str(int(most) - 1) if most else "") + "}" + lazy
    return [first + (first + more if most != "1" else "") + rest]


def may_start_at(source: str) -> StartScan | None:
    """A pattern matching, one character each, every position of a text where a match of ``source`` may start in
    a piece of that text (a clause cut out, a sentence searched in place): where :func:`without_assertions`
    matches, found through its gate (:mod:`healthdata.fastsearch`; its opening groups :func:`spelled_out`).  A
    wording that may open on any character (a speaker's one to three words before 是最大的难题) is found where the
    rest of it, from the first part whose characters are known, matches: inside its match, so inside any piece
    holding that match.  None when no such part is known (every position may start a match)."""
    try:
        # (the analysis kept in the pattern cache: healthdata.analysismemo)
        alternatives = remembered("may_start_at", source, lambda: start_alternatives(source))
        if alternatives is None:
            return None
        gate = CuePattern("|".join(alternatives)).gate
        # (a page's positions found from the pairs of characters the wordings open with: fastsearch.StartScan)
        return None if gate is None else StartScan("|".join(alternatives), gate)
    except (re.error, ValueError, IndexError):
        return None


def start_alternatives(source: str) -> tuple[str, ...] | None:
    """The wordings :func:`may_start_at` looks for where a match of ``source`` may start (each from its first part whose
    characters are known, its opening spelled out), or None when some wording has no such part."""
    alternatives = [with_known_start(alt) for alt in top_alternatives(spelled_out(without_assertions(source)))]
    if any(alt is None for alt in alternatives):
        return None
    return tuple(spelled for alt in alternatives for spelled in opening_spelled_out(alt))


def with_known_start(alternative: str) -> str | None:
    """``alternative`` (one wording, no top-level ``|``) without the parts before the first one from which on the
    characters a match starts with are known (``[^,。]{1,3},?(是|就是)最大的难题`` -> ``,?(是|就是)最大的难题``), or
    None when no such part is left; itself when its first characters are known."""
    i = 0
    while i < len(alternative) and first_characters(alternative[i:]) is None:
        i = item(alternative, i)[2]
    return alternative[i:] or None


@lru_cache(maxsize=1)
def problem_cues() -> dict:
    """The parsed ``problem_cues.yaml`` (shared: not to be changed)."""
    return load_yaml("problem_cues.yaml")


@lru_cache(maxsize=1)
def compiled_cues() -> Cues:
    """The cue vocabulary compiled into regexes."""
    c = problem_cues()
    weak = any_of(c["admission_strong"] + c["admission_weak"] + [c["persistent"]])
    lead_in_family = any_of(c["lead_in"] + [c["list_lead_in"], c["prominent"]])
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
        part=piece_pattern(c["part_end"], "part_end"),
        strong=any_of(c["admission_strong"]),
        weak=weak,
        weak_context_free=context_free(weak.pattern, STRIP_CHARS),
        sentence_context_free=context_free(weak.pattern, STRIP_CHARS) and context_free(c["conjunction"], STRIP_CHARS),
        contrast=re.compile(c["contrast"]),
        resolved=any_of(c["resolved"]),
        former=re.compile(c["former"]),
        unrealized=CuePattern(c["unrealized"]),
        unrealized_window=int(c["unrealized_window"]),
        unrealized_after=re.compile(c["unrealized_after"]),
        not_admission=any_of(c["not_admission"]),
        elaboration=re.compile(c["elaboration"]),
        lead_in=any_of(c["lead_in"]),
        list_lead_in=CuePattern(c["list_lead_in"]),
        stop=any_of(c["stop"]),
        min_clause_chars=int(c["min_clause_chars"]),
        max_context_clauses=int(c["max_context_clauses"]),
        enumerator=any_of(c["enumerator"]),
        persistent=CuePattern(c["persistent"]),
        judgement=any_of(c["admission_strong"] + c["admission_weak"]),
        reading_aid=CuePattern(c["reading_aid"]),
        decimal_mark=CuePattern(c["decimal_mark"]),
        page_break_line=re.compile(c["page_break_line"], re.M),
        wrap_min_chars=int(c["wrap_min_chars"]),
        narrow_wrap_min_lines=int(c["narrow_wrap_min_lines"]),
        narrow_wrap_slack_chars=int(c["narrow_wrap_slack_chars"]),
        unwrappable_end=re.compile(c["unwrappable_end"]),
        number_cut=re.compile(c["number_cut"]),
        number_run_on=re.compile(c["number_run_on"]),
        long_line_chars=int(c["long_line_chars"]),
        inline_heading=CuePattern(c["inline_heading"]),
        inline_page_marker=re.compile(c["inline_page_marker"]),
        prefix_heading_max_chars=int(c["prefix_heading_max_chars"]),
        consequence=re.compile(c["consequence"]),
        cause=re.compile(c["cause"]),
        plan_heading=CuePattern(c["plan_heading"]),
        prominent=CuePattern(c["prominent"]),
        short_clause_chars=int(c["short_clause_chars"]),
        new_topic=re.compile(c["new_topic"]),
        comparison_gap=re.compile(c["comparison_gap"]),
        evidence_figure=re.compile(c["evidence_figure"]),
        counted_evidence=re.compile(c["counted_evidence"]),
        intensifier=re.compile(c["intensifier"]),
        situation=re.compile(c["situation"]),
        awaiting=re.compile(c["awaiting"]),
        unnamed_weakness=re.compile(c["unnamed_weakness"]),
        admitted_as=re.compile(c["admitted_as"]),
        present_state=re.compile(c["present_state"]),
        conjunction=re.compile(c["conjunction"]),
        manifestation=re.compile(c["manifestation"]),
        still_without=re.compile(c["still_without"]),
        concentrated=re.compile(c["concentrated"]),
        money_themes=frozenset(c["money_themes"]),
        capacity_themes=frozenset(c["capacity_themes"]),
        stalled_work=re.compile(c["stalled_work"]),
        overwork=re.compile(c["overwork"]),
        headline_max_chars=int(c["headline_max_chars"]),
        headline_punctuation=re.compile(c["headline_punctuation"]),
        interviewer_turn=re.compile(c["interviewer_turn"]),
        reckoning=re.compile(c["reckoning"]),
        work_made_hard=re.compile(c["work_made_hard"]),
        building_themes=frozenset(c["building_themes"]),
        frame_gap_chars=int(c["frame_gap_chars"]),
        phenomenon_themes=frozenset(c["phenomenon_themes"]),
        resource_themes=frozenset(c["resource_themes"]),
        starts={
            "weak": may_start_at(weak.pattern),  # a shortcoming worded, weakly or strongly
            # what announces problems (see judgement.is_lead_in)
            "lead_in": may_start_at(lead_in_family.pattern),
        },
        family_cues={"weak": weak, "lead_in": lead_in_family},
        **{key: re.compile(c[key]) for key in PLAIN_REGEX_KEYS},
    )


@lru_cache(maxsize=16)
def cue_starts(match: str, family: str) -> tuple[int, ...] | None:
    """The positions of the text ``match`` (a page's reading view) where a cue of ``family`` (a key of
    :attr:`Cues.starts`) may start, in any piece of it; None when any position may.  One scan of the page, then
    every clause, sentence or line is asked about with a lookup (most hold no cue: no search of theirs is needed)."""
    starts = compiled_cues().starts[family]
    return None if starts is None else starts.positions(match)


def may_start_in(match: str, start: int, end: int, family: str) -> bool:
    """Whether a cue of ``family`` may start in [start, end) of the page's text ``match``: when not, neither the
    piece cut out (``match[start:end]``) nor the piece searched in place holds one (see :func:`may_start_at`)."""
    starts = cue_starts(match, family)
    if starts is None:
        return True
    k = bisect.bisect_left(starts, start)
    return k < len(starts) and starts[k] < end


def found_in(match: str, start: int, end: int, family: str, cue: CuePattern) -> bool:
    """``bool(cue.found(match[start:end]))`` for a ``cue`` whose matches start where family ``family``'s may (its
    wordings are among the family's: the weak wording and the strong one for ``"weak"``), tried only there.

    Every match of ``cue`` in the piece cut out starts at a position the page's scan found (:func:`may_start_in`), and
    the gate of ``cue`` matches at a position exactly where ``cue`` does (what its ``found`` searches for); so the gate
    is asked at those few positions of the piece instead of searching the whole piece, where most characters open
    some wording that the scan already ruled out (of a clause's twenty characters, one or two are left)."""
    starts = cue_starts(match, family)
    gate = cue.gate
    if starts is None or gate is None or not isinstance(gate, re.Pattern) or not scan_finds_starts(family):
        return may_start_in(match, start, end, family) and bool(cue.found(match[start:end]))
    k = bisect.bisect_left(starts, start)
    n = len(starts)
    if k == n or starts[k] >= end:
        return False
    piece = match[start:end]
    at = gate.match
    while k < n and starts[k] < end:
        if at(piece, starts[k] - start) is not None:
            return True
        k += 1
    return False


@lru_cache(maxsize=None)
def scan_finds_starts(family: str) -> bool:
    """Whether the page's scan for ``family`` finds where its matches start: no wording of it opens on characters not
    known (:func:`with_known_start` cuts those off, and the scan then finds a place inside the match, not its start:
    :func:`found_in` cannot then try the gate at the places found)."""
    source = compiled_cues().family_cues[family].pattern
    return remembered("scan_finds_starts", source, lambda: starts_known(source))


def starts_known(source: str) -> bool:
    """Whether every wording of ``source`` opens on characters known (see :func:`scan_finds_starts`)."""
    try:
        alternatives = top_alternatives(spelled_out(without_assertions(source)))
    except (re.error, ValueError, IndexError):
        return False
    return all(with_known_start(alternative) == alternative for alternative in alternatives)

