"""Formula-safe XlsxWriter tables: frozen header, autofilter, widths, number and date formats.

The one table writer of Clientele's workbooks (the mailing lists and the customer table). With the
tested XlsxWriter the rows are built column by column as sheet XML (core/output/sheet_xml.py) and
streamed into the sheet (core/output/xlsxwriter_fast.py); otherwise each row goes through the
public ``write_row``. Both give the same cells. Every cell passes the cell-safety rules of
core/output/cells.py first: formula-like text shown as text, text cut to what a cell holds (the
count is returned), numbers a spreadsheet cannot hold refused before anything is written.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from xlsxwriter.exceptions import FileCreateError, FileSizeError
from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from core.errors import OutputError
from core.output import sheet_xml
from core.output.atomic import write_error
from core.output.cells import (
    check_number,
    check_numbers,
    dangerous_arrow,
    fit_arrow,
    fit_text,
    is_dangerous,
    safe_arrow,
)
from core.output.columns import MAILING_TABLE, NUMERIC_KINDS, CellKind, Column, TableStyle, TextSafety
from core.output.money import excel_date_format, excel_money_format
from core.output.xlsxwriter_fast import FastWorksheet, StyleIds, discard, fast_workbook_class
from core.schema import OUTPUT_PROPERTY, OutputKind
from core.words import N_, Phrase

log = logging.getLogger(__name__)

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_EXCEL_EPOCH = np.datetime64("1899-12-30", "D")
#: Rows turned into sheet XML at a time (bounds the memory of one step).
_CHUNK_ROWS = 10_000


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

    def __init__(self, workbook: Workbook, currency: str = "GBP", locale: str = "en_GB") -> None:
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

    def for_kind(self, kind: CellKind) -> Format | None:
        """The format of a column of this kind (None: XlsxWriter's plain cell)."""
        if kind in (CellKind.GENERAL, CellKind.BOOL):
            return None
        return {CellKind.INT: self.int, CellKind.NUMBER: self.number, CellKind.MONEY: self.money,
                CellKind.DATE: self.date, CellKind.PERCENT: self.percent}.get(kind, self.text)

    def style_ids(self) -> StyleIds:
        """These formats' style numbers, for row XML."""
        return StyleIds(self.quoted, self.for_kind)


def new_workbook(path: str | os.PathLike[str], kind: OutputKind) -> Workbook:
    """A constant-memory workbook that never turns text into formulas, URLs or numbers, whose
    document properties say it is Clientele's ``kind`` (schema.OUTPUT_PROPERTY)."""
    book = fast_workbook_class()(
        str(path), {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                    "strings_to_numbers": False, "nan_inf_to_errors": False})
    book.set_custom_property(OUTPUT_PROPERTY, kind.value)
    return book


def close_workbook(workbook: Workbook, path: str | os.PathLike[str], what: str = N_("the workbook")) -> None:
    """Save ``workbook``; a failure (a full disk, a refused folder) is an OutputError in the owner's
    words naming ``path``, and the workbook's temporary files are gone."""
    try:
        workbook.close()
    except FileSizeError as exc:
        discard(workbook, close_failed=True)
        raise OutputError(Phrase("{what} is too large for an Excel workbook.", what=Phrase(what)),
                          "Choose fewer lists or customers.",
                          file=str(path)) from exc
    except (OSError, FileCreateError) as exc:     # XlsxWriter wraps OSErrors in FileCreateError
        discard(workbook, close_failed=True)
        raise write_error(exc, path, what) from exc


def discard_workbook(workbook: Workbook) -> None:
    """Give up a workbook whose writing failed or was cancelled, leaving no temporary file."""
    discard(workbook)


def write_text(ws: Worksheet, row: int, col: int, value: object, formats: Formats,
               fmt: Format | None = None) -> None:
    """Write one text cell (dangerous text marked as quoted text, never a formula; cut to what a
    cell holds)."""
    text = fit_text("" if value is None else str(value))
    if is_dangerous(text):
        ws.write_string(row, col, text, formats.quoted)
    elif text:
        ws.write_string(row, col, text, fmt) if fmt is not None else ws.write_string(row, col, text)


def write_number(ws: Worksheet, row: int, col: int, value: float, fmt: Format | None = None, *,
                 label: str = "") -> None:
    """Write one number cell; a number a spreadsheet cannot hold (infinity, beyond 1E+308) is an
    OutputError naming ``label`` before the workbook is saved, and NaN is left empty."""
    number = float(value)
    check_number(number, column=label or f"cell {row + 1}:{col + 1}", sheet=ws.get_name())
    if number == number:                   # NaN: an empty cell
        ws.write_number(row, col, number, fmt)


@dataclass(frozen=True)
class WrittenTable:
    """What ``write_table`` wrote: data rows, and text cells cut to what a cell holds."""

    rows: int
    cut_cells: int = 0


def _column_values(series: pd.Series, kind: CellKind, header: str = "", sheet: str = "") -> pa.Array:
    """A column as an Arrow array ready for the sheet: text (null for empty), Excel date serials
    (int), whole numbers, floats (money rounded to cents) or booleans. Numbers a spreadsheet
    cannot hold are refused here (core/output/cells.check_numbers)."""
    values = _arrow_values(series, kind, header, sheet)
    return values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values


def _arrow_values(series: pd.Series, kind: CellKind, header: str, sheet: str) -> pa.Array | pa.ChunkedArray:
    if kind == CellKind.DATE:
        dates = pd.to_datetime(series, errors="coerce")
        days = dates.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]") - _EXCEL_EPOCH
        serial = pa.array(days.astype("timedelta64[D]").astype("int64"), pa.int64())
        return pc.if_else(pa.array(dates.isna().to_numpy()), pa.scalar(None, pa.int64()), serial)
    if kind == CellKind.BOOL:
        return pa.array(series, pa.bool_(), from_pandas=True)
    if kind in NUMERIC_KINDS:
        nums = pd.to_numeric(series, errors="coerce").astype("float64")
        check_numbers(nums.to_numpy(), column=header, sheet=sheet)
        if kind == CellKind.MONEY:
            nums = nums.round(2)
        arr = pa.array(nums.to_numpy(), pa.float64(), from_pandas=True)
        return pc.cast(pc.round(arr), pa.int64()) if kind == CellKind.INT else arr
    try:
        text = pa.array(series, pa.string(), from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):          # mixed objects: numbers, dates... as text
        text = pa.array(series.map(lambda v: v if v is None or isinstance(v, str)
                                   else (None if pd.isna(v) else str(v))), pa.string(), from_pandas=True)
    return pc.if_else(pc.equal(text, ""), pa.scalar(None, pa.string()), text)


