"""Pages reshaped the way sites reshape them still read the same (round 29; every sentence here is made up for these
tests, places and numbers too):

- a PDF's running head and page mark that a page joined into one line left inside a number right after its decimal
  point (…达到96.某县卫生局2035年工作总结      — 2 —4%), or with the counter 第N页 for the number between dashes (…管理率
  8某区卫生健康委2035年工作总结      第 3 页6.2%), are taken out: the number reads whole; the head's digits are its year's
  only, so a number before it (3岁以下…率9…) is no piece of the head (``pageview.yaml inline_running_head_cut``);
- a short chain of a sharing site's chunk numbers on a page whose source holds more than its view shows (a spaced page's
  spaces, pinyin after characters) is measured in the source's characters, as the site counted them when it cut
  (``pageview.chunk_marker_edits``, ``_cut_at_one_width`` with ``source_line_widths``);
- a single chunk number the site put where its width cut a line right after a rate's sign (…达到85% / 2、以上。) is the
  site's (``pageview._one_cut_chain_edits``);
- a wrap on a short page that cuts the comparison linking a change to its rate (比上 / 年提高8.5个百分点, 同 / 比增长) or an
  indicator's name holding an age band's digits (5岁以 / 下儿童死亡率) is joined (``pageview.yaml link_words_cut_by_wrap``,
  ``pageview.indicator_name_cut_edits``).
"""
from __future__ import annotations

import pytest

from healthdata.pageview import (_compose, _ordered, chunk_marker_edits, identity_view, page_view, pinyin_edits,
                                 source_line_widths)
from reshape_helpers import values, view, wrap
from test_metamorphic import page_facts, pinyin


def _indicators(raw: str) -> set[tuple]:
    obs, _, errors = page_facts(raw)
    assert not errors
    return {(value, indicator, statement) for value, _unit, indicator, statement, *_ in obs}


# ---- a running head inside a number on a page joined into one line

@pytest.mark.parametrize(("line", "whole", "value"), [
    # after the decimal point, the head no copy of the title above
    ("某县卫生局2035年上半年工作总结一、妇幼卫生。全县孕产妇系统管理率达到92.3%，住院分娩率达到96.某县卫生局工作总结"
     "              — 2 —4%，全年无孕产妇死亡。二、存在问题。乡村医生老龄化严重。", "住院分娩率达到96.4%，", 96.4),
    # beside its page counter
    ("某区卫生健康委2035年工作总结一、慢病管理。全区高血压患者规范管理率8某区卫生健康委2035年工作总结      第 3 页"
     "6.2%，糖尿病患者规范管理率71.8%。", "规范管理率86.2%，", 86.2),
    # a number before the head (3岁…) is no part of it
    ("某区卫健委2035年工作总结一、妇幼健康。全区孕产妇系统管理率达到93.4%，3岁以下儿童系统管理率9某区卫健委2035年"
     "工作总结          第 2 页1.5%，住院分娩率99.8%。", "3岁以下儿童系统管理率91.5%，", 91.5),
])
def test_a_running_head_and_its_page_mark_inside_a_number_are_taken_out(line, whole, value):
    assert whole in view(line)
    assert (value, "percent", "actual") in values(line)


def test_a_title_after_a_number_with_no_page_mark_stays():
    line = "全县共有村卫生室215所。某县卫生局2035年工作总结发布以后，各乡镇组织学习了3次。"
    assert view(line) == line


# ---- a short chain of chunk numbers measured in the source's characters

_SPACED_PAGE = (
    "桐 岭 县 卫 生 局 2 0 3 5 年 工 作 总 结\n"
    "　　2035年，全县卫生工作稳步推进，全县参合农民达到２７．４万人，参 合 率 达 到 9 6 . 2 % 。全 县 住 院 分 娩 率 "
    "9 8 . 7 % 。\n"
    "　　存 在 的 问 题 ： 村 卫 生 室 房 屋 简 陋 ， 设 备 老 化 。\n")


_TRAD_PAGE = pinyin(
    "梧溪市衛生局2035年工作總結\n"
    "　　2035年，全市家庭醫生簽約服務覆蓋率達到41.3%，較上年提高4.6個百分點。\n"
    "　　存在問題：一是鎮級衛生院全科醫生不足；二是山區留守老人多，慢病管理壓力大。\n")


