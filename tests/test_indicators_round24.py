"""Indicators linked as an analyst names them, for page shapes met in the round-24 review of the written sets (every page
and sentence here is written for these tests; places and numbers are made up).

- a note after a value naming a disease or vaccine (（非脊灰AFP）) qualifies the incidence named before the value, it names
  no vaccination rate of its own;
- a bare 覆盖率 after a supervision of a class of units named in its sentence (开展托幼机构卫生专项监督，覆盖率100%) is the
  supervision's coverage, while the health-supervision assistant service (卫生监督协管服务覆盖率) is a service of its own;
- the specimens a surveillance samples (合格粪便标本采集率) name the case sampling rate;
- a sentence naming a disease outside the programme (甲型H1N1流感防控…) is no vaccine's topic: the programme's coverage in
  the next sentence stays linked, while a sentence naming the vaccine (新冠疫苗累计接种…) still makes the next one's its own.
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # (the build's own per-page path)

SUMMARY = "青川县卫生健康局2038年工作总结\n"


def linked(text: str, head: str = SUMMARY) -> list[tuple[float, str | None]]:
    """(value, indicator_id) of each rate of a page (counts and amounts left out)."""
    return [(r["value"], r["indicator_id"]) for r in page_rows(head + text) if r["unit"] not in ("count", "yuan")]


# ------------------------------------------------------------------ a note after the value
def test_a_vaccine_named_in_a_note_after_an_incidence_is_no_vaccination_rate():
    assert linked("三、疫情监测。急性弛缓性麻痹病例报告发病率达3.06/10万（非脊灰AFP），麻疹疫苗接种率98%。") == [
        (3.06, None), (98.0, "measles_vaccination_rate")]


def test_a_rate_named_after_a_bare_value_is_still_its_own():
    # (no rate of its own before the value: the name after it is the value's)
    assert linked("全县各乡镇达到96%以上的参合率。") == [(96.0, "ncms_participation_rate")]


# ------------------------------------------------------------------ the supervision's coverage
def test_a_bare_coverage_after_a_supervision_named_in_its_sentence_is_the_supervisions():
    assert linked("四、卫生监督。开展托幼机构卫生专项监督，覆盖率达到100%；对全县游泳场所实施卫生监督，覆盖率97%。") == [
        (100.0, "health_supervision_coverage_rate"), (97.0, "health_supervision_coverage_rate")]


def test_the_supervision_institute_named_as_a_unit_says_nothing_of_a_coverage():
    assert linked("一、体系建设。县人民医院、县卫生监督所及5个乡镇卫生院全部修订了应急预案，预案覆盖率100%。") == [
        (100.0, None)]


def test_the_supervision_assistant_service_is_a_service_of_its_own():
    assert linked("加强卫生监督协管，卫生监督协管服务覆盖率93%，健康教育覆盖率88%。") == [
        (93.0, None), (88.0, "health_education_coverage_rate")]


# ------------------------------------------------------------------ specimens sampled
def test_the_specimens_sampled_name_the_case_sampling_rate():
    assert linked("麻疹疑似病例血标本采集率91.5%，流动人口婚育信息采集率87%。") == [
        (91.5, "case_investigation_rate"), (87.0, None)]


# ------------------------------------------------------------------ a disease before is no vaccine's topic
def test_a_sentence_naming_a_flu_outbreak_leaves_the_programmes_coverage_linked():
    assert linked("（二）疾病防控。甲型H1N1流感防控平稳，未出现聚集性疫情。全县适龄儿童五苗全程接种率97.2%。") == [
        (97.2, "immunization_coverage_rate")]


def test_a_sentence_naming_the_vaccine_still_makes_the_next_ones_coverage_its_own():
    assert linked("全县累计接种新冠病毒疫苗41万剂次，首针接种率88.3%。重点行业从业人员接种率均超过96%。") == [
        (88.3, None), (96.0, None)]
