"""healthdata.analysis: tested functions behind the notebooks and the published report.

Each returns a tidy DataFrame (or a plotly figure, in :mod:`.figures`) from the data package's
tables. A *bureau* is a report's named place, else the report itself (labelled by its title);
duplicate reports are counted once (see :mod:`.data`). Every row that shows a number carries ``cite`` = ``file:start-end``
(in the published report, a link to the raw text with those characters highlighted). Functions
that quote whole sentences take the raw texts (:func:`load_raw_texts`).

    >>> from healthdata.analysis import load_tables, coverage
    >>> t = load_tables()                       # or load_tables("path/to/processed")
    >>> coverage.coverage_table(t["observations"], t["documents"], t["indicators"], t["checks"])
    >>> from healthdata.analysis import targets, load_raw_texts
    >>> texts = load_raw_texts(t["manifest"])   # data/raw, as the package was built from it
    >>> targets.target_gaps(t["observations"], t["documents"], t["indicators"], texts)
"""
from healthdata.analysis.data import (  # noqa: F401
    TABLES,
    add_bureau,
    bureau_levels,
    canonical_documents,
    cite,
    data_dir_from_env,
    load_raw_texts,
    load_table,
    load_tables,
)

__all__ = [
    "TABLES", "add_bureau", "bureau_levels", "canonical_documents", "cite",
    "data_dir_from_env", "load_raw_texts", "load_table", "load_tables",
]
