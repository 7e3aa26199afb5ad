"""Pages reshaped the way sites reshape them still read the same (round 31; every sentence here is made up for these
tests, places and numbers too):

- a `|` table whose rows a page joined into one line (| a | b || c | d |, or a space between rows) has its rows on lines
  of their own again, the text before and after it off its first and last rows, and a heading between two tables on
  the line off both (``pageview.joined_table_row_edits``); a table row a wrap cut is joined until it holds the table's
  bars (``pageview.cut_table_row_edits``);
- a sharing site's title copy glued after the last of its fields (…| 页数：3页某县…总结1、2031年，…) stands on a line of its
  own (``pageview.glued_title_copy_edits``), and a chunk number a one-line page brought inside the number or the word it
  cut (…达到82、6.4%…, …财4、 政补助…) is taken out where it is a link of the page's chain (``pageview.yaml
  glued_chunk_mark``, ``pageview.glued_chunk_number_edits``);
- a sharing site's preview note and document tools after the last sentence, a counter label left empty glued to the
  report's opening, the site's fields after a news headline on one line, a PDF page number after a decimal point, a
  date-only sign-off in Chinese numerals, a count a wrap cut before its decimal point, a comparator a wrap cut, and a
  space before a clause's comma (``pageview.yaml``: inline_furniture_start, inline_counter_end,
  only_site_fields_before, inline_page_number_before_sign, inline_closing, line_count_cut, link_words_cut_by_wrap,
  space_joins).
"""
from __future__ import annotations

from reshape_helpers import problems as _problems
from reshape_helpers import values as _values
from reshape_helpers import view as _view

from healthdata.pageview import cut_table_row_edits, glued_chunk_number_edits, joined_table_row_edits

# ---- a `|` table joined into one line

_TABLE_LINED = ("青川县2031年妇幼健康统计简报\n全县妇幼健康主要指标如下。\n| 指标 | 单位 | 2031年 | 2030年 |\n"
                "| 孕产妇系统管理率 | % | 92.4 | 90.1 |\n| 婴儿死亡率 | ‰ | 4.12 | 4.57 |\n| 孕产妇死亡率 | 1/10万 | 14.6 | 18.2 |\n"
                "全县住院分娩率达到99.6%。\n")


def _joined(joiner: str) -> str:
    lines = _TABLE_LINED.split("\n")
    return lines[0] + "\n" + joiner.join(line for line in lines[1:] if line) + "\n"


def test_a_table_joined_with_nothing_between_its_rows_has_its_rows_again():
    text = _view(_joined(""))
    assert "如下。\n| 指标 | 单位 | 2031年 | 2030年 |\n| 孕产妇系统管理率 | % | 92.4 | 90.1 |\n" in text
    assert "| 孕产妇死亡率 | 1/10万 | 14.6 | 18.2 |\n全县住院分娩率" in text
    assert _values(_joined("")) == _values(_TABLE_LINED)


def test_a_table_joined_with_a_space_between_its_rows_has_its_rows_again():
    assert _values(_joined(" ")) == _values(_TABLE_LINED)
    assert "| 婴儿死亡率 | ‰ | 4.12 | 4.57 |\n| 孕产妇死亡率" in _view(_joined(" "))


def test_a_heading_between_two_joined_tables_stands_between_them():
    line = ("| 指标 | 2031年 || 床位数 | 512 || 医师数 | 233 |二、妇幼健康| 指标 | 2031年 || 婴儿死亡率 | 4.1 || "
            "住院分娩率 | 99.2 |")
    assert joined_table_row_edits(line)
    view = _view(line)
    assert "| 医师数 | 233 |\n二、妇幼健康\n| 指标 | 2031年 |\n| 婴儿死亡率 | 4.1 |" in view


def test_a_decimal_an_ocr_copy_wrote_with_a_full_stop_keeps_its_row_in_the_table():
    line = "| 项目 | 数值 || 总诊疗人次 | 215。4 || 出院人数 | 4。73 |"
    assert _view(line) == "| 项目 | 数值 |\n| 总诊疗人次 | 215。4 |\n| 出院人数 | 4。73 |"


def test_a_lined_row_with_an_empty_cell_is_no_joined_table():
    assert joined_table_row_edits("| 指标 | | 2031年 | 2030年 |\n| 床位数 | | 512 | 498 |\n") == []
    assert joined_table_row_edits("| 床位数 | 张 | | 医师数 | 人 |\n") == []  # (one row: no second to join)


def test_a_table_row_a_wrap_cut_is_joined_until_it_holds_the_tables_bars():
    text = ("| 序号 | 任务 | 目标值 | 单位 |\n| 1 | 家庭医生签约率 | ≥75 | % |\n| 2 | 老年人健康管理率 | ≥7\n0 | % |\n"
            "| 3 | 孕产妇死亡率 | ≤12 | 1/10万\n |\n")
    view = _view(text)
    assert "| 2 | 老年人健康管理率 | ≥70 | % |\n" in view and "| 3 | 孕产妇死亡率 | ≤12 | 1/10万 |" in view
    # a row that the next lines cannot complete (a short closing row, 合计) is left as it is
    assert cut_table_row_edits("| 甲 | 乙 | 丙 |\n| 1 | 2 | 3 |\n| 合计 |\n说明：略。\n") == []


