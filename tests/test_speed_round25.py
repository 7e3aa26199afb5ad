"""Round 25, build throughput: the per-clause work.

- an alternation some of whose wordings hold at the text's start only (``^…``) is gated too: the start is
  asked once, the other wordings through their first characters (the lead-ins, section headings and
  not-admission wordings each held one such wording, and were searched wording by wording at every character
  of every clause);

Texts and patterns are written for these tests; expected positions are worked out by hand.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from healthdata.extract.problems import problem_cues
from healthdata.extract.problems.judgement import is_lead_in
from healthdata.extract.problems.vocabulary import any_of, compiled_cues, may_start_in, with_known_start
from healthdata.fastsearch import CuePattern, LiteralGated, required_literals, start_anchored_gate

# --- a gate for alternations with start-only wordings ------------------------------------------------

# a speaker's one-word verdict (start only, any first character), a shortage, a finding at the start
SOURCE = "^[^,。]{1,3}是最大的难题$|人手(不足|短缺)|(?:^没有发现|短板)"


@pytest.mark.parametrize(
    "text, pos, expected",
    [
        ("编制是最大的难题", 0, (0, 8)),  # the start-only wording, at the start
        ("今年编制是最大的难题", 0, None),  # four characters before 是: no start-only match, nothing else
        ("基层人手不足,设备老化", 0, (2, 6)),  # a wording with known first characters, inside the text
        ("没有发现问题", 0, (0, 4)),  # start-only, inside a group of alternatives
        ("没有发现问题", 1, None),  # ^ holds at the text's start only, whatever pos
        ("年底前没有发现短板", 0, (7, 9)),  # 没有发现 not at the start: only 短板
        ("编制是最大的难题", 1, None),
    ],
)
def test_a_start_only_wording_is_gated_and_found_as_re_finds_it(text, pos, expected):
    gated = CuePattern(SOURCE)
    assert gated.gate is not None and gated.gate.pattern.startswith("\\A")
    found = gated.search(text, pos)
    assert (found and found.span()) == expected
    assert (found and found.span()) == ((m := re.compile(SOURCE).search(text, pos)) and m.span())
    assert bool(gated.found(text, pos)) == (expected is not None)


def test_no_start_gate_when_it_could_stop_without_a_match_or_has_nothing_to_skip():
    assert start_anchored_gate("^(编制)?|短板") is None  # the start-only wording can match nothing: empty matches
    assert start_anchored_gate("^编制|^人手") is None  # start-only throughout: re tries the start only anyway
    assert start_anchored_gate("^编制|.缺") is None  # another wording may start with any character
    assert start_anchored_gate("短板|不足") is None  # no start-only wording (the plain gate serves)


CUES = problem_cues()
START_ONLY = {key: any_of(CUES[key]).pattern for key in ("lead_in", "section_heading", "not_admission")}
ALPHABET = sorted({ch for p in START_ONLY.values() for ch in p if "\u4e00" <= ch <= "\u9fff"}) + list(",。;:“ 1")


def test_the_cue_families_with_start_only_wordings_are_gated():
    for key, source in START_ONLY.items():
        assert re.search(r"(^|\|)\(\?:\^", source), key  # (it holds a start-only wording)
        assert CuePattern(source).gate is not None, key


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=30), st.sampled_from(sorted(START_ONLY)),
       st.integers(0, 3), st.integers(0, 35))
def test_start_gated_cue_families_find_what_re_finds(text, key, pos, endpos):
    plain, gated = re.compile(START_ONLY[key]), CuePattern(START_ONLY[key])
    expected = plain.search(text, pos, endpos)
    found = gated.search(text, pos, endpos)
    assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))
    assert [m.span() for m in gated.finditer(text, pos, endpos)] == [m.span() for m in plain.finditer(text, pos, endpos)]
    assert bool(gated.found(text, pos, endpos)) == bool(expected)


@pytest.mark.parametrize(
    "text, announces",
    [
        ("存在一些问题", True),  # problems announced, none named
        ("最大的难题是人才", True),  # the start-only lead-in: the hardest problem named in a word or three
        ("工作中也暴露出一些不容忽视的问题", True),
        ("今年全县最大的难题是人才", False),  # not at the start: the start-only wording does not hold
        ("全年门诊量增长百分之十", False),  # no lead-in
    ],
)
def test_lead_ins_in_sentences_written_for_the_test(text, announces):
    source = START_ONLY["lead_in"]
    assert bool(CuePattern(source).found(text)) is announces
    assert bool(re.search(source, text)) is announces


# --- a pattern asked of whole pages, searched only in a page holding a string every match holds --------


@pytest.mark.parametrize(
    "source, expected",
    [
        ("(?P<name>[\u4e00-\u9fff]{2,4}?)\\s*(?:卫生健康|卫生)?\\s*年鉴", ("年鉴",)),  # a name, then the word: the word
        ("(?:日报|晚报|新闻网|发布(?=\\s*[|]))", ("发布", "新闻网", "日报", "晚报")),  # one of the outlets' words
        ("(?:截至|截止)[0-9]+月底?", ("截止", "截至")),  # the group is longer than the run after it
        ("人员(?=编制)?不足", ("人员",)),  # a lookaround holds nothing a match holds: two runs, the first kept
        ("(?:医)?疗|诊", ("疗", "诊")),  # an optional group is no requirement; each alternative gives its own
        ("[甲乙]级", ("级",)),  # a class is no plain string
    ],
)
def test_required_literals_worked_out_by_hand(source, expected):
    assert required_literals(source) == expected


@pytest.mark.parametrize("source", ["[\u4e00-\u9fff]{2}", "(?:年鉴)?", "年鉴|.", "(?i)abc", "a*"])
def test_no_required_literals(source):
    assert required_literals(source) is None


@pytest.mark.parametrize(
    "text, pos, span",
    [
        ("邳州年鉴（2011） > 社会事业 > 卫生", 0, (0, 4)),
        ("全县卫生健康工作会议召开", 0, None),  # no 年鉴: no search
        ("据福安卫生健康年鉴记载", 0, (0, 9)),  # (the lazy name grows from the leftmost start: 据福安 is the name)
        ("邳州年鉴", 2, None),  # the word before pos is not looked at
    ],
)
def test_a_literal_gated_search_finds_what_re_finds(text, pos, span):
    source = "(?P<name>[\u4e00-\u9fff]{2,4}?)\\s*(?:卫生健康|卫生)?\\s*年鉴"
    found = LiteralGated(source).search(text, pos)
    assert (found and found.span()) == span
    assert (found and found.span()) == ((m := re.compile(source).search(text, pos)) and m.span())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("福安邳州年鉴卫生健康日报晚报发布新闻网|县市 ")), max_size=20), st.integers(0, 3),
       st.integers(0, 25))
def test_literal_gated_searches_find_what_re_finds(text, pos, endpos):
    for source in ("(?P<name>[\u4e00-\u9fff]{2,4}?)\\s*(?:卫生健康|卫生)?\\s*年鉴", "(?P<name>[\u4e00-\u9fff]{2,4}?)\\s*(?:日报|晚报|新闻网|发布(?=\\s*[|]))"):
        found, expected = LiteralGated(source).search(text, pos, endpos), re.compile(source).search(text, pos, endpos)
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


# --- the page scan of lead-ins: a wording opening on any character is found where its known part stands ---------


def test_with_known_start_drops_only_the_parts_that_may_open_on_any_character():
    assert with_known_start("[^,。]{1,3},?(是|就是)最大的难题") == ",?(是|就是)最大的难题"
    assert with_known_start("存在(着)?不少问题") == "存在(着)?不少问题"  # known from the start: itself
    assert with_known_start("[^,。]{1,3}") is None  # nothing known is left
    assert with_known_start(".(的)?") is None  # what is left may match nothing


def test_the_lead_in_scan_is_made_and_finds_a_lead_in_opening_on_any_word():
    assert compiled_cues().starts["lead_in"] is not None  # (before, one wording opening on any character made none)
    text = "院长坦言:编制,是最大的难题。全年门诊量增长12%。"
    s = text.index("编制")
    e = text.index("。")
    assert is_lead_in(text[s:e], True)  # the speaker's word, then 是最大的难题: it announces the list after it
    assert may_start_in(text, s, e, "lead_in")
    later = text.index("全年")
    assert not is_lead_in(text[later:-1]) and not may_start_in(text, later, len(text) - 1, "lead_in")
