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


def test_a_row_breaking_a_row_rule_is_set_aside_with_its_dependants_and_the_build_goes_on(tmp_path, monkeypatch):
    """One value whose span lies outside its sentence (an extraction slip on one page) and one problem
    whose theme count disagrees with its themes: each row is left out, with the rows that refer to it
    (the value's checks, the problem's theme links), the file's manifest message names them and the
    rule, and every other row of the build is written."""
    base = tmp_path / "base"
    build(RAW, base, progress=False)
    obs0 = package.load("observations", base)
    checks0 = package.load("checks", base)
    probs0 = package.load("problems", base)
    links0 = package.load("problem_themes", base)
    checked = checks0["obs_id"].iloc[0]  # a value with a check, so its dependants are tested too
    themed = links0["problem_id"].iloc[0]
    real = build_mod.process_file

    def slip(path, raw_dir):
        res = real(path, raw_dir)
        for row in res.observations:
            if row["obs_id"] == checked:
                row["sentence_end"] = row["source_end"] - 1
        for row in res.problems:
            if row["problem_id"] == themed:
                row["n_themes"] += 1
        return res

    monkeypatch.setattr(build_mod, "process_file", slip)
    summary = build(RAW, tmp_path / "pkg", progress=False)
    obs = package.load("observations", tmp_path / "pkg")
    checks = package.load("checks", tmp_path / "pkg")
    probs = package.load("problems", tmp_path / "pkg")
    links = package.load("problem_themes", tmp_path / "pkg")
    assert set(obs0["obs_id"]) - set(obs["obs_id"]) == {checked}
    assert len(obs) == len(obs0) - 1
    assert set(checks["check_id"]) == set(checks0.loc[checks0["obs_id"] != checked, "check_id"])
    assert set(probs0["problem_id"]) - set(probs["problem_id"]) == {themed}
    assert set(links["problem_id"]) == set(links0["problem_id"]) - {themed}
    manifest = package.load("manifest", tmp_path / "pkg").set_index("path")
    obs_file = obs0.set_index("obs_id").loc[checked, "source_file"]
    assert f"observations row {checked} set aside: breaks sentence_contains_value" in manifest.loc[obs_file, "message"]
    assert f"set aside with observations row {checked}" in manifest.loc[obs_file, "message"]
    prob_file = probs0.set_index("problem_id").loc[themed, "source_file"]
    assert f"problems row {themed} set aside" in manifest.loc[prob_file, "message"]
    assert (manifest["status"] == "ok").all()
    assert any(path == obs_file and checked in note for path, note in summary.set_aside)


def test_a_link_row_without_a_file_of_its_own_is_noted_against_its_parents_file(tmp_path, monkeypatch):
    """A theme link (problem_themes has no source_file) whose evidence span is reversed is set aside and
    noted in the manifest row of the file its problem comes from."""
    base = tmp_path / "base"
    build(RAW, base, progress=False)
    links0 = package.load("problem_themes", base)
    probs0 = package.load("problems", base).set_index("problem_id")
    target = tuple(links0[["problem_id", "theme_id"]].iloc[-1])
    real = build_mod.process_file

    def reverse(path, raw_dir):
        res = real(path, raw_dir)
        for row in res.problem_themes:
            if (row["problem_id"], row["theme_id"]) == target:
                row["evidence_start"], row["evidence_end"] = row["evidence_end"], row["evidence_start"]
        return res

    monkeypatch.setattr(build_mod, "process_file", reverse)
    build(RAW, tmp_path / "pkg", progress=False)
    links = package.load("problem_themes", tmp_path / "pkg")
    assert len(links) == len(links0) - 1
    assert target not in set(map(tuple, links[["problem_id", "theme_id"]].to_numpy()))
    manifest = package.load("manifest", tmp_path / "pkg").set_index("path")
    assert f"problem_themes row {target[0]}/{target[1]} set aside" in manifest.loc[probs0.loc[target[0], "source_file"], "message"]
