"""Documents, round 28: where each report on a page starts, and its fields.  Causes worked: a notice's document number with
the day it was posted after it on the same line (某卫健发〔2031〕9号　　2031-03-17, the header of a government site's notice
without labels) was no site line, so the notice's title over it was not taken for a title and the plan it issues started
a report of its own; a sharing site's list of related documents (相关文档：某院2031年工作总结 / 某中心年终总结范文) was cut after its
label into title lines, so the site's list stood between the copies of the title and the report started at the last copy;
an essay site's filing of the page (分类：工作总结　|　标签：…　|　字数：约800字) read as a table's row with a figure, so it
parted the copies of the title into two reports.
Every page is written for the test (names and figures invented)."""
from __future__ import annotations

import pytest
from test_documents_written import one_doc, page_docs

from healthdata.segment import Line, _is_report_text, is_boilerplate


def _line(text: str) -> Line:
    return Line(0, len(text), text, text)


# ---- a document number with its day on one line -------------------------------------------------------------------------

@pytest.mark.parametrize("header", [
    "青禾卫健发〔2031〕9号　　　　　　　　2031-03-17　　【打印】",
    "青禾卫发〔2031〕12号　2031年3月17日",
    "青禾卫健〔2031〕63号　签发人：韩某某",
])
def test_a_notice_over_its_number_and_day_is_one_titled_plan(header):
    page = ("青禾市卫生健康委员会 >> 通知公告\n"
            "青禾市卫生健康委员会关于印发《青禾市村卫生室能力提升两年行动方案（2032—2033年）》的通知\n"
            f"{header}\n\n"
            "各县（市、区）卫生健康局：\n"
            "　　现将《青禾市村卫生室能力提升两年行动方案（2032—2033年）》印发给你们，请认真组织实施。\n\n"
            "青禾市村卫生室能力提升两年行动方案（2032—2033年）\n"
            "　　一、工作目标\n"
            "　　到2033年底，全市村卫生室标准化建设达标率达到95%以上，乡村医生中执业（助理）医师占比达到45%。\n"
            "　　二、重点任务\n"
            "　　（一）改造村卫生室210所，配备基本设备。\n")
    doc = one_doc(page)
    assert doc["title"].startswith("青禾市卫生健康委员会关于印发")
    assert doc["doc_type"] == "plan" and doc["period"] == "multi_year"


@pytest.mark.parametrize("line", ["青禾卫健发〔2031〕9号 2031-03-17", "青禾卫发〔2031〕12号　2031年3月17日",
                                  "青禾卫健〔2031〕63号　签发人：韩某某", "青禾卫发〔2031〕12号"])
def test_a_document_number_with_its_day_or_signer_is_the_sites_line(line):
    assert is_boilerplate(_line(line))


def test_a_sentence_citing_a_document_number_is_report_text():
    line = _line("根据青禾卫发〔2031〕12号文件精神，乡镇卫生院住院补偿比例提高到75%。")
    assert not is_boilerplate(line) and _is_report_text(line)


# ---- a sharing site's related documents between the copies of a title -----------------------------------------------------

@pytest.mark.parametrize("label", ["相关文档", "相关下载", "相关范文", "相关资料"])
def test_a_related_documents_list_between_the_title_copies_leaves_the_report_at_the_first_copy(label):
    page = ("青禾县卫生局2031年工作总结 - 文库\n"
            "上传者：qh_ws　|　上传时间：2032-01-05　|　浏览：812次　|　页数：2页\n"
            f"{label}：乡镇卫生院2031年工作总结 / 医院年终总结范文 / 新农合工作总结\n"
            "青禾县卫生局2031年工作总结\n"
            "2031年，全县卫生工作以新农合为重点，各项工作取得新进展。参合农民31.2万人，参合率97.6%。\n"
            "全县住院分娩率达到98.3%，孕产妇系统管理率91.4%。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0 and doc["title"] == "青禾县卫生局2031年工作总结"


# ---- an essay site's filing of the page ----------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "分类：工作总结　|　标签：卫生局 总结 2031　|　字数：约800字",
    "分类：工作总结 标签：卫生院 新农合",
    "本文标签：卫生院　年终总结　范文",
    "栏目：卫生院工作计划　字数：1680",
])
def test_an_essay_sites_labels_of_the_page_are_its_line(line):
    assert is_boilerplate(_line(line))


@pytest.mark.parametrize("line", [
    "分类：全县卫生院按服务人口分为三类，一类院12所，服务覆盖率95%。",
    "字数：约800字的总结材料中，全县参合率达到97.6%。",
])
def test_a_sentence_opening_on_such_a_label_is_no_site_line(line):
    assert not is_boilerplate(_line(line))


def test_an_essay_sites_labels_between_the_title_copies_leave_one_report():
    page = ("青禾区卫生局2031年卫生工作总结\n"
            "青禾区卫生局2031年卫生工作总结\n"
            "分类：工作总结　|　标签：卫生局 总结 2031　|　字数：约800字\n"
            "青禾区卫生局2031年卫生工作总结\n"
            "2031年，全区卫生工作以社区卫生服务为重点，较好地完成了全年任务。\n"
            "一、全区参合农民12.4万人，参合率达到96.2%，比上年提高1.4个百分点。\n")
    docs = page_docs(page)
    assert len(docs) == 1 and docs[0]["source_start"] == 0
