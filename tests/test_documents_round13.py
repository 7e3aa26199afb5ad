"""Documents, round 13: the page shapes of the sets opened this round (speeches at work meetings, government
work reports, reports to a people's congress, press conferences, chronicle entries, summaries whose plan part
the publisher left out).  Every page is written for the test (places and figures invented)."""
from __future__ import annotations

import pytest
from test_documents_written import one_doc, page_docs, page_values

from healthdata.pageview import page_view

# a leader's speech at a work meeting: the title has no report word; the speech says the meeting reviews last
# year and deploys this year, then reviews, admits gaps and lists this year's tasks under an enumerated heading
SPEECH = (
    "在全区卫生健康工作会议上的讲话\n"
    "区委常委、副区长 方启明\n"
    "（2031年2月20日）\n"
    "同志们：\n"
    "这次会议的主要任务是总结2030年全区卫生健康工作，部署2031年重点任务。刚才，区卫健局作了报告，我都同意。\n"
    "一、肯定成绩。2030年全区孕产妇系统管理率达到93.1%，家庭医生重点人群签约率达到71.4%，同比提高2.2个百分点。"
    "全年累计开展义诊86场，完成适龄儿童疫苗接种4.2万剂次。\n"
    "二、正视差距。一是区级医院专科能力偏弱；二是社区卫生服务中心人员紧缺。\n"
    "三、抓好今年工作。各街道各部门要对标对表，坚持常态化疫情防控，提升基层服务能力。\n"
    "同志们，让我们齐心协力，为建设健康城区作出新贡献！\n"
)


# a government work report's excerpt: last year's results, then this year's tasks as a list led in by 我们将
GOV_REPORT = (
    "2031年政府工作报告（摘要）\n"
    "——2031年1月18日在青禾市第八届人民代表大会第三次会议上\n"
    "……（前略）\n"
    "社会事业稳步发展。全市基层医疗卫生机构标准化建设完成率达到92.5%，累计培训乡村医生1 240人次，"
    "政策范围内住院费用报销比例达到72%，同比提高1.5个百分点。\n"
    "……（中略）\n"
    "2031年，我们将着力办好八件民生实事：新建社区卫生服务站12个；为全市4 000名困难群众免费体检；"
    "65岁以上老年人健康管理率达到72%以上。\n"
    "……（后略）\n"
)


# a titled summary whose plan part the publisher left out: the heading stands over (略)
ELIDED = (
    "柳溪县卫生健康局2030年工作总结\n"
    "2030年，县卫生健康局较好地完成了全年各项目标任务。现将工作总结如下：\n"
    "一、医疗保障平稳运行。全县参保率98.2%，住院实际补偿比达到61.7%。\n"
    "二、公共卫生扎实推进。居民健康档案建档率达到86.5%，适龄儿童疫苗接种率达95%以上。\n"
    "三、存在问题\n"
    "一是乡镇卫生院人才流失；二是业务用房紧张。\n"
    "四、2031年工作打算\n"
    "（略）\n"
    "柳溪县卫生健康局\n"
    "2030年12月26日\n"
)


# a county chronicle's entry (地方志): no title of its own, the years narrated one after another
CHRONICLE = (
    "《云岭县志（2011—2030）》卫生编\n"
    "第四章 农村卫生\n"
    "2026年3月，云岭县启动乡村医生签约服务，当年签约农户4.1万户，签约率62.3%。"
    "2027年签约率提高到71.5%，乡镇卫生院门诊补偿比例为50%。\n"
    "2028年，全县新建标准化村卫生室36个，年度补助资金提高到420万元。\n"
    "2029年，全县乡村医生增加到512人，全年培训1 600人次。\n"
)


def test_a_yearbook_entry_of_one_year_with_a_table_of_two_year_columns_stays_annual():
    page = (
        "【卫生健康】2029年，全县卫生健康工作稳步推进，全年总诊疗人次86.2万人次，同比增长3.1%。\n"
        "指标\n单位\n2029年\n2028年\n"
        "婴儿死亡率\n‰\n3.9\n4.4\n"
        "2030年，县卫健局将力争县域内就诊率达到90%。\n"
    )
    assert one_doc(page)["period"] == "annual"


