"""Document boundaries, round 20 (worked from the round-21 sets): where a page's reports start and how many it holds —
a title the site prints again with its own lines between the copies (a bar of the date and page tools in brackets, a
sharing site's counter line, a 发布： label after the first copy, a repost's tag before it); a unit's 自查报告; a policy
reading labelled 【图解】 or 政策问答｜ under a body's two-crumb trail; a page of news briefs, each under a headline naming
its county or under a bulleted headline over its date; a PDF whose letterhead stands at the foot of each page over the page
number; yearbook entries credited to a writer and a reviewer; a news item's 相关稿件 list and a news app's 扫码关注 line.
Every page is written for the test (names and figures invented)."""
from __future__ import annotations

from test_documents_written import one_doc, page_docs

from healthdata.segment import is_boilerplate, lines_of
from healthdata.textnorm import matching_text


def _line(text: str):
    return lines_of(text, matching_text(text))[0]


BODY = ("　　2031年，全县卫生健康系统围绕年度目标扎实推进各项工作。适龄儿童免疫规划疫苗接种率达到96.4%，"
        "居民电子健康档案建档率91.2%。\n"
        "　　一、存在问题。基层卫生人员总量不足，部分村卫生室无人值守。\n")

TITLE = "青禾县卫生健康局2031年上半年工作总结"


# --- a title printed twice with the site's lines between the copies ----------------------------------------------------

def test_a_bar_of_the_date_and_page_tools_in_square_brackets_is_the_sites_line():
    assert is_boilerplate(_line("[ 2031-07-11 ]　[ 打印 ]　[ 关闭 ]"))
    assert is_boilerplate(_line("【2031-07-11】【打印】【关闭】"))
    # a line of report text that opens with a bracketed date is not
    assert not is_boilerplate(_line("[2031-07-11] 全县召开卫生工作会议，部署下半年重点任务。"))


def test_a_title_printed_again_under_the_date_and_tools_bar_starts_at_its_first_copy():
    page = ("青禾县人民政府 | 首页 > 部门动态 > 县卫生健康局 > 青禾县卫生健康局2031年上半年工...\n"
            f"{TITLE}\n"
            "[ 2031-07-11 ]　[ 打印 ]　[ 关闭 ]\n"
            f"{TITLE}\n\n" + BODY)
    doc = one_doc(page)
    assert doc["source_start"] == page.index(TITLE)
    assert doc["title"] == TITLE


def test_a_sharing_sites_counter_line_between_the_copies_leaves_one_report():
    page = ("某某文库 - 专业资料 - 医药卫生\n"
            f"{TITLE}\n"
            "3.4千次阅读 | 120次下载 | 本文档共3页 | 文档贡献者：qh_wjj\n"
            f"{TITLE}\n" + BODY)
    doc = one_doc(page)
    assert doc["source_start"] == page.index(TITLE)


