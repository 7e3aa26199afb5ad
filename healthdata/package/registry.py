"""The tables of the data package: their names, pandera models, keys and sort order, and how a
list of row dicts becomes a frame with exactly the model's columns and dtypes."""
from __future__ import annotations

import contextlib
import sys
from dataclasses import dataclass
from functools import lru_cache
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


@lru_cache(maxsize=None)
def model_of(name: str):
    """The pandera DataFrameModel class of table ``name``, its schema built (once per process)."""
    module, cls = TABLES[name].model.split(":")
    model = getattr(import_module(module), cls)
    with _without_dask_typing():
        model.to_schema()  # pandera keeps it: every later to_schema() or validate() reuses it
    return model


@contextlib.contextmanager
def _without_dask_typing():
    """While pandera builds our schemas, its optional dask typing is left out.

    To build a schema pandera collects the Series types of every dataframe library it supports,
    and importing ``pandera.typing.dask`` imports ``dask.dataframe`` (about half a second) when
    dask is installed.  Our models annotate pandas Series only, so dask is made unimportable for
    that moment (a ``None`` entry in ``sys.modules``: Python's documented way to block an import;
    pandera then treats dask as absent).  Afterwards everything is as before: the block and the
    module that saw it are dropped and pandera's type lists (public ``lru_cache`` functions)
    forgotten, so pandera's dask support works for any other model in this process.  When dask is
    already imported (``--engine dask``) nothing is blocked.
    """
    if "dask" in sys.modules or "pandera.typing.dask" in sys.modules:
        yield
        return
    import pandera.typing as typing

    sys.modules["dask"] = None
    try:
        yield
    finally:
        del sys.modules["dask"]
        sys.modules.pop("pandera.typing.dask", None)
        typing.__dict__.pop("dask", None)  # the submodule attribute the import set on its package
        for types in (typing.get_dataframe_types, typing.get_series_types, typing.get_index_types):
            types.cache_clear()


def is_missing(v) -> bool:
    """True for the values a table stores as null (None, NaN, pd.NA)."""
    return v is None or (isinstance(v, float) and v != v) or v is pd.NA


def frame(name: str, rows: list[dict]) -> pd.DataFrame:
    """Rows as a DataFrame with the schema's columns, in order, and dtypes."""
    out = {}
    by_column = _columns_of(rows)
    for col, dtype in column_dtypes(name):
        # straight from the rows: no intermediate frame
        values = by_column[col] if by_column is not None and col in by_column else [r.get(col, _NAN) for r in rows]
        # most values are str (float) already, or None: no call for them (is_missing(None) is True)
        if dtype in ("str", "string", "object"):
            out[col] = pd.Series([v if type(v) is str else None if v is None or is_missing(v) else str(v)
                                  for v in values], dtype="str")
        elif dtype == "float64":
            out[col] = pd.Series([v if type(v) is float else _NAN if v is None or is_missing(v) else float(v)
                                  for v in values], dtype="float64")
        else:
            out[col] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(out, columns=[col for col, _ in column_dtypes(name)])


_NAN = float("nan")


def _columns_of(rows: list[dict]) -> dict[str, list] | None:
    """{key: the values of the rows under it} when every row has the same keys in the same order (the rows of one
    table are made by one function: they do), read in one pass over the rows (a table's rows are read column by
    column otherwise, one ``get`` per cell); None when the rows' keys differ (then each column is read with ``get``,
    a missing value standing for NaN)."""
    if not rows:
        return None
    keys = tuple(rows[0])
    if not all(tuple(r) == keys for r in rows):
        return None
    return {k: list(col) for k, col in zip(keys, zip(*map(dict.values, rows)))}


@lru_cache(maxsize=None)
def column_dtypes(name: str) -> tuple[tuple[str, str], ...]:
    """(column, dtype name) of table ``name``, in order, from its model (worked out once)."""
    return tuple((col, str(spec.dtype)) for col, spec in model_of(name).to_schema().columns.items())


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
