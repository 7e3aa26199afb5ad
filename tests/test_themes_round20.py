"""Themes of problems in the wordings of this round's patterns, on sentences written for these tests:
what a health-policy reader names as the subject of each judgement (a population that moves is no staff
turnover, money said to be low or lacking, records kept by hand, the service and management of the
migrant population, a building's layout, …), and the theme that a keyword near the judgement must not
give."""
from __future__ import annotations

import pytest

from healthdata.normalize.themes import theme_ids, themes_for
from healthdata.textnorm import matching_text


def themes_of(sentence: str) -> set[str]:
    """The theme ids a problem worded as ``sentence`` gets."""
    return set(theme_ids(themes_for(matching_text(sentence))))


EXACT = [
    # a population said to move is whom the work must follow, not staff who leave
    ("辖区外来孕妇流动性大,产前随访不及时", {"execution"}),
    # lateness said softly is lateness all the same
    ("慢病随访还不够及时", {"execution"}),
    # money said to be low against others, or plainly lacking
    ("全市卫生投入总量偏低,人均卫生事业费排名靠后", {"funding"}),
    ("卫生院的B超机坏了一年多没钱更换", {"funding", "infrastructure"}),
    # records kept by hand, data scattered over several systems, applications built each on its own:
    # the information systems
    ("村卫生室仍靠手工登记接种信息", {"informatization"}),
    ("乡镇卫生院计算机配备不足", {"informatization"}),
    ("居民健康数据分散在医保、民政等多个平台", {"informatization"}),
    ("各类健康小程序应用碎片化", {"informatization"}),
    # what units report upward, judged on its quality, is the work of reporting
    ("各科室统计报送的质量还不高", {"execution"}),
    # a rule carried out unevenly, work done one way only
    ("各乡镇消毒隔离制度落实情况参差不齐", {"execution"}),
    ("控烟宣传方式单一", {"execution"}),
    # leaders judging their own study in a 述职 or a 民主生活会
    ("班子成员理论学习不系统,有时以干代学", {"execution"}),
    # officials who stall the public: conduct
    ("个别窗口仍存在门好进、事难办的情况", {"integrity"}),
    # practice outside the licence: the order of the market
    ("个别个体诊所超范围行医", {"market_order"}),
    # the load of preventing a disease
    ("冬春季呼吸道疾病防控压力较大", {"public_health_pressure"}),
    # facilities owed to a new housing area, or existing in name only, or never built
    ("部分新建小区卫生服务站配建不到位", {"infrastructure"}),
    ("少数村卫生室已成空壳", {"infrastructure"}),
    ("县级危重孕产妇救治中心建设滞后", {"infrastructure"}),
    # the layout inside a building is the building's, not the spread of resources
    ("社区卫生服务站用房狭小、布局不合理", {"infrastructure"}),
    # staff named after the lack of them
    ("乡镇卫生院缺少能看懂影像的专业人员", {"workforce"}),
    ("县疾控中心缺少检验和消杀人员", {"workforce"}),
    # staff worn out by work without a break
    ("防疫一线人员连续作战,身心疲惫", {"workforce"}),
    # progress said to be rather slow
    ("农村改厕项目推进偏慢", {"execution"}),
    # patients who leave local care for the big hospitals: care near them does not hold them, and they
    # travel for it
    ("常见病患者仍大量流向城区大医院", {"equity_access", "service_capacity"}),
    # the capacity and load of taking patients in
    ("卫生院周末接诊能力不足", {"service_capacity"}),
    ("城区医院门诊高峰期接诊压力大", {"service_capacity"}),
    # the scheme that shares pay out is the reform's pay system, not money short
    ("医院内部薪酬分配方案迟迟未出台", {"reform"}),
    # a clinic named after its village doctor is no staff
    ("少数村医诊所超范围行医", {"market_order"}),
    # an epidemic named only as when or why something else fell short is no burden judged
    ("县医院住院人次较疫情前减少三成,收支出现亏损", {"funding"}),
    # infection control named as a building's standard, as rules applied loosely, or as a load
    ("部分卫生院发热门诊选址不符合院感要求", {"infrastructure", "emergency_capacity"}),
    ("少数诊所院感防控制度执行不严", {"execution"}),
    # staff borrowed from their work and learning on the job, staff judged old
    ("区疾控中心消杀人员靠临时抽调,边干边学", {"workforce"}),
    ("村级卫生人员年龄普遍偏大", {"workforce"}),
    # the service and management of the migrant population is family planning's own term for its work
    ("外来流动人口服务管理存在漏洞", {"family_planning", "execution"}),
    ("流动人口底数不清", {"family_planning"}),
]


@pytest.mark.parametrize("sentence, expected", EXACT)
def test_theme_a_reader_names(sentence, expected):
    assert themes_of(sentence) == expected


STILL = [
    # staff who leave are still staff turnover
    ("乡镇卫生院护理人员流动性大", {"workforce"}),
    # a migrant population named with a disease is the disease's burden
    ("流动人口结核病患者发现难", {"public_health_pressure"}),
    # the spread of resources stays access
    ("城乡医疗机构布局不合理", {"equity_access"}),
    # patients who claim by hand are kept from their benefit, not a want of systems
    ("异地就医患者仍需回参保地手工报销", {"equity_access"}),
    # money paid late stays money (the written sets split on whether it is execution as well)
    ("项目资金拨付还不够及时", {"funding"}),
]


@pytest.mark.parametrize("sentence, expected", STILL)
def test_theme_kept_where_the_pattern_does_not_apply(sentence, expected):
    assert expected <= themes_of(sentence)


NOT = [
    ("辖区外来孕妇流动性大,产前随访不及时", "workforce"),
    ("社区卫生服务站用房狭小、布局不合理", "equity_access"),
    ("各类健康小程序应用碎片化", "reform"),
    ("外来流动人口服务管理存在漏洞", "public_health_pressure"),
    ("医院内部薪酬分配方案迟迟未出台", "funding"),
    ("少数村医诊所超范围行医", "workforce"),
    ("项目资金拨付还不够及时", "execution"),
    ("各科室统计报送的质量还不高", "service_capacity"),
    ("县医院住院人次较疫情前减少三成,收支出现亏损", "public_health_pressure"),
    ("少数诊所院感防控制度执行不严", "service_capacity"),
    # the units a supervisor answers for are the staff's load, not supervision judged
    ("每名监督员负责监管的单位超过200户", "execution"),
    # people who cannot use a device judge their skill, not the equipment
    ("部分老年村医对智能随访设备使用不熟练", "infrastructure"),
]


@pytest.mark.parametrize("sentence, theme", NOT)
def test_theme_a_near_keyword_does_not_give(sentence, theme):
    assert theme not in themes_of(sentence)
