"""Formula-injection safety (SPEC §7): text that starts like a formula is always shown as text."""

from __future__ import annotations

import pandas as pd

#: A text cell starting with one of these could be run as a formula by a spreadsheet.
DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PATTERN = r"^[=+\-@\t\r]"


def is_dangerous(value: object) -> bool:
    """True for text a spreadsheet might read as a formula (numbers are never dangerous)."""
    return isinstance(value, str) and value.startswith(DANGEROUS_STARTS)


def safe_text(value: object) -> object:
    """Text for a CSV cell: dangerous text gets a leading apostrophe; anything else unchanged."""
    return "'" + value if is_dangerous(value) else value


def dangerous_mask(series: pd.Series) -> pd.Series:
    """Boolean mask of the text cells in ``series`` that start like a formula (vectorised)."""
    if pd.api.types.is_object_dtype(series):
        return series.map(is_dangerous).astype(bool)
    if pd.api.types.is_string_dtype(series):
        return series.str.match(_PATTERN, na=False).astype(bool)
    return pd.Series(False, index=series.index)


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
