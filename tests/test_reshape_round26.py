"""Pages reshaped the way sites reshape them still read the same (round 26; every sentence here is made up for these
tests, places and numbers too):

- a short page a sharing site cut once carries two chunk numbers, its 1、 before the first line and one 2、 where the
  site's width cut the page's one longer line: both are taken out and the cut line joined again; a page's own list
  1、 … 2、 is left (``pageview.chunk_marker_edits``, ``_one_cut_chain_edits``);
- a number a wrap cut in two whose pieces a page prints one space apart is read whole where no reader could take the
  pieces for two numbers: a group of two digits opening with 0 (保持1 00%); a thousands group with a spaced decimal
  point (7 846. 2万人次) is one number, and so is a decimal cut so as an item of a list of numbers (0.62、0.4 8和0.75); two numbers before a rate
  sign (达到95 100%) and a table's cells (床位 12 15张) stay apart (``pageview.yaml number_spaces``);
- a site's note in brackets that cut a rate, set off by spaces on a page that sets its paragraphs off so (直报率达9
  （本文来源：…） 6.5%), is taken out as it is without the spaces (``pageview.yaml inline_page_break_cut``);
- a sharing site's bracketed chunk number set at the end of the chunk it closes, inside a number it cut, the next chunk
  on the next line (…技术人员达到29[3] / 46人), is taken out with the break: the number reads whole
  (``pageview.yaml inline_bracket_chunk``);
- a page break that cuts a sentence of a report whose paragraphs a page sets off by spaces is joined though the line
  it cuts opens with the site's upload fields (上传者：…   下载：12次 某区…工作打算 上半年，…完成全年目标的 / ——第1页—— /
  97.9%): what the break cuts is the text after the line's last sentence end (``pageview.last_sentence_of_line``);
- a page of many short lines (a title, headings, list items) and a few paragraphs a site cut at one width is found
  wrapped: lines of exactly one width that no line passes, most of them ending inside a sentence, measured with or
  without the paragraphs' indents (``pageview.hard_wrap_edits``, ``_cut_at_page_width``); a PDF copy's lines of
  varied lengths, a centred title among them, are not taken so.
"""
from __future__ import annotations

from healthdata.pageview import chunk_marker_edits, hard_wrap_edits, number_space_edits, page_view, pdf_wrap_edits
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


def test_thousands_group_with_a_spaced_decimal_point():
    assert "总诊疗7846.2万人次" in _view("全市医疗卫生机构总诊疗7 846. 2万人次，同比增长3.1%。\n")


def test_two_numbers_stay_apart():
    # before a rate sign two numbers side by side are no cut number
    assert number_space_edits("参合率达到95 100%的乡镇有3个。\n") == []
    # a table's cells, or two years' figures side by side
    assert number_space_edits("床位 12 15张\n") == []
    assert "新建12 15个" in _view("2033年和2034年分别新建12 15个村卫生室。\n")
    # a zero after a space opens no two-digit group when more digits follow (a thousands group is read as before)
    assert "1000人" in _view("全年新增签约居民1 000人。\n")


def test_decimal_cut_inside_a_list_of_numbers():
    view = _view("婴儿、新生儿和5岁以下儿童死亡率分别比上年下降0.62、0.4 8和0.75个千分点。\n")
    assert "下降0.62、0.48和0.75个千分点" in view
    # two numbers of a table's row are no list item
    assert number_space_edits("新生儿死亡率 0.4 8\n") == []


# ---- a site's note in brackets, set off by spaces

def test_bracketed_source_note_set_off_by_spaces_inside_a_rate():
    raw = ("清河县卫生局2034年工作总结 一、疾病预防控制。全县网络直报覆盖率达到100%，其中村卫生室直报率达9 （本文来源："
           "某某范文网 转载请注明） 3.5%，比上年提高4.1个百分点。\n")
    view = _view(raw)
    assert "直报率达93.5%" in view
    assert not any(v in (9.0, 3.5) for v, *_ in _values(raw))


# ---- a page of short lines and a few paragraphs, cut at one width

