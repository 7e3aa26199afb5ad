"""Documents on real page shapes: which reports a page holds, where each starts, its title and fields.

Every page here is written for the test (places real, wording and numbers invented); each case is a
page shape real sites produce: report titles of every kind (统计公报, 完成情况, 运行分析, 补偿方案的通知),
titles the site repeats (with its own name after a copy), navigation trails whose last crumb is the
title, metadata and page-tool lines, news items under a headline, page breaks of sharing sites,
notices that carry a plan, table captions, and the type of a text from what it says.
"""
from __future__ import annotations

import pytest

from healthdata.build import report_result
from healthdata.segment import page_reports


def page_docs(text: str) -> list[dict]:
    """Documents rows of a page, with the text at each document's start."""
    view, reports = page_reports(text, "page.txt")
    docs = []
    for rep in reports:
        row = report_result(rep, "page.txt", view).documents[0]
        row["opening"] = text[row["source_start"]:row["source_start"] + 12]
        docs.append(row)
    return docs


def one_doc(text: str) -> dict:
    """The one document of a page (asserts there is exactly one)."""
    docs = page_docs(text)
    assert len(docs) == 1, [d["opening"] for d in docs]
    return docs[0]


def page_values(text: str) -> list[tuple[float, str]]:
    view, reports = page_reports(text, "page.txt")
    out = []
    for rep in reports:
        for row in report_result(rep, "page.txt", view).observations:
            assert row["quote"] == text[row["source_start"]:row["source_end"]]
            out.append((row["value"], row["unit"]))
    return out


# a statistics bulletin whose title the site prints as its heading, as the last crumb of its trail and
# again as the article's heading, over a metadata line with a reader counter
BULLETIN = (
    "2022年宣城市卫生健康事业发展统计公报\n"
    "当前位置：首页 > 信息公开 > 统计数据 > 2022年宣城市卫生健康事业发展统计公报\n"
    "2022年宣城市卫生健康事业发展统计公报\n"
    "发布日期：2023-05-20　　来源：市卫生健康委　　阅读：1 208\n"
    "\n"
    "一、卫生资源\n"
    "　　2022年末，全市共有医疗卫生机构2 106个，比上年增加15个。\n"
    "二、医疗服务\n"
    "　　全年总诊疗人次1 880.2万人次，医院病床使用率为71.5%。\n"
)


def test_a_bulletin_titled_by_the_site_three_times_is_one_titled_report_from_the_first_copy():
    d = one_doc(BULLETIN)
    assert d["source_start"] == 0
    assert d["title"] == "2022年宣城市卫生健康事业发展统计公报"
    assert (d["doc_type"], d["period"], d["year"], d["admin_level"], d["place"]) == \
        ("summary", "annual", 2022, "city", "宣城市")


def test_a_trail_whose_last_crumb_is_the_title_stays_one_furniture_line():
    from healthdata.pageview import page_view

    lines = page_view(BULLETIN).text.split("\n")
    assert not any(ln.strip().startswith(">") for ln in lines), lines[:4]


# progress and statistics reports: the title names the document's kind last (完成情况, 运行分析)
@pytest.mark.parametrize("title, period", [
    ("黄岛区2019年家庭医生签约服务主要指标完成情况", "annual"),
    ("2020年二季度全县卫生健康主要指标运行分析", "quarter"),
])
def test_a_progress_or_statistics_report_under_its_title(title, period):
    page = ("首页 > 统计信息 > 数据分析\n"
            f"{title}\n"
            "信息来源：区卫生健康局　　发布日期：2020-07-15　　【打印】【关闭】\n"
            "\n"
            "　　全区家庭医生签约率达到45.2%，重点人群签约率达到76.8%，比去年同期提高3.1个百分点。\n"
            "　　一、签约服务。累计签约28.6万人，完成年度任务的92.3%。\n")
    docs = page_docs(page)
    assert [d["title"] for d in docs] == [title]
    assert docs[0]["opening"] == title[:12]
    assert (docs[0]["doc_type"], docs[0]["period"], docs[0]["year"]) == \
        ("summary", period, int(title[title.index("20"):title.index("20") + 4]))


def test_a_traditional_notice_over_its_addressees_is_a_titled_plan():
    # a notice carrying a scheme, its addressees line between the site's metadata and its text
    page = ("您的位置：首頁 >> 通知公告\n"
            "關於印發2013年城鄉居民醫療保險補償方案的通知\n"
            "發佈時間：2013-01-10　　瀏覽次數：512\n"
            "\n"
            "各鄉鎮衛生院，縣直各醫療單位：\n"
            "　　為規範醫療保險基金管理，現將補償方案印發給你們。一、鄉鎮衛生院住院補償比例為85%。"
            "二、縣級醫院住院補償比例為70%。\n")
    docs = page_docs(page)
    assert len(docs) == 1
    assert docs[0]["title"] == "關於印發2013年城鄉居民醫療保險補償方案的通知"
    assert (docs[0]["doc_type"], docs[0]["year"]) == ("plan", 2013)


