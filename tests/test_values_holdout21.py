"""Values read as an analyst reads them, for shapes first met in the holdout21 written set (every page and
sentence here is written for these tests; places and numbers are made up).

- a one-cell-per-line table with a 完成率 column: its cells, written with their own %, are progress against the
  row's target (task_completion_rate, completion), not levels reached;
- a difference written without a unit after a rate (比上年的86.9%高出4.3) is the rate's change;
- a news item saying what the bureau will do next (今年该县将推进…，把转诊率控制在20%以内) states an aim;
- an incidence named in the value's clause is no vaccination rate, even after an incidence whose qualifier
  (传染病) the catalog knows (传染病发病率…，麻疹发病率控制在1/100万以下);
- a distributive list pairs its items in order: an item naming a rate of its own outside the catalog
  (法定传染病报告率) takes no indicator from the last item, and a joiner's character inside a word (报告及时率)
  splits no list;
- the share of a fund a rule sets aside (村卫生室分配比例不低于45%) and a money rule set as a share of income
  (起付线为人均可支配收入的45%) are policy;
- a per-head funding figure broken into its parts right after it (人均筹资400元，其中财政补助320元) is the scheme's
  standard (policy), its parts too; reported alone in passing it stays the level collected (the majority of
  the written sets' gold reads it so).
"""
from __future__ import annotations

import pytest

from test_values_holdout18 import page_rows  # the observations of a page, each quote checked against the raw text


def read(text: str, *fields: str) -> list[tuple]:
    return [tuple(r[f] for f in fields) for r in page_rows(text)]


SUMMARY = "青禾县卫生健康局2031年工作总结\n2031年，{}\n"
PLAN = "青禾市卫生健康委2032年工作要点\n一、主要目标。{}\n"


# ------------------------------------------------------------------ a 完成率 column, one cell per line
CELL_TABLE = ("2031年，全县基本公共卫生服务项目年终考核主要指标完成情况如下：\n"
              "指标\n单位\n目标值\n完成值\n完成率\n"
              "孕产妇系统管理率\n%\n90\n93.6\n104.0%\n"
              "高血压患者规范管理率\n%\n60\n57.0\n95.0%\n")


def test_completion_cells_of_a_one_cell_per_line_table_are_progress_against_the_target():
    got = read(CELL_TABLE, "value", "unit", "indicator_id", "statement")
    assert got == [(90.0, "percent", "maternal_systematic_management_rate", "target"),
                   (93.6, "percent", "maternal_systematic_management_rate", "actual"),
                   (104.0, "percent", "task_completion_rate", "completion"),
                   (60.0, "percent", "hypertension_management_rate", "target"),
                   (57.0, "percent", "hypertension_management_rate", "actual"),
                   (95.0, "percent", "task_completion_rate", "completion")]


# ------------------------------------------------------------------ a unit-less difference after a rate
@pytest.mark.parametrize("sentence", [
    "全县新农合基金使用率为91.2%，比上年的86.9%高出4.3。",
    "全县新农合基金使用率为91.2%，较去年的86.9%高出了4.3。",
])
def test_a_unitless_difference_after_a_rate_is_the_rates_change(sentence):
    got = read(SUMMARY.format(sentence), "value", "unit", "indicator_id", "statement")
    assert got[-1] == (4.3, "percent", "ncms_fund_utilization_rate", "change")
    assert len(got) == 3


# ------------------------------------------------------------------ a news item's aim
@pytest.mark.parametrize("sentence", [
    "县外转诊率仍达23.5%。今年该县将推进按病种付费改革，把县外转诊率控制在20%以内。",
    "县外转诊率仍达23.5%。明年该局将把县外转诊率控制在20%以内。",
    "县外转诊率仍达23.5%。下一步，县里将进一步完善分级诊疗，把县外转诊率控制在20%以内。",
])
def test_what_a_news_item_says_the_bureau_will_do_is_an_aim(sentence):
    page = "本报讯　记者从青禾县卫生健康局获悉，2031年全县新农合运行平稳。" + sentence + "\n"
    got = read(page, "value", "statement", "comparator")
    assert got == [(23.5, "actual", "="), (20.0, "target", "<=")]


def test_a_verb_made_noun_after_jiang_is_no_aim():
    # 将 as 把 before 推进情况 (the progress made): what follows reports the year
    got = read(SUMMARY.format("县里将推进情况通报全县，全县参合率为98.4%。"), "value", "statement")
    assert got == [(98.4, "actual")]


