"""Formula-injection safety (definitions §7): text that starts like a formula is always shown as text.

The one owner of the rule. ``DANGEROUS_STARTS`` says which first characters make a spreadsheet
read text as a formula; every writer asks this module: the CSV writers and the customer table's workbook put an
apostrophe in front (``safe_series``, ``safe_frame``, ``safe_arrow``); the mailing
workbook keeps the text and marks such cells as quoted text (``is_dangerous`` for single cells,
``dangerous_mask`` for pandas columns, ``dangerous_arrow`` for the Arrow columns of the sheet XML).
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

#: A text cell starting with one of these could be run as a formula by a spreadsheet.
DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: The same rule as a regular expression (Python ``re`` and Arrow's RE2 read it alike).
DANGEROUS_PATTERN = "^[" + "".join("\\" + c if c in "-]\\^" else c for c in DANGEROUS_STARTS) + "]"


def is_dangerous(value: object) -> bool:
    """True for text a spreadsheet might read as a formula (numbers are never dangerous)."""
    return isinstance(value, str) and value.startswith(DANGEROUS_STARTS)


def dangerous_mask(series: pd.Series) -> pd.Series:
    """Boolean mask of the text cells in ``series`` that start like a formula.

    Text and categorical columns are checked with one vectorised match; in an object column only
    the ``str`` values can be dangerous (numbers and dates never are)."""
    if pd.api.types.is_object_dtype(series):
        return series.map(is_dangerous).astype(bool)
    if pd.api.types.is_string_dtype(series):
        return series.str.match(DANGEROUS_PATTERN, na=False).astype(bool)
    return pd.Series(False, index=series.index)


def dangerous_arrow(text: pa.Array) -> pa.Array:
    """The same mask for an Arrow string array (null stays null), for the fast sheet writer."""
    return pc.match_substring_regex(text, DANGEROUS_PATTERN)


def safe_arrow(text: pa.Array) -> pa.Array:
    """An Arrow string array for a CSV-like cell: dangerous text gets a leading apostrophe."""
    flagged = pc.fill_null(dangerous_arrow(text), False)
    return pc.if_else(flagged, pc.binary_join_element_wise("'", text, ""), text)


def safe_series(series: pd.Series) -> pd.Series:
    """A copy of ``series`` for CSV where dangerous text cells carry a leading apostrophe."""
    mask = dangerous_mask(series)
    if not mask.any():
        return series
    out = series.astype("object").copy()
    out[mask] = "'" + series[mask].astype(str)
    return out


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """``safe_series`` applied to every text column of ``frame`` (numbers stay numbers)."""
    return frame.apply(safe_series) if len(frame.columns) else frame