def test_a_news_item_under_its_headline_has_no_title():
    # the headline names a report's kind (工作综述) but the text is a news item (本报讯…): no title,
    # and the item starts at its text (the headline and the site's date line under it are read with it)
    page = ("郴州市卫生健康工作综述\n"
            "发布时间：2021-02-03　　来源：郴州日报\n"
            "\n"
            "　　本报讯（记者 周明）2020年，全市孕产妇死亡率下降到9.8/10万，婴儿死亡率为3.1‰。\n"
            "　　全市基层医疗卫生机构诊疗量占比达到62.4%。\n")
    docs = page_docs(page)
    assert len(docs) == 1
    assert docs[0]["title"] is None and docs[0]["opening"].startswith("本报讯（记者 周明）")
    assert docs[0]["doc_type"] == "summary"


# a document-sharing page: the title with the site's name, upload metadata, the title again; page
# breaks (rules, 第1页/共2页 with the site's notice) cutting the text, once inside a number
DOCSHARE = (
    "乡镇卫生院20XX年公共卫生工作计划 - 某某文库\n"
    "上传者：user01　　上传时间：2016-03-02　　页数：2\n"
    "文档格式：DOC　　浏览量：1 230　　下载：88次\n"
    "\n"
    "乡镇卫生院20XX年公共卫生工作计划\n"
    "一、工作目标\n"
    "　　20XX年，辖区居民健康档案建档率达到90%以上，孕产妇系统管理率达到8\n"
    "------------------------------------------------------------\n"
    "第1页/共2页　　本文档由用户上传，如有侵权请联系删除\n"
    "------------------------------------------------------------\n"
    "6%以上。\n"
    "二、主要措施\n"
    "　　（一）加强村医培训，全年培训不少于4次。\n"
    "------------------------------------------------------------\n"
    "第2页/共2页　　下载本文档　　收藏\n"
    "相关文档：卫生院工作计划　卫生院工作总结\n"
)


def test_a_shared_document_is_one_report_from_the_first_copy_of_its_title_across_its_page_breaks():
    d = one_doc(DOCSHARE)
    assert d["source_start"] == 0 and d["title"] == "乡镇卫生院20XX年公共卫生工作计划"
    assert (d["doc_type"], d["year"]) == ("plan", None)
    assert DOCSHARE[d["source_start"]:d["source_end"]].rstrip().endswith("全年培训不少于4次。")


def test_a_number_cut_by_a_page_break_is_read_whole():
    values = page_values(DOCSHARE)
    assert (86.0, "percent") in values
    assert (8.0, "percent") not in values and (6.0, "percent") not in values


def test_a_notice_that_names_the_plan_it_carries_is_one_report_whose_plan_text_is_no_plan_section():
    page = ("黄石市卫生健康委员会关于印发2018年全市疾病预防控制工作要点的通知\n"
            "\n"
            "各县（市、区）卫生健康局：\n"
            "　　现将《黄石市2018年疾病预防控制工作要点》印发给你们，请认真贯彻执行。\n"
            "\n"
            "黄石市卫生健康委员会\n"
            "2018年2月6日\n"
            "\n"
            "黄石市2018年疾病预防控制工作要点\n"
            "\n"
            "　　当前我市结核病防控形势依然严峻，基层防控人员不足，实验室检测能力薄弱。\n"
            "一、工作目标\n"
            "　　适龄儿童免疫规划疫苗接种率保持在95%以上，上半年完成入学查验。\n")
    docs = page_docs(page)
    assert len(docs) == 1
    assert docs[0]["title"].startswith("黄石市卫生健康委员会关于印发")
    # a plan that mentions 上半年 once beside its whole year is an annual plan
    assert (docs[0]["doc_type"], docs[0]["period"], docs[0]["year"]) == ("plan", "annual", 2018)
    view, reports = page_reports(page, "page.txt")
    assert all(not s.heading.startswith("黄石市2018年") for s in reports[0].sections)


def test_a_tables_caption_is_no_title():
    page = ("第一章　发展基础\n"
            "　　“十三五”时期，全市医疗卫生服务能力明显提升，主要健康指标完成情况如下：\n"
            "表2　“十三五”卫生健康主要指标完成情况\n"
            "指标\n单位\n2020年目标\n2020年完成\n"
            "婴儿死亡率\n‰\n5\n3.6\n"
            "第二章　总体要求\n"
            "　　到2025年，全市婴儿死亡率控制在3.5‰以下。\n")
    docs = page_docs(page)
    assert len(docs) == 1 and docs[0]["title"] is None
    # laid out in a development plan's chapters: a plan, although its first chapter reviews the past
    assert (docs[0]["doc_type"], docs[0]["period"]) == ("plan", "multi_year")


def test_a_title_set_off_inside_a_sites_blurb_line_starts_the_report():
    page = ("精品范文 > 工作总结 > 卫生工作总结\n"
            "以下是为大家整理的文章，欢迎阅读。 金川区卫生局2012年工作总结 2012年，我局围绕年初目标，"
            "较好地完成了各项工作任务。\n"
            "　　一、全区孕产妇住院分娩率达到99.2%，婴儿死亡率为6.1‰。\n")
    docs = page_docs(page)
    assert [d["title"] for d in docs] == ["金川区卫生局2012年工作总结"]
    assert (docs[0]["year"], docs[0]["admin_level"]) == (2012, "district")


