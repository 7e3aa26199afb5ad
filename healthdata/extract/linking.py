"""Which indicator a value measures, linked only where the text names it (catalog linking itself
is in :mod:`healthdata.normalize.indicators`), and the unit of a unit-less rate.

A value is linked when its clause names a catalog indicator whose name is the head of the subject
(麻疹发病率 is no measles vaccination rate); a clause that names a rate of its own outside the catalog
stays unlinked; a clause without a subject (比上年提高2个百分点, 其中农村98%) continues the rate before
it in its segment.  A wrong link is worse than none.
"""
from __future__ import annotations


import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from healthdata.extract import statement as st
from healthdata.vocab import load_yaml

from healthdata.extract.context import clause_end
from healthdata.extract.cues import group_gap
from healthdata.extract.numbers import NumberToken, quantity_vocab
from healthdata.extract.punctuation import SPACES
from healthdata.normalize.indicators import (Mention, clause_start_at, indicator_unit, link_in_span, names_outside, plain_owners,
                                             qualified_outside_before, qualifier_across, resolve_mention, topic_outside_in)

if TYPE_CHECKING:
    from healthdata.extract.context import Context, Described


def names_the_head(ctx: Context, lo: int, hi: int, context_start: int | None = None, near_start: int | None = None) -> bool:
    """Whether the catalog names the head of the subject in m[lo:hi]: no rate noun follows the last
    alias in it that names an indicator (麻疹发病率: 麻疹 names a vaccine, and 发病率 with no qualifier
    names nothing: the rate is an incidence outside the catalog).  An alias is resolved as the value's own
    link resolves it (``near_start``: see :func:`resolve_mention`), so a qualifier of the rate before
    (传染病发病率…，麻疹发病率…) does not make the head of this one a catalog name."""
    m, ctx_start = ctx.match, lo if context_start is None else context_start
    index = ctx.mentions
    ends = [mt.end for mt in index.within(lo, hi) if resolve_mention(m, mt, lo, ctx_start, near_start, index=index) is not None]
    last = max(ends) if ends else lo
    return not ctx.cue_index.has(st.RATE_NOUN, last, hi)


def indicator_for(ctx: Context, tok: NumberToken, clause_s: int, local_start: int, seg_s: int, sent: tuple[int, int],
                  prev_rate: Described | None, next_start: int) -> str | None:
    """Indicator of a rate, only where the text names it: in its clause before it, else right after
    it in its clause, before the next value (at ``next_start``: what follows that one is its own).  A clause that names a rate of its own (…率, 比例, 占) that the catalog does not
    know stays unlinked (a wrong link is worse than none).  A clause without a subject of its own
    (比上年提高2个百分点, 其中农村98%) continues the rate before it in its segment, or the indicator named
    since the previous value in its segment (参合率稳步提高,达到98%)."""
    m, start = ctx.match, tok.start
    s0 = sent[0]
    wide = heading_before(m, sent, ctx.lo) if seg_s == s0 else seg_s
    if wide == s0:
        wide = start_before_wraps(ctx, s0)
    # (a generic alias (…,培训率100%) takes its qualifier from earlier in the segment, or from the heading its sentence opens
    # the section under,)
    near = prev_rate.tok.end if prev_rate is not None else None  # or after the previous rate when it has words of its own
    cut_s = start_across_cuts(ctx, clause_s) if start > clause_s else clause_s
    if cut_s < clause_s or "\n" in m[clause_s:start]:
        iid = linked_across_cuts(m, cut_s, start)
        if iid is not None:
            return iid  # (a qualifier a hard wrap or a page break cut in two: 其中乙 / 肝疫苗首针及时接种率90%)
    if start in ctx.table_subjects:
        a, b = ctx.table_subjects[start]
        iid = link_in_span(m, a, b, a, index=ctx.mentions)[0]
        if iid is None and start in ctx.table_headers and not ctx.cue_index.has(st.RATE_NOUN, a, b):
            # a row naming a place or level, not a rate (乡镇卫生院 | 200 | 80): the column's header names it
            # (报销比例（%）)
            a, b = ctx.table_headers[start]
            iid = link_in_span(m, a, b, a, index=ctx.mentions)[0]
        if iid is None and (row := cells_after_subject(ctx, ctx.table_subjects[start], start)) is not None:
            # a row whose first cell files it under a field (| 健康水平 | 孕产妇死亡率 | 1/10万 | 7.1 | ≤8 |: a plan's table of
            # indicators by 领域): the indicator is named in the row's cells after it, before the value
            a, b = row
            iid, mention = link_in_span(m, a, b, a, index=ctx.mentions)
            if iid is not None:
                ctx.table_subjects[start] = cell_around(m, mention.start, mention.end, b)  # (the value's subject: that cell)
        return iid if iid is not None and names_the_head(ctx, a, b) else None
    if start > clause_s and weighs_a_measure_of_its_own(ctx, max(clause_s, local_start), start):
        return None  # (纳入绩效考核，权重不低于10%: the appraisal's weight, not a rate named before it)
    if start > clause_s:
        iid, mention = link_in_span(m, clause_s, start, wide, near_start=near, index=ctx.mentions)
        if iid is not None and s0 < seg_s and not opens_item(m, seg_s, clause_s, start) and qualified_outside_before(
                m, mention, s0, seg_s, ctx.mentions, own_words=names_own_subject(m, clause_s, mention.start)) \
                and link_in_span(m, clause_s, start, s0, index=ctx.mentions)[0] is None:
            return None  # the sentence named what the generic alias measures, outside the catalog
        if iid is not None and topic_outside_before(ctx, mention, iid, s0):
            return None  # (…累计接种新冠疫苗68万剂次，…首针接种率71.6%。重点行业从业人员接种率均超过95%: still the COVID vaccine's)
        if iid is None and mention is None:
            iid = verb_continuing(ctx, prev_rate, s0, clause_s, start)
            if iid is not None:
                return iid
        if iid is not None:
            end = mention.end if not m.startswith(_SHARE_WORDS, mention.end, start) else shares_end(m, mention.end, start)
            if not ctx.cue_index.has(st.RATE_NOUN, end, start):
                # no rate noun after the named indicator (or its share: 建立健康档案的比例): it is the head
                return named_earlier_in_report(ctx, mention, iid)
            if one_level_for_listed_rates(m, end, start):
                return iid  # (报告及时率、规范处置率均为100%: the level is the named indicator's too)
            return iid if names_the_head(ctx, clause_s, start, wide, near) else None
    if start == clause_s and start > ctx.lo and (m[start - 1] == "\n" or m[start - 1] in SPACES):
        iid = wrapped_name(ctx, start)
        if iid is not None:
            return iid
        iid = wrapped_part(ctx, start)
        if iid is not None:
            return iid
    elif start > clause_s > ctx.lo and m[clause_s - 1] == "\n":
        iid = name_across_wrap(ctx, clause_s, start)
        if iid is not None:
            return iid
        if not names_own_subject(m, clause_s, start):  # (the value's line opens with its link or change words only)
            iid = wrapped_part(ctx, clause_s)
            if iid is not None:
                return iid
    end = tok.end
    ce = clause_end(ctx, end)
    if ce > next_start:
        iid = named_after_list(ctx, end, ce, wide, near)
        if iid is not None:
            return iid  # (起付线以上部分分别按40%、35%、25%比例补偿: the name after the list is each value's)
        ce = next_start
    if ce > end:
        iid, mention = link_in_span(m, end, ce, wide, near_start=near, index=ctx.mentions)
        if iid is not None and not names_no_rate_after_own(ctx, clause_s, start, mention):
            return iid
    if ctx.cue_index.has(st.RATE_NOUN, clause_s, start) and not ratio_pointing_back(m, prev_rate, s0, clause_s, start):
        return None  # the clause names its own rate, outside the catalog
    implicit = tok.unit == "?rate"
    if prev_rate is not None and (prev_rate.tok.end >= seg_s or part_after_semicolon(m, prev_rate, s0, seg_s, clause_s, start)) \
            and (not implicit or group_gap(m, prev_rate.tok.end, start)) \
            and not counted_between(m, prev_rate, local_start, clause_s, tok):
        if prev_rate.indicator_id is not None and (not names_own_subject(m, counted_part_start(m, seg_s, clause_s), start)
                                                   or place_after_a_part(m, prev_rate, s0, clause_s, start)):
            listed = rates_sharing_a_level(ctx, s0, clause_s, start)
            if len(listed) <= 1:
                return prev_rate.indicator_id
            family = family_of(listed)
            if family is not None:
                return family  # (…卡介苗接种率99%，麻疹疫苗接种率98%，均超过省定95%的目标: the programme's requirement)
    lo = local_start if local_start > seg_s else seg_s
    if lo == local_start and _amount_band_at(m, local_start):
        lo = clause_start_at(m, seg_s, local_start - 1)  # 报销比例1万元以下为60%: the rate named before the band's amount
    if not implicit and start > lo:
        iid, mention = link_in_span(m, lo, start, lo, index=ctx.mentions)
        if iid is not None and names_the_head(ctx, lo, start) and not (mention.alias in _verb_aliases() and mention.start < clause_s):
            return iid  # (a paying verb names the ratio only in the value's own clause: …报销后，民政救助再按70%的比例救助)
    return None


