"""How values are stated (healthdata.extract.statement), on sentences written for these tests."""
from __future__ import annotations

import numpy as np
import pytest

from healthdata.extract.observations import extract_report
from healthdata.extract.statement import from_to_gap, in_spans, in_spans_each, plan_spans, segment_start, segment_starts
from healthdata.textnorm import matching_text
from healthdata.types import ReportText, Section


def rows_of(text: str, sections: list[Section] | None = None) -> list[dict]:
    rep = ReportText("t#01", "t.txt", text, matching_text(text), 0, len(text), sections or [])
    return extract_report(rep).observations


def stated(text: str, **kw) -> list[tuple[str, str]]:
    return [(r["quote"], r["statement"]) for r in rows_of(text, **kw)]


# ------------------------------------------------------------------ segments
def test_segments_start_after_semicolons_and_at_enumerators_inside_a_line():
    text = "甲县参合率98%;乙县力争达到99%。二、住院分娩率97%,(三)其它,一是签约率60%"
    m = matching_text(text)
    breaks = [i for i, ch in enumerate(m) if ch in "。;；"]
    starts = segment_starts(m, 0, len(m), breaks)
    assert segment_start(starts, text.index("99%")) == text.index("乙县")
    assert segment_start(starts, text.index("97%")) == text.index("二、")
    assert segment_start(starts, text.index("60%")) == text.index("一是")
    # 城区达98、农村达95: a number followed by 、 inside a clause is no enumerator
    m2 = matching_text("接种率城区达98、农村达95以上")
    assert segment_starts(m2, 0, len(m2), []) == [0]


def test_no_target_is_inherited_across_a_semicolon_or_an_enumerator():
    assert stated("今年全县力争参合率达到99%;住院分娩率为98.5%。") == [("99%", "target"), ("98.5%", "actual")]
    assert stated("我们确保签约率达到60%,1、建档率为88%。") == [("60%", "target"), ("88%", "actual")]


# ------------------------------------------------------------------ time words and verbs
@pytest.mark.parametrize("text, expected", [
    ("到2030年,全区婴儿死亡率降到5‰以下。", "target"),
    ("2025年前全市签约率提高到75%。", "target"),
    ("明年全县住院分娩率达到99%。", "target"),
    ("今年以来,全县住院分娩率达到99%。", "actual"),
    ("截至6月底,全县住院分娩率达到99%。", "actual"),
])
def test_time_words_decide_between_target_and_actual(text, expected):
    assert [s for _, s in stated(text)] == [expected]


def test_in_a_plan_a_stated_level_is_a_target_unless_the_text_says_it_was_reached():
    text = ("某县卫生健康局2024年工作要点\n"
            "一、主要目标\n全县孕产妇系统管理率达到90%以上,婴儿死亡率控制在6‰以内。\n"
            "二、工作基础\n截至去年底,全县孕产妇系统管理率已达88.5%。")
    got = stated(text)
    assert got == [("90%", "target"), ("6‰", "target"), ("88.5%", "actual")]


def test_a_plan_heading_inside_one_long_line_opens_a_plan_part():
    text = ("一、上半年工作完成情况 全县建档率为86%,签约率为55%。二、下一步工作打算 全县建档率达到90%,签约率达到60%。"
            "三、存在问题 人员不足。")
    assert stated(text) == [("86%", "actual"), ("55%", "actual"), ("90%", "target"), ("60%", "target")]
    m = matching_text(text)
    breaks = [i for i, ch in enumerate(m) if ch in "。;；"]
    spans = plan_spans(m, 0, len(m), [], segment_starts(m, 0, len(m), breaks))
    assert spans == [(text.index("二、"), text.index("三、"))]


def test_a_section_reporting_on_targets_is_no_plan():
    text = "一、目标任务完成情况\n全县婴儿死亡率为4.5‰,低于6‰的目标。"
    head = Section("一、目标任务完成情况", 1, "achievements", 0, len(text))
    assert stated(text, sections=[head])[0] == ("4.5‰", "actual")


def _sections_at(text: str, headings: list[str]) -> list[Section]:
    """Top-level sections as the segmenter gives them: each heading's line, up to its first 。 or
    colon (at most 40 characters), governing the text up to the next heading."""
    starts = [text.index(h) for h in headings] + [len(text)]
    out = []
    for a, b in zip(starts, starts[1:]):
        line = text[a:].split("\n", 1)[0]
        head = line.split("。", 1)[0].split(":", 1)[0][:40]
        out.append(Section(head, 1, "other", a, b))
    return out


