"""Whole reports on one line: a page whose paragraphs were joined with nothing between says what
the same page says with its line breaks.

Every page here is WRITTEN FOR THE TEST in the shapes real sites print (a summary with a problems
section, a plan, an interview, a citizen's letter and its reply).  Each test states the problems
and values a reader gives the page, and asserts that the page on one line gives exactly those: the
shape of the page (where a heading ends and a sentence starts, where a speaker's turn starts) must
be found without the line breaks.
"""
from __future__ import annotations

from collections import Counter

import pytest
from test_metamorphic import page_facts, plain

from healthdata.segment import page_reports


def one_line(page: str) -> str:
    """The page's lines joined with nothing between (a site that drops the paragraph breaks)."""
    return "".join(line.strip() for line in page.split("\n"))


def one_line_spaced(page: str) -> str:
    """The page's lines joined by a space (a site that prints each paragraph break as a space)."""
    return " ".join(line.strip() for line in page.split("\n"))


SHAPES = [pytest.param(lambda p: p, id="lined"), pytest.param(one_line, id="one_line"),
          pytest.param(one_line_spaced, id="one_line_spaced")]


def problems(text: str) -> Counter:
    return page_facts(text)[1]


def values(text: str) -> Counter:
    return Counter((value, unit, statement) for value, unit, _ind, statement, _cmp, _q in page_facts(text)[0])


def expected(*texts: str) -> Counter:
    return Counter(plain(t) for t in texts)


# a page counter whose number is grouped by thousands (阅读：3 127) glued to the report's first sentence
COUNTER_PAGE = """某县卫生局2019年上半年工作总结
某县卫生局2019年上半年工作总结
时间：2019-07-10 | 栏目：工作总结 | 阅读：3 127
上半年，全县孕产妇系统管理率达到91.4%，儿童预防接种率为97.2%，家庭医生签约服务覆盖率为33.5%。
存在的问题：一是乡镇卫生院全科医生缺口较大，部分卫生院没有儿科医生；二是部分村卫生室用房狭小。
下半年，我局将继续抓好基本公共卫生服务项目，确保全年目标任务完成。"""


@pytest.mark.parametrize("shape", SHAPES)
def test_a_counter_grouped_by_thousands_ends_the_sites_metadata(shape):
    """…栏目：工作总结 | 阅读：3 127上半年，… (or with a space before 上半年): the site's fields end at the counter."""
    text = shape(COUNTER_PAGE)
    assert problems(text) == expected("乡镇卫生院全科医生缺口较大，部分卫生院没有儿科医生", "部分村卫生室用房狭小")
    assert values(text) == Counter({(91.4, "percent", "actual"): 1, (97.2, "percent", "actual"): 1,
                                    (33.5, "percent", "actual"): 1})


def test_a_title_on_the_sites_line_before_its_counter_stays_the_reports():
    """热门标签：… <title> 作者：… 点击：2 316 2016年，…: a tag list and the title stand before the fields, so the line
    is not cut at the counter, and the title stays in the report's text."""
    page = ("首页 > 总结范文 > 卫生院总结 热门标签：年终总结 述职报告 某镇卫生院2016年工作总结 作者：admin 日期：2016-12-28 "
            "点击：2 316 2016年，我院在县卫计局的领导下，全年完成门诊量4.12万人次，比上年增长6.8%，住院病人1 536人次。"
            "但也存在一些问题，业务用房狭小，部分设备陈旧。")
    view, reports = page_reports(page, "x.txt")
    assert len(reports) == 1 and "某镇卫生院2016年工作总结" in reports[0].text
    assert problems(page) == expected("业务用房狭小，部分设备陈旧")


