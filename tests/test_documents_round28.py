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
from documents_pages import is_sites_line, line, news_page, sites_line_cases
from test_documents_written import one_doc, page_docs, page_values

from healthdata.segment import _is_report_text


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


def test_a_sentence_citing_a_document_number_is_report_text():
    cited = line("根据青禾卫发〔2031〕12号文件精神，乡镇卫生院住院补偿比例提高到75%。")
    assert not is_sites_line(cited.match) and _is_report_text(cited)


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

def test_an_essay_sites_labels_between_the_title_copies_leave_one_report():
    page = ("青禾区卫生局2031年卫生工作总结\n"
            "青禾区卫生局2031年卫生工作总结\n"
            "分类：工作总结　|　标签：卫生局 总结 2031　|　字数：约800字\n"
            "青禾区卫生局2031年卫生工作总结\n"
            "2031年，全区卫生工作以社区卫生服务为重点，较好地完成了全年任务。\n"
            "一、全区参合农民12.4万人，参合率达到96.2%，比上年提高1.4个百分点。\n")
    docs = page_docs(page)
    assert len(docs) == 1 and docs[0]["source_start"] == 0


# ---- a work meeting's news item on the year the meeting was given -----------------------------------------------------------

@pytest.mark.parametrize("report", ["会议通报，2031年全区新农合参合率98.2%，住院分娩率99.6%，居民健康档案建档率82.5%。",
                                    "会上通报了2031年全区卫生健康工作情况：新农合参合率98.2%，住院分娩率99.6%。"])
def test_a_meeting_news_item_reporting_the_year_its_meeting_was_given_is_annual(report):
    page = news_page("青禾区召开卫生健康工作会议", "2032-03-05",
                     f"3月4日，青禾区召开卫生健康工作会议。{report}会议指出，基层医疗卫生人才短缺问题依然突出。")
    doc = one_doc(page)
    assert doc["period"] == "annual" and doc["year"] == 2031


def test_a_meeting_news_item_reporting_a_quarter_stays_that_quarters():
    page = news_page("青禾区召开卫生健康工作推进会", "2032-04-12",
                     "4月11日，青禾区召开卫生健康工作推进会。会议通报，2032年第一季度全区家庭医生签约率达到41.2%，"
                     "一季度老年人健康体检完成率为18.6%。")
    assert one_doc(page)["period"] == "quarter"


# ---- the body a site's line inside the report names as its publisher --------------------------------------------------------

@pytest.mark.parametrize("page, place, level", [
    ("医保政策问答｜2032年城乡居民医保待遇有哪些变化？\n"
     "发布时间：2032-01-09 16:20:11　来源：青禾市白塔区医疗保障局　字号：大 中 小\n"
     "问：2032年度居民医保个人缴费标准是多少？\n"
     "答：2032年度城乡居民基本医疗保险个人缴费标准为每人400元。在一级定点医疗机构住院，政策范围内费用报销90%。\n",
     "白塔区", "district"),
    ("2031年市妇幼保健计划生育服务中心工作总结\n"
     "时间：2032-01-16　来源：鹤岗市妇幼保健计划生育服务中心　点击数：733\n"
     "2031年，中心以保障母婴安全为核心，全市孕产妇系统管理率达到92.4%，住院分娩率99.8%。\n",
     "鹤岗市", "city"),
    ("首页 > 访谈直播 > 在线访谈\n"
     "【在线访谈】聚焦家庭医生签约服务\n"
     "访谈时间：2032年3月12日 15:00　访谈嘉宾：青禾县卫生健康局局长 王某某\n\n"
     "【主持人】王局长，您好！去年全县家庭医生签约服务取得了哪些进展？\n"
     "【王某某】谢谢主持人。2031年，全县重点人群签约率达到78.5%，比上年提高4.2个百分点。\n",
     "青禾县", "county"),
])
def test_a_report_naming_no_place_is_placed_by_the_source_or_guest_line_under_its_headline(page, place, level):
    doc = one_doc(page)
    assert doc["place"] == place and doc["admin_level"] == level


