"""The published report in a real browser: headless Chromium (Debian's ``chromium``) driven by
Playwright's Python package over the DevTools protocol (no ``playwright install``: the test uses
the system browser).

1. Every page of the report over the shipped data opens with no JavaScript error, every plotly
   figure draws (its ``.main-svg`` exists), nothing is fetched from the network (the report is
   self-contained), and a screenshot of each page is saved under ``reports/screenshots/``.
2. Pages are light (under 10 MB together, one shared plotly.js), text columns render at a
   readable width (at least 12 characters a line, measured in the browser), and a cite's link
   opens the raw file's source page with exactly the quoted characters highlighted.
3. A data package built from a raw report carrying ``<script>alert(1)</script>`` in its title and
   ``<img src=x onerror=alert(1)>`` in a problem sentence renders that markup as text, and no
   dialog fires.

Chromium is found at /usr/bin/chromium or installed with ``apt-get install -y chromium`` when
running as root; where neither works the tests skip with a loud message.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "reports" / "screenshots"
SEEDS = ROOT / "data" / "raw"
CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
ALL_DRAWN = """() => [...document.querySelectorAll('.plotly-graph-div')]
                     .every(d => d.querySelector('.main-svg') !== null)"""


def _loud_skip(reason: str):
    banner = "!" * 78
    msg = f"\n{banner}\nBROWSER TEST SKIPPED: {reason}\n{banner}\n"
    sys.stderr.write(msg)
    warnings.warn(msg, stacklevel=2)
    pytest.skip(f"BROWSER TEST SKIPPED (LOUD): {reason}")


def _found() -> str | None:
    for path in CANDIDATES:
        if os.path.exists(path) and os.access(path, os.X_OK):
            return path
    return shutil.which("chromium")


def find_or_install_chromium() -> str | None:
    """Debian's chromium: found, else installed with apt-get when we are root."""
    path = _found()
    if path:
        return path
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        for cmd in (["apt-get", "install", "-y", "-q", "chromium"],
                    ["apt-get", "update", "-q"],
                    ["apt-get", "install", "-y", "-q", "chromium"]):
            subprocess.run(cmd, env=env, capture_output=True, timeout=900, check=False)
            if cmd[1] == "install" and _found():
                break
        # CJK fonts make the screenshots readable; best effort only
        subprocess.run(["apt-get", "install", "-y", "-q", "fonts-noto-cjk"], env=env,
                       capture_output=True, timeout=900, check=False)
    return _found()


@pytest.fixture(scope="module")
def browser_context():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _loud_skip("the playwright Python package is not installed (pip install playwright)")
    exe = find_or_install_chromium()
    if not exe:
        _loud_skip("no Chromium at /usr/bin/chromium and apt-get install chromium failed "
                   "(not root, or no Debian mirror)")
    profile = tempfile.mkdtemp(prefix="healthdata-chromium-")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=exe, headless=True, args=FLAGS,
            viewport={"width": 1280, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)


def visit(context, path: Path, screenshot: Path | None = None) -> dict:
    """Open one page; return its JS errors, dialogs, network requests and figure counts."""
    page = context.new_page()
    seen = {"errors": [], "console": [], "dialogs": [], "network": []}
    page.on("pageerror", lambda exc: seen["errors"].append(str(exc)))
    page.on("console", lambda m: seen["console"].append(m.text) if m.type == "error" else None)

    def on_dialog(dialog):
        seen["dialogs"].append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)

    def on_route(route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            seen["network"].append(route.request.url)
            route.abort()

    page.route("**/*", on_route)
    page.goto(path.resolve().as_uri(), wait_until="load", timeout=60_000)
    n_figures = page.locator(".plotly-graph-div").count()
    if n_figures:
        page.wait_for_function(ALL_DRAWN, timeout=60_000)
    page.wait_for_timeout(500)  # let any onerror handler fire
    seen["n_figures"] = n_figures
    seen["n_drawn"] = page.locator(".plotly-graph-div .main-svg").evaluate_all(
        "els => new Set(els.map(e => e.closest('.plotly-graph-div'))).size"
    )
    seen["text"] = page.inner_text("body")
    seen["evil_imgs"] = page.locator("img[src='x']").count()
    # an injected <script>alert(1)</script> would be a script element of its own; plotly's
    # figure data may carry the *escaped* text (&lt;script&gt;…) as a JS string, which is inert
    seen["evil_scripts"] = page.evaluate(
        "() => [...document.scripts].filter(s => s.text.trim() === 'alert(1)'"
        " || s.text.includes('<script>alert(1)')).length"
    )
    if screenshot is not None:
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(screenshot), full_page=True)
    page.close()
    return seen


