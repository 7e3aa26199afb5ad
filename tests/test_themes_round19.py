"""Themes a health-policy reader gives to problems (round 19 of the theme vocabulary): a supervisor's
caseload counts the staff, not a failure of supervision; the capacity to prevent and treat a disease
is the care, not the disease's burden; the setting a clause opens with (…常态化下, …背景下) and a
measure of the reform named as what came before (零差率销售后) say when, not what; the mechanism that
settles medical disputes is a mechanism of the reform; inspectors who take what they can and staff
who are cold and push patients away are conduct; what patients go through at a facility and the
tests it offers are its care, the quality of enforcement paperwork is not; staff without a licence
to practise are staff; a facility on cramped grounds is a building; health workers who
leave to work elsewhere are staff lost, not a mobile population; the new duties a bureau was given,
listed before 等新职能, only say which duties.

Every sentence is written for this test (none is copied from eval/written or data/raw); the expected
themes are what a reader of ../shared/eval/themes.csv would give.
"""
from __future__ import annotations

import pytest

from healthdata.textnorm import to_simplified
from test_themes_round14 import reader_themes  # (the themes the package gives a problem statement)

CASES = [
    # a supervisor's caseload said per head, with the verb between, counts the staff
    ("卫生监督所现有监督员15人，人均负责监管单位达到240家", {"workforce"}),
    # …and so does the force of supervisors held against the supervision it must do
    ("全县卫生执法力量与监管任务不相适应", {"workforce"}),
    # (a failure of supervision itself stays execution)
    ("部分乡镇对小餐饮的监管不到位", {"execution"}),
    # a disease named alone is the burden
    ("结核病疫情依然严峻", {"public_health_pressure"}),
    # the setting a clause opens with says when the weakness showed, not what it is
    ("在疫情防控常态化下，社区医务人员长期超负荷运转", {"workforce"}),
    # a measure of the reform named as what came before says when, the money is the problem
    ("实行药品零差率销售后，乡镇卫生院的财政补助跟不上", {"funding"}),
    # inspectors who take what they can, or enforce by favour, fail at integrity
    ("少数执法人员存在吃拿卡要现象", {"integrity"}),
    ("个别执法队员人情执法", {"integrity"}),
    # the stock phrase of staff who are cold, hard, rude and push patients away is conduct
    ("部分收费窗口冷、硬、横、推现象仍然存在", {"integrity"}),
    # what patients go through when they seek care is the quality of the service
    ("患者在区医院的就医体验仍不理想", {"service_capacity"}),
    # the tests a facility offers are the care it can give
    ("不少村卫生室检查项目单一", {"service_capacity"}),
    # the quality of enforcement paperwork is how the work is done, not care
    ("部分案卷执法文书制作质量较差，程序不规范", {"execution"}),
    # staff without a licence to practise are staff
    ("在岗人员中近四成未取得执业资格", {"workforce"}),
    ("全院在岗的34人中有11人没有取得执业资格", {"workforce"}),
    # a facility on cramped grounds is a building
    ("县妇幼保健院院区面积狭小", {"infrastructure"}),
    # health workers who leave to work elsewhere are staff lost, not a mobile population
    ("近年来村医外出务工的越来越多，村卫生室无人值守", {"workforce"}),
    # (migrant workers as residents who are hard to reach stay the burden of a mobile population)
    ("外出务工人员多，儿童预防接种底数不清", {"public_health_pressure"}),
    # a unit's own responsibility for clean conduct carried out less at each level down is integrity as
    # well as execution
    ("个别科室主体责任落实层层递减", {"integrity", "execution"}),
    # staff changed often are a weakness of the staff
    ("基层防疫人员变动频繁", {"workforce"}),
    # the guards of a facility, few or old, are its security, not its health workforce
    ("部分卫生院安保人员配备不足", {"public_order"}),
    # the way to care cut off for a season is access; the vehicles staff need to reach residents are equipment
    ("汛期山路中断交通，孕妇到乡卫生院产检困难", {"equity_access"}),
    ("部分乡卫生院公卫人员入户随访缺少交通工具", {"infrastructure"}),
    # the sales representatives of drug firms in hospitals are the channel of kickbacks: integrity
    ("医院对医药代表的接待管理不严", {"integrity"}),
    # the management of a budget's projects and their performance targets is how the work is done
    ("部分专项的绩效目标设置不够明确", {"execution"}),
    ("个别项目前期论证不充分", {"execution"}),
    # quality named as what pay is tied to is a rule of pay, not the quality of care
    ("绩效分配与服务质量挂钩不紧密，激励机制不健全", {"reform"}),
    # the mechanisms by which bodies work together or share are mechanisms of the reform
    ("县乡两级医疗机构分工协作机制尚未形成", {"reform"}),
    ("医院与医保部门的利益共享机制还没有建立", {"reform"}),
    # a service no longer given in the ordinary way, or a department that cannot be opened, is the care
    ("部分中心卫生院已无法正常开展手术", {"service_capacity"}),
    ("受场地限制，中医科无法开设", {"service_capacity"}),
    # a target still some way off, with nothing else named, is a gap of implementation
    ("距年初确定的目标尚有差距", {"execution"}),
    # records made up or untrue are how the work is done
    ("部分卫生院随访记录造假", {"execution"}),
    ("乡镇卫生院的新生儿随访不实", {"execution"}),
    # residents who live scattered far apart are far from care
    ("高寒牧区牧民居住分散，巡诊一次要走几十公里", {"equity_access"}),
    # (where a burden of disease is named, scattered living only says where it falls)
    ("牧区居住分散，棘球蚴病防控形势依然严峻", {"public_health_pressure"}),
    # residents who must travel to the city for care
    ("乡里群众看病还得往州府跑", {"equity_access"}),
    # the resources of a kind of care supplied short are the capacity to give it
    ("新生儿科资源供给明显不足", {"service_capacity"}),
]


@pytest.mark.parametrize("text, themes", CASES, ids=[c[0] for c in CASES])
def test_reader_themes(text, themes):
    assert reader_themes(text) == themes


def test_the_mechanism_that_settles_medical_disputes_is_the_reforms():
    """The mechanism that settles disputes between patients and hospitals is one the reform builds (the
    disputes named beside it may give public order as well: the written sets split on that)."""
    assert "reform" in reader_themes("全市医患纠纷调处机制尚不健全")
    assert "reform" in reader_themes("医疗纠纷人民调解机制刚刚建立，运转还不顺畅")


def test_new_duties_listed_before_deng_name_no_theme_of_their_own():
    """The new duties listed before 等新职能 only say which duties started late: the problem is the staff
    (a reader would not file it under family planning for 托育 or access for 医养结合)."""
    text = "医养结合、托育服务等新职能刚刚起步，专业人才明显不足"
    assert reader_themes(text) == {"workforce"}


TRADITIONAL = [
    "衛生監督所現有監督員15人，人均負責監管單位達到240家",
    "在疫情防控常態化下，社區醫務人員長期超負荷運轉",
    "部分收費窗口冷、硬、橫、推現象仍然存在",
    "實行藥品零差率銷售後，鄉鎮衛生院的財政補助跟不上",
]


@pytest.mark.parametrize("traditional", TRADITIONAL)
def test_traditional_gives_the_same_themes(traditional):
    assert reader_themes(traditional) == reader_themes(to_simplified(traditional))
    assert reader_themes(traditional)  # and some theme at all
