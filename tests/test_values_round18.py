"""Values, round 18 (worked in round 19): how values are stated and bound, for patterns found missed on the round-19
sets — each on sentences written for the test (no text from any page of the evaluation sets; places and figures are
made up).

- a count written with 余/多 after it (2600余人次) is a round figure, a little more than the number: comparator ~ (as
  the development gold states it; most written sets say >=, a recorded dispute);
- a target kept within a level without a bound word after it (控制在15/10万) is a ceiling: <=;
- 要把/要将 before a level (全县要把…控制在…) aim at it;
- a dated 计划 heading opening a line, closed by a colon (2032年计划：…), heads the year's plan;
- a meeting's arrangement of the work to come (对2032年重点工作作了具体安排：) opens the enumerated lines below it;
- in a Q&A page, the answer to a question on the aims to come (问：今年的目标是什么？) states targets;
- a one-cell-per-line table headed 指标 / 年度目标 / 实际完成 / 完成率, its cells writing their own %, is read by column;
  a period column (1—6月) beside a target column holds levels reached.
"""
from __future__ import annotations

import pytest

from test_values_holdout18 import page_rows  # the observations of a page, each quote checked against the raw text


def read(text: str, *fields: str) -> list[tuple]:
    return [tuple(r[f] for f in fields) for r in page_rows(text)]


# ------------------------------------------------------------------ 余 / 多: a round figure, a little more than the number
@pytest.mark.parametrize(("sentence", "quote", "value"), [
    ("全年开展义诊活动，服务群众3100余人次。", "3100余人次", 3100.0),
    ("发放宣传折页1.5万余份。", "1.5万余份", 15000.0),
    ("全镇共有慢性病患者800多人。", "800多人", 800.0),
])
def test_a_count_with_yu_or_duo_is_about_the_number(sentence, quote, value):
    text = "石桥镇卫生院2031年工作总结\n" + sentence
    assert read(text, "quote", "value", "comparator") == [(quote, value, "~")]


def test_a_count_about_a_number_stays_approximate():
    text = "石桥镇卫生院2031年工作总结\n全年接诊约2300人次。"
    assert read(text, "quote", "comparator") == [("2300人次", "~")]


# ------------------------------------------------------------------ 控制在 a level: a target's ceiling
def test_a_target_kept_within_a_level_is_a_ceiling():
    text = ("柳溪县2032年卫生健康工作计划\n"
            "一、主要目标。孕产妇死亡率控制在18/10万，婴儿死亡率控制在5‰以内，高血压患者规范管理率达到65%。\n")
    assert read(text, "value", "statement", "comparator") == [
        (18.0, "target", "<="), (5.0, "target", "<="), (65.0, "target", "=")]


def test_a_target_range_kept_within_keeps_its_floor_and_ceiling():
    text = "柳溪县2032年卫生健康工作计划\n一、主要目标。新农合基金使用率控制在82%—88%之间。\n"
    assert read(text, "value", "comparator") == [(82.0, ">="), (88.0, "<=")]


def test_a_level_reported_as_kept_within_is_the_level_reached():
    text = "柳溪县2031年卫生健康工作总结\n全县孕产妇死亡率控制在18/10万，婴儿死亡率控制在4.6‰。\n"
    assert read(text, "value", "statement", "comparator") == [(18.0, "actual", "="), (4.6, "actual", "=")]


# ------------------------------------------------------------------ 要把 / 要将
@pytest.mark.parametrize("verb", ["要把", "要将"])
def test_a_level_a_ba_phrase_says_is_to_be_reached_is_a_target(verb):
    text = ("南坪县召开卫生健康工作会\n"
            "会上通报，全县去年婴儿死亡率为5.2‰。"
            f"县卫健局局长表示，全县{verb}婴儿死亡率控制在4.5‰以下，{verb}产后访视率提高到92%。\n")
    assert read(text, "value", "statement") == [(5.2, "actual"), (4.5, "target"), (92.0, "target")]


# ------------------------------------------------------------------ 2032年计划： at a line's start
def test_a_dated_plan_heading_opening_a_line_heads_targets():
    text = ("青岗乡卫生院2031年工作总结及2032年工作计划\n"
            "　　全年住院分娩率72.5%，建档率86%。\n"
            "　　2032年计划：住院分娩率达到80%，健康档案建档率保持在85%以上。\n")
    assert read(text, "value", "statement") == [(72.5, "actual"), (86.0, "actual"), (80.0, "target"), (85.0, "target")]


