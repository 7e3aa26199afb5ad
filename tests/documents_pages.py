"""Page-building helpers shared by the documents tests of rounds 27 to 29 (tests/test_documents_round2*.py): a line of
the segmenter's own, and the news item of a site (headline, date-and-source line, text) in which several causes were
tested.  Every page they build is written for the tests (names and figures invented)."""
from __future__ import annotations

from healthdata.segment import Line, is_boilerplate


def line(text: str) -> Line:
    """A line of the segmenter's own whose matching text is ``text``."""
    return Line(0, len(text), text, text)


def is_sites_line(text: str) -> bool:
    """Whether the segmenter reads ``text``, alone on its line, as the site's furniture."""
    return is_boilerplate(line(text))


def news_page(headline: str, posted: str, text: str, source: str = "区卫生健康局") -> str:
    """A site's news item: its headline, the line of its posting day and source, a blank line and its text."""
    return f"{headline}\n{posted}　来源：{source}\n\n{text}\n"


def sites_line_cases(sites: dict[str, tuple[str, ...]], sentences: tuple[str, ...]) -> list:
    """pytest params (text, whether it is the site's line) of a table of the site's lines by cause and of sentences that
    open as they do (report text)."""
    import pytest

    return ([pytest.param(t, True, id=f"{cause}-{n}") for cause, texts in sites.items() for n, t in enumerate(texts)]
            + [pytest.param(t, False, id=f"sentence-{n}") for n, t in enumerate(sentences)])
