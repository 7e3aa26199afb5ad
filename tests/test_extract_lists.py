"""healthdata.extract.lists: one row per value of a distributive list."""
from __future__ import annotations

from healthdata.extract.observations import extract_report
from healthdata.textnorm import matching_text
from healthdata.types import ReportText


def rows(text: str) -> list[dict]:
    return extract_report(ReportText("t#01", "t.txt", text, matching_text(text), 0, len(text))).observations


def test_each_value_takes_its_own_indicator_and_the_shared_comparator():
    got = rows("新生儿死亡率、婴儿死亡率分别控制在3‰和5‰以下。")
    assert [(r["indicator_id"], r["comparator"]) for r in got] == [("neonatal_mortality_rate", "<="), ("infant_mortality_rate", "<=")]


def test_populations_of_a_list():
    got = rows("城镇职工和城镇居民参保率分别为96%、92%。")
    assert [(r["population"], r["indicator_id"]) for r in got] == [
        ("城镇职工", "basic_insurance_enrollment_rate"), ("城镇居民", "basic_insurance_enrollment_rate")]
