"""Documents, round 25: where each report on a page starts and ends.  Causes worked: a title whose report word is
followed by the status of a draft (…发展规划（征求意见稿）, …实施方案（试行）) not read as a title, and its labels counted
towards a title's length; a sharing site's copy of a title that names the city above the issuing body (嘉兴… over
the document's own title without it) not taken for the title's first copy; a bureau's notice of results (…考核结果公示), a summary named …工作总结报告 and a report of the year's results (…成果報告,
…工作成果) not read as titles; a public account's header line with its date in words (2031年01月20日 09:02) not read as
the site's, so the title over it was dropped; a list of news items parted by the same rule the site draws above the
first read as one report (the rule taken for a page break the text goes on across).
Every page is written for the test (names and figures invented)."""
from __future__ import annotations

import pytest
from test_documents_written import one_doc, page_docs
from test_page_shapes import page_rows
from test_problems_holdout14 import page_problems

from healthdata.segment import title_like


@pytest.mark.parametrize("status", ["（征求意见稿）", "（草案）", "(送审稿)", "（讨论稿）", "（试行）", "（修订稿）"])
def test_a_title_with_the_status_of_a_draft_after_its_report_word_is_a_title(status):
    assert title_like("青桐县卫生健康局2031—2035年卫生健康事业发展规划" + status)
    assert title_like("青桐县关于家庭医生签约服务的实施方案" + status)


def test_the_labels_after_a_report_word_count_for_nothing_in_a_titles_length():
    # 38 characters of title, 45 with the draft's status: still a title
    title = "北岭市东岗区卫生和计划生育委员会2031—2035年卫生计生事业发展规划"
    assert len(title) <= 40 < len(title + "（征求意见稿）")
    assert title_like(title + "（征求意见稿）")
    assert not title_like(title + "项目建设和运行维护管理工作的补充规划")  # (the same length in words is no title)


def test_a_sentence_or_a_headline_with_a_drafts_status_stays_no_title():
    assert not title_like("全县卫生工作会议在县城召开（草案）")
    assert not title_like("县卫生局印发规划，结合实际制定本方案（试行）")


