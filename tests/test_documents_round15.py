"""Documents, round 15: where a report starts on pages whose site lines differ from the usual ones (trails split by
arrows or slashes, a CMS's labels glued to the title, document numbers and letterheads, a site's name over the date,
notes and running heads that cut a sentence, addressees under a PDF title, stubs of linked articles), and the fields
read from them (a notice's type, its sender's level from its addressees, a superior named in a comparison, county-
level units, titles that open with their place, next steps under a short heading).  Every page is written for the
test (places other than the few the gazetteer must know, names and figures invented)."""
from __future__ import annotations

import pytest
from test_documents_written import one_doc, page_docs, page_values

from healthdata.normalize.documents import addressee_level, own_level_by_markers
from healthdata.pageview import is_page_break_text
from healthdata.segment import is_title_copy

SUMMARY_BODY = (
    "　　2030年，全县卫生系统扎实推进各项工作，较好完成了年度目标任务。全年总诊疗人次86.2万人次，"
    "孕产妇系统管理率达到93.4%，3岁以下儿童系统管理率91.7%。\n"
    "　　存在的问题是乡镇卫生院人才短缺，设备陈旧。\n"
)


@pytest.mark.parametrize("trail", ["首页 / 工作动态 / 卫生健康", "您的位置：首页 → 工作动态 → 正文", "首页 › 政务公开 › 工作总结"])
def test_a_title_after_a_trail_split_by_arrows_or_slashes_on_one_line_starts_a_titled_report(trail):
    page = (f"{trail} 青桐县卫生健康局2030年工作总结 2030年，全县卫生系统扎实推进各项工作，全年总诊疗人次86.2万人次，"
            "孕产妇系统管理率达到93.4%，3岁以下儿童系统管理率91.7%。存在的问题是乡镇卫生院人才短缺。\n")
    doc = one_doc(page)
    assert doc["title"] == "青桐县卫生健康局2030年工作总结"
    assert doc["source_start"] == page.index("青桐县")
    assert (93.4, "percent") in page_values(page)


def test_a_cms_entry_label_glued_to_a_title_is_no_part_of_it_and_the_first_copy_opens_the_report():
    page = ("您的位置：首页 → 工作动态 → 正文 【字体：小 大】 青桐县卫生局2030年上半年工作总结 录入时间：2030-07-08 点击：52\n"
            "青桐县卫生局2030年上半年工作总结\n"
            "　　上半年，全县卫生系统扎实推进各项工作，孕产妇系统管理率达到93.4%，住院分娩率99.2%。\n"
            "　　存在的问题是乡镇卫生院人才短缺，设备陈旧。\n")
    doc = one_doc(page)
    assert doc["title"] == "青桐县卫生局2030年上半年工作总结"
    assert doc["source_start"] == page.index("青桐县")
    assert doc["period"] == "H1"


def test_a_notice_over_its_document_number_and_the_sites_date_line_opens_the_plan_it_carries():
    page = (
        "首页 >> 政务公开\n"
        "关于印发《青桐县2031年卫生健康工作要点》的通知\n"
        "青卫健发〔2031〕7号\n"
        "发布日期：2031-02-12    信息来源：县卫生健康局    阅读次数：316\n"
        "各乡（镇）卫生院、县直各医疗卫生单位：\n"
        "　　现将《青桐县2031年卫生健康工作要点》印发给你们，请认真贯彻执行。\n"
        "青桐县卫生健康局\n"
        "2031年2月10日\n"
        "青桐县2031年卫生健康工作要点\n"
        "　　一、主要目标。全县孕产妇系统管理率达到92%以上，家庭医生签约率达到70%。\n"
        "　　二、重点任务。加强基层人才队伍建设，推进县域医共体建设。\n"
    )
    doc = one_doc(page)
    assert doc["title"] == "关于印发《青桐县2031年卫生健康工作要点》的通知"
    assert (doc["doc_type"], doc["period"], doc["admin_level"]) == ("plan", "annual", "county")


