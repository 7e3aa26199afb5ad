"""Whole pages in shapes real sites give them, written for these tests, through the build's own
per-page path (page view, segmentation, extraction, offsets mapped back to the raw text): what a
reader reads off each page, and every quote the raw characters it points at."""
from __future__ import annotations

import pytest

from healthdata.build import report_result
from healthdata.segment import page_reports


def page_rows(text: str) -> tuple[list[dict], list[dict]]:
    """(documents, observations) of a page."""
    view, reports = page_reports(text, "page.txt")
    docs, obs = [], []
    for rep in reports:
        part = report_result(rep, "page.txt", view)
        docs += part.documents
        for row in part.observations:
            assert row["quote"] == text[row["source_start"]:row["source_end"]]
        obs += part.observations
    return docs, obs


BULLETIN = ("北川市2021年卫生健康事业发展统计公报\n"
            "主要健康指标\n"
            "指标{sep}单位{sep}2021年{sep}2020年\n"
            "孕产妇死亡率{sep}1/10万{sep}10.2{sep}11.5\n"
            "婴儿死亡率{sep}‰{sep}3.1{sep}3.5\n"
            "居民健康档案建档率{sep}%{sep}88.6{sep}86.9\n")


@pytest.mark.parametrize("sep", ["\t", "  ", "\u3000\u3000", " | "], ids=["tab", "spaces", "ideographic", "pipe"])
def test_a_bulletins_table_is_read_whatever_separates_its_cells(sep):
    page = BULLETIN.format(sep=sep)
    docs, obs = page_rows(page)
    # the title over the table's caption line is the report's title
    assert [(d["title"], d["doc_type"], d["year"]) for d in docs] == [("北川市2021年卫生健康事业发展统计公报", "summary", 2021)]
    got = [(r["indicator_id"], r["value"], r["unit"]) for r in obs]
    assert got == [("maternal_mortality_ratio", 10.2, "per_100k"), ("maternal_mortality_ratio", 11.5, "per_100k"),
                   ("infant_mortality_rate", 3.1, "per_mille"), ("infant_mortality_rate", 3.5, "per_mille"),
                   ("health_record_coverage_rate", 88.6, "percent"), ("health_record_coverage_rate", 86.9, "percent")]
    # the unit cell (1/10万) is no value of its own
    assert all(r["quote"] != "1/10万" for r in obs)


def test_double_spaces_in_prose_are_no_table():
    page = "北川市2021年卫生工作总结\n全年参合率达到  98.5%，住院分娩率  99.1%。\n"
    _, obs = page_rows(page)
    assert [(r["value"], r["unit"], r["statement"]) for r in obs] == [(98.5, "percent", "actual"), (99.1, "percent", "actual")]


def test_a_space_inside_a_number_is_no_break_between_two_numbers():
    # thousands grouped by a space before a measure word, single digits spaced before a rate unit;
    # numbers in a table's columns stay apart
    page = ("南谷县2020年卫生工作总结\n"
            "全县共有卫生技术人员2 318人，筹集新农合资金9 640 万元，电子健康档案建档率达到8 6 %。\n"
            "床位数  1 186  1 192\n")
    _, obs = page_rows(page)
    got = [(r["value"], r["unit"]) for r in obs if r["source_start"] < page.index("床位数")]
    assert got == [(2318.0, "count"), (96400000.0, "yuan"), (86.0, "percent")]


def test_a_section_of_aims_for_the_coming_year_is_a_plan_and_new_ways_of_working_are_not():
    page = ("南谷县卫生健康局2021年工作总结\n"
            "一、主要工作成效\n（一）创新工作思路，优化服务流程\n全县孕产妇系统管理率达到92.5%，儿童系统管理率91%。\n"
            "二、2022年工作思路\n全县孕产妇系统管理率达到93%，儿童系统管理率92%。\n")
    docs, obs = page_rows(page)
    assert [d["doc_type"] for d in docs] == ["summary_and_plan"]
    assert [(r["quote"], r["statement"]) for r in obs] == [("92.5%", "actual"), ("91%", "actual"),
                                                            ("93%", "target"), ("92%", "target")]


@pytest.mark.parametrize("target_head, actual_head", [("目标值", "完成值"), ("2022年目标", "实际完成"), ("计划", "实绩")])
def test_a_tables_column_headers_say_which_values_are_targets(target_head, actual_head):
    page = ("南谷县2022年卫生健康工作总结\n"
            f"指标 | 单位 | {target_head} | {actual_head}\n"
            "参合率 | % | 95 | 97.2\n"
            "新生儿死亡率 | ‰ | <4 | 2.6\n")
    _, obs = page_rows(page)
    assert [(r["indicator_id"], r["value"], r["statement"], r["comparator"]) for r in obs] == [
        ("ncms_participation_rate", 95.0, "target", "="), ("ncms_participation_rate", 97.2, "actual", "="),
        ("neonatal_mortality_rate", 4.0, "target", "<="), ("neonatal_mortality_rate", 2.6, "actual", "=")]


