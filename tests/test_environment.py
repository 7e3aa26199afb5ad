"""Set-up files agree with each other, with the README, and with what the code imports."""
from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions, version

import pytest
import yaml
from conftest import ROOT
from packaging.requirements import Requirement

# Declared dependencies that no module imports by name, and why each is needed all the same.
NOT_IMPORTED = {
    "ipykernel": "the Python kernel nbclient runs the notebooks in",
    "jupyterlab": "the notebook application users open the notebooks in (make lab)",
}


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def constraints() -> dict[str, str]:
    """{package: pinned version} from constraints.txt."""
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, pinned = line.partition("==")
            pins[canonical(name)] = pinned
    return pins


def imported_distributions() -> set[str]:
    """Distributions whose modules healthdata or the notebooks import (standard library excluded)."""
    modules = set()
    for path in [*ROOT.glob("healthdata/**/*.py"), *ROOT.glob("notebooks/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    modules -= set(sys.stdlib_module_names) | {"healthdata"}
    owners = packages_distributions()
    missing = sorted(m for m in modules if m not in owners)
    assert not missing, f"imported but not installed: {missing}"
    return {canonical(d) for m in modules for d in owners[m]}


def test_environment_yml_lists_the_pyproject_dependencies():
    wanted = project()["dependencies"] + project()["optional-dependencies"]["test"]
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    listed = [p for p in pip if not p.startswith("-")]
    assert sorted(listed) == sorted(wanted)
    assert "python=3.11" in env["dependencies"]
    assert "-c constraints.txt" in pip  # the same pinned versions as the Makefile's install


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```(?:bash|sh)?\n(.*?)```", readme, re.S).group(1)
    commands = [ln.strip() for ln in block.splitlines() if ln.strip() and not ln.strip().startswith("#")]
    assert commands == ["make all", "make test"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_every_imported_package_is_declared_and_every_declared_one_used():
    declared = set()
    for spec in project()["dependencies"]:
        req = Requirement(spec)
        declared |= {canonical(req.name)} | {canonical(e) for e in req.extras}  # dask[distributed] brings distributed
    imported = imported_distributions()
    assert imported - declared == set(), "imported but not declared in pyproject.toml"
    unused = declared - imported - set(NOT_IMPORTED) - {"dask"}  # dask: declared for its distributed extra
    assert unused == set(), "declared but never imported (and not in NOT_IMPORTED)"


def test_the_install_step_pins_every_declared_requirement():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^CONSTRAINTS := constraints\.txt$", makefile, re.M)
    installs = [ln for ln in makefile.splitlines() if "pip install" in ln and "-e " in ln]
    assert installs and all("-c $(CONSTRAINTS)" in ln for ln in installs)
    pins = constraints()
    specs = project()["dependencies"] + [s for extra in project()["optional-dependencies"].values() for s in extra]
    for spec in specs:
        req = Requirement(spec)
        name = canonical(req.name)
        assert name in pins, f"{name} is not pinned in constraints.txt"
        assert req.specifier.contains(pins[name], prereleases=True), f"{name}=={pins[name]} does not satisfy {spec}"


@pytest.mark.parametrize("folder", ["data/processed", "healthdata/data"])
def test_shipped_parquet_was_written_by_the_pinned_pyarrow(folder):
    """Same pins, same bytes: the Parquet footer names the pyarrow that wrote it."""
    import pyarrow.parquet as pq

    pinned = constraints()["pyarrow"]
    files = sorted((ROOT / folder).glob("*.parquet"))
    assert files
    writers = {pq.ParquetFile(f).metadata.created_by for f in files}
    assert writers == {f"parquet-cpp-arrow version {pinned}"}
    assert version("pyarrow") == pinned, "this environment's pyarrow is not the pinned one: run make install"
