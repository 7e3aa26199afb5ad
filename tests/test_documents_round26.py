"""Documents, round 26: where each report on a page starts and ends.  Causes worked: on a hard-wrapped page (a PDF
copy), a title line as long as the wrap width, or the site's copy of the title with the site's name after it, was
joined to the line under it as if the wrap had cut it, so the page lost its title.
Every page is written for the test (names and figures invented)."""
from __future__ import annotations

import pytest
from test_documents_written import one_doc

from healthdata.pageview import page_view

# a PDF copy's text, wrapped at 30 characters (the lines cut mid-sentence), written for these tests
_WRAPPED_BODY = (
    "2031年，在县委、县政府的正确领导和市卫健委的业务指导下，我中心紧\n"
    "紧围绕“病有所医”目标，克服山区分散、交通不便等客观困难，各项工\n"
    "作稳步推进，现将全年情况总结如下。\n"
    "一、基本医疗保障\n"
    "全县城乡居民医保参保人数6.24万人，参保率达到98.7%，人均筹资\n"
    "标准提高到520元。全年住院补偿7315人次，乡级住院报销比例为90%，\n"
    "县级为80%。\n"
    "二、妇幼卫生\n"
    "全年活产数904例，住院分娩率由上年的91.3%提高到95.2%，孕产妇\n"
    "系统管理率88.6%。婴儿死亡率6.12‰，5岁以下儿童死亡率下降到8.3\n"
    "‰。全县共有乡镇卫生院9所，村卫生室87个，乡村医生人数为142人，\n"
    "其中取得执业助理医师资格的有35人，占24.6%，比上年提高3.1个百分\n"
    "点。\n")


@pytest.mark.parametrize("title", [
    "青桐县卫生和计划生育服务中心2031年度卫生计生工作总结",  # (as long as the wrap width)
    "北岭市青桐县人民医院2031年度医疗服务工作总结报告",
])
def test_a_title_as_long_as_a_pdfs_wrap_width_is_not_joined_to_the_text_under_it(title):
    page = title + "\n" + _WRAPPED_BODY
    assert page_view(page).text.startswith(title + "\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0
    assert doc["title"] == title


@pytest.mark.parametrize("site", ["_青桐县人民政府网", " - 北岭市卫生健康委员会", "｜青桐县政府信息公开"])
def test_the_sites_copy_of_a_pdfs_title_with_the_sites_name_is_the_titles_first_copy(site):
    title = "青桐县卫生服务中心2031年工作总结"
    page = title + site + "\n" + title + "\n" + _WRAPPED_BODY
    assert page_view(page).text.startswith(title + site + "\n" + title + "\n")
    doc = one_doc(page)
    assert doc["source_start"] == 0  # (the title's first appearance, the site's copy)
    assert doc["title"] == title


def test_a_line_the_wrap_cut_still_joins_the_line_under_it_when_it_ends_in_a_report_word():
    # the sentence runs on across the break after a line ending in 工作计划: a line the wrap cut stands above it
    page = ("2031年，全县卫生系统认真落实县委县政府的决策部署，按照年初制定的\n"
            "全县卫生健康系统安全生产和疾病预防控制年度工作计划\n"
            "，扎实推进各项工作，全县法定传染病报告发病率控制在186.2/10万。\n"
            "全县城乡居民医保参保率达到98.7%，住院政策范围内报销比例为75%，\n"
            "乡级住院报销比例为90%，县级为80%，全年住院补偿7315人次，门诊\n"
            "补偿18.6万人次，基金使用率为92.4%，运行平稳，没有出现超支现象\n"
            "。全年活产数904例，住院分娩率由上年的91.3%提高到95.2%，孕产\n")
    text = page_view(page).text
    assert "年度工作计划，扎实推进" in text
