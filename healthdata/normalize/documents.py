"""Document-level fields of a report: type, period, year, admin level, place, topic.

Everything is read from the report itself, with cues from ``vocab/documents.yaml``.  A year in
the report's own title is the report's; a site's page date or a collection page's headline is not,
so without an own title the year comes from the body (never from plan sections, which name the
years they plan for).
"""
from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from healthdata.extract.numbers import is_ocr_slip_number, quantity_vocab
from healthdata.fastsearch import CuePattern, LiteralGated, QuickPattern, quick
from healthdata.normalize.places import bureau_place, place_candidates, province_place, resolve_place
from healthdata.textnorm import matching_text
from healthdata.types import ReportText, Section
from healthdata.vocab import load_yaml

SUFFIX_LEVEL = {"市": "city", "县": "county", "区": "district"}
# the suffix of the bureau's own place at each level: a province's report (全省, 我省) names the cities,
# counties and districts below it in passing (各市州, 某某新区社会事业局), none of them its own
LEVEL_SUFFIX = {v: k for k, v in SUFFIX_LEVEL.items()} | {"province": "省"}
# (a township's text (全镇, 我乡) names its county and city only as superiors: no 市/县/区 of the gazetteer is its own)
LEVEL_SUFFIX["township"] = "镇"
# (a prefecture, a league or a region is never a county-level city, whatever its text names below it: 延边州, 锡林郭勒盟)
PREFECTURE_SUFFIXES = ("州", "盟", "地区")
# (a prefecture named 地区, 林芝地区, 和田地区: city level, whatever 全区 says; the bare 地区 is no name, see place_stopwords)
PREFECTURE_REGION = "地区"


@lru_cache(maxsize=1)
def _v():
    return load_yaml("documents.yaml")


@lru_cache(maxsize=None)
def _rx(pattern: str) -> re.Pattern | QuickPattern:
    """The compiled ``pattern``, compiled once (``re``'s own cache is shared with every module and
    overflows in a build, which then compiles the vocabulary's patterns again and again); searched through the gate
    of its first characters when ``re`` would try it at every position (:func:`healthdata.fastsearch.quick`)."""
    return quick(pattern)


@lru_cache(maxsize=None)
def _cue(pattern: str) -> CuePattern:
    """``pattern`` searched through the gate of the characters its matches start with
    (:mod:`healthdata.fastsearch`): a pattern opening with a lookbehind is otherwise tried at every position."""
    return CuePattern(pattern)


@lru_cache(maxsize=None)
def _literal_gated(pattern: str) -> LiteralGated:
    """``pattern`` searched only in a text holding a string every match of it holds (:mod:`healthdata.fastsearch`): a
    pattern opening on any Han character (a name before 年鉴) is otherwise tried at every character of a page."""
    return LiteralGated(pattern)


def _count(pattern: str, text: str) -> int:
    """Number of non-overlapping matches of ``pattern`` in ``text`` (as ``len(re.findall(...))``)."""
    cue = _cue(pattern)
    if cue.gate is None:
        return len(cue.rx.findall(text))
    return sum(1 for _ in cue.finditer(text))


def title_of(report: ReportText) -> str | None:
    """The title as written, the lines of a title a PDF copy wraps joined again; None for a report without one (news
    items, notices, excerpts)."""
    if report.title_span is None or report.title_span[0] == report.title_span[1]:
        return None  # (an article marker alone on its line, 篇二, opens an article without a title)
    s, e = report.title_span
    return _WRAP.sub("", report.text[s:e])


_WRAP = re.compile(r"[ \t\u3000]*\n\s*")


def title_match_of(report: ReportText) -> str:
    """The title's matching text ('' without a title)."""
    if report.title_span is None:
        return ""
    return report.match[report.title_span[0]:report.title_span[1]]


def body_span(report: ReportText) -> tuple[int, int]:
    """The report without its title line."""
    if report.title_span is None:
        return report.start, report.end
    nl = report.text.find("\n", report.title_span[1])
    start = report.end if nl < 0 or nl > report.end else nl + 1
    return start, report.end


def plan_share(report: ReportText, sections: list[Section]) -> float:
    """Share of the body's characters inside top-level plan sections (not one the publisher left out, nor the requirements a
    notice sets its units: ``requirements_part``)."""
    b0, b1 = body_span(report)
    if b1 <= b0:
        return 0.0
    top = min((s.level for s in sections), default=1)
    required = _rx(_v()["doc_type"]["requirements_part"])
    covered = sum(s.end - s.start for s in sections
                  if s.kind == "plans" and s.level == top and not is_elided(report.match, s)
                  and not required.match(report.match, s.start))
    return covered / (b1 - b0)


def is_elided(match: str, section: Section) -> bool:
    """Whether the section's heading stands over nothing but an elision (四、明年工作打算 / （略）): a part the
    publisher left out (``elided_part``)."""
    nl = match.find("\n", section.start, section.end)
    after = nl + 1 if nl >= 0 else min(section.start + len(section.heading), section.end)
    return _rx(_v()["doc_type"]["elided_part"]).match(match, after) is not None


def doc_type_of(title_match: str, share_of_plans: float, body_match: str = "", lines_above: str = "") -> str:
    """From the title's report words; without a title, from what the text says (see
    :func:`untitled_doc_type`; ``lines_above``: the page's lines just above an untitled text, where its headline stands)."""
    v = _v()["doc_type"]
    plan = bool(_rx(v["plan_title"]).search(title_match) or _rx(v["rules_title"]).search(title_match))
    summary = bool(_rx(v["summary_title"]).search(title_match))
    if plan and summary:
        return "summary_and_plan"
    edition = _rx(v["edition_line"]).match(body_match)  # (政策问答 / （2011年版）: the title's edition on the next line)
    reading = is_policy_reading(title_match + (edition.group(0).strip() if edition else ""))
    if plan or not summary and (_rx(v["notice_ending"]).search(title_match) or reading):
        return "plan"  # (a notice without a report word directs what is to be done: 关于调整2031年度…标准的通知;
        # a notice issuing a summary is a summary: 关于印发2031年卫生工作总结的通知; a policy reading explains the rules set)
    if not summary:
        kind = untitled_doc_type(body_match, share_of_plans, "" if title_match else lines_above)
        if kind == "summary" and _rx(v["work_meeting_speech"]).search(title_match) \
                and _rx(v["plan_words"]).search(body_match):
            return "summary_and_plan"  # a speech at a work meeting: it reviews and it deploys
        return kind
    # (a summary that closes on the next period's work is summary_and_plan only when that work stands under a heading of its
    # own or is led in as a list: one closing sentence or paragraph, 2032年，我们将力争…, leaves it a summary — see the
    # vocabulary's note before elided_part for the count over the written sets)
    both = share_of_plans >= v["plan_share_for_both"] or has_plan_part(body_match, title_match)
    return "summary_and_plan" if both else "summary"


def is_policy_reading(title_match: str) -> bool:
    """Whether a title or headline is a policy reading's (一图读懂, 图文解读, 十问十答: ``policy_reading_title``), not a reading
    of results (…工作“成绩单”: ``results_reading_title``)."""
    v = _v()["doc_type"]
    return bool(_rx(v["policy_reading_title"]).search(title_match)) and not _rx(v["results_reading_title"]).search(title_match)