# a problems heading between the last sentence of the achievements and the first enumerated problem
GLUED_HEADING_PAGE = """某区卫生健康局2021年工作总结
2021年，全区卫生健康工作在区委、区政府的领导下稳步推进，各项指标较好完成。
一、公共卫生服务水平提高。全区居民电子健康档案建档率达到88.6%，65岁以上老年人健康管理率为71.2%，高血压患者规范管理率为68.4%，较上年提高2.3个百分点。
二、妇幼健康保障有力。全区住院分娩率保持在99.9%，孕产妇系统管理率为93.5%，儿童系统管理率为92.8%。
存在的主要问题
（一）基层医务人员流失较多，社区卫生服务中心近两年流失医生17名。
（二）区妇幼保健院业务用房狭小，部分科室无法开设。
（三）信息系统之间数据不能共享，基层人员重复录入。
2022年，我局将重点抓好医联体建设，力争全区家庭医生签约服务覆盖率达到40%。"""

GLUED_HEADING_PROBLEMS = ("基层医务人员流失较多，社区卫生服务中心近两年流失医生17名", "区妇幼保健院业务用房狭小，部分科室无法开设",
                          "信息系统之间数据不能共享，基层人员重复录入")


@pytest.mark.parametrize("shape", SHAPES)
def test_a_problems_heading_glued_between_a_sentence_and_its_first_item(shape):
    """…较上年提高2.3个百分点。存在的主要问题（一）基层…: the heading opens the problems section."""
    assert problems(shape(GLUED_HEADING_PAGE)) == expected(*GLUED_HEADING_PROBLEMS)


# a problems label with its colon, glued to the sentence before it (困难和不足：一是…)
LABEL_PAGE = """某县2020年卫生健康工作情况
2020年，全县新农合参合率达到98.1%，住院分娩率为99.6%，全年完成乡镇卫生院改扩建3所，新建村卫生室12个，为乡镇卫生院配备彩超、全自动生化分析仪等设备21台，群众就医条件明显改善，全县基层医疗机构门急诊人次较上年增长6.4%，县域内就诊率达到88.2%，分级诊疗制度建设取得新进展。
困难和不足：一是乡村医生年龄老化，后继乏人；二是县级医院重点专科少，疑难病症外转较多；三是卫生健康投入不足，部分项目资金不能及时到位。
今后要在稳定乡医队伍、加强专科建设、争取项目资金上下功夫。"""


@pytest.mark.parametrize("shape", SHAPES)
def test_a_problems_label_with_its_colon_glued_to_the_sentence_before(shape):
    assert problems(shape(LABEL_PAGE)) == expected(
        "乡村医生年龄老化，后继乏人", "县级医院重点专科少，疑难病症外转较多", "卫生健康投入不足，部分项目资金不能及时到位")


# an interview: the host's questions and the guest's answers, each turn opening with its speaker's label
INTERVIEW_PAGE = """在线访谈：县卫生健康局局长谈基层医疗服务
{Q}王局长您好！请您介绍一下去年全县基层医疗服务的情况。
{A}去年，全县基层医疗机构诊疗人次达到126.4万人次，占全县总诊疗人次的58.2%，比上年提高3.1个百分点。家庭医生签约服务覆盖率为36.7%，重点人群签约率为71.5%。
{Q}工作中还面临哪些困难？
{A}困难也不少。一是乡镇卫生院人才青黄不接，近三年流失医生31人；二是村卫生室用房面积达不到标准。
{Q}群众最关心看病方便不方便，您怎么看？
{A}群众满意是我们的目标。去年的调查显示，群众对乡镇卫生院的满意率为85.3%，我们还要继续努力。
{Q}今年有什么打算？
{A}今年我们将新招聘本科医学生20名，力争家庭医生签约服务覆盖率达到40%以上。"""
SPEAKERS = [("主持人：", "王立新："), ("问：", "答："), ("Q：", "A："), ("记者问：", "局长答："), ("【记者】", "【王局长】"),
            ("网友：", "回复：")]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(("host", "guest"), SPEAKERS, ids=lambda label: label.strip("：【】"))
def test_an_interviews_speaker_labels_start_the_turns(host, guest, shape):
    """…达不到标准。主持人：…您怎么看？王立新：…: the guest's list of difficulties ends with his turn; the
    host's next question and the answer to it are no items of it."""
    page = INTERVIEW_PAGE.format(Q=host, A=guest)
    assert problems(shape(page)) == expected("乡镇卫生院人才青黄不接，近三年流失医生31人", "村卫生室用房面积达不到标准")


