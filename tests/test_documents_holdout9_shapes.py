"""Where a page's report starts, and what it is, for page shapes of real sites that the segmenter
missed: a notice wrapping a plan signed with a date in Chinese numerals, a title ending in 工作回顾 /
工作思路 / 安排意见, a title among a line of related links, a disclosure page's index-number line, a
site-suffixed title repeated under the site's header date.  Every page is written for these tests
(places, years and numbers invented); each test was checked to fail without its fix."""
from __future__ import annotations

import pytest

from healthdata.build import report_result
from healthdata.segment import page_reports


def page_docs(text: str, name: str = "page.txt") -> tuple[list[dict], list[dict]]:
    """(documents, problems) of a page, through the build's per-page path."""
    view, reports = page_reports(text, name)
    docs, problems = [], []
    for rep in reports:
        part = report_result(rep, name, view)
        docs += part.documents
        problems += part.problems
    return docs, problems


def only_doc(text: str, name: str = "page.txt") -> dict:
    """The one document of a page (failing when the page makes more or none)."""
    docs, _ = page_docs(text, name)
    assert len(docs) == 1, [d["source_start"] for d in docs]
    return docs[0]


NOTICE = ("当前位置：首页 > 政务公开 > 通知公告\n"
          "关于印发《青禾县2031年卫生工作要点》的通知\n"
          "青卫发〔2031〕3号\n"
          "各乡镇卫生院、县直各医疗卫生单位：\n"
          "现将《青禾县2031年卫生工作要点》印发给你们，请认真抓好落实。\n"
          "青禾县卫生局\n"
          "二〇三一年一月二十日\n"
          "\n"
          "青禾县2031年卫生工作要点\n"
          "一、主要目标\n"
          "全县新农合参合率稳定在96%以上，住院分娩率达到98%以上，孕产妇系统管理率达到90%。\n"
          "二、重点工作\n"
          "（一）推进乡镇卫生院标准化建设，新建业务用房4所。\n"
          "（二）加强乡村医生培训，全年培训乡村医生320人次。\n")


def test_a_notice_signed_with_a_date_in_chinese_numerals_and_the_plan_it_carries_are_one_plan():
    # the signature (issuing body, then 二〇三一年一月二十日) is no list of links ending the notice
    doc = only_doc(NOTICE)
    assert doc["source_start"] == NOTICE.index("关于印发")
    assert doc["title"] == "关于印发《青禾县2031年卫生工作要点》的通知"
    assert (doc["doc_type"], doc["year"]) == ("plan", 2031)
    assert doc["source_end"] > NOTICE.index("培训乡村医生320人次")


REVIEW = ("石溪鎮衛(wèi)生院二〇三〇年工作回顧\n"
          "發佈者：鎮衛生院辦公室　　點擊：215\n"
          "\n"
          "2030年，我院圍繞基本醫療和公共衛生兩項任務開展工作，全年完成門診診療32 410人次，住院906人次。\n"
          "一、公共衛生。全鎮電子健康檔案建檔率達到87.5%，老年人健康管理率65.2%。\n"
          "二、存在的不足。一是人員少，二是設備舊。\n")


def test_a_traditional_review_titled_with_pinyin_and_a_year_in_chinese_numerals_is_a_titled_summary():
    doc = only_doc(REVIEW)
    assert doc["source_start"] == 0
    assert doc["title"] is not None and doc["title"].endswith("工作回顧")
    assert doc["doc_type"] == "summary"


HTML = ("<html><head><title>部门工作总结</title></head><body>\n"
        "<div class=\"nav\">首页 | 政务公开 | 办事服务 | 互动交流</div>\n"
        "<div class=\"crumb\">当前位置：首页 &gt; 政务公开 &gt; 部门工作总结</div>\n"
        "<h1>宁川县卫生局2030年工作总结及2031年工作思路</h1>\n"
        "<div class=\"meta\"><span>来源：县卫生局</span><span>发布时间：2031-01-15</span><span>浏览次数：<em>402</em></span></div>\n"
        "<p style=\"text-align:center\">宁川县卫生局2030年工作总结及2031年工作思路</p>\n"
        "<p>2030年，县卫生局围绕医改任务推进各项工作。现将全年工作总结如下。</p>\n"
        "<p>一、工作成效</p>\n"
        "<p>全县参合率达到98.6%，住院分娩率99.2%，新建村卫生室18个。</p>\n"
        "<p>二、2031年工作思路</p>\n"
        "<p>巩固新农合制度，力争参合率稳定在98%以上；继续推进乡镇卫生院建设。</p>\n"
        "</body></html>\n")


