"""Documents, round 26: where each report on a page starts and ends.  Causes worked: on a hard-wrapped page (a PDF
copy), a title line as long as the wrap width, or the site's copy of the title with the site's name after it, was
joined to the line under it as if the wrap had cut it, so the page lost its title; a look back on a period's work named
for its span of years (…工作五年回顾) not read as a title; a title opening with a
column's or an account's name (某某卫健 | …) not taken for a copy of itself, so the report started at its second copy; a
site's menu of bracketed cells (【本局简介】｜【业务资讯】) not read as the site's; a public account's lead-in pointing down
at what follows (…交出了一份答卷👇) not read as report text, so the text started below it; on a page flattened to one
line, the report's last sentences glued to the site's closing lines (…以下。 (本文转载自网络…) 分享：…, …亿元。 〖…〗 下载文档 |
收藏 …, ……（本文由…提供） 发表于 2032-01-09 | 阅读 218) taken with them for the site's line, so the report ended before
them and lost their values; a sharing site's pager in lenticular brackets (【第2页】) not read as a page break, so the report
ended there.
Every page is written for the test (names and figures invented)."""
from __future__ import annotations

import pytest
from test_documents_written import one_doc, page_docs, page_values

from healthdata.pageview import page_view
from healthdata.segment import Line, _is_report_text, title_like

# a PDF copy's text, wrapped at 30 characters (the lines cut mid-sentence), written for these tests
_WRAPPED_BODY = (
    "2031年，在县委、县政府的正确领导和市卫健委的业务指导下，我中心紧\n"
    "紧围绕“病有所医”目标，克服山区分散、交通不便等客观困难，各项工\n"
    "作稳步推进，现将全年情况总结如下。\n"
    "一、基本医疗保障\n"
    "全县城乡居民医保参保人数6.24万人，参保率达到98.7%，人均筹资\n"
    "标准提高到520元。全年住院补偿7315人次，乡级住院报销比例为90%，\n"
    "县级为80%。\n"
    "二、妇幼卫生\n"
    "全年活产数904例，住院分娩率由上年的91.3%提高到95.2%，孕产妇\n"
    "系统管理率88.6%。婴儿死亡率6.12‰，5岁以下儿童死亡率下降到8.3\n"
    "‰。全县共有乡镇卫生院9所，村卫生室87个，乡村医生人数为142人，\n"
    "其中取得执业助理医师资格的有35人，占24.6%，比上年提高3.1个百分\n"
    "点。\n")


