"""Where a report starts, for page shapes first seen on the holdout13 pages: a bulletin's title over the site's
line naming only the publishing body and the date, an interview's headline over a news dateline (date, time,
medium, byline), and a progress report titled …推进情况.  Every page is written for these tests (places, years
and numbers invented); each test was checked to fail without its fix."""
from __future__ import annotations

from test_documents_holdout11_shapes import only_doc  # the one document of a page, its quotes checked against the text


def test_a_bulletins_title_over_the_publishers_name_and_date_opens_the_report():
    title = "青崖市2031年卫生健康事业发展统计公报"
    page = (f"{title}\n青崖市卫生健康委员会  2032-05-20  浏览次数：2 114\n\n"
            "一、卫生资源\n2031年末，全市医疗卫生机构总数达1 862个，比上年增加21个。\n"
            "二、妇幼卫生\n全市孕产妇死亡率为9.6/10万，婴儿死亡率为2.8‰。\n")
    doc = only_doc(page)
    assert doc["title"] == title and doc["source_start"] == 0 and doc["year"] == 2031


def test_an_interview_starts_at_its_first_question_under_the_headline_and_the_dateline():
    page = ("访谈｜让群众看病更方便——专访石梁市卫生健康局局长周文\n"
            "2032-01-08 09:30  石梁日报全媒体  记者 林晓\n\n"
            "记者：请您介绍一下2031年全市卫生健康工作的情况。\n"
            "周文：2031年，全市家庭医生签约服务覆盖率达到68.5%，孕产妇系统管理率为93.2%。\n"
            "记者：2032年有哪些打算？\n周文：力争全市居民电子健康档案建档率达到90%以上。\n")
    doc = only_doc(page)
    assert doc["source_start"] == page.index("记者：请您")
    assert doc["title"] is None


def test_a_progress_report_titled_with_its_work_pushed_forward_is_titled():
    title = "柳湾区卫生健康局上半年重点工作推进情况"
    page = ("首页 >> 区卫健局 >> 工作动态\n"
            f"{title}\n发布时间：2032-07-10　信息来源：区卫健局办公室\n\n"
            "今年以来，区卫健局围绕年度目标推进重点工作。上半年全区家庭医生签约率达到61.2%，"
            "适龄儿童免疫规划疫苗接种率保持在95%以上。\n")
    doc = only_doc(page)
    assert doc["title"] == title and doc["source_start"] == page.index(title) and doc["period"] == "H1"
