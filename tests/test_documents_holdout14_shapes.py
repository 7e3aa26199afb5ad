"""Where a report starts and what stays in it, for page shapes first seen on the holdout14 pages: a PDF's bare page
numbers (- 2 -) left inside a page flattened to one line (between a number and its rate sign, between a sentence and
the next heading), and a government-information-disclosure panel (索引号, 发布机构, 名称 …) above the report.
Every page is written for these tests (places, years and numbers invented); each test of a fix was checked to fail
without it (the others guard what must stay as it is)."""
from __future__ import annotations

from collections import Counter

import pytest
from test_documents_holdout11_shapes import only_doc  # the one document of a page, its quotes checked against the text
from test_oneline_pages import SHAPES, expected, problems, values
from test_page_shapes import page_rows

from healthdata.segment import page_reports


def starts_at(page: str, text: str) -> dict:
    """The one document of ``page``, checked to start where ``text`` first appears."""
    doc = only_doc(page)
    assert doc["source_start"] == page.index(text), (doc["source_start"], page.index(text))
    return doc


# --- a PDF copied with its page numbers on lines of their own, then flattened to one line ---

PDF_PAGE = ("石溪乡卫生院2031年工作总结及2032年工作计划\n"
            "一、2031年工作回顾\n"
            "全年门诊接诊21 460人次。全乡孕产妇系统管理率达到93.6%，新生儿死亡率4.2\n"
            "- 2 -\n"
            "‰，均在县下达指标以内。\n"
            "二、存在的不足\n"
            "一是卫生院业务用房狭小；二是全科医生仅有3人，难以满足群众需求。\n"
            "- 3 -\n"
            "三、2032年工作计划\n"
            "力争孕产妇系统管理率达到95%以上，居民健康档案建档率达到80%。\n")
PDF_PROBLEMS = expected("卫生院业务用房狭小", "全科医生仅有3人，难以满足群众需求")


@pytest.mark.parametrize("shape", SHAPES)
def test_a_pdfs_page_number_between_a_number_and_its_sign_is_no_text(shape):
    """…新生儿死亡率4.2- 2 -‰，… is 4.2‰ (a rate sign never follows a dash)."""
    assert values(shape(PDF_PAGE))[(4.2, "per_mille", "actual")] == 1


@pytest.mark.parametrize("shape", SHAPES)
def test_a_pdfs_page_number_before_the_plans_heading_leaves_the_heading_opening_the_plan(shape):
    """…需求。- 3 -三、2032年工作计划… ends the last problem and opens the plan part, whose levels are targets (a page
    number after a full stop is no range and no date)."""
    assert problems(shape(PDF_PAGE)) == PDF_PROBLEMS
    assert values(shape(PDF_PAGE)) == Counter({
        (21460.0, "count", "actual"): 1, (93.6, "percent", "actual"): 1, (4.2, "per_mille", "actual"): 1,
        (3.0, "count", "actual"): 1, (95.0, "percent", "target"): 1, (80.0, "percent", "target"): 1})


@pytest.mark.parametrize("shape", SHAPES)
def test_a_sharing_sites_counter_between_em_dashes_before_the_plans_heading_leaves_the_heading_opening_the_plan(shape):
    """…需求。——第 2 页 共 3 页——三、2032年工作计划…: the counter between em dashes is the site's page break."""
    page = PDF_PAGE.replace("- 2 -\n‰", "‰").replace("- 3 -", "——第 2 页 共 3 页——")
    assert problems(shape(page)) == PDF_PROBLEMS
    got = values(shape(page))
    assert got[(95.0, "percent", "target")] == 1 and got[(80.0, "percent", "target")] == 1
    assert got[(93.6, "percent", "actual")] == 1


def test_a_range_of_two_numbers_between_dashes_is_left_alone():
    """9-2-4.5% is no page number before a sign (the dash is followed by digits): the page number rule does not
    touch it, and a range after a full stop (…。3-5个…) is no page number either."""
    page = "柳泉镇卫生院2031年工作总结\n全镇住院分娩率为99.2%。3-5个村卫生室完成改造，儿童系统管理率达到91.8%。\n"
    for text in (page, page.replace("\n", "")):
        got = values(text)
        assert got[(99.2, "percent", "actual")] == 1 and got[(91.8, "percent", "actual")] == 1


