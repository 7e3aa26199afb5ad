"""Documents, round 31: where each report on a page starts, and its fields.  Causes worked: a report an editor's note or a
lead sentence names by its quoted title and prints below (现将…印发的《…工作总结》摘要刊登如下) started at the site's headline or
at its first paragraph instead of its title; a sharing site's menu bar opened by the site's name (某某文库　首页 | 分类 | …)
stood between a title's copies, so the report started at its second copy; a title with its year written bare after the
report word (…工作总结2031, as a sharing site names an uploaded file) was no title; an untitled report of a township's
health centre opening on its year (2031年，某镇卫生院在县卫生局的领导下…) was placed at the county its next words name; a
page of bulleted news briefs given in full, with no headline over each (■ 6月3日，… / ■ 某区卫健委近日通报…), was one report.
Every page is written for the test (names and figures invented)."""
from __future__ import annotations

import pytest
from documents_pages import is_sites_line
from test_documents_written import one_doc, page_docs

from healthdata.normalize.documents import period_of, title_year
from healthdata.textnorm import matching_text

_BODY = ("　　2031年，全市卫生系统以深化医改为重点，各项工作稳步推进。孕产妇系统管理率达到92.6%，"
         "3岁以下儿童系统管理率达到90.4%。\n　　存在的问题：基层卫生人才短缺，乡村医生年龄老化。\n")

# ---- a report an editor's note names by its quoted title ------------------------------------------------------------------


@pytest.mark.parametrize("note, title", [
    ("编者按：近日，市卫生局召开全市卫生工作会议，现将会上印发的《柳溪市卫生局2031年工作总结》摘要刊登如下，供参考。",
     "柳溪市卫生局2031年工作总结"),
    ("日前，市卫生健康委印发《柳溪市卫生健康委2031年工作总结及2032年工作思路》，现将主要内容摘编如下。",
     "柳溪市卫生健康委2031年工作总结及2032年工作思路"),
])
def test_a_report_an_editors_note_quotes_and_prints_starts_at_its_quoted_title(note, title):
    page = "柳溪新闻网　>　时政要闻　　2032-02-20\n卫生系统年度工作情况（摘编）\n" + note + "\n" + _BODY
    doc = one_doc(page)
    assert doc["source_start"] == page.index(title) and doc["title"] == title


def test_a_reply_citing_a_policy_by_its_title_starts_no_report_there():
    page = ("留言内容：住院报销比例今年有变化吗？\n回复内容：\n"
            "您好！根据《柳溪市2031年城乡居民医疗保险待遇调整方案》，现将住院待遇答复如下：乡镇卫生院住院报销比例为85%。\n")
    doc = one_doc(page)
    assert doc["title"] is None and doc["source_start"] < page.index("根据")


# ---- a sharing site's menu bar opened by its name -------------------------------------------------------------------------


@pytest.mark.parametrize("text, sites", [
    ("某某文库　首页 | 分类 | 排行 | 上传文档 | 登录", True),
    ("范文网 首页 | 工作总结 | 工作计划", True),
    ("柳溪县卫生局 首页丨机构概况丨政务公开", True),
    ("全县卫生院 首批 | 二批 | 三批", False),
    # (and the unit's label in the site's brackets alone on its line; a yearbook entry's heading in brackets stays a heading)
    ("【发布单位：柳溪县卫生局】", True),
    ("【来源：县卫生健康局办公室】", True),
    ("【卫生监督】", False),
    ("【公共卫生】", False),
])
def test_a_menu_bar_opened_by_the_sites_name_and_a_bracketed_unit_label_are_the_sites(text, sites):
    assert is_sites_line(text) is sites


def test_a_title_copied_over_a_sharing_sites_menu_bar_opens_the_report_at_its_first_copy():
    page = ("柳溪市卫生局2031年医改工作总结 - 某某文库\n某某文库　首页 | 分类 | 排行 | 上传文档 | 登录 | 注册\n"
            "柳溪市卫生局2031年医改工作总结.doc\n上传人：ab_cd　|　上传时间：2032-02-11　|　浏览：120　|　下载：8\n"
            "柳溪市卫生局2031年医改工作总结\n" + _BODY)
    doc = one_doc(page)
    assert doc["source_start"] == 0 and doc["doc_type"] == "summary"


# ---- a title with its year bare after the report word ---------------------------------------------------------------------


def test_a_title_with_its_year_bare_after_the_word_is_that_years_title():
    page = "柳溪市妇幼保健工作总结2031\n" + _BODY
    doc = one_doc(page)
    assert doc["title"] == "柳溪市妇幼保健工作总结2031" and doc["period"] == "annual" and doc["year"] == 2031
    assert title_year(matching_text("柳溪县卫生局工作计划2032")) == 2032
    assert title_year(matching_text("柳溪县卫生局2032年工作计划")) == 2032
    assert title_year(matching_text("柳溪县卫生局工作计划第2032号")) is None


