"""Values, round 19 (worked in round 20): how values in tables and plans are stated, for patterns found missed on the
round-20 sets — each on sentences and tables written for the test (no text from any page of the evaluation sets;
places and figures are made up).

- a Markdown table's rule row (|---|---|) under the header leaves the header's column reading to the rows below it
  (a 增减 column holds changes);
- a change column's cells that write their own sign and unit (-3.1% and +5.0% under 同比) are changes, the minus kept;
- a 进度 column beside a target and an actual column is progress against the target (completion); 序时进度 is the
  pace required, not progress;
- 1/10万 written in brackets after a column's name, or after 单位为 in a note, names a unit: no value of 1;
- in a plan, a paragraph opening with a year before the plan's own reviews that year: its levels were reached;
- a notice launching a campaign or a piece of work (关于开展…活动的通知) is a plan: what it sets out is aimed at;
- the area's own facilities counted right after it (全县18所乡镇卫生院) are the scope as it stands, not a number to reach;
- a grant per facility (给予每所2万元) is a rule;
- 至少 bounds a value past a verb of two words (至少入户随访2次).
"""
from __future__ import annotations

import pytest

from test_values_holdout18 import page_rows  # the observations of a page, each quote checked against the raw text


def read(text: str, *fields: str, unit: str | None = None) -> list[tuple]:
    return [tuple(r[f] for f in fields) for r in page_rows(text) if unit is None or r["unit"] == unit]


# ------------------------------------------------------------------ a table's rule row and its change column
BULLETIN_WITH_RULE = ("青禾市2031年卫生健康事业发展统计简报\n"
                      "| 指标 | 单位 | 2031年 | 2030年 | 增减 |\n"
                      "|---|---|---|---|---|\n"
                      "| 住院分娩率 | % | 98.1 | 97.5 | 0.6 |\n"
                      "| 婴儿死亡率 | ‰ | 5.2 | 5.9 | -0.7 |\n")


def test_a_rule_row_under_the_header_keeps_the_change_column():
    assert read(BULLETIN_WITH_RULE, "value", "statement") == [
        (98.1, "actual"), (97.5, "actual"), (0.6, "change"), (5.2, "actual"), (5.9, "actual"), (-0.7, "change")]


def test_a_rule_row_drawn_with_colons_and_dashes_is_no_header_either():
    text = BULLETIN_WITH_RULE.replace("|---|---|---|---|---|", "| :--- | :---: | ---: | ---: | ---: |")
    assert [s for _, s in read(text, "value", "statement")][2::3] == ["change", "change"]


SIGNED_CHANGE_CELLS = ("东坪区2031年1—6月法定传染病疫情简报\n"
                       "| 病种 | 报告病例数（例） | 发病率（1/10万） | 同比 |\n"
                       "| 病毒性肝炎 | 120 | 12.5 | -3.1% |\n"
                       "| 梅毒 | 70 | 8.2 | +5.0% |\n")


def test_signed_cells_under_a_year_on_year_column_are_changes():
    rates = read(SIGNED_CHANGE_CELLS, "quote", "value", "statement", unit="percentage_points") + \
        read(SIGNED_CHANGE_CELLS, "quote", "value", "statement", unit="percent")
    assert sorted(rates, key=lambda r: r[1]) == [("-3.1%", -3.1, "change"), ("5.0%", 5.0, "change")]


def test_a_unit_in_a_header_cells_brackets_is_no_value():
    assert [r for r in read(SIGNED_CHANGE_CELLS, "quote", "value") if r[0].startswith("1/")] == []
    assert read(SIGNED_CHANGE_CELLS, "value", unit="per_100k") == [(12.5,), (8.2,)]


def test_a_unit_named_in_a_note_is_no_value():
    text = ("东坪区2031年妇幼健康统计简报\n全区孕产妇死亡率为11.6/10万。\n注：孕产妇死亡率单位为1/10万，指每10万名活产中的孕产妇死亡数。\n")
    assert read(text, "value", "unit") == [(11.6, "per_100k")]


def test_a_rate_of_one_per_ten_thousand_stated_in_running_text_is_a_value():
    text = "东坪区2031年卫生健康工作总结\n全区婴儿死亡率为1/千，孕产妇死亡率为0。\n"
    assert (1.0, "per_mille") in read(text, "value", "unit")


# ------------------------------------------------------------------ a 进度 column
MIDYEAR_TABLE = ("石门市2031年上半年卫生健康工作总结\n"
                 "| 指标 | 年度目标 | 上半年实际 | 进度 |\n"
                 "| 家庭医生签约率（%） | 50 | 40.5 | 81.0% |\n"
                 "| 老年人健康管理率（%） | 70 | 35.0 | 50.0% |\n")


def test_a_progress_column_is_completion_beside_the_target_and_the_level():
    assert read(MIDYEAR_TABLE, "value", "statement") == [
        (50.0, "target"), (40.5, "actual"), (81.0, "completion"), (70.0, "target"), (35.0, "actual"), (50.0, "completion")]


