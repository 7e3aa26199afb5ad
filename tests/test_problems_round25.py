"""Problems of kinds the sets open in round 25 (holdout68, holdout74-77 and the weaker older sets) showed missed or
taken from text that states none, on sentences WRITTEN FOR THESE TESTS (no text from eval/written or data/raw).

Detection: a mechanism of solving judged unsound (纠纷调处化解机制不健全); the weak points faced, naming none, announce
the list after them, in a plan too (仍面临一些短板:…); a named subject said to have weak points is a judgement
(…转运能力存在短板); the problems part of a Taiwan report under its usual names (待改进事项, 检讨与困难) and its
capital-numeral parts (壹、贰、参、 above its 一、 items).
Not problems: weak points not named before the clause announcing where they show (…还有一些薄弱点,集中表现在:); a unit
acting on problems (区卫监所紧盯…的突出问题); the frame a report sets before its problems, owning weak points in general
against a reference (但对照…,仍有不少短板。) or a gap with the clause announcing its parts (…还有差距,主要是:).
"""
from __future__ import annotations

import pytest

from healthdata.extract.problems.clauses import judgements_in
from healthdata.extract.problems.judgement import is_general_gap, reports_solving
from healthdata.textnorm import matching_text
from test_problems_round20 import problems_of  # (the problems found in a passage read as a whole report)


def judgements(sentence: str, strict: bool) -> list[str]:
    text = matching_text(sentence)
    end = len(text.rstrip("。"))
    return [text[s:e] for s, e in judgements_in(text, (0, end), strict=strict)]


@pytest.mark.parametrize("strict", [False, True])
def test_weak_points_faced_announce_their_list_in_a_plan_too(strict):
    found = judgements("当前，全市疾控工作仍面临一些短板：实验室检测能力不足，人员年龄结构老化；部分乡镇预防接种门诊设施简陋。",
                       strict)
    assert not any("短板" in f for f in found), found
    assert "实验室检测能力不足" in found[0] and found[-1] == "部分乡镇预防接种门诊设施简陋", found


def test_a_named_subject_with_weak_points_is_a_judgement_in_a_list():
    found = problems_of("同时也要看到，我市仍面临不少困难：村卫生室人员流失较多；基层急救转运能力存在短板；药品供应保障不够稳定。\n")
    assert any("基层急救转运能力存在短板" in f for f in found), found
    assert len(found) == 3, found


def test_weak_points_owned_in_general_still_announce_the_list():
    found = problems_of("但工作中还存在一些短板：乡镇卫生院设备陈旧；村医队伍老化，后继乏人。\n")
    assert not any("存在一些短板" in f for f in found), found
    assert len(found) == 2, found


def test_review_and_difficulties_part_of_a_taiwan_report():
    passage = ("壹、本年度工作成果\n一、辦理成人健檢820人次。\n"
               "貳、檢討與困難\n一、本站護理人員僅3名，人力不足。\n二、轄區獨居長者增加，居家訪視量大增。\n"
               "參、明年度工作計畫\n一、辦理篩檢500人次。\n")
    found = problems_of(passage)
    assert len(found) == 2, found
    assert "人力不足" in found[0] and "訪視量大增" in found[1], found


def test_matters_still_to_be_improved_are_a_problems_part():
    found = problems_of("二、業務推動\n辦理衛教講座12場。\n三、待改進事項\n1.衛生室冷藏設備老舊。\n2.社區衛教場次偏少。\n")
    assert len(found) == 2, found
    assert "冷藏設備老舊" in found[0] and "場次偏少" in found[1], found


def test_waiting_to_be_done_is_no_solving():
    assert not reports_solving(matching_text("仍待改善"))
    assert reports_solving(matching_text("全面改善了就医环境"))
    assert reports_solving(matching_text("接待改善后的窗口已投入使用"))


@pytest.mark.parametrize("sentence", [
    "一年来工作取得了一定成效，但对照上级要求和群众期盼，仍有不少短板。",
    "全年虽然取得了一些成绩，但离群众期望还有差距，主要是：",
])
def test_frames_of_the_problems_are_general_gaps(sentence):
    assert is_general_gap(matching_text(sentence))


