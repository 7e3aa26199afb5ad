"""Documents, round 29: where each report on a page starts, and its fields.  Causes worked: a title whose line goes on
with the site's fields only (…工作计划　时间：2031-05-02　栏目：工作计划　本文已影响3.2万人) was taken for a report begun on its
title's line, so the site's next line ended it and the plan under it stood untitled.
Every page is written for the test (names and figures invented)."""
from __future__ import annotations

import pytest
from test_documents_written import page_docs, page_values

# ---- a title whose line goes on with the site's fields only has not begun its text -------------------------------------------


@pytest.mark.parametrize("fields", [
    "时间：2031-05-02  栏目：工作计划  本文已影响 4.6万 人",
    "时间：20XX-xx-xx  栏目：卫生院计划  本文已影响 1.2万 人",
])
def test_a_title_line_going_on_with_the_sites_fields_and_lead_note_keeps_the_plan_after_them(fields):
    # (a sharing site's title, its fields, its lead note and the title's copy glued to the plan's opening on one line)
    page = ("范文网 > 工作计划 > 卫生工作计划\n"
            f"柳溪镇卫生院2032年工作计划（精选）{fields}【导读】下面是小编为大家整理的卫生院计划，欢迎阅读参考！"
            "柳溪镇卫生院2032年工作计划为做好2032年卫生工作，结合我院实际，制定本计划。一、工作目标1、孕产妇系统管理率达到92%以上；"
            "2、全年门诊人次达到4.6万人次。二、主要措施1、每季度召开一次村医例会，全年举办健康讲座不少于10期。\n")
    docs = page_docs(page)
    assert len(docs) == 1 and docs[0]["doc_type"] == "plan"
    assert sorted(page_values(page)) == [(10.0, "count"), (92.0, "percent"), (46000.0, "count")]


def test_a_whole_report_on_its_titles_line_still_ends_at_the_sites_next_line():
    page = ("范文网 > 工作总结 > 卫生院总结\n"
            "柳溪镇卫生院2031年工作总结2031年，我院门诊量达到2.8万人次，住院分娩率98.7%。\n"
            "本文标签：卫生院　年终总结　范文\n"
            "【上一篇】卫生院年度述职报告　【下一篇】村卫生室工作总结\n")
    assert len(page_docs(page)) == 1 and sorted(page_values(page)) == [(98.7, "percent"), (28000.0, "count")]
