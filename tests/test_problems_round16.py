"""Problems of kinds the sets opened in round 17 (holdout34-37, holdout28) showed missed, split or taken from
look-alikes, on sentences WRITTEN FOR THESE TESTS (no text from eval/written or data/raw).

One judgement, one problem: an item titled by a short judgement keeps the sentences that substantiate it, whatever
they name; a dash (——) item of a plan's chapter on its problems is an item; an item titled by a named subject that has
weak points (——急救网络存在短板) is a judgement of that subject; weak points said plainly (存在薄弱点) are named by the
clauses after them; a gap measured from a target (距离…差距) and a mindset that persists (…的思想依然存在) stay with the
judgement they follow.  Lists: a lead-in announcing aspects still to be improved (还有几个方面需要改进:) opens its list.  Detection:
still not done said with 没, burdens growing, tasks still heavy, a malpractice reopening after closure, premises
mostly rented, stocks of one kind, work without money of its own, pay judged low, staff changing often, people left
out of the service, disease kept at a high level, complaints judged many, a facility that cannot meet the needs.
Look-alikes: a volume of work kept high, a harm that has not happened, a heavy task that only sets the scene of an
achievement, a measure already set in motion, a notice's purpose before its colon.
"""
from __future__ import annotations

import pytest

from healthdata.extract.problems import extract_problems
from healthdata.textnorm import matching_text
from healthdata.types import ReportText


def problems_of(passage: str) -> list[str]:
    report = ReportText("t#01", "t.txt", passage, matching_text(passage), 0, len(passage))
    return [row["text"] for row in extract_problems(report)]


@pytest.mark.parametrize("passage, problems", [
    # a short judgement titling its item, then sentences with figures (after a ;, about money owed too): one problem
    ("三、存在的问题\n（一）卫生投入与群众需求不匹配。全镇人均公共卫生经费仅4元，离省定标准差距较大；卫生院历史欠债达300万元。\n"
     "（二）人员结构老化。村医平均年龄58岁。\n",
     ["卫生投入与群众需求不匹配。全镇人均公共卫生经费仅4元，离省定标准差距较大；卫生院历史欠债达300万元",
      "人员结构老化。村医平均年龄58岁"]),
    # dash items of a plan's chapter on its problems, each titled by its judgement
    ("第二章　现状与问题\n——基层人才队伍薄弱。乡镇卫生院本科学历人员仅占12%，骨干医生连年外流。\n"
     "——医疗资源布局失衡。优质资源集中在城区，北部山区乡镇服务能力弱。\n第三章　发展目标\n到2030年，人均预期寿命达到80岁。\n",
     ["基层人才队伍薄弱。乡镇卫生院本科学历人员仅占12%，骨干医生连年外流",
      "医疗资源布局失衡。优质资源集中在城区，北部山区乡镇服务能力弱"]),
    # an item titled by a named subject that has weak points judges that subject
    ("二、面临的困难\n——急救网络存在短板。山区乡镇到达现场平均需50分钟，车载设备配置不齐。\n三、主要任务\n",
     ["急救网络存在短板。山区乡镇到达现场平均需50分钟，车载设备配置不齐"]),
])
def test_an_item_titled_by_its_judgement_is_one_problem(passage, problems):
    assert problems_of(passage) == problems


@pytest.mark.parametrize("passage, problems", [
    # aspects still to be improved, announced before their numbered list: the items are the problems
    ("全区全年完成既定任务。\n对照规划目标，我区卫生工作还有几个方面需要改进：\n一是慢病管理质量不高。规范管理率仅为55%。\n"
     "二是村卫生室用房条件差。多数用房面积不足40平方米。\n",
     ["慢病管理质量不高。规范管理率仅为55%", "村卫生室用房条件差。多数用房面积不足40平方米"]),
])
def test_lists_announced_without_naming_their_problems(passage, problems):
    assert problems_of(passage) == problems


@pytest.mark.parametrize("passage, problem", [
    ("全市家庭医生签约稳步推进。社区首诊的就医秩序还没形成。", "社区首诊的就医秩序还没形成"),
    ("全县建成标准化卫生室40个。此外，留守老人慢性病负担加重。", "留守老人慢性病负担加重"),
    ("全年报告乙类传染病203例，其中手足口病占六成，防控任务依然繁重。", "防控任务依然繁重"),
    ("全年检查单位300户次。个别无证诊所关停后又重新开业。", "个别无证诊所关停后又重新开业"),
    ("【短板】 卫生院人员编制不足，山区村卫生室房屋大多为租用。", "山区村卫生室房屋大多为租用"),
    ("全年处置突发事件3起。应急药品储备品种单一。", "应急药品储备品种单一"),
    ("全年开展培训12期。乡村医生继续教育没有专项经费。", "乡村医生继续教育没有专项经费"),
    ("全市接种率保持在95%以上。但肺结核报告发病仍居高位。", "但肺结核报告发病仍居高位"),
    ("全年受理热线诉求500件。节假日门诊挂号排队时间长，群众意见较大。", "群众意见较大"),
    ("【医疗】 县中医院病房楼建于1985年，已不能满足住院需要。", "已不能满足住院需要"),
])
def test_problems_worded_without_the_usual_cues(passage, problem):
    assert any(problem in text for text in problems_of(passage)), problems_of(passage)


@pytest.mark.parametrize("passage, problems", [
    # weak points said plainly, then the clause naming them: one problem
    ("全年院感监测覆盖全部科室。但院内感染防控存在薄弱点，部分科室手卫生执行不严。",
     ["但院内感染防控存在薄弱点，部分科室手卫生执行不严"]),
    # how far a figure falls short of its target
    ("全年新增签约居民1万人。但重点人群签约率仅为38%，距离50%的目标仍有差距。",
     ["但重点人群签约率仅为38%，距离50%的目标仍有差距"]),
    # a mindset that persists shows the neglect judged before it
    ("三、存在的不足\n（一）部分医院对治安防范重视不够，“重业务、轻平安”的思想依然存在。\n",
     ["部分医院对治安防范重视不够，“重业务、轻平安”的思想依然存在"]),
    # complaints judged many, then what the bureau has already done about them: only the complaint
    ("全年受理热线诉求500件。节假日门诊挂号排队时间长，群众意见较大，区卫健委已要求各医院推行分时段预约。",
     ["节假日门诊挂号排队时间长，群众意见较大"]),
])
def test_what_says_more_about_a_judgement_stays_with_it(passage, problems):
    assert problems_of(passage) == problems


@pytest.mark.parametrize("passage", [
    "全年门诊量持续高位，业务收入稳步增长。",
    "今年全县未发生安全事故，还没有接到群众投诉。",
    "在任务繁重的情况下，全体职工圆满完成全年工作。",
    "为满足群众就医需求，新建门诊楼一座，面积8000平方米。",
    "为切实消除消防隐患，现将有关事项通知如下：\n一、提高认识。各单位要明确责任。\n二、全面排查。对消防设施逐一检查。\n",
])
def test_look_alikes_are_no_problems(passage):
    assert problems_of(passage) == []
