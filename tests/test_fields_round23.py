"""Document fields, round 23 (worked from holdout58 and holdout64-67): autonomous prefectures and counties in the short form
their pages use (某某州, 某某县 for …自治州, …自治县), a prefecture's own 州 over the county-level city it names, counties
whose name is one character and 县, plan headings marked with a bullet, and the rules a body sets for the year (…实施办法).
Every page and sentence is written for the test; figures are invented (place names are real, as the gazetteer must know them)."""
from __future__ import annotations

import pytest
from test_documents_written import one_doc

from healthdata.normalize.documents import doc_type_of, has_plan_part, title_bureau_level, topic_of
from healthdata.normalize.places import place_candidates, resolve_place

# --- places ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("short, full", [("黔东南州", "黔东南苗族侗族自治州"), ("甘孜州", "甘孜藏族自治州"),
                                         ("红河州", "红河哈尼族彝族自治州")])
def test_an_autonomous_prefecture_in_its_short_form_is_a_city(short, full):
    found = resolve_place(short)
    assert found is not None and found["admin_level"] == "city" and found["city"] == full


def test_an_autonomous_county_in_its_short_form_is_a_county():
    found = resolve_place("城步县")
    assert found is not None and found["admin_level"] == "county" and found["county"] == "城步苗族自治县"


@pytest.mark.parametrize("name", ["全州", "杭州", "自治州", "少数民族自治州", "青桐州"])
def test_a_word_ending_in_zhou_is_no_prefecture(name):
    assert resolve_place(name) is None


def test_a_full_name_is_looked_up_before_a_short_form():
    # (临夏县 and 临夏市 are places of their own, not 临夏回族自治州)
    assert resolve_place("临夏县")["admin_level"] == "county"
    assert resolve_place("临夏市")["admin_level"] == "county"
    assert resolve_place("临夏州")["admin_level"] == "city"


def test_a_prefecture_named_in_a_sentence_is_a_candidate():
    assert place_candidates("上周，红河州卫生健康委召开专题会议。") == ["红河州"]


@pytest.mark.parametrize("text, names", [
    ("记者从歙县卫生局获悉，今年新增家庭医生团队12个。", ["歙县"]),
    ("县卫生局和县医院联合开展义诊。", []),          # 和县 is a pair of words here
    ("会上，长沙县卫生健康局作交流发言。", ["长沙县"]),  # not 沙县, the tail of a longer name
])
def test_a_county_of_one_character_only_as_a_health_bureau(text, names):
    assert place_candidates(text) == names


def test_a_title_names_a_county_of_one_character():
    assert title_bureau_level("歙县卫生局2031年工作总结") == ("歙县", "county")
    assert title_bureau_level("区县卫生工作2031年要点") is None


# --- admin level and place of whole pages ------------------------------------------------------------------------------


def test_a_prefectures_bureau_under_its_short_name_is_a_city():
    page = ("甘孜州卫生局2031年上半年工作总结\n"
            "上半年，全州卫生系统围绕年初目标推进各项工作。全州18个县的乡镇卫生院全部实施基本药物制度，"
            "各乡镇卫生院、村卫生室完成标准化建设86所，住院分娩率达到88.6%。\n"
            "二、存在的问题\n乡镇卫生院人才流失严重。\n")
    doc = one_doc(page)
    assert doc["admin_level"] == "city"
    assert doc["place"] == "甘孜州"


def test_a_prefectures_news_names_its_seat_as_the_venue_only():
    page = ("红河州人民政府网 新闻中心\n全州卫生健康工作会议召开\n发布时间：2032-02-20\n"
            "2月19日，全州卫生健康工作会议在蒙自市召开。2031年，全州孕产妇死亡率下降到11.2/10万，"
            "全州13个县市全部建成县域医共体，全州县域内就诊率达到90.3%。\n")
    doc = one_doc(page)
    assert doc["admin_level"] == "city"
    assert doc["place"] == "红河州"


# --- doc type ----------------------------------------------------------------------------------------------------------


def test_a_plan_heading_marked_with_a_bullet_opens_a_plan_part():
    body = "▶ 一、医疗服务\n门诊量同比增长6.2%。\n\n▶ 三、下半年打算\n力争全年建档率达到80%。\n"
    assert has_plan_part(body)
    assert doc_type_of("青桐县卫生健康局2031年上半年工作总结", 0.0, body) == "summary_and_plan"
    # (without the part, a summary)
    assert doc_type_of("青桐县卫生健康局2031年上半年工作总结", 0.0, body.split("\n\n")[0]) == "summary"


@pytest.mark.parametrize("title", ["青桐县2031年新型农村合作医疗实施办法（摘要）", "青桐市城乡居民大病保险补偿办法（试行）",
                                   "青桐县家庭医生签约服务实施细则"])
def test_the_rules_set_for_the_year_are_a_plan(title):
    assert doc_type_of(title, 0.0, "一、筹资标准。人均筹资标准为420元。\n") == "plan"


def test_a_report_on_how_rules_went_is_a_summary():
    assert doc_type_of("青桐县新型农村合作医疗实施办法执行情况的报告", 0.0, "全县参合率达到97.2%。\n") == "summary"


