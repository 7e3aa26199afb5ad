"""Problems of kinds the open sets showed in round 28 (holdout83 opened, holdout89-92 measured blind, and the weaker
older sets), grouped by cause, on sentences WRITTEN FOR THESE TESTS (no text from eval/written or data/raw).

Judgements without a problem word of the usual kind: a capacity, condition or qualification said to be lacking (不具备…
能力), a malpractice said to come back now and then (时有反弹), and the coverage of a service said to fall
(建册率…下降), in a problems section or after a contrast.  A difficulty that happened for a
spell of the period reported (一度出现…的情况) is the report's own, not a former one since solved.  A hardship of the
terrain before a judgement (山高路远) stays with it however many clauses stand between.  Look-alikes: people in hardship
named as those aided (低保户等困难群体), and items of a problems-and-measures section titled by a difficulty to be solved
or a risk to be warded off, the target after it ((一)着力解决…的问题,全年招聘…).  A short item judging the measures it
names ((一)引进措施落实不够,…) is a problem, not a plans heading.
"""
from __future__ import annotations

import pytest

from healthdata.extract.problems.headings import is_plan_heading
from healthdata.textnorm import matching_text
from test_problems_round20 import problems_of  # (the problems found in a passage read as a whole report)


# Judgements without a problem word of the usual kind.

@pytest.mark.parametrize("sentence", [
    "北部三个乡的卫生院目前基本不具备现场流调和快速检测能力。",
    "县妇幼保健院尚不具备开展新生儿遗传代谢病筛查的条件。",
    "部分民营诊所不具有开展静脉输液的资质。",
])
def test_a_capacity_or_condition_lacking_is_a_problem(sentence):
    passage = "全年完成体检1.2万人次。" + sentence
    assert problems_of(passage) == [sentence.rstrip("。")]


def test_those_without_the_condition_named_as_the_ones_acted_on_are_no_problem():
    passage = "全年完成体检1.2万人次。不具备条件的村卫生室，由乡镇卫生院派人代为开展随访。"
    assert problems_of(passage) == []


def test_a_malpractice_coming_back_now_and_then_is_a_problem():
    passage = "全年查处非法行医案件9起。城郊村“游医”、无证诊所时有反弹。"
    assert problems_of(passage) == ["城郊村“游医”、无证诊所时有反弹"]


def test_guarding_against_a_rebound_is_no_problem():
    passage = "全年落实“外防输入、内防反弹”各项措施，全县未出现规模性反弹，防止反弹的工作扎实有效。"
    assert problems_of(passage) == []


def test_falling_coverage_and_irregular_checkups_are_problems_in_a_problems_section():
    passage = ("三、存在问题\n受暴雨影响，部分孕妇产检不规律，早孕建册率较上年有所下降；"
               "儿童保健门诊医生缺编3人。\n")
    got = problems_of(passage)
    assert "".join(got).count("产检不规律") == 1 and any("建册率较上年有所下降" in p for p in got)
    assert got[-1] == "儿童保健门诊医生缺编3人"


def test_a_harm_rate_falling_is_no_problem():
    passage = "全年结核病新发病例检出率下降，孕产妇死亡率下降到9.6/10万。"
    assert problems_of(passage) == []


# A difficulty of a spell of the period reported.

def test_a_difficulty_that_happened_for_a_spell_is_a_problem():
    passage = ("全年接诊发热病人2.1万人次。流感高峰期间，部分社区卫生服务中心一度出现退热药品缺货的情况，"
               "药品储备不足的问题暴露明显。")
    got = problems_of(passage)
    assert len(got) == 1 and got[0].endswith("药品储备不足的问题暴露明显")
    assert "一度出现退热药品缺货" in got[0]


def test_a_difficulty_that_was_one_once_is_still_solved():
    passage = "业务用房狭小曾是困扰卫生院多年的难题，今年新住院楼投入使用后得到解决。"
    assert problems_of(passage) == []


# A hardship of the terrain before a judgement.

def test_a_hardship_of_the_terrain_stays_with_the_judgement_after_several_clauses():
    passage = "全年住院分娩3 200人。北部甲、乙等乡山高路远，交通不便，部分村民仍在家分娩，住院分娩率偏低。"
    assert problems_of(passage) == ["北部甲、乙等乡山高路远，交通不便，部分村民仍在家分娩，住院分娩率偏低"]


