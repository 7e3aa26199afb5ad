"""Document boundaries, round 19 (worked from the round-20 sets): where a page's reports start and how many it holds —
a report named by how it was made (调研报告, 绩效自评报告) and a CDC's monthly bulletin of notifiable diseases; a title with
the site's metadata on its own line (作者…点击数, [日期：…][来源：…]); a repost note in brackets and a bracketed site date
between a title and its text; a next-page link and a yearbook's left-hand page number inside one report; a Q&A page whose
labelled question opens it; a yearbook page of the units' entries that do not all open with the year; a sharing site's
note on downloading between the copies of a title; a mobile article numbering its sections 【一】; a collection of
untitled articles under bare markers 篇一 / 篇二; a wrapped 现将… sentence that is no title.  Every page is written for the
test (names and figures invented)."""
from __future__ import annotations

from test_documents_written import one_doc, page_docs, page_values

from healthdata.pageview import page_view
from healthdata.segment import is_boilerplate, is_page_break, lines_of
from healthdata.textnorm import matching_text


def _line(text: str):
    return lines_of(text, matching_text(text))[0]


BODY = ("　　2031年，全县卫生健康系统围绕年度目标扎实推进各项工作。适龄儿童免疫规划疫苗接种率达到96.4%，"
        "居民电子健康档案建档率91.2%。\n"
        "　　一、存在问题。基层卫生人员总量不足，部分村卫生室无人值守。\n")


# --- reports named by how they were made -------------------------------------------------------------------------------

def test_a_survey_report_title_over_the_sites_lines_starts_a_titled_report():
    page = ("关于全县村卫生室运行情况的调研报告\n"
            "来源：县卫生健康局基层科\n"
            "发布时间：2032-01-08 09:30\n" + BODY)
    doc = one_doc(page)
    assert doc["source_start"] == 0
    assert doc["title"] == "关于全县村卫生室运行情况的调研报告"


def test_a_self_evaluation_report_under_the_sites_trail_starts_at_its_title():
    page = ("当前位置：首页 > 信息公开 > 财政资金\n"
            "柳川县卫生健康局2031年度部门整体支出绩效自评报告\n"
            "发布时间：2032-05-20\n"
            "浏览次数：[ 64 ]\n"
            "一、部门基本情况\n" + BODY)
    doc = one_doc(page)
    assert doc["opening"].startswith("柳川县卫生健康局2031")
    assert doc["title"] == "柳川县卫生健康局2031年度部门整体支出绩效自评报告"


def test_a_cdc_monthly_bulletin_of_notifiable_diseases_is_a_titled_report():
    page = ("当前位置：首页 > 疾病预防控制 > 疫情信息\n"
            "2031年6月份全县法定传染病疫情概况\n"
            "发布者：县疾控中心\n"
            "发布日期：2031-07-09\n"
            "　　2031年6月，全县共报告法定传染病9种612例，报告发病率为142.3/10万，较上月下降3.1%。"
            "乙类传染病报告发病率为28.4/10万。\n")
    doc = one_doc(page)
    assert doc["opening"].startswith("2031年6月份全县")
    assert doc["title"] == "2031年6月份全县法定传染病疫情概况"


