"""Analyses of pattern sources kept in the pattern cache, as compiled patterns are.

Every build works out, before its first page, where the problem cues' wordings may start (the alternatives of the
shortcoming and lead-in families with their openings spelled out, and whether the page scan finds their starts):
pure Python over sources of tens of thousands of characters, a tenth of a second and more of every build's fixed
cost, and the same answer in every process while the vocabulary and the code are unchanged.  :func:`remembered`
keeps such an answer in :mod:`healthdata.compilecache`'s file (:func:`healthdata.compilecache.memo`), keyed by the
source analysed and by a digest of the modules whose code computes it: a changed analysis makes new entries.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from healthdata import compilecache

PACKAGE = Path(__file__).resolve().parent
# the modules whose code the analyses run (a change in any makes the answers kept so far unused)
ANALYSIS_MODULES = ("fastsearch.py", "extract/problems/vocabulary.py", "linestart.py", "analysismemo.py")


@lru_cache(maxsize=1)
def namespace() -> str | None:
    """The memo namespace: the analysing modules' sources, hashed; None (no memo) when one cannot be read."""
    digest = hashlib.sha1()
    try:
        for name in ANALYSIS_MODULES:
            digest.update((PACKAGE / name).read_bytes())
    except OSError:
        return None
    return f"analysismemo-{digest.hexdigest()}"


def remembered(kind: str, source: str, compute):
    """``compute()``, a pure function of the pattern ``source`` (its result a str, tuple, bool or None), kept in the
    pattern cache under (``kind``, ``source``)."""
    space = namespace()
    if space is None:
        return compute()
    return compilecache.memo(space, (kind, source), compute)
