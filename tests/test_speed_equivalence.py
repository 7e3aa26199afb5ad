"""The short cuts of the extraction speed rounds find what their plain definitions find.

Each fast form (a scan restricted to where a match can be, one lookup of every character's classes,
one search instead of a find per word, a regex tried in a cheaper order) is checked against the plain
form it replaces, on sentences written for the test and on generated text.
"""
from __future__ import annotations

import re

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from healthdata.extract import statement
from healthdata.extract.candidates import people_counts
from healthdata.extract.comparator import skipped_word_length
from healthdata.extract.context import break_positions, enumerator_candidates
from healthdata.extract.cues import CMP_SKIP
from healthdata.extract.numbers import (_number_pattern, _unit_regex, _unit_scan, bare_number_spans, char_flags, unit_candidates,
                                        _stopword_at, _stopword_at_plain, _unit_matches, unit_matches,
                                        _bare_rest, _stop_before, _stop_before_last, _at_line_start, ITEM_BEFORE, bare_numbers)
from healthdata.normalize.indicators import _first_qualifier_pos, _population_vocab, first_population_word
from healthdata.textnorm import SHORT_TEXT, _paraphrase_regex, code_points, fold_forms, kept_place_names, matching_text, paraphrase_table


def _plan_sentences_plain(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [x.span() for x in statement._halves()[1].finditer(text, lo, hi)]


def test_plan_sentences_of_a_first_half_report_are_the_plain_scans_matches():
    """Only the sentences holding 下半年 are searched; the matches are those of a scan of the whole text."""
    text = ("上半年，全县完成门诊量12万人次。下半年，我们将继续推进家庭医生签约。会议强调，下半年要抓好疫苗接种；"
            "二是下半年开展督查。\n下半年工作打算：巩固成果、下半年，再下半年。")
    for lo in range(0, len(text), 7):
        got = [x.span() for x in statement.plan_sentence_matches(text, lo, len(text))]
        assert got == _plan_sentences_plain(text, lo, len(text))
    assert len(_plan_sentences_plain(text, 0, len(text))) >= 4  # the sentences above do open with the second half


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="下半年，,。\n是、 要会议强调0", max_size=30), st.data())
def test_plan_sentences_equal_the_plain_scan_on_any_text(text, data):
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert [x.span() for x in statement.plan_sentence_matches(text, lo, hi)] == _plan_sentences_plain(text, lo, hi)


def _population_word_plain(text: str, lo: int, hi: int) -> str | None:
    for w in _population_vocab()[1]:  # the longest first
        if text.find(w, lo, hi) >= 0:
            return w
    return None


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["农村", "农村居民", "居民", "城镇", "城镇职工", "孕产妇", "产妇", "儿童", "适龄儿童", "率", "为", "，"]),
                max_size=8), st.data())
def test_first_population_word_is_the_longest_first_word_written(parts, data):
    text = "".join(parts)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert first_population_word(text, lo, hi) == _population_word_plain(text, lo, hi)


def test_first_population_word_on_written_clauses():
    assert first_population_word("农村居民参合率", 0, 7) == "农村居民"  # the longer word wins over 农村 inside it
    assert first_population_word("城区和农村的孕产妇", 0, 9) == "孕产妇"  # the longest of the words written, not the first
    assert first_population_word("参合率达到", 0, 5) is None


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="老年人中医药门诊慢病率", max_size=20), st.data())
def test_first_qualifier_is_the_smallest_find(text, data):
    quals = tuple(data.draw(st.lists(st.sampled_from(["老年人", "中医药", "门诊", "慢病", "医药", "年人"]), max_size=4)))
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    finds = [p for q in quals if (p := text.find(q, lo, hi)) >= 0]
    assert _first_qualifier_pos(text, lo, hi, quals) == (min(finds) if finds else -1)


_REPORT = ("一、2023年工作总结\n  全县参合率达到98.5%，比上年提高1.2个百分点；孕产妇死亡率为12.3/10万。\n"
           "（一）新生儿3-5人，全县26.8万农民参合，费用１２３元。\t二是覆盖率95%以上!  3、其他\n")


def test_one_lookup_of_the_character_classes_finds_what_each_table_finds():
    """char_flags serves every whole-report scan: each finds with it what it finds with its own table."""
    text = matching_text(_REPORT)
    for lo in (0, 3, 11):
        codes = code_points(text[lo:]).astype(np.intp)
        flags = char_flags(codes)
        for got, want in zip(break_positions(codes, lo, flags), break_positions(codes, lo)):
            assert got.tolist() == want.tolist()
        clause = break_positions(codes, lo)[0]
        assert enumerator_candidates(codes, clause, lo, flags) == enumerator_candidates(codes, clause, lo)
        assert unit_candidates(text, lo, len(text), codes, flags) == unit_candidates(text, lo, len(text), codes)
        for got, want in zip(bare_number_spans(text, lo, len(text), codes, flags), bare_number_spans(text, lo, len(text), codes)):
            assert got.tolist() == want.tolist()
        assert people_counts(text, lo, len(text), codes, flags) == people_counts(text, lo, len(text))
    assert people_counts(text, 0, len(text))  # the text does hold a count of people (26.8万农民)