def test_a_survey_report_title_in_traditional_characters_starts_the_same_report():
    page = ("關於全縣村衛生室運行情況的調研報告\n"
            "來源：縣衛生健康局基層科\n"
            "發佈時間：2032-01-08 09:30\n"
            "　　2031年，全縣衛生健康系統圍繞年度目標紮實推進各項工作。適齡兒童免疫規劃疫苗接種率達到96.4%，"
            "居民電子健康檔案建檔率91.2%。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0
    assert doc["title"] == "關於全縣村衛生室運行情況的調研報告"


# --- a title with the site's metadata on its line --------------------------------------------------------------------

def test_a_title_with_the_authors_label_and_a_counter_after_it_is_still_the_title():
    page = ("青石镇卫生院2031年上半年工作总结及下半年工作打算　　作者：院办　　点击数：275　　更新时间：2031-07-12\n" + BODY)
    doc = one_doc(page)
    assert doc["source_start"] == 0
    assert doc["title"] == "青石镇卫生院2031年上半年工作总结及下半年工作打算"


def test_the_counter_after_a_title_is_no_value_of_the_report():
    page = ("青石镇卫生院2031年上半年工作总结　　作者：院办　　点击数：275\n" + BODY)
    assert all(value != 275 for value, _ in page_values(page))


def test_a_title_with_bracketed_labels_after_it_starts_the_report_at_its_first_copy():
    page = ("白沙镇2031年人口和计划生育工作总结　　[日期：2031-12-26]　　[来源：镇计生办]\n"
            "白沙镇2031年人口和计划生育工作总结\n" + BODY)
    doc = one_doc(page)
    assert doc["source_start"] == 0
    assert doc["title"] == "白沙镇2031年人口和计划生育工作总结"


def test_a_bar_of_the_sites_column_cells_with_a_date_after_it_is_no_title():
    page = ("柳川县卫生局2031年工作计划\n"
            "精品范文 | 工作计划 | 卫生计划　　时间：2032-03-01　　热度：1 208℃\n"
            "篇一：柳川县卫生局2031年工作计划\n" + BODY)
    doc = one_doc(page)
    assert doc["title"] == "柳川县卫生局2031年工作计划"


# --- the site's lines between a title and its text ---------------------------------------------------------------------

def test_a_repost_note_in_brackets_between_two_copies_of_the_title_is_the_sites():
    assert is_boilerplate(_line("（转自：某某人口网繁体版）　更新：2032/01/15"))
    page = ("青禾县卫生健康局2031年人口监测工作总结\n"
            "（转自：某某人口网繁体版）　更新：2032/01/15\n"
            "青禾县卫生健康局2031年人口监测工作总结\n" + BODY)
    doc = one_doc(page)
    assert doc["source_start"] == 0


def test_a_bracketed_site_date_split_from_its_fields_under_a_title_leaves_the_title_the_reports():
    assert is_boilerplate(_line("[ 2031-07-08 ]  ["))
    assert not is_boilerplate(_line("2031年7月8日"))  # (a signature's date stays the report's)
    page = ("柳川区卫生健康委员会2031年下半年工作计划\n"
            "[ 2031-07-08 ]  [\n"
            "来源：区卫健委办公室 ]  [ 字号 大 中 小 ]\n" + BODY)
    doc = one_doc(page)
    assert doc["source_start"] == 0
    assert doc["title"] == "柳川区卫生健康委员会2031年下半年工作计划"


# --- page breaks inside one report -------------------------------------------------------------------------------------

def test_a_next_page_link_between_the_parts_of_an_article_is_a_page_break():
    assert is_page_break(_line("【下一页】"))
    assert is_page_break(_line("下一页>>"))
    page = ("青禾县卫生局2031年度工作总结\n"
            "　　一、主要工作。全县组建县域医共体2个，县域内住院人次占比达到86.3%，较上年提高2.1个百分点；"
            "乡镇卫生院门诊人次增长9.4%。\n"
            "\n【下一页】\n\n"
            "　　二、公共卫生。全县电子健康档案建档率90.6%，适龄儿童免疫规划疫苗接种率98.2%，"
            "高血压患者规范管理率达到66.5%，比上年提高3.2个百分点。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0


def test_a_yearbook_pages_number_on_the_left_before_its_running_head_is_a_page_break():
    assert is_page_break(_line("·312·　　　　　　青禾年鉴·2032"))
    assert is_page_break(_line("青禾年鉴·2032　　　　　　·313·"))
    page = ("卫生事业　2031年，全市有医疗卫生机构212个，卫生技术人员3 410人，开放床位2 860张。"
            "全年门诊总诊疗186.2万人次，比上年增长6.3%。\n"
            "·312·　　　　　　青禾年鉴·2032\n"
            "爱国卫生　开展城乡环境卫生整洁行动，农村卫生厕所普及率达到71.4%，比上年提高5.2个百分点。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0


# --- a Q&A page opens at its question ----------------------------------------------------------------------------------

def test_a_labelled_question_over_the_askers_line_opens_the_qa_page():
    page = ("某某县人民政府 > 互动交流 > 在线问答\n"
            "问：我住在东岭乡，想问今年乡卫生院住院能报销多少？\n"
            "提问人：陈**　提问时间：2031-11-02\n"
            "答：您好！现将有关情况答复如下：2031年城乡居民在乡镇卫生院住院，政策范围内报销比例为85%，"
            "县级医院为75%；门诊统筹报销比例为50%。\n")
    doc = one_doc(page)
    assert doc["opening"].startswith("问：我住在东岭乡")


def test_a_headline_that_asks_a_question_without_a_label_still_stands_over_the_answer():
    page = ("某某县人民政府 > 互动交流 > 在线问答\n"
            "今年乡卫生院住院能报销多少？\n"
            "发布时间：2031-11-02\n"
            "　　2031年城乡居民在乡镇卫生院住院，政策范围内报销比例为85%，县级医院为75%；门诊统筹报销比例为50%。\n")
    doc = one_doc(page)
    assert doc["opening"].startswith("　　2031年") or doc["opening"].startswith("2031年")


# --- a yearbook page of the units' entries -----------------------------------------------------------------------------

def test_each_units_bracketed_entry_on_a_yearbook_page_is_a_report_whatever_it_opens_with():
    page = ("乡镇卫生院\n"
            "【东岭镇卫生院】2031年，院内有职工52人，开放病床45张。全年门诊4.6万人次，住院1 520人次，比上年增长8.1%。\n"
            "【西川乡卫生院】年内有职工19人，病床12张。全年门诊1.2万人次，全乡住院分娩率由上年的88.2%提高到93.6%。\n"
            "【南坪镇中心卫生院】是全县两所中心卫生院之一，有职工61人。年内新建业务楼一幢，全年门诊5.8万人次。\n")
    docs = page_docs(page)
    assert [d["opening"][:4] for d in docs] == ["【东岭镇", "【西川乡", "【南坪镇"]


def test_a_report_quoting_a_units_name_in_brackets_once_stays_one_report():
    page = ("青禾县卫生局2031年工作总结\n"
            "　　2031年，全县卫生工作稳步推进。新农合参合率达到98.6%，住院分娩率99.2%。\n"
            "【县人民医院】全年门诊32.4万人次，比上年增长7.2%。\n")
    assert len(page_docs(page)) == 1


# --- a sharing site's lines between the copies of a title --------------------------------------------------------------

def test_a_sharing_sites_note_on_downloading_between_the_title_copies_is_the_sites():
    assert is_boilerplate(_line("下载本文档需要登录，并付出相应积分。VIP会员可免费下载！"))
    assert is_boilerplate(_line("文档贡献者 qh_ws2031 | 贡献于2032-01-20 | 1页 | 下载券：1"))
    assert not is_boilerplate(_line("全年下载健康教育资料2 400份，发放宣传册1.2万份。"))
    page = ("青禾县卫生局2031年卫生工作总结 - 某某文库\n"
            "上传人：qh_doc　|　上传日期：2032-02-14\n"
            "本站提醒：下载前请先预览，VIP用户下载不扣积分。\n"
            "青禾县卫生局2031年卫生工作总结\n" + BODY)
    doc = one_doc(page)
    assert doc["source_start"] == 0


# --- numbered sections and bare article markers ------------------------------------------------------------------------

def test_a_mobile_articles_sections_numbered_in_brackets_are_no_articles():
    page = ("青禾区卫健委2032-01-05 18:06\n"
            "青禾区卫生健康委员会2031年工作总结及2032年工作思路\n"
            "阅读原文 | 在看 | 分享\n"
            "　　2031年，青禾区卫健委统筹推进疫情防控和卫生健康事业发展。\n"
            "【一】基本公共卫生服务\n"
            "　　全区居民电子健康档案建档率达到94.1%，65岁以上老年人健康管理率71.6%。\n"
            "【二】妇幼健康\n"
            "　　全区住院分娩率99.9%，孕产妇死亡率为12.4/10万。\n"
            "【三】2032年工作思路\n"
            "　　高血压患者规范管理率达到75%以上。\n")
    doc = one_doc(page)
    assert doc["title"] == "青禾区卫生健康委员会2031年工作总结及2032年工作思路"


def test_a_bracketed_number_before_a_reports_title_is_still_an_article_marker():
    page = ("【一】东岭镇卫生院2031年工作总结\n" + BODY +
            "【二】西川乡卫生院2031年工作总结\n" + BODY)
    assert [d["title"] for d in page_docs(page)] == ["东岭镇卫生院2031年工作总结", "西川乡卫生院2031年工作总结"]


def test_bare_article_markers_split_an_untitled_collection():
    page = ("范文网 > 工作总结 > 乡镇工作总结\n"
            "篇一\n"
            "　　2031年，我院紧紧围绕年初目标开展工作，全年门诊接诊3.1万人次，居民电子健康档案建档率83.4%。\n"
            "　　2032年，我们打算把建档率提高到86%。\n"
            "篇二\n"
            "　　上半年，镇卫生院各项工作有序推进，1至6月份完成65岁以上老年人健康体检1 260人，体检率61.5%。\n")
    docs = page_docs(page)
    assert len(docs) == 2
    assert docs[1]["opening"].startswith("篇二")


# --- a wrapped sentence is no title ------------------------------------------------------------------------------------

def test_a_wrapped_issuing_sentence_under_the_addressees_is_no_title():
    page = ("青卫发〔2032〕3号\n"
            "青禾县卫生局关于2031年卫生工作情况的报告\n"
            "县人大常委会：\n"
            "现将我县2031年卫生工作情况\n"
            "报告如下。\n"
            "　　一、工作成效。全县新农合参合率达99.2%，县内住院实际补偿比达到66.1%，比上年提高2.4个百分点。\n")
    doc = one_doc(page)
    assert doc["title"] == "青禾县卫生局关于2031年卫生工作情况的报告"


# --- the page view: the same page on one line or wrapped --------------------------------------------------------------

def test_a_rates_sign_wrapped_onto_the_next_line_belongs_to_its_digits():
    page = ("青禾县卫生院2031年上半年工作总结\n"
            "一、妇幼保健。孕产妇系统管理率95.4%，三岁以下儿童系统管理率91.7\n"
            "%，辖区无孕产妇死亡。\n")
    assert (91.7, "percent") in page_values(page)
    view_text = page_view(page).text
    assert "91.7%，" in view_text


def test_a_next_page_link_inside_a_number_on_a_one_line_page_is_cut_out():
    page = ("青禾县卫生局2031年度工作总结 一、主要工作。全县县域内住院人次占比达到8【下一页】6.3%，"
            "较上年提高2.1个百分点。")
    assert (86.3, "percent") in page_values(page)


def test_a_bracketed_font_switch_and_date_glued_to_a_title_on_a_one_line_page_end_the_sites_line():
    page = ("柳川区卫生健康委员会2031年下半年工作计划[ 2031-07-08 ]  [ 来源：区卫健委办公室 ]  [ 字号 大 中 小 ]"
            "上半年，全区家庭医生重点人群签约率达到81.6%，65岁以上老年人健康管理率70.4%。")
    doc = one_doc(page)
    assert doc["title"] == "柳川区卫生健康委员会2031年下半年工作计划"
    assert (81.6, "percent") in page_values(page)


def test_a_section_numbered_in_brackets_and_glued_to_its_text_on_one_line_still_heads_the_plan():
    page = ("青禾区卫生健康委员会2031年工作总结及2032年工作思路 2031年，全区卫生健康工作在区委、区政府的领导下稳步推进，"
            "统筹推进疫情防控和卫生健康事业发展，较好完成了全年各项目标任务。"
            "【一】妇幼健康全区住院分娩率99.9%，孕产妇死亡率为12.4/10万，婴儿死亡率、5岁以下儿童死亡率分别为4.1‰和5.3‰。"
            "【二】基本公共卫生服务全区居民电子健康档案建档率达到93.5%，65岁以上老年人健康管理率70.2%，高血压患者规范管理率"
            "达到71%，糖尿病患者规范管理率达到68%。"
            "【三】存在的不足一是基层卫生人才总量不足，社区卫生服务中心全科医生缺口20余名；二是部分社区卫生服务站用房不达标。"
            "【四】2032年工作思路高血压患者规范管理率达到75%以上，孕产妇死亡率控制在15/10万以下。")
    lines = page_view(page).text.split("\n")
    assert "【三】存在的不足" in lines
    assert "【四】2032年工作思路" in lines


def test_a_sharing_sites_coupon_price_ends_its_line_of_counters_on_a_one_line_page():
    page = ("青禾县卫生局2031年卫生工作总结 文档贡献者 qh_ws | 贡献于2032-01-20 | 1页 | 0人评价 | 下载券：1 "
            "青禾县卫生局2031年卫生工作总结 2031年，全县新农合参合率达到98.6%，住院分娩率99.2%。")
    assert all(value != 0 for value, _ in page_values(page))
