"""Round 28, build throughput: work each page, table or build does once instead of per position, cell or allocation.

- the page view's doubled titles (a one-line page printing the report's title two or three times back to back): a run
  of copies is looked for only where the title's last characters (``doubled_title_chars``' least) recur before it on
  the line, one ``str.find`` in C, instead of trying every title length; and the report words are searched through the
  gate of their first characters (:func:`healthdata.fastsearch.quick`), not tried by ``re`` at every character;
- a table's rows that share their keys (as the rows one function makes do) are read column-wise in one pass
  (:func:`healthdata.package.registry.frame`), not one ``dict.get`` per cell;
- during a build the cycle collector collects its young generation after ``GC_YOUNG_THRESHOLD`` new containers and
  leaves the objects loaded before the build out of its full collections (:func:`healthdata.build.fewer_collections`).

Pages and rows are written for these tests; expected edits and frames are worked out by hand, and every fast form is
checked against the plain form it stands for.
"""
from __future__ import annotations

import gc
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import healthdata.pageview as pv
from healthdata.build import GC_YOUNG_THRESHOLD, fewer_collections
from healthdata.package.registry import _columns_of, frame
from healthdata.vocab import load_yaml

TITLE = "某县卫生健康局2031年工作总结"  # 16 characters, ending in a report word
MENU = "首页 | 政务公开 | 工作动态"
TEXT = "2031年，全县卫生健康工作取得新进展。"


# --- doubled titles ----------------------------------------------------------------------------------------------


def _plain_doubled_title_edits(text: str) -> list:
    """The doubled-title pass as it read before this round: the report words tried by ``re`` at every character, and
    every title length from the least to the most tried at every report word."""
    from healthdata.segment import title_like

    text = pv.page_matching_text(text)
    report_word = re.compile(load_yaml("segment.yaml")["report_word"])
    least, most = (int(n) for n in load_yaml("pageview.yaml")["doubled_title_chars"])
    out = []
    for s, e in pv._line_spans(text):
        if e - s < 2 * least:
            continue
        for m in report_word.finditer(text, s, e):
            end = m.end()
            copies = pv._copies_tried(text, s, end, least, most)  # (the copies without the gate)
            if len(copies) < 2 or not text[s:copies[0]].strip() or not title_like(text[copies[-1]:end]):
                continue
            out += [(c, c, "\n") for c in copies]
            if text[end:e].strip():
                out.append((end, end, "\n"))
            break
    return out


def test_a_title_printed_twice_after_the_sites_lines_is_set_on_lines_of_its_own():
    page = MENU + " " + TITLE + TITLE + TEXT
    first = len(MENU) + 1
    second = first + len(TITLE)
    after = second + len(TITLE)
    assert pv.doubled_title_edits(page) == [(first, first, "\n"), (second, second, "\n"), (after, after, "\n")]
    assert _plain_doubled_title_edits(page) == pv.doubled_title_edits(page)


def test_copies_set_off_by_spaces():
    # (the first run of copies found ends at the second copy's report word: the third starts the next line)
    page = MENU + "　" + TITLE + "　" + TITLE + "  " + TITLE + "　" + TEXT
    starts = [m.start() for m in re.finditer(TITLE, page)]
    after = starts[1] + len(TITLE)
    assert pv.doubled_title_edits(page) == [(starts[0], starts[0], "\n"), (starts[1], starts[1], "\n"), (after, after, "\n")]
    assert _plain_doubled_title_edits(page) == pv.doubled_title_edits(page)


@pytest.mark.parametrize("page", [
    MENU + " " + TITLE + TEXT,  # printed once: nothing
    TITLE + TITLE + TEXT,  # copies with nothing of the site's before them: nothing
    # the title's last characters recur earlier on the line, but no copy stands right before it
    MENU + " 关于" + TITLE[-10:] + "的通知 " + TITLE + TEXT,
    "",
    TITLE,
])
def test_no_copies_no_edits(page):
    assert pv.doubled_title_edits(page) == []
    assert _plain_doubled_title_edits(page) == []


def test_copies_are_looked_for_only_where_the_titles_last_characters_recur():
    least, most = pv._v()["doubled_title_chars"]
    line = MENU + TITLE + TITLE + TEXT
    end = len(MENU) + 2 * len(TITLE)
    assert pv._copies_before(line, 0, end, least, most) == [len(MENU), len(MENU) + len(TITLE)]
    # the last ``least`` characters of the title found nowhere before it: one start, the title's end
    single = MENU + TITLE + TEXT
    assert pv._copies_before(single, 0, len(MENU) + len(TITLE), least, most) == [len(MENU) + len(TITLE)]
    # (a copy cut short by the line's start: not a copy)
    assert pv._copies_before(line, len(MENU) + 1, end, least, most) == [end]


