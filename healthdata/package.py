"""The data package: tables as Parquet plus a Frictionless ``datapackage.json`` generated from
the pandera schemas, written atomically, and loaded back validated."""
from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from importlib import import_module, resources
from pathlib import Path

import numpy as np
import pandas as pd

PACKAGE_NAME = "healthdata-reports"
DATA_ENV = "HEALTHDATA_DATA_DIR"
MARKER = ".healthdata-package"  # written into every package: a build only ever replaces a folder holding it
MARKER_TEXT = "This folder is a healthdata data package written by `healthdata build`; a build replaces it whole.\n"


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


class UnsafeOutDir(Exception):
    """An output folder a build must not write into (it is not ours to replace)."""


def package_files() -> set[str]:
    """Names of the entries a data package folder holds: its tables, descriptor and marker."""
    return {f"{name}.parquet" for name in TABLES} | {"datapackage.json", MARKER}


def is_package_dir(folder: Path) -> bool:
    """True when ``folder`` is a healthdata data package and nothing else.

    A package is recognised by its ``datapackage.json`` (named ``healthdata-reports``) and by holding
    only package entries (tables, descriptor, marker).  The marker is required, except for a folder
    holding exactly the files of a package written before the marker existed.
    """
    if folder.is_symlink() or not folder.is_dir():
        return False
    names = {p.name for p in folder.iterdir()}
    if not names or not names <= package_files():
        return False
    try:
        desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(desc, dict) or desc.get("name") != PACKAGE_NAME:
        return False
    return MARKER in names or names == package_files() - {MARKER}


def _is_within(a: Path, b: Path) -> bool:
    """True when ``a`` is ``b`` or lies inside it (both resolved)."""
    return a == b or b in a.parents


def check_out_dir(out_dir: str | Path, raw_dir: str | Path | None = None) -> Path:
    """The resolved output folder, or UnsafeOutDir when writing there could destroy what is not ours.

    A build writes only into a folder that is absent, empty, or a previous healthdata package;
    never into (or around) the raw folder, the current folder or one of its parents, a file or a
    symbolic link.
    """
    given = Path(out_dir)
    if given.is_symlink():
        raise UnsafeOutDir(f"output folder {given} is a symbolic link; give the folder itself")
    target = given.resolve()
    if target.exists() and not target.is_dir():
        raise UnsafeOutDir(f"output folder {given} is a file, not a folder; nothing was written")
    if target.parent == target:
        raise UnsafeOutDir(f"output folder {given} is a filesystem root")
    if _is_within(Path.cwd().resolve(), target):
        raise UnsafeOutDir(f"output folder {given} is the current folder or one of its parents; "
                           "give a folder of its own, e.g. data/processed")
    if raw_dir is not None:
        raw = Path(raw_dir).resolve()
        if _is_within(target, raw) or _is_within(raw, target):
            raise UnsafeOutDir(f"output folder {given} and raw folder {raw_dir} overlap; "
                               "the package must be written outside the raw folder (and not around it)")
    if target.is_dir() and any(target.iterdir()) and not is_package_dir(target):
        foreign = sorted(p.name for p in target.iterdir() if p.name not in package_files())
        what = (f"it holds files that are not part of a data package ({', '.join(foreign[:5])}"
                + (", …" if len(foreign) > 5 else "") + ")") if foreign else "it is not a healthdata data package"
        raise UnsafeOutDir(f"refusing to replace {given}: {what}; nothing was touched. "
                           "Choose an empty or new folder, or a folder a previous build wrote")
    return target


def restore_interrupted(out_dir: Path) -> None:
    """If a build was killed between its two renames, put the previous package back."""
    previous = out_dir.with_name(out_dir.name + ".previous")
    if not out_dir.exists() and is_package_dir(previous):
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