def test_where_the_place_lies_is_no_hardship_that_joins_from_afar():
    passage = "全年住院分娩3 200人。我县地处丘陵，青壮年持续外出务工，留守老人占比达31%，慢病随访压力较大。"
    got = problems_of(passage)
    assert len(got) == 1 and not got[0].startswith("我县地处丘陵")


# Look-alikes.

def test_people_in_hardship_named_as_those_aided_are_no_problem():
    passage = "全年筹集基金4 800万元。特困供养人员、低保户等困难群体0.9万人的个人缴费由民政部门全额代缴，参合农民中65岁以上老年人占19.2%。"
    assert problems_of(passage) == []


def test_items_titled_by_a_difficulty_to_be_solved_with_their_target_are_measures():
    passage = ("某市卫生局2018年工作要点\n一、存在问题及工作措施\n"
               "（一）着力解决乡镇卫生院护士引进难的问题，全年招聘护理专业毕业生120名。\n"
               "（二）防范化解医患矛盾风险，医疗纠纷调解成功率保持在80%以上。\n二、主要指标\n全年门诊量增长5%。\n")
    assert problems_of(passage) == []


def test_items_opening_on_a_task_verb_that_judge_are_problems():
    passage = ("二、存在的问题\n（一）着力解决人才问题的措施落实不够，全年仅招聘12人。\n"
               "（二）防范化解风险能力不足，应急预案不健全。\n三、下步打算\n（一）加强人才引进，全年招聘20人。\n")
    assert problems_of(passage) == ["着力解决人才问题的措施落实不够，全年仅招聘12人", "防范化解风险能力不足，应急预案不健全"]


def test_a_short_item_judging_the_measures_it_names_is_no_plans_heading():
    assert not is_plan_heading(matching_text("（一）人才引进措施落实不够，全年仅招聘12人"))
    assert is_plan_heading(matching_text("（二）下一步工作措施"))
    assert is_plan_heading(matching_text("四、对策建议"))


@pytest.mark.parametrize("sentence, problem", [
    ("东部牧区结核病人治疗依从性不高，中途停药的情况较多。", "东部牧区结核病人治疗依从性不高"),
])
def test_plain_judgements_in_a_yearbook_entry(sentence, problem):
    # a yearbook entry states its judgements without a contrast: poor adherence words a shortcoming on its own
    got = problems_of("全年治愈病人310例。" + sentence)
    assert got and got[0].startswith(problem)


def test_a_problem_renewed_by_a_purse_named_after_yi_is_solved():
    passage = "全年无孕产妇死亡。原县妇幼保健院彩超机老化的问题，今年已由县财政安排资金45万元更新到位。"
    assert problems_of(passage) == []


def test_a_problem_to_be_renewed_is_still_a_problem():
    passage = "全年无孕产妇死亡。县妇幼保健院彩超机老化的问题比较突出，需要县财政安排资金更新。"
    assert problems_of(passage) == ["县妇幼保健院彩超机老化的问题比较突出"]


def test_the_cost_per_patient_rising_is_a_problem_in_a_list_of_judgements():
    passage = ("全年住院1.2万人次。县外转诊住院人次同比增加20.1%，基金外流明显；个别定点卫生院存在挂床住院现象，"
               "甲镇卫生院次均住院费用同比上涨16.4%。")
    assert problems_of(passage)[-1] == "甲镇卫生院次均住院费用同比上涨16.4%"


def test_a_cost_rise_kept_in_bounds_is_no_problem():
    assert problems_of("全年住院1.2万人次，门诊次均费用同比增长1.9%，低于控制目标。") == []


@pytest.mark.parametrize("sentence", [
    "从面临的形势看，今年全省卫生健康工作任务依然繁重。",
    "全年目标任务完成仍有压力。",
])
def test_the_tasks_of_the_work_as_a_whole_judged_heavy_are_no_problem(sentence):
    assert problems_of("全年门诊量增长5%，住院量增长3%。" + sentence) == []


def test_the_task_of_one_line_of_work_judged_heavy_is_a_problem():
    assert problems_of("全年门诊量增长5%。但慢性病防控任务繁重，高血压患病率达到26%。") == [
        "但慢性病防控任务繁重，高血压患病率达到26%"]
