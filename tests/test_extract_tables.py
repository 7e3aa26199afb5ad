"""healthdata.extract.tables: values in tables whose unit has a column of its own."""
from __future__ import annotations

from healthdata.extract.tables import table_values, unit_of_cell
from healthdata.textnorm import matching_text


def test_unit_cells():
    assert [unit_of_cell(c) for c in ("%", " ‰ ", "1/10万", "/10万", "人", "95")] == [
        "percent", "per_mille", "per_100k", "per_100k", None, None]


def test_pipe_rows_with_a_unit_header_column():
    text = matching_text("指标 | 单位 | 2023年 | 2025年目标\n孕产妇死亡率 | 1/10万 | 12.1 | <10\n")
    got = [(text[v.token.start : v.token.end], v.token.unit, text[v.subject[0] : v.subject[1]].strip()) for v in table_values(text, 0, len(text))]
    assert got == [("12.1", "per_100k", "孕产妇死亡率"), ("10", "per_100k", "孕产妇死亡率")]


def test_one_cell_per_line_and_plain_prose_is_no_table():
    text = matching_text("住院分娩率\n%\n99.5\n")
    assert [(text[v.token.start : v.token.end], v.token.unit) for v in table_values(text, 0, len(text))] == [("99.5", "percent")]
    prose = matching_text("全县住院分娩率为99.5%。\n下一步继续努力。")
    assert table_values(prose, 0, len(prose)) == []


def test_a_unit_cell_is_no_value_and_a_cell_may_write_its_decimal_point_as_a_full_stop():
    # a statistics bulletin's table: the unit column says 1/10万 (a unit, not "one per 100 000"),
    # and a site wrote 。 for the decimal point in one cell
    from healthdata.extract.observations import extract_report
    from healthdata.types import ReportText

    text = ("指标 | 单位 | 2022年\n"
            "孕产妇死亡率 | 1/10万 | 9.8\n"
            "新生儿死亡率 | ‰ | 2.4\n"
            "居民电子健康档案建档率 | % | 91。2\n")
    rep = ReportText(doc_id="t#01", source_file="t.txt", start=0, end=len(text), text=text,
                     match=matching_text(text))
    got = [(r["quote"], r["value"], r["unit"], r["indicator_id"]) for r in extract_report(rep).observations]
    assert got == [("9.8", 9.8, "per_100k", "maternal_mortality_ratio"),
                   ("2.4", 2.4, "per_mille", "neonatal_mortality_rate"),
                   ("91。2", 91.2, "percent", "electronic_health_record_rate")]


def test_space_split_rows_indented_or_not_and_indented_prose_and_blank_lines():
    # a table whose cells are split by runs of spaces, its rows indented as a page indents paragraphs;
    # an indented paragraph (its only run of spaces is the indentation) and blank lines between them are no table
    text = matching_text("  指标  单位  目标值\n  孕产妇死亡率  1/10万  <10\n\n  全县孕产妇死亡率为9.5/10万。\n\n\n新生儿死亡率\n‰\n3.2\n")
    got = [(text[v.token.start : v.token.end], v.token.unit, text[v.subject[0] : v.subject[1]].strip(), v.statement)
           for v in table_values(text, 0, len(text))]
    assert got == [("10", "per_100k", "孕产妇死亡率", "target"), ("3.2", "per_mille", "新生儿死亡率", None)]


def test_a_cell_written_with_a_full_stop_for_its_decimal_point_stays_inside_its_sentence():
    # a Traditional yearbook's table whose cell writes 。 for the decimal point at the end of its row
    # and on a line of its own: the 。 ends no sentence, so the value's sentence holds all of it
    from healthdata.extract.observations import extract_report
    from healthdata.types import ReportText

    for text in ("主要指標見下表：\n指標 | 單位 | 2031年\n新生兒死亡率 | ‰ | 1。87\n孕產婦系統管理率 | % | 93.6\n",
                 "主要指標見下表：\n新生兒死亡率\n‰\n1。87\n"):
        rep = ReportText(doc_id="t#01", source_file="t.txt", start=0, end=len(text), text=text,
                         match=matching_text(text))
        rows = [r for r in extract_report(rep).observations if r["quote"] == "1。87"]
        assert [(r["value"], r["unit"]) for r in rows] == [(1.87, "per_mille")]
        assert rows[0]["sentence_start"] <= rows[0]["source_start"] < rows[0]["source_end"] <= rows[0]["sentence_end"]


def test_a_target_list_line_names_its_unit_in_brackets_before_a_colon():
    # a plan's list of targets: each line an indicator with its unit in brackets, a colon, then bare numbers
    # (bounds, several places, a list of three); the bracket's unit is theirs, the name their subject
    text = matching_text("　　主要目标：\n　　新生儿死亡率（‰）：4以下\n　　参合率(%)：城区88以上，山区92以上\n"
                         "　　甲病、乙病和丙病筛查率（%）：分别达到75、60和65\n　　结核病发病率（1/10万）：40左右\n")
    got = [(text[v.token.start : v.token.end], v.token.unit, v.token.unit_implicit, text[v.subject[0] : v.subject[1]])
           for v in table_values(text, 0, len(text))]
    assert got == [("4", "per_mille", True, "新生儿死亡率"), ("88", "percent", True, "参合率"), ("92", "percent", True, "参合率"),
                   ("75", "percent", True, "甲病、乙病和丙病筛查率"), ("60", "percent", True, "甲病、乙病和丙病筛查率"),
                   ("65", "percent", True, "甲病、乙病和丙病筛查率"), ("40", "per_100k", True, "结核病发病率")]


def test_a_colon_after_a_bracketed_count_unit_or_no_unit_or_a_number_with_its_own_unit_gives_no_value():
    # a count's or money's unit in brackets is left to the other readers; brackets holding no unit name none;
    # a number that writes its own unit, or is followed by a measure word, is not a bare value of the line
    text = matching_text("　　培训人数（人）：300以上\n　　经费（万元）：50\n　　备注（见附表）：12\n"
                         "　　达标率（%）：较上年提高3个百分点，2025年达到90%\n")
    assert table_values(text, 0, len(text)) == []


def test_a_table_with_one_space_between_cells_and_units_in_its_header_brackets():
    # a table pasted from a PDF: one (ideographic) space between cells, each column's unit in brackets in the
    # header; the rows are a name, then numbers.  Prose with numbers, and rows of another length, are no such table
    text = matching_text("县别　报告发病率（1/10万）　成功治疗率（%）\n甲县　41.3　92.5\n乙县　38.6　—\n"
                         "全县共有5个乡镇 12 个村\n")
    got = [(text[v.token.start : v.token.end], v.token.unit, text[v.subject[0] : v.subject[1]])
           for v in table_values(text, 0, len(text))]
    assert got == [("41.3", "per_100k", "甲县"), ("92.5", "percent", "甲县"), ("38.6", "per_100k", "乙县")]
    one_row = matching_text("县别　报告发病率（1/10万）　成功治疗率（%）\n甲县　41.3　92.5\n")
    assert table_values(one_row, 0, len(one_row)) == []
    no_units = matching_text("县别　报告病例　死亡病例\n甲县　41　2\n乙县　38　1\n")
    assert table_values(no_units, 0, len(no_units)) == []