def test_untitled_rules_take_their_headlines_year():
    page = ("青桐县人民政府门户网站\n当前位置：首页 >> 部门信息\n"
            "歙县2031年城乡居民医疗保险实施办法（摘要）\n"
            "一、筹资标准。2031年人均筹资标准为420元，其中个人缴纳150元。\n"
            "二、住院补偿。乡镇卫生院起付线200元，报销比例为85%；县级医院起付线600元，报销比例为70%。\n"
            "三、门诊补偿。普通门诊按50%报销，每人每年最高补偿400元。\n")
    doc = one_doc(page)
    assert doc["doc_type"] == "plan"
    assert doc["year"] == 2031


# --- a place the gazetteer does not know -------------------------------------------------------------------------------


def test_a_bureau_under_a_name_since_changed_keeps_its_place():
    # (襄樊市 became 襄阳市 in 2010: the gazetteer knows no 襄樊市, the page names it as its health bureau)
    page = ("襄樊市卫生局2008年卫生工作要点\n"
            "2008年全市卫生工作的总体要求是：深化卫生改革，加强公共卫生和农村卫生工作。"
            "新型农村合作医疗参合率达到92%以上，住院分娩率达到95%以上。\n"
            "一、完善农村合作医疗制度。住院补偿比例提高到40%。\n")
    assert one_doc(page)["place"] == "襄樊市"


def test_an_untitled_yearbook_entry_takes_its_yearbooks_place():
    page = ("青桐县年鉴2032 > 社会事业 > 卫生\n"
            "【卫生事业】2031年，县卫生局以创建卫生县城为抓手，全县卫生事业取得新进展。年末全县共有卫生机构212个，"
            "实有床位785张。\n【新农合】全县参合农民24.2万人，参合率96.1%。\n")
    doc = one_doc(page)
    assert doc["admin_level"] == "county"
    assert doc["place"] == "青桐县"


def test_a_place_of_another_level_named_as_a_bureau_is_not_the_reports():
    page = ("青桐县年鉴2032 > 社会事业 > 卫生\n"
            "【卫生事业】2031年，区卫生局以创建卫生城区为抓手，全区卫生事业取得新进展。年末全区共有卫生机构212个，"
            "实有床位785张。\n【新农合】全区参合农民24.2万人，参合率96.1%。\n")
    doc = one_doc(page)
    assert doc["admin_level"] == "district"
    assert doc["place"] is None


# --- topic -------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title, topic", [
    ("青桐省卫生健康委员会办公室关于印发2031年全省妇幼健康工作要点的通知", "maternal_child"),  # the issuing office
    ("青桐市人民政府办公室关于印发青桐市卫生健康事业发展规划的通知", "general"),
    ("青桐县卫生局办公室2031年工作总结", "office"),                                # the office's own report
    ("青桐县人口和计划生育委员会2008年工作总结", "family_planning"),
    ("青桐市人口计生局2011年工作总结", "family_planning"),
    ("青桐市卫生健康局2031年人口监测与家庭发展工作总结", "family_planning"),
    ("青桐县卫生和计划生育委员会2015年工作总结", "general"),                       # the whole work of the merged body
])
def test_topic_from_the_title(title, topic):
    assert topic_of(title, "全县卫生工作取得新进展，门诊量同比增长5.1%。") == topic


def test_an_autonomous_banners_yearbook_names_its_place():
    page = ("鄂伦春自治旗年鉴（2032）\n卫　生\n"
            "【概况】 2031年末，全旗有各级各类医疗卫生机构52个，其中苏木乡镇卫生院9个；病床420张。全年门急诊14.1万人次，"
            "病床使用率63.2%。\n")
    doc = one_doc(page)
    assert doc["admin_level"] == "county"
    assert doc["place"] == "鄂伦春自治旗"


def test_a_county_of_one_character_is_not_the_tail_of_an_unknown_name():
    # (禾丰县 is no place of the gazetteer; its last two characters are 丰县, a real one)
    assert "丰县" not in place_candidates("记者从禾丰县卫生局获悉，全县新增家庭医生团队12个。")


def test_an_interviews_lead_in_is_no_place():
    page = ("健康访谈\n今天我们请到了县卫健委主任，请他谈谈今年全县家庭医生签约服务的情况。\n"
            "答：今年以来，全县家庭医生签约率达到41.2%，比去年提高3.1个百分点。全县重点人群签约率达到78.6%。\n")
    doc = one_doc(page)
    assert doc["place"] is None


@pytest.mark.parametrize("first, expected", [("贡山独龙族怒族自治县人民政府网 > 健康", "贡山独龙族怒族自治县"),
                                             ("健康贡山 > 工作动态", "贡山县")])
def test_a_short_form_is_written_in_full_when_the_page_names_it_so_first(first, expected):
    page = (f"{first}\n贡山县卫生健康局2031年工作总结\n"
            "2031年，全县卫生健康系统扎实推进各项工作。全县住院分娩率达到98.2%，孕产妇系统管理率91.3%。\n")
    assert one_doc(page)["place"] == expected


@pytest.mark.parametrize("level, phrase", [("市", "各乡镇制定应急预案，同时报市卫生局备案。"),
                                           ("区", "年初制定并下发《中共区卫生局党组工作要点》。")])
def test_a_phrase_before_a_bureau_is_no_place(level, phrase):
    page = (f"2031年卫生应急工作总结\n2031年，全{level}卫生应急工作稳步推进。{phrase}全{level}突发公共卫生事件报告及时率达到100%。"
            f"全{level}共开展应急演练26次。\n")
    assert one_doc(page)["place"] is None