def test_a_table_printed_one_cell_a_line_is_read_column_by_column():
    # a table copied from a page that prints one cell a line: 指标 / 单位 / 目标值 / 完成值, then rows
    page = ("南谷县2022年卫生健康工作总结\n一、主要指标完成情况\n指标\n单位\n目标值\n完成值\n"
            "参合率\n%\n95\n97.2\n新生儿死亡率\n‰\n<4\n2.6\n孕产妇死亡率\n1/10万\n20\n0\n"
            "二、存在问题\n基层卫生人才短缺，村卫生室设备老化。\n")
    docs, obs = page_rows(page)
    assert [d["source_start"] for d in docs] == [0]
    assert [(r["indicator_id"], r["value"], r["unit"], r["statement"]) for r in obs] == [
        ("ncms_participation_rate", 95.0, "percent", "target"), ("ncms_participation_rate", 97.2, "percent", "actual"),
        ("neonatal_mortality_rate", 4.0, "per_mille", "target"), ("neonatal_mortality_rate", 2.6, "per_mille", "actual"),
        ("maternal_mortality_ratio", 20.0, "per_100k", "target"), ("maternal_mortality_ratio", 0.0, "per_100k", "actual")]


def test_an_html_page_keeps_inline_markup_inside_its_line_and_a_table_row_on_one_line():
    from healthdata.ingest import html_to_text

    html = ("<html><body><div class='nav'><a href='/'>网站首页</a> | <a href='/x'>政务公开</a></div>"
            "<h1>西河县卫生健康局2022年工作总结</h1>"
            "<p>全县居民健康档案建档率达到<b>91.5%</b>。</p>"
            "<table><tr><td>指标</td><td>单位</td><td>目标值</td><td>完成值</td></tr>"
            "<tr><td>婴儿死亡率</td><td>‰</td><td>&lt;5</td><td>3.2</td></tr></table>"
            "<p>存在的问题：一是基层人才短缺；二是<span>信息化</span>建设滞后。</p></body></html>")
    text = html_to_text(html)
    assert "全县居民健康档案建档率达到91.5%。" in text.split("\n")
    assert "婴儿死亡率 | ‰ | <5 | 3.2" in text.split("\n")
    assert "存在的问题：一是基层人才短缺；二是信息化建设滞后。" in text.split("\n")
    docs, obs = page_rows(text)
    assert [d["title"] for d in docs] == ["西河县卫生健康局2022年工作总结"]
    assert [(r["value"], r["statement"]) for r in obs] == [(91.5, "actual"), (5.0, "target"), (3.2, "actual")]


@pytest.mark.parametrize("title, level, place", [
    ("北京市朝阳区卫生健康委2021年工作总结", "district", "朝阳区"),
    ("湖北省卫生健康委员会2023年工作要点", "province", "湖北省"),
    ("重庆市卫生健康委员会2020年工作总结", "province", "重庆市"),
    ("义乌市卫生健康局2022年工作总结", "county", "义乌市"),
    ("黔东南州卫生健康局2020年工作总结", "city", "黔东南州"),
    ("青石镇卫生院2021年上半年工作总结", "township", "青石镇"),
])
def test_the_issuing_body_a_title_names_gives_the_level_whatever_the_body_says(title, level, place):
    # the body speaks of 全市 (a city's own-level marker): the title's body decides
    page = title + "\n今年以来，全市居民健康档案建档率达到90%，各项工作有序推进。\n"
    docs, _ = page_rows(page)
    assert [(d["admin_level"], d["place"]) for d in docs] == [(level, place)]


def test_a_masked_or_bare_bureau_in_a_title_leaves_the_level_to_the_body():
    docs, _ = page_rows("2023年上半年某县卫生局工作总结\n上半年，全县居民健康档案建档率达到90%。\n")
    assert [(d["admin_level"], d["place"]) for d in docs] == [("county", None)]
    # a generic word of the level names the level but no place
    docs, _ = page_rows("2023年乡镇卫生院上半年工作总结\n上半年，我院门诊量稳步增长，住院分娩率达到99%。\n")
    assert [(d["admin_level"], d["place"]) for d in docs] == [("township", None)]


