"""The short cuts of the page view's speed round find what their plain definitions find.

Each fast form (a gate searched through the characters its matches start with, the gates of every
pattern scanned over a whole page found in one scan of it, a line's end read at its last character,
the hard wrap's lines worked out once for both measures) is checked against the plain form it
replaces, on sentences written for the test and on generated text; and each gate is checked to be a
part of every match of its pattern, on sentences the pattern matches.
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from healthdata import pageview as pv
from healthdata.segment import page_matching_text

GATES = pv.vocabulary()["gates"]

# the characters the gates and their patterns are made of, with Han text, digits, spaces and breaks between them
ALPHABET = "第页共12905-—－ \t\u3000\n。，：:！？;；.…=_─━()（）【】〔〕[]<!>#/%‰来源自率为达控制在提高到个百分点万人次元亿" \
           "月日年附表注特此浏览阅读点击下载已本文全影响时间期县卫生局工作总结计划首位置上一篇侵权版传仅供拼wèi"


def _plain_found(source: str, text: str, pos: int = 0, endpos: int | None = None) -> bool:
    return re.compile(source).search(text, pos, len(text) if endpos is None else endpos) is not None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40), st.data())
def test_gated_search_of_every_gate_finds_where_the_plain_search_finds(text, data):
    """Through the characters a match starts with (a line break among them) or plainly: the same answer, in a whole
    text or a part of it."""
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    for source in GATES.values():
        assert (pv.gated_search(source)(text, pos, endpos) is not None) == _plain_found(source, text, pos, endpos)


def test_a_gate_opening_on_a_line_break_is_found_after_it():
    """A line break can start a gate's match (a number cut by a break): its gate finds it as the plain search does."""
    text = "全县产前检查率达到9\n4.8%，比上年提高"
    source = GATES["line_number_cut"]
    assert _plain_found(source, text)
    assert pv.gated_search(source)(text) is not None
    assert pv.gated_search(source)("全县产前检查率达到94.8%，\n比上年提高") is None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_page_gates_are_the_gates_a_search_of_each_finds(text):
    """One scan of the page for all the per-page gates names those that a search of each finds."""
    want = frozenset(name for name in pv.PER_PAGE_GATES if _plain_found(GATES[name], text))
    assert pv._page_gate_family().present(text) == want


def test_page_gates_of_written_page_pieces():
    """A page holding several gates at one position and others later: each is named, and no other."""
    text = ("首页 > 工作总结 > 正文\n某县卫生局2032年工作总结\n全县住院分娩率\n99.3%，"
            "接种率达9\n—— 第 2 页 ——\n6.2%。浏览次数：1 208 今年以来，全县……")
    want = frozenset(name for name in pv.PER_PAGE_GATES if _plain_found(GATES[name], text))
    assert {"inline_navigation_trail", "link_value_cut", "inline_counter_end", "inline_page_mark_cut"} <= want
    assert pv.page_gates(text) == want
    assert pv.page_gates("全县卫生工作稳步推进。") == frozenset()


