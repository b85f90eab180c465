"""A pandas column's Arrow data, through the public Arrow protocol: the one way core reads it.

pandas keeps the "str" dtype (and ArrowDtype columns) in Arrow; the importer and the customer
facts work on that data directly with pyarrow.compute instead of converting to Python objects.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa


def arrow_data(series: pd.Series) -> pa.Array | None:
    """The column's data when pandas keeps it in Arrow (the "str" dtype, ArrowDtype columns), as
    one Arrow array through ``pa.array(series.array)`` (the ``__arrow_array__`` protocol; a column
    pandas holds in several chunks, as after a concat, is combined into one); None for a column
    pandas keeps in numpy."""
    dtype = series.dtype
    if isinstance(dtype, pd.ArrowDtype) or (isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow"):
        data = pa.array(series.array)
        return data.combine_chunks() if isinstance(data, pa.ChunkedArray) else data   # a column of pieces
    return None
