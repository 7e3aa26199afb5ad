"""Values read as an analyst reads them, for page shapes met in the round-16 written sets (every page and sentence
here is written for these tests; places and numbers are made up).

- a plan's table of main indicators with a column per year (指标 | 单位 | 2020年 | 2025年): the earlier year is the
  baseline, a level reached; the last year's column holds the plan's aims;
- "only" right before a level (占比仅为9.6%, 全科医生仅26人) judges the level as it stands, in a plan's review too;
- 逾 (more than) is a floor, 约有 (about) an approximation; 签约有 names what was signed, no approximation;
- spending cut back (压缩, 缩减) and time shortened (缩短) are falls;
- a reimbursement schedule by level of care is the rule, when the level stands in the clause before the ratio and when
  its later levels follow a semicolon (…报销比例为85%；二级医院为70%；三级医院为55%);
- the share a scheme pays for a band of costs (1万元至5万元部分支付60%) is a rule;
- what a meeting or a bureau requires, opening a sentence (会议要求，…；…。), is aimed at through the sentence; a
  requirement the work followed (按照市卫生局要求，…) is none;
- a level estimated or expected (测算…可达到80%左右, 有望达到45%) is no level reached;
- 困难 as an attribute of the people a measure helps (慰问困难职工) judges nothing: a plan's item stays a plan's;
- a line break between a value and the bound word closing it (达到90% / 以上) is a wrap;
- a rise written with 提高/提升 right before its figure (比上年提高2.3) is a change, and a rate's from→to pair after a rule's
  ratio in its sentence keeps the rate's own statement;
- the task set, named right before its count (检查任务数5000人, 应查3200人), is the required level, unless the work of doing
  it is named before (完成抽查任务218家).
"""
from __future__ import annotations

from test_values_holdout18 import page_rows


def read(text: str, *fields: str, unit: str | None = None) -> list[tuple]:
    return [tuple(r[f] for f in fields) for r in page_rows(text) if unit is None or r["unit"] == unit]


# ------------------------------------------------------------------ a plan's table with a column per year
def test_a_plan_tables_earlier_year_column_is_its_baseline():
    text = ("云岭县“十四五”卫生健康事业发展规划\n主要发展指标\n"
            "| 指标 | 单位 | 2020年 | 2025年 | 属性 |\n"
            "| 婴儿死亡率 | ‰ | 3.4 | ≤3 | 约束性 |\n"
            "| 居民健康素养水平 | % | 21.7 | 30 | 预期性 |\n")
    assert read(text, "value", "unit", "statement", "comparator") == [
        (3.4, "per_mille", "actual", "="), (3.0, "per_mille", "target", "<="),
        (21.7, "percent", "actual", "="), (30.0, "percent", "target", "=")]


def test_a_summary_tables_year_columns_stay_levels_reached():
    text = ("云岭县2031年卫生健康统计摘要\n"
            "| 指标 | 单位 | 2030年 | 2031年 |\n"
            "| 婴儿死亡率 | ‰ | 3.9 | 3.5 |\n")
    assert read(text, "value", "statement") == [(3.9, "actual"), (3.5, "actual")]


# ------------------------------------------------------------------ "only" judges the present
def test_only_before_a_level_in_a_plans_review_reports_it_as_it_stands():
    text = ("云岭县2032年卫生健康工作计划\n一、发展短板\n当前仍有弱项。第一，县级医院服务能力不强，三级手术占比仅为12.4%，"
            "县域内就诊率为81%。第二，全科医生仅26人。\n二、主要目标\n县域内就诊率达到90%，三级手术占比达到20%。")
    assert read(text, "value", "statement") == [(12.4, "actual"), (81.0, "actual"), (26.0, "actual"),
                                                (90.0, "target"), (20.0, "target")]


def test_not_only_before_a_plans_aim_keeps_it_an_aim():
    text = "云岭县2032年卫生健康工作计划\n不仅为群众提供签约服务，还要使签约率达到50%。"
    assert read(text, "value", "statement") == [(50.0, "target")]


# ------------------------------------------------------------------ comparators
def test_more_than_and_about_before_a_value():
    text = ("云岭县2031年卫生健康工作总结\n全年救治危重病人逾3600人次，约有12%的患者转往上级医院。"
            "全县签约有1500人，现有医生320人。")
    assert read(text, "value", "comparator") == [(3600.0, ">="), (12.0, "~"), (1500.0, "="), (320.0, "=")]


# ------------------------------------------------------------------ falls
def test_spending_cut_back_and_time_shortened_are_falls():
    text = "云岭县卫生健康局2031年机关工作总结\n全年会议费比上年压缩15.5%，平均候诊时间缩短了8%，行政开支缩减6.2%。"
    assert read(text, "value", "statement") == [(-15.5, "change"), (-8.0, "change"), (-6.2, "change")]


