"""The indicator catalog (healthdata/vocab/indicators.yaml), linking, and the table schemas."""
from __future__ import annotations

import csv

import pandas as pd
import pandera.errors
import pytest
from conftest import SHARED

from healthdata.extract.observations import extract_report
from healthdata.normalize.indicators import catalog_entries, link_indicator, load_catalog, reference_targets
from healthdata.textnorm import matching_text
from healthdata.types import ReportText
from healthdata.validate.observations import CheckSchema, IndicatorSchema, ObservationSchema, check_foreign_keys


def test_catalog_table_validates_and_has_one_row_per_indicator():
    cat = load_catalog()
    IndicatorSchema.validate(cat)
    assert cat["indicator_id"].is_unique and len(cat) >= 70
    assert all(len(d) > 40 for d in cat["description"])


def test_reference_targets_are_cited_and_latest_year_kept():
    ref = reference_targets()
    assert len(ref) == 13 and set(ref.columns) >= {"indicator_id", "comparator", "value", "unit", "target_year", "source"}
    cat = load_catalog().set_index("indicator_id")
    imr = cat.loc["infant_mortality_rate"]
    assert (imr["reference_value"], imr["reference_comparator"], imr["reference_year"]) == (5.0, "<=", 2030)
    assert "健康中国2030" in imr["reference_source"]
    assert pd.isna(cat.loc["satisfaction_rate", "reference_value"])
    assert set(ref["indicator_id"]) <= set(cat.index)


def test_catalog_keeps_the_shared_ids():
    path = SHARED / "eval" / "indicators.csv"
    if not path.exists():
        pytest.skip(f"{path} not present: shared id check not run")
    shared = {r["indicator_id"]: r for r in csv.DictReader(path.open(encoding="utf-8"))}
    cat = load_catalog().set_index("indicator_id")
    assert set(shared) <= set(cat.index)
    for iid, r in shared.items():
        assert cat.loc[iid, "unit"] == r["unit"] and cat.loc[iid, "polarity"] == r["polarity"]


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("3岁以下儿童系统管理率", ("child_systematic_management_rate", "3岁以下儿童")),
        ("孕产妇系统管理率", ("maternal_systematic_management_rate", "孕产妇")),
        ("卡介苗接种率", ("bcg_vaccination_rate", None)),
        ("脊灰强化免疫接种率", ("polio_vaccination_rate", None)),
        ("脊灰、麻疹、百白破、乙脑、流脑、新生儿乙肝疫苗接种率", ("immunization_coverage_rate", "新生儿")),
        ("常住农业人口参合率", ("ncms_participation_rate", "常住农业人口")),
        ("參合率", ("ncms_participation_rate", None)),  # Traditional
        ("疫情卡片录进率", ("disease_network_reporting_rate", None)),  # paraphrase of 录入率
        ("肿瘤报告发病率", ("chronic_disease_incidence", None)),
        ("乙类传染病发病率", ("notifiable_disease_incidence", None)),
        ("高危妊娠管理率", ("high_risk_pregnancy_management_rate", None)),
        ("行政审批事项按时办结率及提前办结率", ("case_closure_rate", None)),
        ("疾病检出率", (None, None)),  # a generic form with no qualifier names nothing
        ("发病率", (None, None)),
    ],
)
def test_link_indicator(phrase, expected):
    assert link_indicator(phrase) == expected


def test_linking_is_data_every_alias_links_back_to_its_indicator():
    for e in catalog_entries():
        for alias in e["aliases"]:
            iid, _ = link_indicator(alias)
            assert iid is not None, alias
        for qa in e.get("qualified_aliases", []):
            for alias in qa["aliases"]:
                assert link_indicator(qa["qualifiers"][0] + alias)[0] == e["id"], (qa["qualifiers"][0], alias)


def _observations(text: str) -> pd.DataFrame:
    rep = ReportText("t#01", "t.txt", text, matching_text(text), 0, len(text))
    res = extract_report(rep)
    df = pd.DataFrame(res.observations)
    df.insert(0, "obs_id", [f"t#01-{i}" for i in range(len(df))])
    df.insert(1, "doc_id", "t#01")
    df.insert(2, "source_file", "t.txt")
    return df, res


