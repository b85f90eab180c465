"""Worksheet row XML built column by column with Arrow compute, for the fast mailing-list writer.

Text cells of columns with few distinct values (segment, status, tier, offer, country...) go to
the workbook's shared-string table; the others are inline strings. Text that starts like a
formula gets the workbook's quote-prefix style, so spreadsheets always show it as text.
"""

from __future__ import annotations

import re
import threading

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from xlsxwriter.utility import xl_col_to_name

_ILLEGAL = r"[\x00-\x08\x0b\x0c\x0e-\x1f]"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_DANGEROUS = r"^[=+\-@\t\r]"
_EDGE_SPACE = r"^[ \t\n\r]|[ \t\n\r]$"
_SPACE_START, _SPACE = r"^[ \t\n\r]", r"[ \t\n\r]"
#: UTF-8 bytes that need escaping: & < > CR and the control characters (TAB and LF are fine);
#: the bytes of multi-byte characters are all 0x80 or more, so never among them
_SPECIAL_BYTES = np.zeros(256, dtype=bool)
_SPECIAL_BYTES[[*range(0x00, 0x09), 0x0B, 0x0C, 0x0D, *range(0x0E, 0x20), ord("&"), ord("<"), ord(">")]] = True
_STRINGS_LOCK = threading.Lock()
_INLINE = ' t="inlineStr"><is><t>'
_INLINE_KEEP = ' t="inlineStr"><is><t xml:space="preserve">'


def _has_special(text: pa.Array) -> bool:
    """Whether a string array may hold a character ``_escape`` changes: one look-up per byte of
    the values (two regular-expression scans of every text cost several times more)."""
    if not (pa.types.is_string(text.type) or pa.types.is_large_string(text.type)):
        return True
    _, offsets, data = text.buffers()
    if len(text) == 0 or data is None:
        return False
    kind = np.int32 if pa.types.is_string(text.type) else np.int64
    ends = np.frombuffer(offsets, dtype=kind, count=len(text) + 1, offset=text.offset * np.dtype(kind).itemsize)
    raw = np.frombuffer(data, dtype=np.uint8)[ends[0]:ends[-1]]
    return bool(_SPECIAL_BYTES[raw].any())


def _edge_space(text: pa.Array) -> pa.Array:
    """Whether each text starts or ends with white space (``_EDGE_SPACE``), without scanning
    the whole text for the end."""
    last = pc.utf8_slice_codeunits(text, -1)
    return pc.or_(pc.match_substring_regex(text, _SPACE_START), pc.match_substring_regex(last, _SPACE))


def _escape(text: pa.Array) -> pa.Array:
    """XML-escape a string array; drop characters XML cannot hold; keep carriage returns."""
    if not _has_special(text):
        return text
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


def _column_pieces(values: list, kind: str, col: int, formats, row_numbers: pa.Array, str_table) -> list:
    """One column's cell XML as pieces to join row by row: the cell's parts when every row has
    a value, else one piece with the whole cell ("" where the value is missing)."""
    ref = f'<c r="{xl_col_to_name(col)}'
    if kind == "text":
        text = values if isinstance(values, pa.Array) else pa.array(values, pa.string())
        if text.null_count == len(text):
            return []
        quoted = f'" s="{formats.quoted._get_xf_index()}"'
        tails = _shared_tails(text, str_table, quoted)
        if tails is not None:
            parts = [ref, row_numbers, tails]
        else:
            head = pc.if_else(pc.match_substring_regex(text, _DANGEROUS), quoted, '"')
            opening = pc.if_else(_edge_space(text), _INLINE_KEEP, _INLINE)
            parts = [ref, row_numbers, head, opening, _escape(text), "</t></is></c>"]
        missing = text.null_count
    else:
        numbers = values if isinstance(values, pa.Array) else \
            pa.array(values, pa.int64() if kind in ("int", "date") else pa.float64())
        head = f'" s="{formats.for_kind(kind)._get_xf_index()}"><v>'
        parts = [ref, row_numbers, head, pc.cast(numbers, pa.string()), "</v></c>"]
        missing = numbers.null_count
    if missing:                              # a null part makes the whole cell null: then ""
        return [pc.fill_null(pc.binary_join_element_wise(*parts, ""), "")]
    return parts


def rows_xml(columns: list[list], kinds: list[str], formats, first_row: int, str_table=None) -> memoryview:
    """The ``<row>`` elements for rows ``first_row..`` (0-based) of the given column values, as
    UTF-8 bytes (a view of the Arrow buffer: no copy into a Python string and back). Each cell
    is joined into its row in the same pass unless the column has missing values."""
    n = len(columns[0]) if columns else 0
    if n == 0:
        return memoryview(b"")
    row_numbers = pc.cast(pa.array(range(first_row + 1, first_row + 1 + n), pa.int64()), pa.string())
    pieces = ['<row r="', row_numbers, '">']
    for col, (values, kind) in enumerate(zip(columns, kinds)):
        pieces += _column_pieces(values, kind, col, formats, row_numbers, str_table)
    pieces.append("</row>")
    rows = pc.binary_join_element_wise(*pieces, "")
    if rows.type != pa.string():
        rows = rows.cast(pa.string())
    # the rows one after the other are exactly the array's character data
    _, offsets, data = rows.buffers()
    ends = np.frombuffer(offsets, dtype=np.int32, count=len(rows) + 1, offset=rows.offset * 4)
    return memoryview(data)[int(ends[0]):int(ends[-1])]
