"""The pieces problem detection works on: trimmed pieces of a text, the reading view's offsets,
and jieba's words cut clause by clause.  Sentences are written for the test."""
from __future__ import annotations

import pytest

from healthdata.extract.problems.spans import STRIP_CHARS, line_spans, piece_pattern, pieces
from healthdata.extract.problems.splitting import clause_spans, sentence_spans
from healthdata.extract.problems.view import reading_view
from healthdata.normalize.themes import ClauseWords, compiled_themes, straddles_words, word_index
from healthdata.textnorm import matching_text
from healthdata.types import ReportText

TEXT = "一、存在问题\n  全县村医队伍老化,待遇偏低;  部分卫生院设备陈旧。\n\n信息系统不能互联互通!下一步将加大投入。"


def naive_pieces(text: str, boundary: str) -> list[tuple[int, int]]:
    """The text cut after each boundary character, each piece stripped of whitespace and punctuation."""
    out, start = [], 0
    for i, ch in enumerate(text + "\0"):
        if ch in boundary or i == len(text):
            s, e = start, min(i + 1, len(text))
            while s < e and text[s] in STRIP_CHARS:
                s += 1
            while e > s and text[e - 1] in STRIP_CHARS:
                e -= 1
            if e > s:
                out.append((s, e))
            start = i + 1
    return out


def test_pieces_are_the_text_cut_and_trimmed():
    assert [TEXT[s:e] for s, e in line_spans(TEXT, 0, len(TEXT))] == [
        "一、存在问题", "全县村医队伍老化,待遇偏低;  部分卫生院设备陈旧", "信息系统不能互联互通!下一步将加大投入"]
    assert [TEXT[s:e] for s, e in clause_spans(TEXT, 0, len(TEXT))] == [
        "一、存在问题", "全县村医队伍老化", "待遇偏低", "部分卫生院设备陈旧", "信息系统不能互联互通", "下一步将加大投入"]
    for boundary in ("\n", "。!?\n", ";", ",。;!?\n"):
        assert pieces(TEXT, 0, len(TEXT), piece_pattern(f"[{boundary}]")) == naive_pieces(TEXT, boundary)


def test_sentences_of_a_written_paragraph():
    text = "设备老化,用房陈旧。人才流失严重!怎么办?"
    assert [text[s:e] for s, e in sentence_spans(text, 0, len(text))] == ["设备老化,用房陈旧", "人才流失严重", "怎么办"]
    assert [text[s:e] for s, e in clause_spans(text, 0, len(text))] == ["设备老化", "用房陈旧", "人才流失严重", "怎么办"]


def test_a_boundary_that_is_no_punctuation_class_is_refused():
    with pytest.raises(ValueError, match="class of punctuation"):
        piece_pattern("[,。]+")
    with pytest.raises(ValueError, match="class of punctuation"):
        piece_pattern("[是]")


def report_of(text: str) -> ReportText:
    return ReportText("t#01", "t.txt", text, matching_text(text), 0, len(text), [])


def test_reading_view_offsets_point_at_the_raw_characters():
    # pinyin after a character is left out of the view; the wrapped line is joined to the next
    raw = "某县卫生局工作总结\n乡镇卫(wèi)生院人才匮乏(kuì fá),专业技术人员严重不足,难以满足全县群众的基本\n医疗需求。\n"
    view = reading_view(report_of(raw))
    assert "(wèi)" not in view.text and "(kuì fá)" not in view.text
    assert "群众的基本医疗需求" in view.text  # the page-width cut is undone
    for word in ("乡镇卫", "生院人才匮乏", "专业技术人员严重不足", "基本医疗需求"):
        i = view.text.index(word)
        a, b = view.raw_span(i, i + len(word))
        assert raw[a:b].replace("(wèi)", "").replace("\n", "") == word
    # a raw offset inside the left-out pinyin maps to the next character the view keeps
    assert view.text[view.offset_of(raw.index("(wèi)") + 2)] == "生"
    assert view.offset_of(len(raw)) == len(view.text)


