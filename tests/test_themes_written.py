"""Themes of problems worded as bureaus word them, on sentences written for these tests: each
pattern the theme vocabulary names (a field's capacity, the referral system, loose rules, the
safety of care) gives the theme a health-policy reader gives."""
from __future__ import annotations

import pytest

from healthdata.normalize.themes import themes_for
from healthdata.textnorm import matching_text

WRITTEN = [
    # a field's capacity judged weak is a matter of service capacity (and of disease control)
    ("乡镇疾控能力偏弱", {"public_health_pressure", "service_capacity"}),
    ("县级检验检测能力不足", {"service_capacity"}),
    # the referral system and assessment mechanisms are the reform's
    ("基层首诊、双向转诊格局尚未形成", {"reform"}),
    ("绩效考核机制不健全,激励作用不明显", {"reform"}),
    # rules applied loosely, work without standards
    ("个别单位制度执行不严,管理粗放", {"execution"}),
    ("部分诊所医疗废物处置不规范", {"execution"}),
    # patient safety is the quality of care, not public order
    ("部分医院医疗安全隐患较多", {"service_capacity"}),
    # a facility's income not covering its costs is funding
    ("县级医院运行成本上升,收支矛盾突出", {"funding"}),
    # the system's fragmentation and drug pricing at cost are the reform's
    ("医疗卫生服务体系碎片化,上下联动不够", {"reform"}),
    # care hard to reach, or too little of it
    ("偏远山区群众就医不便", {"equity_access"}),
    ("医养结合服务供给不足", {"equity_access"}),
    # work not explained to the public is an implementation gap
    ("计划生育奖励扶助政策宣传不到位", {"family_planning", "execution"}),
    # a unit's own rules not applied are execution; the governance the reform builds is reform
    ("院内管理制度执行不严格", {"execution"}),
    ("现代医院管理制度建设进展不快", {"reform"}),
    # unlicensed practice however named is the health market's order
    ("城郊无证诊所屡禁不止", {"market_order"}),
    # care that is far away is access
    ("山区群众到乡镇看病路途远", {"equity_access"}),
    # care of infants and toddlers belongs with the family policy
    ("婴幼儿照护服务机构数量偏少", {"family_planning"}),
]


@pytest.mark.parametrize("sentence,themes", WRITTEN)
def test_written_problems_get_the_theme_a_reader_gives(sentence, themes):
    assert {t for t, *_ in themes_for(matching_text(sentence))} == themes


# ---------------------------------------------------------------- problems sections by their heading

def _problems(text: str) -> list[dict]:
    from healthdata.extract.problems import extract_problems
    from healthdata.types import ReportText

    return extract_problems(ReportText("t#01", "t.txt", text, matching_text(text), 0, len(text), []))


@pytest.mark.parametrize("heading", ["需要改进的地方", "有待加强的方面", "工作短板", "发展瓶颈", "制约卫生事业发展的因素"])
def test_a_heading_naming_what_is_to_be_improved_opens_a_problems_section(heading):
    # weak wording (调配困难: in running text it admits nothing without a contrast) states a
    # problem in a section so headed
    text = ("二〇二二年卫生工作总结\n一、主要成绩\n全县住院分娩率达到99.2%。\n"
            f"二、{heading}\n乡镇卫生院之间人员调配困难。\n"
            "三、明年打算\n力争参合率达到99%。\n")
    rows = _problems(text)
    assert [(r["text"], r["origin"]) for r in rows] == [("乡镇卫生院之间人员调配困难", "section")]


def test_a_level_judged_low_is_a_problem_inside_a_problems_section_only():
    section = "某县卫生工作总结\n一、工作成效\n全县参合率98%。\n二、存在问题\n县乡村三级机构整合度低,上下联动少。\n"
    assert [r["text"] for r in _problems(section)] == ["县乡村三级机构整合度低,上下联动少"]
    running = "某县卫生工作总结\n全县参合率98%,门诊统筹利用率低于去年同期的原因是新增了报销项目。\n"
    assert _problems(running) == []