def test_an_essay_sites_preface_and_closing_lines_are_furniture():
    page = ("总结是对过去一定时期的工作进行回顾、分析，并做出客观评价的书面材料。下面是小编为大家整理的卫生院年度工作总结，欢迎阅读。\n"
            "今年以来，我院在上级主管部门的领导下，全镇参合率达到98.2%，住院分娩率达到99%。\n"
            "以上就是小编整理的全部内容，更多范文请关注本站。\n")
    docs, obs = page_rows(page)
    assert [d["source_start"] for d in docs] == [page.index("今年以来")]
    assert docs[0]["source_end"] <= page.index("以上就是")
    assert [r["value"] for r in obs] == [98.2, 99.0]


def test_a_preface_quoting_the_reports_title_is_no_furniture_line():
    # a preface that quotes the report's title is where that title first appears (the gold anchors
    # a report there): it is not dropped as the site's text, and the report keeps its title
    line = "小编为大家精心整理了“青石县卫生局2019年工作总结”，供大家参考。"
    from healthdata.segment import is_boilerplate, lines_of
    from healthdata.textnorm import matching_text

    assert not is_boilerplate(lines_of(line, matching_text(line))[0])
    page = f"{line}\n青石县卫生局2019年工作总结\n今年以来，全县参合率达到98.2%，各项工作有序推进。\n"
    docs, _ = page_rows(page)
    assert [d["title"] for d in docs] == ["青石县卫生局2019年工作总结"]


def test_a_speech_at_a_work_meeting_is_a_titled_report_over_its_byline():
    page = ("在2022年全县卫生健康工作会议上的讲话\n县卫生健康局局长 李某\n（2022年2月8日）\n同志们：\n"
            "今天召开全县卫生健康工作会议。过去一年，全县居民健康档案建档率达到88.6%，婴儿死亡率3.2‰。\n")
    docs, obs = page_rows(page)
    assert [(d["title"], d["source_start"], d["year"], d["admin_level"], d["place"]) for d in docs] == [
        ("在2022年全县卫生健康工作会议上的讲话", 0, 2022, "county", None)]
    assert [r["value"] for r in obs] == [88.6, 3.2]


@pytest.mark.parametrize("page, doc_type, period", [
    # a yearbook paragraph: a bracketed label, then the year it reports
    ("【卫生健康】2021年，全区有医疗卫生机构132个，床位1880张。\n", "summary", "annual"),
    # a look back over several years, in the title or only in the text
    ("南谷县卫生局五年工作总结\n五年来，全县参合率由90%提高到98%。\n", "summary", "multi_year"),
    ("本网讯 五年来，全县卫生事业长足发展，参合率由90%提高到98%。\n", "summary", "multi_year"),
])
def test_yearbook_paragraphs_and_looks_back_over_years(page, doc_type, period):
    docs, _ = page_rows(page)
    assert [(d["doc_type"], d["period"]) for d in docs] == [(doc_type, period)]


def test_a_news_items_headline_year_and_page_date_are_not_the_year_it_reports():
    # a work conference held in January reviews the year before; its headline names the new year,
    # the site dates the page in it, and the meeting's requirements are for it
    page = ("当前位置：首页 > 新闻中心 > 卫健动态\n"
            "2026年全县卫生健康工作会议召开\n"
            "发布时间：2026-01-20 来源：县卫健局\n"
            "本网讯 1月19日，全县卫生健康工作会议召开。2025年，全县婴儿死亡率为3.4‰，"
            "家庭医生签约服务覆盖率达到71.8%。会议要求，2026年全县适龄儿童免疫规划疫苗接种率保持在95%以上。\n")
    docs, obs = page_rows(page)
    assert [(d["title"], d["doc_type"], d["year"]) for d in docs] == [(None, "summary", 2025)]
    got = [(r["value"], r["statement"], r["comparator"]) for r in obs]
    assert got == [(3.4, "actual", "="), (71.8, "actual", "="), (95.0, "target", ">=")]


@pytest.mark.parametrize("title", ["南谷市卫生健康局2024年3月份工作总结", "南谷市卫生健康局十一月工作总结",
                                   "南谷市卫生健康局2024年5月工作计划"])
def test_a_report_of_one_month_is_neither_annual_nor_a_half_year(title):
    page = title + "\n本月全市共报告法定传染病412例，报告发病率为6.2/10万。\n"
    docs, _ = page_rows(page)
    assert [d["period"] for d in docs] == ["unknown"]


@pytest.mark.parametrize("title, period", [("南谷市卫生健康局2024年1—10月工作总结", "annual"),
                                           ("南谷市卫生健康局2024年1-6月工作总结", "H1")])
def test_a_range_of_months_is_no_single_month(title, period):
    page = title + "\n全市共报告法定传染病412例，报告发病率为6.2/10万。\n"
    docs, _ = page_rows(page)
    assert [d["period"] for d in docs] == [period]