@pytest.mark.parametrize("line", ["【打印】【关闭】", "【大 中 小】　【我要纠错】", "发布日期：2022-03-01",
                                  "来源：县卫生健康局　　阅读：2 306", "精品范文 > 工作总结 > 卫生院工作总结",
                                  "相关阅读：2020年工作总结 | 2019年工作总结"])
def test_site_furniture_lines(line):
    from healthdata.segment import Line, is_boilerplate
    from healthdata.textnorm import matching_text

    assert is_boilerplate(Line(0, len(line), line, matching_text(line)))


@pytest.mark.parametrize("line", ["2022年末，全市医疗卫生机构床位2.86万张，阅读室3个。",
                                  "一、加强卫生应急体系建设：新建应急物资储备库2个。",
                                  "县卫生局<b>2020</b>年工作总结",  # markup's > is no trail's
                                  "根据《爱国卫生工作条例》和《健康城市建设方案》的要求"])
def test_report_sentences_are_no_furniture(line):
    from healthdata.segment import Line, is_boilerplate
    from healthdata.textnorm import matching_text

    assert not is_boilerplate(Line(0, len(line), line, matching_text(line)))


# the type of a report from what it says
HALF_YEAR_ONE_LINE = (
    "青田镇卫生院2015年上半年工作总结\n"
    "2015年上半年，我院各项工作稳步推进。一、基本医疗：门诊就诊12 350人次，同比增长6.2%。"
    "二、公共卫生：居民健康档案建档率达到78.5%，老年人健康管理率为66.3%。"
    "存在的问题：一是人员不足；二是设备老化。下半年工作打算：一是力争全年建档率达到85%以上；"
    "二是完成门诊楼改造。\n")


def test_a_half_year_summary_with_its_second_half_plan_on_one_line_is_summary_and_plan():
    docs = page_docs(HALF_YEAR_ONE_LINE)
    assert [(d["doc_type"], d["period"], d["year"], d["admin_level"]) for d in docs] == \
        [("summary_and_plan", "H1", 2015, "township")]


@pytest.mark.parametrize("page, doc_type", [
    # a next-step item inside the problems section leaves a summary a summary
    ("县卫生局2016年妇幼卫生工作总结\n"
     "一、主要工作\n"
     "　　全县孕产妇系统管理率达到92.5%，住院分娩率达到99.1%，完成了年初确定的各项任务。\n"
     "二、存在问题和下一步打算\n"
     "（一）存在问题：基层妇幼人员不足。\n"
     "（二）下一步工作打算\n"
     "　　加强人员培训。\n", "summary"),
    # news of a meeting that reviews the half year and deploys the next
    ("7月6日，金湾区卫健局召开上半年工作总结会，回顾上半年工作，部署下半年重点任务。\n"
     "会议通报，上半年全区孕产妇系统管理率达到93.2%，完成全年任务的55%。\n"
     "下半年，区卫健局将重点推进2所社区卫生服务中心建设。\n"
     "会议要求，各单位要确保全年目标如期完成。\n", "summary_and_plan"),
    # a news item closing with one next-step sentence
    ("本报讯（记者 王芳）2020年，全市肺结核报告发病率由2016年的52.1/10万下降到2020年的41.3/10万，"
     "患者规范管理率达到93.1%。\n"
     "全市累计投入防治经费320万元，比上年增加12%。\n"
     "下一步，全市将力争到2022年底报告发病率降至38/10万以下。\n", "summary"),
], ids=["next_step_item_in_problems", "meeting_reviews_and_deploys", "news_with_one_next_step"])
def test_the_type_of_a_text_from_what_it_says(page, doc_type):
    assert [d["doc_type"] for d in page_docs(page)] == [doc_type]


@pytest.mark.parametrize("body, period", [
    ("　　下半年，重点做好秋冬季传染病防控，孕产妇系统管理率达到92%以上。\n", "H2"),
    ("　　全年孕产妇系统管理率达到92%以上；各单位于7月10日前报送上半年工作进展，年底报送全年工作总结。\n", "annual"),
])
def test_the_period_of_a_plan_from_its_text(body, period):
    page = "县卫生局2019年工作计划\n" + body
    assert [(d["doc_type"], d["period"]) for d in page_docs(page)] == [("plan", period)]


# an HTML news page: offsets point into the page itself (markup included), as the annotation counts
HTML_NEWS = (
    "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>某区卫健委：基层服务持续改善_某区政府网</title>"
    "<script>var views = 98.5;</script></head>\n<body>\n"
    "<div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/gk/\">政务公开</a> | <a href=\"/bs/\">办事服务</a></div>\n"
    "<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/dt/\">部门动态</a></div>\n"
    "<h1>基层卫生服务持续改善</h1>\n"
    "<div class=\"info\"><span>发布日期：2024-01-20</span> <span>浏览次数：<em>1 021</em></span></div>\n"
    "<p>　　2023年，雨花台区卫健委推进家庭医生签约服务，常住人口签约率为<b>38.6%</b>，\n"
    "重点人群签约率达到<span>79.2%</span>。</p>\n"
    "<table><tr><td>指标</td><td>单位</td><td>2023年</td></tr>\n"
    "<tr><td>婴儿死亡率</td><td>‰</td><td>2.1</td></tr></table>\n"
    "<div class=\"share\">分享到：<a href=\"#\">微信</a></div>\n"
    "</body></html>\n")


