"""Site furniture in the shapes real pages carry it, written for these tests: lines glued to the
article on one line (metadata, page tools and text together, as a scraper that drops block breaks
leaves them), menu and tool bars set as rows of cells, an information-disclosure page's metadata
table, a site's disclaimer, a sharing site's rating line. None of it is a report or a report's text."""
from __future__ import annotations

import pytest

from healthdata.build import report_result
from healthdata.segment import page_reports

HEADLINE = "柳塘县卫生工作再上新台阶"
META = ["来源：柳塘县融媒体中心", "发布时间：2019-02-14 10:05", "浏览次数：842",
        "【字体：大 中 小】 【打印本页】 【关闭窗口】"]
BODY = ("本报讯（记者 陈晓）2月13日，记者从县卫生健康局获悉，2018年全县居民健康档案建档率达到87.5%，"
        "孕产妇系统管理率为93.2%，婴儿死亡率下降到4.1‰，全年投入基层卫生资金2 160万元。"
        "但目前乡镇卫生院专业人才仍然紧缺。今年将力争建档率达到90%以上。")


def facts(page: str) -> tuple[list[tuple], list[str]]:
    view, reports = page_reports(page, "page.txt")
    obs, probs = [], []
    for rep in reports:
        part = report_result(rep, "page.txt", view)
        for row in part.observations:
            assert row["quote"] == page[row["source_start"]:row["source_end"]]
            obs.append((row["value"], row["unit"], row["indicator_id"], row["statement"]))
        probs += [row["text"] for row in part.problems]
    return sorted(obs, key=repr), probs


def test_the_line_broken_page_gives_what_a_reader_reads():
    obs, probs = facts("\n".join([HEADLINE, *META, BODY]))
    assert (87.5, "percent", "health_record_coverage_rate", "actual") in obs
    assert (4.1, "per_mille", "infant_mortality_rate", "actual") in obs
    assert (21600000.0, "yuan", None, "actual") in obs
    assert (90.0, "percent", "health_record_coverage_rate", "target") in obs
    assert not any(v == 842 for v, *_ in obs)  # the page counter is the site's
    assert len(probs) == 1 and "专业人才仍然紧缺" in probs[0]


@pytest.mark.parametrize("joiner", ["", " "], ids=["glued", "spaced"])
def test_metadata_and_page_tools_run_into_the_text(joiner):
    broken = facts("\n".join([HEADLINE, *META, BODY]))
    assert facts(joiner.join([HEADLINE, *META, BODY])) == broken


def test_a_share_bar_runs_into_the_dateline():
    page = HEADLINE + "\n来源：柳塘日报分享到：微信 微博" + BODY
    assert facts(page) == facts("\n".join([HEADLINE, *META, BODY]))


def test_a_yearbook_heading_in_brackets_is_no_page_tool():
    page = "【卫生健康】2018年，全县居民健康档案建档率达到87.5%，婴儿死亡率下降到4.1‰。"
    view, reports = page_reports(page, "page.txt")
    assert "\n" not in view.text


def test_a_number_grouped_by_spaces_in_full_width_digits_is_one_number():
    page = HEADLINE + "\n" + BODY.replace("2 160", "２ １６０")
    assert (21600000.0, "yuan", None, "actual") in facts(page)[0]


def test_a_share_bar_ending_its_line_is_not_cut():
    page = HEADLINE + "\n分享到：Facebook　Twitter　微信\n" + BODY
    view, reports = page_reports(page, "page.txt")
    assert "微信" not in view.text  # the whole bar is the site's line, none of it the report's
    assert view.raw_span(reports[0].start, reports[0].end)[0] == 0  # the report starts at its headline


def test_a_long_line_of_text_after_a_site_label_is_the_reports_text():
    """The page's date glued to the article's first sentence: the line is the article's."""
    body = BODY.replace("本报讯（记者 陈晓）2月13日，记者从县卫生健康局获悉，", "") * 3
    assert len(body) >= 300
    obs, _ = facts(HEADLINE + "\n发布时间：2019-02-14　" + body)
    assert obs.count((87.5, "percent", "health_record_coverage_rate", "actual")) == 3


REPORT = ("柳塘县卫生健康局2023年工作总结\n"
          "2023年，全县居民健康档案建档率达到87.5%，婴儿死亡率下降到4.1‰。\n"
          "全年新建村卫生室12个，乡镇卫生院住院人次同比增长6.2%。\n")


def report_starts(page: str) -> list[str]:
    """The first characters of each report found on the page."""
    view, reports = page_reports(page, "page.txt")
    return [page[slice(*view.raw_span(r.start, r.end))][:12] for r in reports]


@pytest.mark.parametrize("bar", [
    "网站首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流",   # a portal's menu
    "县委 | 人大 | 政府 | 政协 | 乡镇街道 | 部门网站",        # a second menu row
    "无障碍浏览 | 长者模式 | 繁体 | English",                 # accessibility tools
    "字号 T | T   阅读模式   打印",                          # a reader's tool bar
    "访谈状态：已结束    图片直播    文字实录    视频回放",   # an interview page's tabs
])
def test_a_bar_of_cells_without_figures_makes_no_report(bar):
    assert report_starts(f"{bar}\n{bar}\n{REPORT}") == ["柳塘县卫生健康局2023"]


def test_an_information_disclosure_pages_metadata_table_is_the_sites():
    meta = ("索引号 | 11520000-2024-00031\n发布机构 | 柳塘县卫生健康局\n生成日期 | 2024-01-22\n"
            "主题分类 | 卫生健康\n文号 | 柳卫发〔2024〕3号\n")
    assert report_starts(meta + REPORT) == ["柳塘县卫生健康局2023"]
    assert report_starts(meta.replace(" | ", "：") + REPORT) == ["柳塘县卫生健康局2023"]