# --- a government-information-disclosure page's panel of fields above the report ---

PANEL_TITLE = "石梁县卫生健康局2031年上半年工作总结"
PANEL_BODY = (f"\n{PANEL_TITLE}\n\n上半年，全县家庭医生签约服务覆盖率达到47.3%，孕产妇系统管理率为92.8%。\n"
              "一、基本公共卫生\n全县65岁及以上老年人健康管理率为68.1%，高血压患者规范管理率为71.6%。\n")
PANELS = {
    "two fields a row, boxed": ("信息公开 > 石梁县卫生健康局 > 规划计划\n"
                                "| 索引号 | 11340500/2031-00217 | 主题分类 | 卫生健康 |\n"
                                "| 发文机关 | 石梁县卫生健康局 | 成文日期 | 2031-07-14 |\n"
                                "| 文号 | 石卫发〔2031〕12号 | 有效期 | 长期 |\n"
                                f"| 名称 | {PANEL_TITLE} |\n"),
    "a label first, then two fields": ("| 分类 | 计划总结 | 发布机构 | 石梁县卫生健康局 |\n"
                                       "| 发布日期 | 2031-07-15 | 索引号 | SL-2031-0217 |\n"
                                       f"| 标题 | {PANEL_TITLE} |\n"),
    "one field a row, boxed": ("| 索引号： | 11340500/2031-00217 |\n| 发布机构： | 石梁县卫生健康局 |\n"
                               "| 生成日期： | 2031-07-14 |\n| 有效期： | 长期 |\n"
                               f"| 名称： | {PANEL_TITLE} |\n"),
}


@pytest.mark.parametrize("panel", PANELS.values(), ids=PANELS.keys())
def test_a_disclosure_pages_panel_of_fields_is_the_sites_and_the_report_starts_at_its_title(panel):
    page = panel + PANEL_BODY
    doc = only_doc(page)
    assert doc["title"] == PANEL_TITLE and doc["period"] == "H1" and doc["doc_type"] == "summary"
    assert doc["source_start"] == page.rfind("\n", 0, page.index(PANEL_TITLE)) + 1  # the row naming the title
    _, obs = page_rows(page)
    assert sorted(r["value"] for r in obs) == [47.3, 68.1, 71.6, 92.8]


def test_fields_side_by_side_with_colons_are_the_sites():
    page = ("索引号：11340500/2031-00217　　主题分类：卫生健康　　发文机关：石梁县卫生健康局\n"
            "成文日期：2031-07-14　　文号：石卫发〔2031〕12号　　有效期：长期\n") + PANEL_BODY
    doc = starts_at(page, PANEL_TITLE)
    assert doc["title"] == PANEL_TITLE


def test_a_reports_own_table_headed_by_a_generic_label_is_the_reports():
    """分类 or 名称 heading a column of the report's table is no panel: the table's figures stay the report's."""
    page = (f"{PANEL_TITLE}\n上半年主要指标如下：\n| 分类 | 2030年上半年 | 2031年上半年 |\n"
            "| 孕产妇系统管理率 | 90.4% | 92.8% |\n| 名称 | 单位 | 数量 |\n| 村卫生室 | 个 | 214 |\n"
            "下半年，我局将继续抓好基本公共卫生服务。\n")
    doc = only_doc(page)
    assert doc["source_start"] == 0
    _, obs = page_rows(page)
    assert {90.4, 92.8, 214.0} <= {r["value"] for r in obs}


# --- shapes first seen on the holdout15 pages (where a report starts) ---

def test_a_report_title_ending_the_navigation_trail_opens_the_report():
    """An essay site prints the page's title only as the trail's last crumb: 某某网 首页 > 总结 > <title>."""
    title = "桐岭县疾控中心2031年上半年工作总结"
    page = (f"学文范文网 首页 > 工作总结 > 上半年工作总结 > {title}\n"
            "时间：2031-07-08 作者：网友投稿 阅读：1 206 次\n\n"
            "上半年，我中心全面落实各项疾病防控任务，适龄儿童免疫规划疫苗接种率保持在96.2%。\n"
            "一、传染病防控\n全县甲乙类传染病报告发病率为186.4/10万，报告及时率100%。\n")
    doc = starts_at(page, title)
    assert doc["title"] == title and doc["period"] == "H1"