def test_an_html_pages_h1_ending_in_a_plans_word_after_a_summary_starts_the_report():
    doc = only_doc(HTML, "page.html")
    assert doc["source_start"] == HTML.index("宁川县卫生局2030年")  # the first appearance, in the <h1>
    assert doc["title"] == "宁川县卫生局2030年工作总结及2031年工作思路"
    assert doc["doc_type"] == "summary_and_plan"


RELATED = ("范文网 > 实用范文 > 工作总结 > 卫生工作总结\n"
           "热门推荐：社区医院护理工作总结 | 妇幼保健院年终总结 | 乡镇防疫工作总结    "
           "正文：松岭县卫生健康局2031年上半年工作总结 今年以来，县卫生健康局围绕年初目标推进各项工作，现将上半年工作汇报如下。\n"
           "一、主要工作\n"
           "1.家庭医生签约。全县签约居民12.6万人，常住人口签约率达到35.2%。\n"
           "2.公共卫生。老年人健康管理率达到63.4%，报告法定传染病412例。\n"
           "二、下半年工作打算\n"
           "继续扩大签约覆盖面，力争签约率达到40%。\n")


def test_a_title_among_related_links_is_a_link_and_the_report_starts_at_the_title_after_its_label():
    doc = only_doc(RELATED)
    assert doc["source_start"] == RELATED.index("松岭县")
    assert doc["title"] == "松岭县卫生健康局2031年上半年工作总结"
    assert (doc["period"], doc["admin_level"]) == ("H1", "county")


DISCLOSURE = ("江屿市卫生健康局\n"
              "首页 > 信息公开 > 法定主动公开内容 > 年度总结\n"
              "信息索引号：jy-wjw-2031-0007  发布机构：江屿市卫生健康局  发文日期：2031-02-03\n"
              "\n"
              "2030年，市卫生健康局聚焦基层能力建设，全市卫生健康事业平稳发展。全市孕产妇死亡率降至9.8/10万，"
              "婴儿死亡率降至3.2‰，居民电子健康档案建档率达到90.4%。\n"
              "一、基层服务能力持续提升\n"
              "全年新建社区卫生服务站14个，招聘基层医学毕业生126名。\n")


def test_an_untitled_disclosure_text_starts_at_its_text_not_at_the_index_number_line():
    doc = only_doc(DISCLOSURE)
    assert doc["source_start"] == DISCLOSURE.index("2030年，市卫生健康局")
    assert doc["title"] is None
    # the metadata line's number is no value of the report
    assert doc["source_end"] > DISCLOSURE.index("126名")


SUFFIXED = ("桐溪縣2030年衛生健康工作綜述 - 桐溪鄉訊網\n"
            "桐溪鄉訊網 | 首頁 | 鄉訊 | 僑鄉動態 | 聯繫我們\n"
            "2031年02月14日 星期五  繁體 | 簡體\n"
            "桐溪縣2030年衛生健康工作綜述\n"
            "2030年，桐溪縣醫療衛生事業穩步發展。全縣有醫療衛生機構204家，衛生技術人員1 862人，"
            "孕產婦系統管理率95.1%，嬰兒死亡率3.6‰。\n"
            "（桐溪縣衛生健康局供稿）\n")


def test_a_title_with_the_sites_name_over_the_sites_header_date_and_the_bare_title_is_one_report():
    doc = only_doc(SUFFIXED)
    assert doc["source_start"] == 0  # the first appearance
    assert doc["title"] == "桐溪縣2030年衛生健康工作綜述"  # without the site's name


