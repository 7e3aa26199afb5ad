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


def test_processing_a_file_resolves_places_without_importing_jionlp(tmp_path):
    # the seed names 潞城市 (a county-level city): its place comes from the table made with jionlp
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED_000, raw / SEED_000.name)
    code = ("from pathlib import Path; from healthdata.build import process_file; "
            f"r = process_file(Path({str(raw / SEED_000.name)!r}), Path({str(raw)!r})); "
            "assert any(d['place'] == '潞城市' for d in r.documents), [d['place'] for d in r.documents]")
    assert "jionlp" not in loaded_after(code)


def test_a_local_build_does_not_import_dask_and_leaves_panderas_dask_support_working(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED_000, raw / SEED_000.name)
    out = tmp_path / "out"
    code = ("import sys\n"
            "from healthdata.build import build\n"
            f"build({str(raw)!r}, {str(out)!r}, progress=False)\n"
            "print('dask imported' if 'dask' in sys.modules else 'no dask')\n"
            "import pandera.typing.dask\n"
            "print('pandera dask typing', pandera.typing.dask.DASK_INSTALLED)\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.split("\n")[:2] == ["no dask", "pandera dask typing True"]