_PARAGRAPHS = (
    "全镇居民电子健康档案建档率力争达到80%，老年人健康管理率不低于70%，高血压患者规范管理率达到65%以上，糖尿病患者规范管理率达到60%以上。",
    "全年计划门诊量达到3.2万人次，住院病人1200人次，新增医疗设备投入不少于50万元，引进大专以上学历卫生技术人员3名。",
)


def _cut(line: str, width: int) -> list[str]:
    """A line cut every ``width`` characters, as a site wraps a page."""
    return [line[i:i + width] for i in range(0, len(line), width)]


def _short_lines_page(indent: str = "") -> str:
    head = ["石桥镇卫生院2034年工作计划", "一、工作目标", "1．住院分娩率达到98%以上。", "2．孕产妇系统管理率达到92%。",
            "3．新建标准化村卫生室6个。", "二、主要措施", "（一）加强公共卫生服务。"]
    tail = ["三、保障措施", "（一）落实责任。", "（二）强化考核。"]
    return "\n".join(head + _cut(indent + _PARAGRAPHS[0], 22) + ["（二）提升医疗服务能力。"] + _cut(indent + _PARAGRAPHS[1], 22)
                     + tail) + "\n"


def test_short_lines_page_cut_at_one_width_is_joined():
    text = _short_lines_page()
    view = _view(text)
    assert _PARAGRAPHS[0] in view and _PARAGRAPHS[1] in view
    assert "一、工作目标\n1．住院分娩率" in view  # the short lines stay lines


def test_short_lines_page_with_indented_paragraphs_is_joined():
    # the site counts each paragraph's indent in its width: the indented first line is as long as the lines after it
    view = _view(_short_lines_page(indent="　　"))
    assert _PARAGRAPHS[0] in view and _PARAGRAPHS[1] in view


def test_lines_of_varied_lengths_are_no_wrap_at_one_width():
    # a writer's lines end with their sentences, at lengths of their own
    lines = ["石桥镇卫生院2034年工作计划", "一、工作目标", "全镇居民电子健康档案建档率力争达到80%以上。",
             "老年人健康管理率不低于70%，高血压患者规范管理率65%。",
             "全年计划门诊量达到3.2万人次，住院病人1200人次。",
             "新增医疗设备投入不少于50万元，引进卫生技术人员3名。",
             "全镇孕产妇系统管理率达到92%，产后访视率达到90%。", "二、保障措施"]
    assert pdf_wrap_edits("\n".join(lines)) == []
    # a centred title over a PDF's paragraphs counts its indent only when the page is cut at exactly one width
    assert hard_wrap_edits("\n".join(["          某旗卫生局", "   2034年第一季度工作总结"] + lines[2:]), indent=True) == []


def test_rate_cut_after_a_full_stop_used_as_its_decimal_point():
    raw = "全镇孕产妇住院分娩率达到99%，婴儿死亡率为11。\n6‰，均低于全县平均水平。\n"
    assert "婴儿死亡率为11。6‰" in _view(raw)
    assert (11.6, "per_mille", "infant_mortality_rate") in {(v, u, i) for v, u, i, _ in _values(raw)}
    # a sentence that ends in a number, then a sentence of its own: no rate follows the break
    assert "医生共有8。\n6月起" in _view("全镇卫生院在编职工总数为28人，其中医生共有8。\n6月起，新招聘护士2名。\n")


def test_cell_per_line_table_page_cut_at_its_longest_width_is_joined():
    # a bulletin's table printed a cell per line (short cells the most common length) and two paragraphs a site cut
    # at 22 characters: the width is the page's longest length
    cells = ["指标", "单位", "2033年", "2034年", "床位数", "张", "1 180", "1 245", "医师数", "人", "612", "655",
             "护士数", "人", "703", "768"]
    text = "\n".join(["白沙县2034年卫生健康事业发展统计公报", *cells, *_cut(_PARAGRAPHS[0], 22), "二、医疗服务",
                      *_cut(_PARAGRAPHS[1], 22)]) + "\n"
    view = _view(text)
    assert _PARAGRAPHS[0] in view and _PARAGRAPHS[1] in view
    assert "\n".join(cells) in view  # the cells stay lines of their own


