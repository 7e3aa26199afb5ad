"""Documents, round 14: page shapes of PDF pastes, red-header notices, speeches, yearbook pages of several entries,
notices that carry a plan, and the fields read from them (a summary's closing commitment, quarters, autonomous
regions, township health centres).  Every page is written for the test (places, names and figures invented)."""
from __future__ import annotations

import pytest
from test_documents_written import one_doc, page_docs, page_values

# a statistics bulletin pasted from a PDF: its title wrapped over two lines, the body's name and the month under it,
# the text hard-wrapped, and the title printed again (the body's name shortened) under the page number
PDF_BULLETIN = (
    "首页 > 政务公开 > 统计公报\n"
    "发布时间：2031-05-20 09:30\n"
    "\n"
    "青岚布依族苗族自治州2030年卫生健康\n"
    "事业发展统计公报\n"
    "\n"
    "青岚州卫生健康局\n"
    "2031年5月\n"
    "\n"
    "　　2030年，全州卫生健康系统统筹推进各项工作，卫生健康事业\n"
    "持续发展。\n"
    "　　一、卫生资源\n"
    "　　年末全州共有医疗卫生机构3 512个，床位2.16万张。\n"
    "— 1 —\n"
    "青岚州2030年卫生健康事业发展统计公报\n"
    "　　二、医疗服务\n"
    "　　全州总诊疗人次1 204.5万人次，医院病床使用率为78.6%。\n"
)


# a red-header document: the office's banner, the document number, then the title over three lines
RED_HEADER = (
    "松原县卫生局文件\n"
    "松卫发〔2031〕3号\n"
    "松原县卫生局\n"
    "关于2030年全县卫生工作\n"
    "总结的报告\n"
    "县人民政府：\n"
    "　　2030年，全县卫生系统围绕县委、县政府中心工作，扎实推进医改，现将有关情况报告如下：\n"
    "　　一、主要指标\n"
    "　　全县孕产妇死亡率为14.2/10万，新农合参合率98.1%。\n"
)


@pytest.mark.parametrize(("page", "title", "fields", "value"), [
    pytest.param(PDF_BULLETIN, "青岚布依族苗族自治州2030年卫生健康事业发展统计公报", ("summary", "annual", 2030),
                 (78.6, "percent"), id="pdf-bulletin-with-a-running-head"),
    pytest.param(RED_HEADER, "松原县卫生局关于2030年全县卫生工作总结的报告", ("summary", "annual", 2030),
                 (14.2, "per_100k"), id="red-header-document")])
def test_a_title_a_pdf_wraps_over_lines_is_one_title_starting_the_one_report(page, title, fields, value):
    doc = one_doc(page)  # (the running head under the page number opens no second report)
    assert doc["title"] == title
    assert doc["source_start"] == page.index("\n" + title[:6]) + 1  # (the title's first line)
    assert (doc["doc_type"], doc["period"], doc["year"]) == fields
    assert value in page_values(page)


def test_a_wrapped_title_needs_every_piece_short_and_none_a_title_alone():
    # a notice's title under its office's name, and a plan's title under the signature and date, stay titles of
    # their own: no piece of a longer title
    page = (
        "青禾县卫生健康局\n"
        "关于印发《青禾县2031年卫生健康工作要点》的通知\n"
        "各乡镇卫生院：\n"
        "　　现将《青禾县2031年卫生健康工作要点》印发给你们，请认真贯彻执行。\n"
        "青禾县卫生健康局\n"
        "2031年2月3日\n"
        "青禾县2031年卫生健康工作要点\n"
        "　　一、主要目标。全县孕产妇系统管理率达到92%以上，家庭医生签约率达到70%。\n"
    )
    doc = one_doc(page)
    assert doc["title"] == "关于印发《青禾县2031年卫生健康工作要点》的通知"
    assert doc["doc_type"] == "plan"


# a leader's speech: its title printed twice by the site, the speaker (body, post and name), the date in brackets and
# the site's source line above the salutation
SPEECH = (
    "当前位置：首页 > 领导讲话\n"
    "在2031年全县卫生健康工作会议上的讲话\n"
    "在2031年全县卫生健康工作会议上的讲话\n"
    "县卫生健康局局长  程远航\n"
    "（2031年2月12日）\n"
    "来源：青禾县卫生健康局　发布时间：2031-02-15\n"
    "同志们：\n"
    "　　今天召开全县卫生健康工作会议，总结2030年工作，部署2031年任务。过去一年，全县婴儿死亡率下降到4.1‰，"
    "家庭医生重点人群签约率达到72.4%。\n"
    "　　二、2031年重点工作\n"
    "　　适龄儿童免疫规划疫苗接种率保持在95%以上。\n"
)


