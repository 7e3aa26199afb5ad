"""Documents, round 29: where each report on a page starts, and its fields.  Causes worked: a title whose line goes on
with the site's fields only (…工作计划　时间：2031-05-02　栏目：工作计划　本文已影响3.2万人) was taken for a report begun on its
title's line, so the site's next line ended it and the plan under it stood untitled.
Every page is written for the test (names and figures invented)."""
from __future__ import annotations

import pytest
from documents_pages import is_sites_line
from test_documents_written import one_doc, page_docs, page_values

from healthdata.normalize.places import resolve_place

# ---- a title whose line goes on with the site's fields only has not begun its text -------------------------------------------


@pytest.mark.parametrize("fields", [
    "时间：2031-05-02  栏目：工作计划  本文已影响 4.6万 人",
    "时间：20XX-xx-xx  栏目：卫生院计划  本文已影响 1.2万 人",
])
def test_a_title_line_going_on_with_the_sites_fields_and_lead_note_keeps_the_plan_after_them(fields):
    # (a sharing site's title, its fields, its lead note and the title's copy glued to the plan's opening on one line)
    page = ("范文网 > 工作计划 > 卫生工作计划\n"
            f"柳溪镇卫生院2032年工作计划（精选）{fields}【导读】下面是小编为大家整理的卫生院计划，欢迎阅读参考！"
            "柳溪镇卫生院2032年工作计划为做好2032年卫生工作，结合我院实际，制定本计划。一、工作目标1、孕产妇系统管理率达到92%以上；"
            "2、全年门诊人次达到4.6万人次。二、主要措施1、每季度召开一次村医例会，全年举办健康讲座不少于10期。\n")
    docs = page_docs(page)
    assert len(docs) == 1 and docs[0]["doc_type"] == "plan"
    assert sorted(page_values(page)) == [(10.0, "count"), (92.0, "percent"), (46000.0, "count")]


def test_a_whole_report_on_its_titles_line_still_ends_at_the_sites_next_line():
    page = ("范文网 > 工作总结 > 卫生院总结\n"
            "柳溪镇卫生院2031年工作总结2031年，我院门诊量达到2.8万人次，住院分娩率98.7%。\n"
            "本文标签：卫生院　年终总结　范文\n"
            "【上一篇】卫生院年度述职报告　【下一篇】村卫生室工作总结\n")
    assert len(page_docs(page)) == 1 and sorted(page_values(page)) == [(98.7, "percent"), (28000.0, "count")]


# ---- a line of the site's web address between the copies of a title -------------------------------------------------------


@pytest.mark.parametrize("site", ["青禾区人民政府 www.qinghe.gov.cn　2032-01-31", "青禾省卫生厅　　www.qhwst.gov.cn",
                                  "www.qhwsj.gov.cn　2032-04-08　打印　关闭", "http://www.qinghe.gov.cn/wsj/"])
def test_a_line_of_the_sites_web_address_is_the_sites(site):
    assert is_sites_line(site)


@pytest.mark.parametrize("text", ["详情请登录www.qhwsj.gov.cn查询。", "群众可通过 www.qhwsj.gov.cn 网上预约，全年预约挂号3.2万人次。"])
def test_a_sentence_naming_a_web_address_is_report_text(text):
    assert not is_sites_line(text)


def test_a_title_printed_again_under_the_sites_web_address_opens_the_report_at_its_first_copy():
    title = "青禾区卫生局2031年工作总结"
    page = (f"{title}\n青禾区人民政府 www.qinghe.gov.cn　2032-01-31\n\n{title}\n\n"
            "　　2031年，全区卫生系统全面完成了各项工作任务。全区建成社区卫生服务中心12个，社区卫生服务覆盖率达到100%。\n")
    docs = page_docs(page)
    assert len(docs) == 1 and docs[0]["source_start"] == 0 and docs[0]["title"] == title


# ---- a summary joined to the next year's 工作谋划 ------------------------------------------------------------------------------

