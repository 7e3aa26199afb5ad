"""Pages reshaped the way sites reshape them still read the same (round 26; every sentence here is made up for these
tests, places and numbers too):

- a short page a sharing site cut once carries two chunk numbers, its 1、 before the first line and one 2、 where the
  site's width cut the page's one longer line: both are taken out and the cut line joined again; a page's own list
  1、 … 2、 is left (``pageview.chunk_marker_edits``, ``_one_cut_chain_edits``);
- a number a wrap cut in two whose pieces a page prints one space apart is read whole where no reader could take the
  pieces for two numbers: a group of two digits opening with 0 (保持1 00%), or digits glued to the word before them
  and the rest before a measure word (仅有21 4人); a thousands group with a spaced decimal point (7 846. 2万人次) is
  one number; two numbers before a rate sign (达到95 100%) and a table's cells (床位 12 15张) stay apart
  (``pageview.yaml number_spaces``).
"""
from __future__ import annotations

from healthdata.pageview import chunk_marker_edits, number_space_edits, page_view
from test_metamorphic import page_facts


def _view(raw: str) -> str:
    return page_view(raw).text


def _values(raw: str) -> set[tuple]:
    obs, _, errors = page_facts(raw)
    assert not errors
    return {(value, unit, indicator, statement) for value, unit, indicator, statement, *_ in obs}


# ---- a page cut once: 1、 at the top, one 2、 at the cut

_PLAN_CUT_ONCE = (
    "1、柳河县卫生局2034年卫生工作要点\n"
    "　　2034年全县卫生工作的主要目标：\n"
    "　　1．住院分娩率达到98%以上；\n"
    "　　2．孕产妇系统管理率达到92%；\n"
    "　　主要措施：一是新建标准化村卫生室24个；二是培训乡村医生300人次；三是投资\n"
    "2、180万元改造2所中心卫生院。\n")


def test_page_cut_once_loses_both_chunk_numbers():
    view = _view(_PLAN_CUT_ONCE)
    assert view.startswith("柳河县卫生局2034年卫生工作要点\n")
    assert "三是投资180万元改造2所中心卫生院" in view
    values = _values(_PLAN_CUT_ONCE)
    # the title is read, so the page is a plan and its figures are targets
    assert (98.0, "percent", "hospital_delivery_rate", "target") in values
    assert (1800000.0, "yuan", None, "target") in values


def test_the_cut_line_must_be_the_longest_line():
    # the line before 2、 is shorter than another line of the page: the site's width did not cut it
    raw = _PLAN_CUT_ONCE.replace("2034年全县卫生工作的主要目标：",
                                 "2034年全县卫生工作的主要目标，围绕健康柳河建设，继续深化医药卫生体制改革，提升基层服务能力：")
    assert chunk_marker_edits(raw) == []


def test_a_list_of_two_items_stays():
    # a page's own list: 2、 follows a line that ends with its punctuation
    raw = ("1、加强组织领导，各乡镇卫生院要把慢性病管理工作列入年度考核，落实专人负责。\n"
           "　　各村卫生室要按月上报随访情况。\n"
           "2、完善考核办法。\n")
    assert chunk_marker_edits(raw) == []
    # ... or a cut line that ends after a comma (a list's item ends where its clause ends)
    raw = ("1、某镇卫生院2034年工作计划\n"
           "　　一是加强基本公共卫生服务，落实慢性病随访管理，提高群众满意度，\n"
           "2、加强医疗质量管理。\n")
    assert chunk_marker_edits(raw) == []


def test_a_number_one_not_at_the_page_top_is_no_site_number():
    raw = "某镇卫生院2034年工作计划\n1、" + _PLAN_CUT_ONCE.split("1、", 1)[1]
    assert chunk_marker_edits(raw) == []


# ---- a number cut by a wrap, its pieces one space apart

def test_group_opening_with_zero_continues_the_number():
    view = _view("全区传染病网络直报率保持 1 00%，新建村卫生室2 05个。\n")
    assert "保持100%" in view and "新建村卫生室205个" in view


def test_digits_glued_to_a_word_and_the_rest_before_a_measure_word():
    raw = "全乡执业医师仅有21 4人，人均补助提高到23 0元。\n"
    view = _view(raw)
    assert "仅有214人" in view and "提高到230元" in view
    assert {(214.0, "count"), (230.0, "yuan")} <= {(v, u) for v, u, *_ in _values(raw)}


def test_thousands_group_with_a_spaced_decimal_point():
    assert "总诊疗7846.2万人次" in _view("全市医疗卫生机构总诊疗7 846. 2万人次，同比增长3.1%。\n")


def test_two_numbers_stay_apart():
    # before a rate sign two numbers side by side are no cut number
    assert number_space_edits("参合率达到95 100%的乡镇有3个。\n") == []
    # a table's cells stand after a space, not glued to a word
    assert number_space_edits("床位 12 15张\n") == []
    # a zero after a space opens no two-digit group when more digits follow (a thousands group is read as before)
    assert "1000人" in _view("全年新增签约居民1 000人。\n")
