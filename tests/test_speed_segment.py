"""The segmenter's fast forms (round 22) find what their plain definitions find.

Each fast form is checked against the plain form it replaced, on lines written for the test and on generated text:
a title cleaned with gates in front of its three patterns (the site's tail, word counts, the site's names), the
line tests asked once per distinct line (:func:`healthdata.segment.remembered`) instead of once per question, and the
running heads found from the lines by a page break only.
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from healthdata import segment
from healthdata.segment import Line, clean_title, marker_title_span, remembered, running_head_lines, title_like
from healthdata.vocab import load_yaml

# ---------------------------------------------------------------------------------------------------------------
# the plain forms (as segment.py had them before round 22)


def _without_site_name_plain(title: str) -> str:
    parts = re.split(r"\s*[_|｜]\s*|\s+[-—–]+\s+|(?<=[\u4e00-\u9fff])[-—–](?=[\u4e00-\u9fff])", title)
    v = segment._vocab()
    if len(parts) > 1 and v["title_end"].search(parts[0]) \
            and all(p and len(p) <= v["site_name_max"] and not re.search(r"\d", p) for p in parts[1:]):
        return title[:len(parts[0])]
    return title


def _clean_title_plain(raw: str) -> str:
    v = segment._vocab()
    t = _without_site_name_plain(v["word_count"].sub("", v["title_site_tail"].sub("", raw)).strip())
    return t.rstrip("。.").strip()


def _any_of(key: str) -> re.Pattern:
    """The alternation of a list of segment.yaml's line patterns, searched as it is."""
    return re.compile("|".join(f"(?:{p})" for p in load_yaml("segment.yaml")[key]))


_FURNITURE, _PAGE_BREAK = _any_of("boilerplate_line"), _any_of("page_break_line")


def _is_boilerplate_plain(line: Line) -> bool:
    return bool(_FURNITURE.search(line.match) or _PAGE_BREAK.search(line.match)) \
        and not segment.runs_on_as_text(line.match) and not segment.is_bracketed_heading(line.match)


def _without_site_tail_plain(line: Line, core: str) -> Line:
    if not core or core == line.match or not line.match.startswith(core):
        return line
    return Line(line.start, line.start + len(core), line.raw[:len(core)], core)


def _title_over_site_tail_plain(line: Line, core: str) -> bool:
    title = _without_site_tail_plain(line, core)
    if title is line or segment._LABEL_OR_TRAIL.search(core):
        return False
    return _is_title_like_plain(title)


def _heading_level_plain(match_line: str) -> int | None:
    for level, rx in segment._sections_vocab()["levels"]:
        if rx.match(match_line):
            return level
    return None


def _is_title_like_plain(line: Line) -> bool:
    v = segment._vocab()
    core = _clean_title_plain(line.match)
    if v["title_never_opens"].match(core):
        return False
    if len(line.match) > v["notice_title_max"] and not _title_over_site_tail_plain(line, core) \
            or _heading_level_plain(line.match) is not None \
            or _is_boilerplate_plain(line) and _is_boilerplate_plain(_without_site_tail_plain(line, core)) \
            or v["caption"].match(line.match) or v["theme_label"].match(line.match):
        return False
    if not v["title_subject"].search(core) or segment._CLAUSE_MARK.search(core):
        return False
    words = v["title_labels_at_end"].sub("", core)  # (the labels after the report word count for nothing)
    if v["notice_title"].search(core) or len(words) <= 40 and v["research_title"].search(core):
        return True
    return len(words) <= 40 and bool(v["title_end"].search(core)) and not segment._names_source_first(core)


def _marker_title_plain(line: Line) -> tuple[int, int] | None:
    for rx in segment._vocab()["markers"]:
        m = rx.match(line.match)
        if m:
            s = line.start + m.start("title")
            title = _clean_title_plain(line.match[m.start("title"):m.end("title")])
            if "piece" in rx.groupindex and not (m.group("piece") or m.group("piece_after")) \
                    and not _is_title_like_plain(Line(s, s + len(title), title, title)):
                continue
            return s, s + len(title)
    return None


def _running_head_lines_plain(lines: list[Line]) -> set[int]:
    out, seen = set(), ""
    for k, ln in enumerate(lines):
        core = re.sub(r"\s+", "", ln.match)
        short = len(core) <= segment._vocab()["running_head_max"] and not re.search(r"[。！？!?]", core) \
            and len(core) >= 6 and not _PAGE_BREAK.search(ln.match)
        if short and k and _PAGE_BREAK.search(lines[k - 1].match) \
                and (segment._printed_before(core, seen) and re.search(r"[。！？!?]", seen) or segment._is_letterhead(ln.match)):
            out.add(k)
        elif short and k + 1 < len(lines) and _PAGE_BREAK.search(lines[k + 1].match) and k + 2 < len(lines) \
                and (segment._is_letterhead(ln.match)
                     or segment._printed_before(core, seen) and segment._vocab()["title_end"].search(core)):
            out.add(k)
        seen += core
    return out


