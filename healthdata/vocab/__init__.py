"""Vocabularies as data files (YAML/CSV) shipped inside the package."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load_yaml(name: str):
    """Parsed contents of ``healthdata/vocab/<name>``."""
    import yaml

    with resources.files(__name__).joinpath(name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)
