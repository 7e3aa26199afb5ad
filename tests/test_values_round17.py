"""Values, round 17 (worked in round 18): how values are stated (actual / target / change / policy) and bound, for patterns
found missed on the round-18 sets — each on sentences written for the test (no text from any page of the evaluation sets;
places and figures are made up).

- a summary's closing sentence opening with the year to come (…。2032年，全县…) is its plan for that year, without a heading;
- a target-responsibility letter (目标责任书) and a notice handing down the year's targets (关于下达…目标任务的通知) are plans;
- a department's budget (部门预算编制说明) allocates its sums and shares: policy, its changes still changes;
- a benchmark held against (高于省定95%的要求, 低于控制指标（35/10万）) is a required level, bounded as the comparator says;
- a requirement by a deadline (要求年底前…控制在28%以内) aims at its level;
- a dated outlook heading (四、2032年思路：) and 下步 (下一步 shortened) head plans;
- last year's level as a base (在上年基础上增长10%) names no level reached: in a plan the growth is aimed at;
- a plan's move in percentage points it does not say was reached is aimed at;
- aid and grant rules (按70%比例救助, 分段按60%—80%报销, 给予每人5000元救助), the share each level of government matches
  (配套比例), and a floor or ceiling before the base a share is taken of (不低于省级资金的20%).
"""
from __future__ import annotations

import pytest

from test_values_holdout18 import page_rows  # the observations of a page, each quote checked against the raw text


def read(text: str, *fields: str) -> list[tuple]:
    return [tuple(r[f] for f in fields) for r in page_rows(text)]


# ------------------------------------------------------------------ a summary's closing sentence on the year to come
SUMMARY_AND_YEAR = ("青岗县卫生健康局2031年工作总结\n"
                    "2031年，全县孕产妇住院分娩率达到99.1%，比上年提高0.4个百分点。存在的问题：一是村医老化。"
                    "{year}年，全县新农合参合率稳定在97%以上，电子健康档案建档率达到88%，婴儿死亡率控制在6‰以下。\n")


def test_a_summarys_sentence_opening_with_the_year_to_come_states_targets():
    got = read(SUMMARY_AND_YEAR.format(year=2032), "value", "statement")
    assert got[:2] == [(99.1, "actual"), (0.4, "change")]
    assert got[2:] == [(97.0, "target"), (88.0, "target"), (6.0, "target")]


def test_the_same_sentence_opening_with_the_summarys_own_year_reports_levels_reached():
    got = read(SUMMARY_AND_YEAR.format(year=2031), "value", "statement")
    assert got[2:] == [(97.0, "actual"), (88.0, "actual"), (6.0, "actual")]


def test_a_date_inside_the_year_to_come_opens_no_plan():
    text = ("青岗县卫生健康局2031年工作总结\n"
            "全年全县门诊量增长6.2%。2032年1月，县人民医院新院区投入使用，床位使用率达到87%。\n")
    assert read(text, "value", "statement") == [(6.2, "change"), (87.0, "actual")]


# ------------------------------------------------------------------ documents that set targets by their title
@pytest.mark.parametrize("title", ["柳溪县二〇三一年卫生工作目标责任书", "柳溪县卫生健康委员会关于下达2031年公共卫生工作目标任务的通知"])
def test_a_target_letter_or_a_notice_handing_down_targets_states_targets(title):
    text = (f"{title}\n各乡镇卫生院：\n"
            "一、适龄儿童免疫规划疫苗接种率达到95%以上，孕产妇系统管理率92%。\n"
            "二、婴儿死亡率控制在7‰以下。\n")
    assert read(text, "value", "statement") == [(95.0, "target"), (92.0, "target"), (7.0, "target")]


def test_a_report_on_a_target_letter_reports_levels_reached():
    text = ("柳溪县2031年卫生工作目标责任书完成情况的报告\n"
            "一、适龄儿童免疫规划疫苗接种率达到95.6%，孕产妇系统管理率92.3%。\n")
    assert read(text, "value", "statement") == [(95.6, "actual"), (92.3, "actual")]


# ------------------------------------------------------------------ a budget's sums and shares
BUDGET = ("{title}\n"
          "一、收支总体情况\n"
          "2031年部门收入总额为12,450.80万元，比上年增加860.50万元。其中财政拨款收入8,020.10万元，占64.41%；"
          "事业收入4,430.70万元，占35.59%。\n"
          "二、重点项目\n按常住人口人均补助85元的标准，安排市本级配套资金2,100万元。\n")


