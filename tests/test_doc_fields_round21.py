"""Document fields, round 22 (worked from holdout53 and holdout59-62): the half year a news item's 截至6月X日 does not close,
yearbook entries under their place's heading (某某县 / 【卫生】2031年，… and 是年，…), a sub-district written 某某街, a
comprehensive experimental zone (综合实验区) at county level, and a title on the work since a year (2031年以来).  Every page
and sentence is written for the test; names and figures are invented."""
from __future__ import annotations

import pytest
from test_documents_written import one_doc, page_docs

from healthdata.normalize.documents import period_of

# --- period ------------------------------------------------------------------------------------------------------------


def test_a_count_to_a_day_in_june_is_no_half_year():
    body = ("连日来，青桐区卫健委在全区设置接种点12个。截至6月9日，全区累计接种疫苗21.3万剂次，60岁以上老年人接种率为41.2%。"
            "下一步将组建流动接种队，力争本月底前接种率达到50%。\n")
    assert period_of("summary", "", body) == "unknown"
    # (the last day of June, or its end, closes the half year)
    assert period_of("summary", "", body.replace("6月9日", "6月30日")) == "H1"
    assert period_of("summary", "", body.replace("6月9日", "6月底")) == "H1"


@pytest.mark.parametrize("opening", ["2031年，", "是年，"])
def test_a_yearbook_entry_under_its_places_heading_covers_the_year(opening):
    body = f"青桐县\n【卫生】　{opening}县卫生局投入0.8亿元新建县中医院。全县住院分娩率99.6%，孕产妇系统管理率95.3%。\n"
    assert period_of("summary", "", body) == "annual"


def test_a_title_on_the_work_since_a_year_covers_several_years():
    body = "我于2029年5月任职以来，推动全区卫生健康工作取得新进展。全区每千人口床位数由4.1张增至4.8张。\n"
    assert period_of("summary", "关于2029年以来履职情况的报告", body) == "multi_year"
    # (this year's work to date is no span of years)
    assert period_of("summary", "关于今年以来履职情况的报告", body) != "multi_year"


# --- admin level and place ---------------------------------------------------------------------------------------------


def test_a_sub_district_named_jie_is_a_township():
    page = ("青桐街社区卫生服务中心2031年工作总结\n"
            "2031年，中心在区卫健委和街道党工委领导下，全年门急诊4.2万人次，同比增加6.1%；建档率86.2%。\n"
            "二、存在不足\n全科医生只有9人。\n")
    doc = one_doc(page)
    assert doc["admin_level"] == "township"
    assert doc["place"] == "青桐街"


def test_a_comprehensive_experimental_zone_is_county_level():
    page = ("平潭综合实验区社会事业局\n当前位置：首页 > 工作动态\n"
            "二季度，实验区卫生健康系统抓好重点人群健康管理。全区新建居民电子健康档案0.8万份，累计建档率89.1%；"
            "孕产妇系统管理率95.2%，同比提高1.1个百分点。\n")
    docs = page_docs(page)
    assert [d["admin_level"] for d in docs] == ["county"]
    assert docs[0]["place"] == "平潭综合实验区"