_CELL_BARS = "|｜\t"


def cells_after_subject(ctx: Context, subject: tuple[int, int], start: int) -> tuple[int, int] | None:
    """The span of a table row's cells after its subject cell and before the value at ``start`` (the cells of one row
    written on one line, set apart by bars or tabs), when the subject cell names no rate of its own: a field or class the
    row is filed under (健康水平, 健康服务) leaves the indicator to the next cells.  None for a row of one cell a line."""
    m, (a, b) = ctx.match, subject
    if not a < b <= start or "\n" in m[b:start] or not any(ch in m[b:start] for ch in _CELL_BARS):
        return None
    if ctx.cue_index.has(st.RATE_NOUN, a, b):
        return None  # (the first cell names a rate outside the catalog: the row is its own)
    return b, start


def cell_around(m: str, lo: int, hi: int, end: int) -> tuple[int, int]:
    """The span of the table cell holding m[lo:hi] (on its line, before ``end``), without the spaces around its text."""
    a = max(m.rfind(ch, 0, lo) for ch in _CELL_BARS) + 1
    b = min((x for x in (m.find(ch, hi, end) for ch in _CELL_BARS) if x >= 0), default=end)
    while a < lo and m[a] in SPACES:
        a += 1
    while b > hi and m[b - 1] in SPACES:
        b -= 1
    return a, b


def topic_outside_before(ctx: Context, mention: Mention, iid: str, s0: int) -> bool:
    """Whether a generic alias that names only its plain owner here (接种率 with no vaccine of the catalog named in its
    sentence) continues the topic of the sentence right before it in its paragraph, which named what the alias measures
    outside the catalog with a qualifier holding for a whole sentence (…累计接种新冠疫苗68万剂次，…首针接种率71.6%。
    重点行业人群应接尽接，从业人员接种率均超过95%: the campaign's coverage again).  Only the sentence right before, ended by
    its stop (a line break opens another paragraph, another topic)."""
    m = ctx.match
    if iid not in plain_owners(mention.alias) or not names_outside(mention.alias) or s0 - 1 <= ctx.lo \
            or m[s0 - 1] not in _TOPIC_STOPS:
        return False
    k = bisect.bisect_left(ctx.sent_breaks, s0 - 1)
    prev_s = max(ctx.sent_breaks[k - 1] + 1 if k > 0 else ctx.lo, ctx.lo)
    return topic_outside_in(m, mention, prev_s, s0 - 1, ctx.mentions, own=s0)


_TOPIC_STOPS = ("。", "！", "!")