def test_reading_view_cuts_a_report_on_one_line_at_its_headings():
    raw = ("某区卫生健康局2021年工作总结 一、主要工作 全年完成各项任务，群众满意度持续提高，服务能力明显增强，"
           "家庭医生签约服务覆盖重点人群，慢性病患者规范管理率稳步上升。二、存在问题 一是基层人才短缺；二是设备老化。"
           "三、下步打算 一是引进人才；二是更新设备。")
    view = reading_view(report_of(raw))
    lines = view.text.split("\n")
    assert "二、存在问题" in lines
    assert "三、下步打算" in lines and "一是基层人才短缺;二是设备老化。" in lines
    folded = matching_text(raw)  # the view reads the matching text: fullwidth punctuation folded
    for line in lines:
        i = view.text.index(line)
        a, b = view.raw_span(i, i + len(line))
        assert folded[a:b] == line


@pytest.mark.parametrize("text", [
    "乡镇卫生院医务人员不足,村医队伍老化,人才引进难度较大",
    "城乡医疗资源配置不均衡、基层医疗机构服务能力偏弱;信息化建设滞后",
    "公共卫生人员编制不足:疾控中心专业技术人员仅占六成。",
])
def test_words_cut_clause_by_clause_are_the_words_of_the_whole_text(text):
    # jieba makes no word across clause punctuation, so cutting one clause gives the same verdict
    whole = word_index(text)
    clause_words = ClauseWords(text)
    checked = 0
    for theme in compiled_themes():
        for m in theme.keywords.finditer(text):
            start, end = m.span(1)
            assert clause_words.straddles(start, end) == straddles_words(whole, start, end)
            checked += 1
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 6) + 1):
            assert clause_words.straddles(start, end) == straddles_words(whole, start, end)
    assert checked > 0


def test_the_admission_wordings_found_by_first_character_are_found_where_the_alternation_is():
    # the dispatch answers "is there a wording?" as the whole alternation does, on sentences written
    # for the test: with and without a wording, one opening on a lookbehind (问题仍然存在 after 的),
    # and inside a window of the text
    from healthdata.extract.problems.vocabulary import any_of, compiled_cues

    cues = compiled_cues()
    sentences = ["全县参合率达到98.6%,比上年提高1.3个百分点", "县外就医人次偏多", "报销周期长的问题依然存在",
                 "这些问题依然存在", "业务用房狭小", "盘活闲置资产", "村医年龄偏大、操作不熟练", "群众满意度进一步提高",
                 "但专业技术人员仍然紧缺", "部分老人存在接种顾虑"]
    for wording in (cues.weak, cues.strong, cues.judgement):
        for s in sentences:
            assert bool(wording.found(s)) == bool(wording.rx.search(s)), s
            assert bool(wording.found(s, 2, len(s) - 1)) == bool(wording.rx.search(s, 2, len(s) - 1)), s
    assert bool(cues.weak.found("县外就医人次偏多")) and not cues.weak.found("全县参合率达到98.6%")
    assert any_of(["偏多", ".少"]).gate is None  # a wording that may start anywhere: no gate, no dispatch


@pytest.mark.parametrize("before, after", [("", "。"), ("全年工作取得明显成效。", "。"), ("一、", ";"), ("今年以来,", "")])
def test_a_sentence_is_judged_the_same_wherever_it_stands(before, after):
    # the judgements of a sentence are remembered by its wording: read after other text, at the
    # end of the text or not, they are what reading the sentence in place gives, at the same
    # places inside it
    from healthdata.extract.problems.clauses import admission_clause_groups, judgements_in

    sentence = "但基层卫生人才短缺,业务用房紧张,医疗设备落后"
    text = before + sentence + after
    span = (len(before), len(before) + len(sentence))
    remembered = admission_clause_groups(text, span)
    assert remembered == judgements_in(text, span)
    # staff short, then the buildings and equipment judged together (a short clause on the same
    # facilities says more about them)
    assert [text[s:e] for s, e in remembered] == ["但基层卫生人才短缺", "业务用房紧张,医疗设备落后"]