def has_plan_part(body_match: str, title_match: str = "") -> bool:
    """Whether a heading opens a plan part of the text (下半年工作打算：, 下一步工作计划; 七、第四季度工作。 under a title of
    1—9月, see :func:`names_a_later_part`; not one over an elision only, 五、明年工作打算 / （略）) or the text leads in to what
    is to be done (会议总结…工作，部署…任务; 今年要重点抓好以下工作：; see the vocabulary)."""
    v = _v()["doc_type"]
    if any(not _rx(v["elided_lead_in"]).match(body_match, m.end()) for m in _rx(v["plan_part_lead_in"]).finditer(body_match)):
        return True  # (not a lead-in whose list was cut off: …做好以下几项工作……)
    if any(names_a_later_part(m, title_match) for m in _rx(v["plan_part_bare_heading"]).finditer(body_match)):
        return True
    if not _rx(v["top_part_heading"]).search(body_match) and _rx(v["plan_part_item_heading"]).search(body_match):
        return True  # (（四）2031年工作打算 in a text numbered (一) (二) only)
    elided = _rx(v["elided_part"])
    return any(not elided.match(body_match, m.end()) for m in _rx(v["plan_part_heading"]).finditer(body_match))


def names_a_later_part(heading: re.Match, title_match: str) -> bool:
    """Whether a part headed by a period's work alone (``plan_part_bare_heading``) is one still to come: always for 下半年,
    明年 …; for a quarter (四季度工作), only when the title does not name that quarter as its own."""
    quarter = heading.group("q")
    return quarter is None or _rx(f"第?{quarter}季度").search(title_match) is None


def untitled_doc_type(body_match: str, share_of_plans: float, lines_above: str = "") -> str:
    """A text without a title: a plan when its plan words (要点, 力争, 下一步 …; a plan's chapters
    such as 第二章 总体要求 count more) outweigh its words of work done (完成, 取得, 今年以来 …) or it
    is laid out in a plan's chapters; summary_and_plan when sentences of both are substantial
    (a meeting that reviews and deploys) or a plan part has its heading; a news item (本报讯, 记者…获悉) is a summary
    without such a heading; a summary when work done outweighs, and without either (the annotators give every text a type)."""
    v = _v()["doc_type"]
    opening = _WRAP.sub("", body_match[:int(v["plan_opening_chars"])])
    if _rx(v["plan_targets_set"]).search(opening):
        return "plan"  # 现将2031年各乡镇目标任务明确如下: the targets set for the year
    headline = body_match.lstrip().split("\n", 1)[0]
    if len(headline) <= int(v["headline_chars"]) and _rx(v["rules_title"]).search(headline) \
            and not _rx(r"[，,。；;]").search(headline):
        return "plan"  # the rules set for the year under their own title the page did not set apart (…实施办法（摘要）)
    if is_reading_headline(headline):
        return "plan"  # a policy reading under the site's headline (一图读懂｜2031年医保待遇调整十问十答 / 问1：…)
    if _rx(v["question_turn"]).search(body_match) and any(
            is_reading_headline(line) and not _rx(v["breadcrumb_line"]).search(line) for line in lines_above.split("\n")):
        return "plan"  # a Q&A on the year's rules whose headline the site prints above it (…待遇调整问答 / 时间：… / 问：…)
    if _rx(v["issued_plan_opening"]).search(opening) and _rx(v["question_turn"]).search(body_match):
        return "plan"  # 日前县卫健局印发《…实施方案》…记者： an interview that reads a plan just issued
    structure = _count(v["plan_structure"], body_match)
    plan = _count(v["plan_words"], body_match) + v["plan_structure_weight"] * structure
    done = _count(v["summary_words"], body_match)
    if _rx(v["news_lede"]).search(body_match):
        done += v["news_lede_weight"]  # a news item reports
    if share_of_plans >= v["plan_share_for_plan"] or plan > v["plan_words_ratio"] * done and plan >= v["plan_words_min"] \
            or structure >= v["plan_structure_min"]:
        return "plan"
    if plan == 0 and done == 0:
        return "summary"  # a text that neither plans nor says what was done reports (an event's news item, a reply, an interview)
    if _rx(v["news_lede"]).search(body_match) and share_of_plans < v["plan_share_for_both"] \
            and not has_plan_part(body_match):
        return "summary"  # a news item reports what happened, next year's tasks named in passing (本报讯…会议要求，明年要…)
    sentences = _rx(r"[。！？!?\n]").split(body_match)
    done_at = [_rx(v["summary_words"]).search(t) is not None for t in sentences]
    plan_s = sum(1 for t, done in zip(sentences, done_at) if is_plan_sentence(t, done))
    done_s = sum(done_at)
    both = plan_s >= v["both_min"] and plan_s >= v["both_ratio"] * done_s or has_plan_part(body_match)
    return "summary_and_plan" if share_of_plans >= v["plan_share_for_both"] or both else "summary"


def is_reading_headline(line: str) -> bool:
    """Whether a line is a policy reading's headline (:func:`is_policy_reading`, no longer than ``headline_chars``, without a
    report word); not a question of the text's own turns (主持人：报销比例有什么变化？)."""
    v = _v()["doc_type"]
    return len(line) <= int(v["headline_chars"]) and is_policy_reading(line) and not _rx(v["summary_title"]).search(line) \
        and not _rx(v["question_turn"]).match(line)


def is_plan_sentence(sentence: str, done: bool) -> bool:
    """Whether a sentence speaks of what is to be done.  In a sentence of work done (``done``) a
    target alone (``target_reached_word``: 均完成年度目标, 提前达到规划目标, a table's header 年度目标 |
    完成值) is one reached, no plan; another plan word (确保完成全年目标) still makes it a plan's."""
    v = _v()["doc_type"]
    if not done:
        return _rx(v["plan_words"]).search(sentence) is not None
    return any(not _rx(v["target_reached_word"]).fullmatch(w) for w in _rx(v["plan_words"]).findall(sentence))


def _month(token: str) -> int:
    return int(token) if token.isdigit() else chinese_number(token)


@lru_cache(maxsize=None)
def chinese_number(token: str) -> int:
    """The value of a number written in Chinese (十一 -> 11), by cn2an; worked out once per token."""
    import cn2an  # (imported when a Chinese numeral is first read: it takes a tenth of a second)

    return int(cn2an.cn2an(token, "smart"))


def latest_progress_month(match: str, own_year: int | None = None) -> int | None:
    """Latest month named as a progress point (1—10月, 截止十一月底), if any; not one of another year than ``own_year`` (the
    report's, when known: a news item on 2031 that adds 截至2032年3月底… reports the year, not a quarter)."""
    months = []
    for m in _rx(_v()["period"]["progress_month"]).finditer(match):
        if own_year is not None and m.group("y") and int(m.group("y")) != own_year:
            continue
        tok = m.group("m") or m.group("m2")
        try:
            months.append(_month(tok))
        except (ValueError, TypeError):
            continue
    months = [m for m in months if 1 <= m <= 12]
    return max(months) if months else None


