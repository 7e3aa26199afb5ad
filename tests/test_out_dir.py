"""A build only ever replaces a healthdata package: any other --out-dir is refused, untouched."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED_001, raw_folder_with

from healthdata.package import MARKER, is_package_dir


def run_cli(*args, cwd=None):
    exe = os.path.join(os.path.dirname(sys.executable), "healthdata")
    return subprocess.run([exe, *args], capture_output=True, text=True, cwd=cwd, timeout=600)


@pytest.fixture
def small_raw(tmp_path):
    return raw_folder_with(tmp_path, SEED_001)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes (what must survive a refused build)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_refused(r, *words):
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr
    assert r.stderr.startswith("error: ")
    for w in words:
        assert w in r.stderr, r.stderr


def test_a_folder_that_is_not_a_package_is_refused_and_untouched(tmp_path, small_raw):
    project = tmp_path / "project"
    (project / "src").mkdir(parents=True)
    (project / "notes.txt").write_text("my notes", encoding="utf-8")
    (project / "src" / "main.py").write_text("print(1)", encoding="utf-8")
    before = snapshot(project)
    r = run_cli("build", "--raw-dir", str(small_raw), "--out-dir", str(project), "-q")
    assert_refused(r, "refusing to replace", "notes.txt")
    assert snapshot(project) == before
    assert not list(tmp_path.glob("project.*"))  # no staging or .previous folder left beside it


def test_a_package_with_a_foreign_file_added_is_refused(tmp_path, small_raw):
    out = tmp_path / "out"
    assert run_cli("build", "--raw-dir", str(small_raw), "--out-dir", str(out), "-q").returncode == 0
    assert is_package_dir(out) and (out / MARKER).exists()
    (out / "my_analysis.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    before = snapshot(out)
    r = run_cli("build", "--raw-dir", str(small_raw), "--out-dir", str(out), "-q")
    assert_refused(r, "my_analysis.csv")
    assert snapshot(out) == before


def test_a_previous_package_and_an_empty_folder_are_written(tmp_path, small_raw):
    out = tmp_path / "out"
    out.mkdir()
    assert run_cli("build", "--raw-dir", str(small_raw), "--out-dir", str(out), "-q").returncode == 0
    assert run_cli("build", "--raw-dir", str(small_raw), "--out-dir", str(out), "-q").returncode == 0
    assert is_package_dir(out)


def test_the_raw_folder_itself_or_around_it_is_refused(tmp_path, small_raw):
    before = snapshot(small_raw)
    for out in (small_raw, small_raw / "processed", tmp_path):
        r = run_cli("build", "--raw-dir", str(small_raw), "--out-dir", str(out), "-q")
        assert_refused(r, "overlap")
    assert snapshot(small_raw) == before
    assert not (small_raw / "processed").exists()


def test_a_file_as_out_dir_is_refused_and_kept(tmp_path, small_raw):
    target = tmp_path / "results.txt"
    target.write_text("keep me", encoding="utf-8")
    r = run_cli("build", "--raw-dir", str(small_raw), "--out-dir", str(target), "-q")
    assert_refused(r, "is a file")
    assert target.read_text(encoding="utf-8") == "keep me"
    assert not (tmp_path / "results.txt.previous").exists()


@pytest.mark.parametrize("out", [".", ".."])
def test_current_folder_and_its_parent_are_refused(tmp_path, small_raw, out):
    work = tmp_path / "work"
    work.mkdir()
    (work / "keep.txt").write_text("x", encoding="utf-8")
    before = snapshot(tmp_path)
    r = run_cli("build", "--raw-dir", str(small_raw), "--out-dir", out, "-q", cwd=work)
    assert_refused(r, "current folder")
    assert snapshot(tmp_path) == before


def test_a_symlinked_out_dir_is_refused(tmp_path, small_raw):
    real = tmp_path / "real"
    real.mkdir()
    (real / "keep.txt").write_text("x", encoding="utf-8")
    (tmp_path / "link").symlink_to(real)
    r = run_cli("build", "--raw-dir", str(small_raw), "--out-dir", str(tmp_path / "link"), "-q")
    assert_refused(r, "symbolic link")
    assert (real / "keep.txt").read_text(encoding="utf-8") == "x"


def test_a_users_previous_or_staging_named_folder_is_never_deleted(tmp_path, small_raw):
    out = tmp_path / "out"
    previous = tmp_path / "out.previous"
    previous.mkdir()
    (previous / "thesis.tex").write_text("years of work", encoding="utf-8")
    stale = tmp_path / "out.building-999999"  # looks like a dead build's staging folder, but is not
    stale.mkdir()
    (stale / "draft.md").write_text("mine", encoding="utf-8")
    r = run_cli("build", "--raw-dir", str(small_raw), "--out-dir", str(out), "-q")
    assert "Traceback" not in r.stderr
    assert (previous / "thesis.tex").read_text(encoding="utf-8") == "years of work"
    assert (stale / "draft.md").read_text(encoding="utf-8") == "mine"
