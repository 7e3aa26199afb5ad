"""Plotly figures and escaped tables for the notebooks and the published report.

Every figure has a Chinese title with an English subtitle. Any text that comes from the reports
(titles, places, quotes, subjects, problem texts) is HTML-escaped before it reaches plotly or a
table, because plotly renders a subset of HTML in labels and the report is a web page: a report
containing ``<script>`` must show those characters, never run them.

:func:`setup_notebook` embeds plotly.js once per notebook (so the rendered HTML opens offline)
and makes every figure render as plotly's mimetype (JupyterLab) plus an HTML ``<div>`` that uses
the embedded library (nbconvert).
"""
from __future__ import annotations

import html

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import plotly.io as pio
from plotly.io._base_renderers import MimetypeRenderer

LEVEL_ORDER = ["province", "city", "county", "district", "township", "unknown"]
LEVEL_ZH = {
    "province": "省", "city": "市", "county": "县", "district": "区", "township": "乡镇",
    "unknown": "未知",
}


def esc(value) -> str:
    """HTML-escaped text (``None``/NA become an empty string)."""
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return html.escape(str(value), quote=True)


def labels_or_ids(labels, ids) -> list[str]:
    """Escaped labels (a Chinese name), falling back to the id where a label is missing."""
    return [esc(z if isinstance(z, str) and z else i) for z, i in zip(labels, ids)]


def title(zh: str, en: str) -> dict:
    """A plotly title: Chinese headline, English subtitle."""
    return {"text": f"{esc(zh)}<br><sup>{esc(en)}</sup>", "x": 0.0, "xanchor": "left"}


class _OfflineHTMLRenderer(MimetypeRenderer):
    """A ``<div>`` drawing the figure with the plotly.js embedded by :func:`setup_notebook`."""

    def to_mimebundle(self, fig_dict):
        div = pio.to_html(
            fig_dict,
            include_plotlyjs=False,
            include_mathjax=False,
            full_html=False,
            default_width="100%",
            default_height=500,
            validate=False,
            config={"displaylogo": False, "responsive": True},
        )
        return {"text/html": f'<div class="healthdata-figure">{div}</div>'}


def setup_notebook() -> None:
    """Load plotly.js once and make figures render offline; call in a notebook's first cell.

    plotly.js is embedded in the page, unless ``$HEALTHDATA_PLOTLYJS_SRC`` names a file beside
    the page (the published report writes ``plotly.min.js`` once and every page shares it)."""
    import os

    from IPython.display import HTML, display

    pio.renderers["healthdata_offline"] = _OfflineHTMLRenderer()
    pio.renderers.default = "plotly_mimetype+healthdata_offline"
    src = os.environ.get("HEALTHDATA_PLOTLYJS_SRC", "").strip()
    library = (f'<script type="text/javascript" src="{esc(src)}"></script>' if src else
               f'<script type="text/javascript">{pio_plotlyjs()}</script>')
    script = "<script>window.PlotlyConfig = {MathJaxConfig: 'local'};</script>" + library
    display(HTML(f'<div class="healthdata-plotlyjs" style="display:none">{script}</div>'
                 + TABLE_STYLE))
    pd.set_option("display.max_colwidth", 80)


def pio_plotlyjs() -> str:
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


# Tables: Chinese text columns wrap at a readable width instead of being squeezed by JupyterLab's
# fixed table layout; numbers stay on one line; every cite is a link to its source page.
TABLE_STYLE = """<style>
table.healthdata-table { table-layout: auto !important; border-collapse: collapse;
  font-size: 13px; width: auto; }
table.healthdata-table th, table.healthdata-table td { padding: 3px 8px; text-align: left !important;
  vertical-align: top; border-bottom: 1px solid #ddd; }
table.healthdata-table td.hd-text { min-width: 14em; max-width: 30em; white-space: normal;
  line-height: 1.5; }
table.healthdata-table td.hd-num { text-align: right !important; white-space: nowrap; }
table.healthdata-table td.hd-short { white-space: nowrap; }
table.healthdata-table td.hd-cite { white-space: nowrap; font-size: 12px; }
</style>"""