# ------------------------------------------------------------------ an incidence named in the clause
def test_an_incidence_named_in_its_clause_is_no_vaccination_rate():
    page = PLAN.format("甲乙类传染病报告发病率控制在200/10万以内，麻疹发病率控制在1/100万以下，麻疹疫苗接种率达到96%以上。")
    got = read(page, "value", "unit", "indicator_id")
    assert got == [(200.0, "per_100k", "notifiable_disease_incidence"), (0.1, "per_100k", None),
                   (96.0, "percent", "measles_vaccination_rate")]


# ------------------------------------------------------------------ a distributive list, in order
@pytest.mark.parametrize("subject, first", [
    ("法定传染病报告率和报告及时率", None),  # a rate named in full, outside the catalog
    ("产前检查率和报告及时率", "prenatal_care_rate"),  # 及 of 及时 splits no list
])
def test_a_distributive_list_pairs_its_items_in_order(subject, first):
    got = read(SUMMARY.format(subject + "分别达到99%和96%。"), "value", "indicator_id")
    assert got == [(99.0, first), (96.0, "report_timeliness_rate")]


def test_items_sharing_the_last_items_head_still_take_it():
    got = read(SUMMARY.format("高血压、糖尿病患者规范管理率分别达到62%和58%。"), "value", "indicator_id")
    assert got == [(62.0, "hypertension_management_rate"), (58.0, "diabetes_management_rate")]


# ------------------------------------------------------------------ shares a rule sets
def test_the_share_of_a_fund_a_rule_sets_aside_is_policy():
    page = SUMMARY.format("全县下拨公共卫生项目资金1 200万元，按照要求村卫生室分配比例不低于45%。健康档案建档率为85%。")
    got = read(page, "value", "unit", "statement", "comparator")
    assert got == [(12000000.0, "yuan", "actual", "="), (45.0, "percent", "policy", ">="), (85.0, "percent", "actual", "=")]


@pytest.mark.parametrize("template", [SUMMARY, PLAN])
def test_a_money_rule_set_as_a_share_of_income_is_policy(template):
    page = template.format("大病保险起付线降低至上年度居民人均可支配收入的45%。门诊费用占医疗总费用的38%。")
    got = read(page, "value", "statement")
    assert got[0] == (45.0, "policy")
    assert got[1][1] != "policy"  # a share of costs with no rule named


# ------------------------------------------------------------------ per-head funding
@pytest.mark.parametrize("lead", ["全县参合率98.1%，", "全年筹集新农合基金9 600万元，"])
def test_a_per_head_funding_figure_broken_into_its_parts_is_the_standard(lead):
    page = SUMMARY.format(lead + "人均筹资400元，其中各级财政补助320元。全年补偿12万人次。")
    got = [(v, s) for v, u, s in read(page, "value", "unit", "statement") if u == "yuan"]
    assert got[-2:] == [(400.0, "policy"), (320.0, "policy")]


def test_a_per_head_funding_figure_reported_alone_or_as_reached_is_the_level_collected():
    page = SUMMARY.format("全县参合率98.1%，人均筹资400元。全年补偿12万人次。人均筹资达到410元，其中个人缴费90元。")
    got = [(v, s) for v, u, s in read(page, "value", "unit", "statement") if u == "yuan"]
    assert got == [(400.0, "actual"), (410.0, "actual"), (90.0, "actual")]


# ------------------------------------------------------------------ the same readings in Traditional characters
def test_the_readings_hold_for_the_same_page_in_traditional_characters():
    simplified = ("青禾县卫生局2031年工作总结\n2031年，法定传染病报告率和报告及时率分别达到99%和96%。基金使用率为91.2%，"
                  "比上年的86.9%高出4.3。人均筹资400元，其中各级财政补助320元。\n")
    traditional = ("青禾縣衛生局2031年工作總結\n2031年，法定傳染病報告率和報告及時率分別達到99%和96%。基金使用率為91.2%，"
                   "比上年的86.9%高出4.3。人均籌資400元，其中各級財政補助320元。\n")
    fields = ("value", "unit", "indicator_id", "statement")
    assert read(traditional, *fields) == read(simplified, *fields) == [
        (99.0, "percent", None, "actual"), (96.0, "percent", "report_timeliness_rate", "actual"),
        (91.2, "percent", "ncms_fund_utilization_rate", "actual"), (86.9, "percent", "ncms_fund_utilization_rate", "actual"),
        (4.3, "percent", "ncms_fund_utilization_rate", "change"), (400.0, "yuan", None, "policy"), (320.0, "yuan", None, "policy")]