def test_plan_headings_are_read_in_simplified_on_a_traditional_page():
    """A heading's plan word and its reporting word are looked up in the Simplified matching text:
    on a Traditional page 工作安排…落實情況 still reports on plans (情況 is 情况), and 主要目標 still
    opens a plan (目標 is 目标)."""
    import opencc

    simplified = ("某县卫生健康局2023年工作总结\n一、上年工作安排落实情况\n全县儿童免疫规划疫苗接种率达到97%。\n"
                  "二、主要目标\n全县孕产妇系统管理率达到92%。")
    for text in (simplified, opencc.OpenCC("s2t").convert(simplified)):
        heads = [line for line in text.split("\n") if line[1:2] == "、"]
        assert stated(text, sections=_sections_at(text, heads)) == [("97%", "actual"), ("92%", "target")], text


def test_a_heading_run_on_into_its_body_is_read_as_a_heading_inside_a_line():
    """On a page whose lines were joined, the segmenter's heading runs on into the body text (nothing
    tells where it ends): a plan word deep inside that body opens no plan, while a plan word right
    after the enumerator still does, as on the page with its line breaks."""
    broken = ("(一)妇幼健康工作扎实开展\n今年是妇女儿童发展纲要目标的收官之年,全县孕产妇系统管理率达到93%。\n"
              "(二)下半年工作打算\n全县孕产妇系统管理率达到95%。")
    joined = broken.replace("\n", "")
    for text in (broken, joined):
        sections = _sections_at(text, ["(一)", "(二)"])
        assert stated(text, sections=sections) == [("93%", "actual"), ("95%", "target")], text


def test_a_heading_telling_how_the_work_was_thought_out_is_no_plan():
    """思路 after a verb (理清工作思路, 拓宽思路) tells how the work was done; 下半年工作思路 is the plan."""
    text = ("某区卫生健康局2023年工作总结\n一、理清工作思路,做实基层服务\n全区家庭医生签约率达到58%。\n"
            "二、拓宽思路抓创新\n全区电子健康档案使用率为61%。\n三、下半年工作思路\n全区家庭医生签约率达到65%。")
    heads = [line for line in text.split("\n") if line[1:2] == "、"]
    assert [s for _, s in stated(text, sections=_sections_at(text, heads))] == ["actual", "actual", "target"]


# ------------------------------------------------------------------ policy
def test_policy_nouns_make_reimbursement_ratios_and_caps_rules():
    rows = rows_of("新农合乡级住院补偿85%,起付线200元,封顶线15万元。")
    assert [(r["quote"], r["statement"]) for r in rows] == [("85%", "policy"), ("200元", "policy"), ("15万元", "policy")]
    rows = rows_of("全县住院补偿比例:乡级80%,县级65%。")
    assert [r["statement"] for r in rows] == ["policy", "policy"]


def test_a_measured_ratio_is_no_rule():
    rows = rows_of("全县住院实际补偿比为52.3%,政策范围内报销比例达到71%。")
    assert [(r["quote"], r["statement"]) for r in rows] == [("52.3%", "actual"), ("71%", "actual")]
    assert all(r["indicator_id"] == "reimbursement_ratio" for r in rows)


# ------------------------------------------------------------------ from→to pairs and commas
def test_from_to_pair_is_two_levels_not_a_change():
    rows = rows_of("全县婴儿死亡率由8.2‰下降到5.1‰。")
    assert [(r["quote"], r["value"], r["statement"], r["indicator_id"]) for r in rows] == [
        ("8.2‰", 8.2, "actual", "infant_mortality_rate"), ("5.1‰", 5.1, "actual", "infant_mortality_rate")]
    rows = rows_of("县级医院住院报销比例从55%提高至65%。")
    assert [(r["value"], r["statement"]) for r in rows] == [(55.0, "policy"), (65.0, "policy")]
    assert from_to_gap("12%提高到", 3, 6) and not from_to_gap("12%,其中", 3, 6)


def test_a_comma_does_not_join_a_change_to_the_level_after_it():
    rows = rows_of("全县住院分娩率提高1.8个百分点,达到97.9%。")
    assert [(r["quote"], r["statement"], r["value"]) for r in rows] == [
        ("1.8个百分点", "change", 1.8), ("97.9%", "actual", 97.9)]
    assert rows[1]["indicator_id"] == "hospital_delivery_rate"


