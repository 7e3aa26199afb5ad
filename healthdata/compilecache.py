"""A cache of compiled regular expressions kept on disk, as ``.pyc`` files keep compiled modules.

Most of the fixed cost of a build was compiling patterns: the vocabularies become alternations of
thousands of characters (and their gates, see :mod:`healthdata.fastsearch`), and ``re`` parses and
compiles each in pure Python, in every process, at every start.  What ``re`` hands to its C engine
at the end (``_sre.compile``) is a list of integers, the flags, and the group names: this module
keeps those, keyed by the pattern's source and flags, in
one file per Python version and ``_sre`` engine version; the next process builds the very same
pattern object from them without parsing.  Every caller of ``re`` benefits, the project's modules
and libraries alike, without changing a pattern.

The file is kept small, so reading it costs little of a short build: one file per version of this
package's code (the file name carries a digest of the names, sizes and modification times of the
package's files), so patterns of other versions (another branch, the code before an edit) are not
read; a pattern's code is kept as the bytes of an unsigned-int array (marshal reads bytes as one
copy, and a list of ints as one object per int); the files of older versions are deleted when a
process saves (the :data:`KEEP_VERSIONS` most recently written stay).

The cache is correct by construction: an entry is used only for the exact (type, source, flags)
it was made from, by the exact interpreter and engine that made it (the file name carries
``sys.hexversion``, ``_sre.MAGIC`` and ``_sre.CODESIZE``), and ``_sre.compile`` validates the code
it is given.  A missing, unreadable or corrupt file is an empty cache; a file that cannot be
written is not written.  ``HEALTHDATA_REGEX_CACHE`` names the file's folder (``off`` disables the
cache); by default ``$XDG_CACHE_HOME/healthdata`` (``~/.cache/healthdata``).
"""
from __future__ import annotations

import atexit
import functools
import hashlib
import marshal
import os
import sys
from array import array
from pathlib import Path

import _sre
from re import _compiler

__all__ = ["install", "save", "cache_path", "memo"]

MAX_ENTRIES = 5000  # at most this many: the ones this process used first, then the most recently used
KEEP_SAVES = 20  # an entry no process used in the last this many saves is dropped (see save)
SUPPORTED = ((3, 11),)  # versions whose re._compiler.compile this module repeats
NOCACHE_FLAGS = 128 | 4  # re.DEBUG (prints while compiling), re.LOCALE (byte patterns only)
KEEP_VERSIONS = 8  # files of other code versions kept beside this one's (the most recently written)
PACKAGE = Path(__file__).resolve().parent
# a pattern's code as the bytes of an array of unsigned ints of the engine's code size (else a list)
CODE_TYPE = next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), None)

_plain_compile = _compiler.compile
_entries: dict | None = None  # (type name, source, flags) -> (flags, code, groups, groupindex, indexgroup)
_used: set = set()  # keys of the entries this process compiled or took from the cache
_new = 0
_installed = False


def cache_path() -> Path | None:
    """The cache file for this interpreter and engine, or None when the cache is off."""
    setting = os.environ.get("HEALTHDATA_REGEX_CACHE", "")
    if setting.lower() in ("off", "0", "no", "false"):
        return None
    tag = f"{_prefix()}{code_version()}.marshal"
    if setting:
        return Path(setting) / tag
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "healthdata" / tag


def _prefix() -> str:
    """The start of the file names of this interpreter and engine (the code version follows)."""
    return f"re-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}-{CODE_TYPE or 'list'}-v"


