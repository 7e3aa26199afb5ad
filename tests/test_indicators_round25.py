"""Indicators linked as an analyst names them, for page shapes met in the round-25 review of the written sets (every page
and sentence here is written for these tests; places and numbers are made up).

- the cooperative scheme's fund named by its surplus (基金结余过多，使用率…) or its spending's progress (基金使用进度) is the
  fund whose use the bare 使用率 measures; beds and drugs keep their own use;
- a hard wrap inside the words that link a name to its value (常住人口签约率提高 / 到35%) leaves the name the value's;
- one level stated for several of the programme's vaccines (…卡介苗接种率…，麻疹疫苗接种率…，均超过省定95%的目标) is the
  programme's coverage; one stated for rates of different families stays unlinked;
- a list of levels after 均/分别 with no name of its own gives them in turn to the rates named before it in its sentence,
  each rate counted once however many values (its from→to pair) follow its name.
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # (the build's own per-page path)

SUMMARY = "柳溪县卫生健康局2039年工作总结\n"


def linked(text: str, head: str = SUMMARY) -> list[tuple[float, str | None]]:
    """(value, indicator_id) of each rate of a page (counts and amounts left out)."""
    return [(r["value"], r["indicator_id"]) for r in page_rows(head + text) if r["unit"] not in ("count", "yuan")]


# ------------------------------------------------------------------ the fund's use
def test_a_bare_use_rate_after_the_funds_surplus_is_the_funds_use():
    assert linked("二、存在问题。个别乡镇新农合基金结余偏多，使用率仅为61%左右，参合农民受益不够。") == [
        (61.0, "ncms_fund_utilization_rate")]


def test_the_funds_spending_progress_is_its_use():
    assert linked("一、合作医疗。上半年补偿参合农民2.4万人次，基金使用进度为46.2%。") == [(46.2, "ncms_fund_utilization_rate")]


def test_beds_and_drugs_keep_their_own_use():
    assert linked("三、医疗服务。县医院病床使用率88%，基本药物使用进度达到70%。") == [(88.0, None), (70.0, None)]


# ------------------------------------------------------------------ a wrap inside the link words
def test_a_wrap_between_the_link_words_leaves_the_name_the_values():
    page = "三、明年打算\n    建成区妇幼保健院新院，总投资1.2亿元；常住人口签约率提高\n到38%以上。\n"
    assert linked(page) == [(38.0, "family_doctor_contract_rate")]


def test_a_wrap_after_a_name_with_no_rate_of_the_catalog_links_nothing():
    page = "三、明年打算\n    常住人口签约率33%，中心门诊量占比提高\n到40%以上。\n"
    assert linked(page) == [(33.0, "family_doctor_contract_rate"), (40.0, None)]


# ------------------------------------------------------------------ one level for the programme's vaccines
def test_one_level_for_several_programme_vaccines_is_the_programmes_coverage():
    assert linked("二、免疫规划。全县卡介苗接种率99.1%，脊灰疫苗接种率98.4%，麻疹疫苗接种率97.6%，均高于省定95%的要求。") == [
        (99.1, "bcg_vaccination_rate"), (98.4, "polio_vaccination_rate"), (97.6, "measles_vaccination_rate"),
        (95.0, "immunization_coverage_rate")]


def test_one_level_for_rates_of_different_families_stays_unlinked():
    assert linked("二、医改。全县参合率98.2%，家庭医生签约率72.5%，均超过市定70%的目标。") == [
        (98.2, "ncms_participation_rate"), (72.5, "family_doctor_contract_rate"), (70.0, None)]


# ------------------------------------------------------------------ levels given in turn
def test_levels_after_each_are_given_in_turn_past_from_to_pairs():
    text = ("二、妇幼健康。婴儿死亡率由上年的7.4‰下降到5.9‰，5岁以下儿童死亡率由9.8‰下降到7.7‰，均控制在市下达的8‰和11‰以内。")
    assert linked(text) == [
        (7.4, "infant_mortality_rate"), (5.9, "infant_mortality_rate"), (9.8, "under5_mortality_rate"),
        (7.7, "under5_mortality_rate"), (8.0, "infant_mortality_rate"), (11.0, "under5_mortality_rate")]


def test_levels_in_turn_count_only_the_rates_after_the_last_semicolon():
    text = ("二、妇幼健康。孕产妇死亡率为15.2/10万；住院分娩率99.1%，产前检查率96.3%，分别高于省定的95%和90%。")
    assert linked(text) == [
        (15.2, "maternal_mortality_ratio"), (99.1, "hospital_delivery_rate"), (96.3, "prenatal_care_rate"),
        (95.0, "hospital_delivery_rate"), (90.0, "prenatal_care_rate")]


def test_levels_in_turn_need_as_many_named_rates():
    # (three rates before two levels: which two is not said, so none is given)
    text = "二、妇幼健康。住院分娩率99.1%，产前检查率96.3%，产后访视率94.0%，均超过省定的90%和85%。"
    assert [iid for _, iid in linked(text)][3:] == [None, None]


# ------------------------------------------------------------------ a rate's target and its gap to it
def test_the_years_target_compared_with_and_the_gap_left_are_the_rates():
    text = "二、基本公卫。65岁以上老年人健康管理率66.4%，比全年目标（70%）还差3.6个百分点。"
    assert linked(text) == [(66.4, "elderly_health_management_rate"), (70.0, "elderly_health_management_rate"),
                            (3.6, "elderly_health_management_rate")]


def test_the_gap_left_after_a_distance_to_the_target_is_the_rates():
    text = "二、基本公卫。高血压患者规范管理率61.5%，离年度目标尚差8.5个百分点。"
    assert linked(text) == [(61.5, "hypertension_management_rate"), (8.5, "hypertension_management_rate")]


def test_a_comparison_with_last_year_is_still_no_target():
    text = "二、基本公卫。高血压患者规范管理率61.5%，门诊人次比上年增长3%。"
    assert linked(text) == [(61.5, "hypertension_management_rate"), (3.0, None)]


# ------------------------------------------------------------------ the community health facilities' coverage
def test_the_coverage_of_centres_and_stations_written_as_one_is_the_community_services():
    assert linked("一、社区卫生。全市社区卫生服务中心（站）覆盖率达到93%，街道覆盖率100%。") == [
        (93.0, "community_health_coverage_rate"), (100.0, "community_health_coverage_rate")]
