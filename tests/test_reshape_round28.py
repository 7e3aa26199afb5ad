"""Pages reshaped the way sites reshape them still read the same (round 28; every sentence here is made up for these
tests, places and numbers too):

- a PDF's page number with its running head ending in a letterhead's 文件, left inside a number a page joined into one
  line cut, the number's rest being its sign only (…达到97.6— 2 —某区卫生局文件%，…), is taken out: the number reads
  whole (``pageview.yaml inline_running_head_cut``);
- a running head on a line of its own beside a page counter that is the issuing body's name the title opens with
  (某市卫生局 over 第 1 页 共 2 页, under 某市卫生局2035年上半年工作总结) is taken out with the counter where the break cuts a
  sentence (``pageview.is_running_head``);
- a PDF copy whose lines a page break's join made one long line still has its wrap found: a line past the wrap's
  width is no line the wrap left, so it is not counted among the lines the wrap could cut (``pageview.hard_wrap_edits``);
- a sharing site's chunk number on a line of its own under a wrapped line that ends in a number's first digit
  (…达到9 / [2] / 5%) is not joined to that line by the wrap, so the cut rules read the number whole; and a chunk
  number with its 、 on a line of its own (…达到9 / 3、 / 8.7%) cuts a number as one before the rest does
  (``pageview.hard_wrap_edits``, ``pageview.yaml number_cut``);
- a page whose letter-spaced lines were spaced again (three spaces between their characters, one between the others')
  is a spaced page; and a letter-spaced stretch joined into one line with plain text has its spaces taken out
  (``pageview.is_spaced_page``, ``spaced_page_edits``, ``pageview.yaml spaced_stretch_min_chars``);
- a .txt page wrapped at one width counted in its source's characters (pinyin after characters, undecoded HTML
  references) has its wrap found by those widths (``pageview.source_line_widths``), and a reference the wrap cut in two
  (&ld / quo;) reads as its character (``ingest.text_entity_edits``).
"""
from __future__ import annotations

import pytest

from healthdata.ingest import text_entity_edits
from healthdata.pageview import is_spaced_page, page_view, pdf_wrap_edits, source_line_widths, spaced_page_edits
from reshape_helpers import problems as _problems
from reshape_helpers import values as _values
from reshape_helpers import view as _view
from reshape_helpers import wrap as _wrap
from test_metamorphic import pinyin


# ---- a running head ending in 文件 inside a number whose rest is its sign

def test_a_page_number_and_letterhead_before_a_rate_sign_inside_a_line_are_taken_out():
    line = ("青禾区卫生局2035年工作总结一、妇幼健康。全年活产数2104人，住院分娩率达到97.6— 2 —青禾区卫生局文件%，"
            "新生儿访视率95.1%。二、基本医疗。全区门诊量增长4.2%。")
    assert "达到97.6%，" in _view(line)
    assert (97.6, "percent", "actual") in _values(line)


def test_a_letterhead_with_its_wenjian_before_digits_is_taken_out():
    line = "青禾区卫生局2035年工作总结一、全区建档率达到8— 3 —青禾区卫生局文件2.4%，管理率61.0%。"
    assert "达到82.4%，" in _view(line)


# ---- the body's name the title opens with, on a line of its own beside a page counter

_HEAD_OVER_COUNTER = (
    "柳坪市卫生局2035年上半年工作总结\n"
    "上半年，市卫生局突出重点，扎实推进各项工作，进展顺利。\n"
    "一、新型农村合作医疗。全市参合农民21.6万人，参合率达到95.2%。\n"
    "二、存在问题。一是疾病防控任务繁重，专业人员不足；二是部分\n"
    "柳坪市卫生局\n"
    "第 1 页 共 2 页\n"
    "村卫生室房屋破旧，设备简陋；三是经办人员少，能力不强。\n"
    "下半年，我们将加大力度，确保全年任务完成。\n")


def test_the_bodys_name_over_a_page_counter_is_taken_out_with_it():
    view = _view(_HEAD_OVER_COUNTER)
    assert "二是部分村卫生室房屋破旧" in view
    assert not any("柳坪市卫生局" in p for p in _problems(_HEAD_OVER_COUNTER))