def test_a_decimal_point_written_as_a_full_stop_before_any_rate_unit_or_wan():
    page = ("临川市2022年卫生健康事业发展统计公报\n"
            "全市卫生技术人员2。31万人，增长4。8%。甲类传染病报告发病率为12。5/10万，较上年下降0。6个百分点。"
            "全年完成项目3个。12个乡镇通过考核。\n")
    _, obs = page_rows(page)
    got = [(r["value"], r["unit"]) for r in obs]
    assert got == [(23100.0, "count"), (4.8, "percent"), (12.5, "per_100k"), (-0.6, "percent"),
                   (3.0, "count"), (12.0, "count")]


def test_a_number_grouped_by_spaces_keeps_its_decimals():
    page = "临川市2022年卫生工作总结\n全年总诊疗人次1 523.6万人次，出院病人12 480人。\n"
    _, obs = page_rows(page)
    assert [(r["value"], r["quote"]) for r in obs] == [(15236000.0, "1 523.6万人次"), (12480.0, "12 480人")]


@pytest.mark.parametrize("opening", ["一、主要工作 2023年，全区", "2023年，全区"])
def test_a_short_report_on_one_line_keeps_its_title(opening):
    page = ("河东区卫生健康委2023年工作总结 " + opening + "家庭医生签约服务覆盖率达到45.6%，"
            "65岁以上老年人健康管理率为71.3%。二、存在问题 一是基层医务人员数量不足；二是业务用房面积不达标。\n")
    docs, obs = page_rows(page)
    assert [(d["title"], d["doc_type"], d["year"], d["admin_level"]) for d in docs] == \
        [("河东区卫生健康委2023年工作总结", "summary", 2023, "district")]
    assert [r["value"] for r in obs] == [45.6, 71.3]



@pytest.mark.parametrize("between", ["", "发布时间：2013-01-16　来源：县卫生局　浏览次数：312\n",
                                     "2013年01月16日 09:30\n来源：县卫生局\n分享到：微信 微博\n"])
def test_a_news_item_starts_at_its_text_and_its_headlines_figures_are_kept(between):
    """The document starts where its text does (the headline is the site's heading of the article:
    ANNOTATION.md anchors an untitled report at its text after the site's lines); the headline is
    read with it, so its figure is the report's."""
    page = ("首页 > 新闻中心 > 卫健动态\n"
            "我县新农合参合率达98.5%\n" + between +
            "本报讯 2012年，全县新型农村合作医疗工作稳步推进，住院补偿比例提高到65%。\n")
    docs, obs = page_rows(page)
    assert [(d["title"], d["doc_type"], d["year"]) for d in docs] == [(None, "summary", 2012)]
    assert page[docs[0]["source_start"]:].startswith("本报讯 2012年")
    assert [(r["value"], r["indicator_id"]) for r in obs] == [(98.5, "ncms_participation_rate"), (65.0, "reimbursement_ratio")]


def test_a_site_name_over_the_navigation_trail_is_no_headline():
    page = ("南岭县人民政府门户网站\n"
            "首页 > 政务公开 > 工作动态\n"
            "本报讯 2012年，全县新型农村合作医疗参合率达到98.5%，住院补偿比例提高到65%。\n")
    docs, _ = page_rows(page)
    assert page[docs[0]["source_start"]:].startswith("本报讯")


def test_a_general_statistics_bulletin_with_a_health_chapter_is_a_titled_report():
    page = ("2018年北湖区国民经济和社会发展统计公报\n"
            "（2019年3月20日）\n"
            "北湖区统计局\n"
            "九、卫生和社会保障\n"
            "年末全区共有医疗卫生机构312个。全区孕产妇死亡率为0，婴儿死亡率2.45‰。\n")
    docs, obs = page_rows(page)
    assert [(d["title"], d["doc_type"], d["year"], d["source_start"]) for d in docs] == \
        [("2018年北湖区国民经济和社会发展统计公报", "summary", 2018, 0)]
    assert [(r["value"], r["unit"]) for r in obs] == [(312.0, "count"), (0.0, "per_100k"), (2.45, "per_mille")]


def test_an_excerpt_of_a_work_report_under_its_subtitle_and_speaker_is_titled():
    # title (with its excerpt label), a dash subtitle and the speaker: three short lines, no list of links
    page = ("政府工作报告（节选）\n"
            "——2021年1月12日在西溪区第三届人民代表大会第六次会议上\n"
            "区长 王明\n"
            "过去一年，全区家庭医生签约服务覆盖率达到68%，新建社区卫生服务站6个。\n")
    docs, obs = page_rows(page)
    assert [(d["title"], d["source_start"]) for d in docs] == [("政府工作报告（节选）", 0)]
    assert [r["value"] for r in obs] == [68.0, 6.0]


