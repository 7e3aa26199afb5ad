"""Schemas of the build's own tables: manifest, documents, sections (pandera, class-based).

The schema is the documentation: every field's description is what ``datapackage.json`` says
about the column.
"""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from healthdata.ingest import STATUSES
from healthdata.types import SECTION_KINDS
from healthdata.validate.base import SpannedTable

DOC_TYPES = ["summary", "plan", "summary_and_plan", "unknown"]
PERIODS = ["H1", "H2", "annual", "quarter", "multi_year", "unknown"]
ADMIN_LEVELS = ["province", "city", "county", "district", "township", "unknown"]
TOPICS = ["general", "public_security", "trade_union", "office", "youth_league", "emergency",
          "maternal_child", "integrity", "family_planning", "training"]
FORMATS = ["text", "html", "docx", "pdf", "unknown"]


class Manifest(pa.DataFrameModel):
    """One row per raw file: what the build found and what it did with it."""

    path: Series[str] = pa.Field(unique=True, description="Raw file path relative to the raw folder ('/'-separated).")
    bytes: Series[int] = pa.Field(ge=0, description="File size.", metadata={"unit": "bytes"})
    sha256: Series[str] = pa.Field(nullable=True, description="SHA-256 of the file's bytes (null when it could not be read).")
    format: Series[str] = pa.Field(isin=FORMATS, description="Detected format: text, html, docx, pdf or unknown.")
    encoding: Series[str] = pa.Field(nullable=True, description="Detected text encoding (charset-normalizer), e.g. utf-8, gb18030, utf-16.")
    status: Series[str] = pa.Field(isin=list(STATUSES), description="ok, empty, unsupported, undecodable, error, or skipped (not read: not a regular file inside the raw folder).")
    message: Series[str] = pa.Field(nullable=True, description="What happened, in plain words (null when nothing to report).")
    n_chars: Series[int] = pa.Field(ge=0, description="Length of the decoded text that offsets point into.", metadata={"unit": "characters"})
    n_reports: Series[int] = pa.Field(ge=0, description="Reports found in the file.")

    class Config:
        strict = True
        ordered = True


class Documents(SpannedTable):
    """One row per report (article) inside a raw file."""

    doc_id: Series[str] = pa.Field(unique=True, description="Stable id: raw file stem and the report's position on the page (#01, #02 …).")
    source_file: Series[str] = pa.Field(description="Raw file the report is in (path relative to the raw folder).")
    source_start: Series[int] = pa.Field(ge=0, description="Offset of the report's first character (its title line, else its first line of text; a news item's or interview's headline above its text, with the site's lines under it, is read with the report but starts no document) in the raw file's decoded text.", metadata={"unit": "characters"})
    source_end: Series[int] = pa.Field(gt=0, description="Offset just after the report's last character.", metadata={"unit": "characters"})
    title: Series[str] = pa.Field(nullable=True, description="Title as written, without a leading 第N篇 and trailing word counts; null for report text without a title (news items, notices, excerpts).")
    doc_type: Series[str] = pa.Field(isin=DOC_TYPES, description="summary (工作总结, and texts about work done), plan (工作计划/要点/打算, and texts of aims), summary_and_plan, or unknown (an untitled text that says neither).")
    period: Series[str] = pa.Field(isin=PERIODS, description="Period covered: H1 (上半年), H2 (下半年), annual, quarter, multi_year or unknown; read from the body, not only the title.")
    year: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1949, le=2100, description="Year covered when the body states it in four digits; null for 20XX or when only a page title names one.")
    admin_level: Series[str] = pa.Field(isin=ADMIN_LEVELS, description="Level of the issuing bureau: province, city, county (县 and 县级市), district (区), township or unknown.")
    place: Series[str] = pa.Field(nullable=True, description="Named place of the issuing bureau, as written (e.g. 潞城市), when the text names it.")
    province: Series[str] = pa.Field(nullable=True, description="Province of the place (jionlp gazetteer).")
    city: Series[str] = pa.Field(nullable=True, description="Prefecture-level city of the place (jionlp gazetteer).")
    county: Series[str] = pa.Field(nullable=True, description="County-level unit of the place, current name (jionlp gazetteer; 潞城市 -> 潞城区).")
    topic: Series[str] = pa.Field(isin=TOPICS, description="general, or the narrower unit the report is about (public_security, trade_union, office, …).")
    duplicate_of: Series[str] = pa.Field(nullable=True, description="doc_id of an earlier report this one repeats (MinHash containment >= 0.8 on character shingles), else null.")
    n_chars: Series[int] = pa.Field(gt=0, description="Length of the report.", metadata={"unit": "characters"})

    class Config:
        strict = True
        ordered = True


class Sections(SpannedTable):
    """Section headings inside reports (一、 / (一) / 1、) and the kind of content they govern."""

    section_id: Series[str] = pa.Field(unique=True, description="doc_id and the section's position in the report.")
    doc_id: Series[str] = pa.Field(description="Report the section belongs to.")
    source_file: Series[str] = pa.Field(description="Raw file (path relative to the raw folder).")
    heading: Series[str] = pa.Field(description="Heading text as written (up to its first full stop).")
    level: Series[int] = pa.Field(isin=[1, 2, 3], description="1 for 一、, 2 for (一), 3 for 1、.")
    kind: Series[str] = pa.Field(isin=list(SECTION_KINDS), description="achievements, problems, plans or other.")
    source_start: Series[int] = pa.Field(ge=0, description="Offset of the heading.", metadata={"unit": "characters"})
    source_end: Series[int] = pa.Field(gt=0, description="Offset where the section ends.", metadata={"unit": "characters"})

    class Config:
        strict = True
        ordered = True


def spans_within_files(table: pd.DataFrame, manifest: pd.DataFrame, name: str,
                       start: str = "source_start", end: str = "source_end") -> list[str]:
    """Errors for rows whose span runs past the end of their raw file's text."""
    lengths = manifest.set_index("path")["n_chars"]
    if table.empty:
        return []
    n = table["source_file"].map(lengths)
    bad = table[n.isna() | (table[end] > n)]
    return [f"{name}: {len(bad)} row(s) with a span outside their file (first: {bad.iloc[0].to_dict()})"] if len(bad) else []


def foreign_key_errors(child: pd.DataFrame, column: str, parent: pd.DataFrame, parent_column: str, name: str) -> list[str]:
    """Errors for values of ``child[column]`` missing from ``parent[parent_column]`` (nulls allowed)."""
    if child.empty:
        return []
    values = child[column].dropna()
    missing = sorted(set(values) - set(parent[parent_column]))
    return [f"{name}.{column}: {len(missing)} value(s) not in {parent_column}: {missing[:5]}"] if missing else []