def named_earlier_in_report(ctx: Context, mention: Mention, iid: str) -> str:
    """The indicator a bare generic alias names when the report named it with a qualifier before (为居民建立电子健康档案，
    建档率88%; …下半年力争建档率达到92%: the records of the report are the electronic ones, its later 建档率 theirs):
    for the aliases of indicators.yaml report_wide_aliases, the indicator the latest earlier mention of the same alias in
    the report resolves to in its own sentence, where that is another catalog indicator; else ``iid`` (the plain owner
    of the alias, or what its own sentence qualified it as)."""
    if mention.alias not in _report_wide_aliases() or iid not in plain_owners(mention.alias):
        return iid
    m = ctx.match
    for earlier in reversed(ctx.mentions.within(ctx.lo, mention.start)):
        if earlier.alias != mention.alias:
            continue
        s = max(m.rfind(ch, ctx.lo, earlier.start) for ch in _SENTENCE_ENDS) + 1
        s = max(s, ctx.lo)
        other = resolve_mention(m, earlier, clause_start_at(m, s, earlier.start), s, index=ctx.mentions)
        return other if other is not None else iid
    return iid


_SENTENCE_ENDS = ("。", "\n", "；", ";", "！", "？")


@lru_cache(maxsize=1)
def _report_wide_aliases() -> frozenset[str]:
    """The generic aliases whose qualifier, written once in a report, holds for their later bare mentions (indicators.yaml
    report_wide_aliases), matching text."""
    from healthdata.textnorm import matching_text

    return frozenset(matching_text(w) for w in load_yaml("indicators.yaml").get("report_wide_aliases", ()))


def names_no_rate_after_own(ctx: Context, clause_s: int, start: int, mention: Mention) -> bool:
    """Whether the name found after a value (``mention``) is only a qualifier (a disease or vaccine, no rate noun of its
    own) while the value's clause named a rate of its own before it (AFP病例报告发病率达2.15/10万（非脊灰AFP）: the note after
    the value says which cases count; its 脊灰 names no polio vaccination rate, the value is the incidence before it)."""
    return start > clause_s and ctx.cue_index.has(st.RATE_NOUN, clause_s, start) \
        and not ctx.cue_index.has(st.RATE_NOUN, mention.start, mention.end)


def named_after_list(ctx: Context, end: int, ce: int, wide: int, near: int | None) -> str | None:
    """The indicator named right after a list of bare values that the value ending at ``end`` opens or stands in (按40%、
    35%、25%比例补偿; 分别为45%和30%的报销比例 is written the other way round, its name after the list too): the name written
    once after the last value of the list is each value's; else None.  Only a list of values joined by 、/和/及/与 counts,
    and the name must follow its last value at once (a clause of its own after the list names its own value)."""
    m = ctx.match
    tail = _LIST_TAIL.match(m, end, ce)
    if tail is None:
        return None
    after = tail.end()
    iid, mention = link_in_span(m, after, ce, wide, near_start=near, index=ctx.mentions)
    if iid is None or m[after:mention.start].strip(_LIST_NAME_GAP) or ctx.cue_index.has(st.RATE_NOUN, mention.end, ce):
        return None
    return iid


_LIST_TAIL = re.compile(r"(?:[、和及与]\s*[0-9][0-9.]*\s*(?:%|％|‰)?)+")  # the values after the first, joined to it
_LIST_NAME_GAP = " \u3000的"  # (what may stand between a list's last value and the name after it)


def start_across_cuts(ctx: Context, clause_s: int) -> int:
    """Where the clause opening a line at ``clause_s`` starts when a hard wrap cut it from the line before (that line
    ends in a character of a word), passing over up to two lines of page furniture in the cut; else ``clause_s``."""
    m, b = ctx.match, clause_s - 1
    for _ in range(_MAX_FURNITURE_LINES + 1):
        if b <= ctx.lo or m[b] != "\n":
            return clause_s
        line_a = max(m.rfind("\n", ctx.lo, b) + 1, ctx.lo)
        e = line_a + len(m[line_a:b].rstrip(SPACES))
        a = e - len(m[line_a:e].lstrip(SPACES))
        furniture = _furniture_line(m, a, e)  # (a running head may be indented: measured without its spaces)
        if e > a and _HAN(m, e - 1) and not furniture:
            return clause_start_at(m, line_a, e)
        if not furniture:
            return clause_s
        b = line_a - 1
    return clause_s


def linked_across_cuts(m: str, lo: int, hi: int) -> str | None:
    """The indicator the clause m[lo:hi] names once the hard wraps inside it are joined, where a qualifier runs across
    one (a PDF's or a site's wrap at a printed width, maybe with a page's footer and header pasted in the cut: 其中乙 /
    肝疫苗首针及时接种率90.3%; 乙 / 某县卫生局文件·第1页 / 肝疫苗…): else None, the clause read as it stands.  A wrap is joined
    only between two characters of words; the lines between that may be page furniture (:func:`_furniture_line`) are
    left out; the rate's name must be the head of what is joined (no rate noun after it)."""
    lines = m[lo:hi].split("\n")
    text, cuts = lines[0].rstrip(SPACES), []
    for k, line in enumerate(lines[1:], 1):
        piece = line.strip(SPACES)
        if k < len(lines) - 1 and _furniture_line(piece, 0, len(piece)):
            continue  # (a footer or a running head between the halves)
        if text and piece and _HAN(text, len(text) - 1) and _HAN(piece, 0):
            cuts.append(len(text))
        else:
            text += "\n"
        text += piece
    if not qualifier_across(text, cuts):
        return None
    iid, mention = link_in_span(text, 0, len(text))
    if iid is None or any(w in text[mention.end:] for w in _RATE_NOUNS):
        return None
    return iid


