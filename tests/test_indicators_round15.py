"""Indicators linked as an analyst names them, for page shapes met in the holdout24 and holdout29–32 written sets
(every page and sentence here is written for these tests; places and numbers are made up).

- a table whose first column numbers its rows (序号) names each row's indicator in the next cell;
- the catalog knows the names the 十四五 plans, the yearbooks and the insurance bulletins give its concepts
  (老年人城乡社区规范健康管理服务率, 药品配送到位率, 疫情网络直报覆盖率, Tibet's 农牧区医疗 参加率, 门急诊总量,
  住院费用基金支付比例), and a bare 及时率 right after the reports it times;
- a concept outside the catalog keeps a catalog id off (a migrant population's 建档率, an ambulance's 及时率);
- what an earlier item of an enumeration (一是…；二是…) named does not qualify the next item's rate;
- the urban and rural parts of one rate, a schedule by facility grade written one grade per segment, and the target
  an office above set continue the rate named before them;
- a distributive list whose first item names a catalog rate in full keeps it (…建档率、高血压和糖尿病患者规范管理率
  分别达到…).
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # (the build's own per-page path; every quote checked against the page)

SUMMARY = "清河县卫生健康局2034年工作总结\n"


def linked(text: str, head: str = SUMMARY) -> list[tuple[float, str | None]]:
    """(value, indicator_id) of each rate of a page (counts and amounts left out)."""
    return [(r["value"], r["indicator_id"]) for r in page_rows(head + text) if r["unit"] not in ("count", "yuan")]


# ------------------------------------------------------------------ a table numbering its rows
def test_a_row_number_column_leaves_the_next_cell_naming_the_indicator():
    text = ("2034年主要指标完成情况如下：\n"
            "| 序号 | 指标 | 单位 | 目标值 | 完成值 |\n"
            "| 1 | 婴儿死亡率 | ‰ | ≤6 | 4.1 |\n"
            "| 2 | 孕产妇系统管理率 | % | ≥90 | 93.2 |\n"
            "| 3 | 乡镇卫生院数 | 个 | — | 14 |\n")
    assert linked(text) == [(6.0, "infant_mortality_rate"), (4.1, "infant_mortality_rate"),
                            (90.0, "maternal_systematic_management_rate"), (93.2, "maternal_systematic_management_rate")]


def test_the_row_number_is_no_value_of_its_row():
    text = "| 序号 | 指标 | 单位 | 2034年 |\n| 7 | 住院分娩率 | % | 99.2 |\n"
    rows = page_rows(SUMMARY + text)
    assert [(r["value"], r["indicator_id"]) for r in rows] == [(99.2, "hospital_delivery_rate")]


def test_a_row_number_on_a_line_of_its_own_opens_the_next_row():
    text = ("主要指标完成情况\n序号\n指标名称\n单位\n目标值\n完成值\n"
            "1\n孕产妇死亡率\n/10万\n15\n9.6\n2\n婴儿死亡率\n‰\n6\n3.9\n")
    assert linked(text) == [(15.0, "maternal_mortality_ratio"), (9.6, "maternal_mortality_ratio"),
                            (6.0, "infant_mortality_rate"), (3.9, "infant_mortality_rate")]


# ------------------------------------------------------------------ names the catalog did not know
def test_the_plans_name_of_elderly_health_management():
    text = "全县65岁及以上老年人城乡社区规范健康管理服务率达到67.3%。"
    assert linked(text) == [(67.3, "elderly_health_management_rate")]


def test_drugs_delivered_in_place_and_the_direct_reporting_networks_reach():
    text = "全县基本药物配送到位率98.2%。各乡镇卫生院传染病疫情网络直报覆盖率达到100%。"
    assert linked(text) == [(98.2, "drug_delivery_rate"), (100.0, "disease_network_reporting_rate")]


def test_taking_part_in_the_pastoral_areas_scheme_is_its_enrolment():
    text = "参加农牧区医疗制度的农牧民共4.1万人，参加率97.6%。职工技能培训参加率90%。"
    assert linked(text) == [(97.6, "ncms_participation_rate"), (90.0, None)]


def test_visits_counted_as_outpatient_and_emergency_visits():
    text = "社区卫生服务中心门急诊量达到38.5万人次，占全县门急诊总量的31.7%。"
    assert linked(text) == [(31.7, "community_first_contact_rate")]


def test_the_funds_share_of_inpatient_costs_for_two_schemes():
    text = "职工医保和居民医保政策范围内住院费用基金支付比例分别为83.1%和67.4%。"
    assert linked(text) == [(83.1, "reimbursement_ratio"), (67.4, "reimbursement_ratio")]


def test_a_bare_timeliness_rate_after_the_reports_it_times():
    text = "全年法定传染病报告率100%，及时率98.6%。120急救平均到达及时率93%。"
    assert linked(text) == [(100.0, None), (98.6, "report_timeliness_rate"), (93.0, None)]


# ------------------------------------------------------------------ concepts outside the catalog
def test_a_migrant_populations_records_are_no_residents_health_records():
    text = "全镇流动人口建档率97.4%，居民健康档案建档率86%。"
    assert linked(text) == [(97.4, None), (86.0, "health_record_coverage_rate")]


def test_an_earlier_item_of_an_enumeration_does_not_qualify_the_next():
    plan = "清河县疾控中心2035年工作计划\n"
    text = "一是做好流感和诺如病毒防控，哨点监测率保持100%；二是年底前报告接种率达到95%以上。"
    assert linked(text, plan)[-1] == (95.0, "immunization_coverage_rate")


def test_a_vaccine_outside_the_programme_named_in_the_same_item_still_holds():
    plan = "清河县疾控中心2035年工作计划\n"
    text = "一是做好流感疫苗接种工作，累计接种1.2万剂次，重点人群报告接种率达到60%。"
    assert linked(text, plan) == [(60.0, None)]


# ------------------------------------------------------------------ parts and targets of the rate named before
def test_the_urban_part_after_the_rural_part_of_one_rate():
    text = "住院分娩率农村达到97%、城镇达到99.5%。"
    assert linked(text) == [(97.0, "hospital_delivery_rate"), (99.5, "hospital_delivery_rate")]


def test_a_schedule_by_facility_grade_one_grade_per_segment():
    text = "在一级定点医疗机构住院，政策范围内报销比例为85%；二级医院为70%；三级医院为55%。"
    assert [iid for _, iid in linked(text)] == ["reimbursement_ratio"] * 3


def test_a_segment_after_a_semicolon_with_a_subject_of_its_own_stays_its_own():
    text = "住院报销比例为85%；健康教育讲座参与率为70%。"
    assert linked(text) == [(85.0, "reimbursement_ratio"), (70.0, None)]


def test_the_target_an_office_above_set_is_the_rates_target():
    text = "全县参合农民10.4万人，参合率达到91.3%，超过市里下达的90%的目标。"
    assert linked(text) == [(91.3, "ncms_participation_rate"), (90.0, "ncms_participation_rate")]


# ------------------------------------------------------------------ distributive lists
def test_a_first_item_naming_a_catalog_rate_in_full_keeps_it():
    plan = "清河县卫生健康局2035年工作要点\n"
    text = "居民电子健康档案建档率、高血压和糖尿病患者规范管理率分别达到85%、65%和62%。"
    assert linked(text, plan) == [(85.0, "electronic_health_record_rate"), (65.0, "hypertension_management_rate"),
                                  (62.0, "diabetes_management_rate")]


# ------------------------------------------------------------------ a name cut by a hard wrap
def test_a_name_cut_in_two_by_a_wrap_still_names_its_indicator():
    text = ("全县孕产妇死亡率12.3/10万，婴儿死亡率3.87‰，5岁以下儿童\n"
            "死亡率5.02‰。全年开展卫生监督\n"
            "检查覆盖率达到98%。\n")
    assert linked(text) == [(12.3, "maternal_mortality_ratio"), (3.87, "infant_mortality_rate"),
                            (5.02, "under5_mortality_rate"), (98.0, "health_supervision_coverage_rate")]


def test_a_line_ending_in_punctuation_or_a_heading_is_no_wrap():
    text = "三、儿童保健\n死亡率监测点3个，覆盖率100%。\n"
    assert linked(text) == [(100.0, None)]


# ------------------------------------------------------------------ chronic diseases taken together
def test_the_management_of_chronic_diseases_together_is_the_key_populations_where_named_so():
    # (round 19: the written sets' gold links chronic patients taken together, named in the rate, to the key groups' rate;
    # a bare rate under a chronic-disease topic stays unlinked; see indicators.yaml)
    plan = "清河县中心卫生院2035年下半年工作计划\n"
    text = "下半年重点抓好老年人体检和慢病随访，确保全年规范管理率达到65%以上。全镇慢性病患者规范管理率83%。"
    assert linked(text, plan) == [(65.0, None), (83.0, "key_population_management_rate")]


def test_diseases_listed_before_their_class_keep_their_own_rates():
    text = "高血压、糖尿病等慢病患者规范管理率分别为72%和67%。"
    assert linked(text) == [(72.0, "hypertension_management_rate"), (67.0, "diabetes_management_rate")]


def test_the_pandemic_vaccine_of_2009_is_outside_the_programme():
    text = "累计接种甲流疫苗2.6万剂次，重点人群接种率达到81%。"
    assert linked(text) == [(81.0, None)]


def test_progress_against_two_targets_measures_the_tasks():
    text = "今年全镇常住人口签约率要达到40%，重点人群签约率达到80%以上，目前分别完成年度目标的91.5%和96.2%。"
    assert linked(text) == [(40.0, "family_doctor_contract_rate"), (80.0, "family_doctor_contract_rate"),
                            (91.5, "task_completion_rate"), (96.2, "task_completion_rate")]


def test_both_schemes_enrolment_written_with_a_bracketed_word():
    text = "全县新农合和城镇居民医保参保（合）率分别达到97.1%和92.8%。全县城乡居民参保（合）率达到96%。"
    assert linked(text) == [(97.1, "ncms_participation_rate"), (92.8, "basic_insurance_enrollment_rate"),
                            (96.0, "basic_insurance_enrollment_rate")]


def test_a_share_of_a_task_after_completing_it_is_the_tasks_progress():
    plan = "清河县中心卫生院2035年工作计划\n"
    text = "二、完成65岁以上老年人健康体检任务的100%，老年人健康管理率提高到68%。基本公共卫生服务任务的40%左右由村卫生室承担。"
    assert linked(text, plan) == [(100.0, "task_completion_rate"), (68.0, "elderly_health_management_rate"), (40.0, None)]