def period_of(doc_type: str, title_match: str, body_match: str, year_stated: bool = True,
              own_year: int | None = None, lines_above: str = "") -> str:
    """The period a report covers, from its title's words, else its text's (see the vocabulary).  A year-end progress
    point (截至11月底) makes an annual report of a text under its own title (县卫生局卫生应急工作总结) or that states its
    year; an untitled one that names no year of its own (a news item of 今年, whose only years are comparisons: 较2021年,
    ``year_stated`` False) reports the year to date, no period of ours."""
    v = _v()["period"]
    if doc_type == "plan":  # the title names the period planned for; without one, the text
        if _rx(v["single_month"]).search(title_match):
            return "unknown"
        if _rx(v["h2"]).search(title_match):
            return "H2"
        if _rx(v["quarter"]).search(title_match):
            return "quarter"  # 2031年第一季度工作要点
        if _rx(v["multi_year"]).search(title_match):
            return "multi_year"
        # a plan that speaks of 下半年 is for the second half (one that names 上半年 need not be: a
        # requirement to report 上半年工作进展 by July is part of an annual plan)
        if _rx(v["h2"]).search(body_match):
            return "H2"
        if not title_match and _rx(v["multi_year"]).search(body_match) and not _rx(v["plan_year_opening"]).match(body_match):
            return "multi_year"
        return "annual"
    month = latest_progress_month(body_match, own_year)
    if _rx(v["single_month"]).search(title_match):
        return "unknown"  # a monthly report: no period of ours fits
    if _rx(v["quarter"]).search(title_match):
        return "quarter"
    if _rx(v["multi_year"]).search(title_match) or any(_rx(v["multi_year_title"]).search(line) for line in own_title_lines(
            title_match, body_match, lines_above)):
        return "multi_year"  # (an untitled text's own title may stand just above it or open it: 关于2031年以来履职情况的报告)
    titled = latest_progress_month(title_match)  # a title naming the months covered: 2031年1—9月…完成情况
    if titled in v["quarter_end_months"]:
        return "quarter" if names_quarters(titled, title_match + "\n" + body_match) else "unknown"
    if titled == 6:
        return "H1"
    if titled is not None and titled < 12 and _rx(v["progress_title"]).search(title_match):
        return "unknown"  # 1—10月份全市卫生健康工作进展情况: the months to date, neither a quarter, a half nor a year
    declared = _rx(v["declared_months"]).search(body_match)
    if titled is None and declared is not None:  # 现将1—10月运行情况通报如下: the months the text says it reports
        months = _month(declared.group("m"))
        return "quarter" if months in v["quarter_end_months"] and names_quarters(months, body_match) \
            else "H1" if months == 6 else "annual" if months == 12 else "unknown"
    if not title_match and month in v["early_progress_months"]:
        return "unknown"  # 今年1—5月…: the months to date of a news item
    if month is not None and (month >= v["annual_from_month"] and (year_stated or title_match
                                                                    or _rx(v["year_to_date"]).search(body_match))
                              or month == 12):
        return "annual"  # (截至12月底: the whole year, whether or not the text names it)
    if (_rx(v["annual"]).search(title_match) or title_year(title_match) or _rx(v["masked_title_year"]).search(title_match)) \
            and not _rx(v["h1"]).search(title_match) \
            and not _rx(v["h2"]).search(title_match):
        return "annual"  # 年度工作总结, 2023年工作总结, 20XX年工作总结
    if _rx(v["h1"]).search(title_match):
        return "annual" if _rx(v["annual_strong"]).search(body_match) else "H1"
    if _rx(v["h1_opening"]).match(body_match):
        return "H1"  # 上半年，区卫生健康局…: a news item on the half year (under a headline with no year nor period of its own)
    wholes = max(_count(v["annual"], body_match), _count(v["h1"], body_match))
    if (_rx(v["quarter_sentence"]).search(body_match) or not title_match and wholes == 0) \
            and not _rx(v["h1"]).search(title_match) and _count(v["quarter"], body_match) > wholes:
        return "quarter"  # 2031年第四季度，全市… / 四季度… (a news item on the quarter; or one that names no other period:
        # 县卫健委召开一季度安全生产工作会。会议通报，…)
    if month in v["quarter_end_months"] and (doc_type == "summary" and month in v["quarter_by_itself_months"]
                                             or _rx(v["quarter"]).search(title_match + "\n" + body_match)):
        return "quarter"  # 1—9月 in a progress report, or beside 前三季度: the quarters to date (cumulative figures)
    if month is not None and month > 6:
        return "unknown"  # 1—9月 alone: three quarters, neither a half nor a year
    h1 = _count(v["h1"], title_match + body_match)
    annual = _count(v["annual"], body_match)
    if not title_match and (narrated_years(body_match) >= v["chronicle_years"]
                            or _count(v["multi_year"], body_match) > max(annual, h1)):
        return "multi_year"  # a chronicle's entry; a press conference on 十三五以来 … 五年来 (one 截至年底 in passing)
    if h1 and (month is not None or h1 >= annual):
        return "H1"
    if annual or h1:
        return "annual" if annual > h1 else "H1"
    if _rx(v["year_opening"]).match(body_match.lstrip()):
        return "annual"  # a yearbook entry or bulletin: 2022年，全市…  2022年末，…
    if _rx(v["multi_year"]).search(body_match):
        return "multi_year"  # 五年来, 十三五期间: the text looks back over several years
    if _rx(v["year_sentence"]).search(body_match):
        return "annual"  # an interview's answer 答：2021年，全市…
    if _rx(v["year_after_news_source"]).search(body_match):
        return "annual"  # a news item: 记者从某省卫生健康委获悉，2031年，全省…
    if _rx(v["year_reviewed"]).search(body_match):
        return "annual"  # a work meeting's news item: 会议总结了2031年全省卫生工作
    if not title_match and any(is_year_report_headline(line) for line in own_title_lines("", body_match, lines_above)):
        return "annual"  # under the site's headline 某市卫生计生委：2031年基层卫生工作回顾 (a year's review the page did not title)
    return "unknown"


def names_quarters(month: int, text: str) -> bool:
    """Whether a progress point at the end of ``month`` (3 or 9) reports the quarters to date: 1—3月 is the first quarter
    itself; 1—9月 only where ``text`` names quarters (前三季度, 三季度: documents.yaml ``quarter_by_itself_months``)."""
    v = _v()["period"]
    return month in v["quarter_by_itself_months"] or _rx(v["quarter"]).search(text) is not None


def is_dated_course_news(own_text: str, lines_above: str) -> bool:
    """Whether an untitled text is the news of a training course held on the days it opens with (documents.yaml
    ``course_event``: 8月10日至13日，某镇卫生院举办了…乡村医生岗位培训班; 11月26日，…培训班圆满结业), the course named in its first
    sentence or in the headline above it: one event, whatever year's or half year's figures the item adds."""
    v = _v()["period"]
    if not _rx(v["event_day_opening"]).match(own_text):
        return False
    first = _rx(r"[^。！？!?\n]*").match(own_text).group(0)
    return any(_rx(v["course_event"]).search(t) for t in (first, *own_title_lines("", "", lines_above)))


def is_year_report_headline(line: str) -> bool:
    """Whether a headline names one year and a report word of work done (某市卫生计生委：2031年基层卫生工作回顾, 2031年全县妇幼卫生
    工作总结) and no part of a year (上半年, 一季度, 1—9月, 3月份) nor several years: that year's report."""
    v = _v()["period"]
    if title_year(line) is None or not _rx(_v()["doc_type"]["summary_title"]).search(line):
        return False
    return not any(_rx(v[key]).search(line) for key in ("h1", "h2", "quarter", "single_month", "multi_year", "multi_year_title")) \
        and latest_progress_month(line) is None


def own_title_lines(title_match: str, body_match: str, lines_above: str) -> list[str]:
    """The title; without one, the lines that may be the text's own title: its first line and the lines just above it
    (``lines_above``) that read as a title, no longer than ``headline_chars`` and not a sentence (2031年以来，县卫计委… opens a
    text): a report's title the page did not set apart, under an editor's headline."""
    if title_match:
        return [title_match]
    n = int(_v()["doc_type"]["headline_chars"])
    lines = [body_match.lstrip().split("\n", 1)[0]] + lines_above.split("\n")
    return [line for line in lines if len(line.strip()) <= n and not _rx(r"[，,。；;]").search(line)]


def narrated_years(body_match: str) -> int:
    """How many different years open a sentence of the text (2027年7月，… 2028年参合率…)."""
    return len({m.group("y") for m in _rx(_v()["period"]["chronicle_year"]).finditer(body_match)})


def title_year(title_match: str) -> int | None:
    """The four-digit year a title names for its report (2023年工作总结, 2023上半年; a title printed in spaced characters too:
    2 0 2 3 年工作要点); None for 20XX."""
    m = _rx(_v()["title_year"]).search(_SPACED_DIGITS.sub("", title_match))
    if m is None:
        return None
    return int(m.group("y")) if m.group("y") else year_in_chinese_digits(m.group("cy"))


_SPACED_DIGITS = re.compile(r"(?<=[0-9])[ \t\u3000]+(?=[0-9年])")