def test_a_heading_naming_the_year_reported_on_states_levels_reached():
    text = ("青岗乡卫生院2031年工作总结\n"
            "　　2031年计划免疫：适龄儿童接种率达到96%。\n")
    assert read(text, "value", "statement") == [(96.0, "actual")]


# ------------------------------------------------------------------ a meeting's arrangement and its items
MEETING = ("石湾镇召开卫生健康工作会议\n"
           "　　2月10日，石湾镇召开卫生健康工作会议。会上，镇分管领导{lead}：\n"
           "　　一是抓实家庭医生签约。重点人群签约率不低于75%，全年新增签约居民1200人。\n"
           "　　二是守牢疫情防线。适龄儿童疫苗接种率保持在95%以上。\n"
           "　　会议指出，全镇现有村医31人，年龄偏大。\n")


def test_a_meetings_arrangement_of_the_years_work_opens_targets_below_it():
    got = read(MEETING.format(lead="对2032年重点工作作了具体安排"), "value", "statement")
    assert got == [(75.0, "target"), (1200.0, "target"), (95.0, "target"), (31.0, "actual")]


def test_a_meetings_arrangement_on_a_page_whose_lines_were_joined_opens_the_same_targets():
    text = MEETING.format(lead="对2032年重点工作作了具体安排").replace("\n", "")
    got = read(text, "value", "statement")
    assert got == [(75.0, "target"), (1200.0, "target"), (95.0, "target"), (31.0, "actual")]


def test_a_meetings_report_of_work_done_states_levels_reached():
    # Decided in round 29: a value right after a floor word (签约率不低于75%) is the level required even in a report of
    # work done — a level reached is written 达到75%以上, and no written set's gold (all annotators, 400+ values) reads
    # one as reached.  The statement holds for that value only: the count after it in the same sentence is reached.
    got = read(MEETING.format(lead="通报了去年重点工作的完成情况"), "value", "statement")
    assert got == [(75.0, "target"), (1200.0, "actual"), (95.0, "actual"), (31.0, "actual")]


# ------------------------------------------------------------------ a Q&A page's question on the aims
QA = ("岭东县城乡居民医保政策问答\n"
      "问：去年全县参保情况怎么样？\n"
      "答：去年全县参保率为96.8%。\n"
      "问：{question}\n"
      "答：参保率稳定在97%以上，家庭医生签约率达到65%。\n"
      "问：到哪里咨询？\n"
      "答：可拨打热线，或到乡镇卫生院咨询，现有窗口12个。\n")


def test_the_answer_to_a_question_on_the_aims_states_targets():
    got = read(QA.format(question="今年的目标是什么？"), "value", "statement")
    assert got == [(96.8, "actual"), (97.0, "target"), (65.0, "target"), (12.0, "actual")]


def test_the_answer_to_a_question_on_how_the_aims_went_states_levels_reached():
    got = read(QA.format(question="去年的目标完成得怎么样？"), "value", "statement")
    assert got == [(96.8, "actual"), (97.0, "actual"), (65.0, "actual"), (12.0, "actual")]


# ------------------------------------------------------------------ a one-cell-per-line table of target, actual, completion
def test_a_one_cell_per_line_table_of_target_actual_and_completion_is_read_by_column():
    text = ("云岭县2031年公共卫生服务项目考核通报\n"
            "现将主要指标通报如下。\n"
            "指标\n年度目标\n实际完成\n完成率\n"
            "老年人健康管理率\n70%\n73.5%\n105.0%\n"
            "糖尿病患者规范管理率\n60%\n54%\n90.0%\n"
            "全县项目资金到位5200万元。\n")
    got = read(text, "value", "statement", "indicator_id")
    assert got == [(70.0, "target", "elderly_health_management_rate"), (73.5, "actual", "elderly_health_management_rate"),
                   (105.0, "completion", "task_completion_rate"),
                   (60.0, "target", "diabetes_management_rate"), (54.0, "actual", "diabetes_management_rate"),
                   (90.0, "completion", "task_completion_rate"),
                   (52000000.0, "actual", None)]