@pytest.mark.parametrize("title", [
    "青桐县卫生和计划生育服务中心2031年度卫生计生工作总结",  # (as long as the wrap width)
    "北岭市青桐县人民医院2031年度医疗服务工作总结报告",
])
def test_a_title_as_long_as_a_pdfs_wrap_width_is_not_joined_to_the_text_under_it(title):
    page = title + "\n" + _WRAPPED_BODY
    assert page_view(page).text.startswith(title + "\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0
    assert doc["title"] == title


@pytest.mark.parametrize("site", ["_青桐县人民政府网", " - 北岭市卫生健康委员会", "｜青桐县政府信息公开"])
def test_the_sites_copy_of_a_pdfs_title_with_the_sites_name_is_the_titles_first_copy(site):
    title = "青桐县卫生服务中心2031年工作总结"
    page = title + site + "\n" + title + "\n" + _WRAPPED_BODY
    assert page_view(page).text.startswith(title + site + "\n" + title + "\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0  # (the title's first appearance, the site's copy)
    assert doc["title"] == title


def test_a_line_the_wrap_cut_still_joins_the_line_under_it_when_it_ends_in_a_report_word():
    # the sentence runs on across the break after a line ending in 工作计划: a line the wrap cut stands above it
    page = ("2031年，全县卫生系统认真落实县委县政府的决策部署，按照年初制定的\n"
            "全县卫生健康系统安全生产和疾病预防控制年度工作计划\n"
            "，扎实推进各项工作，全县法定传染病报告发病率控制在186.2/10万。\n"
            "全县城乡居民医保参保率达到98.7%，住院政策范围内报销比例为75%，\n"
            "乡级住院报销比例为90%，县级为80%，全年住院补偿7315人次，门诊\n"
            "补偿18.6万人次，基金使用率为92.4%，运行平稳，没有出现超支现象\n"
            "。全年活产数904例，住院分娩率由上年的91.3%提高到95.2%，孕产\n")
    text = page_view(page).text
    assert "年度工作计划，扎实推进" in text


# ---- a look back on a period's work named for its span of years is a title -----------------------------------------------

@pytest.mark.parametrize("title", ["青桐县妇幼保健工作五年回顾（2027—2031）", "北岭市卫生健康事业发展十年回顾",
                                   "青桐县卫生局2031年工作回顾"])
def test_a_look_back_named_for_its_span_of_years_is_a_title(title):
    assert title_like(title)


def test_a_headline_on_the_years_highlights_and_a_feature_headline_stay_no_titles():
    # (news items' and public accounts' headlines: where such an item starts is the disputed untitled-news anchor)
    assert not title_like("青桐区卫健局2031年工作亮点回顾")
    assert not title_like("青桐县“十五五”卫生健康事业发展回眸")
    assert not title_like("青桐县召开2031年卫生健康工作会议回顾全年工作")
    assert not title_like("一、2031年工作回顾")  # (a section's heading)


def test_a_five_year_look_back_starts_at_its_title_over_the_publisher_and_date():
    page = ("青桐县妇幼保健工作五年回顾（2027—2031）\n"
            "北岭市青桐县卫生局　2032年1月\n\n"
            "　　五年来，全县妇幼卫生工作稳步推进，孕产妇死亡率由2027年的36.2/10万下降到2031年的12.4/10万，"
            "住院分娩率由88.5%提高到98.9%。\n"
            "　　一、妇幼保健网络不断健全。全县13个乡镇卫生院全部设立妇幼保健室。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0
    assert doc["title"] == "青桐县妇幼保健工作五年回顾（2027—2031）"


# ---- the site's copies of a title -----------------------------------------------------------------------------------------

def test_a_title_opening_with_the_accounts_name_printed_twice_starts_at_its_first_copy():
    title = "青桐卫健 | 青桐区卫生健康局2031年上半年工作总结"
    page = (title + "\n"
            "原创 青桐卫健 青桐卫健 2031-07-15 17:30 发表于北岭\n\n"
            "点击蓝字关注我们\n\n"
            + title + "\n\n"
            "今年以来，青桐区卫生健康局统筹做好卫生健康各项工作，上半年工作亮点如下👇\n"
            "🔹家庭医生签约服务重点人群签约率达到78.6%，比去年同期提高4.2个百分点。\n"
            "🔹新建社区医院2家，新增床位120张。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0


# (a menu of bracketed cells between two copies of a title, and a table header of bracketed cells that is no menu:
# tests/test_documents_round27.py, over every bracket shape)


# ---- a public account's lead-in pointing down at what follows is the text's first line ---------------------------------

def test_a_lead_in_pointing_down_at_the_posts_items_is_report_text():
    assert _is_report_text(Line(0, 24, "2031年，全区卫生健康工作交出了一份答卷👇", "2031年,全区卫生健康工作交出了一份答卷👇"))
    assert _is_report_text(Line(0, 16, "这一年，我们交出了这样的成绩单⬇️", "这一年,我们交出了这样的成绩单⬇️"))
    assert not _is_report_text(Line(0, 9, "点击蓝字关注我们👇", "点击蓝字关注我们👇"))  # (no clause: the site's call)


def test_an_untitled_post_starts_at_its_lead_in_under_the_headline():
    page = ("原创　青桐区卫健委　健康青桐　2032-01-09 18:30　发表于北岭\n"
            "点击蓝字 关注我们\n"
            "🏥青桐区2031年卫生健康工作亮点回眸\n"
            "2031年，青桐区卫生健康工作交出了一份温暖的答卷👇\n"
            "📌健康帮扶\n"
            "全区城乡居民医保参保率稳定在99%以上，为2.6万名65岁以上老人开展免费体检。\n"
            "📌医疗服务\n区人民医院新开展新技术9项，远程会诊1420例。\n"
            "阅读 2104　　在看 36\n")
    doc = one_doc(page)
    assert page[doc["source_start"]:].startswith("2031年，青桐区卫生健康工作交出了")


# ---- a page flattened to one line: the report's last sentences glued to the site's closing lines ------------------------

_ONE_LINE_REPORT = ("青桐县妇幼保健院2031年工作总结 一、工作成效 2031年，我院全面落实各项妇幼保健工作，全县孕产妇系统管理率达到"
                    "93.6%，住院分娩率保持在99%以上。全院开放床位180张，年门诊量突破21万人次。二、存在问题 院内儿科医师配备不足，"
                    "夜间值班人员长期紧张；部分乡镇卫生院妇幼专干为兼职，业务能力参差不齐。三、2032年工作打算 ")


@pytest.mark.parametrize("tail", [
    " (本文转载自网络，版权归原作者所有) 分享：Facebook | Twitter | 微博 相关文章",
    "（本文转载自网络，版权归原作者所有）分享到：微信 微博",
    " 〖本文档共3页，当前为第3页〗 下载文档 | 收藏 | 分享 | 举报 © 2029-2032 某某文库 京ICP备00000000号",
    "……（本文由青桐县妇幼保健院提供） 发表于 2032-01-09 16:42 | 阅读 218 | 评论 0",
    " 主办单位：青桐县人民政府办公室 技术支持：某某科技 网站标识码：1234567890",
    " 版权所有：青桐县卫生健康局 备案号：京ICP备00000000号",
    " 文章来源：县卫健局 作者：王某 点击数：318",
    " 免责声明：本站信息由会员发布，仅供参考。",
])
def test_the_last_sentence_of_a_one_line_report_before_the_sites_closing_lines_is_the_reports(tail):
    # (the last section of the line, set apart at its number, is short: with the site's closing lines glued to it, it
    # read as one of the site's lines)
    last = "力争孕产妇死亡率控制在15/10万以下，婴儿死亡率控制在4.5‰以下。"
    page = _ONE_LINE_REPORT + last + tail + "\n"
    docs = page_docs(page)
    assert len(docs) == 1
    at = page.index(last)
    assert docs[0]["source_start"] <= at and at + len(last) <= docs[0]["source_end"]
    values = page_values(page)
    assert (15.0, "per_100k") in values and (4.5, "per_mille") in values


def test_a_sentence_naming_where_a_text_came_from_inside_a_report_is_not_cut_off():
    # (no sentence's end right before the bracket: the note is part of the sentence)
    page = ("青桐县卫生健康局2031年工作总结\n"
            "2031年，全县卫生健康系统按照《青桐县卫生健康事业发展规划》（本文件由县政府印发）的部署推进各项工作，"
            "全县家庭医生签约率达到46.2%，比上年提高3.1个百分点。\n")
    assert "（本文件由县政府印发）的部署" in page_view(page).text


# ---- a sharing site's pager in lenticular brackets between a report's pages ----------------------------------------------

@pytest.mark.parametrize("pager", ["【第2页】", "〖第2页 共3页〗", "【第2页 共3页】"])
def test_a_report_goes_on_across_a_pager_in_lenticular_brackets(pager):
    page = ("青桐市卫生健康局2031年下半年工作计划\n"
            "2031-07-05　来源：市卫生健康局\n"
            "下半年重点做好以下工作：\n"
            "（一）巩固基本医疗保障。确保脱贫人口参保率保持100%，县域内住院个人自付比例控制在10%以内。\n"
            + pager + "\n"
            "（二）提升服务能力。乡镇卫生院达到“优质服务基层行”基本标准的比例不低于35%。\n"
            "（三）强化综合监管。抽查比例不低于20%，案件按时办结率100%。\n"
            "市卫生健康局\n2031年7月3日\n")
    doc = one_doc(page)
    assert doc["source_end"] >= page.index("案件按时办结率100%")
    assert (35.0, "percent") in page_values(page)


def test_a_forum_posts_header_stays_one_line_between_the_copies_of_its_title():
    title = "青桐区卫生局2031年工作总结"
    page = ("【转帖】" + title + "（供大家参考）\n"
            "楼主　发表于 2032-3-2 21:14　只看该作者\n"
            + title + "\n"
            "2031年，我局以创建社区卫生服务示范区为龙头，各项工作取得明显进展。全区社区卫生服务中心达到14个，"
            "家庭医生签约率达到41.5%。\n")
    assert "\n楼主　发表于" in page_view(page).text
    assert one_doc(page)["source_start"] == 0


def test_a_wrapped_line_naming_a_document_in_an_open_mark_still_joins_the_line_under_it():
    head = "现将《北岭市青桐县卫生健康局2031年家庭医生签约服务工作实施方案"  # (ends in a report word, the mark left open)
    width = len(head)
    first = ("2031年3月，县卫生健康局召开全县卫生健康工作会议，部署全年各项工作，各乡镇卫生院院长参加会议，会议由县卫生健康局"
             "副局长主持。")
    second = (head + "》印发给你们，请结合实际认真贯彻落实，全县家庭医生签约率达到45%以上。全县城乡居民医保参保率达到98.7%，"
              "住院政策范围内报销比例为75%，乡级住院报销比例为90%，县级为80%，全年住院补偿7315人次，门诊补偿18.6万人次，"
              "基金使用率为92.4%，运行平稳，没有出现超支现象，全年活产数904例，住院分娩率由上年的91.3%提高到95.2%。")
    page = "\n".join(p[k:k + width] for p in (first, second) for k in range(0, len(p), width)) + "\n"
    assert "\n" + head + "\n" in page and len(first) % width  # (a paragraph's short last line above the document's name)
    assert head + "》印发给你们" in page_view(page).text
