"""What any table read from a shop's file is made of, whatever the file kind: cells as text, the
header row among title lines, column names made unique, and the column limit of very wide sheets.
Used by the text-file reader (text_files.py), the workbook reader (excel.py) and the cleaning."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from core.arrow_columns import arrow_chunks
from core.importing.headers import is_known_header
from core.words import Phrase, quoted_names

_NUMBER_OR_DATE = re.compile(
    r"^[\s(+\-]*[€£$]?\s*[\d.,' ]+\s*[€£$%)]?-?$|^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}([ T].*)?$")
#: Cells of a row looked at when finding the header (a sheet may have 16,384 columns).
_HEADER_CELLS = 512
#: Columns kept from a very wide sheet: the first ones, and any later one with a recognised name.
MAX_COLUMNS = 1000


_MIDNIGHT_TEXT = re.compile(r"^([0-9]{4}-[0-9]{2}-[0-9]{2})[ T]00:00:00(?:\.0+)?$")


def shorten(value: object, limit: int = 60) -> str:
    """A cell as text for a message: one line, at most ``limit`` characters; dates without 00:00:00."""
    if isinstance(value, dt.date):   # (a datetime and a pandas Timestamp too)
        # (from its parts: strftime refuses a date past 9999, which Excel's last date number gives)
        hour, minute = getattr(value, "hour", 0), getattr(value, "minute", 0)
        midnight = (hour, minute, getattr(value, "second", 0)) == (0, 0, 0)
        value = f"{value.year:04d}-{value.month:02d}-{value.day:02d}" + ("" if midnight else f" {hour:02d}:{minute:02d}")
    text = " ".join(str(value).split())
    text = _MIDNIGHT_TEXT.sub(r"\1", text)    # (a date cell a reader gave as text: "2024-02-10 00:00:00")
    return text if len(text) <= limit else text[:limit - 1] + "…"


def cell_text(value: object) -> str:
    """One cell of a column of mixed values as text: whole numbers without ".0" (Excel stores
    12346 as 12346.0), dates as 2024-03-05, anything else as ``str`` gives it."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    strftime = getattr(value, "strftime", None)  # date, datetime, Timestamp
    if strftime is not None:
        return strftime("%Y-%m-%d")
    return str(value)


def columns_to_keep(names: Sequence[object]) -> list[int] | None:
    """Positions of the columns to read from a sheet wider than MAX_COLUMNS (else None)."""
    if len(names) <= MAX_COLUMNS:
        return None
    return list(range(MAX_COLUMNS)) + [i for i in range(MAX_COLUMNS, len(names))
                                       if isinstance(names[i], str) and is_known_header(names[i])]


def wide_warning(total: int, kept: int) -> Phrase:
    return Phrase("The sheet has {total:,} columns; Clientele read the first {first:,} and any later column "
                  "with a recognised name ({kept:,} in all). Shop exports never need more.",
                  total=total, first=MAX_COLUMNS, kept=kept)


def is_data_cell(value: object) -> bool:
    """True for a cell that reads as a value (number, date, amount) rather than a column name."""
    if value is None:
        return False
    if not isinstance(value, str):
        return True
    if len(value) > 64:
        return False
    return bool(_NUMBER_OR_DATE.match(value.strip()))