def test_the_report_words_are_searched_through_their_gate():
    from healthdata.fastsearch import QuickPattern

    rx = pv._v()["report_word"]
    assert isinstance(rx, QuickPattern)
    plain = re.compile(load_yaml("segment.yaml")["report_word"])
    line = MENU + " " + TITLE + "　2031年工作计划和2032年工作要点的通知，政策解读"
    for pos, endpos in ((0, len(line)), (5, len(line) - 3), (len(MENU), len(line))):
        assert [m.span() for m in rx.finditer(line, pos, endpos)] == [m.span() for m in plain.finditer(line, pos, endpos)]


PIECES = [TITLE, "某市卫生局2030年工作计划", MENU, TEXT, " ", "　", "\n", "工作总结", "总结", "2031年", "关于印发的通知"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=9))
def test_doubled_title_edits_equal_the_plain_pass(pieces):
    page = "".join(pieces)
    assert pv.doubled_title_edits(page) == _plain_doubled_title_edits(page)


# --- frames from rows -------------------------------------------------------------------------------------------


def _problem_row(i: int, **extra) -> dict:
    return {"problem_id": f"d{i}/p01", "doc_id": f"d{i}", "source_file": "a.txt", "source_start": 10 * i,
            "source_end": 10 * i + 8, "text": "基层人才缺乏", **extra}


def test_rows_sharing_their_keys_are_read_column_wise():
    rows = [{"a": 1, "b": "x"}, {"a": 2, "b": None}]
    assert _columns_of(rows) == {"a": [1, 2], "b": ["x", None]}
    assert _columns_of([]) is None
    assert _columns_of([{"a": 1, "b": 2}, {"b": 2, "a": 1}]) is None  # (another order: read by key)
    assert _columns_of([{"a": 1}, {"a": 1, "b": 2}]) is None  # (another set of keys)


def test_a_frame_is_the_same_whichever_way_its_rows_are_read():
    from healthdata.package.registry import column_dtypes

    columns = [c for c, _ in column_dtypes("documents")]
    row = {c: None for c in columns}
    row.update(doc_id="d1", source_file="a.txt", source_start=0, source_end=120, n_chars=120, title="某县2031年工作总结",
               doc_type="summary", year=2031)
    same = [dict(row), {**row, "doc_id": "d2", "source_start": 130, "year": 2030}]
    # (the second row's keys in another order: the rows are read cell by cell)
    mixed = [dict(same[0]), dict(reversed(list(same[1].items())))]
    assert _columns_of(same) is not None and _columns_of(mixed) is None
    fast, plain = frame("documents", same), frame("documents", mixed)
    assert list(fast.columns) == columns
    assert fast.equals(plain) and list(fast.dtypes) == list(plain.dtypes)
    assert fast["doc_id"].tolist() == ["d1", "d2"]
    assert fast["source_start"].tolist() == [0, 130]


def test_a_column_no_row_has_is_missing_in_the_frame():
    from healthdata.package.registry import column_dtypes

    columns = [c for c, _ in column_dtypes("documents")]
    row = {c: None for c in columns if c != "title"}  # (no row has a title)
    row.update(doc_id="d1", source_file="a.txt", source_start=0, source_end=120, n_chars=120)
    rows = [dict(row), {**row, "doc_id": "d2", "source_start": 130}]
    assert _columns_of(rows) is not None
    df = frame("documents", rows)
    assert list(df.columns) == columns
    assert df["doc_id"].tolist() == ["d1", "d2"]
    assert df["title"].isna().all()
    assert df.equals(frame("documents", [dict(reversed(list(r.items()))) for r in rows]))  # (as read cell by cell)


# --- the cycle collector during a build ------------------------------------------------------------------------------


def test_fewer_collections_during_the_block_and_as_before_after():
    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    with fewer_collections():
        assert gc.get_threshold()[0] == max(before[0], GC_YOUNG_THRESHOLD)
        assert gc.get_threshold()[1:] == before[1:]
        assert gc.get_freeze_count() > frozen  # (what was loaded before the block: out of the full collections)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_fewer_collections_restores_the_collector_when_the_block_fails():
    before = gc.get_threshold()
    with pytest.raises(ZeroDivisionError):
        with fewer_collections():
            1 / 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_a_build_leaves_the_collector_as_it_found_it(tmp_path):
    from healthdata.build import build

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(TITLE + "\n" + "全县孕产妇系统管理率达到96.5%，比上年提高1.2个百分点。\n", encoding="utf-8")
    before = gc.get_threshold()
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.counts["documents"] == 1
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
