"""Values read as an analyst reads them, for page shapes first met in the holdout17 and holdout19 written sets
(every page and sentence here is written for these tests; places and numbers are made up).

- a newborn's hearing screening is an indicator of its own, not the heel-prick screening of the catalog;
- a scheme's ratio scheduled by the grade of the facility (一级医疗机构为90%，二级医疗机构为80%) is its rule, and every
  grade's ratio is the ratio named once before the list;
- a word saying a level is low between a change verb and its value (增长仅3.2%) keeps the change;
- a lead-in announcing what will be done, ending in a colon (2032年，我们将着力办好八件实事：…；…。) or opening a
  sentence (我们将力争…；确保…；…控制在5‰以下。), makes its items plans;
- a frequency written in digits (每季度召开1次例会) is a count the text states; a place in a ranking (排名前三位) and the
  "one" a load is set per (一名村医要服务近千人) are no counts;
- an entitlement (每年可享受4次免费随访和1次免费体检) and a per-head fee (每人每年只有12元) are rules;
- 降至 a year's level ends a from→to pair, no target date; a growth aimed at (力争…增长12%以上) is a target;
- a capped share patients pay themselves (个人自付比例控制在10%以内) is a rule; a share reported is measured;
- a community facilities' share of visits written with 就诊量占比 or 门诊量的比例 is the catalog's indicator;
- a joiner inside an indicator's name (报告及时率, 普及率) does not split a distributive list.
"""
from __future__ import annotations

import pytest

from test_values_holdout18 import page_rows  # (the build's own per-page path; every quote checked against the page)


def read(text: str, *fields: str) -> list[tuple]:
    """The ``fields`` of each observation of a page."""
    return [tuple(r[f] for f in fields) for r in page_rows(text)]


SUMMARY = "汾河县卫生健康局2031年工作总结\n"


# ------------------------------------------------------------------ indicators of their own
def test_a_newborn_hearing_screening_rate_named_in_its_clause_is_a_rate_of_its_own():
    # (round 13 read hearing screening as part of the newborn disease screening, after the seed gold; the annotators of 26
    # written sets against 7 read a 新生儿听力筛查率 as a rate outside the catalog, reported beside the blood-spot screening.
    # A screening rate whose hearing screening is named only in the clause before keeps the seed's reading)
    text = SUMMARY + ("全县新生儿听力筛查率96.1%，新生儿疾病筛查率98.2%。全年完成新生儿听力筛查3 200人，筛查率97%。"
                      "全县居民健康档案建档率80.5%。")
    got = [(v, iid) for v, unit, iid in read(text, "value", "unit", "indicator_id") if unit == "percent"]
    assert got == [(96.1, None), (98.2, "newborn_screening_rate"), (97.0, "newborn_screening_rate"),
                   (80.5, "health_record_coverage_rate")]


def test_a_ratio_scheduled_by_facility_grade_is_the_rule_for_every_grade():
    text = SUMMARY + ("今年，全县居民医保政策范围内住院费用报销比例一级医疗机构为85%，二级医疗机构为70%，三级医疗机构为55%；"
                      "居民医保参保率98.1%。")
    got = read(text, "value", "indicator_id", "statement")
    assert got == [(85.0, "reimbursement_ratio", "policy"), (70.0, "reimbursement_ratio", "policy"),
                   (55.0, "reimbursement_ratio", "policy"), (98.1, "basic_insurance_enrollment_rate", "actual")]


# ------------------------------------------------------------------ how a value is stated
def test_a_low_level_word_between_a_change_verb_and_its_value_keeps_the_change():
    text = SUMMARY + "县级财政卫生投入年均增长仅3.2%，门诊人次同比增长仅2.5%。全县床位使用率仅为61%。"
    assert read(text, "value", "statement") == [(3.2, "change"), (2.5, "change"), (61.0, "actual")]


def test_the_items_a_future_lead_in_opens_with_a_colon_are_plans():
    text = ("汾河县2031年政府工作报告\n过去一年，全县参合率达到98.2%。2032年，我们将着力办好八件民生实事："
            "为全县8 000名农村妇女免费开展乳腺癌筛查；孕产妇系统管理率达到92%以上。全县住院分娩率为99.6%。")
    got = read(text, "value", "statement")
    assert got == [(98.2, "actual"), (8000.0, "target"), (92.0, "target"), (99.6, "actual")]


@pytest.mark.xfail(strict=True, reason=(
    "an interaction found at round 19's merge: the answer to an interviewer's question on the aims to come (记者：明年有"
    "哪些打算？) is read as plans up to the next question, so a narrator's line after the answer that states a level "
    "reached (为下一步工作打下基础，全县参合率达到98.3%。) reads as a target; the answer's end is not yet found"))
def test_every_item_of_a_sentence_opening_with_what_will_be_done_is_a_plan():
    text = SUMMARY + ("全年婴儿死亡率4.1‰。\n记者：明年有哪些打算？\n局长：我们将力争年内建成市级公共卫生临床中心，新增负压病床120张；"
                      "确保每个县至少有1所医院达到二级甲等水平；孕产妇死亡率和婴儿死亡率分别控制在12/10万和5‰以下。\n"
                      "为下一步工作打下基础，全县参合率达到98.3%。")
    got = read(text, "value", "statement")
    assert got == [(4.1, "actual"), (120.0, "target"), (1.0, "target"), (12.0, "target"), (5.0, "target"), (98.3, "actual")]