def _reference_unit_regex() -> re.Pattern:
    """The unit regex as written before the speed round: a masked number tried before one in digits, digits
    grouped by commas before plain ones, and a range's lower end tried without its look-ahead."""
    pattern = _unit_regex()[0].pattern
    num = _number_pattern()
    cut = num.rindex(r"|[\d]*+")  # (?:PLAIN|GROUPED|POINT|MASKED)
    digits, masked = num[3:cut], num[cut + 1 : -1]
    grouped_at, point_at = digits.index(r"|\d{1,3}(?:,"), digits.rindex(r"|\.\d++")
    digits = digits[grouped_at + 1 : point_at] + "|" + digits[:grouped_at] + digits[point_at:]
    lookahead = pattern[pattern.index("(?=[\\d.]*+") : pattern.index("(?P<lo>")]
    reference = pattern.replace(num, f"(?:{masked}|{digits})").replace(lookahead, "")
    assert masked.startswith(r"[\d]*+") and lookahead and reference != pattern  # (the reference does differ from it)
    return re.compile(reference)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="0123456789.x*%‰万元人个-~至 ,。/", max_size=16))
def test_unit_regex_matches_as_written_before(text):
    reference = _reference_unit_regex()
    rx = _unit_scan()[1]
    candidates = unit_candidates(text, 0, len(text))
    got = [(m.span(), m.groups()) for m in _unit_matches(text, 0, len(text), rx, candidates)]
    want = [(m.span(), m.groups()) for m in _unit_matches(text, 0, len(text), reference, candidates)]
    assert got == want


def test_unit_regex_reads_masked_numbers_ranges_and_digits():
    rx = _unit_scan()[1]
    assert rx.match("xx.x%").group("num") == "xx.x"
    assert rx.match("12**%").group("num") == "12**"
    m = rx.match("5-8人")
    assert (m.group("lo"), m.group("num"), m.group("unit")) == ("5", "8", "人")
    assert rx.match("12.5%").group("lo") is None


def _groups_as_written(m: re.Match) -> tuple:
    """A match's groups in the unit regex's order (a match of the regex without a range part has no ``lo``)."""
    groups = m.groups()
    return groups if len(groups) == 9 else (None,) + groups


def _unit_matches_as_written(text: str, lo: int, hi: int) -> list[tuple]:
    return [(m.span(), m.groups()) for m in _unit_matches(text, lo, hi, _unit_scan()[1], unit_candidates(text, lo, hi))]


_UNIT_SENTENCES = ("全县参合率达到98.5%，比上年提高1.2个百分点，新增12人，投入资金1,200.5万元余；5-8人、3至5个百分点，"
                   "覆盖率xx.x%，12**%，孕产妇死亡率12.3/10万，97。6%，三十余人次，2 - 3万元，1.5~2.5‰，一百二十个、两个确保、十二次/年")


def test_unit_matches_with_two_regexes_are_the_unit_regex_matches():
    """The regex without a range part where no joiner can follow, the full one elsewhere, both without the
    look-behind and with branches for optional parts: the spans and groups of the unit regex as written."""
    text = _UNIT_SENTENCES
    for lo in range(0, len(text), 5):
        got = [(m.span(), _groups_as_written(m)) for m in unit_matches(text, lo, len(text))[0]]
        assert got == _unit_matches_as_written(text, lo, len(text))
    spans = [text[a:b] for (a, b), _ in _unit_matches_as_written(text, 0, len(text))]
    assert "5-8人" in spans and "1,200.5万元" in spans and "12.3/10万" in spans and "1.5~2.5‰" in spans


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="0123456789.x*%‰万元人个次-~至到 ,。/十二三余多百", max_size=18), st.data())
def test_unit_matches_equal_the_unit_regex_on_any_text(text, data):
    lo = data.draw(st.integers(0, len(text)))
    got = [(m.span(), _groups_as_written(m)) for m in unit_matches(text, lo, len(text))[0]]
    assert got == _unit_matches_as_written(text, lo, len(text))