# ---------------------------------------------------------------------------------------------------------------
# lines written for the test

WRITTEN_TITLES = [
    "某某县卫生健康局2031年工作总结",
    "某某县卫生健康局2031年工作总结　时间：2031-12-30　栏目：工作总结",
    "某镇卫生院2031年上半年工作总结　作者：院办　点击数：312",
    "某镇2031年卫生工作总结 [2031-12-28] 来源：镇政府",
    "某卫生院2030年工作总结（约900字）",
    "篇一：某某卫生院2030年工作总结 1850字",
    "某县卫生局2030年工作计划 - 某某文库",
    "某县卫生局2030年工作总结_工作总结_某某范文网",
    "某县2016-2020年卫生健康发展规划",
    "某县卫生局工作计划-某某文档",
    "指标 | 单位 | 2031年",
    "全县孕产妇死亡率控制在12/10万以下，婴儿死亡率4.1‰。",
    "2031年，全县参合率达到98.6%，较上年提高0.4个百分点：",
    "【一】疫情防控",
    "【一】某镇卫生院2031年工作总结",
    "第2篇：某县疾控中心2031年工作要点",
    "某县卫生健康局2031年工作总结（二）",
    "关于印发2031年全县卫生工作要点的通知",
    "现将我县2031年卫生工作情况报告如下。",
    "发布时间：2031-01-05　来源：某县卫生健康局　浏览次数：1 024",
    "【打印】【关闭】",
    "某县卫生健康局　2031-06-15",
    "— 3 —",
    "",
    "  ",
    "某县卫生健康局2031年工作总结。",
    "一、主要工作完成情况",
    "某县卫健局2031年工作总结\u3000\u3000日期：2031-12-30",
]


def test_clean_title_equals_the_plain_form_on_written_titles():
    for raw in WRITTEN_TITLES:
        assert clean_title(raw) == _clean_title_plain(raw), raw


def test_clean_title_cuts_what_a_reader_cuts():
    assert clean_title("某镇卫生院2031年上半年工作总结　作者：院办　点击数：312") == "某镇卫生院2031年上半年工作总结"
    assert clean_title("某卫生院2030年工作总结（约900字）") == "某卫生院2030年工作总结"
    assert clean_title("某县卫生局2030年工作计划 - 某某文库") == "某县卫生局2030年工作计划"
    assert clean_title("某县2016-2020年卫生健康发展规划") == "某县2016-2020年卫生健康发展规划"  # (a dash joining years)


def test_line_tests_equal_the_plain_forms_on_written_lines():
    for text in WRITTEN_TITLES:
        line = Line(7, 7 + len(text), text, text)
        assert title_like(text) == _is_title_like_plain(line), text
        assert segment._is_title_like(line) == _is_title_like_plain(line), text
        assert segment._marker_title(line) == _marker_title_plain(line), text
        assert segment.is_boilerplate(line) == _is_boilerplate_plain(line), text
        assert segment.heading_level(text) == _heading_level_plain(text), text


def test_line_tests_say_what_a_reader_says():
    assert title_like("某某县卫生健康局2031年工作总结")
    assert not title_like("全县孕产妇死亡率控制在12/10万以下，婴儿死亡率4.1‰。")
    assert not title_like("现将我县2031年卫生工作情况报告如下。")
    assert marker_title_span("第2篇：某县疾控中心2031年工作要点") == (4, 19)
    assert marker_title_span("【一】疫情防控") is None  # (a section's number in brackets, no article)


_TOKENS = ["某县", "卫生局", "卫生院", "2031年", "2016-2020年", "工作总结", "工作计划", "规划", "时间", "日期", "来源",
           "作者", "：", ":", " ", "\u3000", "\t", "\x1c", "字", "1850", "约", "（", "）", "(", ")", "[", "]", "【", "】", "_",
           "|", "｜", "-", "—", "–", "范文网", "文库", "。", ".", "，", "篇一", "第2篇", "范文3", "一、", "（二）", "2031-12-30",
           "发布", "点击数", "312", "关于印发", "的通知", "现将", "表1", "某某", "浏览次数", "— 3 —", "第2页", "共5页", "打印"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS + ["\n"]), max_size=14))
