"""How far a sheet really reaches, and which of its cells are strays far outside the table.

calamine (under fastexcel) makes a full grid from the top-left to the bottom-right filled cell of a
sheet before it hands over any value, 32 bytes a cell: one typed key in cell XFD1048576 of a tiny
workbook asks for 550 GB and the process is killed outright (Rust out-of-memory abort), with no
chance to show a message. The readers of each workbook kind (xlsx_extent, ods_extent, xls_extent)
find the filled cells from the file itself, without that grid, and hand them here:

- a sheet whose grid is small, or filled densely (real data), is read as it is;
- cells separated from the table by a wide gap of empty columns or rows are strays: they are left
  out (the readers write a copy of the workbook without them, never touching the owner's file),
  and the import report names them and says how to delete them;
- a sheet whose grid stays huge and empty even without them is refused, naming its farthest cell.

definitions §1 ("Sheets that reach far beyond their table").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.distinct import sorted_unique
from core.errors import InputError
from core.words import N_, Phrase

#: Cells of a sheet's grid (rows × columns from its first to its last filled cell) read without a
#: second look: 4 million cells is 130 MB in calamine, a million-row export of 4 columns.
GRID_LIMIT = 4_000_000
#: A bigger grid is read as it is when at least this share of it holds values (real data: the
#: zip-bomb guard bounds how much real data a workbook can hold).
DENSE = 0.25
#: Empty columns, and empty rows, that set a cell apart from the table as a stray.
COLUMN_GAP = 50
ROW_GAP = 1_000
#: Stray cells named in a message.
NAMED = 3

HOW_TO_DELETE = N_("In Excel or LibreOffice: press Ctrl+End to jump to the last filled cell, select the "
                   "rows and columns between your table and it, delete them (right-click > Delete), "
                   "save, and import again.")


def column_letters(column: int) -> str:
    """1 -> A, 27 -> AA, 16384 -> XFD."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_name(row: int, column: int) -> str:
    return f"{column_letters(column)}{row}"


def letters_to_column(letters: str) -> int:
    """A -> 1, AA -> 27, XFD -> 16384."""
    number = 0
    for char in letters:
        number = number * 26 + ord(char) - 64
    return number


@dataclass(frozen=True)
class Box:
    """A block of cells, 1-based and inclusive."""

    first_row: int
    last_row: int
    first_column: int
    last_column: int

    @property
    def area(self) -> int:
        return (self.last_row - self.first_row + 1) * (self.last_column - self.first_column + 1)

    def holds(self, row: int, column: int) -> bool:
        return self.first_row <= row <= self.last_row and self.first_column <= column <= self.last_column

    def text(self) -> str:
        return f"{cell_name(self.first_row, self.first_column)}:{cell_name(self.last_row, self.last_column)}"

    def size_text(self) -> Phrase:
        rows, columns = self.last_row - self.first_row + 1, self.last_column - self.first_column + 1
        return Phrase("{rows} by {columns}", rows=Phrase.counted("{n} row", "{n} rows", rows),
                      columns=Phrase.counted("{n} column", "{n} columns", columns))


@dataclass(frozen=True)
class SheetPlan:
    """What to do with one sheet: read it as it is (``keep`` None) or only the cells in ``keep``."""

    sheet: str
    cells: int
    grid: Box | None
    keep: Box | None = None
    strays: tuple[tuple[int, int], ...] = ()  # (row, column) of the first stray cells, farthest first
    stray_count: int = 0

    @property
    def trims(self) -> bool:
        return self.keep is not None

    def warning(self) -> Phrase:
        """The import report's words for a sheet read without its strays."""
        assert self.keep is not None and self.grid is not None
        first = ", ".join(cell_name(r, c) for r, c in self.strays)
        more = self.stray_count - len(self.strays)
        cells = (Phrase("cells {cells} and {more:,} more", cells=first, more=more) if more > 0
                 else Phrase.counted("cell {cells}", "cells {cells}", self.stray_count, cells=first))
        return Phrase.counted(
            'Sheet "{sheet}": {cells} holds a value far outside the table ({table}) and was left out: with it '
            "the sheet spans {size}, which makes spreadsheet programs slow and could exhaust the computer's "
            "memory. {how}",
            'Sheet "{sheet}": {cells} hold a value far outside the table ({table}) and were left out: with them '
            "the sheet spans {size}, which makes spreadsheet programs slow and could exhaust the computer's "
            "memory. {how}",
            self.stray_count, sheet=self.sheet, cells=cells, table=self.keep.text(), size=self.grid.size_text(),
            how=Phrase(HOW_TO_DELETE))