def test_the_pace_of_the_year_is_no_progress():
    text = ("石门市2031年上半年卫生健康工作总结\n"
            "| 指标 | 全年目标 | 1—6月完成 | 序时进度 |\n"
            "| 家庭医生签约率（%） | 50 | 26.5 | 50 |\n")
    assert [s for v, s in read(text, "value", "statement")] == ["target", "actual", "target"]


# ------------------------------------------------------------------ a plan's look back at the year before it
PLAN_WITH_REVIEW = ("溪口省卫生厅\n"
                    "2031年全省卫生工作要点\n"
                    "    2030年，全省卫生系统围绕中心工作，各项工作取得了新进展。全省\n"
                    "新农合参合率达到95.3%；孕产妇死亡率降至18.9/10万，婴儿\n"
                    "死亡率降至5.7‰。\n"
                    "    2031年全省卫生工作的主要目标是：参合率达到97%以上，孕产妇死亡率降至16/10万。\n")


def test_a_plans_paragraph_on_the_year_before_reports_levels_reached():
    assert read(PLAN_WITH_REVIEW, "value", "statement") == [
        (95.3, "actual"), (18.9, "actual"), (5.7, "actual"), (97.0, "target"), (16.0, "target")]


@pytest.mark.parametrize("joiner", ["\n", "", " "])
def test_a_plans_review_runs_to_its_first_heading_lined_or_joined(joiner):
    text = ("柳溪县2031年卫生健康工作计划\n" + joiner.join([
        "2030年，全县新农合参合率达到95.3%。全县婴儿死亡率降至5.7‰。",
        "一、主要目标：全县参合率达到97%，婴儿死亡率降至5‰。"]) + "\n")
    assert read(text, "value", "statement") == [(95.3, "actual"), (5.7, "actual"), (97.0, "target"), (5.0, "target")]


def test_a_paragraph_opening_with_the_plans_own_year_states_its_aims():
    text = "柳溪县2031年卫生健康工作计划\n2031年，全县新农合参合率达到97%，婴儿死亡率降至5‰。\n"
    assert read(text, "statement") == [("target",), ("target",)]


# ------------------------------------------------------------------ a notice launching a campaign
CAMPAIGN_NOTICE = ("关于开展2031年全县乡镇卫生院达标活动的通知\n"
                   "各乡镇卫生院：\n"
                   "    一、活动目标\n"
                   "    到2031年底，全县18所乡镇卫生院全部达标，其中6所达到示范标准；村医持证上岗率达到90%以上。\n"
                   "    二、主要内容\n"
                   "    县财政安排专项资金180万元，对7所危旧卫生院进行改造。年内招聘医学毕业生30名。\n"
                   "    三、验收\n"
                   "    对达标卫生院给予每所2万元的奖补。\n")


def test_a_notice_launching_a_campaign_sets_its_aims():
    assert read(CAMPAIGN_NOTICE, "quote", "statement") == [
        ("18所", "actual"), ("6所", "target"), ("90%", "target"), ("180万元", "target"), ("7所", "target"),
        ("30名", "target"), ("2万元", "policy")]


@pytest.mark.parametrize("title", ["关于做好2031年全县新农合工作的通知", "关于实施基层卫生能力提升行动的通知"])
def test_notices_on_doing_a_piece_of_work_are_plans(title):
    text = title + "\n各乡镇卫生院：\n    一、工作目标\n    年内培训乡村医生120名。\n    二、工作要求\n    全县招聘医学毕业生25名。\n"
    assert read(text, "quote", "statement") == [("120名", "target"), ("25名", "target")]


def test_a_report_of_a_notice_is_no_plan():
    text = "关于全县乡镇卫生院达标活动开展情况的通报\n全县18所乡镇卫生院已有15所达标，招聘医学毕业生30名。\n"
    assert read(text, "quote", "statement") == [("18所", "actual"), ("15所", "actual"), ("30名", "actual")]


def test_facilities_the_work_builds_are_no_scope():
    text = "柳溪县2031年卫生健康工作计划\n一、主要任务。完成全县4所村卫生室新建任务，在全县12所乡镇卫生院推行一体化管理。\n"
    assert read(text, "quote", "statement") == [("4所", "target"), ("12所", "actual")]


# ------------------------------------------------------------------ 至少 over a verb of two words
def test_at_least_bounds_a_value_past_a_two_word_verb():
    text = "柳溪县2031年卫生健康工作计划\n签约家庭医生每年至少入户随访2次。\n"
    assert read(text, "quote", "comparator") == [("2次", ">=")]


# ------------------------------------------------------------------ a rate's unit cut by a wrap, a number cut by a watermark
def test_a_per_100k_unit_cut_by_a_wrap_is_joined():
    text = ("某省2031年卫生年鉴\n【疾病控制】全省甲乙类传染病报告发病率为210.5/10万，死亡率为1.07/10\n万，比上年下降。"
            "全省孕产妇死亡率为15.2/\n10万。\n")
    assert read(text, "quote", "value", "unit") == [
        ("210.5/10万", 210.5, "per_100k"), ("1.07/10\n万", 1.07, "per_100k"), ("15.2/\n10万", 15.2, "per_100k")]


