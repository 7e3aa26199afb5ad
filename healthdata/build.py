"""The build: raw folder in, validated data package out.

ingest (read, detect encoding) -> segment (reports, sections) -> classify documents ->
extract (observations, checks, problems) -> normalize (indicators, themes, duplicates) ->
validate (pandera) -> write (Parquet + datapackage.json, atomically).

Per-file work (:func:`process_file`) is a pure function of one file, so it can run in a
process pool or on a Dask cluster; the cross-file steps (duplicates, catalogs) run once after.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from healthdata.ingest import list_raw_files, read_raw
from healthdata.package import TABLES, model_of, validate_tables, write_package


class BuildError(Exception):
    """A build that cannot start (no raw folder) or whose tables fail validation."""


@dataclass
class FileResult:
    """Everything one raw file contributes to the package."""

    manifest: dict
    documents: list[dict] = field(default_factory=list)
    sections: list[dict] = field(default_factory=list)
    observations: list[dict] = field(default_factory=list)
    checks: list[dict] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)
    problem_themes: list[dict] = field(default_factory=list)
    signatures: list[tuple] = field(default_factory=list)


@dataclass
class BuildSummary:
    out_dir: Path
    n_files: int
    n_failed: int
    counts: dict[str, int]
    failures: list[tuple[str, str, str]]  # (path, status, message)
    errors: list[str]

    def lines(self) -> list[str]:
        out = [f"built {self.out_dir}: {self.n_files} raw file(s), {self.n_failed} failed; "
               + ", ".join(f"{k} {v}" for k, v in self.counts.items())]
        out += [f"  {status}: {path}: {msg}" for path, status, msg in self.failures]
        return out


def report_rows(rep, source_file: str) -> tuple[dict, list[dict], list]:
    """(documents row, sections rows, final sections) for one segmented report."""
    from healthdata.normalize.documents import classify

    info = classify(rep)
    sections = info.pop("sections")
    doc = {"doc_id": rep.doc_id, "source_file": source_file, "source_start": rep.start, "source_end": rep.end,
           **info, "duplicate_of": None, "n_chars": rep.end - rep.start}
    secs = [{"section_id": f"{rep.doc_id}/s{i:02d}", "doc_id": rep.doc_id, "source_file": source_file,
             "heading": s.heading, "level": s.level, "kind": s.kind, "source_start": s.start,
             "source_end": s.end} for i, s in enumerate(sections, 1)]
    return doc, secs, sections


def process_file(path: Path, raw_dir: Path) -> FileResult:
    """Read, segment and extract one raw file.  Never raises: failures go to the manifest."""
    from healthdata.extract.observations import extract_report
    from healthdata.extract.problems import extract_problems
    from healthdata.normalize.duplicates import signature
    from healthdata.segment import reports_in
    from healthdata.textnorm import matching_text

    rf = read_raw(path, raw_dir)
    manifest = {"path": rf.path, "bytes": rf.bytes, "sha256": rf.sha256, "format": rf.format,
                "encoding": rf.encoding, "status": rf.status, "message": rf.message,
                "n_chars": len(rf.text), "n_reports": 0}
    result = FileResult(manifest=manifest)
    if rf.status != "ok":
        return result
    try:
        match = matching_text(rf.text)
        for rep in reports_in(rf.text, rf.path, match):
            doc, secs, sections = report_rows(rep, rf.path)
            rep.sections = sections
            result.documents.append(doc)
            result.sections += secs
            extracted = extract_report(rep)
            obs_ids = []
            for i, row in enumerate(extracted.observations, 1):
                obs_id = f"{rep.doc_id}/o{i:03d}"
                obs_ids.append(obs_id)
                result.observations.append({"obs_id": obs_id, "doc_id": rep.doc_id, "source_file": rf.path, **row})
            for i, chk in enumerate(extracted.checks, 1):
                chk = dict(chk)
                idx = chk.pop("obs_index")
                result.checks.append({"check_id": f"{obs_ids[idx]}/c{i}", "obs_id": obs_ids[idx],
                                      "doc_id": rep.doc_id, "source_file": rf.path, **chk})
            for i, prob in enumerate(extract_problems(rep), 1):
                prob = dict(prob)
                pid = f"{rep.doc_id}/p{i:02d}"
                themes = list(dict.fromkeys(prob.pop("themes") or []))
                evidence = prob.pop("evidence") or []
                result.problems.append({"problem_id": pid, "doc_id": rep.doc_id, "source_file": rf.path, **prob,
                                        "themes": "|".join(themes), "n_themes": len(themes)})
                seen = set()
                for ev in evidence:
                    if ev["theme_id"] in seen:
                        continue
                    seen.add(ev["theme_id"])
                    result.problem_themes.append({"problem_id": pid, "theme_id": ev["theme_id"], "keyword": ev["keyword"],
                                                  "evidence_start": ev["start"], "evidence_end": ev["end"]})
            result.signatures.append((rep.doc_id, *signature(match[rep.start:rep.end])))
        manifest["n_reports"] = len(result.documents)
        if not result.documents:
            manifest["message"] = "no report found in this file"
    except Exception as exc:  # one bad file never stops a build
        result = FileResult(manifest={**manifest, "status": "error", "n_reports": 0,
                                      "message": f"extraction failed: {type(exc).__name__}: {exc}"})
    return result


def _missing(v) -> bool:
    return v is None or (isinstance(v, float) and v != v) or v is pd.NA


def frame(name: str, rows: list[dict]) -> pd.DataFrame:
    """Rows as a DataFrame with the schema's columns, in order, and dtypes."""
    schema = model_of(name).to_schema()
    cols = list(schema.columns)
    df = pd.DataFrame.from_records(rows, columns=cols) if rows else pd.DataFrame({c: [] for c in cols})
    out = {}
    for col, spec in schema.columns.items():
        dtype = str(spec.dtype)
        values = list(df[col])
        if dtype in ("str", "string", "object"):
            out[col] = pd.Series([None if _missing(v) else str(v) for v in values], dtype="str")
        elif dtype == "float64":
            out[col] = pd.Series([float("nan") if _missing(v) else float(v) for v in values], dtype="float64")
        else:
            out[col] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(out, columns=cols)


