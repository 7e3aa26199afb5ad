"""Problems of kinds the open sets showed in round 26 (holdout73 opened, holdout79-82 measured blind, and the weaker
older sets), grouped by cause, on sentences WRITTEN FOR THESE TESTS (no text from eval/written or data/raw).

A judgement the clause after it says its list shows (…,主要表现在:) is the frame of that list, and so are, before
the problems they announce, difficulties and challenges said to be many, our gap said to be plain and deep-seated
contradictions said to stand out.  Wordings of a shortcoming: a service still leaning on others (仍依赖, 仍须仰赖), staff
or money hard to get (罗致不易), records falsified (造假, 随访不实), residents holding back (观望态度), no money for the work
at all (无专项工作经费), pay, facilities or adherence judged poor (待遇差, 依从性差) and
schooling judged low (学历低).
"""
from __future__ import annotations

import pytest

from healthdata.extract.problems.judgement import is_lead_in
from healthdata.extract.problems.vocabulary import compiled_cues
from healthdata.textnorm import matching_text
from test_problems_round20 import problems_of  # (the problems found in a passage read as a whole report)


# Frames before the problems they announce.

def test_a_judgement_whose_list_the_next_clause_announces_is_no_problem_of_its_own():
    passage = ("全年处置突发事件9起。当前院前急救工作还比较薄弱，主要表现在：急救站点布局不合理；"
               "急救车辆车况较差。")
    assert problems_of(passage) == ["急救站点布局不合理", "急救车辆车况较差"]


def test_a_gap_in_general_before_its_announced_list_under_a_heading_is_no_problem():
    page = ("在看到成绩的同时，我们也要看到，全区妇幼健康工作与群众的期待相比还有一定差距，主要表现在：\n"
            "二、存在的问题\n（一）产科床位紧张。\n")
    assert problems_of(page) == ["产科床位紧张"]


def test_a_specific_judgement_without_the_announcing_clause_stays_a_problem():
    # a guard: without 主要表现在 the weak work is judged on its own
    passage = "全年处置突发事件9起。但院前急救工作还比较薄弱，急救车辆车况较差。"
    assert problems_of(passage) != []


def test_difficulties_and_challenges_still_many_announce_the_items():
    page = ("一、面临的形势\n过去一年，全县卫生健康工作稳中有进，但困难和挑战仍然不少：一是县医院重症床位不足；"
            "二是乡村医生后继乏人。\n二、主要目标\n全县家庭医生签约率稳定在70%以上。\n")
    assert problems_of(page) == ["县医院重症床位不足", "乡村医生后继乏人"]


def test_our_gap_said_to_be_plain_announces_the_items_after_it():
    passage = ("问：医改的效果怎么样？\n答：群众负担有所减轻。但也要看到，我们的差距还很明显。第一，乡镇卫生院留不住人，"
               "本科学历的只占一成；第二，县级医院补偿机制还没有理顺。\n")
    assert problems_of(passage) == ["乡镇卫生院留不住人，本科学历的只占一成", "县级医院补偿机制还没有理顺"]


def test_deep_seated_contradictions_said_to_stand_out_announce_the_sentences_after_them():
    passage = ("今年各项指标全面完成。必须看到，全市卫生事业发展中的深层次矛盾依然比较突出。县级医院专科人才匮乏，"
               "重症患者外转较多。\n")
    assert problems_of(passage) == ["县级医院专科人才匮乏，重症患者外转较多"]


@pytest.mark.parametrize("sentence", [
    "但困难与挑战还有很多",
    "应当看到,一些深层次矛盾仍然十分突出",
    "坦率地说,我们的短板也比较明显",
])
def test_general_frames_are_lead_ins(sentence):
    assert is_lead_in(sentence)


@pytest.mark.parametrize("sentence", [
    "基层卫生人才短缺的问题仍然比较突出",  # a named matter stands out: a problem
    "全区妇幼保健机构业务用房困难和资金缺口仍然不少",  # named resources: no frame
])
def test_named_matters_are_no_frames(sentence):
    assert not is_lead_in(sentence)


# Wordings of a shortcoming.

@pytest.mark.parametrize("clause", [
    "县域内肿瘤患者放疗仍依赖省城医院",
    "儿科、麻醉科仍须仰赖上级医院派员支援",
    "山区卫生院全科医生罗致不易",
    "个别卫生院随访记录不实",
    "少数村卫生室健康档案资料造假",
    "部分居民对家庭医生签约仍持观望态度",
    "乡镇计生办无专项工作经费",
    "村级防保员待遇差",
    "牧区肺结核病人服药依从性差",
    "村医学历低",
])
def test_wordings_of_a_shortcoming(clause):
    assert compiled_cues().weak.found(matching_text(clause))


@pytest.mark.parametrize("clause", [
    "今天的成绩来之不易",  # a result hard-won is no shortcoming
    "主要依靠财政投入建设",  # how a building is paid for, not a service still leaning on others
    "我们认真核实了群众反映的情况",
])
def test_look_alikes_that_word_no_shortcoming(clause):
    assert not compiled_cues().weak.found(matching_text(clause))


