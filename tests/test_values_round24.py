"""Values, round 24: statements for patterns found missed on the round-24 sets — each on sentences written for the
test (no text from any page of the evaluation sets; places and figures are made up).

- a news headline reporting the aims reached with the verb before them (某县计生工作全面完成省定目标) is no plan heading:
  the levels under it were reached;
- a title naming the state of a year's work and the next year's plan (2031年全县卫生工作情况及2032年工作思路) is a summary
  with a plan: the review's levels were reached, only the next year's sentence aims.
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # the observations of a page, each quote checked against the raw text


def by_quote(text: str) -> dict[str, dict]:
    return {r["quote"]: r for r in page_rows(text)}


# ------------------------------------------------------------------ 全面完成…目标 in a headline
NEWS_AIMS_REACHED = ("青禾日报　2031年12月28日　第3版\n\n"
                     "青禾县卫生工作超额完成年度目标任务\n\n"
                     "　　本报讯（记者 王平）2031年，青禾县卫生系统扎实推进各项工作。\n"
                     "　　据统计，全县住院分娩率达到98.7%，孕产妇系统管理率93.2%；全年投入卫生经费3120万元，"
                     "培训乡村医生860人次。\n")


def test_headline_reporting_aims_reached_is_no_plan():
    got = by_quote(NEWS_AIMS_REACHED)
    for quote in ("98.7%", "93.2%", "3120万元", "860人次"):
        assert got[quote]["statement"] == "actual", quote


def test_headline_aiming_at_the_aims_still_plans():
    # a word of intent before the verb: the aims are still to be reached
    text = ("白沙镇卫生院力争全面完成全年目标任务\n\n"
            "　　下半年，我院住院分娩率达到99%，孕产妇系统管理率达到95%。\n")
    got = by_quote(text)
    assert got["99%"]["statement"] == "target"
    assert got["95%"]["statement"] == "target"


# ------------------------------------------------------------------ 工作情况及…工作思路 in a title
REVIEW_AND_PLAN = ("2031年全市卫生工作情况及2032年工作思路\n"
                   "2031年，全市卫生系统以新农合为重点，各项工作取得新进展。参合农民212万人，参合率达到93.4%，"
                   "婴儿死亡率7.2‰。全市投入4.6亿元建设基层卫生机构。2032年，全市参合率力争达到96%，"
                   "婴儿死亡率降到6‰以下。\n")


def test_title_naming_the_state_of_the_work_is_a_review_with_a_plan():
    got = by_quote(REVIEW_AND_PLAN)
    for quote in ("212万人", "93.4%", "7.2‰", "4.6亿元"):
        assert got[quote]["statement"] == "actual", quote
    assert got["96%"]["statement"] == "target"
    assert got["6‰"]["statement"] == "target" and got["6‰"]["comparator"] == "<="


# ------------------------------------------------------------------ a plan's base: 在…现有N个…的基础上
PLAN_ON_A_BASE = ("白沙县2031年农村卫生工作要点\n"
                  "　　一、扩大新农合试点。在巩固现有9个试点乡的基础上，再新增试点乡6个，试点乡参合率达到85%以上。\n"
                  "　　二、加强人员培训。全年培训乡村医生1200人次。\n")


def test_reached_word_of_a_plans_base_dates_the_base_only():
    got = by_quote(PLAN_ON_A_BASE)
    assert got["9个"]["statement"] == "actual"  # what the county has now
    assert got["6个"]["statement"] == "target"  # added on top of it
    assert got["85%"]["statement"] == "target" and got["85%"]["comparator"] == ">="
    assert got["1200人次"]["statement"] == "target"


def test_reached_word_after_the_base_still_reports():
    # a plan's look back after the base's close: 已 dates the level after it
    got = by_quote("白沙县2031年卫生工作要点\n　　一、在上年工作基础上，全县已建成标准化村卫生室40所。\n")
    assert got["40所"]["statement"] == "actual"


# ------------------------------------------------------------------ a fall aimed at survives the build, signed
def test_aimed_falls_are_kept_signed():
    text = ("白沙县2031年妇幼卫生工作要点\n"
            "　　一、住院分娩率达到97%，孕产妇死亡率、婴儿死亡率分别比上年下降8%和4%。\n")
    got = by_quote(text)
    assert got["8%"]["statement"] == "target" and got["8%"]["value"] == -8.0
    assert got["4%"]["statement"] == "target" and got["4%"]["value"] == -4.0
    assert got["8%"]["indicator_id"] == "maternal_mortality_ratio"
    assert got["4%"]["indicator_id"] == "infant_mortality_rate"


def test_row_rule_lets_an_aimed_fall_be_negative():
    import pandas as pd

    from healthdata.validate.observations import ObservationSchema

    df = pd.DataFrame({"quote": ["8%", "8%", "8%", "-1.2‰"], "value": [-8.0, -8.0, -8.0, -1.2],
                       "statement": ["target", "change", "actual", "actual"]})
    ok = ObservationSchema.only_changes_targets_and_signed_values_are_negative(df).tolist()
    assert ok == [True, True, False, True]  # a level reached is negative only when written with its minus


# ------------------------------------------------------------------ one figure after a subject listing two rates
def _rates(body: str) -> list[tuple]:
    rows = page_rows("白沙县2031年基本公共卫生工作要点\n" + body)
    return [(r["quote"], r["indicator_id"]) for r in rows]


def test_one_figure_for_a_listed_subject_without_each_word_is_each_rates():
    got = _rates("　　1.高血压、糖尿病患者规范管理率不低于62；\n")
    assert got == [("62", "hypertension_management_rate"), ("62", "diabetes_management_rate")]


def test_a_level_reached_after_a_listed_subject_stays_one_value():
    assert len(_rates("　　1.全年高血压、糖尿病患者健康管理率达到58%；\n")) == 1


def test_two_figures_after_a_listed_subject_stay_one_each():
    got = _rates("　　1.高血压、糖尿病患者规范管理率为62%、58%；\n")
    assert got == [("62%", "hypertension_management_rate"), ("58%", "diabetes_management_rate")]


def test_listed_places_sharing_a_figure_stay_one_value():
    got = _rates("　　1.县人民医院、县中医院次均费用增幅控制在6%以内；\n")
    assert len(got) == 1


# ------------------------------------------------------------------ a headline on what a plan achieved
def test_headline_on_what_a_plan_achieved_is_news():
    text = ("白沙市卫生健康委员会\n\n"
            "我市基层卫生三年行动计划取得明显成效\n\n"
            "　　本报讯　记者从市卫健委获悉，全市已建成标准化村卫生室312所。今年全市11个县区累计为群众"
            "免费体检8.6万人次，投入资金2150万元。\n")
    got = by_quote(text)
    for quote in ("8.6万人次", "2150万元"):
        assert got[quote]["statement"] == "actual", quote


def test_letters_of_targets_signed_are_a_count_reached():
    got = by_quote("白沙县卫生局2031年工作总结\n　　全年与各乡镇卫生院签订目标责任书24份，开展督查6次。\n")
    assert got["24份"]["statement"] == "actual"


def test_a_service_planned_for_people_named_after_it_is_aimed_at():
    text = ("白沙区启动2031年免费健康体检工作\n"
            "　　本网讯　3月2日，白沙区2031年老年人免费健康体检工作正式启动。今年全区计划为65岁以上老年人免费体检2.4万人。"
            "去年全区体检2.1万人。\n")
    got = by_quote(text)
    assert got["2.4万人"]["statement"] == "target"
    assert got["2.1万人"]["statement"] == "actual"


# ------------------------------------------------------------------ a run of marks a site joined its chunks with, inside a number
def test_a_run_of_marks_inside_a_number_is_cut_out():
    text = ("白沙镇卫生院2031年工作总结\n"
            "　　全年门诊1.92万人次，病床使用率达到8■■■3.5%，镇域内就诊率7▲▲▲2%。\n"
            "▲村医入户随访。\n")
    got = by_quote(text)
    assert got["8■■■3.5%"]["value"] == 83.5
    assert got["7▲▲▲2%"]["value"] == 72.0
    assert not any(q in got for q in ("3.5%", "2%"))


# ------------------------------------------------------------------ a bound adverb before a verb and its object, and over a list
def _counts(body: str) -> list[tuple]:
    return [(r["quote"], r["comparator"]) for r in page_rows("白沙县2031年基层卫生工作要点\n" + body) if r["unit"] == "count"]


def test_bound_adverb_before_a_verb_and_its_object_bounds_the_count():
    assert _counts("　　1.每个乡镇卫生院至少推广中医适宜技术6项。\n") == [("6项", ">=")]
    assert _counts("　　1.每个家庭医生团队最多签约居民2000人。\n") == [("2000人", "<=")]


def test_bound_adverb_before_a_list_of_counts_bounds_each():
    got = _counts("　　1.每个社区卫生服务站至少配备全科医生2名、护士2名、药剂人员1名。\n")
    assert got == [("2名", ">="), ("2名", ">="), ("1名", ">=")]


def test_bound_written_after_the_first_count_is_its_own():
    got = _counts("　　1.每个社区卫生服务站配备全科医生2名以上、护士3名。\n")
    assert got == [("2名", ">="), ("3名", "=")]


def test_examples_of_a_class_before_deng_share_the_class_rate():
    got = _rates("　　1.百白破、麻疹等免疫规划疫苗接种率以乡为单位达到95%以上；\n")
    assert got == [("95%", "immunization_coverage_rate")]


# ------------------------------------------------------------------ a long plan's background chapter
def test_a_plans_background_chapter_reports_levels_reached():
    text = ("白沙市“十五五”卫生健康事业发展规划\n"
            "第一章　规划背景\n"
            "　　“十四五”时期，全市卫生健康事业稳步发展。到2025年末，每千人口床位数达到6.8张，婴儿死亡率降至3.1‰，"
            "居民电子健康档案建档率达到86.5%。\n"
            "第二章　主要目标\n"
            "　　到2030年，每千人口床位数达到7.5张，婴儿死亡率控制在3‰以下。\n")
    got = by_quote(text)
    for quote in ("6.8张", "3.1‰", "86.5%"):
        assert got[quote]["statement"] == "actual", quote
    assert got["7.5张"]["statement"] == "target"
    assert got["3‰"]["statement"] == "target" and got["3‰"]["comparator"] == "<="


# ------------------------------------------------------------------ a notice's issuing body above its title
def test_title_under_an_issuing_bodys_line_makes_the_notice_a_plan():
    text = ("白沙市卫生健康委员会\n"
            "关于做好2031年农村妇女“两癌”免费检查工作的通知\n\n"
            "各县（区）卫生健康局：\n"
            "　　一、任务。2031年全市完成宫颈癌检查3.2万人、乳腺癌检查1.4万人。检查覆盖率达到35%以上，随访率95%以上。\n"
            "　　二、经费。宫颈癌检查补助标准每人130元。\n")
    got = by_quote(text)
    for quote in ("3.2万人", "1.4万人", "35%", "95%"):
        assert got[quote]["statement"] == "target", quote
    assert got["130元"]["statement"] == "policy"


def test_bound_word_right_before_the_first_count_is_its_own():
    got = _counts("　　1.全年组织卫生应急培训不少于3期、综合演练2次。\n")
    assert got == [("3期", ">="), ("2次", "=")]


# ------------------------------------------------------------------ the year of a from-value in a plan
def test_year_of_a_from_value_dates_only_it():
    text = ("白沙省卫生厅2032年卫生工作要点\n"
            "　　一、扩大试点。试点县由2031年的9个增加到20个，参合率达到85%以上。\n")
    got = by_quote(text)
    assert got["9个"]["statement"] == "actual"
    assert got["20个"]["statement"] == "target"
    assert got["85%"]["statement"] == "target"


def test_a_year_before_the_plans_still_dates_its_sentence():
    text = ("白沙省卫生厅2032年卫生工作要点\n"
            "　　一、巩固成果。2031年全省参合率为93%，今年参合率达到95%以上。\n")
    got = by_quote(text)
    assert got["93%"]["statement"] == "actual"


def test_a_heading_naming_next_years_main_points_opens_a_plan():
    text = ("白沙县2031年妇幼卫生工作总结\n"
            "一、主要指标\n"
            "全县孕产妇死亡率为28.1/10万，婴儿死亡率8.2‰。\n"
            "二、2032年重点\n"
            "孕产妇死亡率控制在25/10万以下，婴儿死亡率控制在8‰以下。\n")
    got = by_quote(text)
    assert got["28.1/10万"]["statement"] == "actual" and got["8.2‰"]["statement"] == "actual"
    assert got["25/10万"]["statement"] == "target" and got["8‰"]["statement"] == "target"


# ------------------------------------------------------------------ a range with its unit dropped in a target list
def test_unitless_range_in_a_target_list_is_a_floor_and_a_ceiling():
    rows = page_rows("白沙县2032年新农合工作计划\n　　全年工作目标：参合率90以上，基金使用率85-95，住院受益率不低于8。\n")
    got = [(r["quote"], r["value"], r["comparator"], r["unit"]) for r in rows]
    assert ("85", 85.0, ">=", "percent") in got
    assert ("95", 95.0, "<=", "percent") in got
    assert {r["indicator_id"] for r in rows if r["quote"] in ("85", "95")} == {"ncms_fund_utilization_rate"}
    assert ("90", 90.0, ">=", "percent") in got


# ------------------------------------------------------------------ a sharing site's bracketed chunk numbers
def test_bracketed_chunk_numbers_cutting_numbers_are_removed():
    text = ("白沙县卫生局2031年工作总结 - 文档网\n"
            "[1] 白沙县卫生局2031年工作总结\n"
            "　　一、医改工作。全县县域内就诊率达到9\n"
            "[2] 1.3%。全县住院分娩率达到9\n"
            "[3] 8.2%，孕产妇系统管理率93.5%。\n"
            "[4] \n")
    got = by_quote(text)
    assert got["9\n[2] 1.3%"]["value"] == 91.3
    assert got["9\n[3] 8.2%"]["value"] == 98.2
    assert got["93.5%"]["value"] == 93.5


def test_an_older_from_year_in_a_five_year_plan_opens_a_look_back():
    text = ("白沙县“十六五”卫生健康事业发展规划\n"
            "　　“十五五”期间，全县每千人口床位数由2025年的3.1张增加到4.4张，婴儿死亡率由6.2‰下降到4.1‰。\n")
    got = by_quote(text)
    assert got["4.4张"]["statement"] == "actual"


def test_a_date_is_no_unitless_range():
    rows = page_rows("白沙镇人民政府 镇务动态\n【2031-01-05】白沙镇召开计划生育工作会议\n　　会议要求，全镇政策符合率达到95%以上。\n")
    assert [r["quote"] for r in rows] == ["95%"]


# ------------------------------------------------------------------ Chinese numerals counting places or facilities
def test_chinese_numeral_counts_places_and_facilities_not_slogans():
    rows = page_rows("白沙县卫生局2031年工作总结\n"
                     "　　全县在两个试点乡镇和三个片区推行医共体建设，组建两个医疗联合体；落实“两个责任”，抓好三个方面工作，"
                     "建成一个中心。\n")
    got = [(r["quote"], r["value"]) for r in rows]
    assert got == [("两个", 2.0), ("三个", 3.0), ("两个", 2.0)]


# ------------------------------------------------------------------ the plan's own five-year period
def test_the_plans_own_five_year_period_is_no_past_one():
    text = ("白沙市“十五五”卫生健康事业发展规划\n"
            "第一章　发展基础\n"
            "　　“十四五”期间，全市每千人口床位数达到6.2张。\n"
            "第四章　保障措施\n"
            "　　“十五五”期间，市级财政每年安排卫生健康发展资金不少于3亿元。\n")
    got = by_quote(text)
    assert got["6.2张"]["statement"] == "actual"
    assert got["3亿元"]["statement"] == "target" and got["3亿元"]["comparator"] == ">="


def test_bound_adverb_before_counts_joined_by_he_bounds_each():
    got = _counts("　　1.各乡镇至少建设1个中医馆和2个标准化村卫生室。\n")
    assert got == [("1个", ">="), ("2个", ">=")]


# ------------------------------------------------------------------ a programme a news item says will be carried out
def test_a_programme_that_will_be_carried_out_aims():
    got = by_quote("白沙县卫生局2031年工作总结\n　　该局负责人表示，2032年将实施订单定向培养计划，招录乡村医生25名。全年已招录11名。\n")
    assert got["25名"]["statement"] == "target"
    assert got["11名"]["statement"] == "actual"


# ------------------------------------------------------------------ a rate named right before 完成
def test_a_rate_named_before_wancheng_states_its_level():
    got = by_quote("白沙县2031年上半年基本公共卫生工作总结\n"
                   "　　一、主要指标完成情况。65岁以上老年人健康管理率完成66.4%；产房改造工程完成60%。\n")
    assert got["66.4%"]["statement"] == "actual"
    assert got["66.4%"]["indicator_id"] == "elderly_health_management_rate"
    assert got["60%"]["statement"] == "completion"


def test_next_years_main_points_glued_into_a_joined_line_open_a_plan():
    text = ("白沙县2031年妇幼卫生工作总结\n"
            "一、主要指标全县孕产妇死亡率为28.1/10万，婴儿死亡率8.2‰。二、2032年重点孕产妇死亡率控制在25/10万以下，"
            "婴儿死亡率控制在8‰以下。\n")
    got = by_quote(text)
    assert got["28.1/10万"]["statement"] == "actual"
    assert got["25/10万"]["statement"] == "target" and got["8‰"]["statement"] == "target"
