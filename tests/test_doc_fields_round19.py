"""Document fields, round 20 (worked from holdout43 and holdout49-52): a plan part a summary announces without a plan
noun (2032年，我们将：…; 七、第四季度工作。; 二○三二年主要目标：), a closing commitment made without 将 (2032年，全州力争…) or led by
the next steps (下一步，我们将力争…), policy readings (一图读懂, N问N答) and an interview on a plan just issued, a quarter's
news item of 今年第一季度 that names 上半年 in its closing target, a progress point written as a month's last day
(截至3月31日), a year-to-date news item (今年以来…截至11月底), an untitled plan opening with its year inside a five-year plan,
and a speech's delivery date (——2032年2月24日在…会议上), which is not the year it reviews.  Every page and sentence is
written for the test; names and figures are invented."""
from __future__ import annotations

from test_documents_written import one_doc

from healthdata.normalize.documents import doc_type_of, period_of, untitled_doc_type

FIGURES = ("全县新农合参合率达到97.6%，比上年提高1.2个百分点；孕产妇住院分娩率99.1%，婴儿死亡率5.3‰。"
           "全年完成乡镇卫生院改造4所，培训乡村医生260人次。\n")


# --- doc_type: a plan part without a plan noun -------------------------------------------------------------------------

def test_a_next_year_lead_in_to_a_list_of_what_will_be_done_opens_a_plan_part():
    title = "青桐县卫生局2031年工作总结\n"
    closing = "2032年，我们将：新建乡镇卫生院3所；把参合率稳定在97%以上；培训乡村医生300人次。\n"
    assert one_doc(title + FIGURES + closing)["doc_type"] == "summary_and_plan"
    # (the year looked back on, with no list of what will be done, is no plan part)
    assert one_doc(title + FIGURES + "2032年，我们将继续努力。\n")["doc_type"] == "summary"


def test_a_numbered_part_on_the_next_quarters_work_is_a_plan_part_of_a_report_on_nine_months():
    body = ("一、医疗服务。1—9月全市门诊量46.2万人次，同比增长5.1%。\n"
            "二、公共卫生。儿童免疫规划疫苗接种率96.3%。\n"
            "三、第四季度工作。抓好冬春季传染病防控，完成全年体检任务。\n")
    assert doc_type_of("青桐市卫生局2031年1—9月工作总结", 0.0, body) == "summary_and_plan"
    # the quarter a report covers is its own part, not a plan's
    own = body.replace("三、第四季度工作。抓好冬春季传染病防控，完成全年体检任务。", "三、第四季度工作。全市门诊量15.1万人次。")
    assert doc_type_of("青桐市卫生局2031年第四季度工作总结", 0.0, own) == "summary"


def test_the_main_targets_of_a_year_in_chinese_digits_open_a_plan_part():
    body = "全县住院分娩率由上年的58%提高到64%。\n二○三二年主要目标：住院分娩率70%，婴儿死亡率20‰以下。\n"
    assert doc_type_of("青桐县卫生局二○三一年工作总结", 0.0, body) == "summary_and_plan"
    assert doc_type_of("青桐县卫生局二○三一年工作总结", 0.0, body.splitlines()[0]) == "summary"
    # (a half year's closing targets under 下半年主要目标： are read as the summary's own, as most written sets do)
    half = "全县住院分娩率达到94%。\n下半年主要目标：住院分娩率95%以上。\n"
    assert doc_type_of("青桐县卫生局2031年上半年工作总结", 0.0, half) == "summary"


def test_a_closing_commitment_without_jiang_or_led_by_the_next_steps_stays_a_summary():
    title = "青桐州2031年妇幼卫生工作总结"
    # (round 27: a closing commitment without a heading of its own leaves a summary, as the written sets read it two times in
    # three; it was summary_and_plan before)
    assert doc_type_of(title, 0.0, FIGURES + "2032年，全州力争孕产妇死亡率下降到20/10万以下。") == "summary"
    assert doc_type_of(title, 0.0, FIGURES + "下一步，我们将力争住院分娩率达到99.5%。") == "summary"
    # (a year's work done, 全县积极争取上级资金, is no commitment, and neither is the next half year of a half year's summary)
    assert doc_type_of("青桐县卫生局工作总结", 0.0, FIGURES + "2031年，全县积极争取上级资金320万元。") == "summary"
    assert doc_type_of("青桐县卫生局2031年上半年工作总结", 0.0, FIGURES + "下半年，我们将力争建档率达到90%。") == "summary"


# --- doc_type: policy readings -----------------------------------------------------------------------------------------

QA = ("问1：今年个人缴费标准是多少？\n答：每人每年缴费350元，财政补助640元。\n"
      "问2：住院能报多少？\n答：乡镇卫生院住院报销85%，县级医院报销70%。\n")


