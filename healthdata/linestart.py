"""Patterns anchored at a line's start, asked about many lines: only those that can match a given line are tried.

:class:`healthdata.segment.LinePatterns` asks, of every distinct line of every page, whether one of the vocabulary's
line patterns anchored with ``^`` matches (the site's furniture: some ninety patterns, most of them never near a
match).  Tried as one alternation, every pattern is tried at the line's start; those opening on ``.{0,60}`` or a
lookahead over the whole line (``(?=.*…)``) read the line to its end each time, and they were most of the time the
segmenter and the page view spent on lines.

:class:`StartPatterns` answers the same question (whether any of them matches at the start of the line) trying only
the patterns that the line leaves possible, by two tests that need no pattern run:

- the characters a match can start with (:func:`healthdata.fastsearch.first_characters`): a pattern whose matches
  open on known characters is tried only on a line that opens on one of them (looked up by the line's first
  character);
- the plain strings one of which every match holds (:func:`healthdata.fastsearch.required_literals`): a pattern
  with such strings is tried only on a line holding one of them (one scan of the line for all of them at once, with
  an Aho-Corasick automaton, overlapping occurrences included).

Patterns neither test applies to are tried as before, one alternation per length cap.  What the two tests need of
each pattern is worked out once and kept in the pattern cache (:mod:`healthdata.analysismemo`).  A pattern left out cannot
match the line, so whether any matches is what trying every one of them answers (``tests/test_speed_round31.py``
compares the two on every line of the written sets' pages and on random lines).
"""
from __future__ import annotations

import re

from healthdata.analysismemo import remembered
from healthdata.fastsearch import any_of, first_characters, required_literals

class StartPatterns:
    """Whether any of ``patterns`` (sources, each to be matched at a line's start, with its length cap: a line longer
    than the cap is not tried, as :class:`healthdata.segment.LinePatterns` does for a pattern opening with
    ``(?=.{0,N}$)``) matches at the start of a line."""

    def __init__(self, patterns: list[tuple[int, str]]):
        import ahocorasick

        self._by_char: dict[str, list[tuple[int, object]]] = {}  # first character -> (cap, match) of the patterns it may open
        gated: list[tuple[int, object]] = []  # (cap, match) of the patterns tried only on lines holding a literal of theirs
        owners: dict[str, int] = {}  # literal -> bit mask of the gated patterns needing it (one of their literals)
        rest: dict[int, list[str]] = {}  # cap -> the patterns no test applies to
        # (the analysis of the sources kept in the pattern cache: healthdata.analysismemo)
        sources = [source for _cap, source in patterns]
        known = remembered("line_start", "\0".join(sources), lambda: start_tests(sources))
        for (cap, source), (first, literals) in zip(patterns, known):
            if first is not None:
                match = re.compile(source).match
                for c in first:
                    self._by_char.setdefault(c, []).append((cap, match))
                continue
            if literals:
                bit = 1 << len(gated)
                gated.append((cap, re.compile(source).match))
                for literal in literals:
                    owners[literal] = owners.get(literal, 0) | bit
                continue
            rest.setdefault(cap, []).append(source)
        self._gated = tuple(gated)
        self._automaton = None
        if owners:
            self._automaton = ahocorasick.Automaton()
            for literal, mask in owners.items():
                self._automaton.add_word(literal, mask)
            self._automaton.make_automaton()
        self._rest = tuple((cap, re.compile(any_of(ps)).match) for cap, ps in sorted(rest.items()))

    def match(self, line: str) -> bool:
        """Whether one of the patterns matches at the start of ``line``."""
        n = len(line)
        for cap, match in self._rest:
            if n <= cap and match(line):
                return True
        if line:
            for cap, match in self._by_char.get(line[0], ()):
                if n <= cap and match(line):
                    return True
        if self._automaton is not None:
            mask = 0
            for _end, owners in self._automaton.iter(line):
                mask |= owners
            k = 0
            while mask:
                if mask & 1:
                    cap, match = self._gated[k]
                    if n <= cap and match(line):
                        return True
                mask >>= 1
                k += 1
        return False


def start_tests(sources: list[str]) -> tuple[tuple[frozenset[str] | None, tuple[str, ...] | None], ...]:
    """(the characters a match opens with, the plain strings one of which every match holds) of each source, None
    where not known."""
    return tuple((first_characters(source), required_literals(source)) for source in sources)
