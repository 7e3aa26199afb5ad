"""Loading the data package for analysis, and the two notions every analysis shares.

*Bureau.*  The reports rarely name the bureau that wrote them. A **bureau** here is the
document's ``place`` when the report names one (``潞城市``, ``义乌市``), otherwise the report
itself, labelled by its title (``县卫生局2023上半年工作总结``; where several reports share a
title, its position ``（第2篇）`` and, if need be, its file are added): an unnamed report is
counted as its own bureau, because nothing in the text lets us say two unnamed reports come
from the same office. Counting bureaus therefore never merges unnamed reports, and may
over-count bureaus that wrote several unnamed reports. ``bureau_named`` says which is which.

*Duplicates.*  A report that repeats another (``documents.duplicate_of`` is set) is dropped
from every count, so the same figures are counted once, under the report they repeat.

*Citations.*  Every number shown carries ``source_file`` and ``source_start``/``source_end``
(character offsets into the raw file's decoded text) and the ``quote`` found there, joined
as ``cite`` = ``"file:start-end"`` so a reader can check it.
"""
from __future__ import annotations

import os
import re
import warnings
from pathlib import Path

import pandas as pd

TABLES = (
    "documents",
    "observations",
    "checks",
    "indicators",
    "problems",
    "problem_themes",
    "themes",
    "manifest",
    "sections",
)


def _schema_columns() -> dict[str, list[str]]:
    """Each table's columns, in order, from its pandera model (the one source of truth)."""
    from healthdata import package

    return {name: list(package.model_of(name).to_schema().columns) for name in package.TABLES}


# Columns of each table. A table that lacks some of them (an older or partial data package) gets
# them as empty columns, so a notebook still runs and says what is missing.
COLUMNS: dict[str, list[str]] = _schema_columns()


def data_dir_from_env() -> str | None:
    """The data package folder named by ``HEALTHDATA_DATA_DIR``, or None for the shipped one."""
    value = os.environ.get("HEALTHDATA_DATA_DIR", "").strip()
    return value or None


def _read_parquet_dir(name: str, data_dir: str | os.PathLike) -> pd.DataFrame | None:
    path = Path(data_dir) / f"{name}.parquet"
    if path.exists():
        return pd.read_parquet(path)
    csv = Path(data_dir) / f"{name}.csv"
    if csv.exists():
        return pd.read_csv(csv)
    return None


def _default_dirs() -> list[Path]:
    here = Path(__file__).resolve().parent.parent  # the healthdata package
    return [here / "data", here.parent / "data" / "processed"]


def load_table(name: str, data_dir: str | os.PathLike | None = None) -> pd.DataFrame:
    """Load one table of the data package as a DataFrame with at least ``COLUMNS[name]``.

    Uses ``healthdata.load(name, data_dir=...)`` (validated) when the package provides it;
    falls back to reading ``<data_dir>/<name>.parquet``. A table the package does not have
    comes back empty with the expected columns and ``df.attrs["missing"] = True``.
    """
    if data_dir is None:
        data_dir = data_dir_from_env()
    df = None
    try:
        from healthdata import package  # provided by the foundation issue

        load = package.load
    except (ImportError, AttributeError):
        load = None
    if load is not None:
        try:
            df = load(name, data_dir=data_dir)
        except (FileNotFoundError, KeyError, TypeError):
            df = None
        except Exception as exc:  # noqa: BLE001 - e.g. a schema failure: say so, go on
            first = str(exc).strip().splitlines()[:12]
            warnings.warn(
                f"table {name!r}: healthdata.load failed, so it is read from Parquet and "
                f"analysed unvalidated ({type(exc).__name__}): "
                + " ".join(line.strip() for line in first),
                stacklevel=2,
            )
            df = None
    if df is None:
        dirs = [Path(data_dir)] if data_dir is not None else _default_dirs()
        for d in dirs:
            df = _read_parquet_dir(name, d)
            if df is not None:
                break
    missing = df is None
    if df is None:
        df = pd.DataFrame(columns=COLUMNS.get(name, []))
    df = ensure_columns(df, COLUMNS.get(name, []))
    df.attrs["missing"] = missing
    return df


