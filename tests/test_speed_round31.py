"""Round 31, build throughput: each fast form answers what the plain form it stands for answers.

- the segmenter's line patterns anchored at a line's start are tried only where the line leaves them possible
  (:class:`healthdata.linestart.StartPatterns`: by the line's first character, by the plain strings a match holds);
- a page line is searched for a bracketed word at its end only when its last character can end one
  (``pageview._bracketed_word_end``).

Checked on every line of the written evaluation pages (the closed set excepted) and on random lines made of the
characters the patterns look for.
"""
from __future__ import annotations

from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import HELD_OUT, ROOT

WRITTEN = ROOT / "eval" / "written"


@lru_cache(maxsize=1)
def written_lines() -> tuple[str, ...]:
    """Every distinct line of every written page (raw and matching text), stripped, in page order."""
    from healthdata.ingest import read_raw
    from healthdata.segment import page_matching_text

    lines: dict[str, None] = {}
    if not WRITTEN.is_dir():
        return ()
    for raw_dir in sorted(WRITTEN.glob("*/raw")):
        if raw_dir.parts[-2] in HELD_OUT:
            continue
        for path in sorted(p for p in raw_dir.iterdir() if p.is_file()):
            rf = read_raw(path, raw_dir)
            if rf.status != "ok":
                continue
            for text in (rf.text, page_matching_text(rf.text)):
                lines.update(dict.fromkeys(line.strip() for line in text.split("\n") if line.strip()))
    return tuple(lines)


def line_pattern_sets():
    from healthdata.segment import _vocab

    v = _vocab()
    return {"boilerplate": v["boilerplate"], "page_end": v["page_end"], "page_break": v["page_break"]}


# --- line patterns anchored at the start --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["boilerplate", "page_end", "page_break"])
def test_start_patterns_answer_as_every_pattern_tried_on_the_written_lines(name):
    lines = written_lines()
    if not lines:
        pytest.skip("no written pages")
    patterns = line_pattern_sets()[name]
    differ = [line for line in lines if patterns.search_plain(line) != (patterns._starts.match(line)
                                                                        or any(s(line) for s in patterns._anywhere))]
    assert differ == []
    assert any(patterns.search_plain(line) for line in lines)  # (some lines are furniture: both forms are asked both ways)


def _pattern_characters() -> str:
    """Characters the line patterns look for (their literal characters), with common text and space characters."""
    from healthdata.vocab import load_yaml

    v = load_yaml("segment.yaml")
    sources = "".join(v["boilerplate_line"] + v["page_end"] + v["page_break_line"])
    found = {c for c in sources if not c.isascii() or c.isalnum()}
    return "".join(sorted(found)) + " 　\t|>»-—:：0123456789。，、（）()【】"


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_start_patterns_answer_as_every_pattern_tried_on_random_lines(data):
    alphabet = _pattern_characters()
    line = data.draw(st.text(alphabet=alphabet, min_size=0, max_size=80))
    for patterns in line_pattern_sets().values():
        assert patterns.search(line) == patterns.search_plain(line)


def test_start_patterns_on_lines_written_for_them():
    patterns = line_pattern_sets()["boilerplate"]
    for line in ("温馨提示：本站文章均来自网友投稿", "首页 > 政务公开 > 工作总结", "浏览次数：1024",
                 "版权所有：某某县人民政府", "全县卫生健康工作取得新进展。", "", "一、主要工作"):
        assert patterns.search(line) == patterns.search_plain(line)


# --- a bracketed word at a line's end -----------------------------------------------------------------------------


def _bracketed_plain(text: str, s: int, e: int) -> bool:
    from healthdata.pageview import _BRACKETED_WORD_END

    return _BRACKETED_WORD_END.search(text, s, e) is not None


def test_bracketed_word_end_on_the_written_lines():
    from healthdata.pageview import _bracketed_word_end

    lines = written_lines()
    if not lines:
        pytest.skip("no written pages")
    text = "\n".join(lines)
    spans, pos = [], 0
    for line in lines:
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    assert [_bracketed_word_end(text, s, e) for s, e in spans] == [_bracketed_plain(text, s, e) for s, e in spans]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet="医师执业（助理）()乡镇 　\t，。、:\r", max_size=14), min_size=1, max_size=5))
def test_bracketed_word_end_on_random_lines(lines):
    from healthdata.pageview import _bracketed_word_end

    text = "\n".join(lines)
    pos = 0
    for line in lines:
        s, e = pos, pos + len(line)
        assert _bracketed_word_end(text, s, e) == _bracketed_plain(text, s, e)
        pos = e + 1


@pytest.mark.parametrize("line, expected", [("每千常住人口执业（助理）", True), ("执业（助理）　 ", True),
                                            ("执业（助理）。", False), ("（助理）", False), ("", False)])