def _shipped_or_built(tmp_root: Path) -> Path | None:
    """The shipped data package (None), or one built from data/raw when none is shipped."""
    from healthdata.analysis import load_table

    if not load_table("documents").attrs.get("missing"):
        return None
    try:
        from healthdata.build import build
    except ImportError:
        pytest.skip("no shipped data package and no healthdata.build to make one")
    out = tmp_root / "processed"
    build(SEEDS, out, progress=False)
    return out


@pytest.fixture(scope="module")
def shipped_report(tmp_path_factory):
    from healthdata.report import build_report

    root = tmp_path_factory.mktemp("report")
    data_dir = _shipped_or_built(root)
    return build_report(root / "site", data_dir=data_dir)


def test_every_page_opens_draws_and_needs_no_network(shipped_report, browser_context):
    from healthdata.report import NOTEBOOKS

    names = [p.name for p in shipped_report]
    assert names == [f"{stem}.html" for stem, _, _ in NOTEBOOKS] + ["index.html"]
    index_html = shipped_report[-1].read_text(encoding="utf-8")
    for stem, _, _ in NOTEBOOKS:
        assert f'href="{stem}.html"' in index_html
    for page in shipped_report:
        seen = visit(browser_context, page, SCREENSHOTS / f"{page.stem}.png")
        assert seen["errors"] == [], (page.name, seen["errors"])
        assert seen["console"] == [], (page.name, seen["console"])
        assert seen["dialogs"] == [], (page.name, seen["dialogs"])
        assert seen["network"] == [], (page.name, "page fetched from the network",
                                       seen["network"])
        source = page.read_text(encoding="utf-8")
        assert source.count('class="plotly-graph-div"') == seen["n_figures"]
        if page.name != "index.html":
            assert seen["n_figures"] >= 1, page.name
        assert seen["n_drawn"] == seen["n_figures"], (page.name, seen)
        assert (SCREENSHOTS / f"{page.stem}.png").stat().st_size > 10_000


def _inject(raw_dir: Path) -> Path:
    """A copy of a seed report with markup in its title line and in a problem sentence."""
    src = SEEDS / "001_dfa47eb1ab84a0b0.txt"
    text = src.read_text(encoding="utf-8")
    title, problem = "县卫生局卫生应急工作总结", "应对突发公共卫生事件的能力仍较低"
    assert title in text and problem in text
    text = text.replace(title, f"县卫生局{SCRIPT}卫生应急工作总结", 1)
    text = text.replace(problem, f"应对突发公共卫生事件的能力{IMG}仍较低", 1)
    raw_dir.mkdir(parents=True)
    out = raw_dir / "001_markup.txt"
    out.write_text(text, encoding="utf-8")
    return out