def iter_results(files: list[Path], raw_dir: Path, jobs: int, engine: str):
    """Per-file results in file order, computed serially, in a process pool, or on Dask."""
    if engine == "dask":
        from healthdata.distributed import dask_results

        yield from dask_results(files, raw_dir)
    elif jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield from pool.map(process_file, files, [raw_dir] * len(files), chunksize=4)
    else:
        for path in files:
            yield process_file(path, raw_dir)


def catalog_frames() -> dict[str, pd.DataFrame]:
    """The vocabulary tables shipped with the package (indicators, themes)."""
    from healthdata.normalize.indicators import load_catalog
    from healthdata.normalize.themes import load_themes

    return {"indicators": load_catalog(), "themes": load_themes()}


def build(raw_dir: str | Path, out_dir: str | Path, jobs: int = 1, engine: str = "local",
          progress: bool = True) -> BuildSummary:
    """Build the data package from every file under ``raw_dir`` into ``out_dir``.

    Raises BuildError when the raw folder is missing or empty, or the tables fail validation
    (then nothing is written and the previous package stays).
    """
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    if not raw_dir.is_dir():
        raise BuildError(f"raw folder {raw_dir} does not exist")
    files = list_raw_files(raw_dir)
    if not files:
        raise BuildError(f"raw folder {raw_dir} has no files")
    from healthdata.normalize.duplicates import duplicate_of

    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    signatures = []
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(files), unit="file", desc="build", file=sys.stderr, dynamic_ncols=True)
    for res in iter_results(files, raw_dir, jobs, engine):
        rows["manifest"].append(res.manifest)
        for name in ("documents", "sections", "observations", "checks", "problems", "problem_themes"):
            rows[name] += getattr(res, name)
        signatures += res.signatures
        if bar is not None:
            bar.update(1)
            bar.set_postfix_str(f"{len(rows['documents'])} reports", refresh=False)
    if bar is not None:
        bar.close()
    dups = duplicate_of(signatures)
    for doc in rows["documents"]:
        doc["duplicate_of"] = dups.get(doc["doc_id"])
    frames = {name: frame(name, rows[name]) for name in TABLES if name not in ("indicators", "themes")}
    frames.update(catalog_frames())
    errors = validate_tables(frames)
    if errors:
        raise BuildError("the tables failed validation:\n  " + "\n  ".join(errors))
    write_package(frames, out_dir)
    failures = [(m["path"], m["status"], m["message"]) for m in rows["manifest"] if m["status"] != "ok"]
    counts = {name: len(frames[name]) for name in ("documents", "observations", "problems")}
    return BuildSummary(out_dir, len(files), len(failures), counts, failures, errors)
