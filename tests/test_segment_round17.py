"""Document boundaries, round 17 (worked from the round-18 sets): where a page's reports start and how many it holds —
a bureau's labelled reading of a policy (一图读懂｜…, 图文解读：《…》, 【政策解读】…) starts at its headline; a yearbook page
of places' entries (a place's name alone over each, or one bracketed heading printed over each) is one report a place;
titles with their year in brackets after the report word, on a programme's building (建设情况) or a budget (预算编制说明);
a pager between the chunks of one article ([第1页 共3页] [下一页]); a mobile article's tool bar; a repost's source line; a PDF copy's wrapped first lines of prose; a bureau's file printing the title it issues
over its letter and again over the document; a site's copy of a title in other words over the document's own.  Every page
is written for the test (names and figures invented)."""
from __future__ import annotations

from test_documents_written import one_doc, page_docs, page_values

TEXT = ("全年总诊疗人次86.2万人次，孕产妇系统管理率达到93.4%，3岁以下儿童系统管理率91.7%，"
        "居民电子健康档案建档率88.5%。\n")


# --- a policy reading's labelled headline starts its page ---------------------------------------------------------

def test_a_headline_labelled_as_a_policy_reading_starts_its_question_and_answer_page():
    page = ("青禾县卫生健康局\n"
            "首页 › 政务公开 › 政策解读\n"
            "一图读懂｜2031年青禾县城乡居民医保待遇调整\n"
            "2031-01-09 10:20　　来源：医政医管股\n"
            "1. 今年个人缴费标准是多少？\n"
            "2031年城乡居民医保个人缴费标准为每人每年380元，财政补助每人每年640元。\n"
            "2. 住院报销比例有没有变化？\n"
            "乡镇卫生院住院报销比例提高到90%，县级医院提高到80%，年度封顶线提高到20万元。\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index("一图读懂")


def test_a_reading_of_a_programme_named_in_book_title_marks_starts_at_its_label():
    page = ("当前位置：首页 > 政府信息公开 > 政策解读\n"
            "图文解读：《柳川县2031年适龄儿童免费窝沟封闭项目实施方案》\n"
            "发布机构：县卫生健康委　　生成日期：2031-03-02\n"
            "一、项目覆盖哪些儿童？\n"
            "全县7至9岁在校儿童，计划完成窝沟封闭1.2万颗牙，封闭完好率达到85%以上。\n"
            "二、到哪里做？\n"
            "由县口腔医院和各乡镇卫生院组织实施，学生不需缴纳任何费用。\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index("图文解读")


def test_a_news_headline_without_a_reading_label_still_starts_no_document():
    page = ("当前位置：首页 > 政策解读\n"
            "今年起我县乡镇卫生院住院报销比例再提高\n"
            "发布时间：2031-01-12　来源：县医保局\n"
            "本网讯 记者从县医保局获悉，今年起全县乡镇卫生院住院报销比例提高到90%，参合率达到98.6%。\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index("本网讯")


# --- yearbook pages of places' entries ------------------------------------------------------------------------------

def test_each_place_named_alone_over_its_yearbook_entry_is_a_report():
    page = ("《桐溪年鉴（2031）》　第九篇 乡镇概览\n"
            "·石门镇·\n"
            "【卫生】2030年，镇卫生院门诊3.1万人次，新农合参合率97.2%，孕产妇住院分娩率98.4%。\n"
            "·柳坪乡·\n"
            "【卫生】全乡有乡卫生院1所、村卫生室14个，2030年儿童计划免疫接种率96.5%。\n"
            "·青山镇·\n"
            "【卫生】2030年，全镇居民电子健康档案建档率82.3%，镇卫生院新建住院楼1栋。\n"
            "（本篇撰稿：县卫生局）\n")
    docs = page_docs(page)
    assert len(docs) == 3
    assert [d["source_start"] for d in docs[1:]] == [page.index("【卫生】全乡"), page.index("【卫生】2030年，全镇")]


def test_cities_named_alone_over_their_entries_are_reports_in_traditional_characters_too():
    page = ("某省年鑑2031 ＞ 市州概況 ＞ 衛生\n"
            "青川市\n"
            "2030年，青川市衛生系統新農合參合率95.12%，孕產婦住院分娩率98.7%，全年新建村衛生室46所。\n"
            "白河市\n"
            "2030年，全市有各級醫療衛生機構2150個，新農合參合率達93.06%，嬰兒死亡率下降到8.4‰。\n")
    docs = page_docs(page)
    assert [d["source_start"] for d in docs] == [page.index("2030年，青川"), page.index("2030年，全市")]


def test_one_bracketed_heading_printed_over_each_districts_entry_opens_each():
    page = ("某市年鉴网 > 年鉴查阅 > 区县概况\n"
            "【卫生】\n"
            "东湖区　2030年，全区有医疗卫生机构318个，新农合参合率98.3%，孕产妇系统管理率92.6%。\n"
            "【卫生】\n"
            "西岭区　2030年，全区完成诊疗人次212.4万，3岁以下儿童系统管理率90.8%。\n")
    docs = page_docs(page)
    assert [d["source_start"] for d in docs] == [page.index("东湖区"), page.index("西岭区")]


def test_a_yearbook_entrys_own_topics_and_a_lone_place_signature_open_no_report():
    page = ("《青州年鉴》2031　卫生\n"
            "【概况】2030年，全市有卫生机构1 046个，卫生技术人员8 260人，新农合参合率97.5%。\n"
            "【妇幼保健】全市孕产妇系统管理率88.2%，住院分娩率99.1%，婴儿死亡率6.3‰。\n"
            "青州市\n")
    assert len(page_docs(page)) == 1


# --- titles -----------------------------------------------------------------------------------------------------------

def test_a_title_with_its_year_in_brackets_after_the_report_word_starts_the_report():
    page = ("平溪县妇幼保健工作总结（2030年）\n"
            "2031-01-15 09:12 来源：县妇幼保健院\n\n"
            "2030年，我县认真实施农村孕产妇住院分娩补助项目，全年补助住院分娩产妇2 318人。" + TEXT)
    doc = one_doc(page)
    assert doc["source_start"] == 0
    assert doc["title"] == "平溪县妇幼保健工作总结（2030年）"


def test_a_report_on_building_a_medical_community_and_a_budget_note_are_titles():
    for title in ("柳川县推进紧密型县域医共体建设情况", "青禾市卫生健康委员会2031年部门预算编制说明",
                  "白沙区新农合运行情况通报（二〇三〇年）"):
        page = title + "\n发布日期：2031-03-08　　来源：办公室\n" + TEXT
        doc = one_doc(page)
        assert doc["source_start"] == 0, title
        assert doc["title"] == title


# --- furniture and text -----------------------------------------------------------------------------------------------

def test_a_pager_between_the_chunks_of_one_article_ends_no_report_and_cuts_no_number():
    page = ("【新型农村合作医疗】2030年，全县参合农民18.6万人，参合率达到9\n"
            "[第1页 共2页] [下一页]\n"
            "6.4%，较上年提高2.1个百分点。全县孕产妇住院分娩率98.2%，3岁以下儿童系统管理率90.5%。\n")
    assert len(page_docs(page)) == 1
    assert (96.4, "percent") in page_values(page)


def test_a_reposts_source_line_under_a_title_is_the_sites():
    page = ("石渠縣衛生局2030年上半年工作總結\n"
            "轉載自：高原社區論壇 › 地方資訊\n"
            "發表於 2030-7-30 21:05 | 只看該作者\n"
            "今年以來，我局在縣委、縣政府的正確領導下，各項工作取得階段性成效。新農合參合率97.4%，住院分娩率58.6%。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0


def test_a_pdf_copys_wrapped_first_lines_of_prose_under_the_title_are_text_not_links():
    page = ("青原地区卫生局2030年行风建设工作总结\n"
            "今年以来，地区卫生局党组认真贯彻落实全区纠风工作会议精神，把治\n"
            "理医药购销领域商业贿赂、纠正医疗服务中的不正之风作为全系统行风建\n"
            "设的重点，取得了一定成效。现将全年工作总结如下：\n"
            "一、加强组织领导。局党组与9个县卫生局签订行风建设目标责任书，签订率100%。\n"
            "二、开展满意度调查。全年发放问卷3 000份，群众对医疗服务总体满意率为89.7%。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0
    assert doc["title"] == "青原地区卫生局2030年行风建设工作总结"


def test_a_file_printing_the_title_it_issues_over_its_letter_and_the_document_is_one_report():
    page = ("青州市卫生健康委员会\n"
            "2031年全市卫生健康工作要点\n"
            "青卫〔2031〕3号\n"
            "各区县卫生健康局，委直属各单位：\n"
            "现将《2031年全市卫生健康工作要点》印发给你们，请结合实际认真抓好落实。\n"
            "2031年2月8日\n"
            "2031年全市卫生健康工作要点\n"
            "2031年全市卫生健康工作的主要预期指标是：孕产妇死亡率控制在10/10万以下，婴儿死亡率控制在4‰以下。\n"
            "一、做好疫情防控。发热门诊规范化建设率达到100%。\n")
    doc = one_doc(page)
    assert doc["source_start"] <= page.index("2031年全市")


def test_a_document_sharing_sites_tool_bar_between_copies_of_the_title_starts_no_report():
    page = ("青川县卫生局2030年卫生工作总结 - 某某文库\n"
            "大小：48KB  页数：3页  浏览：1,204  下载：37\n"
            "举报 | 收藏 |\n"
            "青川县卫生局2030年卫生工作总结\n"
            "2030年，我县卫生工作在县委、县政府领导下较好地完成了各项任务。" + TEXT)
    doc = one_doc(page)
    assert doc["source_start"] == 0


def test_the_sites_column_named_in_its_metadata_line_is_no_title_between_the_copies():
    page = ("范文网 > 工作计划 > 卫生院工作计划\n"
            "社区卫生服务中心20XX年工作计划（精选）\n"
            "时间：2031-03-02 栏目：卫生院工作计划 字数：1680\n"
            "第1篇：社区卫生服务中心20XX年工作计划\n"
            "为进一步做好中心20XX年各项工作，结合实际，特制定本计划。" + TEXT)
    doc = one_doc(page)
    assert doc["source_start"] == page.index("社区卫生服务中心20XX年工作计划（精选）")


def test_a_plans_box_over_its_table_of_targets_is_no_title():
    page = ("青州市“十五五”卫生健康发展规划\n"
            "一、发展目标\n"
            "到2035年，全市人均预期寿命达到81岁，孕产妇死亡率控制在8/10万以下。\n"
            "专栏1　“十五五”时期卫生健康发展主要指标\n"
            "| 序号 | 指标 | 单位 | 2030年 | 2035年 |\n"
            "| 1 | 婴儿死亡率 | ‰ | 3.2 | ≤3 |\n"
            "二、主要任务\n"
            "推进县域医共体建设，县域内就诊率达到90%以上。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0


def test_a_title_labelled_as_an_excerpt_over_its_chapters_starts_the_report():
    page = ("青州市人民政府门户网站 | 政策文件 | 规划计划\n"
            "发布日期：2031-03-18　　发文机关：青州市人民政府办公室\n"
            "青州市“十五五”卫生健康事业发展规划（摘录）\n"
            "第一章　发展基础\n"
            "“十四五”时期，全市卫生健康事业取得长足进步，居民健康素养水平提高到28.6%。\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index("青州市“十五五”")


def test_a_pager_glued_inside_a_number_on_a_page_flattened_to_one_line_is_cut():
    page = ("【新型农村合作医疗】2030年，全县参合农民18.6万人，参合率达到9[第1页 共2页] [下一页]6.4%，较上年提高2.1个百分点。"
            "全县孕产妇住院分娩率98.2%，3岁以下儿童系统管理率90.5%。\n")
    assert (96.4, "percent") in page_values(page)
