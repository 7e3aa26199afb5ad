"""Document fields, round 25.  Causes worked: the year's target a quarter's progress is measured against (完成全年目标任务的
27%) read as the period; a report on how the work stands to date (1—10月工作情况汇报) read as a year; a bulletin's
distribution lines (报：市委办… / 送：各县（市）区卫生局) read as its own level; a prefecture named 地区 (its text's 全区) read
as a district; a prefecture city's 市县两级 not counted as counties below it; an untitled news item that opens
with its day and a place the gazetteer cannot place (9月9日至15日，某某区…); the year of a five-year plan or of its review
(“十四五”规划 -> 2021, “十三五”工作总结 -> 2020); a summary titled as the results of the year's work (工作成果).  Every page and
sentence is written for the test (names of places are real where the gazetteer must know them; figures invented)."""
from __future__ import annotations

import pytest
from test_documents_written import one_doc

from healthdata.normalize.documents import (doc_type_of, five_year_period, is_county_level_city, names_its_towns,
                                            opening_place, own_level_by_markers, period_of)
from healthdata.textnorm import matching_text


def test_the_years_target_a_quarters_progress_is_measured_against_is_no_annual_period():
    body = matching_text("一季度，某某区新增家庭医生签约居民1.31万人，重点人群签约率达到70.2%，完成全年目标任务的28%。")
    assert period_of("summary", "", body) == "quarter"
    # (the whole year still named as the period: 全年共完成…)
    body = matching_text("2031年全年共完成家庭医生签约12.4万人，全年任务顺利完成，一季度开局良好。")
    assert period_of("summary", "", body) == "annual"


@pytest.mark.parametrize("title,expected", [
    ("某某市卫生局1—10月工作情况汇报", "unknown"),
    ("某某区卫生计生局2031年1—10月卫生计生工作情况汇报", "unknown"),
    ("某某区卫生局2031年1—10月份工作总结", "annual"),  # a summary drafted before the year's end closes the year
    ("某某市卫计局2031年1—11月行风建设工作总结", "annual"),
    ("某某县卫生局2031年1—9月份工作总结", "unknown"),  # (no quarter named, round 31)
    ("某某县卫生局2031年前三季度工作总结", "quarter"),
    ("某某县卫生局2031年1—6月工作总结", "H1"),
])
def test_a_title_naming_the_months_to_date_gives_those_months(title, expected):
    body = matching_text("今年以来，全县卫生工作稳步推进，门诊人次同比增长6.1%。")
    assert period_of("summary", matching_text(title), body, own_year=2031) == expected


def test_a_bulletins_distribution_lines_are_not_its_own_level():
    text = ("某某区完成适龄儿童麻疹疫苗查漏补种\n5月10日至25日，某某区完成查漏补种1 206人，补种率97.4%。\n"
            "报：市委办、市政府办　送：各县（市）区卫生局　共印30份")
    assert own_level_by_markers(matching_text(text)) == "unknown"
    # (the same words in the text itself still count)
    assert own_level_by_markers(matching_text("市委、市政府高度重视，全市接种率达到97.4%。")) == "city"


def test_a_prefecture_named_diqu_speaking_of_its_quanqu_is_city_level():
    page = ("关于印发《2031年全区卫生工作要点》的通知\n"
            "各县卫生局，地区直属各医疗卫生单位：\n"
            "现将《2031年全区卫生工作要点》印发给你们，请认真贯彻落实。\n"
            "昌都地区卫生局\n2031年2月12日\n"
            "2031年，全区卫生工作要以提升县乡服务能力为重点，力争全区孕产妇住院分娩率达到95%以上。\n")
    doc = one_doc(page)
    assert doc["place"] == "昌都地区"  # (a prefecture since renamed 昌都市: the gazetteer does not know it)
    assert doc["admin_level"] == "city"


