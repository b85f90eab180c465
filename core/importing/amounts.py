"""Money and number text -> float, vectorised: "1.234,56", "€12.50", "(12.50)", "12,50 EUR"."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pyarrow as pa

from core.arrow_columns import arrow_chunks
from core.importing.table_shape import cell_text

#: Currency symbols and the ISO code each most likely means.
CURRENCY_SYMBOLS = {
    "€": "EUR", "£": "GBP", "$": "USD", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
    "zł": "PLN", "kr": "SEK", "Fr.": "CHF", "CHF": "CHF", "R$": "BRL", "A$": "AUD", "C$": "CAD",
    "US$": "USD", "AU$": "AUD", "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD",
}
CURRENCY_CODES = (
    "EUR", "GBP", "USD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "JPY", "CNY", "INR",
    "AUD", "CAD", "NZD", "BRL", "MXN", "ZAR", "HKD", "SGD", "RON", "BGN", "TRY", "ILS", "AED",
)
_CODE_RE = "|".join(CURRENCY_CODES)
_SYMBOL_RE = "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
# Currency signs, codes and every kind of space (incl. no-break and narrow no-break) are dropped.
_STRIP_RE = rf"(?:{_SYMBOL_RE}|\b(?:{_CODE_RE})\b|[\s\u00a0\u202f'’])"
#: One currency sign or code in a cell (group 1); CURRENCY_SYMBOLS gives a sign's code.
CURRENCY_MARK = rf"({_SYMBOL_RE}|\b(?:{_CODE_RE})\b)"
_SHAPE_RE = r"^[+-]?\(?[+-]?[\d.,]*\d[\d.,]*\)?-?$"
#: Minus signs other than the hyphen: the true minus (U+2212, Numbers on a Mac, web pages), the
#: figure and en dashes (typeset sheets), the small and full-width hyphen-minus.
_MINUS_RE = "[\u2212\u2012\u2013\ufe63\uff0d]"


def decimal_separator(texts: pd.Series, hint: str | None = None) -> str:
    """The column's decimal separator, "," or ".", decided from all its (cleaned) values.

    A comma followed by 1, 2 or 4+ digits at the end ("12,5", "1.234,56") proves a decimal comma;
    a dot so placed proves a decimal point. "1,234" alone is read as a thousands separator
    unless ``hint`` (for example a ';' delimited file) says ",".
    """
    comma_dec = texts.str.contains(r",(?:\d{1,2}|\d{4,})\)?-?$", regex=True).any() or \
        texts.str.contains(r"\.\d{3},", regex=True).any()
    point_dec = texts.str.contains(r"\.(?:\d{1,2}|\d{4,})\)?-?$", regex=True).any() or \
        texts.str.contains(r",\d{3}\.", regex=True).any()
    if comma_dec and not point_dec:
        return ","
    if point_dec and not comma_dec:
        return "."
    if comma_dec and point_dec:
        # Mixed: trust the majority.
        commas = texts.str.contains(r",\d{1,2}\)?-?$", regex=True).sum()
        points = texts.str.contains(r"\.\d{1,2}\)?-?$", regex=True).sum()
        return "," if commas > points else "."
    if hint == ",":
        return ","
    return "."


def _parse_unique(texts: pd.Series, hint: str | None) -> tuple[np.ndarray, str]:
    """Parse distinct non-empty texts; NaN where unreadable. Returns (values, decimal)."""
    cleaned = texts.str.replace(_MINUS_RE, "-", regex=True).str.replace(_STRIP_RE, "", regex=True)
    ok_shape = cleaned.str.match(_SHAPE_RE)
    shaped = cleaned.where(ok_shape, "")
    decimal = decimal_separator(shaped[ok_shape], hint)
    negative = shaped.str.contains(r"^\(.*\)$|^-|-$|^\+?\(?-", regex=True).to_numpy(dtype=bool)
    digits = shaped.str.replace(r"[()+\-]", "", regex=True)
    # A value with both "." and "," settles itself: the last one is the decimal separator.
    both = (digits.str.contains(".", regex=False) & digits.str.contains(",", regex=False))
    comma_last = both & digits.str.contains(r",[^.]*$", regex=True)
    point_last = both & ~comma_last
    # A lone separator that cannot be a thousands group ("12,50", "3.5") is the decimal one.
    only_comma = digits.str.contains(",", regex=False) & ~both
    only_point = digits.str.contains(".", regex=False) & ~both
    comma_decimal = only_comma & ~digits.str.fullmatch(r"\d{1,3}(?:,\d{3})+")
    point_decimal = only_point & ~digits.str.fullmatch(r"\d{1,3}(?:\.\d{3})+")
    comma_wins = comma_last | comma_decimal
    point_wins = point_last | point_decimal
    use_comma = comma_wins.to_numpy(dtype=bool) | (
        ~point_wins.to_numpy(dtype=bool) & (decimal == ","))
    as_comma = _to_float(digits.str.replace(".", "", regex=False).str.replace(",", ".", regex=False))
    as_point = _to_float(digits.str.replace(",", "", regex=False))
    numbers = np.where(use_comma, as_comma, as_point)
    numbers = np.where(ok_shape.to_numpy(dtype=bool), numbers, np.nan)
    numbers = np.where(negative, -numbers, numbers)
    return numbers, decimal


def _to_float(digits: pd.Series) -> np.ndarray:
    # More than one decimal point left means the text was not a number ("1.2.3").
    bad = digits.str.count(r"\.") > 1
    return pd.to_numeric(digits.where(~bad), errors="coerce").to_numpy(dtype="float64")


def parse_money(values: pd.Series, hint: str | None = None) -> tuple[pd.Series, pd.Series, str]:
    """Parse a column of money or numbers.

    Returns ``(numbers float64, unreadable bool mask, decimal separator used)``. Empty cells are
    NaN but not unreadable; numeric columns pass straight through.
    """
    if pd.api.types.is_bool_dtype(values.dtype):
        values = values.astype("float64")
    if pd.api.types.is_numeric_dtype(values.dtype):
        numbers = values.astype("float64")
        endless = np.isinf(numbers.to_numpy())  # cannot come from a real cell; unreadable
        return numbers.where(~endless), pd.Series(endless, index=values.index), "."
    codes, distinct = pd.factorize(values, use_na_sentinel=True)
    if len(distinct) == 0:
        return pd.Series(np.nan, index=values.index), pd.Series(False, index=values.index), "."
    uniques = pd.Series(distinct)
    number = np.zeros(len(uniques), dtype=bool)
    if uniques.dtype == object:
        # a workbook's number cell among text (core/importing/excel.py) is a number already: it is
        # taken as it is, and only the text decides the decimal separator
        number = uniques.map(lambda v: isinstance(v, (int, float, np.integer, np.floating))
                             and not isinstance(v, (bool, np.bool_))).to_numpy(dtype=bool)
        uniques = uniques.map(cell_text)  # (a date cell is unreadable as an amount however written)
    texts = uniques.astype("str").str.strip()
    parsed, decimal = _parse_unique(texts.where(~number, ""), hint)
    if number.any():
        parsed[number] = np.asarray(distinct, dtype=object)[number].astype("float64")
    empty = (texts == "").to_numpy() & ~number
    finite = np.where(np.isinf(parsed), np.nan, parsed)  # "999…9" (400 digits) overflows: not an amount
    unreadable_u = np.isnan(finite) & ~empty
    # (code -1, an empty cell, takes the entry after the last value: NaN, readable)
    per_row = np.append(finite, np.nan)[codes]
    unreadable = np.append(unreadable_u, False)[codes]
    return (pd.Series(per_row, index=values.index, dtype="float64"),
            pd.Series(unreadable, index=values.index, dtype=bool), decimal)


#: Bytes that no currency sign or code (CURRENCY_MARK) holds: digits, signs, separators, spaces.
_NO_MARK_BYTES = b"0123456789.,+-() "


def without_currency_marks(values: pd.Series) -> bool:
    """True when a text column held in Arrow plainly holds no currency sign or code: every byte of
    its cells is a digit, sign, separator or space (read from the Arrow buffers, not as text).
    False when it may hold one (or is not Arrow text): then its values are looked at."""
    data = arrow_chunks(values)
    if data is None or not (pa.types.is_string(data.type) or pa.types.is_large_string(data.type)):
        return False
    for chunk in data.chunks:
        buffer = chunk.buffers()[-1] if len(chunk) else None
        if buffer is not None and buffer.size and buffer.to_pybytes().translate(None, _NO_MARK_BYTES):
            return False  # (a chunk that is a slice may share bytes with other rows: perhaps a mark)
    return True


def guess_currency(values: pd.Series, limit: int = 2000) -> str | None:
    """The currency named by symbols or codes in a column's text, or None."""
    if pd.api.types.is_numeric_dtype(values.dtype) or without_currency_marks(values):
        return None
    sample = pd.Series(pd.unique(values.dropna()))[:limit].astype("str")
    if sample.empty:
        return None
    found = sample.str.extract(CURRENCY_MARK, expand=False).dropna()
    if found.empty:
        return None
    top = found.value_counts().index[0]
    return CURRENCY_SYMBOLS.get(top, top)


def looks_like_money(values: pd.Series, hint: str | None = None) -> float:
    """Share (0..1) of a column's non-empty values that read as numbers."""
    sample = values.dropna()
    if sample.empty:
        return 0.0
    numbers, unreadable, _ = parse_money(sample, hint)
    return float((~unreadable & numbers.notna()).mean())