def test_stopword_search_on_written_counts():
    text = "开展一次性补助，召开十次党代会，十二次会议，完成三次督查"
    at = lambda w: (text.index(w), text.index(w) + len(w))  # noqa: E731
    assert _stopword_at(text, *at("一次")) and _stopword_at_plain(text, *at("一次"))  # 一次性
    assert _stopword_at(text, *at("十次")) and _stopword_at_plain(text, *at("十次"))  # 十次党代会
    assert not _stopword_at(text, *at("三次")) and not _stopword_at_plain(text, *at("三次"))
    for s in range(len(text)):
        for e in range(s + 1, min(len(text), s + 5) + 1):
            assert _stopword_at(text, s, e) == _stopword_at_plain(text, s, e)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="一二三十次性会议代党全委部分五人兼多职", max_size=16), st.data())
def test_stopword_search_equals_the_find_of_every_stopword(text, data):
    s, e = _window(text, data)
    assert _stopword_at(text, s, e) == _stopword_at_plain(text, s, e)


def _window(text: str, data) -> tuple[int, int]:
    """A (lo, hi) window of ``text`` drawn by hypothesis."""
    lo = data.draw(st.integers(0, len(text)))
    return lo, data.draw(st.integers(lo, len(text)))


def _matching_text_plain(text: str) -> str:
    """The matching text by its definition: OpenCC t2s, width and digit folding, every paraphrase replaced by ``re.sub``,
    and a place name t2s changes (乾县) kept where the text writes it."""
    import opencc

    rx, table = _paraphrase_regex()
    out = rx.sub(lambda m: table[m.group(0)], fold_forms(opencc.OpenCC("t2s").convert(text)))
    for name, converted in kept_place_names():
        for m in re.finditer(f"(?={re.escape(converted)})", out):
            at = m.start()
            if out[at:at + len(name)] == converted and all(text[at + k] == a for k, a in enumerate(name) if a != converted[k]):
                out = out[:at] + name + out[at + len(name):]
    return out


_PARAPHRASED = [p for p, _ in paraphrase_table()]


def test_matching_text_of_long_texts_finds_paraphrases_through_the_converted_characters():
    """A long text's paraphrases are found from one lookup of its characters' bits, taken for the characters
    they become: a paraphrase written in Traditional characters or fullwidth forms is replaced too."""
    import opencc

    s2t = opencc.OpenCC("s2t")
    body = "全县参合率达到９８．５％，" * 6 + "".join(_PARAPHRASED) + "，" + s2t.convert("".join(_PARAPHRASED)) + "。"
    for text in (body, body[1:], s2t.convert(body), "我們不瞭解沈默的原因" + body):
        assert len(text) > SHORT_TEXT
        assert matching_text(text) == _matching_text_plain(text)
    assert matching_text(body) != fold_forms(body)  # the paraphrases were replaced


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PARAPHRASED + ["进步", "题目", "存在的", "部分", "乾隆", "乾县", "乾縣", "若干", "县", "瞭解", "沈默", "９", "．", "，", "參合率", "提高"]),
                min_size=20, max_size=60))
def test_matching_text_equals_its_definition_on_any_long_text(parts):
    text = "".join(parts)
    assert matching_text(text) == _matching_text_plain(text)


def _bare_numbers_plain(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """bare_numbers by its definition: each bare number's rest and the word before it read from the text."""
    out = []
    starts, ends = bare_number_spans(text, lo, hi)
    for s, e in zip(starts.tolist(), ends.tolist()):
        if _bare_rest().match(text, e, e + 4) is not None or s > 0 and text[s - 1] in _stop_before_last() and text.endswith(_stop_before(), 0, s):
            continue
        if text[e : e + 4].lstrip(" ").startswith("、") and (_at_line_start(text, s) or s > 0 and text[s - 1] in ITEM_BEFORE):
            continue
        out.append((s, e))
    return out


def test_bare_numbers_test_the_characters_around_them_as_the_plain_loop_does():
    """Whether the rest pattern and the stop words can apply is read from the characters' bits for all
    numbers at once: the numbers kept are those the plain tests keep."""
    text = "第3名，编号12，全县98 以上，2023年，共12 家，参合率97以上，1、2、3项 15"
    for lo in range(0, len(text), 3):
        for hi in (len(text), len(text) - 1, lo + 9):
            if hi >= lo:
                assert bare_numbers(text, lo, hi) == _bare_numbers_plain(text, lo, hi)
    assert (text.index("97"), text.index("97") + 2) in bare_numbers(text, 0, len(text))  # a rate without its unit stays


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="0123456789. 年第号%人、\n率达为编", max_size=16), st.data())
def test_bare_numbers_equal_the_plain_loop_on_any_text(text, data):
    lo, hi = _window(text, data)
    assert bare_numbers(text, lo, hi) == _bare_numbers_plain(text, lo, hi)


