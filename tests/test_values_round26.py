"""Values, round 26: causes found in three or more of the written sets — each on sentences written for the test (no
text from any page of the evaluation sets; places and figures are made up).

- a level named after a comparison word as the target a reached figure is compared with (超过省定80%的目标, 低于65%的目标
  要求) is a target of its own: =, or <= for a control line or an elimination standard; the comparison word bounds the
  figure reached, not the level named;
- a capped share of costs patients pay (个人自付比例控制在10%以内) reported in a report of the year right after a level
  reached is the level the year kept (actual), not the scheme's rule; standing alone, or in a plan, it is the rule;
- the progress of paying out or spending a year's money, named by its verb (拨付进度, 基金使用进度), is progress
  (completion) of what it names, not of a task;
- a district's scheme names its hospitals by the district's level (区级医院, 区外医院) and a level with those above it
  (市级以上医院): the later items of a schedule of deductibles so named are the scheme's rule, as a county's are;
- a schedule's item naming its level with the levels above it (地区级及以上医院为62%) or where one stays (在市级医院住院为
  58%) names only its level: the scheme's rule, as its other items are.
"""
from __future__ import annotations

from test_values_round24 import by_quote  # a page's observations by quote, each checked against the raw text


# ------------------------------------------------------------------ a level named as the target compared with
COMPARED = ("青禾县2031年卫生工作总结\n"
            "　　一、公共卫生。全县参合率91.7%，超过市定85%的目标。高血压患者规范管理率仅为47.2%，低于县定60%的目标要求。"
            "家庭医生签约率41.3%、重点人群签约率68.4%，均超过省定35%和65%的目标。\n"
            "　　二、妇幼卫生。孕产妇死亡率18.6/10万，低于省定控制指标（30/10万）。8—10岁儿童甲状腺肿大率2.9%，低于5%的消除标准。\n"
            "　　三、卫生监督。监督员人均监管单位超过250户。\n")


def test_a_target_named_after_a_comparison_is_equal():
    got = by_quote(COMPARED)
    for quote in ("85%", "60%", "35%", "65%"):
        assert got[quote]["comparator"] == "=", quote


def test_a_control_line_or_elimination_standard_named_after_a_comparison_is_a_ceiling():
    got = by_quote(COMPARED)
    assert got["30/10万"]["comparator"] == "<="
    assert got["5%"]["comparator"] == "<="


def test_the_figure_a_comparison_bounds_keeps_its_bound():
    # nothing after the value names it a target: 超过 bounds the figure itself
    assert by_quote(COMPARED)["250户"]["comparator"] == ">="


# ------------------------------------------------------------------ a capped share reported with a level reached
REPORTED_CAP = ("青禾县2031年健康扶贫工作总结\n"
                "　　一、医疗保障。贫困人口住院费用实际报销比例达到91.4%，个人自付比例控制在10%以内。\n"
                "　　二、救治。贫困患者县域内住院实行先诊疗后付费，个人自付比例控制在8%以内。\n")

PLANNED_CAP = ("青禾县2032年健康扶贫工作计划\n"
               "　　一、医疗保障。贫困人口住院费用实际报销比例达到90%，个人自付比例控制在10%以内。\n")


def test_a_capped_share_after_a_level_reached_is_the_level_kept():
    assert by_quote(REPORTED_CAP)["10%"]["statement"] == "actual"


def test_a_capped_share_standing_alone_is_the_rule():
    assert by_quote(REPORTED_CAP)["8%"]["statement"] == "policy"


def test_a_capped_share_in_a_plan_is_the_rule():
    assert by_quote(PLANNED_CAP)["10%"]["statement"] == "policy"


# ------------------------------------------------------------------ progress named by its verb
PROGRESS = ("青禾县2031年上半年卫生工作总结\n"
            "　　一、截至6月底，全县项目资金到位1130万元，拨付进度71.6%。\n"
            "　　二、上半年支出补偿资金3870万元，基金使用进度达到46.2%。\n"
            "　　三、完成老年人体检2100人，占全年任务的55%。\n")


def test_progress_named_by_its_verb_is_completion():
    got = by_quote(PROGRESS)
    assert got["71.6%"]["statement"] == "completion"
    assert got["46.2%"]["statement"] == "completion"


def test_progress_named_by_its_verb_measures_what_it_names_not_a_task():
    got = by_quote(PROGRESS)
    assert got["71.6%"]["indicator_id"] != "task_completion_rate"
    assert got["46.2%"]["indicator_id"] != "task_completion_rate"
    # the share of a task done still measures the task
    assert got["55%"]["indicator_id"] == "task_completion_rate"


def test_time_gone_by_is_no_progress_word():
    got = by_quote("青禾县2031年上半年卫生工作总结\n　　一、上半年全县完成体检2100人，与时间进度（50%）基本同步。\n")
    assert got["50%"]["statement"] != "completion"


# ------------------------------------------------------------------ a district's schedule of deductibles
DISTRICT_SCHEDULE = ("青禾区2031年新农合工作总结\n"
                     "　　一、补偿方案。住院起付线：镇卫生院150元，区级医院350元，区外医院700元。\n"
                     "　　二、起付线乡镇卫生院为100元，县级医院250元，市级以上医院900元。\n")

DISTRICT_PLAN = ("青禾区2032年新农合实施方案\n"
                 "　　三、补偿政策\n"
                 "　　（一）起付线：镇卫生院150元，区级医院350元，区外医院700元。\n")


def test_a_districts_schedule_items_are_rules():
    got = by_quote(DISTRICT_SCHEDULE)
    for quote in ("150元", "350元", "700元", "100元", "250元", "900元"):
        assert got[quote]["statement"] == "policy", quote


def test_a_districts_schedule_items_in_a_plan_are_rules():
    got = by_quote(DISTRICT_PLAN)
    for quote in ("150元", "350元", "700元"):
        assert got[quote]["statement"] == "policy", quote


# ------------------------------------------------------------------ a schedule's items with the levels above, or 在…住院
LEVELS_ABOVE = ("青禾县2032年城乡居民医保政策问答\n"
                "问：住院报销比例是多少？\n"
                "答：在乡镇卫生院住院，政策范围内费用报销比例为88%；县级医院为78%；地区级及以上医院为62%。"
                "在县级医院住院报销比例为73%；在市级医院住院为58%；在省级及以上医院住院为48%。\n")


def test_schedule_items_naming_the_levels_above_or_where_one_stays_are_rules():
    got = by_quote(LEVELS_ABOVE)
    for quote in ("88%", "78%", "62%", "73%", "58%", "48%"):
        assert got[quote]["statement"] == "policy", quote
