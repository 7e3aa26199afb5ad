"""Vocabularies as data files (YAML/CSV) shipped inside the package."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load_yaml(name: str):
    """Parsed contents of ``healthdata/vocab/<name>``."""
    import yaml

    # libyaml's safe loader when PyYAML was built with it (same result, a tenth of the time)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with resources.files(__name__).joinpath(name).open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)