def test_a_title_over_the_sites_name_and_date_opens_its_report():
    page = (
        "青桐区卫生健康委员会2031年工作要点\n"
        "青桐区人民政府网 2031-02-20 10:12 来源：区卫健委 【字体：大 中 小】 打印\n"
        "　　2030年，全区家庭医生签约率达到76.5%。2031年工作目标如下：\n"
        "　　一、主要目标。全区孕产妇死亡率控制在10/10万以内，居民健康素养水平达到35%。\n"
        "　　二、重点任务。推进紧密型医联体建设，加强公共卫生人才队伍建设。\n"
    )
    doc = one_doc(page)
    assert doc["title"] == "青桐区卫生健康委员会2031年工作要点"
    assert doc["source_start"] == 0
    assert (doc["doc_type"], doc["period"], doc["year"]) == ("plan", "annual", 2031)


def test_a_sites_note_in_brackets_that_cuts_a_sentence_and_its_number_ends_nothing():
    page = (
        "青桐市卫生局2030年工作总结\n"
        "　　2030年，全市卫生系统较好完成了年初确定的目标任务。全市传染病网络直报覆盖率达到100%，其中乡镇卫生院直报率达9\n"
        "（本文来源：某某范文网 www.example.cn 转载请注明）\n"
        "7.5%。报告传染病发病率为231.6/10万，比上年下降4.2%。\n"
        "　　存在的问题：一是人才流失严重；二是卫生投入不足。\n"
    )
    doc = one_doc(page)
    assert doc["title"] == "青桐市卫生局2030年工作总结"
    values = page_values(page)
    assert (97.5, "percent") in values and (231.6, "per_100k") in values


def test_a_running_head_with_its_page_number_between_dots_is_no_title_and_cuts_no_number():
    page = (  # (a PDF paste: its lines cut at one width)
        "青桐省2030年卫生健康事业发展统计公报\n"
        "青桐省卫生健康委员会　　　　　　　　　　　2031年6月\n"
        "一、卫生资源\n"
        "2030年末，全省医疗卫生机构总数达38412个，比上年增加\n"
        "516个。其中：医院1207个，基层医疗卫生机构36318个，专业\n"
        "公共卫生机构719个。全省医疗卫生机构床位34.6万张，每千人\n"
        "口医疗卫生机构床位数6.71张。卫生技术人员39.8万人，比上\n"
        "年增长4.6%。\n"
        "二、医疗服务\n"
        "全年总诊疗人次3.12亿人次，比上年增长9.3%；出院人数\n"
        "1183.5万人，增长6.1%。基层医疗卫生机构诊疗人次占总诊疗\n"
        "人次的52.4%，比上年下降0.8个百分点。医院病床使用率\n"
        "                 青桐省2030年卫生健康事业发展统计公报　·2·\n"
        "78.6%，比上年提高2.3个百分点；其中三级医院91.2%，二级医\n"
        "院72.5%，乡镇卫生院病床使用率54.7%。医院次均门诊费用\n"
        "268.4元，按当年价格比上年上涨3.1%；人均住院费用9632.7元，\n"
        "上涨1.9%。\n"
    )
    doc = one_doc(page)
    assert doc["title"] == "青桐省2030年卫生健康事业发展统计公报"
    assert (78.6, "percent") in page_values(page)
    # the head with its number is a page break (so a PDF's wrap never joins it to the sentence it cuts)
    assert is_page_break_text("青桐省2030年卫生健康事业发展统计公报　·2·")
    assert not is_page_break_text("全省医院病床使用率为78.6%　·　比上年提高2.3个百分点")


def test_a_pdf_title_is_never_joined_to_the_addressee_under_it_and_a_letterhead_after_a_page_break_ends_nothing():
    page = (
        "青桐县卫生局\n"
        "关于2030年卫生工作总结及2031年工作安排的报告\n"
        "县人民政府：\n"
        "2030年，我县卫生工作以新农合和重大疾病防控为重点，较\n"
        "好地完成了年初确定的目标任务。现将有关情况报告如下：\n"
        "一、主要工作完成情况\n"
        "（一）新农合运行平稳。全县参合农民52.8万人，参合率达到\n"
        "96.3%，住院实际补偿比例为41.7%。\n"
        "— 1 —\n"
        "青桐县卫生局文件\n"
        "（二）妇幼保健。孕产妇住院分娩率98.6%，农村孕产妇住院\n"
        "分娩补助发放率100%。\n"
        "二、2031年工作安排\n"
        "新农合参合率稳定在95%以上，住院补偿比例提高到50%。\n"
    )
    doc = one_doc(page)
    assert doc["title"] == "关于2030年卫生工作总结及2031年工作安排的报告"
    assert (doc["doc_type"], doc["admin_level"]) == ("summary_and_plan", "county")
    assert (98.6, "percent") in page_values(page)