# a Q&A page whose turns are labelled 问：/答：
QA_PAGE = """市医保局就2022年居民医保问题答网友问
问：今年居民医保住院报销有什么变化？
答：一级医疗机构住院报销比例提高到90%，二级医疗机构报销比例为75%，年度最高支付限额提高到20万元。
问：目前还有哪些不足？
答：基金支付压力逐年加大，个别医院存在挂床住院等问题，基金监管手段还不够有力；外出务工人员参保积极性下降，断缴人数有所增加。
问：门诊慢性病怎么办理？
答：参保人可持二级以上医院诊断证明到所在县区医保经办机构申请，经审核后享受门诊慢性病待遇。"""

QA_PROBLEMS = ("基金支付压力逐年加大", "个别医院存在挂床住院等问题", "基金监管手段还不够有力",
               "外出务工人员参保积极性下降，断缴人数有所增加")


@pytest.mark.parametrize("shape", SHAPES)
def test_question_and_answer_labels_start_the_turns(shape):
    """…断缴人数有所增加。问：门诊慢性病怎么办理？: the answer's last problem ends where the next question starts."""
    assert problems(shape(QA_PAGE)) == expected(*QA_PROBLEMS)


def test_a_bracketed_speaker_before_the_first_item():
    """【赵主任】一是…；二是…: the items of an answer that opens with its speaker's bracketed label."""
    page = """【主持人】目前工作中还有哪些困难？
【赵主任】一是基层医疗机构药品配备不足，群众买药不方便；二是部分村医年龄偏大，后继乏人。"""
    assert problems(page) == expected("基层医疗机构药品配备不足，群众买药不方便", "部分村医年龄偏大，后继乏人")


def test_a_word_a_report_repeats_as_a_label_is_no_speaker():
    """对策：… after each problem item (a 问题与对策 section) repeats a label, but the page has no host or
    questioner: the measures stay with their item, as on the lined page."""
    page = """某县卫生健康局2022年工作总结
2022年，全县卫生健康工作稳步推进，全县孕产妇死亡率为12.4/10万，婴儿死亡率为3.6‰，居民电子健康档案建档率达到86.2%，老年人健康管理率为70.3%，家庭医生签约服务覆盖率为37.4%，各项指标完成年度目标。
二、问题与对策
（一）县级医院专科建设滞后，疑难病症外转较多。对策：加强与省级医院的合作，重点建设心内科和儿科。
（二）乡镇卫生院人才短缺，招聘的医学生留不住。对策：实行县管乡用，提高基层待遇。
（三）信息化建设滞后，各系统数据不能共享。
三、2023年工作打算
继续深化医改，力争县域内就诊率达到90%。"""
    assert problems(one_line(page)) == problems(page)


# an enumerated heading glued to the first sentence of its section, which opens with a time or a practice followed
OPENER_PAGE = """某县卫生局2015年工作计划
2015年，全县卫生工作以深化医改为主线，坚持保基本、强基层、建机制，着力提升基层医疗卫生服务能力，努力让群众看得上病、看得起病、看得好病，全面完成市里下达的各项目标任务。
一、主要目标
新农合参合率稳定在97%以上，住院分娩率保持在99%以上，孕产妇死亡率控制在20/10万以下，婴儿死亡率控制在8‰以下。
二、重点工作
（一）巩固新农合制度。人均筹资标准提高到380元，政策范围内住院费用报销比例达到75%。
（二）加强基层人才培养。全年培训乡村医生500人次，选派20名骨干到市级医院进修。
三、工作要求
当前，我县卫生事业发展与群众需求相比还有不小差距，财政投入不足的问题比较突出。各单位要统一思想，狠抓落实，确保全年目标任务完成。"""


@pytest.mark.parametrize("shape", SHAPES)
def test_a_heading_glued_to_a_sentence_opening_with_a_time_word(shape):
    """三、工作要求当前，我县…: the problem starts at 当前, not at the heading."""
    assert problems(shape(OPENER_PAGE)) == expected("当前，我县卫生事业发展与群众需求相比还有不小差距，财政投入不足的问题比较突出")


