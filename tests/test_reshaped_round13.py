"""Pages reshaped the way sites and PDF copies reshape them still say the same (round 13; every page and sentence
here is written for these tests, places and numbers made up):

- a PDF's running head on a line of its own (the office's letterhead 某县卫生局文件, or the report's title repeated)
  beside a page number that cuts a sentence is no words of the sentence: the indicator before the break keeps its
  value after it;
- a long plan's chapter on the present state (第一章 发展基础) reports levels reached also where its heading sits inside
  a line (a page flattened to one line): the chapter runs to the next chapter heading, whose targets stay targets;
- a sharing site's chunk numbers (1、 2、 3、 at line starts) on a PDF copy whose lines are of no one width are the site's
  when one of them cuts a number (…控制在80%—88 / 3、%; …死亡率控制在15/ / 2、10万): the numbers are whole again and
  the per-head financing standard stays a rule;
- an excerpt's ellipsis right after a lead-in's colon (我们将重点办好六件实事：……新建…；…) leaves items out of the list
  and goes on with it: on a page flattened to one line it opens no paragraph, and the items stay plans;
- a chapter heading glued to the first item of its list (第二章 当前的困难一是…) gives the item without the heading.
"""
from __future__ import annotations

from test_metamorphic import page_facts  # (observations and problem texts of a page, through the build's path)
from test_values_holdout18 import page_rows  # (the build's own per-page path; every quote checked against the page)


def read(text: str, *fields: str) -> list[tuple]:
    """The ``fields`` of each observation of a page."""
    return [tuple(r[f] for f in fields) for r in page_rows(text)]


# ------------------------------------------------------------------ a PDF's running head at a page break
RUNNING_HEAD_PAGE = """              青禾县卫生局
          2032年上半年工作总结

    一、疾病预防控制。上半年共报告乙类传染病
{break_}
215例，发病率为38.6/10万，同比下降7.2%，全县未发生突发公共卫生事件。
    二、妇幼保健。上半年住院分娩率99.1%，孕产妇系统管理率92.3%，儿童系统管理率90.8%，
新生儿访视率95.2%，各项指标均好于上年同期。
"""


def _rates(text: str) -> list[tuple]:
    return [r for r in read(text, "value", "indicator_id", "statement") if r[0] in (38.6, 7.2, -7.2)]


def test_a_letterhead_under_the_page_number_does_not_part_an_indicator_from_its_value():
    page = RUNNING_HEAD_PAGE.format(break_="\n                — 1 —\n青禾县卫生局文件")
    assert _rates(page) == [(38.6, "notifiable_disease_incidence", "actual"),
                            (-7.2, "notifiable_disease_incidence", "change")]


def test_a_repeated_title_above_the_page_number_does_not_part_an_indicator_from_its_value():
    page = RUNNING_HEAD_PAGE.format(break_="\n2032年上半年工作总结\n                — 1 —\n")
    assert _rates(page) == [(38.6, "notifiable_disease_incidence", "actual"),
                            (-7.2, "notifiable_disease_incidence", "change")]


def test_the_page_read_on_one_line_says_the_same():
    lined = RUNNING_HEAD_PAGE.format(break_="\n                — 1 —\n青禾县卫生局文件")
    one_line = RUNNING_HEAD_PAGE.format(break_="").replace("\n", "")
    assert _rates(lined) == _rates(one_line)


# ------------------------------------------------------------------ a plan's present-state chapter inside a line
PLAN_CHAPTERS = ("柳川县“十五五”卫生健康事业发展规划\n"
                 "第一章 发展基础{sep}“十四五”时期，全县卫生健康事业稳步发展，每千人口执业（助理）医师数达到2.8人，"
                 "婴儿死亡率下降到4.9‰。\n"
                 "第二章 发展目标{sep}到2030年，每千人口执业（助理）医师数达到3.4人，婴儿死亡率控制在4.5‰以下。\n")


