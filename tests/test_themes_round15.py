"""Themes a health-policy reader gives to problems (round 15): what the judgement is about when a
keyword names a cause, a period or a hazard rather than the subject; routine-work rates short of their
target; patients who leave for care elsewhere; information systems named by their letters.

Every sentence is written for this test (none is copied from eval/written or data/raw); the expected
themes are what a reader of ../shared/eval/themes.csv would give.
"""
from __future__ import annotations

import pytest

from test_themes_round14 import reader_themes  # (the themes the package gives a problem statement)


CASES = [
    # a cause named as what held the weakness back or struck it is no subject: the money in 受…财力所限
    # does not make a problem about equipment a problem about money
    ("受县级财力所限，多数村卫生室诊疗设备老旧", {"infrastructure"}),
    # …nor the epidemic in 受疫情冲击: the problem is the progress of the work
    ("受疫情冲击，妇女两癌筛查进度滞后", {"execution"}),
    # …and a period named at the clause's head only says when (the facilities' money is the problem)
    ("疫情期间部分卫生院运转经费紧张", {"funding"}),
    # a hazard without what is at risk is the building's, not public order
    ("卫生院老住院楼墙体开裂，存在安全隐患", {"infrastructure"}),
    # …while the fire safety of a unit stays public order
    # fire-safety equipment missing is equipment (every gold problem on 消防设施 has infrastructure; round 19)
    ("部分村卫生室消防设施配备不全", {"infrastructure"}),
    # the rate of a programme's routine care judged short is the work not carried to the patients; the
    # disease named before the rate only says whose care it is
    ("辖区糖尿病患者规范管理率未达标", {"execution"}),
    ("肺结核患者随访率低于省定要求", {"execution"}),
    # …and an indicator set from above not reached
    ("儿童眼保健覆盖率未达到市下达指标", {"execution"}),
    # …while a low immunisation coverage stays the burden of the disease programme
    ("流感疫苗接种率偏低", {"public_health_pressure"}),
    # the quality of what is entered or reported upward is the records' work, not the quality of care
    ("统计月报报送质量不高", {"execution"}),
    # residents who leave the place for care: access, and the care near them that cannot keep them
    ("群众外流就医现象仍然普遍", {"equity_access"}),
    ("不少病人小病也往县城大医院跑", {"equity_access"}),
    ("部分重症患者流向省会就医", {"equity_access"}),
    # the hospital's and the laboratory's systems named by their letters; systems that do not exchange data
    ("县医院HIS无法与基层对接", {"informatization"}),
    ("检验科LIS系统老化，经常宕机", {"informatization"}),
    ("妇幼系统与医保系统不能互通", {"informatization"}),
    # the family-planning programme's own cadres: the programme and its staffing
    ("村级计生专干兼职多、更换频繁", {"family_planning", "workforce"}),
    ("基层计生队伍年龄老化", {"family_planning", "workforce"}),
    # the amount of performance pay judged low is money; the pay system the reform put in place is reform too
    ("乡镇卫生院绩效工资水平偏低", {"funding"}),
    ("实行绩效工资后干多干少差别不大", {"reform", "funding"}),
    ("卫生院绩效工资分配办法不够合理", {"reform", "funding"}),
    # the insured who get little out of the scheme; residents who put off care when ill
    ("参合农民受益面偏窄", {"equity_access"}),
    ("山村老人有病拖着不看的情况仍较普遍", {"equity_access"}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_reader_themes(text: str, expected: set[str]) -> None:
    assert reader_themes(text) == expected


def test_a_cause_stays_when_nothing_else_is_named() -> None:
    # a clause that is only a cause keeps its theme when nothing else in the problem names a subject
    assert reader_themes("受财力所限") == {"funding"}


def test_a_rate_judged_short_after_a_disease_of_the_same_clause_drops_only_that_disease() -> None:
    # the rate's disease is a qualifier; a burden stated in its own clause still counts
    assert reader_themes("高血压患者规范管理率低于目标，结核病疫情形势严峻") == {"execution", "public_health_pressure"}
