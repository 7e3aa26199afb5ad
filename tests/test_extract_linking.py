"""healthdata.extract.linking: a value is linked only where its clause names the indicator."""
from __future__ import annotations

from healthdata.extract.observations import extract_report
from healthdata.textnorm import matching_text
from healthdata.types import ReportText


def linked(text: str) -> list[tuple[str, str | None]]:
    rep = ReportText("t#01", "t.txt", text, matching_text(text), 0, len(text))
    return [(r["quote"], r["indicator_id"]) for r in extract_report(rep).observations]


def test_named_in_its_clause_before_or_after_it():
    assert linked("住院分娩率99.2%。") == [("99.2%", "hospital_delivery_rate")]
    assert linked("99.2%的住院分娩率。") == [("99.2%", "hospital_delivery_rate")]


def test_a_value_does_not_take_the_previous_indicator_when_its_clause_names_another_rate():
    assert linked("全县建档率88%,慢病随访率76%。") == [("88%", "health_record_coverage_rate"), ("76%", None)]


def test_a_subjectless_clause_continues_the_rate_before_it_in_its_segment_only():
    assert linked("全县建档率88%,其中农村86%。") == [("88%", "health_record_coverage_rate"), ("86%", "health_record_coverage_rate")]
    assert linked("全县建档率88%;其中农村86%。") == [("88%", "health_record_coverage_rate"), ("86%", None)]


def test_the_subject_text_is_kept_when_the_indicator_is_not_in_the_catalog():
    rep = ReportText("t#01", "t.txt", "慢病随访率76%。", matching_text("慢病随访率76%。"), 0, 9)
    row = extract_report(rep).observations[0]
    assert (row["indicator_id"], row["subject"]) == (None, "慢病随访率")


def test_the_subject_text_starts_after_an_enumerator():
    text = "一是签约率达到60%,二是慢病随访率达到70%。"
    rows = extract_report(ReportText("t#01", "t.txt", text, matching_text(text), 0, len(text))).observations
    assert [r["subject"] for r in rows] == ["签约率", "慢病随访率"]


def test_the_report_index_of_aliases_and_qualifiers_finds_what_a_scan_of_each_stretch_finds():
    from healthdata.normalize.indicators import MentionIndex, alias_table, indicator_mentions

    class EveryStretchIndexed(MentionIndex):
        __slots__ = ()
        SHORT = -1  # no stretch searched directly

    text = matching_text("全县参合率98%,卡介苗、麻疹疫苗接种率均达95%以上;孕产妇系统管理率90%,3岁以下儿童系统管理率85%。" * 3)
    index = EveryStretchIndexed(text, 2, len(text) - 1)
    qualifiers = {q for entries in alias_table().values() for _, quals in entries for q in quals}
    assert {q for q in qualifiers if q in text}  # the text names some
    for lo in range(2, len(text) - 1, 3):
        for hi in range(lo, len(text), 5):
            assert index.within(lo, hi) == indicator_mentions(text, lo, hi)
            for q in qualifiers:
                assert (index.find(q, lo, hi), index.rfind(q, lo, hi)) == (text.find(q, lo, hi), text.rfind(q, lo, hi))


def test_a_disease_named_first_in_a_list_before_a_rate_noun_is_no_rate_of_its_own():
    # (麻疹 names the measles vaccine in a list of vaccines; before 、白喉发病率 it is the first of the diseases whose incidence
    # the value is, outside the catalog — while a list of rates shares its level: 报告及时率、规范处置率均为100%)
    assert linked("本年度百日咳、麻疹发病率均为0。") == [("0", None)]
    assert linked("全县麻疹、白喉发病率均为0。") == [("0", None)]
    assert linked("报告及时率、规范处置率均为100%。")[0] == ("100%", "report_timeliness_rate")
