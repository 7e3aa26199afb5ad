"""Heavy libraries are imported only where they are used: the CLI starts light, the per-file work
needs neither pandera nor datasketch nor dask, and a local build never needs dask at all."""
from __future__ import annotations

import shutil
import subprocess
import sys

from conftest import SEED_000

HEAVY = ("dask", "distributed", "pandera", "datasketch", "scipy", "pandas", "pyarrow", "jionlp", "jieba", "numpy")


def loaded_after(code: str) -> set[str]:
    """Top-level names of the HEAVY libraries imported once ``code`` has run in a fresh interpreter."""
    probe = code + f"\nimport sys; print(' '.join(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))))"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    return set(run.stdout.split())


def test_the_command_line_starts_without_the_heavy_libraries():
    assert loaded_after("import healthdata, healthdata.cli") == set()


def test_processing_a_file_imports_neither_validation_nor_duplicate_index_nor_dask(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED_000, raw / SEED_000.name)
    code = ("from pathlib import Path; from healthdata.build import process_file; "
            f"r = process_file(Path({str(raw / SEED_000.name)!r}), Path({str(raw)!r})); "
            "assert r.manifest['status'] == 'ok' and r.documents and r.signatures")
    loaded = loaded_after(code)
    assert not loaded & {"dask", "distributed", "pandera", "datasketch", "scipy"}, loaded


def test_a_local_build_runs_where_dask_cannot_be_imported(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED_000, raw / SEED_000.name)
    out = tmp_path / "out"
    code = ("import sys\n"
            "sys.modules['dask'] = sys.modules['distributed'] = None  # as if dask were not installed\n"
            "from healthdata.cli import main\n"
            f"main(['build', '--raw-dir', {str(raw)!r}, '--out-dir', {str(out)!r}, '-q'])\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "0 failed" in run.stdout and (out / "documents.parquet").exists()