def _statements(text: str) -> list[tuple]:
    return read(text, "value", "statement")


def test_a_present_state_chapter_reports_levels_reached_when_its_heading_is_on_its_own_line():
    assert _statements(PLAN_CHAPTERS.format(sep="\n")) == [(2.8, "actual"), (4.9, "actual"), (3.4, "target"),
                                                             (4.5, "target")]


def test_a_present_state_chapter_heading_inside_a_line_is_read_the_same():
    one_line = PLAN_CHAPTERS.format(sep="").replace("\n", "", 1).replace("\n", "")
    assert "第一章 发展基础“十四五”" in one_line
    assert _statements(one_line) == [(2.8, "actual"), (4.9, "actual"), (3.4, "target"), (4.5, "target")]


# ------------------------------------------------------------------ chunk numbers cutting a number
CHUNKED = """1、石门县卫生局2032年上半年工作总结
    一、新农合。全县参合农民18.6万人，参合率98.2%，人均
2、筹资标准提高到520元，其中各级财政补助430元。上半年补偿参合群众6.2万人次，
基金使用率为47.5%。
    二、下半年打算。确保孕产妇死亡率控制在15/
3、10万以下，基金使用率控制在80%—88
4、%之间。
"""


def test_chunk_numbers_that_cut_a_number_are_removed_on_lines_of_any_width():
    got = read(CHUNKED, "value", "unit", "statement", "comparator")
    assert (520.0, "yuan", "policy", "=") in got and (430.0, "yuan", "policy", "=") in got
    assert (15.0, "per_100k", "target", "<=") in got
    assert (80.0, "percent", "target", ">=") in got and (88.0, "percent", "target", "<=") in got


# ------------------------------------------------------------------ an elision inside a list of plans
EXCERPT = ("2033年政府工作报告（节选）\n……（前略）\n"
           "过去一年，全区新建社区卫生服务站9个，居民健康档案建档率达到83.5%。\n……（中略）\n"
           "我们也看到，工作中还存在一些问题：基层卫生人才引不进、留不住，乡村医生年龄老化；区级医院业务用房紧张，"
           "设备陈旧，难以满足群众就医需求；公共卫生经费投入不足，部分项目推进缓慢；信息化建设滞后，各系统之间数据"
           "不能互通，群众办事仍需多头跑；卫生监督执法力量薄弱，监管覆盖面不够；健康教育形式单一，群众参与度不高；"
           "部分村卫生室房屋破旧，功能不全。\n……（中略）\n"
           "2033年，我们将重点办好六件民生实事：……为全区3 000名老人免费体检；"
           "适龄儿童免疫规划疫苗接种率达到95%以上。\n……（后略）\n")


def test_an_elision_after_a_lead_in_colon_keeps_the_items_plans_on_one_line():
    lined = read(EXCERPT, "value", "statement")
    one_line = read("".join(EXCERPT.split("\n")), "value", "statement")
    assert lined == [(9.0, "actual"), (83.5, "actual"), (3000.0, "target"), (95.0, "target")]
    assert one_line == lined


# ------------------------------------------------------------------ a chapter heading glued to its first item
PLAN_WITH_DIFFICULTIES = ("桐江县“十五五”卫生健康规划\n第一章 发展基础\n“十四五”期间，全县每千人口床位数达到6.1张。\n"
                          "第二章 当前的困难\n一是乡村医生年龄老化，后继乏人；二是县医院业务用房不足，床位长期紧张。\n"
                          "第三章 发展目标\n到2030年，每千人口床位数达到7张。\n")


def test_a_chapter_heading_glued_to_its_first_item_gives_the_item_alone():
    lined = page_facts(PLAN_WITH_DIFFICULTIES)
    one_line = page_facts(PLAN_WITH_DIFFICULTIES.replace("\n", ""))
    assert "乡村医生年龄老化,后继乏人" in lined[1]
    assert one_line[1] == lined[1]
    assert one_line[0] == lined[0]