def start_before_wraps(ctx: Context, s0: int) -> int:
    """The start of the sentence a hard wrap cut in front of ``s0``: while the line before ``s0`` is a line of running
    text ending in a character of a word (a PDF's or yearbook's wrap at the page's edge: 全省高血压患者规范管理人数达 /
    到392.6万人，规范管理率58.2%), the sentence goes on from the line before, so a generic alias takes its qualifier
    from there as from its own sentence.  A short line (a heading, a table's cell, a list's item) or a table's row is no cut
    sentence."""
    m, lo, start = ctx.match, ctx.lo, s0
    for _ in range(_MAX_WRAPPED_LINES):
        if start - 2 < lo or m[start - 1] != "\n" or not _WORD_END(m, start - 2):
            break
        line_a = max(m.rfind("\n", lo, start - 1) + 1, lo)
        if (start - 1 - line_a < _WRAPPED_LINE_MIN_CHARS and not _number_cut(m, start - 2, start)) \
                or _TABLE_CELL_BAR.search(m, line_a, start - 1):
            break  # (a table's row ends on its last cell, no sentence cut: 孕产妇系统管理率 | % | 93.5 | 94.1)
        k = bisect.bisect_left(ctx.sent_breaks, start - 1)  # the sentence break before the line's end
        start = max(ctx.sent_breaks[k - 1] + 1 if k > 0 else lo, lo)
    return start


def _number_cut(m: str, last: int, first: int) -> bool:
    """Whether the wrap between m[last] (a line's last character) and m[first] (the next line's first) cuts a number: a
    digit on both sides (报告甲乙类传染病1 / 412例，发病率…: a short line is a cut
    sentence then, not a heading)."""
    return m[last].isdigit() and first < len(m) and m[first].isdigit()


_MAX_WRAPPED_LINES = 3
_WRAPPED_LINE_MIN_CHARS = 12  # (a PDF's line of prose holds some twenty characters; a heading or a cell is shorter)
_WORD_END = re.compile(r"[\u4e00-\u9fff0-9]").match
_TABLE_CELL_BAR = re.compile(r"[|｜\t]")


def weighs_a_measure_of_its_own(ctx: Context, clause_s: int, start: int) -> bool:
    """Whether the value's clause names a measure of its own (权重, 分值: indicators.yaml own_measure_nouns) with no rate's
    name after it (…基层就诊率纳入考核，权重不低于10%; 签约率考核权重为20%): the value is the measure's.  (``clause_s``: the
    clause's start, or the end of the value before in it: a line of many values is searched once, not once per value.)"""
    x = None
    for x in _own_measure_rx().finditer(ctx.match, clause_s, start):
        pass
    return x is not None and not ctx.mentions.within(x.end(), start)


@lru_cache(maxsize=1)
def _own_measure_rx() -> re.Pattern:
    """The nouns naming a measure of their own (indicators.yaml own_measure_nouns)."""
    return re.compile("|".join(map(re.escape, load_yaml("indicators.yaml")["own_measure_nouns"])))


def verb_continuing(ctx: Context, prev_rate: Described | None, s0: int, clause_s: int, start: int) -> str | None:
    """The indicator of the rate before in the sentence when the value's clause names it again only by its paying verb
    (…县级医院起付线300元，报销比例为65%；县外定点医院起付线600元，报销45%: the place and its threshold are named in the
    clause before, the inpatient stay at the sentence's start), else None.  The verb must resolve, with the qualifiers of
    the whole sentence, to that same indicator: a verb of another scheme (门诊…报销) does not."""
    if prev_rate is None or prev_rate.indicator_id is None or prev_rate.tok.end < s0:
        return None
    m = ctx.match
    mentions = ctx.mentions.within(clause_s, start)
    if len(mentions) != 1 or mentions[0].alias not in _verb_aliases() or names_own_subject(m, clause_s, mentions[0].start):
        return None
    iid = resolve_mention(m, mentions[0], clause_s, s0, index=ctx.mentions)
    return iid if iid == prev_rate.indicator_id else None


def rates_sharing_a_level(ctx: Context, s0: int, clause_s: int, start: int) -> frozenset[str]:
    """The indicators listed before a subjectless clause in its sentence when the clause states one level for every one
    of them (…卡介苗接种率99%，麻疹疫苗接种率98%，均超过省定95%的目标: 均 = each of them; 都高于省里要求的60%), else an
    empty set.  With more than one the level is none of theirs alone, so it does not continue the last of them; it is
    their family's when they are of one (:func:`family_of`).  (均 closing 人均, 平均, 次均 is no such word.)"""
    m = ctx.match
    p = _EACH_OF_THEM.search(m, clause_s, start)
    if p is None:
        return frozenset()
    ids = set()
    for mt in ctx.mentions.within(s0, clause_s):
        iid = resolve_mention(m, mt, clause_start_at(m, s0, mt.start), s0, index=ctx.mentions)
        if iid is not None:
            ids.add(iid)
    return frozenset(ids)


def rates_named_in_turn(m: str, s0: int, lo: int, start: int, n: int) -> list[str] | None:
    """The indicators of a list of ``n`` levels (its words before the first level at m[lo:start]) that gives one level to
    each rate named before it in its sentence, in turn (婴儿死亡率由9.8‰下降到6.3‰，5岁以下儿童死亡率由12.1‰下降到8.5‰，均控制
    在州下达的9‰和12‰以下: the k-th level is the k-th rate's, as 分别 assigns them), else None.  The list must say so (均, 都,
    分别) and name no rate of its own; the rates are those named since the sentence's last semicolon, each counted once
    however many values follow its name (its from→to pair), and must all be the catalog's and as many as the levels."""
    if not (_EACH_OF_THEM.search(m, lo, start) or "分别" in m[lo:start]) or link_in_span(m, lo, start)[0] is not None:
        return None
    a = max([s0] + [m.rfind(ch, s0, lo) + 1 for ch in _SEMICOLONS])
    named: list[str] = []
    for v in _RATE_VALUE.finditer(m, a, lo):
        iid, mention = link_in_span(m, a, v.start(), a) if v.start() > a else (None, None)
        if iid is not None:
            if not names_the_rate(m, mention.end, v.start()):
                return None
            named.append(iid)
        elif not names_the_rate(m, a, v.start()):
            return None  # (a rate outside the catalog is one of them: the levels cannot be given in turn)
        a = v.end()
    return named if len(named) == n else None