def year_value(m: re.Match) -> int:
    """The year a match of a year pattern names, in digits (``y``: 2031) or in Chinese digits (``cy``: 二〇三一)."""
    return int(m.group("y")) if m.group("y") else year_in_chinese_digits(m.group("cy"))


_CHINESE_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {c: "0" for c in "○零OＯ0"}


def year_in_chinese_digits(token: str) -> int:
    """A year written digit by digit in Chinese (二○○六 -> 2006, 二00五 -> 2005)."""
    return int("".join(_CHINESE_DIGIT[c] for c in token))


def year_of(report: ReportText, sections: list[Section], plan: bool = False) -> int | None:
    """The year the report's own title names (a numbered article's too: 第2篇 某镇卫生院2031年工作总结; not a site's headline
    an essay page prints over each of its articles, see :func:`own_title_year`); else the most frequent four-digit year stated in the
    body, outside plan sections and not as a future date (即将于2016年) — among the years that open
    a statement (2024年，全县…) when there are any, so that a headline's year does not win; None
    when neither states one (20XX年 is no year)."""
    own = own_title_year(report)
    if own is not None:
        return own
    found = body_years(report, sections, plan)
    start = getattr(report, "text_start", None)
    if found is None and plan and report.title_span is None and start is not None and report.start < start:
        # an untitled plan states its years only in what it plans: the headline the page prints over it names its year
        # (某市2031年新型农村合作医疗实施办法（摘要） / 一、筹资标准。2031年人均筹资…)
        found = title_year(report.match[report.start:start])
    return found


def own_title_year(report: ReportText) -> int | None:
    """:func:`title_year` of the report's title, unless that title is a numbered article's (篇1, 第2篇) whose year the page's
    own headline above its first article names too: an essay site files every article under the year of its headline
    (2031年卫生局上半年工作总结（十五篇） / 第1篇 2031年卫生局上半年工作总结 / 第2篇 …), whatever year each covers; under a
    headline without a year (卫生局工作总结两篇) or naming several (2031年工作总结和2032年工作计划（2篇）) an article's title names its
    own."""
    title = title_match_of(report)
    year = title_year(title)
    if year is None or not getattr(report, "title_from_marker", False):
        return year
    first = _rx(_v()["article_marker"]).search(report.match)
    head = report.match[:first.start()] if first else ""
    # (a headline naming the years of several reports, 卫生局2031年工作总结和2032年工作计划（2篇）, lists each article's own year)
    named = {year_value(m) for m in _rx(_v()["year"]).finditer(head)}
    return None if year in named and len(named) == 1 else year


def states_its_year(report: ReportText, sections: list[Section], plan: bool = False) -> bool:
    """Whether the report names a year of its own: its title's (20XX counts: a year, masked), or one its text states
    other than as a comparison's base (较2021年) or a plan's."""
    title = title_match_of(report)
    return title_year(title) is not None or _rx(_v()["period"]["masked_title_year"]).search(title) is not None \
        or body_years(report, sections, plan, with_bases=False) is not None


def report_year(report: ReportText, sections: list[Section], period: str, plan: bool = False) -> int | None:
    """:func:`year_of`, except that a report over several years (a five-year plan, 十三五以来) covers
    no one year: only its own title's year is its year, else the year of the five-year plan period its title (an untitled
    text's own title lines and first sentence) names (:func:`five_year_period`): a plan's first year (“十四五”规划 -> 2021), a
    review's last (“十三五”工作总结 -> 2020, the year it closes)."""
    if period == "multi_year":
        own = own_title_year(report)
        if own is not None:
            return own
        title = title_match_of(report)
        if title:
            texts = [title]
        else:
            b0, b1 = body_span(report)
            body = report.match[own_text_start(report, b0, b1):b1]
            texts = own_title_lines("", report.match[b0:b1], lines_above(report)) + [_rx(r"[^。！？!?\n]*").match(body).group(0)]
        span = next((found for found in map(five_year_period, texts) if found is not None), None)
        return None if span is None else span[0] if plan else span[1]
    return year_of(report, sections, plan)


def five_year_period(text: str) -> tuple[int, int] | None:
    """(first, last) year of the five-year plan period a text names (“十四五” -> (2021, 2025), 十二五时期 -> (2011, 2015);
    documents.yaml ``five_year_plan``), not one named as the start of the years to date (“十三五”以来: the period not yet closed);
    else None."""
    m = _rx(_v()["five_year_plan"]).search(text)
    if m is None:
        return None
    first = 2006 + 5 * (chinese_number(m.group("n") or m.group("n2")) - 1)
    return first, first + 4


def body_years(report: ReportText, sections: list[Section], plan: bool = False, with_bases: bool = True) -> int | None:
    """The year the body states most (see :func:`year_of`); outside a ``plan``, not a year that opens
    what is to be done in it (2031年，我们将…: the next year's plan closing a summary); a comparison's
    base year (比2029年下降) only when no other year is stated (never ``with_bases`` False)."""
    v = _v()
    b0, b1 = body_span(report)
    b0 = after_headline(report, b0, b1)
    plan_spans = [(s.start, s.end) for s in sections if s.kind == "plans"]
    # (\Z, not $: a title ending in 计划 on the line above the year is no 计划 before it)
    future = _rx(f"(?:{v['year_future_before']})\\Z")
    base = _rx(f"(?:{v['year_base_before']})\\Z")
    since, deadline = _rx(f"(?:{v['year_since_before']})\\Z"), _rx(v["deadline_after"])
    years, opening, bases, dated = [], [], [], []
    text_start = getattr(report, "text_start", None) or b0
    page_date = _rx(v["page_date_after"])
    dated_line, delivered = _rx(v["dated_line_before"]), _rx(v["dated_line_after"])
    bracket, bracketed = _rx(v["bracketed_date_before"]), _rx(v["bracketed_date_after"])
    for pattern, found in ((v["year"], years), (v["year_stated_opening"], opening)):
        for m in _cue(pattern).finditer(report.match[b0:b1]):
            pos = b0 + m.start()
            if pos < text_start and page_date.match(report.match, b0 + m.end()):
                continue  # the dateline above a news item's text (2031年07月24日 10:48): the page's date, not its year
            if dated_line.search(report.match, max(0, pos - 8), pos) and delivered.match(report.match, b0 + m.end()) \
                    or bracket.search(report.match, max(0, pos - 2), pos) and bracketed.match(report.match, b0 + m.end()):
                if found is years:
                    dated.append(year_value(m))
                continue  # ——2032年2月24日在…会议上, （2032年2月16日）, a signing date: the day of delivery, not the year reported
            reached = report.match.startswith("的", b0 + m.end())  # 提高到2023年的91.5%: a level reached that year
            if any(s <= pos < e for s, e in plan_spans) or future.search(report.match[max(0, pos - 3):pos]) and not reached \
                    or not plan and opens_a_plan(report.match, b0 + m.end()):
                continue
            if since.search(report.match[max(0, pos - 1):pos]) \
                    or not plan and deadline.match(report.match, report.match.find("年", b0 + m.end("y" if m.group("y") else "cy")) + 1):
                continue  # 自2019年…以来: the start of a span; 要求在2020年6月底前…: a deadline to come
            (bases if found is years and base.search(report.match[max(0, pos - 1):pos]) else found).append(year_value(m))
    years = years or (bases if with_bases else []) or dated  # (a delivery date when the text states no other year)
    if not years:
        return None
    counts = Counter(opening or years)
    return max(counts, key=lambda y: (counts[y], y))


def after_headline(report: ReportText, b0: int, b1: int) -> int:
    """Where an untitled report's own text starts (``text_start``, after a news item's headline and the site's lines)
    when that text states a year, else ``b0``: a headline's year, printed once or three times by the site (某县：…
    2033年群众就医更方便), is the item's news, not the year the text reports on (2032年该县…)."""
    start = getattr(report, "text_start", None)
    if report.title_span is not None or start is None or not b0 < start < b1:
        return b0
    return start if _rx(_v()["year"]).search(report.match, start, b1) else b0


