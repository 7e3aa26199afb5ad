"""Small value types passed between pipeline stages (ingest -> segment -> extract -> ...)."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

SECTION_KINDS = ("achievements", "problems", "plans", "other")


@dataclass(frozen=True)
class Section:
    """A heading inside a report and the span of text it governs (offsets into the raw text)."""

    heading: str
    level: int  # 1 = 一、  2 = (一)  3 = 1、
    kind: str  # one of SECTION_KINDS
    start: int  # start of the heading line
    end: int  # end of the section (next heading of same or higher level, or report end)


@dataclass
class ReportText:
    """One report inside a raw file, as handed to the extractors.

    ``text`` is the whole raw file's decoded text; ``match`` is its same-length matching view
    (see :mod:`healthdata.textnorm`).  ``start``/``end`` bound the report.  Extractors return
    offsets into ``text`` (never relative to ``start``).
    """

    doc_id: str
    source_file: str
    text: str
    match: str
    start: int
    end: int
    sections: list[Section] = field(default_factory=list)
    # where the report's own text starts when it opens under a headline (a news item's, an
    # interview's: its title is null): the document's published start; the headline and the site's
    # lines under it are read with the report but are not its text.  None: the report starts at ``start``.
    text_start: int | None = None

    _section_kinds: "SectionKinds | None" = field(default=None, init=False, repr=False, compare=False)

    def section_kinds(self) -> "SectionKinds":
        """The lookup ``pos -> section kind`` for the current ``sections`` (built once, rebuilt when they change)."""
        kinds = self._section_kinds
        if kinds is None or kinds.sections != tuple(self.sections):
            kinds = self._section_kinds = SectionKinds(tuple(self.sections))
        return kinds

    def section_kind_at(self, pos: int) -> str:
        """Kind of the innermost section containing ``pos`` ('other' when none)."""
        return self.section_kinds()(pos)


class SectionKinds:
    """``pos -> kind`` of the innermost section containing ``pos`` ('other' when none).

    The section starts and ends cut the text into pieces inside which the set of containing
    sections does not change; a position is found by bisection, and each piece's kind is worked
    out (by :func:`innermost_kind`) the first time a position falls in it.
    """

    __slots__ = ("sections", "bounds", "kinds")

    def __init__(self, sections: tuple[Section, ...]):
        self.sections = sections
        self.bounds = sorted({p for s in sections for p in (s.start, s.end)})
        self.kinds: list[str | None] = [None] * max(len(self.bounds) - 1, 0)

    def __call__(self, pos: int) -> str:
        i = bisect.bisect_right(self.bounds, pos) - 1
        if i < 0 or i >= len(self.kinds):
            return "other"  # before the first section or at/after the last end: inside none
        kind = self.kinds[i]
        if kind is None:
            kind = self.kinds[i] = innermost_kind(self.sections, self.bounds[i])
        return kind


def innermost_kind(sections, pos: int) -> str:
    """Kind of the innermost section containing ``pos`` (the last of the deepest level), or 'other'."""
    best = None
    for s in sections:
        if s.start <= pos < s.end and (best is None or s.level >= best.level):
            best = s
    return best.kind if best else "other"
