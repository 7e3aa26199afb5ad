"""Themes of problems in wordings the sets written for round 23 (and the older sets) showed themed by a keyword that
is not the problem's subject, or left without the theme a reader gives, on sentences written for these tests.

Each group is a cause, not a page: a text printed with spaces between its characters, a rate of routine work whose
figures are listed one by one before the target it misses, a migrant population hard to manage, a service supplied
short of what residents need, resources held against a growing population, the volume of care a facility gives,
the equipment of remote care, information systems built unevenly, a facility advancing its own money.
"""
from __future__ import annotations

import pytest

from healthdata.normalize.themes import theme_ids, themes_for, without_inner_spaces
from healthdata.textnorm import matching_text


def themes_of(sentence: str) -> set[str]:
    """The theme ids a problem worded as ``sentence`` gets."""
    return set(theme_ids(themes_for(matching_text(sentence))))


EXACT = [
    # a rate of routine work judged against its target, the figures of the rates listed one by one: the work falls
    # short (execution), the diseases only say whose care the rates count
    ("高血压、糖尿病患者规范管理率分别只有55%和49%，距全年目标仍有差距", {"execution"}),
    ("严重精神障碍患者规范管理率仅为62%，离省定目标尚有差距", {"execution"}),
    # …and a task or a rate said to be completed slowly
    ("孕产妇健康管理任务完成较慢", {"execution"}),
    ("老年人体检完成偏慢", {"execution"}),
    # a migrant population hard to manage is the burden it brings to the field named with it, no failure of the
    # work; the public-health services of migrants are disease control's, not family planning's
    ("流动人口儿童预防接种管理难度较大", {"public_health_pressure"}),
    ("外来人口多，流动人口公共卫生服务管理难度很大", {"public_health_pressure"}),
    ("流动人口计划生育服务管理难度大", {"family_planning"}),
    # work that is hard to manage for other reasons stays a gap of the work
    ("集中体检组织难度大", {"execution"}),
    # a service supplied short of what residents need is their access to care
    ("社区居家医疗服务供给明显不足", {"equity_access"}),
    ("婴幼儿托育服务供给仍然不足", {"equity_access", "family_planning"}),
    # resources or capacity held against a growing population: access; staff held against it: the staff
    ("全县医疗资源与常住人口增长不相适应", {"equity_access"}),
    ("新区医疗服务能力与人口导入速度不匹配", {"equity_access", "service_capacity"}),
    ("公共卫生人员配备与服务人口增长不相匹配", {"workforce"}),
    # a standing held against a city's size is no population to serve
    ("医疗服务水平与百万人口大市地位不相称", {"service_capacity"}),
    # the volume of care a facility gives, judged too little: what it can offer draws too few patients
    ("部分乡镇卫生院服务量不足", {"service_capacity"}),
    ("村卫生室门诊量持续萎缩", {"service_capacity"}),
    # the equipment of remote care is part of the information systems, not the facilities' equipment
    ("远程心电诊断设备使用率不高", {"informatization"}),
    ("乡镇卫生院远程会诊设备长期闲置", {"informatization"}),
    # equipment of care stays the facilities'
    ("部分乡镇卫生院设备陈旧", {"infrastructure"}),
    # information systems built unevenly between facilities: the systems' problem, no inequity of residents
    ("各医院信息化建设不平衡，系统标准不统一", {"informatization"}),
    # a facility that advances its own money to do the work is short of money; residents who advance it are kept
    # from care
    ("专项经费下拨滞后，社区卫生服务中心只能垫资开展工作", {"funding"}),
    ("异地住院群众垫资压力较大", {"equity_access"}),
    # how accurate the data or information reported are: the quality of the data
    ("死因监测数据的准确性不高", {"informatization"}),
    ("基层上报的统计信息准确率偏低", {"informatization"}),
    # wordings left without a theme: family planning's own terms for the illegal acts behind the sex ratio and for
    # the will to have children, the dens of illegal practice, a facility's gatekeepers and alarms
    ("打击“两非”行为线索少、取证难", {"family_planning"}),
    ("年轻夫妇“不敢生”现象较为突出", {"family_planning"}),
    ("无证行医窝点隐蔽，查处后反弹快", {"market_order"}),
    ("部分卫生院夜间无专职门卫", {"public_order"}),
    # pay or pensions of staff not put in place: money the staff are owed (with the staff), no gap of execution
    ("乡镇卫生院职工绩效工资落实不到位", {"funding"}),
    ("乡村医生养老保障至今没有落实", {"funding", "workforce"}),
    # work not put in place stays execution
    ("健康教育项目落实不到位", {"execution"}),
]


@pytest.mark.parametrize("sentence, expected", EXACT)
def test_a_reader_gives_these_themes(sentence, expected):
    assert themes_of(sentence) == expected


SPACED = [
    "乡镇卫生院人员严重不足，留不住人才",
    "部分村卫生室设备陈旧，业务用房紧张",
    "公共卫生专项经费拨付不及时",
    "高血压患者规范管理率仅为58%，离年度目标还有差距",
]


@pytest.mark.parametrize("sentence", SPACED)
@pytest.mark.parametrize("space", [" ", "\u3000", "\u00a0", "  "])
def test_a_text_printed_with_spaces_between_its_characters_gets_the_same_themes(sentence, space):
    spaced = space.join(sentence)
    plain = themes_for(matching_text(sentence))
    found = themes_for(matching_text(spaced))
    assert plain  # the plain wording names a subject
    assert [(t, k) for t, k, _s, _e in found] == [(t, k) for t, k, _s, _e in plain]
    # each match points at the spaced characters of its keyword
    for _t, keyword, start, end in found:
        assert spaced[start:end].replace(space, "") == keyword
        assert spaced[start] != " " and spaced[end - 1] != " "


def test_spaces_between_two_ascii_characters_stay():
    text = "HIS 系统 与 LIS system 不 通 , 床位 1 350 张"
    compact, where = without_inner_spaces(text)
    assert compact == "HIS系统与LIS system不通,床位1 350张"
    assert [text[i] for i in where] == list(compact)


def test_a_page_with_a_space_between_characters_in_one_clause_only_keeps_its_themes():
    # a few spaced words in an otherwise plain text
    assert themes_of("乡镇卫生院 人 员 不 足，设备陈旧") == {"workforce", "infrastructure"}
