"""Problems of kinds the open sets showed in round 27 (holdout78 opened, holdout84-87 measured blind, and the weaker
older sets), grouped by cause, on sentences WRITTEN FOR THESE TESTS (no text from eval/written or data/raw).

Lists: problems announced as the prominent ones without 的 (仍存在一些突出问题:一是…) open their list, and an enumerated
item never announces the next item of its own list (二是…问题突出;三是… are siblings).  Judgements in running text
without a contrast: a quoted matter before 问题依然突出 is named (no lead-in), a named matter still there (仍存在…的问题),
a reform or rule applied at a discount (打了折扣; not 不打折扣), no money of its own with the purse named (无财政专项经费),
no room of its own for a service (没有独立的儿科病房), births falling back (出生人口回落), a newly built area where care
falls short (新建地区…滞后).  Look-alikes: a problem reported put right by a means named after 已 (今年已通过…全部更换到位),
the trend a judgement follows from (随着…加快, its cause, no problem of its own) and items of a problems section titled by a
task to be done ((一)加强…建设。…).  After weak points it does not name, a clause saying how things stand names them.
"""
from __future__ import annotations

from healthdata.extract.problems.judgement import is_lead_in
from healthdata.textnorm import matching_text
from test_problems_round20 import problems_of  # (the problems found in a passage read as a whole report)


# Lists.

def test_problems_announced_as_prominent_without_de_open_their_list():
    passage = ("全年新建村卫生室12所。但同时要看到，全区疾控工作仍存在一些突出问题：一是实验室仪器老旧；"
               "二是检验人员数量不足、结构不优，微生物专业人员紧缺问题突出；三是经费拨付不及时。")
    assert problems_of(passage) == ["实验室仪器老旧", "检验人员数量不足、结构不优，微生物专业人员紧缺问题突出",
                                    "经费拨付不及时"]


def test_the_lead_in_of_prominent_problems_is_a_lead_in():
    assert is_lead_in(matching_text("全区疾控工作仍存在一些突出问题"), True)


def test_an_enumerated_item_judged_prominent_does_not_announce_its_sibling():
    # no lead-in before the list: each item is read on its own; the one judged prominent states its problem instead of
    # announcing the item after it
    passage = ("上半年门诊量增长8%。一是部分村卫生室药品短缺；二是护理人员短缺问题突出；"
               "三是急救转运车辆陈旧。")
    assert problems_of(passage) == ["部分村卫生室药品短缺", "护理人员短缺问题突出", "急救转运车辆陈旧"]


# Judgements in running text without a contrast.

def test_a_quoted_matter_before_wenti_still_prominent_is_a_problem_not_a_lead_in():
    passage = "全年门诊量增长。部分医院“挂号难、缴费慢”问题依然突出，患者反映排队时间长。"
    assert problems_of(passage) == ["部分医院“挂号难、缴费慢”问题依然突出，患者反映排队时间长"]


def test_a_named_matter_still_there_is_a_problem():
    passage = "督查中发现少数卫生院仍存在违规发放药品购销提成的问题，已移交有关部门处理。"
    got = problems_of(passage)
    assert len(got) == 1 and got[0].startswith("督查中发现少数卫生院仍存在违规发放药品购销提成的问题")


def test_problems_still_there_qualified_but_not_named_stay_a_lead_in():
    passage = "全年工作进展顺利，但仍存在一些不容忽视的问题：一是村医老化；二是设备陈旧。"
    assert problems_of(passage) == ["村医老化", "设备陈旧"]


def test_an_effect_cut_at_a_discount_is_a_judgement_but_doing_it_fully_is_none():
    passage = ("从前期试点看，少数医院把检查收费抬高，改革成效打了折扣。"
               "各医院要不打折扣地执行价格政策。")
    assert problems_of(passage) == ["从前期试点看，少数医院把检查收费抬高，改革成效打了折扣"]


