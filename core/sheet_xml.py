"""Worksheet row XML built column by column with Arrow compute, for the fast mailing-list writer.

Text cells of columns with few distinct values (segment, status, tier, offer, country...) go to
the workbook's shared-string table; the others are inline strings. Text that starts like a
formula gets the workbook's quote-prefix style, so spreadsheets always show it as text.
"""

from __future__ import annotations

import re
import threading

import pyarrow as pa
import pyarrow.compute as pc
from xlsxwriter.utility import xl_col_to_name

_ILLEGAL = r"[\x00-\x08\x0b\x0c\x0e-\x1f]"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_DANGEROUS = r"^[=+\-@\t\r]"
_EDGE_SPACE = r"^[ \t\n\r]|[ \t\n\r]$"
_STRINGS_LOCK = threading.Lock()
_INLINE = ' t="inlineStr"><is><t>'
_INLINE_KEEP = ' t="inlineStr"><is><t xml:space="preserve">'


def _escape(text: pa.Array) -> pa.Array:
    """XML-escape a string array; drop characters XML cannot hold; keep carriage returns."""
    if pc.any(pc.match_substring_regex(text, r"[&<>\r]")).as_py():
        for raw, escaped in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;")):
            text = pc.replace_substring(text, raw, escaped)
    if pc.any(pc.match_substring_regex(text, _ILLEGAL)).as_py():    # rare: Excel's _xHHHH_ escapes
        text = pa.array([None if v is None else _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", v)
                         for v in text.to_pylist()], pa.string())
    return text


def _shared_tails(text: pa.Array, str_table, quoted: str) -> pa.Array | None:
    """Cell tails through the shared-string table for a low-cardinality column (None otherwise)."""
    if str_table is None:
        return None
    counts = pc.value_counts(text.drop_null())
    if len(counts) == 0 or len(counts) > max(64, len(text) // 4):
        return None
    values = counts.field("values").to_pylist()
    if any(v.startswith("<r>") and v.endswith("</r>") for v in values):
        return None                         # XlsxWriter would write it as raw rich-text XML
    tails = []
    with _STRINGS_LOCK:                       # the table is shared by every sheet (and thread)
        for value, count in zip(values, counts.field("counts").to_pylist()):
            head = quoted if value.startswith(("=", "+", "-", "@", "\t", "\r")) else '"'
            tails.append(head + ' t="s"><v>' + str(str_table._get_shared_string_index(value)) + "</v></c>")
            str_table.count += count - 1
    return pc.take(pa.array(tails, pa.string()), pc.index_in(text, value_set=pa.array(values, pa.string())))


def _column_cells(values: list, kind: str, col: int, formats, row_numbers: pa.Array, str_table) -> pa.Array:
    """One column's cell XML per row (null where the value is missing)."""
    ref = f'<c r="{xl_col_to_name(col)}'
    if kind == "text":
        text = values if isinstance(values, pa.Array) else pa.array(values, pa.string())
        if text.null_count == len(text):
            return text
        quoted = f'" s="{formats.quoted._get_xf_index()}"'
        tails = _shared_tails(text, str_table, quoted)
        if tails is not None:
            return pc.binary_join_element_wise(ref, row_numbers, tails, "")
        head = pc.if_else(pc.match_substring_regex(text, _DANGEROUS), quoted, '"')
        opening = pc.if_else(pc.match_substring_regex(text, _EDGE_SPACE), _INLINE_KEEP, _INLINE)
        return pc.binary_join_element_wise(ref, row_numbers, head, opening, _escape(text), "</t></is></c>", "")
    numbers = values if isinstance(values, pa.Array) else \
        pa.array(values, pa.int64() if kind in ("int", "date") else pa.float64())
    head = f'" s="{formats.for_kind(kind)._get_xf_index()}"><v>'
    return pc.binary_join_element_wise(ref, row_numbers, head, pc.cast(numbers, pa.string()), "</v></c>", "")


def rows_xml(columns: list[list], kinds: list[str], formats, first_row: int, str_table=None) -> str:
    """The ``<row>`` elements for rows ``first_row..`` (0-based) of the given column values."""
    n = len(columns[0]) if columns else 0
    if n == 0:
        return ""
    row_numbers = pc.cast(pa.array(range(first_row + 1, first_row + 1 + n), pa.int64()), pa.string())
    cells = [pc.fill_null(_column_cells(values, kind, col, formats, row_numbers, str_table), "")
             for col, (values, kind) in enumerate(zip(columns, kinds))]
    rows = pc.binary_join_element_wise('<row r="', row_numbers, '">', *cells, "</row>", "")
    whole = pa.LargeListArray.from_arrays(pa.array([0, n], pa.int64()), rows.cast(pa.large_string()))
    return pc.binary_join(whole, pa.scalar("", pa.large_string()))[0].as_py()