def test_an_html_pages_offsets_point_into_the_page_itself():
    from healthdata.ingest import html_to_text

    visible = html_to_text(HTML_NEWS).split("\n")
    assert "婴儿死亡率 | ‰ | 2.1" in visible and "当前位置：首页 > 部门动态" in visible
    assert not any("views" in ln for ln in visible)  # scripts and the head are not shown
    docs = page_docs(HTML_NEWS)
    assert len(docs) == 1 and docs[0]["title"] is None  # a news headline, not a report title
    assert docs[0]["source_start"] == HTML_NEWS.index("2023年，雨花台区")  # the item starts at its text
    assert (docs[0]["year"], docs[0]["admin_level"], docs[0]["place"]) == (2023, "district", "雨花台区")
    values = page_values(HTML_NEWS)  # asserts every quote is the page's own characters
    assert sorted(values) == sorted([(38.6, "percent"), (79.2, "percent"), (2.1, "per_mille")])


def test_html_entities_and_source_line_breaks_are_read_as_a_browser_shows_them():
    from healthdata.ingest import html_edits
    from healthdata.pageview import apply_edits

    page = "<p>目标&lt;5‰，\n实际为3.2‰&nbsp;。</p>"
    text, starts, ends = apply_edits(page, html_edits(page))
    assert text == "目标<5‰， 实际为3.2‰\xa0。"
    lt = text.index("<")
    assert page[starts[lt]:ends[lt + 1]] == "&lt;"  # the entity's character covers the entity


@pytest.mark.parametrize("title, topic", [
    ("2016年上半年全县卫生计生主要指标完成情况", "general"),   # the bureau's own name since 2013
    ("县卫生和计划生育局2015年工作总结", "general"),
    ("县卫生局2014年计划生育工作总结", "family_planning"),     # a report on family planning work
])
def test_the_bureaus_name_is_no_family_planning_topic(title, topic):
    page = title + "\n　　全县孕产妇系统管理率达到91.2%，出生人口性别比为108.5。\n"
    assert [d["topic"] for d in page_docs(page)] == [topic]


def test_a_report_over_several_years_has_no_one_year():
    page = ("第一章　发展基础\n"
            "　　“十三五”以来，全市婴儿死亡率由2015年的5.1‰下降到2020年的3.2‰，2020年居民健康档案建档率达到91%。\n"
            "第二章　主要任务\n"
            "　　到2025年，全市婴儿死亡率控制在3‰以下。\n")
    docs = page_docs(page)
    assert [(d["doc_type"], d["period"], d["year"]) for d in docs] == [("plan", "multi_year", None)]


def test_an_untitled_text_with_a_plan_part_is_summary_and_plan():
    page = HALF_YEAR_ONE_LINE.split("\n", 1)[1]  # the same page without its title line
    docs = page_docs(page)
    assert [(d["title"], d["doc_type"], d["period"]) for d in docs] == [(None, "summary_and_plan", "H1")]


def test_one_mention_of_training_names_no_topic():
    page = ("县卫生局2017年工作计划\n"
            "一、全县居民健康档案建档率达到90%以上，孕产妇系统管理率达到92%以上。\n"
            "二、全年组织乡村医生培训不少于4次。\n")
    assert [d["topic"] for d in page_docs(page)] == ["general"]


def test_a_notice_title_glued_to_its_addressees_on_one_line_is_its_title():
    page = ("首页 > 通知公告\n"
            "宜昌市卫生健康委员会关于印发2019年全市妇幼健康工作要点的通知各县市区卫生健康局：现将工作要点印发给你们，"
            "请认真贯彻落实。一、孕产妇系统管理率达到90%以上；二、住院分娩率稳定在99%以上。\n")
    docs = page_docs(page)
    assert [d["title"] for d in docs] == ["宜昌市卫生健康委员会关于印发2019年全市妇幼健康工作要点的通知"]
    assert (docs[0]["doc_type"], docs[0]["year"], docs[0]["topic"]) == ("plan", 2019, "maternal_child")


@pytest.mark.parametrize("title", ["镇卫生院2020年上半年工作总结范文", "县卫生局2021年工作计划（精选）"])
def test_an_essay_sites_label_after_the_title_leaves_it_a_title(title):
    page = (f"{title}\n"
            "时间：2021-03-05　栏目：工作总结\n"
            "　　今年以来，全镇居民健康档案建档率达到86.5%，老年人健康管理率为70.2%。\n")
    docs = page_docs(page)
    assert [d["title"] for d in docs] == [title] and docs[0]["source_start"] == 0


def test_counters_and_attachment_links_inside_a_report_are_no_values():
    page = ("通渭县卫生健康局2020年工作总结\n"
            "2021-01-08　　阅读：2 418次\n"
            "　　2020年，全县新建村卫生室12个，居民健康档案建档率达到88.1%。\n"
            "　　全县培训乡村医生320人次。\n"
            "附件下载：2020年主要指标完成表.xlsx（已下载 57 次）\n")
    docs = page_docs(page)
    assert [d["title"] for d in docs] == ["通渭县卫生健康局2020年工作总结"] and docs[0]["source_start"] == 0
    assert sorted(page_values(page)) == sorted([(12.0, "count"), (88.1, "percent"), (320.0, "count")])