def test_a_change_clause_without_a_subject_keeps_the_rate_before_it():
    rows = rows_of("全县参合率为97.2%,同比提高0.6个百分点。")
    assert [r["indicator_id"] for r in rows] == ["ncms_participation_rate"] * 2
    assert rows[1]["statement"] == "change"


def test_in_a_plan_the_first_half_year_is_what_was_reached():
    text = "某区2024年下半年工作计划\n上半年全区签约率达到58%,下半年签约率达到65%。"
    assert stated(text) == [("58%", "actual"), ("65%", "target")]


# ------------------------------------------------------------------ metamorphic: the reading does not depend on the surface
WRITTEN = [
    "今年以来,全县参合率达到98.2%,比上年提高0.6个百分点;力争明年住院分娩率达到99%以上。",
    "新农合住院补偿比例由55%提高到65%,封顶线10万元,全县婴儿死亡率由6.1‰下降到4.3‰。",
    "二、下一步工作打算 全县建档率达到90%,签约率60%以上。三、存在问题 人员不足。",
]


def _reading(text: str) -> list[tuple]:
    return [(r["value"], r["unit"], r["indicator_id"], r["statement"], r["comparator"]) for r in rows_of(text)]


@pytest.mark.parametrize("text", WRITTEN)
def test_statements_survive_fullwidth_punctuation_traditional_script_and_spaces(text):
    import opencc

    expected = _reading(text)
    assert expected  # the sentence has values at all
    fullwidth = text.translate(str.maketrans(",;:()", "，；：（）"))
    traditional = opencc.OpenCC("s2t").convert(text)
    spaced = text.replace(",", ", ").replace(";", "; ")
    for variant in (fullwidth, traditional, spaced):
        assert _reading(variant) == expected, variant


def test_a_target_group_is_no_target():
    # 目标人群 names the group a service is for: its coverage is a measured level
    from healthdata.extract.observations import extract_report
    from healthdata.textnorm import matching_text
    from healthdata.types import ReportText

    text = "2020年全区完成免费孕前优生健康检查2130对，目标人群覆盖率达到85.6%。"
    rep = ReportText(doc_id="t#01", source_file="t.txt", start=0, end=len(text), text=text, match=matching_text(text))
    row, = [r for r in extract_report(rep).observations if r["quote"] == "85.6%"]
    assert row["statement"] == "actual"
    aim = "明年的目标是孕前优生健康检查覆盖率达到90%。"
    rep = ReportText(doc_id="t#01", source_file="t.txt", start=0, end=len(aim), text=aim, match=matching_text(aim))
    row, = [r for r in extract_report(rep).observations if r["quote"] == "90%"]
    assert row["statement"] == "target"


def test_a_level_kept_is_reached_in_a_summary_and_aimed_at_in_a_plan():
    # 保持在/稳定在 a level: in a report of work done the level was kept (a bulletin's 接种率保持在
    # 95%以上); in a plan it is the level to keep
    summary = "某县2023年卫生健康工作总结\n全县适龄儿童免疫规划疫苗接种率保持在95%以上,参合率稳定在98%以上。"
    assert stated(summary) == [("95%", "actual"), ("98%", "actual")]
    plan = "某县2024年卫生健康工作计划\n全县适龄儿童免疫规划疫苗接种率保持在95%以上,参合率稳定在98%以上。"
    assert stated(plan) == [("95%", "target"), ("98%", "target")]


def test_a_change_in_per_mille_or_per_100k_points_is_a_change_of_that_rate():
    # bulletins state changes of mortality and incidence rates in their own points
    text = "全市孕产妇死亡率为8.1/10万,比上年下降1.5个十万分点;婴儿死亡率为3.2‰,比上年下降0.4个千分点。"
    got = [(r["quote"], r["value"], r["unit"], r["statement"], r["indicator_id"]) for r in rows_of(text)]
    assert got == [("8.1/10万", 8.1, "per_100k", "actual", "maternal_mortality_ratio"),
                   ("1.5个十万分点", -1.5, "per_100k", "change", "maternal_mortality_ratio"),
                   ("3.2‰", 3.2, "per_mille", "actual", "infant_mortality_rate"),
                   ("0.4个千分点", -0.4, "per_mille", "change", "infant_mortality_rate")]


