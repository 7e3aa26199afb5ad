"""The published report: every notebook executed against a data package, rendered as HTML that
opens offline (no CDN), plus ``index.html``, one source page per raw file, and plotly.js.

    reports/index.html            the pages, each with its headline numbers
    reports/01_….html … 05_….html  the notebooks, executed (code hidden)
    reports/plotly.min.js         plotly.js, written once and shared by every page
    reports/sources/*.html        each raw file's text, escaped; a cite's link
                                  (``sources/<file>.html#c<start>-<end>``) highlights its span

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
     "Coverage-type rates by bureau, indicator and population; Wilson intervals where the "
     "printed counts reproduce the rate."),
    ("03_target_gaps", "Target gaps · 目标差距",
     "Own targets vs achieved levels (both sentences), completion against time elapsed, "
     "and the national reference in force."),
    ("04_problem_themes", "Problem themes · 问题主题",
     "Which problems bureaus admit, by admin level, with co-occurrence and a test."),
    ("05_data_quality", "Data quality · 数据质量",
     "Failed files, masked values, counts that do not reproduce their rate, duplicates, "
     "unlinked values."),
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
  .jp-RenderedHTMLCommon table.healthdata-table { table-layout: auto; }
  .jp-RenderedHTMLCommon table.healthdata-table td.hd-num { text-align: right; }
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
                     timeout: int = 600, plotlyjs_src: str | None = None,
                     sources: str | None = None):
    """Read a jupytext ``.py`` (or ``.ipynb``) notebook and execute it; returns the notebook.

    ``plotlyjs_src`` names a plotly.js file beside the page for the notebook to load instead of
    embedding its own copy (see :func:`healthdata.analysis.figures.setup_notebook`);
    ``sources`` the folder of source pages that the tables' cites link to."""
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
    if plotlyjs_src:
        env["HEALTHDATA_PLOTLYJS_SRC"] = plotlyjs_src
    else:
        env.pop("HEALTHDATA_PLOTLYJS_SRC", None)
    if sources:
        env["HEALTHDATA_SOURCES"] = sources
    else:
        env.pop("HEALTHDATA_SOURCES", None)
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
        from healthdata.analysis.data import load_raw_texts

        texts = load_raw_texts(t["manifest"], data_dir=data_dir)
        gaps = targets.target_gaps(t["observations"], docs, t["indicators"], texts)
        out["03_target_gaps"] = " ".join(
            f"{r.description}: {r.n} {r.counted}; {r.met} {targets.MET_WORDS[r.kind]}, "
            f"{r.not_met} not, {r.undecided} undecided"
            + (f", {r.no_pair} {targets.NO_PAIR_WORDS[r.kind]}." if r.no_pair else ".")
            for r in targets.gap_summary(gaps).itertuples()
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
<code>{source}</code>. A <em>bureau</em> is a report's named place, else the report itself (by its title); duplicate
reports are counted once. Every number links back to its quote: a cite
(<code>file:start-end</code>) opens the raw file's text with the quoted characters highlighted.</p>
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
    raw_dir: str | os.PathLike | None = None,
) -> list[Path]:
    """Execute every notebook against ``data_dir`` (None: ``$HEALTHDATA_DATA_DIR`` if set, else
    the shipped data package) and write
    ``<out_dir>/<notebook>.html`` (+ the executed ``.ipynb``) and ``<out_dir>/index.html``.

    ``raw_dir`` is the raw folder the package was built from (default: see
    :func:`healthdata.analysis.data.raw_dir_for`); its files whose bytes still match the
    manifest get a source page. Returns the written notebook pages and the index (last); the
    shared ``plotly.min.js`` and ``sources/`` are written beside them. A notebook that fails raises
    ``nbclient.exceptions.CellExecutionError`` naming the cell.
    """
    import nbformat

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    nb_dir = Path(notebooks_dir) if notebooks_dir else default_notebooks_dir()
    written: list[Path] = []
    pages = []
    summaries = _summaries(data_dir)
    write_plotlyjs(out)
    write_source_pages(out, data_dir, raw_dir)
    for stem, name, description in NOTEBOOKS:
        src = nb_dir / f"{stem}.py"
        if not src.exists():
            src = nb_dir / f"{stem}.ipynb"
        nb = execute_notebook(src, data_dir=data_dir, timeout=timeout, plotlyjs_src=PLOTLYJS,
                              sources=SOURCES)
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


PLOTLYJS = "plotly.min.js"
SOURCES = "sources"


def write_plotlyjs(out: Path) -> Path:
    """plotly.js, once, beside the pages (every page loads it from there: offline, shared)."""
    from plotly.offline import get_plotlyjs

    path = out / PLOTLYJS
    _atomic_write(path, get_plotlyjs())
    return path


# Highlights the span named by the page's fragment (#c<start>-<end>, offsets in characters =
# Unicode code points, as in the tables) and scrolls to it; runs offline, touches no network.
_HIGHLIGHT_JS = """
(function () {
  var pre = document.getElementById('raw');
  var chars = Array.from(pre.textContent);
  function show() {
    var m = /^#c(\\d+)-(\\d+)$/.exec(window.location.hash);
    var where = document.getElementById('where');
    pre.textContent = chars.join('');
    if (!m) { where.textContent = ''; return; }
    var s = Math.min(+m[1], chars.length), e = Math.min(+m[2], chars.length);
    var mark = document.createElement('mark');
    mark.id = 'span';
    mark.textContent = chars.slice(s, e).join('');
    pre.textContent = '';
    pre.appendChild(document.createTextNode(chars.slice(0, s).join('')));
    pre.appendChild(mark);
    pre.appendChild(document.createTextNode(chars.slice(e).join('')));
    where.textContent = 'Characters ' + s + '\u2013' + e + ' of this file are highlighted.';
    mark.scrollIntoView({block: 'center'});
  }
  window.addEventListener('hashchange', show);
  show();
})();
"""


def render_source_page(path: str, text: str) -> str:
    """One raw file's decoded text, escaped, with the span in the URL fragment highlighted."""
    name = html.escape(path)
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{name} — healthdata source</title>
<style>
 body {{ font-family: system-ui, "Noto Sans CJK SC", sans-serif; max-width: 48em; margin: 1em auto;
        padding: 0 1em; }}
 pre {{ white-space: pre-wrap; word-break: break-all; font-family: inherit; font-size: 16px;
       line-height: 1.8; }}
 mark {{ background: #ffd54f; padding: 0 2px; outline: 2px solid #e6a100; }}
 nav, #where {{ font-size: 13px; color: #555; }}
</style></head>
<body>
<nav><a href="../index.html">← healthdata report index</a></nav>
<h1>{name}</h1>
<p id="where"></p>
<pre id="raw">{html.escape(text)}</pre>
<script>{_HIGHLIGHT_JS}</script>
</body></html>
"""


def write_source_pages(out: Path, data_dir, raw_dir=None) -> list[Path]:
    """A source page per raw file the package was built from (see :func:`render_source_page`)."""
    from healthdata.analysis import load_table
    from healthdata.analysis.data import load_raw_texts
    from healthdata.analysis.figures import source_page

    folder = out / SOURCES
    folder.mkdir(parents=True, exist_ok=True)
    texts = load_raw_texts(load_table("manifest", data_dir), raw_dir=raw_dir, data_dir=data_dir)
    written = []
    for path, text in sorted(texts.items()):
        page = folder / source_page(path)
        _atomic_write(page, render_source_page(path, text))
        written.append(page)
    return written
