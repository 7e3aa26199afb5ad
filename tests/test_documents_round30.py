"""Documents, round 30: where each report on a page starts, and its fields.  Causes worked: a sharing site's fields under
a title's copy that the page's copy broke over lines or wrote in other words (a lone download counter, 浏览次数 with
所需积分, the fields in round brackets, the site's web address without www. before its upload fields) were read as
report text, so a title's copy and its fields stood as a report of their own or the report started at its second copy.
Every page is written for the test (names and figures invented)."""
from __future__ import annotations

import pytest
from documents_pages import is_sites_line
from test_documents_written import page_docs

# ---- a sharing site's fields under a title's copy --------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "下载 7 次",
    "浏览 312 次",
    "浏览次数：86　　下载次数：3　　所需积分：2",
    "浏览量：120  下载：5次  所需金币：4",
    "（来源：某某文档网",
    "(来源：范文分享网  上传者：abc_12  页数：3)",
    "某某文档 example.com　　预览　　上传人：abc****　　上传时间：2031-04-03",
    "文库 doc.example.cn  上传者：wsj_01",
])
def test_a_sharing_sites_fields_are_its_line(line):
    assert is_sites_line(line)


@pytest.mark.parametrize("line", [
    "全年网站点击量达到12万次，下载健康教育资料3000余次。",
    "（来源：县疾控中心监测数据，下同）全县报告发病率为120.3/10万。",
    "全县新建健康小屋12个，所需资金由县财政承担。",
])
def test_report_sentences_naming_downloads_or_sources_are_no_sites_line(line):
    assert not is_sites_line(line)


_SHARED_SUMMARY = ("一、主要工作。全县孕产妇系统管理率达到93.5%，儿童免疫规划疫苗接种率达到98.2%。\n"
                   "二、存在的问题。村医队伍老化，服务能力不足。\n")


@pytest.mark.parametrize("page, doc_type", [
    # (a title's copy with the site's name, its fields the page's copy broke or wrote otherwise, and the title again)
    ("柳溪县卫生局2031年工作总结 - 某某文库\n上传者：ab_cd 　 2032-02-03 　 浏览 86 次 　 下载 4 次\n"
     "柳溪县卫生局2031年工作总结\n" + _SHARED_SUMMARY, "summary"),
    ("柳溪县卫生局2031年工作总结 - 某某文库\n分享到：　　上传者：ab_cd　　浏览次数：86　　下载次数：4　　所需积分：2\n"
     "柳溪县卫生局2031年工作总结\n" + _SHARED_SUMMARY, "summary"),
    # (the fields in round brackets under the title)
    ("柳溪区卫生局2031年上半年工作总结\n（来源：某某文档网  上传者：ab_cd  页数：2）\n\n"
     "上半年，我局各项工作有序推进。全区参合率为97.6%，住院分娩率达到99.1%。\n", "summary"),
    # (a notice filed under its file's name, the site's name and web address before its upload fields)
    ("关于印发柳溪市2032年卫生健康工作要点的通知.docx-某某文档\n"
     "某某文档 example.com　　预览　　上传人：ab****　　上传时间：2032-04-03　　下载：7次　　页数：3\n"
     "关于印发柳溪市2032年卫生健康工作要点的通知\n各县（区）卫生健康局：\n"
     "　　现将《柳溪市2032年卫生健康工作要点》印发给你们，请认真贯彻落实。\n柳溪市2032年卫生健康工作要点\n"
     "一、主要目标。全市孕产妇死亡率控制在12/10万以下，婴儿死亡率控制在5‰以下。\n", "plan"),
])
def test_a_title_over_a_sharing_sites_fields_is_one_report_from_its_first_copy(page, doc_type):
    docs = page_docs(page)
    assert len(docs) == 1 and docs[0]["source_start"] == 0 and docs[0]["doc_type"] == doc_type


# ---- a PDF's running head naming only the body and the report's kind --------------------------------------------------------


def test_a_running_head_without_the_titles_year_and_period_is_no_report_of_its_own():
    page = ("柳溪市卫生局2031年上半年工作总结\n"
            "（2031年7月6日）\n"
            "上半年，全市新农合参合农民达到86.2万人，参合率为97.1%，较去年同期提高1.2个百分点。孕产妇系统管理率达到91.4%，\n"
            "— 2 —\n"
            "柳溪市卫生局工作总结\n"
            "完成全年任务的54.6%。\n"
            "存在的不足：一是村医老龄化严重；二是部分卫生院设备陈旧。\n")
    docs = page_docs(page)
    assert len(docs) == 1 and docs[0]["period"] == "H1" and docs[0]["year"] == 2031


def test_a_second_report_under_a_page_break_with_a_year_of_its_own_stays_a_report():
    # (a title naming its own year is no head shortened from the first: the page holds two reports)
    page = ("柳溪市卫生局2031年上半年工作总结\n"
            "上半年，全市新农合参合率为97.1%，孕产妇系统管理率达到91.4%。各项工作有序推进，完成了半年目标任务。\n"
            "— 2 —\n"
            "柳溪市卫生局2031年下半年工作计划\n"
            "下半年，力争全市孕产妇系统管理率达到93%以上，儿童系统管理率达到92%以上，做好秋冬季传染病防控工作。\n")
    assert [d["doc_type"] for d in page_docs(page)] == ["summary", "plan"]


# ---- an article marker after a sharing site's chunk number -------------------------------------------------------------------


def test_each_article_of_a_collection_starts_a_report_after_the_sites_chunk_number():
    page = ("卫生院工作总结（2篇）\n"
            "1、第一篇  柳溪镇卫生院2031年上半年工作总结\n"
            "上半年，我院门诊量达到1.2万人次，住院分娩率为98.6%，完成了半年目标任务。\n"
            "2、第二篇  青禾镇卫生院2031年工作总结\n"
            "2031年，我院在上级主管部门的领导下，全年门诊量2.6万人次，孕产妇系统管理率达到92.3%。\n")
    docs = page_docs(page)
    assert len(docs) == 2 and [d["period"] for d in docs] == ["H1", "annual"]
    assert page[docs[1]["source_start"]:].startswith(("2、第二篇", "第二篇", "青禾镇卫生院"))


# ---- a yearbook page of the health field's entry and family planning's ---------------------------------------------------


def test_a_yearbook_page_of_the_health_entry_and_the_family_planning_entry_is_two_reports():
    page = ("柳溪年鉴（2032）  社会事业\n"
            "【卫生】 2031年，柳溪市有医疗卫生机构215个，病床2 180张。新农合参合率达到97.6%，孕产妇住院分娩率99.2%。\n"
            "【计划生育】 2031年，全市人口出生率9.21‰，自然增长率3.05‰，政策生育率96.8%。\n"
            "（撰稿：王某某）\n")
    docs = page_docs(page)
    assert len(docs) == 2 and all(d["year"] == 2031 for d in docs)
    assert page[docs[1]["source_start"]:].startswith("【计划生育】")


def test_family_planning_among_a_chapters_many_health_entries_stays_in_the_chapter():
    page = ("柳溪年鉴（2032）  卫生健康\n"
            "【概况】 2031年，全区有医疗卫生机构96个，卫生技术人员1 820人。\n"
            "【妇幼保健】 全区孕产妇系统管理率达到93.1%，儿童系统管理率达到92.4%。\n"
            "【疾病预防控制】 全区适龄儿童免疫规划疫苗接种率保持在95%以上。\n"
            "【计划生育】 全区政策生育率96.2%，出生人口性别比106.3。\n"
            "（撰稿：区卫健局 王某某）\n")
    assert len(page_docs(page)) == 1