# Columns of running text (sentences, titles, problem texts): wrapped at a readable width; a
# column whose longest cell is shorter stays on one line.
TEXT_MIN_CHARS = 16


def source_page(path) -> str:
    """File name of the generated source page of a raw file (report ``sources/`` folder)."""
    import hashlib

    raw = str(path)
    safe = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "_" for c in raw)
    return f"{safe}-{hashlib.sha1(raw.encode('utf-8')).hexdigest()[:8]}.html"


def sources_folder() -> str | None:
    """The folder of source pages, relative to the page (``$HEALTHDATA_SOURCES``, set by the
    published report); None where there are none (e.g. JupyterLab): cites stay plain text."""
    import os

    return os.environ.get("HEALTHDATA_SOURCES", "").strip().rstrip("/") or None


def cite_link(value, folder: str | None = "sources") -> str:
    """An escaped ``<a>`` to the source page of a ``file:start-end`` cite in ``folder``
    (plain escaped text when there is no folder or no span)."""
    text = esc(value)
    if not text or folder is None:
        return text
    path, _, span = str(value).rpartition(":")
    start, _, end = span.partition("-")
    if not (path and start.isdigit() and end.isdigit()):
        return text
    href = f"{folder}/{source_page(path)}#c{int(start)}-{int(end)}"
    return f'<a href="{esc(href)}" title="show the quote in its raw file">{text}</a>'


def _column_kind(name: str, values: pd.Series) -> str:
    if str(name).endswith("cite"):
        return "hd-cite"
    if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
        return "hd-num"
    lengths = values.dropna().astype(str).str.len()
    return "hd-text" if len(lengths) and lengths.max() >= TEXT_MIN_CHARS else "hd-short"


def _cell(value, kind: str, float_format: str, folder: str | None) -> str:
    if value is None or (not isinstance(value, str) and pd.api.types.is_scalar(value)
                         and pd.isna(value)):
        return "—"
    if kind == "hd-cite":
        return cite_link(value, folder)
    if isinstance(value, float):
        return esc(float_format.format(value))
    return esc(value)


def table_html(df: pd.DataFrame, max_rows: int | None = 30, float_format="{:,.2f}",
               sources: str | None = None) -> str:
    """An escaped HTML table: every cell's text escaped, NA as an em dash, text columns wrapped
    at a readable width, cites linked to their source page in ``sources`` (default:
    :func:`sources_folder`)."""
    folder = sources if sources is not None else sources_folder()
    if df.empty:
        return "<p><em>No rows: nothing of this kind in this data package.</em></p>"
    shown = df if max_rows is None else df.head(max_rows)
    kinds = {c: _column_kind(c, shown[c]) for c in shown.columns}
    head = "".join(f"<th>{esc(c)}</th>" for c in shown.columns)
    body = []
    for row in shown.itertuples(index=False, name=None):
        cells = "".join(
            f'<td class="{k}">{_cell(v, k, float_format, folder)}</td>' if k else
            f"<td>{_cell(v, k, float_format, folder)}</td>"
            for v, k in zip(row, kinds.values())
        )
        body.append(f"<tr>{cells}</tr>")
    more = ""
    if max_rows is not None and len(df) > max_rows:
        more = f"<p><em>{len(df) - max_rows} more rows not shown (of {len(df)}).</em></p>"
    table = (f'<table class="healthdata-table"><thead><tr>{head}</tr></thead>'
             f'<tbody>{"".join(body)}</tbody></table>')
    return f'<div style="overflow-x:auto">{table}</div>{more}'


def show_table(df: pd.DataFrame, max_rows: int | None = 30, float_format="{:,.2f}"):
    """Display an escaped table in a notebook."""
    from IPython.display import HTML, display

    display(HTML(table_html(df, max_rows=max_rows, float_format=float_format)))