def test_a_budgets_sums_and_shares_are_allocations():
    got = read(BUDGET.format(title="梧桐市卫生健康委员会2031年部门预算编制说明"), "value", "statement")
    assert got == [(124508000.0, "policy"), (8605000.0, "change"), (80201000.0, "policy"), (64.41, "policy"),
                   (44307000.0, "policy"), (35.59, "policy"), (85.0, "policy"), (21000000.0, "policy")]


def test_final_accounts_report_what_was_spent():
    got = read(BUDGET.format(title="梧桐市卫生健康委员会2031年部门决算说明"), "value", "statement")
    assert got[:4] == [(124508000.0, "actual"), (8605000.0, "change"), (80201000.0, "actual"), (64.41, "actual")]


# ------------------------------------------------------------------ a benchmark held against
SUMMARY = "松岭县卫生健康局2031年工作总结\n2031年，{}\n"


def test_a_benchmark_a_level_is_held_against_is_a_required_level():
    got = read(SUMMARY.format("全县适龄儿童基础免疫接种率为97.3%，均高于省定95%的要求；高血压患者规范管理率仅为58.2%，低于县定65%的目标。"),
               "value", "statement")
    assert got == [(97.3, "actual"), (95.0, "target"), (58.2, "actual"), (65.0, "target")]


def test_a_control_indicator_a_level_is_below_is_a_ceiling_required():
    got = read(SUMMARY.format("孕产妇死亡率为18.6/10万，低于市定控制指标（30/10万）。"), "value", "statement", "comparator")
    assert got == [(18.6, "actual", "="), (30.0, "target", "<=")]


def test_a_requirement_by_a_deadline_aims_at_its_level():
    text = ("城南医院控费见成效\n"
            "　　记者了解到，市卫健委已在全市11家公立医院推开这一做法，要求年底前各医院药占比控制在27%以内。\n")
    assert read(text, "value", "statement")[-1] == (27.0, "target")


# ------------------------------------------------------------------ plan headings
def test_a_dated_outlook_heading_heads_a_plan():
    text = ("桃源镇卫生院2031年度工作总结\n"
            "一、基本情况：全年门急诊2.6万人次，高血压规范管理率71%。\n"
            "二、2032年思路：门急诊量突破2.8万人次，高血压规范管理率不低于75%。\n")
    got = read(text, "value", "statement")
    assert got == [(26000.0, "actual"), (71.0, "actual"), (28000.0, "target"), (75.0, "target")]


def test_a_next_step_heading_written_short_heads_a_plan():
    text = ("溪口区卫生健康局关于2031年一季度公共卫生工作进展的通报\n"
            "一、总体进度。截至3月31日，老年人健康管理率为21.4%。\n"
            "二、下步要求。各单位二季度末老年人健康管理率不低于45%。\n")
    assert read(text, "value", "statement") == [(21.4, "actual"), (45.0, "target")]


# ------------------------------------------------------------------ changes in plans
def test_growth_on_last_years_base_is_aimed_at_in_a_plan():
    text = "梅林社区卫生服务中心2032年工作计划\n一、全年门诊量在上年基础上增长12%，达到5.4万人次。\n"
    assert read(text, "value", "statement") == [(12.0, "target"), (54000.0, "target")]


def test_growth_on_last_years_base_is_a_change_in_a_summary():
    text = "梅林社区卫生服务中心2031年工作总结\n一、全年门诊量在上年基础上增长12%，达到5.4万人次。\n"
    assert read(text, "value", "statement") == [(12.0, "change"), (54000.0, "actual")]


def test_a_plans_move_in_percentage_points_is_aimed_at():
    text = "柳溪县2032年妇幼健康工作计划\n一、婚前医学检查率在上年基础上提高8个百分点，达到40%以上。\n"
    assert read(text, "value", "unit", "statement") == [(8.0, "percent", "target"), (40.0, "percent", "target")]


# ------------------------------------------------------------------ rules of aid and grants
NOTICE = "关于做好2031年城乡居民医疗救助工作的通知\n{}\n"


def test_an_aid_ratio_set_with_an_as_is_a_rule():
    got = read(NOTICE.format("对特困供养人员按100%比例救助，低保对象按75%的比例救助。"), "value", "statement")
    assert got == [(100.0, "policy"), (75.0, "policy")]


def test_shares_paid_by_band_are_rules():
    got = read(NOTICE.format("合规费用超过起付线的部分分段按55%、65%报销。"), "value", "statement")
    assert got == [(55.0, "policy"), (65.0, "policy")]