def test_a_title_with_a_bare_published_label_after_it_is_the_first_copy():
    page = ("青禾县政府网 > 政务公开 > 工作动态\n"
            f"{TITLE}　　发布：2031-07-14　　来源：县卫生健康局办公室　　【打印】【关闭】\n"
            f"{TITLE} 上半年，全县卫生健康系统围绕年度目标平稳推进。适龄儿童免疫规划疫苗接种率达到96.4%，"
            "居民电子健康档案建档率91.2%，家庭医生签约率达到41.5%。\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index(TITLE)


def test_a_reposts_tag_before_the_first_copy_of_the_title_does_not_hide_it():
    title = "青禾县衛生局2031年婦幼衛生工作要點"
    page = (f"轉載｜{title}\n"
            "樓主  發表於 2031-3-2 21:15  只看該作者\n"
            f"{title}\n"
            "一、工作目標\n"
            "全縣孕產婦死亡率控制在18/10萬以下，嬰兒死亡率控制在6‰以下；住院分娩率達到99%。\n")
    doc = one_doc(page)
    assert doc["source_start"] <= page.index(title)  # (the first copy's line, its tag included: not the second copy)
    assert doc["title"] == title


# --- titles and headlines -------------------------------------------------------------------------------------------

def test_a_units_self_inspection_report_starts_at_its_title_above_the_sites_fields():
    title = "青禾镇卫生院2031年度国家基本公共卫生服务项目自查报告"
    page = ("青禾县人民政府门户网站 >> 乡镇动态 >> 青禾镇\n"
            f"{title}\n"
            "【发布单位：青禾镇】【发布时间：2032-01-10】【阅读次数：96】\n\n"
            "根据县卫生健康局要求，我院于1月4日至8日对全镇22个村卫生室开展自查，现将自查情况报告如下。\n" + BODY)
    doc = one_doc(page)
    assert doc["source_start"] == page.index(title)
    assert doc["title"] == title


def test_a_policy_reading_labelled_in_brackets_under_the_bodys_trail_starts_at_its_headline():
    headline = "【图解】2031年城乡居民医保待遇调整问答"
    page = ("青禾市医疗保障局 > 政策解读\n"
            f"{headline}\n"
            "时间：2031-02-20　来源：市医保局待遇科　【大】【中】【小】\n\n"
            "问：今年居民医保个人缴费标准是多少？\n"
            "答：2031年居民医保个人缴费标准为每人每年400元，住院报销比例在乡镇卫生院为90%。\n")
    doc = one_doc(page)
    assert doc["source_start"] == page.index(headline)


def test_a_columns_policy_qa_label_before_the_headline_starts_the_page_there():
    page = ("政策问答｜2031年起我市居民医保待遇有哪些变化？\n"
            "信息来源：青禾市医疗保障局   发布日期：2031-01-05   【大 中 小】\n\n"
            "问：住院报销比例有什么调整？\n"
            "答：一级、二级、三级定点医疗机构住院报销比例分别为90%、75%和60%。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0


def test_a_bodys_name_before_one_crumb_is_a_trail():
    assert is_boilerplate(_line("青禾市医疗保障局 > 政策解读"))
    assert is_boilerplate(_line("青禾县人民政府 > 乡镇动态"))


# --- several reports on one page --------------------------------------------------------------------------------------

def test_a_citys_page_of_its_counties_briefs_holds_one_report_per_county():
    page = ("青禾市卫生健康委员会 > 工作动态\n"
            "各县市区卫生健康工作简讯\n"
            "发布时间：2031-06-30　　信息来源：市卫生健康委\n\n"
            "■东岭县：家庭医生签约提速\n"
            "今年1—5月，东岭县家庭医生签约率达到43.2%，较去年同期提高3.1个百分点。\n\n"
            "■西川县：孕产妇管理见实效\n"
            "西川县卫健局介绍，1—5月全县孕产妇系统管理率为93.6%，无孕产妇死亡。\n\n"
            "■南坪区：慢病随访进社区\n"
            "截至5月底，南坪区高血压患者规范管理率达到67.5%。\n")
    docs = page_docs(page)
    assert len(docs) == 3
    for start, name in zip((d["source_start"] for d in docs), ("东岭县", "西川县", "南坪区")):
        assert page.index(name) - 1 <= start <= page.index(name) + 40


def test_a_news_list_of_bulleted_headlines_over_their_dates_holds_one_report_per_item():
    page = ("青禾镇人民政府 > 乡镇动态\n"
            "■ 青禾镇卫生院开展老年人健康体检\n"
            "2031-05-28\n"
            "5月下旬，青禾镇卫生院组织11名医务人员为全镇65岁以上老年人开展免费体检，体检率达到72.4%。\n"
            "■ 青禾镇2031年1-4月基本公共卫生服务进度\n"
            "2031-05-10\n"
            "项目\n单位\n完成率\n居民健康档案\n份\n90.6%\n"
            "1-4月，全镇基本公共卫生服务总体进度偏慢，糖尿病患者管理完成率为51.2%。\n")
    docs = page_docs(page)
    assert len(docs) == 2
    assert docs[1]["source_start"] >= page.index("■ 青禾镇2031年1-4月")


def test_bulleted_section_headings_of_one_titled_report_do_not_split_it():
    page = (f"{TITLE}\n"
            "■ 东岭片区：家庭医生签约提速\n"
            "上半年，东岭片区家庭医生签约率达到43.2%，较去年同期提高3.1个百分点。\n"
            "■ 西川片区：孕产妇管理见实效\n"
            "上半年，西川片区孕产妇系统管理率为93.6%，无孕产妇死亡。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0


def test_yearbook_entries_credited_to_a_writer_and_a_reviewer_are_reports_of_their_own():
    page = ("青禾市年鉴 > 社会事业 > 卫生\n\n"
            "【东岭旗卫生】2031年，全旗有医疗卫生机构186个，其中旗级医院3个。全旗孕产妇系统管理率达到92.4%，"
            "适龄儿童免疫规划疫苗接种率96.1%。\n"
            "（撰稿：王某某　审稿：李某）\n\n"
            "【西川县卫生和计划生育】2031年，西川县卫生计生局围绕强基层开展工作。全县家庭医生签约率达到40.3%，"
            "居民电子健康档案建档率88.7%。\n"
            "（撰稿：张某　审稿：赵某某）\n")
    docs = page_docs(page)
    assert [d["source_start"] for d in docs] == [page.index("【东岭旗卫生】"), page.index("【西川县")]


def test_a_pdf_whose_letterhead_stands_over_each_page_number_is_one_report():
    page = (f"{TITLE}\n"
            "（2031年7月10日）\n"
            "上半年，全县卫生系统紧扣基层卫生、疾病预防控制和医疗保障三项重点推进工作。\n"
            "一、新农合运行平稳\n"
            "全县参合人数52.3万人，参合率为97.6%，比上年提高1.1个百分点\n"
            "。全年筹集基金6120万元。\n"
            "青禾县卫生健康局文件\n"
            "— 1 —\n"
            "二、疾病预防控制\n"
            "全县报告法定传染病11种1520例，发病率为182.4/10万，较上年下降6.2%。常规免疫各苗接种率均保持在95%以上，"
            "新发现肺结核病人402例，治愈率90.3%。\n"
            "农村卫生方面，投入资金730万元完成5所乡镇卫生院改扩建，新建标准化村卫生室36所，为乡镇卫生院配备设备31台。"
            "全年选派17名县直医院医师到乡镇卫生院对口支援，举办乡村医生培训班7期，培训980人次。\n"
            "妇幼卫生方面，全县住院分娩率达到98.2%，孕产妇系统管理率为91.4%，3岁以下儿童系统管理率为89.6%，"
            "新生儿疾病筛查率达到96.7%。全年为农村孕产妇发放住院分娩补助资金186万元，惠及4650人。"
            "卫生监督方面，全年检查各类经营单位1260户次，量化分级管理率达到81.3%，受理群众投诉举报42起，办结率100%。\n"
            "青禾县卫生健康局文件\n"
            "— 2 —\n"
            "三、存在问题\n"
            "一是乡村医生年龄偏大，后继乏人；二是部分卫生院设备陈旧。\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0


# --- furniture after a news item ---------------------------------------------------------------------------------------

def test_a_news_items_related_stories_and_the_apps_follow_line_make_no_report():
    page = ("青禾县家庭医生签约服务覆盖九成村庄\n"
            "2031-03-12 08:30 来源：青禾日报 记者 王某\n"
            "　　记者从县卫生健康局获悉，2031年全县家庭医生签约率达到45.3%，重点人群签约率达到78.1%。"
            "全县村卫生室标准化建设达标率为92.4%。\n"
            "【责任编辑：李某】   打印  |  关闭  |  分享\n"
            "相关稿件：\n"
            "· 我县推进紧密型县域医共体建设\n"
            "· 县医院开通远程会诊平台\n"
            "扫码关注青禾日报客户端，获取更多权威资讯。\n")
    assert len(page_docs(page)) == 1
    assert is_boilerplate(_line("扫码关注青禾日报客户端，获取更多权威资讯。"))


def test_the_countys_briefs_in_traditional_characters_split_the_same_way():
    page = ("青禾市衛生健康委員會 > 工作動態\n"
            "各縣市區衛生健康工作簡訊\n"
            "發佈時間：2031-06-30　　信息來源：市衛生健康委\n\n"
            "■東嶺縣：家庭醫生簽約提速\n"
            "今年1—5月，東嶺縣家庭醫生簽約率達到43.2%，較去年同期提高3.1個百分點。\n\n"
            "■西川縣：孕產婦管理見實效\n"
            "西川縣衛健局介紹，1—5月全縣孕產婦系統管理率為93.6%，無孕產婦死亡。\n")
    docs = page_docs(page)
    assert len(docs) == 2
    assert page.index("西川縣") - 1 <= docs[1]["source_start"] <= page.index("西川縣") + 40


def test_the_rest_of_a_document_tool_bar_cut_after_its_first_cells_is_the_sites_line():
    assert is_boilerplate(_line("| 举报"))
    assert is_boilerplate(_line("｜ 打印 ｜ 关闭"))
    assert not is_boilerplate(_line("| 群众举报投诉 | 42 | 件 |"))


def test_a_bulletins_lines_of_each_districts_figures_do_not_split_it():
    page = ("青禾市卫生健康委员会 > 统计信息\n"
            "　　截至6月底，全市居民电子健康档案建档率达到91.3%，各区情况如下：\n"
            "东岭区：建档率92.1%\n"
            "西川区：建档率90.4%\n"
            "南坪区：建档率89.8%\n"
            "　　下一步，市卫生健康委将督促各区加快档案更新，提高档案使用率。\n")
    assert len(page_docs(page)) == 1


def test_a_news_apps_line_on_a_service_is_report_text_not_its_follow_invitation():
    assert not is_boilerplate(_line("扫码即可预约挂号，全县已有56家医疗机构接入。"))
