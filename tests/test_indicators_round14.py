"""Indicators linked as an analyst names them, for page shapes first met in the holdout25–27 written sets
(every page and sentence here is written for these tests; places and numbers are made up).

- the catalog knows the names the national statistics and the 健康中国 indicators give its concepts (签约服务率,
  签约覆盖率, 麻腮风疫苗, 网络直报及时率, 7岁以下儿童保健覆盖率, 社区卫生服务人口覆盖率, 基层首诊占比, 社区…门诊量占全区的);
- a concept outside the catalog keeps a catalog id off (全科医生持证上岗率 is no health inspector's, 中医门诊量占比 no
  community facilities' share, 中医馆覆盖率 no community service coverage);
- a rate with words of its own before it (基层就诊率) is not made an outside concept by a qualifier of the clause before;
  words pointing back to the patients just named (在册患者) leave a generic alias bare;
- a name wrapped at the end of a line before its value (a PDF paste) still names it;
- a growth after a count is the count's, not the rate's before the count.
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # (the build's own per-page path; every quote checked against the page)

SUMMARY = "清江县卫生健康局2033年工作总结\n"


def linked(text: str) -> list[tuple[float, str | None]]:
    """(value, indicator_id) of each rate of a summary page (counts and amounts left out)."""
    return [(r["value"], r["indicator_id"]) for r in page_rows(SUMMARY + text)
            if r["unit"] not in ("count", "yuan")]


# ------------------------------------------------------------------ names the catalog did not know
def test_family_doctor_rates_with_a_group_or_package_between():
    text = ("全县家庭医生老年人签约服务率72.4%；家庭医生“2+1”签约覆盖率达到45%；"
            "家庭医生签约服务贫困人口覆盖率为100%。")
    assert linked(text) == [(72.4, "family_doctor_contract_rate"), (45.0, "family_doctor_contract_rate"),
                            (100.0, "family_doctor_contract_rate")]


def test_mmr_vaccine_row_of_a_table_is_measles():
    text = "适龄儿童各疫苗接种情况：\n疫苗 | 接种率(%)\n卡介苗 | 99.1\n麻腮风疫苗 | 96.8\n"
    assert linked(text) == [(99.1, "bcg_vaccination_rate"), (96.8, "measles_vaccination_rate")]


def test_direct_report_timeliness_and_child_care_coverage():
    text = "全县传染病网络直报及时率99.8%。7岁以下儿童保健覆盖率达91.2%。"
    assert linked(text) == [(99.8, "report_timeliness_rate"), (91.2, "child_systematic_management_rate")]


def test_community_share_of_visits_with_the_whole_after_the_verb():
    text = "社区卫生服务中心诊疗人次占全县的36.5%。基层首诊占比达到55%，社区首诊率61%。"
    assert linked(text) == [(36.5, "community_first_contact_rate"), (55.0, "community_first_contact_rate"),
                            (61.0, "community_first_contact_rate")]


def test_community_service_coverage_of_the_population():
    assert linked("全区社区卫生服务人口覆盖率达到92%。") == [(92.0, "community_health_coverage_rate")]


# ------------------------------------------------------------------ concepts outside the catalog
def test_clinical_staff_licensing_is_no_inspectors_certification():
    text = "全县全科医生持证上岗率为61%，护士持证上岗率88%；卫生监督员持证上岗率100%。"
    assert linked(text) == [(61.0, None), (88.0, None), (100.0, "inspector_certification_rate")]


def test_another_service_between_community_facilities_and_the_share_keeps_it_unlinked():
    text = ("全县9家社区卫生服务中心均能提供中医药服务，中医门诊量占比21.4%。"
            "乡镇卫生院、社区卫生服务中心中医馆覆盖率达到100%。")
    assert linked(text) == [(21.4, None), (100.0, None)]


def test_rural_scheme_enrolment_written_with_the_insurance_word():
    text = ("五、农村合作医疗 全县农村合作医疗参保人数28.6万人，参保率97.4%。城镇居民医保参保率93%。"
            "新农合（城乡居民医保）参保率96%。")
    assert linked(text) == [(97.4, "ncms_participation_rate"), (93.0, "basic_insurance_enrollment_rate"),
                            (96.0, "basic_insurance_enrollment_rate")]


# ------------------------------------------------------------------ qualifiers and the words before an alias
def test_a_rate_with_words_of_its_own_is_not_the_outside_concept_of_the_clause_before():
    assert linked("全县县域内就诊率达到88.5%；基层就诊率为61.3%。") == [(88.5, None), (61.3, "community_first_contact_rate")]
    # a vaccine named once still holds for the sentence (a population before the rate is no words of its own)
    assert linked("新冠疫苗累计接种12万剂次；老年人接种率为58%。") == [(58.0, None)]


def test_patients_pointed_back_to_take_the_disease_named_before():
    text = "全县严重精神障碍患者报告患病率3.9‰，在册患者规范管理率为91.5%。"
    assert linked(text) == [(3.9, None), (91.5, "severe_mental_illness_management_rate")]


# ------------------------------------------------------------------ page shapes
def test_a_name_wrapped_before_its_value_still_names_it():
    wrapped = "全县糖尿病患者规范管理率\n68.2%，老年人健康管理率70.1%。孕产妇住院分娩率\n99.3%。"
    one_line = wrapped.replace("\n", "")
    expected = [(68.2, "diabetes_management_rate"), (70.1, "elderly_health_management_rate"),
                (99.3, "hospital_delivery_rate")]
    assert linked(wrapped) == expected
    assert linked(one_line) == expected


def test_a_growth_after_a_count_is_the_counts():
    text = ("全区社区卫生服务人口覆盖率达到94%，社区门急诊量52.3万人次，比上年增长8.6%。"
            "全县参合率97%，参合人数25万人，比上年提高1.5个百分点。")
    assert linked(text) == [(94.0, "community_health_coverage_rate"), (8.6, None), (97.0, "ncms_participation_rate"),
                            (1.5, "ncms_participation_rate")]
    assert linked("全县住院分娩率99.6%，全年住院分娩3 120人，同比增长4.2%。") == [(99.6, "hospital_delivery_rate"), (4.2, None)]


def test_where_the_first_visit_is_made_names_the_community_share():
    text = "存在的不足：基层服务能力偏弱，居民首诊在社区的比例仅为34%。"
    assert linked(text) == [(34.0, "community_first_contact_rate")]


def test_a_schedule_by_facility_grade_continues_the_ratio_named_once():
    text = ("今年起，一级医疗机构住院政策范围内报销比例为92%，二级为78%，三级由原来的52%提高到58%。"
            "住院补偿比例乡级85%，县级70%，县外定点医院45%。")
    assert [iid for _, iid in linked(text)] == ["reimbursement_ratio"] * 7
    # a clause naming a rate of its own after the grade is no part of the ratio
    assert linked("住院报销比例二级医院为80%，县级医院剖宫产率41%。") == [(80.0, "reimbursement_ratio"), (41.0, None)]


def test_vaccination_of_adults_or_the_elderly_is_no_programme_vaccine():
    text = ("全市累计报告新冠病毒疫苗接种312万剂次。60岁以上老年人全程接种率89.2%，其中80岁以上老年人全程接种率仅为61.7%。"
            "适龄儿童国家免疫规划疫苗接种率保持在95%以上，乙肝疫苗首针及时接种率97.6%；成人乙肝疫苗接种率40%。")
    assert linked(text) == [(89.2, None), (61.7, None), (95.0, "immunization_coverage_rate"), (97.6, "hepb_vaccination_rate"),
                            (40.0, None)]


def test_a_ratio_scheduled_by_a_band_of_cost_is_the_ratio_named_before_the_band():
    text = "住院报销比例1万元以下从42%提高到50%，1万元以上提高到55%。住院补偿比例5000元以下为60%，5000元至2万元为70%，2万元以上为80%。"
    assert linked(text) == [(42.0, "reimbursement_ratio"), (50.0, "reimbursement_ratio"), (55.0, "reimbursement_ratio"),
                            (60.0, "reimbursement_ratio"), (70.0, "reimbursement_ratio"), (80.0, "reimbursement_ratio")]
    # an amount that bounds no band leaves the value to its own name
    assert linked("支出补偿资金8000万元，实际补偿比为48%。") == [(48.0, "reimbursement_ratio")]
