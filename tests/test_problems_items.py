"""Problems of a list: one problem per item, and the sentence that only announces the list.

Every sentence below is WRITTEN FOR THE TEST (no text from eval/written or data/raw); each
expectation is what a reader marks as the problems of the passage.
"""
from __future__ import annotations

import pytest

from healthdata.extract.problems import extract_problems
from healthdata.textnorm import matching_text
from healthdata.types import ReportText


def problems_of(passage: str) -> list[str]:
    report = ReportText("t#01", "t.txt", passage, matching_text(passage), 0, len(passage))
    return [row["text"] for row in extract_problems(report)]


@pytest.mark.parametrize("passage, judgement", [
    ("今年外来务工人员继续增加，全年急诊接诊28.6万人次，夜间急诊接诊压力持续加大。", "夜间急诊接诊压力持续加大"),
    ("受周边省份疫情影响，输入性病例防控风险进一步增加。", "输入性病例防控风险进一步增加"),
    # a guard: the wording known before (不断加大) still counts
    ("随着参保人数减少，医保基金支付压力不断加大。", "医保基金支付压力不断加大"),
])
def test_a_pressure_or_risk_said_to_keep_growing_is_a_problem(passage, judgement):
    found = problems_of(passage)
    assert len(found) == 1 and found[0].endswith(judgement)


def test_a_prominent_problem_right_before_its_enumerated_list_only_announces_it():
    passage = (
        "全年工作总体平稳。同时也应看到，全区医疗服务不均衡的问题仍然突出：一是儿科医生缺口较大，夜间急诊难以排班；"
        "二是村卫生室业务用房简陋，设备陈旧。"
    )
    found = problems_of(passage)
    assert found == ["儿科医生缺口较大，夜间急诊难以排班", "村卫生室业务用房简陋，设备陈旧"]


def test_without_a_list_after_it_the_prominent_problem_is_one():
    found = problems_of("同时也应看到，全区医疗服务不均衡的问题仍然突出。")
    assert len(found) == 1 and found[0].endswith("全区医疗服务不均衡的问题仍然突出")


def test_a_system_said_to_have_plain_weak_points_announces_them_and_is_no_subject():
    passage = "谈到困难，他坦言：我们的卫生服务体系存在明显短板，乡镇卫生院全科医生严重不足，村卫生室业务用房简陋。"
    found = problems_of(passage)
    assert found and not any("明显短板" in text for text in found)
    assert found[0].startswith("乡镇卫生院全科医生严重不足")


def test_a_maldistribution_said_more_exactly_in_its_list_item_is_one_problem():
    passage = (
        "但也要看到：全县优质专科资源分布不均，城乡、区域间的服务差距依然十分明显，山区群众看专科仍需长途奔波；"
        "部分乡镇卫生院检验设备老化。"
    )
    assert problems_of(passage) == [
        "全县优质专科资源分布不均，城乡、区域间的服务差距依然十分明显，山区群众看专科仍需长途奔波",
        "部分乡镇卫生院检验设备老化",
    ]


def test_a_subjectless_clause_in_a_list_item_says_more_about_the_items_judgement():
    passage = (
        "工作中还存在一些不足：远程会诊平台建设相对滞后，各医院之间检查结果共享推进缓慢；"
        "乡村医生收入偏低，队伍不稳定。"
    )
    assert problems_of(passage) == [
        "远程会诊平台建设相对滞后，各医院之间检查结果共享推进缓慢",
        "乡村医生收入偏低，队伍不稳定",
    ]


def test_clauses_of_a_list_item_judging_other_resources_stay_apart():
    # a guard: one item whose clauses judge different resources (equipment, staff) is two problems
    passage = "但也要看到：乡镇卫生院检验设备老化，全科医生数量明显不足；村卫生室业务用房简陋。"
    assert problems_of(passage) == ["乡镇卫生院检验设备老化", "全科医生数量明显不足", "村卫生室业务用房简陋"]


def test_the_same_list_under_a_problems_heading_gives_the_same_problems():
    # metamorphic: the list of the test above, as the body of a problems section
    passage = (
        "二、存在的问题\n远程会诊平台建设相对滞后，各医院之间检查结果共享推进缓慢；"
        "乡村医生收入偏低，队伍不稳定。\n三、下一步打算\n加强乡村医生培训。"
    )
    assert problems_of(passage) == [
        "远程会诊平台建设相对滞后，各医院之间检查结果共享推进缓慢",
        "乡村医生收入偏低，队伍不稳定",
    ]


def test_weak_points_said_in_general_then_named_in_the_same_item_are_one_problem():
    passage = (
        "但也要看到：全县院前急救体系建设还有弱项，县级急救中心危重病人转运能力不足；"
        "乡村医生收入偏低，队伍不稳定。"
    )
    assert problems_of(passage) == [
        "全县院前急救体系建设还有弱项，县级急救中心危重病人转运能力不足",
        "乡村医生收入偏低，队伍不稳定",
    ]


@pytest.mark.parametrize("item", ["（三）乡村医生队伍仍是薄弱环节。", "（三）村级卫生室管理成为薄弱环节。",
                                  "（三）健康教育是工作中的不足之处。"])
def test_an_item_saying_something_is_a_weak_point_is_a_problem_not_a_heading(item):
    passage = ("二、存在的问题\n（一）中心卫生院业务用房面积不足；\n（二）部分职工工作积极性不高；\n"
               f"{item}\n三、下一步工作\n继续推进基层卫生综合改革。\n")
    found = problems_of(passage)
    assert len(found) == 3 and found[2] in item


@pytest.mark.parametrize("heading", ["二、存在的薄弱环节", "二、工作中的不足之处", "二、主要薄弱环节"])
def test_a_heading_naming_the_weak_points_opens_a_problems_section(heading):
    passage = f"{heading}\n（一）中心卫生院业务用房面积不足；\n（二）部分职工工作积极性不高。\n三、下一步工作\n继续推进。\n"
    assert problems_of(passage) == ["中心卫生院业务用房面积不足", "部分职工工作积极性不高"]


@pytest.mark.parametrize("passage, judgement", [
    ("今年全县手足口病报告病例较上年减少，但传染病防控压力依然较大。", "传染病防控压力依然较大"),
    ("全县流动人口多，输入性疟疾风险仍然较高。", "输入性疟疾风险仍然较高"),
])
def test_a_pressure_or_risk_said_to_stay_great_is_a_problem(passage, judgement):
    found = problems_of(passage)
    assert len(found) == 1 and found[0].endswith(judgement)


def test_a_cause_clause_listing_its_reasons_stays_with_the_judgement():
    # 受A、B影响，… : the reasons (themselves judged) are the cause of the judgement, one problem
    found = problems_of("2031年，全区报告乙类传染病发病率为201.3/10万。受外来务工人员多、流动性大影响，结核病防控压力仍然很大。")
    assert found == ["受外来务工人员多、流动性大影响，结核病防控压力仍然很大"]