# a press conference: the host greets the reporters and announces the speakers; the report is the speaker's
# release, which reviews a five-year period (one 截至年底 in passing)
PRESS = (
    "青禾市“十四五”卫生健康事业发展成就新闻发布会\n"
    "时间：2030年12月18日上午10:00　地点：市政府新闻发布厅\n"
    "发布人：青禾市卫生健康委员会主任 严立新\n"
    "主持人：市政府新闻办副主任 贺雯\n"
    "【主持人】各位记者朋友，上午好！今天我们请市卫生健康委介绍“十四五”期间全市卫生健康事业发展情况，并回答大家关心的问题。\n"
    "【严立新】“十四五”以来，全市孕产妇死亡率由15.2/10万下降到9.8/10万，婴儿死亡率由5.1‰下降到3.6‰。五年来，全市累计投入"
    "卫生健康资金42.6亿元，县域内就诊率达到91.2%。截至2030年底，全市在管高血压患者38.4万人，规范管理率为76.3%。\n"
    "【记者提问】青禾日报记者：基层还有哪些短板？\n"
    "【严立新】基层仍是薄弱环节，全科医生仅有412名，部分山区卫生院设备不达标。\n"
    "【主持人】今天的发布会到此结束，谢谢大家！\n"
)


def test_a_press_conference_report_starts_at_the_speakers_release():
    doc = one_doc(PRESS)
    assert doc["opening"].startswith("【严立新】“十四五”以来")
    assert doc["doc_type"] == "summary"


@pytest.mark.parametrize("page", [pytest.param(CHRONICLE, id="chronicle-entry"),
                                  pytest.param(PRESS, id="five-year-review-at-a-press-conference")])
def test_an_untitled_text_over_several_years_covers_several_years_and_no_one_year(page):
    doc = one_doc(page)
    assert (doc["title"], doc["period"], doc["year"]) == (None, "multi_year", None)


def test_an_online_interviews_host_greeting_is_the_first_turn_of_its_text():
    page = (
        "在线访谈 | 家门口的好医生——访青禾市卫生健康委主任 严立新\n"
        "访谈时间：2031年1月12日 15:00\n"
        "【主持人】各位网友大家好！今天我们请来了市卫生健康委严主任，和大家聊聊家庭医生签约服务。\n"
        "【严立新】网友们好！2030年，全市家庭医生重点人群签约率达到73.5%，签约居民满意率为95.2%。\n"
    )
    assert one_doc(page)["opening"].startswith("【主持人】各位网友")


# pages flattened or wrapped by the sites that copy them (the shapes the metamorphic tests make of the opened sets)

# (page, values it states, a value it does not state)
FLATTENED = [
    # the page flattened to one line: the title's copies, a sharing site's counters, the report glued to the last one
    # (its favourites count)
    pytest.param("青禾县卫生局2031年卫生工作计划 - 某某文库青禾县卫生局2031年卫生工作计划"
                 "上传者：abc_1　　页数：2页　　浏览：806次　　下载：12次　　收藏：5青禾县卫生局2031年卫生工作计划"
                 "2030年，全县新农合参合率达到98.3%，孕产妇死亡率为16.2/10万。2031年主要目标：1.新农合参合率稳定在98%以上；\n",
                 [(98.3, "percent"), (16.2, "per_100k")], None, id="counters-glued-to-the-report"),
    # a bulletin on one line set off by spaces: the view counter stands before the report's first enumerated heading
    pytest.param("2030年青禾县卫生健康事业发展统计公报 发布日期：2031-05-12　　发布单位：青禾县卫生健康局　　阅读：531 "
                 "一、卫生资源 2030年末，全县医疗卫生机构总数达到176个，比上年增加3个。 "
                 "二、医疗服务 全年总诊疗人次达到98.4万人次，医院病床使用率为68.2%。\n",
                 [(176, "count"), (68.2, "percent")], None, id="view-counter-before-the-first-heading"),
    # a whole page counter glued inside a number on a one-line page (9第2页 共3页7% means 97%)
    pytest.param("本网讯 2030年，青禾镇卫生院扎实推进基本公共卫生服务，全镇适龄儿童免疫规划疫苗接种率均达到9第2页 共3页7%以上，"
                 "居民健康档案建档率为88.6%。\n",
                 [(97, "percent"), (88.6, "percent")], (9, "percent"), id="page-counter-inside-a-number"),
]


