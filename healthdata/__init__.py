"""healthdata: Chinese health-bureau reports (工作总结, 工作计划) as tidy, validated tables.

    >>> import healthdata
    >>> docs = healthdata.load("documents")
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["load", "load_all", "tables", "__version__"]


def __getattr__(name):  # lazy: importing a submodule must not load pandas/pandera
    if name in ("load", "load_all", "tables"):
        from healthdata import package

        return getattr(package, name)
    raise AttributeError(name)
