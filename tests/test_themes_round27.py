"""Themes of problems in wordings that the open sets of round 27 left without the theme a reader gives, or gave a
theme that is not the problem's subject, each cause found in three sets or more, on sentences written for these
tests.

Each group is a cause, not a page: the quality of follow-up visits (the care the patients get, not the records);
residents' satisfaction with care (the care); farmers' joining of the cooperative scheme counted as a share (the
yearly mobilisation: execution); residents gone away to work (no population that brings disease in); the share of
births in hospital (the mothers' access); the bottom of the three-level network said weak (the care that reaches the villages, only when
nothing else is named); care a facility must lean on others for (whatever the verb).
"""
from __future__ import annotations

import pytest

from healthdata.normalize.themes import theme_ids, themes_for
from healthdata.textnorm import matching_text


def themes_of(sentence: str) -> set[str]:
    """The theme ids a problem worded as ``sentence`` gets."""
    return set(theme_ids(themes_for(matching_text(sentence))))


EXACT = [
    # the quality of the follow-up visits is the quality of the care
    ("部分村卫生室糖尿病患者随访质量较差", {"service_capacity"}),
    ("个别社区慢病随访质量有待提高，存在重数量轻质量现象", {"execution", "service_capacity"}),
    # …while the quality of the records of the work stays execution's
    ("部分卫生院随访记录质量不高", {"execution"}),
    ("居民健康档案质量偏低", {"execution", "informatization"}),
    # residents' satisfaction with the care they get judges the care
    ("患者对门诊服务的满意度偏低", {"service_capacity"}),
    ("个别窗口服务态度差，群众满意度只有八成", {"integrity", "service_capacity"}),
    # the share of farmers who joined the cooperative scheme: the mobilisation, like their will to join
    ("部分乡镇新农合参合率不足九成", {"execution"}),
    ("参合率较上年下降两个百分点", {"execution"}),
    # …while the share of residents insured stays their protection
    ("灵活就业人员参保率偏低", {"equity_access"}),
    # residents gone away to work are hard to reach for the work, no burden of disease
    ("青壮年外出务工较多，随访工作难以到位", {"execution"}),
    ("外出务工人员多，异地报销手续繁琐", {"equity_access"}),
    # …while incoming migrant workers bring disease in
    ("工业园区外来务工人员集中，结核病防控压力大", {"public_health_pressure"}),
    ("开发区外来务工人员多", {"public_health_pressure"}),
    # the share of births in hospital judged low: the mothers' access, and the maternal programme's coverage
    # (round 32: the remote place named before the rate makes it the mothers' access alone, as the written sets give
    # five of six such problems)
    ("偏远牧区住院分娩率仍然偏低", {"equity_access"}),
    # the bottom of the network said weak with nothing else named: the network of facilities at its lowest level (round 29:
    # the care's capacity gave no written problem a theme its gold has, see tests/test_themes_round29.py)
    ("全县村级服务网底依然薄弱", {"infrastructure"}),
    # …and where the staff or the rooms are named, the net only says where they fall short
    ("村医普遍年龄偏大，网底不牢", {"workforce"}),
    ("村级网底不稳，部分卫生室没有独立诊断室", {"infrastructure"}),
    # care a facility must lean on others for, whatever the verb
    ("县医院心外科手术仍依赖省级医院支援", {"service_capacity"}),
    ("岛上重症病人只能靠后送", {"service_capacity"}),
    # the family-planning programme's management of migrants: its own burden, not a failure it only qualifies
    ("外来人口多，计划生育服务管理难度较大", {"family_planning"}),
    ("出生人口漏管漏统时有发生", {"execution", "family_planning"}),
    # …while the migrants' mothers named between are the maternal programme's
    ("流动人口孕产妇管理难度大", {"public_health_pressure"}),
    # records made twice over: the work done without care
    ("部分社区存在重复建档问题", {"execution"}),
    # the share of pregnancies registered early judged low: the registering not carried to the mothers
    ("今年早孕建册率较低", {"execution", "public_health_pressure"}),
    # the core rules of the quality and safety of care not kept: the quality of care and the rules not carried out
    ("个别科室三级查房制度执行不严", {"execution", "service_capacity"}),
    ("少数医院核心制度执行还不到位", {"execution", "service_capacity"}),
    # the capacity of the grassroots to take patients in, said either way
    ("社区医院接得住病人的能力偏弱", {"service_capacity"}),
    # figures reported through the systems late or wrong
    ("部分医院数据上报不够准确", {"informatization"}),
    # inpatients counted outside the county: the residents' access, not the local care's capacity
    ("今年县外住院人次占比仍在两成以上", {"equity_access"}),
    # a fever clinic judged by how it is set up: emergency preparedness
    ("个别卫生院发热门诊设置不符合要求", {"emergency_capacity"}),
    # …while any other clinic set up badly is the care it offers
    ("部分卫生院儿科门诊设置不合理", {"service_capacity"}),
    # a service or a test that cannot be given after a judgement of the building or the equipment: the building
    ("检验科用房狭小，部分化验项目无法开展", {"infrastructure"}),
    # …after a judgement of the staff, or alone, the care it can give
    ("麻醉医师短缺，部分手术无法开展", {"service_capacity", "workforce"}),
    ("多数卫生院无法开展剖宫产", {"service_capacity"}),
    ("县级检测能力偏弱", {"service_capacity"}),
    # residents' satisfaction: the care's, after a judgement of the care or alone; after a judgement of the building, the
    # residents' way to care
    ("服务站用房狭小，居民满意度较低", {"equity_access", "infrastructure"}),
    # the beds counted as the whole a share is taken of are not judged
    ("全区ICU床位仅占总床位的1.5%", {"service_capacity"}),
    # the money a government is to put in, not in place: money not provided
    ("区政府卫生投入政策落实不到位", {"funding"}),
    # a measure of the reform that stays on paper: the reform not carried through
    ("医共体人员统一调配仍停留在文件层面", {"reform"}),
    # …while any other work that stays on paper is a gap of implementation
    ("部门之间的联席制度停留在纸面上", {"execution"}),
    # the public-health system judged as a whole: disease control and its load
    ("全省公共卫生体系仍有不少短板", {"public_health_pressure"}),
    # bodies or duties merged or moved by a reform, judged after it: the reform not settled, and the work's hand-over
    ("两局合并后，部分科室工作衔接不顺", {"execution", "reform"}),
    ("食品安全监管职能划转后，基层监管出现空档", {"execution", "reform"}),
    # the stores and makeshift hospitals an emergency needs: buildings, and emergency preparedness
    ("全市应急物资储备库房面积偏小", {"emergency_capacity", "infrastructure"}),
    # the centres for chest pain and stroke: the care of critical cases; the diseases named alone are their burden
    ("县医院卒中中心建设进展较慢", {"service_capacity"}),
    ("全市脑卒中死亡率居全省前列", {"public_health_pressure"}),
]


@pytest.mark.parametrize("sentence, expected", EXACT)
def test_themes_of_round27_wordings(sentence, expected):
    assert themes_of(sentence) == expected
