"""Pages reshaped the way sites reshape them still read the same (round 25; every sentence here is made up for these
tests, places and numbers too):

- a sharing site's bracketed chunk numbers ([1] [2] [3] …) that a page joined into one line carries inside the number a
  chunk cut (…建档率达到6[3] 7.5%; set off by spaces, 达到6 [3] 7.5%) are taken out, so the number is whole again; a
  note's mark ([2] after a word) and a lone bracketed number are left as they are (``pageview.inline_chunk_number_edits``);
- a page that puts a space between every two characters keeps the writer's own spaces of a run: a table's columns
  aligned by ideographic spaces stay apart (``pageview.spaced_page_edits``);
- a PDF's running head and page number that a page joined into one line leaves inside a sentence its page break cut
  are taken out with the mark: a head printed before every page mark (…出院病人某市卫生局2031年工作总结　— 3 —72.5万人次),
  or one that copies the page's title or letterhead, before or after a single mark; a head after a sentence's end is
  left to the rules that put it on a line of its own (``pageview.repeated_head_mark_edits``).
"""
from __future__ import annotations

from healthdata.pageview import inline_chunk_number_edits, page_view, spaced_page_edits
from test_metamorphic import page_facts


def _view(raw: str) -> str:
    return page_view(raw).text


def _values(raw: str) -> set[tuple]:
    obs, _, errors = page_facts(raw)
    assert not errors
    return {(value, unit, indicator) for value, unit, indicator, *_ in obs}


# ---- bracketed chunk numbers inside a joined line

_CHUNKED_ONE_LINE = (
    "河湾县卫生局2033年工作总结 - 文库网[1] 河湾县卫生局2033年工作总结2033年，全县卫生工作稳步推进。一、公共卫生。"
    "全县建立居民电子健康档案21.4万份，电子建档率达到6[2] 7.5%，比上年提高4.2个百分点。二、妇幼保健。"
    "住院分娩率达到9[3] 9.2%，孕产妇系统管理率为91.6%。三、存在问题。村医队伍老化，后继乏人。[4] \n")


def test_bracketed_chunk_number_inside_a_number_is_taken_out():
    view = _view(_CHUNKED_ONE_LINE)
    assert "电子建档率达到67.5%" in view and "住院分娩率达到99.2%" in view
    values = _values(_CHUNKED_ONE_LINE)
    assert (67.5, "percent", "electronic_health_record_rate") in values
    assert not any(v == 7.5 and u == "percent" for v, u, _ in values)


def test_bracketed_chunk_number_set_off_by_spaces_is_taken_out():
    raw = _CHUNKED_ONE_LINE.replace("6[2] 7.5%", "6 [2] 7.5%").replace("9[3] 9.2%", "9 [3] 9.2%")
    view = _view(raw)
    assert "电子建档率达到67.5%" in view and "住院分娩率达到99.2%" in view


def test_a_copy_from_a_later_chunk_counts_on():
    raw = _CHUNKED_ONE_LINE.replace("[1]", "[5]").replace("[2]", "[6]").replace("[3]", "[7]").replace("[4]", "[8]")
    assert "电子建档率达到67.5%" in _view(raw)


def test_bracketed_numbers_that_are_no_chain_stay():
    # a lone bracketed number between digits: no chain of the site's numbers on the page
    assert inline_chunk_number_edits("门诊量达到3[2] 4万人次的目标尚未实现。\n") == []
    # a chain of a note's marks after words (研究[1] … 指出[2] … 显示[3]): none stands between two digits
    notes = "有研究[1]指出，规范管理率[2]与随访次数相关，另有报告[3]显示管理率为58.2%。\n"
    assert inline_chunk_number_edits(notes) == []


# ---- an evenly spaced page's aligned columns


def test_spaced_page_keeps_the_writers_ideographic_spaces():
    page = ("表1 主要健康指标\n"
            "指标　　　　　　2032年　　2033年\n"
            "婴儿死亡率（‰）　　　4.12　　　3.87\n"
            "全县共有执业医师1 205人，比上年增加63人，每千人口执业医师2.41人。\n")
    spaced = " ".join(page)
    edits = spaced_page_edits(spaced)
    kept, pos = [], 0
    for a, b, rep in sorted(edits):
        kept.append(spaced[pos:a] + rep)
        pos = b
    kept.append(spaced[pos:])
    assert "".join(kept) == page


