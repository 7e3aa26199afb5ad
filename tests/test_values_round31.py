"""Values, round 31 — each on text written for the test (no text from any page of the evaluation sets; places and
figures are made up).

- Chinese-numeral counts that are no counts: "at one go" (一次开具, 一次最多), one person covering a post (一人顶岗),
  the family-doctor slogan (签约一人、履约一人、做实一人), place names opening with a numeral and 台 (九台区, 三台县);
- a newborn hearing screening rate named in its own clause is a rate of its own, outside the catalog (26 written sets
  against 7 read it so); a screening rate whose hearing screening is named only in the clause before keeps the
  programme's indicator.
"""
from __future__ import annotations

from test_extract import rows_of


def counts(text: str) -> list[str]:
    return [r["quote"] for r in rows_of(text) if r["unit"] == "count"]


def test_a_numeral_of_at_one_go_is_no_count_of_times():
    assert counts("长处方试点铺开后，高血压患者可一次开具8周用量，复诊时一次最多可配两种药。") == []


def test_one_person_covering_a_post_is_no_count_of_staff():
    assert counts("青禾镇卫生院检验科一人顶岗，公卫科一人承担4项任务。") == ["4项"]


def test_the_family_doctor_slogan_is_no_count():
    assert counts("青禾县围绕“签约一人、履约一人、做实一人”推进家庭医生服务，全年新增团队12个。") == ["12个"]


def test_a_place_name_opening_with_a_numeral_and_tai_is_no_count_of_machines():
    assert counts("在九台区、三台县开展医共体试点，县医院新购两台彩超。") == ["两台"]


def test_a_hearing_screening_rate_named_in_its_clause_stays_outside_the_catalog():
    got = {r["quote"]: r["indicator_id"] for r in rows_of("青禾县新生儿疾病筛查率97.2%，新生儿听力筛查率95.8%，听力筛查率去年为93%。")}
    assert got == {"97.2%": "newborn_screening_rate", "95.8%": None, "93%": None}
