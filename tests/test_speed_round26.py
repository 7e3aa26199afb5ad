"""Round 26, build throughput: patterns ``re`` tried at every character of a page.

- ``\\s`` is read as the 29 white-space characters it matches (not as "any character"), so a pattern opening on
  ``\\s*`` gets a gate (the district markers of normalize/documents were counted with findall at every character);
- the one-character-county pattern (opening on lookbehinds) is asked only where a 县 stands;
- a pattern whose matches are runs of Han characters holding a required literal (the place names) is searched only
  in the runs of Han characters holding one (:class:`healthdata.fastsearch.RunSearch`).

Texts and patterns are written for these tests; expected matches are worked out by hand, and every fast form is
checked against the plain ``re`` form it stands for.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from healthdata.fastsearch import (
    WHITESPACE,
    CuePattern,
    RunSearch,
    first_characters,
    required_literals,
    within_runs,
)
from healthdata.normalize.places import _ONE_CHARACTER_COUNTY, one_character_county_matches

# --- \s known -------------------------------------------------------------------------------------------


def test_whitespace_is_what_re_reads_as_s():
    every = (chr(c) for c in range(0x110000))
    assert WHITESPACE == frozenset(filter(re.compile(r"\s").match, every))


def test_first_characters_of_white_space():
    assert first_characters(r"\s*新区") == WHITESPACE | {"新"}
    assert first_characters(r"[\s、]党委") == WHITESPACE | {"、"}
    assert first_characters(r"[^\s]") is None  # negated: any character
    assert first_characters(r"\d新区") is None  # another category: still unknown
    assert first_characters(r"\s*") is None  # may be empty


# a district's own marker at a line's or a clause's start, after spaces, or its plain forms
DISTRICT = r"全区|我区|(?:^|(?<=[\n。，]))\s*新区(?:党工委|管委会)"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("  新区党工委召开会议", [(0, 7)]),  # spaces at the text's start, then the marker
        ("会上，\u3000新区管委会通报", [(3, 9)]),  # a full-width space after a comma
        ("全区共有12个社区，我区将", [(0, 2), (10, 12)]),
        ("浦东新区党工委", []),  # 新区 inside a name: no clause start before it
        ("。\n 新区管委会", [(1, 8)]),  # a line break and a space: \s* takes both after the full stop
    ],
)
def test_gated_white_space_pattern_finds_what_re_finds(text, expected):
    cue = CuePattern(DISTRICT)
    assert cue.gate is not None  # (before, \s made the first characters unknown: no gate)
    found = [m.span() for m in cue.finditer(text)]
    assert found == expected
    assert found == [m.span() for m in re.finditer(DISTRICT, text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="全我区新党工委管会\n。， \u3000\t党", max_size=40))
def test_gated_white_space_pattern_equals_plain(text):
    cue = CuePattern(DISTRICT)
    assert [m.span() for m in cue.finditer(text)] == [m.span() for m in re.finditer(DISTRICT, text)]
    plain = re.search(DISTRICT, text)
    assert (cue.search(text) and cue.search(text).span()) == (plain and plain.span())


# --- one-character counties -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("攸县卫生局召开会议", [(0, 2)]),  # at the text's start
        ("从茂县卫生局获悉", [(1, 3)]),  # after a word leading to a body
        ("长沙县卫生局", []),  # the tail of a longer name: a Han character before, not one of the leading words
        ("2019 歙县卫生局", [(5, 7)]),  # after a non-Han character
        ("2019年歙县卫生局", []),  # after 年, a Han character not leading to a body
        ("在县县城", [(0, 2)]),  # 在县 at the start; 县县 overlaps it: not read
        ("的县县城", [(0, 2)]),
        ("县", []),  # no character before 县
        ("和县、新县", [(0, 2), (3, 5)]),
    ],
)
def test_one_character_county_matches(text, expected):
    found = [m.span(1) for m in one_character_county_matches(text)]
    assert found == expected
    assert found == [m.span(1) for m in _ONE_CHARACTER_COUNTY.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="县攸茂从在的和长沙a1 \n，", max_size=30))
def test_one_character_county_matches_equal_finditer(text):
    assert [(m.span(), m.group(1)) for m in one_character_county_matches(text)] == \
        [(m.span(), m.group(1)) for m in _ONE_CHARACTER_COUNTY.finditer(text)]


# --- runs of Han characters -----------------------------------------------------------------------------

HAN = ("\u4e00", "\u9fff")
PLACE = r"(?P<name>[\u4e00-\u9fff]{2,14}?(?:市|县|区))|(?P<short>[\u4e00-\u9fff]{2,4}?州)(?![市县区])"


@pytest.mark.parametrize(
    "source, expected",
    [
        (PLACE, True),
        (r"[\u4e00-\u9fff]+(?!\d)", False),  # a lookahead at a character outside the run
        (r"(?<=从)[\u4e00-\u9fff]+县", False),  # a lookbehind reads before the match
        (r"a县", False),  # consumes a character outside the range
        (r"[\u4e00-\u9fff]{2}(?:卫生局|卫健委)", True),
        (r"(?i)[\u4e00-\u9fff]县", False),  # inline flags
        (r"^[\u4e00-\u9fff]县", False),  # an anchor
    ],
)
def test_within_runs(source, expected):
    assert within_runs(source, *HAN) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("长沙市岳麓区卫生局", [(0, 3), (3, 6)]),
        ("延边州卫生局", [(0, 3)]),
        ("恩施州市", [(0, 4)]),  # 州 before 市 is no short form; the name runs on to 市
        ("在2019年，攸县、茂县", []),  # one character before 县: too short
        ("abc临夏州", [(3, 6)]),  # the run opens after Latin letters
        ("临夏州", [(0, 3)]),  # the lookahead at the text's end
        ("临夏州1市", [(0, 3)]),  # 1 ends the run: the lookahead sees no 市
        ("今天天气很好", []),  # no run holds a suffix
    ],
)
def test_run_search_finds_what_re_finds(text, expected):
    search = RunSearch(PLACE)
    assert search.runs is not None
    found = [m.span() for m in search.finditer(text)]
    assert found == expected
    assert found == [m.span() for m in re.finditer(PLACE, text)]


def test_run_search_without_runs_is_the_plain_pattern():
    search = RunSearch(r"[\u4e00-\u9fff]+(?!\d)")
    assert search.runs is None
    # (卫生 is followed by a digit: the run gives back 生; 局 stands at the end)
    assert [m.span() for m in search.finditer("卫生1局")] == [(0, 1), (3, 4)]
    assert set(required_literals(PLACE)) == set("县区州市")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="长沙市县区州临夏延边卫生局a1 ，。\n", max_size=40))
def test_run_search_equals_finditer(text):
    def key(m):
        return m.span(), m.group("name"), m.group("short")

    assert [key(m) for m in RunSearch(PLACE).finditer(text)] == [key(m) for m in re.finditer(PLACE, text)]