def test_a_source_line_naming_a_government_office_places_no_report():
    page = ("医保政策问答｜2032年城乡居民医保待遇有哪些变化？\n"
            "发布时间：2032-01-09　来源：青禾市人民政府办公室\n"
            "问：2032年度居民医保个人缴费标准是多少？\n"
            "答：2032年度城乡居民基本医疗保险个人缴费标准为每人400元。在一级定点医疗机构住院，政策范围内费用报销90%。\n")
    assert one_doc(page)["place"] is None


# ---- the site's footer naming the report's own place as its publisher ---------------------------------------------------------

_NEWS = ("当前位置：首页 > 新闻中心 > 部门动态\n"
         "全县家庭医生签约服务提质扩面\n"
         "发布时间：2032-01-22 10:31　来源：县卫生健康局　浏览次数：1287\n"
         "一年来，县卫生健康局扎实推进家庭医生签约服务，全县重点人群签约率达到76.4%，比上年提高5.1个百分点。"
         "全县建成村卫生室标准化率95%。\n"
         "上一篇：县人民医院开展义诊活动\n")


@pytest.mark.parametrize("footer, place", [
    ("版权所有：鹤峰县人民政府办公室　鄂ICP备05004432号", "鹤峰县"),  # (a county of the gazetteer)
    ("主办：青禾县人民政府办公室　网站标识码：5201000001", "青禾县"),  # (a name the gazetteer does not know)
    ("版权所有：青禾县融媒体中心　备案号：ICP备0000000号", "青禾县"),
    ("主办单位：青禾县卫生健康局　地址：人民路18号", "青禾县"),
])
def test_a_county_news_item_naming_no_place_is_placed_by_its_sites_footer(footer, place):
    doc = one_doc(_NEWS + footer + "\n")
    assert doc["place"] == place and doc["admin_level"] == "county"


def test_a_footer_naming_a_government_of_another_level_places_no_report():
    doc = one_doc(_NEWS + "主办：鹤壁市人民政府办公室　豫ICP备05004432号\n")
    assert doc["place"] is None and doc["admin_level"] == "county"


# ---- the news of a training course held on its days --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "5月21日，为期5天的2032年度乡村医生岗位培训班在区卫生进修学校开班，全区312名乡村医生参加培训。今年培训按需施教，全年计划培训4期。",
    "11月26日，由市卫生局主办的2032年度乡村医生岗位培训班圆满结业。本年度培训共分五期，全市1 312名乡村医生参训，参训率97.8%。",
    "8月10日至13日，白塔镇卫生院举办了为期4天的乡村医生岗位培训班，38名乡村医生参加。今年上半年，全镇新农合参合率达到92.4%。",
])
def test_the_news_of_a_training_course_held_on_its_days_has_no_period(text):
    page = news_page("青禾区举办乡村医生岗位培训班", "2032-05-22", text, source="科教科")
    assert one_doc(page)["period"] == "unknown"


def test_a_yearbook_entry_on_the_years_training_stays_annual():
    page = ("【人才培训】2032年，全区举办乡村医生岗位培训班6期，培训乡村医生1 240人次，参训率98.2%；"
            "选派32名骨干医师到三级医院进修。\n")
    assert one_doc(page)["period"] == "annual"


def test_a_news_item_on_a_meeting_held_on_its_day_keeps_the_year_it_reports():
    page = news_page("青禾区召开卫生健康工作会议", "2032-02-20",
                     "2月19日，全区卫生健康工作会议召开。会议通报，2031年全区家庭医生签约率达到76.4%，住院分娩率99.8%。")
    assert one_doc(page)["period"] == "annual"


# ---- a list page's items parted by box-drawing rules -------------------------------------------------------------------------

