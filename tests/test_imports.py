"""Heavy libraries are imported only where they are used: the CLI starts light, the per-file work
needs neither pandera nor datasketch nor dask, and a local build never needs dask at all."""
from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import SEED_000, raw_folder_with

HEAVY = ("dask", "distributed", "pandera", "datasketch", "scipy", "pandas", "pyarrow", "jionlp", "jieba", "numpy")


def loaded_after(code: str) -> set[str]:
    """Top-level names of the HEAVY libraries imported once ``code`` has run in a fresh interpreter."""
    probe = code + f"\nimport sys; print(' '.join(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))))"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    return set(run.stdout.split())


def test_the_command_line_starts_without_the_heavy_libraries():
    assert loaded_after("import healthdata, healthdata.cli") == set()


@pytest.fixture
def raw(tmp_path):
    """A raw folder holding one seed page (it names 潞城市, a county-level city)."""
    return raw_folder_with(tmp_path, SEED_000)


def run_python(code: str) -> str:
    """The output of ``code`` run in a fresh interpreter (which must succeed)."""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    return run.stdout


def test_processing_a_file_imports_neither_validation_nor_duplicate_index_nor_dask_nor_jionlp(raw):
    # places come from the table made with jionlp (normalize/places.json), not from jionlp itself
    code = ("from pathlib import Path; from healthdata.build import process_file; "
            f"r = process_file(Path({str(raw / SEED_000.name)!r}), Path({str(raw)!r})); "
            "assert r.manifest['status'] == 'ok' and r.documents and r.signatures; "
            "assert any(d['place'] == '潞城市' for d in r.documents), [d['place'] for d in r.documents]")
    loaded = loaded_after(code)
    assert not loaded & {"dask", "distributed", "pandera", "datasketch", "scipy", "jionlp"}, loaded


def test_a_local_build_runs_where_dask_cannot_be_imported(raw, tmp_path):
    out = tmp_path / "out"
    stdout = run_python("import sys\n"
                        "sys.modules['dask'] = sys.modules['distributed'] = None  # as if dask were not installed\n"
                        "from healthdata.cli import main\n"
                        f"main(['build', '--raw-dir', {str(raw)!r}, '--out-dir', {str(out)!r}, '-q'])\n")
    assert "0 failed" in stdout and (out / "documents.parquet").exists()


def test_a_local_build_does_not_import_dask_and_leaves_panderas_dask_support_working(raw, tmp_path):
    stdout = run_python("import sys\n"
                        "from healthdata.build import build\n"
                        f"build({str(raw)!r}, {str(tmp_path / 'out')!r}, progress=False)\n"
                        "print('dask imported' if 'dask' in sys.modules else 'no dask')\n"
                        "import pandera.typing.dask\n"
                        "print('pandera dask typing', pandera.typing.dask.DASK_INSTALLED)\n")
    assert stdout.split("\n")[:2] == ["no dask", "pandera dask typing True"]
