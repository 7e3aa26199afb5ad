"""What every table whose rows point at characters in a raw file shares."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series


class SpannedTable(pa.DataFrameModel):
    """Rows that carry ``source_start``/``source_end``: the span must not be empty or reversed.

    Subclasses declare the two columns themselves (with their own descriptions and position);
    this model adds only the check.  Whether a span lies inside its file is a cross-table check
    (``healthdata.validate.documents.spans_within_files``), since it needs the manifest.
    """

    @pa.dataframe_check(description="source_start < source_end")
    def span_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["source_start"] < df["source_end"]