# sentences each pattern with a new gate matches (written for the test): the gate must be found in each
WRITTEN_MATCHES = {
    "inline_page_mark_cut": ["全县疫苗接— 3 —种率达到98%", "基本完成了督导- 4 -工作", "资金到位。某镇卫生院2032年工作计划　第3页四、保障措施",
                             "全部——某市卫生局 2032 年工作总结 第 2 页 ——实现"],
    "inline_running_head_cut": ["覆盖率达到8某县卫生院2032年工作总结 — 4 —7.5%", "建档率达到6 - 3 - 某镇卫生院 1.4%"],
    "inline_counter_end": ["阅读：1 208次今年以来", "已阅读 312 次全年", "本文已影响 1,024 人为做好", "下载券：2某县卫生局"],
    "inline_closing": ["资金缺口较大。特此报告。", "压力加大。（县卫健局2032年6月8日）", "动力不足。附表2：主要指标",
                       "低于平均。注：数据为初步统计", "任务艰巨。（县卫健局 2032年6月）"],
    "inline_page_end_note_start": ["完成验收。-----第4页结束-----下一步", "改造病房。……本文档由网友上传，仅供参考……"],
    "inline_page_end_note_end": ["完成验收。-----第4页结束-----下一步", "改造病房。====本文档由网友上传====点击下载"],
    "inline_excerpt_note": ["设备陈旧。（全文共2150字）", "持观望态度。（市疾控中心 供稿）", "已经完成。（完）"],
    "spaced_counter_end": ["来源：县卫健委 | 浏览次数：1 208 今年以来，全县", "点击：96 二、工作成效"],
    "spaced_date_end": ["发文日期：2032-03-05 2031年，全县卫生", "发布时间：2032-03-05 08:30 全年，全县"],
    "line_count_cut": ["全乡执业医师仅有3\n9人，其中", "全年接种疫苗1\n256剂次"],
    "rate_sign_cut": ["儿童系统管理率92.4\n%，辖区", "新生儿死亡率3.1\n‰以下"],
    "link_value_cut": ["孕产妇死亡率控制在\n12.5/10万", "住院分娩率\n99.2%，", "参合率达  \n 97%"],
    "line_number_cut": ["全县产前检查率达到9\n4.8%，比上年", "早诊率达82.\n【本文来源：某网】\n4%"],
    "inline_page_break_cut": ["直报率达9（本文来源：某网站）6.5%", "直报率达9【www.abc.com】6.5%", "达到9—— 第 2 页 ——6.5%",
                              "参合率达9-----本文档由网友上传-----6.3%"],
    "title_inside_line": ["全年工作如上。 某县卫生局2032年工作总结 2032年，全县", "推荐：某镇卫生院2032年工作计划 一、指导思想"],
    "chapter_heading_then_item": ["第二章 主要任务一是加强", "。三、重点工作一是推进签约，二是"],
    "inline_bullet_break": ["全县指标：🔹 签约率80%，🔹 住院率88%"],
}


def test_each_new_gate_is_part_of_every_written_match_of_its_pattern():
    v = pv._v()
    by_name = {g.name: g for g in [x for x in v.values() if isinstance(x, pv.Gated)] + v["inline_furniture"]}
    for name, texts in WRITTEN_MATCHES.items():
        gated = by_name[name]
        for text in texts:
            text = page_matching_text(text)
            assert gated.rx.search(text) is not None, (name, text)  # the sentence is one the pattern finds
            if gated.per_page:
                assert name in pv.page_gates(text), (name, text)
            else:
                assert name in pv.line_gates(text)[0], (name, text)  # (a sentence on one line)
            assert list(gated.finditer(text, 0, len(text))), (name, text)


LINE_ALPHABET = ALPHABET + "一二三、（）章部分是篇日问答主持人【】存在问题下一步今后当前目前🔹"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=LINE_ALPHABET, max_size=60))
def test_line_gates_name_every_line_a_search_of_the_line_finds_a_gate_in(text):
    """One scan of the page per gate, skipping to the next line where it is found: every line whose own search
    finds a gate is named with it."""
    gates = pv.vocabulary()["gates"]
    named = pv.line_gates(text)
    for s, e in pv._line_spans(text):
        for name in pv.PER_LINE_GATES:
            if _plain_found(gates[name], text, s, e):
                assert name in named.get(s, ()), (name, text[s:e])


def _line_breaks_reading_every_line(text: str):
    """line_break_edits reading every line with every pattern (each searching its gate in the line)."""
    every = {s: frozenset(pv.PER_LINE_GATES) for s, _ in pv._line_spans(page_matching_text(text))}
    fast = pv.line_gates
    try:
        pv.line_gates = lambda t: every
        return pv.line_break_edits(text)
    finally:
        pv.line_gates = fast


