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
