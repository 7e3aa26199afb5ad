"""Format invariance: a seed report as .docx, .html and .pdf yields the observations of its .txt.

The PDF is typeset with reportlab in its built-in Adobe CID font STSong-Light (Simplified
Chinese; no font file needed, so the test never depends on what fonts the machine has), with
CJK line wrapping, so the reader must undo the typesetter's line breaks to get the same values.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

import pandas as pd
import pytest
from conftest import SEED_001, raw_text

from healthdata.build import build

COLS = ["value", "unit", "indicator_id"]


def make_docx(text: str, path):
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    document.save(str(path))


def make_html(text: str, path):
    body = "\n".join(f"  <p>{escape(line)}</p>" for line in text.split("\n") if line.strip())
    path.write_text("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>工作总结</title>"
                    "<style>p { margin: 0 }</style></head>\n<body><div class=\"article\">\n"
                    f"{body}\n</div></body></html>\n", encoding="utf-8")


def make_pdf(text: str, path):
    reportlab = pytest.importorskip("reportlab", reason="LOUD SKIP: reportlab is not installed: the PDF format test "
                                    "did NOT run (pip install reportlab)")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    assert reportlab
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("zh", fontName="STSong-Light", fontSize=10.5, leading=15, wordWrap="CJK")
    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title="seed")
    doc.build([Paragraph(escape(line), style) for line in text.split("\n") if line.strip()])


@pytest.fixture(scope="module")
def formats_build(tmp_path_factory):
    text = raw_text(SEED_001)
    raw = tmp_path_factory.mktemp("formats") / "raw"
    raw.mkdir()
    (raw / "seed.txt").write_text(text, encoding="utf-8")
    make_docx(text, raw / "seed.docx")
    make_html(text, raw / "seed.html")
    make_pdf(text, raw / "seed.pdf")
    out = raw.parent / "out"
    summary = build(raw, out, progress=False)
    return out, summary


def observations(out, source_file):
    obs = pd.read_parquet(out / "observations.parquet")
    return obs[obs.source_file == source_file][COLS].reset_index(drop=True)


def test_every_format_is_read(formats_build):
    out, summary = formats_build
    assert summary.n_failed == 0
    manifest = pd.read_parquet(out / "manifest.parquet").set_index("path")
    assert manifest["format"].to_dict() == {"seed.docx": "docx", "seed.html": "html", "seed.pdf": "pdf", "seed.txt": "text"}
    assert (manifest["n_reports"] == 4).all(), manifest["n_reports"].to_dict()
    docs = pd.read_parquet(out / "documents.parquet")
    titles = docs.groupby("source_file")["title"].apply(list)
    for name in ("seed.docx", "seed.html", "seed.pdf"):
        assert titles[name] == titles["seed.txt"], name
    assert docs.doc_id.is_unique  # seed.txt and seed.docx must not share ids


@pytest.mark.parametrize("name", ["seed.docx", "seed.html", "seed.pdf"])
def test_observations_equal_those_of_the_txt(formats_build, name):
    out, _ = formats_build
    expected = observations(out, "seed.txt")
    assert len(expected) > 50
    pd.testing.assert_frame_equal(observations(out, name), expected)


@pytest.mark.parametrize("name", ["seed.docx", "seed.html", "seed.pdf"])
def test_spans_quote_the_extracted_text(formats_build, name):
    """Offsets of every format point into that format's extracted text, as read_text gives it."""
    from healthdata.ingest import read_text

    out, _ = formats_build
    obs = pd.read_parquet(out / "observations.parquet")
    obs = obs[obs.source_file == name]
    raw = out.parent / "raw"
    text = read_text(raw / name)
    quotes = [text[s:e] for s, e in zip(obs.source_start, obs.source_end)]
    assert len(quotes) > 50 and quotes == list(obs["quote"])