@pytest.mark.parametrize(("page", "stated", "not_stated"), FLATTENED)
def test_a_page_flattened_by_a_site_keeps_its_values(page, stated, not_stated):
    values = page_values(page)
    assert all(v in values for v in stated)
    assert not_stated not in values


def test_a_short_run_of_chunk_numbers_at_one_wrap_width_is_removed_though_the_numbers_widen_their_lines():
    # a sharing site wraps the copied page at one width (36 characters) and numbers each chunk where it cut a line
    # (its first chunk numbered at the top of the page): the lines cut hold 36 characters of text, the numbered
    # ones two more
    paragraph = ("2030年，青禾县基本公共卫生服务项目资金到位1 260万元，人均补助标准89元。全县9个乡镇卫生院、2个社区卫生"
                 "服务中心和140个村卫生室承担项目任务，全年项目资金执行率为97.2%。")
    chunks = [paragraph[i:i + 36] for i in range(0, len(paragraph), 36)]
    page = "1、当前位置：首页 > 统计数据\n" + chunks[0] + "".join(f"\n{n}、{c}" for n, c in enumerate(chunks[1:], 2)) + "\n"
    assert len(chunks) == 3
    assert paragraph.replace("1 260", "1260") in page_view(page).text


# a yearbook page with two entries, each signed by its writer: two articles, two reports
SIGNED_ENTRIES = (
    "青禾县年鉴（2031） > 社会事业 > 卫生\n"
    "【卫生】2030年，青禾县有各级各类医疗卫生机构208个，卫生技术人员1 326人，全年总诊疗人次72.4万人次，"
    "病床使用率83.1%。基层卫技人员流失较多。（县卫生健康局 方晓）\n"
    "【疾病预防控制】2030年，县疾病预防控制中心在编职工58人，适龄儿童免疫规划疫苗接种率保持在95%以上，"
    "全年处置聚集性疫情9起。（县疾控中心 韩青）\n"
)


def test_yearbook_entries_each_signed_by_its_writer_are_reports_of_their_own():
    docs = page_docs(SIGNED_ENTRIES)
    assert [d["opening"][:6] for d in docs] == ["【卫生】20", "【疾病预防控"]
    assert all(d["title"] is None and d["year"] == 2030 for d in docs)


def test_yearbook_entries_under_one_credit_at_the_pages_end_are_one_report():
    page = SIGNED_ENTRIES.replace("（县卫生健康局 方晓）", "").replace("（县疾控中心 韩青）\n", "\n（撰稿：方晓）\n")
    assert one_doc(page)["opening"].startswith("【卫生】2030年")


# a news item on the first three quarters: its progress point (1—9月) and the quarters it names (前三季度)
NINE_MONTHS = ("本网讯（通讯员 韩青）今年1—9月，青禾县卫生健康工作总体平稳，全县医疗卫生机构完成诊疗人次88.6万，"
               "同比增长4.2%。前三季度全县孕产妇系统管理率为93.4%，住院分娩率99.8%。\n")


def test_an_untitled_report_on_the_first_three_quarters_covers_a_quarter():
    assert one_doc(NINE_MONTHS)["period"] == "quarter"


def test_a_report_on_nine_months_with_its_plan_that_names_no_quarter_keeps_no_period():
    # a summary to the end of September is read as the quarters to date (the written sets' majority); with a plan part
    # beside it and no quarter named, the report is neither a quarter's nor a year's
    page = (NINE_MONTHS.replace("前三季度全县", "全县") + "下一步工作打算\n一是力争全年住院分娩率保持在99%以上。\n"
            "二是确保孕产妇系统管理率达到95%，完成全年目标任务。\n三是做好年底各项考核迎检准备。\n")
    doc = one_doc(page)
    assert (doc["doc_type"], doc["period"]) == ("summary_and_plan", "unknown")