def test_the_bodys_name_under_a_page_counter_is_taken_out_with_it():
    page = _HEAD_OVER_COUNTER.replace("柳坪市卫生局\n第 1 页 共 2 页\n", "第 1 页 共 2 页\n柳坪市卫生局\n")
    assert "二是部分村卫生室房屋破旧" in _view(page)


def test_a_signature_under_the_last_paragraph_is_no_running_head():
    page = _HEAD_OVER_COUNTER + "柳坪市卫生局\n2035年7月6日\n"
    assert "柳坪市卫生局\n2035年7月6日" in _view(page)


# ---- a wrap found though a page break's join left one long line

_WRAPPED_WITH_BREAK = (  # (wrapped at 34 characters; the page break cuts the fourth item)
    "桐溪县卫生局2035年上半年工作总结\n"
    "今年以来，县卫生局围绕医改重点工作，扎实推进各项卫生工作，现将上半年\n"
    "工作总结如下：\n"
    "一、新农合参合农民32.6万人，参合率达到97.3%，筹资标准提高到\n"
    "每人260元。上半年累计补偿12.4万人次，补偿金额2961万元。\n"
    "二、基本药物制度在全县14个乡镇卫生院全面实施，零差率销售后门诊次均\n"
    "费用下降12.8%。\n"
    "三、重大公共卫生服务项目：完成乡村医生培训620人次，农村孕产妇住院\n"
    "分娩补助1890人。\n"
    "四、存在问题：乡镇卫生院收入减少，财政补偿不到位，医务人员积极性受到\n"
    "第 1 页\n"
    "桐溪县卫生局\n"
    "影响；部分村卫生室基本药物配送不及时。\n"
    "下半年工作计划：确保参合率稳定在97%以上，住院分娩率达到99%。\n"
    "桐溪县卫生局\n"
    "2035年7月9日\n")


def test_a_wrap_is_found_where_a_page_breaks_join_made_a_long_line():
    view = _view(_WRAPPED_WITH_BREAK)
    assert "筹资标准提高到每人260元。" in view
    assert "医务人员积极性受到影响；" in view
    assert "门诊次均费用下降12.8%。" in view
    assert (260.0, "yuan", "policy") in _values(_WRAPPED_WITH_BREAK)


# ---- a chunk number on a line of its own under a wrapped line

_FAMILY_PLANNING = (
    "松溪市计生局2035年工作总结\n"
    "2035年，全市计生系统紧紧围绕稳定低生育水平的目标，圆满完成了上级下达的各项任务。全市出生人口12406人，政策生育率达到"
    "92.8%，较上年提高0.6个百分点。\n"
    "一、基础工作。全市共落实各类避孕节育措施2.14万例，长效节育措施落实率达到90.4%。流动人口计划生育考核优良率达到96%。\n"
    "二、利益导向。发放农村部分计划生育家庭奖励扶助金1204.5万元，惠及1.62万人；为独生子女父母发放奖励费286万元，全部按时足额"
    "发放到位。\n"
    "三、存在的不足。一是部分镇街计生工作人员兼职过多，精力分散；二是流动人口信息核查不及时，数据质量有待提高。\n")


def test_a_bracketed_chunk_number_under_a_wrapped_line_leaves_the_number_whole():
    wrapped = _wrap(_FAMILY_PLANNING, 30)
    assert "达到9\n6%" in wrapped  # (the wrap at 30 cuts the rate)
    page = "松溪市计生局2035年工作总结_文档下载\n[1]\n" + wrapped.replace("达到9\n6%", "达到9\n[2]\n6%") + "\n[3]\n（全文完）"
    assert "考核优良率达到96%" in _view(page)
    assert (96.0, "percent", "actual") in _values(page)


def test_a_chunk_number_with_its_mark_on_a_line_of_its_own_cuts_a_number():
    page = ("某市卫生局2035年工作总结 - 文库\n"
            "某市卫生局2035年工作总结\n"
            "（一）医疗服务。全市医疗机构完成门诊诊疗86.2万人次，同比\n"
            "2、增长6.1%；出院病人3.12万人次。\n"
            "（二）妇幼保健。全市住院分娩率达到9\n"
            "3、\n"
            "8.7%，新生儿疾病筛查率91.3%。\n")
    assert "住院分娩率达到98.7%，" in _view(page)
    assert (98.7, "percent", "actual") in _values(page)


# ---- spaced pages and stretches