@pytest.mark.parametrize("line", ["声明：本文仅代表作者观点，不代表本站立场。",
                                  "本文来自网友分享，内容不代表本网观点。"])
def test_a_sites_disclaimer_after_the_report_is_no_report(line):
    assert report_starts(REPORT + line + "\n分享到：微信 微博\n· 某某县召开卫生工作会议？\n") == ["柳塘县卫生健康局2023"]


def test_a_sharing_sites_rating_line_between_title_copies_is_furniture():
    page = ("文库 > 医疗卫生\n柳塘县卫生健康局2023年工作总结\n上传者：user_01 上传时间：2024-01-09 页数：3\n"
            "文档星级：★★★☆☆ 需要 2 金币 [立即下载]\n" + REPORT)
    view, reports = page_reports(page, "page.txt")
    assert len(reports) == 1
    assert view.raw_span(reports[0].start, reports[0].end)[0] == page.index("柳塘县")  # the title's first copy


def test_a_family_planning_bureaus_title_on_one_line_is_cut_at_its_report_word_not_inside_its_name():
    """计划生育 (family planning) in a bureau's name is no plan: the title of a one-line page ends at 报告."""
    title = "柳塘县卫生和计划生育局关于2016年度卫生计生工作情况的报告"
    body = ("县人大常委会：2016年，我局统筹推进卫生和计划生育各项工作。" + REPORT.split("\n", 1)[1].replace("\n", "")) * 4
    view, reports = page_reports(title + body, "page.txt")
    assert [view.text[slice(*r.title_span)] for r in reports] == [title]


def test_an_essay_sites_numbered_articles_on_one_line_are_two_titled_reports():
    page = ("篇一：柳塘卫生院20XX年度工作总结20XX年，我院门诊人次同比增长5.2%，住院1426人次。"
            "篇二：柳塘卫生院20XX年工作计划新的一年，居民健康档案建档率达到90%以上。")
    view, reports = page_reports(page, "page.txt")
    assert [view.text[slice(*r.title_span)] for r in reports] == ["柳塘卫生院20XX年度工作总结", "柳塘卫生院20XX年工作计划"]


NOTICE = ("关于印发柳塘县2022年卫生健康工作要点的通知\n"
          "各乡镇卫生院，县直各医疗卫生单位：\n"
          "现将《柳塘县2022年卫生健康工作要点》印发给你们，请认真贯彻落实。\n"
          "柳塘县2022年卫生健康工作要点\n"
          "一、全年居民健康档案建档率达到90%以上，孕产妇死亡率控制在12/10万以下。\n")


@pytest.mark.parametrize("top", [
    # the page's title with the site's name, a menu whose separators were lost, the trail, metadata, date
    "关于印发柳塘县2022年卫生健康工作要点的通知-柳塘县人民政府\n网站首页政务公开政务服务互动交流\n"
    "当前位置：首页 > 政务公开 > 通知公告\n索引号：11520000-2022-00012 发布机构：柳塘县卫生健康局\n发布日期：2022-02-10\n",
    # a township portal's trail with spaced dashes
    "关于印发柳塘县2022年卫生健康工作要点的通知\n柳塘镇人民政府门户网站 — 镇务公开 — 文件通知\n文章来源：县卫生健康局\n",
], ids=["government-portal", "dash-trail"])
def test_a_notice_starts_at_its_titles_first_copy_above_the_sites_lines(top):
    view, reports = page_reports(top + NOTICE, "page.txt")
    assert len(reports) == 1
    assert view.raw_span(reports[0].start, reports[0].end)[0] == 0


def test_a_notice_title_in_a_sidebars_list_of_links_is_no_report():
    side = ("通知公告\n关于开展2022年全民健康生活方式行动的通知\n全县二孩出生占比达48.6%\n"
            "热点新闻\n柳塘县获评省级卫生县城\n")
    assert report_starts(REPORT + side) == ["柳塘县卫生健康局2023"]


def test_a_bar_of_bulleted_links_is_furniture_between_title_copies():
    page = ("柳塘县卫生健康局2023年工作总结--柳塘县人民政府网\n当前位置：首页 >> 政务公开 >> 计划总结\n"
            "· 机构职能　· 领导信息　· 规划计划　· 统计数据（全县常住人口35.6万人）\n" + REPORT)
    view, reports = page_reports(page, "page.txt")
    assert len(reports) == 1 and view.raw_span(reports[0].start, reports[0].end)[0] == 0


def test_a_one_line_reports_poster_and_its_links_to_other_articles_are_the_sites():
    """A one-line page: title, poster, date and tools glued to the text, and the links to the previous
    and next articles glued to its last sentence (a related title carries a figure of its own)."""
    text = ("2023年，全县居民健康档案建档率达到87.5%，婴儿死亡率下降到4.1‰。全年新建村卫生室12个。"
            "存在的问题：一是乡镇卫生院专业人才匮乏；二是基层医疗设备陈旧老化。")
    page = ("柳塘县卫生健康局2023年工作总结发布者：admin发布时间：2024-1-8 10:21浏览次数：856次【字体：大 中 小】"
            + text + "上一篇：柳塘县参合率达96.1%下一篇：柳塘县2024年工作要点")
    obs, probs = facts(page)
    assert obs == facts("柳塘县卫生健康局2023年工作总结\n" + text)[0]
    assert not any(v == 96.1 for v, *_ in obs)
    assert len(probs) == 2
