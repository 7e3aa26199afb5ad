"""Segment a page's text into reports and each report into sections.

:func:`page_reports` takes the decoded raw text of one file, builds its cleaned view
(:mod:`healthdata.pageview`: pinyin, spacing, hard wraps and chunk numbers undone, line breaks
inside one-line reports) and segments that; :func:`reports_in` segments a given text.  Output are
:class:`~healthdata.types.ReportText` objects whose offsets point into the segmented text.

A report starts at a title line (a report word at its end, an article marker, a notice issuing a
plan); report text that no title opens (untitled pages, text before the first title) is a report
with ``title_span`` None, so that no value depends on a title.  Furniture (``segment.yaml``:
notices, counters, trails, runs of link lines) never belongs to a report.  All patterns come from
``vocab/segment.yaml`` and ``vocab/sections.yaml`` and are matched on the same-length matching text
(:func:`healthdata.textnorm.matching_text`), so Traditional or paraphrased pages segment like
plain ones.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache, wraps
from itertools import accumulate

from healthdata.fastsearch import CuePattern, any_of
from healthdata.linestart import StartPatterns
from healthdata.textnorm import matching_text
from healthdata.types import ReportText, Section
from healthdata.vocab import load_yaml

__all__ = ["Line", "lines_of", "reports_in", "page_reports", "sections_in", "clean_title", "doc_id_for"]


@lru_cache(maxsize=4)
def page_matching_text(text: str) -> str:
    """:func:`~healthdata.textnorm.matching_text` of a page's text, remembered for the last few
    texts: the page view's passes and the segmenter look at the same text in turn, and most passes
    leave it as it was."""
    return matching_text(text)


def remembered(function):
    """``function`` of one text (its answer depends on the text alone) with its answers remembered per distinct text,
    up to ``MEMO_CHARS`` characters of texts (then all forgotten at once: the memory stays bounded whatever the texts'
    lengths).  The segmenter asks the same questions about the same lines many times over (is it a title? a link?
    furniture? each cleans its title again); remembered, each is answered once per distinct line."""
    memo: dict[str, object] = {}
    held = 0

    @wraps(function)
    def answer(text: str):
        nonlocal held
        found = memo.get(text, memo)
        if found is memo:
            found = function(text)
            if held + len(text) > MEMO_CHARS:
                memo.clear()
                held = 0
            memo[text] = found
            held += len(text)
        return found

    answer.plain = function  # (unremembered: what the tests compare the fast forms with)
    return answer


MEMO_CHARS = 1 << 22  # characters of texts whose answers :func:`remembered` keeps


@dataclass(frozen=True)
class Line:
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character
    raw: str  # stripped raw text
    match: str  # stripped matching text


def lines_of(text: str, match: str) -> list[Line]:
    """Non-empty lines with offsets of their stripped content (found by one scan of the text: each is its line from
    the first character that is no space to the last)."""
    return [Line(m.start(), m.end(), m.group(), match[m.start():m.end()]) for m in _LINE_CONTENT.finditer(text)]


_LINE_CONTENT = re.compile(r"\S(?:[^\n]*\S)?")


@lru_cache(maxsize=2)
def page_lines(text: str) -> tuple[Line, ...]:
    """:func:`lines_of` a page's text and its matching text, remembered for the last texts (the
    segmenter and the furniture cut read the same page's lines)."""
    return tuple(lines_of(text, page_matching_text(text)))


class LinePatterns:
    """Patterns of which any may match a line: ``search(line)`` answers as searching their
    alternation would, faster on long lines (whole reports on one line).

    Searching an alternation tries every branch at every position of the line, so a branch
    anchored with ``^`` is retried all along it; here the anchored patterns are tried once, at the
    start (``match``), and only the others are searched along the line.  A line holds no line
    break, so ``^`` (and ``$``) mean its start (and end) either way.  The anchored patterns are
    matched as one alternation (one call); the others are searched as one alternation through the
    gate of the characters their matches start with (:mod:`healthdata.fastsearch`), or each on its
    own when no such gate can be made (``re`` skips faster through a line for one pattern than for
    an ungated alternation of many).  Whether any matches is what their alternation answers.  The
    answer for a line is remembered: the page view's passes and the segmenter ask about the same
    lines in turn.
    """

    MEMO_CHARS = 1 << 22  # characters of lines whose answers are remembered (then all forgotten at once:
    # the answers never change, and the memory stays bounded whatever the lines' lengths)

    def __init__(self, patterns: list[str]):
        at_start = [p[1:] for p in patterns if _anchored_at_start(p)]
        anywhere = [p for p in patterns if not _anchored_at_start(p)]
        # one alternation per length cap: a pattern opening with (?=.{0,N}$) is tried on lines of N (+ a final \n) at most
        capped = [(int(cap.group(1)) + 1 if cap else 1 << 62, p) for p in at_start for cap in [_LENGTH_CAP.match(p)]]
        # (only the patterns a line leaves possible are tried: healthdata.linestart)
        self._starts = StartPatterns(capped)
        self._capped = capped
        # searched through a gate of the characters a match can start with (:mod:`healthdata.fastsearch`)
        joined = CuePattern(any_of(anywhere)) if anywhere else None
        self._anywhere = (joined.found,) if joined is not None and joined.gate is not None \
            else tuple(CuePattern(p).found for p in anywhere)
        self._memo: dict[str, bool] = {}
        self._memo_chars = 0

    @staticmethod
    @lru_cache(maxsize=None)
    def of(patterns: tuple[str, ...]) -> "LinePatterns":
        """The one :class:`LinePatterns` of ``patterns`` (so that modules asking about the same
        vocabulary share its remembered answers)."""
        return LinePatterns(list(patterns))

    def search(self, line: str) -> bool:
        """Whether one of the patterns matches somewhere in ``line``."""
        found = self._memo.get(line)
        if found is None:
            found = self._starts.match(line) or any(s(line) for s in self._anywhere)
            if self._memo_chars + len(line) > self.MEMO_CHARS:
                self._memo.clear()
                self._memo_chars = 0
            self._memo[line] = found
            self._memo_chars += len(line)
        return found

    def search_plain(self, line: str) -> bool:
        """:meth:`search` unremembered, every anchored pattern tried (one alternation per length cap): what the tests
        compare the fast form with."""
        caps: dict[int, list[str]] = {}
        for cap, p in self._capped:
            caps.setdefault(cap, []).append(p)
        return any(re.compile(any_of(ps)).match(line) for cap, ps in sorted(caps.items()) if len(line) <= cap) \
            or any(s(line) for s in self._anywhere)


_LENGTH_CAP = re.compile(r"\(\?=\.\{0,(\d+)\}\$\)")  # a pattern's opening (?=.{0,N}$): no match on a longer line


def _unnamed(pattern: str) -> str:
    """``pattern`` with its named groups unnamed (``(?P<title>…)`` -> ``(?:…)``), so that patterns naming the same
    groups can stand in one alternation; it matches where ``pattern`` does."""
    return _GROUP_NAME.sub("(?:", pattern)


_GROUP_NAME = re.compile(r"(?<!\\)\(\?P<\w+>")


