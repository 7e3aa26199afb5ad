"""Document fields, round 24.  Causes worked: a news item's progress point of this year (截至今年6月底) not read as one; a
title's chain of places cut at a 州 inside the last name (某市潞州区 -> 区); a banner's text (全旗) looking for a 县 of its own; a
township's title naming its family-planning work (某某镇人口和计划生育工作总结); an autonomous county's full name longer than
six characters; an essay page's article marker above a health centre's opening; a year's review as 这一年; a city's table
of its counties, districts and county-level cities read as one of them.  Every page and sentence is written for the test
(names of places are real where the gazetteer must know them; figures invented)."""
from __future__ import annotations

import pytest
from test_documents_written import one_doc, page_docs

from healthdata.normalize.documents import own_suffix, period_of, title_bureau_level
from healthdata.normalize.places import place_candidates


def test_a_progress_point_of_this_year_at_june_makes_a_news_item_a_half_years():
    body = ("本报讯 某市城乡居民医保工作进展顺利。截至今年6月底，全市参保人数达到86.4万人，参保率97.2%。"
            "市医保局表示，下半年将继续扩大覆盖面。")
    assert period_of("summary", "", body) == "H1"


def test_a_progress_point_of_this_year_late_in_the_year_is_read_as_a_month():
    body = "本报讯 截至今年11月底，全县家庭医生签约率达到68.3%，比去年同期提高4.1个百分点。2031年，全县…"
    assert period_of("summary", "", body, own_year=2031) == "annual"


@pytest.mark.parametrize("title,expected", [
    ("长治市潞州区卫生健康局2032年工作要点", ("潞州区", "district")),  # 州 inside the district's name
    ("郑州市金水区卫生健康委员会2031年工作总结", ("金水区", "district")),
    ("北京市朝阳区卫生健康委2031年工作总结", ("朝阳区", "district")),
    ("杭州市卫生局2031年工作总结", ("杭州市", "city")),
])
def test_a_titles_chain_of_places_gives_its_last_place_whole(title, expected):
    assert title_bureau_level(title) == expected


def test_a_township_title_naming_its_family_planning_work_names_its_place():
    assert title_bureau_level("2031年青桐镇人口和计划生育工作总结") == ("青桐镇", "township")
    assert title_bureau_level("某县人口和计划生育局2031年工作总结") is None  # (a masked place: the body decides)


def test_a_banners_text_looks_for_a_banner_of_its_own():
    text = "全旗共有苏木乡镇卫生院12所，旗委、旗政府高度重视，全旗参合率达到98.6%。"
    assert own_suffix("county", text) == "旗"
    assert own_suffix("county", "全县共有乡镇卫生院12所，全县参合率达到98.6%。") == "县"


def test_a_banners_page_over_its_centres_untitled_report_names_the_banner():
    page = ("鄂托克前旗妇幼保健计划生育服务中心\n"
            "2031年妇幼健康工作总结\n"
            "2031年，旗妇幼保健计划生育服务中心围绕母婴安全开展工作。全旗活产1 842人，孕产妇死亡0人，"
            "婴儿死亡率3.1‰，高危孕产妇管理率100%，全旗住院分娩率99.8%。\n")
    doc = one_doc(page)
    assert doc["admin_level"] == "county"
    assert doc["place"] == "鄂托克前旗"


def test_banners_and_long_autonomous_county_names_are_place_candidates():
    assert "阿拉善左旗" in place_candidates("阿拉善左旗卫生健康委员会发布")
    assert "琼中黎族苗族自治县" in place_candidates("琼中黎族苗族自治县人民政府 > 互动交流")
    assert place_candidates("五星红旗迎风飘扬") == []  # (a word ending in 旗 the gazetteer does not know)


def test_an_essay_pages_second_article_under_its_marker_is_a_township_centres():
    page = ("范文网 > 工作总结 > 卫生院工作总结\n"
            "卫生院工作总结（两篇）\n"
            "篇一\n"
            "2031年，我院在县卫生健康局的领导下开展工作。全年门诊接诊21 032人次，同比增长6.4%，住院病人1 102人次。\n"
            "篇二\n"
            "2032年上半年，镇卫生院以提升服务能力为抓手，各项工作有序推进。1至6月份，完成65岁以上老人免费体检962人，"
            "管理高血压患者704人，规范管理率66%。\n")
    docs = page_docs(page)
    assert len(docs) == 2
    assert docs[1]["admin_level"] == "township"


def test_a_review_of_this_year_as_a_whole_is_annual():
    body = ("这一年，我们交出了这样的成绩单：全市居民健康素养水平达到35.2%，比上年提升2.6个百分点；"
            "婴儿死亡率1.9‰。")
    assert period_of("summary", "", body) == "annual"


