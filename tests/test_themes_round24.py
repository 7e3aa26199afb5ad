"""Themes of problems in wordings the sets of round 24 (holdout63 opened, holdout69-72 written) and the older sets
showed themed by a keyword that is not the problem's subject, or left without the theme a reader gives, on
sentences written for these tests.

Each group is a cause, not a page: farmers slow to join the cooperative scheme (the yearly mobilisation, not their
access); migrant workers named as members of the insurance (no mobile population bringing disease); a facility's
keeping to the law of practice (the order of the market, not a doctor's conduct); forms named for how information
moves (no paperwork burden); an appraisal tied to promotion (no staff ranks); the preference for sons (the sex
ratio's cause); the health resources of an area counted in full beside the staff it lacks; the foundation of a
hospital's specialties (its capacity, not its buildings); cadres whose way of working is not solid (work not
carried out, not the sector's conduct); the setting a clause opens with when no comma follows it; a rate of routine
work measured against the year's schedule or stated as the share of its target; the staff's knowledge grown old or
short, and the capacity of the basic-level facilities said as such.
"""
from __future__ import annotations

import pytest

from healthdata.normalize.themes import theme_ids, themes_for
from healthdata.textnorm import matching_text


def themes_of(sentence: str) -> set[str]:
    """The theme ids a problem worded as ``sentence`` gets."""
    return set(theme_ids(themes_for(matching_text(sentence))))


EXACT = [
    # farmers slow to join the county's cooperative medical scheme: the mobilisation has not reached them
    ("个别乡镇农民参合积极性不够高", {"execution"}),
    ("山区少数群众参合意识淡薄", {"equity_access", "execution"}),
    ("部分村组群众参合自觉性较差", {"execution"}),
    # …while residents leaving the (urban-rural) insurance stay its protection
    ("部分青年居民参保积极性明显下降", {"equity_access"}),
    # migrant workers named as members of the insurance are no mobile population bringing disease (their
    # coverage is access)
    ("外出务工农民参合意识不强", {"execution"}),
    ("外来务工人员参保率偏低", {"equity_access"}),
    # …while a mobile population named with a disease stays the burden of disease
    ("外出务工人员多，结核病发现难", {"public_health_pressure"}),
    # a facility or a practice that does not keep to the law of practice: the order of the market
    ("少数民营医院依法执业意识不强", {"market_order"}),
    ("个别个体诊所依法执业观念淡薄", {"market_order"}),
    ("部分医疗机构执业意识淡薄，超范围执业时有发生", {"market_order"}),
    # …while a doctor's own sense of the law of practice is conduct
    ("少数医生依法执业意识不强", {"integrity"}),
    # forms named for how information moves are no paperwork burden
    ("部分乡镇卫生院仍靠手工报表上报数据", {"informatization"}),
    # …while too many forms are
    ("基层报表繁多，疲于应付检查", {"execution", "workforce"}),
    # an appraisal tied to promotion: the tie is judged (execution), not the staff's ranks
    ("绩效考核结果与职称晋升挂钩不够紧密", {"execution"}),
    # …while too few staff of senior rank is workforce
    ("全院副高以上职称人员仅有4人", {"workforce"}),
    # the preference for sons behind the sex ratio at birth
    ("部分农村群众“重男轻女”思想依然存在", {"family_planning"}),
    # the health resources of an area counted in full, with the staff it lacks named: the staff
    ("全县卫生资源总量偏少，每千人口执业医师数仅为1.3人", {"workforce"}),
    ("医疗资源总量不足，每千人口卫生技术人员低于全省平均", {"workforce"}),
    # …alone, or with the beds it lacks: the beds and buildings
    ("全市卫生资源总量仍然偏少", {"infrastructure"}),
    ("医疗卫生资源总量不足，每千人口床位数3.2张", {"infrastructure"}),
    # the foundation of a hospital's specialties is what it can treat
    ("县医院专科建设基础薄弱，重点专科数量少", {"service_capacity"}),
    # …while the foundation of the rural facilities is their buildings
    ("全县农村卫生基础薄弱", {"infrastructure"}),
    # cadres whose way of working is not solid: work not carried out
    ("个别单位领导干部作风漂浮", {"execution"}),
    ("少数干部工作作风不够扎实", {"execution"}),
    # …while the sector's conduct stays integrity's
    ("医疗行业作风问题时有反弹", {"integrity"}),
    # the setting a clause opens with, …下, with no comma after it: the staff are judged, not the epidemic
    ("疫情防控常态化下基层医务人员长期超负荷工作", {"workforce"}),
    ("在新医改背景下乡镇卫生院人才流失严重", {"workforce"}),
    # …but a fall named after the setting is no setting (形势下降)
    ("全县传染病疫情形势下降后防控人员流失", {"public_health_pressure", "workforce"}),
    # a rate of routine work measured against the year's schedule: the work falls short, the diseases only say whose
    # care the rate counts
    ("慢阻肺、糖尿病患者随访完成率落后于时序进度", {"execution"}),
    # …and a rate stated as the share of its target it stands at, judged in the clause after
    ("糖尿病患者规范管理率只完成年度目标的52%，工作进度滞后", {"execution"}),
    # …while a disease spreading stays its burden
    ("辖区糖尿病患病率逐年攀升", {"public_health_pressure"}),
    # the knowledge of the staff grown old or short: their skills (workforce)
    ("乡镇卫生院医生普遍知识老化", {"workforce"}),
    ("村医临床医学知识欠缺", {"workforce"}),
    # …and staff who can use the equipment too few
    ("新配的检验设备闲置，会用的人很少", {"infrastructure", "workforce"}),
    # the capacity of the basic-level facilities said as such
    ("全县基层能力仍然不强", {"service_capacity"}),
    # the check-ups of a programme's people judged by their coverage: the work not carried to them
    ("全市婚前医学检查率明显偏低", {"execution"}),
]


@pytest.mark.parametrize(("sentence", "expected"), EXACT)
def test_themes_of_written_sentences(sentence, expected):
    assert themes_of(sentence) == expected


def test_resources_counted_in_full_still_name_a_subject_where_clauses_are_told_apart():
    # the total yields to the staff named beside it in the themes a problem gets, but where the problem extractor tells
    # the clauses of a problem apart (yielding=False) it names its subject as any plain keyword does
    text = matching_text("卫生资源总量偏少，每千人口执业医师数仅1.2人")
    assert theme_ids(themes_for(text)) == ["workforce"]
    assert theme_ids(themes_for(text, yielding=False)) == ["infrastructure", "workforce"]
    # …while a yielding keyword without that mark names none there
    assert themes_for(matching_text("随访工作有待加强"), yielding=False) == []
