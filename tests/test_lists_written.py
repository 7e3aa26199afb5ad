"""Distributive lists as bulletins write them, on sentences written for these tests."""
from __future__ import annotations

from healthdata.extract.observations import extract_report
from healthdata.textnorm import matching_text
from healthdata.types import ReportText


def rows(text: str) -> list[dict]:
    return extract_report(ReportText("t#01", "t.txt", text, matching_text(text), 0, len(text))).observations


def test_items_sharing_a_head_noun_take_their_own_indicator():
    # 高血压、糖尿病患者规范管理率: the first item is 高血压患者规范管理率
    got = rows("全县高血压、糖尿病患者规范管理率分别为71.4%和66.2%。")
    assert [(r["quote"], r["indicator_id"]) for r in got] == [
        ("71.4%", "hypertension_management_rate"), ("66.2%", "diabetes_management_rate")]


def test_a_second_list_of_values_continues_the_first_item_by_item():
    got = rows("全县孕产妇死亡率、婴儿死亡率分别为12.1/10万和3.9‰，分别比上年下降1.6个十万分点和0.5个千分点。")
    assert [(r["quote"], r["indicator_id"], r["statement"], r["value"]) for r in got] == [
        ("12.1/10万", "maternal_mortality_ratio", "actual", 12.1), ("3.9‰", "infant_mortality_rate", "actual", 3.9),
        ("1.6个十万分点", "maternal_mortality_ratio", "change", -1.6), ("0.5个千分点", "infant_mortality_rate", "change", -0.5)]


def test_rates_written_out_or_typed_with_a_letter():
    got = [(r["quote"], r["value"], r["unit"]) for r in rows("孕产妇死亡率为十万分之十二,婴儿死亡率3.1%o,出生缺陷发生率为万分之六。")]
    assert got == [("十万分之十二", 12.0, "per_100k"), ("3.1%o", 3.1, "per_mille"), ("万分之六", 6.0, "per_10k")]


def test_chinese_numeral_counts_with_ge_from_ten_up_only():
    got = [(r["quote"], r["value"]) for r in rows("全县建成标准化村卫生室一百二十个,新建一个中心,落实两个确保,乡镇卫生院十五个。")]
    assert got == [("一百二十个", 120.0), ("十五个", 15.0)]


def test_a_unit_written_once_after_the_last_value_of_a_list_holds_for_each():
    got = rows("全县门诊和住院人次分别比上年增长3和5%。乡镇卫生院床位使用率和出院者平均住院日分别为3和5张。")
    assert [(r["quote"], r["value"], r["unit"], r["unit_implicit"], r["statement"]) for r in got][:2] == [
        ("3", 3.0, "percent", True, "change"), ("5%", 5.0, "percent", False, "change")]
    assert [r["quote"] for r in got if r["unit"] == "count"] == ["5张"]  # a count's unit is not lent


def test_respectively_after_as_many_rates_of_the_sentence_takes_their_indicators_in_order():
    got = rows("全市高血压患者规范管理率达到60.2%，糖尿病患者规范管理率53.8%，分别比上年提高6.5和5.1个百分点。")
    assert [(r["quote"], r["indicator_id"], r["statement"]) for r in got] == [
        ("60.2%", "hypertension_management_rate", "actual"), ("53.8%", "diabetes_management_rate", "actual"),
        ("6.5", "hypertension_management_rate", "change"), ("5.1个百分点", "diabetes_management_rate", "change")]


def test_an_amount_and_a_count_joined_by_a_population_are_no_list():
    # a rule's amount, then a count of the people it covers: two statements, not items of one list
    from test_page_shapes import page_rows
    page = "关于2016年城乡居民医保的问答\n答：2016年全县新农合人均筹资标准为450元，参合农民45.1万人，参合率为97.6%。\n"
    got = {r["quote"]: r["statement"] for r in page_rows(page)[1]}
    assert (got["450元"], got["45.1万人"]) == ("policy", "actual")
