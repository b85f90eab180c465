"""A workbook's number cells in a column of text amounts written with decimal commas.

fastexcel reads a column whose first rows are text as text, and writes its number cells as Python
writes the number: 3.125 becomes "3.125". Among amounts typed as text with decimal commas
("12,50", "7,50"), the amounts' rule (core/importing/amounts.py) then takes "3.125" for three
thousand one hundred and twenty-five, with its point as a thousands separator: the number cell is
counted a thousand times over, without a word. Here such a column's number cells are found in the
sheet's XML and put back as numbers, which the amounts' rule takes as they are (docs/definitions.md,
Amounts). Only .xlsx/.xlsm sheets packed smaller than ``SCAN_FIRST_BELOW`` are looked at, and only
a column that holds both a decimal comma and a text that could be a number cell or a thousands group.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.compute as pc

from core.arrow_columns import arrow_data
from core.importing.xlsx_parts import scan_cells, small_sheet_part

#: A text with a decimal comma: "12,50", "1.234,50 €", "-7,5".
_COMMA_DECIMAL = r"\d,\d{1,2}(?:\D*)$"
#: A number cell as fastexcel writes it that a decimal-comma column would read as thousands: "3.125".
_GROUP_LIKE = r"^-?\d{1,3}\.\d{3}$"


def mixes_decimal_marks(values: pd.Series) -> bool:
    """Whether a text column holds a decimal comma and a text such as "3.125" (a number cell, or a
    thousands group: only the sheet can tell)."""
    data = arrow_data(values)
    if data is None or not len(data):
        return False
    return bool(pc.any(pc.match_substring_regex(data, _GROUP_LIKE)).as_py()) and \
        bool(pc.any(pc.match_substring_regex(data, _COMMA_DECIMAL)).as_py())


def restore_number_cells(frame: pd.DataFrame, path: Path, sheet: str, header_row: int) -> int:
    """Put the number cells of ``frame``'s decimal-comma text columns back as numbers (in place: such
    a column becomes one of Python objects, text and floats); how many cells. ``header_row`` is the
    sheet's 1-based header row (frame row 0 is the row below it). 0 for another kind of file, a
    sheet packed bigger than SCAN_FIRST_BELOW, or one that cannot be read this way."""
    part = small_sheet_part(path, sheet)   # (the size first: an export's big sheet is not looked at)
    if part is None:
        return 0
    suspects = [name for name in frame.columns
                if pd.api.types.is_string_dtype(frame[name].dtype) and mixes_decimal_marks(frame[name])]
    if not suspects:
        return 0
    try:
        first, numbers = scan_cells(path, part)
    except (KeyError, zipfile.BadZipFile, AttributeError, OSError, ValueError, EOFError, zlib.error):
        return 0
    restored = 0
    for name in suspects:
        rows = np.asarray(numbers.get(first + list(frame.columns).index(name), []), dtype=np.int64) - header_row - 1
        rows = rows[(rows >= 0) & (rows < len(frame))]
        if not len(rows):
            continue
        column = frame[name].astype(object)
        as_numbers = pd.to_numeric(column.iloc[rows], errors="coerce")   # (a date cell's text stays text)
        kept = as_numbers.notna().to_numpy()
        column.iloc[rows[kept]] = as_numbers.to_numpy()[kept].astype(object)
        frame[name] = column.where(column.notna(), None)
        restored += int(kept.sum())
    return restored