ONE_LINE_PIECES = ["某县卫生局2032年工作总结", " ", "。", "一、基本情况", "（二）加强管理", "1、完善制度", "全年门诊量12万人次，",
                   "存在的问题：", "下一步工作打算", "问：怎么签约？", "答：到卫生室。", "第2篇：", "某镇卫生院2032年工作计划 ",
                   "2032年，全县", "近年来，", "🔹 签约率80%，", "【卫生】2031年，", "县卫生局2032年3月1日", "当前，", "二是"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ONE_LINE_PIECES + ["\n"]), max_size=40))
def test_line_breaks_read_from_the_lines_holding_gates_are_those_of_every_line(pieces):
    text = "".join(pieces)
    assert pv.line_break_edits(text) == _line_breaks_reading_every_line(text)


def test_line_breaks_of_a_written_one_line_report():
    text = ("某县卫生局2032年工作总结 2032年，全县卫生工作稳步推进。一、基本情况全县共有卫生院12个。（一）加强管理1、完善制度"
            "2、落实责任。存在的问题：人才缺乏。下一步工作打算：加强培训。") * 3
    edits = pv.line_break_edits(text)
    assert edits == _line_breaks_reading_every_line(text)
    assert len(edits) >= 9  # the headings of every copy open lines


def test_a_date_with_dashes_holds_no_page_mark_gate():
    """A date (2032-03-05) or a range (2031-2035) is no page number between dashes: the page-mark pattern is not run."""
    text = "发布时间：2032-03-05。规划期为2031-2035年，全县卫生工作稳步推进。"
    assert "inline_page_mark_cut" not in pv.page_gates(text)
    assert pv._v()["inline_page_mark_cut"].rx.search(text) is None


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="。！？；：!?;:…”」』）)，,、的了年月日 \u3000\t", max_size=12))
def test_ends_sentence_is_the_sentence_end_search(line):
    line = line.rstrip()
    assert pv.ends_sentence(line) == (pv._v()["sentence_end"].search(line) is not None)


LINES = ["全县共有医疗卫生机构一百二十个，其中医院八", "个，乡镇卫生院十五个，村卫生室九十个。",
         "一、基本情况", "孕产妇死亡率由2015年的18.6/10", "万下降到12.1/10万，婴儿死亡率", "（二）加强队伍建设",
         "全县新增床位二百张，执业（助理）", "医师数2.41人，每千人口护士数", "为3.2人。", "— 2 —", "首页 > 工作动态",
         "某县卫生局2032年工作总结", "以上。"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINES), min_size=0, max_size=14))
def test_the_wrap_found_with_the_early_stop_is_the_wrap_found_without_it(lines):
    """Too few unfinished lines for a wrap stops the search before any width is measured: the edits are those found
    when every line is counted as unfinished (the early stop never taken), through the same four measures (characters,
    printed width, indents, and since round 30 a short page's few lines of its width)."""
    text = "\n".join(lines)
    fast = pv.pdf_wrap_edits(text)
    plain_lines = pv._paper_lines
    try:
        pv._paper_lines = lambda t: (plain_lines(t)[0], len(plain_lines(t)[0]))
        plain = pv.hard_wrap_edits(text) or pv.hard_wrap_edits(text, measure=pv.typeset_width) \
            or pv.hard_wrap_edits(text, indent=True) or pv.hard_wrap_edits(text, least=pv._v()["wrap_at_width_last"])
    finally:
        pv._paper_lines = plain_lines
    assert fast == plain


def test_a_pdf_page_cut_at_one_width_is_still_joined():
    """A page wrapped at a width (most lines cut mid-sentence) passes the early stop and is joined."""
    lines = ["全县共有医疗卫生机构一百二十个，其中医院八", "个，乡镇卫生院十五个，村卫生室九十个。全年", "完成门诊量八十二万人次，比上年增长百分之五",
             "，住院病人三万一千人次，病床使用率达到百分", "之八十五点三。全县孕产妇住院分娩率达到百分", "之九十九点二，婴儿死亡率控制在千分之四点一",
             "以下。"]
    edits = pv.pdf_wrap_edits("\n".join(lines))
    assert len(edits) == 6  # every break but the last line's