def _width(header: str, values: pa.Array, kind: CellKind, fixed: float | None) -> float:
    if fixed:
        return fixed
    if kind != CellKind.TEXT:
        return max(12, len(header) + 2)
    longest = pc.max(pc.utf8_length(values.slice(0, 500))).as_py() or 0
    return float(min(max(longest, len(header)) + 2, 60))


def _sheet_xml(data: list[pa.Array], kinds: list[CellKind], formats: Formats, ws: FastWorksheet,
               first_row: int, style: TableStyle) -> list[memoryview]:
    """The data rows as sheet XML chunks; numbers the styles and shared strings in sheet order."""
    styles = formats.style_ids()
    strings = ws.shared_strings() if style.shared_strings else None
    n = len(data[0]) if data else 0
    chunks = []
    for start in range(0, n, _CHUNK_ROWS):
        part = [d.slice(start, min(n, start + _CHUNK_ROWS) - start) for d in data]
        chunks.append(sheet_xml.rows_xml(part, kinds, styles, first_row + 1 + start, strings, style.text_safety))
    return chunks


def _write_rows(ws: Worksheet, data: list[pa.Array], kinds: list[CellKind], formats: Formats,
                first_row: int, style: TableStyle) -> None:
    """The data rows through XlsxWriter's public API, cell by cell (missing values left out)."""
    quote = style.text_safety == TextSafety.QUOTE_PREFIX
    flags = [pc.fill_null(dangerous_arrow(values), False).to_pylist() if quote and kind == CellKind.TEXT else None
             for values, kind in zip(data, kinds, strict=True)]
    number_formats = [formats.for_kind(kind) for kind in kinds]
    columns = [values.to_pylist() for values in data]
    for i, row in enumerate(zip(*columns, strict=True)):
        r = first_row + 1 + i
        for c, value in enumerate(row):
            kind, flagged = kinds[c], flags[c]
            if value is None:
                continue
            if kind == CellKind.TEXT:
                if flagged is not None and flagged[i]:
                    ws.write_string(r, c, value, formats.quoted)
                else:
                    ws.write_string(r, c, value)
            elif kind == CellKind.BOOL:
                ws.write_boolean(r, c, value)
            else:
                ws.write_number(r, c, value, number_formats[c])


def write_table(ws: Worksheet, frame: pd.DataFrame, columns: list[Column], formats: Formats, *,
                first_row: int = 0, progress: Callable[[float, str], None] | None = None,
                style: TableStyle = MAILING_TABLE) -> WrittenTable:
    """Write ``frame`` as a table at ``first_row``; returns the rows written and the text cells cut.

    ``columns`` name the frame's columns to write, their headers and kinds; ``style`` the look
    (the mailing lists' by default, ``PLAIN_TABLE`` for the customer table).
    """
    started = time.perf_counter()
    n = len(frame)
    data, kinds, widths = [], [], []
    cut = 0
    for col in columns:
        series = frame[col.source] if col.source in frame else pd.Series(None, index=frame.index, dtype="object")
        values = _column_values(series, col.kind, col.header, ws.get_name())
        if col.kind == CellKind.TEXT:
            if style.text_safety == TextSafety.APOSTROPHE:
                values = safe_arrow(values)
            values, cut_here = fit_arrow(values)
            if cut_here:
                log.info("sheet %s, column %s: %d text cells longer than a cell holds were cut", ws.get_name(),
                         col.header, cut_here)
            cut += cut_here
        data.append(values)
        kinds.append(col.kind)
        widths.append(_width(col.header, values, col.kind, col.width))
    stream = ws if n and isinstance(ws, FastWorksheet) and ws.can_stream() else None
    chunks = _sheet_xml(data, kinds, formats, stream, first_row, style) if stream is not None else []
    header = formats.header if style.header_fill else formats.bold
    for c, col in enumerate(columns):
        if style.fit_widths:
            ws.set_column(c, c, widths[c], formats.for_kind(col.kind))
        ws.write_string(first_row, c, col.header, header)
    if stream is not None:
        stream.stream_rows(first_row, chunks, n, len(columns), progress)
    elif n:
        _write_rows(ws, data, kinds, formats, first_row, style)
    if style.freeze_header:
        ws.freeze_panes(first_row + 1, 0)
    ws.autofilter(first_row, 0, first_row + max(n, 1), len(columns) - 1)
    log.debug("sheet %s: %d rows x %d columns in %.2f s (%s)", ws.get_name(), n, len(columns),
              time.perf_counter() - started, "row XML" if stream is not None else "public API")
    return WrittenTable(n, cut)
