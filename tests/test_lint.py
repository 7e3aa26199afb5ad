"""The code passes ruff with the rules configured in pyproject.toml (pyflakes and pycodestyle's
non-layout errors): an unused import or an undefined name fails the suite."""
from __future__ import annotations

import subprocess
import sys
import tomllib

from conftest import ROOT


def test_ruff_is_configured_in_pyproject():
    lint = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["ruff"]["lint"]
    assert {"F", "E9"} <= set(lint["select"])


def test_ruff_check_passes():
    # ruff is in the test extra, so it is there wherever the tests are: no skip when it is missing
    run = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", str(ROOT)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