@pytest.mark.parametrize("rule", ["━━━━━━━━━━━━━━━━", "────────────────", "════════════════"])
def test_a_list_pages_items_parted_by_box_drawing_rules_are_reports_of_their_own(rule):
    page = ("青禾市卫生健康委员会 > 工作动态 > 基层动态\n"
            f"{rule}\n"
            "· 全市乡村医生培训班开班　　2032-05-14\n"
            "5月10日至14日，全市乡村医生能力提升培训班在白塔县举办，186名乡村医生参加培训，结业考核合格率97.3%。\n"
            f"{rule}\n"
            "· 市卫健委督导一季度重点工作　　2032-04-09\n"
            "4月2日至4日，市卫健委组成督导组，对第一季度重点工作开展督导。全市老年人健康体检完成率为18.6%，督导发现部分县区资金拨付不及时。\n"
            f"{rule}\n"
            "共2条　第1页/共1页\n")
    docs = page_docs(page)
    assert len(docs) == 2 and docs[0]["opening"].startswith("5月10日至14日") and docs[1]["opening"].startswith("4月2日至4日")


def test_a_box_drawing_rule_between_a_reports_pages_does_not_end_it():
    page = ("青禾县卫生局2031年工作总结\n"
            "2031年，全县参合农民31.2万人，参合率97.6%，住院分娩率达到98.3%。\n"
            "━━━━━━━━━━━━━━━━\n"
            "全县孕产妇系统管理率91.4%，3岁以下儿童系统管理率88.7%。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0 and len(page_values(page)) == 5


def test_a_blog_posts_title_over_its_date_and_labels_opens_the_report():
    page = ("白塔县卫生局2031年上半年工作总结\n"
            "白塔县卫生局2031年上半年工作总结\n"
            "（2031-07-06 16:30:12）转载▼\n"
            "标签：杂谈　　分类：工作资料\n\n"
            "    今年上半年，全县卫生工作扎实推进。新型农村合作医疗参合率98.7%，住院分娩率74.2%。\n"
            "    下半年，我们将继续做好重建项目。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0 and doc["title"] == "白塔县卫生局2031年上半年工作总结"


# ---- the site's lines of the causes above, and sentences that open as they do -----------------------------------------------

_SITES_LINES = {
    # (a document number with the day it was posted or its signer: a government site's notice header without labels)
    "document_number": ("青禾卫健发〔2031〕9号 2031-03-17", "青禾卫发〔2031〕12号　2031年3月17日", "青禾卫健〔2031〕63号　签发人：韩某某",
                        "青禾卫发〔2031〕12号"),
    # (an essay site's filing of the page)
    "essay_labels": ("分类：工作总结　|　标签：卫生局 总结 2031　|　字数：约800字", "分类：工作总结 标签：卫生院 新农合",
                     "本文标签：卫生院　年终总结　范文", "栏目：卫生院工作计划　字数：1680"),
    # (a blog post's bracketed date)
    "blog_date": ("（2031-07-06 16:30:12）转载▼", "(2031-07-06 16:30)原创", "（2031-07-06）"),
}
# (sentences opening on such a label: report text)
_NO_SITES_LINES = ("分类：全县卫生院按服务人口分为三类，一类院12所，服务覆盖率95%。", "字数：约800字的总结材料中，全县参合率达到97.6%。")


@pytest.mark.parametrize(("text", "sites"), sites_line_cases(_SITES_LINES, _NO_SITES_LINES))
def test_the_sites_lines_and_sentences_opening_as_they_do(text, sites):
    assert is_sites_line(text) is sites


# ---- a report on its title's line ends at the site's next line ----------------------------------------------------------------

def test_a_report_on_its_titles_line_ends_at_the_sites_next_line():
    page = ("范文网 > 工作总结 > 卫生院总结\n"
            "第1篇：白塔镇卫生院年终工作总结2031年，我院门诊量达到3.2万人次，住院分娩率99.1%，居民健康档案建档率86.5%。\n"
            "本文标签：卫生院　年终总结　范文\n"
            "【上一篇】社区卫生服务中心工作总结　【下一篇】村卫生室工作总结5篇\n")
    docs = page_docs(page)
    assert len(docs) == 1 and sorted(page_values(page)) == [(86.5, "percent"), (99.1, "percent"), (32000.0, "count")]
