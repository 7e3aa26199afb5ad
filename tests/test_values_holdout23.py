"""Values read as an analyst reads them, for page shapes first met in the holdout22 and holdout23 written sets: how a
value is stated by the context it stands in, numbers spaced or masked by a PDF paste or a template, and indicators
named across a PDF's line break (every page and sentence here is written for these tests; places and numbers are
made up).

- a news headline naming the immunization programme (…扎实推进免疫规划工作) is no plan: the news body's levels
  of this year so far are reached;
- a PDF title wrapped over two lines (…上半年工作总结 / 及下半年工作打算): its second line is no plan heading, and the
  summary under it reports levels reached;
- a section on the work of a year to come (三、2039年重点工作 in a speech dated January 2039, or after a 2038 summary)
  sets targets, on a page of lines or on one line; the same heading naming the year a summary reports on reports the
  work done;
- a long plan's chapter on where it starts from (第一章 发展基础) reports the levels the last period reached, sentence
  after sentence, up to the next chapter;
- a research report's recommendations (三、对策建议) propose what is to be done: targets, and a monthly allowance paid
  to each recipient is a rule; a problem named as what a measure addresses (针对村医老化问题，…) judges no present state;
- a range written with its unit on both ends (85%—90%) gives a floor and a ceiling, as 85-90% does;
- a count in 万 whose last decimal a PDF paste set off by a space (29.8 4万人) is one number, and a template's masked
  decimals after digits (1.x万人) are a masked count;
- a line break between an indicator's link word and its value (补偿比例为 / 38.2%, 接种率均达到 / 95%以上) is a PDF's
  wrap: the value is linked to the indicator before it; a line ending in 以上 may still end a sentence;
- indicators named in other words: the fund's use as the benefits paid over the fund (支出补偿基金…，占年度基金总额的),
  community health coverage as a verb (社区卫生服务覆盖城区人口的), community visits as outpatient volume (门诊量占…门诊总量的
  比例), and the rural scheme's coverage (农牧民医疗制度覆盖率) as its participation.
"""
from __future__ import annotations

from test_values_holdout18 import page_rows


def stated(text: str, name: str = "page.txt") -> list[tuple]:
    """(quote, statement) of each observation of a page."""
    return [(r["quote"], r["statement"]) for r in page_rows(text, name)]


# ------------------------------------------------------------------ statement from the page's context
def test_a_news_headline_naming_the_immunization_programme_is_no_plan():
    page = ("首页 > 新闻中心 > 基层动态\n"
            "青禾县疾控中心多措并举做好免疫规划工作\n"
            "发布时间：2033-09-14\n"
            "本报讯 今年以来，青禾县疾控中心认真落实各项防控措施。1至8月，全县适龄儿童免疫规划疫苗接种率达到97.2%，"
            "乙肝疫苗首针及时接种率为93.5%，共接种各类疫苗5.18万剂次。\n")
    assert stated(page) == [("97.2%", "actual"), ("93.5%", "actual"), ("5.18万剂次", "actual")]


def test_the_second_line_of_a_wrapped_title_is_no_plan_heading():
    page = ("              白河镇卫生院2034年上半年工作总结\n"
            "                   及下半年工作打算\n"
            "\n"
            "    上半年，我院在镇党委的领导下，各项工作有序开展。\n"
            "    一、基本医疗\n"
            "    门诊2.36万人次，住院分娩率达到97.8%，病床使用率为81.6%。\n"
            "    二、下半年工作打算\n"
            "    （一）高血压患者规范管理率达到75%以上；（二）新招聘护士4名。\n")
    assert stated(page) == [("2.36万人次", "actual"), ("97.8%", "actual"), ("81.6%", "actual"),
                            ("75%", "target"), ("4名", "target")]


