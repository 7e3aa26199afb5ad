"""The build: raw folder in, validated data package out.

ingest (read, detect encoding) -> segment (reports, sections) -> classify documents ->
extract (observations, checks, problems) -> normalize (indicators, themes, duplicates) ->
validate (pandera) -> write (Parquet + datapackage.json, atomically).

Per-file work (:func:`process_file`) is a pure function of one file, so it can run in a
process pool or on a Dask cluster; the cross-file steps (duplicates, catalogs) run once after.
"""
from __future__ import annotations

import contextlib
import gc
import marshal
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from healthdata.ingest import list_raw_files, read_raw

if TYPE_CHECKING:
    import pandas as pd

# pandas, pandera and pyarrow are imported where the package is written (the build's own
# process), never in the worker processes, which import this module for process_file

STREAMED = ("sections", "observations", "checks", "problems", "problem_themes")
PART_ROWS = 20_000  # rows buffered across the streamed tables before a part is written


# Optional libraries that libraries the build uses import when installed, for features the build
# never uses: each (library, what it would import) costs a few tenths of a second of every build's
# start.  pandera imports hypothesis for its data-synthesis strategies; jieba imports
# pkg_resources (setuptools, plistlib, …) to open its dictionary, which it otherwise opens as a
# plain file (the same bytes).
UNUSED_OPTIONAL_IMPORTS = ((("pandera.pandas", "pandera.backends.pandas.builtin_checks",
                             "pandera.backends.pandas.builtin_hypotheses"), "hypothesis"),
                           (("jieba",), "pkg_resources"))


def import_without_unused_optionals(pairs=UNUSED_OPTIONAL_IMPORTS) -> None:
    """Import the modules of each library with the optional module they would import hidden (as if
    not installed), unless that module is loaded already (a process using it keeps it) or the
    library is.  The hiding lasts for these imports only."""
    import importlib

    for modules, optional in pairs:
        if modules[0] in sys.modules or optional in sys.modules:
            continue
        sys.modules[optional] = None  # type: ignore[assignment]  # "import optional" raises ImportError
        try:
            for module in modules:
                importlib.import_module(module)
        except Exception:  # the library will fail where it is used, with its own message
            pass
        finally:
            if sys.modules.get(optional, 0) is None:
                del sys.modules[optional]
    read_jieba_cache_whole()


# The young generation of Python's cycle collector is collected after this many new container objects (700 by default):
# a build makes millions of short-lived dicts, lists and match objects that reference counting frees, and every
# collection walks the young objects, every tenth an older generation as well, every hundredth the whole heap (the
# vocabularies and compiled patterns loaded at the start among it): about 3 % of a build's time for no garbage (the per-file
# work makes few reference cycles).  Collected less often, the memory it holds between collections stays small.
GC_YOUNG_THRESHOLD = 50_000