def test_a_grant_per_head_is_a_rule():
    text = "石门县2031年健康扶贫工作总结\n全年救治贫困患者1260人次；对因病致贫的重病患者，县里另给予每人3000元救助。\n"
    assert read(text, "value", "statement")[-1] == (3000.0, "policy")


def test_a_matched_share_bounded_before_its_base_is_a_floor_rule():
    got = read(NOTICE.format("各县配套比例不低于市级资金的25%，起付线原则上不高于上年度居民人均可支配收入的40%。"),
               "value", "statement", "comparator")
    assert got == [(25.0, "policy", ">="), (40.0, "policy", "<=")]


# ------------------------------------------------------------------ number shapes
def test_a_sites_bracketed_pager_on_its_own_line_inside_a_number_is_read_through():
    text = ("松岭县卫生健康局2031年工作总结\n2031年，全县新农合参合农民21.3万人，参合率达到9\n"
            "[第1页 共2页] [下一页]\n"
            "6.25%，住院分娩率99.4%。\n")
    got = read(text, "quote", "value", "unit")
    assert got[1] == ("9\n[第1页 共2页] [下一页]\n6.25%", 96.25, "percent")
    assert got[2] == ("99.4%", 99.4, "percent")
    assert len(got) == 3


def test_a_sites_bracketed_pager_inside_a_number_on_a_one_line_page_is_read_through():
    text = "松岭县卫生健康局2031年工作总结 2031年，全县参合率达到9[第1页 共2页] [下一页]6.25%，住院分娩率99.4%。\n"
    assert read(text, "quote", "value")[:1] == [("9[第1页 共2页] [下一页]6.25%", 96.25)]


def test_a_bracketed_page_break_tag_inside_a_decimal_is_read_through():
    got = read(SUMMARY.format("全县孕产妇系统管理率93.[分页]6%，3岁以下儿童系统管理率90.2%。"), "quote", "value")
    assert got == [("93.[分页]6%", 93.6), ("90.2%", 90.2)]


def test_an_urban_rural_split_without_units_gives_both_levels():
    text = "柳溪县2032年妇幼卫生工作计划\n一、孕产妇住院分娩率农村96、城镇99；新生儿访视率90以上。\n"
    got = read(text, "value", "unit", "indicator_id", "statement")
    assert got[:2] == [(96.0, "percent", "hospital_delivery_rate", "target"), (99.0, "percent", "hospital_delivery_rate", "target")]
    assert read(text, "population")[1] == ("城镇",)


# ------------------------------------------------------------------ a one-cell-a-line table with its unit column last
UNIT_LAST_TABLE = ("桐江县2031年卫生健康统计公报\n"
                   "一、医疗服务\n主要指标如下：\n"
                   "指标\n2031年\n比上年增减\n单位\n"
                   "总诊疗人次\n142.7\n4.6%\n万人次\n"
                   "出院人数\n3.08\n-2.3%\n万人\n"
                   "病床使用率\n81.2\n-1.7\n%\n"
                   "二、妇幼保健\n全县婴儿死亡率4.4‰。\n")


def test_a_table_whose_unit_column_comes_last_gives_each_rows_values_and_changes():
    got = read(UNIT_LAST_TABLE, "quote", "value", "unit", "statement")
    assert got == [("142.7", 1427000.0, "count", "actual"), ("4.6%", 4.6, "percent", "change"),
                   ("3.08", 30800.0, "count", "actual"), ("-2.3%", -2.3, "percent", "change"),
                   ("81.2", 81.2, "percent", "actual"), ("-1.7", -1.7, "percent", "change"),
                   ("4.4‰", 4.4, "per_mille", "actual")]


def test_a_signed_rate_cell_in_a_change_column_is_a_change():
    text = UNIT_LAST_TABLE.replace("指标\n2031年\n比上年增减\n单位\n", "指标\n单位\n2031年\n比上年增减\n") \
        .replace("总诊疗人次\n142.7\n4.6%\n万人次\n", "总诊疗人次\n万人次\n142.7\n4.6%\n") \
        .replace("出院人数\n3.08\n-2.3%\n万人\n", "出院人数\n万人\n3.08\n-2.3%\n").replace("病床使用率\n81.2\n-1.7\n%\n", "")
    assert read(text, "quote", "statement")[:4] == [("142.7", "actual"), ("4.6%", "change"), ("3.08", "actual"), ("-2.3%", "change")]