@pytest.mark.parametrize("crumb", ["上半年工作总结", "卫生工作计划", "工作总结"])
def test_a_sections_crumb_ending_the_trail_is_no_title(crumb):
    """A trail ending in a section's name (> 上半年工作总结) leaves the page untitled: the crumb names no report."""
    page = (f"学文范文网 首页 > 范文 > {crumb}\n发布时间：2031-07-08\n\n"
            "上半年，全镇居民健康档案建档率达到82.6%，高血压患者规范管理率为68.3%。\n")
    assert starts_at(page, "上半年，")["title"] is None


def test_a_bulletins_title_over_the_publishers_name_and_date_lines_and_the_tools_opens_the_report():
    title = "蓝岗市2031年卫生健康事业发展统计公报"
    page = (f"首页 > 数据发布 > 统计公报\n{title}\n蓝岗市卫生健康委员会\n2032年6月10日\n"
            "【字体：大 中 小】　打印　　分享到：\n\n一、医疗卫生资源\n"
            "2031年末，全市医疗卫生机构总数1 206个，每千人口执业（助理）医师2.94人。\n"
            "二、妇幼卫生\n全市孕产妇死亡率为8.7/10万，婴儿死亡率为3.1‰。\n")
    doc = starts_at(page, title)
    assert doc["title"] == title


def test_an_interviews_theme_over_its_fields_and_the_sites_tools_is_no_title():
    """访谈主题：…工作情况 over the interview's fields and the share bar: the interview starts at its first turn (the
    tools are passed over only under a publisher's name and a date)."""
    page = ("在线访谈 > 往期回顾\n访谈主题：家庭医生签约服务工作情况\n访谈时间：2032年3月2日 15:00　访谈嘉宾：县卫健局局长\n"
            "分享到：微信 微博\n字号：大 中 小\n"
            "【主持人】各位网友好！请您介绍一下去年的工作。\n"
            "【局长】2031年，全县常住人口家庭医生签约率达到43.5%，重点人群签约率为68.2%。\n")
    assert starts_at(page, "【主持人】")["title"] is None


def test_an_editors_note_handing_over_an_excerpt_is_the_sites():
    """编者按：…现将报告摘登如下 is the site's lead-in: the excerpt starts after it."""
    page = ("当前位置：首页 > 卫生动态 > 领导讲话\n发布日期：2032-02-12\n\n"
            "编者按：2月9日，松川县召开全县卫生工作会议，县卫生局局长作了工作报告。现将报告第一部分摘登如下，供各单位参考。\n\n"
            "过去的一年，全县卫生系统各项工作取得新进展。全县参合率达到97.8%，县内住院报销比例达到71.5%。\n")
    starts_at(page, "过去的一年")


def test_an_editors_note_opening_an_interview_stays_with_it():
    """编者按：本报记者专访了… introduces the page's own piece: the interview starts at the note."""
    page = ("编者按：新年伊始，本报记者就去年全县卫生健康工作专访了县卫健局局长。\n"
            "记者：去年全县卫生健康工作有哪些亮点？\n局长：去年全县孕产妇系统管理率达到94.1%，儿童系统管理率为92.6%。\n")
    doc = only_doc(page)
    assert doc["source_start"] == 0


def test_a_sharing_sites_blurb_between_the_titles_copies_keeps_them_one_title():
    title = "石桥乡2031年新型农村合作医疗工作总结"
    page = (f"{title} - 文档下载 - 某某文库\n{title}\n上传者：abc_2031 | 页数：3 | 浏览：806 | 下载：21\n"
            "文档简介：乡镇新农合年度总结，含参合、补偿、监管等内容。\n\n"
            f"{title} 2031年，我乡新农合工作平稳推进。全乡参合率达98.4%，住院实际补偿比为61.2%。\n")
    doc = only_doc(page)
    assert doc["title"] == title and doc["source_start"] == 0


