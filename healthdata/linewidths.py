"""The printed widths of all the lines of a page at once.

The PDF-wrap test (:func:`healthdata.pageview.hard_wrap_edits`) measures every line of a page by the width it takes
when typeset (:func:`healthdata.pageview.typeset_width`: the half-widths of its characters, summed, rounded up to
full widths), a dictionary look-up per character, about a sixth of the page view's time on pages of long lines.
:func:`typeset_widths` gives the same numbers for all the lines of a page from one pass over the page's characters
(numpy): each character's half-widths from a table of the Basic Multilingual Plane filled, as the per-character
look-up is, the first time a character is met, then the running sum, and each line's width from the sums at its
stripped ends.  A page holding a character past the Basic Multilingual Plane is measured line by line as before.
"""
from __future__ import annotations

import numpy as np

_HALVES = np.zeros(0x10000, dtype=np.uint8)  # a character's half-widths, 0 where not yet worked out


def typeset_widths(text: str, spans) -> list[int]:
    """``[typeset_width(text[s:e].strip()) for s, e in spans]``."""
    from healthdata.pageview import _TYPESET_HALVES, typeset_width

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if len(codes) and int(codes.max()) >= 0x10000:
        return [typeset_width(text[s:e].strip()) for s, e in spans]
    halves = _HALVES[codes]
    for code in np.unique(codes[halves == 0]).tolist():
        _HALVES[code] = _TYPESET_HALVES[chr(code)]
    halves = _HALVES[codes].astype(np.int64)
    running = np.zeros(len(codes) + 1, dtype=np.int64)
    np.cumsum(halves, out=running[1:])
    ends = running.tolist()
    out = []
    for s, e in spans:
        line = text[s:e]
        kept = line.strip()
        if not kept:
            out.append(0)
            continue
        a = s + len(line) - len(line.lstrip())
        out.append((ends[a + len(kept)] - ends[a] + 1) // 2)
    return out
