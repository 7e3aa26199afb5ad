"""Themes a health-policy reader gives to problems (round 17): money or patients lost are no staff
leaving; a place named by who lives there only says where; money held against the need judges the
money; blind spots of management, work stuck in meetings, tasks' rates of being done
short; the duty of a unit's head for conduct, off-book sales money, openness of a unit's affairs; the
guards of a facility; digitised records; care a facility cannot give.

Every sentence is written for this test (none is copied from eval/written or data/raw); the expected
themes are what a reader of ../shared/eval/themes.csv would give.
"""
from __future__ import annotations

import pytest

from test_themes_round14 import reader_themes  # (the themes the package gives a problem statement)


CASES = [
    # money said to be lost to the fund is the fund's money, not staff leaving
    ("部分统筹地区医保资金流失问题不容忽视", {"funding"}),
    # …and patients who go elsewhere are no staff either
    ("镇卫生院病人流失严重，门诊量逐年下降", {"service_capacity"}),
    # (staff who leave stay the workforce: a guard)
    ("乡镇卫生院骨干医生流失严重", {"workforce"}),
    # people living together in their own area only say where a burden or a programme falls …
    ("外来务工人员聚居的城中村肺结核疫情时有发生", {"public_health_pressure"}),
    ("彝族聚居村部分群众生育观念仍较陈旧", {"family_planning"}),
    # … and stand for the place behind when nothing else is judged (a guard)
    ("全县有十二个少数民族聚居村", {"equity_access"}),
    # money held against the need judges the money
    ("妇幼项目经费与群众保健需求相差较大", {"funding"}),
    ("县财政卫生投入与群众健康需求不相适应", {"funding"}),
    # blind spots of management are a gap of implementation
    ("辖区出租屋人群健康服务管理存在一定盲区", {"execution"}),
    # work that stays in meetings or on paper
    ("部门联席会议制度停留在文件层面", {"execution"}),
    # a task's rate of being done, short: the work; money's rate of arriving: the money
    ("季度随访到位率只有六成左右", {"execution"}),
    ("县级配套资金到位率偏低", {"funding"}),
    # rules carried out loosely
    ("个别单位安全责任制落实不严", {"execution"}),
    # the head's duty for the conduct of the unit beside its work
    ("少数科室负责人落实“一岗双责”不够有力", {"integrity"}),
    # sales money kept off the books
    ("个别卫生院耗材销售款“体外循环”的问题仍未根治", {"integrity"}),
    # openness of a unit's affairs and decisions on large spending
    ("有的医院院务公开内容不全", {"integrity"}),
    ("个别卫生院大额资金支出未经集体决策", {"integrity"}),
    # the guards and technical means that keep a facility safe
    ("部分门诊部人防力量不足，技防设施老旧", {"public_order", "infrastructure"}),
    # paper records not yet turned into data
    ("病案数字化工作刚刚起步", {"informatization"}),
    # the family-planning population information system
    ("全员人口信息库更新不及时", {"informatization", "execution"}),
    # care a facility cannot give, said after the care
    ("中心卫生院胃镜检查至今开展不了", {"service_capacity"}),
    # staff too few to be spared for training
    ("基层单位工学矛盾比较突出", {"workforce"}),
    # faults found and left standing
    ("安全检查存在重督查、轻整改的倾向", {"execution"}),
    # money recovered for breaking the rules is conduct, not money short (the stays made up are the fund's supervision
    # too: see tests/test_themes_round31.py)
    ("医保稽查共追回违规资金5万余元，个别卫生院存在挂床现象", {"integrity", "execution"}),
    # public-health services unequally given
    ("各社区之间公共卫生服务均等化程度不高", {"equity_access"}),
]


@pytest.mark.parametrize("text, themes", CASES, ids=[c[0] for c in CASES])
def test_reader_themes(text, themes):
    assert reader_themes(text) == themes


TRADITIONAL = [
    # the same judgements written in Traditional characters give the same themes
    ("辖区出租屋人群健康服务管理存在一定盲区", "轄區出租屋人群健康服務管理存在一定盲區"),
    ("部分统筹地区医保资金流失问题不容忽视", "部分統籌地區醫保資金流失問題不容忽視"),
    ("有的医院院务公开内容不全", "有的醫院院務公開內容不全"),
    ("外来务工人员聚居的城中村肺结核疫情时有发生", "外來務工人員聚居的城中村肺結核疫情時有發生"),
]


@pytest.mark.parametrize("simplified, traditional", TRADITIONAL, ids=[c[0] for c in TRADITIONAL])
def test_traditional_gives_the_same_themes(simplified, traditional):
    assert reader_themes(traditional) == reader_themes(simplified)
    assert reader_themes(traditional)  # and some theme at all
