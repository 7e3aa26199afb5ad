"""healthdata: Chinese health-bureau reports (工作总结, 工作计划) as tidy, validated tables."""
from __future__ import annotations

__version__ = "0.1.0"

from healthdata.package import load, load_all, tables  # noqa: E402

__all__ = ["load", "load_all", "tables", "__version__"]