@pytest.mark.parametrize("text, expected", [
    ("会议要求,今年全县高血压患者规范管理率要提升至65%。", ["target"]),
    ("主要预期指标:孕产妇死亡率12/10万以下,婴儿死亡率5‰以下。", ["target", "target"]),
    # a from-to pair between two past years reports both levels
    ("全县住院分娩率由2016年的95.1%提高到2021年的99.6%。", ["actual", "actual"]),
])
def test_levels_to_be_raised_plan_indicators_and_past_from_to_pairs(text, expected):
    assert [s for _, s in stated(text)] == expected


def test_in_spans_each_agrees_with_positions_counted_by_hand():
    # spans [3, 7) and [10, 12): 3..6 and 10, 11 lie inside; 7 (an end), 2, 9 and 12 do not
    spans = [(3, 7), (10, 12)]
    positions = [0, 2, 3, 6, 7, 9, 10, 11, 12, 40]
    expected = [False, False, True, True, False, False, True, True, False, False]
    assert in_spans_each(spans, np.array(positions)) == expected
    assert [in_spans(spans, p) for p in positions] == expected
    assert in_spans_each([], np.array([1, 5])) == [False, False]


def test_in_a_plan_the_level_of_a_year_before_it_is_its_baseline():
    text = ("青石县2026年卫生健康工作要点\n一、主要目标\n全县孕产妇死亡率控制在9/10万以内。"
            "2025年,全县孕产妇死亡率为10.2/10万。在2025年基础上,婴儿死亡率降到4‰以下。"
            "2025年全县居民健康素养水平为27.1%,2026年提高到29%。")
    assert stated(text) == [("9/10万", "target"), ("10.2/10万", "actual"), ("4‰", "target"),
                            ("27.1%", "actual"), ("29%", "target")]


@pytest.mark.parametrize("text, expected", [
    ("全县完成市下达任务的102%。", [("102%", "completion")]),
    ("签约人数完成年度目标任务（60%）的104.5%。", [("60%", "target"), ("104.5%", "completion")]),
    ("全年完成工作指标的98%,门诊量占比为51%。", [("98%", "completion"), ("51%", "actual")]),
    # a share that is no share of a task: the 的 follows no task named after 完成
    ("完成改造的卫生院中,达标的占85%。", [("85%", "actual")]),
])
def test_the_share_of_a_task_done_is_a_completion_with_the_task_named_between(text, expected):
    assert stated(text) == expected


def test_what_a_meeting_requires_is_a_target():
    assert stated("会议要求,全市儿童免疫规划疫苗接种率保持在95%以上。") == [("95%", "target")]
    assert stated("会议指出,全市儿童免疫规划疫苗接种率保持在95%以上。") == [("95%", "actual")]


def test_a_rules_old_and_new_level_are_both_rules():
    text = "今年起,住院起付线由400元降至250元,封顶线从8万元提高到12万元,报销比例由60%提高到65%。"
    assert stated(text) == [("400元", "policy"), ("250元", "policy"), ("8万元", "policy"), ("12万元", "policy"),
                            ("60%", "policy"), ("65%", "policy")]


@pytest.mark.parametrize("change", ["比上年下降0.4个千分点", "同比提高2.2个百分点", "比上年下降3.5%"])
def test_a_rate_named_after_a_change_clause_is_a_level_not_the_change_continued(change):
    rows = rows_of(f"全县婴儿死亡率为3.6‰，{change}，产后访视率95.2%，其中农村93.8%。")
    got = [(r["quote"], r["value"], r["statement"]) for r in rows]
    assert got[2:] == [("95.2%", 95.2, "actual"), ("93.8%", 93.8, "actual")]


@pytest.mark.parametrize("headline", ["青河县医保报销方案再调整 群众看病花钱更少", "全县健康扶贫规划正式出台"])
def test_a_news_headline_about_a_plan_makes_no_plan_of_the_item(headline):
    text = f"{headline}\n本报讯 2019年，全县参合率达到97.5%，住院实际补偿比52.1%。"
    assert stated(text) == [("97.5%", "actual"), ("52.1%", "actual")]
    assert stated("青河县2020年新农合补偿方案\n住院实际补偿比52.1%。") == [("52.1%", "target")]  # the scheme itself