def test_the_year_a_from_to_pair_reaches_is_a_year_the_text_reports():
    # 提高到2023年的91.5%: 2023 is the year the level was reached, not a future year of a plan
    page = ("守护群众健康的“最后一公里”\n"
            "——北河县推进县域医共体建设纪实\n"
            "近年来，北河县县域内就诊率由2020年的82.1%提高到2023年的91.5%，基层诊疗量占比达到63.2%。\n")
    docs, _ = page_rows(page)
    assert [(d["title"], d["year"], d["source_start"]) for d in docs] == [(None, 2023, page.index("近年来"))]


def test_a_two_crumb_trail_from_the_sites_name_is_no_link_over_the_headline():
    page = ("西林市人民政府网 > 部门动态\n"
            "西林市：家庭医生走进困难群众家中\n"
            "2016-03-27\n"
            "来源：市卫生局　作者：李四\n"
            "本网讯 2015年全市重点人群签约率达85%。\n")
    docs, obs = page_rows(page)
    assert page[docs[0]["source_start"]:].startswith("本网讯 2015年")  # the headline is no link over it, nor the text
    assert [r["value"] for r in obs] == [85.0]


def test_a_headline_asking_a_question_is_the_interviews_headline_not_a_report_of_its_own():
    page = ("首页 > 访谈直播 > 在线访谈\n"
            "【在线访谈】新农合政策今年有哪些新变化？——访某县卫生局局长\n"
            "时间：2014年4月11日 10:00　　地点：县政府网站访谈室\n"
            "主持人：各位网友大家好！\n"
            "问：今年参合情况怎样？\n"
            "局长：2014年全县参合率达到98.9%。\n")
    docs, _ = page_rows(page)
    assert len(docs) == 1 and page[docs[0]["source_start"]:].startswith("主持人：")


@pytest.mark.parametrize("copy", ["北沙县2009年卫生工作情况.doc", "北沙县2009年卫生工作情况.pdf"])
def test_a_sharing_sites_file_name_is_the_titles_first_copy(copy):
    page = (copy + "\n大小：36KB　页数：3页　下载次数：418\n北沙县2009年卫生工作情况\n"
            "2009年，全县新农合参合率96.8%。\n")
    docs, _ = page_rows(page)
    assert [(d["title"], d["source_start"]) for d in docs] == [("北沙县2009年卫生工作情况", 0)]


def test_a_family_planning_report_over_a_metadata_line_of_several_labels():
    page = ("首页 > 政务公开 > 工作总结与计划\n"
            "南德区2010年人口和计划生育工作情况\n"
            "发布单位：区人口和计划生育局　　发布日期：2011-01-20\n"
            "2010年，全区户籍人口出生率10.42‰，政策生育率96.8%。\n")
    docs, _ = page_rows(page)
    assert [(d["title"], page[d["source_start"]:d["source_start"] + 3]) for d in docs] == [("南德区2010年人口和计划生育工作情况", "南德区")]


def test_a_title_right_after_a_sites_label_starts_the_report():
    page = ("热门文章 | 最新文章　　推荐：北湖街道社区卫生服务中心2015年工作计划 为提升社区卫生服务能力，制定本计划。\n"
            "一、工作目标\n辖区居民电子健康档案建档率达到80%以上。\n")
    docs, _ = page_rows(page)
    assert [(d["title"], d["doc_type"]) for d in docs] == [("北湖街道社区卫生服务中心2015年工作计划", "plan")]
    assert page[docs[0]["source_start"]:].startswith("北湖街道")


def test_a_page_number_between_rules_on_one_line_cutting_a_number_is_removed():
    page = ("东城县2009年卫生工作情况\n"
            "2009年，全县新农合参合农民103.7万人，参合率96.\n"
            "---------- 第1页 / 共3页 ----------\n"
            "8%，筹集基金1.04亿元。\n")
    _, obs = page_rows(page)
    assert [(r["value"], r["unit"]) for r in obs] == [(1037000.0, "count"), (96.8, "percent"), (104000000.0, "yuan")]


def test_an_essay_sites_note_at_the_end_of_a_one_line_report_does_not_take_the_text_before_it():
    page = ("城西镇卫生院2011年工作总结 2011年，全院门诊量3.6万人次。四、存在的问题：一是医疗用房紧张，病房仅有床位30张；"
            "二是医护人员短缺，全院在编职工41人。 （本文由网友投稿，仅供参考）　上一篇：社区卫生服务中心工作总结\n")
    _, obs = page_rows(page)
    assert [r["quote"] for r in obs] == ["3.6万人次", "30张", "41人"]