# --- page shapes of the second development round -------------------------------------------------

def test_a_news_headline_printed_twice_above_the_navigation_trail_is_read_with_the_item():
    # a news site shows the headline as its page title and as the article's, both above the trail
    page = ("庆阳市妇幼健康工作扎实推进\n"
            "庆阳市妇幼健康工作扎实推进\n"
            "首页 > 健康资讯 > 工作动态　　发布时间：2021-04-12　　来源：庆阳日报\n"
            "\n"
            "本报讯（记者 赵某某）记者从市卫生健康委获悉，2020年全市孕产妇系统管理率达到93.4%，"
            "住院分娩率保持在99.6%以上。\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index("本报讯") and doc["title"] is None


def test_a_news_headline_printed_twice_over_its_date_and_tool_lines_is_read_with_the_item():
    page = ("泾县新闻网\n"
            "县卫健委部署今年基本公共卫生服务工作\n"
            "县卫健委部署今年基本公共卫生服务工作\n"
            "2023-03-07 10:21:05\n"
            "来源：泾县融媒体中心　作者：孙某某　浏览：412\n"
            "【打印】【关闭】\n"
            "\n"
            "　　本网讯　3月6日，县卫健委召开会议，通报2022年全县高血压患者规范管理率达到68.2%。\n")
    doc = one_doc(page)
    assert doc["opening"].startswith("本网讯") and doc["source_start"] == page.index("本网讯")


def test_a_title_printed_three_times_once_with_the_sites_date_and_column_starts_at_its_first_copy():
    title = "华池县卫生局2014年上半年工作总结"
    page = (f"{title}\n"
            f"{title}_工作总结_某某公文网\n"
            f"{title}　时间：2014-07-08　栏目：工作总结\n"
            "今年上半年，全县新农合参合率达到98.2%，住院分娩率为97.5%，各项工作进展顺利。\n")
    doc = one_doc(page)
    assert (doc["source_start"], doc["title"], doc["period"]) == (0, title, "H1")


def test_copies_of_a_title_with_an_article_metadata_line_between_start_at_the_first():
    title = "乡卫生院20XX年公共卫生工作计划"
    page = (f"{title}\n"
            f"{title}\n"
            "2020-09-14 08:30:12　作者：佚名　来源：网络　点击：\n"
            f"{title}\n"
            "\n"
            "　　20XX年，我院将力争居民健康档案建档率达到90%以上。\n")
    doc = one_doc(page)
    assert (doc["source_start"], doc["title"], doc["doc_type"]) == (0, title, "plan")


def test_a_summary_and_next_years_arrangements_is_a_titled_report():
    title = "宁安市卫生健康局2022年工作总结和2023年工作安排"
    page = ("宁安市人民政府网 > 工作总结\n"
            f"{title}\n"
            "发布机构：市卫生健康局　　发布日期：2023-01-10\n"
            "分享到：\n"
            "2022年，市卫生健康局扎实推进各项工作，全市居民健康档案建档率达到87.1%。\n"
            "2023年，力争家庭医生签约率达到45%以上。\n")
    doc = one_doc(page)
    assert (doc["title"], doc["doc_type"], doc["source_start"]) == (title, "summary_and_plan", page.index(title))


def test_a_title_over_a_bare_date_and_a_source_line_is_the_reports_title():
    title = "德化縣衛生局2016年工作計劃"
    page = ("首頁 > 地方政務 > 福建\n"
            f"{title}\n"
            "2016-02-03\n"
            "來源：德化縣政府網【大中小】\n"
            "為做好今年全縣衛生工作，特制定本計劃。全縣新農合參合率穩定在98%以上。\n")
    doc = one_doc(page)
    assert (doc["title"], doc["doc_type"], doc["period"], doc["year"]) == (title, "plan", "annual", 2016)


def test_a_letter_pages_labelled_headline_is_read_with_the_letter():
    page = ("某县人民政府 > 互动交流 > 县长信箱 > 信件详情\n"
            "信件标题：关于村卫生室看病报销的问题\n"
            "来信人：李**　　来信时间：2020-05-06　　浏览量：96\n"
            "来信内容：\n"
            "请问在村卫生室看门诊能报销多少？\n"
            "答复内容：\n"
            "您好！2020年我县村卫生室门诊费用报销比例为60%，每人每年封顶200元。\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index("请问") and doc["title"] is None  # the letter's text, after its labels


def test_an_essay_sites_note_on_its_sources_is_no_report():
    page = ("范文网 > 工作总结\n"
            "本站文章均来自网友投稿，仅供学习参考。\n"
            "……为明年全院各项卫生工作的顺利开展打下了良好基础。以上是本站为您整理的相关内容，下面一起来看看。\n"
            "城关镇卫生院2015年工作总结\n"
            "2015年，我院门诊诊疗人次同比增长5.2%，住院分娩率达到98.8%。\n")
    docs = page_docs(page)
    assert [d["title"] for d in docs] == ["城关镇卫生院2015年工作总结"]


@pytest.mark.parametrize("page, opening", [
    # a page header (the page's name and the site's) is no report
    ("医疗卫生 | 某某地方志资料库\n"
     "当前位置：资料库 > 年鉴 > 某某市年鉴（2011）\n"
     "【卫生】2010年，全市有医疗卫生机构48个，新农合参合率97.3%，婴儿死亡率5.9‰。\n", "【卫生】"),
    # a menu line above the trail is printed once: the site's, no headline; the item starts at its own text
    ("网站首页　新闻中心　政务公开\n"
     "首页 > 健康资讯 > 工作动态\n"
     "本报讯　2020年全市孕产妇系统管理率达到93.4%，住院分娩率保持在99.6%以上，各项工作有序推进。\n", "本报讯"),
])
def test_the_sites_header_and_menu_lines_are_no_report_and_no_headline(page, opening):
    assert one_doc(page)["opening"].startswith(opening)


@pytest.mark.parametrize("row", ["指标 | 单位 | 目标值", "参合率 | % | 98.5"])
def test_table_rows_are_no_page_header(row):
    from healthdata.segment import Line, is_boilerplate
    assert not is_boilerplate(Line(0, len(row), row, row))


def test_a_yearbook_entry_is_placed_by_the_yearbook_its_trail_names():
    # the entry speaks only of 全市; the trail names the yearbook of a county-level city (县级市 → county)
    page = ("当前位置：资料库 > 年鉴 > 义乌市年鉴（2015）\n"
            "【卫生】2014年，全市有医疗卫生机构312个，新农合参合率98.6%，孕产妇住院分娩率100%，"
            "婴儿死亡率3.1‰。全年门诊诊疗人次同比增长6.4%。\n")
    doc = one_doc(page)
    assert (doc["place"], doc["admin_level"]) == ("义乌市", "county")


@pytest.mark.parametrize("answer, period", [
    # last year looked back on as a whole: the interview reports on a year
    ("去年我们重点抓了两件事：新建村卫生室18所，家庭医生重点人群签约率达到65.3%。", "annual"),
    # a comparison with last year's same months says nothing of the period covered
    ("上半年，家庭医生重点人群签约率达到65.3%，比去年同期提高3.1个百分点。", "H1"),
])
def test_the_period_of_an_interview_from_how_it_speaks_of_last_year(answer, period):
    page = ("专访县卫生健康局局长张某\n"
            "2022-03-02 09:10　来源：某某日报\n"
            "\n"
            "记者：卫生健康工作有哪些亮点？\n"
            f"张某：{answer}\n")
    assert one_doc(page)["period"] == period


def html_page(page_title: str, body: str) -> str:
    return (f"<html><head><meta charset=\"utf-8\"><title>{page_title}</title></head>\n<body>\n"
            "<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/gk/\">部门信息</a></div>\n"
            f"{body}\n"
            "<div class=\"share\">分享到：<a href=\"#\">微信</a></div>\n</body></html>\n")


def test_a_titled_html_page_starts_at_its_title_in_the_pages_title_element():
    title = "龙岗区卫生健康局2020年工作总结"
    page = html_page(f"{title}_龙岗区政府在线",
                     f"<h1>{title}</h1>\n<div class=\"info\">发布时间：2021-01-12</div>\n"
                     "<p>　　2020年，全区孕产妇系统管理率达到95.3%，婴儿死亡率为1.9‰。</p>")
    doc = one_doc(page)
    assert (doc["title"], doc["source_start"]) == (title, page.index(title))
    assert page.index(title) < page.index("<body>")


def test_an_html_news_item_starts_at_its_text_whatever_repeats_its_headline():
    headline = "我区家庭医生签约服务扩面提质"
    page = html_page(headline,
                     f"<h2>{headline}</h2>\n<div class=\"info\">发布时间：2021-01-12</div>\n"
                     "<p>　　本报讯　2020年，全区重点人群家庭医生签约率达到76.4%，较上年提高3.2个百分点。</p>")
    doc = one_doc(page)
    assert doc["title"] is None and doc["source_start"] == page.index("本报讯")


def test_a_notice_title_over_the_sites_metadata_lines_is_the_title_of_the_plan_it_carries():
    notice = "关于印发《城关镇2021年卫生健康工作要点》的通知"
    page = ("网站首页 | 政务公开 | 通知公告\n"
            f"{notice}\n"
            "发布日期：2021-02-26　　点击数：154\n"
            "【打印】【关闭】\n"
            "各村（社区）、镇卫生院：\n"
            "现将《城关镇2021年卫生健康工作要点》印发给你们，请认真贯彻落实。\n"
            "城关镇人民政府\n"
            "2021年2月25日\n"
            "城关镇2021年卫生健康工作要点\n"
            "2021年全镇卫生健康工作的主要目标：孕产妇系统管理率90以上，住院分娩率99以上。\n"
            "一、巩固基本医疗保障。确保全镇参保人数不少于3.2万人。\n")
    doc = one_doc(page)
    assert (doc["title"], doc["doc_type"], doc["year"], doc["source_start"]) == (notice, "plan", 2021, page.index(notice))


@pytest.mark.parametrize("line", ["城关镇卫生院上半年工作总结_某某范文网", "城关镇卫生院上半年工作总结 | 工作总结 | 某某文库",
                                  "城关镇卫生院上半年工作总结 - 某某文库"])
def test_a_title_printed_once_with_the_sites_names_after_it_is_the_title_without_them(line):
    # (and no page header of page and site name: it names a report)
    page = (f"{line}\n"
            "上半年，我院门诊诊疗人次同比增长4.1%，住院分娩率达到98.2%，各项工作有序推进。\n")
    doc = one_doc(page)
    assert (doc["title"], doc["source_start"], doc["period"]) == ("城关镇卫生院上半年工作总结", 0, "H1")


def test_titles_over_the_sites_metadata_lines_each_start_a_report():
    # a bureau's page of two articles, each title over its own date and tool lines
    page = ("桐城市卫生健康委2021年工作总结\n"
            "发布时间：2022-01-06　　来源：市卫生健康委\n"
            "【打印】【关闭】\n"
            "　　2021年，全市孕产妇系统管理率达到94.1%，婴儿死亡率为2.6‰，各项工作有序推进。\n"
            "桐城市卫生健康委2022年工作要点\n"
            "发布时间：2022-01-06　　来源：市卫生健康委\n"
            "【打印】【关闭】\n"
            "　　2022年，力争孕产妇系统管理率达到95%以上，婴儿死亡率控制在3‰以下。\n")
    docs = page_docs(page)
    assert [(d["title"], d["doc_type"], d["year"]) for d in docs] == [
        ("桐城市卫生健康委2021年工作总结", "summary", 2021), ("桐城市卫生健康委2022年工作要点", "plan", 2022)]
    assert [d["source_start"] for d in docs] == [0, page.index("桐城市卫生健康委2022年")]


def test_a_news_headline_with_a_subtitle_line_is_read_with_the_item():
    page = ("我县基层卫生服务能力持续提升\n"
            "——县卫健委扎实推进基层卫生建设\n"
            "发布时间：2021-03-02\n"
            "　　本报讯　2020年，全县村卫生室标准化率达到96.5%，乡镇卫生院全部达到服务能力基本标准。\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index("本报讯") and doc["title"] is None


@pytest.mark.parametrize("title, place", [
    ("城南街道社区卫生服务中心2020年工作总结", "城南街道"),
    ("鼓楼区华林街道社区卫生服务中心2021年工作计划", "华林街道"),
])
def test_a_sub_districts_community_health_centre_is_township_level(title, place):
    page = f"{title}\n　　中心全年完成门诊诊疗3.2万人次，居民健康档案建档率达到88.2%。\n"
    doc = one_doc(page)
    assert (doc["admin_level"], doc["place"]) == ("township", place)


def test_a_notice_of_requirements_is_a_plan():
    # 要达到 is a level to reach, not one reached
    page = ("关于做好2020年家庭医生签约服务工作的通知\n"
            "各乡镇卫生院：\n"
            "　　为做好今年家庭医生签约服务工作，现就有关事项通知如下：一、常住人口签约率要达到35%以上。"
            "二、重点人群签约率应达到65%以上。三、签约居民满意度要达到90%。\n"
            "2020年3月2日\n")
    assert one_doc(page)["doc_type"] == "plan"


def test_a_title_printed_twice_on_the_line_of_a_one_line_report_is_its_title():
    title = "城关县卫生局2015年工作总结"
    page = (f"{title} {title} 2015年，我局紧紧围绕年初确定的目标任务，全县新农合参合率达到98.6%，住院分娩率为99.1%，"
            "孕产妇死亡率为12.5/10万。一、医疗服务能力不断提升。全县门诊诊疗人次同比增长6.2%。\n")
    doc = one_doc(page)
    assert (doc["title"], doc["source_start"], doc["period"]) == (title, 0, "annual")
    assert sorted(page_values(page)) == sorted([(98.6, "percent"), (99.1, "percent"), (12.5, "per_100k"), (6.2, "percent")])


def test_an_interview_whose_answer_opens_with_a_year_reports_on_that_year():
    page = ("市卫健委负责人就卫生健康工作答记者问\n"
            "发布时间：2022-01-20\n"
            "问：全市卫生健康工作取得了哪些成效？\n"
            "答：2021年，全市孕产妇死亡率为7.6/10万，婴儿死亡率为2.8‰，均处于历史最低水平。\n")
    assert one_doc(page)["period"] == "annual"


def test_a_text_looking_back_over_five_years_stays_multi_year_whatever_year_a_sentence_opens_with():
    page = ("首页 > 新闻\n"
            "　　五年来，全县卫生健康事业快速发展，孕产妇死亡率由18.2/10万下降到9.6/10万。2020年，全县婴儿死亡率为3.1‰。\n")
    assert one_doc(page)["period"] == "multi_year"


def test_a_report_like_headline_right_over_a_news_dateline_is_no_title():
    page = ("宣州区妇幼健康工作综述\n"
            "　　本报讯（通讯员 钱某）2020年，全区孕产妇系统管理率达到94.6%，婴儿死亡率为2.7‰。\n")
    doc = one_doc(page)
    assert doc["title"] is None and doc["source_start"] == page.index("本报讯")


def test_a_number_cut_by_a_sharing_sites_footer_with_its_name_and_address_is_read_whole():
    # the site prints its name, its web address and the page counter as one footer line at each page break
    page = ("某某县2015年妇幼卫生工作计划\n"
            "一、工作目标\n"
            "全县住院分娩率稳定在98%以上，孕产妇系统管理率达到9\n"
            "某某文库 www.example.com 第 3 页 共 7 页\n"
            "2.4%以上，新生儿访视率达到90%以上。\n")
    values = page_values(page)
    assert (92.4, "percent") in values
    assert not {(9.0, "percent"), (2.4, "percent"), (3.0, "percent"), (7.0, "percent")} & set(values)
    assert len(page_docs(page)) == 1


def test_a_site_menu_bar_of_short_cells_is_no_report():
    # a news site's section menu over the item's headline: cells split by |, no digits, no table around
    page = ("资讯 | 政务 | 健康 | 图片\n"
            "全县基层卫生服务能力稳步提升\n"
            "2020-03-02 09:10\n"
            "本报讯　2019年，全县新建村卫生室42所，乡镇卫生院标准化建设达标率达到95.2%，家庭医生签约率达到46.8%。\n")
    doc = one_doc(page)
    assert doc["opening"].startswith("本报讯　2019年")


def test_a_tables_header_row_of_short_cells_stays_with_its_table():
    page = ("2019年，全县妇幼卫生各项工作稳步推进，主要指标如下：\n"
            "指标 | 单位 | 目标 | 完成\n"
            "住院分娩率 | % | 98 | 99.1\n")
    doc = one_doc(page)
    assert doc["opening"].startswith("2019年")
    assert (99.1, "percent") in page_values(page)


@pytest.mark.parametrize("body", [
    # a prefecture (州) speaks of its own jurisdiction as 全州 / 我州, as a city does of 全市
    "2019年，全州共有乡镇卫生院126所，新农合参合率达到97.6%，我州孕产妇住院分娩率99.2%。",
    "州委、州政府高度重视卫生健康工作，2020年全州家庭医生签约率达到48.3%。",
])
def test_a_prefectures_own_words_place_it_at_city_level(body):
    assert one_doc(body + "\n")["admin_level"] == "city"


@pytest.mark.parametrize("body", [
    "【卫生】2021年，临泉市（县级市）卫生健康局围绕群众就医需求，全市新增床位320张，孕产妇住院分娩率达到99.6%。",
    "2021年，临泉市是县级市，全市有乡镇卫生院11个，新农合参合率达到98.1%，家庭医生签约率达到45.2%。",
])
def test_a_city_that_says_it_is_county_level_is_county_level(body):
    assert one_doc(body + "\n")["admin_level"] == "county"


def test_a_summary_that_reports_targets_reached_in_a_table_is_a_summary():
    # 目标 in a table's header and in a sentence that says the targets were met is no plan
    page = ("2016年，全区疾病预防控制工作围绕年度目标扎实推进，全年完成各类疫苗接种12.6万剂次。主要指标完成情况如下：\n"
            "指标 | 单位 | 年度目标 | 完成值\n"
            "免疫规划疫苗接种率 | % | ≥95 | 97.3\n"
            "肺结核患者成功治疗率 | % | ≥90 | 92.8\n"
            "从上表看，各项指标均完成年度目标。但基层防疫人员不足的问题仍较突出。\n")
    assert one_doc(page)["doc_type"] == "summary"


def test_a_bureau_whose_arrangements_a_text_follows_is_its_superior_not_its_level():
    # a hospital department's plan names the city bureau only as the body whose arrangements it follows
    page = ("某医院科教科2022年工作计划\n"
            "一、按照x市卫生局的安排，完成住院医师规范化培训的报名和考核。\n"
            "二、依据市卫生局的要求，组织全年24次业务学习和12次教学查房。\n"
            "三、年底完成科室工作总结。\n")
    assert one_doc(page)["admin_level"] == "unknown"
    # the bureau's own plan that names itself keeps its level
    own = ("2022年工作计划\n"
           "一、市卫生局全面推进家庭医生签约服务，签约率达到45%以上。\n"
           "二、市卫生局组织开展基层卫生人员培训1 200人次。\n")
    assert one_doc(own)["admin_level"] == "city"


def test_a_result_measured_against_a_target_is_work_done_not_a_plan():
    # an untitled township item (written for this test): work done, a gap against the assessment
    # target and one closing aim; the comparison with a target reports a result, so the text is a summary
    from healthdata.normalize.documents import untitled_doc_type
    from healthdata.segment import page_matching_text

    body = page_matching_text(
        "2020年，红旗乡卫生院完成居民健康档案更新3 100份，建档率达到88.2%。"
        "与县里下达的考核目标相比，我院还有差距：一是村医年龄偏大；二是随访不规范。"
        "2021年力争建档率达到90%以上。")
    assert untitled_doc_type(body, 0.0) == "summary"


def test_an_interview_asking_for_next_steps_carries_a_plan():
    # an interview (written for this test): results, then the host asks for the next steps and the
    # guest answers with aims: the page reports and plans
    from healthdata.normalize.documents import untitled_doc_type
    from healthdata.segment import page_matching_text

    body = page_matching_text(
        "【主持人】去年全县医保工作成效如何？\n"
        "【张某】去年全县参保率达到97.1%，住院实际报销比例为63.5%，比上年提高2个百分点。\n"
        "【主持人】明年有哪些打算？\n"
        "【张某】我们将推行按病种付费，力争县域内就诊率达到90%。\n")
    assert untitled_doc_type(body, 0.0) == "summary_and_plan"
