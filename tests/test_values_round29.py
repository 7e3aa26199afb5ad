"""Values, round 29: levels required by a floor or ceiling word, and the caps a scheme sets on what it pays — each on
sentences written for the test (no text from any page of the evaluation sets; places and figures are made up).

- a value right after a floor or ceiling word (不少于6名, 不低于860万元, 不超过40%) is the level required, never one
  reached, in a summary or a speech too (redone from round 28); the statement that word decides holds for its own
  value only: a part after 其中, or a value later in the sentence, reads its own statement (round 28's rule carried
  the aim over to them);
- a sum right after a ceiling word in a clause naming what a scheme pays out or a person pays (门诊补偿最高不超过80元,
  个人自付部分年度累计不超过3000元) is the cap the scheme sets: policy, in a plan too; a ceiling on anything else
  (耗材费用不超过15元) stays an aim;
- counts in Chinese numerals: a numeral holding 万 with digits after it (一万三千人), teams and places counted from two up
  (三支, 十七处; batches, 批次, were taken out in round 30: one set alone wrote them), and 个 after the noun it counts
  closing the clause (新建村卫生室四个。); a move in points in words (提高三个百分点) is a change like its digit form;
- 已 inside 已婚 (已婚育龄妇女综合避孕率) is no reached-level word: in a plan the rate after an aim stays an aim.
"""
from __future__ import annotations

import pytest

from test_values_holdout18 import page_rows  # the observations of a page, each quote checked against the raw text


def rows(text: str) -> list[tuple[str, str, str]]:
    return [(r["quote"], r["statement"], r["comparator"]) for r in page_rows(text)]


SUMMARY = "青禾县卫生健康局2032年工作总结\n　　{}\n"


# ------------------------------------------------------------------ a level required by its bound word, and no further
@pytest.mark.parametrize(("sentence", "quote", "comparator"), [
    ("全年为每个村卫生室配备乡村医生不少于3名。", "3名", ">="),
    ("县财政安排基层人才培养资金不低于720万元。", "720万元", ">="),
    ("乡镇卫生院门诊处方合格率不低于90%。", "90%", ">="),
    ("二级以上医院抗菌药物使用率不超过35%。", "35%", "<="),
])
def test_a_value_after_a_floor_or_ceiling_word_is_required(sentence, quote, comparator):
    assert rows(SUMMARY.format(sentence)) == [(quote, "target", comparator)]


def test_a_part_after_its_required_total_reads_its_own_statement():
    got = rows(SUMMARY.format("全年选派骨干医生进修不少于12名，其中全科医生5名。"))
    assert got == [("12名", "target", ">="), ("5名", "actual", "=")]


def test_a_value_later_in_the_sentence_is_not_required_by_an_earlier_bound():
    text = ("在全县卫生健康工作会议上的讲话\n"
            "　　同志们：县财政安排进修经费不低于230万元，每个乡镇卫生院选派医生不少于4名，其中儿科医生1名，"
            "首批37名医生已全部到岗。\n")
    got = rows(text)
    assert got[:2] == [("230万元", "target", ">="), ("4名", "target", ">=")]
    assert got[2:] == [("1名", "actual", "="), ("37名", "actual", "=")]


def test_a_level_reported_with_a_reached_word_stays_reached():
    got = rows(SUMMARY.format("全县孕产妇系统管理率达到93.4%，各乡镇均不低于90%。"))
    assert got == [("93.4%", "actual", "="), ("90%", "target", ">=")]


# ------------------------------------------------------------------ the cap a scheme sets on what it pays
QA = ("青禾县新农合政策问答\n"
      "问：门诊费用怎么报销？\n"
      "答：在村卫生室就诊的门诊费用按35%报销，单次处方报销不超过12元，每人每年门诊补偿最高不超过80元。\n"
      "问：去年全县门诊补偿了多少人次？\n"
      "答：全年门诊补偿5.2万人次。\n")


