"""Vocabularies as data files (YAML/CSV) shipped inside the package."""
from __future__ import annotations

import hashlib
import marshal
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load_yaml(name: str):
    """Parsed contents of ``healthdata/vocab/<name>``.

    Parsing the vocabularies is a fifth of a second of every process's start; the parsed contents
    are kept in the pattern cache (:func:`healthdata.compilecache.memo`, when it is installed) as
    marshal bytes, keyed by a digest of the file's bytes and by the YAML library's files, so a
    changed vocabulary is parsed afresh.  Each process gets its own objects (unmarshalled from the
    bytes), equal to what the parser gives."""
    from healthdata import compilecache

    data = resources.files(__name__).joinpath(name).read_bytes()
    key = (name, hashlib.sha1(data).hexdigest())
    try:
        stored = compilecache.memo(_parser_version(), key, lambda: marshal.dumps(_parse(data)))
    except ValueError:  # contents marshal cannot write (a YAML date, say): not kept
        return _parse(data)
    return marshal.loads(stored)


def _parse(data: bytes):
    import yaml

    # libyaml's safe loader when PyYAML was built with it (same result, a tenth of the time)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(data.decode("utf-8"), Loader=loader)


@lru_cache(maxsize=1)
def _parser_version() -> str:
    """The memo namespace of parsed vocabularies: the installed YAML library's files (found without importing it), by
    name, size and time."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("yaml")
    parts = []
    for where in (spec.submodule_search_locations or []) if spec else []:
        for entry in sorted(os.scandir(where), key=lambda e: e.name):
            if entry.is_file():
                st = entry.stat()
                parts.append(f"{entry.name}:{st.st_size}:{st.st_mtime_ns}")
    return "vocab.load_yaml-" + hashlib.sha1("\n".join(parts).encode()).hexdigest()
