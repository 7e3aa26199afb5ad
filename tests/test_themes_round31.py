"""Themes of problems in wordings that the open sets of round 31 (holdout98 opened, holdout104-107 new) left without
the theme a reader gives, or gave a theme that is not the problem's subject, on sentences written for these tests.

Each group is a cause, not a page: the pay of the family-planning programme's own cadres (that programme's staffing,
no money named); abuse of an insurance fund at the facilities it pays (conduct and the fund's supervision both); the
management of the migrant population said plainly (family planning's own work); work carried out unevenly (how it is
carried out, no inequity of residents); the rate of a piece of routine work said low after the patients it counts (the
work not done).
"""
from __future__ import annotations

import pytest

from test_themes_round14 import reader_themes as themes_of  # (the themes the package gives a problem statement)

from healthdata.normalize.themes import themes_for
from healthdata.textnorm import matching_text


def subjects_of(sentence: str) -> set[str]:
    """The themes named as subjects where clauses are told apart (problem detection: yielding off)."""
    return {t for t, *_ in themes_for(matching_text(sentence), yielding=False)}


EXACT = [
    # the pay of the family-planning programme's cadres: its staffing, the money unnamed
    ("个别村计生专干待遇偏低，工作热情不高", {"family_planning", "workforce"}),
    ("乡镇计生专职人员待遇较低，队伍不够稳定", {"family_planning", "workforce"}),
    # the pay of other staff: money as well as staff
    ("村卫生室医生待遇普遍偏低", {"workforce", "funding"}),
    # abuse of an insurance fund at the facilities it pays: conduct and the fund's supervision
    ("少数定点卫生院有挂床现象", {"integrity", "execution"}),
    ("一些定点医院小病大治的情况仍未杜绝", {"integrity", "execution"}),
    ("部分定点诊所分解收费", {"execution"}),
    # the management of the migrant population said plainly: family planning's work with migrants
    ("全镇流动人口管理存在薄弱环节", {"family_planning"}),
    # work carried out unevenly between units: how it is carried out
    ("各村健康教育工作开展不平衡", {"execution"}),
    # a routine-work rate said low: the work not done for enough of those it is for
    ("糖尿病患者规范管理率偏低", {"execution"}),
    ("辖区高血压患者规范管理率只有五成左右", {"execution"}),
    ("今年全县婚检率依然偏低", {"execution"}),
]


@pytest.mark.parametrize("sentence,expected", EXACT)
def test_themes_round31(sentence, expected):
    assert themes_of(sentence) == expected


def test_family_planning_cadres_pay_keeps_money_named_beside_it():
    # the money to pay them named: funding counts
    assert "funding" in themes_of("村级计生专干待遇偏低，专项工作经费长期不足")


def test_pay_still_names_a_subject_where_clauses_are_told_apart():
    # with yielding off (how problem detection tells clauses apart), the pay stays a subject of money
    assert "funding" in subjects_of("计生专干待遇偏低")


def test_migrant_mothers_managed_stay_disease_control():
    # the mothers managed are named between the population and the management: no family-planning work
    assert "family_planning" not in themes_of("流动人口孕产妇管理难度较大")


def test_uneven_development_between_places_stays_equity():
    assert "equity_access" in themes_of("城乡之间卫生事业发展不平衡")


def test_rate_said_higher_than_before_is_no_failure():
    assert "execution" not in themes_of("高血压患者规范管理率比去年提高了3个百分点")


def test_village_clinic_keeping_patients_on_beds_is_its_own_conduct():
    # a village clinic is paid for no stay in hospital: no supervision of the fund's admissions
    assert themes_of("少数村卫生室有挂床收费的情况") == {"integrity"}


def test_management_rate_said_bare_after_the_patients_failings_shows_them():
    # the rate named without the patients it counts, after their own failings: no failure of the work named
    assert "execution" not in themes_of("患者服药依从性差，规范管理率偏低")


def test_subjects_where_clauses_are_told_apart_are_unchanged():
    # the new keywords are details: with yielding off they name no subject of their own
    assert subjects_of("个别定点医院存在挂床住院现象") == {"integrity"}
    assert "family_planning" not in subjects_of("流动人口管理难度大")
