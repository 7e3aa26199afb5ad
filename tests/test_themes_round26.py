"""Themes of problems in wordings that the open sets of round 26 left without the theme a reader gives, or gave a
theme that is not the problem's subject, each cause found in three sets or more, on sentences written for these
tests.

Each group is a cause, not a page: residents who leave the county or the grassroots for care (what the residents
can reach: equity_access, as a detail beside the local care's capacity); information that does not flow
(information systems); the emergency care a facility gives at night (the care, not the staff or the watch over
its buildings); money diverted from its purpose (integrity); the insured kept in hospital for minor illness (the
routine work: execution); a fever clinic judged by how it is set up
(emergency preparedness, not work done against the rules).
"""
from __future__ import annotations

import pytest

from healthdata.normalize.themes import theme_ids, themes_for
from healthdata.textnorm import matching_text


def themes_of(sentence: str) -> set[str]:
    """The theme ids a problem worded as ``sentence`` gets."""
    return set(theme_ids(themes_for(matching_text(sentence))))


EXACT = [
    # residents who leave the county or the grassroots for care: the local care's capacity and their access
    # (round 27: the inpatients counted alone are their access only)
    ("全市县外住院人次仍占两成以上", {"equity_access"}),
    ("县域内就诊率只有83%左右", {"equity_access", "service_capacity"}),
    ("不少居民小病进大院", {"equity_access"}),
    # …while a hospital's own referral rate stays its capacity, and staff who leave stay the workforce
    ("县医院危重症外转率偏高", {"service_capacity"}),
    ("县外转诊率仍在两成左右", {"service_capacity"}),
    ("乡镇卫生院技术骨干外流", {"workforce"}),
    # …while the share of inpatients outside the county given with its figure after the judgement it shows is that
    # judgement's evidence
    ("县级医院专科能力弱，县外住院人次占全县住院人次的28%", {"service_capacity"}),
    # information that does not flow between those who need it
    ("流动人口多，底数不清、信息不灵", {"informatization", "public_health_pressure"}),
    ("部门之间信息不畅", {"informatization"}),
    # the emergency care a facility gives at night: the care it can give
    ("中心卫生院夜间急诊力量偏弱", {"service_capacity"}),
    ("儿科医生紧缺，夜间急诊力量不足", {"service_capacity", "workforce"}),
    ("几家卫生院夜间急诊值守力量不足", {"service_capacity"}),
    # …while the night watch over a facility's buildings stays its security
    ("住院部夜间值守力量薄弱", {"public_order"}),
    # money set aside for a purpose taken for another: the money, and a breach of discipline
    ("个别乡镇健康教育经费被挤占挪用", {"execution", "funding", "integrity"}),
    ("少数单位挤占挪用专项资金", {"execution", "funding", "integrity"}),
    # the insured kept in hospital for minor illness: the scheme's management of admissions
    ("少数定点卫生院小病大养的情况仍有发生", {"execution"}),
    # …while minor illness treated as major by the doctor is conduct, and the scheme's supervision as well (seven of
    # seven in the written sets of round 31 give execution)
    ("个别医院小病大治", {"integrity", "execution"}),
]


@pytest.mark.parametrize("sentence, expected", EXACT)
def test_themes_of_round26_wordings(sentence, expected):
    assert themes_of(sentence) == expected


@pytest.mark.parametrize("sentence", ["部分医院发热门诊设置不规范", "个别卫生院发热门诊布局设置不合理"])
def test_a_fever_clinic_judged_by_its_set_up_is_preparedness_not_work_against_the_rules(sentence):
    got = themes_of(sentence)
    assert "emergency_capacity" in got
    assert "execution" not in got


EXACT_PRECISION = [
    # the staff's will to work judged low where the incentive mechanism of the reform is named as its cause: the
    # mechanism, not the workforce (after their pay, the money and the staff both)
    ("签约服务补助偏低，医务人员积极性受挫", {"funding", "workforce"}),
    ("绩效分配机制不健全，医务人员积极性不高", {"reform"}),
    # …while said alone it stays the staff's
    ("部分卫生院医务人员积极性不高", {"workforce"}),
    # a measure of the reform hard to carry out: the reform's
    ("双向转诊落实难", {"reform"}),
    ("分级诊疗制度难以落实", {"reform"}),
    # …while work hard to carry out, with no such subject, stays execution
    ("入户核查工作落实难", {"execution"}),
    # places of childcare: a service out of families' reach
    ("普惠性托位明显不足", {"equity_access"}),
    # the network of facilities down to the village named as such: the facilities
    ("农村三级卫生服务网络不健全", {"infrastructure"}),
    # …while family planning's own network is its organisation
    ("个别乡镇计生服务网络弱化", {"family_planning"}),
    # a supply of care that does not keep up with the need: the residents' access
    ("居家护理服务供给跟不上", {"equity_access"}),
    # …while a service that does not keep up with what was promised stays the care
    ("签约以后服务跟不上", {"service_capacity"}),
    # residents who hold back from a scheme to wait and see: the mobilisation has not reached them
    ("不少村民对大病保险仍持观望态度", {"execution"}),
    # …while staff waiting to see what a measure of the reform brings judge the reform
    ("部分医院对公立医院改革持观望态度", {"reform"}),
]


@pytest.mark.parametrize("sentence, expected", EXACT_PRECISION)
def test_themes_of_round26_wordings_that_named_another_subject(sentence, expected):
    assert themes_of(sentence) == expected


def test_motivation_and_hard_to_carry_out_still_name_a_subject_where_clauses_are_told_apart():
    # the problem extractor asks which subjects a clause names (yielding=False): these keep naming theirs
    assert theme_ids(themes_for(matching_text("医生积极性不高"), yielding=False)) == ["workforce"]
    assert theme_ids(themes_for(matching_text("工作落实难"), yielding=False)) == ["execution"]


def test_a_clinic_of_routine_care_set_up_against_the_rules_stays_the_work():
    assert "execution" in themes_of("儿童保健门诊设置不规范")


def test_residents_leaving_and_night_emergency_care_name_no_subject_where_clauses_are_told_apart():
    # they say how a want of local care or of staff shows (details): where the problem extractor tells the clauses of
    # a problem apart (yielding=False) they do not part a clause from the judgement before it
    assert "equity_access" not in theme_ids(themes_for(matching_text("小病进大院"), yielding=False))
    assert themes_for(matching_text("夜间急诊力量薄弱"), yielding=False) == []


def test_traditional_wordings_get_the_same_themes():
    pairs = [("縣外住院人次仍佔兩成以上", "县外住院人次仍占两成以上"), ("項目資金被擠佔挪用", "项目资金被挤占挪用"),
             ("夜間急診力量薄弱", "夜间急诊力量薄弱")]
    for traditional, simplified in pairs:
        assert themes_of(traditional) == themes_of(simplified)