def test_a_speech_under_its_doubled_title_and_its_speakers_line_is_titled_from_the_first_copy():
    doc = one_doc(SPEECH)
    assert doc["title"] == "在2031年全县卫生健康工作会议上的讲话"
    assert doc["opening"].startswith("在2031年全县卫生")
    assert doc["source_start"] == SPEECH.index("在2031年")
    assert doc["doc_type"] == "summary_and_plan"


# yearbook pages of several entries
SIGNED_SPACED = (
    "青禾年鉴（2031） > 社会事业 > 卫生\n"
    "【概况】2030年，全市共有医疗卫生机构412个，卫生技术人员3 206人。全年门急诊总量286.4万人次。"
    "农村孕产妇住院分娩率99.6%。（市卫生局　林　峰）\n"
    "【人口和计划生育】2030年，全市出生人口1.62万人，人口出生率11.84‰，政策生育率94.2%。（市人口计生委　周　敏）\n"
)

UNIT_ENTRIES = (
    "您的位置：首页 > 《青禾年鉴2031》 > 乡镇卫生院\n"
    "乡镇卫生院\n"
    "【白溪镇中心卫生院】2030年，白溪镇中心卫生院有职工52人，开放床位60张，全年门诊3.12万人次。\n"
    "【石门乡卫生院】2030年，石门乡卫生院有职工21人，全年门诊1.08万人次，高血压患者规范管理率81.5%。\n"
)

SUB_CHAPTERS = (
    "青禾年鉴2031 — 卷十卫生健康\n"
    "医疗卫生\n"
    "【概况】2030年，青禾区有医疗卫生机构826个，其中三级医院2家；编制床位6 102张。全区卫生技术人员9 415人。\n"
    "疾病预防控制\n"
    "【概况】2030年，青禾区报告法定传染病18 412例，报告发病率为1 104.6/10万，比上年下降4.2%。\n"
)

JOINT_CREDIT = (
    "青禾旗年鉴·2031\n"
    "【卫生】2030年，全旗有卫生机构41个，实有床位655张，卫生技术人员1 012人，全年门诊38.6万人次。\n"
    "【人口和计划生育】2030年末，全旗总人口36.2万人，全年出生3 204人，人口出生率8.85‰。\n"
    "（旗卫生局　旗人口计生局）\n"
)


@pytest.mark.parametrize(("page", "n"), [pytest.param(SIGNED_SPACED, 2, id="signed-with-a-padded-name"),
                                         pytest.param(UNIT_ENTRIES, 2, id="entries-of-health-centres"),
                                         pytest.param(SUB_CHAPTERS, 2, id="each-sub-chapter-its-own-overview"),
                                         pytest.param(JOINT_CREDIT, 2, id="family-planning-under-a-joint-credit")])
def test_each_entry_of_a_yearbook_page_that_stands_on_its_own_is_a_report(page, n):
    docs = page_docs(page)
    assert len(docs) == n, [d["opening"] for d in docs]
    assert all(d["opening"].lstrip("\n").startswith("【") or d["opening"].startswith("乡镇卫生院") for d in docs)


def test_health_sub_entries_under_one_credit_stay_one_report():
    page = (
        "青禾县年鉴（2031）> 社会事业 > 卫生\n"
        "【卫生】2030年，青禾县有各级各类医疗卫生机构301个，卫生技术人员1 806人。\n"
        "【妇幼卫生】2030年，全县孕产妇死亡率13.4/10万，婴儿死亡率4.9‰。\n"
        "【疾病预防控制】2030年，全县甲乙类传染病报告发病率为186.2/10万。\n"
        "（撰稿：韩立平）\n"
    )
    assert len(page_docs(page)) == 1


def test_an_entry_of_a_township_health_centre_is_the_townships():
    docs = page_docs(UNIT_ENTRIES)
    assert [(d["admin_level"], d["place"]) for d in docs] == [("township", "白溪镇"), ("township", "石门乡")]


