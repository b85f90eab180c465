"""Turn DataFrame columns into display text in the user's locale, a block of rows at a time.

Numbers are written by core.output.money (the one place numbers become text) in the locale's
style; dates by Qt in the locale's short date format.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from core.output import format_number, format_percent

if TYPE_CHECKING:
    import pandas as pd

#: Column kinds, decided once per column from its dtype (PERCENT: a share from 0 to 1 by its name).
TEXT, INTEGER, DECIMAL, DATE, BOOL, PERCENT = "text", "integer", "decimal", "date", "bool", "percent"
#: Number kinds: right-aligned, sorted largest first at the first click.
NUMBER_KINDS = (INTEGER, DECIMAL, PERCENT)
#: Columns holding a share from 0 to 1, shown as a whole percentage ("78%"; definitions §11's p_alive).
PERCENT_COLUMNS = frozenset({"p_alive"})


def column_kind(series: pd.Series) -> str:
    """The display kind of a pandas column."""
    import pandas as pd  # noqa: PLC0415 - pandas stays out of start-up

    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return BOOL
    if pd.api.types.is_integer_dtype(dtype):
        return INTEGER
    if pd.api.types.is_float_dtype(dtype):
        return DECIMAL
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return DATE
    return TEXT


def column_values(series: pd.Series, kind: str) -> np.ndarray:
    """A plain numpy array to format from (NaN / NaT / None for missing)."""
    if kind == DATE:
        return series.to_numpy(dtype="datetime64[D]")
    if kind in NUMBER_KINDS:
        return series.to_numpy(dtype="float64", na_value=np.nan)
    from core.arrow_columns import PYTHON_TEXT_BLOCK  # noqa: PLC0415 - pandas stays out of start-up

    values = np.empty(len(series), dtype=object)
    for start in range(0, len(series), PYTHON_TEXT_BLOCK):   # (the window's thread runs between blocks)
        block = series.iloc[start:start + PYTHON_TEXT_BLOCK]
        values[start:start + len(block)] = block.astype("object").where(block.notna(), None).to_numpy()
    return values


@dataclass
class PreparedFrame:
    """A frame with its per-column display kinds, numpy values and decimals, made off the GUI thread."""

    frame: pd.DataFrame
    columns: list[str]
    kinds: list[str]
    values: list[np.ndarray]
    decimals: list[int]
    #: the display text of the first rows, by column position, made off the GUI thread with the
    #: formatters of ``texts_locale`` (gui.table_model.with_first_texts; empty when not made)
    first_texts: dict[int, list[str]] = field(default_factory=dict)
    texts_locale: QLocale | None = None


def prepare_frame(frame: pd.DataFrame, columns: Sequence[str] | None = None) -> PreparedFrame:
    """Everything DataFrameModel needs from a frame except text (safe to run in a worker)."""
    frame = frame.reset_index(drop=True)
    if columns is not None:
        frame = frame[[c for c in columns if c in frame.columns]]
    if _email_is_the_id(frame):   # (a shop that names customers by e-mail: one column, not two alike)
        frame = frame.drop(columns="email")
    kinds = [PERCENT if c in PERCENT_COLUMNS and column_kind(frame[c]) == DECIMAL else column_kind(frame[c])
             for c in frame.columns]
    values = [column_values(frame[c], k) for c, k in zip(frame.columns, kinds, strict=True)]
    decimals = [decimals_for(v, k) for v, k in zip(values, kinds, strict=True)]
    return PreparedFrame(frame, [str(c) for c in frame.columns], kinds, values, decimals)


def _email_is_the_id(frame: pd.DataFrame) -> bool:
    """Whether the table's E-mail column repeats its Customer column (customers named by their
    address, definitions §1): looked at on the first rows only, where the two are alike by
    construction or differ at once."""
    if "customer_id" not in frame.columns or "email" not in frame.columns or not len(frame):
        return False
    head = frame.iloc[:200]
    return bool(head["customer_id"].astype(str).equals(head["email"].astype(str)))


def decimals_for(values: np.ndarray, kind: str) -> int:
    """2 decimals for money-like columns; 0 when every value of a decimal column is whole (quantities)."""
    if kind != DECIMAL:
        return 2
    finite = values[np.isfinite(values)]
    if len(finite) and not np.any(np.mod(finite, 1.0)):
        return 0
    return 2


def formatter(kind: str, locale: QLocale, decimals: int = 2) -> Callable[[object], str]:
    """A function value -> display text for one column kind."""
    fmt: Callable[[object], str]
    if kind in (INTEGER, DECIMAL):
        places = 0 if kind == INTEGER else decimals
        name = locale.name()

        def fmt(value: object) -> str:
            return format_number(float(value), places, name)  # NaN and infinity: ""
    elif kind == PERCENT:
        name = locale.name()

        def fmt(value: object) -> str:
            number = float(value)
            return format_percent(100.0 * number, name, decimals=0) if np.isfinite(number) else ""
    elif kind == DATE:
        date_format = locale.dateFormat(QLocale.ShortFormat)
        if "yy" in date_format and "yyyy" not in date_format:
            date_format = date_format.replace("yy", "yyyy")

        cache: dict[object, str] = {}

        def fmt(value: object) -> str:
            if np.isnat(value):
                return ""
            text = cache.get(value)
            if text is None:
                y, m, d = str(value).split("-")
                text = locale.toString(QDate(int(y), int(m), int(d)), date_format)
                if len(cache) < 100_000:
                    cache[value] = text
            return text
    elif kind == BOOL:
        yes, no = QCoreApplication.translate("CellFormat", "Yes"), QCoreApplication.translate("CellFormat", "No")

        def fmt(value: object) -> str:
            if value is None:
                return ""
            return yes if bool(value) else no
    else:
        def fmt(value: object) -> str:
            return "" if value is None else str(value)
    return fmt
