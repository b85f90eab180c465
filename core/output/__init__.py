"""Output files: written atomically, formula-safe, as CSV or as Excel workbooks with one table writer,
and the one way money and numbers are written as text (``money``).

The names the rest of the app uses are exported here; inside the package, modules import from one
another's modules (never from this package). The writers need pandas and pyarrow while the money
formatting does not and is used by the window from its first screen, so the writers' names are
loaded on first use (PEP 562 ``__getattr__``): importing ``core.output`` stays light.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from core.output.money import (
    format_amount,
    format_compact,
    format_date,
    format_day_month,
    format_money,
    format_number,
    format_percent,
    language_locale,
    own_locale,
)

if TYPE_CHECKING:
    from core.output.atomic import atomic_group, atomic_path, open_elsewhere, refuse_input_files
    from core.output.cells import is_dangerous
    from core.output.columns import MAILING_TABLE, PLAIN_TABLE, CellKind, Column, TableStyle, TextSafety
    from core.output.customer_table import (
        CUSTOMER_TABLE_SUFFIXES,
        check_customer_table_path,
        write_customer_table,
    )
    from core.output.xlsx import Formats, new_workbook, sheet_name, write_table, write_text

#: Public name -> the module that defines it (loaded when the name is first used).
_LAZY = {
    "atomic_group": "atomic", "atomic_path": "atomic", "open_elsewhere": "atomic", "refuse_input_files": "atomic",
    "is_dangerous": "cells",
    "MAILING_TABLE": "columns", "PLAIN_TABLE": "columns", "CellKind": "columns", "Column": "columns",
    "TableStyle": "columns", "TextSafety": "columns",
    "CUSTOMER_TABLE_SUFFIXES": "customer_table", "check_customer_table_path": "customer_table",
    "write_customer_table": "customer_table",
    "Formats": "xlsx", "new_workbook": "xlsx", "sheet_name": "xlsx", "write_table": "xlsx", "write_text": "xlsx",
}

#: Literal, so linters and type checkers see the public names (the lazy ones and the money formatters).
__all__ = [
    "CUSTOMER_TABLE_SUFFIXES", "CellKind", "Column", "Formats", "MAILING_TABLE", "PLAIN_TABLE", "TableStyle",
    "TextSafety", "atomic_group", "atomic_path", "check_customer_table_path", "format_amount",
    "format_compact", "format_date", "format_day_month", "format_money", "format_number", "format_percent", "is_dangerous", "language_locale", "own_locale",
    "new_workbook", "open_elsewhere", "refuse_input_files", "sheet_name", "write_customer_table",
    "write_table", "write_text",
]


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'core.output' has no attribute {name!r}")
    return getattr(importlib.import_module(f"core.output.{module}"), name)