def test_a_later_entry_is_placed_by_the_trail_at_the_pages_top_as_the_first_one():
    docs = page_docs(SIGNED_SPACED.replace("青禾年鉴", "邳州年鉴"))
    assert [(d["place"], d["admin_level"]) for d in docs] == [("邳州市", "county"), ("邳州市", "county")]


@pytest.mark.parametrize("title", ["青禾市近五年卫生健康事业发展回顾", "青禾县“十三五”时期卫生改革回顾"])
def test_a_review_of_the_fields_development_is_a_title(title):
    page = (
        f"{title}\n"
        "2031-03-02 10:12\n"
        "来源：青禾市卫生健康局　点击：1 024\n"
        "　　2026年至2030年，全市卫生健康系统持续改善就医条件，县域内住院率由76.2%提升到88.4%。\n"
    )
    doc = one_doc(page)
    assert doc["title"] == title
    assert doc["opening"] == page[:12]


def test_copies_of_a_title_over_a_date_with_the_font_size_tools_start_at_the_first_copy():
    page = (
        "青禾市卫生健康委员会 > 政务公开 > 统计数据\n"
        "2030年青禾市卫生健康事业发展统计公报\n"
        "2031-06-18【字体：大 中 小】\n"
        "打印本页\n"
        "2030年青禾市卫生健康事业发展统计公报\n"
        "　　一、医疗卫生资源\n"
        "　　2030年末，全市医疗卫生机构总数4 106个，比上年增加52个。\n"
    )
    doc = one_doc(page)
    assert doc["source_start"] == page.index("2030年青禾市")


def test_a_title_over_bracketed_metadata_wrapped_over_two_lines_is_a_title():
    page = (
        "青禾县卫生局2031年卫生工作计划\n"
        "【来源：县卫生局 |\n"
        "发布日期：2031-01-20 | 阅读：318次】\n"
        "【打印】【关闭】\n"
        "　　2030年全县新农合参合率为97.6%，今年要达到98%以上；住院分娩率力争保持在99%以上。\n"
        "　　一、主要指标\n"
    )
    doc = one_doc(page)
    assert (doc["title"], doc["doc_type"]) == ("青禾县卫生局2031年卫生工作计划", "plan")


# a government's notice under the short name of its body, carrying a plan after its signature, date and 此件公开发布
NOTICE = (
    "县政府关于印发《青禾县卫生健康发展“十五五”规划》的通知\n"
    "青政发〔2031〕12号\n"
    "各乡镇人民政府，县政府各部门：\n"
    "　　《青禾县卫生健康发展“十五五”规划》已经县政府同意，现印发给你们，请认真组织实施。\n"
    "青禾县人民政府\n"
    "2031年8月30日\n"
    "（此件公开发布）\n"
    "青禾县卫生健康发展“十五五”规划\n"
    "　　一、发展基础\n"
    "　　“十四五”期间，全县孕产妇死亡率由18.6/10万下降到11.2/10万。\n"
    "　　二、主要指标\n"
    "　　到2035年，全县婴儿死亡率控制在3.5‰以下。\n"
)


def test_a_notice_under_its_bodys_short_name_carries_the_plan_past_its_signature():
    doc = one_doc(NOTICE)
    assert (doc["doc_type"], doc["period"]) == ("plan", "multi_year")
    assert {(18.6, "per_100k"), (11.2, "per_100k"), (3.5, "per_mille")} <= set(page_values(NOTICE))


# a titled summary that closes by committing to next year's targets, and a news item that ends the same way
CLOSING = "2031年，我们将力争孕产妇死亡率降到12/10万以下，婴儿死亡率控制在5‰以下。\n"
TITLED_SUMMARY = (
    "青禾市卫生局2030年妇幼卫生工作总结\n"
    "　　2030年，全市孕产妇死亡率由18.1/10万下降到13.2/10万，婴儿死亡率下降到5.6‰。\n"
    "　　存在的不足：一是部分县区产科医生紧缺；二是流动孕产妇系统管理难以到位。\n"
    + CLOSING
)


def test_a_titled_summary_that_closes_with_next_years_targets_is_summary_and_plan_only_under_a_heading():
    # (round 27: a closing commitment without a heading of its own leaves a summary, as the written sets read it two times in
    # three; it was summary_and_plan before)
    assert one_doc(TITLED_SUMMARY)["doc_type"] == "summary"
    assert one_doc(TITLED_SUMMARY.replace(CLOSING, "　　三、2031年工作打算\n" + CLOSING))["doc_type"] == "summary_and_plan"
    assert one_doc(TITLED_SUMMARY.replace(CLOSING, ""))["doc_type"] == "summary"


