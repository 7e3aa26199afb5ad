"""Values read off pages written for these tests (no text from any website or from eval/written):
numbers cut by a site's page furniture, numbers spaced and written with 。 as the decimal point,
and the statement, indicator and comparator an analyst reads for them.  Every page goes through the
build's own per-page path, and every quote must be the raw characters it points at."""
from __future__ import annotations

import pytest

from healthdata.build import report_result
from healthdata.segment import page_reports


def page_rows(text: str) -> tuple[list[dict], list[dict]]:
    """(documents, observations) of a page; each observation's quote checked against the raw text."""
    view, reports = page_reports(text, "page.txt")
    docs, obs = [], []
    for rep in reports:
        part = report_result(rep, "page.txt", view)
        docs += part.documents
        for row in part.observations:
            assert row["quote"] == text[row["source_start"]:row["source_end"]]
        obs += part.observations
    return docs, obs


def rate_rows(text: str) -> list[dict]:
    return [r for r in page_rows(text)[1] if r["unit"] not in ("count", "yuan")]


RULE = "-" * 72


@pytest.mark.parametrize("block", [
    f"\n{RULE}\n第1页/共4页　　本资料来自网友上传，仅供学习参考\n{RULE}\n",
    f"\n{RULE}\n第2页 共4页\n{RULE}\n",
    "\n第3页/共4页\n",
    f"\n{'=' * 40}\n- 2 -\n{'=' * 40}\n",
])
def test_a_page_break_block_inside_a_number_is_read_through(block):
    page = ("石门县卫生局2022年工作计划\n"
            "一、工作目标\n"
            f"全县病床使用率力争达到8{block}6.5%，孕产妇系统管理率达到9{block}3%以上，高血压患者规范管理率达到6{block}1%。\n")
    rates = rate_rows(page)
    assert [(r["value"], r["unit"]) for r in rates] == [(86.5, "percent"), (93.0, "percent"), (61.0, "percent")]
    assert all(block.strip() in r["quote"] for r in rates)  # the quote runs through the block in the raw text
    assert all(r["statement"] == "target" for r in rates)  # one plan, not cut into two reports at the block


def test_a_page_break_block_between_sentences_or_table_cells_joins_no_numbers():
    page = ("石门县卫生局2022年工作总结\n"
            "全县参合率为97.2%，比上年提高1.1个百分点。\n"
            f"{RULE}\n第1页/共2页\n{RULE}\n"
            "3名乡镇卫生院院长参加了轮训。\n"
            "指标 | 单位 | 完成值\n"
            "住院分娩率 | % | 98\n"
            f"{RULE}\n第2页/共2页\n{RULE}\n"
            "5 | 岁以下儿童死亡率\n")
    _, obs = page_rows(page)
    values = [r["value"] for r in obs]
    assert values == [97.2, 1.1, 3.0, 98.0]


@pytest.mark.parametrize("written, value", [("8 6。4%", 86.4), ("9 1。2 %", 91.2), ("7 3%", 73.0)])
def test_a_spaced_number_with_a_full_stop_for_its_point_is_one_rate(written, value):
    page = f"临湘市2021年卫生工作总结\n全市居民健康档案建档率达到{written}，较好完成任务。\n"
    rates = rate_rows(page)
    assert [(r["value"], r["quote"]) for r in rates] == [(value, written)]


def test_a_one_cell_a_line_table_reads_a_dash_as_an_empty_cell_and_a_year_beside_targets_as_reached():
    page = ("桃源县“十四五”卫生健康规划\n"
            "表2　主要指标\n指标\n单位\n2020年\n2025年目标\n"
            "婴儿死亡率\n‰\n5.2\n4.5\n"
            "每千人口执业医师数比例\n%\n—\n80\n")
    rates = rate_rows(page)
    got = [(r["value"], r["unit"], r["statement"]) for r in rates]
    assert got == [(5.2, "per_mille", "actual"), (4.5, "per_mille", "target"), (80.0, "percent", "target")]


def test_a_row_table_with_a_year_column_beside_a_target_column():
    page = ("桃源县“十四五”卫生健康规划\n"
            "指标 | 单位 | 2020年 | 2025年目标\n"
            "婴儿死亡率 | ‰ | 5.2 | 4.5\n"
            "孕产妇死亡率 | 1/10万 | — | 12\n")
    rates = rate_rows(page)
    got = [(r["value"], r["unit"], r["statement"]) for r in rates]
    assert got == [(5.2, "per_mille", "actual"), (4.5, "per_mille", "target"), (12.0, "per_100k", "target")]
