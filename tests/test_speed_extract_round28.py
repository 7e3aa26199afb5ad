"""Round 28, problems extraction throughput: the page's scan of where a wording may start, used to the full.

- :func:`healthdata.extract.problems.vocabulary.found_in`: whether a piece of the page (a clause, a ;-piece) words a
  shortcoming is asked of the cue's gate only at the places of the piece where the page's scan found a wording may
  start, not by searching the whole piece (where most characters open some wording the scan already ruled out);
  only for a family whose scan finds where matches start (no wording opening on characters not known);
- :func:`~healthdata.extract.problems.judgement.admits_shortcoming_in` and
  :func:`~healthdata.extract.problems.judgement.is_lead_in_at`: the same questions as ``admits_shortcoming`` and
  ``is_lead_in`` of the piece cut out, gated by the page's scan;
- :func:`~healthdata.extract.problems.judgement.is_stop`: a sentence opening on a character no stop wording opens with
  is no stop, without trying the wordings;
- :func:`~healthdata.extract.problems.view.view_skips`: without page-break lines, nothing is filtered against them;
- :func:`~healthdata.extract.problems.vocabulary.opening_spelled_out`: a wording opening on an optional or repeated
  character (``,?(是|就是)最大的难题``, ``[一二三]{1,2}是``) is spelled out for the page's scan, so that the character
  is followed by known ones and the scan's pairs of characters rule out most places (not every comma and every 是);
  the places found are the same.

Pages and sentences are written for these tests; every fast form is checked against the plain form it stands for, and
the expected answers of a few pieces are worked out by hand.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from healthdata.extract.problems.judgement import (
    admits_shortcoming, admits_shortcoming_in, is_lead_in, is_lead_in_at, is_stop, stop_openings, words_shortcoming,
)
from healthdata.extract.problems.spans import pieces
from healthdata.extract.problems.view import page_break_skips, view_skips
from healthdata.extract.problems.vocabulary import (
    compiled_cues, cue_starts, found_in, may_start_at, may_start_in, opening_spelled_out, scan_finds_starts,
    spelled_out, with_known_start, without_assertions,
)
from healthdata.fastsearch import PAIR_SCAN_MIN_CHARS, top_alternatives

# pages written for these tests: a summary with its problems, a speech, a news item, a plan (long enough for the page
# scan's tables: PAIR_SCAN_MIN_CHARS)
PAGES = [
    "二〇二三年卫生健康工作总结\n"
    "一、主要成绩\n全年完成门诊诊疗量12.6万人次,同比增长3.2%。家庭医生签约服务覆盖率达到61%,重点人群签约率78%。"
    "乡镇卫生院标准化建设全部完成,村卫生室实现全覆盖。\n"
    "二、存在的问题\n一是基层人才短缺,全县乡村医生平均年龄56岁,后继乏人;二是部分卫生院设备老化,服务能力不强。"
    "三是信息系统互不联通,数据共享程度低。四是公共卫生经费拨付不及时,项目推进缓慢。\n"
    "工作中也还存在一些问题和不足:医疗资源总量不足、分布不均衡,群众看病仍然不够方便。\n"
    "三、下一步工作打算\n下一步,我们将继续加强基层人才队伍建设,针对上述问题逐项整改。\n",
    "在全市卫生工作会议上的讲话\n同志们:过去一年,全市卫生系统攻坚克难,各项工作取得新进展。"
    "但也要清醒地看到,我们的工作与群众的期盼相比还有不小差距,主要表现在:"
    "优质医疗资源仍然匮乏,县级医院综合能力有待提升;基层医疗机构人员流失严重,留不住人的问题较为突出。"
    "村医说,“刚来就想走”,人才留不住。“人才,仍是最大的难题。”院长说。这些问题,必须引起我们的高度重视。"
    "今年,全市要以改革为动力,着力解决群众看病难、看病贵问题,切实加强卫生人才队伍建设,力争门诊量增长5%。\n",
    "某县开展家庭医生签约服务\n本报讯 记者日前从县卫健局获悉,今年以来,该县组建家庭医生团队42个,签约居民3.6万人。"
    "负责人介绍,签约服务工作仍面临一些困难:医生数量少、工作负担重,部分群众对签约服务认识不足。"
    "针对这些困难,该县将进一步完善激励机制,缓解人员紧张状况。已于6月底前解决了3个村卫生室的用房问题。\n",
    "2024年卫生健康工作计划\n一、工作目标\n孕产妇系统管理率达到90%以上,儿童健康管理率达到92%。\n"
    "二、重点任务\n(一)加强薄弱环节建设,补齐短板,提升基层服务能力。(二)解决人员不足问题,招聘医学毕业生20名。"
    "当前基层医疗卫生机构能力仍然薄弱,设备不足,人才匮乏。\n",
]


def clause_pieces(page: str) -> list[tuple[int, int]]:
    """Every sentence, ;-piece, clause and 、-part of the page (the pieces problems are asked about), and a few spans
    that cut across them."""
    cues = compiled_cues()
    out = []
    for rx in (cues.sentence, cues.piece, cues.clause, cues.part):
        out += pieces(page, 0, len(page), rx)
    out += [(s, min(len(page), s + n)) for s in range(0, len(page), 7) for n in (3, 11, 40)]
    return sorted(set(out))


@pytest.mark.parametrize("page", PAGES + ["".join(PAGES)])
def test_found_in_equals_the_search_of_the_piece_cut_out(page):
    assert len("".join(PAGES)) >= PAIR_SCAN_MIN_CHARS
    cues = compiled_cues()
    spans = clause_pieces(page)
    assert len(spans) > 50
    for family in ("weak", "lead_in"):
        cue = cues.family_cues[family]
        for s, e in spans:
            plain = may_start_in(page, s, e, family) and bool(cue.found(page[s:e]))
            assert found_in(page, s, e, family, cue) == plain, (family, page[s:e])
    for s, e in spans:  # (the strong wordings are among the weak ones: the weak scan's places serve them too)
        assert found_in(page, s, e, "weak", cues.strong) == bool(cues.strong.found(page[s:e])), page[s:e]


@pytest.mark.parametrize("page", PAGES + ["".join(PAGES)])
def test_questions_asked_in_place_equal_those_asked_of_the_piece(page):
    for s, e in clause_pieces(page):
        text = page[s:e]
        for weak_ok in (True, False):
            assert admits_shortcoming_in(page, s, e, weak_ok) == admits_shortcoming(text, weak_ok), text
        for before_list in (True, False):
            assert is_lead_in_at(page, s, e, before_list) == is_lead_in(text, before_list), text
        assert words_shortcoming(page, s, e) == bool(compiled_cues().weak.found(text)), text


def test_hand_read_pieces():
    page = PAGES[0]

    def at(piece: str) -> tuple[int, int]:
        s = page.index(piece)
        return s, s + len(piece)

    assert admits_shortcoming_in(page, *at("一是基层人才短缺"))  # 短缺: a shortcoming
    assert admits_shortcoming_in(page, *at("服务能力不强"))
    assert not admits_shortcoming_in(page, *at("村卫生室实现全覆盖"))  # a result
    assert not admits_shortcoming_in(page, *at("全年完成门诊诊疗量12.6万人次"))
    # a difficulty reported solved is no admission (解决 before it, nothing unrealised)
    news = PAGES[2]
    s = news.index("已于6月底前解决")
    e = news.index("。", s)
    assert not admits_shortcoming_in(news, s, e)
    assert is_lead_in_at(page, *at("工作中也还存在一些问题和不足"), True)  # announces the problems after its colon
    assert not is_lead_in_at(page, *at("乡镇卫生院标准化建设全部完成"), True)


def test_the_scan_finds_where_matches_start_only_for_wordings_opening_on_known_characters():
    # every weak wording opens on known characters; a lead-in wording may open on a speaker's words (…,是最大的难题),
    # where the scan finds a place inside the match: found_in then searches the piece as a whole
    assert scan_finds_starts("weak")
    speech = PAGES[1]
    s = speech.index("“人才,仍是")
    e = speech.index("。", s)
    cue = compiled_cues().family_cues["lead_in"]
    assert cue.found(speech[s:e])  # the biggest difficulty named by a speaker: a lead-in wording, the whole sentence
    assert found_in(speech, s, e, "lead_in", cue)
    if not scan_finds_starts("lead_in"):
        starts = cue_starts(speech, "lead_in")
        assert starts is None or any(s <= p < e for p in starts)


STOP_SENTENCES = [
    "下一步,我们将继续加强基层人才队伍建设", "针对上述问题,我局将逐项整改", "2024年,我局将重点做好以下工作",
    "明年我们要进一步加大投入", "基层人才短缺", "全年完成门诊诊疗量12.6万人次", "", ",下一步", " 下一步",
    "为此,我们将采取以下措施", "今后要进一步完善", "一是加强队伍建设",
]


@pytest.mark.parametrize("sentence", STOP_SENTENCES)
def test_stop_equals_the_plain_match(sentence):
    assert is_stop(sentence) == bool(compiled_cues().stop.match(sentence))


def test_stop_by_hand():
    assert is_stop("下一步,我们将继续加强基层人才队伍建设")
    assert is_stop("针对上述问题,我局将逐项整改")
    assert not is_stop("基层人才短缺")  # 基 opens no stop wording
    assert not is_stop("")
    openings = stop_openings()
    assert openings is None or "下" in openings and "基" not in openings


@pytest.mark.parametrize("page", PAGES + [
    "第一段文字没有句号\n------ 第 2 页 ------\n接着上一页的句子继续写完。\n",
    "总结\n某某(mǒu mǒu)县卫生院门诊量增长12。5%。\n" + "很长的一行" * 80 + "\n",
])
def test_view_skips_equals_the_plain_form(page):
    breaks = page_break_skips(page, 0, len(page))
    fast = view_skips(page, 0, len(page))
    # the plain form: every skip not inside a page-break line's span, with the breaks, in text order
    cues = compiled_cues()
    from healthdata.extract.problems.spans import NEWLINE
    from healthdata.extract.problems.view import line_breaks_inside, logical_lines

    skips = [(a.start(), a.end(), "") for a in cues.reading_aid.finditer(page, 0, len(page))]
    skips += [(d.start(), d.end(), ".") for d in cues.decimal_mark.finditer(page, 0, len(page))]
    lines = logical_lines(page, 0, len(page))
    for ls, le in lines:
        if le - ls >= cues.long_line_chars:
            skips += [(p, p + n, "\n") for p, n in line_breaks_inside(page, ls, le).items()]
    line_ends = {le for _ls, le in lines}
    skips += [(w.start(), w.end(), "") for w in NEWLINE.finditer(page, 0, len(page)) if w.start() not in line_ends]
    plain = sorted(breaks + [k for k in skips if not any(bs <= k[0] < be for bs, be, _r in breaks)])
    assert fast == plain


def test_opening_quantified_items_spelled_out_by_hand():
    assert opening_spelled_out(",?(是|就是)最大的难题") == [",(是|就是)最大的难题", "是最大的难题", "就是最大的难题"]
    assert opening_spelled_out("[一二三]{1,2}是") == ["[一二三][一二三]{0,1}是"]
    assert opening_spelled_out("[一二三]{2,3}?是") == ["[一二三][一二三]{1,2}?是"]  # (lazy stays lazy)
    assert opening_spelled_out("[一二三]{3}是") == ["[一二三][一二三]{2}是"]
    assert opening_spelled_out("[一二三]{1,}是") == ["[一二三][一二三]{0,}是"]
    assert opening_spelled_out("[一二三]+是") == ["[一二三][一二三]*是"]
    assert opening_spelled_out("[一二三]{1}是") == ["[一二三]是"]
    # left whole: no quantifier, one that may skip the item (*, {0,n}), a possessive one, a group, nothing after
    for alternative in ("不足", "x*是", "x{0,2}是", "x{1,2}+是", "(互)?不通", "是?"):
        assert opening_spelled_out(alternative) == [alternative]


SPELLED = ["[一二三]{1,2}是", ",?(是|就是)最大的难题", "\\s?难", "x+y", "[甲乙]{2,3}?丙", "[上下]{1}班", "一?二?三"]
TEXTS = st.text(alphabet="一二三是,就最大的难题 xy甲乙丙上下班", max_size=30)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_spelled_openings_match_from_the_same_places(text):
    for alternative in SPELLED:
        plain = re.compile(alternative)
        spelled = re.compile("|".join(opening_spelled_out(alternative)))
        for p in range(len(text) + 1):
            assert bool(plain.match(text, p)) == bool(spelled.match(text, p)), (alternative, text, p)


@pytest.mark.parametrize("family", ["weak", "lead_in"])
@pytest.mark.parametrize("page", ["".join(PAGES)] + PAGES)
def test_the_scan_finds_the_places_the_plain_vocabulary_matches_from(family, page):
    """The places the scan finds are where the family's wordings, assertions left out and openings on characters not
    known cut off (what may_start_in relies on), match: by the plain pattern tried at every place.  (The pages together
    are long enough for the scan's tables, PAIR_SCAN_MIN_CHARS; one page alone is scanned by the gate.)"""
    source = compiled_cues().family_cues[family].pattern
    plain = re.compile("|".join(with_known_start(a) for a in top_alternatives(spelled_out(without_assertions(source)))))
    expected = tuple(p for p in range(len(page)) if plain.match(page, p))
    assert may_start_at(source).positions(page) == expected
    assert cue_starts(page, family) == expected
