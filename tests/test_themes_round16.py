"""Themes a health-policy reader gives to problems (round 16): a hospital's own care of severe cases
and its operations; the mechanism of drugs paying for hospitals; work that drags, records left
incomplete, rules misunderstood; rates of chronic-disease management short of a target; staff
transferred away or counted too few; births at home and care far away; cost of care rising; the
family-planning programme's monitoring of pregnancies; the cold chain; places supervised.

Every sentence is written for this test (none is copied from eval/written or data/raw); the expected
themes are what a reader of ../shared/eval/themes.csv would give.
"""
from __future__ import annotations

import pytest

from test_themes_round14 import reader_themes  # (the themes the package gives a problem statement)


CASES = [
    # a hospital's own care of severe cases is its everyday clinical capacity, not preparedness for a surge
    ("市中医院重症救治水平有待提高", {"service_capacity"}),
    # …whichever order the words of "critical" come in
    ("区医院危急重症救治能力偏弱", {"service_capacity"}),
    # …and the operations it can do
    ("乡镇卫生院手术能力普遍较弱", {"service_capacity"}),
    # …while the severe cases of an epidemic stay the system's preparedness
    ("应对突发疫情的重症救治体系尚不健全", {"emergency_capacity"}),
    # hospitals living on the margin of the drugs they sell: the compensation mechanism the reform targets
    ("以药养医的局面尚未扭转", {"reform"}),
    # …and the cost of care rising is the residents' burden
    ("近年来次均住院费用增长过快", {"equity_access"}),
    # …unless named as the change that brought another problem about
    ("随着住院费用逐年上涨，统筹基金出现收不抵支", {"funding"}),
    # the staff, money and goods of a consortium managed as one: the integration the reform builds
    ("县域医共体人财物统一调配机制尚未理顺", {"reform"}),
    # (a patient's money and goods are no such thing: conduct)
    ("个别医生收受病人财物", {"integrity"}),
    # work that drags, and cadres who shirk what is hard: implementation
    ("少数科室工作拖沓，任务完成不及时", {"execution"}),
    ("个别干部缺乏担当，遇事推诿", {"execution"}),
    # …and progress that drags, whatever the work
    ("儿童健康管理项目进度拖沓", {"execution"}),
    # records of routine work incomplete or filled in afterwards: how the work is done
    ("部分站点儿童体检记录不完整", {"execution"}),
    ("部分随访表格存在事后补录的情况", {"execution"}),
    # a policy misunderstood by those it serves: the work of explaining it, not the money it pays
    ("一些群众对大病保险报销政策理解有偏差", {"execution"}),
    # a stay split in two to draw twice on the fund: what the scheme's supervision fails to stop
    ("有的定点医院存在分解住院现象", {"execution"}),
    # the share of chronic patients managed to the standard, short of its target: the work's gap, for
    # every disease listed before it
    ("辖区高血压、糖尿病患者规范管理率均未达到年度目标", {"execution"}),
    # staff transferred away, or counted too few for the work
    ("今年又有两名骨干医生调离卫生院", {"workforce"}),
    ("妇幼保健专干只有2名，难以承担全镇孕产妇随访", {"workforce"}),
    # births at home: mothers who do not reach a delivery room
    ("高寒牧区仍有一些产妇在家分娩", {"equity_access"}),
    # care far away for the residents
    ("新区居民到最近的社区卫生服务站距离较远", {"equity_access"}),
    # the family-planning programme watches pregnancies; that is its monitoring, not disease surveillance
    ("外出育龄妇女多，孕情监测难以做到全覆盖", {"family_planning"}),
    # the cold chain of vaccines is equipment; the vaccination point only says where
    ("部分接种单位冷链设备超期使用", {"infrastructure"}),
    # medicines bought outside the lawful channels: the market's order (the village doctor who does it
    # is no question of staffing)
    ("少数村卫生室药品购进渠道不正规", {"market_order"}),
    ("有的村医私自购药后在村里出售", {"market_order"}),
    # patients who can only be sent elsewhere: what the hospital cannot treat
    ("县医院不能做介入手术，心梗病人只能转往市里", {"service_capacity"}),
    # the trip to care judged hard
    ("偏远村组群众就医出行难", {"equity_access"}),
    # a policy named as what came before only says when: the beds and the doctors are short
    ("新的生育政策实施后，产科床位和儿科医生都很紧张", {"infrastructure", "workforce"}),
    # …but patients turned away are conduct, not work that drags
    ("个别科室推诿危重病人的作风问题仍有发生", {"integrity"}),
    # the health facilities a new housing area is to be given are premises
    ("部分新建住宅区卫生配套建设滞后", {"infrastructure"}),
    # the places named as where an outbreak happens are no premises of the health system
    ("托幼机构等重点场所诺如病毒聚集性疫情时有发生", {"public_health_pressure"}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_reader_themes(text: str, expected: set[str]) -> None:
    assert reader_themes(text) == expected