@pytest.mark.parametrize(("page", "width"), [(_SPACED_PAGE, 34), (_SPACED_PAGE, 38), (_TRAD_PAGE, 33), (_TRAD_PAGE, 34),
                                           (_TRAD_PAGE, 38)], ids=["spaced-34", "spaced-38", "pinyin-33", "pinyin-34",
                                                                   "pinyin-38"])
def test_a_page_wrapped_with_a_short_chain_of_chunk_numbers_counting_its_source_reads_as_the_page(page, width):
    assert "参 合 率 达 到" in page or "生(shēng)局(jú)" in page  # (a source holding more than its view: spaces, pinyin)
    wrapped = wrap(page, width, chunk_numbers=True)
    assert "\n2、" in wrapped and "\n5、" not in wrapped  # (a short chain: fewer than five)
    assert _indicators(wrapped) == _indicators(page)
    assert sorted(page_facts(wrapped)[1]) == sorted(page_facts(page)[1])


def test_the_chain_is_found_by_the_source_widths_only():
    """In the view (pinyin out) the cut lines vary in length; counted in the source they are the site's width."""
    wrapped = wrap(_TRAD_PAGE, 34, chunk_numbers=True)
    unpinned = _compose(identity_view(wrapped), _ordered(pinyin_edits(wrapped)))
    assert chunk_marker_edits(unpinned.text) == []
    assert len(chunk_marker_edits(unpinned.text, source_line_widths(unpinned))) >= 2


# ---- a single chunk number after a rate's sign

def test_a_single_chunk_number_after_a_rate_sign_is_the_sites():
    page = ("1、某县卫生局2035年工作计划\n"
            "　　一、全县免疫规划疫苗接种率达到95%以上，乙肝疫苗首针及时接种率达到90%\n"
            "2、以上。\n"
            "　　二、孕产妇住院分娩率提高到98%。\n")
    assert "及时接种率达到90%以上。" in view(page)
    assert (90.0, "percent", "target") in values(page)


def test_a_list_item_after_a_rate_on_the_first_line_stays():
    page = "1、全县参合率达到98%\n2、住院分娩率达到99%\n"
    assert view(page) == page


# ---- a comparison word and an age band's name cut by a wrap on a short page

def test_a_comparison_cut_by_a_wrap_is_joined():
    page = ("某镇卫生院2035年工作总结\n"
            "　　全年完成门诊1.32万人次，住院406人次，孕产妇住院分娩率达到72.4%，比上\n"
            "年提高6.5个百分点。全镇参合率达到98.9%。\n")
    assert "比上年提高6.5个百分点" in view(page)
    assert (6.5, "hospital_delivery_rate", "change") in _indicators(page)
    page = "　　全市甲乙类传染病报告发病率为214.6/10万，同\n比下降7.2%，无重大疫情发生。\n"
    assert "同比下降7.2%" in view(page)


def test_a_heading_ending_in_a_comparison_words_first_character_is_not_joined():
    page = "二、工作情况与同\n比分析\n"
    assert view(page) == page


def test_an_age_bands_indicator_name_cut_by_a_wrap_is_joined():
    page = ("　　一、主要指标。孕产妇死亡率控制在10/10万以下，婴儿死亡率、5岁以\n"
            "下儿童死亡率分别控制在4‰和6‰以下。\n")
    assert "5岁以下儿童死亡率" in view(page)
    assert {(4.0, "infant_mortality_rate"), (6.0, "under5_mortality_rate")} <= {v[:2] for v in _indicators(page)}


def test_the_page_view_of_a_plain_page_is_the_page():
    page = "某县卫生局2035年工作总结\n全县参合率达到98.2%，比上年提高1.1个百分点。\n"
    assert page_view(page).text == page


# ---- a site's mark a wrap cut around (round 29's hard_wrap entries of _WRAP_SITE_MARK)

