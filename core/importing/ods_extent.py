"""The filled cells of each sheet of an OpenDocument spreadsheet (.ods), from its content.xml.

An .ods repeats rows and cells with table:number-rows-repeated and table:number-columns-repeated:
LibreOffice writes the empty tail of a sheet that way (harmless: calamine makes no grid for empty
cells), but a repeated cell that holds a value stands for every cell it covers, and one stray value
far away makes calamine build the whole grid (a 2 KB file asked it for 2.6 GB and the process was
killed). The XML is streamed through expat (no DOCTYPE reaches here: zip_guard refuses them); each
filled cell, or block of repeated filled cells, is noted and handed to sheet_extent.plan_sheet.
calamine reads every sheet of an .ods when it opens the file, so every sheet is checked. A sheet
with stray cells is read from a copy whose content.xml leaves out their elements (found in a
second pass, by their byte offsets). (A block of repeated filled cells is contiguous, so it never
reaches from the table across the gap that sets strays apart; should one, the sheet is refused.)
"""

from __future__ import annotations

import shutil
import zipfile
from array import array
from collections.abc import Iterator
from pathlib import Path
from xml.parsers import expat

import numpy as np

from core.errors import InputError
from core.importing.sheet_extent import GRID_LIMIT, Box, SheetPlan, cell_name, plan_sheet, refusal
from core.importing.xlsx_parts import SCAN_FIRST_BELOW
from core.importing.zip_guard import inflated_chunks
from core.words import Phrase

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_ROWS_REPEATED = f"{_TABLE} number-rows-repeated"
_COLUMNS_REPEATED = f"{_TABLE} number-columns-repeated"
_VALUE_TYPE = f"{_OFFICE} value-type"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#: <text:s text:c="N"/>: N spaces; a reader writes them all out (2,000,000,000 of them took 9.9 GB).
_SPACES, _SPACE_COUNT = f"{_TEXT} s", f"{_TEXT} c"
LONGEST_SPACES = 32_767
_ROWS_SPANNED = f"{_TABLE} number-rows-spanned"
_COLUMNS_SPANNED = f"{_TABLE} number-columns-spanned"
#: Filled cells (repeats counted) an .ods may hold: four times the grid calamine reads at once.
MAX_CELLS = 4 * GRID_LIMIT
#: Characters of text (repeats counted) an .ods may hold: calamine writes every repeated cell out
#: (a 2.3 KB file repeating a 1 MB text over 3,000 cells took 9.4 GB).
MAX_TEXT = 500_000_000