def is_place_chain(text: str) -> bool:
    """Whether ``text`` is nothing but places of the gazetteer, each after the one above it (固原市原州区, 上栗县; '' too)."""
    parts = _rx(r".+?(?:自治县|县|市|区|旗)").findall(text)
    return "".join(parts) == text and all(resolve_place(p) for p in parts)


def own_text_start(report: ReportText, b0: int, b1: int) -> int:
    """Where an untitled report's own text starts (``text_start``: after a news item's headline and the site's lines), with
    its leading blanks skipped; ``b0`` without one."""
    start = getattr(report, "text_start", None)
    start = start if start is not None and b0 <= start < b1 else b0
    while start < b1 and report.match[start].isspace():
        start += 1
    return start


def place_as_written(report: ReportText, place: str | None, where: dict | None = None) -> str | None:
    """``place`` (read in the matching text, Simplified) in the characters the page writes it in (永春縣 on a Traditional
    page): its first occurrence in the report, else on the page above it, else ``place`` itself.  (The matching text keeps
    every character's offset, so the raw text at the same offsets is the name as written.)  A short form (东乡县 for
    东乡族自治县, see places.short_autonomous_place) is the full name when the page writes that first (东乡族自治县 > 卫生 /
    …东乡县有…; not 延边州卫生局…工作总结 / … / 延边朝鲜族自治州卫生局)."""
    if not place:
        return place
    full = (where or {}).get("county") or (where or {}).get("city")
    if full and full != place and len(full) > len(place) and full[:2] == place[:2]:
        at_full, at_short = report.match.find(full), report.match.find(place)
        if at_full >= 0 and (at_short < 0 or at_full < at_short):
            place = full
    for lo, hi in ((report.start, report.end), (0, len(report.match))):
        at = report.match.find(place, lo, hi)
        if at >= 0:
            return report.text[at:at + len(place)]
    # (a name the page writes only without its suffix, a yearbook's 勐海年鑑 over 全縣: its stem and suffix as the page writes
    # them, 勐海縣 on a Traditional page)
    stem, suffix = place[:-1], place[-1]
    at, at_suffix = report.match.find(stem), report.match.find(suffix, report.start, report.end)
    if len(stem) >= 2 and at >= 0:
        return report.text[at:at + len(stem)] + (report.text[at_suffix] if at_suffix >= 0 else suffix)
    return place


def opens_a_plan(match: str, pos: int) -> bool:
    """Whether the text at ``pos``, right after a year (2031年), says what is to be done in it (，我们将…,
    全县将力争…): that year is a plan's, not the one the text reports."""
    return _rx(_v()["year_future_after"]).match(match, pos) is not None


def own_level_by_markers(match: str) -> str:
    """Level the bureau speaks of as its own (全市, 我县 …), else weaker evidence (市总工会); not in the lines that say whom
    the text is sent to (``distribution_line``: 报：市委办、市政府办)."""
    match = _rx(_v()["distribution_line"]).sub("\n", match)
    for table in ("admin_markers", "admin_weak"):
        counts = {lvl: _count(p, match) for lvl, p in _v()[table].items()}
        if table == "admin_markers":  # (not a superior's level the text compares itself with, 高于全市平均水平, nor the superior's
            # programme or ranking the place was chosen for: 被确定为全省新型农村合作医疗试点县)
            counts = {lvl: n - _count(f"(?:{_v()[table][lvl]})(?:{_v()['admin_superior_after']})", match)
                      - _count(f"(?:{_v()['admin_superior_before']})(?:{_v()[table][lvl]})(?!(?:{_v()['admin_superior_after']}))", match)
                      for lvl, n in counts.items()}
            # (with a news item's 该县, 该市: the reporter's words for the item's place)
            counts = {lvl: n + _count(_v()["admin_news_markers"].get(lvl, "(?!)"), match) for lvl, n in counts.items()}
        if table == "admin_weak":
            counts = {lvl: n - _count(_v()["admin_weak_superior"] + f"(?:{_v()[table][lvl]})", match)
                      for lvl, n in counts.items()}
        best = max(counts, key=lambda k: counts[k])
        if counts[best]:
            return best
    return "unknown"


def own_suffix(marker_level: str, match: str) -> str | None:
    """The suffix of the bureau's own place at its level (:data:`LEVEL_SUFFIX`); at city level 州 or 盟 when the text speaks
    of its own as 全州/我州 (全盟) more than as 全市 (``city_marker_suffix``): an autonomous prefecture's or a league's; at
    county level 旗 when it speaks of its own as 全旗 more than as 全县 (``county_marker_suffix``): a banner's."""
    table = {"city": "city_marker_suffix", "county": "county_marker_suffix"}.get(marker_level)
    if table is None:
        return LEVEL_SUFFIX.get(marker_level)
    plain = LEVEL_SUFFIX[marker_level]
    counts = {suffix: _count(p, match) for suffix, p in _v()[table].items()}
    best = max(counts, key=lambda k: (counts[k], k == plain))
    return best if counts[best] > counts[plain] else plain


def unknown_place(admin_level: str, texts: tuple[tuple[str, int], ...]) -> str | None:
    """The place a report's title, else its text, else the page above it names most as its health bureau, site or yearbook
    (``unknown_place_named``) with a suffix of ``admin_level`` (``unknown_place_suffixes``): a place the gazetteer does not know
    (吴江市卫生局 of 2008); else the one the first text (the report's own) names most, at least twice, as a sentence's subject
    (``unknown_place_subject``: 岷川县启动…); None when none is named so.  Each text comes with the times a name must be named
    in it."""
    suffixes = _v()["unknown_place_suffixes"][admin_level]

    def other_level(name: str) -> bool:  # (a place the gazetteer knows at another level is no unknown place of this one: 鹤壁市
        where = resolve_place(name)      # in a county's footer is the prefecture's portal)
        return where is not None and where["admin_level"] != admin_level

    for text, times in texts:
        names = [m.group("place") for m in _rx(_v()["unknown_place_named"]).finditer(text)
                 if m.group("suffix") in suffixes and not other_level(m.group("place"))]
        counts = Counter(names)
        names = [n for n in names if counts[n] >= times]
        if names:
            return max(counts, key=lambda n: (counts[n] if n in names else 0, -names.index(n) if n in names else 0))
    # (else the place the report itself names most as the subject opening a sentence: 岷川县启动…, 红堰区把…)
    stop = _rx(f"(?:{_v()['place_stopwords']})")
    names = [m.group("place") for m in _rx(_v()["unknown_place_subject"]).finditer(texts[0][0])
             if m.group("suffix") in suffixes and not stop.fullmatch(m.group("place"))]
    counts = Counter(names)
    best = max(counts, key=lambda n: (counts[n], -names.index(n)), default=None)
    return best if best is not None and counts[best] >= _v()["unknown_place_subject_times"] else None


def zone_full_name(report: ReportText, place: str | None) -> str | None:
    """A development zone's generic short name (经开区, 开发区: documents.yaml ``zone_short``) as the zone's full name the page
    writes (``zone_full``: 某某经济技术开发区 in the site's header or its source line cut from the report, then in the report, then
    below it); ``place`` itself otherwise."""
    if not place or not _rx(_v()["zone_short"]).fullmatch(place):
        return place
    for text in (page_top(report) + "\n" + page_header(report) + "\n" + getattr(report, "furniture_lines", ""),
                 report.match[report.start:report.end], page_bottom(report) + "\n" + footer_lines(report)):
        m = _rx(_v()["zone_full"]).search(text)
        if m is not None:
            return m.group("zone")
    return place