def test_a_news_item_that_closes_with_next_years_target_stays_a_summary():
    page = (
        "本报讯（记者 林安）记者从市卫生局获悉，2030年，青禾市孕产妇死亡率下降到13.2/10万，"
        "婴儿死亡率下降到5.6‰，全市住院分娩率达到99.7%。\n"
        + CLOSING
    )
    assert one_doc(page)["doc_type"] == "summary"


# (page, the fields it states: doc_type, period, admin_level, place; None where the test does not look)
FIELDS = [
    # a plan for one quarter
    pytest.param("青禾市2031年第一季度爱国卫生运动工作要点\n"
                 "　　一、开展冬春季环境卫生整治。一季度全市完成背街小巷整治120条，病媒生物防制覆盖率达到90%以上。\n"
                 "　　二、做好春节期间爱国卫生工作。\n",
                 ("plan", "quarter", None, None), id="plan-for-a-quarter"),
    # a news item on the last quarter's figures
    pytest.param("本报讯（记者 唐青）记者从市卫生健康委获悉，2030年第四季度，全市社区卫生服务中心累计接诊"
                 "发热患者21.6万人次，较第三季度增长1.8倍；基层首诊占比达到56.2%。\n"
                 "　　据介绍，四季度全市共向基层调配药品46万盒。\n",
                 (None, "quarter", None, None), id="news-item-on-a-quarter"),
    # an autonomous region speaks of itself as 全区, as a district does
    pytest.param("关于印发广西壮族自治区“十五五”卫生健康事业发展规划的通知\n"
                 "各市、县人民政府，自治区人民政府各组成部门：\n"
                 "　　《广西壮族自治区“十五五”卫生健康事业发展规划》已经自治区人民政府同意，现印发给你们。\n"
                 "　　“十四五”期间，全区人均预期寿命提高到78.1岁，全区孕产妇死亡率下降到10.2/10万。\n",
                 (None, None, "province", "广西壮族自治区"), id="autonomous-region-is-a-province"),
    # a town's central health centre names its town before 中心卫生院
    pytest.param("白溪镇中心卫生院2030年防保工作总结\n"
                 "　　2030年，我院防保科全年接种各类疫苗12 418针次，乙肝疫苗首针及时接种率93.2%。\n",
                 (None, None, "township", "白溪镇"), id="town-central-health-centre"),
]


@pytest.mark.parametrize(("page", "fields"), FIELDS)
def test_document_fields_read_from_the_page(page, fields):
    doc = one_doc(page)
    got = tuple(doc[k] for k in ("doc_type", "period", "admin_level", "place"))
    assert tuple(g if f is not None else None for g, f in zip(got, fields)) == fields


def test_an_interview_asking_for_this_years_new_measures_is_summary_and_plan():
    page = (
        "【在线访谈】守护“一老一小”——市卫生健康委主任做客民生热线\n"
        "访谈时间：2031年3月6日 15:00\n"
        "【主持人】去年全市在老年健康服务方面取得了哪些进展？\n"
        "【林启航】2030年，全市65岁以上老年人健康管理率达到72.4%，比上年提高2.1个百分点。\n"
        "【主持人】今年还有哪些新举措？\n"
        "【林启航】今年的目标是健康管理率不低于75%，新增普惠托位3 000个。\n"
    )
    assert one_doc(page)["doc_type"] == "summary_and_plan"


def test_an_interviews_turns_under_one_speakers_label_and_a_year_stay_one_report():
    page = (
        "【在线访谈】县医保局局长谈2030年医保惠民政策\n"
        "访谈时间：2031年1月9日 15:00\n"
        "【主持人】各位网友大家好！今天我们邀请到县医疗保障局周局长。\n"
        "【周立言】2030年，全县城乡居民医保参保率达到97.8%，住院费用报销比例达到68.5%。\n"
        "【主持人】今年有哪些打算？\n"
        "【周立言】2031年，我们力争参保率稳定在97%以上，门诊慢特病病种扩大到40种。\n"
    )
    assert len(page_docs(page)) == 1
