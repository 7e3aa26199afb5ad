"""Themes and problem boundaries of kinds the blind sets holdout10 and holdout11 showed missing,
on sentences WRITTEN FOR THESE TESTS (no text from eval/written or data/raw): the volume of care
a facility gives and a service it stopped, the network that refers patients in danger, an
epidemic's mass testing, money not in place, a population said to move, records that do not
tell the truth or are built and not used, a fund or service little used, patients who pass over
the facility near them; and a clause that counts the evidence of the judgement before it."""
from __future__ import annotations

import pytest

from healthdata.extract.problems import extract_problems
from healthdata.normalize.themes import themes_for
from healthdata.textnorm import matching_text
from healthdata.types import ReportText


def themes_of(sentence: str) -> set[str]:
    return {t for t, *_ in themes_for(matching_text(sentence))}


def problems_of(passage: str) -> list[dict]:
    report = ReportText("t#01", "t.txt", passage, matching_text(passage), 0, len(passage))
    return extract_problems(report)


WRITTEN = [
    # the volume of a kind of care judged small, and a service a facility stopped: what care can do
    ("东片三所卫生院年分娩量不足五十例", {"service_capacity"}),
    ("镇卫生院外科手术量逐年减少", {"service_capacity"}),
    ("两所中心卫生院已停开住院部", {"service_capacity"}),
    # the network that refers and treats patients in danger: the care, and emergency preparedness
    ("危重新生儿转诊网络尚不健全", {"service_capacity", "emergency_capacity"}),
    # mothers at risk named before it only say whose network it is (not the burden of that population)
    ("危重孕产妇救治网络有待完善", {"service_capacity", "emergency_capacity"}),
    ("高危孕产妇转诊网络运转不畅", {"service_capacity", "emergency_capacity"}),
    # an epidemic's mass testing is emergency preparedness, not the routine capacity of a laboratory
    ("全市单日核酸检测能力偏低", {"emergency_capacity"}),
    # an amount of money not in place, money come in late: money not provided, not a failure of work
    ("省级配套资金尚有215万元没有到位", {"funding"}),
    ("基本公共卫生服务经费到位不及时", {"funding"}),
    # patients passing over the facility near them for a far one: the way to care
    ("农民小病也舍近求远", {"equity_access"}),
    # records that do not tell the truth, records built and not used: the work not done as recorded
    ("个别村卫生室慢病随访记录不真实", {"execution"}),
    ("部分社区居民体检资料真实性差", {"execution"}),
    ("一些乡镇台账重建轻用", {"execution"}),
    # a fund or a service little used, with nothing else named: what was provided is not put to work
    ("村级健康小屋使用率偏低", {"execution"}),
]


def test_a_population_said_to_move_is_no_staff():
    """Mobility of a population beside a disease burden is no workforce problem; staff who change
    often still are."""
    assert themes_of("因外来人口多、流动性大，传染病防控压力加大") == {"public_health_pressure"}
    assert themes_of("辖区人口流动频繁") == set()
    assert themes_of("乡镇防保人员流动频繁") == {"workforce"}


def test_a_use_rate_of_something_a_theme_names_is_that_themes():
    """Metamorphic: a little-used information system or bed stays that subject's problem; only
    a use rate of nothing a theme names is a gap of implementation."""
    assert themes_of("远程心电系统使用率不高") == {"informatization"}
    assert themes_of("乡镇卫生院病床使用率偏低") == {"service_capacity"}


def test_money_still_short_by_a_named_amount_and_a_measure_not_in_place():
    """Metamorphic: an amount of money not in place is money; a measure not in place stays a
    failure of implementation."""
    assert "execution" not in themes_of("县级配套资金尚有80万元未到位")
    assert "execution" in themes_of("防控措施尚未落实到位")


def test_mothers_at_risk_stay_a_burden_when_no_care_is_named():
    """The field keyword stays when nothing else is named."""
    assert themes_of("高危孕产妇比例持续上升") == {"public_health_pressure"}


