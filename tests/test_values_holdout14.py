"""Values read as an analyst reads them, for page shapes first met in the holdout14 written set (every
sentence here is written for these tests; places and numbers are made up).

- a count whose measure word the noun before the number names (门诊人次52.3万); a length of stay in days is none;
- one rate stated by 均 for a list of indicators is one value per indicator;
- the coverage of health records, areas' own visit shares and the primary-care share of visits;
- the share of people an activity reached (建立健康档案的比例) is the activity's rate.
"""
from __future__ import annotations

import pytest

from healthdata.extract.observations import extract_report
from healthdata.textnorm import matching_text
from healthdata.types import ReportText


def rows_of(text: str) -> list[dict]:
    rep = ReportText("t#01", "t.txt", text, matching_text(text), 0, len(text), [])
    return extract_report(rep).observations


def counts(text: str) -> list[tuple[str, float, str | None]]:
    return [(r["quote"], r["value"], r["count_unit"]) for r in rows_of(text) if r["unit"] == "count"]


def linked(text: str) -> list[tuple[str, str | None]]:
    return [(r["quote"], r["indicator_id"]) for r in rows_of(text) if r["unit"] not in ("count", "yuan")]


# ------------------------------------------------------------------ counts named before the number
def test_a_count_whose_noun_names_its_measure_word_is_read_with_its_multiplier():
    text = "全年全县门诊人次52.3万，同比增长4.2%；接种剂次达8.6万，出院病人1.4万人次。"
    assert counts(text) == [("52.3万", 523000.0, "人次"), ("8.6万", 86000.0, "剂次"), ("1.4万人次", 14000.0, "人次")]


def test_a_number_with_wan_after_a_noun_naming_no_measure_word_is_a_count_only_of_people():
    # a population written N万 without 人 (常住人口46.2万) is counted in people, as the gold of several written sets has it
    # (round 19); money written N万 without 元 names no measure, and stays no count
    assert counts("全县常住人口46.2万，财政投入卫生资金增长到3.1万。") == [("46.2万", 462000.0, "人")]


def test_a_length_of_stay_in_days_and_a_date_are_no_counts():
    # a length of stay is a mean over the patients discharged (round 27: most written sets leave it out; it was a count
    # here before, as this set's gold has it)
    text = "3月15日统计，出院者平均住院日9.4日，县医院平均住院天数为7.9天，床位增加到310张。"
    assert counts(text) == [("310张", 310.0, "张")]


# ------------------------------------------------------------------ 均 after a list of indicators
def test_one_rate_stated_by_jun_for_two_indicators_is_a_value_of_each():
    text = "全县高血压和糖尿病患者规范管理率均达到65%以上。"
    got = [(r["quote"], r["indicator_id"], r["comparator"]) for r in rows_of(text)]
    assert got == [("65%", "hypertension_management_rate", ">="), ("65%", "diabetes_management_rate", ">=")]


def test_a_zero_stated_by_jun_for_two_death_rates_is_a_zero_in_each_rates_unit():
    got = [(r["indicator_id"], r["value"], r["unit"]) for r in rows_of("今年全乡孕产妇、婴儿死亡率均为0。")]
    assert got == [("maternal_mortality_ratio", 0.0, "per_100k"), ("infant_mortality_rate", 0.0, "per_mille")]


def test_one_rate_stated_by_jun_for_a_list_of_places_stays_one_value():
    assert linked("县人民医院、县妇幼保健院住院次均费用增幅均控制在6%以内。") == [("6%", None)]


# ------------------------------------------------------------------ health records, visit shares
def test_the_coverage_of_health_records_names_the_records_indicator():
    text = "居民电子健康档案覆盖率82.5%；全镇规范化电子健康档案覆盖率76.1%。"
    assert linked(text) == [("82.5%", "electronic_health_record_rate"), ("76.1%", "health_record_coverage_rate")]


def test_the_share_of_people_an_activity_reached_is_its_rate():
    text = "今年为辖区居民建立健康档案的比例达到65%，孕产妇住院分娩的比例为99.2%。"
    assert linked(text) == [("65%", "health_record_coverage_rate"), ("99.2%", "hospital_delivery_rate")]