# ------------------------------------------------------------------ caps, quotas, paces and bounds in cells
def test_the_most_a_scheme_may_pay_is_a_capped_rule():
    text = "2031年城乡居民医保政策问答\n问：住院一年最多能报多少？答：参保居民住院费用年度累计最高可报销6万元，门诊每人每年最高可补偿400元。\n"
    assert read(text, "value", "statement", "comparator") == [(60000.0, "policy", "<="), (400.0, "policy", "<=")]


def test_a_quota_named_by_the_level_that_set_it_is_a_ceiling_required():
    got = read(SUMMARY.format("全镇人口出生率10.8‰，低于县控指标（12‰）。"), "value", "statement", "comparator")
    assert got == [(10.8, "actual", "="), (12.0, "target", "<=")]


def test_the_pace_progress_is_held_against_is_required():
    got = read(SUMMARY.format("1至6月全县家庭医生签约任务完成42.5%，低于序时进度（50%）。"), "value", "statement")
    assert got[-1] == (50.0, "target")


def test_a_bound_written_into_a_table_cell_is_a_required_level():
    text = ("梧桐市2031年卫生健康统计公报\n主要指标如下：\n"
            "| 指标 | 单位 | 2030年 | 2031年 |\n"
            "| 孕产妇死亡率 | /10万 | 10.4 | ≤10 |\n"
            "| 居民健康素养水平 | % | 26.1 | 28.3 |\n")
    got = read(text, "value", "statement", "comparator")
    assert got == [(10.4, "actual", "="), (10.0, "target", "<="), (26.1, "actual", "="), (28.3, "actual", "=")]


def test_a_schedules_ratio_cut_for_a_case_is_a_rule_unsigned():
    text = ("2031年城乡居民医保政策问答\n"
            "住院报销比例：一级医疗机构88%，二级医疗机构72%；市外转诊住院按同级别比例降低8个百分点，未办理转诊手续的，比例再降8个百分点。\n")
    got = read(text, "value", "unit", "statement")
    assert got[2:] == [(8.0, "percent", "policy"), (8.0, "percent", "policy")]


def test_a_measured_ratio_moved_by_points_is_a_change():
    got = read(SUMMARY.format("全县住院实际补偿比例为58.6%，比上年提高3个百分点。"), "value", "statement")
    assert got == [(58.6, "actual"), (3.0, "change")]
    got = read(SUMMARY.format("政策范围内住院费用报销比例达到75.2%，大病保险合规费用实际补偿比例提高9.4个百分点。"), "value", "statement")
    assert got[-1] == (9.4, "change")


def test_a_plans_section_naming_the_shortcomings_found_reports_the_present():
    text = ("溪口县卫生健康局办公室2032年工作要点\n"
            "一、找准短板。全县公文按时办结率86%，档案数字化率41%。\n"
            "二、工作目标。公文按时办结率达到98%以上，档案数字化率提高到70%。\n")
    assert read(text, "value", "statement") == [(86.0, "actual"), (41.0, "actual"), (98.0, "target"), (70.0, "target")]


def test_a_schedule_by_the_prefectures_level_of_care_is_a_rule():
    got = read(SUMMARY.format("乡镇卫生院住院报销比例达到90%，地区级医院住院报销比例达到60%。"), "value", "statement")
    assert got == [(90.0, "policy"), (60.0, "policy")]


def test_a_standard_quoted_by_its_name_before_its_target_word_is_the_target():
    got = read(SUMMARY.format("全县每万人口全科医生仅2.6名，距离省定“每万人口3.5名”的目标仍有差距。"), "value", "statement")
    assert got == [(2.6, "actual"), (3.5, "target")]


def test_an_untitled_summarys_sentence_opening_with_the_next_year_states_targets():
    text = ("发布时间：2032-01-12\n"
            "2031年，全县孕产妇住院分娩率达到99.1%。\n2032年，将推动乡镇卫生院标准化建设达标率提高到90%以上。\n")
    assert read(text, "value", "statement") == [(99.1, "actual"), (90.0, "target")]


def test_a_review_dated_years_later_tells_its_years_in_turn():
    text = ("发布时间：2036-05-06\n"
            "2031年，全县孕产妇住院分娩率达到99.1%。\n2032年，全县乡镇卫生院标准化建设达标率提高到90%。\n")
    assert read(text, "value", "statement") == [(99.1, "actual"), (90.0, "actual")]