PRACTICE_PAGE = """某镇卫生院2012年工作总结
2012年，我院在县卫生局和镇党委、政府的领导下，坚持以病人为中心，以提高医疗服务质量为主线，扎实开展各项工作，全年完成门诊量3.82万人次，比上年增长9.6%，收治住院病人1736人次，全年业务总收入586.3万元，比上年增长12.4%，医院新购置彩超、全自动生化分析仪等设备6台，医疗服务条件明显改善。
一、新型农村合作医疗
全镇参合农民28461人，参合率97.6%，全年为参合农民报销住院费用1108人次，补偿金额162.4万元，住院实际补偿比为51.8%，门诊统筹报销2.3万人次，参合农民的就医负担进一步减轻。
二、公共卫生服务
按照基本公共卫生服务规范的要求，为辖区居民建立健康档案2.41万份，建档率68.3%，其中电子档案建档率42.7%。"""


@pytest.mark.parametrize("shape", SHAPES)
def test_a_heading_glued_to_a_sentence_opening_with_the_practice_followed(shape):
    """二、公共卫生服务按照…的要求，为辖区居民建立健康档案…: the practice followed is no requirement, and
    the levels it reports are work done."""
    found = values(shape(PRACTICE_PAGE))
    assert found[(68.3, "percent", "actual")] == 1 and found[(42.7, "percent", "actual")] == 1
    assert found[(24100.0, "count", "actual")] == 1


# a news item: a lead-in (分析存在问题) in its first sentence, then other sentences, then a list of progress
NEWS_PAGE = """县卫生局召开一季度工作会议
4月8日，县卫生局召开一季度工作会议，总结一季度工作，分析存在问题，安排二季度任务。会议指出，一季度全县卫生工作开局良好。会上，各股室负责人通报了重点工作进展。一是家庭医生签约服务稳步推进，签约率达到31.2%。二是健康档案管理不断规范，电子建档率达到86.4%。三是卫生监督执法力度加大，查处违法案件12起。
会议要求，各单位要对照全年目标，查漏补缺，确保完成上半年任务。"""


@pytest.mark.parametrize("shape", SHAPES)
def test_a_lead_in_announces_only_the_list_right_after_it(shape):
    """分析存在问题 announces problems, but the sentences after it turn to the progress, and the list that
    follows reports it: no item is a problem."""
    assert problems(shape(NEWS_PAGE)) == Counter()


# a sharing site's copy: upload metadata glued to the report, and page counters between two hyphens that cut a
# number and a sentence (the page flattened to one line keeps them where they fell)
SHARED_COPY_LINED = """上传者：wendang_01 ｜ 4页 ｜ 下载次数：112 ｜ 文档评分：★★★☆☆
某乡卫生院2016年工作总结
2016年，我院在县卫计局的领导下，围绕年初确定的目标，扎实推进基本医疗和公共卫生服务，全面完成了各项工作任务，群众满意度明显提高。
一、基本医疗。全年门诊就诊2.14万人次，住院928人次，业务收入486.2万元，同比增长7.9%，处方合格率为95.4%，甲级病历率为90.6%，全年未发生医疗事故。
二、公共卫生。辖区常住人口2.66万人，建立居民健康档案2.41万份，建档率达到90.6%；管理高血压患者1 862人，规范管理率为7
-- 第 1 页 共 4 页 --
4.8%；老年人健康管理率为67.5%。
三、存在的问题
（一）卫技人员不足，全院执业医师仅9人。
（二）门诊楼建于上世纪七十年代，墙体开裂，
-- 第 2 页 共 4 页 --
急需维修。
（三）部分村卫生室药品配备不全，群众买药不方便。"""


