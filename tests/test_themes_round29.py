"""Themes of problems in wordings that the open sets of round 29 (with holdout88 opened and holdout94-97 new) left
without the theme a reader gives, or gave a theme that is not the problem's subject, on sentences written for these
tests.

Each group is a cause, not a page: records filled in after the fact, signed for others or copied (the work not done
as recorded: execution); the arrangement that is to guarantee money judged (funding, not a failure of rules); a team's
equipment (no judgement of the team's staffing); the bottom of the three-level network said weak alone (the network of
facilities, as the network named as such).
"""
from __future__ import annotations

import pytest

from healthdata.normalize.themes import theme_ids, themes_for
from healthdata.textnorm import matching_text


def themes_of(sentence: str, yielding: bool = True) -> set[str]:
    """The theme ids a problem worded as ``sentence`` gets."""
    return set(theme_ids(themes_for(matching_text(sentence), yielding)))


EXACT = [
    # records made up: the visits were not made as recorded
    ("个别卫生室的随访表有事后补记的情况", {"execution"}),
    ("抽查发现老年人体检表存在补填现象", {"execution"}),
    ("部分随访单由他人代签", {"execution"}),
    ("多个卫生室的随访记录内容雷同", {"execution"}),
    # the arrangement that guarantees the money: funding (a rule not in place, 不健全, yields to it)
    ("县级财政对公共卫生的投入保障机制还不健全", {"funding"}),
    ("乡镇卫生院缺乏稳定的投入机制", {"funding"}),
    ("基层计生工作没有形成经费保障机制", {"funding", "family_planning"}),
    ("专项资金保障机制尚未建立", {"funding"}),
    # the bottom of the network said weak alone: the network of facilities at its lowest level
    ("全乡村级网底依然不牢", {"infrastructure"}),
    # …while staff named beside it are the problem
    ("乡村医生普遍年龄偏大，网底不稳", {"workforce"}),
]


@pytest.mark.parametrize("sentence,expected", EXACT)
def test_themes_round29(sentence, expected):
    assert themes_of(sentence) == expected


NOT_GIVEN = [
    # a team's equipment judged: no judgement of the team's staffing
    ("市县两级应急队伍装备陈旧", "workforce"),
    ("卫生监督执法队伍装备落后", "workforce"),
    # (records made up give no information system of their own)
    ("部分随访单由他人代签", "informatization"),
]


@pytest.mark.parametrize("sentence,theme", NOT_GIVEN)
def test_theme_not_given_round29(sentence, theme):
    assert theme not in themes_of(sentence)


def test_team_staffing_still_judged():
    """The team's people judged stay the workforce's (only its equipment is left out)."""
    assert "workforce" in themes_of("应急队伍人员不足，专业结构不合理")
    assert "workforce" in themes_of("监督执法队伍不稳定")


CARE_ELSEWHERE = [
    # residents who go elsewhere for care, in the other words pages use for it: their way to care
    ("不少病人只能到外地就医", "equity_access"),
    ("部分专科病人仍需出岛就医", "equity_access"),
    ("群众看个小病也往城里跑", "equity_access"),
    ("全区居民区外就诊比例偏高", "equity_access"),
]


@pytest.mark.parametrize("sentence,theme", CARE_ELSEWHERE)
def test_care_sought_elsewhere_round29(sentence, theme):
    assert theme in themes_of(sentence)


def test_records_made_up_are_a_detail():
    """Records made up say how a judgement before them shows: they give their theme to a problem but name no subject
    that would cut the problem in two (慢病管理不规范,随访记录存在补记现象 is one problem)."""
    assert themes_of("随访记录存在补记现象", yielding=False) == set()
    assert themes_of("随访记录存在补记现象") == {"execution"}
