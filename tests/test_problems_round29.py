"""Problems of kinds the open sets showed in round 29 (holdout88 opened, holdout94-97 measured blind, and the older
sets), grouped by cause, on sentences WRITTEN FOR THESE TESTS (no text from eval/written or data/raw).

A shortcoming said to go on still right after what was done about it (查处…,…仍然时有反弹) is a judgement of its own, as
after a contrast.  The frame of a problems section that owns a gap of the whole undertaking and announces the list
(…相比仍有一定差距,具体表现在:) is no problem: its items are.  A list of the work done, announced as its aspects
(抓了以下几方面的工作:一是…补齐…短板), is no list of problems.  An enumerated item whose sentences all say more about
the subject its title judges is one problem.  Judgements without a problem word of the usual kind: staff who left,
counted (已有4人离职); systems not opened up to one another (没有打通); records kept incompletely (登记不全);
few staff and the load they carry (只有18名,
承担着…任务) are one shortfall.  In a plan, the problems found before, named as what is to be put right before their
colon (督查发现的问题要限期整改:…), are listed after it.
"""
from __future__ import annotations

from healthdata.extract.problems import extract_problems
from healthdata.textnorm import matching_text
from healthdata.types import ReportText, Section


def problems_of(passage: str, sections: list[Section] = ()) -> list[str]:
    report = ReportText("t#01", "t.txt", passage, matching_text(passage), 0, len(passage), list(sections))
    return [row["text"] for row in extract_problems(report)]


# A shortcoming going on still after what was done about it.

def test_a_shortcoming_going_on_still_after_the_action_is_a_problem():
    passage = "全年查处无证诊所12家，城郊“黑诊所”依然时有反弹。"
    assert problems_of(passage) == ["城郊“黑诊所”依然时有反弹"]


def test_a_fraud_found_again_and_again_after_the_checks_is_a_problem():
    passage = "今年组织打击欺诈骗保专项检查两轮，个别诊所串换药品等问题仍然屡查屡犯。"
    assert problems_of(passage) == ["个别诊所串换药品等问题仍然屡查屡犯"]


def test_what_stays_good_after_the_action_is_no_problem():
    passage = "通过专项整治，乱收费现象得到有效遏制，群众满意度仍然较高。"
    assert problems_of(passage) == []


# The frame of a problems section announcing its list.

def test_a_gap_of_the_whole_undertaking_announcing_the_list_is_no_problem():
    passage = ("三、存在的不足\n回顾一年工作，我们也看到，全县卫生健康事业发展同人民群众的期待相比仍有一定差距，具体表现在：\n"
               "（一）乡镇卫生院医生短缺。\n（二）县医院设备陈旧，不能开展CT检查。\n")
    assert problems_of(passage) == ["乡镇卫生院医生短缺", "县医院设备陈旧，不能开展CT检查"]


# A list of the work done is no list of problems.

def test_the_aspects_of_the_work_done_are_no_problems():
    passage = ("半年来，我局着重抓了以下几个方面的工作：一是抓基础建设，补齐村卫生室短板；二是抓人才培养，弥补基层人员不足。"
               "各项工作进展顺利。")
    assert problems_of(passage) == []


def test_the_aspects_still_wanting_announce_problems():
    passage = "工作中还存在以下几个方面的不足：一是村医收入偏低；二是药品配送不及时。"
    assert problems_of(passage) == ["村医收入偏低", "药品配送不及时"]


# An enumerated item whose sentences all say more about its title's subject.

def test_an_item_whose_sentences_all_judge_its_titles_subject_is_one_problem():
    passage = ("二、存在问题\n（一）村医队伍老化。全镇村医平均年龄58岁，最大的71岁。45岁以下的村医仅有3人，后继乏人。\n"
               "（二）公共卫生经费缺口较大。\n")
    assert problems_of(passage) == ["村医队伍老化。全镇村医平均年龄58岁，最大的71岁。45岁以下的村医仅有3人，后继乏人",
                                    "公共卫生经费缺口较大"]


