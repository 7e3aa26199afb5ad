"""Round 27, build throughput: plain patterns ``re`` tried at every character of a page.

- :func:`healthdata.fastsearch.quick` compiles a pattern as ``re`` does, but one that ``re`` would try at every
  position (it opens on an anchor, a lookbehind, or a class in one alternative and a literal in another: no literal
  prefix and no set of first characters in its compiled form) is searched through the gate of the characters a match
  starting past the text's first position can open with; ``^`` and ``\\A`` hold only at the first position, which is
  asked directly.  normalize/documents compiles its vocabulary's patterns so;
- a pattern that never matches (``(?!)``, the vocabularies' "no wording") finds nothing without scanning the text.

Texts and patterns are written for these tests; expected matches are worked out by hand, and every fast form is
checked against the plain ``re`` form it stands for.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from healthdata.fastsearch import (
    NO_MATCH,
    PAIR_SCAN_MIN_CHARS,
    CuePattern,
    QuickPattern,
    StartScan,
    first_characters_past_start,
    never_matches,
    quick,
    skips_by_itself,
)

# a plan part's heading at the text's start or after a line break or a full stop, numbered or not
HEADING = r"(?:^|\n|[。；])\s*(?:[一二三四五]{1,2}\s*[、.])?\s*(?:下一?步|明年)的?工作"
# a name before 市 at the text's start, else a marker after a clause's end
NAMED = r"(?:^|\n)\s*[\u4e00-\u9fff]{1,6}[:：]|(?<=[，。])全市"
# a year with its numerals, not after a digit (a lookbehind opens the pattern)
YEAR = r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})\s*年|(?<![一二])(?P<cy>二[〇○][一二三][0-9一二三])年"


def test_what_re_skips_through_by_itself():
    assert skips_by_itself("全市|全县")  # every alternative opens on a literal: a set of first characters
    assert skips_by_itself("[一二三]、")  # a class first: its characters
    assert skips_by_itself("工作总结")  # a literal prefix
    assert not skips_by_itself(HEADING)  # an anchor first
    assert not skips_by_itself(YEAR)  # a lookbehind first
    assert not skips_by_itself("[0-9]+年|截至")  # a class in one alternative, a literal in the other
    assert skips_by_itself("(?:某)?")  # may match the empty string: no gate can be made


def test_first_characters_past_the_start():
    # past the first position a match opens on its line break (spaces and the name follow ^ only at the first position)
    assert first_characters_past_start(r"(?:^|\n)\s*[一-龥]{1,6}：") == {"\n", "\uffff"}
    assert first_characters_past_start(r"^某|全市") == {"\uffff", "全"}  # (U+FFFF stands where ^ stood)
    assert first_characters_past_start(r"\A年报|年鉴") == {"\uffff", "年"}
    assert first_characters_past_start(r"[^^]年") is None  # (a caret inside a class is no anchor: any character)
    assert first_characters_past_start(r"(?<=[，。])全市") == {"全"}


@pytest.mark.parametrize(
    "source, text, expected",
    [
        (HEADING, "下一步工作：加强", [(0, 5)]),  # at the text's start: ^ holds
        (HEADING, "工作总结。二、明年工作\n下步工作", [(4, 11), (11, 16)]),
        (HEADING, "全年工作，下一步工作", []),  # after a comma: no heading
        (NAMED, "张三：发言。会上，全市", [(0, 3), (9, 11)]),
        (NAMED, "会议\n  主持人：某", [(2, 9)]),  # a line break and spaces before the name
        (YEAR, "2031年和二〇三一年，12031年", [(0, 5), (6, 11)]),  # (12031: 2031 after a digit)
    ],
)
def test_quick_pattern_finds_what_re_finds(source, text, expected):
    fast = quick(source)
    assert isinstance(fast, QuickPattern)
    assert [m.span() for m in fast.finditer(text)] == expected
    assert [m.span() for m in re.finditer(source, text)] == expected
    assert fast.findall(text) == re.findall(source, text)
    first = re.search(source, text)
    assert (fast.search(text) and fast.search(text).span()) == (first and first.span())


def test_quick_keeps_what_re_finds_fast_as_it_is():
    assert not isinstance(quick("全市|全县"), QuickPattern)
    assert not isinstance(quick(HEADING, re.MULTILINE), QuickPattern)  # (^ at every line start: left to re)


def test_quick_pattern_searches_within_pos_and_endpos():
    fast, plain = quick(HEADING), re.compile(HEADING)
    text = "明年工作。下一步工作。明年工作"
    for pos in range(len(text) + 1):
        for endpos in range(pos, len(text) + 1):
            a, b = fast.search(text, pos, endpos), plain.search(text, pos, endpos)
            assert (a and a.span()) == (b and b.span()), (pos, endpos)
            assert [m.span() for m in fast.finditer(text, pos, endpos)] == [m.span() for m in plain.finditer(text, pos, endpos)]


def test_findall_gives_groups_as_re_does():
    fast = quick(YEAR)
    assert fast.findall("2031年与二〇三二年") == [("2031", ""), ("", "二〇三二")]  # ('' for a group that took no part)
    one = quick(r"(?<![0-9])((?:19|20)[0-9]{2})年")
    assert one.findall("2030年到2031年") == ["2030", "2031"]


def test_the_rest_of_the_pattern_is_the_plain_one():
    fast = quick(YEAR)
    assert fast.pattern == YEAR and fast.groupindex == re.compile(YEAR).groupindex and fast.groups == 2
    assert fast.match("2031年").group("y") == "2031"
    assert fast.sub("#", "2031年和2032年") == "#和#"
    assert fast.fullmatch("二〇三一年").group("cy") == "二〇三一"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="下一步明年的工作\n。；，、 二五全市张：0129〇年", max_size=30),
       st.sampled_from([HEADING, NAMED, YEAR]))
def test_quick_pattern_equals_plain(text, source):
    fast, plain = quick(source), re.compile(source)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert fast.findall(text) == plain.findall(text)
    for pos in (0, 1, 3):
        a, b = fast.search(text, pos), plain.search(text, pos)
        assert (a and a.span()) == (b and b.span())


# --- patterns that never match -----------------------------------------------------------------------------------


def test_never_matching_patterns():
    assert never_matches("(?!)")
    assert never_matches("(?!)全乡")
    assert not never_matches("全乡|(?!)")  # (one alternative may still match)
    assert not never_matches("(?!乡)镇")
    assert not never_matches("全乡")


def test_a_never_matching_pattern_finds_nothing_without_looking():
    text = "全乡共有卫生室12所" * 3
    fast = quick("(?!)")
    assert fast.gate is NO_MATCH
    assert fast.search(text) is None and list(fast.finditer(text)) == [] and fast.findall(text) == []
    cue = CuePattern("(?!)")
    assert cue.gate is NO_MATCH
    assert cue.search(text) is None and list(cue.finditer(text)) == [] and cue.found(text) is None
    assert re.findall("(?!)", text) == []  # (what the plain pattern finds, after trying every position)


# --- the page view's gated patterns ------------------------------------------------------------------------------

# pieces of pages written for this test: a page printed on one line, headings glued after full stops, a page break
# inside a sentence, a breadcrumb, pinyin after characters, counters
PAGE_PIECES = [
    "某县卫生健康局2031年工作总结 2031年，我局在县委的领导下。一、主要工作（一）公共卫生。二是加强基层。三、存在问题",
    "首页 > 新闻中心 > 工作动态\n当前位置：首页>政务公开\n浏览次数：1,024 发布时间：2031-02-14",
    "全县孕产妇系统管理率达到9\n— 3 —\n6.5%，比上年提高1.2个百分点。第一章 总体要求 一是坚持",
    "东(dōng)胜(shèng)区卫生局。第2页/共5页 ——第 3 页——\n【字号：大 中 小】【打印】【关闭】",
    "住院分娩率98.6%；1、健全制度。2、落实责任。（一）加强领导（二）强化考核",
]


def test_the_page_views_gated_patterns_find_what_re_finds():
    import healthdata.pageview as pv

    v = pv._v()
    gated = [x for x in v.values() if isinstance(x, pv.Gated)] + v["inline_furniture"]
    assert any(isinstance(pv.fastsearch.quick(g.rx), QuickPattern) for g in gated)  # (some are searched through a gate)
    for g in gated:
        for piece in PAGE_PIECES:
            text = pv.page_matching_text(piece)
            for pos, endpos in ((0, len(text)), (3, len(text) - 2), (len(text) // 2, len(text))):
                expected = [(m.span(), m.groupdict()) for m in g.rx.finditer(text, pos, endpos)]
                scanned = list(g.scan(text, pos, endpos))
                assert [(m.span(), m.groupdict()) for m in scanned] == expected, (g.name, piece, pos, endpos)
                assert all(m.re is g.rx for m in scanned)  # (the page view tells its patterns' matches apart by m.re)


# --- where a cue may start, found from the pairs of characters the wordings open with -------------------------------

# wordings written for this test: literal pairs, a class first, a first character whose second is unknown ([^,]{0,4}),
# one that may end after its first character, a second character that is a class
WORDINGS = r"不足|不够|较[低弱差]|[资经]费紧张|是[^,。]{0,4}(?:短板|难题)|少|人员(?:短缺|不足)|工作量大"


def _page(pieces: list[str]) -> str:
    # long enough for the tables (PAIR_SCAN_MIN_CHARS), pieces repeated with filler between them
    text = "，".join(pieces)
    while len(text) < 2 * PAIR_SCAN_MIN_CHARS:
        text += "。全县卫生工作稳步推进，" + "，".join(pieces)
    return text


def _scan(source: str) -> StartScan:
    return StartScan(source, CuePattern(source).gate)


def test_start_scan_finds_every_position_the_gate_stops_at():
    scan = _scan(WORDINGS)
    assert scan.tables is not None
    text = _page(["基层人员不足", "经费紧张", "这是最大的短板", "工作量大", "不多", "较高", "少数", "资金较弱"])
    expected = tuple(m.start() for m in scan.gate.finditer(text))
    assert scan.positions(text) == expected
    # by hand, in the first pieces: 人员不足 opens at 2 (人员…) and 4 (不足), 经费紧张 at 7, 是…短板 at 13
    assert expected[:4] == (2, 4, 7, 13)


def test_start_scan_of_short_texts_and_without_tables():
    scan = _scan(WORDINGS)
    assert scan.positions("经费紧张，较低") == (0, 5)  # (short: the gate itself)
    grouped = _scan(r"(?:人员|经费)不足|短缺")  # (a group opens the first wording: 人 and 经 are candidates alone)
    assert grouped.tables is not None
    text = _page(["人员不足", "物资短缺", "人力", "经费够"])
    assert grouped.positions(text) == tuple(m.start() for m in grouped.gate.finditer(text))
    assert StartScan._pair_tables(r"[^,]不足|短缺") is None  # (a wording opening on any character: no tables)


def test_start_scan_past_the_basic_plane():
    scan = _scan(WORDINGS)
    text = _page(["\U00020000不足", "少\U00020001", "经\U00020002费紧张"])  # (characters past U+FFFF open nothing)
    assert scan.positions(text) == tuple(m.start() for m in scan.gate.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="不足够较低弱差资经费紧张是短板难题少人员缺工作量大，。全县\U00020000", min_size=0, max_size=80))
def test_start_scan_equals_the_gate(piece):
    scan = _scan(WORDINGS)
    text = _page([piece])
    assert scan.positions(text) == tuple(m.start() for m in scan.gate.finditer(text))


def test_the_shortcoming_wordings_are_scanned_by_pairs():
    from healthdata.extract.problems.vocabulary import compiled_cues, cue_starts

    scan = compiled_cues().starts["weak"]
    assert isinstance(scan, StartScan) and scan.tables is not None
    page = _page(["乡镇卫生院人才短缺", "村医待遇偏低", "资金投入不足"])
    cue_starts.cache_clear()
    assert cue_starts(page, "weak") == tuple(m.start() for m in scan.gate.finditer(page))