@pytest.mark.parametrize("text", [
    "全旗旗域内就诊率达到88%。",  # a banner's own share of visits, as a county's (县域内就诊率)
    "市域外就诊率下降到9%。",
    "基层医疗卫生机构诊疗量占总诊疗量的57.3%。",  # all primary facilities: wider than the community share
    "中医药服务人次占基层总诊疗人次的28.4%。",  # the primary facilities name the base, not the share
])
def test_shares_of_visits_outside_the_catalog_stay_unlinked(text):
    assert [iid for _, iid in linked(text)] == [None]


def test_the_community_share_of_visits_is_linked():
    assert linked("社区卫生服务机构诊疗人次占总诊疗人次的31.5%。") == [("31.5%", "community_first_contact_rate")]


# ------------------------------------------------------------------ statements
def stated(text: str) -> list[tuple[str, str]]:
    return [(r["quote"], r["statement"]) for r in rows_of(text)]


def test_a_problem_states_the_present_and_its_countermeasure_a_plan():
    text = ("某县卫生健康局2026年工作计划\n"
            "二、问题与对策\n"
            "（一）村医队伍青黄不接。全县86个村卫生室中，有村医的仅71个。对策：年内定向培养村医不少于15名，新建标准化村卫生室4所。\n"
            "（二）群众看病路远。山区群众到乡镇卫生院平均需25公里。对策：配置巡回医疗车3台。\n")
    expected = [("86个", "actual"), ("71个", "actual"), ("15名", "target"), ("4所", "target"), ("25公里", "actual"), ("3台", "target")]
    assert stated(text) == expected
    # the same plan on one line (a page whose lines were joined): each item keeps its problem and its plan
    one_line = ("某县卫生健康局2026年工作计划 一、工作目标 全县签约率达到75%。" + text.split("\n", 1)[1].replace("\n", ""))
    assert stated(one_line) == [("75%", "target")] + expected


def test_a_countermeasure_in_a_summary_is_a_plan():
    text = ("某镇卫生院2025年工作总结\n全年门诊2.1万人次。存在问题：全院仅有执业医师5名。对策：招聘医学毕业生3名，送培骨干2名。\n")
    assert stated(text) == [("2.1万人次", "actual"), ("5名", "actual"), ("3名", "target"), ("2名", "target")]


def test_a_plans_look_back_at_the_year_before_reports_both_levels_of_a_pair():
    text = ("某县卫生健康局2026年工作计划\n"
            "2025年，全县家庭医生签约率由上年的71.2%提高到74.6%。\n"
            "一、工作目标\n全县家庭医生签约率由74.6%提高到78%。\n")
    assert stated(text) == [("71.2%", "actual"), ("74.6%", "actual"), ("74.6%", "actual"), ("78%", "target")]


def test_a_plans_budget_and_its_growth_on_last_year_are_the_amount_and_a_change():
    text = "某县卫生健康局2026年工作计划\n县财政安排公共卫生专项经费920万元，比上年增长8.4%；全县门诊人次比上年增长5%。\n"
    got = [(r["quote"], r["statement"], r["value"]) for r in rows_of(text)]
    assert got == [("920万元", "target", 9200000.0), ("8.4%", "change", 8.4), ("5%", "target", 5.0)]


def test_a_ratio_actually_paid_bounded_by_a_floor_is_a_rule_and_one_reached_is_a_level():
    text = "今年起，门诊慢性病病种增加到30种，大病患者实际报销比例不低于65%。全县住院实际补偿比达到68%以上。"
    assert stated(text) == [("30种", "policy"), ("65%", "policy"), ("68%", "actual")]


def test_diseases_reported_by_kind_are_no_rule():
    assert stated("全年报告法定传染病病种14种，发病率为150.2/10万。") == [("14种", "actual"), ("150.2/10万", "actual")]


# ------------------------------------------------------------------ shapes first met in holdout16
def test_a_tables_completion_column_is_progress_against_each_rows_target():
    text = ("某区2018年基本公共卫生服务项目实施情况\n"
            "| 指标 | 单位 | 目标值 | 完成值 | 完成率 |\n"
            "| 老年人健康管理率 | % | ≥70 | 73.5 | 105.0% |\n"
            "| 健康教育讲座 | 次 | 400 | 380 | 95.0% |\n")
    got = [(r["quote"], r["indicator_id"], r["statement"]) for r in rows_of(text) if r["unit"] == "percent"]
    assert got == [("70", "elderly_health_management_rate", "target"), ("73.5", "elderly_health_management_rate", "actual"),
                   ("105.0%", "task_completion_rate", "completion"), ("95.0%", "task_completion_rate", "completion")]


