"""Fast, formula-safe XlsxWriter tables: bold frozen header, autofilter, widths, date/money formats."""

from __future__ import annotations

import contextlib
import functools
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import xlsxwriter
import xlsxwriter.workbook

from core.output.money import excel_date_format, excel_money_format
from core.output.cells import dangerous_mask, is_dangerous

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_EXCEL_EPOCH = np.datetime64("1899-12-30", "D")


@dataclass(frozen=True)
class Column:
    """One output column: header, source column in the frame, kind (text/int/number/money/date)."""

    header: str
    source: str
    kind: str = "text"
    width: float | None = None


def sheet_name(name: str, taken: set[str]) -> str:
    """A valid, unique Excel sheet name: no []:*?/\\, no edge apostrophes, at most 31 characters."""
    base = _BAD_SHEET_CHARS.sub("-", str(name)).strip().strip("'").strip() or "List"
    base = base[:31].rstrip()
    candidate, n = base, 2
    while candidate.lower() in {t.lower() for t in taken}:
        suffix = f" ({n})"
        candidate = base[:31 - len(suffix)].rstrip() + suffix
        n += 1
    taken.add(candidate)
    return candidate


class Formats:
    """The workbook's shared formats."""

    def __init__(self, workbook: xlsxwriter.Workbook, currency: str, locale: str) -> None:
        self.header = workbook.add_format({"bold": True, "bottom": 1, "bg_color": "#EEF2F7"})
        self.title = workbook.add_format({"bold": True, "font_size": 14})
        self.bold = workbook.add_format({"bold": True})
        self.text = workbook.add_format({})
        self.quoted = workbook.add_format({"quote_prefix": True})
        self.wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
        self.int = workbook.add_format({"num_format": "#,##0"})
        self.number = workbook.add_format({"num_format": "#,##0.00"})
        self.money = workbook.add_format({"num_format": excel_money_format(currency, locale)})
        self.date = workbook.add_format({"num_format": excel_date_format(locale)})
        self.percent = workbook.add_format({"num_format": "0%"})

    def warm(self) -> Formats:
        """Give every format its Excel index now (XlsxWriter does it lazily, not thread-safely)."""
        for fmt in (self.header, self.title, self.bold, self.text, self.quoted, self.wrap, self.int,
                    self.number, self.money, self.date, self.percent):
            fmt._get_xf_index()
        return self

    def for_kind(self, kind: str):
        return {"int": self.int, "number": self.number, "money": self.money, "date": self.date,
                "percent": self.percent}.get(kind, self.text)


@contextlib.contextmanager
def fast_deflate():
    """Let XlsxWriter zip the workbook at deflate level 1 (three times faster than its default,
    the file about a fifth bigger). XlsxWriter has no option for it, so its ZipFile name is
    swapped for the duration; both are valid either way, so overlapping use is harmless."""
    original = getattr(xlsxwriter.workbook, "ZipFile", None)
    if original is None:
        yield
        return
    xlsxwriter.workbook.ZipFile = functools.partial(original, compresslevel=1)
    try:
        yield
    finally:
        xlsxwriter.workbook.ZipFile = original


def new_workbook(path) -> xlsxwriter.Workbook:
    """A workbook that never turns text into formulas, URLs or numbers."""
    return xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                                           "strings_to_numbers": False, "nan_inf_to_errors": False})


def write_text(ws, row: int, col: int, value, formats: Formats, fmt=None) -> None:
    """Write one text cell (dangerous text marked as quoted text, never a formula)."""
    text = "" if value is None else str(value)
    if is_dangerous(text):
        ws.write_string(row, col, text, formats.quoted)
    elif text:
        ws.write_string(row, col, text, fmt) if fmt is not None else ws.write_string(row, col, text)


def _column_values(series: pd.Series, kind: str) -> pa.Array:
    """A column as an Arrow array ready for the sheet: text (null for empty), Excel date serials
    (int), whole numbers, or floats (money rounded to cents)."""
    if kind == "date":
        dates = pd.to_datetime(series, errors="coerce")
        days = dates.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]") - _EXCEL_EPOCH
        serial = pa.array(days.astype("timedelta64[D]").astype("int64"), pa.int64())
        return pc.if_else(pa.array(dates.isna().to_numpy()), pa.scalar(None, pa.int64()), serial)
    if kind in ("int", "number", "money", "percent"):
        nums = pd.to_numeric(series, errors="coerce").astype("float64")
        if kind == "money":
            nums = nums.round(2)
        arr = pa.array(nums.to_numpy(), pa.float64(), from_pandas=True)
        return pc.cast(pc.round(arr), pa.int64()) if kind == "int" else arr
    try:
        text = pa.array(series, pa.string(), from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):          # mixed objects: numbers, dates... as text
        text = pa.array(series.map(lambda v: v if v is None or isinstance(v, str)
                                   else (None if pd.isna(v) else str(v))), pa.string(), from_pandas=True)
    return pc.if_else(pc.equal(text, ""), pa.scalar(None, pa.string()), text)


