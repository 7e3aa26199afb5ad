"""Validation of tables and of a package on disk.

Tables in memory (what a build is about to write) are checked against their pandera models and
each other (:func:`table_errors`, :func:`validate_tables`).  A package on disk gets the strict
check (:func:`check_package`): the descriptor against the one the models generate, every file
readable, exact columns and dtypes, then the same rules.  Every failure is a :class:`Violation`
(table, rule, message), reported grouped (:func:`grouped_lines`); none is a traceback.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from healthdata.package.descriptor import descriptor
from healthdata.package.registry import TABLES, column_type, expected_types, model_of

MAX_EXAMPLES = 5  # failing values quoted per (table, rule, column)


@dataclass(frozen=True)
class Violation:
    """One broken rule: the table (or file) it is in, the rule, and what was found."""

    table: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.table}: {self.message}"


class PackageInvalid(ValueError):
    """A data package (or one of its tables) that breaks its schemas; the message lists every
    violation grouped by table and rule."""

    def __init__(self, folder, violations: list[Violation]):
        self.violations = violations
        super().__init__(f"data package {folder} is invalid:\n" + "\n".join(grouped_lines(violations)))


def grouped_lines(violations: list[Violation]) -> list[str]:
    """Violations as readable lines: a heading per table, a line per rule with every message."""
    by_table: dict[str, dict[str, list[str]]] = {}
    for v in violations:
        by_table.setdefault(v.table, {}).setdefault(v.rule, []).append(v.message)
    lines = []
    for table, rules in by_table.items():
        n = sum(len(m) for m in rules.values())
        lines.append(f"{table}: {n} violation(s)")
        for rule, messages in rules.items():
            lines.append(f"  [{rule}]")
            lines += [f"    - {m}" for m in messages]
    return lines


# ---------------------------------------------------------------- tables in memory


def failure_cases(name: str, df: pd.DataFrame) -> pd.DataFrame | None:
    """pandera's failure cases of one table (or one part of it) against its model, validated
    lazily; None when it passes (found without pandera's validation when :func:`passes_plainly`
    can tell)."""
    import pandera.errors

    if passes_plainly(name, df):
        return None
    try:
        model_of(name).validate(df, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        return exc.failure_cases
    return None


def passes_plainly(name: str, df: pd.DataFrame) -> bool:
    """True when ``df`` passes its table's model for certain, found by asking each of the model's rules
    directly: the columns exactly the model's, in its order; each column's dtype (pandera's own dtype
    test), nulls, uniqueness and checks (the model's ``Check`` objects themselves); the model's
    whole-row checks.  pandera's validation asks the same questions and spends two to ten times as
    long, on the machinery that collects failure cases and reports them; a table that
    fails, or a model with a rule not asked here, gets False, and pandera's validation then says
    what fails.  True therefore never hides a failure: the parts a build writes pass, and are
    checked this way."""
    from pandera.engines.pandas_engine import Engine

    schema = model_of(name).to_schema()
    if (list(df.columns) != list(schema.columns) or schema.unique or schema.index is not None
            or schema.coerce or getattr(schema, "drop_invalid_rows", False)):
        return False
    try:
        for col_name, col in schema.columns.items():
            if col.coerce or col.regex or getattr(col, "drop_invalid_rows", False):
                return False
            series = df[col_name]
            if col.dtype is not None:
                same = col.dtype.check(Engine.dtype(series.dtype), series)
                if not (bool(same) if isinstance(same, bool) else bool(same.all())):
                    return False
            if not col.nullable and series.isna().any():
                return False
            if col.unique and series.duplicated().any():
                return False
            if not all(_passed(check(series)) for check in col.checks):
                return False
        return all(_passed(check(df)) for check in schema.checks)
    except Exception:  # a rule that cannot be asked this way: pandera's validation asks it
        return False


def _passed(result) -> bool:
    passed = result.check_passed
    return passed is True or (isinstance(passed, (bool, np.bool_)) and bool(passed))


def violations_from_cases(name: str, cases: pd.DataFrame | None) -> list[Violation]:
    """Failure cases as violations: one per check and column, with the number of failing rows and a few
    examples."""
    if cases is None or cases.empty:
        return []
    wide = cases["schema_context"].astype(str).eq("DataFrameSchema") & cases["index"].notna()
    out = []
    # a check on whole rows: one violation, the rows that fail it counted once
    for check, group in cases[wide].groupby(cases["check"].astype(str), sort=False):
        rows = list(dict.fromkeys(group["index"]))
        out.append(Violation(name, f"schema: {check}", f"{check} failed on {len(rows)} row(s), "
                                                       f"e.g. rows {rows[:MAX_EXAMPLES]}"))
    narrow = cases[~wide]
    for (check, column), group in narrow.groupby([narrow["check"].astype(str), narrow["column"].astype(str)],
                                                 sort=False, dropna=False):
        examples = list(dict.fromkeys(map(repr, group["failure_case"])))[:MAX_EXAMPLES]
        out.append(Violation(name, f"schema: {check}",
                             f"{check} failed on column {column}: {len(group)} case(s), e.g. {', '.join(examples)}"))
    return out


def schema_violations(name: str, df: pd.DataFrame) -> list[Violation]:
    """Failures of one table (or one part of it) against its pandera model (see
    :func:`violations_from_cases`)."""
    return violations_from_cases(name, failure_cases(name, df))


def split_row_failures(cases: pd.DataFrame | None) -> tuple[dict, pd.DataFrame | None]:
    """(row label -> the rules that row breaks, the failure cases not tied to one row).

    A rule a row breaks on its own (a value's span outside its sentence, a statement outside the
    enumeration) concerns that row; a failure with no row (a missing column, a wrong dtype) or of
    uniqueness (which pairs rows) concerns the table."""
    if cases is None or cases.empty:
        return {}, None
    check = cases["check"].astype(str)
    tied = cases["index"].notna() & ~check.str.contains("unique|duplicate", case=False)
    rows: dict = {}
    for label, rule in zip(cases.loc[tied, "index"], check[tied]):
        rules = rows.setdefault(int(label), [])
        if rule not in rules:
            rules.append(rule)
    rest = cases[~tied]
    return rows, (rest if len(rest) else None)


def schema_errors(name: str, df: pd.DataFrame) -> list[str]:
    """:func:`schema_violations` as lines."""
    return [str(v) for v in schema_violations(name, df)]


def table_violations(name: str, df: pd.DataFrame, frames: dict[str, pd.DataFrame]) -> list[Violation]:
    """One table's schema failures, duplicate keys, and foreign keys / spans against the other
    tables present in ``frames``."""
    from healthdata.validate.documents import foreign_key_errors, spans_within_files

    spec = TABLES[name]
    out = schema_violations(name, df)
    key = list(spec.primary_key)
    if not df.empty and set(key) <= set(df.columns):
        dup = df[df.duplicated(key, keep=False)]
        if len(dup):
            examples = [tuple(r) for r in dup[key].drop_duplicates().head(MAX_EXAMPLES).itertuples(index=False)]
            out.append(Violation(name, "primary key", f"duplicate primary key {spec.primary_key}: "
                                                      f"{len(dup)} row(s), e.g. {examples}"))
    for col, parent, pcol in spec.foreign_keys:
        if parent in frames and col in df.columns and pcol in frames[parent].columns:
            out += [Violation(name, "foreign key", m) for m in foreign_key_errors(df, col, frames[parent], pcol, name)]
    manifest = frames.get("manifest")
    if manifest is not None and {"path", "n_chars"} <= set(manifest.columns) \
            and {"source_file", "source_start", "source_end"} <= set(df.columns):
        files = manifest.drop_duplicates("path")  # a repeated row is a primary-key violation of its own
        out += [Violation(name, "span", m) for m in spans_within_files(df, files, name)]
    return out


def table_errors(name: str, df: pd.DataFrame, frames: dict[str, pd.DataFrame]) -> list[str]:
    """:func:`table_violations` as lines."""
    return [str(v) for v in table_violations(name, df, frames)]


def validate_tables(frames: dict[str, pd.DataFrame]) -> list[str]:
    """Every schema and cross-table failure, as readable lines (empty when all is well)."""
    errors = []
    for name in TABLES:
        if name not in frames:
            errors.append(f"{name}: table missing")
            continue
        errors += table_errors(name, frames[name], frames)
    return errors


# ---------------------------------------------------------------- a package on disk


def shape_violations(name: str, df: pd.DataFrame) -> list[Violation]:
    """Exact columns (names and order) and types (Table Schema types of the dtypes) of a table read
    back from disk."""
    expected = expected_types(name)
    found = list(df.columns)
    out = []
    missing = [c for c in expected if c not in found]
    extra = [c for c in found if c not in expected]
    if missing:
        out.append(Violation(name, "columns", f"missing column(s): {', '.join(missing)}"))
    if extra:
        out.append(Violation(name, "columns", f"unexpected column(s): {', '.join(map(str, extra))}"))
    if not missing and not extra and found != list(expected):
        out.append(Violation(name, "columns", f"columns out of order: {', '.join(found)} "
                                              f"(expected {', '.join(expected)})"))
    for col in found:
        if col in expected and column_type(df[col].dtype) != expected[col]:
            out.append(Violation(name, "dtypes", f"column {col} holds {column_type(df[col].dtype)} values "
                                                 f"(dtype {df[col].dtype}), expected {expected[col]}"))
    return out


def read_table(folder: Path, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """One table file as a DataFrame; any failure to read it is a PackageInvalid naming the file."""
    import pyarrow.parquet as pq

    path = Path(folder) / f"{name}.parquet"
    if not path.is_file():
        raise PackageInvalid(folder, [Violation(name, "file", f"{path} is missing")])
    try:
        return pq.read_table(path, columns=columns).to_pandas()
    except Exception as exc:  # pyarrow raises several types on a truncated or foreign file
        raise PackageInvalid(folder, [Violation(name, "file", f"{path} is corrupt or not Parquet "
                                                              f"({type(exc).__name__}: {exc})")]) from None


def descriptor_violations(folder: Path) -> list[Violation]:
    """``datapackage.json`` present, valid JSON, and equal to what the models generate
    (resources, fields with their types and constraints, keys)."""
    path = Path(folder) / "datapackage.json"
    where = "datapackage.json"
    if not path.is_file():
        return [Violation(where, "descriptor", f"{path} is missing")]
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return [Violation(where, "descriptor", f"{path} is not readable JSON: {exc}")]
    if not isinstance(found, dict):
        return [Violation(where, "descriptor", f"{path} is not a JSON object")]
    expected = descriptor()
    out = [Violation(where, "descriptor", f"{key} is {found.get(key)!r}, expected {value!r}")
           for key, value in expected.items() if key != "resources" and found.get(key) != value]
    resources = found.get("resources")
    by_name = {r.get("name"): r for r in resources if isinstance(r, dict)} if isinstance(resources, list) else {}
    for res in expected["resources"]:
        got = by_name.pop(res["name"], None)
        if got is None:
            out.append(Violation(where, "descriptor", f"resource {res['name']} is missing"))
            continue
        for key, value in res.items():
            if key != "schema" and got.get(key) != value:
                out.append(Violation(where, "descriptor", f"resource {res['name']}: {key} is {got.get(key)!r}, expected {value!r}"))
        out += _schema_differences(res["name"], res["schema"], got.get("schema"))
    out += [Violation(where, "descriptor", f"unexpected resource {name!r}") for name in by_name]
    return out


def _schema_differences(name: str, expected: dict, found) -> list[Violation]:
    where = "datapackage.json"
    if not isinstance(found, dict):
        return [Violation(where, "descriptor", f"resource {name}: schema missing")]
    out = []
    exp_fields = {f["name"]: f for f in expected["fields"]}
    got_fields = {f.get("name"): f for f in found.get("fields") or [] if isinstance(f, dict)}
    if list(exp_fields) != list(got_fields):
        out.append(Violation(where, "descriptor", f"resource {name}: fields are {list(got_fields)}, expected {list(exp_fields)}"))
    for fname, field in exp_fields.items():
        if fname in got_fields and got_fields[fname] != field:
            keys = sorted(k for k in set(field) | set(got_fields[fname]) if field.get(k) != got_fields[fname].get(k))
            out.append(Violation(where, "descriptor", f"resource {name}: field {fname} differs in {', '.join(keys)}"))
    for key in ("primaryKey", "foreignKeys"):
        if found.get(key) != expected.get(key):
            out.append(Violation(where, "descriptor", f"resource {name}: {key} is {found.get(key)!r}, expected {expected.get(key)!r}"))
    return out


def foreign_entries(folder: Path) -> list[Violation]:
    """Entries of the folder that are not part of a package."""
    from healthdata.package.storage import package_files

    return [Violation("package", "files", f"unexpected entry {p.name!r} in the package folder")
            for p in sorted(Path(folder).iterdir()) if p.name not in package_files()]


def guarded(name: str, rule: str, check, *args) -> list[Violation]:
    """Run one check; a check that fails on data it did not expect reports that, never a traceback."""
    try:
        return check(*args)
    except Exception as exc:
        return [Violation(name, rule, f"could not be checked: {type(exc).__name__}: {exc}")]


def check_package(folder: str | Path) -> tuple[dict[str, pd.DataFrame], list[Violation]]:
    """Every table of the package in ``folder`` (those readable with the exact columns and
    dtypes) and every violation of the package: descriptor, files, columns and dtypes, schemas,
    keys, foreign keys and spans.  Raises FileNotFoundError when ``folder`` is not a folder."""
    from healthdata.package.storage import restore_interrupted

    folder = Path(folder)
    restore_interrupted(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} is not a folder")
    violations = descriptor_violations(folder) + foreign_entries(folder)
    frames: dict[str, pd.DataFrame] = {}
    for name in TABLES:
        try:
            df = read_table(folder, name)
        except PackageInvalid as exc:
            violations += exc.violations
            continue
        shape = shape_violations(name, df)
        violations += shape
        if not shape:  # row rules only on a table of the right shape
            frames[name] = df
    for name, df in frames.items():
        violations += guarded(name, "rules", table_violations, name, df, frames)
    return frames, violations


def check_loaded_table(folder: Path, name: str, df: pd.DataFrame) -> None:
    """The strict check of one table read by ``load``: the package's descriptor, the table's shape,
    schema and keys, and its foreign keys and spans against the key columns of the tables it
    refers to.  Raises PackageInvalid."""
    violations = descriptor_violations(folder)
    shape = shape_violations(name, df)
    violations += shape
    if not shape:
        frames = {name: df}
        needed: dict[str, set[str]] = {}
        for _col, parent, pcol in TABLES[name].foreign_keys:
            needed.setdefault(parent, set()).add(pcol)
        if {"source_file", "source_start", "source_end"} <= set(df.columns):
            needed.setdefault("manifest", set()).update({"path", "n_chars"})
        for parent, cols in needed.items():
            if parent != name:
                try:
                    frames[parent] = read_table(folder, parent, sorted(cols))
                except PackageInvalid as exc:
                    violations += exc.violations
        violations += guarded(name, "rules", table_violations, name, df, frames)
    if violations:
        raise PackageInvalid(folder, violations)
