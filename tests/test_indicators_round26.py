"""Indicators linked as an analyst names them, for causes found in several of the written sets in the round-26 review (every
page and sentence here is written for these tests; places and numbers are made up).

- a part of the whole continues the rate before it: a counted part after 其中 (其中12个山区县达到96%), a place ranked among the
  parts after a semicolon (乙区最低，仅为20%), the unit a level is assessed by (以乡为单位均达到90%以上);
- 及以上/及以下 closing an age or a grade (65岁及以上老年人, 二级及以上医院) is no joiner of a list of rates;
- the share of visits made for traditional medicine (中医诊疗人次占总诊疗人次的…) is not the share made at community facilities,
  nor is the share of visits kept inside a district (区内就诊率) — as a county's (县域内就诊率) is not.
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # (the build's own per-page path)

from healthdata.normalize.indicators import link_indicator

SUMMARY = "桐山县卫生健康局2041年工作总结\n"


def linked(text: str, head: str = SUMMARY) -> list[tuple[float, str | None]]:
    """(value, indicator_id) of each rate of a page (counts and amounts left out)."""
    return [(r["value"], r["indicator_id"]) for r in page_rows(head + text) if r["unit"] not in ("count", "yuan")]


# ------------------------------------------------------------------ parts of the whole
def test_a_counted_part_after_qizhong_continues_the_rate():
    assert linked("一、免疫规划。全县适龄儿童免疫规划疫苗接种率保持在93%以上，其中12个山区乡镇达到96.5%。") == [
        (93.0, "immunization_coverage_rate"), (96.5, "immunization_coverage_rate")]


def test_a_counted_part_written_with_chinese_numerals_continues_the_rate():
    assert linked("二、签约服务。常住人口签约率41.2%，其中三个街道达到50%以上。") == [
        (41.2, "family_doctor_contract_rate"), (50.0, "family_doctor_contract_rate")]


def test_a_place_ranked_lowest_after_a_semicolon_continues_the_rate():
    assert linked("二、参合。全市参合率95.1%，其中河东县参合率最高，达到99.3%；西湖区最低，仅为88.7%。") == [
        (95.1, "ncms_participation_rate"), (99.3, "ncms_participation_rate"), (88.7, "ncms_participation_rate")]


def test_a_clause_after_a_semicolon_naming_its_own_measure_stays_its_own():
    assert linked("二、医疗。全县参合率95.1%；县医院门诊量同比增长12%。") == [(95.1, "ncms_participation_rate"), (12.0, None)]


def test_the_unit_a_level_is_assessed_by_continues_the_rate():
    assert linked("三、免疫。全县“五苗”接种率98.2%，以乡为单位均达到92%以上。") == [
        (98.2, "immunization_coverage_rate"), (92.0, "immunization_coverage_rate")]


def test_the_assessment_unit_after_several_programme_vaccines_is_the_programmes_coverage():
    assert linked("三、免疫。全县卡介苗接种率99.3%，麻疹疫苗接种率97.1%，以乡镇为单位均达到90%以上。") == [
        (99.3, "bcg_vaccination_rate"), (97.1, "measles_vaccination_rate"), (90.0, "immunization_coverage_rate")]


# ------------------------------------------------------------------ 及以上 is no joiner
def test_an_age_closed_by_ji_yishang_is_no_list_joiner():
    page = "四、目标。65岁及以上老年人健康管理率、高血压和2型糖尿病患者规范管理率分别达到62%、66%和64%。"
    assert linked(page) == [(62.0, "elderly_health_management_rate"), (66.0, "hypertension_management_rate"),
                            (64.0, "diabetes_management_rate")]


def test_the_healthy_china_names_of_the_three_services_in_one_list():
    # (健康中国行动's names: 65岁及以上老年人城乡社区规范健康管理服务率, 高血压/2型糖尿病患者基层规范管理服务率)
    page = "四、目标。65岁及以上老年人城乡社区规范健康管理服务率、高血压和2型糖尿病患者基层规范管理服务率分别达到61%、67%和63%。"
    assert linked(page) == [(61.0, "elderly_health_management_rate"), (67.0, "hypertension_management_rate"),
                            (63.0, "diabetes_management_rate")]


# ------------------------------------------------------------------ shares of visits outside the catalog
def test_the_share_of_visits_for_traditional_medicine_is_not_the_community_share():
    assert link_indicator("中医诊疗人次占总诊疗人次")[0] is None
    page = "五、中医药。全县社区卫生服务中心全部建成中医馆，中医诊疗人次占总诊疗人次的27.3%。"
    assert linked(page) == [(27.3, None)]


def test_the_community_share_of_visits_stays_linked():
    assert link_indicator("社区卫生服务中心诊疗人次占总诊疗人次")[0] == "community_first_contact_rate"
    # (traditional medicine named in the clause before is no qualifier of this clause's share)
    page = "五、基层。新建中医馆3个，社区卫生服务中心诊疗人次占总诊疗人次的38.5%。"
    assert linked(page) == [(38.5, "community_first_contact_rate")]


def test_the_share_of_visits_kept_inside_a_district_is_outside_the_catalog():
    assert link_indicator("区内就诊率")[0] is None
    assert link_indicator("区外就诊率")[0] is None
    assert linked("一、医改。组建医联体2个，区内就诊率达到88.4%，社区就诊率41.5%。") == [(88.4, None), (41.5, "community_first_contact_rate")]


# ------------------------------------------------------------------ a policy named in another clause
def test_a_policy_named_in_another_clause_leaves_a_named_knowledge_rate_the_catalogs():
    page = "六、人口发展。落实三孩生育政策，新增托位300个，出生缺陷防治知识知晓率达到83%以上。"
    assert linked(page) == [(83.0, "health_knowledge_awareness_rate")]


def test_the_knowledge_of_a_policy_in_its_own_clause_is_the_policys_awareness():
    assert linked("六、医保。群众对医保政策知识知晓率不高，仅为71%。") == [(71.0, None)]
    assert linked("六、医保。公示报销政策，政策知晓率达到92%以上。") == [(92.0, None)]


def test_a_bare_awareness_rate_after_a_policy_is_the_policys():
    assert linked("六、医保。广泛宣传大病保险政策，知晓率达到88%。") == [(88.0, None)]
