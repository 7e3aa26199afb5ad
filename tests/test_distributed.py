"""The Dask engine: the same per-file work on a dask.distributed cluster, byte-identical tables."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from conftest import RAW, SEED_001, raw_text

distributed = pytest.importorskip("distributed")

from healthdata.build import build  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The shipped reports, a GB18030 copy in a sub-folder and a bad file."""
    raw = tmp_path_factory.mktemp("dask") / "raw"
    shutil.copytree(RAW, raw)
    (raw / "copies").mkdir()
    (raw / "copies" / "gb18030 副本.txt").write_bytes(raw_text(SEED_001).encode("gb18030"))
    (raw / "copies" / "random.txt").write_bytes(os.urandom(2000))
    return raw


@pytest.fixture(scope="module")
def local_build(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("local") / "pkg"
    build(corpus, out, jobs=1, progress=False)
    return out


def assert_same_bytes(a, b):
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir())
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), f"{name} differs between the builds"


def test_dask_build_on_a_cluster_equals_the_local_build(corpus, local_build, tmp_path, monkeypatch):
    from distributed import LocalCluster

    with LocalCluster(processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
        monkeypatch.setenv("HEALTHDATA_DASK_SCHEDULER", cluster.scheduler_address)
        summary = build(corpus, tmp_path / "dask", engine="dask", progress=False)
        # the cluster is the test's: the build must not have closed it
        assert cluster.status.name == "running"
    assert summary.n_files == 7 and summary.n_failed == 1
    assert_same_bytes(local_build, tmp_path / "dask")


def test_cli_dask_engine_starts_its_own_local_cluster(corpus, local_build, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "HEALTHDATA_DASK_SCHEDULER"}
    exe = os.path.join(os.path.dirname(sys.executable), "healthdata")
    r = subprocess.run([exe, "build", "--raw-dir", str(corpus), "--out-dir", str(tmp_path / "out"),
                        "--engine", "dask", "-q"], capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 3, r.stderr  # one bad file: the package is written, the exit code says so
    assert "7 raw file(s), 1 failed" in r.stdout
    assert_same_bytes(local_build, tmp_path / "out")


def test_parallel_local_build_equals_the_serial_build(corpus, local_build, tmp_path):
    build(corpus, tmp_path / "j2", jobs=2, progress=False)
    assert_same_bytes(local_build, tmp_path / "j2")


def test_distributed_does_not_import_the_build():
    """build imports distributed, never the reverse (the per-file function is passed in): no
    import of healthdata.build anywhere in the module, not even inside a function."""
    import ast

    import healthdata.distributed as distributed

    tree = ast.parse(open(distributed.__file__, encoding="utf-8").read())
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert "healthdata.build" not in imported and "healthdata" not in imported, imported
