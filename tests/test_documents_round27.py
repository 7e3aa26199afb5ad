"""Documents, round 27: where each report on a page starts and ends.  Causes worked: two entries of round 26 that fitted
one written passage each were widened to the pattern real sites show: a public account's lead-in clause pointing down at
what follows is report text whatever down-pointing hand or arrow ends it (👇 with a skin tone, repeated, ⬇️, ↓↓↓, 🔽), and a site's
menu of cells in brackets is the site's whatever the brackets ([首页] | [新闻], 〔政务〕丨〔服务〕, 「首頁」|「公告」), not only in
lenticular ones; a site's switch between Simplified and Traditional script in brackets, maybe with its other versions
beside it (（繁體版 | 简体版）, （繁體版）　[切換簡體], 繁體版 | 简体版 | 无障碍浏览), was not the site's line: in brackets between
bars it read as a table's row, so the text of a title over it ended there and the report lost its title.
Every page is written for the test (names and figures invented)."""
from __future__ import annotations

import pytest
from test_documents_written import one_doc, page_values

from documents_pages import is_sites_line, line, sites_line_cases

from healthdata.pageview import doubled_title_edits, page_view
from healthdata.segment import _is_report_text, menu_bar_lines, page_lines, page_matching_text


# ---- a public account's lead-in pointing down at what follows -------------------------------------------------------------

@pytest.mark.parametrize("lead_in", [
    "这一年,青桐区卫生健康系统交出了这样一份成绩单👇",
    "这一年,青桐区卫生健康系统交出了这样一份成绩单👇🏻",  # (with a skin tone)
    "这一年,青桐区卫生健康系统交出了这样一份成绩单👇👇👇",  # (repeated)
    "上半年,全县卫生健康工作亮点一起来看↓↓↓",
    "上半年,全县卫生健康工作亮点一起来看⬇️",
    "上半年,全县卫生健康工作亮点一起来看 🔽",
])
def test_a_clause_ending_in_any_down_pointing_mark_is_report_text(lead_in):
    assert _is_report_text(line(lead_in))


@pytest.mark.parametrize("call", ["点击上方蓝字关注我们👇", "长按识别二维码↓↓↓", "往期推荐▼", "了解更多，请点击下方▼"])
def test_a_sites_call_pointing_down_without_a_clause_is_no_report_text(call):
    assert not _is_report_text(line(call))


def test_an_untitled_post_starts_at_a_lead_in_ending_in_arrows():
    page = ("原创　北岭卫健　2032-01-10 09:12　发表于北岭\n"
            "点击上方蓝字关注我们\n"
            "🏥北岭县2031年卫生健康工作回眸\n"
            "2031年，北岭县卫生健康工作交出了一份沉甸甸的答卷↓↓↓\n"
            "📌基层服务\n"
            "全县家庭医生签约服务重点人群签约率达到81.4%，新建村卫生室6个。\n"
            "📌公共卫生\n适龄儿童免疫规划疫苗接种率保持在95%以上。\n"
            "阅读 1508　　在看 21\n")
    doc = one_doc(page)
    assert page[doc["source_start"]:].startswith("2031年，北岭县卫生健康工作交出了")


# ---- a site's menu of bracketed cells ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("menu", [
    "[首页] | [新闻动态] | [政务公开] | [办事服务]",
    "〔首页〕丨〔政务〕丨〔服务〕丨〔互动〕",
    "「首頁」|「最新公告」|「業務資訊」|「聯絡我們」",
    "［本局概况］｜［通知公告］｜［便民服务］",
])
def test_a_menu_of_cells_in_any_brackets_is_the_sites(menu):
    lines = page_lines("某县卫生局2031年工作总结\n" + menu + "\n2031年，全县卫生工作稳步推进，各项指标全面完成。\n")
    assert 1 in menu_bar_lines(lines)