def test_a_citys_table_of_its_counties_and_county_level_cities_is_the_citys():
    page = ("首页 > 数据发布 > 统计月报\n"
            "2031年1—9月全市卫生健康主要指标完成情况\n"
            "一、医疗服务\n"
            "1—9月，全市医疗卫生机构总诊疗3 980.6万人次，同比增长4.6%。\n"
            "二、分区县（市）情况\n"
            "越城区 诊疗人次812.4万，同比增长5.1%。\n"
            "柯桥区 诊疗人次903.7万，同比增长3.8%。\n"
            "诸暨市 诊疗人次846.2万，同比增长6.9%。\n"
            "新昌县 诊疗人次402.5万，同比增长2.2%。\n"
            "嵊州市 诊疗人次511.0万，同比增长4.0%。\n")
    doc = one_doc(page)
    assert doc["admin_level"] == "city"
    assert doc["place"] == "绍兴市"


def test_a_county_level_citys_own_report_stays_its_own():
    page = ("诸暨市卫生健康局2031年工作总结\n"
            "2031年，全市卫生健康系统扎实推进各项工作，全市家庭医生签约率达到45.6%，住院分娩率100%。"
            "各镇（街道）卫生院服务能力稳步提升，27个镇卫生院全部达到基本标准。\n")
    doc = one_doc(page)
    assert doc["place"] == "诸暨市"
    assert doc["admin_level"] == "county"


def test_a_county_hospitals_own_report_is_the_countys():
    assert title_bureau_level("青桐县人民医院2031年度工作总结") == ("青桐县", "county")
    assert title_bureau_level("某市第一人民医院2031年工作总结") is None  # (a masked place: the body decides)


def test_an_untitled_text_under_a_headline_of_a_years_review_is_annual():
    body = "今年以来，市卫生计生委围绕强基层目标，持续推进基层综合改革，全市居民健康档案建档率达到78.9%。"
    above = "首页 | 资讯 | 健康\n某某市卫生计生委：2031年基层卫生工作回顾\n2032-02-03 10:21 来源：某某健康网"
    assert period_of("summary", "", body, lines_above=above) == "annual"
    half = "首页 | 资讯 | 健康\n某某市卫生计生委：2031年上半年基层卫生工作回顾\n2031-07-03 10:21 来源：某某健康网"
    assert period_of("summary", "", body, lines_above=half) != "annual"


def test_a_notice_on_the_countys_township_hospitals_names_no_township_as_its_issuer():
    assert title_bureau_level("关于开展2031年全县乡镇卫生院达标活动的通知") is None


def test_a_bodys_budget_for_the_year_is_a_plan_and_its_final_accounts_a_summary():
    from healthdata.normalize.documents import doc_type_of
    assert doc_type_of("某市卫生健康委员会2031年部门预算编制说明", 0.0, "一、收支预算总体情况\n2031年部门收入预算总额为3.2亿元。") == "plan"
    assert doc_type_of("某区卫生健康委员会2031年度部门决算说明", 0.0, "一、收入支出决算总体情况\n2031年度收入总计3.2亿元。") == "summary"
    assert doc_type_of("关于2031年预算执行情况的报告", 0.0, "2031年预算执行情况良好，收入完成预算的101%。") == "summary"


def test_articles_under_a_headline_naming_two_years_keep_their_own_years():
    page = ("【原创】卫生局2031年工作总结和2032年工作计划（2篇）\n"
            "所属栏目：工作总结　发布：2032-01-05\n"
            "第1篇 青桐县卫生局2031年工作总结\n"
            "今年来，县卫生局紧紧抓住医改机遇，全县参合18.92万人，参合率97.2%，住院分娩率98.6%，同比提高1.2个百分点。\n"
            "第2篇 青桐县卫生局2032年工作计划\n"
            "2032年，全县卫生工作要以深化医改为重点，力争参合率稳定在97%以上，住院分娩率达到99%。\n")
    docs = page_docs(page)
    assert [d["year"] for d in docs] == [2031, 2032]


def test_a_new_areas_text_speaking_of_itself_as_the_new_area_is_a_districts():
    from healthdata.normalize.documents import own_level_by_markers
    text = ("上半年，新区卫生计生工作在管委会的领导下稳步推进。\n"
            "新区累计建立居民电子健康档案31.6万份，建档率达到80.2%。新区所属公立医院门急诊52.7万人次。")
    assert own_level_by_markers(text) == "district"
    assert own_level_by_markers("全县共有卫生院12所。经济开发区、高新区和新区建设有序推进，全县参合率98%。") == "county"


def test_a_superiors_best_or_worst_the_text_compares_with_is_not_its_own_level():
    from healthdata.normalize.documents import own_level_by_markers
    text = "全区组建家庭医生团队86个，孕产妇死亡率为0，婴儿死亡率1.6‰，均处于全省最低水平。"
    assert own_level_by_markers(text) == "district"


def test_a_place_the_gazetteer_does_not_know_is_read_from_the_government_office_that_runs_the_site():
    from healthdata.normalize.documents import unknown_place
    text = "青桐县人民政府办公室关于印发卫生工作要点的通知\n全县参合率达到98.2%。"
    assert unknown_place("county", ((text, 1),)) == "青桐县"
    assert unknown_place("county", (("2031年，以我县卫生系统为主体，全县参合率达到98.2%。", 1),)) is None
    assert unknown_place("district", (("3月2日，召开区卫生系统工作会议，全区参合率达到98.2%。", 1),)) is None
