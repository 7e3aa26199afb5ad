"""The data package: byte-identical rebuilds, validated loading, descriptor, atomic writes."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from conftest import PROCESSED, SEED_001, raw_text

import healthdata
from healthdata.package import TABLES, descriptor, load, validate_tables, write_package


def test_committed_package_is_exactly_what_the_code_builds(fresh_build):
    out, summary = fresh_build
    assert summary.n_failed == 0
    shipped = sorted(p.name for p in PROCESSED.iterdir())
    assert shipped == sorted(p.name for p in out.iterdir())
    for name in shipped:
        assert (out / name).read_bytes() == (PROCESSED / name).read_bytes(), f"{name} differs: rebuild data/processed"


def test_two_builds_are_byte_identical(fresh_build, tmp_path):
    from healthdata.build import build

    out, _ = fresh_build
    again = tmp_path / "again"
    build(PROCESSED.parent / "raw", again, progress=False)
    for p in out.iterdir():
        assert (again / p.name).read_bytes() == p.read_bytes()


def test_load_returns_validated_tables_without_paths():
    docs = healthdata.load("documents")
    assert len(docs) == 26
    assert docs.loc[docs.doc_id == "000_ad81f4484db6b20c#05", "place"].item() == "潞城市"
    manifest = healthdata.load("manifest")
    assert set(manifest.status) == {"ok"} and manifest.n_reports.sum() == 26
    assert set(healthdata.load_all()) == set(TABLES)


def test_load_rejects_unknown_tables():
    with pytest.raises(KeyError, match="unknown table"):
        load("nope")


def test_spans_are_inside_their_files_and_quote_the_raw_text():
    docs = healthdata.load("documents")
    text = raw_text(SEED_001)
    row = docs[docs.source_file == SEED_001.name].iloc[3]
    assert text[row.source_start:row.source_end].startswith("县卫生局妇幼卫生工作总结")
    assert (docs.source_start < docs.source_end).all()


def test_descriptor_is_a_valid_frictionless_package(tmp_path):
    frictionless = pytest.importorskip("frictionless")
    shipped = json.loads((PROCESSED / "datapackage.json").read_text(encoding="utf-8"))
    assert shipped == descriptor()
    report = frictionless.Package.validate_descriptor(shipped)
    assert report.valid, report.flatten(["type", "note"])
    pkg = frictionless.Package(shipped)
    assert [r.name for r in pkg.resources] == list(TABLES)
    obs = next(r for r in shipped["resources"] if r["name"] == "documents")
    fields = {f["name"]: f for f in obs["schema"]["fields"]}
    assert fields["doc_type"]["constraints"]["enum"] == ["plan", "summary", "summary_and_plan", "unknown"]
    assert fields["source_start"]["unit"] == "characters"
    assert fields["doc_id"]["description"]


def test_validation_reports_every_failure():
    frames = {name: load(name) for name in TABLES}
    docs = frames["documents"].copy()
    docs.loc[0, "doc_type"] = "poem"
    docs.loc[1, "source_end"] = 10**9
    frames["documents"] = docs
    errors = validate_tables(frames)
    assert any("doc_type" in e and "poem" in e for e in errors)
    assert any("span outside their file" in e for e in errors)


def test_interrupted_write_leaves_the_previous_package(tmp_path, monkeypatch):
    import healthdata.package.storage as package

    frames = {name: load(name) for name in TABLES}
    out = tmp_path / "pkg"
    write_package(frames, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    calls = {"n": 0}
    real = package.write_parquet

    def dying(df, path):
        calls["n"] += 1
        if calls["n"] == 4:
            raise KeyboardInterrupt("killed mid-build")
        real(df, path)

    monkeypatch.setattr(package, "write_parquet", dying)
    changed = dict(frames, documents=frames["documents"].iloc[:3])
    with pytest.raises(KeyboardInterrupt):
        write_package(changed, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    # the killed build's staging folder never replaces the package
    monkeypatch.setattr(package, "write_parquet", real)
    write_package(changed, out)
    assert len(pd.read_parquet(out / "documents.parquet")) == 3


@pytest.mark.parametrize("name", ["documents", "sections", "observations", "problems"])
def test_every_spanned_table_rejects_an_empty_or_reversed_span(name):
    import pandera.errors

    from healthdata.package import model_of

    df = load(name).copy()
    df.loc[0, "source_end"] = df.loc[0, "source_start"]
    with pytest.raises(pandera.errors.SchemaErrors) as exc:
        model_of(name).validate(df, lazy=True)
    assert "span_ordered" in set(exc.value.failure_cases["check"].astype(str))