def test_page_counters_between_two_hyphens_inside_a_one_line_page():
    """…规范管理率为7--第1页共4页--4.8% is 74.8% (with the paragraphs set off by spaces, 7 -- 第 1 页 共 4 页 -- 4.8%
    too); 墙体开裂，--第2页共4页--急需维修 is one problem."""
    site, report = SHARED_COPY_LINED.split("\n", 1)
    lined, flat, spaced = (page_facts(SHARED_COPY_LINED), page_facts(site + one_line(report)),
                           page_facts(site + "\n" + one_line_spaced(report)))
    for facts in (lined, flat, spaced):
        assert [k[:4] for k in facts[0] if k[2] == "hypertension_management_rate"] == [
            (74.8, "percent", "hypertension_management_rate", "actual")]
    assert flat[0] == spaced[0] == lined[0]
    assert flat[1] == spaced[1] == lined[1] == expected("卫技人员不足，全院执业医师仅9人", "门诊楼建于上世纪七十年代，墙体开裂，急需维修",
                                           "部分村卫生室药品配备不全，群众买药不方便")


# a notice that issues a plan, the notice, its signature and the plan on one line
NOTICE_PAGE = """某市卫生健康委员会关于印发某市2020年疾病预防控制工作要点的通知
各县（区）卫生健康局，委直各单位：
现将《某市2020年疾病预防控制工作要点》印发给你们，请结合实际，认真贯彻执行。
某市卫生健康委员会  某市疾病预防控制中心
2020年2月26日
某市2020年疾病预防控制工作要点
近年来，我市传染病防控形势依然严峻，结核病发病率高于全省平均水平，基层疾控机构人员不足、检测能力薄弱。
一、工作目标
全市适龄儿童免疫规划疫苗接种率保持在95%以上，肺结核患者成功治疗率达到90%以上，高血压患者规范管理率达到65%。
二、重点任务
（一）加强免疫规划管理。全年完成疫苗接种45万剂次，预防接种信息系统覆盖率达到100%。
（二）强化结核病防治。新建结核病定点医院2家，对全部耐药肺结核患者开展规范治疗。"""


NOTICE_VARIANTS = {
    "two_bodies": NOTICE_PAGE,
    "one_body": NOTICE_PAGE.replace("某市卫生健康委员会  某市疾病预防控制中心", "某市卫生健康委员会"),
    "office": NOTICE_PAGE.replace("某市卫生健康委员会  某市疾病预防控制中心", "某市人民政府办公室"),
    "seal_note": NOTICE_PAGE.replace("某市卫生健康委员会  某市疾病预防控制中心", "某市卫生健康委员会（代章）"),
    "chinese_date": NOTICE_PAGE.replace("2020年2月26日", "二〇二〇年二月二十六日"),
}


@pytest.mark.parametrize("variant", list(NOTICE_VARIANTS))
@pytest.mark.parametrize("shape", SHAPES)
def test_a_notices_signature_glued_between_the_notice_and_its_plan(shape, variant):
    """…认真贯彻执行。某市卫生健康委员会  某市疾病预防控制中心2020年2月26日某市2020年…工作要点近年来，…: the
    signature and the plan's title are no part of the plan's first sentence, and the plan's levels are targets
    (one issuing body or two, a note after its name, the date in digits or in Chinese numerals: 二〇二〇年二月二十六日
    ends the notice on the lined page too)."""
    text = shape(NOTICE_VARIANTS[variant])
    assert problems(text) == expected("近年来，我市传染病防控形势依然严峻，结核病发病率高于全省平均水平",
                                      "基层疾控机构人员不足", "检测能力薄弱")
    assert values(text) == Counter({(95.0, "percent", "target"): 1, (90.0, "percent", "target"): 1,
                                    (65.0, "percent", "target"): 1, (450000.0, "count", "target"): 1,
                                    (100.0, "percent", "target"): 1, (2.0, "count", "target"): 1})


def _wrapped_with_chunk_numbers(text: str, width: int) -> str:
    """``text`` cut every ``width`` characters, each piece numbered 1、 2、 3、 … as a sharing site does."""
    pieces = [text[i:i + width] for i in range(0, len(text), width)]
    return "\n".join(f"{n}、{p}" for n, p in enumerate(pieces, start=1))


SHORT_NEWS = ("全年辖区内活产数3 912人，比上年减少206人，区妇幼保健院完成两癌筛查8 640人次，免费孕前优生健康检查1 420对。"
              "但也要看到，辖区流动孕产妇比例高，早孕建册工作难度较大，部分社区妇幼保健人员配备不足。")


