"""Page shapes of real sites that the page view and the segmenter missed: a sharing site's chunk numbers
standing alone on their lines where its breaks cut a number or a sentence, a page of site furniture only (menus,
a list of links to reports, pagination, footer), a newspaper's digital-edition line above a headline and a 本报讯
item.  Every page is written for these tests (places, years and numbers invented); each test was checked to fail
without its fix."""
from __future__ import annotations

import pytest

from healthdata.build import report_result
from healthdata.pageview import page_view
from healthdata.segment import page_reports


def page_result(text: str, name: str = "page.txt") -> tuple[list[dict], list[dict]]:
    """(documents, observations) of a page, through the build's per-page path."""
    view, reports = page_reports(text, name)
    parts = [report_result(rep, name, view) for rep in reports]
    return [d for p in parts for d in p.documents], [o for p in parts for o in p.observations]


def values_by_span(text: str) -> dict[str, float | None]:
    """The page's values keyed by the raw characters they were read from."""
    _, obs = page_result(text)
    return {text[o["source_start"]:o["source_end"]]: o["value"] for o in obs}


# A sharing site copied the report with breaks at its chunk ends and numbered the chunks 2, 3, 4 on lines of their
# own (the first chunk unnumbered): the numbers cut a count, a rate after its decimal point, and a name from its value.
CHUNKS = ("枫桥乡卫生院20XX年工作总结\n"
          "一年来，我院在乡党委、政府和县卫生局的领导下，较好地完成了各项任务。\n"
          "一、基本医疗。全年门诊接诊3\n"
          "2\n"
          "4 156人次，住院收治612人次，业务收入211.8万元。\n"
          "二、合作医疗。全乡参合农民1.83万人，参合率达到96.\n"
          "3\n"
          "8%，住院实际补偿比为52.4%。\n"
          "三、公共卫生。规范建立居民健康档案1.6万份，0～6岁儿童系统管理率88.5%，孕产妇系统管理率\n"
          "4\n"
          "86.1%。全年开展健康讲座18次。\n"
          "四、明年打算：力争参合率稳定在97%以上。\n"
          "5\n"
          "（全文完）\n")


def test_chunk_numbers_on_lines_of_their_own_are_dropped_and_the_cut_pieces_joined():
    view = page_view(CHUNKS)
    assert "门诊接诊34156人次" in view.text.replace(" ", "")
    assert "参合率达到96.8%" in view.text
    assert "孕产妇系统管理率86.1%" in view.text
    assert "\n5\n" not in view.text and "（全文完）" in view.text  # the last chunk number cuts no sentence: only dropped


def test_values_cut_by_lone_chunk_numbers_are_read_whole_with_spans_into_the_raw_text():
    values = values_by_span(CHUNKS)
    assert values.get("3\n2\n4 156人次") == 34156
    assert values.get("96.\n3\n8%") == 96.8
    assert values.get("86.1%") == 86.1
    assert 8.0 not in values.values() and 4156 not in values.values()  # no piece read as a value of its own


def test_a_maternal_rate_cut_from_its_name_by_a_lone_chunk_number_keeps_its_indicator():
    _, obs = page_result(CHUNKS)
    (row,) = [o for o in obs if o["value"] == 86.1]
    assert row["indicator_id"] == "maternal_systematic_management_rate"


# Bare numbers on lines of their own that are no chunk numbers: a pager under a list of links, a table with one cell per
# line and a row-number column.  Nothing is dropped or joined.
PAGER = ("某县卫健局 工作动态\n"
         "· 某县召开2031年卫生健康工作会议\n"
         "· 某县开展基层卫生人员培训\n"
         "1\n"
         "2\n"
         "3\n"
         "下一页\n")
CELLS = ("序号\n指标\n2031年\n"
         "1\n住院分娩率（%）\n99.1\n"
         "2\n孕产妇系统管理率（%）\n91.4\n"
         "3\n儿童系统管理率（%）\n90.2\n")


def test_numbers_on_lines_of_their_own_that_cut_no_prose_are_kept():
    assert "\n1\n2\n3\n下一页" in page_view(PAGER).text
    assert page_view(CELLS).text == CELLS