def test_an_article_markers_title_with_nothing_under_it_is_a_stub_not_a_report():
    page = (
        "第1篇：青桐镇卫生院2031年工作计划\n"
        "　　一、工作目标。全年门诊人次达到3.2万人次，居民电子健康档案建档率达到90%以上。\n"
        "　　二、主要措施。加强人才培养，争取资金购置DR一台。\n"
        "第2篇：青桐镇卫生院2031年下半年工作计划 （内容略，点击查看）\n"
        "相关推荐：卫生院年终工作总结 | 卫生院院长述职报告\n"
    )
    doc = one_doc(page)
    assert doc["title"] == "青桐镇卫生院2031年工作计划"


def test_an_excerpt_title_with_its_label_inside_a_line_opens_the_report():
    page = ("本文档由用户上传，仅供学习交流，如有侵权请联系删除。\n"
            "……以上是上半年的主要做法。 青桐镇卫生院2030年上半年工作总结（节选） 今年以来，我院认真落实各项工作任务。"
            "截至6月底，累计建立居民电子健康档案2.97万份，电子建档率为85.8%，老年人健康管理率达到68.4%。\n")
    doc = one_doc(page)
    assert doc["title"] == "青桐镇卫生院2030年上半年工作总结（节选）"
    assert doc["source_start"] == page.index("青桐镇")


def test_a_title_copy_under_an_essay_sites_label_is_a_copy():
    assert is_title_copy("青桐县卫生院2031年工作计划（精选）", "青桐县卫生院2031年工作计划")
    assert is_title_copy("青桐县卫生院2031年工作计划范文", "青桐县卫生院2031年工作计划")
    assert not is_title_copy("青桐县卫生院2031年工作计划及2032年打算", "青桐县卫生院2031年工作计划")


def test_a_notice_without_a_report_word_is_a_plan_whose_level_its_addressees_give():
    page = (
        "关于调整2031年度城乡居民基本医疗保险待遇标准的通知\n"
        "青桐医疗保障局　　2031-02-26\n"
        "各县（市、区）医疗保障局、卫生健康局，各定点医疗机构：\n"
        "　　为进一步提高保障水平，现就2031年度待遇标准调整有关事项通知如下：\n"
        "　　一、住院待遇。一级定点医疗机构起付线200元，报销比例90%；二级医疗机构报销比例由75%提高到80%。\n"
    )
    doc = one_doc(page)
    assert (doc["doc_type"], doc["period"], doc["admin_level"]) == ("plan", "annual", "city")


@pytest.mark.parametrize(("text", "level"), [
    ("各县（市、区）卫生健康局：\n现将有关事项通知如下：", "city"),
    ("各市（州）卫生健康委：\n现将有关事项通知如下：", "province"),
    ("各乡（镇）卫生院、县直各医疗卫生单位：\n现将有关事项通知如下：", "county"),
    ("同志们：\n今天我们召开会议。", "unknown")])
def test_the_addressees_name_the_level_below_the_sender(text, level):
    assert addressee_level(text) == level


def test_a_superior_named_in_a_comparison_is_not_the_texts_own_level():
    assert own_level_by_markers("全县剖宫产率41.3%，仍高于全市平均水平。") == "county"
    assert own_level_by_markers("全县综合考核居全省前列，全市排名第2位。") == "county"
    assert own_level_by_markers("全市共有医疗卫生机构412个，全市卫生技术人员7 863人。全县…") == "city"