def test_a_small_volume_of_care_is_a_judgement_of_its_own_in_running_text():
    """Two judgements of different subjects in a list after a contrast are two problems: a volume
    of care judged very small, then a network still to be improved."""
    found = problems_of("今年妇幼工作成效明显。但全县妇幼工作仍有短板：部分卫生院全年手术量很少，新生儿转诊网络还需进一步完善。")
    assert [p["text"] for p in found] == ["部分卫生院全年手术量很少", "新生儿转诊网络还需进一步完善"]
    assert [set(p["themes"]) for p in found] == [{"service_capacity"}, {"service_capacity", "emergency_capacity"}]


def test_a_stopped_service_is_a_judgement_of_its_own_in_running_text():
    found = problems_of("但也存在一些短板，部分卫生院已停开外科，山区群众就医路途远。")
    assert [p["text"] for p in found] == ["部分卫生院已停开外科", "山区群众就医路途远"]


def test_a_count_of_the_same_subject_is_the_evidence_of_the_judgement():
    """A clause ending on a count of the same subject is the judgement's evidence: one problem."""
    found = problems_of("存在的主要问题：一是专科人才引不进、留不住，近两年县医院流失主治医师以上人员12人；"
                        "二是乡镇卫生院房屋陈旧。")
    assert [p["text"] for p in found] == ["专科人才引不进、留不住，近两年县医院流失主治医师以上人员12人", "乡镇卫生院房屋陈旧"]
    found = problems_of("全县卫生人才总量不足，乡镇卫生院卫生技术人员缺编86名，村卫生室缺医少药。")
    assert found[0]["text"].startswith("全县卫生人才总量不足，乡镇卫生院卫生技术人员缺编86名")


def test_a_count_of_another_subject_stays_a_problem_of_its_own():
    """Metamorphic: the same count after a judgement of buildings is a judgement of its own."""
    found = problems_of("存在的主要问题：一是乡镇卫生院房屋陈旧，近两年县医院流失主治医师以上人员12人；"
                        "二是设备老化。")
    assert len(found) == 3


def test_a_number_cut_by_a_narrow_page_stays_in_its_problem():
    """A page of narrow lines (a PDF copy) cuts a number at a line's end; the line is shorter than
    the usual page width, yet the number runs on in the next line: one problem, not two."""
    passage = ("二、存在的主要问题\n    一是人员不足。全县村卫生室乡村医生仅有13\n"
               "6人，年龄普遍偏大；二是业务用房陈旧。\n三、下一步打算\n加强培训。\n")
    assert [p["text"] for p in problems_of(passage)] == [
        "人员不足。全县村卫生室乡村医生仅有13\n6人，年龄普遍偏大", "业务用房陈旧"]


def test_a_short_caption_ending_in_a_number_is_not_joined():
    """Metamorphic guard: a short caption line that ends in a number (表1) is no cut sentence."""
    passage = "二、存在的主要问题\n表1\n2个乡镇卫生院业务用房不足。\n三、下一步打算\n加强培训。\n"
    assert [p["text"] for p in problems_of(passage)] == ["2个乡镇卫生院业务用房不足"]


DOMAIN = [
    # the network of facilities that gives care, down to the village (round 26: the network named as such is the
    # facilities at each level; round 29: its grassroots end, 网底, said alone is the same network's lowest level, see
    # tests/test_themes_round29.py)
    ("县乡村三级医疗服务网络还不够健全", {"infrastructure"}),
    ("部分行政村网底薄弱", {"infrastructure"}),
    # the public-interest nature of public hospitals and the share of drugs: what the reform governs
    ("县级公立医院公益性有所淡化", {"reform"}),
    ("部分医院药占比居高不下", {"reform"}),
    # practice outside the law or the licence, the order of the market
    ("少数个体诊所超范围执业", {"market_order"}),
    ("药品零售市场秩序有待规范", {"market_order"}),
    # what care costs a household: access
    ("大病患者家庭经济负担仍然较重", {"equity_access"}),
    ("住院群众需要先垫钱再报销", {"equity_access"}),
    # figures reported to no common standard: the information systems; reported poorly: the work as well
    ("各医院统计口径不一", {"informatization"}),
    ("月报上报质量不高", {"informatization", "execution"}),
    # (the field named before it only says whose reports: 传染病|报告质量)
    ("部分医院传染病报告质量有待提高", {"execution"}),
    # prevention neglected for treatment: where the work's attention goes, like the other 重…轻…
    ("个别卫生院仍有重治疗轻预防的倾向", {"execution"}),
    # the response to an epidemic: emergency preparedness, not the burden of disease
    ("基层应对突发疫情的能力不足", {"emergency_capacity"}),
    ("乡镇疫情处置经验欠缺", {"emergency_capacity"}),
    # a health worker who takes kickbacks: conduct, not staffing
    ("个别医生收受药品回扣", {"integrity"}),
    # progress uneven between places: how the work is carried out, no inequity of residents
    ("各乡镇家庭医生签约工作推进不平衡", {"execution"}),
]