def test_observation_and_check_schemas_accept_extracted_rows():
    df, res = _observations("全县产妇3021人,活产3050人,系统管理2700人,系统管理率88.52%;参合率达x%;完成率104%。")
    ObservationSchema.validate(df, lazy=True)
    checks = pd.DataFrame(res.checks)
    checks.insert(0, "check_id", ["c1"])
    checks["obs_id"] = [df.loc[i, "obs_id"] for i in checks.pop("obs_index")]
    checks["doc_id"], checks["source_file"] = "t#01", "t.txt"
    CheckSchema.validate(checks)
    assert check_foreign_keys(df, load_catalog()) == []


def test_observation_schema_rejects_bad_rows():
    df, _ = _observations("参合率达92.93%,系统管理率88.52%。")
    bad = df.copy()
    bad.loc[0, "value"] = 120.0  # percent above 100 for an actual level, not flagged
    with pytest.raises(pandera.errors.SchemaErrors):
        ObservationSchema.validate(bad, lazy=True)
    bad = df.copy()
    bad.loc[0, "redacted"] = True  # redacted but has a value
    with pytest.raises(pandera.errors.SchemaErrors):
        ObservationSchema.validate(bad, lazy=True)
    bad = df.copy()
    bad.loc[0, "unit"] = "percents"
    with pytest.raises(pandera.errors.SchemaErrors):
        ObservationSchema.validate(bad, lazy=True)
    bad = df.copy()
    bad.loc[0, "source_end"] = bad.loc[0, "source_start"]
    with pytest.raises(pandera.errors.SchemaErrors):
        ObservationSchema.validate(bad, lazy=True)
    bad = df.copy()
    bad.loc[0, "indicator_id"] = "no_such_indicator"
    assert check_foreign_keys(bad, load_catalog())


# ------------------------------------------------------------------ linking that knows when it does not know
def _linked(text: str) -> list[tuple[str, str | None]]:
    rep = ReportText("t#01", "t.txt", text, matching_text(text), 0, len(text))
    return [(r["quote"], r["indicator_id"]) for r in extract_report(rep).observations]


def test_a_value_whose_clause_names_a_rate_outside_the_catalog_stays_unlinked():
    assert _linked("全县参合率97%,门诊统筹覆盖率100%。") == [("97%", "ncms_participation_rate"), ("100%", None)]
    # a vaccine named before a rate noun is a qualifier of another rate (麻疹发病率), not the vaccination rate
    assert _linked("麻疹疫苗接种率98%,麻疹发病率为0.3/10万。") == [("98%", "measles_vaccination_rate"), ("0.3/10万", None)]


def test_a_generic_alias_takes_no_qualifier_across_an_earlier_rate_when_it_has_words_of_its_own():
    assert _linked("甲乙类传染病发病率为180/10万,手足口病发病率为35/10万。") == [
        ("180/10万", "notifiable_disease_incidence"), ("35/10万", None)]
    # a bare generic alias continues the qualifier of the list it belongs to
    assert _linked("公共场所从业人员体检率98%,培训率95%。") == [
        ("98%", "food_worker_health_check_rate"), ("95%", "food_worker_training_rate")]


def test_two_screening_rates_are_told_apart_by_their_qualifiers():
    assert _linked("新生儿遗传代谢病筛查率98%;孕妇艾滋病筛查率100%。") == [("98%", "newborn_screening_rate"), ("100%", None)]


@pytest.mark.parametrize("phrase, iid", [
    ("严重精神障碍患者规范管理率", "severe_mental_illness_management_rate"),
    ("城乡居民基本医疗保险参保率", "basic_insurance_enrollment_rate"),
    ("政策范围内住院费用报销比例", "reimbursement_ratio"),
    ("适龄儿童免疫规划疫苗接种率", "immunization_coverage_rate"),
    ("高血压患者健康管理率", "hypertension_management_rate"),
    ("家庭医生签约服务覆盖率", "family_doctor_contract_rate"),
    ("居民健康素养水平", "health_knowledge_awareness_rate"),
])
def test_yearbook_and_healthy_china_names_link(phrase, iid):
    assert link_indicator(phrase)[0] == iid
