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


def test_an_untitled_news_item_on_maternal_and_child_health_has_that_topic():
    from healthdata.normalize.documents import topic_of
    body = matching_text(
        "本报讯 记者从某某县卫生健康局获悉，2031年全县孕产妇住院分娩率达到99.6%，孕产妇系统管理率93.1%，新生儿访视率95.2%。"
        "全县免费为1.2万名农村妇女开展两癌筛查，宫颈癌筛查率达到82%，乳腺癌筛查率81%；产前筛查率达到86.4%，"
        "新生儿疾病筛查率98.7%，出生缺陷发生率下降到98.2/万。全年无孕产妇死亡。")
    assert topic_of("", body) == "maternal_child"


def test_a_whole_works_report_naming_mothers_in_one_paragraph_stays_general():
    from healthdata.normalize.documents import topic_of
    body = matching_text(
        "2031年，全县卫生工作在县委、县政府的领导下稳步推进。新农合参合率达到98.6%，人均筹资标准提高到450元，全年补偿参合农民"
        "41.3万人次。基本公共卫生服务项目全面实施，居民电子健康档案建档率达到86%，高血压患者规范管理率72%，糖尿病患者规范管理率"
        "70%。县人民医院新住院楼投入使用，新增床位200张，乡镇卫生院标准化建设全部完成。孕产妇住院分娩率99.5%，新生儿访视率94%。"
        "卫生监督执法检查各类单位1 260户次，立案查处非法行医23起。")
    assert topic_of("", body) == "general"


def test_an_untitled_items_headline_names_its_unit():
    from healthdata.normalize.documents import topic_of
    body = matching_text("3月8日，某某区启动2031年免费筛查工作，全区计划为1.5万名适龄妇女提供服务，当天筛查326人。")
    assert topic_of("", body, ("某某区召开2031年妇幼健康工作推进会",)) == "maternal_child"
    assert topic_of("", body, ("某某区启动2031年免费筛查工作",)) == "general"


@pytest.mark.parametrize("title,expected", [
    ("镇雄县2031年健康扶贫工作总结", ("镇雄县", "county")),  # (the 镇 inside a county's name is no township's suffix)
    ("长治市潞州区卫生健康局2031年工作总结", ("潞州区", "district")),
])
def test_a_whole_name_of_the_gazetteer_is_not_cut_at_a_suffixs_character(title, expected):
    assert title_bureau_level(matching_text(title)) == expected


def test_a_county_news_item_opening_on_a_scene_in_a_township_is_not_the_townships():
    page = ("本网讯（记者 李某 通讯员 王某）2月15日，在某某镇卫生院候诊的渔民老刘告诉记者，现在看病不出村。"
            "记者从县卫生局获悉，去年以来，我县累计投入1 860万元，对全县22处镇卫生院和680处村卫生室进行标准化改造，"
            "2030年全县新农合参合率达到99.6%。\n")
    assert one_doc(page)["admin_level"] == "county"
