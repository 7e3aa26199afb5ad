"""The data package: tables as Parquet plus a Frictionless ``datapackage.json`` generated from
the pandera models, written atomically, and loaded back validated.

One module per job: :mod:`~healthdata.package.registry` (the tables, their keys and dtypes),
:mod:`~healthdata.package.descriptor` (``datapackage.json``), :mod:`~healthdata.package.checks`
(validation of tables and of a package on disk), :mod:`~healthdata.package.storage` (output-folder
safety, locks, the atomic commit) and :mod:`~healthdata.package.writer` (the streaming writer).
This module is the reading side: :func:`load` and :func:`load_all`.
"""
from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import pandas as pd

from healthdata.package.checks import (PackageInvalid, Violation, check_loaded_table, check_package,  # noqa: F401
                                       grouped_lines, read_table, schema_errors, table_errors, validate_tables)
from healthdata.package.descriptor import PACKAGE_NAME, descriptor, field_descriptor  # noqa: F401
from healthdata.package.registry import TABLES, TableSpec, frame, model_of, tables  # noqa: F401
from healthdata.package.storage import (MARKER, MARKER_TEXT, UnsafeOutDir, check_out_dir,  # noqa: F401
                                        is_package_dir, package_files, restore_interrupted, write_package,
                                        write_parquet)
from healthdata.package.writer import PackageWriter  # noqa: F401

DATA_ENV = "HEALTHDATA_DATA_DIR"


def default_data_dir() -> Path:
    """Where ``load`` reads from: $HEALTHDATA_DATA_DIR, else the data shipped in the package."""
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env)
    return Path(str(resources.files("healthdata").joinpath("data")))


def load(name: str, data_dir: str | Path | None = None, validate: bool = True) -> pd.DataFrame:
    """One table of the data package as a DataFrame, checked strictly (exact columns and dtypes,
    schema, keys, foreign keys and spans against the tables it refers to).

    Raises PackageInvalid (a ValueError listing every violation) when the table breaks a rule or
    its file is corrupt.

    >>> healthdata.load("observations").query("indicator_id == 'ncms_participation_rate'")
    """
    if name not in TABLES:
        raise KeyError(f"unknown table {name!r}; tables are: {', '.join(TABLES)}")
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    restore_interrupted(data_dir)
    path = data_dir / f"{name}.parquet"
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: build the data package first (healthdata build)")
    df = read_table(data_dir, name)
    if validate:
        check_loaded_table(data_dir, name, df)
    return df


def load_all(data_dir: str | Path | None = None, validate: bool = True) -> dict[str, pd.DataFrame]:
    """Every table, by name."""
    return {name: load(name, data_dir, validate) for name in TABLES}