def names_the_rate(m: str, end: int, start: int) -> bool:
    """Whether no rate noun stands between a named indicator's end and its value (its own name, not a rate outside the catalog
    that a qualifier before it names)."""
    return not any(w in m[end:start] for w in _RATE_NOUNS)


def family_of(ids: frozenset[str]) -> str | None:
    """The indicator of the family all of ``ids`` belong to (indicators.yaml shared_level_families: the programme's
    vaccines -> immunization_coverage_rate), else None."""
    for family, members in _shared_level_families():
        if ids <= members:
            return family
    return None


@lru_cache(maxsize=1)
def _shared_level_families() -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((k, frozenset(v)) for k, v in load_yaml("indicators.yaml").get("shared_level_families", {}).items())


def one_level_for_listed_rates(m: str, end: int, start: int) -> bool:
    """Whether m[end:start], after a named indicator, lists more rates joined to it and states one level for all of them
    (报告及时率、规范处置率均为100%; 住院分娩率和产前检查率都在95%以上; written without 均 too, the list right before its one
    level: 卫生许可证发证率、从业人员持证率保持在95%以上): the level holds for each listed rate, so it is the named indicator's
    too, though a rate outside the catalog is written after it.  (分别 assigns a level to each in turn, and a value between the
    list and this one is the first of such levels: no such list.)  The named indicator must itself be a rate for its list to
    be one of rates: a disease or vaccine named first (麻疹、白喉发病率均为0) is the first of the things the rate after the list
    measures, not a rate of its own.)"""
    if not m.endswith(_RATE_NOUNS, 0, end):
        return False
    x = _LISTED_RATES.match(m, end, start)
    if x is None:
        return False
    if m.startswith(_EACH_WORDS, x.end(), start):
        return True
    return _NOT_ONE_LEVEL.search(m, x.end(), start) is None


_LISTED_RATES = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{1,12}?率)+")
_EACH_WORDS = ("均", "都", "皆", "全部")
_NOT_ONE_LEVEL = re.compile(r"分别|分別|[0-9０-９，,；;。]")  # (each in turn, a value before, or a clause of its own)


@lru_cache(maxsize=1)
def _verb_aliases() -> frozenset[str]:
    """The aliases that are verbs (报销, 补偿: indicators.yaml verb_aliases), matching text."""
    from healthdata.textnorm import matching_text

    return frozenset(matching_text(w) for w in load_yaml("indicators.yaml")["verb_aliases"])


@lru_cache(maxsize=64)
def heading_before(m: str, sent: tuple[int, int], lo: int) -> int:
    """The start of the numbered heading written right before the sentence spanning ``sent`` (八、严重精神障碍患者管理。在册患者137人，
    规范管理率93%: the heading names the topic of the first sentence under it, so a generic alias there takes its qualifier
    from it as from its own sentence), else the sentence's start.  A heading is short, opens with an enumerator (一、, （三）, 2．) and ends
    in 。, ： or a line break, with no value and no clause break inside it.  (Remembered for the last sentences asked
    about: every value of a sentence asks, and a sentence may be a whole one-line report.)"""
    s0, s1 = sent
    end, wrapped = s0, False
    while end > lo and m[end - 1] in _HEADING_SPACES:
        wrapped = wrapped or m[end - 1] == "\n"
        end -= 1
    if end > lo and m[end - 1] in _HEADING_ENDS:
        end -= 1  # (the heading's own stop)
    elif not wrapped:
        return s0
    a = end
    while a > lo and m[a - 1] not in _HEADING_BOUNDS and end - a <= _HEADING_MAX_CHARS:
        a -= 1
    if not 0 < end - a <= _HEADING_MAX_CHARS or _ENUMERATOR_AT(m, a, end) is None or _NOT_IN_HEADING.search(m, a, end):
        return s0
    if _cases_rx().search(m, s0, s1):
        return s0  # the sentence counts the cases of a disease it names (报告手足口病病例167例，发病率…): the rate is that disease's
    return a


@lru_cache(maxsize=1)
def _cases_rx() -> re.Pattern:
    """The words counting the cases of a named disease (indicators.yaml heading_blocking_words)."""
    return re.compile("|".join(map(re.escape, load_yaml("indicators.yaml")["heading_blocking_words"])))


_HEADING_SPACES = " \t\u3000\n"
_HEADING_ENDS = "。：:"
_HEADING_BOUNDS = "。！？；\n"
_HEADING_MAX_CHARS = 24  # (a section heading names a topic in a few words; a longer line is a sentence)
_NOT_IN_HEADING = re.compile(r"[，,%％‰]")


def counted_part_start(m: str, seg_s: int, clause_s: int) -> int:
    """Where the clause of a value starts when a count of the places of a part opens it (其中28个边境县（市）达到95%: the
    count split the clause before the places; the part is read from 其中 on), else ``clause_s``."""
    x = _COUNTED_PART.search(m, max(seg_s, clause_s - 8), clause_s)
    return x.start() if x is not None else clause_s


_COUNTED_PART = re.compile(r"其中(?:[0-9]+|[一二三四五六七八九十两几]+)个$")


def place_after_a_part(m: str, prev_rate: Described, s0: int, clause_s: int, start: int) -> bool:
    """Whether the value's clause names only a place (涉县79.5%) after a rate given for a part that 其中 opened in its
    sentence (参合率81.4%，其中成安县参合率88.2%，涉县79.5%，馆陶县76.1%: the parts listed place by place, the rate named
    once at the first): the place is the next part of the same rate."""
    if _PLACE_ONLY.fullmatch(m, clause_s, start) is None:
        return False
    p = m.rfind("其中", s0, prev_rate.tok.start)  # (the part's opening, the places after it each a clause of their own)
    return p >= 0 and clause_start_at(m, s0, p + 1) == p and not _PLACE_BREAKS.search(m, p, clause_s - 1)


