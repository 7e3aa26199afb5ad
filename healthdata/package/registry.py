"""The tables of the data package: their names, pandera models, keys and sort order, and how a
list of row dicts becomes a frame with exactly the model's columns and dtypes."""
from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

import pandas as pd


@dataclass(frozen=True)
class TableSpec:
    name: str
    model: str  # "module:Class" of the pandera DataFrameModel
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (column, table, column)
    sort_by: tuple[str, ...] = ()


TABLES: dict[str, TableSpec] = {t.name: t for t in (
    TableSpec("manifest", "healthdata.validate.documents:Manifest", ("path",), sort_by=("path",)),
    TableSpec("documents", "healthdata.validate.documents:Documents", ("doc_id",),
              (("duplicate_of", "documents", "doc_id"),), ("source_file", "source_start")),
    TableSpec("sections", "healthdata.validate.documents:Sections", ("section_id",),
              (("doc_id", "documents", "doc_id"),), ("source_file", "source_start", "level")),
    TableSpec("indicators", "healthdata.validate.observations:Indicators", ("indicator_id",), sort_by=("indicator_id",)),
    TableSpec("observations", "healthdata.validate.observations:Observations", ("obs_id",),
              (("doc_id", "documents", "doc_id"), ("indicator_id", "indicators", "indicator_id")),
              ("source_file", "source_start", "source_end")),
    TableSpec("checks", "healthdata.validate.observations:Checks", ("check_id",),
              (("obs_id", "observations", "obs_id"), ("doc_id", "documents", "doc_id")), ("check_id",)),
    TableSpec("themes", "healthdata.validate.problems:Themes", ("theme_id",), sort_by=("theme_id",)),
    TableSpec("problems", "healthdata.validate.problems:Problems", ("problem_id",),
              (("doc_id", "documents", "doc_id"),), ("source_file", "source_start")),
    TableSpec("problem_themes", "healthdata.validate.problems:ProblemThemes", ("problem_id", "theme_id"),
              (("problem_id", "problems", "problem_id"), ("theme_id", "themes", "theme_id")), ("problem_id", "theme_id")),
)}


def tables() -> list[str]:
    """Names of the tables in the data package."""
    return list(TABLES)


def model_of(name: str):
    """The pandera DataFrameModel class of table ``name``."""
    module, cls = TABLES[name].model.split(":")
    return getattr(import_module(module), cls)


def is_missing(v) -> bool:
    """True for the values a table stores as null (None, NaN, pd.NA)."""
    return v is None or (isinstance(v, float) and v != v) or v is pd.NA


def frame(name: str, rows: list[dict]) -> pd.DataFrame:
    """Rows as a DataFrame with the schema's columns, in order, and dtypes."""
    schema = model_of(name).to_schema()
    cols = list(schema.columns)
    out = {}
    for col, spec in schema.columns.items():
        dtype = str(spec.dtype)
        values = [r.get(col, float("nan")) for r in rows]  # straight from the rows: no intermediate frame
        if dtype in ("str", "string", "object"):
            out[col] = pd.Series([None if is_missing(v) else str(v) for v in values], dtype="str")
        elif dtype == "float64":
            out[col] = pd.Series([float("nan") if is_missing(v) else float(v) for v in values], dtype="float64")
        else:
            out[col] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(out, columns=cols)


def column_type(dtype) -> str:
    """The Table Schema type ("string", "integer", "number", "boolean") a pandas dtype stores."""
    from healthdata.package.descriptor import frictionless_type

    return frictionless_type(str(dtype))


def expected_types(name: str) -> dict[str, str]:
    """Column -> Table Schema type of table ``name``, from its model (what a reader must find)."""
    return {col: column_type(spec.dtype) for col, spec in model_of(name).to_schema().columns.items()}


def sort_keys(name: str, columns) -> list[str]:
    """The columns table ``name`` is sorted by (those present in ``columns``)."""
    return [k for k in TABLES[name].sort_by if k in columns]


def sorted_frame(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """``df`` in the table's canonical row order (stable), with a fresh index."""
    keys = sort_keys(name, df.columns)
    if keys and not df.empty:
        df = df.sort_values(keys, kind="mergesort")
    return df.reset_index(drop=True)