def test_markup_in_a_raw_report_shows_as_text(tmp_path, browser_context):
    try:
        from healthdata.build import build
    except ImportError:
        pytest.skip("healthdata.build is not available yet")
    from healthdata.analysis import load_table
    from healthdata.report import build_report

    _inject(tmp_path / "raw")
    processed = tmp_path / "processed"
    build(tmp_path / "raw", processed, progress=False)
    titles = " ".join(load_table("documents", processed)["title"].astype(str))
    assert SCRIPT in titles, "the markup survives into the documents table as text"
    problems = " ".join(load_table("problems", processed)["text"].astype(str))
    pages = build_report(tmp_path / "site", data_dir=processed)
    shown = ""
    for page in pages:
        seen = visit(browser_context, page,
                     SCREENSHOTS / f"markup_{page.stem}.png" if page.stem.startswith("01")
                     or page.stem.startswith("04") else None)
        assert seen["dialogs"] == [], (page.name, "a dialog fired", seen["dialogs"])
        assert seen["errors"] == [], (page.name, seen["errors"])
        assert seen["evil_imgs"] == 0 and seen["evil_scripts"] == 0, page.name
        assert seen["n_drawn"] == seen["n_figures"], page.name
        shown += seen["text"]
    assert SCRIPT in shown, "the title's markup is shown as text"
    assert IMG in problems, "the markup survives into the problems table as text"
    assert IMG in shown, "the problem's markup is shown as text"


# ------------------------------------------------------------ readable, linked, light pages

MAX_REPORT_BYTES = 10 * 1024 * 1024
# a text column must hold at least this many Chinese characters a line (at its font size)
MIN_CHARS_PER_LINE = 12


def test_report_is_light_and_shares_one_plotly(shipped_report):
    site = shipped_report[-1].parent
    pages = list(site.glob("*.html")) + list((site / "sources").glob("*.html"))
    plotly = site / "plotly.min.js"
    total = sum(p.stat().st_size for p in pages) + plotly.stat().st_size
    assert total < MAX_REPORT_BYTES, f"report pages weigh {total / 1e6:.1f} MB"
    marker = "plotly.js v"  # the library's banner comment
    for page in shipped_report:
        text = page.read_text(encoding="utf-8")
        assert marker not in text, f"{page.name} embeds its own copy of plotly.js"
        if page.name != "index.html":
            assert 'src="plotly.min.js"' in text
    assert marker in plotly.read_text(encoding="utf-8")[:2000]


def test_text_columns_are_readable_and_cites_link_to_highlighted_sources(
        shipped_report, browser_context):
    site = shipped_report[-1].parent
    page = browser_context.new_page()
    page.goto((site / "03_target_gaps.html").as_uri(), wait_until="load", timeout=60_000)
    cells = page.locator("td.hd-text")
    assert cells.count() > 0, "page 03 shows text columns"
    widths = cells.evaluate_all(
        """els => els.map(td => {
             const r = td.getBoundingClientRect();
             const size = parseFloat(getComputedStyle(td).fontSize);
             return {chars: r.width / size, text: td.textContent.length};
           })""")
    long_cells = [w for w in widths if w["text"] >= 20]
    assert long_cells, "page 03 quotes whole sentences"
    narrow = [w for w in long_cells if w["chars"] < MIN_CHARS_PER_LINE]
    assert not narrow, f"{len(narrow)} text cells narrower than {MIN_CHARS_PER_LINE} characters"
    page.screenshot(path=str(SCREENSHOTS / "03_text_columns.png"), full_page=False)
    # every cite is a link to a source page that highlights the quoted characters
    links = page.locator("td.hd-cite a")
    assert links.count() > 0
    href = links.first.get_attribute("href")
    cite = links.first.inner_text()
    assert href.startswith("sources/") and "#c" in href
    row_quote = page.locator("td.hd-cite a").first.evaluate(
        "a => a.closest('tr').textContent")
    page.close()
    source = browser_context.new_page()
    path, fragment = href.split("#")
    source.goto((site / path).as_uri() + "#" + fragment, wait_until="load", timeout=60_000)
    marked = source.locator("mark#span").inner_text()
    start, end = map(int, cite.rsplit(":", 1)[1].split("-"))
    # the highlighted characters are the quote the row shows (its sentence holds them)
    assert len(marked) == end - start and marked.strip() and marked in row_quote
    assert source.locator("script[src]").count() == 0  # offline: no external script
    source.screenshot(path=str(SCREENSHOTS / "source_page.png"), full_page=False)
    source.close()