def page_header(report: ReportText) -> str:
    """The page's matching text just above the report (``page_header_chars``): a yearbook entry's
    trail (年鉴 > 某某市年鉴（2012）) or the site's name, which place a report that names none."""
    return report.match[max(0, report.start - int(_v()["page_header_chars"])):report.start]


def lines_above(report: ReportText) -> str:
    """The last non-empty lines of the page above the report's own text (``headline_lines_above``, within
    ``page_header_chars``; with the lines an untitled report holds before its ``text_start``): a news item's or a Q&A
    page's headline, then the site's date and source line."""
    start = getattr(report, "text_start", None)
    own = report.match[report.start:start] if start is not None and report.start < start <= report.end else ""
    lines = [line.strip() for line in (page_header(report) + own).split("\n") if line.strip()]
    return "\n".join(lines[-int(_v()["doc_type"]["headline_lines_above"]):])


def page_top(report: ReportText) -> str:
    """The page's matching text at its top, above the report (``page_header_chars``): the trail naming the yearbook a
    page's later entries belong to as much as its first (邳州年鉴（2011） > 社会事业 > 卫生 / 【概况】… / 【人口和计划生育】…)."""
    n = int(_v()["page_header_chars"])
    return report.match[:min(n, report.start)]


def page_bottom(report: ReportText) -> str:
    """The page's matching text at its foot, below the report (``page_header_chars``): the site's footer, which names the body
    that runs it (某某省卫生健康委员会 版权所有)."""
    n = int(_v()["page_header_chars"])
    return report.match[max(report.end, len(report.match) - n):]


def yearbook_place(match: str, own_suffix: str | None) -> tuple[str | None, dict | None]:
    """The place a yearbook's name stands for (福安年鉴 with 全市 -> 福安市), or a city's outlet (洛阳日报 with 我市 -> 洛阳市), when
    the gazetteer knows it; else (None, None)."""
    m = _literal_gated(_v()["yearbook_name"]).search(match)  # (asked of a whole page: most name no yearbook)
    if m is None and own_suffix == "市":
        m = _literal_gated(_v()["outlet_name"]).search(match)
    if m is None or own_suffix is None:
        return None, None
    name = m.group("name") + own_suffix
    where = resolve_place(name)
    return (name, where) if where else (None, None)


def footer_bureau_place(lines: str, own_suffix: str | None) -> tuple[str | None, dict | None]:
    """The place of the health body a page's furniture names as the report's publisher (主办：重庆市卫生健康委员会, 来源：开封市医疗
    保障局; documents.yaml ``publishing_body_after``), with the report's own suffix; else (None, None) (a footer naming a government
    or a portal, 某某市人民政府 主办, may host any body's reports)."""
    place, where = bureau_place(lines, own_suffix)
    if where is None or not _rx(re.escape(place) + f"(?:{_v()['publishing_body_after']})").search(lines):
        return None, None
    return place, where


def publishing_body_place(report: ReportText, own_suffix: str | None) -> tuple[str | None, dict | None]:
    """:func:`footer_bureau_place` of the report's lines above its own text (an untitled item's source line under its headline, an
    interview's guest line; not the page above the report, where a list's other items stand) and of the site's footer (the lines
    naming the page's publisher, ``publishing_line``, in its last ``publishing_lines_chars``: :func:`footer_lines`), then of the lines just
    below the report that name a health body alone (a signature, the body a page prints at the foot of its text: ``signature_line_before``).  The
    site's lines the page view cut from inside the report (its source line under a title, 时间：… 来源：某市妇幼保健计划生育服务中心, an
    interview's guest line) are read with the lines above its own text.  Last, a footer naming the government of the report's own
    level as the site's publisher (``publishing_government_after``: 主办：某某县人民政府办公室 over a text of 全县): its county portal."""
    n = int(_v()["publishing_lines_chars"])
    start = getattr(report, "text_start", None)
    own = start if start is not None and report.start <= start <= report.end else report.start
    while own < report.end and report.match[own].isspace():
        own += 1  # (past the lines the page view blanks: 时间：… 来源：…)
    footer = footer_lines(report)
    signature = _rx(_v()["signature_line_before"] + f"(?:{_v()['publishing_body_after']})" + _v()["signature_line_after"])
    below = "\n".join(m.group(0) for m in signature.finditer(report.match, report.end, min(len(report.match), report.end + n)))
    inside = getattr(report, "furniture_lines", "")  # (the site's lines the page view cut from inside the report: see segment._moved)
    for lines in (report.match[report.start:own] + ("\n" + inside if inside else ""), footer, below):
        found = footer_bureau_place(lines, own_suffix)
        if found[1] is not None:
            return found
    if own_suffix is not None:  # (a government's portal of the report's own level: 主办：某某县人民政府办公室 on a county's page)
        place, where = bureau_place(footer, own_suffix)
        if where is not None and _rx(re.escape(place) + f"(?:{_v()['publishing_government_after']})").search(footer):
            return place, where
    return None, None


def footer_lines(report: ReportText) -> str:
    """The site's footer lines that name the page's publisher (``publishing_line``: 主办：…, 版权所有：…) in the page's last
    ``publishing_lines_chars`` characters below the report."""
    n = int(_v()["publishing_lines_chars"])
    return "\n".join(m.group(0) for m in _rx(_v()["publishing_line"]).finditer(report.match, max(report.end, len(report.match) - n)))


def is_county_level_city(match: str) -> bool:
    """A 市 bureau that manages towns directly and names no counties or districts below it."""
    v = _v()
    return _count(v["county_children"], match) == 0 and _count(v["township_children"], match) >= v["township_children_min"]


def names_its_bureau(match: str, place: str | None) -> bool:
    """Whether ``place`` is named as the health bureau the text is about (莆田市卫生局局长, 某市卫健委: documents.yaml
    ``own_bureau_after``): the place of the bureau speaking, not a superior its text names in passing."""
    return bool(place) and _rx(re.escape(place) + f"(?:{_v()['own_bureau_after']})").search(match) is not None


def says_county_level_city(title_match: str, body_match: str) -> bool:
    """Whether the report says that the first city it names, its own, is a county-level city
    (某某市（县级市）, 某某市是县级市; ``county_level_city_note``)."""
    note = _v()["county_level_city_note"]
    return any(_rx(note).search(part) for part in (title_match, body_match))


def topic_of(title_match: str, body_match: str, headlines: tuple[str, ...] = ()) -> str:
    """The unit a report is about: from its title's words (``topics``), an untitled report's from the headline the page prints over
    it (``headlines``: :func:`own_title_lines`); else from the density of the unit's name in its text (``topic_body_density``), or of the
    words a text on that unit is made of (``topic_body_words``); else general."""
    v = _v()
    for topic, pat in v["topics"].items():
        if any(_rx(pat).search(t) for t in (title_match, *headlines)):
            return topic
    n = max(len(body_match), 1)
    counts = {t: _count(p, body_match) for t, p in v["topics"].items()}
    best = max(counts, key=lambda t: counts[t])
    dense = 1000 * counts[best] / n >= v["topic_body_density"]
    if dense and counts[best] >= v["topic_body_min_count"]:
        return best
    for topic, pat in v["topic_body_words"].items():
        found = _count(pat, body_match)
        if found >= v["topic_body_words_min_count"] and 1000 * found / n >= v["topic_body_words_density"]:
            return topic
    return "general"


_ORDINAL = re.compile(r"^\s*(?P<n>[一二三四五六七八九十]{1,3})\s*[、.．]")


def _is_heading_line(text: str, s: Section) -> bool:
    """True when the section's heading stands alone on its line (no body text after it)."""
    nl = text.find("\n", s.start)
    return text[s.start: nl if nl >= 0 else len(text)].strip() == s.heading.strip()


