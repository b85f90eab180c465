"""Output files: written atomically, formula-safe, as CSV or as Excel workbooks with one table writer.

The names the rest of the app uses are exported here; inside the package, modules import from one
another's modules (never from this package).
"""

from core.output.atomic import atomic_group, atomic_path, refuse_input_files
from core.output.cells import is_dangerous, safe_frame, safe_series
from core.output.columns import MAILING_TABLE, PLAIN_TABLE, CellKind, Column, TableStyle, TextSafety
from core.output.customer_table import CUSTOMER_TABLE_SUFFIXES, check_customer_table_path, write_customer_table
from core.output.xlsx import Formats, new_workbook, sheet_name, write_table, write_text

__all__ = [
    "CUSTOMER_TABLE_SUFFIXES", "MAILING_TABLE", "PLAIN_TABLE", "CellKind", "Column", "Formats", "TableStyle",
    "TextSafety", "atomic_group", "atomic_path", "check_customer_table_path", "is_dangerous", "new_workbook",
    "refuse_input_files", "safe_frame", "safe_series", "sheet_name", "write_customer_table",
    "write_table", "write_text",
]
