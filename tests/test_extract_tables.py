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
