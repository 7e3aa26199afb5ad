"""Pages reshaped the way sites and PDF copies reshape them still say the same (round 14; every page and sentence
here is written for these tests, places and numbers made up):

- a labelled date written out to its 日 with the report's year glued to it (发布日期：2032年01月10日2031年，…), also after
  the page's tools (【打印】 发布日期：…), ends the site's line: the text after it is the report's;
- a rate's name ending a PDF line right before its value (…规范管理率 / 66.8%，…) is read with its value;
- a report's closing words (特此报告。) or its bracketed sign-off after the last problem are no words of it, on its own
  line or glued to it;
- an attached plan's title glued to its first heading (附：…工作计划（一）…) opens the plan on a one-line page;
- a section heading naming the year's work glued to the section's first sentence (三、2032年工作思路2032年，…) is a heading;
- a title with an edition note in brackets (…规划（摘要）一、发展基础…) is broken after the note;
- a summary's weak links or challenges (工作中的薄弱环节和差距：, 面临的挑战：) glued to the sentence before head the
  problems section;
- a speech's own date line wins over a later date a site prints above it;
- a sharing site's page-end note or notice between rules glued after a sentence is no words of it, and one between
  the two pieces of a number is removed;
- a plan's look back at the year before (一、2031年工作简要回顾) reports levels reached, also where its heading follows
  the title's date in brackets on one line, and its measures heading glued to its opening clause (四、保障措施针对上述不足，…)
  heads no problems.
"""
from __future__ import annotations

import pytest
from test_metamorphic import page_facts  # (observations and problem texts of a page, through the build's path)
from test_values_holdout18 import page_rows  # (the build's own per-page path; every quote checked against the page)


def read(text: str, *fields: str) -> list[tuple]:
    """The ``fields`` of each observation of a page."""
    return [tuple(r[f] for f in fields) for r in page_rows(text)]


def joined(page: str, sep: str = "") -> str:
    """The page with its lines joined by ``sep`` (a page flattened to one line)."""
    return sep.join(line.strip() for line in page.split("\n") if line.strip())


def says_the_same(lined: str, flat: str) -> bool:
    obs0, probs0, _ = page_facts(lined)
    obs1, probs1, errors = page_facts(flat)
    return not errors and obs0 == obs1 and probs0 == probs1


def flat_reads(page: str, value_statement: tuple) -> bool:
    """Whether the page on one line reads ``(value, statement)`` and says the same as the page."""
    flat = joined(page)
    return value_statement in read(flat, "value", "statement") and says_the_same(page, flat)


# ------------------------------------------------------------------ a labelled date glued to the report's year
DATED_PAGE = """青禾县卫生局2031年妇幼卫生工作总结
【字体：大 中 小】【打印】 发布日期：2032年01月10日
2031年，全县孕产妇死亡率为11.2/10万，住院分娩率达到99.4%，新生儿访视率96.3%。
"""


def test_a_date_written_to_its_day_ends_the_sites_line_before_a_glued_year():
    rates = read(joined(DATED_PAGE), "value", "indicator_id", "statement")
    assert (99.4, "hospital_delivery_rate", "actual") in rates
    assert says_the_same(DATED_PAGE, joined(DATED_PAGE))


def test_the_dated_line_set_off_by_spaces_after_the_pages_tools_says_the_same():
    assert says_the_same(DATED_PAGE, joined(DATED_PAGE, " "))


# ------------------------------------------------------------------ a rate's name wrapped before its value
def test_a_rate_name_ending_a_pdf_line_keeps_its_value():
    page = ("青禾县2031年卫生健康事业发展统计公报\n"
            "　　二、基本公共卫生服务\n"
            "　　全县65岁以上老年人健康管理率为70.2%，全县高血压患者规范管理率\n"
            "66.8%，2型糖尿病患者规范管理率61.5%。\n")
    assert (66.8, "hypertension_management_rate", "actual") in read(page, "value", "indicator_id", "statement")


# ------------------------------------------------------------------ closing words after the last problem
CLOSING_PAGE = """石泉县卫生局关于2031年公共卫生工作情况的报告
一、工作进展
全县居民健康档案建档率达到86.5%，适龄儿童免疫规划疫苗接种率保持在95%以上。
二、存在问题
（一）乡村医生老龄化严重，平均年龄达到58岁，后继乏人；
（二）县级财政困难，公共卫生配套资金到位率仅为55%。
{closing}
"""


LAST_PROBLEM = "县级财政困难,公共卫生配套资金到位率仅为55%"  # (as page_facts compares problem texts)