def test_a_schemes_table_holds_rules_named_by_its_column_headers():
    text = ("青河县2020年医保工作总结\n各级医疗机构起付线和报销比例如下：\n"
            "医疗机构级别 | 起付线（元） | 报销比例（%） | 实际报销比例（%）\n"
            "一级医院 | 200 | 80 | 71.3\n二级医院 | 500 | 65 | 58.2\n")
    got = [(r["quote"], r["unit"], r["statement"], r["indicator_id"]) for r in rows_of(text)]
    assert got == [("200", "yuan", "policy", None), ("80", "percent", "policy", "reimbursement_ratio"),
                   ("71.3", "percent", "actual", "reimbursement_ratio"),
                   ("500", "yuan", "policy", None), ("65", "percent", "policy", "reimbursement_ratio"),
                   ("58.2", "percent", "actual", "reimbursement_ratio")]


def test_a_target_column_header_of_a_one_cell_a_line_table_heads_no_plan():
    text = ("青河县2019年妇幼工作总结\n主要指标完成情况如下：\n指标\n单位\n年度目标\n实际完成\n住院分娩率\n%\n98\n99.2\n"
            "全年为1250名孕产妇发放补助62.5万元，筛查率达到计划任务的103.2%。")
    assert stated(text) == [("98", "target"), ("99.2", "actual"), ("1250名", "actual"), ("62.5万元", "actual"),
                            ("103.2%", "completion")]
    # a heading line of its own naming the targets still opens a plan
    assert stated("青河县2019年妇幼工作总结\n住院分娩率99.2%。\n年度目标\n住院分娩率99.5%。") == [
        ("99.2%", "actual"), ("99.5%", "target")]


def test_in_a_plan_a_growth_measured_against_last_year_is_planned():
    text = ("青河县2025年卫生健康工作计划\n一、工作目标\n门诊人次比上年增长8%，业务收入增长5%；卫生支出较去年同期增长6.5%。\n"
            "今年以来门诊人次比上年增长3%。")
    assert stated(text) == [("8%", "target"), ("5%", "target"), ("6.5%", "target"), ("3%", "change")]
    # in a summary the same sentence reports a change
    assert stated("青河县2024年卫生健康工作总结\n门诊人次比上年增长8%，业务收入增长5%。") == [("8%", "change"), ("5%", "change")]


@pytest.mark.parametrize("opener", ["按照上级规范要求，", "根据县卫生局要求，"])
def test_a_requirement_the_work_followed_sets_no_target(opener):
    text = f"青河镇卫生院2011年工作总结\n{opener}为辖区居民建立健康档案1.92万份，建档率68.3%。\n会议要求，参合率要稳定在95%以上。"
    assert stated(text) == [("1.92万份", "actual"), ("68.3%", "actual"), ("95%", "target")]


def test_a_spinners_shiqing_for_gongzuo_in_a_plan_heading_still_opens_the_plan():
    text = ("青河镇卫生院2015年事情总结\n全镇参合率99.1%。\n五、2016年事情计划\n"
            "1.加强人才培养，选派3名医生到县医院进修；2.居民健康档案建档率达到92%以上。")
    assert stated(text) == [("99.1%", "actual"), ("3名", "target"), ("92%", "target")]


def test_money_and_works_planned_or_to_be_spent_are_targets():
    text = ("青河县2020年卫生工作总结\n今年，县里计划投入520万元改造实验室，在口岸设立3个筛查点。"
            "市财政将安排3000万元用于基层。全年计划完成的8个站点目前仅完工2个。项目计划完成率为95%。")
    assert stated(text) == [("520万元", "target"), ("3个", "target"), ("3000万元", "target"), ("8个", "target"),
                            ("2个", "actual"), ("95%", "completion")]


def test_counts_in_a_plans_problems_section_state_the_present_unless_the_heading_is_a_task():
    from test_page_shapes import page_rows
    page = ("石门县卫生局2031年工作计划\n一、工作目标\n全县孕产妇系统管理率达到92%以上。\n"
            "二、薄弱环节\n全县16所乡镇卫生院中能开展一级手术的仅有4所，村医缺口60人。\n"
            "三、加强薄弱环节建设\n今年新招聘医学本科生15名，改造村卫生室12所。\n")
    _, obs = page_rows(page)
    got = {r["value"]: r["statement"] for r in obs}
    assert got[92.0] == "target"
    assert (got[16.0], got[4.0], got[60.0]) == ("actual", "actual", "actual")  # the plan's look at today
    assert (got[15.0], got[12.0]) == ("target", "target")  # a task of the plan, headed with its verb