def _empty(zh: str, en: str, message: str) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(title=title(zh, en), height=300, xaxis_visible=False, yaxis_visible=False)
    fig.add_annotation(text=esc(message), showarrow=False, x=0.5, y=0.5, xref="paper",
                       yref="paper")
    return fig


def _levels_in(values) -> list[str]:
    present = [str(v) for v in pd.unique(pd.Series(values).astype(str))]
    return [lv for lv in LEVEL_ORDER if lv in present] + sorted(
        v for v in present if v not in LEVEL_ORDER
    )


def corpus_figure(documents: pd.DataFrame) -> go.Figure:
    """Reports by admin level, coloured by report type."""
    zh, en = "报告的行政级别与类型", "Reports by administrative level and type (duplicates included)"
    if documents.empty:
        return _empty(zh, en, "no documents in this data package")
    df = documents.assign(
        admin_level=documents["admin_level"].astype("object").fillna("unknown").astype(str),
        doc_type=documents["doc_type"].astype("object").fillna("unknown").astype(str),
    )
    counts = df.groupby(["admin_level", "doc_type"]).size().reset_index(name="reports")
    fig = px.bar(
        counts, x="admin_level", y="reports", color="doc_type",
        category_orders={"admin_level": _levels_in(counts["admin_level"])},
        labels={"admin_level": "行政级别 admin level", "reports": "报告数 reports",
                "doc_type": "类型 type"},
    )
    fig.update_layout(title=title(zh, en), height=420)
    return fig


def coverage_figure(coverage: pd.DataFrame) -> go.Figure:
    """One dot per bureau and indicator; bars show Wilson intervals where counts are known."""
    zh, en = "各局报告的覆盖率", "Coverage rates reported by each bureau (%, one dot per bureau × population)"
    if coverage.empty:
        return _empty(zh, en, "no coverage-type values in this data package")
    df = coverage.copy()
    df["indicator"] = labels_or_ids(df["name_zh"], df["indicator_id"])
    df["level"] = df["admin_level"].astype("object").fillna("unknown").astype(str)
    df["hover"] = [
        f"{esc(b)} · {esc(p) or '总体'}<br>{v:g}% — “{esc(q)}”<br>{esc(c)}"
        for b, p, v, q, c in zip(df["bureau"], df["population"], df["value"], df["quote"],
                                 df["cite"])
    ]
    order = (
        df.groupby("indicator")["bureau"].nunique().sort_values(ascending=True).index.tolist()
    )
    fig = go.Figure()
    for level in _levels_in(df["level"]):
        sub = df[df["level"] == level]
        has_ci = sub["ci_low"].notna()
        error_x = None
        if has_ci.any():
            error_x = dict(
                type="data", symmetric=False,
                # not clipped: an interval that excluded its estimate would show, not hide
                array=(sub["ci_high"] - sub["value"]).fillna(0).tolist(),
                arrayminus=(sub["value"] - sub["ci_low"]).fillna(0).tolist(),
            )
        fig.add_trace(
            go.Scatter(
                x=sub["value"], y=sub["indicator"], mode="markers",
                name=f"{LEVEL_ZH.get(level, esc(level))} {esc(level)}",
                text=sub["hover"], hovertemplate="%{text}<extra></extra>",
                marker=dict(size=10, opacity=0.8), error_x=error_x,
            )
        )
    fig.update_layout(
        title=title(zh, en),
        height=max(400, 28 * len(order) + 160),
        xaxis_title="% (95 % Wilson interval where the printed counts reproduce the rate)",
        yaxis=dict(categoryorder="array", categoryarray=order),
        legend_title="行政级别 admin level",
    )
    return fig


UNIT_LABEL = {"percent": "% (percentage points)", "per_mille": "‰ (per 1 000)",
              "per_10k": "per 10 000", "per_100k": "per 100 000", "ratio": "ratio",
              "count": "count", "yuan": "yuan"}

STATUS_COLOURS = {"met 达标": "#2a9d8f", "not met 未达标": "#e76f51", "undecided 未定": "#999999"}