def test_a_sentence_opening_with_what_an_actor_will_launch_is_a_plan_but_jiang_as_ba_is_not():
    # (a page holding no colon at all: the opening sentence alone makes the plan)
    text = ("汾河县新农合运行平稳\n去年全县参合率达到97.6%。今年，县里将推行按病种付费，把参合率稳定在98%以上。"
            "全县将贫困人口全部纳入医保，参保率达到100%。")
    assert read(text, "value", "statement") == [(97.6, "actual"), (98.0, "target"), (100.0, "actual")]


def test_a_lead_in_reporting_work_done_with_a_colon_opens_no_plan():
    text = SUMMARY + "一年来，我们重点抓了以下工作：全县孕产妇系统管理率达到92.4%；为8 000名农村妇女开展乳腺癌筛查。"
    assert read(text, "value", "statement") == [(92.4, "actual"), (8000.0, "actual")]


def test_an_entitlement_and_a_per_head_fee_are_rules():
    text = SUMMARY + ("签约后，高血压患者每年可享受4次免费随访和1次免费健康体检。家庭医生签约服务费偏低，每人每年只有12元。"
                      "全年共有3 200人享受住院补偿。")
    got = read(text, "value", "unit", "statement")
    assert got == [(4.0, "count", "policy"), (1.0, "count", "policy"), (12.0, "yuan", "policy"), (3200.0, "count", "actual")]


def test_a_year_a_level_fell_to_is_no_target_date():
    # (a page naming no year of its own: no report year tells that 2021 is past)
    text = ("汾河縣衛生健康事業發展概述\n甲乙類傳染病報告發病率由2016年的301.5/10萬降至2021年的226.9/10萬，"
            "適齡兒童免疫規劃疫苗接種率保持在95%以上。")
    assert read(text, "value", "statement") == [(301.5, "actual"), (226.9, "actual"), (95.0, "actual")]


def test_a_growth_its_segment_aims_at_is_a_target_outside_a_plan():
    text = SUMMARY + "全年业务收入比上年增长9.5%。明年，我院将力争业务收入增长12%以上。"
    assert read(text, "value", "statement", "comparator") == [(9.5, "change", "="), (12.0, "target", ">=")]


def test_a_capped_share_patients_pay_themselves_is_a_rule():
    text = SUMMARY + "今年，贫困人口县域内住院个人自付比例控制在10%以内，脱贫人口住院个人自付比例为8.7%。"
    assert read(text, "value", "statement", "comparator") == [(10.0, "policy", "<="), (8.7, "actual", "=")]


# ------------------------------------------------------------------ counts
def test_a_frequency_written_in_digits_is_a_count_and_one_in_words_is_not():
    text = ("汾河县2032年健康教育工作计划\n全县共有村医312人。成立领导小组，每季度召开1次工作例会。每月至少举办2次健康讲座。"
            "县局每季度督查一次。")
    got = [(v, cmp) for v, unit, cmp in read(text, "value", "unit", "comparator") if unit == "count"]
    assert got == [(312.0, "="), (1.0, "="), (2.0, ">=")]


def test_a_place_in_a_ranking_is_no_count():
    text = SUMMARY + "考核排名前三位的是甲县、乙县和丙县，排名后两位的乡镇被通报批评，全县有3个乡镇位列全市前10名。全县新增村医12人。"
    assert read(text, "value", "unit") == [(3.0, "count"), (12.0, "count")]


def test_the_one_a_load_is_set_per_is_no_count():
    text = SUMMARY + ("全县乡村医生仅有210人，一名村医要服务近千名群众，一个家庭医生团队平均签约600人。"
                      "全县14个乡镇卫生院、1 个社区卫生服务中心和172个村卫生室承担项目任务。")
    assert [v for v, in read(text, "value")] == [210.0, 600.0, 14.0, 1.0, 172.0]


# ------------------------------------------------------------------ linking
def test_a_community_share_of_visits_written_with_its_visit_volume_is_the_catalog_indicator():
    text = SUMMARY + ("社区卫生服务中心就诊量占全区门诊量的比例仅为31.5%。明年力争社区卫生服务中心就诊量占比提高到38%。"
                      "全区社区卫生服务中心门诊量同比增长9%。")
    assert read(text, "value", "indicator_id") == [(31.5, "community_first_contact_rate"), (38.0, "community_first_contact_rate"),
                                                   (9.0, None)]


def test_a_joiner_inside_an_indicator_name_does_not_split_a_distributive_list():
    text = SUMMARY + "疫情网络直报率和报告及时率分别为99.6%、98.2%。疫情报告及时率和网络直报率分别为99.1%和97.3%。"
    assert read(text, "value", "indicator_id") == [
        (99.6, "disease_network_reporting_rate"), (98.2, "report_timeliness_rate"),
        (99.1, "report_timeliness_rate"), (97.3, "disease_network_reporting_rate")]


def test_funds_secured_are_no_aim_though_a_few_words_stand_between_the_verb_and_the_money():
    text = SUMMARY + "全年争取卫生项目资金2460万元，县医院住院楼主体完工。争取国债建设资金860万元。明年争取参合率达到98%。"
    assert read(text, "value", "statement") == [(24600000.0, "actual"), (8600000.0, "actual"), (98.0, "target")]


def test_jiang_before_continuing_education_opens_no_plan():
    # (将 as 把 before 继续教育, continuing education: what was done, not what will be)
    text = SUMMARY + "将继续教育学分达标的21名村医纳入绩效考核。明年将继续新建村卫生室5所。"
    assert read(text, "value", "statement") == [(21.0, "actual"), (5.0, "target")]
