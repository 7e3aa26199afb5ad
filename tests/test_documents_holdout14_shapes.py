"""Where a report starts and what stays in it, for page shapes first seen on the holdout14 pages: a PDF's bare page
numbers (- 2 -) left inside a page flattened to one line (between a number and its rate sign, between a sentence and
the next heading), and a government-information-disclosure panel (索引号, 发布机构, 名称 …) above the report.
Every page is written for these tests (places, years and numbers invented); each test of a fix was checked to fail
without it (the others guard what must stay as it is)."""
from __future__ import annotations

from collections import Counter

import pytest
from test_documents_holdout11_shapes import only_doc  # the one document of a page, its quotes checked against the text
from test_oneline_pages import SHAPES, expected, problems, values
from test_page_shapes import page_rows

# --- a PDF copied with its page numbers on lines of their own, then flattened to one line ---

PDF_PAGE = ("石溪乡卫生院2031年工作总结及2032年工作计划\n"
            "一、2031年工作回顾\n"
            "全年门诊接诊21 460人次。全乡孕产妇系统管理率达到93.6%，新生儿死亡率4.2\n"
            "- 2 -\n"
            "‰，均在县下达指标以内。\n"
            "二、存在的不足\n"
            "一是卫生院业务用房狭小；二是全科医生仅有3人，难以满足群众需求。\n"
            "- 3 -\n"
            "三、2032年工作计划\n"
            "力争孕产妇系统管理率达到95%以上，居民健康档案建档率达到80%。\n")
PDF_PROBLEMS = expected("卫生院业务用房狭小", "全科医生仅有3人，难以满足群众需求")


@pytest.mark.parametrize("shape", SHAPES)
def test_a_pdfs_page_number_between_a_number_and_its_sign_is_no_text(shape):
    """…新生儿死亡率4.2- 2 -‰，… is 4.2‰ (a rate sign never follows a dash)."""
    assert values(shape(PDF_PAGE))[(4.2, "per_mille", "actual")] == 1


@pytest.mark.parametrize("shape", SHAPES)
def test_a_pdfs_page_number_before_the_plans_heading_leaves_the_heading_opening_the_plan(shape):
    """…需求。- 3 -三、2032年工作计划… ends the last problem and opens the plan part, whose levels are targets (a page
    number after a full stop is no range and no date)."""
    assert problems(shape(PDF_PAGE)) == PDF_PROBLEMS
    assert values(shape(PDF_PAGE)) == Counter({
        (21460.0, "count", "actual"): 1, (93.6, "percent", "actual"): 1, (4.2, "per_mille", "actual"): 1,
        (3.0, "count", "actual"): 1, (95.0, "percent", "target"): 1, (80.0, "percent", "target"): 1})


@pytest.mark.parametrize("shape", SHAPES)
def test_a_sharing_sites_counter_between_em_dashes_before_the_plans_heading_leaves_the_heading_opening_the_plan(shape):
    """…需求。——第 2 页 共 3 页——三、2032年工作计划…: the counter between em dashes is the site's page break."""
    page = PDF_PAGE.replace("- 2 -\n‰", "‰").replace("- 3 -", "——第 2 页 共 3 页——")
    assert problems(shape(page)) == PDF_PROBLEMS
    got = values(shape(page))
    assert got[(95.0, "percent", "target")] == 1 and got[(80.0, "percent", "target")] == 1
    assert got[(93.6, "percent", "actual")] == 1


def test_a_range_of_two_numbers_between_dashes_is_left_alone():
    """9-2-4.5% is no page number before a sign (the dash is followed by digits): the page number rule does not
    touch it, and a range after a full stop (…。3-5个…) is no page number either."""
    page = "柳泉镇卫生院2031年工作总结\n全镇住院分娩率为99.2%。3-5个村卫生室完成改造，儿童系统管理率达到91.8%。\n"
    for text in (page, page.replace("\n", "")):
        got = values(text)
        assert got[(99.2, "percent", "actual")] == 1 and got[(91.8, "percent", "actual")] == 1
