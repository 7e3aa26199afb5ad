"""What the reshape tests (test_reshape_round27.py, round28, round29) read off a page, in one place: its view, its values,
its problems, and the page wrapped at one width as test_metamorphic's hard_wrap transforms wrap it (with the site's chunk
numbers, if asked)."""
from __future__ import annotations

import random

from healthdata.pageview import page_view
from test_metamorphic import _wrap, page_facts


def view(raw: str) -> str:
    return page_view(raw).text


def values(raw: str) -> set[tuple]:
    """(value, unit, statement) of every observation of the page, its spans checked."""
    obs, _, errors = page_facts(raw)
    assert not errors
    return {(value, unit, statement) for value, unit, _indicator, statement, *_ in obs}


def problems(raw: str) -> list[str]:
    _, probs, errors = page_facts(raw)
    assert not errors
    return list(probs)


def wrap(text: str, width: int, chunk_numbers: bool = False) -> str:
    """Each line cut every ``width`` characters (a site's wrap at one width); with ``chunk_numbers`` a site's 1、 2、 … at
    each cut, the first chunk numbered too (test_metamorphic's hard_wrap and hard_wrap_chunks at that width)."""
    return _wrap(text, random.Random(0), chunk_numbers, width)