def _anchored_at_start(pattern: str) -> bool:
    """Whether ``pattern`` is ``^`` followed by a pattern without a top-level ``|`` (so that
    every match starts where the string starts)."""
    if not pattern.startswith("^"):
        return False
    depth, i, n = 0, 1, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a character class: ] right after [ or [^ is a literal
            i += 2 if pattern.startswith("[^", i) else 1
            i += 1 if pattern.startswith("]", i) else 0
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return False
        i += 1
    return True


@lru_cache(maxsize=1)
def _vocab():
    v = load_yaml("segment.yaml")
    return {
        "boilerplate": LinePatterns.of(tuple(v["boilerplate_line"])),
        "markers": [re.compile(p) for p in v["article_marker"]],
        "any_marker": re.compile(any_of([_unnamed(p) for p in v["article_marker"]])),
        "page_end": LinePatterns.of(tuple(v["page_end"])),
        "title_end": re.compile(v["report_word"] + v["title_end_label"] + r"$"),
        "report_word": re.compile(v["report_word"]),
        "title_label": re.compile(r"\s*" + v["title_end_label"]),
        "title_labels_at_end": re.compile(r"\s*" + v["title_end_label"] + r"\s*$"),
        "title_subject": re.compile(v["title_subject"]),
        "notice_title": re.compile(v["notice_title"]),
        "notice_title_max": int(v["notice_title_max_chars"]),
        "byline_max": int(v["byline_max_lines"]),
        "notice_preamble_max": int(v["notice_preamble_max_chars"]),
        "word_count": re.compile(v["word_count"]),
        "link_min": int(v["link_run_min_lines"]),
        "link_max": int(v["link_run_max_chars"]),
        "link_max_clause_marks": int(v["link_max_clause_marks"]),
        "furniture_text_min_chars": int(v["furniture_text_min_chars"]),
        "furniture_text_min_sentences": int(v["furniture_text_min_sentences"]),
        "table_row": table_row_pattern(v["table_cell_line"]),
        "date_line": re.compile(v["date_line"]),
        "untitled_min_chars": int(v["untitled_report_min_chars"]),
        "title_repeat_reach": int(v["title_repeat_reach_lines"]),
        "headline_furniture_lines": int(v["headline_furniture_lines"]),
        "headline_date_line": re.compile(v["headline_date_line"]),
        "headline_never_over": re.compile(v["headline_never_over"]),
        "title_copy_suffix": re.compile(v["title_copy_suffix"]),
        "title_copy_label": re.compile(v["title_copy_label"]),
        "title_copy_column": re.compile(v["title_copy_column"]),
        "publisher_line": re.compile(v["publisher_line"]),
        "speaker_line": re.compile(v["speaker_line"]),
        "publisher_date_line": re.compile(v["publisher_date_line"]),
        "headline_source_prefix": re.compile(v["headline_source_prefix"]),
        "notice_issuing": re.compile(v["notice_issuing"]),
        "issuing_sentence": re.compile(v["issuing_sentence"]),
        "caption": re.compile(v["caption_line"]),
        "bracketed_heading": re.compile(v["bracketed_heading"]),
        "page_break": LinePatterns.of(tuple(v["page_break_line"])),
        "news_lede": re.compile(v["news_lede"]),
        "byline_line": re.compile(v["byline_line"]),
        "untitled_page_min_chars": int(v["untitled_page_min_chars"]),
        "untitled_after_report_min_chars": int(v["untitled_after_report_min_chars"]),
        "untitled_after_report_stated_min_chars": int(v["untitled_after_report_stated_min_chars"]),
        "untitled_after_report_min_rates": int(v["untitled_after_report_min_rates"]),
        "rate_figure": re.compile(v["rate_figure"]),
        "title_site_tail": re.compile(v["title_site_tail"]),
        "headline_label": re.compile(v["headline_label_line"]),
        "headline_field": re.compile(v["headline_field_line"]),
        "interpretation_headline": re.compile(v["interpretation_headline"]),
        "site_name_max": int(v["site_name_max_chars"]),
        "headline_subtitle": re.compile(v["headline_subtitle"]),
        "edition_line": re.compile(v["edition_line"]),
        "headline_byline": re.compile(v["headline_byline"]),
        "host_opening": re.compile(v["host_opening"]),
        "yearbook_entry": re.compile(v["yearbook_entry"]),
        "entry_label": re.compile(v["entry_label"]),
        "place_heading": re.compile(v["place_heading_line"]),
        "brief_headline": re.compile(v["brief_headline_line"]),
        "place_brief": re.compile(v["place_brief_line"]),
        "bulleted_news": re.compile(v["bulleted_news_line"]),
        "entry_credit": re.compile(v["entry_credit"]),
        "separate_entry_label": re.compile(v["separate_entry_label"]),
        "family_planning_entry_label": re.compile(v["family_planning_entry_label"]),
        "family_planning_body": re.compile(v["family_planning_body"]),
        "theme_label": re.compile(v["theme_label"]),
        "question_label": re.compile(v["question_label"]),
        "separator_rule": re.compile(v["separator_rule_line"]),
        "higher_place": re.compile(v["higher_place_prefix"]),
        "contents_entry": re.compile(v["contents_entry_line"]),
        "menu_min": int(v["menu_bar_min_cells"]),
        "menu_cell_max": int(v["menu_bar_cell_max_chars"]),
        "menu_cell_brackets": re.compile(v["menu_cell_brackets"]),
        "lead_in_pointer": re.compile(v["lead_in_pointer"]),
        "chapter_heading": re.compile(v["chapter_heading"]),
        "running_head_max": int(v["running_head_max_chars"]),
        "running_head_dropped": re.compile(v["running_head_dropped"]),
        "letterhead": re.compile(v["letterhead_line"]),
        "research_title": re.compile(v["research_title"]),
        "bare_article_marker": re.compile(v["bare_article_marker"]),
        "title_never_opens": re.compile(v["title_never_opens"]),
        "collection_title": re.compile(v["collection_title"]),
        "excerpt_note": re.compile(v["excerpt_note"]),
    }


@lru_cache(maxsize=1)
def _sections_vocab():
    v = load_yaml("sections.yaml")
    return {
        "levels": [(int(lv["level"]), re.compile(lv["pattern"])) for lv in v["heading_levels"]],
        "kinds": [(k, re.compile(p)) for k, p in v["kind_cues"].items()],
        "bare_max": int(v["bare_heading_max_chars"]),
        "heading_max": int(v["heading_max_chars"]),
    }


def is_boilerplate(line: Line) -> bool:
    """A line of the site's furniture (page breaks included), unless it goes on with report text
    (see :func:`runs_on_as_text`)."""
    return is_furniture(line.match)


@remembered
def is_furniture(match_line: str) -> bool:
    """:func:`is_boilerplate` of a line's matching text (the two tests of report text first: they are cheaper than the
    furniture's patterns, and a long line of prose passes them)."""
    return not runs_on_as_text(match_line) and not is_bracketed_heading(match_line) \
        and bool(_vocab()["boilerplate"].search(match_line) or _vocab()["page_break"].search(match_line))


def is_bracketed_heading(match_line: str) -> bool:
    """Whether a line is a yearbook entry's heading in brackets (【公共卫生】, segment.yaml ``bracketed_heading``): the
    entry's text or table goes on under it, unlike under a line of bracketed page tools (【打印】【关闭】)."""
    return _vocab()["bracketed_heading"].match(match_line) is not None


def runs_on_as_text(match_line: str) -> bool:
    """Whether a line is long running text whatever it starts with: a page whose site lines and
    article run together on one line (分享到：2024年，全区…。…。…)."""
    v = _vocab()
    return len(match_line) >= v["furniture_text_min_chars"] \
        and len(_SENTENCE_END.findall(match_line)) >= v["furniture_text_min_sentences"]


_SENTENCE_END = re.compile(r"[。！？!?]")


def is_page_break(line: Line) -> bool:
    """A page break of a sharing site or PDF copy (a rule, 第2页/共5页): furniture a report goes on across."""
    return _vocab()["page_break"].search(line.match)


@remembered
def heading_level(match_line: str) -> int | None:
    """1 for 一、, 2 for (一), 3 for 1、 / 1. ; None when the line is not enumerated."""
    for level, rx in _sections_vocab()["levels"]:
        if rx.match(match_line):
            return level
    return None


@remembered
def clean_title(raw: str) -> str:
    """Title as written, without trailing word counts (``1850字``), the site's metadata after it on
    its line (``　时间：2020-12-30　栏目：工作总结``) and a final 。."""
    t = _without_site_name(_without_word_counts(_without_title_site_tail(raw)).strip())
    return t.rstrip("。.").strip()


_TAIL_MARK = re.compile(r"[:：\s]")


def _without_title_site_tail(raw: str) -> str:
    """``raw`` without the site's metadata after a title (segment.yaml ``title_site_tail``).  Every such tail holds a
    colon after its label or a space before its date: a text without either (most lines of prose) is passed over in
    one scan instead of trying the pattern at each of its positions."""
    return _vocab()["title_site_tail"].sub("", raw) if _TAIL_MARK.search(raw) else raw


def _without_word_counts(text: str) -> str:
    """``text`` without the word counts at its end (segment.yaml ``word_count``: ``1850字``, ``（约900字）``).  Such a
    count ends in 字, maybe with a closing bracket and spaces after it: a text ending otherwise has none, and the
    pattern, which is tried at each position of the text, is not tried at all."""
    end = text.rstrip()
    if end.endswith((")", "）")):
        end = end[:-1].rstrip()
    return _vocab()["word_count"].sub("", text) if end.endswith("字") else text


_SITE_NAME_SPLIT = re.compile(r"\s*[_|｜]\s*|\s+[-—–]+\s+|(?<=[\u4e00-\u9fff])[-—–](?=[\u4e00-\u9fff])")
_SITE_NAME_MARK = re.compile(r"[_|｜\-—–]")  # (every separator of the site's names holds one of these)
_DIGIT = re.compile(r"\d")


def _without_site_name(title: str) -> str:
    """A title without the site's names a copy of it carries after ``_``, ``|`` or a dash between
    spaces (某某县卫生局2020年工作总结_工作总结_某某范文网, …工作计划 - 某某文库): the first part when it
    ends in a report word and the parts after it are short names without digits (not the cells of a
    table row; a dash without spaces joins years: 2016-2020年规划, but between two Han characters it sets
    off the site's name as a space would: …工作计划-某某文档)."""
    if _SITE_NAME_MARK.search(title) is None:
        return title
    parts = _SITE_NAME_SPLIT.split(title)
    if len(parts) > 1 and _vocab()["title_end"].search(parts[0]) \
            and all(p and len(p) <= _vocab()["site_name_max"] and not _DIGIT.search(p) for p in parts[1:]):
        return title[:len(parts[0])]
    return title


def _marker_title(line: Line) -> tuple[int, int] | None:
    """(start, end) offsets of the title inside a numbered article marker line, else None."""
    span = marker_title_span(line.match)
    return None if span is None else (line.start + span[0], line.start + span[1])


@remembered
def marker_title_span(match_line: str) -> tuple[int, int] | None:
    """(start, end) in a line of the title after its article marker (篇一：…, 第2篇 …), else None."""
    if _vocab()["any_marker"].match(match_line) is None:
        return None  # (no marker's pattern matches: one test of their alternation instead of one of each)
    for rx in _vocab()["markers"]:
        m = rx.match(match_line)
        if m:
            s = m.start("title")
            title = clean_title(match_line[s:m.end("title")])  # (matched: Traditional tails too)
            if "piece" in rx.groupindex and not (m.group("piece") or m.group("piece_after")) and not title_like(title):
                continue  # (a bare number in brackets before a section's name, 【一】疫情防控: a heading, no article)
            if title and _YEARBOOK_PART.match(match_line) and not title_like(title) \
                    and not _vocab()["report_word"].search(title):
                return None  # (a yearbook's part and its subject, 第十二篇　社会事业, 第九篇 城乡建设: no article; its entries follow)
            return s, s + len(title)
    return None


_CLAUSE_MARK = re.compile(r"[,，;；]")
_YEARBOOK_PART = re.compile(r"\s*第\s*[一二三四五六七八九十百]+\s*篇")  # a yearbook numbers its parts in Chinese numerals


def _is_title_like(line: Line) -> bool:
    """Whether a line reads as a report's title (:func:`title_like`)."""
    return title_like(line.match)


@remembered
def title_like(match_line: str) -> bool:
    """Whether a line's matching text reads as a report's title: short, naming the health field and ending in a report
    word (or a notice's or a research report's title), no heading, caption, sentence nor the site's line."""
    v = _vocab()
    core = clean_title(match_line)
    # (the title's own words are tested first: most lines fail there, and the tests of the whole line, the site's
    # furniture above all, are asked of the few that pass)
    if v["title_never_opens"].match(core) or not v["title_subject"].search(core) or _CLAUSE_MARK.search(core):
        return False  # (a sentence ending in a report word, 结合实际，制定本计划。, is no title)
    # (the labels after its report word, 范文, （精选）, （征求意见稿）, are no words of the title: they count for nothing)
    words = v["title_labels_at_end"].sub("", core) if core.endswith((")", "）", "】", "]", "文", "板")) else core
    short = len(words) <= 40 or len(core) <= v["notice_title_max"] and len(_NAMED_DOCUMENT.sub("《》", words)) <= 40
    if not (v["notice_title"].search(core) or short and v["research_title"].search(core)
            or short and v["title_end"].search(core) and not _names_source_first(core)):
        return False
    return not (len(match_line) > v["notice_title_max"] and not _title_over_site_tail_text(match_line, core)
                or heading_level(match_line) is not None
                or is_furniture(match_line) and is_furniture(_before_site_tail(match_line, core))
                or v["caption"].match(match_line) or v["theme_label"].match(match_line))


# the name of a document a title is about, in book-title marks (政策解读：《某市基层医疗卫生服务能力提升三年行动方案（2031—2033年）》
# 问答): it counts as one word towards a title's length, as a reader takes it in (a title reading a policy names it whole)
_NAMED_DOCUMENT = re.compile(r"《[^《》\n]{2,60}》")


def _before_site_tail(match_line: str, core: str) -> str:
    """A line's matching text cut where the site's metadata after a title starts (``core``, its :func:`clean_title`;
    segment.yaml ``title_site_tail``: …工作总结　作者：院办　点击数：312), so that the counter at its end does not make the
    title's line the site's; the whole line when its title is not a part of it before such a tail."""
    if not core or core == match_line or not match_line.startswith(core):
        return match_line
    return core


def _title_over_site_tail(line: Line) -> bool:
    """Whether a line is a report's title with the site's metadata after it on the same line (某镇卫生院2031年上半年工作总结
    作者：院办　点击数：312; 某镇2031年工作总结　[日期：2031-12-28]　[来源：镇政府]): a title, though its tail reads as the site's
    counter line."""
    return _title_over_site_tail_text(line.match, clean_title(line.match))


def _title_over_site_tail_text(match_line: str, core: str) -> bool:
    """:func:`_title_over_site_tail` of a line's matching text and its :func:`clean_title` ``core``."""
    title = _before_site_tail(match_line, core)
    if title == match_line or _LABEL_OR_TRAIL.search(core):
        return False  # (a site's bar of its column's cells, 精品范文 | 工作计划 | 卫生计划　时间：…, is no title)
    return title_like(title)


def _issues_a_health_document(lines: list[Line], i: int, stops: set[int]) -> bool:
    """Whether line ``i`` is the title of a notice issuing a document that does not name the field itself
    (关于印发2031年下半年重点工作安排的通知) over a short text that names a health document (现将《某县卫生健康局
    2031年下半年重点工作安排》印发给你们): the notice is the health bureau's, and carries that document."""
    v = _vocab()
    ln = lines[i]
    if len(ln.match) > v["notice_title_max"] or heading_level(ln.match) is not None or is_boilerplate(ln) \
            or not issues_a_document(clean_title(ln.match)):
        return False
    seen = 0
    for k in range(i + 1, len(lines)):
        if k in stops or seen > v["notice_preamble_max"]:
            return False
        if v["title_subject"].search(lines[k].match):
            return True
        seen += len(lines[k].match)
    return False


def _names_source_first(core: str) -> bool:
    """Whether a title-like line is a news headline naming its source before a colon (卫生局：某县…工作回顾)."""
    return _vocab()["headline_source_prefix"].match(core) is not None


def _merge_wrapped_titles(lines: list[Line], titles: list[tuple[int, int, int]]) -> tuple[list[tuple[int, int, int]], set[int]]:
    """A notice that carries a plan or report (关于印发2023年卫生工作要点的通知 … 2023年卫生工作要点)
    is one report: a title that repeats inside the title just before it, or that the notice's short
    text names (现将《某市2023年卫生工作要点》印发给你们), does not start a report of its own.
    Returns the titles that start reports and the lines of the carried titles (no section headings)."""
    v = _vocab()
    out: list[tuple[int, int, int]] = []
    carried: set[int] = set()
    for t in titles:
        if out and _ATTACHMENT_LABEL.match(lines[t[0]].match):
            carried.add(t[0])  # (a titled attachment after the report, 附件：某市“十五五”卫生健康发展主要指标, is the report's)
            continue
        if out:
            prev = out[-1]
            inner = clean_title(lines[t[0]].match)
            outer = clean_title(lines[prev[0]].match)
            between = [lines[k].match for k in range(prev[0] + 1, t[0])]
            named = inner in outer and inner != outer or (
                bool(v["notice_title"].search(outer)) and any(inner in b for b in between)) or issues_a_document(outer) \
                or inner == outer and any(inner in b and v["issuing_sentence"].search(b) for b in between)
            if inner and named and sum(map(len, between)) <= v["notice_preamble_max"]:
                carried.add(t[0])
                continue
        out.append(t)
    return out, carried


_ATTACHMENT_LABEL = re.compile(r"\s*附\s*件\s*[0-9一二三四五六七八九十]{0,2}\s*[:：]")


def issues_a_document(title: str) -> bool:
    """Whether a title is a notice issuing a document (关于印发2030年卫生工作要点的通知): the next title
    within its short text is the document it issues, whatever words that title uses (某县2030年全县卫生
    工作要点, under 附件：)."""
    return _vocab()["notice_issuing"].search(title) is not None and bool(_vocab()["notice_title"].search(title))


def table_row_pattern(extra: str = "") -> re.Pattern:
    """A line holding a row of table cells (segment.yaml table_row_separated, table_row_spaced), or
    matching ``extra``."""
    v = load_yaml("segment.yaml")
    return re.compile("|".join(p for p in (v["table_row_separated"], v["table_row_spaced"], v["table_row_single_spaced"], extra)
                               if p))


def is_table_row(line: Line) -> bool:
    """A row of a table: cells split by ``|`` or tabs, or a cell that is a number (one cell a line)."""
    return bool(_vocab()["table_row"].search(line.match))


def _is_short_link(line: Line) -> bool:
    v = _vocab()
    # (a subtitle opening with a dash, ——在…会议上的讲话, belongs to the title above it: no link)
    return (len(line.match) <= v["link_max"] and heading_level(line.match) is None
            and not v["headline_subtitle"].match(line.match)
            and not re.search(r"[。!?;:！？；：]", line.match) and not is_table_row(line)
            and not v["date_line"].search(line.match) and not v["publisher_date_line"].match(line.match)
            and not v["chapter_heading"].match(line.match)  # (a document's chapter heading, 第一章 发展基础, is no link)
            # (nor a speech's note in brackets under its title, （2031年1月15日在全市工作会议上的报告）, nor its speaker's
            # line, 某某所所长 王某: the byline of a title, not a list; a site's note in brackets, （本文来源于网络…）, stays one)
            and not (v["byline_line"].search(line.match) and not is_boilerplate(line)) and not v["speaker_line"].match(line.match)
            and not _states_a_figure(line.match)
            and not _emoji_item_with_figure(line.match)
            and not _wrapped_prose(line.match))


def _emoji_item_with_figure(match_line: str) -> bool:
    """Whether a short line is an item of a public account's list of the year's figures, opening with an emoji bullet and
    holding a number (✅ 新增托位4150个; 🔹 二级以上医院检查结果互认项目达到186项): a mobile article's list, no list of links
    (a site's links open with dots or nothing, not with a check mark)."""
    return _EMOJI_BULLET.match(match_line) is not None and _DIGIT.search(match_line) is not None


_EMOJI_BULLET = re.compile("\\s*[\u2705\u2714\u2611\U0001F300-\U0001FAFF]")


def _states_a_figure(match_line: str) -> bool:
    """Whether a short line states a rate in a clause (🔹 县域内住院就诊率达到88.6%，同比提升2.3个百分点): an item of a list
    of the report's figures, no link's headline (a list of links names other pages, not this page's rates clause by
    clause; a line opening with a link list's dot, · 全市卫生工作会议召开，孕产妇死亡率降至11.2/10万, is such a headline)."""
    return _CLAUSE_MARK.search(match_line) is not None and _vocab()["rate_figure"].search(match_line) is not None \
        and _LINK_DOT.match(match_line) is None


_LINK_DOT = re.compile(r"\s*[·•▪・]")


def _wrapped_prose(match_line: str) -> bool:
    """Whether a short line is running text a PDF copy's wrap cut: it holds ``link_max_clause_marks`` clause marks (，、) or
    more and ends inside a clause (今年以来，局党组认真贯彻全区会议精神，把治)."""
    return len(_CLAUSE_MARKS.findall(match_line)) >= _vocab()["link_max_clause_marks"] and match_line[-1:].isalnum()


_CLAUSE_MARKS = re.compile(r"[,，、]")


def _link_run_starts(lines: list[Line]) -> set[int]:
    """Indexes of lines that begin a run of short unpunctuated lines (a list of links)."""
    v = _vocab()
    out, i = set(), 0
    while i < len(lines):
        j = i
        while j < len(lines) and _is_short_link(lines[j]) and not _marker_title(lines[j]):
            j += 1
        # short lines right before a cell holding a number or a unit are a table's labels (one cell a
        # line: 指标 / 单位 / 目标值 / 参合率 / % / 95), not links
        # (a line printed again right below is a headline the site repeats, not two links; a title a PDF copy wraps
        # over short lines, with the body's name and the date under it, is no list either)
        wrapped = _wrapped_title_end(lines, i, set()) if v["link_min"] <= j - i <= v["link_min"] + v["byline_max"] else None
        # (a title over the site's own lines only, its name and address, 【关闭】, is no list of links)
        over_site_lines = _is_title_like(lines[i]) and all(is_boilerplate(lines[x]) for x in range(i + 1, j))
        if len({lines[x].match for x in range(i, j)}) >= v["link_min"] and not over_site_lines and not (j < len(lines) and is_table_row(lines[j])) \
                and not (wrapped is not None and j - wrapped - 1 <= v["byline_max"]):
            out.add(i)
            i = j
        else:
            i += 1
    return out


_MENU_SEPARATOR = re.compile(r"[|｜丨│]")


def _is_menu_cells(line: Line) -> bool:
    """Whether a line is short cells without digits split by ``|`` (a site's menu bar, or a table's header)."""
    v = _vocab()
    if _MENU_SEPARATOR.search(line.match) is None:
        return False
    # (a cell may stand in brackets of any shape, which count for nothing in its length: segment.yaml ``menu_cell_brackets``)
    cells = [v["menu_cell_brackets"].sub(r"\1", c.strip()) for c in _MENU_SEPARATOR.split(line.match)]
    return len(cells) >= v["menu_min"] and all(0 < len(c) <= v["menu_cell_max"] and not re.search(r"\d", c) for c in cells)


def menu_bar_lines(lines: list[Line]) -> set[int]:
    """Indexes of a site's menu bars (segment.yaml ``menu_bar_min_cells``): short cells without
    digits split by ``|``, with no table row directly above or below (a table's header stands over rows)."""
    return {i for i, ln in enumerate(lines) if _is_menu_cells(ln)
            and not any(0 <= j < len(lines) and is_table_row(lines[j]) for j in (i - 1, i + 1))}


def _title_lines(lines: list[Line], stops: set[int]) -> list[tuple[int, int, int]]:
    """(line index, title start, title end) for every line that starts a report."""
    starts, upto = [], -1
    for i, ln in enumerate(lines):
        if i in stops or i <= upto:
            continue
        marked = _marker_title(ln)
        if marked:
            starts.append((i, *marked))
            continue
        last = i
        subtitled = _titled_by_subtitle(lines, i, stops)
        if subtitled:
            last = i + 1  # (the subtitle naming the body belongs to the title: the text starts below it)
        elif not _is_title_like(ln) and not _issues_a_health_document(lines, i, stops):
            last = _wrapped_title_end(lines, i, stops)
            if last is None:
                continue
        nxt = last + 1 if last + 1 < len(lines) else None
        if nxt is not None and nxt in stops:
            # a title over the site's metadata and tools (发布日期…点击数, 【打印】【关闭】)
            nxt = _past_site_lines(lines, nxt, stops)
        if nxt is not None and _vocab()["news_lede"].match(lines[nxt].match):
            continue  # over a news item's dateline (本报讯…): the item's headline, no title
        if nxt is None or nxt in stops:
            continue  # a headline over a site's date line or notice is the page's, not a report's
            # (unless the page has no other title: see _headline_over_text)
        if _marker_title(lines[nxt]) or _is_title_like(lines[nxt]):
            continue  # a page title directly above the real report title
        if _opens_body(lines, nxt, stops) or (_vocab()["notice_title"].search(clean_title(ln.match))
                                              and _text_before_stop(lines, nxt, stops)):  # a notice's addressees follow
            end = i if subtitled else last  # (a subtitle is no part of the title's text)
            title = clean_title(lines[end].match)  # its length, read on the matching text (a Traditional title's 發佈單位：… tail too)
            starts.append((i, ln.start, lines[end].start + len(title)))
            upto = last
    if not starts:
        headline = _headline_over_text(lines, stops)
        if headline is not None:
            starts.append((headline, lines[headline].start, lines[headline].start + len(clean_title(lines[headline].match))))
    return starts


def _titled_by_subtitle(lines: list[Line], i: int, stops: set[int]) -> bool:
    """Whether line ``i`` is a title that names no health body nor field itself (2031年上半年工作总结及下半年工作打算) over a
    subtitle that names the body it is by (——某某市某某区卫生健康委员会), or a title whose edition stands on the next line
    (某县新型农村合作医疗政策问答 / （2031年版）): the two read as one title."""
    v = _vocab()
    if i + 1 >= len(lines) or i in stops or i + 1 in stops or _is_title_like(lines[i]):
        return False
    sub = lines[i + 1].match
    if v["edition_line"].match(sub):
        joined = lines[i].match + _SPACES.sub("", sub)
        return _is_title_like(Line(lines[i].start, lines[i].start + len(joined), joined, joined))
    if not v["headline_subtitle"].match(sub) or not v["title_subject"].search(sub) or len(sub) > v["notice_title_max"] \
            or _SENTENCE_END.search(sub) or _CLAUSE_MARK.search(sub):
        return False
    core = clean_title(lines[i].match)
    return len(core) <= 40 and not _CLAUSE_MARK.search(core) and heading_level(lines[i].match) is None \
        and not is_boilerplate(lines[i]) and bool(v["title_end"].search(core)) and not _names_source_first(core)


_LABEL_OR_TRAIL = re.compile(r"[:：>»›|｜]")  # (a label's colon, a trail's crumbs, 首页 › 政务公开: a site's line, no piece of a title)


def _wrapped_title_end(lines: list[Line], i: int, stops: set[int]) -> int | None:
    """Index of the last line of a title that a PDF copy wraps over two or three short lines from line ``i`` (某州2031年
    卫生健康 / 事业发展统计公报; 某县卫生局 / 关于2031年全县卫生工作 / 总结的报告): lines without punctuation, no
    furniture nor heading nor date, that read as a title only together (none is a title alone: a title under the body's
    signature and date is a title of its own).  None when they do not."""
    v = _vocab()
    end = min(i + 3, len(lines))

    def piece(ln: Line) -> bool:
        return not (_SENTENCE_END.search(ln.match) or _CLAUSE_MARK.search(ln.match) or _LABEL_OR_TRAIL.search(ln.match)
                    or heading_level(ln.match) is not None
                    or v["date_line"].search(ln.match) or _is_title_like(ln))

    if i + 1 >= end or len(lines[i].match) >= v["notice_title_max"] or not piece(lines[i]):
        return None
    raw, match = lines[i].raw, lines[i].match
    for m in range(i + 1, end):
        ln = lines[m]
        if m in stops or not piece(ln) or len(match) + len(ln.match) > v["notice_title_max"]:
            return None
        raw, match = raw + ln.raw, match + ln.match
        if _is_title_like(Line(lines[i].start, ln.end, raw, match)):
            return m
    return None


def _last_copies_only(lines: list[Line], titles: list[tuple[int, int, int]], stops: set[int]) -> list[tuple[int, int, int]]:
    """``titles`` without those the site prints again right below (第1篇：某卫生院2030年工作总结 two or three times
    over the text, maybe with the site's lines between the copies): the copies are one title, the last one opens
    the report, which starts at the first (:func:`_repeated_title_start`)."""
    out = []
    for t, nxt in zip(titles, [*titles[1:], None]):
        title = clean_title(lines[t[0]].match)
        if nxt is not None and nxt[0] - t[0] <= _vocab()["title_repeat_reach"] and is_title_copy(lines[nxt[0]].match, title) \
                and all(k in stops or is_title_copy(lines[k].match, title) for k in range(t[0] + 1, nxt[0])):
            continue
        out.append(t)
    return out


def _past_site_lines(lines: list[Line], k: int, stops: set[int]) -> int | None:
    """Index of the first line from ``k`` on that is not one of the site's lines under a headline
    (发布日期…点击数, 【打印】【关闭】: at most ``headline_furniture_lines``), None at the page's end.
    A government site prints a notice's title (关于印发…工作要点的通知) over such lines and the
    notice's addressees after them: the title is the notice's, which carries the plan."""
    skipped = 0
    while k < len(lines) and skipped < _vocab()["headline_furniture_lines"] and _site_line_under_headline(lines[k], k in stops):
        k, skipped = k + 1, skipped + 1
    return k if k < len(lines) else None


def _opens_body(lines: list[Line], k: int, stops: set[int]) -> bool:
    """Whether report text starts at line ``k`` (below a title): a long line, a heading or running
    text, or a few short lines (a table's caption, a subtitle, a speech's speaker, date and
    addressees: 局长 王某 / （2021年2月5日） / 同志们：) with such a line after them.
    Under the publishing body's name and the date on lines of their own (a bulletin's title over 某市卫生健康委员会 /
    2031年6月14日), the site's tools after them (【字体：大 中 小】 打印) are passed over: they end nothing.
    """
    def body(ln: Line) -> bool:
        return len(ln.match) > 40 or heading_level(ln.match) is not None or _is_report_text(ln)

    v = _vocab()
    j, short, passed, dated = k, 0, 0, True
    while j < len(lines) and short <= v["byline_max"]:
        if j > k and j in stops and dated and passed < v["headline_furniture_lines"] \
                and _site_line_under_headline(lines[j], True):
            j, passed = j + 1, passed + 1
            continue
        dated = dated and _publisher_or_date(lines[j])
        if j > k and (j in stops or _is_title_like(lines[j]) or _marker_title(lines[j]) is not None):
            return False
        if body(lines[j]):
            return True
        j, short = j + 1, short + 1
    return False


def _publisher_or_date(line: Line) -> bool:
    """A line naming only the body that publishes the page (某市卫生健康委员会), a speech's speaker (局长 王某), only a
    date (2031年6月14日) or the body and the date (某市人民政府办公室 2031年11月)."""
    v = _vocab()
    return bool(v["publisher_line"].match(line.match) or v["speaker_line"].match(line.match) or v["date_line"].search(line.match)
                or v["headline_date_line"].match(line.match) or v["publisher_date_line"].match(line.match))


def _text_before_stop(lines: list[Line], k: int, stops: set[int]) -> bool:
    """Whether report text (prose, a table row with a figure) follows from line ``k`` before the
    site's next line: a notice's title over its addressees and text, not one link of a sidebar's
    list (通知公告 / 关于开展…的通知 / 某某县获评…)."""
    for j in range(k, len(lines)):
        if j in stops:
            return False
        if _text_chars(lines[j]):
            return True
    return False


def _headline_over_text(lines: list[Line], stops: set[int]) -> int | None:
    """On a page with no other title: the title-like line just above the first line of report text,
    with only the site's furniture (a date line, a view counter), copies of itself, the report's
    first enumerated headings (一、卫生资源) and a few byline lines (addressees 各乡镇卫生院：, a date
    in brackets) between — a bureau's page shows the report's title as its headline, maybe repeated,
    over its date line.  None when that text opens as a news item (本报讯…): its headline is no
    report's title."""
    v = _vocab()
    first = next((k for k, ln in enumerate(lines) if k not in stops and _is_report_text(ln)
                  and not _is_title_like(ln)), None)
    if first is None or v["news_lede"].match(lines[first].match):
        return None
    k, bylines = first - 1, 0
    while k >= 0 and not _is_title_like(lines[k]):
        if k not in stops and heading_level(lines[k].match) is None:
            if bylines >= v["byline_max"] or not (v["byline_line"].search(lines[k].match)
                                                  or v["date_line"].search(lines[k].match)
                                                  or v["headline_date_line"].match(lines[k].match)):
                return None
            bylines += 1
        k -= 1
    return k if k >= 0 else None


def doc_id_for(source_file: str, n: int) -> str:
    """Stable report id: the raw file's name and the report's position in it (1-based).

    A ``.txt`` file's id uses its stem when the stem has no dot (``001_x.txt`` -> ``001_x#01``);
    any other file keeps its whole name (``001_x.docx#01``, ``001_x.html#01``), a name without a
    dot gets a final dot (``001_x.#01``) and a name ending in a dot one more (``x.`` -> ``x..#01``).
    Distinct paths never share ids: stems without a dot come only from ``.txt`` files, stems
    ending in exactly one dot only from names without one, and every other name maps to itself
    or, ending in a dot, to itself plus one.
    """
    name = source_file.rsplit("/", 1)[-1]
    if name.endswith(".txt") and "." not in name[: -len(".txt")]:
        stem = name[: -len(".txt")]
    elif "." not in name:
        stem = name + "."
    elif name.endswith("."):
        stem = name + "."
    else:
        stem = name
    prefix = source_file.rsplit("/", 1)[0] + "/" if "/" in source_file else ""
    return f"{prefix}{stem}#{n:02d}"


def _repeated_title_start(lines: list[Line], i: int, stops: set[int] = frozenset()) -> int:
    """Index of the first of the lines just above line ``i`` that repeat its title (a site prints a
    report's title two or three times at the top, maybe with its date line between: once is the
    report's).  A title under an article marker (篇一：某县卫生局2032年工作计划) is copied without the marker."""
    title = clean_title(lines[i].match)
    bare = _marked_title_text(lines[i]) or title
    if any(_vocab()["collection_title"].search(lines[k].match) for k in range(max(0, i - _vocab()["title_repeat_reach"]), i)):
        bare = title  # (on a collection page the bare copies are the collection's title)
    # (a copy in other words is looked for over a plain title only: over an article marker the bare copies are the collection's)
    loose = _marked_title_text(lines[i]) is None
    k = i - 1
    while k >= 0 and i - k <= _vocab()["title_repeat_reach"]:
        if is_title_copy(lines[k].match, title) or is_title_copy(lines[k].match, bare) \
                or loose and (_names_the_same_report(lines[k], title) or _copy_under_higher_place(lines[k], title)):
            i = k
        elif k not in stops and not _vocab()["headline_date_line"].match(lines[k].match) and not _WORDLESS.fullmatch(lines[k].match):
            break  # (a bare date between the copies is the site's: 某镇2031年工作总结 / 2031-12-30 / 某镇2031年工作总结; so is a
            # sharing site's chunk number alone on its line, 1、, over the copy that opens its text)
        k -= 1
    return i


_WORDLESS = re.compile(r"[\s|｜丨│/·•\-—_]*(?:[0-9]{1,3}\s*[、.．]?)?[\s|｜丨│/·•\-—_]*")  # (a line holding no word: a bare number, a bar)


def _under_higher_place(a: str, b: str) -> bool:
    """Whether two titles are the same but for the name of the city or province above the issuing body before one of them
    (某市某区卫生局2031年工作总结 / 某区卫生局2031年工作总结; segment.yaml ``higher_place_prefix``)."""
    short, long_ = sorted((a, b), key=len)
    return len(short) < len(long_) and long_.endswith(short) and _vocab()["higher_place"].fullmatch(long_[:-len(short)]) is not None


def _copy_under_higher_place(line: Line, title: str) -> bool:
    """Whether a title-like line is ``title`` with the city or province above the issuing body named before it, or
    without it (嘉兴市某区卫生局2031年工作总结 over the document's 某区卫生局2031年工作总结, as a sharing site names the upload;
    :func:`_under_higher_place`): one title, printed twice."""
    return _is_title_like(line) and _under_higher_place(clean_title(line.match), title)


def _names_the_same_report(line: Line, title: str) -> bool:
    """Whether a title-like line names the report ``title`` names in other words, as a site's copy of the title over the
    site's lines does (某县卫计局2031年工作总结 over the document's own 某县卫生和计划生育局2031年工作总结; 2031年市卫生局办公室
    工作总结 over 某市卫生局办公室2031年工作总结): the same years and the same report word last, and every character of the
    shorter of the two in the longer."""
    if not _is_title_like(line):
        return False
    copy = clean_title(line.match)
    end_a, end_b = _vocab()["title_end"].search(copy), _vocab()["title_end"].search(title)
    if end_a is None or end_b is None or end_a.group(1) != end_b.group(1) or copy == title:
        return False
    if _YEARS.findall(copy) != _YEARS.findall(title):
        return False
    short, long_ = sorted((copy, title), key=len)
    return set(short) <= set(long_) and short not in long_  # (a cut of the name, 镇卫生院… for 某某镇卫生院…, is a heading of its own)



_YEARS = re.compile(r"(?:19|20)(?:[0-9]{2}|XX|xx|××)")


def _marked_title_text(line: Line) -> str | None:
    """The title of an article marker line without its marker (篇一：某县卫生局2032年工作计划 → the title), else None:
    an essay site prints that title bare at the page's top, once or more, before the marker."""
    marked = _marker_title(line)
    return None if marked is None else line.match[marked[0] - line.start:marked[1] - line.start]


def is_title_copy(match_line: str, title: str) -> bool:
    """Whether a line is a copy of ``title`` as a site prints it: the title itself, or the title
    followed by the site's name (…工作计划 - 某某文库, …工作总结_范文网), maybe under a disclosure page's
    label (名称：…) or after the name of the site's column in brackets (【通知公告】…)."""
    label = _vocab()["title_copy_label"].match(match_line) or _vocab()["title_copy_column"].match(match_line)
    core = clean_title(match_line[label.end():] if label else match_line)
    if core == title or label and clean_title(match_line) == title:
        return True  # (a title that opens with the column's or the account's name, 某某卫健 | 2031年…工作亮点回顾, printed
        # twice with that name each time, is the same title)
    # (or under an essay site's label after it: …工作计划（精选）, …工作总结范文)
    return bool(title) and core.startswith(title) and bool(_vocab()["title_copy_suffix"].match(core[len(title):])
                                                           or _vocab()["title_label"].fullmatch(core[len(title):]))


def _is_report_text(line: Line) -> bool:
    """A line of running text: it holds a sentence (punctuation; a clause that leads in to what
    follows: 主要指标完成情况如下：) or is longer than a link."""
    return _is_prose(line) or is_table_row(line)


def _is_prose(line: Line) -> bool:
    """A line holding a sentence (or a lead-in clause, or a clause stating a rate: an item of a list of the report's
    figures without its full stop) or longer than a link.  A public account's lead-in points down at what follows
    instead of a colon (2031年，全区卫生健康工作交出了一份答卷👇; segment.yaml ``lead_in_pointer``)."""
    return bool(_SENTENCE_OR_LEAD_IN.search(line.match)) or _clause_pointing_down(line.match) \
        or len(line.match) > _vocab()["link_max"] \
        or _states_a_figure(line.match)


_SENTENCE_OR_LEAD_IN = re.compile(r"[。；;！？!?]|[,，].*[:：]$")


def _clause_pointing_down(match_line: str) -> bool:
    """Whether a line is a clause (a comma in it) that ends pointing down at what follows (…交出了一份答卷👇, 一起来看↓↓↓)."""
    m = _vocab()["lead_in_pointer"].search(match_line)
    return m is not None and m.start() > 0 and bool(re.search("[,，]", match_line[:m.start()]))


def _text_chars(line: Line) -> int:
    """How much report text a line holds: all of a line of prose or of a table row with a figure; none
    of a row of cells without one (a site's menu bar 首页 | 新闻 | 政务公开, a tool bar 字号 T | T), nor
    of a long line without a comma or a full stop (a page flattened to one line glues the site's name, its
    menu, its trail and the headline printed twice into one line: 某县新闻网首页 | 新闻中心 当前位置：首页 > …
    某县卫生院新添设备某县卫生院新添设备; prose always has its clauses): such lines belong to a report
    around them but never make one."""
    if _CLAUSE_PUNCT.search(line.match) and _is_prose(line) or (is_table_row(line) and _FIGURE.search(line.match)):
        return len(line.match)
    return 0


# a figure of a table row: digits that are not only a year (a page's header, 某县2022年工作总结｜某县卫生健康局, is split
# like a row but holds no figure but its title's year)
_FIGURE = re.compile(r"(?<![0-9])(?!(?:19|20)[0-9]{2}年)[0-9]")
_CLAUSE_PUNCT = re.compile(r"[,，。；;！？!?]")


def untitled_spans(lines: list[Line], lo: int, hi: int, stops: set[int], least: int,
                   stated_least: int | None = None) -> list[tuple[int, int, int]]:
    """(first, last + 1, text) line indexes of each run of report text among ``lines[lo:hi]`` between
    furniture lines that holds at least ``least`` characters of running text (less is a list of
    links or a notice of the site); enumerated headings and a short headline directly above a run
    belong to it.  ``text`` is the run's first line of text (its enumerated headings included): under
    a headline (a news item's, an interview's) the report's own text starts there, after the
    headline and the site's lines below it; the headline is read with the report."""
    out, i = [], lo
    while i < hi:
        if i in stops or not _is_report_text(lines[i]):
            i += 1
            continue
        j = i
        while j < hi and (j not in stops or _text_goes_on(lines, j, hi, stops, i)):
            j += 1  # (a page break with report text after it does not end the text: it goes on across the break)
        k = j
        while k > i and not _is_report_text(lines[k - 1]):
            k -= 1  # trailing link-like lines
        n = sum(_text_chars(lines[x]) for x in range(i, k))
        if n >= least or stated_least is not None and n >= stated_least and _states_figures(lines[i:k]):
            first = i
            floor = out[-1][1] if out else lo
            while first > floor and first - 1 not in stops and heading_level(lines[first - 1].match) is not None:
                first -= 1  # enumerated headings above the text
            text_first = _past_host_opening(lines, _text_under_sentence_headline(lines, first, k), k)
            h = _headline_above(lines, first, floor, stops)
            first = first if h is None else h
            if out and _headline_run(lines, out[-1][:2], first):
                first, _, asked = out.pop()  # the run before is this text's headline (a question, an exclamation)
                if _vocab()["question_label"].match(lines[first].match):
                    text_first = asked  # (a question labelled as one, 问：…, is the page's text: it starts there)
            starts = sorted(set(_signed_entry_starts(lines, text_first, k)) | _bare_marker_starts(lines, text_first, k))
            out.append((first, starts[0] if starts else k, text_first))
            out += [(a, b, a) for a, b in zip(starts, starts[1:] + [k])]  # each signed yearbook entry a report
        i = j
    return out


def _states_figures(lines: list[Line]) -> bool:
    """Whether lines of text state the figures of a report (segment.yaml ``untitled_after_report_min_rates`` rates or
    more: 检出率15.2%, 知晓率由61.5%上升到78%): a site's teaser or editor's note states none or one."""
    v = _vocab()
    return sum(len(v["rate_figure"].findall(ln.match)) for ln in lines) >= v["untitled_after_report_min_rates"]


def _text_under_sentence_headline(lines: list[Line], first: int, end: int) -> int:
    """Index of the first line of text of a run starting at ``first``: the line after a short headline
    that reads as a sentence (…有哪些新变化？——局长做客热线) and the site's labelled fields under it
    (访谈时间：…　嘉宾：…), else ``first``."""
    v = _vocab()
    if len(lines[first].match) > v["notice_title_max"]:
        return first
    m = first + 1
    while m < end and m - first <= v["headline_furniture_lines"] and not _is_report_text(lines[m]) \
            and (v["headline_field"].match(lines[m].match) or v["headline_subtitle"].match(lines[m].match)
                 or v["headline_byline"].match(lines[m].match)):
        m += 1
    return m if first + 1 < m < end and _is_report_text(lines[m]) else first


def _signed_entry_starts(lines: list[Line], lo: int, hi: int) -> list[int]:
    """Indexes of the lines in ``lines[lo + 1:hi]`` that open a yearbook entry (【疾病预防控制】2031年，…) right after an
    entry its writer signed (…（区卫生局 王某）): each signed entry is an article of its own (``entry_credit``); so is an
    entry whose label names a unit (``separate_entry_label``), the field of a family-planning commission the page names
    (``family_planning_entry_label``) or repeats an earlier one's.  A page of two entries only, the health field's and
    family planning's (【卫生】2031年，… / 【计划生育】2031年，…), gives the yearbook's two fields, each an article of its own;
    among a chapter's many entries on the health work (【概况】, 【妇幼保健】, …, 【计划生育】) family planning is one of them."""
    v = _vocab()
    commission = any(v["family_planning_body"].search(ln.match) for ln in lines)  # (a separate family-planning body)
    two_fields = sum(1 for x in range(lo, hi) if v["entry_label"].match(lines[x].match)) == 2

    def own_article(x: int) -> bool:
        return bool(v["entry_credit"].search(lines[x - 1].match) or v["separate_entry_label"].match(lines[x].match)
                    or (commission or two_fields) and v["family_planning_entry_label"].match(lines[x].match)
                    or _label_opened_before(lines, lo, x))

    return [x for x in range(lo + 1, hi) if (v["yearbook_entry"].match(lines[x].match) or _unit_entry(lines[x]))
            and own_article(x)]


def _bare_marker_starts(lines: list[Line], lo: int, hi: int) -> set[int]:
    """Indexes of the lines in ``lines[lo + 1:hi]`` that are a collection's article marker alone on its line (篇二, 第二篇;
    segment.yaml ``bare_article_marker``) over report text: the next article of the page starts there."""
    v = _vocab()
    return {x for x in range(lo + 1, hi - 1) if v["bare_article_marker"].match(lines[x].match) and _is_report_text(lines[x + 1])}


def _unit_entry(line: Line) -> bool:
    """Whether a line opens a yearbook entry under a unit's label with its text after it on the line, whatever the text
    opens with (【某乡卫生院】年内职工21人，…; 【某镇中心卫生院】是全县三所中心卫生院之一，…): a page of the units' entries
    gives each unit's year, not always starting with the year (segment.yaml ``separate_entry_label``)."""
    m = _vocab()["separate_entry_label"].match(line.match)
    return m is not None and _is_prose(Line(line.start + m.end(), line.end, line.raw[m.end():], line.match[m.end():]))


def _split_at_entries(lines: list[Line], span: tuple, stops: set[int]) -> list[tuple]:
    """``span`` (first line, last line + 1, title span, title or text line) cut where a yearbook's entry on another place
    or under a heading printed again opens (:func:`place_entry_starts`): the pieces after the first are untitled reports
    whose text starts under the heading."""
    first, last, tspan, ti = span
    starts = sorted({x for x in place_entry_starts(lines, first, last, stops) if x > ti}
                    | ({x for x in brief_starts(lines, first, last, stops) if x > ti} if tspan is None else set()))
    if not starts:
        return [span]
    out = [(first, starts[0], tspan, ti)]
    for a, b in zip(starts, starts[1:] + [last]):
        # (the text under the heading; a paragraph opening with its place's name is its text itself: 某某县：前三季度，…)
        out.append((a, b, None, a + 1 if a + 1 < b and _is_prose(lines[a + 1]) and not _is_prose(lines[a]) else a))
    return out


def place_entry_starts(lines: list[Line], lo: int, hi: int, stops: set[int] = frozenset()) -> list[int]:
    """Indexes of the lines in ``lines[lo:hi]`` that open a yearbook entry of its own without a credit: a place's name alone on a
    line over running text (·某某镇·, 某某市; segment.yaml ``place_heading_line``) when two or more stand so in the span (a page of
    the places' entries), the first of them excepted (it opens the page's first entry); and an entry's bracketed heading on a
    line of its own (【卫生】) printed again over another entry's text."""
    def over_text(x: int) -> bool:
        return x + 1 < hi and x + 1 not in stops and _is_prose(lines[x + 1])

    def place(x: int) -> bool:
        return x not in stops and _vocab()["place_heading"].match(lines[x].match) is not None

    places = [x for x in range(lo, hi) if place(x) and over_text(x)]
    # (the first place's name may stand just above the span, when the span starts at its entry's text: every place in
    # the span then opens an entry of its own)
    above = lo > 0 and place(lo - 1) and _is_prose(lines[lo])
    out = set(places if above else places[1:]) if len(places) + above >= 2 else set()
    seen: set[str] = set()
    for x in range(lo, hi):
        if is_bracketed_heading(lines[x].match):
            label = lines[x].match.strip()
            if label in seen and over_text(x) and x - 1 not in out:
                out.add(x)
            seen.add(label)
    return sorted(out)


def brief_starts(lines: list[Line], lo: int, hi: int, stops: set[int] = frozenset()) -> list[int]:
    """Indexes of the lines in ``lines[lo + 1:hi]`` that open a news brief of their own on a page of briefs (segment.yaml
    ``brief_headline_line``): a bulleted headline over its date line (■ 某乡卫生院开展… / 2031-06-28), or a headline naming its
    place before a colon over the brief's text (■某某县：…), when two or more such headlines stand in ``lines[lo:hi]``; or a
    paragraph opening with its place's name and a colon, the brief's text after it (``place_brief_line``: 某某县：前三季度，…),
    when two or more such paragraphs on different places stand there."""
    v = _vocab()

    def brief(x: int) -> bool:
        m = v["brief_headline"].match(lines[x].match)
        if x in stops or m is None or heading_level(lines[x].match) is not None:
            return False
        dated = x + 2 < hi and (v["headline_date_line"].match(lines[x + 1].match) or v["date_line"].search(lines[x + 1].match))
        if dated and x + 2 not in stops and (m.group("bullet") or m.group("place") or _is_prose(lines[x + 2])):
            return True  # (the date line over the brief's text or its table; without a bullet, over its text: a list page
            # showing its items in full, 某区开展…宣传活动 / 2031-09-13 / 9月以来，…)
        if not (m.group("bullet") or m.group("place")):
            return False
        return bool(m.group("place")) and x + 1 < hi and x + 1 not in stops and _is_prose(lines[x + 1])

    # (the first headline may stand just above the stretch, over its date line, when the stretch starts at its text)
    found = [x for x in range(max(0, lo - 2), hi) if brief(x)]
    out = {x for x in found if x > lo} if len(found) >= 2 else set()
    # (or the briefs open with their places' names, their text after the colon on the same line: 某某县：前三季度，…。 /
    # 某某区：1—9月，…。, two places or more)
    paragraphs = {x: m.group("place") for x in range(lo, hi) if x not in stops and heading_level(lines[x].match) is None
                  and (m := v["place_brief"].match(lines[x].match)) is not None}
    if len(set(paragraphs.values())) >= 2:
        out |= {x for x in paragraphs if x > lo}
    # (or the briefs are bulleted paragraphs each opening as a news item, on its day or its actor's 近日: ■ 6月3日，… / ■ 某区…近日…)
    bulleted = [x for x in range(lo, hi) if x not in stops and v["bulleted_news"].match(lines[x].match)]
    if len(bulleted) >= 2:
        out |= {x for x in bulleted if x > lo}
    # (or the briefs' headlines are listed in the page's contents above them, 本期要目 / ◆某市启动… / ◆某县开展…, and each
    # stands over its text: two or more so)
    listed = {m.group("entry").strip() for k in range(0, lo) if (m := v["contents_entry"].match(lines[k].match)) is not None}
    if len(listed) >= 2:
        repeated = [x for x in range(lo, hi - 1) if x not in stops and lines[x].match.strip() in listed
                    and x + 1 not in stops and _is_prose(lines[x + 1])]
        if len(repeated) >= 2:
            out |= {x for x in repeated if x > lo}
    return sorted(out)


def _label_opened_before(lines: list[Line], lo: int, x: int) -> bool:
    """Whether the bracketed label opening line ``x`` (【概况】2031年，…) under a sub-chapter's heading opened an entry of
    ``lines[lo:x]`` already: a yearbook page of several sub-chapters (医疗卫生 / 【概况】… / 疾病预防控制 / 【概况】…) gives
    each its own 概况, an article of its own (an interview's turns, 【王某】2031年，…, follow one another without a heading)."""
    label = lines[x].match[:lines[x].match.find("】") + 1].strip()
    return not _is_report_text(lines[x - 1]) and any(lines[k].match.lstrip().startswith(label) for k in range(lo, x))


def _past_host_opening(lines: list[Line], first: int, end: int) -> int:
    """Index of the first line of text at or after ``first``, past a press conference host's opening that greets
    the reporters (【主持人】各位记者朋友，上午好！…): the event's procedure, not the report's text (``host_opening``)."""
    m = first
    while m + 1 < end and _vocab()["host_opening"].match(lines[m].match):
        m += 1
    return m


def _headline_run(lines: list[Line], run: tuple[int, int], first: int) -> bool:
    """Whether ``run`` (first, last + 1) is one short line standing over the text that starts at line
    ``first`` with only the site's lines between (发布时间, 来源, a bare date): a headline that reads as
    a sentence (新农合政策有哪些新变化？——访…) and so was taken for text of its own.  The run may hold the line the
    headline itself stands under (a section's trail, 在线访谈 > 往期访谈), which is no text."""
    v = _vocab()
    a, b = run
    if any(_is_report_text(lines[x]) for x in range(a, b - 1)) or len(lines[b - 1].match) > v["notice_title_max"] \
            or not 0 < first - b <= v["headline_furniture_lines"]:
        return False
    return all(_site_line_under_headline(lines[x], is_boilerplate(lines[x])) for x in range(b, first))


def _headline_above(lines: list[Line], first: int, floor: int, stops: set[int]) -> int | None:
    """The headline of untitled report text starting at line ``first`` (a news item's, an interview's):
    the line just above it, or above the site's lines between (发布时间…来源…, 分享到, at most
    ``headline_furniture_lines``), that is neither running text, a heading nor the last of a list of
    links; its first copy when the site repeats it.  The headline is the article's text, not the
    site's: its figures (我县参合率达98.5%) are the report's, so the report starts there.  None when
    there is no such line at or after ``floor``.  A navigation trail is passed only under a headline
    the site prints twice (its page title, then the article's; see :func:`_doubled_headline_over`)."""
    v = _vocab()
    k, skipped = first - 1, 0
    while k >= floor and skipped < v["headline_furniture_lines"] and (
            _site_line_under_headline(lines[k], k in stops) or _doubled_headline_over(lines, k, floor)):
        k, skipped = k - 1, skipped + 1
    if k < floor or k in stops or _is_report_text(lines[k]) and not _reads_a_policy(lines[k]) \
            or heading_level(lines[k].match) is not None:
        return None  # (a policy reading's label set off by a bar, 一图读懂｜…, is no table row)
    if v["headline_subtitle"].match(lines[k].match) and k - 1 >= floor and k - 1 not in stops \
            and not _is_report_text(lines[k - 1]) and heading_level(lines[k - 1].match) is None:
        k -= 1  # a subtitle (——记某某县…) under the headline
    top = max(floor, _repeated_title_start(lines, k, stops))
    if top == k and k - 1 >= floor and k - 1 not in stops and _is_short_link(lines[k - 1]) \
            and not (_reads_a_policy(lines[k]) and v["headline_never_over"].search(lines[k - 1].match)):
        return None  # the last of a list of links (a line the site prints twice is no link; a policy reading's
        # headline stands under the site's trail, 首页 › 政务公开 › 政策解读, not under a list)
    return top


def _doubled_headline_over(lines: list[Line], k: int, floor: int) -> bool:
    """Whether line ``k`` (furniture, a navigation trail) stands under a line printed twice: a news
    site shows an item's headline as the page's title and again as the article's, both above its
    trail (某某县召开卫生工作会议 / 某某县召开卫生工作会议 / 首页 > 新闻 > 正文); a site's menu or
    name is not printed twice, so the doubled line is the article's headline."""
    if k - 2 < floor:
        return False
    above = lines[k - 1]
    return (not _is_report_text(above) and heading_level(above.match) is None
            and bool(clean_title(above.match)) and is_title_copy(lines[k - 2].match, clean_title(above.match)))


def _site_line_under_headline(line: Line, stop: bool) -> bool:
    """A line of the site's that may stand between a headline and its text: furniture (来源, 浏览次数,
    分享到), a bare date and time or a label of a Q&A page's part (来信内容：), not a page break or a
    navigation trail."""
    v = _vocab()
    if v["headline_never_over"].search(line.match):
        return False
    return (stop and is_boilerplate(line) and not is_page_break(line) or v["headline_date_line"].match(line.match) is not None
            or v["headline_label"].match(line.match) is not None)


def _repeats(piece: str, reports: list[str]) -> bool:
    """Whether ``piece`` is an excerpt of one of the ``reports`` (a site's teaser of a page it shows)."""
    core = piece.strip().rstrip(".…")
    return any(core in r for r in reports)


def _body_end(lines: list[Line], lo: int, hi: int, stops: set[int], begun: bool = False) -> int:
    """Index of the line that ends a report body starting at ``lo``: the first furniture line after
    the body's first line of text (furniture between a title and its text, such as a date line,
    does not end it; ``begun``: the text began on the title's line above ``lo``), else ``hi``."""
    k = lo
    while not begun and k < hi and (k in stops or not _is_report_text(lines[k])) and heading_level(lines[k].match) is None:
        k += 1
    return next((j for j in range(k, hi) if j in stops and not _text_goes_on(lines, j, hi, stops, lo)), hi)


def _text_goes_on(lines: list[Line], j: int, hi: int, stops: set[int], first: int | None = None) -> bool:
    """Whether line ``j`` is a page break with report text after it (before ``hi`` and any other furniture; an
    enumerated, chapter or bare cue heading such as 问题与不足 counts): the report goes on across the break.  A bare
    rule the site also draws above the text's first line (``first``) parts a list's items instead
    (:func:`_parts_items`): the text ends there."""
    if not is_page_break(lines[j]) or first is not None and _parts_items(lines, j, first):
        return False
    x = next((x for x in range(j + 1, hi) if not is_page_break(lines[x])), hi)
    return x < hi and x not in stops and (_is_report_text(lines[x]) or heading_level(lines[x].match) is not None
                                          or _vocab()["chapter_heading"].match(lines[x].match) is not None
                                          or bare_section_kind(lines[x].match) is not None)


def _parts_items(lines: list[Line], j: int, first: int) -> bool:
    """Whether line ``j`` is a bare separator rule (segment.yaml ``separator_rule_line``: -------) that the site also
    draws above line ``first``, where the text starts (under its trail, over the first of a list of news items): the
    rules part the site's items, no document's pages (a document's page break never stands before its text)."""
    rule = lines[j].match.strip()
    return _vocab()["separator_rule"].match(rule) is not None \
        and any(lines[k].match.strip() == rule for k in range(max(0, first - _vocab()["headline_furniture_lines"] - 2), first))


_SPACES = re.compile(r"\s+")


def running_head_lines(lines: list[Line]) -> set[int]:
    """Indexes of a PDF's running heads (segment.yaml ``running_head_max_chars``): a short line without a sentence
    right under a page break whose text (spaces aside) stands on the page above it (the document's title printed
    again on every page: — 2 — / 某县卫生局2032年工作总结).  They are no titles: the report goes on across them.
    So are its running feet right over a page break with more text under it: a letterhead (某县卫生局文件 / — 1 —) or
    the title printed on the pages above.  A page of text stands above a running head: the title under the first page's
    break, below the site's lines only, is the report's title."""
    breaks = [is_page_break(ln) for ln in lines]
    if not any(breaks):
        return set()
    out = set()
    seen = _SpacelessPrefix(lines)
    for k, ln in enumerate(lines):
        under = k > 0 and breaks[k - 1]
        over = k + 2 < len(lines) and breaks[k + 1]
        if not (under or over) or breaks[k]:
            continue
        core = _SPACES.sub("", ln.match)
        if not 6 <= len(core) <= _vocab()["running_head_max"] or _SENTENCE_END.search(core):
            continue
        # (a title under the first page's break, with no sentence above it, heads the first page: the site's lines above
        # it, a file name 某卫生院2031年工作总结.doc, an upload counter and ——第1页——, print it before no page of text)
        if under and (_printed_before(core, seen(k)) and _SENTENCE_END.search(seen(k)) or _is_letterhead(ln.match)):
            out.add(k)
        elif over and (_is_letterhead(ln.match) or _printed_before(core, seen(k)) and _vocab()["title_end"].search(core)):
            out.add(k)  # (a running foot over the page number: 某县卫生局文件 / — 1 —, the title printed again at the foot)
    return out


class _SpacelessPrefix:
    """``seen(k)``: the matching text of ``lines[:k]`` without its spaces (the pages above line ``k``), built up as far
    as it is asked for (for the few lines by a page break), not line by line for the whole page."""

    def __init__(self, lines: list[Line]):
        self._lines, self._upto, self._text = lines, 0, ""

    def __call__(self, k: int) -> str:
        if k < self._upto:  # (asked for an earlier line: built afresh)
            return _SPACES.sub("", "".join(ln.match for ln in self._lines[:k]))
        if k > self._upto:
            self._text += _SPACES.sub("", "".join(ln.match for ln in self._lines[self._upto:k]))
            self._upto = k
        return self._text


def _is_letterhead(match_line: str) -> bool:
    """Whether a line is a letterhead (某县卫生局文件), alone or before the document's short title (省卫生健康委员会文件
    2031年工作要点: a PDF's running head)."""
    line = match_line.strip()
    m = _vocab()["letterhead"].match(line)
    return m is not None and (m.end() == len(line) or _vocab()["title_end"].search(line[m.end():]) is not None)


def _printed_before(core: str, seen: str) -> bool:
    """Whether a running head's text stands in ``seen``, the pages before it: whole, or from its year on when the head
    shortens the body's name (黔东南苗族侗族自治州2031年…统计公报 printed as 黔东南州2031年…统计公报 atop each page), or without
    the title's year and period when the head names only the body and the report's kind (某市卫生局2031年上半年工作总结 printed
    as 某市卫生局工作总结; segment.yaml ``running_head_dropped``)."""
    year = re.search(r"(?:19|20)[0-9]{2}", core)
    if core in seen or year is not None and len(core) - year.start() >= 8 and core[year.start():] in seen:
        return True
    return year is None and _vocab()["title_end"].search(core) is not None \
        and core in _vocab()["running_head_dropped"].sub("", seen)


def _report(source_file: str, n: int, text: str, match: str, lines: list[Line], first: int, last: int,
            title_span: tuple[int, int] | None, carried: set[int] = frozenset()) -> ReportText:
    rep = ReportText(doc_id=doc_id_for(source_file, n), source_file=source_file, text=text, match=match,
                     start=lines[first].start, end=lines[last - 1].end)
    body_from = first + 1 if title_span is not None else first
    rep.sections = sections_in(rep, [ln for k, ln in enumerate(lines[body_from:last], body_from) if k not in carried])
    rep.title_span = title_span
    return rep


def reports_in(text: str, source_file: str, match: str | None = None) -> list[ReportText]:
    """Every report on a page, with its sections; page furniture and link lists excluded.

    A report starts at a title line (a report word at its end, an article marker, a notice issuing
    a plan); report text that no title opens (before the first title, between reports, on a page
    without any title) is a report whose ``title_span`` is None.  Offsets point into ``text``.
    """
    if match is None:
        match, lines = page_matching_text(text), page_lines(text)
    else:
        lines = lines_of(text, match)
    heads = running_head_lines(lines)  # (a PDF's running heads are dropped: the report goes on across them)
    lines = [ln for k, ln in enumerate(lines) if k not in heads] if heads else lines
    stops = {i for i, ln in enumerate(lines) if is_boilerplate(ln) and not _title_over_site_tail(ln)} \
        | _link_run_starts(lines) | menu_bar_lines(lines)
    titles, carried = _merge_wrapped_titles(lines, _last_copies_only(lines, _title_lines(lines, stops), stops))
    # the page ends at a related-links marker after the first report (a marker in the navigation
    # above the report text ends nothing)
    # (an untitled report before the first title counts: a bulletin without a title line, then related links that
    # list the titles of other bulletins, 相关链接： / 2029年某市卫生健康事业发展统计公报, ends there)
    text_first = next((k for k, ln in enumerate(lines) if k not in stops and _text_chars(ln)), len(lines))
    first = min(titles[0][0], text_first) if titles else next(
        (k for k, ln in enumerate(lines) if k not in stops and _is_report_text(ln)), len(lines))
    page_end = next((k for k in range(first + 1, len(lines)) if _vocab()["page_end"].search(lines[k].match)), None)
    if page_end is not None:
        titles = [t for t in titles if t[0] < page_end]
    limit = page_end if page_end is not None else len(lines)
    spans = []  # (first line, last line + 1, title span, title line)
    for n, (i, t_start, t_end) in enumerate(titles):
        nxt_title = titles[n + 1][0] if n + 1 < len(titles) else limit
        if n + 1 < len(titles):
            nxt_title = _repeated_title_start(lines, nxt_title, stops)
        # (a notice's signature, date and 此件公开发布 end nothing: the plan it carries goes on under its own title)
        body_from = max([i, *(c for c in carried if i < c < nxt_title)]) + 1
        # (a title whose line goes on with the report's text, a whole report on one line, has its body begun: the site's next
        # line ends it, as it ends a lined report's text)
        end_idx = _body_end(lines, body_from, nxt_title, stops, begun=body_from == i + 1 and _text_after_title(lines[i], t_end))
        spans.append((_repeated_title_start(lines, i, stops), max(end_idx, i + 1), (t_start, t_end), i))
    # report text outside every titled report (untitled pages, text before the first title or
    # between reports) is a report of its own
    bounds = [0] + [x for sp in spans for x in sp[:2]] + [limit]
    titled = [match[lines[a].start:lines[b - 1].end] for a, b, *_ in spans]
    for k, (lo, hi) in enumerate(zip(bounds[::2], bounds[1::2])):
        least = _vocab()["untitled_page_min_chars" if not titles else
                         "untitled_min_chars" if k == 0 else "untitled_after_report_min_chars"]
        stated = _vocab()["untitled_after_report_stated_min_chars"] if titles and k > 0 else None
        for found in untitled_spans(lines, lo, hi, stops, least, stated) if hi > lo else []:
            if not _repeats(match[lines[found[0]].start:lines[found[1] - 1].end], titled):
                text_first = found[0] if _reads_a_policy(lines[found[0]]) else found[2]
                spans.append((found[0], found[1], None, text_first))  # (the title line's slot holds the text's first line)
    spans.sort(key=lambda sp: sp[0])
    spans = [piece for sp in spans for piece in _split_at_entries(lines, sp, stops)]
    if len(spans) > 1:  # (a title with no text under it, a stub of a page it links to, is no report: 第2篇：… （内容略）)
        spans = [sp for sp in spans if sp[2] is None or _holds_text(lines, sp[3] + 1, sp[1], stops)
                 or _text_after_title(lines[sp[3]], sp[2][1])
                 or sp[2][1] - sp[2][0] > _vocab()["notice_title_max"]] or spans  # (a "title" running on with the text)
    reports = []
    for n, (first, last, tspan, ti) in enumerate(spans, 1):
        if tspan is None:
            rep = _report(source_file, n, text, match, lines, first, last, None)
            rep.text_start = lines[ti].start
            reports.append(rep)
        else:
            rep = _report(source_file, n, text, match, lines, ti, last, tspan, carried)
            rep.start = lines[first].start
            rep.title_from_marker = _marker_title(lines[ti]) is not None
            reports.append(rep)
    _start_at_quoted_titles(reports, match)
    return reports


def _start_at_quoted_titles(reports: list[ReportText], match: str) -> None:
    """A report under an editor's note or a lead sentence that quotes its title and says it prints the report below
    (segment.yaml ``excerpt_note``: 现将会上印发的《某市卫生局2031年工作总结》摘要刊登如下): the quoted title is the report's,
    and the report starts there.  The note is looked for between the report before and the end of the report's first line
    of text, its first sentence's (a site's headline may stand over the note, with the site's lines between: the note names the
    report, the headline the page); one note only."""
    lo = 0
    for rep in reports:
        first = rep.text_start if rep.title_span is None and rep.text_start is not None else rep.start
        if rep.title_span is not None:
            first = rep.title_span[1]
        stop = match.find("。", first, rep.end)
        nl = match.find("\n", stop if stop >= 0 else first, rep.end)
        notes = list(_vocab()["excerpt_note"].finditer(match, lo, nl if nl >= 0 else rep.end))
        lo = rep.end
        if len(notes) != 1 or not _vocab()["title_end"].search(notes[0].group("title")):
            continue
        span = notes[0].span("title")
        rep.start, rep.title_span, rep.text_start = span[0], span, None


def _reads_a_policy(line: Line) -> bool:
    """Whether a headline is labelled as a bureau's reading of a policy (一图读懂｜…, 图文解读：《…》, 【政策解读】…;
    segment.yaml ``interpretation_headline``): the reading is the document, so its page starts at the headline."""
    return _vocab()["interpretation_headline"].match(line.match) is not None


def _holds_text(lines: list[Line], lo: int, hi: int, stops: set[int] = frozenset()) -> bool:
    """Whether ``lines[lo:hi]`` hold any report text (prose, a table row with a figure, a heading); the site's lines among
    them (``stops``: 温馨提示：本站文章均来自网友投稿…, a counter under a stub's title) hold none."""
    return any(k not in stops and (_text_chars(lines[k]) or heading_level(lines[k].match) is not None) for k in range(lo, hi))


def _text_after_title(line: Line, title_end: int) -> bool:
    """Whether the title's line goes on with report text after the title (a whole report on one line), not with a
    stub's note only (（内容略，点击查看）) nor with the site's fields only (…工作计划　时间：2031-05-02　栏目：工作计划　本文已影响
    3.2万人: a sharing site's date, column and counter set after its title, which read as a row of cells with a figure):
    a title line whose rest is the site's fields has not begun its text."""
    rest = line.match[max(0, title_end - line.start):].strip()
    return bool(rest) and not is_furniture(rest) and _text_chars(Line(line.end - len(rest), line.end, rest, rest)) > 0


def page_reports(raw: str, source_file: str):
    """(cleaned view, reports) of one page: the reports' offsets point into the view's text
    (``view.raw_span`` maps them to the raw text; an HTML page's raw text is its markup)."""
    from healthdata.ingest import is_html
    from healthdata.pageview import page_view, without_spans

    markup = is_html(source_file, raw)
    view = page_view(raw, markup=markup)
    reports = reports_in(view.text, source_file)
    cut = furniture_inside(reports, view.text)
    if cut:
        view = without_spans(view, cut)
        reports = [_moved(rep, cut, view.text) for rep in reports]
    if markup:
        _start_at_page_title(reports, raw)
    return view, reports


def page_title_span(html: str) -> tuple[int, int] | None:
    """(start, end) in an HTML page of its ``<title>`` element's text without surrounding spaces,
    None when it has none (or an empty one)."""
    m = re.search(r"<title(?:\s[^>]*)?>([^<]*)</title\s*>", html, re.IGNORECASE)
    if m is None or not m.group(1).strip():
        return None
    s = m.start(1) + len(m.group(1)) - len(m.group(1).lstrip())
    return s, s + len(m.group(1).strip())


def _start_at_page_title(reports: list[ReportText], html: str) -> None:
    """An HTML page whose ``<title>`` repeats the title of its first titled report (江北区卫生健康委2021年
    工作总结_江北区人民政府, then the same title over the article): the report starts at that first
    appearance (``raw_start``, an offset into the raw page), as it does when a text page prints its
    title twice.  A news item's headline is no title: it starts at the article's headline."""
    span = page_title_span(html)
    titled = next((rep for rep in reports if rep.title_span is not None), None)
    if span is None or titled is None:
        return
    import html as html_lib

    page_title = page_matching_text(html_lib.unescape(html[span[0]:span[1]]))
    title = clean_title(titled.match[titled.title_span[0]:titled.title_span[1]])
    if is_title_copy(page_title, title) or _under_higher_place(clean_title(page_title), title):
        titled.raw_start = span[0]


def furniture_inside(reports: list[ReportText], text: str) -> list[tuple[int, int]]:
    """Spans of the site's furniture lines inside reports (a date and counter line under a title,
    upload metadata between the copies of a title, a page break): no report text, so that the
    numbers on them (浏览次数：1 024次, 下载：88次) are never read as the report's."""
    lines = page_lines(text)
    out = []
    for rep in reports:
        out += [(ln.start, ln.end) for ln in lines
                if rep.start < ln.start and ln.end <= rep.end and is_boilerplate(ln)]
    return sorted(set(out))


def _moved(rep: ReportText, cut: list[tuple[int, int]], text: str) -> ReportText:
    """``rep`` with its offsets moved into ``text``, the page's text with the ``cut`` spans deleted."""
    ends = [b for _, b in cut]
    shift = list(accumulate(b - a for a, b in cut))

    def at(pos: int) -> int:
        k = bisect_right(ends, pos)  # spans ending at or before pos
        moved = pos - (shift[k - 1] if k else 0)
        if k < len(cut) and cut[k][0] < pos:  # inside a cut span: its start
            moved -= pos - cut[k][0]
        return moved

    new = ReportText(doc_id=rep.doc_id, source_file=rep.source_file, text=text, match=page_matching_text(text),
                     start=at(rep.start), end=at(rep.end))
    new.sections = [replace(sec, start=at(sec.start), end=at(sec.end)) for sec in rep.sections]
    new.title_span = None if rep.title_span is None else (at(rep.title_span[0]), at(rep.title_span[1]))
    new.title_from_marker = getattr(rep, "title_from_marker", False)
    new.text_start = None if rep.text_start is None else at(rep.text_start)
    # (the site's lines cut from inside the report, its source and guest lines among them: 来源：某区医疗保障局, 访谈嘉宾：某市卫生健康委员会
    # 主任 — they name the body that publishes it, which places a report naming no place of its own: documents.publishing_body_place)
    new.furniture_lines = "\n".join(rep.match[a:b] for a, b in cut if rep.start <= a and b <= rep.end)
    return new


def _heading_text(line: Line) -> str:
    """The heading part of a line: up to the first full stop or colon, or through the question mark of a
    question with its answer after it on the line (a Q&A page joined into one line: 2.今年有哪些目标？到年底，…),
    at most N characters."""
    v = _sections_vocab()
    m = _HEADING_END.search(line.raw)
    head = line.raw[: m.start() + (m.group() in "？?")] if m else line.raw
    return head[: v["heading_max"]]


_HEADING_END = re.compile(r"[。:：]|[？?](?=.)")


def section_kind(heading_match: str) -> str | None:
    """'problems', 'plans' or 'achievements' when the heading says so, else None."""
    best = None
    for kind, rx in _sections_vocab()["kinds"]:
        m = rx.search(heading_match)
        if m and (best is None or m.start() < best[1]):
            best = (kind, m.start())
    return best[0] if best else None


def bare_section_kind(match_line: str) -> str | None:
    """The kind of a bare cue heading (存在问题, 问题与不足, 下一步打算 on a short line of its own, no number, no clause
    mark), else None."""
    if len(match_line) > _sections_vocab()["bare_max"] or _CLAUSE_OR_STOP.search(match_line):
        return None
    return section_kind(match_line)


def sections_in(report: ReportText, lines: list[Line]) -> list[Section]:
    """Enumerated headings (一、 / (一) / 1、) and bare cue headings, with the span each governs."""
    heads = []  # (level, line, own kind, heading text)
    for ln in lines:
        level = heading_level(ln.match)
        own = None
        if level is None:
            own = bare_section_kind(ln.match)
            if own is None:
                continue
            level = 1
        heading = _heading_text(ln)
        heading_match = report.match[ln.start: ln.start + len(heading)]
        heads.append((level, ln, own or section_kind(heading_match), heading))
    sections = []
    stack: list[tuple[int, str]] = []  # (level, kind) of open ancestors
    for k, (level, ln, own, heading) in enumerate(heads):
        end = report.end
        for level2, ln2, _, _ in heads[k + 1:]:
            if level2 <= level:
                end = ln2.start
                break
        while stack and stack[-1][0] >= level:
            stack.pop()
        inherited = stack[-1][1] if stack else None
        kind = own or inherited or "other"
        stack.append((level, kind))
        sections.append(Section(heading=heading, level=level, kind=kind, start=ln.start, end=end))
    return sections


_CLAUSE_OR_STOP = re.compile(r"[,，。;；]")
