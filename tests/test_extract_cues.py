"""healthdata.extract.cues: the vocabulary forms and the small text tests built on them."""
from __future__ import annotations

from healthdata.extract.cues import cues, group_gap, links_end, subject_start
from healthdata.textnorm import matching_text


def test_group_gap_joins_list_values_but_not_clauses():
    m = matching_text("85%和65%,城区98%,农村95%,提高2个百分点,达到99%")
    assert group_gap(m, 3, 4)  # 和
    assert group_gap(m, m.index("98%") + 3, m.index("95%"))  # ,农村 : a comma before a population
    assert not group_gap(m, m.index("2个") + 5, m.index("99%"))  # ,达到 : a comma alone joins no list


def test_links_end_strips_trailing_link_words():
    m = matching_text("参合率分别达到")
    assert m[: links_end(m, 0, len(m), cues())] == "参合率"
    m = matching_text("参合率")
    assert links_end(m, 0, len(m), cues()) == len(m)


def test_subject_start_skips_what_closes_the_previous_value():
    m = matching_text("以上、住院分娩率")
    assert m[subject_start(m, 0, len(m), cues()) :] == "住院分娩率"


def test_subject_start_keeps_a_word_that_opens_with_a_joiners_character():
    # 及 joins two subjects (孕产妇及儿童), but 及时 ("timely") opens the name of a rate
    m = matching_text("、及时调查率")
    assert m[subject_start(m, 0, len(m), cues()) :] == "及时调查率"
    m = matching_text("及住院分娩率")
    assert m[subject_start(m, 0, len(m), cues()) :] == "住院分娩率"