def _width(header: str, values: pa.Array, kind: str, fixed: float | None) -> float:
    if fixed:
        return fixed
    if kind != "text":
        return max(12, len(header) + 2)
    longest = pc.max(pc.utf8_length(values.slice(0, 500))).as_py() or 0
    return float(min(max(longest, len(header)) + 2, 60))


def _fast_path_available(ws) -> bool:
    return bool(getattr(ws, "constant_memory", False)) and all(
        hasattr(ws, name) for name in ("_write_single_row", "_check_dimensions", "row_data_fh", "previous_row"))


@dataclass
class PreparedTable:
    """A table's column values and, for the fast path, its row XML chunks (UTF-8 bytes)."""

    data: list
    kinds: list
    widths: list
    xml: list | None = None


_CHUNK_ROWS = 10_000


def prepare_table(frame: pd.DataFrame, columns: list[Column], formats: Formats, *, str_table=None,
                  first_row: int = 0, xml: bool = True) -> PreparedTable:
    """Column values (Arrow) and row XML chunks for ``write_table``.

    Call it in sheet order: shared strings and formats are numbered here, in that order."""
    data, kinds, widths = [], [], []
    for col in columns:
        series = frame[col.source] if col.source in frame else pd.Series(None, index=frame.index, dtype="object")
        values = _column_values(series, col.kind)
        data.append(values)
        kinds.append(col.kind)
        widths.append(_width(col.header, values, col.kind, col.width))
    chunks = None
    if xml:
        from core.output import sheet_xml
        n = len(frame)
        chunks = []
        for start in range(0, n, _CHUNK_ROWS):
            part = [d.slice(start, min(n, start + _CHUNK_ROWS) - start) for d in data]
            chunks.append(sheet_xml.rows_xml(part, kinds, formats, first_row + 1 + start, str_table))
    return PreparedTable(data, kinds, widths, chunks)


def write_table(ws, frame: pd.DataFrame, columns: list[Column], formats: Formats, *,
                first_row: int = 0, progress=None) -> int:
    """Write ``frame`` as a formatted table at ``first_row``; returns the number of data rows.

    In a constant-memory workbook the data rows are turned into sheet XML column by column
    (vectorised, see core/sheet_xml.py) and streamed into XlsxWriter's row file: about ten times
    faster than one ``write_row`` call per row. Otherwise each row goes through ``write_row``.
    """
    n = len(frame)
    fast = bool(n) and _fast_path_available(ws)
    prepared = prepare_table(frame, columns, formats, str_table=getattr(ws, "str_table", None),
                             first_row=first_row, xml=fast)
    data, kinds = prepared.data, prepared.kinds
    for c, col in enumerate(columns):
        ws.set_column(c, c, prepared.widths[c], formats.for_kind(col.kind))
        ws.write_string(first_row, c, col.header, formats.header)
    if fast:
        ws._write_single_row(first_row + 1)          # flush the header row
        fh = ws.row_data_fh
        raw = getattr(fh, "buffer", None)            # the UTF-8 file under XlsxWriter's text file
        for i, chunk in enumerate(prepared.xml):
            if isinstance(chunk, str):
                fh.write(chunk)
            elif raw is not None:
                fh.flush()
                raw.write(chunk)
            else:
                fh.write(bytes(chunk).decode("utf-8"))
            if progress is not None:
                progress((i + 1) / len(prepared.xml), "")
        last = first_row + n
        ws._check_dimensions(last, len(columns) - 1)
        ws.previous_row = last
    elif n:
        data = [d.to_pylist() for d in data]
        dangerous = [np.flatnonzero(dangerous_mask(pd.Series(v, dtype="object")).to_numpy())
                     if k == "text" else np.array([], dtype=int) for v, k in zip(data, kinds)]
        flagged: dict[int, list[int]] = {}
        for c, rows in enumerate(dangerous):
            for i in rows.tolist():
                flagged.setdefault(i, []).append(c)
        for i, row in enumerate(zip(*data)):
            ws.write_row(first_row + 1 + i, 0, row)
            for c in flagged.get(i, ()):
                ws.write_string(first_row + 1 + i, c, row[c], formats.quoted)
    ws.freeze_panes(first_row + 1, 0)
    ws.autofilter(first_row, 0, first_row + max(n, 1), len(columns) - 1)
    return n