def test_a_short_page_with_few_chunk_numbers_at_one_width():
    """Three chunk numbers cutting a short page at one width (…比例高，/ 3、早孕建册…): the site's, not a list's."""
    page = _wrapped_with_chunk_numbers(SHORT_NEWS, 36)
    assert page.count("、") >= 3  # the page has its chunk numbers 1、 2、 and 3、
    assert problems(page) == problems(SHORT_NEWS) == expected("辖区流动孕产妇比例高，早孕建册工作难度较大",
                                                             "部分社区妇幼保健人员配备不足")


def test_a_short_list_whose_items_end_with_commas_keeps_its_numbers():
    """A list of three items whose lines have one length but end with a comma, where their text ends, is a
    list: its numbers stay."""
    page = ("某县卫生局2020年工作总结\n2020年，全县卫生工作稳步推进，各项指标完成较好。\n今年存在的问题主要有：\n1、乡村医生队伍老化，部分村卫生室无人值守，\n2、基层医疗机构设备陈旧，检查项目开展不全，\n"
            "3、医保基金支付压力逐年加大，监管手段还比较落后，")
    assert problems(page) == expected("乡村医生队伍老化，部分村卫生室无人值守", "基层医疗机构设备陈旧，检查项目开展不全",
                                      "医保基金支付压力逐年加大，监管手段还比较落后")


YEAR_OPENER_PAGE = """某县卫生局2018年工作总结
一、医疗服务
全年全县医疗机构总诊疗人次达到186.4万人次，比上年增长5.2%；出院病人6.12万人次，病床使用率为86.3%，县域内就诊率达到88.6%，比上年提高2.1个百分点，群众就医满意度为92.4%。县人民医院新建胸痛中心和卒中中心，全年开展新技术新项目21项，三级以上手术占比提高到38.5%。
二、公共卫生
全县居民电子健康档案建档率达到87.5%，65岁以上老年人健康管理率为69.8%，高血压患者规范管理率为70.6%，糖尿病患者规范管理率为68.1%，适龄儿童免疫规划疫苗接种率保持在95%以上。
三、基层卫生
2018年，全县乡镇卫生院执业医师缺口达46人，部分村卫生室业务用房达不到标准。"""


@pytest.mark.parametrize("shape", SHAPES)
def test_a_heading_glued_to_a_sentence_opening_with_its_year(shape):
    """三、基层卫生2018年，全县…: the problem starts at the year, not at the heading (a whole report on one line:
    these openers are looked for on lines of ``glued_heading_line_chars`` or more)."""
    assert problems(shape(YEAR_OPENER_PAGE)) == expected("2018年，全县乡镇卫生院执业医师缺口达46人",
                                                        "部分村卫生室业务用房达不到标准")


LIST_PAGE_HEAD = """某县卫生局2017年工作总结
2017年，全县卫生计生工作在县委、县政府的正确领导下，以深化医改为主线，各项工作取得新进展。全县新农合参合率达到98.6%，住院实际补偿比为62.4%，孕产妇住院分娩率为99.7%，孕产妇死亡率为13.2/10万，婴儿死亡率为4.1‰，居民电子健康档案建档率达到85.3%，老年人健康管理率为67.9%，高血压患者规范管理率为66.2%，家庭医生签约服务覆盖率为32.8%。
"""
LIST_ITEMS = ("乡村医生队伍老化，后继乏人", "县级医院重点专科建设滞后，疑难病症外转较多", "基层医疗机构设备陈旧，部分设备无法正常使用")
ENUMERATORS = {"1.": "{}.", "1、": "{}、", "(一)": "（{}）", "一是": "{}是", "①": "{}"}


def _enumerated(style: str, k: int) -> str:
    if style in ("(一)", "一是"):
        return ENUMERATORS[style].format("一二三"[k])
    return "①②③"[k] if style == "①" else ENUMERATORS[style].format(k + 1)