def schema_errors(name: str, df: pd.DataFrame) -> list[str]:
    """Failures of one table (or one part of it) against its pandera schema, validated lazily."""
    import pandera.errors

    try:
        model_of(name).validate(df, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        return [f"{name}: {case.get('check')} failed on column {case.get('column')}: {case.get('failure_case')!r}"
                for case in exc.failure_cases.head(20).to_dict("records")]
    return []


def validate_tables(frames: dict[str, pd.DataFrame]) -> list[str]:
    """Every schema and cross-table failure, as readable lines (empty when all is well)."""
    errors = []
    for name in TABLES:
        if name not in frames:
            errors.append(f"{name}: table missing")
            continue
        errors += table_errors(name, frames[name], frames)
    return errors


def table_errors(name: str, df: pd.DataFrame, frames: dict[str, pd.DataFrame]) -> list[str]:
    """One table's schema failures, duplicate keys, and foreign keys / spans against the other
    tables present in ``frames``."""
    from healthdata.validate.documents import foreign_key_errors, spans_within_files

    spec = TABLES[name]
    errors = schema_errors(name, df)
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
    dtype = str(column.dtype)
    ftype = "string" if dtype.startswith("str") else _FRICTIONLESS_TYPES.get(dtype, "any")
    field = {"name": name, "type": ftype}
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
        numeric = ftype in ("integer", "number")
        for stat, num_key, str_key in (("min_value", "minimum", "minLength"), ("max_value", "maximum", "maxLength")):
            if stats.get(stat) is not None:
                constraints[num_key if numeric else str_key] = stats[stat]
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

PARQUET_OPTIONS = {"compression": "zstd", "write_statistics": False, "store_schema": True}
ROW_GROUP_ROWS = 65_536  # rows per row group of a streamed table (a smaller table is one row group)


def _missing(v) -> bool:
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
            out[col] = pd.Series([None if _missing(v) else str(v) for v in values], dtype="str")
        elif dtype == "float64":
            out[col] = pd.Series([float("nan") if _missing(v) else float(v) for v in values], dtype="float64")
        else:
            out[col] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(out, columns=cols)


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
    pq.write_table(table, path, **PARQUET_OPTIONS)


def _staging_dir(out_dir: Path) -> Path:
    return out_dir.with_name(f"{out_dir.name}.building-{os.getpid()}")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _is_staging(folder: Path) -> bool:
    """True when ``folder`` holds only what a build stages (its parts folder and package files)."""
    return not folder.is_symlink() and {p.name for p in folder.iterdir()} <= package_files() | {"parts"}


def clean_stale_staging(out_dir: Path) -> None:
    """Remove staging folders left by builds that were killed (their process is gone)."""
    if not out_dir.parent.is_dir():
        return
    prefix = f"{out_dir.name}.building-"
    for p in out_dir.parent.iterdir():
        if p.name.startswith(prefix) and p.is_dir():
            pid = p.name[len(prefix):]
            if pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)) and _is_staging(p):
                shutil.rmtree(p, ignore_errors=True)


def _commit(staging: Path, out_dir: Path) -> None:
    """Swap a complete staging folder into place: old package aside, new one in, old one removed.

    Only a previous package is ever moved or removed: a folder of someone else's that happens to
    be named ``<out>.previous`` is left alone (the old package is then set aside under another name).
    """
    if not out_dir.exists():
        staging.rename(out_dir)
        return
    aside = out_dir.with_name(out_dir.name + ".previous")
    if aside.exists() or aside.is_symlink():
        if is_package_dir(aside):
            shutil.rmtree(aside)
        else:
            aside = out_dir.with_name(f"{out_dir.name}.previous-{os.getpid()}")
    out_dir.rename(aside)
    staging.rename(out_dir)
    shutil.rmtree(aside)