def test_closing_words_after_the_last_problem_are_not_part_of_it():
    page = CLOSING_PAGE.format(closing="特此报告。")
    assert LAST_PROBLEM in page_facts(page)[1] and says_the_same(page, joined(page))


def test_a_bracketed_sign_off_after_the_last_problem_is_not_part_of_it():
    page = CLOSING_PAGE.format(closing="（县卫生局办公室　2032年1月8日）")
    assert LAST_PROBLEM in page_facts(page)[1] and says_the_same(page, joined(page))


# ------------------------------------------------------------------ an attached plan's title glued to its heading
def test_an_attached_plans_title_glued_to_its_first_heading_opens_the_plan():
    summary = ("柳溪县卫生局2031年上半年工作总结\n"
               "上半年，全县门诊量同比增长5.2%，住院分娩率达到99.1%。\n"
               "存在问题：一是人员不足，二是设备老化。\n")
    plan = ("附：柳溪县卫生局2031年下半年工作计划\n"
            "（一）确保完成全年目标。全年孕产妇死亡率控制在16/10万以下；家庭医生签约率达到62%以上。\n"
            "（二）抓好项目建设。下半年完成投资1.8亿元。\n")
    flat = joined(summary) + "\n\n" + joined(plan)
    assert (62.0, "target") in read(flat, "value", "statement")
    assert says_the_same(summary + "\n" + plan, flat)


# ------------------------------------------------------------------ a year's heading glued to a sentence opening with the year
YEAR_HEADING_PAGE = """桐山县卫生局2031年工作总结和2032年工作思路
一、主要成效
全县新农合参合率达到98.2%，孕产妇死亡率为14.6/10万。全年开展健康教育讲座一百二十场，发放宣传资料3.6万份，居民健康素养水平达到21.4%，较上年提高1.8个百分点。县人民医院新建门诊综合楼投入使用，新增床位120张，乡镇卫生院标准化建设全部完成，村卫生室实现公有产权全覆盖。全县65岁以上老年人健康管理率达到68.2%，高血压患者规范管理率达到63.5%，严重精神障碍患者规范管理率达到86.1%。
二、存在的问题
一是基层卫生人才匮乏；二是部分卫生院设备陈旧。
三、2032年工作思路
2032年，力争全县居民健康档案建档率达到85%以上；孕产妇死亡率控制在14/10万以内。
"""


def test_a_years_plan_heading_glued_to_a_sentence_opening_with_the_year_is_a_heading():
    assert flat_reads(YEAR_HEADING_PAGE, (85.0, "target"))


# ------------------------------------------------------------------ a title's edition note in brackets
def test_a_titles_edition_note_stays_with_the_title():
    page = ("云岭区卫生健康发展“十五五”规划（摘要）\n"
            "一、发展基础\n"
            "“十四五”期间，全区孕产妇死亡率由2020年的9.8/10万下降到2025年的6.1/10万；每千常住人口医疗机构床位数从4.1张增加到4.6张。\n"
            "同时也要看到，优质医疗资源分布仍不均衡，北部地区医疗服务供给偏少；社区卫生服务中心全科医生缺口约120名；人口老龄化带来的慢性病负担持续加重；"
            "区级医院学科建设相对薄弱，高层次人才引进难、留住难，部分专科服务能力与群众需求仍有差距。\n"
            "二、主要指标\n"
            "到2030年，全区孕产妇死亡率控制在6/10万以下；每千常住人口医疗机构床位数达到5.2张；每万常住人口全科医生数达到4.2名；"
            "居民健康素养水平提高到38%以上；65岁以上老年人健康管理率保持在70%以上。\n")
    assert flat_reads(page, (4.6, "actual"))


# ------------------------------------------------------------------ weak links and challenges glued to the sentence before
def test_weak_links_glued_to_the_sentence_before_head_the_problems():
    page = ("南屏市卫生监督所2031年工作总结\n"
            "全年监督检查各类单位1 820户次，从业人员健康体检率97.1%。\n"
            "工作中的薄弱环节和差距：\n"
            "1.监督覆盖面不够，农村地区监督频次明显不足。\n"
            "2.部分监督员业务素质不高，执法文书不规范。\n")
    assert says_the_same(page, joined(page))