def test_spaced_page_run_of_plain_spaces_keeps_its_length():
    page = "全县共有卫生院12所，  村卫生室208个，其中  标准化村卫生室176个。\n"
    spaced = " ".join(page)
    out, pos = [], 0
    for a, b, rep in sorted(spaced_page_edits(spaced)):
        out.append(spaced[pos:a] + rep)
        pos = b
    out.append(spaced[pos:])
    assert "".join(out) == page


# ---- a running head beside a page mark inside a joined line

_TITLE = "松岭市卫生局2031年工作总结"


def test_head_repeated_before_every_page_mark_is_taken_out():
    raw = (f"{_TITLE}\n2031年，全市卫生系统扎实推进各项工作。全市医疗机构完成诊疗1 204万人次，出院病人{_TITLE}　　　— 2 —"
           f"31.6万人次。孕产妇系统管理率达到93.5%，婴儿死亡{_TITLE}　　　— 3 —率为4.6‰，乡镇卫生院业务用房不足，"
           f"难以满足群{_TITLE}　　　— 4 —众就医需求。\n")
    view = _view(raw)
    assert "出院病人31.6万人次" in view and "婴儿死亡率为4.6‰" in view and "难以满足群众就医需求" in view
    assert (4.6, "per_mille", "infant_mortality_rate") in _values(raw)


def test_title_copy_after_a_single_page_mark_is_taken_out():
    raw = (f"{_TITLE}\n2031年，全市卫生工作取得新进展。存在的问题：一是基层人才引进难，引进— 2 —{_TITLE}的本科生留不住；"
           "二是公共卫生经费投入不足。\n")
    view = _view(raw)
    assert "引进的本科生留不住" in view and "— 2 —" not in view


def test_letterhead_after_a_single_page_mark_is_taken_out():
    raw = ("松岭市卫生健康委员会2031年卫生应急工作总结\n全年处置突发公共卫生事件12起。存在的问题：一是— 2 —"
           "松岭市卫生健康委员会文件应急物资储备品种单一、数量偏少；二是基层应急队伍专业化程度不高。\n")
    view = _view(raw)
    assert "一是应急物资储备品种单一" in view and "文件" not in view


def test_head_after_a_sentence_end_is_left_to_the_line_rules():
    # after a full stop the head starts where a sentence may: this rule leaves it (other rules put it on its own line)
    from healthdata.pageview import repeated_head_mark_edits
    raw = (f"{_TITLE}\n全年完成诊疗1 204万人次。{_TITLE}　　　— 2 —二、公共卫生\n孕产妇系统管理率达到93.5%。"
           f"{_TITLE}　　　— 3 —三、医疗服务\n")
    assert repeated_head_mark_edits(raw) == []


def test_words_before_a_single_page_mark_that_copy_no_title_stay():
    from healthdata.pageview import repeated_head_mark_edits
    raw = f"{_TITLE}\n全市推进分级诊疗制度建设，县域内就诊率达到— 2 —89.5%，群众满意度明显提高。\n"
    assert repeated_head_mark_edits(raw) == []


# ---- bracketed chunk numbers on lines of their own, and where a joined line's chunk began a line

_BRACKET_LINES = ("青川县卫生局2034年工作总结\n"
                  "[1]\n"
                  "    2034年，全县新农合参合人数12.6万人，参合率97.\n"
                  "[2]\n"
                  "3%，人均筹资180元。全年为农村育龄妇女免费增补叶酸1,48\n"
                  "[3]\n"
                  "2人，增补率88.5%。\n"
                  "    存在的问题：一是村医队伍老化；二是卫生院设备陈旧，影响诊疗水平。\n"
                  "[4]\n"
                  "本文档由网友上传，仅供学习交流。\n")