def test_a_notice_issuing_a_document_without_naming_the_field_opens_the_report_it_carries():
    """关于印发2032年下半年重点工作安排的通知 names no health word; its short text names the health bureau's document:
    the notice carries that plan, and starts at its title's first copy (the panel's | 标题 | row)."""
    notice = "关于印发2032年下半年重点工作安排的通知"
    page = ("| 索引号 | 11340800/2032-00112 | 主题分类 | 卫生 |\n"
            f"| 标题 | {notice} |\n| 发文机关 | 柳溪县卫生健康委员会 | 成文日期 | 2032年07月03日 |\n\n"
            f"{notice}\n\n各乡镇卫生院：\n现将《柳溪县卫生健康委2032年下半年重点工作安排》印发给你们，请抓好落实。\n"
            "附件：柳溪县卫生健康委2032年下半年重点工作安排\n柳溪县卫生健康委员会\n2032年7月3日\n\n"
            "柳溪县卫生健康委2032年下半年重点工作安排\n"
            "一、家庭医生签约。年底前常住人口签约率提高到40%。\n二、妇幼健康。住院分娩率保持在99%以上。\n")
    doc = only_doc(page)
    assert doc["title"] == notice and doc["doc_type"] == "plan" and doc["period"] == "H2"
    assert doc["source_start"] == page.index("| 标题 |")


# --- shapes first seen on the holdout16 pages ---

def test_an_interviews_headline_over_fields_with_a_time_of_day_is_one_document_starting_at_the_first_turn():
    """访谈时间：2032年1月20日 10:00　嘉宾：… is the site's line of fields (the time's colon is no label's): the headline
    and the fields make no document of their own, the interview starts at its first turn."""
    page = ("在线访谈 | 医保新政策，群众看病能多报多少？\n"
            "访谈时间：2032年1月20日 10:00　　嘉宾：松川县医保局局长陈某　　主持人：县电视台李某\n"
            "【文字实录】【图片直播】\n"
            "主持人：陈局长，请您介绍一下去年全县医保运行情况。\n"
            "陈局长：2031年，全县参保率达到98.2%，政策范围内住院报销比例为76.4%。\n")
    starts_at(page, "主持人：陈局长")


def test_an_interviews_question_headline_over_its_subtitle_and_byline_starts_at_the_first_question():
    """“…怎样的答卷？” / ——访市卫生健康局局长 / 记者 王某: the text starts at the first 记者： turn."""
    page = ("“十四五”开局之年，我市卫生健康交出怎样的答卷？\n——访市卫生健康局局长周某\n记者 王某\n"
            "记者：2031年全市卫生健康工作有哪些亮点？\n"
            "周某：全市每千人口执业（助理）医师达到3.1人，孕产妇死亡率下降到8.2/10万。\n")
    starts_at(page, "记者：2031年")


def test_the_title_an_essay_sites_lead_in_names_is_the_documents_title():
    """以下是小编整理的<title>（…摘编），欢迎阅读参考。: the title named mid-line opens the excerpt."""
    title = "青峰市卫生健康局2031年工作总结（卫生部分摘编）"
    page = ("范文大全 > 工作报告 > 政府工作报告\n"
            f"以下是小编整理的{title}，欢迎阅读参考。\n"
            "过去的一年，全市卫生健康系统各项事业取得新成效。全市孕产妇死亡率为9.6/10万，婴儿死亡率为3.4‰。\n"
            "——本文仅供学习参考，转载请注明出处。\n")
    doc = starts_at(page, title)
    assert doc["title"] == title and doc["year"] == 2031


def test_a_lead_in_without_a_title_leaves_the_excerpt_untitled():
    page = ("以下是小编为大家收集整理的范文，仅供参考。\n"
            "2031年，全镇居民健康档案建档率达到83.2%，高血压患者规范管理率为69.4%。\n")
    doc = only_doc(page)
    assert doc["title"] is None


def test_a_summary_titled_with_a_masked_year_is_a_years_summary():
    """某乡镇卫生院20XX年工作总结: the site masked the year's digits, the title still names one year."""
    page = ("石岭乡卫生院20XX年工作总结\n"
            "一、基本医疗\n门诊接诊12 406人次，住院病人418人次。\n"
            "二、公共卫生\n居民健康档案建档率达到8x%，老年人健康管理率为**%。\n")
    doc = only_doc(page)
    assert doc["period"] == "annual" and doc["year"] is None