# (a county, city, district, banner, township or town named by a few characters, with the link word to its value)
_PLACE_BREAKS = re.compile("[；;\n]")  # (a break no list of parts runs across)
_PLACE_ONLY = re.compile(r"[\u4e00-\u9fff]{1,5}(?:县|市|区|旗|乡|镇)(?:为|是|达|达到)?\s*")


def opens_item(m: str, seg_s: int, clause_s: int, start: int) -> bool:
    """Whether the value's segment opens an item of an enumeration (一是…；二是…, （二）, 2．): the items before it are
    topics of their own, so what they named (一是做好流感防控；二是报告接种率达到95%) does not qualify this one."""
    return seg_s <= clause_s and _ENUMERATOR_AT(m, seg_s, start) is not None


_ENUMERATOR_AT = st.statement_cues().enumerator_at_rx.match
_EACH_OF_THEM = re.compile(r"(?<![人平次])均|都")  # (均 = each of them; 都 as 都高于, 都达到)


def part_after_semicolon(m: str, prev_rate: Described, s0: int, seg_s: int, clause_s: int, start: int) -> bool:
    """Whether a clause after a semicolon in the rate's sentence names only a grade or place of care it is given a
    part for (报销比例一级医院为90%；二级医院为75%；三级医院为60%: a schedule written as parts, one per segment;
    indicators.yaml part_of_whole_pattern): it continues the rate of the segment before, as 其中农村98% does."""
    if prev_rate.tok.end < s0 or m[seg_s - 1 : seg_s] not in _SEMICOLONS:
        return False
    if clause_s == seg_s and _part_rx().match(m, clause_s, start) is not None:
        return True
    # (… or a place ranked among the parts, its value in the segment's next clause: 其中甲县签约率最高，达到52%；乙区最低，仅为21%:
    # the same rate at the lowest place; a part after 其中 opening the segment is no such place: 建档率88%；其中农村86%)
    if clause_s > seg_s and _part_rx().match(m, seg_s, clause_s) is not None and not names_own_subject(m, seg_s, start):
        return True  # (… or a part opening the segment, its value in the next clause: 未备案的，再降低10个百分点)
    return clause_s > seg_s and not m.startswith("其中", seg_s) and _part_place_rx().match(m, seg_s, start) is not None \
        and not names_own_subject(m, seg_s, start)


_SEMICOLONS = ("；", ";")


def _amount_band_at(m: str, pos: int) -> bool:
    """Whether an amount ending at ``pos`` bounds a band of cost a rate is scheduled by (报销比例1万元以下为60%,
    5万元以上部分为80%: indicators.yaml amount_band_words)."""
    return m[pos - 1 : pos] == "元" and m.startswith(_BAND_WORDS, pos)


_BAND_WORDS = tuple(load_yaml("indicators.yaml")["amount_band_words"])


def counted_between(m: str, prev_rate: Described, local_start: int, clause_s: int, tok: NumberToken) -> bool:
    """Whether a count or an amount stands between the rate before and a subjectless growth on an earlier level
    (社区门急诊量43万人次，比上年增长12%: the growth is the count's, not the rate's before it).  ``local_start``: the
    end of the value right before; a change in points (提高2个百分点) can only be a rate's; a level set after an amount
    (报销比例1万元以上提高到35%) is no growth on an earlier level."""
    if local_start <= prev_rate.tok.end or tok.unit == "percentage_points":
        return False
    if _comparison_base_rx().search(m, clause_s, tok.start) is not None or _same_period_rx().search(m, clause_s, tok.start) is not None:
        return True
    # (or the count is itself a change on an earlier level, its percentage written in the next clause: 报告及时率100%，
    # 事件较上年减少9起，下降22.5%)
    count_clause = clause_start_at(m, prev_rate.tok.end, local_start)
    return _comparison_base_rx().search(m, count_clause, local_start) is not None \
        or _same_period_rx().search(m, count_clause, local_start) is not None


@lru_cache(maxsize=1)
def _same_period_rx() -> re.Pattern:
    """A growth on the same period before, its base unwritten (同比增长12%: indicators.yaml same_period_words)."""
    return re.compile("|".join(map(re.escape, load_yaml("indicators.yaml")["same_period_words"])))


def line_before(ctx: Context, start: int) -> tuple[int, int] | None:
    """The start and the end (its trailing spaces left out) of the line before a value that opens its line, with
    nothing but spaces between the line's break and the value; None when the value does not open its line."""
    m, i = ctx.match, start
    while i > ctx.lo and m[i - 1] in SPACES:
        i -= 1
    if i <= ctx.lo or m[i - 1] != "\n":
        return None
    b = i - 1
    while b > ctx.lo and m[b - 1] in SPACES:
        b -= 1
    return max(m.rfind("\n", ctx.lo, b) + 1, ctx.lo), b


def wrapped_name(ctx: Context, start: int) -> str | None:
    """The indicator named at the very end of the line before a value that opens its line (a PDF's or a site's hard
    wrap between a name and its value: 全州高血压患者规范管理率 / 63.5%; a writer never ends a line on an indicator's
    name and opens the next on its number otherwise), else None.  The name must end the line: a line that ends in
    anything else (punctuation, a unit, a heading's words after the name) is no wrap of this value."""
    m, line = ctx.match, line_before(ctx, start)
    if line is None:
        return None
    a, b = clause_start_at(m, *line), line[1]
    iid, mention = link_in_span(m, a, b, a, index=ctx.mentions)
    if iid is None or mention.end != b:
        return None
    return iid if names_the_head(ctx, a, b) else None