def test_bracketed_chunk_number_closing_a_chunk_inside_a_count():
    raw = ("青溪区卫生局2034年工作总结 [1]\n"
           "　　2034年，全区出生人口2715人，出生人口性别比107.2。[2]\n"
           "全区卫生技术人员达到31[3]\n"
           "58人，每千人口卫技人员6.1人。存在问题：基层人员流失较多。[4]\n")
    assert "卫生技术人员达到3158人" in _view(raw)
    values = {(v, u) for v, u, *_ in _values(raw)}
    assert (3158.0, "count") in values and (58.0, "count") not in values
    # one bracketed number closing a line, no chain of the site's: the line stays
    assert "达到31[3]\n58人" in _view("全区卫生技术人员达到31[3]\n58人，每千人口卫技人员6.1人。\n")


def test_short_chain_on_an_essay_page_whose_paragraphs_open_with_counters():
    # an essay site's [1] opens the first paragraph (on the line the sharing site cut: it counts in the width), the
    # page's own list counts 1、 2、 3、, and the sharing site's 1、 2、 3、 cut the paragraph at 31 characters, one
    # inside 万人 / 次
    raw = ("1、某镇卫生院2034年工作总结\n"
           "[1] 2034年，某镇卫生院在县卫生健康局的领导下，认真落实\n"
           "2、各项卫生工作。全镇参合率为97.1%，全年累计门诊1.86万人\n"
           "3、次，住院980人次，业务收入295万元。\n"
           "[2] 二、存在问题\n"
           "1、医务人员少，全院在编职工仅16人；\n"
           "2、住院楼年久失修，设备老化；\n"
           "3、群众对慢病随访配合度不高。\n")
    view = _view(raw)
    assert "全年累计门诊1.86万人次，住院980人次" in view and "认真落实各项卫生工作" in view
    assert "1、医务人员少" in view  # the page's own list stays


def test_page_break_after_a_line_that_opens_with_upload_fields():
    raw = ("某区卫生局2034年上半年工作总结\n"
           "上传者：ws2034   文档格式：DOC   页数：2   下载：31次 某区卫生局2034年上半年工作总结 上半年，全区卫生工作稳步推进。"
           " 一、公共卫生。老年人健康管理率达到71.2%，完成全年目标的 \n——第1页—— \n96.4%。 二、存在问题。村医老龄化严重。\n")
    assert "完成全年目标的 96.4%" in _view(raw) or "完成全年目标的96.4%" in _view(raw)
    assert (96.4, "percent", "task_completion_rate", "completion") in _values(raw)


def test_running_head_with_office_and_dated_document_name_after_a_full_stop():
    raw = ("某区卫生健康委员会\n2034年度部门决算说明\n"
           "一、预算执行情况。年度预算总额3.15亿元，实际支出2.98亿元，预算执行率94.6%。某区卫生健康委员会 2034年度部门决算"
           "           — 4 —三、存在的问题。部分项目预算编制不够精准，资金结转较多。\n")
    view = _view(raw)
    assert "2034年度部门决算           — 4 —" not in view and "— 4 —" not in view
    assert "三、存在的问题。部分项目预算编制不够精准" in view


def test_count_cut_after_a_short_first_line_of_a_paragraph():
    # a PDF copy sets a paragraph's first line short; the count's rest opens a line of running text
    raw = ("一、人口出生与死亡\n全区全年出生人口3\n417人，出生率8.86‰；死亡人口2950人，死亡率7.12‰，人口自然增长率1.74‰。\n"
           "二、疾病控制\n报告法定传染病2\n205例，发病率301.5/10万，同比下降4.4%。\n")
    view = _view(raw)
    assert "出生人口3417人" in view and "传染病2205例" in view
    # a table's column: the rest opens no running text
    assert "床位数2\n140张\n" in _view("指标\n床位数2\n140张\n医师数\n356人\n")