def test_a_rate_cut_by_a_bare_line_break_is_read_whole():
    # a typeset copy breaks its lines by columns, so a break may fall inside a number with no site marker
    page = ("　　2018年，全县妇幼健康工作稳步推进。全县孕产妇产前检查率达到9\n"
            "5.6%，比上年提高1.2个百分点；住院分娩率为99.3%。\n")
    docs, obs = page_rows(page)
    got = {(r["value"], r["unit"]) for r in obs}
    assert (95.6, "percent") in got and (99.3, "percent") in got
    assert (9.0, "percent") not in got and (5.6, "percent") not in got
    quote = next(r["quote"] for r in obs if r["value"] == 95.6)
    assert quote.startswith("9\n5.6%") or "9\n5.6%" in quote


def test_a_line_ending_in_a_count_before_a_rate_line_is_not_joined():
    # a value of its own (a count with its measure word) before a line break: no number is cut
    page = ("　　2018年，全县共有乡镇卫生院12所，村卫生室达到186所\n"
            "95%的行政村实现了卫生室标准化建设。\n")
    docs, obs = page_rows(page)
    got = {(r["value"], r["unit"]) for r in obs}
    assert (95.0, "percent") in got


def test_a_count_whose_digits_are_spaced_out_is_read_whole():
    # a site that spaces out the digits of its numbers, the measure word included
    page = "2017年，全市2 4 个社区卫生服务中心全部实行基本药物制度，新增1 5 所标准化村卫生室。\n"
    docs, obs = page_rows(page)
    got = {r["value"] for r in obs}
    assert {24.0, 15.0} <= got and not {2.0, 4.0, 1.0, 5.0} & got


@pytest.mark.parametrize("name, sample", [
    ("number_cut", "全县新农合参合率达到9\n2、8.6%，比上年提高"),
    ("page_break_cut", "全县孕产妇系统管理率达到8\n---------- 第1页/共3页 ----------\n7.5%以上"),
    ("page_break_cut", "门诊处方合格率达到 9\n- 2 -\n6.5%，病历甲级率"),
    ("page_break_cut", "门诊处方合格率达到9\n— 2 —\n6.5%，病历甲级率"),
    ("page_break_cut", "门诊处方合格率达到9\n2/5\n6.5%，病历甲级率"),
    ("page_break_cut", "覆盖率达到9\n某某文库 www.example.com 第 3 页 共 7 页\n2.4%，比上年"),
    ("inline_page_break_cut", "全县孕产妇系统管理率达到8----第1页/共3页----7.5%以上"),
    ("inline_page_break_cut", "孕产妇系统管理率达到8某某文库www.example.com第3页共7页9.6%。"),
    ("inline_furniture_start", "部分村医积极性不高。 上一篇：某县卫生院工作计划"),
    ("inline_furniture_start", "全年完成目标。 （本文由网友投稿，仅供参考）"),
    ("inline_furniture_end", "发布时间：2021-03-02【字号：大 中 小】【打印本页】2020年，全区卫生工作"),
    ("inline_furniture_end", "发布时间：2021-03-02 字号：大 中 小 2020年，全区卫生工作"),
    ("inline_furniture_end", "来源：某县卫健委 分享到：微信 微博 2020年，全区卫生工作"),
    ("inline_dateline", "来源：某某日报 分享到：微信本报讯（记者 王某）全县召开"),
    ("inline_date_label", "某某县召开卫生工作会议发布时间：2021-03-02"),
    ("inline_date_label", "某县卫生局2020年工作总结发布者：admin"),
    ("inline_date_label", "关于印发某县2031年卫生工作要点的通知索引号：11380800-2031-00012"),
    ("inline_labelled_date_end", "发布日期：2031-03-08各县（市、区）卫生健康局："),
    ("inline_links_after_text", "部分村医积极性不高。上一篇：某县卫生院工作计划下一篇：…"),
    ("inline_page_counter_start", "一是村医老化，------第2页------二是设备陈旧"),
    ("inline_page_counter_end", "一是村医老化，------第2页------二是设备陈旧"),
    ("line_number_cut", "全县孕产妇产前检查率达到9\n5.6%，比上年提高"),
    ("pinyin_after_character", "县卫(wèi)生局"),
    ("inline_navigation_trail", "首页 > 工作动态 > 正文 某县卫生局2020年工作总结"),
    ("inline_navigation_trail", "您现在的位置：某某范文网 >> 总结 >> 正文 某县卫生院2021年工作总结"),
    ("title_inside_line", "以上内容仅供参考。 某县卫生局2019年工作总结 2019年，全县"),
    ("excerpt_title", "以下内容节选自 某县卫生局2019年工作总结 第二部分“主要成效”。"),
    ("glued_entry_opening", "（县卫生局 王某）【计划生育】2030年，全县出生人口"),
    ("inline_break_before", "全年完成目标。二、存在问题"),
    ("inline_break_before", "全年完成目标。篇二：某县卫生院工作计划"),
    ("inline_marker_after_space", "全年完成目标。 第2篇 某县卫生院工作计划"),
    ("inline_break_after_han", "一、妇幼保健(一)孕产妇管理1、加强随访"),
    ("glued_section_heading", "（一）存在问题县妇幼保健院业务用房不足"),
    ("glued_section_heading", "五、下年工作打算继续加强人才引进"),
    ("glued_section_heading", "五、2031年工作打算力争门诊人次增长"),
    ("paragraph_opening", "各项工作有序推进。近年来，全县卫生事业快速发展"),
])
def test_every_gate_is_part_of_what_its_pattern_matches(name, sample):
    """A gate (pageview.yaml ``gates``) lets a page or line without it go unscanned: it must be part
    of every match of its pattern, or the pattern's matches would be lost (written samples of each)."""
    import re

    from healthdata.pageview import vocabulary
    from healthdata.segment import page_matching_text

    v = vocabulary()
    pattern = re.compile(v[name] if name != "pinyin_after_character" else f"(?<=[{v['han']}])" + v[name])
    gate = re.compile(v["gates"][name])
    text = page_matching_text(sample)
    found = list(pattern.finditer(text))
    assert found, "the sample shows the pattern"
    for m in found:  # the gate stands in the match, or in the character before or the text it looks ahead to
        assert gate.search(text, max(0, m.start() - 1), m.end() + 12), (m.group(), "no gate at the match")


