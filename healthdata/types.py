"""Small value types passed between pipeline stages (ingest -> segment -> extract -> ...)."""
from __future__ import annotations

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

    def section_kind_at(self, pos: int) -> str:
        """Kind of the innermost section containing ``pos`` ('other' when none)."""
        best = None
        for s in self.sections:
            if s.start <= pos < s.end and (best is None or s.level >= best.level):
                best = s
        return best.kind if best else "other"