def wrapped_part(ctx: Context, start: int) -> str | None:
    """The indicator of the rate before, for a value that opens its line after a part of it cut off by a hard wrap (a
    PDF's wrap at a printed width: 全县住院分娩率97.2%，其中农村 / 96.8%; 婴儿死亡率19.9‰，较上年 / 下降3.6个千分点): the line
    before ends in the words of a part (其中 and a group or place) or of a comparison's base, no subject of its own, after a
    rate named in the same sentence; else None."""
    m, line = ctx.match, line_before(ctx, start)
    if line is None:
        return None
    line_a, b = line
    if b - 1 > line_a and m[b - 1] in _CLAUSE_COMMAS:
        return rate_before_comma(ctx, line_a, b - 1)
    a = clause_start_at(m, line_a, b)
    if not (line_a < a < b and _HAN(m, b - 1) and m.startswith(_PART_OPENERS, a)) or names_own_subject(m, a, b):
        return None
    s = max((m.rfind(ch, line_a, a) + 1 for ch in _SENTENCE_STOPS), default=line_a)
    s = max(s, line_a)
    iid, mention = link_in_span(m, s, a, s, index=ctx.mentions)
    if iid is None or not _RATE_VALUE.search(m, mention.end, a) or not names_the_head(ctx, s, a):
        return None  # (the rate's own value stands between its name and the part)
    return iid


def rate_before_comma(ctx: Context, line_a: int, comma: int) -> str | None:
    """The indicator of the rate whose value ends the line before at its comma (发病率197.6/10万， / 比上年下降8.3%: a PDF's
    wrap after a comma, which never ends a paragraph, so the change on the next line is that rate's as on one line), else
    None.  The rate must be named in the comma's clause, before its value, as the head of the clause's words."""
    m = ctx.match
    a = clause_start_at(m, line_a, comma)
    v = None
    for v in _RATE_VALUE_AT_END.finditer(m, a, comma):
        pass
    if v is None or v.end() != comma:
        return None
    s = max((m.rfind(ch, line_a, a) + 1 for ch in _SENTENCE_STOPS), default=line_a)
    s = max(s, line_a)
    iid, _ = link_in_span(m, a, v.start(), s, index=ctx.mentions)
    return iid if iid is not None and names_the_head(ctx, a, v.start(), s) else None


_CLAUSE_COMMAS = "，,"
_RATE_VALUE_AT_END = re.compile(r"[0-9][0-9.]*\s*(?:%|‰|/10?万)(?:以上|以下|左右)?")
_PART_OPENERS = ("其中", "较", "比", "同比", "环比")  # (a part, or the base a change is compared with: 较上年 / 下降3.6个千分点)
_SENTENCE_STOPS = "。！？!?"
_RATE_VALUE = re.compile(r"[0-9][0-9.]*\s*(?:%|‰|/10?万)")


def name_across_wrap(ctx: Context, line_start: int, start: int) -> str | None:
    """The indicator whose name a hard wrap cuts in two, its head opening the value's line (a PDF's or a site's wrap at
    a printed width: 5岁以下儿童 / 死亡率5.6‰, 全年监督 / 检查覆盖率达到100%), else None.  The line before must end in a
    character of a word (no punctuation: a sentence or heading ends so), and the alias must run across the break.  A page
    break may stand in the cut, its furniture on a line or two of its own (婴 / —— 某市卫生局2018年工作总结 第 2 页 —— /
    儿死亡率5.07‰: a PDF's footer and header pasted between the halves): such short lines without a sentence's punctuation
    are passed over to the line the name starts on."""
    m, b = ctx.match, line_start - 1
    for _ in range(_MAX_FURNITURE_LINES + 1):
        if b <= ctx.lo:
            return None
        line_a = max(m.rfind("\n", ctx.lo, b) + 1, ctx.lo)
        if _HAN(m, b - 1):
            a = clause_start_at(m, line_a, b)
            head = m[a:b]
            joined = head + m[line_start:start]
            iid, mention = link_in_span(joined, 0, len(joined))
            if iid is not None and (mention.start < len(head) < mention.end
                                    or mention.end == len(head) and not names_own_subject(m, line_start, start)
                                    or mention.end < len(head) and not names_own_subject(joined, mention.end, len(joined))):
                # (or the whole name ends the line before and the value's line opens with its link words only: 以乡为单位
                # 接种率 / 达到90%的乡镇占97%; or the name and the first of its link words end the line before, the rest of
                # them open the value's line: 常住人口签约率提高 / 到35%以上 — the wrap falls inside the words that link
                # the name to its value)
                return iid if not any(w in joined[mention.end:] for w in _RATE_NOUNS) else None
        if not _furniture_line(m, line_a, b):
            return None
        b = line_a - 1
    return None


def _furniture_line(m: str, a: int, b: int) -> bool:
    """Whether m[a:b] may be a line of page furniture (a page number, a running header or footer: — 2 —, 某县卫生局文件
    某卫发〔2015〕4号, 第 3 页 共 5 页): short, and without the punctuation a sentence is written with."""
    return 0 < b - a <= _FURNITURE_MAX_CHARS and _SENTENCE_PUNCTUATION.search(m, a, b) is None


_MAX_FURNITURE_LINES = 2  # (a footer and the next page's header)
_FURNITURE_MAX_CHARS = 40
_SENTENCE_PUNCTUATION = re.compile(r"[。，；：,;:！？!?%]")


_HAN = re.compile(r"[\u4e00-\u9fff]").match
_RATE_NOUNS = tuple(quantity_vocab()["rate_nouns"])


def shares_end(m: str, end: int, hi: int) -> int:
    """The end of the share word written right after an alias that ends at ``end`` (建立健康档案的比例, 住院分娩的比例:
    the share of people or cases the activity names is its rate; quantities.yaml share_after_alias), else ``end``.  A
    rate's own name (…率) takes none: 发病率的比例 names another share."""
    if not m.startswith(_SHARE_WORDS, end, hi) or m[end - 1] == "率":
        return end  # (most aliases: no share word after them)
    return end + next(len(w) for w in _SHARE_WORDS if m.startswith(w, end, hi))


_SHARE_WORDS = tuple(sorted(quantity_vocab()["share_after_alias"], key=len, reverse=True))  # (quantities.yaml, longest first)