def test_uneven_resources_stay_access_and_uneven_reform_stays_reform():
    """Metamorphic: resources spread unevenly stay access; the reform's uneven progress stays the reform's."""
    assert themes_of("城乡医疗资源分布不平衡") == {"equity_access"}
    assert themes_of("县域医共体建设推进不平衡") == {"reform"}


def test_an_epidemic_judged_severe_stays_a_burden():
    """Metamorphic guard: the situation of an epidemic stays the burden of disease."""
    assert themes_of("当前手足口病疫情形势依然严峻") == {"public_health_pressure"}


THE_CAPACITY_OR_AWARENESS_JUDGED_IS_THE_SUBJECT = [
    # what the disease-control institutions can do is a capacity of service, not the burden of disease
    ("乡镇疾控能力依然偏弱", {"service_capacity"}),
    # a health worker's awareness of service or of the rules judges the service or the conduct, not the staffing
    ("个别村医服务意识不强", {"service_capacity"}),
    ("少数医生执业意识淡薄", {"integrity"}),
]


def test_who_passed_a_problem_on_is_no_part_of_it():
    """A clause saying who passed the problem on (院长们反映) is no subject of the judgement after it."""
    found = problems_of("今年工作平稳。调研中，基层院长们反映，乡镇卫生院人才流失严重。")
    assert [p["text"] for p in found] == ["乡镇卫生院人才流失严重"]


MORE_SUBJECTS_A_READER_KNOWS = [
    # paying off debts is money; pay not paid on time is money not provided, not a failure of work
    ("部分卫生院偿债压力较大", {"funding"}),
    ("个别卫生院职工工资不能按时发放", {"funding"}),
    # the pay system is the reform's, not the money
    ("县级公立医院薪酬制度改革尚未破题", {"reform"}),
    # consulting rooms and wards are buildings; an ambulance is a vehicle and emergency preparedness
    ("部分村卫生室没有单独诊室", {"infrastructure"}),
    ("两所中心卫生院至今没有救护车", {"infrastructure", "emergency_capacity"}),
    # antibiotics misused, visits falling, care unequal in quality: the care itself
    ("个别村医滥用抗生素", {"service_capacity"}),
    ("乡镇卫生院门诊人次逐年下降", {"service_capacity"}),
    ("城区与乡镇之间医疗服务同质化水平不高", {"service_capacity", "equity_access"}),
    # the cancer screening of women is a public-health programme
    ("农村妇女两癌筛查覆盖面不广", {"public_health_pressure"}),
    # practitioners passed off as doctors: the market's order, not staffing
    ("个别诊所假冒医生坐诊", {"market_order"}),
    ("少数游商冒充专家兜售假药", {"market_order"}),
    # the early warning of an emergency is emergency preparedness, not the burden of disease
    ("全县卫生应急监测预警能力不足", {"emergency_capacity"}),
    ("县疾控中心监测预警能力偏弱", {"emergency_capacity"}),
]


def test_real_doctors_and_a_surveillance_burden_keep_their_themes():
    """Metamorphic guards: doctors counted stay staff; surveillance that is hard stays a burden."""
    assert themes_of("乡镇卫生院医生严重不足") == {"workforce"}
    assert themes_of("流动人口结核病监测难") == {"public_health_pressure"}


CONDITIONS_AND_BED_USE = [
    # the conditions a facility offers, judged poor, are its buildings and equipment
    ("边境村卫生室医疗条件较差", {"infrastructure"}),
    ("县中医院办医条件相对落后", {"infrastructure"}),
    # how full the beds are, however said, is the use of care
    ("乡镇卫生院床位利用率偏低", {"service_capacity"}),
]


