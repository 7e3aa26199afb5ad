"""Themes of problems in wordings the sets written for round 22 showed unthemed or themed by a keyword that happens
to be near, on sentences written for these tests: what a health-policy reader names as the subject of each judgement.

Among them the judgements of the kinds that problem detection admits this round (what an inspection found, hands
judged tight, staff unsure of the work, rules or procedures not known, work done little, a cause opened after 但由于,
the resources of a kind of care judged tight, a service up stairs): each must get the theme a reader would give.
"""
from __future__ import annotations

import pytest

from healthdata.normalize.themes import theme_ids, themes_for
from healthdata.textnorm import matching_text


def themes_of(sentence: str) -> set[str]:
    """The theme ids a problem worded as ``sentence`` gets."""
    return set(theme_ids(themes_for(matching_text(sentence))))


EXACT = [
    # touts and scalpers at a hospital's gate, and its linkage with the police: order around hospitals, no unlicensed
    # practice, no reform
    ("市第一医院挂号大厅仍有医托拉客", {"public_order"}),
    ("号贩子在儿童医院门口倒卖专家号，警医联动机制尚不健全", {"public_order"}),
    # unlicensed ambulances touting at the gate are that disorder, not emergency preparedness or vehicles
    ("县医院门口黑救护车拉客现象时有发生", {"public_order"}),
    # a facility's security cameras and its guarding at night
    ("乡镇卫生院监控设备年久失修，夜间保卫靠临时工", {"public_order", "infrastructure"}),
    # the order of the medical market judged irregular: the market's, no execution
    ("农村医疗市场秩序不规范", {"market_order"}),
    # the layout of a facility's rooms: the building, not the distribution of facilities over an area
    ("部分卫生院手术室布局不合理", {"infrastructure"}),
    # the pace of payments or work uneven between places: execution (and money when money is named), no inequity
    ("各县专项资金拨付进度不均衡", {"funding", "execution"}),
    ("各街道工作进度不平衡", {"execution"}),
    # a programme started late, when nothing else is named
    ("部分乡镇家庭病床服务起步较晚", {"execution"}),
    # the rules of assessment incomplete
    ("部分单位考核办法不完善", {"execution"}),
    # the separate accounts of township hospitals are a measure of the reform, not money short
    ("乡镇卫生院实行收支两条线后运行机制尚未理顺", {"reform"}),
    # the flows between levels of care one-sided: the referral system of the reform
    ("县域内患者上转容易、下转难", {"reform"}),
    # the settlement systems and the information passed between units
    ("新农合即时结报系统经常掉线", {"informatization"}),
    ("部分乡镇与县医院之间网络不稳定", {"informatization"}),
    ("县乡两级孕情信息交换不畅", {"informatization"}),
    # records that exist in name only, figures whose truth is doubted (the work that reports them as well)
    ("个别村存在空壳档案", {"informatization"}),
    ("乡村两级上报的数据真实性有待核实", {"informatization", "execution"}),
    # the make-up of the money put in
    ("公共卫生投入结构不够合理", {"funding"}),
    # residents unwilling to be vaccinated
    ("部分家长接种意愿不强", {"public_health_pressure"}),
    # staff replaced often; the staff of a trade judged, the trade only saying whose (no family planning)
    ("妇幼专干人员更换频繁", {"workforce"}),
    ("托育机构从业人员普遍缺乏专业培训", {"workforce"}),
    # illness the facilities cannot treat
    ("多数乡镇卫生院治不了稍重一点的病", {"service_capacity"}),
    # the capacity to recognise a disease is the care's, not the disease's burden
    ("村医对结核病早期识别能力不强", {"service_capacity"}),
    # staff absent from their posts on duty: discipline, not posts left vacant
    ("个别卫生院夜班人员脱岗、空岗", {"execution"}),
    # the make-up of a public hospital's income, which the reform sets out to change
    ("县级公立医院医疗服务收入占比仍然偏低", {"reform"}),
    # premarital health checks
    ("全县婚检率不足三成", {"public_health_pressure"}),
    # smart devices the elderly must use
    ("不少老人不会使用智能化设备挂号", {"informatization"}),
    # minor illness not yet treated in the village
    ("小病不出村的目标尚未实现", {"equity_access"}),
    # a piece of work said to lag, the timeliness of routine work judged low, when nothing else is named
    ("户籍信息比对工作滞后", {"execution"}),
    ("早孕建册及时率较低", {"execution"}),
    # the progress of a disease's routine work is the work's
    ("糖尿病患者健康管理进度滞后", {"execution"}),
]


@pytest.mark.parametrize("sentence, themes", EXACT)
def test_a_reader_names_these_themes(sentence, themes):
    assert themes_of(sentence) == themes


# The judgements of kinds problem detection admits this round: each gets a theme, the one a reader gives.
READMITTED = [
    # what an inspection found: the rule or record it found wanting
    ("专项检查中发现，部分诊所消毒登记不规范", {"execution"}),
    # hands, money judged tight
    ("妇产科护理人手偏紧", {"workforce"}),
    ("今年村级公共卫生经费偏紧", {"funding"}),
    # staff unsure of the work
    ("新任村医业务不熟", {"workforce"}),
    # procedures or rules that people do not know: the work of making them known, whatever the procedure is for
    ("部分低保户对医疗救助报销流程不清楚", {"execution"}),
    ("个别村医对双向转诊流程不清楚", {"execution"}),
    ("多数群众对慢病长处方政策不清楚", {"execution"}),
    # work done little
    ("下乡巡回医疗开展得不多", {"execution"}),
    ("对民营医院的日常监管做得不够", {"execution"}),
    # a cause opened after 但由于, and the judgement after it
    ("但由于牧区居住分散，上门随访难以全覆盖", {"equity_access"}),
    # the resources of a kind of care judged tight
    ("城区老年护理资源相对紧张", {"service_capacity"}),
    # a service up stairs the frail cannot climb
    ("社区卫生服务站设在四楼，高龄老人上下不便", {"equity_access", "infrastructure"}),
]


@pytest.mark.parametrize("sentence, themes", READMITTED)
def test_readmitted_judgements_get_a_readers_theme(sentence, themes):
    assert themes_of(sentence) == themes


def test_a_campaign_named_a_battle_is_no_guarding():
    # 保卫战 names a campaign, not the guarding of a facility
    assert "public_order" not in themes_of("蓝天保卫战任务重，卫生院锅炉改造资金不足")


def test_a_health_record_judged_incomplete_stays_the_work():
    # the contents of a record judged incomplete are the record keeping (execution), not the systems
    assert themes_of("部分居民健康档案信息不完整、更新不及时") >= {"execution"}
