"""healthdata.fastsearch: a gated search finds exactly what re finds, and the analysis of a
pattern's first characters is right on patterns worked out by hand."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from healthdata.extract.problems import problem_cues
from healthdata.fastsearch import CuePattern, context_free, dispatched, first_characters, match_starts, one_character_set

# ---------------------------------------------------------------- first characters, by hand


@pytest.mark.parametrize(
    "source, expected",
    [
        ("有待|亟需", {"有", "亟"}),
        # a lookbehind and a lookahead take no character; the literal after them starts the match
        ("(?<!排名)落后(?!地区)", {"落"}),
        # an optional first part: the match starts with it or with what follows
        ("(的)?问题", {"的", "问"}),
        ("(?:仍|尚)(然)?(有|不)", {"仍", "尚"}),
        ("[0-9]{1,2}[、.]", set("0123456789")),
        ("[(][一二三]{1,3}[)]", {"("}),
        ("\\((?:[a-z]+ ?){1,8}\\)", {"("}),
        ("x{0,2}y", {"x", "y"}),
        ("^(对|如)", {"对", "如"}),
        ("\\n|\\u4e00", {"\n", "\u4e00"}),
    ],
)
def test_first_characters_worked_out_by_hand(source, expected):
    assert first_characters(source) == frozenset(expected)


@pytest.mark.parametrize(
    "source",
    [
        ".{0,2}有待",  # any character can start it
        "[^,。]紧张",  # a negated class: any character
        "\\d+年",  # a category
        "a?",  # can match the empty string
        "(?i)abc",  # inline flags
        "[\u4e00-\u9fff]字",  # a range too wide to list
    ],
)
def test_first_characters_unknown(source):
    assert first_characters(source) is None


def test_one_character_set():
    assert one_character_set("[,。;!?\\n]") == frozenset(",。;!?\n")
    assert one_character_set("\\n") == frozenset("\n")
    assert one_character_set("[,。]+") is None
    assert one_character_set("ab") is None


@pytest.mark.parametrize(
    "source, free",
    [
        ("不足(?!之处|[0-9])", True),  # lookarounds of characters no edge is
        ("(?<!排名)落后", True),
        ("^不足", False),  # an anchor: the start of a clause is not the start of its sentence
        ("不足$", False),
        ("(?<!,)不足", False),  # the lookbehind tests the edge character itself
        ("(?!.)不足", False),
    ],
)
def test_context_free(source, free):
    assert context_free(source, ",。;") is free


# ---------------------------------------------------------------- the gated search is re's search

VOCABULARY = [p for key in ("admission_strong", "admission_weak", "resolved", "lead_in", "section_heading",
                            "not_admission", "stop") for p in problem_cues()[key]]
ALPHABET = sorted({ch for p in VOCABULARY for ch in p if "\u4e00" <= ch <= "\u9fff"}) + list(",。;、 1")
texts = st.text(alphabet=st.sampled_from(ALPHABET), max_size=40)


@settings(max_examples=400, deadline=None)
@given(texts, st.sampled_from(VOCABULARY), st.integers(0, 5), st.integers(0, 45))
def test_gated_search_finds_what_re_finds(text, source, pos, endpos):
    plain, gated = re.compile(source), CuePattern(source)
    found = gated.search(text, pos, endpos)
    expected = plain.search(text, pos, endpos)
    assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))
    assert [m.span() for m in gated.finditer(text, pos, endpos)] == [m.span() for m in plain.finditer(text, pos, endpos)]
    assert bool(gated.found(text, pos, endpos)) == bool(expected)


ADMISSION = "|".join(f"(?:{p})" for p in problem_cues()["admission_strong"] + problem_cues()["admission_weak"])


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(0, 5), st.integers(0, 45))
def test_a_gate_dispatched_on_first_characters_finds_what_re_finds(text, pos, endpos):
    # the admission wordings start with so many characters that their gate is dispatched
    plain, gated = re.compile(ADMISSION), CuePattern(ADMISSION)
    found, expected = gated.search(text, pos, endpos), plain.search(text, pos, endpos)
    assert (found and found.span()) == (expected and expected.span())
    assert [m.span() for m in gated.finditer(text, pos, endpos)] == [m.span() for m in plain.finditer(text, pos, endpos)]
    assert bool(gated.found(text, pos, endpos)) == bool(expected)


def test_a_dispatched_gate_by_hand():
    # 不足 and 不够 start with 不, (?<!排名)落后 with 落, (仍|尚)有 with 仍 or 尚: at 不 only the
    # first two are tried; a lookbehind still sees the text before the gate
    source = "不足|不够|(?<!排名)落后|(仍|尚)有"
    rx = re.compile(dispatched(source))
    assert [m.start() for m in rx.finditer("人员不足,排名落后,设备落后,尚有不够")] == [2, 12, 15, 17]
    assert dispatched("不足|.少") is None  # an alternative that may start anywhere


def test_the_whole_vocabulary_is_gated():
    # every wording of the vocabulary but the anchored ones starts with characters the analysis knows
    ungated = [p for p in VOCABULARY if CuePattern(p).gate is None and not p.startswith("^")]
    assert ungated == []


@settings(max_examples=200, deadline=None)
@given(texts)
def test_match_starts_finds_every_start_with_its_match(text):
    source = "人员[^,。]{0,3}不足|人才|人"
    expected = [m.span(1) for m in re.finditer(f"(?=({source}))", text) if m.end(1) > m.start(1)]
    assert [m.span(1) for m in match_starts(source).finditer(text)] == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(texts, min_size=1, max_size=4))
def test_a_clause_cue_is_found_in_its_sentence(clauses):
    # the shortcoming wordings are context free for clause punctuation: a clause that words one
    # makes the sentence around it word one too
    weak = problem_cues()["admission_strong"] + problem_cues()["admission_weak"]
    rx = re.compile("|".join(f"(?:{p})" for p in weak))
    clauses = [c.strip(",。; ") for c in clauses]
    sentence = ",".join(clauses)
    if any(rx.search(c) for c in clauses):
        assert rx.search(sentence)
