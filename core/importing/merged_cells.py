"""Cells merged over several rows in a workbook's table, read as the sheet shows them.

A sheet kept by hand often merges one customer's name (or one day's date) over the rows of that
customer's purchases: Excel shows the value beside every row, but the file holds it in the merge's
first cell only, and every reader (fastexcel among them) gives the other rows an empty cell. Those
rows would then be set aside as "no customer id". Here the merged ranges are read from the sheet's
XML (``<mergeCell ref="B4:B7"/>``, after the cells) and each row of a range is given the value of
its first cell, with a note in the import report (docs/definitions.md, "Cells merged over rows").

An .ods sheet's merged cells (``table:number-rows-spanned``) come from ods_extent, which walks its
content.xml (when packed smaller than ``xlsx_parts.SCAN_FIRST_BELOW`` and holding such a cell at
all); an .xls sheet's (MERGEDCELLS records) from xls_extent, which reads its BIFF records (when the
file is smaller than that and a byte search finds such a record). Of an .xlsx/.xlsm, only sheets packed smaller than that are looked at (a hand-kept sheet;
the merge list comes after all the cells, so finding it means unpacking the whole sheet: a few
milliseconds for a hand-kept sheet, 0.07 s for a 150,000-row one; a million-row export, which
merges nothing, is not unpacked).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from core.errors import InputError
from core.importing.ods_extent import merged_over_rows as ods_merged
from core.importing.sheet_extent import letters_to_column
from core.importing.xls_extent import merged_over_rows as xls_merged
from core.importing.xlsx_parts import scan_cells, small_sheet_part
from core.importing.zip_guard import inflated_chunks
from core.words import Phrase, quoted_names

_CHUNK = 1024 * 1024
_END_OF_CELLS = b"</sheetData>"
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=[\"']\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)[\"']")


@dataclass(frozen=True)
class MergedRange:
    """A merged range of a sheet, 1-based rows and column numbers (A is 1), first to last."""

    first_row: int
    first_column: int
    last_row: int
    last_column: int


def merged_ranges(path: Path, sheet: str) -> tuple[list[MergedRange], int]:
    """(the sheet's ranges merged over more than one row, the first column holding a value) of the
    workbook at ``path``; ([], 0) for another kind of file, a sheet packed bigger than
    SCAN_FIRST_BELOW, one without such ranges, or one that cannot be read this way (the reader
    reports damage itself)."""
    if path.suffix.lower() in (".ods", ".xls"):
        spans, first_column = (ods_merged if path.suffix.lower() == ".ods" else xls_merged)(path, sheet)
        return [MergedRange(*span) for span in spans], first_column
    part = small_sheet_part(path, sheet)
    if part is None:
        return [], 0
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(part)
        ranges = _ranges(path, info)
        if not ranges:
            return [], 0
        first_column = scan_cells(path, part)[0]   # (again, for the first filled column: a rare sheet)
    except (KeyError, zipfile.BadZipFile, AttributeError, OSError, ValueError, EOFError, zlib.error, InputError):
        return [], 0
    return (ranges, first_column) if first_column else ([], 0)


def _after_cells(path: Path, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """What a sheet's XML holds after its cells (the merge list among it), chunk by chunk, never
    all at once (a 7.9 MB sheet with 1.9 GB after its cells had taken 3.8 GB); unpacked with the
    zip guard's inflater (isal: a 150,000-row sheet in about a twentieth of a second)."""
    with open(path, "rb") as handle:
        if info.compress_type == zipfile.ZIP_DEFLATED:
            chunks: Iterator[bytes] = inflated_chunks(handle, info, path.name)
        else:
            chunks = _stored_chunks(path, info)
        tail = b""
        for chunk in chunks:
            text = tail + chunk
            end = text.find(_END_OF_CELLS)
            if end >= 0:
                yield text[end:]
                yield from chunks
                return
            tail = text[-len(_END_OF_CELLS):]


def _stored_chunks(path: Path, info: zipfile.ZipInfo) -> Iterator[bytes]:
    with zipfile.ZipFile(path) as archive, archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            yield chunk


def _ranges(path: Path, info: zipfile.ZipInfo) -> list[MergedRange]:
    """The ranges merged over more than one row, from what follows the sheet's cells (a range cut by
    a chunk's end is found whole: the last 256 bytes of a chunk are searched again with the next)."""
    ranges, carry = [], b""
    for chunk in _after_cells(path, info):
        text = carry + chunk
        done = 0
        for found in _MERGE.finditer(text):
            c0, r0, c1, r1 = found.groups()
            span = MergedRange(int(r0), letters_to_column(c0.decode()), int(r1), letters_to_column(c1.decode()))
            if span.last_row > span.first_row:
                ranges.append(span)
            done = found.end()
        carry = text[max(done, len(text) - 256):]
    return ranges


def fill_merged(frame: pd.DataFrame, ranges: list[MergedRange], first_column: int, header_row: int) -> Phrase | None:
    """Give each row of a range merged over rows below ``header_row`` (the sheet's 1-based header row;
    frame row 0 is the row below it) the value of the range's first cell, in place; the report's
    note, or None when no cell was filled. A range that reaches into the header, or lies outside the
    frame's rows or columns, is left alone; only a range's first column holds its value."""
    sources = {}
    filled_columns: list[str] = []
    first_at: tuple[int, int] | None = None
    n = 0
    for span in ranges:
        position = span.first_column - first_column
        top, bottom = span.first_row - header_row - 1, span.last_row - header_row - 1
        if span.first_row <= header_row or not 0 <= position < len(frame.columns) or top >= len(frame):
            continue
        bottom = min(bottom, len(frame) - 1)
        name = frame.columns[position]
        if name not in sources:
            sources[name] = np.arange(len(frame))
        rows = np.arange(top + 1, bottom + 1)
        empty = frame[name].iloc[rows].isna().to_numpy(dtype=bool)
        if frame[name].iloc[top:top + 1].isna().all() or not empty.any():
            continue
        sources[name][rows[empty]] = top
        n += int(empty.sum())
        if name not in filled_columns:
            filled_columns.append(name)
        if first_at is None or span.first_row < first_at[0]:
            first_at = (span.first_row, span.last_row)
    for name in filled_columns:
        frame[name] = frame[name].take(sources[name]).set_axis(frame.index)
    if not n or first_at is None:
        return None
    filled_columns.sort(key=list(frame.columns).index)   # (named in the sheet's order, whatever the ranges')
    return Phrase.counted(
        "{n} empty cell in {columns} lies in a cell merged over several rows (rows {first} to {last}): it was "
        "read with the merged cell's value, as the sheet shows it.",
        "{n} empty cells in {columns} lie in cells merged over several rows (the first over rows {first} to "
        "{last}): each was read with its merged cell's value, as the sheet shows it.",
        n, columns=quoted_names(filled_columns, 5), first=first_at[0], last=first_at[1])