def test_a_late_start_is_admitted_in_running_text():
    text = "某县卫生工作总结\n全县参合率98%。全县智慧医疗建设起步较晚。\n"
    assert [(r["text"], r["themes"]) for r in _problems(text)] == [("全县智慧医疗建设起步较晚", ["informatization"])]


def test_an_ageing_population_is_no_family_planning_problem():
    assert {t for t, *_ in themes_for(matching_text("人口老龄化进程加快,慢性病负担日益加重"))} == {"public_health_pressure"}


def test_a_part_on_achievements_and_prospects_is_no_problems_section_but_its_prospects_are():
    text = ("东河区卫生健康事业发展规划\n一、发展基础和面临形势\n（一）发展基础\n全区孕产妇死亡率控制在10/10万以下,各项工作成效明显。\n"
            "（二）面临形势\n人口老龄化进程加快,慢性病负担日益加重。\n二、发展目标\n到2025年,婴儿死亡率控制在4‰以下。\n")
    assert [r["text"] for r in _problems(text)] == ["人口老龄化进程加快,慢性病负担日益加重"]


def test_acting_on_weak_points_or_looking_for_shortcomings_admits_none():
    for sentence in ["全县重点扶持薄弱学科,新建重点专科3个。", "我们认真查找工作中的不足,及时进行整改。"]:
        assert _problems(f"某县卫生局2022年工作总结\n{sentence}\n") == [], sentence
    assert [r["text"] for r in _problems("某县卫生局2022年工作总结\n全县卫生人才不足,重点学科薄弱。\n")] == [
        "全县卫生人才不足,重点学科薄弱"]


@pytest.mark.parametrize("line, expected", [
    # a short sentence holding a heading word (差距) is no heading: its 。 says so
    ("但与群众的期盼相比,我们的工作还存在一定差距。", ["但与群众的期盼相比,我们的工作还存在一定差距"]),
    # a bracketed heading running on into a short line of clauses: the clauses are the problem
    ("【薄弱环节】家庭医生签约服务质量不高,履约率偏低。", ["家庭医生签约服务质量不高,履约率偏低"]),
    # a lead-in clause and its label are not part of the problem that follows them
    ("虽然取得了一定成绩,但也存在一些问题和不足,主要是:基层医疗机构服务能力较弱,群众满意度有待提高。",
     ["基层医疗机构服务能力较弱,群众满意度有待提高"]),
])
def test_short_lines_that_hold_problems_are_read_as_problems_not_headings(line, expected):
    assert [r["text"] for r in _problems(f"某县卫生局2022年工作总结\n{line}\n")] == expected


@pytest.mark.parametrize("line, expected", [
    # a cause and the judgement after it are one problem
    ("由于历史欠账较多,我县乡镇卫生院基础设施建设仍然滞后。", [("由于历史欠账较多,我县乡镇卫生院基础设施建设仍然滞后", ["infrastructure"])]),
    # a contradiction judged prominent; awareness judged thin
    ("医疗服务需求快速增长,供需矛盾突出。", [("医疗服务需求快速增长,供需矛盾突出", ["equity_access"])]),
    ("农村群众健康意识淡薄。", [("农村群众健康意识淡薄", ["public_health_pressure"])]),
])
def test_causes_contradictions_and_thin_awareness(line, expected):
    assert [(r["text"], r["themes"]) for r in _problems(f"某县卫生局2022年工作总结\n{line}\n")] == expected


def test_an_unstable_workforce_continues_the_judgement_before_it():
    rows = _problems("某县卫生局2022年工作总结\n乡村医生待遇偏低,队伍不稳定。\n")
    assert [(r["text"], r["themes"]) for r in rows] == [("乡村医生待遇偏低,队伍不稳定", ["workforce", "funding"])]


def test_the_two_sides_of_a_judgement_are_two_problems_without_their_markers():
    rows = _problems("某县卫生局2022年工作总结\n一方面,基层医务人员流失严重;另一方面,医疗服务需求快速增长,供需矛盾突出。\n")
    assert [r["text"] for r in rows] == ["基层医务人员流失严重", "医疗服务需求快速增长,供需矛盾突出"]