def test_a_period_column_beside_a_target_column_holds_levels_reached():
    text = ("云岭县卫生局2031年上半年工作总结\n"
            "主要指标完成情况如下：\n"
            "指标\n单位\n1—6月\n全年目标\n"
            "孕产妇系统管理率\n%\n87.2\n90\n"
            "　　下半年，全县将继续推进基本公共卫生服务。\n")
    assert read(text, "value", "statement") == [(87.2, "actual"), (90.0, "target")]


# ------------------------------------------------------------------ a number cut by a site's chunk tag or pager
@pytest.mark.parametrize(("cut", "value", "unit"), [
    ("9[chunk]4.5%", 94.5, "percent"),
    ("9[chunk 3]4.5%", 94.5, "percent"),
    ("9[pagebreak]4.5%", 94.5, "percent"),
    ("9⁂4.5%", 94.5, "percent"),
    ("9\n〔本文共3页　当前第2页〕\n4.5%", 94.5, "percent"),
    ("9〔本文共3页　当前第2页〕4.5%", 94.5, "percent"),
    ("1 38[chunk 2]6万元", 13860000.0, "yuan"),
])
def test_a_number_cut_by_a_sites_chunk_tag_or_pager_reads_whole(cut, value, unit):
    text = f"岭西县卫生局2031年工作总结\n全县全年的重点人群入户随访覆盖率为{cut}，比上年有所提高。\n"
    rows = page_rows(text)
    assert [(r["value"], r["unit"]) for r in rows] == [(value, unit)]
    assert rows[0]["quote"] == cut


def test_a_bracketed_word_between_words_cuts_nothing():
    text = "岭西县卫生局2031年工作总结\n全县随访覆盖率为94.5%[注]，门诊量增长3.2%。\n"
    assert read(text, "value", "unit") == [(94.5, "percent"), (3.2, "percent")]


# ------------------------------------------------------------------ one value shared by whole rate names (均为)
def test_one_value_shared_by_rates_named_whole_is_a_value_of_each():
    text = "岭西县卫生局2031年工作总结\n全年处置突发事件9起，事件报告及时率、现场处置率均为100%。\n"
    assert read(text, "value", "unit") == [(9.0, "count"), (100.0, "percent"), (100.0, "percent")]


def test_one_value_shared_by_places_stays_one_value():
    text = "岭西县卫生局2031年工作总结\n县人民医院、县中医院次均住院费用增幅均为4.2%。\n"
    assert read(text, "value", "unit") == [(4.2, "percent")]


# ------------------------------------------------------------------ a share's % dropped in a target list
def test_a_share_written_without_its_percent_in_a_target_list_is_a_rate():
    text = ("柳溪县2032年卫生健康工作要点\n"
            "一、主要目标。个人卫生支出占卫生总费用比重控制在26以内，基层诊疗量占比62，孕产妇死亡率控制在15/10万以下。\n")
    assert read(text, "value", "unit", "statement", "comparator") == [
        (26.0, "percent", "target", "<="), (62.0, "percent", "target", "="), (15.0, "per_100k", "target", "<=")]


# ------------------------------------------------------------------ a cap with its verb after 最高, or 封顶
def test_a_cap_a_scheme_pays_is_at_most_the_amount():
    text = "岭东县城乡居民医保政策问答\n答：大病保险年度最高支付25万元；普通门诊每人每年报销封顶180元。\n"
    assert read(text, "value", "statement", "comparator") == [(250000.0, "policy", "<="), (180.0, "policy", "<=")]


# ------------------------------------------------------------------ progress aimed at, and progress only made so far
def test_progress_a_clause_aims_at_is_a_target():
    text = ("石湾镇卫生院2031年第一季度工作小结\n"
            "一季度完成老年人体检820人。下季度我院力争上半年完成年度体检任务的55%。\n")
    assert read(text, "value", "statement") == [(820.0, "actual"), (55.0, "target")]


def test_progress_only_made_so_far_in_a_plan_is_completion():
    text = ("石湾镇卫生院2031年下半年工作安排\n"
            "截至6月底，老年人体检1820人，仅完成年度任务的41%。下半年老年人体检完成年度任务的100%。\n")
    assert read(text, "value", "statement") == [(1820.0, "actual"), (41.0, "completion"), (100.0, "target")]


