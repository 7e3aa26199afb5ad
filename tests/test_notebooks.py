"""Every notebook executes top to bottom (nbclient, a python3 kernel running this interpreter)
against the shipped data package, and against an empty folder (a package with no tables)."""
from __future__ import annotations

import json

import jupytext
import pytest

from healthdata.report import NOTEBOOKS, default_notebooks_dir, execute_notebook

NB_DIR = default_notebooks_dir()
NAMES = [stem for stem, _, _ in NOTEBOOKS]


def _outputs(nb):
    for cell in nb.cells:
        if cell.cell_type == "code":
            yield from cell.get("outputs", [])


def test_every_notebook_is_a_paired_percent_script():
    found = sorted(p.stem for p in NB_DIR.glob("[0-9][0-9]_*.py"))
    assert found == NAMES
    for name in NAMES:
        text = (NB_DIR / f"{name}.py").read_text(encoding="utf-8")
        assert "format_name: percent" in text and "formats: ipynb,py:percent" in text
        nb = jupytext.reads(text, fmt="py:percent")
        md = [c for c in nb.cells if c.cell_type == "markdown"]
        assert md and md[0].source.startswith(f"# {name[:2]}")
        # every figure is preceded by a question in markdown
        for i, cell in enumerate(nb.cells):
            if cell.cell_type == "code" and "_figure(" in cell.source:
                before = [c for c in nb.cells[:i] if c.cell_type == "markdown"]
                assert before and "?" in before[-1].source, (name, cell.source)


def assert_no_interval_excludes_its_estimate(spec: dict) -> int:
    """Every error bar plotly draws spans [x - arrayminus, x + array]: it holds its point
    exactly when both lengths are >= 0 (a negative length is an interval beside its estimate).
    Returns how many bars were checked."""
    checked = 0
    for trace in spec.get("data", []):
        for axis in ("error_x", "error_y"):
            bars = trace.get(axis) or {}
            for key in ("array", "arrayminus"):
                lengths = bars.get(key)
                if isinstance(lengths, dict):  # plotly's typed-array form
                    import base64

                    import numpy as np

                    lengths = np.frombuffer(base64.b64decode(lengths["bdata"]),
                                            dtype=lengths["dtype"]).tolist()
                assert all(v >= 0 for v in (lengths or [])), (trace.get("name"), axis, key)
                checked += sum(1 for v in (lengths or []) if v > 0)
    return checked


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_on_shipped_data(name):
    from healthdata.analysis import load_table

    if load_table("documents").attrs.get("missing"):
        pytest.skip("no shipped data package (healthdata build) yet")
    nb = execute_notebook(NB_DIR / f"{name}.py", data_dir=None, timeout=600)
    outputs = list(_outputs(nb))
    assert not [o for o in outputs if o.get("output_type") == "error"]
    warned = [o["text"] for o in outputs
              if o.get("output_type") == "stream" and "healthdata.load failed" in o["text"]]
    assert not warned, "the shipped tables load validated: " + "".join(warned)[:500]
    html = [o for o in outputs if "text/html" in o.get("data", {})]
    assert html, "the notebook displays tables and figures"
    figures = [o for o in outputs if "application/vnd.plotly.v1+json" in o.get("data", {})]
    assert figures, "every notebook draws at least one plotly figure"
    n_bars = 0
    for fig in figures:
        assert '<div class="healthdata-figure">' in fig["data"]["text/html"]
        spec = fig["data"]["application/vnd.plotly.v1+json"]
        assert "<sup>" in json.dumps(spec["layout"]["title"], ensure_ascii=False)
        n_bars += assert_no_interval_excludes_its_estimate(spec)
    if name == "02_coverage_rates":
        assert n_bars > 0, "the coverage page draws the verified Wilson intervals"
    # plotly.js is embedded once, so the rendered page needs no network
    embedded = [o for o in html if "healthdata-plotlyjs" in o["data"]["text/html"]]
    assert len(embedded) == 1
    assert "cdn.plot.ly" not in "".join(o["data"]["text/html"] for o in html
                                         if o not in embedded)


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_on_an_empty_data_package(name, tmp_path):
    nb = execute_notebook(NB_DIR / f"{name}.py", data_dir=tmp_path, timeout=600)
    assert not [o for o in _outputs(nb) if o.get("output_type") == "error"]