class _Walk:
    """expat handlers that note every filled cell's (row, column) of each table."""

    def __init__(self, file: str, keeps: list[Box | None] | None = None,
                 parser: expat.XMLParserType | None = None) -> None:
        self.file = file
        #: second pass: the block to keep of each table, and (start byte, end-event byte, had
        #: children) of each element to leave out
        self.keeps, self.parser = keeps, parser
        self.cuts: list[tuple[int, int, bool]] = []
        self.row_start, self.cell_start, self.row_children, self.cell_children = 0, 0, False, False
        self.tables: list[tuple[str, array, array]] = []
        self.rows, self.columns = array("i"), array("i")
        self.row, self.column, self.row_repeat = 0, 0, 1
        self.cell: tuple[int, int, bool] | None = None  # (first column, columns repeated, filled)
        self.row_cells: list[tuple[int, int]] = []
        self.total = 0
        #: characters of the cell being read, and of every cell so far counted with its repeats
        self.cell_text, self.text_total = 0, 0
        #: per table, the cells merged over more than one row: (first row, first column, last row,
        #: last column), 1-based
        self.spans: list[list[tuple[int, int, int, int]]] = []

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name == f"{_TABLE} table":
            self.rows, self.columns = array("i"), array("i")
            self.tables.append((attributes.get(f"{_TABLE} name", f"Sheet{len(self.tables) + 1}"),
                                self.rows, self.columns))
            self.spans.append([])
            self.row = 0
        elif name == f"{_TABLE} table-row":
            self.row_repeat = _count(attributes.get(_ROWS_REPEATED))
            self.row_cells, self.column = [], 0
            self.row_start, self.row_children = self._at(), False
        elif name in (f"{_TABLE} table-cell", f"{_TABLE} covered-table-cell"):
            repeat = _count(attributes.get(_COLUMNS_REPEATED))
            down = _count(attributes.get(_ROWS_SPANNED))
            if down > 1 and self.spans:
                self.spans[-1].append((self.row + 1, self.column + 1, self.row + down,
                                       self.column + _count(attributes.get(_COLUMNS_SPANNED))))
            self.cell = (self.column + 1, repeat, _VALUE_TYPE in attributes)
            self.column += repeat
            self.cell_start, self.cell_children, self.row_children = self._at(), False, True
        elif name == _SPACES and _count(attributes.get(_SPACE_COUNT)) > LONGEST_SPACES:
            asked = attributes.get(_SPACE_COUNT, "").strip()
            raise InputError(Phrase("The spreadsheet asks for {n:,} spaces in one cell, where a cell holds at most "
                                    "32,767 characters: it is damaged or built to exhaust memory. It was not read.",
                                    n=int(asked) if asked.isdigit() and len(asked) < 19 else 1 << 24),
                             "Save it as .xlsx or .csv and import that.", file=self.file)
        elif self.cell is not None:
            self.cell_children = True
            if not self.cell[2]:
                self.cell = (self.cell[0], self.cell[1], True)  # text:p inside: a filled text cell

    def _at(self) -> int:
        return self.parser.CurrentByteIndex if self.parser is not None else 0

    def _keep(self) -> Box | None:
        return self.keeps[len(self.tables) - 1] if self.keeps and len(self.tables) <= len(self.keeps) else None

    def text(self, data: str) -> None:
        """A cell's text, counted as often as the cell is repeated (expat's character data)."""
        if self.cell is not None:
            self.cell_text += len(data)

    def end(self, name: str) -> None:
        if name in (f"{_TABLE} table-cell", f"{_TABLE} covered-table-cell") and self.cell is not None:
            self.text_total += self.cell_text * self.cell[1] * self.row_repeat
            self.cell_text = 0
            if self.text_total > MAX_TEXT:
                raise InputError(Phrase("The spreadsheet's texts, with their repeated cells, come to more than {n:,} "
                                        "characters, far more than a shop's export holds (the file may be built to "
                                        "exhaust memory). It was not read.", n=MAX_TEXT),
                                 "Save it as .xlsx or .csv and import that.", file=self.file)
            if self.cell[2]:
                self.row_cells.append((self.cell[0], self.cell[1]))
                keep = self._keep()
                if keep is not None and self.row + 1 <= keep.last_row:
                    self._cut_cell(keep)
            self.cell = None
        elif name == f"{_TABLE} table-row":
            first = self.row + 1
            self.row += self.row_repeat
            keep = self._keep()
            if keep is not None and self.row_cells:
                if first > keep.last_row:
                    self.cuts.append((self.row_start, self._at(), self.row_children))
                elif self.row > keep.last_row:
                    self._straddles(keep, first, self.row_cells[0][0])
                return
            for column, repeat in self.row_cells:
                self._note(first, column, self.row_repeat, repeat)

    def _cut_cell(self, keep: Box) -> None:
        assert self.cell is not None
        first, repeat = self.cell[0], self.cell[1]
        if first > keep.last_column:
            self.cuts.append((self.cell_start, self._at(), self.cell_children))
        elif first + repeat - 1 > keep.last_column:
            self._straddles(keep, self.row + 1, first)

    def _straddles(self, keep: Box, row: int, column: int) -> None:
        raise InputError(
            Phrase('The sheet "{sheet}" repeats the value of cell {cell} from inside its table ({table}) far '
                   "beyond it, so the sheet cannot be read without reading millions of cells. It was not read.",
                   sheet=self.tables[-1][0], cell=cell_name(row, column), table=keep.text()), "Open it in LibreOffice, delete the repeated cells outside your "
            "table, save, and import again; or export the purchases as .xlsx or .csv.", file=self.file)

    def _note(self, row: int, column: int, rows: int, columns: int) -> None:
        sheet = self.tables[-1][0] if self.tables else "?"
        if rows * columns > GRID_LIMIT:
            raise InputError(
                Phrase('The sheet "{sheet}" repeats the value of cell {cell} over {rows} by {columns}: more '
                       "cells than a shop's export holds (the file may be built to exhaust memory). It was not "
                       "read.", sheet=sheet, cell=cell_name(row, column),
                       rows=Phrase.counted("{n} row", "{n} rows", rows),
                       columns=Phrase.counted("{n} column", "{n} columns", columns)),
                "Open it in LibreOffice, delete the repeated cells, save, and import again; or export "
                "the purchases as .xlsx or .csv.", file=self.file)
        self.total += rows * columns
        if self.total > MAX_CELLS:
            raise InputError(Phrase("The spreadsheet holds more than {cells:,} filled cells, more than "
                                    "Clientele can read from an .ods file.", cells=MAX_CELLS), "Save it as .xlsx or .csv and import that.",
                             file=self.file)
        for r in range(row, row + rows):
            for c in range(column, column + columns):
                self.rows.append(r)
                self.columns.append(c)