@contextlib.contextmanager
def fewer_collections(young: int = GC_YOUNG_THRESHOLD):
    """While the block runs, the cycle collector collects its young generation after ``young`` new containers (or its
    own threshold, if higher), and leaves the objects that exist when the block starts (modules, vocabularies, compiled
    patterns) out of its full collections (``gc.freeze``); afterwards the thresholds are as before and those objects
    are collected as any other.  What the build computes does not depend on when garbage is collected."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], young), *before[1:])
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


class _WholeFileMarshal:
    """``marshal`` as jieba uses it, but ``load`` reads the file in one call: ``marshal.load`` on a
    Python file object reads it piece by piece (one read call per object: half a million for jieba's
    prefix dictionary, 0.5 s), ``marshal.loads`` of its bytes gives the same objects in 0.2 s."""

    def __getattr__(self, name):
        return getattr(marshal, name)

    @staticmethod
    def load(file):
        return marshal.loads(file.read())


def read_jieba_cache_whole() -> None:
    """Make jieba (when imported) read its dictionary cache with one read (see :class:`_WholeFileMarshal`)."""
    module = sys.modules.get("jieba")
    if module is not None and getattr(module, "marshal", None) is marshal:
        module.marshal = _WholeFileMarshal()


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
    set_aside: list[tuple[str, str]] = field(default_factory=list)  # (path, note): rows that broke a row rule

    def lines(self) -> list[str]:
        out = [f"built {self.out_dir}: {self.n_files} raw file(s), {self.n_failed} failed; "
               + ", ".join(f"{k} {v}" for k, v in self.counts.items())]
        out += [f"  {status}: {path}: {msg}" for path, status, msg in self.failures]
        out += [f"  set aside: {path}: {note}" for path, note in self.set_aside]
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
    """Read, segment and extract one raw file.  Never raises: failures go to the manifest.

    Segmentation and extraction run on the page's cleaned view (:mod:`healthdata.pageview`);
    every offset is mapped back to the raw text before it is stored.  An exception inside one
    report is recorded in the manifest message with the report's id, and the other reports of
    the file are still extracted.
    """
    from healthdata.normalize.duplicates import signature
    from healthdata.segment import page_reports

    rf = read_raw(path, raw_dir)
    manifest = {"path": rf.path, "bytes": rf.bytes, "sha256": rf.sha256 or None, "format": rf.format,
                "encoding": rf.encoding, "status": rf.status, "message": rf.message or None,
                "n_chars": len(rf.text), "n_reports": 0}
    result = FileResult(manifest=manifest)
    if rf.status != "ok":
        return result
    notes = []
    try:
        view, reports = page_reports(rf.text, rf.path)
    except Exception as exc:  # one bad file never stops a build
        return FileResult(manifest={**manifest, "status": "error", "n_reports": 0,
                                    "message": f"segmentation failed: {type(exc).__name__}: {exc}"})
    for rep in reports:
        try:
            part = report_result(rep, rf.path, view)
        except Exception as exc:
            notes.append(f"{rep.doc_id}: extraction failed: {type(exc).__name__}: {exc}")
            continue
        for name in ("documents", "sections", "observations", "checks", "problems", "problem_themes"):
            getattr(result, name).extend(getattr(part, name))
        result.signatures.append((rep.doc_id, *signature(rep.match[rep.start:rep.end])))
    manifest["n_reports"] = len(result.documents)
    if not reports:
        notes.append("no report found in this file")
    if reports and not result.documents:
        manifest["status"] = "error"
    manifest["message"] = "; ".join(m for m in (manifest["message"], *notes) if m) or None
    return result


def report_result(rep, source_file: str, view) -> FileResult:
    """The rows of one report, with every offset mapped from the view back to the raw text."""
    from healthdata.extract.observations import extract_report
    from healthdata.extract.problems import extract_problems

    raw = view.raw
    out = FileResult(manifest={})
    doc, secs, sections = report_rows(rep, source_file)
    rep.sections = sections
    doc["source_start"], doc["source_end"] = view.raw_span(rep.start if rep.text_start is None else rep.text_start, rep.end)
    doc["source_start"] = min(doc["source_start"], getattr(rep, "raw_start", doc["source_start"]))  # a title first in <title>
    doc["n_chars"] = doc["source_end"] - doc["source_start"]
    for sec in secs:
        sec["source_start"], sec["source_end"] = view.raw_span(sec["source_start"], sec["source_end"])
    out.documents.append(doc)
    out.sections += secs
    extracted = extract_report(rep)
    obs_ids = []
    for i, row in enumerate(extracted.observations, 1):
        obs_id = f"{rep.doc_id}/o{i:03d}"
        obs_ids.append(obs_id)
        row = dict(row)
        row["source_start"], row["source_end"] = view.raw_span(row["source_start"], row["source_end"])
        row["quote"] = raw[row["source_start"]:row["source_end"]]
        row["sentence_start"], row["sentence_end"] = view.raw_span(row["sentence_start"], row["sentence_end"])
        out.observations.append({"obs_id": obs_id, "doc_id": rep.doc_id, "source_file": source_file, **row})
    for i, chk in enumerate(extracted.checks, 1):
        chk = dict(chk)
        idx = chk.pop("obs_index")
        for side in ("numerator", "denominator"):
            chk[f"{side}_start"], chk[f"{side}_end"] = view.raw_span(chk[f"{side}_start"], chk[f"{side}_end"])
        out.checks.append({"check_id": f"{obs_ids[idx]}/c{i}", "obs_id": obs_ids[idx],
                           "doc_id": rep.doc_id, "source_file": source_file, **chk})
    for i, prob in enumerate(extract_problems(rep), 1):
        prob = dict(prob)
        pid = f"{rep.doc_id}/p{i:02d}"
        themes = list(dict.fromkeys(prob.pop("themes") or []))
        evidence = prob.pop("evidence") or []
        prob["source_start"], prob["source_end"] = view.raw_span(prob["source_start"], prob["source_end"])
        out.problems.append({"problem_id": pid, "doc_id": rep.doc_id, "source_file": source_file, **prob,
                             "themes": "|".join(themes) or None, "n_themes": len(themes)})
        seen = set()
        for ev in evidence:
            if ev["theme_id"] in seen:
                continue
            seen.add(ev["theme_id"])
            start, end = view.raw_span(ev["start"], ev["end"])
            out.problem_themes.append({"problem_id": pid, "theme_id": ev["theme_id"], "keyword": raw[start:end],
                                       "evidence_start": start, "evidence_end": end})
    return out


def failed_result(path: Path, raw_dir: Path, exc: BaseException) -> FileResult:
    """The manifest row of a file whose worker process died on it (crash, out of memory) or that
    went over its time budget: size and hash of its bytes, read again the same safe way."""
    import hashlib

    from healthdata.ingest import IngestError, read_raw_bytes

    rel = Path(path).relative_to(raw_dir).as_posix()
    try:
        data = read_raw_bytes(Path(path), Path(raw_dir))
        size, digest = len(data), hashlib.sha256(data).hexdigest()
    except (OSError, IngestError):
        size, digest = 0, ""
    return FileResult(manifest={"path": rel, "bytes": size, "sha256": digest or None, "format": "unknown", "encoding": None,
                                "status": "error", "message": f"{failure_reason(exc)}: {type(exc).__name__}: {exc}",
                                "n_chars": 0, "n_reports": 0})


def failure_reason(exc: BaseException) -> str:
    """What happened to a file whose work did not return, in plain words."""
    from healthdata.workers import FileTimeout

    if isinstance(exc, FileTimeout):
        return "over the time budget for one file ($HEALTHDATA_FILE_SECONDS)"
    if isinstance(exc, MemoryError):
        return "over the memory budget of a worker ($HEALTHDATA_WORKER_MEMORY_MB)"
    return "worker process died on this file"


def process_file_guarded(path: Path, raw_dir: Path) -> FileResult:
    """:func:`process_file` within the per-file wall-clock budget: a file over it (or one that
    exhausts the worker's memory) becomes an ``error`` row and the build goes on."""
    from healthdata.workers import FileTimeout, file_seconds, time_budget

    try:
        with time_budget(file_seconds()):
            return process_file(path, raw_dir)
    except (FileTimeout, MemoryError) as exc:
        return failed_result(path, raw_dir, exc)


def _pool(jobs: int):
    """A process pool whose workers die with the build and have a memory budget."""
    from concurrent.futures import ProcessPoolExecutor

    from healthdata.workers import init_worker

    return ProcessPoolExecutor(max_workers=jobs, initializer=init_worker)


def _isolated(path: Path, raw_dir: Path) -> FileResult:
    """process_file in a fresh one-worker pool: a file that crashes its worker only fails itself."""
    with _pool(1) as pool:
        try:
            return pool.submit(process_file_guarded, path, raw_dir).result()
        except Exception as exc:
            return failed_result(path, raw_dir, exc)


# A short page written to exercise every step of the per-file work once (see warm_up)
WARM_UP_PAGE = """潞城市卫生健康局2023年工作总结
一、主要工作成效
全市新型农村合作医疗参合率达到99.2%，比上年提高0.5个百分点。孕产妇死亡率控制在15/10万以下，婴儿死亡率为4.1‰。
全年门诊诊疗12.6万人次，其中乡镇卫生院诊疗3.1万人次，占24.6%。
（一）疾病预防控制
适龄儿童免疫规划疫苗接种率保持在95%以上。
二、存在的问题
一是基层卫生人才缺乏，留不住人；二是卫生经费投入不足，医疗设备老化。
三、2024年工作计划
力争居民电子健康档案建档率达到90%，高血压患者规范管理率提高到70%。
"""


def warm_up() -> None:
    """Load in this process what the per-file work loads on first use (vocabularies, compiled
    patterns, the place table, jieba's dictionary), by working through :data:`WARM_UP_PAGE`, so
    that worker processes forked from this one start with all of it loaded instead of each
    loading it again (about a second of CPU per worker).  Nothing computed is kept, and a failure
    is ignored: the workers then load what they need themselves."""
    from healthdata.normalize.duplicates import signature
    from healthdata.segment import page_reports

    try:
        view, reports = page_reports(WARM_UP_PAGE, "warm-up.txt")
        for rep in reports:
            report_result(rep, "warm-up.txt", view)
            signature(rep.match[rep.start:rep.end])
    except Exception:
        pass


def _forks() -> bool:
    """Whether the process pool starts its workers by forking this process."""
    import multiprocessing

    return multiprocessing.get_context().get_start_method() == "fork"


def pool_results(files: list[Path], raw_dir: Path, jobs: int, window: int | None = None):
    """process_file over a local process pool, in file order, with a bounded number in flight.

    A worker that dies (e.g. a C-level crash on a hostile file) breaks the pool: the pool is
    restarted, the file being waited for is retried alone, and the rest go on.
    """
    from collections import deque
    from concurrent.futures.process import BrokenProcessPool

    window = window or 4 * jobs
    if _forks():
        warm_up()
    todo = deque(files)
    pending: deque = deque()
    pool = _pool(jobs)
    try:
        while todo or pending:
            while todo and len(pending) < window:
                path = todo.popleft()
                pending.append((path, pool.submit(process_file_guarded, path, raw_dir)))
            path, fut = pending.popleft()
            try:
                result = fut.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                todo.extendleft(reversed([p for p, _ in pending]))
                pending.clear()
                pool = _pool(jobs)
                result = _isolated(path, raw_dir)
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def iter_results(files: list[Path], raw_dir: Path, jobs: int, engine: str):
    """Per-file results in file order, computed serially, in a process pool, or on Dask.

    Results are consumed as they come: at most a few per worker are ever held at once.
    """
    if engine == "dask":
        from healthdata.distributed import dask_results

        yield from dask_results(files, raw_dir, process_file_guarded, failed_result)
    elif jobs > 1:
        yield from pool_results(files, raw_dir, jobs)
    else:
        for path in files:
            yield process_file_guarded(path, raw_dir)


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
    from healthdata import compilecache
    from healthdata.package import UnsafeOutDir, check_out_dir

    compilecache.install()  # compiled patterns from the disk cache (see compilecache)
    import_without_unused_optionals()
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    if not raw_dir.is_dir():
        raise BuildError(f"raw folder {raw_dir} does not exist")
    try:
        check_out_dir(out_dir, raw_dir)
        files = list_raw_files(raw_dir)
        if not files:
            raise BuildError(f"raw folder {raw_dir} has no files")
        with fewer_collections():
            return _build_files(files, raw_dir, out_dir, jobs, engine, progress)
    except UnsafeOutDir as exc:
        raise BuildError(str(exc)) from None
    except OSError as exc:  # full disk, read-only or vanished folder: the previous package stays
        where = f" ({exc.filename})" if exc.filename else ""
        raise BuildError(f"cannot write the data package {out_dir}: {exc.strerror or exc}{where}; "
                         "nothing was replaced") from None


def _row_key(name: str, row: dict) -> str:
    """A streamed row's primary key, as one string (for the manifest's message)."""
    from healthdata.package.registry import TABLES

    return "/".join(str(row[k]) for k in TABLES[name].primary_key)


def _file_of(name: str, row: dict, buffers: dict[str, list[dict]]) -> str:
    """The raw file a streamed row comes from: its own ``source_file``, else its parent's (the problem
    of a theme link), looked up among the rows of the same part."""
    from healthdata.package.registry import TABLES

    if row.get("source_file"):
        return row["source_file"]
    for col, parent, pcol in TABLES[name].foreign_keys:
        for other in buffers.get(parent, ()):
            if other.get(pcol) == row.get(col) and other.get("source_file"):
                return other["source_file"]
    return ""


def _refers_to_dropped(name: str, row: dict, dropped: dict[str, dict], files: list[dict], log: list) -> bool:
    """Whether ``row`` refers (by a foreign key) to a row set aside in this part; then it goes
    too, noted against its file (a check of a set-aside value, the themes of a set-aside problem)."""
    from healthdata.package.registry import TABLES

    for col, parent, _pcol in TABLES[name].foreign_keys:
        source_file = dropped.get(parent, {}).get(row.get(col))
        if source_file is not None:
            _note_set_aside(files, source_file, f"{name} row {_row_key(name, row)} set aside with {parent} "
                                                f"row {row[col]}", log)
            return True
    return False


def _note_set_aside(files: list[dict], source_file: str, note: str, log: list) -> None:
    """Add ``note`` to the manifest message of ``source_file`` (its row is among ``files``) and to
    the build's ``log`` of rows set aside."""
    log.append((source_file, note))
    for m in files:
        if m["path"] == source_file:
            m["message"] = "; ".join(x for x in (m["message"], note) if x)
            return


def _waiting(out_dir: Path) -> None:
    print(f"waiting for another build into {out_dir} to finish …", file=sys.stderr, flush=True)


def _build_files(files: list[Path], raw_dir: Path, out_dir: Path, jobs: int, engine: str,
                 progress: bool) -> BuildSummary:
    """The build proper, once its folders are checked: files in, package committed."""
    from healthdata.normalize.duplicates import duplicate_of
    from healthdata.package import PackageWriter, frame

    manifest: list[dict] = []
    documents: list[dict] = []  # small: one row per report, kept for duplicate_of
    signatures = []  # small: MinHash values per report
    buffers: dict[str, list[dict]] = {name: [] for name in STREAMED}
    buffered_files: list[dict] = []  # manifest rows of the files in the buffers
    set_aside: list[tuple[str, str]] = []  # (file, note) for every row set aside for breaking a row rule
    writer = PackageWriter(out_dir, STREAMED, raw_dir=raw_dir, on_wait=lambda: _waiting(out_dir))
    bar = None
    try:
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=len(files), unit="file", desc="build", file=sys.stderr, dynamic_ncols=True)

        def flush():
            part_manifest = frame("manifest", buffered_files)
            dropped: dict[str, dict] = {}  # table -> {key of a row set aside: its file}
            for name in STREAMED:
                rows = buffers[name]
                if dropped:  # (most parts set no row aside: then no row can refer to one)
                    rows = [r for r in rows if not _refers_to_dropped(name, r, dropped, buffered_files, set_aside)]
                for row, rules in writer.add_part(name, rows, part_manifest):
                    source_file = _file_of(name, row, buffers)
                    dropped.setdefault(name, {})[_row_key(name, row)] = source_file
                    _note_set_aside(buffered_files, source_file, f"{name} row {_row_key(name, row)} set aside: "
                                    f"breaks {', '.join(rules)}", set_aside)
            for name in STREAMED:
                buffers[name] = []
            buffered_files.clear()

        for res in iter_results(files, raw_dir, jobs, engine):
            manifest.append(res.manifest)
            documents += res.documents
            for name in STREAMED:
                buffers[name] += getattr(res, name)
            buffered_files.append(res.manifest)
            signatures += res.signatures
            if sum(len(b) for b in buffers.values()) >= PART_ROWS:
                flush()
            if bar is not None:
                bar.update(1)
                bar.set_postfix_str(f"{len(documents)} reports", refresh=False)
        flush()
        if bar is not None:
            bar.close()
        # one signature per doc_id (two files can only share ids if the tables are invalid anyway:
        # validation then says so, instead of the near-duplicate index failing on the repeat)
        seen: set = set()
        dups = duplicate_of([sig for sig in signatures if not (sig[0] in seen or seen.add(sig[0]))])
        del signatures
        for doc in documents:
            doc["duplicate_of"] = dups.get(doc["doc_id"])
        frames = {"manifest": frame("manifest", manifest), "documents": frame("documents", documents)}
        frames.update(catalog_frames())
        errors = writer.finish(frames)
    except BaseException:
        writer.abort()
        raise
    if errors:
        raise BuildError("the tables failed validation:\n  " + "\n  ".join(errors))
    failures = [(m["path"], m["status"], m["message"]) for m in manifest if m["status"] != "ok"]
    counts = {"documents": len(documents), "observations": writer.n_rows["observations"],
              "problems": writer.n_rows["problems"]}
    return BuildSummary(out_dir, len(files), len(failures), counts, failures, errors, set_aside)
