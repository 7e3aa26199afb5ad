"""Indicators linked as an analyst names them, for page shapes met in the holdout43 and holdout49-52 written sets (every
page and sentence here is written for these tests; places and numbers are made up).

- a sentence a PDF's or a yearbook's hard wrap cuts keeps its qualifiers across the line break (高血压患者规范管理人数达 /
  到…，规范管理率…), and a name ending the line before is the value's when its line opens with link words (住院分娩率 /
  达到99.2%);
- a shorter alias inside a longer one that names something outside the catalog is read as the longer one stands (the
  adults' 全程接种率 is no programme's 接种率), while a qualifier inside the longer alias still decides (中重度贫血患病率);
- a wrong link is worse than none: a responsibility document's 签约率 is no family doctor's; the catalog knows the
  supervision with its sampling (监督监测覆盖率) and the licence held by the venues counted before it (公共场所…家，持证率);
- a schedule's part by a named hospital (在县人民医院住院为70%), a level's distance to its target (距全年70%的目标) and
  its excess over it (比…确定的目标高出) continue the rate;
- distributive lists: changes after two rates one of which the catalog does not know, and whole rate names listed before
  their values, are each their own rate's.
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # (the build's own per-page path)

SUMMARY = "青木县卫生健康局2036年工作总结\n"


def linked(text: str, head: str = SUMMARY) -> list[tuple[float, str | None]]:
    """(value, indicator_id) of each rate of a page (counts and amounts left out)."""
    return [(r["value"], r["indicator_id"]) for r in page_rows(head + text) if r["unit"] not in ("count", "yuan")]


# ------------------------------------------------------------------ hard wraps
def test_a_hard_wrap_keeps_the_qualifier_named_on_the_line_before():
    wrapped = ("【慢性病管理】 全县登记高血压患者规范管理人数达\n"
               "到3.2万人，规范管理率61.5%；糖尿病患者规范管理\n"
               "人数0.9万人，规范管理率57.3%。严重精神障碍\n"
               "患者报告患病率为4.02‰，在册患者管理率91.2%。\n")
    want = [(61.5, "hypertension_management_rate"), (57.3, "diabetes_management_rate"), (4.02, None),
            (91.2, "severe_mental_illness_management_rate")]
    assert linked(wrapped) == want
    assert linked(wrapped.replace("\n", "") + "\n") == want  # (the same page without its line breaks)


def test_a_name_ending_the_line_before_its_link_words_is_the_values():
    text = "全县孕产妇系统管理人数3200人，住院分娩率\n达到99.2%，新生儿访视率\n为97%。\n"
    assert linked(text) == [(99.2, "hospital_delivery_rate"), (97.0, "newborn_visit_rate")]
    assert linked(text.replace("\n", "") + "\n") == [(99.2, "hospital_delivery_rate"), (97.0, "newborn_visit_rate")]


def test_a_tables_row_is_no_sentence_cut_by_a_wrap():
    text = ("主要指标如下：\n指标 | 单位 | 2034年 | 2035年\n孕产妇系统管理率 | % | 92.4 | 93.8\n"
            "全年报告甲乙类法定传染病发病率为176.2/10万，死亡率0.81/10万。\n")
    assert linked(text)[-2:] == [(176.2, "notifiable_disease_incidence"), (0.81, None)]  # (no mother's death rate)


# ------------------------------------------------------------------ nested aliases
def test_the_adults_series_completed_is_not_the_programmes_coverage():
    text = "全县18岁以上人群第一剂次接种率达到92.3%，全程接种率85.1%；60岁以上老年人第一剂次接种率为70.4%。"
    assert linked(text) == [(92.3, None), (85.1, None), (70.4, None)]
    plan = "明年目标：60岁以上老年人全程接种率达到88%以上，加强免疫接种率力争达到75%。"
    assert linked(plan) == [(88.0, None), (75.0, None)]


def test_the_programmes_series_completed_is_its_coverage():
    text = "全县适龄儿童免疫规划疫苗接种率97.2%，全程接种率95.6%。"
    assert linked(text) == [(97.2, "immunization_coverage_rate"), (95.6, "immunization_coverage_rate")]


def test_a_generic_alias_with_no_owner_of_its_own_keeps_to_its_clause():
    text = "下半年打算：力争老年人体检完成率达到90%，年底前规范管理率恢复到65%以上。"
    assert linked(text)[-1] == (65.0, None)  # (whose management the plan does not say: not the elderly's)


def test_a_qualifier_inside_a_longer_alias_still_decides():
    text = "全县孕产妇产前检查率97.5%，产后访视率95.1%；5岁以下儿童中重度贫血患病率由2.1%下降至1.6%。"
    assert linked(text) == [(97.5, "prenatal_care_rate"), (95.1, "postpartum_visit_rate"),
                            (2.1, "child_anemia_prevalence"), (1.6, "child_anemia_prevalence")]


# ------------------------------------------------------------------ a wrong link is worse than none
def test_a_responsibility_documents_signing_rate_is_no_family_doctors():
    assert linked("局党组与42个医疗卫生单位签订党风廉政建设责任书，签约率100%。") == [(100.0, None)]
    assert linked("與42個醫療衛生單位簽訂黨風廉政建設責任書，簽約率100%。") == [(100.0, None)]  # (Traditional)
    text = "与各卫生院签订家庭医生签约服务责任书，签约率达到63%。"
    assert linked(text) == [(63.0, "family_doctor_contract_rate")]


def test_the_venues_counted_before_hold_the_licence():
    text = "全县公共场所540家，持证率96.1%；公共场所从业人员持证率97.3%。"
    assert linked(text) == [(96.1, "hygiene_license_rate"), (97.3, None)]


def test_the_supervision_with_its_sampling_is_the_supervisions_coverage():
    assert linked("农村饮用水卫生监督监测覆盖率达到100%。") == [(100.0, "health_supervision_coverage_rate")]


# ------------------------------------------------------------------ parts, targets
def test_a_named_hospital_is_a_part_of_the_schedule():
    text = "在乡镇卫生院住院，政策范围内报销比例为88%；在县人民医院住院为72%；门诊统筹报销比例为45%。"
    assert linked(text) == [(88.0, "reimbursement_ratio"), (72.0, "reimbursement_ratio"), (45.0, None)]
    text = "住院报销比例乡镇卫生院为85%；县医院为70%；市级医院为55%。"
    assert linked(text) == [(85.0, "reimbursement_ratio"), (70.0, "reimbursement_ratio"), (55.0, "reimbursement_ratio")]


def test_a_levels_distance_to_its_target_is_the_rates():
    text = "65岁以上老年人健康管理率61.8%，距全年70%的目标尚有差距。"
    assert linked(text) == [(61.8, "elderly_health_management_rate"), (70.0, "elderly_health_management_rate")]
    text = "高血压患者规范管理率58%，离年度目标65%还有距离。"
    assert linked(text) == [(58.0, "hypertension_management_rate"), (65.0, "hypertension_management_rate")]


def test_a_levels_excess_over_its_target_is_the_rates_change():
    text = "全市参合农民86万人，参合率89.4%，比实施方案确定的目标高出9.4个百分点。"
    assert linked(text) == [(89.4, "ncms_participation_rate"), (9.4, "ncms_participation_rate")]
    text = "全市住院分娩率99.1%，比门诊目标人数高出3个百分点。"  # (a comparison with another noun names it)
    assert linked(text) == [(99.1, "hospital_delivery_rate"), (3.0, None)]


# ------------------------------------------------------------------ distributive lists
def test_changes_after_two_rates_are_theirs_in_order_one_outside_the_catalog():
    text = "全县报告乙类传染病发病率为186.3/10万，死亡率为0.82/10万，分别比上年下降6.1%和1.3%。"
    assert linked(text) == [(186.3, "notifiable_disease_incidence"), (0.82, None), (-6.1, "notifiable_disease_incidence"),
                            (-1.3, None)]


def test_whole_rate_names_listed_before_their_values_are_each_their_own():
    text = "明年目标：政策生育率、综合节育率分别达到96%和88%以上。"
    assert linked(text) == [(96.0, "policy_compliant_birth_rate"), (88.0, None)]
    text = "全镇综合节育率、政策生育率分别为87%和95%。"
    assert linked(text) == [(87.0, None), (95.0, "policy_compliant_birth_rate")]