def test_a_title_opening_with_its_place_and_year_names_the_reports_place():
    page = ("青桐县2030年妇幼卫生工作总结\n"
            "　　2030年，全县妇幼卫生工作以降低孕产妇和婴儿死亡率为核心，婴儿死亡率4.12‰，剖宫产率41.3%，仍高于全市平均水平。\n"
            "　　存在的问题：一是产科医师不足；二是信息系统未实现对接。\n")
    doc = one_doc(page)
    assert (doc["admin_level"], doc["place"]) == ("county", "青桐县")


def test_a_district_directly_under_its_province_is_county_level():
    page = ("神农架林区卫生健康局2030年工作总结\n"
            "　　2030年，全区卫生健康系统较好完成了年度目标任务，居民电子健康档案建档率91.2%，老年人健康管理率72.5%。\n")
    assert one_doc(page)["admin_level"] == "county"


def test_a_yearbook_of_a_municipalitys_health_field_places_its_entry():
    page = ("重庆卫生健康年鉴（2031） > 综述 > 卫生健康工作概况\n"
            "【概况】2030年，全市卫生健康系统以深化医改为主线，各项工作取得新进展。年末全市共有医疗卫生机构2.1万个，"
            "每千人口床位7.12张，孕产妇死亡率9.75/10万。\n")
    assert one_doc(page)["admin_level"] == "province"


def test_a_regions_site_above_a_conference_news_item_makes_its_whole_region_a_province():
    page = ("西藏自治区卫生健康委员会 >> 卫生要闻\n"
            "全区卫生健康工作会议召开\n"
            "【发布日期：2031-02-05】【来源：委办公室】【关闭】\n"
            "　　2月3日，2031年全区卫生健康工作会议召开。会议指出，2030年全区孕产妇住院分娩率达到98.7%，"
            "婴儿死亡率下降到7.6‰。\n")
    assert one_doc(page)["admin_level"] == "province"


def test_a_bureau_named_over_an_interview_keeps_its_city_whatever_its_townships():
    page = ("莆田新闻网 > 健康频道 > 访谈\n"
            "基层看病如何更方便？——访莆田市卫生健康委员会主任\n"
            "2031-01-15 08:42　来源：某某日报\n"
            "记者：过去一年，我市基层医疗做了哪些工作？\n"
            "主任：一是乡镇卫生院标准化建设，全市乡镇卫生院全部达标；二是乡镇卫生院人才招聘，乡镇卫生院新招医生120名，"
            "乡镇卫生院门诊量增长12.5%；三是家庭医生签约率达到68.2%。\n")
    doc = one_doc(page)
    assert (doc["admin_level"], doc["place"]) == ("city", "莆田市")


def test_a_citys_pilot_counties_make_it_no_county_level_city():
    page = ("青桐市卫生局2030年工作总结\n"
            "　　2030年，全市卫生系统较好完成了年初确定的目标任务。新农合试点县由1个扩大到3个，参合率81.4%；"
            "乡镇卫生院传染病网络直报率96.5%，乡镇卫生院房屋设备简陋，乡镇卫生院人才流失严重，乡镇卫生院经费不足。\n")
    assert one_doc(page)["admin_level"] == "city"


@pytest.mark.parametrize("heading", ["三、下步打算", "三、下步工作", "三、下一步工作"])
def test_a_summary_with_a_next_steps_part_under_a_short_heading_is_summary_and_plan(heading):
    page = ("青桐区卫生健康局2030年卫生应急工作总结\n"
            "一、工作开展情况\n"
            "　　2030年，全区突发公共卫生事件报告及时率100%，处置率100%。全年开展卫生应急培训12期，培训人员860人次；"
            "组织综合应急演练6次，更新应急物资储备目录，储备防护服2 000套、消毒药品1.2吨。完成区级卫生应急指挥平台"
            "升级改造，实现与市级平台互联互通。全区二级以上医院全部设置发热门诊，社区卫生服务中心全部设置发热哨点。\n"
            "二、不足之处\n"
            "　　应急队伍培训不足，部分队员缺乏实战经验；物资储备不够，储备品种结构不合理；基层应急能力仍然薄弱。\n"
            f"{heading}\n"
            "　　加强应急队伍建设。\n")
    assert one_doc(page)["doc_type"] == "summary_and_plan"