def find_header_row(rows: list[list]) -> int | None:
    """Index of the header row among the first rows, or None when the table has no header.

    A header is a row of at least two text cells (no numbers or dates) that is followed by
    data; a row holding two or more known column names and no value wins outright. Title lines,
    blank lines and a block of labels with their values above it ("Date | 10.05.2024 | Customer |
    all") are skipped.
    """
    cleaned = [[c for c in row[:_HEADER_CELLS] if c is not None and str(c).strip() != ""] for row in rows]
    width = max((len(r) for r in cleaned), default=0)
    if width == 0:
        return None
    known = [sum(1 for c in cells if isinstance(c, str) and is_known_header(c)) for cells in cleaned]
    labels = [known[i] >= 2 and any(is_data_cell(c) for c in cells) for i, cells in enumerate(cleaned)]
    for i, cells in enumerate(cleaned):
        if known[i] >= 2 and not labels[i]:
            # A row of group titles over merged cells ("Order", "Customer") above the real names.
            below = i + 1 < len(cleaned) and known[i + 1] > known[i] and len(cleaned[i + 1]) > len(cells) \
                and not any(is_data_cell(c) for c in cleaned[i + 1])
            return i + 1 if below else i
    first_text_row = None
    for i, cells in enumerate(cleaned):
        if len(cells) < max(2, (width + 1) // 2) or labels[i]:
            continue
        if any(is_data_cell(c) for c in cells):
            return first_text_row  # values before any header-like row: no header
        filled_below = [r for r in cleaned[i + 1:] if r]
        if not filled_below:
            return i if first_text_row is None else first_text_row
        if any(is_data_cell(c) for r in filled_below[:5] for c in r):
            return i
        if first_text_row is None:
            first_text_row = i  # all-text tables (names, e-mails) still have a header
    return first_text_row


#: The suffix unique_column_names gives a repeated column name ("Consent (2)").
_REPEAT_SUFFIX = re.compile(r"^(.+) \((\d+)\)$")


def repeated_name(name: object) -> str:
    """A column's name without the " (2)" that unique_column_names adds to a repeated name
    ("Consent (2)" -> "Consent"); any other name as it is."""
    found = _REPEAT_SUFFIX.fullmatch(str(name))
    return found.group(1) if found else str(name)


def unique_column_names(names: Iterable[object], warnings: list[Phrase], *, undo_suffixes: bool = False) -> list[str]:
    """Column names as text, blanks as "Column N", repeats as "Amount (2)" with one warning.

    ``undo_suffixes``: fastexcel already renamed repeats "Amount_1"; read those as repeats of
    "Amount" (only when "Amount" itself is present).
    """
    raw = ["" if name is None else str(name).replace("\x00", "").strip() for name in names]
    present = set(raw)
    out: list[str] = []
    seen: dict[str, int] = {}
    repeated: list[str] = []
    for i, name in enumerate(raw):
        if not name or name.startswith("__UNNAMED__"):
            name = f"Column {i + 1}"
        if undo_suffixes:
            base = re.fullmatch(r"(.+)_(\d+)", name)
            if base and base.group(1) in present:
                name = base.group(1)
        if name in seen:
            seen[name] += 1
            repeated.append(name)
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        out.append(name)
    known = list(dict.fromkeys(name for name in repeated if is_known_header(name)))
    if len(known) >= 2:   # (dates, customers, amounts named twice: a second table beside the first)
        warnings.append(Phrase(
            "The sheet seems to hold a second table beside the first: further right, the names {names} come "
            "again (the second is called \"{again}\"). Only the first table is read. Move the second table's rows "
            "under the first (one table, one header row) and import again.", names=quoted_names(known, 4),
            again=f"{shorten(known[0])} (2)"))
    elif repeated:
        first = shorten(repeated[0])
        warnings.append(Phrase('Two or more columns are named "{name}"; the later ones are called "{name} (2)" '
                               "and so on. Clientele uses the first one it recognises: to use another, choose "
                               'it in the column mapping (command line: --map FIELD="{name} (2)").', name=first))
    return out


def repeated_header_rows(frame: pd.DataFrame, date: str, others: Sequence[str]) -> np.ndarray:
    """The rows that are the header line again (files pasted one under the other, each with its
    header): the ``date`` column holds its own name, and so does at least one of ``others`` (the
    other columns the import reads), letter case and edge spaces aside. Only the rows whose date
    cell is its column's name are looked at further: a ten-million-row file costs one pass over the
    date column's lengths (a few tens of ms)."""
    rows = _holding_own_name(frame, date, None)
    if not len(rows):
        return np.zeros(len(frame), dtype=bool)
    also = np.zeros(len(rows), dtype=bool)
    for name in dict.fromkeys(c for c in others if c in frame.columns and c != date):
        also |= np.isin(rows, _holding_own_name(frame, name, rows))
    found = np.zeros(len(frame), dtype=bool)
    found[rows[also]] = True
    return found


def _holding_own_name(frame: pd.DataFrame, name: str, rows: np.ndarray | None) -> np.ndarray:
    """The positions (among ``rows``, or all) whose cell of column ``name`` is its name, letter case
    and edge spaces aside."""
    if name not in frame.columns:
        return np.zeros(0, dtype=np.int64)
    values, wanted = frame[name], str(name).strip().casefold()
    if rows is not None:
        values = values.iloc[rows]
    if isinstance(values.dtype, pd.CategoricalDtype):
        same = values.cat.categories.astype("str").str.strip().str.casefold() == wanted
        hit = np.isin(values.cat.codes.to_numpy(), np.flatnonzero(same))
    else:
        chunks = arrow_chunks(values)
        if chunks is None or not (pa.types.is_string(chunks.type) or pa.types.is_large_string(chunks.type)):
            return np.zeros(0, dtype=np.int64)   # (numbers or dates: a header's name is text)
        size = len(wanted.encode("utf-8"))   # (cells about as long as the name only: one pass over lengths)
        lengths = pc.binary_length(chunks)
        near = pc.and_(pc.greater_equal(lengths, max(size - 1, 1)), pc.less_equal(lengths, size + 2))
        close = np.flatnonzero(pc.fill_null(near, False).to_numpy(zero_copy_only=False))
        hit = np.zeros(len(values), dtype=bool)
        if len(close):
            some = pc.utf8_lower(pc.utf8_trim_whitespace(chunks.take(pa.array(close))))
            hit[close] = pc.fill_null(pc.equal(some, wanted), False).to_numpy(zero_copy_only=False)
    found = np.flatnonzero(hit)
    return found if rows is None else rows[found]