@pytest.mark.parametrize("menu", ["【本局簡介】｜【業務資訊】｜【便民服務】｜【聯絡我們】", "[首頁] | [本局簡介] | [業務資訊] | [聯絡我們]"])
def test_a_menu_of_bracketed_cells_between_two_copies_of_a_title_is_the_sites(menu):
    title = "北嶺縣衛生局二〇三一年度業務執行成果報告"
    page = (title + "\n" + menu + "\n" + title + "\n"
            "　　二〇三一年度本局持續推動基層醫療整合，重點成果如下：\n"
            "　　一、預防保健：幼兒常規疫苗完成接種率達95.8%，較上年度增加0.9個百分點。\n"
            "　　二、醫療照護：夜間急診服務共2140人次，較上年度增加116人次。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0


@pytest.mark.parametrize("header", ["| 【指标】 | 【单位】 | 【目标】 |", "| [指标] | [单位] | [目标] |"])
def test_a_table_header_of_bracketed_cells_over_rows_is_no_menu(header):
    lines = page_lines(header + "\n| 婴儿死亡率 | ‰ | 5.0 |\n| 孕产妇死亡率 | /10万 | 12 |\n")
    assert 0 not in menu_bar_lines(lines)


# ---- a site's script switch ---------------------------------------------------------------------------------------------------

_SWITCHES = {"script_switch": ("(繁体版 | 简体版)", "(繁体版)  [切换简体]", "繁体版 | 简体版 | 无障碍浏览", "[简体中文] [繁体中文] [English]",
                               "【简体】【繁体】【移动版】")}
_NAMING_THE_SCRIPTS = (
    "繁体版本的年报显示,全县卫生机构共42个。",  # (a sentence naming the word)
    "(本文由网站繁体版自动转换)",  # (a note on the text, no switch)
    "简体 | 繁体 | 全县 | 卫生",  # (words of their own among the cells)
)


@pytest.mark.parametrize(("text", "sites"), sites_line_cases(_SWITCHES, _NAMING_THE_SCRIPTS))
def test_a_line_of_the_sites_script_and_version_switches_is_the_sites_not_one_naming_the_scripts(text, sites):
    assert is_sites_line(text) is sites


def test_a_title_over_the_sites_script_switch_in_brackets_opens_the_report():
    title = "北嶺區衛生局2031年工作總結"
    page = ("Běilǐng Qū Wèishēngjú 2031 Nián Gōngzuò Zǒngjié\n"
            + title + "\n"
            "（繁體版 | 简体版）　　來源：北嶺區衛生局　　更新時間：2032-01-20\n\n"
            "2031年，區衛生局以創建社區衛生服務示範區為抓手，各項工作取得新進展。\n"
            "一、社區衛生服務。全區居民健康檔案建檔率為76.4%，家庭醫生簽約率達到42.5%。\n"
            "二、疾病預防控制。全年完成兒童計劃免疫接種4.6萬針次，五苗全程接種率達97.3%。\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index(title)
    assert doc["title"] == title


# ---- the site's user who posted the page, alone on its line -------------------------------------------------------------

_POSTERS = {"poster": ("发布人：办公室", "发布人:局办公室", "上传人：admin", "文章录入：张某", "录入：管理员")}


@pytest.mark.parametrize(("text", "sites"), sites_line_cases(_POSTERS, (
    "发布人介绍，下半年全市将新建社区卫生服务站6个，改造村卫生室40所。",)))  # (a sentence naming a press conference's speaker)
def test_the_sites_poster_alone_on_its_line_is_the_sites_not_a_sentence_naming_a_speaker(text, sites):
    assert is_sites_line(page_matching_text(text)) is sites


# ---- a page flattened to one line: the title printed twice after the site's lines -------------------------------------

_FLAT_TEXT = ("2031年，全县卫生工作以基层能力建设为重点。全县医疗机构完成门急诊81.6万人次。儿童免疫规划疫苗接种率均达到95%以上。"
              "公共场所从业人员健康体检率96.4%，卫生许可证发证率97.9%。目前全县疾控人员编制只有38名，传染病监测力量明显不足。")


@pytest.mark.parametrize("between", ["", " ", "　　"])
def test_a_title_printed_twice_after_the_sites_menu_on_one_line_stands_on_lines_of_its_own(between):
    title = "青桐县卫生局2031年工作总结"
    page = title + " - 青桐县卫生局青桐县卫生局 | 首页 | 政务公开 | 工作总结" + title + between + title + _FLAT_TEXT + "\n"
    lines = page_view(page).text.split("\n")
    assert [ln.strip(" \u3000") for ln in lines[1:4]] == [title, title, _FLAT_TEXT]  # (the spaces between stay the copy's)
    doc = one_doc(page)
    assert doc["title"] == title
    assert {(96.4, "percent"), (97.9, "percent"), (95.0, "percent"), (816000.0, "count")} <= set(page_values(page))


def test_words_repeated_inside_a_sentence_are_no_doubled_title():
    page = "青桐县卫生局2031年工作总结\n" + _FLAT_TEXT + "会议传达了工作总结工作总结的要求，部署了2032年各项工作。\n"
    assert page_view(page).text == page


def test_a_title_printed_twice_alone_on_its_line_is_left_to_the_title_rules():
    title = "青桐县卫生局2031年工作总结"
    assert doubled_title_edits(title + title + "\n" + _FLAT_TEXT + "\n") == []


# ---- a page flattened to one line: the site's menu bar glued to the text ------------------------------------------------

_FLAT_SENTENCES = "2031年，全县卫生工作稳步推进。全县医疗机构完成门急诊81.6万人次。儿童免疫规划疫苗接种率达到95%以上。"


@pytest.mark.parametrize("menu", ["青桐县卫生局 | 首页 | 政务公开 | 工作动态 ", "首页｜新闻中心｜政务公开｜办事服务　",
                                  "青桐县卫生局 | 首页 | 政务公开 | 工作动态"])
def test_a_menu_bar_glued_to_a_flattened_pages_text_is_the_sites_line(menu):
    page = menu + _FLAT_SENTENCES + "\n"
    lines = page_view(page).text.split("\n")
    assert lines[0].strip() == menu.strip()
    assert lines[1].strip() == _FLAT_SENTENCES
    doc = one_doc(page)
    assert page[doc["source_start"]:].startswith("2031年，全县")
    assert {(816000.0, "count"), (95.0, "percent")} <= set(page_values(page))


def test_a_table_row_naming_a_menu_word_is_not_cut():
    page = "| 栏目 | 首页 | 政务公开 | 新增条目 | 2031年共发布信息1204条，比上年增加12.5%。 |\n"
    assert page_view(page).text == page