def test_no_money_of_its_own_with_the_purse_named_is_a_problem():
    passage = "全年完成免疫接种4.2万剂次。县疾控中心没有财政专项经费，只能靠有偿服务收入维持运转。"
    assert problems_of(passage) == ["县疾控中心没有财政专项经费"]


def test_no_room_of_its_own_for_a_service_is_a_problem():
    passage = "全年住院分娩率达到99%。有的乡镇卫生院无独立的新生儿病房，高危新生儿只能转往县医院。"
    assert problems_of(passage)[0].startswith("有的乡镇卫生院无独立的新生儿病房")


def test_births_falling_back_are_a_problem():
    passage = "会议指出，受育龄妇女减少影响，全县出生人口规模明显回落，托育机构收托率不足四成。"
    assert problems_of(passage) != []


def test_a_newly_built_area_where_care_falls_short_is_no_building_reported():
    passage = "城南等新建地区社区卫生服务网点布局滞后，居民就近看病不方便。"
    assert problems_of(passage) == ["城南等新建地区社区卫生服务网点布局滞后，居民就近看病不方便"]


def test_building_new_community_stations_stays_an_achievement():
    assert problems_of("全年新建社区卫生服务站5个，新增床位80张。") == []


def test_some_newly_built_stations_without_premises_are_a_problem():
    passage = "上半年也暴露出一些不足：个别新建村卫生室无业务用房，只能借用村委会房屋开展诊疗。"
    assert problems_of(passage)[0].startswith("个别新建村卫生室无业务用房")


def test_solving_the_want_of_premises_is_no_problem():
    assert problems_of("着力解决乡镇计生服务站无业务用房的问题，年内完成选址。") == []


def test_people_moving_fast_set_the_scene_for_the_judgement_after_them():
    passage = ("年终考核也暴露出一些亟待解决的问题。首先，开发区外来人口流动快，育龄妇女信息底数不清，随访难以到位；"
               "其次，部分社区服务站用房面积不达标。")
    got = problems_of(passage)
    assert got[0].startswith("首先，开发区外来人口流动快，育龄妇女信息底数不清")


# Look-alikes.

def test_a_problem_put_right_by_a_means_named_after_yi_is_no_problem():
    passage = "（三）基础设施持续改善。群众反映多年的两所卫生院B超机老化问题，今年已通过县级配套资金全部更换到位。"
    assert problems_of(passage) == []


def test_the_trend_a_judgement_follows_from_is_its_cause_not_a_problem_of_its_own():
    passage = ("全年签约居民12万人。中心主任坦言，随着高龄老人快速增多，上门护理服务供给仍显不足，"
               "部分站点周末人手紧张。")
    got = problems_of(passage)
    assert got[0] == "随着高龄老人快速增多，上门护理服务供给仍显不足"
    assert "随着高龄老人快速增多" not in got


def test_items_titled_by_a_task_under_problems_and_measures_are_measures():
    page = ("二、存在问题及工作措施\n"
            "（一）加强急救网络建设。新增急救站点3个，实现乡镇全覆盖。\n"
            "（二）推进慢病管理提质。组建专病团队20个，破解“随访难”难题。\n"
            "三、下半年打算\n全年签约率达到60%。\n")
    assert problems_of(page) == []


def test_an_item_titled_by_a_shortcoming_under_the_same_heading_stays_a_problem():
    page = ("二、存在问题及工作措施\n"
            "（一）急救网络覆盖不足。全县仍有4个乡镇没有急救站点。\n"
            "三、下半年打算\n全年签约率达到60%。\n")
    assert problems_of(page) == ["急救网络覆盖不足。全县仍有4个乡镇没有急救站点"]


def test_a_clause_after_unnamed_weak_points_names_them():
    passage = ("对照省级标准，我县卫生工作仍存在一些短板。县级院感防控在督查中暴露出薄弱点，保洁人员多为临时聘用，"
               "消毒操作不规范；县医院信息系统陈旧。")
    assert problems_of(passage) == ["县级院感防控在督查中暴露出薄弱点，保洁人员多为临时聘用，消毒操作不规范",
                                    "县医院信息系统陈旧"]