def test_a_summary_joined_to_the_next_years_plan_named_gongzuo_mouhua_is_a_titled_summary_and_plan():
    title = "白塔县卫生健康局2031年工作总结暨2032年工作谋划"
    page = (f"{title}\n文章来源：县卫生健康局　　发布时间：2032-01-12\n\n"
            "　　2031年，县卫生健康局聚焦健康扶贫和医共体建设，全县家庭医生签约率达到68.2%。\n"
            "　　二、2032年工作谋划\n　　2032年，力争县域内就诊率达到90%以上。\n")
    doc = one_doc(page)
    assert doc["title"] == title and doc["source_start"] == 0 and doc["doc_type"] == "summary_and_plan"


# ---- the superior's programme a place was chosen for names no level of its own -----------------------------------------------

@pytest.mark.parametrize("chosen", ["被确定为全省新型农村合作医疗试点县", "被列为全省新型农村合作医疗试点", "作为全省第二批新农合试点县"])
def test_a_place_chosen_for_the_provinces_pilot_keeps_its_own_level(chosen):
    page = ("白塔区新农合试点运行平稳\n（2031年9月12日）\n\n"
            f"本报讯　自2031年1月白塔区{chosen}以来，区卫生局精心组织，试点工作运行平稳。截至8月底，全区参合农民达到18.7万人，"
            "参合率达到86.5%。\n")
    assert one_doc(page)["admin_level"] == "district"


def test_a_province_that_names_its_own_pilot_counties_stays_the_provinces():
    page = ("2031年，全省新型农村合作医疗试点县扩大到42个，全省参合农民1 260万人，参合率88.4%。"
            "全省将继续推进试点工作。\n")
    assert one_doc(page)["admin_level"] == "province"


# ---- a site's list of related pages under any 相关XX： label -------------------------------------------------------------

@pytest.mark.parametrize("label", ["相关稿件", "相关文档", "相关推荐"])
def test_a_related_pages_list_under_any_such_label_leaves_the_report_at_the_title(label):
    page = ("青禾县卫生局2031年工作总结 - 文库\n"
            f"{label}：乡镇卫生院2031年工作总结 / 医院年终总结范文 / 新农合工作总结\n"
            "青禾县卫生局2031年工作总结\n"
            "2031年，全县卫生工作以新农合为重点，参合农民31.2万人，参合率97.6%。\n")
    doc = one_doc(page)
    assert doc["title"] == "青禾县卫生局2031年工作总结" and doc["source_start"] == 0


# ---- a county under the name it had before it became a district --------------------------------------------------------------

@pytest.mark.parametrize("name, city", [("郫县", "成都市"), ("蓟县", "天津市"), ("梅县", "梅州市"), ("崇明县", "上海市")])
def test_a_former_county_the_gazetteer_knows_by_its_district_is_that_countys_place(name, city):
    where = resolve_place(name)
    assert where is not None and where["city"] == city and where["admin_level"] == "county"


@pytest.mark.parametrize("name", ["溪岚县", "东县", "某县"])
def test_a_name_no_one_district_answers_is_no_former_county(name):
    assert resolve_place(name) is None


def test_a_former_county_named_as_its_bureau_places_the_report():
    page = ("蓟县卫生局2031年工作总结\n"
            "2031年，全县新农合参合率达到97.1%，住院分娩率99.2%。蓟县卫生局组织乡镇卫生院开展业务培训12期。\n")
    doc = one_doc(page)
    assert doc["place"] == "蓟县" and doc["admin_level"] == "county"


def test_the_verb_xinjian_before_a_countys_hospital_names_no_place():
    page = ("2031年，全县卫生工作稳步推进。投资1 860万元，新建县妇幼保健院综合楼，新建县人民医院住院部，"
            "全县住院分娩率达到98.6%。\n")
    assert one_doc(page)["place"] is None


# ---- a development zone named by its generic short word ---------------------------------------------------------------------

@pytest.mark.parametrize(("header", "place"), [
    ("青禾经济技术开发区管理委员会　社会事业局\n", "青禾经济技术开发区"),
    ("来源：青禾经济技术开发区社会事业局　字号：大 中 小\n", "青禾经济技术开发区"),
    ("", "经开区"),  # (the page names no zone in full: the short word stays)
])
def test_a_zones_report_under_its_short_word_is_placed_by_the_full_name_the_page_writes(header, place):
    page = (header + "经开区社会事业局2031年卫生健康工作总结\n"
            "　　2031年，经开区社会事业局推动卫生健康事业发展，区内家庭医生签约率达到41.5%，新建社区卫生服务站6个。\n")
    assert one_doc(page)["place"] == place
