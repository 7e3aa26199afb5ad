"""Indicators linked as an analyst names them, for causes found in the round-27 review of the written sets (every page and
sentence here is written for these tests; places and numbers are made up).

- one vaccine the 2008 extension of the programme added (甲肝, 流脑, 乙脑 …) has a coverage of its own, outside the catalog,
  also where its sentence named it before a bare 接种率; listed in one name beside the catalog's vaccines it is one of the
  programme's;
- a booster written 加强针 is the COVID-19 campaign's shot (the programme's boosters are 加强免疫): its coverage is outside the
  catalog even with the vaccine unnamed;
- places listed one by one after a part that 其中 opened (其中甲县参合率90%，乙县85%) are further parts of the same rate;
- the share a scheme spent of the year's fund written without 总额 (占全年基金的47%) is the fund's use;
- two rates listed before one level without 均 (A率、B率保持在95%以上) share it, as with 均; a level given in turn does not;
- a change opening a line after a line that ends in a comma right after a rate's value (PDF wrap) is that rate's change;
- examples of a class before 等 with 均 (乙肝、麻疹等疫苗接种率均在96%以上) state the class's one rate, not one per example.
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # (the build's own per-page path)

SUMMARY = "柳河县卫生健康局2041年工作总结\n"


def linked(text: str, head: str = SUMMARY) -> list[tuple[float, str | None]]:
    """(value, indicator_id) of each rate of a page (counts and amounts left out)."""
    return [(r["value"], r["indicator_id"]) for r in page_rows(head + text) if r["unit"] not in ("count", "yuan")]


# ------------------------------------------------------------------ the programme's added vaccines
def test_an_added_programme_vaccine_named_before_a_bare_rate_is_outside_the_catalog():
    assert linked("三、免疫规划。全年为适龄儿童接种乙脑疫苗3100剂次，接种率94.2%。") == [(94.2, None)]


def test_an_added_programme_vaccine_named_in_the_rates_clause_is_outside_the_catalog():
    assert linked("三、免疫规划。适龄儿童流脑疫苗接种率达到92%。") == [(92.0, None)]


def test_the_vaccines_added_to_the_programme_before_their_rate_are_outside_the_catalog():
    assert linked("三、免疫规划。今年起将甲肝、乙脑等疫苗纳入免疫规划，新增疫苗接种率达到88%以上。") == [(88.0, None)]


def test_an_added_vaccine_listed_beside_the_catalogs_vaccines_is_one_of_the_programmes():
    page = "二、2042年工作计划。做好计划免疫，脊灰、百白破、乙脑、流脑、乙肝疫苗接种率达96以上。"
    assert linked(page) == [(96.0, "immunization_coverage_rate")]


def test_two_added_vaccines_listed_alone_stay_outside_the_catalog():
    assert linked("三、免疫规划。适龄儿童乙脑、流脑疫苗接种率达到93%。") == [(93.0, None)]


def test_a_catalog_vaccine_keeps_its_rate_beside_a_sentence_on_hepatitis_a_cases():
    assert linked("三、疾病控制。全年报告甲肝病例12例。适龄儿童麻疹疫苗接种率98.5%。") == [
        (98.5, "measles_vaccination_rate")]


def test_the_programme_coverage_after_the_campaign_sentence_is_still_the_programmes():
    assert linked("三、免疫规划。全县适龄儿童免疫规划疫苗接种率保持在95%以上。") == [(95.0, "immunization_coverage_rate")]


def test_a_booster_written_jiaqiangzhen_is_outside_the_catalog():
    page = "四、下半年打算。力争高血压患者规范管理率不低于65%，加强针接种率提高到85%。"
    assert linked(page) == [(65.0, "hypertension_management_rate"), (85.0, None)]


def test_the_programmes_booster_dose_keeps_the_vaccines_rate():
    assert linked("三、免疫规划。适龄儿童百白破疫苗加强免疫接种率96.1%。") == [(96.1, "dtp_vaccination_rate")]


# ------------------------------------------------------------------ places listed after a part
def test_places_listed_after_a_part_continue_the_rate():
    page = "一、新农合。全市参合率86.3%，其中东河县参合率91.2%，南坪县84.5%，北岭县80.1%。"
    assert linked(page) == [(86.3, "ncms_participation_rate"), (91.2, "ncms_participation_rate"),
                            (84.5, "ncms_participation_rate"), (80.1, "ncms_participation_rate")]


def test_a_place_clause_without_a_part_before_names_nothing():
    # (no 其中 opened a part: the place's value is not known to be the rate's)
    assert linked("一、新农合。全市参合率86.3%。南坪县84.5%。") == [(86.3, "ncms_participation_rate"), (84.5, None)]


def test_a_place_after_a_part_and_a_semicolon_starts_anew():
    page = "一、新农合。全市参合率86.3%，其中东河县参合率91.2%；门诊人次增长12%。"
    assert linked(page) == [(86.3, "ncms_participation_rate"), (91.2, "ncms_participation_rate"), (12.0, None)]


# ------------------------------------------------------------------ the fund's use over the year's fund
def test_spending_over_the_years_fund_without_zonge_is_the_funds_use():
    page = "一、新农合。上半年累计补偿3.1万人次，支出补偿金820万元，占全年基金的45.6%。"
    assert linked(page) == [(45.6, "ncms_fund_utilization_rate")]


def test_a_share_of_the_funds_spending_is_not_the_funds_use():
    page = "一、新农合。上半年支出补偿金820万元，县外住院费用占全年基金支出的38%。"
    assert linked(page) == [(38.0, None)]


# ------------------------------------------------------------------ one level after a list of rates
def test_a_list_of_rates_before_one_level_without_jun_is_the_first_named():
    page = "三、2042年工作计划。公共场所卫生许可证发证率、从业人员持证率保持在96%以上。"
    assert linked(page) == [(96.0, "hygiene_license_rate")]


def test_a_list_of_rates_with_levels_in_turn_leaves_the_outside_one_unlinked():
    page = "三、卫生监督。公共场所卫生许可证发证率、从业人员持证率分别为97%和93%。"
    assert linked(page) == [(97.0, "hygiene_license_rate"), (93.0, None)]


# ------------------------------------------------------------------ a change wrapped after a comma
def test_a_change_on_the_line_after_a_comma_is_the_rate_before():
    page = ("三、疾病控制\n    全年报告乙丙类传染病615例，发病率188.4/10万，\n比上年下降6.2%。\n")
    assert linked(page) == [(188.4, "notifiable_disease_incidence"), (-6.2, "notifiable_disease_incidence")]


def test_a_change_on_the_line_after_a_count_and_a_comma_names_nothing():
    page = ("二、医疗服务\n    全年门诊诊疗32.6万人次，\n比上年增长6.2%。\n")
    assert linked(page) == [(6.2, None)]


# ------------------------------------------------------------------ examples of a class before 等
def test_examples_before_deng_with_jun_state_the_class_rate_once():
    assert linked("三、免疫规划。乙肝、麻疹等疫苗接种率均在97%以上。") == [(97.0, "immunization_coverage_rate")]


def test_two_vaccines_listed_with_jun_are_a_value_each():
    assert linked("三、免疫规划。卡介苗、乙肝疫苗接种率均在98%以上。") == [
        (98.0, "bcg_vaccination_rate"), (98.0, "hepb_vaccination_rate")]
