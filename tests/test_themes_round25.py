"""Themes of problems in wordings the sets of round 25 (holdout68 opened, holdout74-77 written) and the older sets
showed themed by a keyword that is not the problem's subject, or left without the theme a reader gives, on
sentences written for these tests.

Each group is a cause, not a page: a disease named right before the follow-up visits of its patients (the work and
how it is done, not the burden of the disease); a doctor named as the one who prescribes for a cut or shirks the
duty to patients (conduct, not staffing); the cost of each stay or visit rising too fast, care counted in
kilometres away and services hard to make equal (access); the fever rooms of the basic-level facilities (premises,
and emergency preparedness); the technical backbone and the capacity of staff (workforce); digital health
applications taken up too little (information systems); care in the residents' own language (the staff and the
care they give) and patients who cannot make themselves understood (access).
"""
from __future__ import annotations

import pytest

from healthdata.normalize.themes import theme_ids, themes_for
from healthdata.textnorm import matching_text


def themes_of(sentence: str) -> set[str]:
    """The theme ids a problem worded as ``sentence`` gets."""
    return set(theme_ids(themes_for(matching_text(sentence))))


EXACT = [
    # a disease named right before the follow-up of its patients: the follow-up work is judged
    ("部分乡镇高血压随访记录填写不规范", {"execution"}),
    ("肺结核患者随访管理不到位", {"execution"}),
    ("精神病患者随访不及时，个别患者失访", {"execution"}),
    # …while the disease judged as a burden stays the burden, even with follow-up named after it
    ("慢性病患病人数逐年增加，随访任务越来越重", {"public_health_pressure"}),
    # a doctor named as the one who prescribes for a cut or shirks the duty to patients: conduct, not staffing
    ("个别医生开大处方、拿药品提成", {"integrity"}),
    ("少数医务人员责任心不强，服务态度生硬", {"integrity", "service_capacity"}),
    # …while doctors counted as too few stay the workforce
    ("乡镇卫生院医生严重不足", {"workforce"}),
    # the cost of each stay or visit rising too fast: what care costs the residents
    ("县医院门诊次均费用增长过快", {"equity_access"}),
    ("住院次均费用上涨明显", {"equity_access"}),
    # care counted in kilometres away, and services hard to make equal
    ("山区群众看病往返要走八十多公里", {"equity_access"}),
    ("外来人口多，基本公共卫生服务均等化推进难", {"equity_access"}),
    # the fever rooms of the basic-level facilities: premises an epidemic needs
    ("多数村卫生室未设发热诊室", {"emergency_capacity", "infrastructure"}),
    ("社区医院发热哨点改造尚未完成", {"emergency_capacity", "infrastructure"}),
    # the technical backbone judged too few, and the capacity of staff said as such
    ("中心卫生院技术骨干偏少", {"workforce"}),
    ("乡镇防疫人员能力不足", {"workforce"}),
    # digital health applications taken up too little
    ("数字健康服务在农村推广较慢", {"informatization"}),
    # care in the residents' own language: the staff and the care they can give
    ("牧区卫生院双语服务能力较弱", {"service_capacity", "workforce"}),
    # …while bilingual staff counted as too few stay the workforce, and bilingual leaflets are health education
    ("蒙汉双语医生明显不足", {"workforce"}),
    # patients who cannot make themselves understood: their access to care
    ("部分老年牧民就诊时语言不通", {"equity_access"}),
]


@pytest.mark.parametrize("sentence, expected", EXACT)
def test_themes_round25(sentence: str, expected: set[str]) -> None:
    assert themes_of(sentence) == expected


def test_follow_up_of_a_disease_keeps_the_disease_alone() -> None:
    # with nothing else named the disease before the follow-up still says what the problem is about
    assert themes_of("慢病随访工作量大") == {"public_health_pressure"}
    # (residents who go along with the follow-up too little: the sets disagree, execution or the disease's burden;
    # no keyword of its own, so the disease stays)
    assert themes_of("群众对高血压随访配合度不高") == {"public_health_pressure"}
