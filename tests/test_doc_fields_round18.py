"""Document fields, round 19 (worked from holdout38 and holdout44-47): a summary that closes by committing to the next
year's targets (not the report's own year), 计划免疫 as no plan word, a reporter's
获悉 as a news item's report of work done, a meeting's news item or a text that opens by arranging the year's work, the
period of a progress report (截至2031年11月底, 截至12月底, a title naming 1—10月, a meeting that reviewed a
year), and the year a plan's sentence names (确保2032年…, 2032年，县卫计委将力争…).  Every page and sentence is
written for the test; names and figures are invented."""
from __future__ import annotations

from test_documents_written import one_doc, page_docs

from healthdata.normalize.documents import doc_type_of, period_of, untitled_doc_type

FIGURES = ("2031年，全县新农合参合率达到97.6%，比上年提高1.2个百分点；孕产妇住院分娩率99.1%，婴儿死亡率5.3‰。"
           "全年完成乡镇卫生院改造4所，培训乡村医生260人次。\n")


# --- doc_type: a summary closing on the next period ------------------------------------------------------------------

def test_a_summary_closing_on_the_coming_years_targets_is_summary_and_plan_only_under_a_heading():
    title = "青桐县卫生局2031年工作总结\n"
    # (round 27: a closing commitment without a heading of its own leaves a summary, as the written sets read it two times in
    # three; it was summary_and_plan before)
    for closing in ("2032年，我局将力争乡镇卫生院标准化率提高到80%。\n", "来年，全县要确保参合率稳定在97%以上。\n"):
        assert one_doc(title + FIGURES + closing)["doc_type"] == "summary", closing
        assert one_doc(title + FIGURES + "二、明年工作打算\n" + closing)["doc_type"] == "summary_and_plan", closing
    assert one_doc(title + FIGURES)["doc_type"] == "summary"


def test_the_reports_own_year_opening_a_sentence_of_what_it_set_out_to_do_is_no_plan_part():
    # (2031年，全县将力争… in the summary of 2031 says what the year was to do, not what comes next)
    body = "2031年，全县将力争新农合参合率达到97%，全年实际达到97.6%。全年完成乡镇卫生院改造4所。"
    assert doc_type_of("青桐县卫生局2031年工作总结", 0.0, body) == "summary"
    # (round 27: and in the summary of 2030 the sentence, with no heading of its own, is a closing commitment: a summary too)
    assert doc_type_of("青桐县卫生局2030年工作总结", 0.0, body) == "summary"


# --- doc_type: words of untitled texts -------------------------------------------------------------------------------

def test_planned_immunisation_is_no_plan_word():
    body = ("去年以来，县卫生局把村卫生室一体化管理作为重点，覆盖率达100%。儿童计划免疫接种率保持在95%以上，"
            "住院分娩率比上年提高2.1个百分点。负责人介绍，今年力争参合率达到96%。")
    assert untitled_doc_type(body, 0.0) == "summary"
    assert doc_type_of("青桐县2031年计划免疫工作总结", 0.0, "全县接种率达到96%。") == "summary"


def test_a_news_item_whose_reporter_learned_the_results_is_a_summary_though_it_ends_on_next_years_targets():
    body = ("记者从州卫生健康委获悉，2031年全州孕产妇死亡率降至9.6/10万，婴儿死亡率为3.2‰，较五年前明显下降。"
            "全州新建危重新生儿救治中心8个。下一步，全州将力争到2033年底孕产妇死亡率稳定在10/10万以下。")
    assert untitled_doc_type(body, 0.0) == "summary"


def test_a_meeting_item_that_opens_by_arranging_the_years_work_is_a_plan():
    body = ("1月12日，青石镇召开卫生健康工作部署会。会上，镇卫生健康办负责人对2032年重点工作作了具体安排：\n"
            "一是做实家庭医生签约，重点人群签约率达到80%。\n二是完成村卫生站标准化建设，全镇12家村卫生站全部达标。\n"
            "三是老年人健康管理率达到70%。\n")
    assert untitled_doc_type(body, 0.0) == "plan"


def test_a_text_that_opens_by_saying_what_it_will_do_is_a_plan_though_a_pdf_breaks_its_line():
    body = ("2032年，区卫生局将围绕健康城区建设，重点抓\n好以下工作。\n一、主要指标。孕产妇死亡率控制在12/10万以下，"
            "高血压患者规范管理率达到70%。\n二、能力建设。新建社区卫生服务站3个，全面完成胸痛救治单元建设。\n")
    assert untitled_doc_type(body, 0.0) == "plan"


def test_one_plan_word_in_a_bulletins_advice_makes_no_plan():
    body = ("一、疫情概况\n全县共报告法定传染病7种214例，报告发病率为48.3/10万。\n"
            "二、存在问题及建议\n托幼机构晨检不严。建议各单位加强监测，力争发病率控制在上年同期水平以下。")
    assert untitled_doc_type(body, 0.0) == "summary"


# --- period -------------------------------------------------------------------------------------------------------

def test_a_news_item_counting_to_a_year_end_month_that_names_the_year_is_annual():
    page = ("近日，记者从市卫生健康委了解到，截至2031年11月底，全市家庭医生累计签约186.2万人，常住人口签约率达到41.2%，"
            "重点人群签约率77.8%。全市今年还为失能老人建立家庭病床860张。\n")
    doc = one_doc(page)
    assert (doc["period"], doc["year"]) == ("annual", 2031)