def refusal(plan: SheetPlan, kind: str, file: str) -> InputError:
    """The message for a sheet whose stray cells could not be left out of a copy (a repeated block
    of cells reaching across the gap, which the plan's rules make impossible: a safety net)."""
    assert plan.keep is not None and plan.grid is not None
    first = cell_name(*plan.strays[0])
    return InputError(
        Phrase('The sheet "{sheet}" has a value in cell {cell}, far outside its table ({table}): with it '
               "the sheet spans {size}, which Clientele cannot read from {kind} files without exhausting the "
               "computer's memory. It was not read.", sheet=plan.sheet, cell=first, table=plan.keep.text(),
               size=plan.grid.size_text(), kind=kind),
        Phrase("{how} Or save the workbook as .xlsx and import that: Clientele leaves such cells out "
               "of .xlsx files itself.", how=Phrase(HOW_TO_DELETE)), file=file)


def _span_end(values: np.ndarray, gap: int) -> int:
    """The last of the sorted distinct ``values`` reached from the first without a gap of more than
    ``gap`` missing numbers."""
    if len(values) == 1:
        return int(values[0])
    jumps = np.flatnonzero(np.diff(values) > gap + 1)
    return int(values[jumps[0]] if len(jumps) else values[-1])


def plan_sheet(sheet: str, rows: np.ndarray, columns: np.ndarray, *, file: str,
               counts: np.ndarray | None = None) -> SheetPlan:
    """Decide how to read a sheet from the positions of its filled cells (1-based; ``counts``: how
    many cells each position stands for, for a block repeated in an OpenDocument sheet)."""
    total = int(counts.sum()) if counts is not None else len(rows)
    if not len(rows):
        return SheetPlan(sheet, 0, None)
    grid = Box(int(rows.min()), int(rows.max()), int(columns.min()), int(columns.max()))
    if grid.area <= GRID_LIMIT or total >= DENSE * grid.area:
        return SheetPlan(sheet, total, grid)
    last_column = _span_end(sorted_unique(columns), COLUMN_GAP)
    inside = columns <= last_column
    last_row = _span_end(sorted_unique(rows[inside]), ROW_GAP)
    keep = Box(grid.first_row, last_row, grid.first_column, last_column)
    inside &= rows <= last_row
    kept = int(counts[inside].sum()) if counts is not None else int(inside.sum())
    stray = np.flatnonzero(~inside)
    if keep.area > GRID_LIMIT and kept < DENSE * keep.area:
        far = int(np.argmax(rows.astype(np.int64) * 20_000 + columns))
        raise InputError(
            Phrase('The sheet "{sheet}" spans {size} ({grid}) but holds only {cells}, scattered so far apart '
                   "that reading it would exhaust the computer's memory (its last filled cell is {last}). It was "
                   "not read.", sheet=sheet, size=grid.size_text(), grid=grid.text(),
                   cells=Phrase.counted("{n} filled cell", "{n} filled cells", total),
                   last=cell_name(int(rows[far]), int(columns[far]))),
            Phrase("Delete the cells outside your table. {how}", how=Phrase(HOW_TO_DELETE)), file=file)
    order = stray[np.argsort(-(rows[stray].astype(np.int64) * 20_000 + columns[stray]), kind="stable")]
    named = tuple((int(rows[i]), int(columns[i])) for i in order[:NAMED])
    return SheetPlan(sheet, total, grid, keep, named, total - kept)
