"""Documents, round 23: where each report on a page starts.  Causes worked: a clock time's seconds taken for a WeChat
section number (the date line cut in two, the title above it lost), a content system's other date labels (添加时间,
录入时间), a title under the first page's break taken for a running head, a city's page of its counties' briefs (one
paragraph per place, opening with its name and a colon), titles of a yearly report (…发展年度报告（二〇三一年）), of an
inspection's notice (…检查情况), of a policy reading naming its document in 《》 (long, or about 大病保险), a yearbook's
bracketed entry on problems (【存在的困难】) taken for page tools, a share bar whose names are set off by bars, a
page's contact line under its text.  Every page is written for the test (names and figures invented)."""
from __future__ import annotations

import pytest
from test_documents_written import one_doc, page_docs

from healthdata.pageview import page_view
from healthdata.segment import is_furniture, title_like
from healthdata.textnorm import matching_text

BODY = (
    "2031年，全县卫生系统扎实推进各项工作，孕产妇系统管理率达到93.4%，住院分娩率99.2%。\n"
    "一、主要工作。全年总诊疗人次86.2万人次，家庭医生签约率达到71.5%。\n"
    "二、存在的问题。乡镇卫生院人才短缺，设备陈旧。\n"
)


def test_the_seconds_of_a_clock_time_on_a_date_line_start_no_line():
    page = "添加时间：2031-1-12 14:26:07  文章来源：县卫生局  浏览次数：88\n"
    assert "14:26:07" in page_view(page).text


@pytest.mark.parametrize("label", ["添加时间", "录入时间", "发表日期", "刊发时间"])
def test_a_title_over_a_date_line_under_another_label_opens_the_report(label):
    page = (
        "首页 >> 工作动态 >> 工作总结\n"
        "青桐县人口和计划生育委员会2031年工作总结\n"
        f"{label}：2032-1-12 14:26:07  文章来源：县人口计生委  浏览次数：245\n\n" + BODY
    )
    doc = one_doc(page)
    assert doc["title"] == "青桐县人口和计划生育委员会2031年工作总结"
    assert doc["source_start"] == page.index("青桐县")


def test_a_title_under_the_first_pages_break_below_a_sharing_sites_lines_is_the_title():
    page = (
        "文库网 > 医药卫生 > 卫生院工作总结\n"
        "青桐镇卫生院2031年度工作总结.doc\n"
        "上传者：abc_01  |  4页  |  大小：31KB  |  下载：88次\n"
        "——第1页——\n"
        "青桐镇卫生院2031年度工作总结\n"
        "一年来，我院在县卫生健康局的指导下，较好地完成了全年各项任务，门急诊人次同比增长6.2%。\n"
        "一、公共卫生服务\n"
        "65岁以上老年人健康管理率达到71.3%，高血压规范管理率66%。\n"
        "——第2页——\n"
        "青桐镇卫生院2031年度工作总结\n"
        "二、存在的问题\n"
        "人员不足，设备老化。\n"
    )
    docs = page_docs(page)
    assert len(docs) == 1
    assert docs[0]["title"] == "青桐镇卫生院2031年度工作总结"
    assert docs[0]["source_start"] <= page.index("——第1页——")  # (the file line's copy of the title opens it)


def test_a_page_of_briefs_each_opening_with_its_place_gives_one_report_per_place():
    page = (
        "某市卫生健康委员会 >> 县区动态\n"
        "各县（区）卫生健康工作简况（2031年第二季度）\n"
        "发布日期：2031-07-20　信息来源：办公室　阅读：102\n"
        "青桐县：上半年，全县家庭医生重点人群签约率达到72.4%，电子健康档案建档率88.1%。\n"
        "白河区：1—6月，全区适龄儿童免疫规划疫苗接种率保持在95%以上。但区医院儿科医师仍然紧缺。\n"
        "石门市：二季度共开展医疗机构专项检查96家次，立案查处非法行医案件3起。\n"
        "【关闭窗口】\n"
    )
    docs = page_docs(page)
    assert [d["source_start"] for d in docs[1:]] == [page.index("白河区："), page.index("石门市：")]
    assert docs[0]["source_start"] == page.index("青桐县：")
    assert all(d["title"] is None for d in docs)