def test_a_gap_of_a_named_subject_is_no_frame():
    assert not is_general_gap(matching_text("乡镇卫生院服务能力与群众需求相比仍有不少短板"))


def test_frame_before_the_problems_is_no_problem():
    passage = ("一年来工作取得了一定成效，但对照上级要求和群众期盼，仍有不少短板。\n"
               "（一）镇卫生院业务用房紧张。门诊楼面积仅800平方米。\n（二）村医队伍老化。\n")
    found = problems_of(passage)
    assert not any("短板" in f for f in found), found
    assert any("业务用房紧张" in f for f in found) and any("村医队伍老化" in f for f in found), found
    passage = ("今年全镇门诊量增长一成。全年虽然取得了一些成绩，但离群众期望还有差距，主要是：\n一是乡镇卫生院人员编制不足；\n二是合作医疗报销手续繁琐。\n")
    found = problems_of(passage)
    assert not any("差距" in f for f in found), found
    assert len(found) == 2, found


def test_a_unit_acting_on_problems_states_none():
    found = problems_of("今年以来，区卫监所紧盯群众反映强烈的突出问题，查处无证行医12起。但乡镇卫生院监管还不到位，执法车辆短缺。\n")
    assert not any("紧盯" in f for f in found), found
    assert any("监管还不到位" in f for f in found), found


def test_weak_points_not_named_then_where_they_show_announce_the_list():
    found = problems_of("去年共调解医疗纠纷36起。但对照上级要求，医疗安全工作还有一些薄弱点，集中表现在：部分医院安检设施缺失；"
                        "医患纠纷调处机制不健全，个别投诉处理不及时；夜间保安力量不足。\n")
    assert not any("薄弱点" in f for f in found), found
    assert found[0] == "部分医院安检设施缺失" and found[-1] == "夜间保安力量不足", found
    assert any("调处机制不健全" in f for f in found), found


@pytest.mark.parametrize("clause, solving", [
    ("医患纠纷调处化解机制不健全", False),
    ("隐患排查整改制度还不完善", False),
    ("今年健全了医疗纠纷化解机制", True),
])
def test_a_solving_word_naming_a_mechanism_judged_unsound(clause, solving):
    assert reports_solving(matching_text(clause)) is solving


def test_a_caption_between_dashes_is_no_item():
    found = problems_of("四、存在问题\n镇卫生院缺少儿科医生；村卫生室药品配备不全。\n—— 网友评论 ——\n1楼：写得很好，学习了。\n")
    assert found == ["镇卫生院缺少儿科医生", "村卫生室药品配备不全"], found
    found = problems_of("规划期内面临的主要问题：\n——基层人才总量不足。乡镇卫生院缺编120人。\n——信息化建设滞后。\n")
    assert len(found) == 2 and "信息化建设滞后" in found[1], found


def test_what_waits_to_be_improved_stays_with_the_items_judgement():
    found = problems_of("三、存在问题\n一是部分村卫生室设备陈旧，服务能力有待提升；二是农村妇女健康意识淡薄，两癌筛查知晓率仍有待提高。\n")
    assert found == ["部分村卫生室设备陈旧，服务能力有待提升", "农村妇女健康意识淡薄，两癌筛查知晓率仍有待提高"], found


def test_what_the_listed_problems_will_get_ends_them():
    found = problems_of("四、存在问题\n一是乡镇卫生院人员不足；二是村医收入偏低，队伍不稳定。对这些问题，我们将在明年认真研究解决。\n")
    assert len(found) == 2 and found[-1].endswith("队伍不稳定"), found


def test_a_caption_between_dashes_run_on_after_the_last_problem_ends_the_problems():
    found = problems_of("四、存在问题 镇卫生院缺少儿科医生；村卫生室药品配备不全。—— 网友评论 ——1楼：写得很好，学习了。\n")
    assert found == ["镇卫生院缺少儿科医生", "村卫生室药品配备不全"], found