def test_a_cap_on_what_a_scheme_pays_is_its_rule():
    got = {q: (s, c) for q, s, c in rows(QA)}
    assert got["12元"] == ("policy", "<=")
    assert got["80元"] == ("policy", "<=")
    assert got["5.2万人次"] == ("actual", "=")


def test_a_cap_on_what_a_person_pays_is_a_rule_in_a_plan_too():
    text = ("青禾县2033年健康扶贫工作计划\n"
            "　　贫困人口在县域内住院，个人自付部分年度累计不超过3000元；乡镇卫生院门诊量达到12万人次。\n")
    got = {q: (s, c) for q, s, c in rows(text)}
    assert got["3000元"] == ("policy", "<=")
    assert got["12万人次"][0] == "target"


def test_a_ceiling_on_a_cost_no_scheme_pays_stays_an_aim():
    got = rows(SUMMARY.format("县医院推行耗材集中采购，每台白内障手术耗材费用不超过150元。"))
    assert got == [("150元", "target", "<=")]


# ------------------------------------------------------------------ counts and moves written in Chinese numerals
@pytest.mark.parametrize(("sentence", "quote", "value"), [
    ("全年为辖区老年人筛查一万三千人。", "一万三千人", 13000.0),  # a numeral holding 万 and digits after it
    ("全年门诊量二十四万六千人次。", "二十四万六千人次", 246000.0),
    ("组建家庭医生应急队伍三支。", "三支", 3.0),  # teams
    ("取缔无证行医点十七处。", "十七处", 17.0),  # places closed
    ("新建村卫生室四个。", "四个", 4.0),  # 个 after the noun it counts, closing the clause
])
def test_a_count_in_chinese_numerals_is_read(sentence, quote, value):
    got = [(r["quote"], r["value"], r["unit"]) for r in page_rows(SUMMARY.format(sentence))]
    assert got == [(quote, value, "count")]


@pytest.mark.parametrize("sentence", [
    "坚持一个中心、两个确保。",  # a slogan puts its noun after 个
    "当前存在的问题主要有两个，人才短缺和设备老化。",  # 有 before the numeral: what there is, no count of things done
    "打造一支过硬队伍。",  # 一支: "a"
])
def test_a_figure_of_speech_in_chinese_numerals_is_no_count(sentence):
    assert page_rows(SUMMARY.format(sentence)) == []


def test_a_move_in_points_written_in_chinese_numerals_is_a_change():
    got = page_rows(SUMMARY.format("全县住院分娩率达到97.5%，比上年提高三个百分点。"))
    assert [(r["quote"], r["value"], r["statement"]) for r in got] == [("97.5%", 97.5, "actual"), ("三个百分点", 3.0, "change")]
    assert got[1]["indicator_id"] == got[0]["indicator_id"] == "hospital_delivery_rate"


# ------------------------------------------------------------------ 已 inside 已婚 is no "already"
def test_a_rate_of_married_women_in_a_plan_is_an_aim():
    text = ("青禾县人口和计划生育局2032年工作总结\n"
            "一、工作成效\n全年政策生育率95.8%。\n"
            "二、2033年工作打算\n"
            "2033年，力争政策生育率达到96%以上，已婚育龄妇女综合避孕率稳定在88%以上，新建服务站2所。\n")
    got = [(r["quote"], r["statement"]) for r in page_rows(text)]
    assert got == [("95.8%", "actual"), ("96%", "target"), ("88%", "target"), ("2所", "target")]


def test_a_level_said_to_be_reached_already_after_an_aim_stays_reached():
    text = ("青禾县人口和计划生育局2033年工作计划\n"
            "2033年，力争政策生育率达到96%以上，目前已达95.1%。\n")
    got = [(r["quote"], r["statement"]) for r in page_rows(text)]
    assert got == [("96%", "target"), ("95.1%", "actual")]