def _skipped_word_length_plain(m: str, lo: int, end: int) -> int:
    """The form comparator_for had: is any skipped word there, then the first of them in order."""
    if not m.endswith(CMP_SKIP, lo, end):
        return 0
    return next(len(w) for w in CMP_SKIP if m.endswith(w, lo, end))


def test_skipped_words_before_a_value_on_written_clauses():
    """达到 is skipped whole (not only its 到), 分别 as well; a word cut by the clause start is not skipped."""
    assert skipped_word_length("合格率达到", 0, 5) == 2
    assert skipped_word_length("合格率到", 0, 4) == 1
    assert skipped_word_length("两项分别", 0, 4) == 2
    assert skipped_word_length("达到", 1, 2) == 1  # only 到 lies inside the clause
    assert skipped_word_length("合格率高", 0, 4) == 0


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="达到为在了分别率是 ", min_size=1, max_size=12), st.data())
def test_skipped_word_length_equals_the_first_skipped_word_tested_in_turn(text, data):
    end = data.draw(st.integers(1, len(text)))
    lo = data.draw(st.integers(0, end - 1))
    assert skipped_word_length(text, lo, end) == _skipped_word_length_plain(text, lo, end)


def _typeset_width_plain(line: str) -> int:
    """A line's printed width by its definition: each character's half-widths worked out on its own."""
    from healthdata.pageview import _typeset_halves

    return (sum(_typeset_halves(c) for c in line) + 1) // 2


def test_typeset_width_of_written_lines():
    from healthdata.pageview import typeset_width

    assert typeset_width("孕产妇死亡率由18.6/10万") == 12  # seven Han and 万 (16 halves), 18.6/10 (7 halves): 23 halves
    assert typeset_width("９８．６％") == 3  # full-width figures a site put in are typeset half-width: 5 halves
    assert typeset_width("“卫生”") == 4  # the quotes take a full width each (ambiguous width)
    for line in ("", "a", "全县共有卫生院12所，村卫生室310个。", "ＡＢＣ１２３", "₂ⅱ①", "\u3000\t "):
        assert typeset_width(line) == _typeset_width_plain(line)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_typeset_width_equals_its_definition_on_any_line(line):
    from healthdata.pageview import typeset_width

    assert typeset_width(line) == _typeset_width_plain(line)


_FURNITURE_LIKE = ["^(?=.{0,6}$).*(阅读|浏览)", "^(?=.{0,10}$)[一二三]+", "^首页", "当前位置", "^(?=.{0,3}$)\\d+$"]


def _line_patterns_plain(patterns: list[str], line: str) -> bool:
    return re.search("|".join(f"(?:{p})" for p in patterns), line) is not None


def test_length_capped_line_patterns_answer_as_their_alternation():
    from healthdata.segment import LinePatterns

    lp = LinePatterns(_FURNITURE_LIKE)
    assert lp.search("阅读12次") and not lp.search("全县阅读活动开展得很好")  # seven characters: past the cap of 6
    assert lp.search("一二三四五六七八九十") and not lp.search("一二三四五六七八九十一")  # cap 10: ten yes, eleven no
    assert lp.search("123") and lp.search("123\n") and not lp.search("1234")  # $ before a final line break
    assert lp.search("您的当前位置：首页")


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="阅读浏览一二三首页当前位置0123\n ", max_size=14))
def test_length_capped_line_patterns_equal_the_alternation_on_any_line(line):
    from healthdata.segment import LinePatterns

    assert LinePatterns(_FURNITURE_LIKE).search(line) == _line_patterns_plain(_FURNITURE_LIKE, line)


def test_patterns_sharing_a_gate_find_what_their_plain_scans_find_page_after_page():
    from healthdata.pageview import Gated

    gate = "第\\s*\\d{1,4}\\s*页"
    counter = Gated(re.compile("—\\s*第(?P<n>\\d+)页"), gate)
    total = Gated(re.compile("共(?P<n>\\d+)页"), gate)
    pages = ["全县卫生院12所。\n—第2页 共5页\n", "没有页码的一页。", "—第3页" + "x" * 5 + "共9页", "没有页码的一页。"]
    for page in pages + pages[::-1]:  # a page searched again after another, and two equal texts in a row
        for rx in (counter, total):
            assert [m.span() for m in rx.finditer(page)] == [m.span() for m in rx.rx.finditer(page)]
            assert [m.span() for m in rx.finditer(page, 1, 8)] == [m.span() for m in rx.rx.finditer(page, 1, 8)]
    assert [m.group("n") for m in total.finditer(pages[2])] == ["9"]