# ------------------------------------------------------------------ a scheme's rules
def test_a_schedule_by_level_of_care_is_the_rule_across_semicolons():
    text = ("问：在卫生院住院，报销比例是多少？\n答：在一级及以下定点医疗机构住院，政策范围内费用报销比例为85%；"
            "二级医院为70%；三级医院为55%。")
    assert read(text, "value", "indicator_id", "statement") == [
        (85.0, "reimbursement_ratio", "policy"), (70.0, "reimbursement_ratio", "policy"),
        (55.0, "reimbursement_ratio", "policy")]


def test_a_schedule_whose_level_stands_in_the_clause_before_is_the_rule():
    text = ("云岭县2031年医疗保障工作总结\n参保居民在乡镇卫生院住院，政策范围内报销比例为90%，县级医院为75%。"
            "全年政策范围内住院费用报销比例为71.6%。")
    assert read(text, "value", "statement") == [(90.0, "policy"), (75.0, "policy"), (71.6, "actual")]


def test_the_share_paid_for_a_band_of_costs_is_a_rule():
    text = "关于调整大病保险待遇的通知\n大病保险起付线为1.2万元，1.2万元至6万元部分支付60%，6万元以上部分支付75%。"
    assert read(text, "value", "statement", unit="percent") == [(60.0, "policy"), (75.0, "policy")]


# ------------------------------------------------------------------ what is required and what is expected
def test_a_meetings_requirements_are_aims_through_their_sentence():
    text = ("云岭县召开2032年卫生健康工作会议\n会议指出，2031年全县住院分娩率达到98.1%。会议要求，2032年全县住院分娩率要力争"
            "达到99%以上；参合率稳定在97%以上；免疫规划疫苗接种率达到95%以上。按照市卫生局要求，全县建档率达到85%。"
            "今年县卫生局要求签约率达到40%以上。")
    assert read(text, "value", "statement") == [(98.1, "actual"), (99.0, "target"), (97.0, "target"), (95.0, "target"),
                                                (85.0, "actual"), (40.0, "target")]


def test_a_level_estimated_or_expected_is_no_level_reached():
    text = ("云岭县2031年上半年卫生工作总结\n完成全县入户基线调查，初步测算参合率可达到80%左右，年底签约率有望达到45%。"
            "全县建档率为72%。")
    assert read(text, "value", "statement") == [(80.0, "target"), (45.0, "target"), (72.0, "actual")]


def test_people_in_need_named_in_a_plan_do_not_make_its_items_levels():
    text = ("云岭县卫生健康局工会2032年工作计划\n2032年，局工会将重点做好以下工作：一是走访慰问困难职工不少于40户，"
            "发放慰问金5万元；二是组织职工健康体检，体检率达到100%。")
    assert read(text, "value", "statement") == [(40.0, "target"), (50000.0, "target"), (100.0, "target")]


# ------------------------------------------------------------------ a wrap before the bound word
def test_a_line_break_between_a_value_and_its_bound_is_a_wrap():
    text = ("云岭县卫生监督所2031年上半年工作总结\n下半年，我所将加强监督员培训，力争公共场所量化分级管理率达到92%\n"
            "以上，监督覆盖率达到88%。")
    assert read(text, "value", "statement", "comparator") == [(92.0, "target", ">="), (88.0, "target", "=")]


# ------------------------------------------------------------------ a rise written with 提高, a pair after a rule
def test_a_rise_written_with_tigao_beside_a_rate_is_a_change():
    text = "云岭县2031年卫生健康工作总结\n全县居民健康素养水平33.8%，比上年提高2.6，门诊人次提升4.5%。"
    assert read(text, "value", "unit", "statement") == [(33.8, "percent", "actual"), (2.6, "percent", "change"),
                                                        (4.5, "percent", "change")]


def test_a_rates_from_to_pair_after_a_rules_ratio_is_measured():
    text = "云岭县2031年卫生健康工作总结\n住院报销比例为75%，家庭医生签约率由41%提高到46%。"
    assert read(text, "value", "statement") == [(75.0, "policy"), (41.0, "actual"), (46.0, "actual")]


# ------------------------------------------------------------------ a task set beside the work done
def test_a_task_named_right_before_its_count_is_the_required_level():
    text = ("云岭县2031年妇幼卫生工作总结\n农村妇女两癌检查任务数5000人，实际检查5120人，完成率102.4%。开展孕情服务，应查3200人，"
            "实查3105人。已完成任务3000人，承担重大活动医疗保障任务6次。")
    assert read(text, "value", "statement", unit="count") == [(5000.0, "target"), (5120.0, "actual"), (3200.0, "target"),
                                                               (3105.0, "actual"), (3000.0, "actual"), (6.0, "actual")]
