"""Indicators linked as an analyst names them, for causes found in the round-30 review of the written sets (every page and
sentence here is written for these tests; places and numbers are made up).

- a part written after 其中 for the children of migrant families (其中流动儿童为91%) continues the rate before it: 流动儿童 is a
  population, no subject of its own;
- the community health service's coverage written as the verb and the area before the value, the people or streets after it
  (覆盖全县78%的居民), after the service's facilities are counted;
- a year's target written with its level in brackets (完成全年目标（70%）的94%): the bracketed level is the target of the rate
  before it;
- a sentence that names the immunization programme (国家免疫规划…适龄儿童接种率) is no longer on the topic of an outside vaccine
  named in the sentence before (甲流疫苗, 新冠疫苗);
- the share of a hospital's revenue lost to the end of the drug mark-up that service prices make up (取消加成…补偿比例) is no
  reimbursement ratio;
- a rate name joining two schemes with the other's word in brackets (新农合和城镇居民医保参保（合）率均…) is one joint rate, one
  value, not one per scheme.
"""
from __future__ import annotations

from test_indicators_round29 import SUMMARY, linked  # (value, indicator_id) of each rate of a page under a summary's title
from test_values_holdout18 import page_rows  # (the build's own per-page path)


def populations(text: str, head: str = SUMMARY) -> list[str | None]:
    return [r["population"] for r in page_rows(head + text) if r["unit"] not in ("count", "yuan")]


# ------------------------------------------------------------------ 其中流动儿童
def test_the_migrant_childrens_part_continues_the_vaccination_rate():
    text = "二、疾病防控。全县适龄儿童免疫规划疫苗接种率保持在96%以上，其中流动儿童为91.4%。"
    assert linked(text) == [(96.0, "immunization_coverage_rate"), (91.4, "immunization_coverage_rate")]
    assert populations(text)[1] == "流动儿童"


def test_the_migrant_children_named_with_a_rate_of_their_own_keep_it():
    text = "二、疾病防控。卡介苗接种率98%，流动儿童建卡率达到92%。"
    assert linked(text) == [(98.0, "bcg_vaccination_rate"), (92.0, "vaccination_card_rate")]


# ------------------------------------------------------------------ 覆盖全县X%的居民
def test_the_area_covered_after_the_services_facilities_is_the_community_coverage():
    text = "三、社区卫生。新建社区卫生服务站4个，全县社区卫生服务中心（站）增至21个，覆盖全县78%的居民。"
    assert linked(text) == [(78.0, "community_health_coverage_rate")]


def test_the_area_covered_by_another_scheme_stays_unlinked():
    text = "三、社区卫生。社区卫生服务中心增至9个。新农合覆盖全县98%的农业人口。"
    assert linked(text) == [(98.0, None)]


# ------------------------------------------------------------------ 目标（70%）
def test_a_bracketed_years_target_is_the_target_of_the_rate_before():
    text = "二、基本公共卫生。重点人群签约率66.2%，完成全年目标（70%）的94.6%。"
    rows = linked(text)
    assert rows[:2] == [(66.2, "family_doctor_contract_rate"), (70.0, "family_doctor_contract_rate")]
    assert rows[2] == (94.6, "task_completion_rate")


def test_a_bracketed_annual_target_held_against_the_rate_is_its_target():
    text = "三、妇幼健康。孕产妇系统管理率87%，与年度目标（90%）仍有差距。"
    assert linked(text) == [(87.0, "maternal_systematic_management_rate"), (90.0, "maternal_systematic_management_rate")]


# ------------------------------------------------------------------ the programme named again after an outside vaccine
def test_a_sentence_naming_the_programme_leaves_the_pandemic_vaccines_topic():
    text = "二、疾病防控。累计接种甲流疫苗12.3万剂次。国家免疫规划扎实推进，适龄儿童各类疫苗接种率均在95%以上。"
    assert linked(text) == [(95.0, "immunization_coverage_rate")]


def test_a_sentence_without_the_programme_stays_on_the_campaigns_topic():
    text = "二、疾病防控。累计接种新冠疫苗12.3万剂次。重点人群接种率均在95%以上。"
    assert linked(text) == [(95.0, None)]


# ------------------------------------------------------------------ 取消药品加成 … 补偿比例
def test_the_compensation_of_revenue_lost_to_the_drug_markup_is_no_reimbursement_ratio():
    text = "五、公立医院改革。县级公立医院取消药品加成后，医疗服务价格调整对取消加成减少收入的补偿比例达到85%左右。"
    assert linked(text) == [(85.0, None)]


def test_an_inpatient_compensation_ratio_in_a_sentence_about_zero_markup_sales_is_the_schemes():
    text = "一、医疗保障。新农合住院补偿比例达到62%，基本药物实行零差率销售。"
    assert linked(text) == [(62.0, "reimbursement_ratio")]


# ------------------------------------------------------------------ 参保（合）率: one joint rate
def test_a_joint_enrolment_rate_of_two_schemes_is_one_value():
    text = "一、医疗保障。新农合与城镇居民医保参保（合）率均稳定在96%以上。"
    assert linked(text) == [(96.0, "basic_insurance_enrollment_rate")]


def test_two_schemes_own_enrolment_rates_with_each_are_two_values():
    text = "一、医疗保障。新农合参合率、城镇居民医保参保率均稳定在96%以上。"
    assert linked(text) == [(96.0, "ncms_participation_rate"), (96.0, "basic_insurance_enrollment_rate")]