def gap_figure(gaps: pd.DataFrame, kind: str, zh: str, en: str, label: str = "name_zh"):
    """Signed gaps of one kind and one unit (positive = better than target), coloured by verdict.

    ``label`` is the column naming each row on the y axis (``subject`` for completion
    statements, whose indicator is always 任务完成率). Use :func:`gap_figures_by_unit` when the
    rows may be in several units: gaps in different units never share an axis."""
    df = gaps[(gaps["kind"] == kind) & gaps["signed_gap"].notna()].copy()
    if df.empty:
        return _empty(zh, en, f"no {kind} gaps in this data package")
    units = sorted(set(df["unit"].astype(str)))
    if len(units) > 1:
        raise ValueError(f"gaps in several units {units}: use gap_figures_by_unit")
    df["signed_gap"] = df["signed_gap"].astype(float)
    df["indicator"] = labels_or_ids(df[label], df["indicator_id"])
    met = df["met"].astype("boolean")
    df["status"] = ["met 达标" if m is True else "not met 未达标" if m is False else "undecided 未定"
                    for m in met.astype(object).where(met.notna(), None)]
    df["hover"] = [
        f"{esc(b)} · {esc(v)}<br>actual {esc(ac if ac != '=' else '')}{a:g} vs target "
        f"{esc(tc)} {t:g}<br>“{esc(aq)}” {esc(ci)}"
        + (f"<br>target: “{esc(tq)}”" if isinstance(tq, str) else "")
        for b, v, a, ac, tc, t, aq, ci, tq in zip(
            df["bureau"], df["verdict"], df["actual"], df["actual_comparator"],
            df["target_comparator"], df["target"].fillna(float("nan")), df["actual_sentence"],
            df["actual_cite"], df["target_sentence"])
    ]
    fig = px.strip(
        df, x="signed_gap", y="indicator", color="status", custom_data=["hover"],
        color_discrete_map=STATUS_COLOURS,
        labels={"signed_gap": f"gap in {UNIT_LABEL.get(units[0], units[0])}, positive = better",
                "indicator": ""},
    )
    fig.update_traces(hovertemplate="%{customdata[0]}<extra></extra>")
    fig.add_vline(x=0, line_dash="dash", line_color="#555")
    fig.update_layout(title=title(zh, en), height=max(380, 30 * df["indicator"].nunique() + 160))
    return fig


def gap_figures_by_unit(gaps: pd.DataFrame, kind: str, zh: str, en: str,
                        label: str = "name_zh") -> list[go.Figure]:
    """One :func:`gap_figure` per unit (the unit named in each title); one empty figure when
    there is nothing to draw."""
    df = gaps[(gaps["kind"] == kind) & gaps["signed_gap"].notna()]
    units = sorted(set(df["unit"].astype(str)))
    if not units:
        return [gap_figure(df, kind, zh, en, label)]
    return [gap_figure(df[df["unit"].astype(str) == u], kind, f"{zh}（{UNIT_LABEL.get(u, u)}）",
                       f"{en} — unit: {UNIT_LABEL.get(u, u)}", label) for u in units]


def theme_figure(freq: pd.DataFrame) -> go.Figure:
    """Share of bureaus raising each theme, per admin level."""
    zh, en = "各级卫生局提出的问题主题", "Share of bureaus raising each problem theme, by admin level"
    df = freq[freq["admin_level"] != "all"].copy()
    if df.empty or df["n_bureaus"].sum() == 0:
        return _empty(zh, en, "no themed problems in this data package")
    df["theme"] = labels_or_ids(df["name_zh"], df["theme_id"])
    df["hover"] = [
        f"{t}<br>{esc(lv)}: {n} of {m} bureaus" for t, lv, n, m in
        zip(df["theme"], df["admin_level"], df["n_bureaus"], df["n_bureaus_at_level"])
    ]
    overall = freq[freq["admin_level"] == "all"].sort_values("n_bureaus")
    order = labels_or_ids(overall["name_zh"], overall["theme_id"])
    fig = px.bar(
        df, x="share", y="theme", color="admin_level", barmode="group", orientation="h",
        custom_data=["hover"],
        category_orders={"theme": order[::-1], "admin_level": _levels_in(df["admin_level"])},
        labels={"share": "share of bureaus at that level", "theme": "", "admin_level": "level"},
    )
    fig.update_traces(hovertemplate="%{customdata[0]}<extra></extra>")
    fig.update_layout(title=title(zh, en), height=max(450, 34 * len(order) + 160),
                      xaxis_tickformat=".0%")
    return fig