@pytest.mark.parametrize("heading", ["存在的问题", "存在的主要问题：", "二、存在问题"])
@pytest.mark.parametrize("style", list(ENUMERATORS))
@pytest.mark.parametrize("shape", SHAPES)
def test_an_enumerated_problems_list_after_its_heading(heading, style, shape):
    """…32.8%。存在的问题1.乡村医生…。2.县级医院…。: the heading, glued to the sentence before it and to the
    first item, opens the section; each item is a problem, whatever the enumerator."""
    page = (LIST_PAGE_HEAD + heading + "\n" + "\n".join(_enumerated(style, k) + item + "。" for k, item in enumerate(LIST_ITEMS))
            + "\n2018年，我局将继续深化医改，力争家庭医生签约服务覆盖率达到40%。")
    assert problems(shape(page)) == expected(*LIST_ITEMS)


STOCK_OPENER_PAGE = """某市卫生健康局2022年工作总结
一、医疗服务
全市三级医院平均住院日下降到8.1天，县域内就诊率达到91.2%。全年新建社区卫生服务中心6个，改扩建乡镇卫生院14所，
村卫生室标准化建设实现全覆盖。家庭医生签约服务扩面提质，重点人群签约率达到76.3%，较上年提高4.1个百分点。
公立医院综合改革持续深化，全市二级以上公立医院全部实行党委领导下的院长负责制，药品耗材集中带量采购全面落地，
患者就医负担进一步减轻。全民健康信息平台二期项目完成建设，全市医疗机构检查检验结果实现互认共享，
预约诊疗、移动支付、诊间结算等便民服务在二级以上医院全面推开，群众就医体验持续改善。
二、短板和不足
在肯定成绩的同时，我们也清醒地看到：基层医疗卫生机构服务能力偏弱；公共卫生人才队伍不稳定。
三、下一步打算
继续推进县域医共体建设。"""


@pytest.mark.parametrize("shape", SHAPES)
def test_a_heading_glued_to_the_stock_opener_of_a_problems_section(shape):
    """二、短板和不足在肯定成绩的同时，我们也清醒地看到：… : the heading ends where the opener starts, and the
    opener only announces the problems after it."""
    got = problems(shape(STOCK_OPENER_PAGE))
    assert got == expected("基层医疗卫生机构服务能力偏弱", "公共卫生人才队伍不稳定")


ESSAY_COUNTER_PAGE = """乡镇卫生院工作总结
作者：佚名  更新时间：03-12  本文已影响 1.6万 人
全年完成门诊诊疗2.3万人次，住院分娩率达到98.1%。"""


@pytest.mark.parametrize("shape", SHAPES)
def test_an_essay_sites_reach_counter_is_no_count(shape):
    """本文已影响 1.6万 人 counts the site's readers, not the people a bureau served."""
    assert values(shape(ESSAY_COUNTER_PAGE)) == Counter({(23000.0, "count", "actual"): 1, (98.1, "percent", "actual"): 1})


# a sharing site's page counter between em dashes inside a sentence that no number cuts (…达到——第2页 共3页——64.2%),
# and another counter later on the same one-line page: the text between them is report text, not a page break
MID_SENTENCE_COUNTER_PAGE = (
    "某县卫生局2031年工作总结\n"
    "一、主要工作\n"
    "全县新农合参合率达到98.6%，县内住院实际补偿比达到—— 第 1 页 共 3 页 ——64.2%，"
    "全年为315名大病患者赔付保险金426万元。全县高血压患者规范管理率为58.4%。"
    "为3 906名农村孕产妇发放住院分娩补助—— 第 2 页 共 3 页 ——172.5万元。\n"
    "二、存在问题\n"
    "乡镇卫生院专业技术人员流失严重。\n")


def test_a_page_counter_inside_a_sentence_on_a_one_line_page_drops_only_the_counter():
    got = Counter((v, u) for (v, u, *_rest) in page_facts(MID_SENTENCE_COUNTER_PAGE)[0])
    assert got == Counter({(98.6, "percent"): 1, (64.2, "percent"): 1, (315.0, "count"): 1, (4260000.0, "yuan"): 1,
                           (58.4, "percent"): 1, (3906.0, "count"): 1, (1725000.0, "yuan"): 1})