def test_a_policy_readings_title_or_headline_makes_a_plan():
    for title in ("一图读懂｜2032年青桐市城乡居民医保待遇调整", "2032年青桐市医保政策调整八问八答", "图文解读：青桐市门诊共济保障"):
        assert doc_type_of(title, 0.0, QA) == "plan", title
        assert untitled_doc_type(title + "\n" + QA, 0.0) == "plan", title
    # a reading of results is no policy reading
    assert untitled_doc_type("一图读懂｜青桐县2031年卫生健康工作“成绩单”\n全年完成签约8.2万人，同比增长12%。", 0.0) == "summary"
    # a Q&A page on the year's results stays a summary
    assert untitled_doc_type("2031年青桐市医保工作回顾\n" + QA + "全年共报销住院费用2.1亿元，同比增长6%。", 0.0) == "summary"


def test_an_interview_on_a_plan_just_issued_is_a_plan():
    opening = "近日，青桐县卫健局印发《青桐县2032年家庭医生签约服务实施方案》。记者就群众关心的问题采访了县卫健局负责人。\n"
    talk = ("记者：今年签约的目标是什么？\n负责人：到年底常住人口签约率达到40%以上，目前已签约8.2万人，签约率26.1%。\n"
            "记者：签约要交钱吗？\n负责人：基础服务包每人每年120元，个人缴纳20元。\n")
    assert untitled_doc_type(opening + talk, 0.0) == "plan"
    # without the issued plan, an interview on the year's results is read from its words
    assert untitled_doc_type(talk + "全年完成签约8.2万人，同比增长12%，累计随访3.1万人次。", 0.0) != "plan"


# --- period --------------------------------------------------------------------------------------------------------------

def test_a_quarters_news_item_that_names_the_first_half_in_its_closing_target_is_the_quarters():
    body = ("今年第一季度，青桐区卫生监督所共检查公共场所312户次，同比增长8%。截至3月31日，完成全年抽检任务的35.2%。"
            "一季度共立案查处案件12件。\n下一步，该所将力争上半年抽检任务完成率达到80%以上，全年任务完成率100%。\n")
    assert period_of("summary", "", body) == "quarter"


def test_a_month_end_day_is_a_progress_point():
    body = "前三季度，青桐市卫生健康委扎实推进重点工作。截至9月30日，全市家庭医生签约率达到41.2%，比去年同期提高3.5个百分点。"
    assert period_of("summary", "", body) == "quarter"  # the quarters to date, as 截至9月底 beside 前三季度
    # (without the quarters named, three quarters' progress: no period of ours, round 31)
    assert period_of("summary", "", body.replace("前三季度", "今年以来")) == "unknown"


def test_a_year_to_date_news_item_through_november_reports_the_year():
    body = "今年以来，青桐乡卫生院把健康扶贫作为头号工程来抓。截至11月底，全乡贫困人口参合率100%，签约率98.2%。"
    assert period_of("summary", "", body, year_stated=False) == "annual"
    # without 今年以来, a news item with no year of its own keeps no period
    assert period_of("summary", "", body.replace("今年以来，", ""), year_stated=False) == "unknown"


def test_an_untitled_plan_opening_with_its_year_inside_a_five_year_plan_is_annual():
    body = ("2032年是实施“十五五”卫生健康规划的关键一年。全县要重点做好以下工作。\n"
            "一、孕产妇死亡率控制在20/10万以下。\n二、新建乡镇卫生院3所。\n")
    assert period_of("plan", "", body) == "annual"
    assert period_of("plan", "", body.replace("2032年是实施", "全面实施")) == "multi_year"


# --- year ----------------------------------------------------------------------------------------------------------------

def test_a_speechs_delivery_date_is_not_the_year_it_reviews():
    page = ("政府工作报告（摘要）\n——2032年2月20日在青桐市第五届人民代表大会第二次会议上\n市长　王某某\n"
            "过去一年，我们把人民健康放在优先位置。2031年全市公立医院药占比由41.3%下降到32.6%，"
            "常住人口签约率39.2%。\n")
    assert one_doc(page)["year"] == 2031
    # a date that opens a sentence of the text is an event of the year reported
    event = page.replace("2031年全市公立医院", "2032年3月5日，全市公立医院")
    assert one_doc(event)["year"] == 2032


def test_a_bracketed_date_after_the_speakers_name_is_not_the_year_reviewed():
    page = ("在全市卫生工作会议上的讲话\n市卫生局局长 王某某（2032年2月16日）同志们：2031年全市卫生工作取得新进展，"
            "参合率达到97%。2032年，全市要确保参合率稳定在97%以上。\n")
    assert one_doc(page)["year"] == 2031


def test_a_delivery_date_gives_the_year_when_the_text_states_no_other():
    page = ("青桐县卫健局健康扶贫工作情况汇报\n（2031年9月）\n"
            "今年以来，我局全力推进健康扶贫，贫困人口参保率100%，县域内住院报销比例达到90.2%。\n")
    assert one_doc(page)["year"] == 2031


def test_an_untitled_plan_under_a_glued_title_line_opening_with_its_year_is_annual():
    body = ("青桐县卫生健康局2032年工作计划2032年是实施“十五五”卫生健康规划的关键一年。全县要重点做好以下工作。"
            "一、孕产妇死亡率控制在20/10万以下。二、新建乡镇卫生院3所。")
    assert period_of("plan", "", body) == "annual"