# ---- an untitled report of a township's health centre that opens on its year ----------------------------------------------


def test_an_untitled_township_centres_report_opening_on_its_year_is_the_townships():
    page = ("2031年，青石镇卫生院在县卫生局的领导下，全年完成门诊2.4万人次，住院912人次；新农合参合率达到97.2%，"
            "住院分娩率达到98.6%。存在的问题：一是业务用房紧张；二是人才短缺。\n")
    doc = one_doc(page)
    assert doc["admin_level"] == "township" and doc["place"] == "青石镇"


# ---- a page of bulleted briefs given in full ------------------------------------------------------------------------------


def test_bulleted_briefs_each_opening_as_news_are_reports_of_their_own():
    page = ("柳溪市卫生健康委员会 > 新闻中心 > 工作简讯　2031-06-30\n\n"
            "■ 6月3日，市卫生健康委召开全市妇幼健康工作推进会。会议通报，今年1—5月全市住院分娩率达到99.7%。\n\n"
            "■ 青山区卫生健康委近日通报，今年上半年全区家庭医生签约居民达到21.3万人，签约率为41.6%。\n\n"
            "■ 白石镇卫生院日前完成今年第二季度老年人健康体检，共体检1 260人。\n")
    docs = page_docs(page)
    assert [d["opening"][:4] for d in docs] == ["■ 6月", "■ 青山", "■ 白石"]


def test_a_reports_bulleted_points_are_no_briefs():
    page = ("柳溪市上半年卫生健康工作综述\n\n今年以来，市卫健委坚持以人民健康为中心，各项工作有序推进。\n"
            "▶ 全民健康体检全面铺开。截至6月底，全市完成全民健康体检38.2万人，完成全年任务的71.5%。\n"
            "▶ 妇幼健康持续向好。住院分娩率保持在99.6%，孕产妇系统管理率为93.1%。\n")
    assert len(page_docs(page)) == 1


# ---- 1—9月 reports the quarters to date only where the quarters are named -------------------------------------------------


@pytest.mark.parametrize("title, body, expected", [
    # (an untitled text on 1—9月 that names no quarter: three quarters' progress, no period of ours)
    ("", "2031年1—9月，全市家庭医生签约服务覆盖常住人口51.2万人，签约率为32.8%。", "unknown"),
    ("", "截至9月底，全县组建家庭医生团队126个，重点人群签约率达到63.5%。", "unknown"),
    # (the same beside 前三季度: the quarters to date)
    ("", "前三季度，全市家庭医生签约率为32.8%。1—9月，全市共报告手足口病1 652例。", "quarter"),
    # (a title naming the months and the text the quarters)
    ("某某县卫生局2031年1—9月工作总结", "前三季度，全县参合率为98.1%。", "quarter"),
    ("某某县卫生局2031年1—9月工作情况", "今年以来，全县参合率为98.1%，住院分娩率达到99.2%。", "unknown"),
    # (1—3月 is the first quarter itself)
    ("", "2031年1—3月，全区新增家庭医生签约居民1.3万人，签约率为18.2%。", "quarter"),
])
def test_nine_months_are_the_quarters_to_date_only_where_quarters_are_named(title, body, expected):
    assert period_of("summary", matching_text(title), matching_text(body), own_year=2031) == expected


# ---- a page's date label in brackets under a title ----------------------------------------------------------------------------


def test_a_date_label_in_brackets_under_a_title_leaves_the_title_a_title():
    page = ("柳溪縣衛生局２０３１年衛生工作要點\n（發布日期：２０３１－０２－２０）【字體：大 中 小】【打印】【關閉】\n"
            "　　一、鞏固農村合作醫療，參合率力爭達到９０％以上，住院報銷比例不低於５０％。\n"
            "　　二、抓好計劃免疫，接種率保持在９５％以上。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0 and doc["doc_type"] == "plan" and doc["year"] == 2031


def test_a_title_over_the_sites_bracketed_fields_on_two_lines_opens_the_report():
    page = ("柳溪市卫生局网站 >> 疾病控制 >> 疫情通报\n柳溪市2031年第一季度法定传染病疫情概况\n"
            "【发布单位：市卫生局疾控科】【发布时间：2031-04-22】【阅读次数：102】\n"
            "2031年第一季度，全市共报告法定传染病18种5 210例，报告发病率为71.3/10万，比去年同期下降6.2%。\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index("柳溪市2031年") and doc["period"] == "quarter"


def test_a_title_repeated_over_the_sites_bracketed_fields_opens_the_report_at_its_first_copy():
    page = ("柳溪市衛生和計劃生育局２０３１年工作總結\n【發佈時間：2032年01月15日】【來源：市衛計局】【字體：大 中 小】\n"
            "柳溪市衛生和計劃生育局２０３１年工作總結\n"
            "２０３１年，全市家庭醫生簽約服務覆蓋率達到３６．８％，居民電子健康檔案建檔率８５．３％。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0 and doc["year"] == 2031