# --- page shapes of the holdout15 and holdout16 pages on one line (their metamorphic cases) ---

GLUED_PLAN = ("柳川县2032年卫生健康工作要点\n"
              "2032年全县卫生健康工作的总体要求是：以深化医药卫生体制改革为主线，以提升基层服务能力为重点，加快推进健康柳川建设。"
              "主要目标：孕产妇死亡率控制在12/10万以下，婴儿死亡率控制在5‰以下；城乡居民医保参保率稳定在98%以上。\n"
              "一、深化医改\n推进县域医共体建设，年内组建医共体3个，县域内就诊率达到90%左右。\n"
              "二、强化公共卫生服务\n人均基本公共卫生服务经费补助标准提高到89元，适龄儿童免疫规划疫苗接种率保持在95%以上，"
              "新建标准化村卫生室30所，培训乡村医生500人次。\n"
              "三、补齐发展短板\n当前我县卫生健康工作仍存在不少短板：乡村医生老龄化严重；县级医院重点专科少，外转病人比例偏高；"
              "部分卫生院业务用房陈旧，设备配置不足。\n各单位要对照要点，逐项抓好落实。\n")


@pytest.mark.parametrize("shape", SHAPES[1:])
def test_a_heading_glued_to_a_clause_leading_in_to_a_list_ends_before_it(shape):
    """三、补齐发展短板当前我县…仍存在不少短板：…；…: the heading ends where 当前 opens the clause, which ends in the colon
    of its list, so the one-line page gives the problems the lined page gives (its list's items)."""
    got = problems(shape(GLUED_PLAN))
    assert got == problems(GLUED_PLAN)
    assert expected("县级医院重点专科少，外转病人比例偏高", "部分卫生院业务用房陈旧，设备配置不足") - got == Counter()


TWO_SHORT_REPORTS = ("石坪镇卫生院2031年工作总结\n"
                     "2031年，我院在镇党委、政府和县卫生健康局的领导下，以创建群众满意的乡镇卫生院为抓手，较好地完成了各项工作任务。"
                     "全年门诊18 206人次，住院1 132人次，业务收入386.5万元。公共卫生：为辖区居民建立健康档案2.41万份，"
                     "居民健康档案建档率86.1%；孕产妇系统管理率91.2%，住院分娩率100%，全年无孕产妇死亡。\n\n"
                     "石坪镇卫生院2032年工作计划\n"
                     "2032年，我院将围绕“保基本、强基层、建机制”，在巩固上年成果的基础上，进一步提升服务能力，重点抓好以下工作：\n"
                     "1. 居民健康档案建档率达到90%，老年人健康管理率达到70%。\n"
                     "2. 高血压患者规范管理率达到60%，糖尿病患者规范管理率达到55%。\n"
                     "3. 争取项目资金120万元维修住院楼，公开招聘检验专业技术人员2名。\n")


def test_a_short_plan_on_one_line_keeps_its_title_glued_to_its_year_opening():
    """…2032年工作计划2032年，我院将…：1. …: a title never ends in a year and its comma, so the plan's title opens a
    report of its own on the one-line page and its levels are targets."""
    page = "\n\n".join("".join(x.strip() for x in part.split("\n")) for part in TWO_SHORT_REPORTS.split("\n\n"))
    docs, _ = page_rows(page)
    assert [(d["title"], d["doc_type"]) for d in docs] == [
        ("石坪镇卫生院2031年工作总结", "summary"), ("石坪镇卫生院2032年工作计划", "plan")]
    assert values(page) == values(TWO_SHORT_REPORTS)
    assert values(page)[(90.0, "percent", "target")] == 1