def test_a_speech_sets_out_the_work_of_the_year_it_is_given_in():
    page = ("在2039年全县卫生健康工作会议上的讲话\n"
            "县卫生健康局局长 周明\n"
            "（2039年2月10日）\n"
            "同志们：\n"
            "一、2038年工作回顾\n"
            "过去一年，全县住院分娩率达到99.1%，新建村卫生室6个。\n"
            "二、存在的短板\n"
            "1.人才短缺，全县每千人口执业医师仅1.9人。\n"
            "三、2039年重点工作\n"
            "2039年，全县婴儿死亡率控制在4‰以下，高血压患者规范管理率达到70%以上；年内招聘医学毕业生30名。\n")
    assert stated(page) == [("99.1%", "actual"), ("6个", "actual"), ("1.9人", "actual"),
                            ("4‰", "target"), ("70%", "target"), ("30名", "target")]


def test_a_speech_on_one_line_sets_out_the_work_of_its_year_too():
    page = ("在2039年全县卫生健康工作会议上的讲话\n"
            "（2039年2月10日）同志们：一、2038年工作回顾过去一年，全县住院分娩率达到99.1%，新建村卫生室6个。"
            "二、2039年重点工作2039年，全县婴儿死亡率控制在4‰以下；年内招聘医学毕业生30名。三、几点要求同志们，要真抓实干。\n")
    assert stated(page) == [("99.1%", "actual"), ("6个", "actual"), ("4‰", "target"), ("30名", "target")]


def test_a_summary_heading_naming_its_own_year_reports_the_work_done():
    page = ("某县卫生健康局2038年工作总结\n"
            "一、2038年重点工作\n"
            "全县高血压患者规范管理率达到68.2%，新建村卫生室8个。\n"
            "二、2039年重点工作\n"
            "全县高血压患者规范管理率达到72%，新建村卫生室10个。\n")
    assert stated(page) == [("68.2%", "actual"), ("8个", "actual"), ("72%", "target"), ("10个", "target")]


def test_a_plans_chapter_on_its_base_reports_levels_reached():
    page = ("云岭市“十五五”卫生健康事业发展规划（2036—2040年）\n"
            "\n"
            "                    第一章  发展基础\n"
            "    “十四五”期间，全市卫生健康事业稳步发展。\n"
            "全市每千人口医疗卫生机构床位数达到6.8张，累计投入建设资金31.5亿元，新建县级医院9所。\n"
            "                    第二章  主要目标\n"
            "    到2040年，全市每千人口医疗卫生机构床位数达到7.5张，新建县级医院4所。\n")
    assert stated(page) == [("6.8张", "actual"), ("31.5亿元", "actual"), ("9所", "actual"),
                            ("7.5张", "target"), ("4所", "target")]


def test_a_research_reports_recommendations_are_proposals():
    page = ("关于青峰县乡镇卫生院人才队伍情况的调研报告\n"
            "一、基本情况\n"
            "截至2037年底，全县乡镇卫生院有在岗职工624人，其中执业医师158人，占25.3%。\n"
            "二、存在的问题\n"
            "（一）人员老化。50岁以上的职工有241人，本科以上学历仅占12.6%。\n"
            "三、对策建议\n"
            "（一）针对人员老化问题，建议每年公开招聘医学毕业生40名。\n"
            "（二）建立乡村医生生活补助制度，对在岗满20年的乡村医生，每月发放生活补助500元。\n")
    assert stated(page) == [("624人", "actual"), ("158人", "actual"), ("25.3%", "actual"), ("241人", "actual"),
                            ("12.6%", "actual"), ("40名", "target"), ("500元", "policy")]


def test_a_problem_judged_in_a_plan_still_reports_the_present_state():
    page = ("某县卫生健康局2038年工作计划\n"
            "一、工作目标\n"
            "全县乡村医生队伍老化，60岁以上的占38%。针对村医老化问题，全年定向培养村医25名。\n")
    assert [x for x in stated(page) if x[0] != "60岁"] == [("38%", "actual"), ("25名", "target")]


# ------------------------------------------------------------------ numbers
def test_a_range_with_the_unit_on_both_ends_gives_a_floor_and_a_ceiling():
    page = ("石桥县卫生局2035年工作计划\n"
            "一、主要目标\n"
            "新农合基金使用率控制在80%—88%之间，孕产妇系统管理率保持在92%～95%；婴儿死亡率为5‰-7‰。\n")
    got = [(r["value"], r["comparator"], r["indicator_id"]) for r in page_rows(page)]
    assert got == [(80.0, ">=", "ncms_fund_utilization_rate"), (88.0, "<=", "ncms_fund_utilization_rate"),
                   (92.0, ">=", "maternal_systematic_management_rate"), (95.0, "<=", "maternal_systematic_management_rate"),
                   (5.0, ">=", "infant_mortality_rate"), (7.0, "<=", "infant_mortality_rate")]