def test_bracketed_chunk_numbers_on_lines_of_their_own_are_taken_out():
    view = _view(_BRACKET_LINES)
    assert "参合率97.3%" in view and "叶酸1,482人" in view and "[2]" not in view
    values = _values(_BRACKET_LINES)
    assert (97.3, "percent", "ncms_participation_rate") in values
    assert any(v == 1482 and u == "count" for v, u, _ in values)


def test_bracketed_chunk_numbers_joined_into_one_line_after_a_decimal_point():
    one_line = "".join(line.strip() for line in _BRACKET_LINES.split("\n")[:8]) + "\n" + "\n".join(
        _BRACKET_LINES.split("\n")[8:])
    view = _view(one_line)
    assert "参合率97.3%" in view and "叶酸1,482人" in view


def test_chunk_number_after_a_sentence_end_breaks_the_line():
    raw = ("青川县卫生局2034年工作总结[1]2034年，全县新农合参合率97.[2]3%，人均筹资180元。全年增补叶酸1,48[3]2人。"
           "存在的问题：卫生院设备陈旧，影响诊疗水平。[4]本文档由网友上传，仅供学习交流。\n")
    view = _view(raw)
    assert "影响诊疗水平。\n本文档由网友上传" in view


# ---- spaced pages: among unspaced site lines, spaced twice, with pinyin

_SPACED_REPORT = ("北岭区卫生局2034年工作总结\n"
                  "2034年，全区参合农牧民4.26万人，参合率91.3%。全年筹集合作医疗基金512万元。\n"
                  "全区住院分娩率96.2%，孕产妇系统管理率90.4%。\n"
                  "存在问题：卫生院人员短缺，牧区群众就医路途远。\n")


def _spaced_lines(text: str) -> str:
    return "\n".join(" ".join(line) for line in text.split("\n"))


def test_spaced_report_among_unspaced_site_lines_reads_as_the_report():
    site = ("当前位置：首页 > 工作总结 > 卫生院工作总结\n发布时间：2035-01-08 浏览次数：5 210\n"
            "温馨提示：本站文档均由网友上传，仅供学习参考。\n")
    raw = site + _spaced_lines(_SPACED_REPORT)
    assert _values(raw) == _values(_SPACED_REPORT)
    assert "基金512万元" in _view(raw)


def test_spaced_page_spaced_again_reads_as_the_page():
    once = " ".join(_SPACED_REPORT)
    assert _values(" ".join(once)) == _values(_SPACED_REPORT)


def test_a_line_of_single_digits_is_no_spaced_report():
    # one line of digits set off by spaces among unspaced lines: fewer than spaced_lines_min such lines
    raw = "一、主要指标\n1 2 3 4 5 6 7 8 9\n全区住院分娩率96.2%，孕产妇系统管理率90.4%。\n"
    assert spaced_page_edits(raw) == []


# ---- a running head printed under every page mark

def test_head_repeated_after_every_page_mark_is_taken_out():
    raw = (f"北岭市卫生局\n关于2031年全市卫生工作的总结\n全市传染病报告发病率为201.35/10万，较上年下降—2—{_TITLE}3.6%。"
           f"疫情网络直报率100%。存在的问题：新农合筹资标准偏低，—3—{_TITLE}群众受益水平有待提高。\n")
    raw = raw.replace(_TITLE, "北岭市卫生局2031年工作总结")
    view = _view(raw)
    assert "较上年下降3.6%" in view and "筹资标准偏低，群众受益" in view


# ---- a wrap between a value's link verb and its 到 / 在

def test_wrap_between_link_verb_and_its_to_is_undone():
    raw = ("北岭区卫生健康委2032年工作计划\n"
           "    全面推进家庭医生签约服务，扩大签约覆盖面，常住人口签约率提高\n"
           "到38%以上；孕产妇死亡率控制\n"
           "在12/10万以内。\n")
    view = _view(raw)
    assert "签约率提高到38%以上" in view
    assert (38.0, "percent", "family_doctor_contract_rate") in _values(raw)


def test_a_short_line_ending_in_the_verb_is_left():
    # a heading-like short line is no running text: the break after it stays
    raw = "三、服务水平提高\n到年底，全区完成标准化建设的卫生院12所。\n"
    assert "服务水平提高\n到年底" in _view(raw)
