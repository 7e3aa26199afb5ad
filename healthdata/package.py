"""The data package: tables as Parquet plus a Frictionless ``datapackage.json`` generated from
the pandera schemas, written atomically, and loaded back validated."""
from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from importlib import import_module, resources
from pathlib import Path

import pandas as pd

PACKAGE_NAME = "healthdata-reports"
DATA_ENV = "HEALTHDATA_DATA_DIR"


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
    module, cls = TABLES[name].model.split(":")
    return getattr(import_module(module), cls)


def default_data_dir() -> Path:
    """Where ``load`` reads from: $HEALTHDATA_DATA_DIR, else the data shipped in the package."""
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env)
    return Path(str(resources.files("healthdata").joinpath("data")))


def restore_interrupted(out_dir: Path) -> None:
    """If a build was killed between its two renames, put the previous package back."""
    previous = out_dir.with_name(out_dir.name + ".previous")
    if previous.exists() and not out_dir.exists():
        previous.rename(out_dir)


def load(name: str, data_dir: str | Path | None = None, validate: bool = True) -> pd.DataFrame:
    """One table of the data package as a DataFrame, validated against its schema.

    >>> healthdata.load("observations").query("indicator_id == 'ncms_participation_rate'")
    """
    if name not in TABLES:
        raise KeyError(f"unknown table {name!r}; tables are: {', '.join(TABLES)}")
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    restore_interrupted(data_dir)
    path = data_dir / f"{name}.parquet"
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: build the data package first (healthdata build)")
    df = pd.read_parquet(path)
    return model_of(name).validate(df, lazy=True) if validate else df


def load_all(data_dir: str | Path | None = None, validate: bool = True) -> dict[str, pd.DataFrame]:
    """Every table, by name."""
    return {name: load(name, data_dir, validate) for name in TABLES}


# ---------------------------------------------------------------- validation


def validate_tables(frames: dict[str, pd.DataFrame]) -> list[str]:
    """Every schema and cross-table failure, as readable lines (empty when all is well)."""
    import pandera.errors

    from healthdata.validate.documents import foreign_key_errors, spans_within_files

    errors = []
    for name, spec in TABLES.items():
        if name not in frames:
            errors.append(f"{name}: table missing")
            continue
        try:
            model_of(name).validate(frames[name], lazy=True)
        except pandera.errors.SchemaErrors as exc:
            for case in exc.failure_cases.head(20).to_dict("records"):
                errors.append(f"{name}: {case.get('check')} failed on column {case.get('column')}: {case.get('failure_case')!r}")
        df = frames[name]
        if not df.empty and df.duplicated(list(spec.primary_key)).any():
            errors.append(f"{name}: duplicate primary key {spec.primary_key}")
        for col, parent, pcol in spec.foreign_keys:
            if parent in frames and col in df.columns:
                errors += foreign_key_errors(df, col, frames[parent], pcol, name)
        if "manifest" in frames and {"source_file", "source_start", "source_end"} <= set(df.columns):
            errors += spans_within_files(df, frames["manifest"], name)
    return errors


# ---------------------------------------------------------------- descriptor

_FRICTIONLESS_TYPES = {"str": "string", "string": "string", "object": "string", "int64": "integer",
                       "Int64": "integer", "float64": "number", "Float64": "number", "bool": "boolean",
                       "boolean": "boolean"}


def field_descriptor(name: str, column) -> dict:
    """Frictionless Table Schema field for one pandera column."""
    field = {"name": name, "type": _FRICTIONLESS_TYPES.get(str(column.dtype), "any")}
    if column.description:
        field["description"] = column.description
    unit = (column.metadata or {}).get("unit") if getattr(column, "metadata", None) else None
    if unit:
        field["unit"] = unit
    constraints = {}
    if not column.nullable:
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    for check in column.checks:
        stats = getattr(check, "statistics", {}) or {}
        if "allowed_values" in stats:
            constraints["enum"] = sorted(stats["allowed_values"], key=str)
        if "min_value" in stats:
            constraints["minimum"] = stats["min_value"]
        if "max_value" in stats:
            constraints["maximum"] = stats["max_value"]
    if constraints:
        field["constraints"] = constraints
    return field


def descriptor() -> dict:
    """The Frictionless Data Package descriptor, generated from the schemas."""
    resources_ = []
    for name, spec in TABLES.items():
        schema = model_of(name).to_schema()
        fields = [field_descriptor(col, schema.columns[col]) for col in schema.columns]
        table_schema = {"fields": fields, "primaryKey": list(spec.primary_key)}
        fks = [{"fields": col, "reference": {"resource": parent, "fields": pcol}} for col, parent, pcol in spec.foreign_keys]
        if fks:
            table_schema["foreignKeys"] = fks
        resources_.append({
            "name": name,
            "path": f"{name}.parquet",
            "format": "parquet",
            "mediatype": "application/vnd.apache.parquet",
            "description": " ".join((schema.description or model_of(name).__doc__ or "").split()),
            "schema": table_schema,
        })
    return {
        "name": PACKAGE_NAME,
        "title": "Indicators and problems stated in Chinese health-bureau work reports",
        "description": ("Every value (rates, counts, money) and every admitted problem stated in the work summaries "
                        "and plans of Chinese health bureaus, each traced to its characters in a raw file."),
        "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "sources": [{"title": "Scraped web pages of health-bureau work summaries and plans (data/raw)"}],
        "resources": resources_,
    }


# ---------------------------------------------------------------- writing


def _sorted(name: str, df: pd.DataFrame) -> pd.DataFrame:
    keys = [k for k in TABLES[name].sort_by if k in df.columns]
    if keys and not df.empty:
        df = df.sort_values(keys, kind="mergesort")
    return df.reset_index(drop=True)


def write_parquet(df: pd.DataFrame, path: Path) -> None:
    """Deterministic Parquet: same frame, same bytes."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(df, preserve_index=False)
    pq.write_table(table, path, compression="zstd", write_statistics=False, store_schema=True)


def write_package(frames: dict[str, pd.DataFrame], out_dir: Path) -> None:
    """Write every table and the descriptor into ``out_dir`` atomically.

    Everything is written into a sibling folder first; then the old package is renamed aside,
    the new one renamed into place and the old one removed.  A build killed at any point leaves
    either the previous package or the new one (``restore_interrupted`` repairs the one gap).
    """
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    restore_interrupted(out_dir)
    staging = out_dir.with_name(f"{out_dir.name}.building-{os.getpid()}")
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir()
    for name in TABLES:
        write_parquet(_sorted(name, frames[name]), staging / f"{name}.parquet")
    (staging / "datapackage.json").write_text(json.dumps(descriptor(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    previous = out_dir.with_name(out_dir.name + ".previous")
    if previous.exists():
        shutil.rmtree(previous)
    if out_dir.exists():
        out_dir.rename(previous)
    staging.rename(out_dir)
    if previous.exists():
        shutil.rmtree(previous)