def test_a_service_still_leaning_on_others_is_a_problem_after_a_contrast():
    passage = "全年门诊量增长12%。但急危重症救治仍依赖市级医院。"
    assert problems_of(passage) == ["但急危重症救治仍依赖市级医院"]


def test_residents_holding_back_say_more_about_the_awareness_judged_before():
    page = "四、存在问题\n参合农民对新制度认识还不到位，部分群众持观望态度；经办机构人员不足。\n"
    assert problems_of(page) == ["参合农民对新制度认识还不到位，部分群众持观望态度", "经办机构人员不足"]


# Results announced, no problems.

def test_where_the_results_show_announces_no_problems():
    page = ("一、工作回顾\n过去一年，全市卫生系统攻坚克难，各项工作取得新进展。主要体现在以下几个方面：\n"
            "一是分级诊疗稳步推进。全年新建医联体6个。\n二是公共卫生服务水平稳步提高。\n")
    assert problems_of(page) == []


def test_where_a_judged_weakness_shows_still_announces_the_problems():
    # a guard: after a judgement (or a contrast) the list names the problems
    page = "过去一年，工作有进展。但基层服务能力还比较弱。主要表现在以下几个方面：\n一是村医老化。\n二是设备陈旧。\n"
    assert problems_of(page)[-2:] == ["村医老化", "设备陈旧"]


# A problem reported put right.

@pytest.mark.parametrize("passage", [
    "全年新建卫生院6所。前年群众反映集中的村卫生室B超机老化问题，今年已通过市级项目全部更换到位。\n",
    "全年补偿3.2万人次。上半年基金出现超支的两个乡镇，经调整起付线后已恢复收支平衡。\n",
])
def test_a_problem_reported_put_right_is_no_problem(passage):
    assert problems_of(passage) == []


def test_a_judgement_that_goes_on_is_no_problem_put_right():
    # a guard: what the judgement has already done to the work is no remedy
    assert problems_of("全年补偿3.2万人次。但部分乡镇卫生院设备陈旧老化，群众仍需外出检查。\n") != []


# 对 opening the subject judged.

def test_the_oversight_of_something_judged_is_a_problem():
    passage = "全年取缔黑诊所12家。由于执法人员少，对城郊结合部非法行医的监管仍存在盲区。\n"
    assert problems_of(passage) == ["由于执法人员少，对城郊结合部非法行医的监管仍存在盲区"]


def test_a_clause_naming_what_is_acted_on_is_still_no_problem():
    # a guard: 对 before the target of an action stays a condition
    assert problems_of("对检查中发现的问题，要求限期整改到位。\n") == []


# A heading alone.

def test_a_zero_padded_part_heading_of_a_wechat_article_is_no_problem():
    page = ("上半年工作总结\n上半年，各项工作稳步推进。\n01 基层服务\n新增社区医院3家。\n02 短板与不足\n"
            "社区卫生服务中心康复科服务能力不足；数据共享不畅。\n往期推荐\n")
    assert problems_of(page) == ["社区卫生服务中心康复科服务能力不足", "数据共享不畅"]


def test_a_short_year_is_no_part_heading():
    # a guard: 05年 is a year, the sentence a problem of its own
    assert problems_of("全镇工作有进展。但05年以来乡村医生流失严重。\n") != []


# One side of a judgement that words no shortcoming.

def test_the_side_that_sets_the_scene_is_no_problem_in_a_problems_section():
    page = ("二、清醒认识存在的差距\n我们也要清醒看到：一是人才外流问题突出；二是村卫生室无人值守。\n"
            "一方面，群众对优质医疗服务的需求日益增长；另一方面，全市慢性病患病率持续上升，防控形势严峻。\n三、重点工作\n")
    assert problems_of(page) == ["人才外流问题突出", "村卫生室无人值守", "全市慢性病患病率持续上升，防控形势严峻"]


def test_both_sides_that_word_shortcomings_are_problems_in_running_text():
    # a guard: each side that words a shortcoming is a problem
    passage = "记者：还有哪些难点？\n局长：主要是两个方面。一方面，基金收支平衡压力逐年加大；另一方面，欺诈骗保行为隐蔽性强。\n"
    assert problems_of(passage) == ["基金收支平衡压力逐年加大", "欺诈骗保行为隐蔽性强"]


def test_the_side_that_sets_the_scene_is_no_problem_in_running_text():
    passage = ("全年工作有进展，但困难不少。一方面，辖区常住人口持续增长；另一方面，社区卫生服务中心全科医生严重不足。\n")
    assert problems_of(passage) == ["社区卫生服务中心全科医生严重不足"]


@pytest.mark.parametrize("clause", [
    "偏远村组到乡卫生院步行需要五个多小时",
    "入户随访一次往往要跑大半天",
    "汛期山体滑坡常常中断交通",
])
def test_a_long_trip_to_care_words_a_shortcoming(clause):
    assert compiled_cues().weak.found(matching_text(clause))


def test_a_long_trip_to_care_is_a_problem_after_a_lead_in():
    passage = "全年巡诊120次。不过，村医们也谈到难处：一些自然村到卫生室步行需要两三个小时；年轻医生留不住。\n"
    assert problems_of(passage) == ["一些自然村到卫生室步行需要两三个小时", "年轻医生留不住"]