def test_a_households_means_are_no_building():
    """Metamorphic: the same judgement of a household's means names no facility."""
    assert themes_of("部分群众经济条件较差") == set()


def test_the_year_ahead_ends_the_list_of_problems_in_a_plan():
    """A plan's sentence turning to the year's work (2013年将重点抓好…) ends the list before it."""
    found = problems_of("当前全县卫生工作仍面临不少困难：一是卫生投入不足；二是村卫生室医疗条件较差。"
                        "2016年将重点抓好以下工作。")
    assert [p["text"] for p in found] == ["卫生投入不足", "村卫生室医疗条件较差"]


WHAT_A_SHORTCOMING_FAILS_TO_DO_IS_NOT_JUDGED = [
    # what a shortcoming fails to do only says what it affects: the judgement is the staff or the building
    ("村卫生室人员不足，难以承担基本公共卫生服务任务", {"workforce"}),
    ("中心卫生院业务用房狭小，无法满足群众就医需求", {"infrastructure"}),
]


def test_a_care_that_cannot_be_given_and_what_a_failure_brings_about_are_judged():
    """Metamorphic: a care that cannot be given is judged too, and so is what a failure brings about (round 27: after a
    judgement of the equipment or the building the care not given only says what it leads to, as the written sets give
    it in five sets of five; after a judgement of the staff it stays)."""
    assert themes_of("检验设备陈旧，无法开展常规生化检查") == {"infrastructure"}
    assert themes_of("检验人员紧缺，无法开展常规生化检查") == {"service_capacity", "workforce"}
    assert themes_of("配套经费长期不到位，造成乡镇卫生院房屋年久失修") == {"funding", "infrastructure"}


EMERGENCY_AND_CARE_SUBJECTS = [
    # the sentinel clinics, the dispatch of emergency care, an epidemic's sampling: emergency preparedness
    ("乡镇发热哨点诊室建设滞后", {"emergency_capacity", "infrastructure"}),
    ("县120调度指挥体系不健全", {"emergency_capacity"}),
    ("全区核酸采样能力不足", {"emergency_capacity"}),
    # a rescue team is emergency preparedness, not the workforce
    ("紧急医学救援队伍建设滞后", {"emergency_capacity"}),
    # finding cases early is what a service can do
    ("村卫生室早发现能力不足", {"service_capacity"}),
    # medicines short, however named, are out of the residents' reach
    ("部分常用药物短缺", {"equity_access"}),
]


def test_owning_to_problems_announces_the_list_and_a_phenomenon_stays_with_its_item():
    """A sentence owning to problems without naming them (也承认了不少问题：) announces the list; in
    one item, a phenomenon said to exist (存在…现象) shows how the item's judgement bites: one problem."""
    found = problems_of("座谈会上，院长们也承认了不少问题：一是骨干医生外流；二是医保基金支出压力增大，"
                        "少数科室存在分解住院现象。")
    assert [p["text"] for p in found] == ["骨干医生外流", "医保基金支出压力增大，少数科室存在分解住院现象"]


def test_a_strong_judgement_of_another_subject_in_an_item_stays_apart():
    """Metamorphic guard: the same item with a judgement of another subject that is no phenomenon is two."""
    found = problems_of("存在的主要问题：一是骨干医生外流；二是医保基金支出压力增大，"
                        "手足口病等传染病防控形势十分严峻。")
    assert [p["text"] for p in found] == ["骨干医生外流", "医保基金支出压力增大", "手足口病等传染病防控形势十分严峻"]


@pytest.mark.parametrize("sentence, expected", WRITTEN + DOMAIN + THE_CAPACITY_OR_AWARENESS_JUDGED_IS_THE_SUBJECT + MORE_SUBJECTS_A_READER_KNOWS + CONDITIONS_AND_BED_USE + WHAT_A_SHORTCOMING_FAILS_TO_DO_IS_NOT_JUDGED + EMERGENCY_AND_CARE_SUBJECTS)
def test_a_reader_gives_these_themes(sentence, expected):
    assert themes_of(sentence) == expected