OPINIONS = ("北岸市人民政府网 > 部门动态 > 市卫生健康局\n"
            "北岸市卫生健康局关于2032年重点工作的安排意见\n"
            "发布时间：2032-02-10 09:30   来源：北岸市卫生健康局\n"
            "\n"
            "各乡镇卫生院、市直各医疗卫生单位：\n"
            "为做好2032年全市卫生健康工作，提出如下安排意见。\n"
            "一、形势分析\n"
            "2031年，全市卫生健康系统完成了主要目标。同时也要看到，我市卫生健康事业仍有短板：一是乡镇卫生院人才流失严重，"
            "近三年流失医生41名；二是县级财政投入不足，部分公立医院运行困难，拖欠绩效工资。\n"
            "二、主要目标\n"
            "孕产妇系统管理率达到92%以上，适龄儿童免疫规划疫苗接种率95以上。\n"
            "三、重点任务\n"
            "（一）加强基层卫生人才队伍建设，定向培养医学生60名。\n")


def test_a_plan_headed_as_arrangements_is_a_titled_plan_whose_review_of_the_past_keeps_its_problems():
    docs, problems = page_docs(OPINIONS)
    assert len(docs) == 1
    doc = docs[0]
    assert doc["source_start"] == OPINIONS.index("北岸市卫生健康局关于")
    assert doc["title"] == "北岸市卫生健康局关于2032年重点工作的安排意见"
    assert (doc["doc_type"], doc["year"]) == ("plan", 2032)
    # the 形势分析 part reviews the past year: its problems are the report's problems
    texts = [p["text"] for p in problems]
    assert any("人才流失严重" in t for t in texts)
    assert any("财政投入不足" in t for t in texts)


REPOST = ("兩岸健康資訊網 | 首頁 | 大陸醫改 | 專題\n"
          "當前位置：首頁 > 大陸醫改 > 基層動態\n"
          "衛(wèi)生局：南溪縣2030年農村衛生工作回顧\n"
          "發佈時間：2031年1月9日　閱讀次數：120\n"
          "\n"
          "2030年，南溪縣衛生局以新型農村合作醫療爲重點推進農村衛生工作。全縣參合率達到97.4%，住院補償比提高到58%。\n")


def test_a_reposts_headline_naming_its_source_before_a_colon_is_no_report_title():
    # (a report's own title names its body without a colon: 南溪縣衛生局2030年工作回顧)
    doc = only_doc(REPOST)
    assert (doc["source_start"], doc["title"]) == (REPOST.index("2030年，南溪縣"), None)


ISSUED = ("关于印发2031年卫生工作要点的通知\n"
          "各乡镇卫生院、县直各单位：\n"
          "现将2031年卫生工作要点印发给你们，请认真贯彻执行。\n"
          "青禾县卫生局\n"
          "2031年1月20日\n"
          "附件：\n"
          "青禾县2031年全县卫生工作要点\n"
          "一、主要目标\n"
          "全县新农合参合率稳定在96%以上，住院分娩率达到98%以上。\n"
          "二、重点工作\n"
          "推进乡镇卫生院标准化建设，新建业务用房4所。\n")


def test_a_notice_issuing_a_plan_carries_the_next_title_however_that_title_is_worded():
    docs, _ = page_docs(ISSUED)
    assert [(d["source_start"], d["title"], d["doc_type"]) for d in docs] == [
        (0, "关于印发2031年卫生工作要点的通知", "plan")]


SHARED = ("资料分享网 › 行业资料 › 医疗卫生    下载积分：3    已下载 120 次    评分：★★★☆☆\n"
          "……以上为第一部分内容。  河源县2031年妇幼卫生工作总结  2031年，我县妇幼卫生工作以降低孕产妇死亡率为重点，"
          "全年住院分娩率达到98.2%，孕产妇系统管理率达到88.5%，婴儿死亡率为6.1‰。\n")


def test_a_sharing_sites_header_of_trail_price_and_counters_makes_no_report_of_its_own():
    docs, _ = page_docs(SHARED)
    assert [(d["source_start"], d["title"]) for d in docs] == [(SHARED.index("河源县"), "河源县2031年妇幼卫生工作总结")]