# A document-sharing page that sets numbers off by spaces and keeps its PDF's page numbers and hard
# wraps (written for this test): page numbers between dashes cut a number or part it from its unit, a
# bare break follows a spaced number, the wrap cuts a unit word, and counts are spaced digit by digit.
SPACED_SHARING_PAGE = (
    "2012年青石镇卫生院工作总结\n2012年，我院在县卫生局的领导下，较好地完成了各项任务，现总结如下：\n"
    "全年门诊 21 508 人次，比上年增长 8.6 %，门诊处方合格率达到 9\n- 2 -\n6.5%，病历甲级率 91%。\n"
    "全镇参合农民 3 8 214 人，参合率比上年提高 2.3 个百分\n点，全年补偿金额 156.3\n- 3 -\n万元，比上年增长 12%。\n"
    "适龄儿童免疫规划疫苗接种率均在 9\n6% 以上，全院 5 2 名职工中本科学历 9 人，组建家庭医生团队1 3 6个。\n"
    "住院分娩率达到98.\n— 第 4 页 —\n41%，新生儿访视率90%。\n")


@pytest.mark.parametrize("value, unit, quote", [
    (96.5, "percent", "9\n- 2 -\n6.5%"),  # a page number between dashes inside a number after a space
    (1563000.0, "yuan", "156.3\n- 3 -\n万元"),  # ... and between a number and its unit
    (98.41, "percent", "98.\n— 第 4 页 —\n41%"),  # a page counter between single dashes
    (96.0, "percent", "9\n6%"),  # a bare break inside a number set off by a space
    (2.3, "percent", "2.3 个百分\n点"),  # the wrap cuts the unit word
    (38214.0, "count", "3 8 214 人"),  # single digits spaced before a thousands group
    (52.0, "count", "5 2 名"),  # spaced digits after a space
    (136.0, "count", "1 3 6个"),  # three spaced digits glued to the measure word
])
def test_numbers_cut_or_spaced_on_a_sharing_page_are_read_whole(value, unit, quote):
    docs, obs = page_rows(SPACED_SHARING_PAGE)
    assert (value, unit, quote) in {(r["value"], r["unit"], r["quote"]) for r in obs}


def test_no_piece_of_a_cut_or_spaced_number_is_read_alone():
    docs, obs = page_rows(SPACED_SHARING_PAGE)
    got = {(r["value"], r["unit"]) for r in obs}
    assert not {(6.5, "percent"), (6.0, "percent"), (41.0, "percent"), (8214.0, "count"), (2.0, "count"),
                (6.0, "count"), (2.3, "count")} & got


def test_a_unit_word_cut_gate_is_part_of_its_patterns_matches():
    import re

    from healthdata.pageview import vocabulary, word_cut_pattern

    v = vocabulary()
    pattern = re.compile(r"(?<=\d)[ \t\u3000]*" + word_cut_pattern(v["unit_words_cut_by_wrap"]))
    gate = re.compile(v["gates"]["unit_word_cut"])
    for sample in ("提高1.3个百分\n点", "接诊2.6万人\n次", "投入35万\n元", "下降0.8个\n千分点"):
        m = pattern.search(sample)
        assert m and gate.search(sample, m.start(), m.end()), sample