# ------------------------------------------------------------------ what a news item says the bureau will do
def test_recruits_a_bureau_says_it_will_take_on_are_a_target():
    text = ("区卫健局发布2031年工作情况\n"
            "全区新增床位80张。区卫健局负责人表示，2032年将招聘基层医务人员45名，将新增家庭医生团队6个。\n")
    assert read(text, "value", "statement") == [(80.0, "actual"), (45.0, "target"), (6.0, "target")]


# ------------------------------------------------------------------ the area's people in a plan
def test_the_areas_population_in_a_plan_is_as_it_stands():
    text = ("柳溪县2032年新农合工作计划\n"
            "一、全县农业人口41.6万人，参合率达到98%。二、为辖区3.1万名常住居民提供健康体检，新增签约居民2000人。\n")
    assert read(text, "value", "statement") == [(416000.0, "actual"), (98.0, "target"), (31000.0, "actual"), (2000.0, "target")]


# ------------------------------------------------------------------ a one-cell-per-line table with a count-of-cases column
def test_a_count_of_cases_column_beside_a_rate_column_counts_cases():
    text = ("青岗县疾控中心2031年3月疫情简报\n"
            "一、病种分布\n"
            "病种\n发病数\n发病率（1/10万）\n"
            "流行性感冒\n126\n24.35\n"
            "水痘\n41\n7.92\n"
            "二、疫情报告质量\n全月网络直报及时率99.1%。\n")
    assert read(text, "quote", "value", "unit") == [
        ("126", 126.0, "count"), ("24.35", 24.35, "per_100k"), ("41", 41.0, "count"), ("7.92", 7.92, "per_100k"),
        ("99.1%", 99.1, "percent")]


# ------------------------------------------------------------------ targets a superior set, inside a report on them
def test_targets_a_superior_set_run_to_their_sentences_end():
    text = ("岭东县卫生局2031年工作总结\n"
            "二、目标完成情况。年初县政府下达的目标为：参合率90以上，住院分娩率92以上。年终考核，住院分娩率为90.6%，未完成目标。\n"
            "三、存在问题：全县经办人员只有9人。\n")
    assert read(text, "value", "statement") == [(90.0, "target"), (92.0, "target"), (90.6, "actual"), (9.0, "actual")]


# ------------------------------------------------------------------ the limits of a cost band are no amounts
def test_the_limits_of_a_cost_band_are_no_amounts_but_the_threshold_passed_is():
    text = ("岭东县城乡居民医保政策问答\n"
            "答：大病保险起付线为6000元，起付线以上费用分段报销：0—4万元（含）部分报销55%，4万—8万元部分报销65%，"
            "8万元以上部分报销75%；个人负担超过1.2万元以上部分按70%报销。\n")
    assert read(text, "quote", "unit") == [("6000元", "yuan"), ("55%", "percent"), ("65%", "percent"), ("75%", "percent"),
                                           ("1.2万元", "yuan"), ("70%", "percent")]


# ------------------------------------------------------------------ a gap in points against a target
def test_a_gap_in_points_against_a_target_is_progress_not_a_change():
    text = ("县卫生局2031年工作总结\n"
            "全县参合率88.5%，超过市下达目标任务4.5个百分点；老年人健康管理率68.2%，比全年目标（71%）还差2.8个百分点；"
            "住院分娩率98.1%，比上年提高1.2个百分点。\n")
    got = read(text, "value", "statement")
    assert got == [(88.5, "actual"), (4.5, "completion"), (68.2, "actual"), (71.0, "target"), (2.8, "completion"),
                   (98.1, "actual"), (1.2, "change")]


# ------------------------------------------------------------------ people counted with 万 and no measure word
def test_people_counted_with_wan_and_no_measure_word_are_counts_of_people():
    text = "省卫生厅2031年工作总结\n全省新农合覆盖农业人口73.9万，全省累计为约517万城乡居民建立健康档案。\n"
    assert read(text, "quote", "value", "count_unit") == [("73.9万", 739000.0, "人"), ("517万", 5170000.0, "人")]


# ------------------------------------------------------------------ a notice that lays down the year's targets
def test_a_notice_laying_down_the_years_targets_states_targets():
    text = ("各乡镇人民政府：\n"
            "经县政府研究，现将2032年各乡镇卫生工作目标任务明确如下：\n"
            "一、孕产妇住院分娩率达到96%，婴儿死亡率控制在6‰以内。\n")
    assert read(text, "value", "statement") == [(96.0, "target"), (6.0, "target")]