CLOSING_PAGE = ("澄江区卫生局2031年工作总结\n"
                "2031年，区卫生局紧紧围绕医药卫生体制改革重点工作，扎实推进各项卫生工作，全区卫生事业取得新进展。\n"
                "一、新型农村合作医疗运行平稳。全区参合农民31.46万人，参合率达到96.8%，比上年提高1.2个百分点。\n"
                "二、公共卫生服务均等化稳步推进。为城乡居民建立健康档案23.8万份，建档率达到68.5%，"
                "65岁以上老年人健康体检2.6万人，高血压患者规范管理1.8万人。\n"
                "三、妇幼卫生指标持续向好。全区孕产妇系统管理率为92.4%，适龄儿童免疫规划疫苗接种率为96.8%。\n"
                "五、主要问题\n一是卫生人才总量不足；二是区疾控中心实验室建设滞后，部分检测项目无法开展。\n"
                "2032年，区卫生局将在巩固成果的基础上，进一步加大工作力度。\n")


@pytest.mark.parametrize("shape", SHAPES)
def test_a_closing_sentence_opening_with_a_year_ends_the_last_problem(shape):
    """…无法开展。2032年，区卫生局将…: a sentence opening with a year and its comma starts a new paragraph."""
    assert problems(shape(CLOSING_PAGE)) == expected("卫生人才总量不足", "区疾控中心实验室建设滞后，部分检测项目无法开展")


def test_an_interviews_theme_line_and_its_fields_glued_after_a_time_are_the_sites():
    """访谈主题：…工作情况 is a field, no title; 访谈时间：… 15:00访谈嘉宾：… is one line of fields even when the reading
    text loses the space after the time: the interview (its text and its report) starts at its first turn."""
    page = ("在线访谈 > 往期回顾\n访谈主题：家庭医生签约服务工作情况\n"
            "访谈时间：2032年4月10日 15:00访谈嘉宾：松岭县卫生健康局局长杨某\n"
            "分享到：微信 微博\n字号：大 中 小\n"
            "【主持人】各位网友大家好！请您先介绍一下去年的工作情况。\n"
            "【杨某】2031年，全县常住人口签约率达到41.6%，重点人群签约率为68.3%。\n")
    assert starts_at(page, "【主持人】")["title"] is None
    view, reports = page_reports(page, "page.txt")
    assert [view.raw_span(r.start, r.end)[0] for r in reports] == [page.index("【主持人】")]


def test_a_question_headline_under_a_sections_trail_and_over_the_fields_is_the_interviews():
    """在线访谈 > 往期访谈 / <question>？——… / the fields line: one interview, starting at its first turn."""
    page = ("在线访谈 > 往期访谈\n医保报销政策有哪些新变化？——县医保局局长做客热线\n"
            "访谈时间：2032年4月10日10:00嘉宾：松岭县医保局局长刘某\n"
            "【主持人】刘局长，今年的报销比例有什么变化？\n"
            "【刘某】2032年全县城乡居民医保参保率为98.9%，乡镇卫生院住院报销比例提高到90%。\n")
    starts_at(page, "【主持人】")


def test_a_pdfs_page_number_left_at_the_end_of_the_line_it_cut_is_removed():
    """…补偿金额4 - 2 - / 27.6万元: a number never ends in a dash; it is 427.6万元."""
    page = ("柏岭乡2031年新型农村合作医疗工作总结\n"
            "2031年，全乡住院补偿1 378人次，补偿金额4 - 2 -\n27.6万元，住院实际补偿比为62.4%。\n")
    _, obs = page_rows(page)
    assert {r["value"] for r in obs} == {1378.0, 4276000.0, 62.4}


def test_a_sharing_sites_copyright_notice_glued_to_the_text_ends_the_sites_line():
    """…收藏本文档由用户上传，如有侵权请联系删除。2031年，我院…: the notice ends the site's line, the text is the report's."""
    page = ("石湾乡卫生院2031年工作总结\n石湾乡卫生院2031年工作总结\n"
            "上传者：abc***1   文档页数：3页   下载次数：126   收藏本文档由用户上传，如有侵权请联系删除。"
            "2031年，我院全年完成门诊诊疗2.18万人次，居民健康档案建档率达到87.3%，签约率43.1%。\n")
    assert values(page) == Counter({(21800.0, "count", "actual"): 1, (87.3, "percent", "actual"): 1,
                                    (43.1, "percent", "actual"): 1})