def test_a_page_spaced_again_over_lines_spaced_once_is_a_spaced_page():
    lined = ("冬 青 县 卫 生 局 二 〇 三 五 年 工 作 总 结\n"
             "一 、 全 县 参 合 农 民 5 2 . 6 万 人 ， 参 合 率 9 6 . 4 % 。\n"
             "二、全县新建村卫生室42所，总投资680万元，配置设备价值215万元。\n"
             "三、全县儿童免疫规划疫苗接种率达到97.1%，孕产妇系统管理率91.2%。\n"
             "四、存在的问题：乡村医生年龄偏大，后继乏人；部分卫生院设备陈旧。\n")
    spaced = " ".join(lined)
    assert is_spaced_page(spaced)
    assert "参合农民52.6万人，参合率96.4%。" in _view(spaced)
    assert "总投资680万元" in _view(spaced)


def test_a_letter_spaced_stretch_inside_a_plain_line_is_unspaced():
    line = ("冬青县卫生局二〇三五年工作总结　　一 、 全 县 参 合 农 民 5 2 . 6 万 人 ， 参 合 率 9 6 . 4 % ， 人 均 筹 资 "
            "3 2 0 元 。　　二、全县新建村卫生室42所，总投资680万元。")
    view = _view(line)
    assert "参合农民52.6万人，参合率96.4%，人均筹资320元。" in view
    assert {(526000.0, "count", "actual"), (96.4, "percent", "actual")} <= _values(line)


def test_a_pager_of_digits_is_no_spaced_stretch():
    assert spaced_page_edits("首页　上一页 1 2 3 4 5 6 7 8 9 下一页　尾页\n本站声明：转载请注明出处。") == []


# ---- wraps counted in the source's characters

_ENTITY_PAGE = (
    "石泉县卫生健康局2035年工作计划\n"
    "&nbsp;&nbsp;&nbsp;&nbsp;为全面推进&ldquo;健康石泉&rdquo;建设，进一步提升全县卫生健康服务能力和水平，结合我县实际，制定2035年工作计划如下。\n"
    "&nbsp;&nbsp;&nbsp;&nbsp;一、目标任务\n"
    "&nbsp;&nbsp;&nbsp;&nbsp;1.居民电子健康档案建档率&ge;92%，高血压、糖尿病患者基层规范管理服务率均&ge;68%，老年人健康管理率&ge;70%；\n"
    "&nbsp;&nbsp;&nbsp;&nbsp;2.孕产妇死亡率&le;14/10万，婴儿死亡率&le;4.8&permil;，5岁以下儿童死亡率&le;6&permil;；\n"
    "&nbsp;&nbsp;&nbsp;&nbsp;二、重点工作\n"
    "&nbsp;&nbsp;&nbsp;&nbsp;（一）完成&ldquo;两室&rdquo;标准化建设9个，新增负压救护车4辆，改造村卫生室26个，补齐&ldquo;网底&rdquo;短板。\n"
    "&nbsp;&nbsp;&nbsp;&nbsp;（二）投入1800万元推进县人民医院&ldquo;胸痛、卒中&rdquo;中心建设，提升急危重症救治能力，力争县域内就诊率达到88%。\n"
    "&nbsp;&nbsp;&nbsp;&nbsp;三、保障措施\n"
    "&nbsp;&nbsp;&nbsp;&nbsp;加强组织领导，落实经费保障，强化督导考核，把各项任务分解到单位、落实到人，确保&ldquo;事事有着落&rdquo;。\n")


@pytest.mark.parametrize("width", [33, 36])
def test_a_page_with_references_wrapped_at_a_width_of_its_source_reads_as_the_page(width):
    wrapped = _wrap(_ENTITY_PAGE, width)
    assert _values(wrapped) == _values(_ENTITY_PAGE)
    assert (14.0, "per_100k", "target") in _values(wrapped)
    view = _view(wrapped)
    assert "为全面推进“健康石泉”建设，进一步提升" in view  # (a reference the wrap cut, at 33: &ldq / uo;)
    assert "新增负压救护车4辆，改造村卫生室26个，补齐“网底”短板。" in view
    assert "三、保障措施\n" in view  # (a heading set in by four &nbsp; is near the width, and no cut line)