def _count(value: str | None) -> int:
    try:
        return max(1, min(int(value), 1 << 24)) if value else 1
    except ValueError:
        return 1


def _walk(path: Path, keeps: list[Box | None] | None = None) -> _Walk | None:
    """content.xml walked once (None when the file has none, or its XML is damaged: calamine's own
    message then says so)."""
    parser = expat.ParserCreate(namespace_separator=" ")
    walk = _Walk(path.name, keeps, parser)
    parser.StartElementHandler = walk.start
    parser.EndElementHandler = walk.end
    parser.CharacterDataHandler = walk.text
    parser.buffer_text = True      # (one call per text, not one per piece of it)
    with zipfile.ZipFile(path) as archive:
        try:
            info = archive.getinfo("content.xml")
        except KeyError:
            return None
        try:
            for chunk in _unpacked(path, info):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except expat.ExpatError:
            return None
    return walk


def plan_ods(path: Path) -> list[SheetPlan]:
    """A plan for every sheet of the .ods at ``path``; InputError for a sheet that cannot be read
    without exhausting memory."""
    walk = _walk(path)
    if walk is None:
        return []
    return [plan_sheet(name, np.frombuffer(rows, dtype=np.int32), np.frombuffer(columns, dtype=np.int32),
                       file=path.name) for name, rows, columns in walk.tables]


def merged_over_rows(path: Path, sheet: str) -> tuple[list[tuple[int, int, int, int]], int]:
    """(the cells of ``sheet`` merged over more than one row, each (first row, first column, last
    row, last column), 1-based; the sheet's first filled column) of the .ods at ``path``, when its
    content.xml is packed smaller than SCAN_FIRST_BELOW (a sheet kept by hand); ([], 0) for a bigger
    file, a sheet without such cells, or one that cannot be read this way (the reader reports it)."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("content.xml")
            if info.compress_size >= SCAN_FIRST_BELOW:
                return [], 0
        walk = _walk(path) if _mentions(path, info, b"number-rows-spanned") else None
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError, InputError):
        return [], 0
    if walk is None:
        return [], 0
    for (name, _, columns), spans in zip(walk.tables, walk.spans, strict=True):
        if name == sheet and spans and len(columns):
            return spans, int(min(columns))
    return [], 0


def _mentions(path: Path, info: zipfile.ZipInfo, needle: bytes) -> bool:
    """Whether the unpacked ``info`` holds ``needle`` (a byte search: far quicker than the walk)."""
    tail = b""
    for chunk in _unpacked(path, info):
        if needle in tail + chunk[:len(needle)] or needle in chunk:
            return True
        tail = chunk[-len(needle):]
    return False


def _unpacked(path: Path, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The zip member ``info`` of ``path``, unpacked chunk by chunk (through the zip guard's inflater)."""
    if info.compress_type == zipfile.ZIP_DEFLATED:
        with open(path, "rb") as handle:
            yield from inflated_chunks(handle, info, path.name)
    else:
        with zipfile.ZipFile(path) as archive, archive.open(info) as stream:
            yield from iter(lambda: stream.read(1024 * 1024), b"")


def write_trimmed(path: Path, plans: list[SheetPlan], target: Path) -> None:
    """A copy of the .ods at ``path`` in ``target`` whose content.xml leaves out the stray cells of
    the sheets ``plans`` trims (a plan per sheet, in order)."""
    walk = _walk(path, [plan.keep for plan in plans])
    if walk is None or any(plan.trims for plan in plans) and not walk.cuts:
        raise refusal(next(plan for plan in plans if plan.trims), "OpenDocument (.ods)", path.name)
    with zipfile.ZipFile(path) as source:
        data = source.read("content.xml")
        pieces, done = [], 0
        for start, end, children in sorted(walk.cuts):
            if start < done:
                continue  # (inside a row already left out)
            empty = not children and data[end - 2:end] == b"/>"
            stop = end if empty else data.index(b">", end) + 1
            pieces.append(data[done:start])
            done = stop
        pieces.append(data[done:])
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as copy:
            for info in source.infolist():
                if info.filename == "content.xml":
                    copy.writestr("content.xml", b"".join(pieces))
                elif info.filename == "mimetype":
                    copy.writestr(info, source.read(info), compress_type=zipfile.ZIP_STORED)
                else:
                    with source.open(info) as stream, copy.open(info.filename, "w", force_zip64=True) as out:
                        shutil.copyfileobj(stream, out, 1024 * 1024)
