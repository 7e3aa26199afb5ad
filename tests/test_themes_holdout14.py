"""Themes of kinds the set holdout14 showed wrong, on sentences WRITTEN FOR THESE TESTS (no text from
eval/written or data/raw): a field of work named in full before a failure only says where the failure
is; the capacity or level of the care of a disease is the capacity of care, not the disease's burden;
units passing work to each other is a failure of work; the successors of a line of care are its
staff; inpatients and the insurance fund leaving the county tell what local care cannot do; the
merger of institutions judged is the reform's, the family-planning bodies merged naming no burden; the
supervision of the medical market is the market's order; examples pointed at with 这些 only say which
specialties are meant."""
from __future__ import annotations

import pytest

from healthdata.normalize.themes import themes_for
from healthdata.textnorm import matching_text


def themes_of(sentence: str) -> set[str]:
    return {t for t, *_ in themes_for(matching_text(sentence))}


WRITTEN = [
    # the vector-control work named in full only says where the failure is
    ("个别街道对病媒生物防制工作重视不够", {"execution"}),
    # …and stays the burden when nothing else is judged
    ("城区病媒生物密度偏高", {"public_health_pressure"}),
    # the capacity or level of the care of a disease
    ("县医院传染病救治能力不足", {"service_capacity"}),
    ("乡镇卫生院结核病诊疗水平不高", {"service_capacity"}),
    # …while the disease's own burden stays
    ("手足口病疫情形势严峻", {"public_health_pressure"}),
    # units passing the work to each other
    ("科室之间遇事扯皮", {"execution"}),
    # the successors of a line of care are its staff
    ("中医药传承人才断档", {"workforce"}),
    # inpatients outside the county, and the fund that leaves with them (round 26: the residents who leave the county
    # for care are their access as well; round 27: counted alone, their access only, as the written sets give it in six
    # of six)
    ("县外住院人次占三成以上", {"equity_access"}),
    ("医保基金外流严重", {"service_capacity"}),
    # the merger of institutions judged is the reform's; the family-planning body merged names no burden
    ("卫生院与计生服务站整合不到位", {"reform"}),
    # …while the work after a merger stays the work's (round 27: and the merger not settled, the reform's), and
    # family-planning staff stay staff
    ("机构合并后工作衔接不畅", {"execution", "reform"}),
    ("计生服务站人员不足", {"workforce"}),
    # the supervision of the medical market is the market's order, not a failure of other work
    ("城区医疗市场监管人员偏少", {"market_order", "workforce"}),
    # the examples pointed at with 这些 only say which specialties: their staff are judged
    # (the staff of a specialty are staff, workforce: see tests/test_problems_round13.py)
    ("结核病、艾滋病这些专科医生招不来", {"workforce"}),
]


@pytest.mark.parametrize("sentence, expected", WRITTEN)
def test_themes_of_written_sentences(sentence, expected):
    assert themes_of(sentence) == expected


# Kinds the sets holdout15 and holdout16 showed (measured blind first), on sentences WRITTEN FOR THESE TESTS.
WRITTEN_LATER = [
    # the money that pays staff is money
    ("乡镇卫生院人员经费缺口较大", {"funding"}),
    # the network of maternal and child care is the service's; a post held by staff of another line is staffing
    ("县乡两级妇幼保健网络不健全", {"service_capacity"}),
    ("部分乡镇的妇幼专干由计生干部兼任", {"workforce"}),
    # gaps left open in management
    # (round 27: mothers gone away to work are those the work cannot reach, no population that brings disease in: the
    # written sets give the burden of disease to 外出务工 in three of nineteen)
    ("外出务工孕产妇的管理存在漏洞", {"execution"}),
    # a laboratory built or fitted out is the facilities'
    ("市疾控中心生物安全实验室建设滞后", {"infrastructure"}),
    # the diseases listed for patients who leave only say which patients
    ("脑卒中、恶性肿瘤等病人外转多", {"service_capacity"}),
    # units' awareness of safe working is their management
    ("少数卫生院安全生产意识淡薄", {"execution"}),
    # the grade a hospital works to reach, and what a hospital can do
    ("县中医院二甲等级创建进度缓慢", {"service_capacity"}),
    ("县级医院能力不强", {"service_capacity"}),
    # a field named before an information system only says which system
    ("结核病防治信息系统与医院系统不能互通", {"informatization"}),
]


@pytest.mark.parametrize("sentence, expected", WRITTEN_LATER)
def test_themes_of_later_written_sentences(sentence, expected):
    assert themes_of(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # staff named as those whose grasp of a work is judged say who falls short at the work
    ("个别乡医对家庭医生签约政策认识不到位", {"execution"}),
    ("部分乡村医生对电子病历系统操作不熟悉", {"informatization"}),
    # …while staff judged short stay the workforce
    ("村医队伍老化，部分村医对外出进修缺乏积极性", {"workforce"}),
])
def test_staff_named_as_those_whose_grasp_of_a_work_is_judged(sentence, expected):
    assert themes_of(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # information not exchanged between facilities is the information systems'
    ("县乡两级医疗机构尚未实现信息互通", {"informatization"}),
    ("乡镇卫生院与县医院之间信息不共享", {"informatization"}),
])
def test_information_not_exchanged_is_the_information_systems(sentence, expected):
    assert themes_of(sentence) == expected