def test_bracketed_word_end_written_cases(line, expected):
    from healthdata.pageview import _bracketed_word_end

    assert _bracketed_word_end(line, 0, len(line)) is expected
    assert _bracketed_plain(line, 0, len(line)) is expected



# --- a page's lines measured by their printed width -----------------------------------------------------------------


def _widths_plain(text: str, spans) -> list[int]:
    from healthdata.pageview import typeset_width

    return [typeset_width(text[s:e].strip()) for s, e in spans]


def _line_spans_of(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


@lru_cache(maxsize=1)
def written_pages() -> tuple[str, ...]:
    from healthdata.ingest import read_raw

    pages = []
    for raw_dir in sorted(WRITTEN.glob("*/raw")) if WRITTEN.is_dir() else ():
        if raw_dir.parts[-2] in HELD_OUT:
            continue
        for path in sorted(p for p in raw_dir.iterdir() if p.is_file()):
            rf = read_raw(path, raw_dir)
            if rf.status == "ok":
                pages.append(rf.text)
    return tuple(pages)


def test_typeset_widths_of_every_line_of_the_written_pages():
    from healthdata.linewidths import typeset_widths

    pages = written_pages()
    if not pages:
        pytest.skip("no written pages")
    for text in pages:
        spans = _line_spans_of(text)
        assert typeset_widths(text, spans) == _widths_plain(text, spans)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="医师2023年１２％ab．/ 　\t\r（）“”—\u00a0\U00020000", max_size=20), min_size=1, max_size=6),
       st.data())
def test_typeset_widths_on_random_lines(lines, data):
    from healthdata.linewidths import typeset_widths

    text = "\n".join(lines)
    spans = _line_spans_of(text)
    spans = data.draw(st.lists(st.sampled_from(spans), max_size=8)) or spans  # (any lines, in any order)
    assert typeset_widths(text, spans) == _widths_plain(text, spans)


def test_typeset_widths_written_cases():
    from healthdata.linewidths import typeset_widths

    text = "孕产妇死亡率由2015年的18.6/10\n　　卫生　\n\n９８．６％"
    spans = _line_spans_of(text)
    assert typeset_widths(text, spans) == [15, 2, 0, 3] == _widths_plain(text, spans)


# --- analyses kept in the pattern cache ---------------------------------------------------------------------------


def test_decimal_digit_table_is_str_isdecimal_of_every_code_point():
    from healthdata.textnorm import decimal_digit_table, decimal_digit_table_plain

    assert (decimal_digit_table() == decimal_digit_table_plain()).all()


@pytest.mark.parametrize("family", ["weak", "lead_in"])
def test_cue_start_analyses_kept_in_the_cache_are_what_the_analysis_gives(family):
    import marshal

    from healthdata.extract.problems.vocabulary import (
        compiled_cues, scan_finds_starts, start_alternatives, starts_known,
    )
    from healthdata.fastsearch import StartScan

    source = compiled_cues().family_cues[family].pattern
    alternatives = start_alternatives(source)
    assert marshal.loads(marshal.dumps(alternatives)) == alternatives  # (what the cache file gives back)
    assert compiled_cues().starts[family] is not None  # (a page scan is made of them)
    openings = StartScan.openings("|".join(alternatives))
    assert marshal.loads(marshal.dumps(openings)) == openings
    assert scan_finds_starts(family) == starts_known(source)


@pytest.mark.parametrize("family", ["weak", "lead_in"])
def test_cue_start_scan_finds_what_its_gate_finds_on_the_written_pages(family):
    from healthdata.extract.problems.vocabulary import compiled_cues
    from healthdata.segment import page_matching_text

    pages = written_pages()
    if not pages:
        pytest.skip("no written pages")
    scan = compiled_cues().starts[family]
    for text in pages[::3]:
        match = page_matching_text(text)
        assert scan.positions(match) == tuple(m.start() for m in scan.gate.finditer(match))


def test_start_scan_tables_from_given_openings_are_those_worked_out():
    from healthdata.fastsearch import StartScan

    source = "不足|不够|短缺|缺乏|[难困]以|人员(?:不足|短缺)"
    given_tables = StartScan._pair_tables(source, StartScan.openings(source))
    plain = StartScan._pair_tables(source)
    assert all((a == b).all() for a, b in zip(given_tables, plain))
    assert StartScan._pair_tables(r"[^,]不足|短缺", None) is None


def test_line_start_tests_kept_in_the_cache_are_what_the_analysis_gives():
    import marshal

    from healthdata.fastsearch import first_characters, required_literals
    from healthdata.linestart import start_tests

    for patterns in line_pattern_sets().values():
        sources = [source for _cap, source in patterns._capped]
        tests = start_tests(sources)
        assert marshal.loads(marshal.dumps(tests)) == tests
        assert tests == tuple((first_characters(s), required_literals(s)) for s in sources)