# A site's column page: menus, a list of links to reports with their dates, the pager, links to other sites and the
# footer, and no report: the page has no document and no value (the pager's counts and the footer's numbers are none).
FURNITURE = ("青川县卫生健康局\n"
             "首页 | 机构设置 | 政务公开 | 办事服务 | 互动交流\n"
             "当前位置：首页 > 政务公开 > 规划计划\n"
             "规划计划\n"
             "· 青川县卫生健康局2032年工作要点（2032-02-20）\n"
             "· 青川县卫生健康局2031年工作总结（2032-01-16）\n"
             "· 青川县卫生健康局2031年上半年工作总结（2031-07-09）\n"
             "· 青川县2030年卫生健康工作总结及2031年工作打算（2031-01-28）\n"
             "共 4 条记录  每页显示 20 条  第 1 页/共 1 页  首页 上一页 下一页 尾页\n"
             "提示：本栏目内容请点击标题查看全文。\n"
             "便民服务\n"
             "诊所备案查询 | 护士执业查询 | 生育登记办理 | 12345服务热线\n"
             "友情链接：省卫生健康委员会 | 青川县人民政府 | 青川县人民医院 | 青川县疾病预防控制中心\n"
             "主办单位：青川县卫生健康局  地址：青川县人民路12号  邮编：628000\n"
             "联系电话：0839-7654321  网站标识码：5108000001  川公网安备 51080202000111号\n"
             "本站累计访问量：1 046 233\n")


def test_a_page_of_site_furniture_only_has_no_document_and_no_value():
    docs, obs = page_result(FURNITURE)
    assert docs == [] and obs == []


REPORT = ("青川县卫生健康局2031年上半年工作总结\n"
          "上半年，全县卫生健康工作稳步推进。全县住院分娩率达到99.4%，孕产妇系统管理率92.6%，"
          "新建标准化村卫生室14个。\n")


def test_the_same_furniture_around_a_report_leaves_the_report_and_its_values_alone():
    lines = FURNITURE.splitlines(True)
    page = "".join(lines[:3]) + REPORT + "".join(lines[9:])  # the report in place of the column's list and pager
    docs, obs = page_result(page)
    assert [d["title"] for d in docs] == ["青川县卫生健康局2031年上半年工作总结"]
    assert sorted(o["value"] for o in obs) == [14, 92.6, 99.4]


# A newspaper's digital edition: the paper, the date and the page over the headline, then the 本报讯 item.
# The item is the document, anchored at its text after the headline and the site's lines, and its year is the one the
# item reports (2031), not the or the headline's (2032).
NEWSPAPER = ("松江晚报电子版  2032年01月09日  第B2版：城乡民生\n"
             "2032开年 松源县卫生局交出上年“健康答卷”\n"
             "本报讯（记者 邹明）记者从松源县卫生局获悉，2031年全县新农合参合率达到98.7%，"
             "住院实际补偿比为55.2%，全年新建村卫生室26个。\n"
             "据介绍，全县孕产妇系统管理率为93.4%，3岁以下儿童系统管理率为91.8%，均比上年有所提高。\n"
             "（责任编辑：林悦）\n"
             "本版其他新闻：\n"
             "· 松源县冬季农田水利建设全面铺开\n")


@pytest.mark.parametrize("edition", ["松江晚报电子版  2032年01月09日  第B2版：城乡民生",
                                     "松江日报 2032-01-09 第05版: 民生", "松江日报数字报 2032年1月9日 星期五",
                                     "松江日报  2032年01月09日  第A3版"])
def test_a_news_item_under_a_newspapers_edition_line_starts_at_its_text_and_reports_the_items_year(edition):
    page = NEWSPAPER.replace(NEWSPAPER.split("\n", 1)[0], edition)
    docs, obs = page_result(page)
    assert len(docs) == 1
    assert docs[0]["source_start"] == page.index("本报讯")
    assert docs[0]["year"] == 2031
    assert sorted(o["value"] for o in obs) == [26, 55.2, 91.8, 93.4, 98.7]


# A sharing site's wrap with its chunk number inside the pinyin a site printed after a character (籌(chó / 3、u)資):
# once the break is undone the pinyin is whole, and it goes like all other pinyin, so the name is whole again.
PINYIN_CUT = ("青嶺縣衛生局2031年工作總結\n"
              "1、2031年，全縣衛(wèi)生工作穩步推進，基本藥物制度在全部鄉鎮衛生院實施，藥品價\n"
              "2、格平均下降21.4%。新農合參(cān)合率達到97.3%，人均籌(chó\n"
              "3、u)資標準提高到290元，政策範圍內住院費用報銷比例達到70%，建檔(dàn\n"
              "4、g)率達到81.6%，全年無甲類傳染病發生，各項工作均完成了年初確定\n"
              "5、的目標任務。\n")


def test_pinyin_cut_by_a_chunk_break_goes_once_the_break_is_undone():
    view = page_view(PINYIN_CUT)
    assert "人均籌資標準提高到290元" in view.text and "建檔率達到81.6%" in view.text
    _, obs = page_result(PINYIN_CUT)
    (row,) = [o for o in obs if o["value"] == 81.6]
    assert row["indicator_id"] == "health_record_coverage_rate"