# A page flattened to one line keeps a sharing site's page counters where they cut the text (written for this test)
FLAT_SHARING_PAGE = (
    "青石县卫生局2013年工作总结 2013年，全县卫生工作稳步推进，新农合参合率达到9----第1页/共4页----7.5%，"
    "住院分娩率达到98.—第2页—41%，孕产妇系统管理率达到8某某文库www.example.com第3页共7页9.6%。"
    "存在的问题：一是村医队伍老化，------第4页------二是基层设备陈旧。\n")


@pytest.mark.parametrize("value, quote", [
    (97.5, "9----第1页/共4页----7.5%"), (98.41, "98.—第2页—41%"), (89.6, "8某某文库www.example.com第3页共7页9.6%")])
def test_a_page_counter_inside_a_line_that_cuts_a_number_is_read_across(value, quote):
    docs, obs = page_rows(FLAT_SHARING_PAGE)
    assert (value, "percent", quote) in {(r["value"], r["unit"], r["quote"]) for r in obs}
    assert not {7.5, 41.0, 9.6} & {r["value"] for r in obs}


def test_a_page_counter_between_sentences_of_a_line_is_taken_out_of_the_text():
    from healthdata.pageview import page_view

    assert "一是村医队伍老化，二是基层设备陈旧。" in page_view(FLAT_SHARING_PAGE).text


def test_text_glued_to_a_page_counter_is_read():
    # metadata, counter and the notice's text on one line, nothing between the counter and the text
    page = ("关于调整新农合补偿方案的通知发布者：管理员 发布时间：2012-03-02 浏览：412各乡镇卫生院：2011年，"
            "全县新农合基金使用率达到93.6%，经研究，现将补偿方案调整如下。\n")
    docs, obs = page_rows(page)
    assert (93.6, "ncms_fund_utilization_rate") in {(r["value"], r["indicator_id"]) for r in obs}


def test_a_wrap_inside_a_values_link_word_keeps_the_indicator():
    page = ("青石县卫生局2011年工作计划\n2011年，新农合参合率稳定在97%以上，住院分娩率达到98%以上，孕产妇死亡率控\n"
            "制在25/10万以下，婴儿死亡率控制在11‰以下。\n")
    docs, obs = page_rows(page)
    assert (25.0, "maternal_mortality_ratio") in {(r["value"], r["indicator_id"]) for r in obs}


def test_a_title_printed_several_times_with_nothing_between_on_a_one_line_page_is_one_title():
    title = "青石区卫生健康局2022年下半年工作计划"
    page = (title * 3 + "来源：区卫生健康局 | 发布日期：2022-07-11 | 【打印】下半年，重点抓好以下工作："
            "一、做好疫情防控。老年人疫苗全程接种率达到90%以上。二、提升公共卫生服务。居民健康档案建档率达到"
            "85%以上，高血压患者规范管理率达到65%以上。三、守牢妇幼健康底线。孕产妇死亡率控制在10/10万以内。\n")
    docs, obs = page_rows(page)
    assert [(d["title"], d["doc_type"]) for d in docs] == [(title, "plan")]
    assert {r["statement"] for r in obs} == {"target"}


@pytest.mark.parametrize("sentence, value, quote", [
    ("全县参合农民达到47 9 3 15人，参合率为91.4%。", 479315.0, "47 9 3 15人"),  # a two-digit head, spaces anywhere after
    ("全年门诊量达到11 2 5 8人次。", 11258.0, "11 2 5 8人次"),
])
def test_a_count_spaced_anywhere_after_a_two_digit_head_is_one_count(sentence, value, quote):
    _, obs = page_rows(sentence + "\n")
    assert [(r["value"], r["quote"]) for r in obs if r["unit"] == "count"] == [(value, quote)]


def test_two_counts_side_by_side_stay_two_counts():
    # one group after a two-digit head: two numbers (two years' figures), not one spaced number
    _, obs = page_rows("2030年和2031年分别新建12 15个村卫生室。\n")
    assert 1215.0 not in {r["value"] for r in obs}


def test_a_wrap_joins_no_bracketed_unit_target_line_nor_a_single_spaced_table_row():
    # what a wrap never joins to the line above: a target-list line naming its unit in brackets before a colon, and a
    # row of a table pasted with one ideographic space between cells; a sentence's rest and a line of prose are joined
    from healthdata.pageview import _v

    v = _v()
    for line in ("　　参合率（%）：95以上", "新生儿死亡率(‰):4以下"):
        assert v["block_start"].match(line) is not None
    for line in ("参合率达到95%以上。", "以上（%）"):
        assert v["block_start"].match(line) is None
    assert v["table_cells"].search("甲县　41.3　92.5") is not None
    for line in ("全县共有5个乡镇 12 个村", "甲县 2031 12"):
        assert v["table_cells"].search(line) is None
