"""Problems of kinds the open sets showed in round 30 (holdout93 opened, holdout99-102 measured blind, and the older
sets), grouped by cause, on sentences WRITTEN FOR THESE TESTS (no text from eval/written or data/raw).

Complaints said to go on being heard (仍有反映, 时有投诉) word a shortcoming wherever they are said, and after a judgement
they show how it bites (one problem with it).  A standard or requirement said to be left unmet right after a judgement
(…面积不足40平方米,达不到建设标准) is what the judgement leads to.  In a problems section whose paragraphs each give a
problem and then its measures (…。对策:…), the measures end only their paragraph: the next paragraph wording a shortcoming
is the next problem, as the next item of a numbered list is.  A subject said to be the tough bone (仍是…的“硬骨头”) is
said to be the hard problem; gnawing at it (啃下“硬骨头”) is work done.  A tally of items by how far they have got
(进展顺利的8项,进度滞后的3项) reports where they stand: the lagging ones counted after those on track are no problem.
"""
from __future__ import annotations

from test_problems_round20 import problems_of  # (the problems found in a passage read as a whole report)


# Complaints still heard.

def test_complaints_still_heard_are_a_problem_in_running_text():
    passage = "全年门诊量增长8%。群众对夜间门诊的安排仍有反映。"
    assert problems_of(passage) == ["群众对夜间门诊的安排仍有反映"]


def test_complaints_now_and_then_are_a_problem():
    passage = "全年办结信访件40件。基层单位索要礼金的情况时有投诉。"
    assert problems_of(passage) == ["基层单位索要礼金的情况时有投诉"]


def test_complaints_after_a_judgement_show_how_it_bites_in_one_item():
    passage = ("二、存在问题\n一是村医待遇偏低，队伍不稳；二是作风建设仍需加强，病人对乱收费仍有反映；"
               "三是设备老化。\n三、下步打算\n加强管理。\n")
    got = problems_of(passage)
    assert "作风建设仍需加强，病人对乱收费仍有反映" in got
    assert len(got) == 3


def test_a_complaints_channel_is_no_problem():
    passage = "全年开通投诉电话，群众有投诉渠道，满意率达到95%。"
    assert problems_of(passage) == []


# A standard left unmet after a judgement.

def test_a_standard_left_unmet_is_what_the_judgement_leads_to():
    passage = "全年新建站点5个。但部分站点诊室面积不足40平方米，达不到建设标准。"
    assert problems_of(passage) == ["但部分站点诊室面积不足40平方米，达不到建设标准"]


def test_a_requirement_left_unmet_stays_with_its_judgement_in_a_problems_section():
    passage = ("三、存在的问题\n一是人员不足。二是设备陈旧。\n"
               "此外，少数卫生室消毒设施简陋，不符合院感防控规范要求；村医培训不足。\n四、工作打算\n做好培训。\n")
    got = problems_of(passage)
    assert "此外，少数卫生室消毒设施简陋，不符合院感防控规范要求" in got
    assert "村医培训不足" in got


# Paragraphs each answered by their measures.

def test_paragraphs_each_answered_by_their_measures_each_give_a_problem():
    passage = ("全年完成任务。\n问题与对策\n乡镇护士配备不足。对策：定向招聘护士20名。\n"
               "村卫生室药品配备不全。对策：扩大目录。\n部分站点冷链设备老化。对策：更新冰箱。\n")
    assert problems_of(passage) == ["乡镇护士配备不足", "村卫生室药品配备不全", "部分站点冷链设备老化"]


def test_after_an_answered_paragraph_a_paragraph_wording_no_shortcoming_ends_the_problems():
    passage = ("全年完成任务。\n二、存在问题\n乡镇护士配备不足。对策：定向招聘护士20名。\n"
               "全年接种疫苗10万剂次。\n部分站点冷链设备老化。\n")
    assert problems_of(passage) == ["乡镇护士配备不足"]


# A tough bone.

def test_a_subject_said_to_be_the_tough_bone_is_a_problem_and_gnawing_at_it_is_none():
    passage = "全年完成任务。当前还面临不少困难：人才不足；慢病随访仍是基层工作的“硬骨头”；设备老化。"
    assert "慢病随访仍是基层工作的“硬骨头”" in problems_of(passage)
    assert problems_of("全年啃下“硬骨头”，完成卫生院改造。") == []


# Who came to see it.

def test_who_came_to_see_the_problem_is_no_part_of_it():
    passage = "全年完成任务。同时，我们清醒地认识到，村医队伍老化，后继乏人。"
    assert problems_of(passage) == ["村医队伍老化，后继乏人"]


# A tally of items by how far they have got.

def test_the_lagging_items_of_a_tally_are_no_problem():
    assert problems_of("规划确定的20项指标中，已完成的9项，进展顺利的8项，进度滞后的3项，总体完成率80%。") == []
    assert problems_of("全年重点项目中，6项已完成，4项进展顺利，2项进展滞后。") == []


def test_lagging_items_counted_on_their_own_are_a_problem():
    assert problems_of("全年完成任务。但全年重点项目中，进度滞后的3项。") == ["但全年重点项目中，进度滞后的3项"]
