"""Worksheet row XML built column by column with Arrow compute, for the fast table writer.

The XML is what XlsxWriter itself writes for the same cells in a constant-memory sheet. Text cells
of columns with few distinct values (segment, status, tier, offer, country...) go to the
workbook's shared-string table when the table style asks for it; the others are inline strings.
Text that starts like a formula (core/output/cells.py) gets the workbook's quote-prefix style when
the table shows it that way, so spreadsheets always show it as text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TypeAlias

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from xlsxwriter.utility import xl_col_to_name

from core.output.cells import dangerous_arrow, is_dangerous
from core.output.columns import CellKind, TextSafety

if TYPE_CHECKING:
    from core.output.xlsxwriter_fast import SharedStrings, StyleIds

_ILLEGAL = r"[\x00-\x08\x0b\x0c\x0e-\x1f]"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_EDGE_SPACE = r"^[ \t\n\r]|[ \t\n\r]$"
_SPACE_START, _SPACE = r"^[ \t\n\r]", r"[ \t\n\r]"
#: UTF-8 bytes that need escaping: & < > CR and the control characters (TAB and LF are fine);
#: the bytes of multi-byte characters are all 0x80 or more, so never among them
_SPECIAL_BYTES = np.zeros(256, dtype=bool)
_SPECIAL_BYTES[[*range(0x00, 0x09), 0x0B, 0x0C, 0x0D, *range(0x0E, 0x20), ord("&"), ord("<"), ord(">")]] = True
_INLINE = ' t="inlineStr"><is><t>'
_INLINE_KEEP = ' t="inlineStr"><is><t xml:space="preserve">'

#: One piece of a row's XML: the same text for every row, or one value per row.
Piece: TypeAlias = "str | pa.Array"


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


def _shared_tails(text: pa.Array, strings: SharedStrings, quoted: str) -> pa.Array | None:
    """Cell tails through the shared-string table for a low-cardinality column (None otherwise)."""
    counts = pc.value_counts(text.drop_null())
    if len(counts) == 0 or len(counts) > max(64, len(text) // 4):
        return None
    values = counts.field("values").to_pylist()
    if any(v.startswith("<r>") and v.endswith("</r>") for v in values):
        return None                         # XlsxWriter would write it as raw rich-text XML
    tails = []
    for value, count in zip(values, counts.field("counts").to_pylist(), strict=True):
        head = quoted if is_dangerous(value) else '"'
        tails.append(head + ' t="s"><v>' + str(strings.index(value, count)) + "</v></c>")
    return pc.take(pa.array(tails, pa.string()), pc.index_in(text, value_set=pa.array(values, pa.string())))


def _general_numbers(numbers: pa.Array) -> pa.Array:
    """Numbers as XlsxWriter writes a plain number cell (``%.16G``: 2, 2811.430000000001, 1E+20)."""
    values = np.nan_to_num(numbers.to_numpy(zero_copy_only=False))
    # a whole number below 1E+15 (not -0) is written as its digits, which Arrow writes alike from
    # an int64; only the others are formatted one by one (numpy's char.mod is slower still)
    whole = (np.trunc(values) == values) & (np.abs(values) < 1e15) & ~((values == 0) & np.signbit(values))
    text = pc.cast(pa.array(np.where(whole, values, 0).astype(np.int64)), pa.string())
    if not whole.all():
        others = pa.array([f"{value:.16G}" for value in values[~whole].tolist()], pa.string())
        text = pc.replace_with_mask(text, pa.array(~whole), others)
    return pc.if_else(pc.is_null(numbers), pa.scalar(None, pa.string()), text)


def _text_pieces(text: pa.Array, ref: str, row_numbers: pa.Array, styles: StyleIds,
                 strings: SharedStrings | None, safety: TextSafety) -> list[Piece]:
    # the quote style is numbered for every text column, flagged or not: XlsxWriter numbers
    # formats in the order they are first asked for, and the workbook's bytes depend on it
    quoted = f'" s="{styles.quoted()}"' if safety == TextSafety.QUOTE_PREFIX else '"'
    tails = _shared_tails(text, strings, quoted) if strings is not None else None
    if tails is not None:
        return [ref, row_numbers, tails]
    head: Piece = pc.if_else(dangerous_arrow(text), quoted, '"') if safety == TextSafety.QUOTE_PREFIX else '"'
    opening = pc.if_else(_edge_space(text), _INLINE_KEEP, _INLINE)
    return [ref, row_numbers, head, opening, _escape(text), "</t></is></c>"]


def _column_pieces(values: pa.Array, kind: CellKind, col: int, styles: StyleIds, row_numbers: pa.Array,
                   strings: SharedStrings | None, safety: TextSafety) -> list[Piece]:
    """One column's cell XML as pieces to join row by row: the cell's parts when every row has
    a value, else one piece with the whole cell ("" where the value is missing)."""
    ref = f'<c r="{xl_col_to_name(col)}'
    # a number column's style is numbered even when the column is empty (see _text_pieces)
    style = styles.for_kind(kind) if kind not in (CellKind.TEXT, CellKind.BOOL) else None
    if values.null_count == len(values):
        return []
    parts: list[Piece]
    if kind == CellKind.TEXT:
        parts = _text_pieces(values, ref, row_numbers, styles, strings, safety)
    elif kind == CellKind.BOOL:
        parts = [ref, row_numbers, '" t="b"><v>', pc.if_else(values, "1", "0"), "</v></c>"]
    else:
        head = f'" s="{style}"><v>' if style is not None else '"><v>'
        text = _general_numbers(values) if kind == CellKind.GENERAL else pc.cast(values, pa.string())
        parts = [ref, row_numbers, head, text, "</v></c>"]
    if values.null_count:                    # a null part makes the whole cell null: then ""
        return [pc.fill_null(pc.binary_join_element_wise(*parts, ""), "")]
    return parts


def rows_xml(columns: list[pa.Array], kinds: list[CellKind], styles: StyleIds, first_row: int,
             strings: SharedStrings | None = None,
             safety: TextSafety = TextSafety.QUOTE_PREFIX) -> memoryview:
    """The ``<row>`` elements for rows ``first_row..`` (0-based) of the given column values, as
    UTF-8 bytes (a view of the Arrow buffer: no copy into a Python string and back). Each cell
    is joined into its row in the same pass unless the column has missing values.

    ``strings``: the workbook's shared strings, for low-cardinality text (None: all inline).
    ``safety``: QUOTE_PREFIX marks formula-like text with the quote-prefix style; APOSTROPHE
    means the text was already given its apostrophe (``cells.safe_arrow``)."""
    n = len(columns[0]) if columns else 0
    if n == 0:
        return memoryview(b"")
    row_numbers = pc.cast(pa.array(range(first_row + 1, first_row + 1 + n), pa.int64()), pa.string())
    pieces: list[Piece] = ['<row r="', row_numbers, '">']
    for col, (values, kind) in enumerate(zip(columns, kinds, strict=True)):
        pieces += _column_pieces(values, kind, col, styles, row_numbers, strings, safety)
    pieces.append("</row>")
    rows = pc.binary_join_element_wise(*pieces, "")
    if rows.type != pa.string():
        rows = rows.cast(pa.string())
    # the rows one after the other are exactly the array's character data
    _, offsets, data = rows.buffers()
    ends = np.frombuffer(offsets, dtype=np.int32, count=len(rows) + 1, offset=rows.offset * 4)
    return memoryview(data)[int(ends[0]):int(ends[-1])]
