"""Document fields, round 26.  Causes worked: a community health service centre's title (社区卫生服务中心…) read as a district's
(the 区 of 社区); a site's footer naming the bureau that runs it (主办：重庆市卫生健康委员会) not read when the report names no
place; an untitled township news item opening on its lede and a day in words (本网讯（通讯员 …）近日，泸县某某镇卫生院…), and a
county of one character before the township; a development zone's social-affairs bureau in a title (某某经开区社会事业局…); a
progress point written 至11月底 (short for 截至); a brief opening on its place as a label (某某区：2031年全区…).  Every page and
sentence is written for the test (names of places are real where the gazetteer must know them; figures invented)."""
from __future__ import annotations

import pytest
from test_documents_written import one_doc

from healthdata.normalize.documents import latest_progress_month, period_of, title_bureau_level
from healthdata.textnorm import matching_text


@pytest.mark.parametrize("title", ["社区卫生服务中心2031年工作计划", "XX社区卫生服务中心2031年上半年工作总结",
                                   "2031年社区卫生服务中心工作总结"])
def test_a_community_health_centres_title_names_no_level(title):
    assert title_bureau_level(matching_text(title)) is None
    page = (f"{title}\n"
            "一、基本情况\n辖区常住人口3.2万人，中心设全科诊室4间，全年门诊2.6万人次。\n"
            "二、主要工作\n为辖区居民建立电子健康档案2.1万份，建档率达到82.4%。\n")
    assert one_doc(page)["admin_level"] == "unknown"


def test_a_sub_districts_community_health_centre_stays_township_level():
    assert title_bureau_level(matching_text("城南街道社区卫生服务中心2031年工作总结")) == ("城南街道", "township")


def test_a_district_bureaus_title_still_names_its_level():
    page = ("区卫生局2031年工作总结\n"
            "2031年，在区委、区政府的领导下，各项卫生工作稳步推进，全年门诊量同比增长5.2%。\n")
    assert one_doc(page)["admin_level"] == "district"


def test_a_sites_footer_naming_its_health_bureau_places_a_report_that_names_none():
    page = ("<html><head><title>2031年全市卫生健康主要指标完成情况</title></head><body>\n"
            "<h1>2031年全市卫生健康主要指标完成情况</h1>\n"
            "<p>2031年，全市孕产妇死亡率为9.1/10万，婴儿死亡率为2.7‰，各项指标均完成年度目标。</p>\n"
            "<p>全市每千人口医疗卫生机构床位数达到7.9张，比上年增加0.3张。</p>\n"
            "<div class=\"foot\">主办：重庆市卫生健康委员会　地址：某某路1号</div>\n"
            "</body></html>\n")
    from healthdata.build import report_result
    from healthdata.segment import page_reports
    view, reports = page_reports(page, "page.html")
    docs = [report_result(rep, "page.html", view).documents[0] for rep in reports]
    assert len(docs) == 1
    assert (docs[0]["admin_level"], docs[0]["place"]) == ("province", "重庆市")


def test_a_footer_naming_a_government_places_nothing():
    from healthdata.normalize.documents import footer_bureau_place
    assert footer_bureau_place(matching_text("主办：太原市人民政府办公厅　版权所有"), "市") == (None, None)
    assert footer_bureau_place(matching_text("主办：太原市卫生健康委员会　版权所有"), "市")[0] == "太原市"


@pytest.mark.parametrize("opening", ["本网讯（通讯员 王某）近日，", "本报讯 日前，", ""])
def test_an_untitled_township_news_item_after_its_lede_is_the_townships(opening):
    page = (f"{opening}泸县云锦镇卫生院召开2031年度工作总结会。2031年，该院门急诊服务2.94万人次，住院1 120人次，"
            "同比分别增长6.3%和4.1%；辖区高血压患者规范管理率达到71.2%。\n")
    doc = one_doc(page)
    assert (doc["admin_level"], doc["place"]) == ("township", "云锦镇")


def test_a_development_zones_social_affairs_bureau_in_a_title_is_the_issuer():
    assert title_bureau_level(matching_text("长岭经开区社会事业局2031年卫生健康工作总结")) == ("长岭经开区", "district")
    assert title_bureau_level(matching_text("某某新区社会事务局2031年工作总结")) is None  # (a masked name: the body decides)


@pytest.mark.parametrize("text,expected", [
    ("全县参合农民11.2万人。至11月底，共补偿参合农民8 642人次。", 11),
    ("全县参合农民11.2万人，到10月底，累计补偿资金216.5万元。", 10),
    ("全县于3月至11月底开展了爱国卫生月活动。", None),  # (the end of a span, not a progress point)
    ("截至9月底，共补偿参合农民5 110人次。", 9),
])
def test_a_progress_point_written_with_zhi_alone(text, expected):
    assert latest_progress_month(matching_text(text)) == expected


def test_a_progress_report_to_late_in_the_year_under_a_title_is_annual():
    body = matching_text("我县于2031年3月启动试点，参合率76.3%。至11月底，共补偿参合农民8 642人次，基金使用率为61.7%。")
    assert period_of("summary", matching_text("某某县新型农村合作医疗试点工作情况汇报"), body) == "annual"


@pytest.mark.parametrize("body,expected", [
    ("西城区：2031年全区儿童免疫规划疫苗接种率99.1%，适龄儿童建卡率100%。", "annual"),
    ("2031年全市新增托位1 200个，每千人口托位数达到4.1个。", "annual"),
    ("海淀区：2031年，全区家庭医生签约率达到41.2%。", "annual"),
])
def test_a_brief_opening_on_its_place_and_its_year_covers_that_year(body, expected):
    assert period_of("summary", "", matching_text(body)) == expected


def test_a_place_the_page_writes_without_its_suffix_keeps_the_pages_script():
    page = ("勐海年鑑·2031　　衛生\n"
            "【衛生事業】2030年，全縣有醫療衛生機構108個，病牀880張，衛生技術人員1 096人。"
            "新型農村合作醫療參合率95.1%，全年補償參合農民10.9萬人次。\n")
    doc = one_doc(page)
    assert (doc["admin_level"], doc["place"]) == ("county", "勐海縣")


@pytest.mark.parametrize("text,expected", [
    ("莒县召开2031年全县卫生工作会议", ["莒县"]),
    ("信息来源：嵩县人民政府网　阅读：210", ["嵩县"]),
    ("《容县年鉴（2031）》 > 社会 > 卫生", ["容县"]),
    ("攸县卫生局组织开展义诊", ["攸县"]),
    ("县卫生局和县医院联合开展义诊", []),  # (a pair of words, not 和县)
])
def test_a_one_character_county_named_as_a_body(text, expected):
    from healthdata.normalize.places import place_candidates
    assert place_candidates(matching_text(text)) == expected