TODAY = ("云台县2030年卫生健康工作综述 - 云台乡讯网\n"
         "云台乡讯网 | 首页 | 新闻 | 公告\n"
         "{today}\n"
         "云台县2030年卫生健康工作综述\n"
         "2030年，全县卫生健康工作稳步推进，孕产妇系统管理率达到91.3%，适龄儿童免疫规划疫苗接种率保持在95%以上。\n")


@pytest.mark.parametrize("today", ["今天是：2031年3月2日 星期日", "2031-03-02 星期日"])
def test_a_sites_today_line_between_the_suffixed_title_and_its_bare_copy_is_furniture(today):
    docs, _ = page_docs(TODAY.format(today=today))
    assert [(d["source_start"], d["title"]) for d in docs] == [(0, "云台县2030年卫生健康工作综述")]


IDEAS = ("白沙县卫生局2030年工作总结及2031年工作{word}\n"
         "2030年，县卫生局围绕医改任务推进各项工作，全县参合率达到98.1%。\n"
         "一、主要成效\n"
         "住院分娩率99.0%，新建村卫生室12个。\n"
         "二、2031年工作{word}\n"
         "力争参合率稳定在98%以上。\n")


@pytest.mark.parametrize("word", ["设想", "重点"])
def test_a_summary_titled_with_the_next_years_ideas_or_priorities_is_a_titled_summary_and_plan(word):
    docs, _ = page_docs("白沙县卫生健康网\n" + IDEAS.format(word=word))
    assert [(d["title"], d["doc_type"]) for d in docs] == [(f"白沙县卫生局2030年工作总结及2031年工作{word}", "summary_and_plan")]


CLOSING = ("云岭市卫生健康局\n"
           "首页 > 信息公开 > 年度总结\n"
           "\n"
           "2031年，市卫生健康局推进基层能力建设，全市孕产妇系统管理率达到92.4%，居民电子健康档案建档率达到88.1%。\n"
           "全年新建社区卫生服务站9个，招聘基层医学毕业生85名。\n"
           "2032年，我们将继续推进县域医共体建设，力争建档率达到90%。\n")


def test_an_untitled_summary_closing_with_next_years_plan_reports_the_year_it_looks_back_on():
    docs, _ = page_docs(CLOSING)
    assert [(d["title"], d["year"]) for d in docs] == [(None, 2031)]


def test_an_untitled_plan_opening_with_its_year_and_what_is_to_be_done_is_that_years():
    page = ("篇一：青山乡卫生院妇幼卫生工作计划\n"
            "2032年，我院将以降低孕产妇死亡率为重点，力争孕产妇系统管理率达到90%以上，住院分娩率稳定在98%以上。\n"
            "一、加强孕产妇管理\n"
            "做好高危孕产妇筛查和转诊，全年培训村医40人次。\n")
    docs, _ = page_docs(page)
    assert [(d["doc_type"], d["year"]) for d in docs] == [("plan", 2032)]


def test_a_comparisons_base_year_is_not_the_year_a_news_item_reports():
    page = ("本网讯（记者 林青）3月2日，记者从云岭市疾控中心获悉，2031年全市共报告法定传染病3 120例，"
            "报告发病率比2030年下降4.2%，肺结核报告发病率由2030年的41.5/10万下降到38.9/10万。\n")
    docs, _ = page_docs(page)
    assert [d["year"] for d in docs] == [2031]


def test_a_plan_titled_with_a_range_of_years_has_its_first_year():
    page = ("长林县基层卫生能力提升行动方案（2031—2033年）\n"
            "一、总体目标\n"
            "到2033年，全县乡镇卫生院全部达到服务能力基本标准，家庭医生签约率达到50%以上。\n"
            "二、主要任务\n"
            "（一）每年培训乡村医生300人次。\n")
    docs, _ = page_docs(page)
    assert [(d["doc_type"], d["year"]) for d in docs] == [("plan", 2031)]