def test_the_source_widths_are_the_wrapped_source_lines():
    wrapped = _wrap(_ENTITY_PAGE, 33)
    view = page_view(wrapped)
    assert source_line_widths(page_view("no references")) is None
    widths = source_line_widths(view)

    def width_of_line_holding(words: str) -> int:
        start = view.text.rfind("\n", 0, view.text.index(words)) + 1
        return widths(start, view.text.find("\n", start))
    # a line joined from the wrap's pieces is measured by its last piece (以下儿童死亡率&le;6&permil;；)
    assert "孕产妇死亡率≤14/10万，婴儿死亡率≤4.8‰，5岁以下" in view.text
    assert width_of_line_holding("孕产妇死亡率") == len("以下儿童死亡率&le;6&permil;；")
    assert width_of_line_holding("石泉县卫生健康局") == len("石泉县卫生健康局2035年工作计划")
    assert width_of_line_holding("三、保障措施") == len("&nbsp;&nbsp;&nbsp;&nbsp;三、保障措施")


def test_no_wrap_is_found_in_a_page_of_unwrapped_lines_with_references():
    view = page_view(_ENTITY_PAGE)
    assert pdf_wrap_edits(view.text, source_line_widths(view)) == []


_PINYIN_PAGE = pinyin(  # (pinyin after some characters, as test_metamorphic's transform prints it)
    "溪南縣衛生局2035年工作總結\n"
    "　　2035年，溪南縣衛生系統圍繞醫改重點，紮實推進各項衛生工作，全年任務順利完成，群眾就醫條件進一步改善。\n"
    "　　一、新農合。全縣參合農民28.6萬人，參合率97.1%；住院補償比例鄉鎮衛生院達到82%，縣級醫院68%，群眾負擔明顯減輕。\n"
    "　　二、公共衛生。甲乙類傳染病發病率142.6/10萬，同比下降9.4%；兒童免疫規劃疫苗接種率保持在96%以上，衛生應急能力增強。\n"
    "　　三、存在問題。一是鄉村醫生老齡化嚴重，後繼乏人；二是重建後新增設備多，但運行經費缺口大；三是衛生人才引進困難。\n")


@pytest.mark.parametrize("width", [31, 34, 37])
def test_a_pinyin_page_wrapped_at_a_width_counting_the_pinyin_reads_as_the_page(width):
    assert "生(shēng)局(jú)" in _PINYIN_PAGE
    wrapped = _wrap(_PINYIN_PAGE, width)
    assert _values(wrapped) == _values(_PINYIN_PAGE)
    assert sorted(_problems(wrapped)) == sorted(_problems(_PINYIN_PAGE))


# ---- a reference cut by a line break

def test_a_reference_a_break_cut_reads_as_its_character():
    text = "群众就医仍需&ld\nquo;进市区&rdquo;，资源分布不均衡&hellip\n;&hellip;建档率&ge;9\n0%"
    edits = text_entity_edits(text)
    assert (text.index("&ld"), text.index("quo;") + 4, "\u201c") in edits
    assert (text.index("&hellip\n"), text.index("&hellip\n") + 9, "\u2026") in edits
    assert [e for e in edits if e[2] == "\u2265"]  # (the whole one too)


def test_a_cut_that_makes_no_reference_is_left():
    text = "见附件&foo\nbar;与&amp\nx;说明"
    assert text_entity_edits(text) == []


def test_a_source_line_is_measured_with_its_spaces_and_a_piece_an_edit_set_apart_as_that_piece():
    page = ("石泉县卫生健康局&nbsp;【收藏】【打印】&nbsp;石泉县卫生健康局2035年上半年工作总结\n"
            "&nbsp;&nbsp;上半年全县监测捕获鼠形动物 2 \n"
            "140 只，未发现动物间鼠疫。\n")
    view = page_view(page)
    widths = source_line_widths(view)
    start = view.text.index("\xa0\xa0上半年")
    end = view.text.find("\n", start)
    assert widths(start, end) == len("&nbsp;&nbsp;上半年全县监测捕获鼠形动物 2 ")  # (its last space counted)
    title = view.text.index("石泉县卫生健康局2035年")
    assert view.text[title - 1] == "\n"  # (the site's furniture cut off the title: the title measured alone)
    assert widths(title, view.text.find("\n", title)) == len("石泉县卫生健康局2035年上半年工作总结")
