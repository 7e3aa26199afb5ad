"""A paragraph cut into its enumerated items (一是…, 1、…, (一)…), sentences and clauses."""
from __future__ import annotations

from typing import NamedTuple

from .spans import Span, pieces
from .vocabulary import compiled_cues


def sentence_spans(match: str, start: int, end: int) -> list[Span]:
    """Sentences (ended by 。!?) of [start, end)."""
    return pieces(match, start, end, compiled_cues().sentence)


def is_question(match: str, span: Span) -> bool:
    """Whether the sentence ``span`` (from :func:`sentence_spans`) ends with a question mark: it asks
    (当前还面临哪些困难？), and states nothing."""
    return match[span[1]:span[1] + 1] == "?"


def clause_spans(match: str, start: int, end: int) -> list[Span]:
    """Clauses (ended by , ; or a sentence end) of [start, end)."""
    return pieces(match, start, end, compiled_cues().clause)


def enumerator_length(match: str, pos: int, end: int) -> int:
    """Length of the enumerator (一是, 1、, (一)) starting at ``pos``, 0 when there is none."""
    m = compiled_cues().enumerator.match(match, pos, end)
    return m.end() - pos if m else 0


def enumerator_style(match: str, pos: int) -> int | None:
    """Which enumerator pattern (一是, (一), 1、 …) starts at ``pos``: its index in the vocabulary."""
    for i, rx in enumerate(compiled_cues().enumerators):
        if rx.match(match, pos):
            return i
    return None


def item_start_positions(match: str, start: int, end: int) -> list[int]:
    """Positions in a paragraph where an enumerated item starts."""
    cues = compiled_cues()
    out = []
    if not cues.enumerator.found(match, start, end):
        return out
    for m in cues.enumerator.finditer(match, start, end):
        if m.start() == start or cues.item_boundary.match(match, m.start() - 1):
            out.append(m.start())
    return out


class Item(NamedTuple):
    """A piece of a paragraph: the text before the first enumerator, or one enumerated item."""

    start: int  # where the item (its enumerator) starts
    body_start: int  # after the enumerator
    end: int
    numbered: bool


def paragraph_items(match: str, start: int, end: int) -> list[Item]:
    """The paragraph cut at its enumerators: leading unnumbered text, then one Item per enumerator."""
    starts = item_start_positions(match, start, end)
    out = []
    if not starts or starts[0] > start:
        out.append(Item(start, start, starts[0] if starts else end, numbered=False))
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else end
        out.append(Item(s, s + enumerator_length(match, s, e), e, numbered=True))
    return out
