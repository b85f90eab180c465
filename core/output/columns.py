"""What a written table is made of: its columns, each column's kind of cell, and the table's look."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class CellKind(StrEnum):
    """How a column's values are written to a workbook."""

    TEXT = "text"          # text; empty text is left out
    INT = "int"            # whole numbers, "#,##0"
    NUMBER = "number"      # numbers, "#,##0.00"
    MONEY = "money"        # rounded to cents, in the shop's currency format
    DATE = "date"          # dates, in the locale's date format
    PERCENT = "percent"    # shares (0.1 is 10 %)
    GENERAL = "general"    # numbers as they are, in Excel's General format
    BOOL = "bool"          # TRUE / FALSE


#: Kinds written as numbers (Excel serials for dates).
NUMERIC_KINDS = frozenset({CellKind.INT, CellKind.NUMBER, CellKind.MONEY, CellKind.DATE, CellKind.PERCENT,
                           CellKind.GENERAL})


class TextSafety(StrEnum):
    """How a table shows text that a spreadsheet could read as a formula (core/output/cells.py)."""

    QUOTE_PREFIX = "quote prefix"   # the text as it is, with Excel's quote-prefix ("text") style
    APOSTROPHE = "apostrophe"       # a leading apostrophe in the text itself, as in the CSV files


@dataclass(frozen=True)
class Column:
    """One output column: header, source column in the frame, kind of cell, fixed width (optional)."""

    header: str
    source: str
    kind: CellKind = CellKind.TEXT
    width: float | None = None


@dataclass(frozen=True)
class TableStyle:
    """How ``write_table`` lays a table out. The default is the mailing lists' look; ``PLAIN_TABLE``
    is the customer table's: bold header only, no column widths, text inline in each cell."""

    header_fill: bool = True         # header in bold with a border and a fill (False: bold only)
    fit_widths: bool = True          # column widths from the values, each with its kind's format
    shared_strings: bool = True      # repeated text through the workbook's shared-string table
    text_safety: TextSafety = TextSafety.QUOTE_PREFIX
    freeze_header: bool = True       # the header row stays in view (False: a table below other text)


MAILING_TABLE = TableStyle()
PLAIN_TABLE = TableStyle(header_fill=False, fit_widths=False, shared_strings=False,
                         text_safety=TextSafety.APOSTROPHE)
