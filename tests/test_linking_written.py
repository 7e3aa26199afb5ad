"""Indicator linking on sentences written for these tests: a generic form qualified by something the
catalog does not hold stays unlinked (a wrong link is worse than none for an analyst)."""
from __future__ import annotations

import pytest

from healthdata.normalize.indicators import link_indicator


@pytest.mark.parametrize("phrase, expected", [
    ("新冠病毒疫苗全程接种率", None),
    ("65岁以上老年人流感疫苗接种率", None),
    ("适龄女生HPV疫苗接种率", None),
    ("适龄儿童免疫规划疫苗接种率", "immunization_coverage_rate"),
    ("麻疹疫苗接种率", "measles_vaccination_rate"),
])
def test_vaccines_outside_the_programme_are_not_the_programmes_coverage(phrase, expected):
    assert link_indicator(phrase)[0] == expected


def test_the_share_of_visits_kept_in_the_county_is_not_community_visits():
    assert link_indicator("县域内就诊率")[0] is None
    assert link_indicator("社区卫生服务机构就诊率")[0] == "community_first_contact_rate"


def _rate_indicators(page: str) -> dict[str, str | None]:
    from test_page_shapes import page_rows

    return {r["quote"]: r["indicator_id"] for r in page_rows(page)[1] if r["unit"] not in ("count", "yuan")}


def test_a_vaccine_outside_the_programme_named_once_holds_for_the_rates_of_its_sentence():
    page = ("青河市新冠疫苗接种进展\n截至9月30日，全市累计接种新冠病毒疫苗188.2万剂次，"
            "全人群首剂、全程接种率分别为91.4%、89.7%，加强免疫接种率达到66.5%。"
            "全市适龄儿童卡介苗、麻疹疫苗接种率分别为98.9%、98.1%。\n")
    assert _rate_indicators(page) == {"91.4%": None, "89.7%": None, "66.5%": None,
                                      "98.9%": "bcg_vaccination_rate", "98.1%": "measles_vaccination_rate"}


def test_an_outpatient_qualifier_holds_only_in_its_own_clause():
    page = ("青河县2014年新农合工作总结\n门诊费用按不低于30%的比例补偿，其中中药饮片补偿比例提高5%。\n")
    assert _rate_indicators(page)["5%"] == "reimbursement_ratio"


def test_the_death_rate_after_the_birth_rate_is_the_crude_death_rate():
    page = ("青河县2021年统计公报\n全年人口出生率8.3‰，死亡率6.6‰，自然增长率1.7‰。"
            "甲乙类传染病发病率201.4/10万，死亡率0.42/10万。\n")
    got = _rate_indicators(page)
    assert got["6.6‰"] == "crude_death_rate"
    assert got["0.42/10万"] != "crude_death_rate"


def test_a_ratio_of_designated_hospitals_outside_the_county_continues_the_schedule():
    page = ("青河县2015年新农合工作总结\n乡镇卫生院住院报销比例提高到85%，县级医院提高到70%，县外定点医院为50%。\n")
    assert set(_rate_indicators(page).values()) == {"reimbursement_ratio"}


def test_the_basic_public_health_services_name_of_the_chronic_disease_management_rates():
    page = ("青河县2025年卫生健康工作要点\n高血压、糖尿病患者基层规范管理服务率分别达到66%和62%以上。\n")
    assert list(_rate_indicators(page).values()) == ["hypertension_management_rate", "diabetes_management_rate"]


def test_a_spinners_banli_for_guanli_in_a_management_rate_names_the_management_rate():
    page = ("青河镇2021年卫生院工作总结\n高血压患者规范办理率71.5%，糖尿病患者规范办理率66.2%，孕产妇系统办理率93.3%，"
            "3岁以下儿童系统办理率91.2%，65岁以上老年人健康办理率62.1%；人大代表建议办理率100%。\n")
    assert _rate_indicators(page) == {"71.5%": "hypertension_management_rate", "66.2%": "diabetes_management_rate",
                                      "93.3%": "maternal_systematic_management_rate",
                                      "91.2%": "child_systematic_management_rate",
                                      "62.1%": "elderly_health_management_rate", "100%": None}


@pytest.mark.parametrize("phrase, expected", [
    ("适龄儿童建卡率", "vaccination_card_rate"), ("预防接种建卡率", "vaccination_card_rate"),
    ("孕妇建卡率", "maternal_registration_rate"), ("建卡率", None)])
def test_a_card_rate_is_named_by_whose_card_it_is(phrase, expected):
    assert link_indicator(phrase)[0] == expected


@pytest.mark.parametrize("base", ["比项目实施前", "较2019年", "与改革前相比"])
def test_a_change_against_a_named_base_continues_the_rate_before_it(base):
    page = f"青河县2021年妇幼工作总结\n2021年，全县住院分娩率达到97.6%，{base}提高了11.2个百分点。\n"
    assert _rate_indicators(page) == {"97.6%": "hospital_delivery_rate", "11.2个百分点": "hospital_delivery_rate"}
    # a change naming what it measures does not: 门诊人次 is its own subject
    page = "青河县2021年卫生工作总结\n全县住院分娩率达到97.6%，门诊人次比上年增长3.2%。\n"
    assert _rate_indicators(page)["3.2%"] is None


@pytest.mark.parametrize("bound", ["低于县定", "高于省定"])
def test_a_level_a_superior_set_is_the_rate_before_it(bound):
    page = f"青河镇2020年上半年工作总结\n糖尿病患者规范管理率为58.3%，{bound}60%的目标。\n"
    assert _rate_indicators(page) == {"58.3%": "diabetes_management_rate", "60%": "diabetes_management_rate"}