def test_paragraphs_on_town_and_country_areas_are_no_briefs_of_places():
    page = (
        "今年以来，全县卫生健康工作稳步推进。\n"
        "城区：孕产妇系统管理率达到95.1%，家庭医生签约率70.2%。\n"
        "农村地区：孕产妇系统管理率达到91.4%，家庭医生签约率62.5%。\n"
        "存在的问题是乡村医生老化。\n"
    )
    assert len(page_docs(page)) == 1


@pytest.mark.parametrize("title", [
    "青桐市卫生健康事业发展年度报告（二〇三一年）",
    "青桐县卫健委通报2031年第三季度医疗机构依法执业检查情况",
    "《某省城乡居民大病保险实施办法》政策解读",
    "政策解读：《青桐市基层医疗卫生服务能力提升三年行动方案（2031—2033年）》问答",
])
def test_titles_of_a_yearly_report_an_inspection_notice_and_a_policy_reading(title):
    assert title_like(matching_text(title))


def test_a_long_line_naming_a_document_is_still_no_title_when_it_reads_as_a_sentence():
    assert not title_like(matching_text("根据《青桐市基层医疗卫生服务能力提升三年行动方案（2031—2033年）》，制定本计划"))
    assert not title_like(matching_text("青桐市全面落实基层医疗卫生服务能力提升三年行动推动各乡镇卫生院提档升级取得实效工作总结"))


def test_a_yearbook_entry_on_the_works_difficulties_is_part_of_the_entry_not_page_tools():
    assert not is_furniture(matching_text("【存在的困难】"))
    assert is_furniture(matching_text("【打印】【关闭】"))
    page = (
        "某年鉴2032 > 社会事业 > 卫生\n"
        "【卫生】\n"
        "2031年，青桐市有各级各类医疗卫生机构214个，卫生技术人员3862人，孕产妇系统管理率91.5%。\n"
        "【存在的困难】\n"
        "疾控中心实验室面积不足，检测设备老化；双语医务人员紧缺，基层卫生院招不来、留不住。\n"
        "【妇幼保健】\n"
        "住院分娩率99.8%，完成农村妇女“两癌”检查5200人。\n"
    )
    assert len(page_docs(page)) == 1


def test_a_share_bar_with_its_names_set_off_by_bars_and_a_hotline_line_end_the_news_item():
    page = (
        "青桐：家门口看病更方便了\n"
        "青桐融媒体中心讯（记者 王某）\n"
        "3月18日，青桐市召开2031年卫生健康工作会议，全市家庭医生签约率达到72.4%，县域内就诊率90.1%。\n"
        "会上，市卫健委与各乡镇签订了年度目标责任书。\n"
        "（编辑：李某　审核：赵某）\n"
        "分享到：微信 | 微博 | 抖音　　　举报电话：0991-1234567\n"
        "相关阅读　青桐启动健康体检进社区活动\n"
    )
    assert len(page_docs(page)) == 1
    assert is_furniture(matching_text("举报电话：0991-1234567"))
    assert is_furniture(matching_text("联系人：区卫生监督所王某  电话：022-1234xxx"))
    assert not is_furniture(matching_text("电话：全年受理群众来电1200件，办结率100%。"))


