"""Problems of kinds the open sets showed in round 31 (holdout98 opened, holdout104-107 measured blind), grouped by
cause, on sentences WRITTEN FOR THESE TESTS (no text from eval/written or data/raw).

A plan reads 不足 and 紧张 as what is to be strengthened, unless a judgement is admitted: after a contrast, with 仍/尚/还,
or (new here) after a call to see what is wanting (同时也要看到, 我们也清醒地认识到, 应当看到) or a bare 当前, which turn
to the judgements after them as a contrast does.  The work said to be hard to complete, or to face difficulties
(完成这些任务的难度依然较大, 完成全年目标面临…等困难), judges what stands in its way: 完成 opens no report of work done there.
The counties round a city (郊县) are a place left short, where an uneven spread of resources bites.
"""
from __future__ import annotations

import pytest

from test_problems_holdout14 import plan_problems_of
from test_problems_round20 import problems_of

PLAN = ("某县卫生局2032年工作计划\n一、加强疾病防控\n全面落实免疫规划，做好传染病监测。\n"
        "二、推进基层建设\n新建村卫生室12所。")


# A call to see what is wanting, or a bare "now", in a plan.

@pytest.mark.parametrize("sentence, judgements", [
    ("同时也要看到，县里财力紧张，乡镇卫生院人手紧张。", ["县里财力紧张", "乡镇卫生院人手紧张"]),
    ("应当看到，县里财力紧张，防疫站业务用房不足。", ["县里财力紧张", "防疫站业务用房不足"]),
    ("当前，乡村医生老化问题仍然突出，各乡镇要高度重视。", ["当前，乡村医生老化问题仍然突出"]),
])
def test_a_call_to_see_or_a_bare_now_admits_the_judgements_after_it_in_a_plan(sentence, judgements):
    assert plan_problems_of(PLAN + sentence + "\n") == judgements


def test_a_reporter_who_saw_something_calls_to_nothing_in_a_plan():
    assert plan_problems_of(PLAN + "记者看到，新建的卫生室设备不足。\n") == []


def test_the_plan_tasks_alone_admit_nothing():
    assert plan_problems_of(PLAN + "县里安排经费不足部分由乡镇补齐。\n") == []


# The work said to be hard to complete.

def test_tasks_said_hard_to_complete_are_a_problem_in_a_plan():
    got = plan_problems_of(PLAN + "同时要看到，受经费所限，完成这些任务的难度依然较大。\n")
    assert got == ["受经费所限，完成这些任务的难度依然较大"]


def test_tasks_said_to_face_difficulties_are_a_problem_in_a_plan():
    got = plan_problems_of(PLAN + "我们也清醒地认识到，完成全年目标面临人手紧张、经费不足等现实困难，需要各方支持。\n")
    assert got and got[0].startswith("完成全年目标面临人手紧张") and "经费不足" in "".join(got)


def test_completing_a_task_is_still_work_done():
    assert problems_of("全年完成村卫生室改造任务，新增床位40张。") == []


# The counties round a city.

def test_the_counties_round_a_city_are_where_an_uneven_spread_bites():
    assert problems_of("资源配置不均衡，专家集中在市区，郊县医院服务能力偏弱。\n") == [
        "资源配置不均衡，专家集中在市区，郊县医院服务能力偏弱"]


# A risk said plainly to grow, or high or great in one word.

@pytest.mark.parametrize("passage, judgement", [
    ("全年门诊量增长。但受登革热影响，输入风险明显增加。", "输入风险明显增加"),
    ("全年门诊量增长。口岸城市客流量大，疟疾输入风险高；严格落实入境筛查。", "疟疾输入风险高"),
    ("全年派出巡回医疗队8支。山区病人转诊路途远、风险大。", "风险大"),
])
def test_a_judgement_in_these_words_is_a_problem(passage, judgement):
    found = problems_of(passage)
    assert len(found) == 1 and judgement in found[0], found


@pytest.mark.parametrize("passage", [
    "全年门诊量增长，患者外转风险明显下降。",
    "全年门诊量增长，高风险人群筛查率高于全省。",
    "全年门诊量增长，感染风险高于普通人群的医务人员全部接种。",
])
def test_a_risk_falling_compared_or_named_is_no_problem(passage):
    assert problems_of(passage) == []


# A heading on a page of narrow lines, and a call on the units after the problems.

def test_a_heading_on_a_page_of_narrow_lines_is_not_joined_to_the_text_after_it():
    # the 、 of 四、 marks the heading, not prose cut by the page width: the line after it opens a paragraph of its own
    passage = ("三、公共卫生工作扎实推进\n全年完成儿童免疫接种3.2万剂次，\n接种率保持在95%以上，完成孕产\n"
               "妇系统管理1.1万人，住院分娩率达\n到98.6%，婴儿死亡率降至6.1‰，\n全年新建村卫生室12所，培训乡村\n"
               "医生400人次，未发生重大疫情。\n四、卫生监督执法力度加大\n围绕群众反映强烈的突出问题，我们坚\n"
               "持日常监督与专项整治相结合，查处\n非法行医案件31起。\n")
    assert problems_of(passage) == []


def test_a_call_on_the_units_named_with_their_levels_ends_the_problems():
    passage = "三、存在问题\n县乡两级护理人员缺编；部分卫生院没有发热门诊。各县（市、区）要正视差距，采取有力措施加以解决。\n"
    assert problems_of(passage) == ["县乡两级护理人员缺编", "部分卫生院没有发热门诊"]


# A page printed on one line: a heading glued to its first problem, the report's date run on after the last one.

def test_a_heading_naming_the_weak_points_glued_to_its_first_problem_is_cut_after_its_words():
    page = ("某县卫生局2031年工作总结。一、主要成绩。全年新建村卫生室12所，培训乡村医生300人次，全县孕产妇系统管理率"
            "达到91.2%，儿童免疫规划疫苗接种率保持在95%以上。二、需要重视的薄弱环节县里护士缺编；部分卫生院没有发热门诊。"
            "三、下步打算。加强人才引进。\n")
    assert problems_of(page) == ["县里护士缺编", "部分卫生院没有发热门诊"]


def test_a_task_on_weak_points_glued_to_its_text_is_no_problems_heading():
    from healthdata.extract.problems.headings import problem_heading_end
    assert problem_heading_end("二、加强薄弱环节建设全年新建村卫生室8所，") is None


def test_the_needy_helped_are_no_problems_heading():
    from healthdata.extract.problems.headings import is_problem_heading
    assert not is_problem_heading("二、困难群众医疗救助")
    assert is_problem_heading("二、困难和问题")


def test_the_reports_date_run_on_after_the_last_problem_is_no_part_of_it():
    passage = "全年新建村卫生室12所。存在的问题：一是乡镇卫生院设备陈旧；二是非法行医屡禁不止。二○三一年一月\n"
    assert problems_of(passage) == ["乡镇卫生院设备陈旧", "非法行医屡禁不止"]


# Bullets opening the items of a list.

def test_each_bulleted_item_is_one_problem_without_its_bullet():
    passage = ("二、存在问题\n▶ 乡镇卫生院护士缺编较多，部分科室只能由医生兼任护理工作；\n"
               "▶ 县级医院信息系统与医保平台尚未对接，群众结算还要排队。\n三、下步打算\n加强管理。\n")
    assert problems_of(passage) == ["乡镇卫生院护士缺编较多，部分科室只能由医生兼任护理工作",
                                    "县级医院信息系统与医保平台尚未对接，群众结算还要排队"]
