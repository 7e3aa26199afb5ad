"""Documents, round 25: where each report on a page starts and ends.  Causes worked: a title whose report word is
followed by the status of a draft (…发展规划（征求意见稿）, …实施方案（试行）) not read as a title, and its labels counted
towards a title's length; a letters or consultation page cut in two at the header of the bureau's reply
(回复单位：…　回复时间：…), the letter and the reply read as two reports; a sharing site's copy of a title that names the
city above the issuing body (嘉兴… over the document's own title without it) not taken for the title's first copy.
Every page is written for the test (names and figures invented)."""
from __future__ import annotations

import pytest
from test_documents_written import one_doc, page_docs

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


def test_a_letter_and_the_bureaus_reply_under_its_header_are_one_report():
    page = ("市长信箱 > 信件详情\n"
            "信件标题：镇卫生院能不能开夜间门诊\n"
            "来信时间：2031-04-02　来信人：赵**\n"
            "我住在北岭市青桐镇，镇卫生院晚上五点半就关门了，孩子夜里发烧只能跑二十多公里去县医院，"
            "路上要一个多小时，附近几个村的老人也常说看夜诊不方便，希望镇卫生院能开夜间门诊。\n"
            "回复单位：北岭市卫生健康委员会　回复时间：2031-04-15\n"
            "赵先生：您好！来信收悉。经与青桐镇卫生院核实，该院现有医护人员23名，夜间已安排1名医生值班，"
            "可处理一般急症。下一步我委将指导该院自5月起开设夜间门诊，开诊时间延长至晚上九点。感谢您的关注。\n")
    doc = one_doc(page)
    assert doc["source_start"] <= page.index("我住在")  # (the letter opens the report, not the reply)


def test_a_reply_under_two_header_lines_goes_on_the_letters_report():
    page = ("咨询投诉 > 答复选登\n"
            "咨询人：钱**　咨询时间：2031-06-11\n"
            "我母亲今年七十岁，参加了城乡居民医保，在外省住院做了髋关节手术，花了六万多元，"
            "回来后到区医保中心报销，工作人员说要先备案，请问没有备案还能报吗？能报多少？\n"
            "答复部门：东岗区医疗保障局\n"
            "答复时间：2031-06-18\n"
            "钱女士：您好！参保人员未经备案自行到外省住院的，政策范围内费用报销比例为45%，"
            "补办备案手续后按55%报销，起付线均为2000元。请携带出院小结到区医保中心窗口补办。\n")
    doc = one_doc(page)
    assert doc["source_start"] <= page.index("我母亲")


def test_a_short_question_over_the_reply_header_is_no_headline_of_the_reply():
    # the question, one short line, stands over the reply's header: the reply's header is no field of a headline, so
    # the report's text starts at the question, not at the reply
    page = ("网上咨询 > 咨询详情\n"
            "标题：门诊慢性病可以在村卫生室取药吗？\n"
            "咨询人：孙**　　咨询时间：2031-09-03\n"
            "我父亲有高血压和糖尿病，办了门诊慢性病卡，每个月都要去县城开药，想问能不能在村卫生室取药？\n"
            "回复单位：北岭县卫生健康局　　回复时间：2031-09-08\n"
            "孙先生：您好！自2031年7月起，全县已有126个村卫生室纳入门诊慢性病定点，高血压、糖尿病患者可在签约村医处"
            "取药，报销比例为60%，年度最高支付限额为3000元。请持医保卡到就近的定点村卫生室办理。\n")
    doc = one_doc(page)
    assert doc["source_start"] <= page.index("我父亲")


def test_a_header_of_the_site_between_two_letters_still_parts_them_when_no_reply_follows():
    # the header of a reply with no text after it (the list's end) joins nothing
    page = ("来信选登\n"
            "我是青桐镇居民，镇卫生院的B超机坏了两个多月，做检查要去县城，很不方便，希望尽快修好，"
            "附近好几个村的孕妇产检也要跑县城，路远费时，请领导重视。\n"
            "回复单位：青桐县卫生健康局　回复时间：2031-03-02\n")
    docs = page_docs(page)
    assert len(docs) == 1
    assert docs[0]["source_end"] <= page.index("回复单位")


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