def load_tables(data_dir: str | os.PathLike | None = None) -> dict[str, pd.DataFrame]:
    """Every table of the data package, keyed by name (see :func:`load_table`)."""
    return {name: load_table(name, data_dir) for name in TABLES}


def ensure_columns(df: pd.DataFrame, columns) -> pd.DataFrame:
    """``df`` with every column in ``columns`` present (missing ones filled with NA)."""
    df = df.copy()
    for col in columns:
        if col not in df.columns:
            df[col] = pd.Series([pd.NA] * len(df), index=df.index, dtype="object")
    return df


def _blank(value) -> bool:
    if value is None:
        return True
    try:
        if pd.isna(value):
            return True
    except (TypeError, ValueError):
        return False
    return str(value).strip() == ""


_POSITION = re.compile(r"#0*(\d+)$")


def unnamed_labels(documents: pd.DataFrame) -> pd.Series:
    """A readable, unique label for each report: its title, with its position on the page
    (``（第2篇）``) where titles repeat, and its file too where that is still not enough."""
    docs = ensure_columns(documents, COLUMNS["documents"])
    titles = ["未署名报告" if _blank(t) else " ".join(str(t).split()) for t in docs["title"]]
    positions = []
    for doc_id in docs["doc_id"].astype(str):
        m = _POSITION.search(doc_id)
        positions.append(f"第{int(m.group(1))}篇" if m else doc_id)
    labels = pd.Series(titles, index=docs.index, dtype="object")
    repeated = labels.duplicated(keep=False)
    labels[repeated] = [f"{t}（{p}）" for t, p in zip(labels[repeated],
                                                   pd.Series(positions, index=docs.index)[repeated])]
    repeated = labels.duplicated(keep=False)
    labels[repeated] = [f"{t[:-1]}，{f}）" for t, f in zip(labels[repeated],
                                                        docs.loc[repeated, "source_file"])]
    return labels


def add_bureau(documents: pd.DataFrame) -> pd.DataFrame:
    """``documents`` plus ``bureau`` (the named place, else the report's readable label, see
    :func:`unnamed_labels`) and ``bureau_named``."""
    docs = ensure_columns(documents, COLUMNS["documents"])
    named = ~docs["place"].map(_blank).astype(bool)
    docs["bureau_named"] = named
    labels = unnamed_labels(docs)
    docs["bureau"] = pd.Series(
        [str(p) if n else lab for p, lab, n in zip(docs["place"], labels, named)],
        index=docs.index, dtype="object",
    )
    return docs


def canonical_documents(documents: pd.DataFrame) -> pd.DataFrame:
    """Documents that do not repeat another report, with bureau columns (see module doc)."""
    docs = add_bureau(documents)
    keep = docs["duplicate_of"].map(_blank).astype(bool)
    return docs[keep].reset_index(drop=True)


def bureau_levels(documents: pd.DataFrame) -> pd.DataFrame:
    """One row per bureau: its admin level (most frequent known level among its reports)."""
    docs = canonical_documents(documents)
    rows = []
    for bureau, grp in docs.groupby("bureau", sort=True):
        levels = grp["admin_level"].fillna("unknown").astype(str)
        known = levels[levels != "unknown"]
        level = (known if len(known) else levels).value_counts().index[0]
        rows.append(
            {
                "bureau": bureau,
                "bureau_named": bool(grp["bureau_named"].iloc[0]),
                "admin_level": level,
                "n_reports": len(grp),
            }
        )
    return pd.DataFrame(rows, columns=["bureau", "bureau_named", "admin_level", "n_reports"])


def cite(frame: pd.DataFrame, file="source_file", start="source_start", end="source_end"):
    """``"file:start-end"`` for each row: where a reader finds the quoted characters."""
    out = []
    for f, s, e in zip(frame[file], frame[start], frame[end]):
        if _blank(f):
            out.append("")
        else:
            s = "?" if _blank(s) else int(s)
            e = "?" if _blank(e) else int(e)
            out.append(f"{f}:{s}-{e}")
    return pd.Series(out, index=frame.index, dtype="object")


