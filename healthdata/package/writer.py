"""The streaming writer: a package whose large tables arrive in parts, written in bounded memory."""
from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import numpy as np
import pandas as pd

from healthdata.package.checks import failure_cases, split_row_failures, table_errors, violations_from_cases
from healthdata.package.registry import TABLES, frame, is_missing, model_of, sort_keys, sorted_frame
from healthdata.package.storage import (PARQUET_OPTIONS, check_out_dir, clean_stale_staging, commit,
                                        fresh_staging, locked, restore_interrupted, write_metadata,
                                        write_parquet)

ROW_GROUP_ROWS = 65_536  # rows per row group of a streamed table (a smaller table is one row group)


def _key_hashes(df: pd.DataFrame, cols) -> np.ndarray:
    """64-bit hashes of the key ``cols`` of each row: compact stand-ins for id sets."""
    if df.empty:
        return np.zeros(0, dtype=np.uint64)
    return pd.util.hash_pandas_object(df[list(cols)].astype(object), index=False).to_numpy(dtype=np.uint64)


def _sort_key(values: tuple) -> tuple:
    """A row's sort key as pandas orders it (missing values last)."""
    return tuple((1, 0) if is_missing(v) else (0, v) for v in values)


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
                 raw_dir: str | Path | None = None, on_wait=None):
        self.out_dir = check_out_dir(out_dir, raw_dir)
        self.out_dir.parent.mkdir(parents=True, exist_ok=True)
        self._lock = contextlib.ExitStack()  # held until finish/abort: builds into one folder take turns
        self._lock.enter_context(locked(self.out_dir, "build", on_wait=on_wait))
        try:
            self.out_dir = check_out_dir(out_dir, raw_dir)  # again: another build may have run meanwhile
            restore_interrupted(self.out_dir)
            clean_stale_staging(self.out_dir)
            self.staging = fresh_staging(self.out_dir)
            (self.staging / "parts").mkdir()
        except BaseException:
            self._lock.close()
            raise
        self.streamed = tuple(streamed)
        self.row_group_rows = row_group_rows or ROW_GROUP_ROWS
        self.parts: dict[str, list[Path]] = {n: [] for n in self.streamed}
        self.bounds: dict[str, list[tuple]] = {n: [] for n in self.streamed}  # (first key, last key) per part
        self.n_rows: dict[str, int] = {n: 0 for n in self.streamed}
        self.hashes: dict[tuple[str, tuple[str, ...]], list[np.ndarray]] = {}
        self.reference_hashes: dict[tuple[str, str], list[np.ndarray]] = {}  # (table, column) -> non-null FK values
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

    def add_part(self, name: str, rows: list[dict], manifest: pd.DataFrame) -> list[tuple[dict, list[str]]]:
        """Validate and write one chunk of a streamed table (``manifest``: rows of its files).

        A row that breaks a rule of its own (see :func:`split_row_failures`) is set aside, not
        written: returned with the rules it breaks, so that the build records it against its file
        and the rest of the build goes on.  What breaks the table as a whole is an error of the
        build."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        from healthdata.validate.documents import spans_within_files

        if not rows:
            return []
        df = sorted_frame(name, frame(name, rows))
        if {"source_file", "source_start", "source_end"} <= set(df.columns):  # offsets past a file: no row is sound
            self.errors += spans_within_files(df, manifest, name)
        bad, rest = split_row_failures(failure_cases(name, df))
        self.errors += [str(v) for v in violations_from_cases(name, rest)]
        set_aside = [(df.loc[label].to_dict(), rules) for label, rules in bad.items()]
        if bad:
            df = df.drop(index=list(bad)).reset_index(drop=True)
            if df.empty:
                return set_aside
        for cols in self._key_groups(name):
            self.hashes[(name, cols)].append(_key_hashes(df, cols))
        for col, _parent, _pcol in TABLES[name].foreign_keys:
            values = df[[col]].dropna()
            self.reference_hashes.setdefault((name, col), []).append(_key_hashes(values, (col,)))
        keys = sort_keys(name, df.columns)
        first, last = df.iloc[0], df.iloc[-1]
        self.bounds[name].append((_sort_key(tuple(first[k] for k in keys)), _sort_key(tuple(last[k] for k in keys))))
        path = self.staging / "parts" / f"{name}-{len(self.parts[name]):06d}.parquet"
        pq.write_table(pa.Table.from_pandas(df, preserve_index=False), path, compression="lz4")
        self.parts[name].append(path)
        self.n_rows[name] += len(df)
        return set_aside

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
                refs = self.reference_hashes.get((name, col), [])
                if not refs or np.isin(np.concatenate(refs), parent_h).all():
                    continue  # every reference found (from the hashes kept per part): no part to read again
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
                write_parquet(sorted_frame(name, frames[name]), path)
            else:
                self._combine(name, path)
        shutil.rmtree(self.staging / "parts")
        write_metadata(self.staging)
        commit(self.staging, self.out_dir)
        self._lock.close()
        return []

    def abort(self) -> None:
        """Drop the staging folder (the previous package is untouched) and release the lock."""
        shutil.rmtree(self.staging, ignore_errors=True)
        self._lock.close()

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