def test_a_bar_of_page_tools_set_off_by_bars_ends_the_sites_fields_on_a_one_line_news_page():
    page = ("青桐县白石镇：健康小分队走进山寨 2031-11-20 09:31:07 来源：青桐县融媒体中心 作者：王某 字号：默认 大 超大 | 打印 | 关闭 "
            "“以前量血压要去镇上，现在医生直接上门了。”11月中旬，白石镇卫生院组建了6支健康小分队，每月至少进村两次，"
            "辖区高血压患者规范管理率达到68.2%，糖尿病患者规范管理率61.5%。但村医老化，年轻人留不住。 责任编辑：赵某\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index("“以前")  # (an untitled item starts at its text, after the site's fields)
    assert "| 打印 | 关闭" in page_view(page).text.split("\n")[1]


def test_the_sites_date_between_the_trail_and_a_title_on_a_one_line_page_is_no_part_of_the_report():
    page = ("首页＞乡镇动态　2031-02-14　　青桐镇卫生院2030年工作总结　2030年，我院在县卫生健康局的领导下，狠抓医疗质量和公共卫生服务，"
            "全年门诊2.1万人次，住院分娩率100%，65岁以上老年人健康管理率达到70.2%。存在的问题是人员不足，设备老化。"
            "2031年，我院将争取家庭医生签约率达到75%以上。　【关闭】\n")
    doc = one_doc(page)
    assert doc["title"] == "青桐镇卫生院2030年工作总结"
    assert doc["source_start"] == page.index("青桐镇")


def test_a_title_printed_over_a_sharing_sites_counters_set_off_by_spaces_opens_the_report_at_its_first_copy():
    page = (
        "青桐县卫生健康局2031年工作总结\n"
        "上传者：abc_01　上传时间：2032-01-12　浏览586次\n"
        "下载23次　共5页　评分4.2\n"
        "青桐县卫生健康局2031年工作总结\n" + BODY
    )
    doc = one_doc(page)
    assert doc["source_start"] == 0
    assert is_furniture(matching_text("下载23次　共5页　评分4.2"))
    assert not is_furniture(matching_text("全年下载23次"))


def test_a_bar_and_a_chunk_number_between_a_titles_copies_keep_the_first_copy_the_start():
    page = (
        "青桐市卫生局2031年工作总结及2032年工作要点 - 某某文档\n"
        "青桐市卫生局2031年工作总结及2032年工作要点\n"
        "上传于2032-02-16 | 文档页数：4 | 阅读：1,204 | 收藏\n"
        "|\n"
        "分享到：\n"
        "1、\n"
        "青桐市卫生局2031年工作总结及2032年工作要点\n" + BODY
    )
    doc = one_doc(page)
    assert doc["source_start"] == 0


@pytest.mark.parametrize("header", ["原创  青桐卫健  2031-07-18 17:30  发表于广西", "青桐卫健 2031-12-30 17:32 江苏",
                                    "原创 青桐卫健 青桐健康 2031-01-04 08:00"])
def test_a_public_accounts_header_line_and_its_call_to_follow_are_furniture(header):
    assert is_furniture(matching_text(header))
    assert is_furniture(matching_text("📌 点击上方蓝字关注我们"))
    page = (f"青桐卫健\n{header}\n\n点击蓝字 关注我们\n\n上半年青桐区卫生健康工作交出成绩单\n\n"
            "🔹今年以来，青桐区卫生健康局统筹疫情防控和卫生健康事业发展，各项工作稳步推进。\n"
            "截至6月30日，60岁以上老年人全程接种率达93.6%，孕产妇系统管理率为95.4%。\n")
    doc = one_doc(page)
    assert doc["source_start"] >= page.index("上半年青桐区")
    assert not is_furniture(matching_text("2031年7月18日，全区召开卫生健康工作会议，孕产妇系统管理率95.4%。"))


def test_an_attachment_titled_after_the_report_is_part_of_it():
    page = (
        "青桐市人民政府办公室关于印发青桐市“十五五”卫生健康事业发展规划的通知\n"
        "青政办发〔2031〕12号\n"
        "各区、县人民政府，市政府有关部门：\n"
        "现将《青桐市“十五五”卫生健康事业发展规划》印发给你们，请认真贯彻执行。\n"
        "青桐市“十五五”卫生健康事业发展规划\n"
        "一、发展基础。全市人均预期寿命达到79.5岁，孕产妇死亡率降至9.8/10万。\n"
        "二、主要目标。到2035年，婴儿死亡率控制在3‰以下，家庭医生签约率达到75%。\n"
        "附件：青桐市“十五五”卫生健康事业发展主要指标\n"
        "| 领域 | 主要指标 | 单位 | 2030年 | 2035年 |\n"
        "| 健康水平 | 婴儿死亡率 | ‰ | 3.6 | ≤3 |\n"
    )
    docs = page_docs(page)
    assert len(docs) == 1 and docs[0]["source_start"] == 0


def test_a_public_accounts_list_of_figures_under_check_marks_is_no_list_of_links():
    page = (
        "青桐卫健 2031-12-30 17:32 江苏\n"
        "点击上方蓝字 关注我们\n"
        "📌 2031，青桐卫健这一年\n"
        "这一年，我们交出了这样的成绩单👇\n"
        "✅ 全市居民健康素养水平达到38.6%，比上年提升3.2个百分点\n"
        "✅ 新增托位4150个\n"
        "✅ 二级以上公立医院检查检验结果互认项目达到186项\n"
        "✅ 基层医疗卫生机构门急诊人次占比52.4%\n"
        "✅ 全市孕产妇死亡率0，婴儿死亡率1.38‰\n"
        "✅ 城乡居民医保财政补助标准提高到每人每年700元\n"
        "当然，我们也清醒地看到，基层卫生人才仍然紧缺。\n"
        "阅读2563 在看41\n"
    )
    assert len(page_docs(page)) == 1


def test_the_rules_of_a_programme_are_a_plans_title():
    assert title_like(matching_text("青桐市2031年新型农村合作医疗实施办法（摘要）"))


def test_a_counters_label_ending_its_line_takes_no_year_from_the_text_under_it():
    page = "发布时间：2032-01-19 作者：市卫生局 浏览：\n2031年，全市卫生系统圆满完成了各项目标任务。\n"
    assert "\n2031年，" in page_view(page).text


def test_a_title_after_the_last_section_crumb_of_a_trail_with_the_sites_fields_after_it_is_a_title_line():
    page = ("首页 >> 工作动态 >> 工作总结 青桐市卫生局2031年工作总结 发布时间：2032-01-19 作者：市卫生局 浏览：\n" + BODY)
    doc = one_doc(page)
    assert doc["title"] == "青桐市卫生局2031年工作总结"
    assert doc["source_start"] == page.index("青桐市")


def test_a_list_page_of_news_items_each_over_its_date_line_gives_one_report_per_item():
    page = (
        "某市卫生健康委员会 > 工作动态 > 旗县区动态\n"
        "青桐区：家庭医生签约服务提质扩面\n"
        "2031-09-14\n"
        "今年以来，青桐区持续推进家庭医生签约服务，重点人群签约率达到76.3%。\n"
        "白河区开展健康知识进社区宣传活动\n"
        "2031-09-13\n"
        "9月以来，白河区开展健康讲座32场，社区居民健康知识知晓率达到86.5%。\n"
        "石门区完成上半年适龄儿童疫苗接种查漏补种工作\n"
        "2031-09-09\n"
        "上半年，石门区共查漏补种1200余人次，补种率达到98.1%。\n"
    )
    docs = page_docs(page)
    assert len(docs) == 3
    assert [d["source_start"] for d in docs[1:]] == [page.index("白河区开展"), page.index("石门区完成")]


def test_a_counters_label_after_a_bar_is_no_page_tool_and_stays_whole():
    page = ("青桐县卫生局2031年工作总结\n"
            "上传者：abc_01　|　页数：4页　|　浏览：1,537次　|　下载：86次　|　收藏：12\n"
            "青桐县卫生局2031年工作总结\n" + BODY)
    assert "收藏：12" in page_view(page).text
    assert one_doc(page)["source_start"] == 0
