"""The indicator catalog (healthdata/vocab/indicators.yaml), linking, and the table schemas."""
from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pandera.errors
import pytest

from healthdata.extract.observations import extract_report
from healthdata.normalize.indicators import catalog_entries, link_indicator, load_catalog, reference_targets
from healthdata.textnorm import matching_text
from healthdata.types import ReportText
from healthdata.validate.observations import CheckSchema, IndicatorSchema, ObservationSchema, check_foreign_keys

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


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