def test_a_draft_plan_whose_title_opens_the_page_starts_at_its_title():
    title = "北岭市东岗区卫生和计划生育委员会2031—2035年卫生计生事业发展规划（征求意见稿）"
    page = (title + "\n"
            "　　到2035年，全区主要健康指标达到：孕产妇死亡率≤12/10万，婴儿死亡率≤5‰，每千常住人口床位数6.1张。\n"
            "　　一、发展基础\n　　“十五五”期末，全区婴儿死亡率为6.3‰，每千人口执业（助理）医师2.4人。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0
    assert doc["title"] == title
    assert doc["doc_type"] == "plan"


def test_a_sharing_sites_title_with_the_city_above_the_body_is_the_titles_first_copy():
    title = "青桐区卫生局2031年上半年工作总结及下半年工作打算"
    page = ("北岭市" + title + "\n"
            "上传者：qt_wsj　　文档格式：DOC　　页数：4　　下载：9次\n"
            + title + "\n"
            "上半年，区卫生局紧紧围绕年初确定的目标任务，各项工作稳步推进。\n"
            "一、上半年工作\n1.城乡居民医保运行平稳，参保率达98.6%，住院政策范围内报销比例达到72%。\n"
            "二、下半年工作打算\n1.家庭医生签约率提高到45%以上。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0  # (the first copy, with the city's name, is where the title first appears)


def test_a_cut_of_the_bodys_name_above_a_title_is_still_no_copy_of_it():
    # 卫生院… over 青桐镇卫生院…: no place's name is missing, a piece of the body's name is; the page starts at the title
    title = "青桐镇卫生院2031年工作总结"
    page = ("卫生院2031年工作总结\n首页 > 工作总结\n" + title + "\n"
            "2031年，我院门急诊人次同比增长5.4%，高血压患者规范管理率达到63.2%。\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index(title)


@pytest.mark.parametrize("title", ["青桐县2031年基本公共卫生服务项目绩效考核结果公示", "北岭市2031年度家庭医生签约服务考核情况公示",
                                   "青桐县卫生健康局2031年度目标任务完成情况公告"])
def test_a_bureaus_notice_of_results_is_a_title(title):
    assert title_like(title)


@pytest.mark.parametrize("line", ["青桐县公布乡村医生考核结果", "青桐县卫生院考核结果出炉"])
def test_results_without_the_notices_word_are_no_title(line):
    assert not title_like(line)


def test_a_results_notice_over_its_table_starts_at_its_title():
    title = "青桐县2031年基本公共卫生服务项目绩效考核结果公示"
    page = ("首页 > 通知公告\n" + title + "\n发布时间：2032-03-02　来源：县卫生健康局\n"
            "根据省、市有关要求，现将我县2031年基本公共卫生服务项目主要指标完成情况公示如下：\n"
            "| 指标 | 目标值 | 完成值 |\n| 高血压患者规范管理率 | 60% | 63.5% |\n| 老年人健康管理率 | 65% | 68.2% |\n"
            "公示期为5个工作日。\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index(title)
    assert doc["title"] == title


@pytest.mark.parametrize("title", ["北岭市卫生健康委2031年工作总结报告", "青桐縣衛生局 120年度業務執行成果報告",
                                   "青桐县卫生福利局2031年防疫工作成果"])
def test_a_summary_report_or_a_report_of_results_is_a_title(title):
    from healthdata.segment import page_matching_text
    assert title_like(page_matching_text(title))


def test_a_headline_saying_results_were_good_stays_no_title():
    assert not title_like("青桐县防疫工作成果显著")
    assert not title_like("青桐县卫生院工作成果丰硕，群众满意")


def test_a_public_accounts_title_over_its_header_line_with_the_date_in_words_is_the_title():
    title = "健康青桐 ▏2031年全县卫生健康工作回顾"
    page = (title + "\n" + title + "\n"
            "原创 青桐县卫健委 健康青桐 2032年01月18日 20:15 广西\n"
            "👆点击上方蓝字“健康青桐”关注我们\n"
            "2031年，全县卫生健康系统以“基层能力提升年”为抓手，各项工作取得新成效。\n"
            "01 基层服务能力\n全县新增标准化村卫生室32个，家庭医生签约率达到46.8%。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0
    assert doc["title"] == title


def test_news_items_parted_by_the_rule_drawn_above_the_first_are_reports_of_their_own():
    rule = "-" * 40
    page = ("北岭市卫生局 > 工作动态\n" + rule + "\n"
            "全市乡村医生培训班开班\n[2031-04-12]  点击：98\n"
            "    4月11日，全市乡村医生培训班开班，来自9个县区的乡村医生286人参加培训，培训为期5天，"
            "内容包括常见病诊疗、基本公共卫生服务规范和合理用药。\n" + rule + "\n"
            "    市卫生局组织开展手足口病防治知识培训，全市共培训医务人员960人次，培训合格率97%。\n" + rule + "\n"
            "上一篇：关于做好春季传染病防治工作的通知    下一篇：无\n")
    docs = page_docs(page)
    assert len(docs) == 2
    assert docs[1]["source_start"] == page.index("市卫生局组织开展")
    assert docs[0]["source_end"] <= page.index("市卫生局组织开展")


def test_a_documents_page_breaks_drawn_as_rules_still_carry_its_text_on():
    # no rule above the text: the rules are the document's page breaks, the report goes on across them
    rule = "-" * 40
    page = ("青桐县卫生健康局2031年工作总结\n"
            "2031年，我局紧紧围绕年初确定的目标任务，扎实推进各项工作，全县家庭医生签约率达到45.2%，\n"
            + rule + "\n"
            "孕产妇系统管理率达到92.6%，3岁以下儿童系统管理率达到91.3%。\n"
            + rule + "\n"
            "二、存在的问题\n基层卫生人才仍然短缺，村医老龄化问题突出。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0
    assert doc["source_end"] >= page.index("村医老龄化")


def test_a_list_pages_header_with_its_count_and_page_number_is_the_sites():
    from healthdata.segment import is_furniture
    assert is_furniture("北岭市卫生健康委员会　　卫健动态　　　　共4条　第1页")
    assert not is_furniture("会议提出加强基层卫生人才队伍建设的共5条措施")
    page = ("北岭市卫生健康委员会　　卫健动态　　　　共4条　第1页\n"
            "全市召开家庭医生签约服务推进会\n"
            "北岭日报讯　6月12日，全市家庭医生签约服务推进会召开，截至5月底，全市重点人群签约率达到68.4%，"
            "比去年同期提高3.1个百分点。\n")
    doc = one_doc(page)
    assert doc["source_start"] >= page.index("全市召开")  # (not the list's header line)


@pytest.mark.parametrize("heading", ["问题与不足", "存在的问题", "二、问题与不足"])
def test_a_report_goes_on_across_a_page_mark_to_a_problems_heading_with_or_without_its_number(heading):
    page = ("青桐县卫生健康局2031年信息化工作总结\n"
            "——第1页——\n"
            "2031年，全县建成区域健康信息平台，接入医疗机构27家，电子健康档案开放调阅率达到58.2%。\n"
            "——第2页——\n"
            + heading + "\n"
            "(一)部分村卫生室网络不稳定，终端设备老旧；\n"
            "(二)信息技术人员缺乏，乡镇卫生院没有专职人员。\n")
    docs, _ = page_rows(page)
    problems = page_problems(page)
    assert len(docs) == 1
    assert len(problems) == 2
    assert problems[0].startswith("部分村卫生室网络不稳定") and problems[1].startswith("信息技术人员缺乏")
