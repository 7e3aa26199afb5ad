"""Schemas of the problem tables: problems, problem_themes and the themes vocabulary (pandera).

The schema is the documentation: every field's description is what ``datapackage.json`` says
about the column.  ``check_foreign_keys`` checks the links between the three tables (the link
from problems to documents is checked with the documents table).
"""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from healthdata.validate.base import SpannedTable

ORIGINS = ["section", "running_text"]


class Themes(pa.DataFrameModel):
    """The theme vocabulary: what kinds of problem the bureaus admit (healthdata/vocab/themes.yaml)."""

    theme_id: Series[str] = pa.Field(unique=True, str_matches=r"^[a-z_]+$", description="Theme id (from the shared themes.csv), e.g. workforce, funding.")
    name_zh: Series[str] = pa.Field(description="Chinese name of the theme.")
    name_en: Series[str] = pa.Field(description="English name of the theme.")
    description: Series[str] = pa.Field(description="What problems the theme covers, in plain English.")
    keywords: Series[str] = pa.Field(description="Keywords that assign the theme, '|'-joined, matched on the normalised text (Simplified, paraphrases folded); '…' is a short gap inside one clause.")

    class Config:
        strict = True
        ordered = True


class Problems(SpannedTable):
    """One row per distinct problem a report admits (an enumerated list gives one row per item)."""

    problem_id: Series[str] = pa.Field(unique=True, description="doc_id and the problem's position in the report (/p01, /p02 …).")
    doc_id: Series[str] = pa.Field(description="Report the problem is stated in.")
    source_file: Series[str] = pa.Field(description="Raw file (path relative to the raw folder).")
    source_start: Series[int] = pa.Field(ge=0, description="Offset of the problem statement's first character in the raw file's decoded text.", metadata={"unit": "characters"})
    source_end: Series[int] = pa.Field(gt=0, description="Offset just after the problem statement's last character.", metadata={"unit": "characters"})
    text: Series[str] = pa.Field(str_length={"min_value": 1}, description="The problem statement as read: the raw text between source_start and source_end without its list enumerator, and without the site artefacts the page view leaves out (pinyin after characters, spaces between characters, chunk numbers, line breaks of wrapped lines). The raw characters are always at source_start:source_end.")
    origin: Series[str] = pa.Field(isin=ORIGINS, description="section when stated under a problems heading (存在问题, 不足, 差距), running_text when admitted elsewhere (但…仍…, 有待…, 薄弱).")
    themes: Series[str] = pa.Field(nullable=True, description="Theme ids of the problem, '|'-joined in order of evidence; null when no theme keyword explains it.")
    n_themes: Series[int] = pa.Field(ge=0, description="Number of themes (0 for a problem no theme explains).")

    @pa.dataframe_check(description="n_themes counts the ids in themes")
    def themes_counted(cls, df: pd.DataFrame) -> Series[bool]:
        counted = df["themes"].map(lambda t: 0 if pd.isna(t) else len([x for x in str(t).split("|") if x]))
        return counted == df["n_themes"]

    class Config:
        strict = True
        ordered = True


class ProblemThemes(pa.DataFrameModel):
    """Problems and their themes in long form, with the keyword that assigned each theme."""

    problem_id: Series[str] = pa.Field(description="The problem (problems.problem_id).")
    theme_id: Series[str] = pa.Field(description="A theme of the problem (themes.theme_id).")
    keyword: Series[str] = pa.Field(str_length={"min_value": 1}, description="The evidence: the keyword as written in the raw text (first match of the theme in the problem).")
    evidence_start: Series[int] = pa.Field(ge=0, description="Offset of the keyword in the raw file's decoded text.", metadata={"unit": "characters"})
    evidence_end: Series[int] = pa.Field(gt=0, description="Offset just after the keyword.", metadata={"unit": "characters"})

    @pa.dataframe_check(description="evidence_start < evidence_end")
    def span_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["evidence_start"] < df["evidence_end"]

    @pa.dataframe_check(description="one row per problem and theme")
    def unique_pairs(cls, df: pd.DataFrame) -> Series[bool]:
        return ~df.duplicated(["problem_id", "theme_id"])

    class Config:
        strict = True
        ordered = True


def check_foreign_keys(problems: pd.DataFrame, problem_themes: pd.DataFrame, themes: pd.DataFrame) -> list[str]:
    """Broken links between the problem tables, as readable messages (empty when all hold).

    Checks: every problem_themes.problem_id is a problem; every theme id (in problem_themes and in
    problems.themes) is in the vocabulary; the themes of each problem agree with its
    problem_themes rows; evidence lies inside its problem's span.
    """
    errors: list[str] = []
    known_problems = set(problems["problem_id"])
    known_themes = set(themes["theme_id"])
    orphans = sorted(set(problem_themes["problem_id"]) - known_problems)
    if orphans:
        errors.append(f"problem_themes.problem_id not in problems: {orphans[:10]}")
    unknown = sorted(set(problem_themes["theme_id"]) - known_themes)
    if unknown:
        errors.append(f"problem_themes.theme_id not in themes: {unknown}")
    listed = {
        (pid, t) for pid, ts in zip(problems["problem_id"], problems["themes"]) if not pd.isna(ts)
        for t in str(ts).split("|") if t
    }
    unknown_listed = sorted({t for _, t in listed} - known_themes)
    if unknown_listed:
        errors.append(f"problems.themes has ids not in themes: {unknown_listed}")
    long_form = set(zip(problem_themes["problem_id"], problem_themes["theme_id"]))
    if listed != long_form:
        diff = sorted(listed ^ long_form)[:10]
        errors.append(f"problems.themes and problem_themes disagree on {len(listed ^ long_form)} pairs, e.g. {diff}")
    spans = problems.set_index("problem_id")[["source_start", "source_end"]]
    joined = problem_themes.join(spans, on="problem_id", how="inner")
    outside = joined[(joined["evidence_start"] < joined["source_start"]) | (joined["evidence_end"] > joined["source_end"])]
    if len(outside):
        errors.append(f"{len(outside)} evidence spans lie outside their problem, e.g. {outside['problem_id'].iloc[0]}")
    return errors