@lru_cache(maxsize=1)
def _subjectless_rx() -> re.Pattern:
    """The words a clause can hold without naming a subject of its own: comparisons, parts, places of
    the whole, link words, change words, populations and target words (statements.yaml), longest first, and the
    deadline a level is set for (indicators.yaml deadline_pattern)."""
    v = load_yaml("statements.yaml")
    c = v["statement_cues"]
    # (and the words that make a level a target, 力争/确保/争取 …: 参合率98%，力争达到99% names no subject of its own)
    # (and the verbs of a level's movement, 下滑至63%: indicators.yaml level_movement_words)
    iv = load_yaml("indicators.yaml")
    # (and the words naming a value's role, 目标值/实际值: indicators.yaml value_role_words)
    # (and the time a level is stated at, 全年为58%, 6月底达到71%: indicators.yaml level_period_pattern)
    words = v["subjectless_words"] + v["value_links"] + c["change"]["down"] + c["change"]["up"] + v["populations"] + c["target"] \
        + iv["level_movement_words"] + iv["value_role_words"]
    deadline, period = iv["deadline_pattern"], iv["level_period_pattern"]
    return re.compile(f"(?:{deadline})|" + "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
                      + f"|(?:{period})" + r"|[^\u4e00-\u9fff]")


def names_own_subject(m: str, lo: int, hi: int) -> bool:
    """Whether the clause m[lo:hi] before a value names what the value measures (门诊人次增长12%: 门诊人次),
    not only how it compares or whose part it is (比上年提高2个百分点, 其中农村90%, 其中南疆四地州达到81%, 同比下降): then
    it does not continue the rate before it."""
    # (the parts and a place after 其中 are taken out in either order, the one leaving fewer words: a part's word may end
    # a listed place, 其中玉树、果洛等藏区为81%, and a place word may end a part, 其中城镇居民达到74%)
    # (a ratio named by its generic word only points back to the one before: 比例再降, indicators.yaml ratio_back_pattern)
    text = _ratio_back_rx().sub("", _assigned_target_rx().sub("", m[lo:hi]))
    words = min(_part_place_rx().sub("", _part_rx().sub("", text)), _part_rx().sub("", _part_place_rx().sub("", text)), key=len)
    return len(_subjectless_rx().sub("", _comparison_base_rx().sub("", words))) >= 2


@lru_cache(maxsize=1)
def _part_place_rx() -> re.Pattern:
    """A part named by a place after 其中 (其中南疆四地州达到81%: indicators.yaml part_place_pattern)."""
    return re.compile(load_yaml("indicators.yaml")["part_place_pattern"])


@lru_cache(maxsize=1)
def _assigned_target_rx() -> re.Pattern:
    """The target a level was held against, set by an office above (超过省里下达的, 我委要求各县区: indicators.yaml
    assigned_target_pattern and assigned_target_pattern_parts)."""
    v = load_yaml("indicators.yaml")
    return re.compile("|".join([v["assigned_target_pattern"], *v.get("assigned_target_pattern_parts", ())]))


def ratio_pointing_back(m: str, prev_rate: Described | None, s0: int, clause_s: int, start: int) -> bool:
    """Whether the value's clause names its ratio by the generic word only (比例, 按同级别比例), pointing back to a linked rate
    given before it in its sentence, and nothing else of its own (…转诊至市外三级55%；未按规定办理转诊的，比例再降10个百分点:
    the same ratio, cut for a part; indicators.yaml ratio_back_pattern)."""
    if prev_rate is None or prev_rate.indicator_id is None or prev_rate.tok.end < s0:
        return False
    x = _ratio_back_rx().search(m, clause_s, start)
    return x is not None and not names_own_subject(m, clause_s, start)


@lru_cache(maxsize=1)
def _ratio_back_rx() -> re.Pattern:
    """A ratio named by its generic word only (indicators.yaml ratio_back_pattern)."""
    return re.compile(load_yaml("indicators.yaml")["ratio_back_pattern"])


@lru_cache(maxsize=1)
def _part_rx() -> re.Pattern:
    """The grade or place of care a rate is given a part for (二级为80%, 县外定点医院60%: indicators.yaml part_of_whole_pattern)."""
    return re.compile(load_yaml("indicators.yaml")["part_of_whole_pattern"])


@lru_cache(maxsize=1)
def _comparison_base_rx() -> re.Pattern:
    """The base a change is compared with (比项目实施前, 较2019年), up to its change word (statements.yaml)."""
    return re.compile(load_yaml("statements.yaml")["comparison_base_pattern"])


def implicit_rate_unit(iid: str | None, statement: str, comparator: str | None, zero_noun_unit: str | None = None) -> str | None:
    """Unit of a unit-less rate: its indicator's, else percent for a target or bound, else for a zero
    the unit its rate noun is usually given in (``zero_noun_unit``); None (no value) otherwise."""
    unit = indicator_unit(iid) if iid else None
    if unit is None and (statement == "target" or comparator in (">=", "<=")):
        return "percent"
    return unit or zero_noun_unit


def zero_rate_unit(match: str, tok: NumberToken, clause_s: int, link_end: int) -> str | None:
    """For a bare zero after a rate noun (发病率为0), the unit such a rate is given in (quantities.yaml)."""
    if tok.num_text.strip("0."):
        return None
    link_end = without_decrease_verb(match, clause_s, link_end)  # 发病率降为0: the rate noun before the verb
    if not match.endswith(tuple(quantity_vocab()["rate_nouns"]), clause_s, link_end):
        return None
    for noun, unit in quantity_vocab()["zero_rate_units"].items():
        if match.endswith(noun, clause_s, link_end):
            return unit
    return None


def without_decrease_verb(m: str, lo: int, end: int) -> int:
    """End of m[lo:end] without a verb of decrease at its end (发病率降为0: quantities.yaml zero_after_verbs)."""
    for verb in quantity_vocab()["zero_after_verbs"]:
        if m.endswith(verb, lo, end):
            return end - len(verb)
    return end