def restarted_part_as_plans(text: str, match: str, sections: list[Section]) -> list[Section]:
    """A report whose top-level numbering starts again at a stand-alone 一、 heading after 二、
    or later, with no labelled heading (主要做法) introducing it, has an unlabelled second part.
    That part is the plan ("next steps") only when something says so: a plan title (…工作计划,
    打算, 思路) just before the restarted 一、 (a label the site glued to the line before), or
    more plan words (要, 力争, 目标 …) than words of work done (完成, 达到, 同比 …) in its own text."""
    v = _v()["doc_type"]
    out, highest, restarted, labelled = [], 0, False, False
    for s in sections:
        m = _ORDINAL.match(s.heading) if s.level == 1 else None
        if s.level == 1 and not m:
            labelled = s.kind != "other"  # a bare heading such as 主要做法 names what follows
        if m and not restarted:
            n = chinese_number(m.group("n"))
            if n == 1 and highest >= 2 and not labelled and _is_heading_line(text, s):
                part = match[s.start:sections[-1].end]
                label = match[max(0, s.start - 20):s.start]
                restarted = bool(_rx(f"(?:{v['plan_title']})\\s*[:：]?\\s*$").search(label)) \
                    or _count(v["plan_words"], part) > _count(v["summary_words"], part)
            highest = max(highest, n)
        if restarted and s.kind == "other":
            s = replace(s, kind="plans")
        out.append(s)
    return out


def default_section_kinds(sections: list[Section], doc_type: str) -> list[Section]:
    """Give unclassified sections the kind their document implies: plans in a plan (but for its
    review of the past: 一、形势分析, see :func:`is_review_heading`), and in a summary achievements
    (before the first plan section) or plans (after it)."""
    out = []
    seen_plans = False
    reviews = [(s.start, s.end) for s in sections if s.kind == "other" and is_review_heading(s.heading)]
    for s in sections:
        if s.kind == "plans":
            seen_plans = True
        if s.kind == "other":
            in_review = any(a <= s.start < b for a, b in reviews)
            kind = "plans" if (doc_type == "plan" and not in_review) \
                or (seen_plans and doc_type == "summary_and_plan") else "achievements"
            s = replace(s, kind=kind)
        out.append(s)
    return out


def is_review_heading(heading: str) -> bool:
    """Whether a section heading names a look back (一、形势分析, 发展现状): in a plan, a review of the
    past period (and of its problems), not a section of what is planned."""
    return _rx(_v()["doc_type"]["review_heading"]).search(matching_text(heading)) is not None


def names_its_towns(body_match: str) -> bool:
    """Whether a city's text names towns as its own parts (各镇（街道）, 9个镇卫生院; documents.yaml
    ``county_level_city_towns``) and no counties or districts below it: a county-level city's."""
    v = _v()
    return _rx(v["county_level_city_towns"]).search(body_match) is not None and _count(v["county_children"], body_match) == 0


def township_place(match: str) -> str | None:
    """The township a township's text names most as its own (…县南宫镇卫生院 -> 南宫镇; documents.yaml ``township_place``),
    else None."""
    names = [m.group("place") for m in _rx(_v()["township_place"]).finditer(match)]
    return Counter(names).most_common(1)[0][0] if names else None


def opening_place(body_match: str) -> tuple[str | None, str]:
    """(name, level) of the place an untitled text names right after its opening year or day (documents.yaml ``opening_place``:
    【医疗保障】2032年，某某县… -> county; 9月9日至15日，某某区组织… -> district), else (None, unknown); the name only when it
    reads as one (not a masked or an own-level word: 某县, 全县, 本区), else None."""
    m = _rx(_v()["opening_place"]).match(body_match)
    if m is None:
        return None, "unknown"
    level = _v()["title_level_suffixes"][m.group("suffix")]  # (the one table of suffix -> level)
    name = m.group("place")
    if _rx(_v()["title_bureau_masked"]).search(name) or _rx(f"(?:{_v()['place_stopwords']})").fullmatch(name):
        name = None
    return name, level


def addressee_level(body_match: str) -> str:
    """The level of the body a notice or a letter is sent from, read from its addressees (documents.yaml
    ``addressee_level``: 各县（市、区）卫生健康局： -> city), else unknown."""
    head = body_match[:int(_v()["addressee_chars"])]
    for level, pattern in _v()["addressee_level"].items():
        if _rx(pattern).search(head):
            return level
    return "unknown"


def title_bureau_level(title_match: str) -> tuple[str | None, str] | None:
    """(place, admin level) of the issuing body a title names (北京市朝阳区卫生健康委 -> 朝阳区,
    district), None when the title names none.  A 市 is looked up in the gazetteer (重庆市 is a
    province-level municipality, 义乌市 a county-level city); an unknown 市 is a city."""
    v = _v()
    m = _rx(v["title_bureau"]).search(title_match)
    if m is None:
        # a health centre's own report that names no place (卫生院2021年工作计划): township level
        return (None, "township") if _rx(v["title_health_centre"]).match(title_match.lstrip()) else None
    whole = m.group("place")
    for suffix, level in v["title_level_suffixes"].items():
        if whole.endswith(suffix):
            # the last place of a chain (北京市朝阳区): after the previous place's suffix
            # (a suffix's character inside the last name is no cut when an earlier cut gives a place of the gazetteer:
            # 长治市潞州区 -> 潞州区, not 区 after 潞州)
            head = whole[: -len(suffix)]
            cuts = sorted({k + len(s) for s in v["title_level_suffixes"] for k in _occurrences(head, s)}, reverse=True)
            short = 2 + len(suffix) - 1
            # (a whole name of the gazetteer is no chain, whatever suffix's character it holds: 镇雄县, not 雄县 after 镇)
            place = whole if resolve_place(whole) else \
                next((whole[cut:] for cut in cuts if len(whole) - cut >= short and resolve_place(whole[cut:])), None)
            if place is None:
                place = whole[cuts[0]:] if cuts else whole
                if len(place) < short:
                    place = whole
            place = _rx(v["title_bureau_not_name"]).split(place)[-1]  # 2023年上半年市 -> 市
            if len(place) <= len(suffix) or _rx(v["title_bureau_masked"]).search(place):
                return None  # a bare 市卫生局 or a masked 某县: the body decides
            if _rx(v["title_bureau_generic"]).fullmatch(place):
                if whole[:len(whole) - len(place)].endswith(v["title_bureau_about"]) \
                        or _rx(v["title_bureau_no_level"]).fullmatch(place):
                    return None  # 关于乡镇卫生院…: the subject, not the issuer; 社区卫生服务中心: no level named
                return None, level  # 乡镇卫生院: a township's hospital, no name
            if len(place) == 2 and not resolve_place(place):
                return None  # (a one-character name only as the gazetteer knows it: 茂县卫生局, not 区县卫生…)
            if suffix in ("市", "区"):  # (a 区 directly under its province is county-level: 神农架林区)
                where = resolve_place(place)
                level = where["admin_level"] if where else level
            return place, level
    return None


def parts_of(match: str, city: str) -> set[str]:
    """The county-level places of the gazetteer (counties, districts, county-level cities) under ``city`` that ``match``
    names."""
    out = set()
    for name in place_candidates(match):
        where = resolve_place(name)
        if where and where["admin_level"] in ("county", "district") and where.get("city") == city:
            out.add(name)
    return out


def _occurrences(text: str, part: str) -> list[int]:
    """Every offset at which ``part`` stands in ``text``."""
    return [m.start() for m in re.finditer(re.escape(part), text)]


