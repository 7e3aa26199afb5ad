"""Documents, round 24: where each report on a page starts.  Causes worked: an HTML page's <title> that names the title
without the city or province above the issuing body (某区卫生局… over 某市某区卫生局…) and a forum post's
title with a reposter's note (…（供大家参考）) not taken for the title's first copy; a page of briefs whose contents list
their headlines (本期要目 / ◆…) read as one report.  Every page is written for the test (names and figures invented)."""
from __future__ import annotations

import pytest
from test_documents_written import one_doc, page_docs

from healthdata.build import report_result
from healthdata.segment import page_reports

def test_a_cut_of_the_bodys_name_is_no_copy_of_its_title():
    # 镇卫生院… under 青桐镇卫生院…: the shorter line is a cut of the name, not a copy under a higher place's name
    title = "青桐镇卫生院2031年工作总结"
    page = ("镇卫生院2031年工作总结\n首页 > 工作总结\n" + title + "\n"
            "2031年，我院门急诊人次同比增长6.2%，65岁以上老年人健康管理率达到71.3%。\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index(title)


@pytest.mark.parametrize("note", ["（供大家参考）", "(仅供参考)", "【参考借鉴】"])
def test_a_forum_posts_title_with_a_note_for_reference_is_the_titles_first_copy(note):
    title = "青桐区卫生局2031年工作总结"
    page = ("【转帖】" + title + note + "\n楼主　发表于 2032-3-2 21:14　只看该作者\n" + title + "\n"
            "2031年，我局以创建社区卫生服务示范区为龙头，社区卫生服务覆盖率由68%提高到94%。\n"
            "一、主要工作\n居民健康档案建档率达到45.3%。\n")
    doc = one_doc(page)
    assert doc["source_start"] in (0, page.index(title))  # (the first copy's line, with or without its tag)
    assert doc["title"] == title


def test_a_briefs_page_whose_contents_list_the_headlines_is_one_report_per_brief():
    page = ("卫生工作简报\n第3期\n青州市卫生局办公室编　　　　2031年6月28日\n\n本期要目\n"
            "◆东岭县启动门诊统筹工作\n◆西河区开展卫生院管理年督导\n◆南湖镇完成麻疹疫苗强化免疫\n\n"
            "东岭县启动门诊统筹工作\n　　6月起，东岭县在全县12个乡镇卫生院启动门诊统筹，单次报销比例为40%。\n\n"
            "西河区开展卫生院管理年督导\n　　6月中旬，西河区卫生局组成3个督导组，对全区9所卫生院进行督导，发现部分卫生院制度不健全。\n\n"
            "南湖镇完成麻疹疫苗强化免疫\n　　5月20日至6月10日，南湖镇完成适龄儿童麻疹疫苗强化免疫，接种率98.2%。\n\n"
            "报：市委办、市政府办　　送：各县区卫生局　　共印40份\n")
    docs = page_docs(page)
    starts = [d["source_start"] for d in docs]
    assert len(docs) == 3
    for headline, start in zip(["东岭县启动", "西河区开展", "南湖镇完成"], starts):
        at = page.index("\n\n" + headline) + 2  # (the headline over the brief, not its entry in the contents)
        assert at <= start <= at + 20  # (the brief's headline or its text under it)


def test_headlines_the_contents_do_not_list_leave_one_report():
    page = ("卫生工作简报\n本期要目\n◆全市卫生工作会议召开\n◆全市开展卫生院管理年督导\n\n"
            "东岭县启动门诊统筹工作\n　　6月起，东岭县在全县12个乡镇卫生院启动门诊统筹，单次报销比例为40%。\n\n"
            "西河区开展卫生院管理年督导\n　　6月中旬，西河区卫生局组成3个督导组，对全区9所卫生院进行督导。\n")
    assert len(page_docs(page)) == 1


def test_an_html_pages_title_without_the_city_above_the_body_is_the_titles_first_copy():
    title = "北岭市东岗区卫生健康委员会2031年工作总结"
    page = ("<html><head><title>东岗区卫生健康委员会2031年工作总结-北岭市东岗区人民政府网站</title></head><body>\n"
            "<div class=\"crumb\">当前位置：首页 &gt; 政务公开</div>\n<h1>" + title + "</h1>\n"
            "<p>2031年，区卫生健康委扎实推进各项工作，家庭医生签约率达到41.2%，孕产妇系统管理率95.1%。</p>\n</body></html>\n")
    view, reports = page_reports(page, "page.html")
    doc = report_result(reports[0], "page.html", view).documents[0]
    assert len(reports) == 1
    assert doc["source_start"] == page.index("东岗区卫生健康委员会2031年工作总结-")
