"""Indicators linked as an analyst names them, for page shapes met in the holdout53 and holdout59-62 written sets (every
page and sentence here is written for these tests; places and numbers are made up).

- a performance appraisal's fields written as prose (建档率目标值≥85%，实际值88.1%): each value is the indicator's named
  before the field words;
- a target written after the level it was held against (但距年度目标70%仍有差距, 超额完成省定75%的目标任务) and a
  bracketed list of targets after the rates (（县考核要求分别为60%和55%）) are the rates' own;
- a schedule's grade written as the hospital a patient is referred to (市外省内转诊医院报销45%) continues the schedule, and
  a name written once after a list of bare values (分别按45%、40%、30%比例补偿) is each value's;
- a number cut by a hard wrap (报告甲乙类传染病1 / 203例，发病率…) joins its line to the sentence before;
- names the catalog knows: the crude death rate after the deaths counted, the cooperative scheme's benefit rate, the
  timeliness of reporting written 及时报告率, the workers' health certificate (持健康证上岗率), the coverage of an
  inspection of facilities, the coverage of community health stations and of the streets they reach.
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # (the build's own per-page path)

SUMMARY = "柳川县卫生健康局2037年工作总结\n"


def linked(text: str, head: str = SUMMARY) -> list[tuple[float, str | None]]:
    """(value, indicator_id) of each rate of a page (counts and amounts left out)."""
    return [(r["value"], r["indicator_id"]) for r in page_rows(head + text) if r["unit"] not in ("count", "yuan")]


# ------------------------------------------------------------------ fields and targets of a named rate
def test_target_and_actual_fields_written_as_prose():
    text = "其中：（1）居民电子健康档案建档率目标值≥85%，实际值88.1%；（2）婴儿死亡率目标值≤5‰，实际值3.2‰。"
    assert linked(text) == [(85.0, "electronic_health_record_rate"), (88.1, "electronic_health_record_rate"),
                            (5.0, "infant_mortality_rate"), (3.2, "infant_mortality_rate")]


def test_a_target_after_a_conjunction_or_exceeded_is_the_rates():
    text = ("全县老年人健康管理率61.5%，较上年同期提高4.2个百分点，但距年度目标70%仍有差距。"
            "全县参合率81.2%，超额完成省定75%的目标任务。")
    assert linked(text) == [(61.5, "elderly_health_management_rate"), (4.2, "elderly_health_management_rate"),
                            (70.0, "elderly_health_management_rate"), (81.2, "ncms_participation_rate"),
                            (75.0, "ncms_participation_rate")]


def test_bracketed_targets_distributed_over_the_rates_before():
    text = "全镇高血压规范管理率67%、糖尿病规范管理率61%（县考核要求分别为60%和55%）。"
    assert linked(text) == [(67.0, "hypertension_management_rate"), (61.0, "diabetes_management_rate"),
                            (60.0, "hypertension_management_rate"), (55.0, "diabetes_management_rate")]


def test_bracketed_control_targets_after_a_shared_bound():
    text = "婴儿死亡率5.2‰，5岁以下儿童死亡率6.1‰，均低于市下达的控制指标（分别为8‰、10‰）。"
    assert [iid for _, iid in linked(text)] == ["infant_mortality_rate", "under5_mortality_rate",
                                                "infant_mortality_rate", "under5_mortality_rate"]


# ------------------------------------------------------------------ schedules of a paying scheme
def test_a_referral_hospital_is_a_grade_of_the_schedule():
    text = "乡镇卫生院住院报销85%，县级医院报销70%，市外省内转诊医院报销45%。"
    assert linked(text) == [(85.0, "reimbursement_ratio"), (70.0, "reimbursement_ratio"), (45.0, "reimbursement_ratio")]


def test_a_name_written_once_after_a_list_of_values():
    text = "住院补偿起付线：乡镇卫生院100元，县级医院300元；起付线以上部分分别按45%、40%、30%比例补偿。"
    assert linked(text) == [(45.0, "reimbursement_ratio"), (40.0, "reimbursement_ratio"), (30.0, "reimbursement_ratio")]


def test_a_list_of_parts_without_a_name_after_it_stays_unlinked():
    text = "乡级、县级分别为80%和60%。"
    assert linked(text) == [(80.0, None), (60.0, None)]


# ------------------------------------------------------------------ hard wraps
def test_a_number_cut_by_a_wrap_keeps_the_disease_named_before_it():
    text = "三、疾病控制\n报告甲乙类法定传染病1\n203例，发病率218.5/10万，同比下降4.1%。\n"
    assert linked(text) == [(218.5, "notifiable_disease_incidence"), (-4.1, "notifiable_disease_incidence")]


def test_a_short_heading_line_is_no_wrap():
    text = "三、疾病防控\n发病率218.5/10万。\n"
    assert linked(text) == [(218.5, None)]


# ------------------------------------------------------------------ names the catalog knows
def test_crude_death_rate_after_the_deaths_counted():
    text = "全县全年出生人口3120人，出生率10.2‰；死亡人口2210人，死亡率6.8‰；人口自然增长率3.4‰。"
    assert linked(text) == [(10.2, None), (6.8, "crude_death_rate"), (3.4, None)]


def test_a_death_rate_of_a_disease_is_not_the_crude_one():
    text = "全年报告手足口病死亡2人，死亡率0.3/10万。"
    assert [iid for _, iid in linked(text)] == [None]


def test_the_cooperative_schemes_benefit_rate():
    text = "全县参合农民52.3万人，全年住院补偿1.2万人次，受益率2.3%；门诊受益率18%。"
    assert linked(text) == [(2.3, "inpatient_benefit_rate"), (18.0, None)]


def test_timeliness_of_reporting_written_the_other_way_round():
    text = "突发公共卫生事件及时报告率100%，食物中毒及时报告率98%。"
    assert linked(text) == [(100.0, "report_timeliness_rate"), (98.0, None)]


def test_workers_health_certificate_is_not_a_licence():
    text = "公共场所从业人员持健康证上岗率95.1%，卫生监督员持证上岗率100%，乡村医生持证上岗率92%。"
    assert linked(text) == [(95.1, "food_worker_health_check_rate"), (100.0, "inspector_certification_rate"), (92.0, None)]


def test_coverage_of_an_inspection_of_facilities():
    text = "区卫生监督所开展依法执业专项检查，本次共检查医疗机构312家，覆盖率100%，发现问题机构40家。"
    assert linked(text) == [(100.0, "health_supervision_coverage_rate")]


def test_coverage_of_a_screening_is_no_inspection():
    text = "全年共完成两癌检查1.2万人，覆盖率65%。"
    assert linked(text) == [(65.0, None)]


def test_community_health_stations_and_streets_covered():
    text = ("农村社区卫生服务站覆盖率达到72%以上。全市城市社区卫生服务机构发展到1 204个，街道覆盖率达到81%。")
    assert linked(text) == [(72.0, "community_health_coverage_rate"), (81.0, "community_health_coverage_rate")]


def test_a_list_naming_a_rate_of_its_own_after_a_list_of_counts():
    text = "居民健康档案建档率64%，重点人群建档率80%；全镇高血压、糖尿病在管病人分别为1 210人和305人，随访率分别为86%和78%。"
    assert linked(text) == [(64.0, "health_record_coverage_rate"), (80.0, "health_record_coverage_rate"), (86.0, None), (78.0, None)]


def test_bracketed_targets_after_a_level_said_of_each():
    text = "贫困人口住院费用报销比例达到91.2%，慢性病门诊费用报销比例达85.4%，均高于省定目标（90%、80%）。"
    assert linked(text) == [(91.2, "reimbursement_ratio"), (85.4, None), (90.0, "reimbursement_ratio"), (80.0, None)]


def test_a_bracketed_change_is_no_list_of_targets():
    text = "全县参合率98%（比上年提高2个百分点）。"
    assert linked(text) == [(98.0, "ncms_participation_rate"), (2.0, "ncms_participation_rate")]


def test_changes_given_in_turn_to_rates_a_wrap_cut_apart():
    text = ("二、妇幼卫生\n全区孕产妇死亡1例，孕产妇死亡率20.6/10万；婴儿死亡率3.1‰，5岁以\n"
            "下儿童死亡率4.2‰，分别比上年下降0.5和0.3个千分点。住院分娩率100%。\n")
    assert [iid for _, iid in linked(text)] == ["maternal_mortality_ratio", "infant_mortality_rate", "under5_mortality_rate",
                                                "infant_mortality_rate", "under5_mortality_rate", "hospital_delivery_rate"]


def test_a_level_an_office_requires_of_the_places_below_it():
    text = "目前全市老年人健康管理率为66.1%，我委要求各县区年底前达到70%以上。全市签约率为60%，要求各乡镇达到65%。"
    assert linked(text) == [(66.1, "elderly_health_management_rate"), (70.0, "elderly_health_management_rate"),
                            (60.0, "family_doctor_contract_rate"), (65.0, "family_doctor_contract_rate")]


def test_a_requirement_naming_a_rate_of_its_own_stays_its_own():
    text = "全市签约率为60%，我委要求各乡镇随访率达到90%。"
    assert linked(text) == [(60.0, "family_doctor_contract_rate"), (90.0, None)]


def test_a_bare_record_rate_later_in_the_report_is_the_electronic_one_named_first():
    text = ("一、公共卫生。为辖区1.2万名常住居民建立电子健康档案，建档率86.3%，管理高血压患者2 800人。\n"
            "二、下半年打算。卫生院将力争建档率达到92%。\n")
    assert linked(text) == [(86.3, "electronic_health_record_rate"), (92.0, "electronic_health_record_rate")]


def test_a_record_rate_named_with_the_records_keeps_its_own_name():
    text = "全县电子健康档案建档率85%。下半年力争居民健康档案建档率达到90%。"
    assert linked(text) == [(85.0, "electronic_health_record_rate"), (90.0, "health_record_coverage_rate")]


def test_a_bare_coverage_rate_after_one_vaccine_is_still_the_programmes():
    text = "全县乙肝疫苗首针及时接种率96%。下半年力争接种率保持在95%以上。"
    assert linked(text) == [(96.0, "hepb_vaccination_rate"), (95.0, "immunization_coverage_rate")]


def test_a_coverage_rate_continuing_a_campaign_named_in_the_sentence_before():
    text = ("截至6月底，全区累计接种新冠疫苗52.1万剂次，其中18岁以上人群首针接种率达到70.2%。"
            "重点行业人群应接尽接，冷链、医疗机构从业人员接种率均超过95%。\n")
    assert linked(text) == [(70.2, None), (95.0, None)]


def test_a_new_paragraph_is_a_new_topic():
    text = "全区累计接种新冠疫苗52.1万剂次。\n适龄儿童接种率达到96%。\n"
    assert linked(text) == [(96.0, "immunization_coverage_rate")]


def test_a_bare_management_rate_on_a_line_labelled_with_the_service():
    text = ("二、各项目完成情况。\n0—6岁儿童健康管理：管理4 031人，管理率91.2%。\n孕产妇健康管理：建册1 200人，管理率90.5%。\n"
            "慢病管理：在管患者3 100人，管理率76%。\n")
    assert linked(text) == [(91.2, "child_systematic_management_rate"), (90.5, "maternal_systematic_management_rate"), (76.0, None)]
