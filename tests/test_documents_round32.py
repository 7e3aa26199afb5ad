"""Documents, round 32: the period of a work meeting's news item that gives the year the meeting reviewed as what the
meeting pointed out (会议指出，2031年全区…) — until now only 会议通报 and 会议总结了2031年…工作 said so.  Every page is
written for the test (names and figures invented)."""
from __future__ import annotations

import pytest
from documents_pages import news_page
from test_documents_written import one_doc


@pytest.mark.parametrize("said", ["会议指出，2031年全区家庭医生签约率达到43.5%，住院分娩率99.7%。",
                                  "会上指出，2031年全区居民健康档案建档率为81.2%，较上年提高2个百分点。"])
def test_a_meeting_news_item_pointing_out_the_year_reviewed_is_annual(said):
    page = news_page("桐溪区召开2032年卫生健康工作会议", "2032-02-27",
                     f"2月26日，桐溪区召开卫生健康工作会议。{said}会议强调，要补齐基层医疗卫生短板。")
    assert one_doc(page)["period"] == "annual"


def test_a_meeting_news_item_pointing_out_a_quarter_stays_that_quarters():
    page = news_page("桐溪区召开卫生健康工作推进会", "2032-04-15",
                     "4月14日，桐溪区召开卫生健康工作推进会。会议指出，2032年第一季度全区家庭医生签约率达到40.6%，"
                     "一季度老年人健康体检完成率为17.9%。")
    assert one_doc(page)["period"] == "quarter"


def test_a_meeting_news_item_without_a_year_reviewed_names_no_period():
    page = news_page("桐溪区召开卫生监督工作会议", "2032-11-20",
                     "11月19日，桐溪区召开卫生监督工作会议。会议指出，当前部分诊所执业不规范，监督力量仍显薄弱。")
    assert one_doc(page)["period"] == "unknown"


# ---- the title quoted in an editor's note (round 31) is not widened to a meeting's news --------------------------------------

def test_a_meeting_news_lead_naming_a_delivered_reports_title_starts_at_that_lead():
    page = ("柳溪镇人民政府网 - 镇务动态\n【2032-01-06】柳溪镇召开卫生健康工作总结大会\n"
            "1月5日上午，柳溪镇召开全镇卫生健康工作总结大会，镇长作了题为《柳溪镇2031年卫生健康工作总结》的报告。以下为报告摘要：\n"
            "2031年，全镇孕产妇系统管理率达到93.4%，3岁以下儿童系统管理率达到91.2%，新农合参合率98.6%。\n")
    doc = one_doc(page)
    assert doc["title"] is None and doc["source_start"] == page.index("1月5日上午")
