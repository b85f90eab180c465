"""Cell safety (definitions §7): text that starts like a formula is always shown as text; no cell
is longer than a spreadsheet cell holds; no number a spreadsheet cannot hold is written.

The one owner of these rules. Length: text longer than ``MAX_CELL_CHARS`` is cut, ending with
"…" (``fit_text``, ``fit_arrow``), and the writers count the cells cut. Numbers: ``check_numbers``
refuses infinity and numbers beyond ``MAX_EXCEL_NUMBER`` before a file is written (a missing
value, NaN, is an empty cell). Formulas: ``DANGEROUS_STARTS`` says which first characters make a spreadsheet
read text as a formula; every writer asks this module: the CSV writers and the customer table's workbook put an
apostrophe in front (``safe_arrow``, ``csv_safe_arrow``); the mailing
workbook keeps the text and marks such cells as quoted text (``is_dangerous`` for single cells,
``dangerous_mask`` for pandas columns, ``dangerous_arrow`` for the Arrow columns of the sheet XML).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from core.errors import OutputError
from core.words import Phrase

#: A text cell starting with one of these could be run as a formula by a spreadsheet.
DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: The most characters a spreadsheet cell holds (Excel's limit; LibreOffice and Google Sheets hold it too).
MAX_CELL_CHARS = 32_767
#: What a cut text ends with.
CUT_MARK = "…"
#: The largest number Excel can hold in a cell (9.99999999999999E+307); beyond it the file cannot be opened.
MAX_EXCEL_NUMBER = 9.99999999999999e307
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


def _byte_table(chars: str) -> np.ndarray:
    """A 256-entry lookup: True for the (one-byte, ASCII) characters in ``chars``."""
    table = np.zeros(256, dtype=bool)
    table[np.frombuffer(chars.encode("ascii"), dtype=np.uint8)] = True
    table.flags.writeable = False
    return table


def _utf8_parts(text: pa.Array) -> tuple[np.ndarray, np.ndarray] | None:
    """The value offsets and the UTF-8 bytes of an Arrow string array, without copying; None for
    anything else (a chunked array, another type), which the callers then check the slow way."""
    if (not isinstance(text, pa.Array) or len(text) == 0
            or not (pa.types.is_string(text.type) or pa.types.is_large_string(text.type))):
        return None
    _, offsets_buffer, data_buffer = text.buffers()
    if offsets_buffer is None or data_buffer is None:
        return None
    width = np.int64 if pa.types.is_large_string(text.type) else np.int32
    offsets = np.frombuffer(offsets_buffer, dtype=width)[text.offset:text.offset + len(text) + 1]
    return offsets, np.frombuffer(data_buffer, dtype=np.uint8)


#: The first characters of ``DANGEROUS_STARTS`` as bytes (all ASCII: a UTF-8 character of more
#: than one byte never starts with one of them).
_DANGEROUS_BYTES = _byte_table("".join(DANGEROUS_STARTS))


def _may_start_dangerous(text: pa.Array) -> bool:
    """False only when no value of ``text`` starts like a formula: one look at each value's first
    byte (a null's bytes, if any, may only make this say True, and then the full check runs)."""
    parts = _utf8_parts(text)
    if parts is None:
        return True
    offsets, data = parts
    starts = offsets[:-1]
    return bool(_DANGEROUS_BYTES[data[starts[offsets[1:] > starts]]].any())


def safe_arrow(text: pa.Array) -> pa.Array:
    """An Arrow string array for a CSV-like cell: dangerous text gets a leading apostrophe."""
    if len(text) and not _may_start_dangerous(text):
        return text
    flagged = pc.fill_null(dangerous_arrow(text), False)
    return pc.if_else(flagged, pc.binary_join_element_wise("'", text, ""), text)


#: Characters that some spreadsheets take as the list separator when they open a CSV file (a
#: semicolon in many European locales, a tab when pasted): text after one starts a new cell there.
OTHER_SEPARATORS = ";\t"
_AFTER_SEPARATOR = "([" + OTHER_SEPARATORS + "])(" + DANGEROUS_PATTERN[1:] + ")"


def csv_safe_arrow(text: pa.Array) -> pa.Array:
    """An Arrow string array for a CSV file: ``safe_arrow``, and an apostrophe after a semicolon or
    tab that is followed by a formula's first character (``;=1+1`` -> ``;'=1+1``), so that a
    spreadsheet that splits the line at that character, whatever it makes of the quotes, never
    starts a cell with a formula."""
    guarded = pc.replace_substring_regex(text, _AFTER_SEPARATOR, "\\1'\\2") if _may_hold_separator(text) else text
    return safe_arrow(guarded)


def _may_hold_separator(text: pa.Array) -> bool:
    """False only when no value of ``text`` holds one of ``OTHER_SEPARATORS``: one byte search of
    the values' bytes (which may only make this say True too often, never too rarely)."""
    parts = _utf8_parts(text)
    if parts is None:
        return True
    offsets, data = parts
    values = data[int(offsets[0]):int(offsets[-1])].tobytes()
    return any(separator.encode("ascii") in values for separator in OTHER_SEPARATORS)


def cell_units(value: str) -> int:
    """The length of ``value`` as spreadsheets count it: UTF-16 units (an emoji counts twice)."""
    return len(value.encode("utf-16-le", "surrogatepass")) // 2


def fit_text(value: str) -> str:
    """``value`` cut to ``MAX_CELL_CHARS`` characters, ending with "…", when it is longer."""
    if len(value) <= MAX_CELL_CHARS // 2 or cell_units(value) <= MAX_CELL_CHARS:
        return value
    head = value.encode("utf-16-le", "surrogatepass")[:2 * (MAX_CELL_CHARS - 1)]
    return head.decode("utf-16-le", "ignore") + CUT_MARK


def fit_arrow(text: pa.Array) -> tuple[pa.Array, int]:
    """An Arrow string array with every value cut to ``MAX_CELL_CHARS`` (``fit_text``), and how many
    values were cut. A value of at most that many UTF-8 bytes always fits, so one byte-length pass
    settles nearly every value; the rare longer ones are measured and cut in Python."""
    if len(text) == 0:
        return text, 0
    parts = _utf8_parts(text)
    if parts is not None and int(np.diff(parts[0]).max()) <= MAX_CELL_CHARS:
        return text, 0
    longer = pc.fill_null(pc.greater(pc.binary_length(text), MAX_CELL_CHARS), False)
    if not pc.any(longer).as_py():
        return text, 0
    values = text.to_pylist()
    cut = 0
    for i in np.flatnonzero(longer.to_numpy(zero_copy_only=False)):
        fitted = fit_text(values[i])
        if fitted is not values[i]:
            values[i], cut = fitted, cut + 1
    return (pa.array(values, pa.string()), cut) if cut else (text, 0)


def check_numbers(values: pa.Array | np.ndarray, *, column: str, sheet: str | None = None,
                  file: str | None = None) -> None:
    """Raise :class:`OutputError` when a number is infinite or beyond what a spreadsheet holds
    (``MAX_EXCEL_NUMBER``). Missing values (null, NaN) are empty cells and pass."""
    array = values if isinstance(values, np.ndarray) else values.to_numpy(zero_copy_only=False)
    if array.dtype.kind != "f" or len(array) == 0:
        return
    bad = np.abs(array) > MAX_EXCEL_NUMBER      # inf counts as too large; NaN (an empty cell) does not
    if bad.any():
        first = float(array[np.flatnonzero(bad)[0]])
        message = Phrase('the column "{column}" of the sheet "{sheet}" holds a number a spreadsheet cannot hold '
                         "({number:g}); nothing was written.", column=column, sheet=sheet, number=first) if sheet \
            else Phrase('the column "{column}" holds a number a spreadsheet cannot hold ({number:g}); nothing was '
                        "written.", column=column, number=first)
        raise OutputError(message, "Check the settings behind this number (for example the points "
                          "per currency unit of the tiers) and the amounts in the file.", file=file)


def check_number(value: float, *, column: str, sheet: str | None = None, file: str | None = None) -> None:
    """``check_numbers`` for one value (a Summary-sheet figure)."""
    if not math.isnan(value) and not abs(value) <= MAX_EXCEL_NUMBER:
        check_numbers(np.array([float(value)]), column=column, sheet=sheet, file=file)