def test_the_earlier_level_named_by_its_year_is_the_same_rates():
    text = "全县婴儿死亡率降至3.9‰，较2017年的5.2‰下降1.3个千分点；孕产妇死亡率10.6/10万，比上年的17.3/10万有所下降。"
    got = [(r["quote"], r["indicator_id"], r["statement"]) for r in rows_of(text)]
    assert got == [("3.9‰", "infant_mortality_rate", "actual"), ("5.2‰", "infant_mortality_rate", "actual"),
                   ("1.3个千分点", "infant_mortality_rate", "change"), ("10.6/10万", "maternal_mortality_ratio", "actual"),
                   ("17.3/10万", "maternal_mortality_ratio", "actual")]


def test_a_rules_ratio_moved_by_points_to_the_level_it_reached_is_a_change_of_that_level():
    text = "某县2019年医疗保障工作总结\n大病保险报销比例提高4个百分点，达到62%。住院报销比例提高3个百分点。\n"
    assert stated(text) == [("4个百分点", "change"), ("62%", "actual"), ("3个百分点", "policy")]


def test_what_a_meeting_sets_out_for_the_coming_year_are_its_aims():
    text = ("本报讯 县卫健委近日召开全县卫生健康工作会议。会议通报，去年全县婴儿死亡率为5.1‰。"
            "会议明确，今年全县婴儿死亡率控制在5‰以下，家庭医生签约率达到65%以上。")
    assert stated(text) == [("5.1‰", "actual"), ("5‰", "target"), ("65%", "target")]


def test_the_parts_of_a_financing_standard_after_it_are_rules_and_a_total_paid_is_not():
    text = "今年新农合筹资标准提高到每人每年450元，个人缴费120元。全年个人缴费共计2680万元。"
    assert stated(text) == [("450元", "policy"), ("120元", "policy"), ("2680万元", "actual")]


def test_the_share_of_costs_the_fund_actually_paid_is_the_reimbursement_ratio():
    assert linked("县级医院住院费用医保基金实际支付比例达到68%，门诊医保基金实际支付比例45%。") == [
        ("68%", "reimbursement_ratio"), ("45%", None)]


def test_an_approximation_between_the_number_and_its_multiplier_is_read():
    got = [(r["quote"], r["value"], r["comparator"]) for r in rows_of("全年赔付2150多万元，救治患者1.8万余人次。")]
    assert got == [("2150多万元", 21500000.0, "~"), ("1.8万余人次", 18000.0, "~")]


def test_a_slogans_numeral_and_a_masked_year_are_no_values():
    text = "落实健康扶贫“三个一批”，救治患者320人次。三、20XX年工作计划 建档率90以上，签约率65以上。"
    assert [(r["quote"], r["unit"]) for r in rows_of(text)] == [("320人次", "count"), ("90", "percent"), ("65", "percent")]


# ------------------------------------------------------------------ shapes first met in holdout15
def test_a_ratio_a_plan_keeps_is_the_schemes_level_to_hold():
    text = "某县卫生健康局2019年工作要点\n城乡居民医保政策范围内住院费用报销比例保持在72%左右。\n"
    assert stated(text) == [("72%", "policy")]


def test_the_share_actually_paid_by_level_of_care_is_measured():
    text = "某县2016年新农合运行情况\n全年住院实际补偿比乡镇卫生院为71%，县级医院为57%。\n"
    assert stated(text) == [("71%", "actual"), ("57%", "actual")]


def test_a_pairs_first_period_does_not_make_the_next_aim_reached():
    text = "某县2019年下半年工作安排\n年底前全县签约率由上半年的28%提高到40%，重点人群签约率70%。\n"
    assert stated(text) == [("28%", "actual"), ("40%", "target"), ("70%", "target")]


def test_progress_against_a_rates_target_is_the_tasks_completion():
    text = "上半年，全县家庭医生签约进度偏慢，签约率仅完成年度目标的55%。"
    assert [(r["quote"], r["indicator_id"], r["statement"]) for r in rows_of(text)] == [("55%", "task_completion_rate", "completion")]


def test_a_sites_links_to_the_previous_and_next_article_are_no_counts():
    text = "全镇新建标准化村卫生室一所。\n【上一篇】全镇召开农业工作会议　【下一篇】镇卫生院开展义诊活动\n"
    assert counts(text) == [("一所", 1.0, "所")]