def cooccurrence_figure(cooc: pd.DataFrame, themes: pd.DataFrame | None = None) -> go.Figure:
    """Heatmap: bureaus raising both themes (diagonal: bureaus raising the theme)."""
    zh, en = "问题主题的共现", "Theme co-occurrence: bureaus raising both themes"
    if cooc.empty:
        return _empty(zh, en, "no themed problems in this data package")
    names = {}
    if themes is not None and len(themes):
        names = dict(zip(themes["theme_id"].astype(str), themes["name_zh"].astype(str)))
    mat = cooc.pivot(index="theme_a", columns="theme_b", values="n_bureaus").fillna(0)
    ids = sorted(set(mat.index) | set(mat.columns))
    mat = mat.reindex(index=ids, columns=ids, fill_value=0)
    labels = [esc(names.get(i, i)) for i in ids]
    fig = go.Figure(
        go.Heatmap(
            z=mat.to_numpy(), x=labels, y=labels, colorscale="Blues",
            hovertemplate="%{y} + %{x}: %{z} bureaus<extra></extra>",
        )
    )
    fig.update_layout(title=title(zh, en), height=max(450, 30 * len(ids) + 200))
    return fig


def masked_figure(masked: pd.DataFrame) -> go.Figure:
    """Share of masked values per report (reports with at least one value)."""
    zh, en = "各报告中被遮蔽数值的比例", "Share of masked values (x%, **%) per report"
    df = masked[masked["n_values"] > 0].copy()
    if df.empty:
        return _empty(zh, en, "no values in this data package")
    df["label"] = [esc(d) for d in df["doc_id"]]
    df["hover"] = [
        f"{esc(d)} {esc(t)}<br>{m} of {n} values masked"
        for d, t, m, n in zip(df["doc_id"], df["title"], df["n_masked"], df["n_values"])
    ]
    df = df.sort_values("masked_rate")
    fig = px.bar(df, x="masked_rate", y="label", orientation="h", custom_data=["hover"],
                 labels={"masked_rate": "masked share", "label": "report"})
    fig.update_traces(hovertemplate="%{customdata[0]}<extra></extra>")
    fig.update_layout(title=title(zh, en), height=max(380, 22 * len(df) + 160),
                      xaxis_tickformat=".0%")
    return fig


def link_figure(link: pd.DataFrame) -> go.Figure:
    """Share of values linked to a catalog indicator, by unit."""
    zh, en = "数值与指标目录的关联比例", "Share of values linked to a catalog indicator, by unit"
    if link.empty:
        return _empty(zh, en, "no values in this data package")
    df = link.copy()
    df["unit"] = [esc(u) for u in df["unit"]]
    fig = px.bar(df, x="unit", y="linked_share",
                 hover_data={"n_values": True, "n_linked": True},
                 labels={"linked_share": "linked share", "unit": "unit"})
    fig.update_layout(title=title(zh, en), height=400, yaxis_tickformat=".0%")
    return fig


def say(template: str, *args, **kwargs) -> None:
    """Display a sentence whose ``{}`` fields are filled with escaped values."""
    from IPython.display import HTML, display

    args = [esc(f"{a:,}" if isinstance(a, int) and not isinstance(a, bool) else a) for a in args]
    kwargs = {k: esc(v) for k, v in kwargs.items()}
    display(HTML(f"<p>{template.format(*args, **kwargs)}</p>"))
