"""healthdata.extract.context: breaks, segments and plan parts of a report."""
from __future__ import annotations

from healthdata.extract.context import clause_start, decimal_points, report_context, sentence_span
from healthdata.textnorm import code_points, matching_text
from healthdata.types import ReportText


def context_of(text: str, title_plan: bool = False):
    m = matching_text(text)
    return report_context(ReportText("t#01", "t.txt", text, m, 0, len(text)))


def test_sentences_and_clauses():
    text = "参合率95%,建档率88%。签约率60%;满意率90%"
    ctx = context_of(text)
    assert sentence_span(ctx, text.index("88%")) == (0, text.index("。") + 1)
    assert clause_start(ctx, text.index("88%")) == text.index("建档率")
    assert ctx.seg_starts == [0, text.index("签约率"), text.index("满意率")]


def test_a_full_stop_between_digits_before_a_rate_unit_is_a_decimal_point():
    text = "参合率97。6%。共3人。2名"
    m = matching_text(text)
    codes = code_points(m)
    breaks = [i for i, ch in enumerate(m) if ch == "。"]
    import numpy as np

    assert decimal_points(m, 0, len(m), codes, np.array(breaks)) == [text.index("。")]
    ctx = context_of(text)
    assert sentence_span(ctx, 0)[1] == text.index("。共") + 1


def test_a_plan_title_makes_the_report_a_plan_but_a_summary_title_does_not():
    assert context_of("某县卫生健康局2024年工作要点\n全县参合率达到98%。").plan_doc
    assert not context_of("某县卫生健康局2023年工作总结及2024年工作计划\n全县参合率达到98%。").plan_doc
    assert not context_of("今年以来,全县落实计划免疫工作。").plan_doc
