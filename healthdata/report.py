"""The published report: every notebook executed against a data package, rendered as
self-contained HTML (plotly.js embedded, no CDN: it opens offline), plus ``index.html``.

    >>> from healthdata.report import build_report
    >>> pages = build_report("reports/")                      # the shipped data package
    >>> pages = build_report("reports/", data_dir="out/processed")

The notebooks are jupytext percent-format ``.py`` files in ``notebooks/``; each is read,
executed with nbclient in a ``python3`` kernel that runs *this* interpreter (so the kernel sees
the same installed healthdata), with ``HEALTHDATA_DATA_DIR`` pointing at the data package, and
exported with nbconvert's lab template minus its CDN scripts (require.js, MathJax, mermaid).
Code cells are hidden in the HTML; the executed ``.ipynb`` is written beside each page.
"""
from __future__ import annotations

import html
import json
import os
import sys
import tempfile
from pathlib import Path

NOTEBOOKS: list[tuple[str, str, str]] = [
    ("01_corpus_overview", "Corpus overview · 语料概览",
     "Which raw files were read, how many reports they held, their type and level."),
    ("02_coverage_rates", "Coverage rates · 覆盖率",
     "Coverage-type rates by bureau, indicator and population, with Wilson intervals."),
    ("03_target_gaps", "Target gaps · 目标差距",
     "Own targets vs actuals, completion statements, and national reference targets."),
    ("04_problem_themes", "Problem themes · 问题主题",
     "Which problems bureaus admit, by admin level, with co-occurrence and a test."),
    ("05_data_quality", "Data quality · 数据质量",
     "Failed files, masked values, numerator/denominator checks, duplicates, unlinked values."),
]

# nbconvert's lab template loads require.js, MathJax and mermaid from a CDN; the report must
# open offline and plotly.js (embedded by the notebooks) must not meet require.js.
_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{% block extra_css %}
<style>
  body.jp-Notebook { max-width: 1200px; margin: 0 auto; padding: 1em 2em; }
  table.healthdata-table { font-size: 12px; border-collapse: collapse; }
  .jp-RenderedHTMLCommon table.healthdata-table th,
  .jp-RenderedHTMLCommon table.healthdata-table td {
    padding: 2px 6px; border-bottom: 1px solid #ddd; text-align: left !important;
    vertical-align: top; max-width: 36em; }
  .jp-RenderedHTMLCommon table.healthdata-table thead tr { text-align: left !important; }
  nav.healthdata-nav { font-size: 13px; margin-bottom: 1em; }