def test_a_progress_point_of_the_next_year_does_not_make_a_news_item_on_a_year_a_quarters():
    page = ("本网讯 记者从市医疗保障局获悉，2031年全市城乡居民医保参保人数达到212.4万人，参保率稳定在96%以上，"
            "政策范围内住院费用报销比例达到70.2%，比上年提高1.1个百分点。据统计，2031年全市医保基金支出31.2亿元，同比增长4.8%。截至2032年3月底，全市已有860家定点医药机构"
            "接入医保信息平台，异地就医直接结算率达到92.4%。\n")
    doc = one_doc(page)
    assert (doc["period"], doc["year"]) == ("annual", 2031)


def test_a_count_to_the_end_of_december_is_the_whole_year_though_no_year_is_named():
    body = ("一年来，县卫生健康局扎实推进各项工作。截至12月底，全县贫困人口参保率达到100%，县域内就诊率提高到88.2%，"
            "较上年提升2.6个百分点。")
    assert period_of("summary", "", body, year_stated=False) == "annual"


def test_a_title_naming_the_first_ten_months_covers_no_period_of_ours():
    doc = one_doc("1—10月份全市卫生健康工作进展情况\n今年1—10月份，全市门急诊总量312.4万人次，同比减少6.2%；"
                  "孕产妇死亡率7.1/10万，婴儿死亡率2.8‰。\n")
    assert (doc["doc_type"], doc["period"], doc["place"]) == ("summary", "unknown", None)


def test_a_news_item_on_a_meeting_that_reviewed_a_year_covers_that_year():
    body = ("2月9日，全省卫生工作会议召开。会议总结了2031年全省卫生工作，部署了2032年重点任务。\n"
            "会议指出，2031年全省新农合参合率稳定在98%以上，婴儿死亡率由12.1‰下降到11.3‰。\n")
    assert period_of("summary_and_plan", "", body) == "annual"


# --- year -----------------------------------------------------------------------------------------------------------

def test_a_year_named_as_a_targets_year_or_by_whoever_will_act_in_it_is_not_the_reports_year():
    page = ("记者从县合作医疗管理办公室获悉，2031年全县共有21.6万农业人口参加新农合，参合率达到98.2%。"
            "下一步将扩大大病保障病种，确保2032年参合率稳定在98%以上。\n")
    assert one_doc(page)["year"] == 2031
    page = ("2031年，青桐县把健康扶贫作为重点，全年为1.2万名贫困患者垫付住院费用860万元，实际报销比例达到90.3%。\n"
            "2032年，县卫计委将力争贫困人口签约率保持100%。\n")
    assert one_doc(page)["year"] == 2031


def test_a_news_items_dateline_is_not_its_year_when_its_text_names_none():
    page = ("青桐新闻网 > 健康频道\n县卫生局：上半年医改任务推进顺利\n2031年07月24日 10:48　来源：青桐日报\n"
            "　　记者从县卫生局获悉，今年上半年，全县新农合参合率97.8%，政策范围内住院费用报销比例达到72.6%，"
            "比去年同期提高5个百分点。截至6月底，全县新农合基金累计支出1.2亿元。\n")
    doc = one_doc(page)
    assert (doc["period"], doc["year"]) == ("H1", None)



def test_a_numbered_articles_own_title_names_its_year():
    page = ("第1篇 青石镇卫生院2031年工作总结\n我院承担全镇2.1万人口的基本医疗服务。门诊就诊2.4万人次，住院收治980人次，"
            "同比增长6.1%。住院楼建于1986年，墙体开裂。\n"
            "第2篇 白水乡卫生院2031年工作总结\n我院全年门诊1.6万人次，老年人健康管理率达到71%。\n")
    docs = page_docs(page)
    assert [d["year"] for d in docs] == [2031, 2031]
    # (but not a site's headline printed over each article of an essay page: the year the site filed them under)
    page = ("卫生院2035年工作总结（通用2篇）\n卫生院2035年工作总结 篇1\n全院门诊就诊2.4万人次，住院收治980人次，同比增长6.1%。\n"
            "卫生院2035年工作总结 篇2\n全院全年门诊1.6万人次，老年人健康管理率达到71%。\n")
    assert [d["year"] for d in page_docs(page)] == [None, None]


# --- place ----------------------------------------------------------------------------------------------------------

def test_a_place_is_given_as_the_page_writes_it():
    doc = one_doc("南靖縣衛生局2031年工作總結\n2031年，全縣新農合參合率達到97.6%，孕產婦住院分娩率99.1%。\n")
    assert (doc["place"], doc["admin_level"], doc["county"]) == ("南靖縣", "county", "南靖县")
    assert one_doc("南靖县卫生局2031年工作总结\n2031年，全县新农合参合率达到97.6%。\n")["place"] == "南靖县"


def test_a_policy_readings_part_on_why_the_plan_is_issued_keeps_its_problems():
    # a reading of a plan (a plan document) whose first answer says why the plan is issued: that answer reviews the
    # situation, so the judgements in it are problems, not aims of the plan
    from test_problems_holdout14 import page_problems

    page = ("《青岚市推进家庭医生签约服务实施方案（2031—2033年）》解读\n"
            "一、为什么要出台《方案》？\n"
            "近年来，我市就医格局“头重脚轻”的状况未根本改变，居民看病仍首选大医院，基层首诊难以落地。\n"
            "二、《方案》的主要目标是什么？\n"
            "到2033年，全市家庭医生签约服务覆盖率达到75%以上。\n")
    got = page_problems(page)
    assert any("未根本改变" in p and "基层首诊难以落地" in p for p in got), got
