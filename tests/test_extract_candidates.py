"""healthdata.extract.candidates: which numbers are candidate values, with which unit."""
from __future__ import annotations

from healthdata.extract.candidates import candidate_tokens
from healthdata.extract.context import report_context
from healthdata.textnorm import matching_text
from healthdata.types import ReportText


def tokens(text: str) -> list[tuple[str, str]]:
    ctx = report_context(ReportText("t#01", "t.txt", text, matching_text(text), 0, len(text)))
    return [(text[t.start : t.end], t.unit) for t in candidate_tokens(ctx)]


def test_units_unitless_rates_and_dropped_measure_words():
    # (a frequency written in digits, 每年2次, is a number the text states, as annotators count it; one in words,
    # 每月进行一次, says how often: see test_extract)
    assert tokens("参合率97以上,建档率88.5%,为320妇女体检,每年2次,共培训3次。") == [
        ("97", "?rate"), ("88.5%", "percent"), ("320", "count"), ("2次", "count"), ("3次", "count")]


def test_no_overlapping_candidates_and_a_whole_per_population_rate():
    assert tokens("全县死亡2人/40万人。") == [("2人/40万人", "per_100k")]


def test_dates_item_numbers_and_programme_numbers_are_no_candidates():
    assert tokens("2024年3月5日,1、开通12320热线;2、参合率96以上。") == [("96", "?rate")]


def test_unitless_change_needs_decimals_or_a_rate_before_it():
    assert tokens("门诊人次同比下降7.5。") == [("7.5", "?change")]
    assert tokens("新建卫生室同比增加12。") == []


def test_tokens_sort_by_start_with_the_longest_first():
    from healthdata.extract.candidates import sort_by_start_longest_first
    from healthdata.extract.numbers import NumberToken

    spans = [(7, 9), (0, 3), (7, 12), (4, 6), (0, 5), (4, 6)]
    toks = [NumberToken(s, e, str(k), 1.0, "count", "人", False) for k, (s, e) in enumerate(spans)]
    sort_by_start_longest_first(toks)
    # by start; the longer of two starting together first; equal spans keep their order
    assert [(t.start, t.end, t.num_text) for t in toks] == [
        (0, 5, "4"), (0, 3, "1"), (4, 6, "3"), (4, 6, "5"), (7, 12, "2"), (7, 9, "0")]


def test_chinese_numerals_of_one_or_two_digits_read_as_written():
    from healthdata.extract.numbers import parse_number

    cases = {"三": 3, "十": 10, "十五": 15, "三十": 30, "两百": 200, "百": 100, "零": 0, "二十五": 25, "一百二十": 120}
    assert {t: parse_number(t) for t in cases} == cases


def test_a_word_trie_matches_the_longest_word_at_each_place():
    import re

    from healthdata.extract.numbers import trie_alternation

    words = ["达到", "达标", "达", "到达", "标准", "标准化"]
    trie = re.compile(trie_alternation(words))
    text = "已达到标准化要求,到达现场,达标率,达"
    assert trie.match(text, 1).group() == "达到"
    assert trie.match(text, 3).group() == "标准化"
    assert trie.match(text, text.index("达标")).group() == "达标"
    assert trie.match(text, len(text) - 1).group() == "达"
    assert trie.match(text, 0) is None
    plain = re.compile("|".join(sorted(words, key=len, reverse=True)))  # the alternation longest first
    for i in range(len(text)):
        a, b = trie.match(text, i), plain.match(text, i)
        assert (a and a.span()) == (b and b.span())


def test_population_is_the_first_age_group_else_the_longest_word():
    from healthdata.normalize.indicators import population_in

    assert population_in("农村居民及65岁以上老年人健康管理率") == "65岁以上老年人"  # an age group after a word
    assert population_in("3岁以下儿童和0-6岁儿童") == "3岁以下儿童"
    assert population_in("城镇职工和农民参保率") == "城镇职工"
    assert population_in("全县参保率") is None


def test_zeros_do_not_make_a_block_one_that_drops_its_units():
    # (two incidences of zero after their rate nouns are no habit of dropping %: the change written without a unit after a
    # rate per 100 000 stays a change, not a rate of a unit-dropping block)
    toks = tokens("全市乙类传染病发病率165.3/10万，较上年下降9.8；手足口病发病率为0，狂犬病发病率为0。")
    assert ("9.8", "?change") in toks
    assert toks.count(("0", "?rate")) == 2