def test_a_plan_part_numbered_in_brackets_in_a_text_without_top_parts_makes_a_summary_and_plan():
    page = ("青桐市卫生局2030年工作总结\n"
            "　　2030年，全市卫生系统深化医药卫生体制改革，各项工作取得新进展。\n"
            "（一）综合医改。全市4家公立医院全面推开综合改革，取消药品加成后调整医疗服务价格1 200项，门诊次均费用"
            "下降3.2%，住院次均费用下降2.1%，药占比降至31.6%。组建医联体5个，上转患者1 863人次，下转患者947人次。\n"
            "（二）主要问题。社会资本办医发展缓慢，民营医院床位仅占11%，且规模小、水平低；公立医院法人治理结构尚未建立，"
            "考核激励机制与改革要求不相适应；医疗领域不正之风尚未根治，群众对医疗服务的满意度还不高。\n"
            "（三）2031年工作打算。稳步推进各项改革。\n")
    assert one_doc(page)["doc_type"] == "summary_and_plan"


def test_a_table_of_a_years_main_indicators_under_its_title_is_a_titled_summary():
    page = ("青桐市卫生健康委员会\n"
            "首页 > 数据发布 > 统计数据\n"
            "2030年青桐市卫生事业发展主要指标\n"
            "发布时间：2031-03-30 16:20　　浏览次数：864\n"
            "　　2030年，全市卫生系统主要指标完成情况如下表：\n"
            "| 指标名称 | 单位 | 2030年 | 2029年 |\n"
            "| 医疗卫生机构 | 个 | 412 | 398 |\n"
            "| 孕产妇系统管理率 | % | 93.2 | 92.6 |\n")
    docs = page_docs(page)
    assert len(docs) == 1
    assert docs[0]["title"] == "2030年青桐市卫生事业发展主要指标"
    assert (docs[0]["doc_type"], docs[0]["period"], docs[0]["year"]) == ("summary", "annual", 2030)


def test_a_notice_issuing_a_summary_is_a_summary_not_a_plan():
    page = (
        "关于印发青桐县卫生健康局2031年工作总结的通知\n"
        "各乡（镇）卫生院、县直各医疗卫生单位：\n"
        "　　现将《青桐县卫生健康局2031年工作总结》印发给你们，请结合实际认真学习。\n"
        "　　2031年，全县卫生健康工作取得新进展。全县孕产妇系统管理率达到93.5%，3岁以下儿童系统管理率达到91.2%，"
        "全年共完成免费孕前优生健康检查1860对。\n"
    )
    assert one_doc(page)["doc_type"] == "summary"


def test_a_news_item_naming_next_years_tasks_in_passing_is_a_summary():
    # a news item reports what happened; the tasks a meeting set for next year, said in passing, do not make it a plan
    page = (
        "本网讯（通讯员 林某）12月28日，青桐县召开2031年卫生健康工作总结会。会议通报，全年全县孕产妇系统管理率达到"
        "93.8%，3岁以下儿童系统管理率达到92.6%，家庭医生签约服务累计签约5.2万人，全县33个村卫生室完成标准化改造。\n"
        "会议要求，2032年要进一步加强基层卫生人才队伍建设，确保高血压患者规范管理率达到65%以上。"
        "会议强调，各乡镇卫生院要做好冬春季传染病防控，力争全年不发生重大疫情。\n"
    )
    assert one_doc(page)["doc_type"] == "summary"


def test_a_news_item_with_a_plan_part_under_its_heading_is_a_summary_and_plan():
    page = (
        "本报讯 记者从青桐县卫生健康局获悉，2031年全县孕产妇系统管理率达到93.8%，3岁以下儿童系统管理率达到92.6%。\n"
        "全年完成免费孕前优生健康检查1860对，累计建立居民电子健康档案31.2万份，同比增长4.1%。\n"
        "全县33个村卫生室完成标准化改造，乡镇卫生院全部实现远程心电诊断。\n"
        "下一步工作打算：\n"
        "2032年，全县将新建村卫生室12所，力争家庭医生签约率达到50%以上，确保高血压患者规范管理率达到65%以上。\n"
    )
    assert one_doc(page)["doc_type"] == "summary_and_plan"
