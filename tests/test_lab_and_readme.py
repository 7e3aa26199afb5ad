"""JupyterLab comes with the install and opens the notebooks; the README's Python example runs
and gives tidy columns (no pandas _x/_y suffixes)."""
from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_jupyterlab_is_a_dependency_and_make_lab_opens_the_notebooks():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(d.startswith("jupyterlab") for d in deps["dependencies"])
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert any(d.startswith("jupyterlab") for d in pip)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    target = re.search(r"^lab:.*\n\t(.+)$", makefile, re.M)
    assert target and "jupyter lab" in target.group(1) and "notebooks" in target.group(1)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make lab" in readme


def test_jupyter_lab_runs_and_opens_py_notebooks_in_the_installed_environment():
    jupyter = Path(sys.executable).with_name("jupyter")
    assert jupyter.exists(), "jupyter is installed beside this interpreter"
    version = subprocess.run([str(jupyter), "lab", "--version"], capture_output=True,
                             text=True, timeout=120)
    assert version.returncode == 0 and re.match(r"\d+\.", version.stdout.strip())
    # jupytext's server extension opens the percent-format .py notebooks as notebooks
    ext = subprocess.run([str(jupyter), "server", "extension", "list"], capture_output=True,
                         text=True, timeout=120)
    listing = ext.stdout + ext.stderr
    assert re.search(r"jupyterlab_jupytext\W+(?:\x1b\[\d+m)?enabled", listing), listing[-2000:]


def test_readme_merge_example_runs_without_suffixed_columns():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```python\n(.*?)```", readme, re.S)
                 if "healthdata.load" in b and "merge" in b)
    scope: dict = {}
    exec(compile(block, "README.md", "exec"), scope)  # noqa: S102 - the README's own example
    rates = scope["rates"]
    assert len(rates) > 0
    assert not [c for c in rates.columns if c.endswith(("_x", "_y"))], list(rates.columns)