def test_an_interview_whose_host_asks_for_this_years_plans_after_a_colon_label_is_a_summary_and_plan():
    page = ("在线访谈 | 家门口的好医生\n"
            "访谈时间：2031年3月2日 15:00\n"
            "主持人：方局长您好！请您介绍一下去年全县家庭医生签约服务的情况。\n"
            "方晓：好的。2030年，全县组建家庭医生团队96个，重点人群签约率达到72.8%，签约居民满意率为94.6%。\n"
            "主持人：签约居民在基层看病有哪些实惠？\n"
            "方晓：签约居民在乡镇卫生院住院，医保报销比例比未签约居民提高5个百分点，全年为签约的慢病患者开展随访3.2万人次，"
            "免费健康体检1.6万人次。\n"
            "主持人：工作中还有哪些困难？\n"
            "方晓：一是基层医生数量不足，一个团队要服务近两千名群众；二是部分群众对家庭医生还不认可，愿意直接去县医院看病。\n"
            "主持人：今年有什么打算？\n"
            "方晓：今年我们力争重点人群签约率达到78%以上。\n")
    assert one_doc(page)["doc_type"] == "summary_and_plan"


# a speech at the year's work meeting, on one line: a review of last year, the problems, one closing sentence of targets
WORK_MEETING = (
    "在全市卫生健康工作会议上的讲话\n"
    "市卫生健康委主任 方启明（2031年2月12日）\n"
    "同志们：过去的一年，全市卫生健康系统各项工作取得了新的成绩。一是全市居民健康档案建档率达到86.1%，"
    "孕产妇死亡率降至10.4/10万；二是全市二级以上公立医院全部参加医联体建设，县域内就诊率达到88.2%。"
    "在肯定成绩的同时，我们也要看到，基层服务能力不强，人才引不进、留不住。"
    "2031年，全市要确保孕产妇死亡率控制在12/10万以下，县域内就诊率提高到90%。同志们，让我们再接再厉！\n"
)


# (page, its title, its type): the type from what the text says it does
DOC_TYPES = [
    pytest.param(SPEECH, "在全区卫生健康工作会议上的讲话", "summary_and_plan", id="meeting-that-reviews-and-deploys"),
    pytest.param(GOV_REPORT, "2031年政府工作报告（摘要）", "summary_and_plan", id="lead-in-to-this-years-tasks"),
    pytest.param(GOV_REPORT.replace("2031年，我们将着力办好八件民生实事：新建", "2030年，我们重点办好了八件民生实事：新建")
                 .replace("达到72%以上", "达到72.3%"), "2031年政府工作报告（摘要）", "summary", id="work-done-led-in-as-a-list"),
    pytest.param(ELIDED, "柳溪县卫生健康局2030年工作总结", "summary", id="plan-part-left-out"),
    pytest.param(ELIDED.replace("（略）", "力争建档率达到90%以上，新建村卫生室6所。"), "柳溪县卫生健康局2030年工作总结",
                 "summary_and_plan", id="plan-part-with-its-text"),
    pytest.param(WORK_MEETING, "在全市卫生健康工作会议上的讲话", "summary_and_plan", id="work-meeting-speech"),
    pytest.param(WORK_MEETING.replace("在全市卫生健康工作会议上的讲话", "在全市卫生健康先进集体表彰大会上的讲话"),
                 "在全市卫生健康先进集体表彰大会上的讲话", "summary", id="commendation-meeting-speech"),
]


@pytest.mark.parametrize(("page", "title", "doc_type"), DOC_TYPES)
def test_the_type_of_a_report_from_what_its_text_says(page, title, doc_type):
    doc = one_doc(page)
    assert (doc["title"], doc["doc_type"]) == (title, doc_type)


def test_a_summary_whose_plan_part_was_left_out_covers_its_year():
    doc = one_doc(ELIDED)
    assert doc["period"] == "annual" and doc["year"] == 2030


def test_a_speech_titled_at_its_own_level_names_no_place():
    page = WORK_MEETING.replace("在全市卫生健康工作会议上的讲话", "在全县卫生健康工作会议上的讲话").replace("全市", "全县")
    assert one_doc(page)["place"] != "在全县"


def test_a_yearbook_named_after_its_place_without_the_suffix_places_its_entry():
    # 石狮 is a county-level city (泉州市): its yearbook's entry speaks of 全市
    page = ("石狮年鉴2031 · 社会 · 卫生健康\n"
            "【卫生健康】2030年，全市有各级各类医疗卫生机构318个，全年总诊疗人次612.4万人次，病床使用率78.6%。\n")
    doc = one_doc(page)
    assert doc["place"] == "石狮市"
    assert doc["admin_level"] == "county"
