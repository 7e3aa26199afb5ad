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


# --- a government-information-disclosure page's panel of fields above the report ---

PANEL_TITLE = "石梁县卫生健康局2031年上半年工作总结"
PANEL_BODY = (f"\n{PANEL_TITLE}\n\n上半年，全县家庭医生签约服务覆盖率达到47.3%，孕产妇系统管理率为92.8%。\n"
              "一、基本公共卫生\n全县65岁及以上老年人健康管理率为68.1%，高血压患者规范管理率为71.6%。\n")
PANELS = {
    "two fields a row, boxed": ("信息公开 > 石梁县卫生健康局 > 规划计划\n"
                                "| 索引号 | 11340500/2031-00217 | 主题分类 | 卫生健康 |\n"
                                "| 发文机关 | 石梁县卫生健康局 | 成文日期 | 2031-07-14 |\n"
                                "| 文号 | 石卫发〔2031〕12号 | 有效期 | 长期 |\n"
                                f"| 名称 | {PANEL_TITLE} |\n"),
    "a label first, then two fields": ("| 分类 | 计划总结 | 发布机构 | 石梁县卫生健康局 |\n"
                                       "| 发布日期 | 2031-07-15 | 索引号 | SL-2031-0217 |\n"
                                       f"| 标题 | {PANEL_TITLE} |\n"),
    "one field a row, boxed": ("| 索引号： | 11340500/2031-00217 |\n| 发布机构： | 石梁县卫生健康局 |\n"
                               "| 生成日期： | 2031-07-14 |\n| 有效期： | 长期 |\n"
                               f"| 名称： | {PANEL_TITLE} |\n"),
}


@pytest.mark.parametrize("panel", PANELS.values(), ids=PANELS.keys())
def test_a_disclosure_pages_panel_of_fields_is_the_sites_and_the_report_starts_at_its_title(panel):
    page = panel + PANEL_BODY
    doc = only_doc(page)
    assert doc["title"] == PANEL_TITLE and doc["period"] == "H1" and doc["doc_type"] == "summary"
    assert doc["source_start"] == page.rfind("\n", 0, page.index(PANEL_TITLE)) + 1  # the row naming the title
    _, obs = page_rows(page)
    assert sorted(r["value"] for r in obs) == [47.3, 68.1, 71.6, 92.8]


def test_fields_side_by_side_with_colons_are_the_sites():
    page = ("索引号：11340500/2031-00217　　主题分类：卫生健康　　发文机关：石梁县卫生健康局\n"
            "成文日期：2031-07-14　　文号：石卫发〔2031〕12号　　有效期：长期\n") + PANEL_BODY
    doc = only_doc(page)
    assert doc["title"] == PANEL_TITLE and doc["source_start"] == page.index(PANEL_TITLE)


def test_a_reports_own_table_headed_by_a_generic_label_is_the_reports():
    """分类 or 名称 heading a column of the report's table is no panel: the table's figures stay the report's."""
    page = (f"{PANEL_TITLE}\n上半年主要指标如下：\n| 分类 | 2030年上半年 | 2031年上半年 |\n"
            "| 孕产妇系统管理率 | 90.4% | 92.8% |\n| 名称 | 单位 | 数量 |\n| 村卫生室 | 个 | 214 |\n"
            "下半年，我局将继续抓好基本公共卫生服务。\n")
    doc = only_doc(page)
    assert doc["source_start"] == 0
    _, obs = page_rows(page)
    assert {90.4, 92.8, 214.0} <= {r["value"] for r in obs}
