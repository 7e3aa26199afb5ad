"""End-to-end builds over raw folders with bad files, other encodings, and the CLI."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pandas as pd
from conftest import RAW, SEED_001, raw_text

from healthdata.build import build


def test_bad_files_are_recorded_and_copies_in_other_encodings_match(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    text = raw_text(SEED_001)
    (raw / "bad").mkdir()
    (raw / "bad" / "empty.txt").write_bytes(b"")
    (raw / "bad" / "random.bin.txt").write_bytes(os.urandom(3000))
    (raw / "bad" / "truncated.txt").write_bytes(text.encode("utf-8")[:-1])
    (raw / "copies").mkdir()
    (raw / "copies" / "gb18030.txt").write_bytes(text.encode("gb18030"))
    (raw / "copies" / "utf16.txt").write_bytes(text.encode("utf-16"))
    summary = build(raw, tmp_path / "out", progress=False)
    manifest = pd.read_parquet(tmp_path / "out" / "manifest.parquet").set_index("path")
    assert len(manifest) == 10
    assert manifest.loc["bad/empty.txt", "status"] == "empty"
    assert manifest.loc["bad/random.bin.txt", "status"] == "undecodable"
    assert manifest.loc["bad/truncated.txt", "status"] == "ok"
    assert manifest.loc["copies/gb18030.txt", "encoding"] == "gb18030"
    assert manifest.loc["copies/utf16.txt", "encoding"] == "utf-16"
    assert summary.n_failed == 2 and summary.n_files == 10
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    cols = ["title", "source_start", "source_end", "doc_type", "period", "admin_level"]
    orig = docs[docs.source_file == SEED_001.name][cols].reset_index(drop=True)
    assert len(orig) == 4
    for copy in ("copies/gb18030.txt", "copies/utf16.txt"):
        pd.testing.assert_frame_equal(docs[docs.source_file == copy][cols].reset_index(drop=True), orig)
    obs = pd.read_parquet(tmp_path / "out" / "observations.parquet")
    ocols = ["source_start", "source_end", "value", "unit", "indicator_id"]
    o1 = obs[obs.source_file == SEED_001.name][ocols].reset_index(drop=True)
    o2 = obs[obs.source_file == "copies/gb18030.txt"][ocols].reset_index(drop=True)
    assert len(o1) > 50
    pd.testing.assert_frame_equal(o1, o2)


def run_cli(*args, cwd=None):
    exe = os.path.join(os.path.dirname(sys.executable), "healthdata")
    return subprocess.run([exe, *args], capture_output=True, text=True, cwd=cwd, timeout=600)


def test_missing_or_empty_raw_folder_is_a_one_line_error(tmp_path):
    r = run_cli("build", "--raw-dir", str(tmp_path / "nope"), "--out-dir", str(tmp_path / "out"))
    assert r.returncode == 2
    assert r.stderr.strip() == f"error: raw folder {tmp_path / 'nope'} does not exist"
    (tmp_path / "empty").mkdir()
    r = run_cli("build", "--raw-dir", str(tmp_path / "empty"), "--out-dir", str(tmp_path / "out"))
    assert r.returncode == 2 and r.stderr.strip().count("\n") == 0 and "has no files" in r.stderr
    assert "Traceback" not in r.stderr


def test_cli_build_shows_progress_and_counts_failures(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED_001, raw / SEED_001.name)
    (raw / "empty.txt").write_bytes(b"")
    r = run_cli("build", "--raw-dir", str(raw), "--out-dir", str(tmp_path / "out"))
    assert r.returncode == 3, r.stderr
    assert "build:" in r.stderr and "100%" in r.stderr  # the progress bar
    assert "2 raw file(s), 1 failed" in r.stdout and "empty: empty.txt" in r.stdout
    v = run_cli("validate", "--out-dir", str(tmp_path / "out"))
    assert v.returncode == 0 and "tables valid" in v.stdout


def test_the_warm_up_page_goes_through_every_step_of_the_per_file_work():
    # what a forked worker inherits loaded: the page must reach places, values, checks and problems
    from healthdata.build import WARM_UP_PAGE, report_result
    from healthdata.segment import page_reports

    view, reports = page_reports(WARM_UP_PAGE, "warm-up.txt")
    rows = report_result(reports[0], "warm-up.txt", view)
    assert len(reports) == 1 and rows.documents[0]["place"] == "潞城市"
    assert {"99.2%", "15/10万", "4.1‰"} <= {o["quote"] for o in rows.observations}
    assert rows.checks and len(rows.problems) == 2 and all(p["themes"] for p in rows.problems)