def _write_descriptor(folder: Path) -> None:
    (folder / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    (folder / "datapackage.json").write_text(json.dumps(descriptor(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_package(frames: dict[str, pd.DataFrame], out_dir: Path) -> None:
    """Write every table and the descriptor into ``out_dir`` atomically.

    Everything is written into a sibling folder first; then the old package is renamed aside,
    the new one renamed into place and the old one removed.  A build killed at any point leaves
    either the previous package or the new one (``restore_interrupted`` repairs the one gap).
    """
    out_dir = check_out_dir(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    restore_interrupted(out_dir)
    staging = _staging_dir(out_dir)
    if staging.exists() and _is_staging(staging):
        shutil.rmtree(staging)
    staging.mkdir()
    for name in TABLES:
        write_parquet(_sorted(name, frames[name]), staging / f"{name}.parquet")
    _write_descriptor(staging)
    _commit(staging, out_dir)


# ---------------------------------------------------------------- streaming


def _key_hashes(df: pd.DataFrame, cols) -> np.ndarray:
    """64-bit hashes of the key ``cols`` of each row: compact stand-ins for id sets."""
    if df.empty:
        return np.zeros(0, dtype=np.uint64)
    return pd.util.hash_pandas_object(df[list(cols)].astype(object), index=False).to_numpy(dtype=np.uint64)


def _sort_key(values: tuple) -> tuple:
    """A row's sort key as pandas orders it (missing values last)."""
    return tuple((1, 0) if _missing(v) else (0, v) for v in values)


class PackageWriter:
    """Writes a data package whose large tables arrive in parts, in bounded memory.

    ``add_part(name, rows)`` sorts one chunk of rows of a streamed table, validates it against
    its schema (pandera, lazy) and against the files it comes from, and writes it as a Parquet
    part into the staging folder; only 64-bit hashes of its keys stay in memory.  ``finish``
    checks the cross-table rules on those hashes (unique keys, foreign keys), combines each
    table's parts into one Parquet file (a streaming merge with ``ParquetWriter``, fixed-size
    row groups, so the bytes do not depend on how the rows were split into parts) and swaps the
    package into place atomically.  Nothing in ``out_dir`` changes before that swap.
    """

    def __init__(self, out_dir: str | Path, streamed: tuple[str, ...], row_group_rows: int | None = None,
                 raw_dir: str | Path | None = None):
        self.out_dir = check_out_dir(out_dir, raw_dir)
        self.out_dir.parent.mkdir(parents=True, exist_ok=True)
        restore_interrupted(self.out_dir)
        clean_stale_staging(self.out_dir)
        self.staging = _staging_dir(self.out_dir)
        if self.staging.exists() and _is_staging(self.staging):
            shutil.rmtree(self.staging)
        (self.staging / "parts").mkdir(parents=True)
        self.streamed = tuple(streamed)
        self.row_group_rows = row_group_rows or ROW_GROUP_ROWS
        self.parts: dict[str, list[Path]] = {n: [] for n in self.streamed}
        self.bounds: dict[str, list[tuple]] = {n: [] for n in self.streamed}  # (first key, last key) per part
        self.n_rows: dict[str, int] = {n: 0 for n in self.streamed}
        self.hashes: dict[tuple[str, tuple[str, ...]], list[np.ndarray]] = {}
        self.errors: list[str] = []
        for name in self.streamed:
            for cols in self._key_groups(name):
                self.hashes[(name, cols)] = []

    def _key_groups(self, name: str) -> list[tuple[str, ...]]:
        """Column groups whose values must be unique or are referenced by a foreign key."""
        spec = TABLES[name]
        schema = model_of(name).to_schema()
        groups = [tuple(spec.primary_key)]
        groups += [(c,) for c, col in schema.columns.items() if col.unique]
        groups += [(pcol,) for other in TABLES.values() for _c, parent, pcol in other.foreign_keys if parent == name]
        return list(dict.fromkeys(groups))

    # -- parts

    def add_part(self, name: str, rows: list[dict], manifest: pd.DataFrame) -> None:
        """Validate and write one chunk of a streamed table (``manifest``: rows of its files)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        from healthdata.validate.documents import spans_within_files

        if not rows:
            return
        df = _sorted(name, frame(name, rows))
        self.errors += schema_errors(name, df)
        if {"source_file", "source_start", "source_end"} <= set(df.columns):
            self.errors += spans_within_files(df, manifest, name)
        for cols in self._key_groups(name):
            self.hashes[(name, cols)].append(_key_hashes(df, cols))
        keys = [k for k in TABLES[name].sort_by if k in df.columns]
        first, last = df.iloc[0], df.iloc[-1]
        self.bounds[name].append((_sort_key(tuple(first[k] for k in keys)), _sort_key(tuple(last[k] for k in keys))))
        path = self.staging / "parts" / f"{name}-{len(self.parts[name]):06d}.parquet"
        pq.write_table(pa.Table.from_pandas(df, preserve_index=False), path, compression="lz4")
        self.parts[name].append(path)
        self.n_rows[name] += len(df)

    # -- cross-table checks

    def _parent_hashes(self, parent: str, pcol: str, frames: dict[str, pd.DataFrame]) -> np.ndarray:
        if parent in frames:
            return np.unique(_key_hashes(frames[parent], (pcol,)))
        arrays = self.hashes.get((parent, (pcol,)), [])
        return np.unique(np.concatenate(arrays)) if arrays else np.zeros(0, dtype=np.uint64)

    def _iter_part_frames(self, name: str, columns: list[str] | None = None):
        import pyarrow.parquet as pq

        for path in self.parts[name]:
            yield pq.read_table(path, columns=columns).to_pandas()

    def cross_table_errors(self, frames: dict[str, pd.DataFrame]) -> list[str]:
        """Unique keys across parts and foreign keys of the streamed tables."""
        errors = []
        for name in self.streamed:
            for cols in self._key_groups(name):
                arrays = self.hashes[(name, cols)]
                if not arrays:
                    continue
                h = np.concatenate(arrays)
                uniq, counts = np.unique(h, return_counts=True)
                dup = uniq[counts > 1]
                if len(dup):
                    examples = []
                    for df in self._iter_part_frames(name, list(cols)):
                        hit = np.isin(_key_hashes(df, cols), dup)
                        examples += [tuple(r) for r in df[hit].itertuples(index=False)][:5]
                        if len(examples) >= 5:
                            break
                    what = "primary key" if cols == tuple(TABLES[name].primary_key) else f"values in {cols}"
                    errors.append(f"{name}: duplicate {what} {cols}: {len(dup)} value(s), e.g. {examples[:5]}")
            for col, parent, pcol in TABLES[name].foreign_keys:
                parent_h = self._parent_hashes(parent, pcol, frames)
                missing: set = set()
                n_missing = 0
                for df in self._iter_part_frames(name, [col]):
                    values = df[[col]].dropna()
                    bad = ~np.isin(_key_hashes(values, (col,)), parent_h)
                    if bad.any():
                        vals = set(values[col][bad])
                        n_missing += len(vals - missing)
                        if len(missing) < 1000:
                            missing |= vals
                if n_missing:
                    errors.append(f"{name}.{col}: {n_missing} value(s) not in {pcol}: {sorted(missing)[:5]}")
        return errors

    def finish(self, frames: dict[str, pd.DataFrame]) -> list[str]:
        """Validate everything; when valid, write the package and swap it into place.

        ``frames`` holds the tables kept in memory (every table not streamed).  Returns the
        validation errors; then nothing is written to ``out_dir`` and the staging folder is
        removed.
        """
        errors = list(self.errors)
        for name, df in frames.items():
            errors += table_errors(name, df, frames)
        missing = [n for n in TABLES if n not in frames and n not in self.streamed]
        errors += [f"{n}: table missing" for n in missing]
        errors += self.cross_table_errors(frames)
        if errors:
            self.abort()
            return errors
        for name in TABLES:
            path = self.staging / f"{name}.parquet"
            if name in frames:
                write_parquet(_sorted(name, frames[name]), path)
            else:
                self._combine(name, path)
        shutil.rmtree(self.staging / "parts")
        _write_descriptor(self.staging)
        _commit(self.staging, self.out_dir)
        return []

    def abort(self) -> None:
        """Drop the staging folder (the previous package is untouched)."""
        shutil.rmtree(self.staging, ignore_errors=True)

    # -- combining parts

    def _combine(self, name: str, path: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        empty = frame(name, [])
        if not self.n_rows[name]:
            write_parquet(empty, path)
            return
        schema = pa.Table.from_pandas(empty, preserve_index=False).schema
        bounds = self.bounds[name]
        in_order = all(bounds[i][1] <= bounds[i + 1][0] for i in range(len(bounds) - 1))
        with pq.ParquetWriter(path, schema, **PARQUET_OPTIONS) as writer:
            batches = self._concatenated(name, schema) if in_order else self._merged(name, schema)
            for table in self._row_groups(batches, schema):
                writer.write_table(table, row_group_size=self.row_group_rows)

    def _concatenated(self, name: str, schema):
        """Parts in order (they are already globally sorted), as Arrow tables."""
        import pyarrow.parquet as pq

        for part in self.parts[name]:
            yield pq.read_table(part).cast(schema)

    def _merged(self, name: str, schema, batch_rows: int = 4096):
        """A k-way merge of the sorted parts, stable (ties keep part order), as Arrow tables."""
        import heapq

        import pyarrow as pa
        import pyarrow.parquet as pq

        keys = [k for k in TABLES[name].sort_by]

        def rows(part):
            for batch in pq.ParquetFile(part).iter_batches(batch_size=batch_rows):
                yield from batch.to_pylist()

        out = []
        for row in heapq.merge(*(rows(p) for p in self.parts[name]), key=lambda r: _sort_key(tuple(r[k] for k in keys))):
            out.append(row)
            if len(out) >= batch_rows:
                yield pa.Table.from_pylist(out, schema=schema)
                out = []
        if out:
            yield pa.Table.from_pylist(out, schema=schema)

    def _row_groups(self, tables, schema):
        """Re-chunk a stream of tables into contiguous tables of exactly ``row_group_rows`` rows
        (the last one shorter), so row groups do not depend on the part boundaries."""
        import pyarrow as pa

        pending, n = [], 0
        for t in tables:
            pending.append(t)
            n += t.num_rows
            while n >= self.row_group_rows:
                whole = pa.concat_tables(pending)
                yield whole.slice(0, self.row_group_rows).combine_chunks()
                rest = whole.slice(self.row_group_rows)
                pending, n = [rest], rest.num_rows
        if n:
            yield pa.concat_tables(pending).combine_chunks()