def test_clean_title_equals_the_plain_form_on_generated_text(parts):
    raw = "".join(parts)
    assert clean_title(raw) == _clean_title_plain(raw)
    assert segment._without_title_site_tail(raw) == segment._vocab()["title_site_tail"].sub("", raw)
    assert segment._without_word_counts(raw) == segment._vocab()["word_count"].sub("", raw)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=14), st.integers(0, 50))
def test_line_tests_equal_the_plain_forms_on_generated_lines(parts, start):
    text = "".join(parts).strip()
    line = Line(start, start + len(text), text, text)
    assert segment._is_title_like(line) == _is_title_like_plain(line)
    assert segment._marker_title(line) == _marker_title_plain(line)
    assert segment.is_boilerplate(line) == _is_boilerplate_plain(line)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="字约（）() \u3000\t\n\x1c\x850123456789.千万a", max_size=16))
def test_word_counts_gate_equals_the_pattern_on_any_text(text):
    assert segment._without_word_counts(text) == segment._vocab()["word_count"].sub("", text)


def test_remembered_answers_as_the_function_does_and_forgets_past_its_bound(monkeypatch):
    calls = []

    def length_of(text: str) -> int:
        calls.append(text)
        return len(text)

    fast = remembered(length_of)
    assert [fast("abc"), fast("abc"), fast("")] == [3, 3, 0]
    assert calls == ["abc", ""]  # (asked once per distinct text)
    monkeypatch.setattr(segment, "MEMO_CHARS", 4)
    fast2 = remembered(length_of)
    assert [fast2("abcd"), fast2("xy"), fast2("abcd")] == [4, 2, 4]
    assert calls[-3:] == ["abcd", "xy", "abcd"]  # (forgotten once the texts held passed 4 characters)


def _lines(text: str) -> list[Line]:
    return segment.lines_of(text, text)


PDF_PAGES = "\n".join([
    "某县卫生健康局2031年工作总结",
    "一、基本情况",
    "全县共有医疗卫生机构312个，床位2 100张。",
    "— 1 —",
    "某县卫生健康局2031年工作总结",
    "二、主要工作",
    "家庭医生签约率达到78.5%。",
    "某县卫生健康局文件",
    "— 2 —",
    "三、存在问题",
    "基层人才缺乏。",
])


def test_running_heads_equal_the_plain_form_on_written_pages():
    lines = _lines(PDF_PAGES)
    assert running_head_lines(lines) == _running_head_lines_plain(lines) == {4, 7}  # (the title again; the letterhead)
    no_breaks = _lines("某县卫生健康局2031年工作总结\n一、基本情况\n全县共有医疗卫生机构312个。")
    assert running_head_lines(no_breaks) == _running_head_lines_plain(no_breaks) == set()


_PAGE_LINES = ["某县卫生健康局2031年工作总结", "某 县 卫 生 健 康 局 2031年工作总结", "— 1 —", "— 2 —", "第2页", "----------",
               "一、基本情况", "全县共有医疗卫生机构312个。", "某县卫生健康局文件", "某县卫生局文件 2031年工作要点", "二、主要工作",
               "家庭医生签约率达到78.5%", "2031年工作总结", "某县"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PAGE_LINES), max_size=12))
def test_running_heads_equal_the_plain_form_on_generated_pages(page):
    lines = _lines("\n".join(page))
    assert running_head_lines(lines) == _running_head_lines_plain(lines)


def _lines_of_plain(text: str, match: str) -> list[Line]:
    out, pos = [], 0
    for seg in text.split("\n"):
        stripped = seg.strip()
        if stripped:
            s = pos + len(seg) - len(seg.lstrip())
            out.append(Line(s, s + len(stripped), stripped, match[s:s + len(stripped)]))
        pos += len(seg) + 1
    return out


def test_lines_of_equals_the_plain_split_on_a_written_page():
    page = "  某县卫生局2031年工作总结 \n\n\u3000一、基本情况\r\n全县参合率98%。\t\n \n— 2 —"
    assert segment.lines_of(page, page) == _lines_of_plain(page, page)
    assert [ln.raw for ln in segment.lines_of(page, page)] == ["某县卫生局2031年工作总结", "一、基本情况", "全县参合率98%。", "— 2 —"]


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="ab卫生。 \u3000\t\r\n\x0b\x1c\x85\u2028\u00a0", max_size=40))
def test_lines_of_equals_the_plain_split_on_any_text(text):
    match = text.upper()
    assert segment.lines_of(text, match) == _lines_of_plain(text, match)


def test_any_marker_matches_where_one_of_the_markers_does():
    for text in WRITTEN_TITLES + ["篇一：某某卫生院2030年工作总结", "某县卫生局工作总结 篇三", "范文2：某县卫生局工作计划"]:
        assert bool(segment._vocab()["any_marker"].match(text)) == any(rx.match(text) for rx in segment._vocab()["markers"])
