"""Spans of text and the pieces a text is cut into (lines, sentences, clauses), without vocabulary.

A span is ``(start, end)``, offsets into the text problems are read from (the reading view).
"""
from __future__ import annotations

import bisect
import re
import sys

from healthdata.fastsearch import class_of, one_character_set


Span = tuple[int, int]
STRIP_CHARS = " \t\r\n\u3000,.;:!?、。，；：！？"


def piece_pattern(boundary: str, name: str = "boundary") -> re.Pattern:
    """A regex matching each non-empty trimmed piece of a text cut after every ``boundary``
    character: from a character that is not stripped to the last one before the next boundary.

    ``boundary`` must be one character or a class of them, all stripped from pieces (punctuation
    or whitespace)."""
    chars = one_character_set(boundary)
    if chars is None or not chars <= set(STRIP_CHARS):
        raise ValueError(f"{name} {boundary!r} must be a class of punctuation or whitespace characters")
    keep, inside = class_of(frozenset(STRIP_CHARS)), class_of(chars)
    return re.compile(f"[^{keep[1:-1]}](?:[^{inside[1:-1]}]*[^{keep[1:-1]}])?")


def pieces(match: str, start: int, end: int, piece: re.Pattern) -> list[Span]:
    """Non-empty trimmed pieces of [start, end), each a match of ``piece`` (see :func:`piece_pattern`)."""
    return [m.span() for m in piece.finditer(match, start, end)]


NEWLINE = re.compile("\n")
LINE = piece_pattern("\n")


def line_spans(match: str, start: int, end: int) -> list[Span]:
    """Trimmed non-empty lines (paragraphs) of [start, end)."""
    return pieces(match, start, end, LINE)


def raw_lines(match: str, start: int, end: int) -> list[Span]:
    """Untrimmed lines of [start, end), without their newline."""
    out, s = [], start
    for m in NEWLINE.finditer(match, start, end):
        out.append((s, m.start()))
        s = m.end()
    out.append((s, end))
    return out


def merged(spans: list[Span]) -> list[Span]:
    """Sorted union of overlapping spans."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def covers(spans: list[Span], position: int) -> bool:
    """Whether ``position`` lies inside one of the sorted, non-overlapping ``spans`` (see :func:`merged`)."""
    k = bisect.bisect_right(spans, (position, sys.maxsize)) - 1
    return k >= 0 and position < spans[k][1]


def overlaps_any(span: Span, bodies: list[Span]) -> bool:
    """Whether ``span`` shares a character with one of ``bodies``."""
    return any(bs < span[1] and span[0] < be for bs, be in bodies)


def contiguous_blocks(paragraphs: list[Span], keep: list[bool]) -> list[list[Span]]:
    """Runs of consecutive kept paragraphs."""
    blocks: list[list[Span]] = []
    previous = False
    for span, k in zip(paragraphs, keep):
        if k:
            if not previous:
                blocks.append([])
            blocks[-1].append(span)
        previous = k
    return blocks
