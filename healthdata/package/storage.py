"""Where a package lives on disk and how it is replaced: which folders a build may write into,
the staging folder, the lock that serialises builds, and the commit that swaps a complete new
package into place so that readers find a complete package at every instant."""
from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
from pathlib import Path

import pandas as pd

from healthdata.package.descriptor import PACKAGE_NAME, descriptor_text
from healthdata.package.registry import TABLES

MARKER = ".healthdata-package"  # written into every package: a build only ever replaces a folder holding it
MARKER_TEXT = "This folder is a healthdata data package written by `healthdata build`; a build replaces it whole.\n"
PARQUET_OPTIONS = {"compression": "zstd", "write_statistics": False, "store_schema": True}


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


# ---------------------------------------------------------------- locks


def lock_path(out_dir: Path, kind: str = "build") -> Path:
    """The lock file beside ``out_dir`` (hidden, never inside the package): ``build`` is held for a
    whole build (builds into one folder run one after the other), ``commit`` while a package is
    swapped into place or put back (readers that repair take it too)."""
    return out_dir.with_name(f".{out_dir.name}.{kind}.lock")


@contextlib.contextmanager
def locked(out_dir: Path, kind: str = "build", on_wait=None, required: bool = True):
    """Hold the ``kind`` lock of ``out_dir`` (an exclusive ``flock``, released by the kernel when the
    holder dies, so a killed build never leaves it held).  ``on_wait()`` is called once when
    another process holds it; with ``required=False`` a lock file that cannot be created (a
    read-only folder) is no lock at all rather than an error."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    try:
        fd = os.open(lock_path(out_dir, kind), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        if required:
            raise
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


# ---------------------------------------------------------------- staging and commit


def staging_dir(out_dir: Path) -> Path:
    """The sibling folder this process writes a new package into before the commit."""
    return out_dir.with_name(f"{out_dir.name}.building-{os.getpid()}")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def is_staging(folder: Path) -> bool:
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
            if pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)) and is_staging(p):
                shutil.rmtree(p, ignore_errors=True)


def fresh_staging(out_dir: Path) -> Path:
    """An empty staging folder for this process (a leftover of the same pid is cleared)."""
    staging = staging_dir(out_dir)
    if staging.exists() and is_staging(staging):
        shutil.rmtree(staging)
    staging.mkdir()
    return staging


def exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one atomic step (Linux ``renameat2(RENAME_EXCHANGE)``).

    Returns False where the system or file system cannot (then nothing happened)."""
    import ctypes

    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.EPERM):
        return False
    raise OSError(err, os.strerror(err), str(b))


def previous_dir(out_dir: Path) -> Path:
    """Where the two-rename commit sets the old package aside."""
    return out_dir.with_name(out_dir.name + ".previous")


def commit(staging: Path, out_dir: Path) -> None:
    """Put a complete staging folder in place of ``out_dir``.

    Where the system can, old and new package are exchanged in one atomic step, so ``out_dir`` is
    a complete package at every instant; the old one (now in the staging folder) is then removed
    (a build killed before that leaves it for the next build's ``clean_stale_staging``).
    Elsewhere the old package is renamed aside and the new one into place; a build killed in
    between is repaired by ``restore_interrupted``, which every reader runs.  Only a previous
    package is ever moved or removed.
    """
    with locked(out_dir, "commit"):
        if not out_dir.exists():
            staging.rename(out_dir)
            return
        if exchange(staging, out_dir):
            shutil.rmtree(staging)
            return
        aside = previous_dir(out_dir)
        if aside.exists() or aside.is_symlink():
            if is_package_dir(aside):
                shutil.rmtree(aside)
            else:
                aside = out_dir.with_name(f"{out_dir.name}.previous-{os.getpid()}")
        out_dir.rename(aside)
        staging.rename(out_dir)
        shutil.rmtree(aside)


def restore_interrupted(out_dir: Path) -> None:
    """If a build was killed between the two renames of a commit, put the previous package back.

    Run by every reader (``load``, ``validate``, ``report``) and by the next build; it waits for a
    commit in progress, so it never races a live build."""
    out_dir = Path(out_dir)
    previous = previous_dir(out_dir)
    if out_dir.exists() or not previous.exists():
        return
    with locked(out_dir, "commit", required=False):
        if not out_dir.exists() and is_package_dir(previous):
            previous.rename(out_dir)


# ---------------------------------------------------------------- writing


def write_parquet(df: pd.DataFrame, path: Path) -> None:
    """Deterministic Parquet: same frame, same bytes."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(df, preserve_index=False)
    pq.write_table(table, path, **PARQUET_OPTIONS)


def write_metadata(folder: Path) -> None:
    """The marker and ``datapackage.json`` of a package."""
    (folder / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    (folder / "datapackage.json").write_text(descriptor_text(), encoding="utf-8")


def write_package(frames: dict[str, pd.DataFrame], out_dir: Path) -> None:
    """Write every table and the descriptor into ``out_dir`` atomically (see :func:`commit`)."""
    from healthdata.package.registry import sorted_frame

    out_dir = check_out_dir(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    with locked(out_dir):
        restore_interrupted(out_dir)
        staging = fresh_staging(out_dir)
        for name in TABLES:
            write_parquet(sorted_frame(name, frames[name]), staging / f"{name}.parquet")
        write_metadata(staging)
        commit(staging, out_dir)