def test_a_from_to_pair_joined_by_to_is_no_range():
    page = "石桥县卫生局2035年工作总结\n全年住院分娩率由91%到96%，稳步提高。\n"
    assert [(r["value"], r["comparator"]) for r in page_rows(page)] == [(91.0, "="), (96.0, "=")]


def test_a_space_before_the_last_decimal_of_a_count_in_wan_keeps_one_number():
    page = "北川县卫生局2036年工作总结\n全县参合农民31.4 7万人，参合率达到97.5%；全年补偿参合群众8.0 6万人次。\n"
    got = [(r["quote"], r["value"]) for r in page_rows(page) if r["unit"] == "count"]
    assert got == [("31.4 7万人", 314700.0), ("8.0 6万人次", 80600.0)]


def test_masked_decimals_after_digits_are_a_masked_count():
    page = "XX镇卫生院20XX年工作计划\n为辖区65岁以上老年人免费体检2.x万人，新建健康档案3.xx万份。\n"
    got = [(r["quote"], r["value"], r["redacted"], r["unit"]) for r in page_rows(page)]
    assert got == [("2.x万人", None, True, "count"), ("3.xx万份", None, True, "count")]


# ------------------------------------------------------------------ linking across a PDF's line break
def test_a_line_break_after_a_link_word_keeps_the_value_with_its_indicator():
    page = ("                 红柳旗卫生局2037年第一季度工作总结\n"
            "\n"
            "    一、新农合。一季度全旗共补偿住院病人2 318人次，住院补偿比例为\n"
            "41.6%。冬春季查漏补种儿童986名，全旗五苗接种率均达到\n"
            "96%以上，住院分娩率达\n"
            "98.1%。\n")
    got = [(r["quote"], r["indicator_id"]) for r in page_rows(page) if r["unit"] == "percent"]
    assert got == [("41.6%", "reimbursement_ratio"), ("96%", "immunization_coverage_rate"), ("98.1%", "hospital_delivery_rate")]


def test_a_line_ending_in_a_bound_word_still_ends_its_sentence():
    page = ("某县卫生局2037年工作总结\n"
            "2037年，全县卫生工作稳步推进。明年力争孕产妇系统管理率达到92%以上\n"
            "2037年全县新建村卫生室12个，群众就医更加方便。\n")
    got = [(r["quote"], r["statement"]) for r in page_rows(page)]
    assert got == [("92%", "target"), ("12个", "actual")]


# ------------------------------------------------------------------ indicators named in other words
def test_indicators_named_in_other_words():
    page = ("某旗卫生局2039年工作总结\n"
            "全旗农牧民医疗制度覆盖率达到99.4%。上半年支出补偿基金2 870万元，占年度基金总额的47.9%。"
            "社区卫生服务覆盖城区人口的76%。社区卫生服务机构门诊量占全旗门诊总量的比例为33.5%。\n")
    got = [(r["quote"], r["indicator_id"]) for r in page_rows(page) if r["unit"] == "percent"]
    assert got == [("99.4%", "ncms_participation_rate"), ("47.9%", "ncms_fund_utilization_rate"),
                   ("76%", "community_health_coverage_rate"), ("33.5%", "community_first_contact_rate")]


def test_shares_named_without_what_the_indicator_counts_stay_unlinked():
    page = ("某县卫生局2039年工作总结\n"
            "全县大病保险资金占年度基金总额的8.5%。全县12家社区卫生服务中心均能提供中医药服务，中医门诊量占比17.6%。"
            "县级医院新农合即时结报覆盖率100%。\n")
    assert [(r["quote"], r["indicator_id"]) for r in page_rows(page) if r["unit"] == "percent"] == [
        ("8.5%", None), ("17.6%", None), ("100%", None)]

