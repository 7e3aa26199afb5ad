"""Themes of problems in wordings that round 32 counted over all 108 open sets' gold, on sentences written for these
tests.

Each group is a cause, not a page: the pressure on public-health work said as such (the public-health burden); reports missed or made late in a data
system (the quality of its data, not routine work); the share of births in hospital judged low where the remote place or
the minority left out is named before it (their access, no burden of disease); doctors counted against the need (the staff,
no residents' unmet need); the districts where migrants live named as the place of unlicensed clinics (the market's
order); trips back and forth to be reimbursed (the residents' access); work carried out unevenly whatever stands
between (execution).
"""
from __future__ import annotations

import pytest

from test_themes_round14 import reader_themes as themes_of  # (the themes the package gives a problem statement)

EXACT = [
    # the pressure on public-health work said as such
    ("外来务工人员逐年增多，全镇公共卫生服务压力不断加大", {"public_health_pressure"}),
    ("社区公共卫生工作压力较大", {"public_health_pressure"}),
    # reports missed or late in a data system: the system's data
    ("妇幼统计数据漏报迟报时有发生，数据质量不高", {"informatization"}),
    ("医院信息系统上报数据漏报较多", {"informatization"}),
    # reports missed with no data system named: routine work done without care (the disease only says which reports)
    ("少数村卫生室传染病迟报漏报", {"execution"}),
    # births in hospital judged low where the remote place left out is named before the rate: their access
    ("边远牧区住院分娩率仍然偏低", {"equity_access"}),
    # doctors counted against the need: the staff
    ("辖区全科医生数量与居民需求相比仍有较大缺口", {"workforce"}),
    # the districts where migrants live as the place of unlicensed clinics: the market's order
    ("流动人口聚居区无证行医反复出现", {"market_order"}),
    # trips back and forth to be reimbursed: the residents' access, beside the system that makes them go
    ("乡镇卫生院未开通即时结算系统，参合群众报销要来回跑腿", {"informatization", "equity_access"}),
    ("全县报账往返路程远", {"equity_access"}),
    # work carried out unevenly, whatever stands between
    ("各乡镇妇幼项目开展还很不平衡", {"execution"}),
]


@pytest.mark.parametrize("sentence,expected", EXACT)
def test_themes_round32(sentence, expected):
    assert themes_of(sentence) == expected


def test_births_in_hospital_of_no_named_place_stay_the_programme_and_access():
    # the rate held against an average, no remote place named before it: the maternal programme's coverage too
    assert themes_of("全县住院分娩率与全省平均水平相比差距较大") >= {"public_health_pressure", "equity_access"}


def test_births_in_hospital_and_mothers_at_home_stay_access():
    assert "public_health_pressure" not in themes_of("农村住院分娩率偏低，仍有产妇在家分娩")


def test_migrants_bringing_disease_stay_the_burden():
    assert themes_of("流动人口多，结核病发现难") == {"public_health_pressure"}


def test_slow_progress_of_a_reform_stays_the_reforms():
    assert themes_of("公立医院综合改革推进迟缓") == {"reform"}


def test_pressure_on_the_fund_stays_money():
    assert "public_health_pressure" not in themes_of("新农合基金运行压力明显加大")