def observations_with_context(
    observations: pd.DataFrame, documents: pd.DataFrame, indicators: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Observations of non-duplicate reports, with bureau, report and indicator columns."""
    obs = ensure_columns(observations, COLUMNS["observations"])
    docs = canonical_documents(documents)[
        ["doc_id", "bureau", "bureau_named", "title", "doc_type", "period", "year",
         "admin_level"]
    ]
    # source_file/doc ids must join as strings whatever dtype the parquet gave them
    obs = obs.assign(doc_id=obs["doc_id"].astype(str))
    docs = docs.assign(doc_id=docs["doc_id"].astype(str))
    out = obs.merge(docs, on="doc_id", how="inner")
    if indicators is not None and len(indicators):
        ind = ensure_columns(indicators, COLUMNS["indicators"])[
            ["indicator_id", "name_zh", "name_en", "category", "polarity"]
        ].rename(columns={"category": "indicator_category"})
        out = out.merge(ind, on="indicator_id", how="left")
    else:
        for col in ("name_zh", "name_en", "indicator_category", "polarity"):
            out[col] = pd.NA
    out["cite"] = cite(out)
    return out


# ------------------------------------------------------------------ raw texts


def raw_dir_for(data_dir: str | os.PathLike | None = None) -> Path | None:
    """The raw folder the data package was built from: ``$HEALTHDATA_RAW_DIR``, else ``raw``
    beside the package folder (``data/processed`` → ``data/raw``), else the repository's
    ``data/raw``; None when none of these exists."""
    env = os.environ.get("HEALTHDATA_RAW_DIR", "").strip()
    candidates = [Path(env)] if env else []
    if data_dir is not None:
        candidates.append(Path(data_dir).resolve().parent / "raw")
    candidates.append(Path(__file__).resolve().parent.parent.parent / "data" / "raw")
    return next((c for c in candidates if c.is_dir()), None)


def load_raw_texts(manifest: pd.DataFrame, raw_dir: str | os.PathLike | None = None,
                   data_dir: str | os.PathLike | None = None) -> dict[str, str]:
    """Decoded text of every raw file in ``manifest`` whose bytes are still those the package was
    built from (same SHA-256), keyed by manifest path: the text the offsets point into.

    Decoding is the build's own (:func:`healthdata.ingest.read_raw`). A file that is missing or
    has changed since the build is left out, so no span is ever shown on the wrong text."""
    from healthdata.ingest import read_raw

    folder = Path(raw_dir) if raw_dir is not None else raw_dir_for(data_dir)
    man = ensure_columns(manifest, COLUMNS["manifest"])
    texts: dict[str, str] = {}
    if folder is None:
        return texts
    for rel, sha in zip(man["path"], man["sha256"]):
        path = folder / str(rel)
        if _blank(sha) or not path.is_file():
            continue
        rf = read_raw(path, folder)
        if rf.status == "ok" and rf.sha256 == sha:
            texts[str(rel)] = rf.text
    return texts


def excerpt(text: str | None, start, end, focus_start, focus_end, width: int = 40) -> str | None:
    """Up to ``width`` characters of ``text[start:end]`` either side of the focus span (``…``
    marks a cut), or None when the text is unknown."""
    if text is None or _blank(start) or _blank(focus_start):
        return None
    start, end = int(start), int(end)
    lo = max(start, int(focus_start) - width)
    hi = min(end, int(focus_end) + width)
    if hi <= lo:
        return None
    body = text[lo:hi].replace("\n", " ").strip()
    return ("…" if lo > start else "") + body + ("…" if hi < end else "")


def sentences(frame: pd.DataFrame, texts: dict[str, str] | None) -> pd.Series:
    """For each observation row, its sentence around the value (see :func:`excerpt`); the
    quote alone where the raw text is not available."""
    texts = texts or {}
    out = []
    for f, ss, se, s, e, q in zip(frame["source_file"], frame["sentence_start"],
                                  frame["sentence_end"], frame["source_start"],
                                  frame["source_end"], frame["quote"]):
        text = texts.get(str(f))
        got = excerpt(text, ss, se, s, e) if not _blank(se) and not _blank(ss) and int(se) > int(ss) else None
        out.append(got if got else q)
    return pd.Series(out, index=frame.index, dtype="object")
