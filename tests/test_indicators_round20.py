"""Indicators linked as an analyst names them, for page shapes met in the holdout48 and holdout54-57 written sets (every
page and sentence here is written for these tests; places and numbers are made up).

- a wrong link is worse than none: a hospital's malpractice insurance (医疗责任保险参保率) is no resident's basic insurance,
  one named disease's incidence (手足口病发病率, 肺结核报告发病率) is not that of all notifiable diseases, a nursing home's
  contract with a clinic (养老机构医养签约率) is no family doctor's, the accuracy of paying a subsidy is no report card's, the
  timeliness of handling an outbreak is not of reporting it, and entering check-up data is no network report;
- the catalog knows the licensing written without its certificate (卫生许可率), the food poisonings' investigation and
  handling (食物中毒事故调查处理率), the reviewed prescriptions' bare 合格率 and hepatitis B's timely birth dose written
  short (首针及时率);
- a schedule's parts by the grade of an autonomous region or a banner-and-district (自治区级, 旗区级) and a county seat's
  part (县城) continue the rate named before them.
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # (the build's own per-page path)

SUMMARY = "柳川县卫生健康局2037年工作总结\n"


def linked(text: str, head: str = SUMMARY) -> list[tuple[float, str | None]]:
    """(value, indicator_id) of each rate of a page (counts and amounts left out)."""
    return [(r["value"], r["indicator_id"]) for r in page_rows(head + text) if r["unit"] not in ("count", "yuan")]


# ------------------------------------------------------------------ outside the catalog
def test_malpractice_insurance_is_no_basic_insurance():
    text = "全县受理医疗纠纷52起，调解成功率92%，医疗责任保险参保率提高到88%；城乡居民医保参保率97.5%。"
    assert linked(text) == [(92.0, None), (88.0, None), (97.5, "basic_insurance_enrollment_rate")]


def test_one_diseases_incidence_is_not_the_notifiable_diseases():
    text = ("全年传染病疫情平稳，手足口病发病率为8.2/万，比上年下降12%；肺结核报告发病率为41.3/10万。"
            "全县甲乙类传染病报告发病率为180.6/10万。")
    got = linked(text)
    assert [iid for _, iid in got] == [None, None, None, "notifiable_disease_incidence"]


def test_a_nursing_homes_contract_is_no_family_doctors():
    text = "全区家庭医生签约率42%，养老机构医养签约率达到100%。"
    assert linked(text) == [(42.0, "family_doctor_contract_rate"), (100.0, None)]


def test_paying_a_subsidy_accurately_is_no_report_cards_accuracy():
    text = "全年发放计生奖励扶助资金86万元，发放准确率100%。传染病报告卡准确率99.5%。"
    assert linked(text) == [(100.0, None), (99.5, "report_accuracy_rate")]


def test_handling_an_outbreak_in_time_is_not_reporting_it():
    text = "全年处置学校聚集性疫情7起，疫情报告及时率100%，聚集性疫情处置及时率98%。"
    assert linked(text) == [(100.0, "report_timeliness_rate"), (98.0, None)]


def test_entering_check_up_data_is_no_network_report():
    text = "全年完成健康体检12.4万人，体检信息录入率96%；传染病报告卡录入率100%。"
    assert linked(text) == [(96.0, None), (100.0, "disease_network_reporting_rate")]


# ------------------------------------------------------------------ names the catalog knows
def test_supervision_plan_names():
    text = ("二、工作目标\n食品生产经营单位卫生许可率100%，从业人员体检率95%以上。食物中毒事故调查处理率100%。"
            "全县公立医疗机构开展处方点评，抽查处方3200张，合格率达到96.2%。")
    assert linked(text) == [(100.0, "hygiene_license_rate"), (95.0, "food_worker_health_check_rate"),
                            (100.0, "food_poisoning_investigation_rate"), (96.2, "prescription_qualified_rate")]


def test_a_timely_birth_dose_written_short_is_hepatitis_b():
    text = "完成一类疫苗接种5300针次，接种率97%；乙肝疫苗首针及时率为91.4%。"
    assert linked(text) == [(97.0, "immunization_coverage_rate"), (91.4, "hepb_vaccination_rate")]


# ------------------------------------------------------------------ parts of a rate
def test_a_schedule_by_autonomous_region_and_banner_grades():
    text = ("答：在苏木乡镇卫生院住院，政策范围内费用报销比例为88%；在旗区级医院为78%；盟市级医院为68%；"
            "自治区级及以上医院为58%。")
    assert linked(text) == [(88.0, "reimbursement_ratio"), (78.0, "reimbursement_ratio"), (68.0, "reimbursement_ratio"),
                            (58.0, "reimbursement_ratio")]


def test_a_county_seats_part_continues_the_rate():
    text = "餐饮单位量化分级管理覆盖率城区92%、县城75%，从业人员持证率98%。"
    assert linked(text)[:2] == [(92.0, "quantified_grading_rate"), (75.0, "quantified_grading_rate")]


# ------------------------------------------------------------------ collective names
def test_the_five_vaccines_named_collectively_take_their_values_in_order():
    text = "全县适龄儿童“五苗”接种率分别达到99.1%、98.4%、97.6%、97.2%和96.5%，新生儿访视率95%。"
    want = [(99.1, "bcg_vaccination_rate"), (98.4, "polio_vaccination_rate"), (97.6, "dtp_vaccination_rate"),
            (97.2, "measles_vaccination_rate"), (96.5, "hepb_vaccination_rate"), (95.0, "newborn_visit_rate")]
    assert linked(text) == want
    trad = "全縣適齡兒童“五苗”接種率分別達到99.1%、98.4%、97.6%、97.2%和96.5%，新生兒訪視率95%。"
    assert linked(trad) == want


def test_the_five_vaccines_at_one_level_are_the_programmes_coverage():
    text = "全县“五苗”接种率均达到95%以上，新生儿访视率95%。"
    assert linked(text) == [(95.0, "immunization_coverage_rate"), (95.0, "newborn_visit_rate")]


def test_the_electronic_records_named_as_a_part_of_all_records():
    text = "二、目标任务\n1.居民健康档案建档率85，其中电子档案75，档案合格率不低于90%；\n2.孕产妇系统管理率90以上。\n"
    assert linked(text)[:2] == [(85.0, "health_record_coverage_rate"), (75.0, "electronic_health_record_rate")]


def test_beds_of_combined_care_leave_the_family_doctors_contracts_theirs():
    text = "下半年新增社区医养结合床位800张，力争年底前全市常住人口签约率达到42%以上。"
    assert linked(text) == [(42.0, "family_doctor_contract_rate")]


# ------------------------------------------------------------------ names cut by wraps and page breaks
def test_a_qualifier_cut_by_a_hard_wrap_still_names_the_vaccine():
    text = ("三、免疫规划。全县国家免疫规划疫苗接种率均保持在95%以上，其中乙\n"
            "肝疫苗首针及时接种率91.7%。\n")
    want = [(95.0, "immunization_coverage_rate"), (91.7, "hepb_vaccination_rate")]
    assert linked(text) == want
    assert linked(text.replace("\n", "") + "\n") == want  # (the same page without its line breaks)


def test_a_qualifier_cut_by_a_page_break_with_its_running_head():
    text = ("住院分娩率96%；五苗全程接种率达95%，乙\n"
            "                                    某县卫生局文件·第1页\n"
            "肝疫苗首针及时接种率90%；法定传染病发病率比上年下降8%。\n")
    assert linked(text)[:3] == [(96.0, "hospital_delivery_rate"), (95.0, "immunization_coverage_rate"),
                                (90.0, "hepb_vaccination_rate")]


def test_underweight_children_are_malnourished_and_low_birth_weight_is_not():
    text = "5岁以下儿童中重度贫血患病率1.6%，低体重患病率0.9%；低出生体重率2.8%。"
    assert linked(text) == [(1.6, "child_anemia_prevalence"), (0.9, "child_malnutrition_prevalence"), (2.8, None)]