def test_the_next_years_plan_named_by_its_year_ends_the_problems_glued_before_it():
    page = ("东林区卫生局2031年工作总结和2032年工作要点\n"
            "2031年，全区社区卫生服务人口覆盖率达到96%，婴儿死亡率2.9‰。工作中的差距：一是全科医师短缺，持证上岗率仅为61%；"
            "二是城乡结合部非法行医反弹快，打击难度大。2032年工作要点：外来孕产妇系统管理率提高到82%；年内新增社区卫生服务站16个。\n")
    _, problems, _ = page_facts(page)
    assert problems == {"全科医师短缺,持证上岗率仅为61%": 1, "城乡结合部非法行医反弹快,打击难度大": 1}
    assert (82.0, "target") in read(page, "value", "statement")


def test_challenges_glued_to_the_sentence_before_head_the_problems():
    page = ("北川市疾病预防控制中心2031年工作总结\n"
            "全年报告法定传染病3 116例，报告发病率为201.4/10万。\n"
            "面临的挑战：一是输入性传染病风险持续存在，口岸防控压力较大；二是实验室检测能力不足，仅有检测人员9名。\n")
    assert says_the_same(page, joined(page))


# ------------------------------------------------------------------ the speech's own date over the site's date
def test_a_speechs_own_date_wins_over_a_later_date_the_site_prints():
    speech = ("在2031年全县卫生健康工作会议上的讲话\n"
              "（2031年2月26日）\n"
              "同志们：\n"
              "一、2030年工作回顾\n"
              "过去一年，全县婴儿死亡率下降到4.3‰，住院分娩率达到99.6%。\n"
              "二、2031年重点工作\n"
              "（一）抓好公共卫生。适龄儿童免疫规划疫苗接种率保持在95%以上，高血压患者规范管理率达到66%。\n")
    reposted = "发布时间：2036-03-02 浏览次数：318\n" + speech
    assert (66.0, "target") in read(speech, "value", "statement")
    assert (66.0, "target") in read(reposted, "value", "statement")


# ------------------------------------------------------------------ a sharing site's notes between rules
@pytest.mark.parametrize(("note", "after"), [("……此处为第2页结束，全文共3页……", "（点击右上角下载全文）"),
                                            ("-----本文档由网友上传，仅供学习-----", "下载本文档需要登录。")])
def test_a_sites_note_glued_after_the_last_sentence_is_not_part_of_it(note, after):
    lines = ["某乡卫生院2031年工作总结", "全年门诊量3.2万人次，住院分娩率达到99.3%。",
             "存在问题：一是医务人员学历层次低；二是设备老化，彩超等设备严重不足。"]
    page = "\n".join(lines + [note, after]) + "\n"
    flat = "\n".join(lines[:2] + [lines[2] + note + after]) + "\n"
    assert says_the_same(page, flat)


@pytest.mark.parametrize("note", ["-----本文档由网友上传，仅供学习-----", "…………此处为第1页结束，全文共4页…………"])
def test_a_site_notice_between_rules_that_cuts_a_number_is_removed(note):
    # a notice between rules or a page-end note between dot leaders: the lined page and the one-line page read 97.2
    page = ("某镇卫生院2031年工作总结\n"
            "全年门急诊人次达到4.6万人次，全镇合作医疗参合率达9\n"
            f"{note}\n"
            "7.2%，孕产妇系统管理率91.4%。\n")
    assert (97.2, "ncms_participation_rate") in read(page, "value", "indicator_id")
    assert (97.2, "ncms_participation_rate") in read(joined(page), "value", "indicator_id")


# ------------------------------------------------------------------ a plan's look back at the year before
LOOK_BACK_PLAN = """平溪县卫生局二○三二年卫生工作计划
（2032年2月20日）
一、2031年工作简要回顾
2031年全县新农合参合农民21.6万人，全年补偿住院病人5 236人次。乡村医生持证上岗率达到88.4%。
二、存在的问题
（一）乡镇卫生院管理体制尚未理顺，分配制度改革滞后。
（二）个体诊所超范围执业现象较为普遍，群众反映强烈。
三、2032年工作目标
（一）新农合参合率达到85%以上，住院分娩率提高到70%。
四、保障措施
针对上述不足，我们将着力抓好以下工作：一是加强基金监管；二是开展医疗市场专项整治。
"""


def test_a_plans_look_back_at_the_year_before_reports_levels_reached():
    rows = read(LOOK_BACK_PLAN, "value", "statement")
    assert (216000.0, "actual") in rows and (88.4, "actual") in rows and (70.0, "target") in rows


def test_the_look_back_after_the_titles_date_in_brackets_on_one_line_says_the_same():
    """(and the measures heading glued to its opening clause, 四、保障措施针对上述不足，…, heads no problems)"""
    assert says_the_same(LOOK_BACK_PLAN, joined(LOOK_BACK_PLAN))