def test_a_city_sharing_costs_with_its_counties_is_no_county_level_city():
    body = ("三年内市县两级财政计划投入资金5.6亿元，支持全市乡镇卫生院改造。全市乡镇卫生院208所，乡镇卫生院达标162所，"
            "乡镇卫生院床位增加1 200张，各乡镇卫生院配备DR，乡镇卫生院人员增加300人。")
    assert not is_county_level_city(matching_text(body))
    towns = "全市9个镇卫生院均完成标准化建设，市县两级财政共投入1.2亿元。"
    assert not names_its_towns(matching_text(towns))


@pytest.mark.parametrize("body,expected", [
    ("9月9日至15日，城中区组织辖区医疗机构开展义诊活动18场次。", ("城中区", "district")),
    ("5月20日，沿河土家族自治县启动家庭医生签约服务月活动。", ("沿河土家族自治县", "county")),
    ("【医疗保障】2031年，某某县城乡居民参保率达到97%。", (None, "county")),  # a masked name gives the level only
    ("9月9日，全区组织开展义诊活动。", (None, "unknown")),  # an own-level word is no place
])
def test_an_untitled_item_opening_with_its_day_and_a_place_gives_that_places_level(body, expected):
    assert opening_place(matching_text(body)) == expected


@pytest.mark.parametrize("text,expected", [
    ("某市“十四五”卫生健康事业发展规划", (2021, 2025)),
    ("某县卫生健康局“十三五”工作总结暨“十四五”工作思路", (2016, 2020)),
    ("某市卫生事业发展第十二个五年规划", (2011, 2015)),
    ("“十三五”以来，全县卫生健康事业快速发展", None),  # the years to date, not yet closed
    ("二〇一五年卫生工作总结", None),
])
def test_a_five_year_plans_period(text, expected):
    assert five_year_period(matching_text(text)) == expected


def test_the_year_of_a_five_year_plan_is_its_first_and_of_a_review_its_last():
    plan = one_doc("某某市“十四五”卫生健康事业发展规划\n第一章 发展基础\n过去五年，全市卫生健康事业取得长足进步。\n"
                   "第二章 发展目标\n到“十四五”期末，全市人均预期寿命达到79岁，每千人口执业医师数达到3.2人。\n")
    assert (plan["doc_type"], plan["period"], plan["year"]) == ("plan", "multi_year", 2021)
    review = one_doc("某某县卫生健康局“十三五”卫生健康工作总结\n“十三五”期间，全县卫生健康事业快速发展。五年来，全县新建乡镇卫生院"
                     "业务用房12栋，孕产妇死亡率由18.2/10万下降到9.6/10万，婴儿死亡率由5.1‰下降到3.2‰。\n")
    assert (review["doc_type"], review["period"], review["year"]) == ("summary", "multi_year", 2020)


def test_a_title_naming_the_results_of_the_years_work_and_its_plan_is_a_summary_and_plan():
    title = matching_text("某某鄉衛生所113年度工作成果暨114年度工作計畫")
    assert doc_type_of(title, 0.3) == "summary_and_plan"
    assert doc_type_of(matching_text("某某鄉衛生所113年度工作成果"), 0.0) == "summary"


def test_an_untitled_entry_opening_with_its_year_and_an_unknown_place_of_its_level_names_that_place():
    doc = one_doc("【概况】2031年，青柘区有各级各类医疗卫生机构126个，其中医院9个。全区卫生技术人员3 416人，"
                  "全区孕产妇系统管理率达到95.2%。\n")
    assert (doc["admin_level"], doc["place"]) == ("district", "青柘区")


def test_an_unknown_place_named_twice_as_a_sentences_subject_is_the_reports():
    page = ("青柘县卫生事业去年成绩亮眼\n本报讯 去年，全县卫生工作稳步推进。青柘县投入资金1 200万元改造乡镇卫生院8所，"
            "全县孕产妇住院分娩率达到99.1%。今年，青柘县将启动县域医共体建设。\n")
    doc = one_doc(page)
    assert (doc["admin_level"], doc["place"]) == ("county", "青柘县")
