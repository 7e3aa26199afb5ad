"""Themes a health-policy reader gives to problems (round 14): subjects a reader infers, keywords near
but not about the subject, the failure words that make ``execution``.

Every sentence is written for this test (none is copied from eval/written or data/raw); the expected
themes are what a reader of ../shared/eval/themes.csv would give.
"""
from __future__ import annotations

import pytest

from healthdata.extract.problems.sections import section_problem_spans
from healthdata.normalize.themes import theme_ids, themes_for
from healthdata.textnorm import matching_text


def reader_themes(text: str) -> set[str]:
    """The themes the package gives a problem statement."""
    return set(theme_ids(themes_for(matching_text(text))))


CASES = [
    # the everyday care of critical cases by the hospitals is their capacity, no preparedness for a surge
    ("市二院胸痛、卒中等急危重症救治能力仍然不足", {"service_capacity"}),
    # the network of pre-hospital emergency care is preparedness only
    ("院前急救网络站点偏少", {"emergency_capacity"}),
    # the steps of a process listed before 等环节 say where the supervision fails
    ("专项资金支出、设备招标等环节监管不严", {"execution"}),
    # a disease-control body named first in a list of bodies only says whose money
    ("疾控、妇幼机构缺少日常工作经费", {"funding"}),
    # …and a disease-control centre's laboratory testing is what the system has against an epidemic where one is named
    # (round 28: with none named, the capacity of the service, see test_themes_round28.py)
    ("市疾控中心实验室检测能力偏弱，应对重大疫情的准备不足", {"emergency_capacity"}),
    # failure words: hard to carry out, not in time, with a softener, residents who do not go along
    ("入户随访工作难以落实", {"execution"}),
    # …and after a judgement of staff, what that judgement leads to (both themes, one problem: see below)
    ("村医人数偏少，入户随访难以到位", {"workforce", "execution"}),
    ("部分低保对象未及时参保", {"execution", "equity_access"}),
    ("部分传染病例未及时网络直报", {"execution"}),
    ("村卫生室处方书写不够规范，诊疗设备陈旧", {"execution", "infrastructure"}),
    ("偏远乡镇卫生监督频次偏低", {"execution"}),
    ("部分居民对入户随访不配合", {"execution"}),
    # a lasting mechanism of management not built is the work not kept up, no reform
    ("村庄保洁长效管理机制还没有形成", {"execution"}),
    # bodies whose mandates overlap: the structure of governance
    ("医保与卫健部门职责交叉，多头管理", {"reform"}),
    # staff overloaded
    ("公卫科工作负荷过重", {"workforce"}),
    # a subsidy named for rural doctors is money not paid, not staffing
    ("村医公共卫生补助发放滞后", {"funding"}),
    # the village health workers of a line of care; staff who do not know their work
    ("村级保健员年龄普遍偏大", {"workforce"}),
    ("新进职工业务生疏", {"workforce"}),
    # the way to care, minority areas, a service that hardly reaches people, what care costs a family
    ("部分行政村交通不便", {"equity_access"}),
    ("民族聚居乡镇群众健康水平偏低", {"equity_access"}),
    ("边远村组孕产妇系统管理覆盖难", {"equity_access"}),
    ("康复服务价格偏高", {"equity_access"}),
    # residents left out of the health insurance
    ("部分灵活就业人员一直未参保", {"equity_access"}),
    ("新生儿漏保现象时有发生", {"equity_access"}),
    ("农村居民大病负担较重", {"equity_access"}),
    # the women the family-planning work follows and what it watches
    ("育龄妇女外出多，孕情难掌握", {"family_planning"}),
    # places of childcare (round 26: a service out of families' reach, like childcare supplied short)
    ("社区普惠托位缺口较大", {"equity_access"}),
    # finding those at risk; a clinical department built up; patients sent elsewhere; facilities overrun
    ("基层卫生院儿童发育筛查能力弱", {"service_capacity"}),
    ("县医院儿科建设滞后", {"service_capacity"}),
    ("部分重症病人仍需转往省城救治", {"service_capacity"}),
    ("城区大医院医疗资源挤兑严重", {"equity_access", "service_capacity"}),
    # the technical strength of a facility is its care and its staff; the grassroots as the weak link
    ("县中医院技术力量不足", {"service_capacity", "workforce"}),
    ("镇卫生院技术力量薄弱", {"service_capacity", "workforce"}),
    ("基层依然是薄弱环节", {"service_capacity"}),
    # what people misjudge or neglect, named as a line of work or a policy, only says which work
    ("部分乡镇对公立医院改革工作认识模糊", {"execution"}),
    ("部分居民对慢病签约政策了解不够", {"execution"}),
    ("部分参保人对异地就医备案政策知晓率不高", {"execution"}),
    # a body or measure of the reform named before money only says whose money
    ("县域医共体历史债务化解压力大", {"funding"}),
    ("药品零差率专项补助到位率低", {"funding"}),
    # demand said to be weak is no unmet need
    ("普惠托育服务需求不旺", {"family_planning"}),
    # the coverage of the programme's check-ups is its work, not a burden of disease
    ("儿童健康体检覆盖面不广", {"execution"}),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_reader_gives_these_themes(text, expected):
    assert reader_themes(text) == expected


# Guards of the rules above: where they must not reach.
GUARDS = [
    # money hard to get in place stays money not provided
    ("县级配套资金难以到位", {"funding"}),
    # misjudging one's duty of integrity is a failure of integrity as well
    ("少数科室负责人对行风建设工作重视不够", {"integrity", "execution"}),
    # what people misjudge about a reform itself, not named as a work or a policy, keeps the reform
    ("部分医生对分级诊疗的意义理解不深", {"reform"}),
    # a reform's institution judged by a failure of its rules stays the reform's
    ("分级诊疗制度仍不健全", {"reform", "execution"}),
]


@pytest.mark.parametrize("text, expected", GUARDS, ids=[g[0] for g in GUARDS])
def test_rules_stop_where_they_should(text, expected):
    assert reader_themes(text) == expected


# Metamorphic: the same problem in Traditional characters, or with a clause of figures added that
# names no subject, keeps its themes.
METAMORPHIC = [
    ("入户随访工作难以落实", "入戶隨訪工作難以落實"),
    ("部分行政村交通不便", "部分行政村交通不便，最远的距卫生院40公里"),
    ("市二院胸痛、卒中等急危重症救治能力仍然不足", "市二院胸痛、卒中等急危重症救治能力仍然不足，辖区人口约60万"),
]


@pytest.mark.parametrize("plain, reshaped", METAMORPHIC, ids=[m[1] for m in METAMORPHIC])
def test_reshaped_problem_keeps_its_themes(plain, reshaped):
    assert reader_themes(plain) and reader_themes(reshaped) == reader_themes(plain)


# A failure word after a judgement says what the judgement leads to: it gives its theme and names no
# subject that would cut the problem in two (the problem detection cuts a clause about another subject).
ONE_PROBLEM = [
    "村医人数偏少，入户随访难以到位",
    "牧区居住分散，服务半径大，入户核查难以落实",
]


@pytest.mark.parametrize("text", ONE_PROBLEM)
def test_a_consequence_stays_in_its_problem(text):
    match = matching_text(text)
    assert [match[a:b] for a, b in section_problem_spans(match, 0, len(match))] == [match]