_NOTE_PAGE = (
    "某县卫生局2035年工作总结\n"
    "　　2035年，全县卫生工作围绕年初目标扎实推进，各项任务基本完成。全县参合农民31.2万人，参合率达到97.4%，"
    "政策范围内住院费用报销比例达到75%，门诊统筹全面推开。\n"
    "　　公共卫生方面，居民健康档案建档率达到88.5%，高血压患者规范管理率69.2%，儿童免疫规划疫苗接种率均在9\n"
    "{mark}\n"
    "7%以上，传染病报告及时率100%，全年无甲类传染病发生。\n"
    "　　存在的问题：乡村医生年龄偏大，后继乏人；部分乡镇卫生院设备陈旧，难以满足群众需要。\n")


@pytest.mark.parametrize("mark", ["……………此处为第1页结束，全文共3页……………", "〔本文共2页　当前第1页〕"])
@pytest.mark.parametrize("width", [31, 35, 38])
def test_a_sites_mark_on_its_own_line_between_a_rates_pieces_is_left_to_the_cut_rule(mark, width):
    page = _NOTE_PAGE.format(mark=mark)
    assert (97.0, "percent", "actual") in values(page)
    wrapped = wrap(page, width)
    assert "\n" + mark + "\n" in wrapped  # (the mark keeps its line: it is shorter than the width)
    assert "接种率均在97%以上" in view(wrapped)
    assert values(wrapped) == values(page)


def test_a_tag_the_wraps_join_brought_inside_a_number_is_taken_out():
    line = ("　　（二）基本公共卫生。全市居民电子健康档案动态使用率6--[page:2]--2.4%，高血压患者规范管理率71.5%，糖尿病患者规范"
            "管理率68.9%，严重精神障碍患者规范管理率91.3%，老年人健康管理率达到67.2%，各项指标均较上年有所提高。")
    page = "某市卫生健康局2035年工作总结\n" + "\n".join([line] * 3) + "\n"
    wrapped = wrap(page, 34)
    assert "动态使用率62.4%，" in view(wrapped)
    line = "　　二、工作目标。政务信息被市级采用不少于6[chunk-17]0篇，档案数字化率提高到80%，群众满意率不低于95%，全年办结率100%。"
    assert "不少于60篇" in view(wrap("某县卫生局2035年工作要点\n" + "\n".join([line] * 3) + "\n", 33))


def test_a_rule_a_wrap_cut_into_pieces_is_one_rule():
    page = ("某县卫生局2035年工作计划\n"
            "　　主要目标：全县孕产妇死亡率控制在15/10万以下，婴儿死亡率控制在1\n"
            + "-" * 80 + "\n第1页/共3页　　本文档由用户上传，如有侵权请联系删除\n" + "-" * 80 + "\n"
            "2‰以内；住院分娩率达到99%以上，新生儿疾病筛查率达到95%以上。\n")
    assert "死亡率控制在12‰以内" in view(page)
    for width in (33, 36, 39):
        assert "死亡率控制在12‰以内" in view(wrap(page, width))


def test_a_wrapped_sentences_rest_above_a_page_number_is_no_running_head():
    page = ("某县卫生局2035年工作要点\n"
            "主要措施：投入资金860万元，完成县医院住院楼主体工程；选派15名乡镇卫生院医生到县级医\n"
            "院进修，乡村医生培训全年不少于\n"
            "- 2 -\n"
            "30课时；开展健康教育巡回讲座80场次。\n")
    text = view(page)
    assert "选派15名乡镇卫生院医生" in text and "院进修，乡村医生培训全年不少于30课时" in text


def test_the_closing_bracket_of_a_page_tool_a_wrap_cut_off_is_joined_to_it():
    page = ("某市卫生健康委员会2035年工作总结\n"
            "来源：市卫生健康委　　发布时间：2036-01-20　　【打印】【关闭\n"
            "】\n"
            "　　2035年，全市卫生健康系统各项工作稳步推进，全市居民健康档案建档率达到87.6%。\n")
    assert "【打印】【关闭】\n" in view(page)


def test_a_bracket_closing_a_word_of_the_text_is_not_joined():
    page = "来源：市卫生健康委　　点击：326\n（\n）\n"
    assert view(page) == page


def test_a_titles_year_before_its_page_counter_is_no_cut_number():
    line = ("某市卫生健康委员会2035年前三季度工作总结第1页共3页2035年前三季度，全市卫生健康工作稳步推进，"
            "全市家庭医生签约率达到38.6%。")
    assert "某市卫生健康委员会2035年前三季度工作总结" in view(line)
