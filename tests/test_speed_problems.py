"""The short cuts of problem extraction find what their plain forms find.

A page is scanned once for the positions where a cue family may start (``vocabulary.may_start_in``): a clause or
sentence without such a position is not searched.  That is right only if the scan finds a superset of every
position where the family's cues match in a piece of the page, cut out or searched in place; and the spelled-out,
assertion-free pattern the scan uses matches at the same positions as the plain one it stands for.  Checked on
sentences written for the test and on generated text.

Then the detections put back in round 22 (inspection findings, 偏紧, 业务不熟, 不清楚, 做得很少, 上下不便, 小病往大医院挤,
resources tight with a longer qualifier, work slowed as a consequence, a cause after 但, residents going elsewhere as
a consequence, the spinner heading 存在的主要题目), on sentences written for the test.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from healthdata.extract.problems import extract_problems
from healthdata.extract.problems.clauses import judgements_in
from healthdata.extract.problems.judgement import is_lead_in, words_shortcoming
from healthdata.extract.problems.spans import pieces
from healthdata.extract.problems.vocabulary import (
    compiled_cues, cue_starts, leading_spelled_out, may_start_in, problem_cues, spelled_out, without_assertions,
)
from healthdata.textnorm import matching_text
from healthdata.types import ReportText

# the families the page scan stands in for, and the plain pattern of each (see Cues.starts)
FAMILIES = {
    "weak": lambda: compiled_cues().weak,
    "lead_in": lambda: re.compile("|".join(f"(?:{p})" for p in problem_cues()["lead_in"] + [
        problem_cues()["list_lead_in"], problem_cues()["prominent"]])),
}

# words written for the test: shortcomings, their look-alikes, subjects, punctuation and the characters the cues'
# lookarounds and anchors read (经过, 不少, 达不到, 的问题, 排名落后)
WORDS = ["人才", "缺乏", "资金", "紧张", "不足", "不足5", "不够", "仍", "尚", "存在", "问题", "的", "较", "弱", "过多",
         "经过", "不少", "少", "达", "不到", "排名", "落后", "地区", "滞后", "有待", "加强", "薄弱", "差距", "还有",
         "距离", "困难", "难", "主要", "突出", "表现为", "一些", "不容忽视", "短板", "全县", "卫生院", "医生", "年", "12",
         "%", ",", "。", ";", ":", "、", "\n", " ", "“", "”", "(", ")", "一是", "二、"]


def plain_pieces(text: str) -> list[tuple[int, int]]:
    """Every clause and sentence of ``text`` (the pieces the extraction asks about)."""
    cues = compiled_cues()
    return pieces(text, 0, len(text), cues.clause) + pieces(text, 0, len(text), cues.sentence)


def assert_scan_covers(text: str) -> None:
    """Wherever a family's cue matches in a piece (cut out, or searched in place), the page scan found a start."""
    for family, plain in FAMILIES.items():
        rx = plain()
        for s, e in plain_pieces(text) + [(a, b) for a in range(0, len(text), 3) for b in range(a, len(text) + 1, 4)]:
            if rx.search(text[s:e]) or rx.search(text, s, e):
                assert may_start_in(text, s, e, family), (family, text[s:e])


SENTENCES = [
    "乡镇卫生院人才缺乏,业务用房紧张,与群众需求还有差距。",
    "全县门诊量增长12%,经过努力,住院人次也有所上升。",
    "主要问题:一是资金不足5成;二是村医队伍青黄不接,排名落后。",
    "工作中也还存在一些不容忽视的问题和不足:",
    "二、存在的主要问题\n基层服务能力仍较弱,达不到标准要求。",
    "新建业务用房1200平方米,配备设备32台。",
]


def test_the_page_scan_covers_every_cue_in_sentences_written_for_the_test():
    for text in SENTENCES + ["\n".join(SENTENCES)]:
        assert_scan_covers(text)


def test_the_page_scan_finds_no_start_in_a_sentence_stating_no_shortcoming():
    """A sentence of results names no shortcoming: no start, so none of its clauses is searched."""
    text = "新建业务用房1200平方米,配备设备32台。"
    assert cue_starts(text, "weak") == ()
    assert not may_start_in(text, 0, len(text), "weak")
    assert judgements_in(text, (0, len(text) - 1)) == []


def test_a_clause_words_a_shortcoming_as_its_plain_search_says():
    text = "乡镇卫生院人才缺乏,新建用房1200平方米,经过培训,服务能力较弱。"
    clauses = pieces(text, 0, len(text), compiled_cues().clause)
    got = [words_shortcoming(text, s, e) for s, e in clauses]
    assert got == [bool(compiled_cues().weak.found(text[s:e])) for s, e in clauses]
    assert got == [True, False, False, True]  # 缺乏 and 较弱 are shortcomings; 经过 is no 过(多|少…)


def test_a_lead_in_is_found_where_the_page_scan_found_one_may_start():
    text = "全年工作取得新进展。但也存在一些问题。主要表现为:"
    for s, e in pieces(text, 0, len(text), compiled_cues().sentence):
        if is_lead_in(text[s:e]) or is_lead_in(text[s:e], True):
            assert may_start_in(text, s, e, "lead_in")
    assert is_lead_in("但也存在一些问题")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14))