def with_year_slips_read(match: str, lo: int, hi: int) -> str:
    """``match`` with the years an OCR copy sets with letters for digits (2O13年, 2Ol3年: ``ocr_slip_year``) between ``lo`` and
    ``hi`` read as digits (quantities.yaml ``ocr_slip_digits``, the values' reading): the same length."""
    if not any(match.find(letter, lo, hi) >= 0 for letter in "OolI"):
        return match
    digits = str.maketrans(quantity_vocab()["ocr_slip_digits"])
    pieces, pos = [], lo
    for m in _rx(_v()["ocr_slip_year"]).finditer(match, lo, hi):
        if is_ocr_slip_number(m.group()):
            pieces += [match[pos:m.start()], m.group().translate(digits)]
            pos = m.end()
    return match[:lo] + "".join(pieces) + match[pos:] if pieces else match


def classify(report: ReportText) -> dict:
    """Document fields for one report (see ANNOTATION.md for their meaning), its years read where an OCR copy set letters for
    their digits (西宁市城东区卫生局2O13年工作总结: :func:`with_year_slips_read`)."""
    read = with_year_slips_read(report.match, report.start, report.end)
    if read is not report.match:
        report = copy.copy(report)
        report.match = read
    title_match = title_match_of(report)
    b0, b1 = body_span(report)
    body = report.match[b0:b1]
    sections = restarted_part_as_plans(report.text, report.match, report.sections)
    doc_type = doc_type_of(title_match, plan_share(report, sections), body, lines_above(report))
    sections = default_section_kinds(sections, doc_type)
    marker_level = own_level_by_markers(title_match + "\n" + body)
    suffix = own_suffix(marker_level, title_match + "\n" + body)
    place, where = bureau_place(title_match + "\n" + body, suffix)  # the title names it first
    if where is None:
        place, where = bureau_place(page_header(report), suffix)
    if where is None:
        place, where = yearbook_place(page_top(report) + "\n" + page_header(report) + "\n" + body, suffix)
    if where is None:
        place, where = publishing_body_place(report, suffix)
    if marker_level == "city" and where is not None and where["admin_level"] in ("county", "district") and where.get("city") \
            and not names_its_bureau(page_header(report) + "\n" + title_match + "\n" + body, place) \
            and len(parts_of(title_match + "\n" + body, where["city"])) >= _v()["city_parts_min"]:
        place, where = where["city"], resolve_place(where["city"])  # a city's text lists its parts: 诸暨市 is one of them
    if where is not None and where["admin_level"] == "city" and is_county_level_city(body) \
            and not names_its_bureau(page_header(report) + "\n" + title_match + "\n" + body, place):
        place, where = None, None  # a prefecture city named by a county-level city is its superior
    if where is not None and where["admin_level"] == "county" and addressee_level(body) == "city" \
            and not names_its_bureau(page_header(report) + "\n" + title_match + "\n" + body, place):
        place, where = None, None  # a place named by a notice to 各县（市、区） is one of the sender's parts (禹城市位列前三)
    named = title_bureau_level(title_match)
    if named is not None:  # the title names the issuing body: its place and level are the report's
        place, admin_level = named
        where = resolve_place(place) if place else None
        if where is not None and where["admin_level"] != admin_level:
            where = None  # the gazetteer knows another place of that name
    elif where is not None:
        admin_level = where["admin_level"]
    elif marker_level == "city" and is_county_level_city(body):
        admin_level = "county"
    elif marker_level != "unknown":
        admin_level = marker_level
        if marker_level == "township":
            place = township_place(title_match + "\n" + body)
    else:
        t = _rx(_v()["title_level_word"]).search(title_match)
        admin_level = _v()["title_level_suffixes"][t.group("level")] if t else "unknown"
    if admin_level == "township" and not place:  # 乡镇卫生院2011年工作总结 / 桃源县漳江镇中心卫生院: the centre's signature names it
        place = township_place(title_match + "\n" + body)
    if admin_level == "unknown" and not title_match:
        opening, admin_level = opening_place(body)
        place = place or opening
    if admin_level == "unknown" and not title_match and _rx(_v()["opening_health_centre"]).match(body.lstrip()):
        admin_level = "township"  # 2031年上半年，镇卫生院以…: a township's health centre reports
    if admin_level == "unknown":
        admin_level = addressee_level(body)
    # (the region's site names it above the report too: 西藏自治区卫生厅 >> 卫生要闻)
    region = _rx(_v()["autonomous_region"]).search(page_header(report) + "\n" + title_match + "\n"
                                                    + body[:int(_v()["autonomous_region_chars"])])
    if admin_level == "district" and region is not None:
        place, admin_level = region.group("region"), "province"  # 全区 of 宁夏回族自治区 (a bare 自治区卫生厅 names none)
    zone = _rx(_v()["county_level_zone"]).search(page_header(report) + "\n" + title_match + "\n"
                                                  + body[:int(_v()["autonomous_region_chars"])])
    if zone is not None and admin_level in ("district", "unknown") and where is None:
        place, admin_level = zone.group("zone"), "county"  # 全区 of 平潭综合实验区: a county-level zone
    subject = None if title_match else _rx(_v()["opening_township_subject"]).match(report.match[own_text_start(report, b0, b1):b1])
    if subject is not None and is_place_chain(subject.group("superiors") or ""):
        place, admin_level = subject.group("place"), "township"  # 9月25日，某县某某镇卫生院新门诊楼…: the township's news
    entry = None if title_match else _rx(_v()["township_entry_label"]).match(body)
    if entry is not None:
        place, admin_level = entry.group("place"), "township"  # 【某镇中心卫生院】2031年，…
    if admin_level == "province" and where is None:  # 湖南省卫生健康委… 全省: the province the text names (the title first, then the
        # text, then the page above it, then the site's footer: 青海省卫生健康委员会 版权所有)
        for text in (title_match + "\n" + body, page_header(report), page_top(report), page_bottom(report)):
            named_province, found = province_place(text)
            if found is not None:
                place, where = named_province, found
                break
    if admin_level == "city" and says_county_level_city(title_match, body.lstrip()):
        admin_level = "county"
    if admin_level == "city" and where is None and not (place or "").endswith(PREFECTURE_SUFFIXES) \
            and (names_its_towns(body) or is_county_level_city(body)):
        admin_level = "county"  # a city the gazetteer does not know (its title names it), whose parts are towns
    if place is None and not title_match:  # (【概况】2031年，某某区有各级各类医疗卫生机构…: a yearbook entry's own place, once)
        opening, level = opening_place(body)
        place = opening if level == admin_level else None
    if place is None and admin_level in _v()["unknown_place_suffixes"]:
        place = unknown_place(admin_level, ((title_match + "\n" + body, 1), (page_header(report), 1), (page_top(report), 1),
                                            (getattr(report, "furniture_lines", ""), 1), (footer_lines(report), 1)))
        # (the site's lines cut from the report, then the site's footer: 主办：某某县人民政府办公室, 版权所有：某某县融媒体中心)
    if admin_level == "district" and (place or "").endswith(PREFECTURE_REGION):
        admin_level = "city"  # a prefecture (林芝地区卫生局) speaks of itself as 全区, 我区, as a district does
    period = period_of(doc_type, title_match, body, states_its_year(report, sections, plan=doc_type == "plan"),
                       year_of(report, sections, plan=doc_type == "plan"), lines_above(report))
    if not title_match and doc_type == "summary" and is_dated_course_news(report.match[own_text_start(report, b0, b1):b1],
                                                                          lines_above(report)):
        period = "unknown"  # the news of a training course held on its days: one event, no period of ours
    return {
        "title": title_of(report),
        "doc_type": doc_type,
        "period": period,
        "year": report_year(report, sections, period, plan=doc_type == "plan"),
        "admin_level": admin_level,
        "place": place_as_written(report, zone_full_name(report, place), where),
        "province": where["province"] if where else None,
        "city": where["city"] if where else None,
        "county": where["county"] if where else None,
        "topic": topic_of(title_match, body, () if title_match else tuple(
            line for line in own_title_lines("", body, lines_above(report)) if not _rx(_v()["headline_furniture"]).search(line))),
        "sections": sections,
    }
