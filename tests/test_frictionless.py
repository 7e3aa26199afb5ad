"""The data package passes ``frictionless validate`` (the command a data user runs), and optional
text fields are nulls, never required-and-empty strings."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
PROCESSED = ROOT / "data" / "processed"


def _frictionless_command() -> list[str]:
    exe = Path(sys.executable).with_name("frictionless")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("frictionless")
    assert found, "frictionless is a test dependency (pip install -e '.[test]')"
    return [found]


def _validate(descriptor: Path) -> subprocess.CompletedProcess:
    return subprocess.run(_frictionless_command() + ["validate", str(descriptor)],
                          capture_output=True, text=True, timeout=600)


def test_shipped_package_passes_frictionless_validate():
    descriptor = PROCESSED / "datapackage.json"
    if not descriptor.exists():
        pytest.fail("data/processed/datapackage.json is missing: run `healthdata build`")
    res = _validate(descriptor)
    assert res.returncode == 0, res.stdout[-4000:] + res.stderr[-2000:]
    assert "INVALID" not in res.stdout


def test_optional_text_fields_are_null_not_empty(tmp_path):
    """A raw file with nothing to report and a problem no theme explains: the package that holds
    them still validates, and the optional fields hold nulls."""
    from healthdata.build import build

    raw = tmp_path / "raw"
    raw.mkdir()
    # written for the test: a report whose only problem names no theme keyword
    (raw / "a.txt").write_text(
        "某县卫生局2021年工作总结\n\n一、主要工作\n全县参合率达98.5%。\n\n二、存在问题\n"
        "一是有的同志对这项事情认识不一样。\n", encoding="utf-8")
    (raw / "b.txt").write_text("", encoding="utf-8")  # empty file: status empty, a message
    out = tmp_path / "processed"
    build(raw, out, progress=False)
    manifest = pd.read_parquet(out / "manifest.parquet")
    assert not (manifest["message"].astype("object") == "").any()
    assert manifest.set_index("path").loc["a.txt", "message"] is None or pd.isna(
        manifest.set_index("path").loc["a.txt", "message"])
    problems = pd.read_parquet(out / "problems.parquet")
    assert not (problems["themes"].astype("object") == "").any()
    res = _validate(out / "datapackage.json")
    assert res.returncode == 0, res.stdout[-4000:] + res.stderr[-2000:]


def test_package_of_hostile_files_passes_frictionless_validate(tmp_path):
    """Unreadable, empty, undecodable and odd files become manifest rows that still validate."""
    from healthdata.build import build
    from test_hostile import write_hostile_folder

    write_hostile_folder(tmp_path / "raw")
    build(tmp_path / "raw", tmp_path / "out", progress=False)
    for name in ("manifest", "documents", "problems", "observations"):
        table = pd.read_parquet(tmp_path / "out" / f"{name}.parquet")
        for col in table.columns:
            if table[col].dtype == object or str(table[col].dtype).startswith("string"):
                assert not (table[col].astype("object") == "").any(), (name, col)
    res = _validate(tmp_path / "out" / "datapackage.json")
    assert res.returncode == 0, res.stdout[-4000:] + res.stderr[-2000:]
