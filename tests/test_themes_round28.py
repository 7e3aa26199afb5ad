"""Themes of problems in wordings that the open sets of round 28 left without the theme a reader gives, or gave a
theme that is not the problem's subject, each cause found in three sets or more, on sentences written for these
tests.

Each group is a cause, not a page: the testing a disease-control centre's laboratory can do (the capacity of a
service, emergency preparedness only where an emergency is named); the switch of facilities from ordinary to
emergency use (平急, 平战: preparedness); the family doctors named as the party to contracts not served (the
programme, not staff wanting); theft at a facility (public order); services short where the staff or beds they lack are named (those); mothers at risk managed case by case (the care); an epidemic named as the test, the time or the purpose of money (no burden); the beds of private or top-tier hospitals counted as a share (no beds short); services judged narrow and residents' trust in first contact (the care); the professional level of a team and staff not kept on (workforce); a yielding phrase that yields takes its theme's shorter keywords inside it along (医生
in 医生积极性 after the incentives named).
"""
from __future__ import annotations

import pytest

from healthdata.normalize.themes import theme_ids, themes_for
from healthdata.textnorm import matching_text


def themes_of(sentence: str, yielding: bool = True) -> set[str]:
    """The theme ids a problem worded as ``sentence`` gets."""
    return set(theme_ids(themes_for(matching_text(sentence), yielding)))


EXACT = [
    # the testing a disease-control laboratory can do, no emergency named: what the service can do
    ("县疾控中心实验室检测能力偏弱，部分检验项目要送省级完成", {"service_capacity"}),
    ("各县疾病预防控制中心检验能力参差不齐", {"service_capacity"}),
    # …and where an emergency is named, what the system has against it
    ("市疾控中心实验室检测能力不足，应对突发公共卫生事件准备不够", {"emergency_capacity"}),
    ("新冠疫情应对中，区疾控中心检测能力明显不足", {"emergency_capacity"}),
    # the switch from ordinary to emergency use
    ("平急转换机制尚不健全", {"emergency_capacity"}),
    ("部分医院平急结合改造滞后", {"emergency_capacity"}),
    ("新建医院平战结合设计考虑不足", {"emergency_capacity"}),
    # the family doctors as the party to contracts not served: the programme's carrying out
    ("部分乡镇家庭医生团队“签而不约”", {"execution"}),
    ("家庭医生签而不约现象较普遍", {"execution"}),
    # …while their number judged stays the staff's
    ("全区家庭医生数量不足", {"workforce"}),
    # the doctors' will to work after the incentives named: the incentives (医生 inside the phrase names no staff)
    ("考核激励机制不完善，医生工作积极性不高", {"reform"}),
    ("薪酬分配机制不合理，医生积极性不高", {"reform"}),
    # …and said alone it is the staff's
    ("部分卫生院医生积极性不高", {"workforce"}),
    # the staff of a team judged: its professional level, staff not kept on, a team put together for the occasion
    ("区级应急队伍专业化水平偏低", {"emergency_capacity", "workforce"}),
    ("镇卫生院应急小分队临时拼凑，人员不固定", {"emergency_capacity", "workforce"}),
    # …and staff of a post held full-time, their line of work named between
    ("全区没有专职信息技术人员", {"workforce"}),
    # theft at a facility: crime in the hospital
    ("门诊大厅盗窃案件时有发生", {"public_order"}),
    ("住院患者财物被盗现象偶有发生", {"public_order"}),
    # services short for those who need them: the care, unless the staff or beds they lack are named beside them
    ("康复服务资源明显不足", {"service_capacity"}),
    ("妇幼服务资源紧张，产科医生和助产士紧缺", {"workforce"}),
    # mothers at risk screened or managed case by case: the care that finds and follows them, no burden
    ("部分乡镇高危孕产妇专案管理不规范", {"service_capacity", "execution"}),
    ("高危孕产妇筛查不及时", {"execution"}),
    # …while their share rising stays the maternal burden
    ("全县高危孕产妇占比持续上升", {"public_health_pressure"}),
    # an epidemic named as the test that showed a weakness, as since when, or as what stocks or money were for: the
    # weakness or the money, no burden of the epidemic
    ("疫情暴露出基层应急物资储备不足", {"emergency_capacity"}),
    ("疫情以来医院收支缺口加大", {"funding"}),
    ("疫情防控投入大，区级财政压力加大", {"funding"}),
    # …while outbreaks that keep occurring stay the burden
    ("手足口病聚集性疫情时有发生", {"public_health_pressure"}),
    # the beds of private hospitals counted as a share: the mix of providers the reform opens, no beds short
    ("全市民营医院床位占比不足一成", {"reform"}),
    # …while beds judged short stay the facilities'
    ("儿科床位严重不足", {"infrastructure"}),
    # the services a facility offers judged narrow: what its care covers
    ("部分社区卫生服务站服务内容单一", {"service_capacity"}),
    # residents' trust in first contact at the grassroots: the standing of the local care, not the referral system
    ("居民对基层首诊信任度不高", {"service_capacity"}),
    # …while first contact not yet in place stays the reform's
    ("基层首诊制度尚未真正落实", {"reform"}),
    # bodies merged a short time ago and not settled: the reform
    ("两个机构刚合并，职能尚未理顺", {"reform"}),
]


@pytest.mark.parametrize("sentence, expected", EXACT)
def test_themes_of_round28_wordings(sentence, expected):
    assert themes_of(sentence) == expected


def test_the_laboratory_names_the_same_subject_as_before_where_clauses_are_told_apart():
    # read for splitting (nothing yields), the laboratory's testing is emergency preparedness's subject, so that a clause
    # on it stays with a judgement of the emergency stores before it (one problem, as the written sets split them)
    assert themes_of("县疾控中心实验室检测能力偏弱", yielding=False) == {"emergency_capacity"}
    assert themes_of("应急物资储备不足、区疾控中心实验室检测能力有限", yielding=False) == {"emergency_capacity"}


def test_a_yielding_phrase_takes_only_its_own_themes_plain_keywords_along():
    # the doctors' will yields to the incentives; the staff judged short in another clause stay
    assert themes_of("激励机制不健全，医生积极性不高，全科医生严重不足") == {"reform", "workforce"}
