"""Shared fixtures: the shipped raw corpus, a fresh build of it, and the gold (when present)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
PROCESSED = ROOT / "data" / "processed"
# the round's closed written set (eval/written/<name>): measured by tests/test_written_sets.py, never read by any other test
HELD_OUT = {"holdout108"}
# ../shared beside the clone; HEALTHDATA_SHARED names it where the clone sits elsewhere (a git worktree)
SHARED = Path(os.environ.get("HEALTHDATA_SHARED") or ROOT.parent / "shared")
GOLD = SHARED / "eval"
SEED_000 = RAW / "000_ad81f4484db6b20c.txt"
SEED_001 = RAW / "001_dfa47eb1ab84a0b0.txt"
SEED_002 = RAW / "002_19759b5c08a3105d.txt"
SEED_003 = RAW / "003_43be6a02c8ce3805.txt"
SEED_004 = RAW / "004_be068b8bbcb97381.txt"


def raw_text(path: Path) -> str:
    """A page's text as offsets see it (UTF-8, universal newlines, no BOM; a page in another encoding, such as
    GBK, as the project decodes it)."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        from healthdata.ingest import read_text

        return read_text(path)


@pytest.fixture(scope="session")
def fresh_build(tmp_path_factory):
    """The shipped raw corpus built from scratch into a temporary folder (once per session)."""
    from healthdata.build import build

    out = tmp_path_factory.mktemp("pkg") / "processed"
    summary = build(RAW, out, progress=False)
    return out, summary


@pytest.fixture(scope="session")
def gold_dir():
    """../shared/eval, or a loud skip where this clone has no shared folder."""
    if not (GOLD / "score.py").exists():
        pytest.skip(f"GOLD NOT PRESENT: {GOLD} does not exist in this clone; gold scoring was NOT run")
    return GOLD


@pytest.fixture
def raw_copy(tmp_path):
    """A writable copy of the shipped raw folder."""
    dst = tmp_path / "raw"
    shutil.copytree(RAW, dst)
    return dst


def raw_folder_with(tmp_path: Path, seed: Path) -> Path:
    """A raw folder holding one seed page (for builds that need one real file)."""
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(seed, folder / seed.name)
    return folder
