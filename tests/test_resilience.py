"""Determinism and atomicity of the streaming build: same input, same bytes (whatever the part
size, row-group size or number of jobs); a build killed midway leaves the previous package."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest
from conftest import RAW, SEED_001, SEED_002, raw_text

import healthdata.build as build_mod
import healthdata.package as package
from healthdata.build import build


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The shipped reports plus renamed copies whose ids sort differently from their paths
    (so the combine step must merge parts, not just concatenate them)."""
    raw = tmp_path_factory.mktemp("res") / "raw"
    shutil.copytree(RAW, raw)
    (raw / "a.txt").write_text(raw_text(SEED_001), encoding="utf-8")
    (raw / "a-b.txt").write_text(raw_text(SEED_002), encoding="utf-8")
    (raw / "z").mkdir()
    (raw / "z" / "卫生 局.txt").write_text(raw_text(SEED_001), encoding="utf-8")
    return raw


def snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_builds_are_byte_identical_whatever_parts_row_groups_and_jobs(corpus, tmp_path, monkeypatch):
    reference = build(corpus, tmp_path / "ref", progress=False)
    assert reference.n_failed == 0
    ref = snapshot(tmp_path / "ref")
    assert build(corpus, tmp_path / "again", progress=False).counts == reference.counts
    assert snapshot(tmp_path / "again") == ref
    monkeypatch.setattr(build_mod, "PART_ROWS", 100)  # many parts
    build(corpus, tmp_path / "parts", jobs=2, progress=False)
    assert snapshot(tmp_path / "parts") == ref
    # small row groups change the layout, not the rows; and stay independent of parts and jobs
    monkeypatch.setattr(package.writer, "ROW_GROUP_ROWS", 97)
    build(corpus, tmp_path / "rg1", jobs=1, progress=False)
    monkeypatch.setattr(build_mod, "PART_ROWS", 1_000_000)
    build(corpus, tmp_path / "rg2", jobs=2, progress=False)
    assert snapshot(tmp_path / "rg1") == snapshot(tmp_path / "rg2")
    import pyarrow.parquet as pq

    assert pq.ParquetFile(tmp_path / "rg1" / "observations.parquet").num_row_groups > 1
    for name in package.TABLES:
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "rg1" / f"{name}.parquet"),
                                      pd.read_parquet(tmp_path / "ref" / f"{name}.parquet"))


KILLABLE_BUILD = """
import sys
import healthdata.build as b
b.PART_ROWS = 50  # write parts early and often
b.build(sys.argv[1], sys.argv[2], jobs=1, progress=False)
"""


def big_corpus(root, copies=30):
    raw = root / "big_raw"
    raw.mkdir()
    for i in range(copies):
        for seed in sorted(RAW.iterdir()):
            shutil.copy(seed, raw / f"{i:03d}_{seed.name}")
    return raw


def test_a_build_killed_while_writing_parts_leaves_the_previous_package(tmp_path):
    out = tmp_path / "pkg"
    build(RAW, out, progress=False)
    before = snapshot(out)
    raw = big_corpus(tmp_path)
    proc = subprocess.Popen([sys.executable, "-c", KILLABLE_BUILD, str(raw), str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    staging = out.with_name(f"{out.name}.building-{proc.pid}")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        parts = list((staging / "parts").glob("*.parquet")) if (staging / "parts").is_dir() else []
        if len(parts) >= 3:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the build finished before it could be killed: " + proc.stderr.read().decode()[-2000:]
    assert len(list((staging / "parts").glob("*.parquet"))) >= 3
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert snapshot(out) == before  # untouched
    assert package.load("documents", out).shape[0] == 26
    # the next build clears the dead build's staging folder and replaces the package
    summary = build(raw, out, progress=False)
    assert not staging.exists()
    assert summary.counts["documents"] == 30 * 26
    assert not list(tmp_path.glob("pkg.building-*"))


def test_a_build_killed_between_its_two_renames_is_repaired(tmp_path):
    """The one gap in the swap: old package renamed aside, new one not yet in place."""
    out = tmp_path / "pkg"
    build(RAW, out, progress=False)
    before = snapshot(out)
    out.rename(out.with_name("pkg.previous"))
    assert package.load("manifest", out).shape[0] == 5  # load puts it back
    assert snapshot(out) == before


def test_a_build_that_fails_validation_writes_nothing(tmp_path, monkeypatch):
    out = tmp_path / "pkg"
    build(RAW, out, progress=False)
    before = snapshot(out)
    real = build_mod.process_file

    def corrupt(path, raw_dir):
        res = real(path, raw_dir)
        for row in res.observations:
            row["source_end"] = 10**9  # past the end of the file
        return res

    monkeypatch.setattr(build_mod, "process_file", corrupt)
    with pytest.raises(build_mod.BuildError, match="span outside their file"):
        build(RAW, out, progress=False)
    assert snapshot(out) == before
    assert not list(tmp_path.glob("pkg.building-*"))


def test_duplicate_ids_across_parts_are_caught(tmp_path, monkeypatch):
    """Keys are checked across parts (with 64-bit hashes), not only inside each part."""
    real = build_mod.process_file

    def same_ids(path, raw_dir):
        res = real(path, raw_dir)
        for row in res.problems + res.problem_themes:  # '001_x#02/p01' -> 'x#02/p01': unique in a file only
            row["problem_id"] = "x#" + row["problem_id"].split("#")[-1]
        return res

    monkeypatch.setattr(build_mod, "process_file", same_ids)
    monkeypatch.setattr(build_mod, "PART_ROWS", 1)  # a part per file
    with pytest.raises(build_mod.BuildError, match=r"problems: duplicate primary key \('problem_id',\): \d+ value\(s\), e\.g\. \[\('x#"):
        build(RAW, tmp_path / "pkg", progress=False)