</style>
{% endblock extra_css %}
{% block body_header %}
{{ super() }}
<nav class="healthdata-nav"><a href="index.html">← healthdata report index</a></nav>
{% endblock body_header %}
"""


def default_notebooks_dir() -> Path:
    """``notebooks/`` beside the package (the repository layout)."""
    return Path(__file__).resolve().parent.parent / "notebooks"


def _kernel_spec_dir(tmp: Path) -> Path:
    """A ``python3`` kernelspec running this interpreter (not whatever python3 is on PATH)."""
    spec = tmp / "kernels" / "python3"
    spec.mkdir(parents=True, exist_ok=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "Python 3 (healthdata)",
                "language": "python",
                "metadata": {"debugger": False},
            }
        ),
        encoding="utf-8",
    )
    return spec.parent


def execute_notebook(path: Path, data_dir: str | os.PathLike | None = None,
                     timeout: int = 600):
    """Read a jupytext ``.py`` (or ``.ipynb``) notebook and execute it; returns the notebook."""
    import jupytext
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    nb = jupytext.read(path)
    nb.metadata["kernelspec"] = {
        "name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python",
    }
    env = dict(os.environ)
    if data_dir is not None:  # else inherit: $HEALTHDATA_DATA_DIR or the shipped package
        env["HEALTHDATA_DATA_DIR"] = str(Path(data_dir).resolve())
    env.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    # the kernel imports the very healthdata this process runs (whatever its cwd)
    import healthdata

    pkg_parent = str(Path(next(iter(healthdata.__path__))).resolve().parent)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (pkg_parent, env.get("PYTHONPATH", "")) if p
    )
    with tempfile.TemporaryDirectory(prefix="healthdata-kernel-") as tmp:
        ksm = KernelSpecManager(kernel_dirs=[str(_kernel_spec_dir(Path(tmp)))])
        km = KernelManager(kernel_name="python3", kernel_spec_manager=ksm)
        client = NotebookClient(
            nb,
            km=km,
            timeout=timeout,
            kernel_name="python3",
            allow_errors=False,
            resources={"metadata": {"path": str(Path(path).resolve().parent)}},
        )
        client.execute(env=env)
    return nb


def render_html(nb, title: str) -> str:
    """Self-contained HTML of an executed notebook (code hidden, no CDN scripts)."""
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    nb.metadata["title"] = title
    exporter = HTMLExporter(
        template_name="lab",
        extra_loaders=[DictLoader({"healthdata_report.html.j2": _TEMPLATE})],
        template_file="healthdata_report.html.j2",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    body, _ = exporter.from_notebook_node(nb)
    return body


def _summaries(data_dir) -> dict[str, str]:
    """One line of headline numbers per page (best effort: empty when a table is missing)."""
    out: dict[str, str] = {}
    try:
        from healthdata.analysis import canonical_documents, load_tables
        from healthdata.analysis import coverage, quality, targets, themes

        t = load_tables(data_dir)
        docs = t["documents"]
        canon = canonical_documents(docs)
        out["01_corpus_overview"] = (
            f"{len(t['manifest'])} raw files, {len(docs)} reports, "
            f"{canon['bureau'].nunique()} bureaus."
        )
        cov = coverage.coverage_table(t["observations"], docs, t["indicators"], t["checks"])
        out["02_coverage_rates"] = (
            f"{len(cov)} bureau × indicator rows over {cov['indicator_id'].nunique()} indicators."
        )
        gaps = targets.target_gaps(t["observations"], docs, t["indicators"])
        met = gaps["met"].astype("boolean")
        out["03_target_gaps"] = (
            f"{len(gaps)} gaps: {int((met == True).sum())} met, "  # noqa: E712
            f"{int((met == False).sum())} not met."  # noqa: E712
        )
        freq = themes.theme_frequency(t["problems"], t["problem_themes"], docs, t["themes"])
        top = freq[freq["admin_level"] == "all"].sort_values("n_bureaus", ascending=False)
        if len(top) and top["n_bureaus"].iloc[0] > 0:
            out["04_problem_themes"] = (
                f"{len(t['problems'])} problems; most raised: {top['name_zh'].iloc[0]} "
                f"({top['n_bureaus'].iloc[0]} bureaus)."
            )
        qs = quality.quality_summary(t["observations"], docs, t["checks"], t["manifest"])
        out["05_data_quality"] = "; ".join(
            f"{r.count} {r.finding}" for r in qs.itertuples() if r.count
        ) or "no findings."
    except Exception as exc:  # noqa: BLE001 - the index still links every page
        out.setdefault("_error", f"{type(exc).__name__}: {exc}")
    return out


def render_index(pages: list[tuple[str, str, str, str]], data_dir) -> str:
    """``index.html``: every page with its one-line summary (all text escaped)."""
    items = []
    for href, name, description, headline in pages:
        line = html.escape(description)
        if headline:
            line += f" <em>{html.escape(headline)}</em>"
        items.append(
            f'<li><a href="{html.escape(href)}">{html.escape(name)}</a> — {line}</li>'
        )
    source = html.escape(str(Path(data_dir).resolve()) if data_dir else "shipped with healthdata")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>healthdata report</title>
<style>
 body {{ font-family: system-ui, sans-serif; max-width: 900px; margin: 2em auto; padding: 0 1em;
        line-height: 1.5; }}
 li {{ margin: .6em 0; }} em {{ color: #555; }}
</style></head>
<body>
<h1>healthdata report · 卫生局工作总结数据报告</h1>
<p>Chinese health-bureau work summaries and plans, read into tables and analysed. Data package:
<code>{source}</code>. A <em>bureau</em> is a report's named place, else its doc_id; duplicate
reports are counted once. Every number links back to its quote (<code>file:start-end</code>).</p>
<ol>
{chr(10).join(items)}
</ol>
</body></html>
"""


def build_report(
    out_dir: str | os.PathLike,
    data_dir: str | os.PathLike | None = None,
    notebooks_dir: str | os.PathLike | None = None,
    timeout: int = 600,
) -> list[Path]:
    """Execute every notebook against ``data_dir`` (None: ``$HEALTHDATA_DATA_DIR`` if set, else
    the shipped data package) and write
    ``<out_dir>/<notebook>.html`` (+ the executed ``.ipynb``) and ``<out_dir>/index.html``.

    Returns the written HTML paths, index last. A notebook that fails raises
    ``nbclient.exceptions.CellExecutionError`` naming the cell.
    """
    import nbformat

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    nb_dir = Path(notebooks_dir) if notebooks_dir else default_notebooks_dir()
    written: list[Path] = []
    pages = []
    summaries = _summaries(data_dir)
    for stem, name, description in NOTEBOOKS:
        src = nb_dir / f"{stem}.py"
        if not src.exists():
            src = nb_dir / f"{stem}.ipynb"
        nb = execute_notebook(src, data_dir=data_dir, timeout=timeout)
        nbformat.write(nb, out / f"{stem}.ipynb")
        page = out / f"{stem}.html"
        _atomic_write(page, render_html(nb, f"{name} — healthdata"))
        written.append(page)
        pages.append((page.name, name, description, summaries.get(stem, "")))
    index = out / "index.html"
    _atomic_write(index, render_index(pages, data_dir))
    written.append(index)
    return written


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