# ---- a sharing site's one-line page: its title copy and its chunk numbers

_SHARED = ("平川县卫生局2031年工作总结 - 某某文库\n"
           "上传者：a***9 | 浏览：1,032次 | 格式：DOC | 页数：3页平川县卫生局2031年工作总结1、2031年，全县新农合参合率达到9"
           "2、6.4%，孕产妇系统管理率为88.1%。3、存在的问题：一是村医老化；二是设备陈旧。\n")


def test_a_title_copy_glued_after_the_sites_fields_stands_on_its_own_line():
    view = _view(_SHARED)
    assert "页数：3页\n平川县卫生局2031年工作总结\n" in view
    assert (96.4, "percent", "actual") in _values(_SHARED)


def test_a_chunk_number_inside_the_number_it_cut_is_taken_out_where_it_links_the_chain():
    assert glued_chunk_number_edits(_SHARED)
    assert "参合率达到96.4%" in _view(_SHARED)
    # a list's own 2、 bears the same number: the pair 92、6.4% is left as written
    listed = _SHARED.replace("一是村医老化；二是设备陈旧", "1、村医老化；2、设备陈旧")
    assert "参合率达到92、6.4%" in _view(listed)


def test_a_chunk_number_inside_a_word_goes_with_a_chain_that_cuts_a_number():
    view = _view("1、2031年，全镇参合率达到92、8.5%，筹资到位。存在问题：财3、 政补助到位率仅为62%，设备老旧。")
    assert "参合率达到98.5%" in view and "财政补助到位率" in view
    # a chain of a list alone (no number cut) leaves the marks between words
    assert glued_chunk_number_edits("主要措施1、加强领导2、完善制度3、强化考核。") == []


# ---- one-line pages: the site's lines around the report, and words a wrap cut

def test_a_sharing_sites_preview_note_after_the_last_sentence_is_the_sites_line():
    text = "存在的问题：一是人员不足；二是部分村卫生室设备陈旧。（文档预览结束，下载后查看完整内容）\n"
    assert _problems(text) and not any("预览" in p for p in _problems(text))
    assert "陈旧。\n（文档预览结束" in _view(text)
    assert "设备陈旧。\n下载此文档 | 收藏" in _view("二是部分村卫生室设备陈旧。下载此文档 | 收藏 | 举报\n")


def test_a_counter_label_left_empty_glued_to_the_reports_opening_ends_the_sites_line():
    text = "来源：南溪区卫生健康局  发布时间：2031-11-18  阅读：今年以来，全区居民健康档案建档率达到86.2%。\n"
    assert "阅读：\n今年以来" in _view(text)


def test_the_sites_fields_after_a_news_headline_end_before_the_first_sentence():
    text = ("东坪市召开2031年全市卫生健康工作会议 来源：东坪市卫生健康委员会　发布时间：2031-02-26 10:12　浏览量：2118 "
            "2月25日，全市卫生健康工作会议召开。会议指出，全市家庭医生签约率达到43.5%。")
    assert "浏览量：2118\n" in _view(text).replace(" \n", "\n")
    assert (43.5, "percent", "actual") in _values(text)


def test_a_pdf_page_number_after_a_decimal_point_is_taken_out():
    assert "补偿参合农民4.6万人次" in _view("全年补偿参合农民4.— 2 —6万人次，支付补偿金1 200万元。")
    assert "1—2—3" in _view("按1—2—3的顺序排列。")  # (no decimal point before it: left)


def test_a_date_only_sign_off_in_chinese_numerals_ending_a_one_line_report_is_cut_off():
    text = "存在的问题：一是经费不足；二是人员老化，留不住人才。二○一一年一月\n"
    assert "留不住人才。\n二○一一年一月" in _view(text)
    assert not any("二○一一" in p for p in _problems(text))


def test_a_count_a_wrap_cut_before_its_decimal_point_is_whole():
    text = "年末全县共有卫生机构1\n.24万个，其中医院36个，基层医疗卫生机构1 180个，卫生技术人员3 212人。\n"
    assert "卫生机构1.24万个" in _view(text)


def test_a_comparator_a_wrap_cut_is_whole():
    text = "全年各乡镇卫生院要加强应急值守，开展应急演练不少\n于3次，县级疾控中心储备应急物资不低\n于50万元，确保处置及时有效。\n"
    view = _view(text)
    assert "不少于3次" in view and "不低于50万元" in view


def test_a_space_before_a_clauses_comma_separates_nothing():
    assert "一是卫生投入不足，县级配套到位率仅为58%" in _view("一是卫生投入不足 ，县级配套到位率仅为58% ；二是人才短缺。")