@functools.lru_cache(maxsize=None)
def code_version(package: Path = PACKAGE) -> str:
    """A digest of the names, sizes and modification times of the package's files (sources and
    vocabularies): it changes whenever the code that makes the patterns may have."""
    digest = hashlib.blake2b(digest_size=8)
    for root, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            try:
                st = os.stat(os.path.join(root, name))
            except OSError:
                continue
            digest.update(f"{os.path.relpath(os.path.join(root, name), package)}\0{st.st_size}\0{st.st_mtime_ns}\n"
                          .encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _read(path: Path | None) -> tuple[int, dict]:
    """(the file's save count, its entries as key -> (save count when last used, entry)); (0, {})
    for a missing, unreadable or corrupt file."""
    if path is None:
        return 0, {}
    try:
        data = marshal.loads(path.read_bytes())
        saves, entries = data["saves"], data["entries"]
    except (OSError, EOFError, ValueError, TypeError, KeyError, IndexError):
        return 0, {}
    return (saves, entries) if isinstance(saves, int) and isinstance(entries, dict) else (0, {})


def _load(path: Path | None) -> dict:
    """The entries of the cache file, key -> entry."""
    try:
        return {key: stamped[1] for key, stamped in _read(path)[1].items()}
    except (TypeError, IndexError, KeyError):
        return {}


def cached_compile(p, flags=0):
    """``re._compiler.compile``, from the cache when the pattern is in it."""
    global _entries, _new
    if not isinstance(p, (str, bytes)) or flags & NOCACHE_FLAGS:
        return _plain_compile(p, flags)
    if _entries is None:
        _entries = _load(cache_path())
    key = (type(p).__name__, p, int(flags))  # re passes a plain int; a RegexFlag would not marshal
    entry = _entries.get(key)
    if entry is not None:
        _used.add(key)
        try:
            final_flags, code, groups, groupindex, indexgroup = entry
            return _sre.compile(p, final_flags, _code_list(code), groups, groupindex, indexgroup)
        except Exception:  # a damaged entry: compile as usual (and replace it)
            del _entries[key]
    parsed = _compiler._parser.parse(p, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    entry = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    compiled = _sre.compile(p, *entry)  # as re._compiler.compile makes it
    if len(_used) < MAX_ENTRIES:
        _used.add(key)
        # plain ints: marshal takes no int subclass (re's opcodes are one)
        _entries[key] = (int(entry[0]), _code_stored(code), int(entry[2]), dict(groupindex), entry[4])
        _new += 1
    return compiled


def _code_stored(code: list) -> bytes | list:
    """A pattern's code as kept in the file: the bytes of an unsigned-int array (plain ints in a
    list where no array type has the engine's code size)."""
    return array(CODE_TYPE, code).tobytes() if CODE_TYPE else [int(c) for c in code]


def _code_list(stored) -> list:
    """The list of ints ``_sre.compile`` takes, from a stored code."""
    if isinstance(stored, bytes):
        code = array(CODE_TYPE)
        code.frombytes(stored)
        return code.tolist()
    return stored


def memo(namespace: str, key: tuple, compute):
    """``compute()``, kept in the cache file under ``(namespace, *key)`` once the cache is installed:
    for a pure function of strings whose result marshal writes (str, tuple, frozenset, None …).
    ``namespace`` must change whenever the code computing the result does (e.g. carry a hash of
    its module's source)."""
    global _entries, _new
    if not _installed:
        return compute()
    if _entries is None:
        _entries = _load(cache_path())
    full = ("memo", namespace) + key
    if full in _entries:
        _used.add(full)
        return _entries[full]
    value = compute()
    if len(_used) < MAX_ENTRIES:
        _used.add(full)
        _entries[full] = value
        _new += 1
    return value


def save() -> None:
    """Write the entries this process used into the cache file, with the ones the file holds now
    (another process may have saved meanwhile) that some process used in the last KEEP_SAVES
    saves: patterns made afresh in each process (from a set, whose order changes with the
    process's hash seed) do not pile up.  Replaced atomically; nothing when nothing is new."""
    global _new
    path = cache_path()
    if not _new or _entries is None or path is None:
        return
    try:
        saves, old = _read(path)
        saves += 1
        merged = {key: (saves, _entries[key]) for key in _used if key in _entries}
        for key, stamped in sorted(old.items(), key=lambda kv: kv[1][0], reverse=True):
            if len(merged) >= MAX_ENTRIES or stamped[0] <= saves - KEEP_SAVES:
                break
            merged.setdefault(key, stamped)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps({"saves": saves, "entries": merged}))
        os.replace(tmp, path)
        _new = 0
    except (OSError, ValueError, TypeError, IndexError):
        return
    drop_other_versions(path)


def drop_other_versions(path: Path) -> None:
    """Delete the files of other code versions (same interpreter and engine) but the
    :data:`KEEP_VERSIONS` most recently written: a version no process runs any more leaves."""
    try:
        others = []
        for entry in os.scandir(path.parent):
            if entry.name.startswith(_prefix()) and entry.name.endswith(".marshal") and entry.name != path.name:
                others.append((entry.stat().st_mtime_ns, entry.path))
    except OSError:
        return
    for _, stale in sorted(others, reverse=True)[KEEP_VERSIONS:]:
        try:
            os.remove(stale)
        except OSError:
            pass


def install() -> None:
    """Compile patterns through the cache from now on in this process (saved at exit)."""
    global _installed
    if _installed or cache_path() is None or sys.version_info[:2] not in SUPPORTED:
        return
    _compiler.compile = cached_compile
    atexit.register(save)
    _installed = True