def test_a_sites_address_in_brackets_inside_a_number_is_removed():
    text = ("东坪区2031年基层卫生工作取得新进展\n"
            "全区基层就诊比例为6【www.dpnews.cn】3.7%，家庭医生签约率达到7【dp.gov】1.2%。\n")
    assert read(text, "quote", "value") == [("6【www.dpnews.cn】3.7%", 63.7), ("7【dp.gov】1.2%", 71.2)]


def test_a_bracketed_note_between_numbers_that_are_no_rate_stays():
    text = "东坪区2031年卫生健康工作总结\n全区共有卫生院6所【见附表www.dpnews.cn】，床位320张。\n"
    assert read(text, "quote") == [("6所",), ("320张",)]


# ------------------------------------------------------------------ a one-cell-a-line table: year columns, units by the names
def test_a_one_cell_a_line_table_of_years_with_units_after_the_row_names():
    text = ("某区卫生局 > 统计信息\n2031年全区卫生事业发展情况简报\n2031年，全区共有医疗卫生机构320个。\n主要健康指标：\n"
            "指标\n2031年\n2030年\n孕产妇死亡率（1/10万）\n74.78\n81.26\n婴儿死亡率（‰）\n10.69\n11.69\n")
    assert read(text, "quote", "unit", "indicator_id", unit="per_100k") + read(text, "quote", "unit", "indicator_id", unit="per_mille") == [
        ("74.78", "per_100k", "maternal_mortality_ratio"), ("81.26", "per_100k", "maternal_mortality_ratio"),
        ("10.69", "per_mille", "infant_mortality_rate"), ("11.69", "per_mille", "infant_mortality_rate")]


# ------------------------------------------------------------------ a benchmark named after the value
@pytest.mark.parametrize(("sentence", "benchmark"), [
    ("8～10岁儿童甲状腺肿大率为3.1%，低于5%的消除标准。", "5%"),
    ("麻疹发病率降至0.8/百万，低于1/百万的消除标准。", "1/百万"),
    ("全市公立医院药占比为33.5%，低于35%的控制线。", "35%"),
])
def test_a_level_named_as_a_standard_or_control_line_is_the_benchmark(sentence, benchmark):
    text = "某省2031年卫生年鉴\n" + sentence + "\n"
    assert read(text, "quote", "statement") == [(read(text, "quote")[0][0], "actual"), (benchmark, "target")]


# ------------------------------------------------------------------ the share of a cost a subsidy pays
def test_a_subsidys_share_is_a_rule_in_a_plan():
    text = ("关于印发2031年村卫生室建设补助方案的通知\n"
            "一、补助标准。对符合条件的村卫生室，市级按照建设投资的30%给予补助；对脱贫地区乡镇卫生院，补助比例提高到50%。"
            "医疗救助比例为70%。\n二、目标。村卫生室标准化率达到95%。\n")
    assert read(text, "quote", "statement") == [("30%", "policy"), ("50%", "policy"), ("70%", "policy"), ("95%", "target")]


# ------------------------------------------------------------------ a dropped unit after 保持
def test_a_rate_kept_with_its_unit_dropped_is_read():
    text = "柳溪县2031年卫生工作计划\n一是孕产妇死亡率控制在20/10万以下，住院分娩率保持99以上。二是建档率达到85以上。\n"
    assert read(text, "quote", "unit", "statement", "comparator") == [
        ("20/10万", "per_100k", "target", "<="), ("99", "percent", "target", ">="), ("85", "percent", "target", ">=")]


# ------------------------------------------------------------------ counts in a table: a header's measure word, days in a unit column
def test_a_column_headed_by_what_it_counts_reads_counts():
    text = ("某市卫生监督所2031年前三季度工作通报\n各专业监督检查情况如下：\n| 专业 | 检查户次 | 合格率 |\n"
            "| 公共场所 | 1 520 | 91.3% |\n| 生活饮用水 | 410 | 95.0% |\n")
    assert read(text, "quote", "value", "count_unit", unit="count") == [("1 520", 1520.0, "户次"), ("410", 410.0, "户次")]


def test_days_in_a_unit_column_are_a_length_of_stay_no_count():
    # (round 27: a length of stay is a mean, no quantity; the row's unit cell still keeps its values from being read as
    # anything else)
    text = ("某省2031年卫生统计公报\n| 指标 | 单位 | 2031年 | 2030年 |\n| 平均住院日 | 日 | 9.2 | 9.4 |\n"
            "| 实有床位 | 张 | 2 310 | 2 260 |\n")
    assert read(text, "quote", "value", "count_unit") == [("2 310", 2310.0, "张"), ("2 260", 2260.0, "张")]



def test_the_outpatient_chronic_diseases_a_scheme_covers_are_its_rule():
    text = "某省2031年城乡居民医保政策解读\n问：门诊慢性病有什么变化？\n答：高血压、糖尿病等20种门诊慢性病纳入统筹支付。\n"
    assert read(text, "quote", "statement") == [("20种", "policy")]