# Judgements without a problem word of the usual kind.

def test_staff_who_left_counted_are_a_problem():
    passage = "全年培训乡村医生300人次。今年新招聘的12名护士中已有4人离职。"
    assert problems_of(passage) == ["今年新招聘的12名护士中已有4人离职"]


def test_systems_not_opened_up_to_one_another_are_a_problem():
    passage = "院长坦言，检验结果仍不能互认；公卫系统与医院系统的数据没有打通。"
    assert problems_of(passage)[-1] == "公卫系统与医院系统的数据没有打通"


def test_records_kept_incompletely_are_a_problem_in_a_list_of_faults():
    passage = "督导中发现：部分卫生室处方书写不规范，冷链温度登记不全。"
    got = problems_of(passage)
    assert "".join(got).count("登记不全") == 1 and "处方书写不规范" in "".join(got)


def test_new_opportunities_and_challenges_are_no_problem():
    assert problems_of("我们面临新的机遇和挑战，要主动作为。") == []


def test_few_staff_and_the_load_they_carry_are_one_shortfall():
    passage = "全年监督检查覆盖率95%。但全县卫生监督员只有18名，承担着900余家单位的日常监管任务，监督频次难以保证。"
    assert problems_of(passage) == ["但全县卫生监督员只有18名，承担着900余家单位的日常监管任务，监督频次难以保证"]


# Problems found before, named in a plan as what is to be put right.

def test_problems_found_named_in_a_plan_as_what_to_put_right_are_listed_after_the_colon():
    passage = ("2021年工作计划\n一、重点工作\n1、做好预防接种。\n"
               "2、前期督查发现的问题要限期整改：部分村卫生室药品管理不规范，处方书写不全。\n")
    plans = [Section("一、重点工作", 1, "plans", passage.index("一、"), len(passage))]
    got = problems_of(passage, plans)
    assert len(got) == 1 and got[0].startswith("部分村卫生室药品管理不规范")


def test_problems_found_said_to_be_put_right_are_none():
    passage = "2021年工作计划\n一、重点工作\n1、上半年发现的问题已全部整改：院感管理进一步规范。\n"
    plans = [Section("一、重点工作", 1, "plans", passage.index("一、"), len(passage))]
    assert problems_of(passage, plans) == []


def test_staff_who_left_counted_after_a_judgement_are_its_evidence():
    passage = "全年培训人员60名，但医学毕业生不愿到基层工作，乡镇招聘的10人中有3人年内离职。"
    assert problems_of(passage) == ["但医学毕业生不愿到基层工作，乡镇招聘的10人中有3人年内离职"]


def test_a_phenomenon_let_persist_stays_with_the_judgement_of_its_list_item():
    passage = ("二、存在的问题\n甲乙两县流动儿童管理薄弱，漏种现象仍然存在；部分接种单位冷链设备老化，冰箱温度记录不全；"
               "个别乡镇接种人员未经培训即上岗。\n")
    got = problems_of(passage)
    assert got[0] == "甲乙两县流动儿童管理薄弱，漏种现象仍然存在" and got[-1] == "个别乡镇接种人员未经培训即上岗"


def test_a_phenomenon_after_a_want_of_staff_is_a_judgement_of_its_own():
    passage = "存在的困难：儿科接诊压力大；社区卫生服务中心护士缺口约120名，签约服务“签而不约”的现象还不同程度存在。"
    assert problems_of(passage)[-2:] == ["社区卫生服务中心护士缺口约120名", "签约服务“签而不约”的现象还不同程度存在"]


def test_an_item_of_sentences_each_saying_what_waits_to_be_done_gives_several():
    passage = ("二、存在问题\n（一）公立医院改革有待深化。药品采购机制有待健全。薪酬制度改革有待推进。\n"
               "（二）公共卫生经费缺口较大。\n")
    got = problems_of(passage)
    assert got[0] == "公立医院改革有待深化" and got[-1] == "公共卫生经费缺口较大" and len(got) >= 3