def test_the_page_scan_covers_every_cue_on_generated_text(words):
    assert_scan_covers("".join(words))


def test_without_assertions_leaves_out_lookarounds_and_anchors_only():
    assert without_assertions(r"^(?<![经通])过(多|少)(?![0-9])$") == "过(多|少)"
    assert without_assertions(r"\b[^,。^]{0,3}\(不足\)\$") == r"[^,。^]{0,3}\(不足\)\$"


def test_spelling_out_opening_groups_keeps_the_alternatives():
    assert leading_spelled_out("(资金|经费)[^,]{0,4}紧张") == ["资金[^,]{0,4}紧张", "经费[^,]{0,4}紧张"]
    assert leading_spelled_out("(互)?不通") == ["互不通", "不通"]
    assert leading_spelled_out("((仍|尚)|还)待") == ["仍待", "尚待", "还待"]
    assert leading_spelled_out("(有|无)+人") == ["(有|无)+人"]  # a repeated group stays whole


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14))
def test_the_spelled_out_vocabulary_matches_where_the_plain_one_does(words):
    """At every position, the spelled-out, assertion-free weak vocabulary matches exactly where the
    assertion-free one does (spelling out changes which wording is tried first, never whether one matches)."""
    text = "".join(words)
    plain = re.compile(without_assertions(compiled_cues().weak.pattern))
    spelled = re.compile(spelled_out(without_assertions(compiled_cues().weak.pattern)))
    for p in range(len(text)):
        assert bool(plain.match(text, p)) == bool(spelled.match(text, p))


# --- detections put back once the theme vocabulary could theme them (each checked on every written set) ---

def problems_of(passage: str) -> list[str]:
    report = ReportText("t#01", "t.txt", passage, matching_text(passage), 0, len(passage))
    return [row["text"] for row in extract_problems(report)]


@pytest.mark.parametrize("passage, problem", [
    # hands judged too tight (偏紧)
    ("全年门诊服务有序开展，但药剂科人手偏紧。\n", "药剂科人手偏紧"),
    # staff said not to know the rules or the work (…不熟)
    ("医保新政已经实施，但部分乡镇经办人员对政策不熟。\n", "经办人员对政策不熟"),
    # a procedure people do not know (…不清楚)
    ("低保政策宣传已覆盖各村，但不少群众对救助办理程序不清楚。\n", "救助办理程序不清楚"),
    # work said to be done little, in a problems section (做得很少)
    ("存在问题：基层健康教育做得很少。\n", "基层健康教育做得很少"),
    # residents put to trouble by where a service is (上下不便)
    ("社区卫生服务站设在三楼，但老年居民上下不便。\n", "老年居民上下不便"),
    # minor illness taken to the big hospitals
    ("但不少群众小病也往大医院挤。\n", "小病也往大医院挤"),
    # resources judged tight with a longer qualifier between (资源相对比较紧张)
    ("全区新增床位200张，但城区儿科医疗资源相对比较紧张。\n", "儿科医疗资源相对比较紧张"),
])
def test_put_back_wordings_of_a_shortcoming_are_problems(passage, problem):
    assert any(problem in p for p in problems_of(passage))


def test_what_a_check_found_is_a_list_of_problems():
    found = problems_of("季度督查发现，个别村卫生室药品登记不完整，部分村医随访记录上传不及时，督查组已要求限期整改。\n")
    assert found == ["个别村卫生室药品登记不完整", "部分村医随访记录上传不及时"]


@pytest.mark.parametrize("passage, problem", [
    # the work a judgement slows down is what it leads to
    ("但信息系统操作不熟练，电子档案录入进度滞后。\n", "但信息系统操作不熟练，电子档案录入进度滞后"),
    # a cause opened right after 但, with the judgement after it
    ("但由于县级财力紧张，村医养老保险至今没有落实。\n", "但由于县级财力紧张，村医养老保险至今没有落实"),
    # residents who go elsewhere for care because of the judgement
    ("但县医院儿科力量不足，部分患者仍舍近求远到市外就医。\n", "但县医院儿科力量不足，部分患者仍舍近求远到市外就医"),
])
def test_one_judgement_with_its_cause_or_consequence_is_one_problem(passage, problem):
    assert problems_of(passage) == [problem]


def test_going_elsewhere_that_only_qualifies_what_a_clause_names_is_no_consequence():
    found = problems_of("但部分村卫生室设备老化、用房紧张，群众到市外就医的人次主要集中在骨科和儿科。\n")
    assert not any("人次" in p and "用房紧张" in p for p in found)


def test_a_spinner_heading_with_a_qualifier_opens_a_problems_section():
    found = problems_of("三、存在的主要题目\n（一）乡镇卫生院人员不足。全镇仅有执业医师3名。\n四、明年工作打算\n巩固成果。\n")
    assert found == ["乡镇卫生院人员不足。全镇仅有执业医师3名"]
