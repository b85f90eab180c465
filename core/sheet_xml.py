"""Worksheet row XML built column by column (vectorised) for the fast mailing-list writer.

Text cells of columns with few distinct values (segment, status, tier, offer, country...) go to
the workbook's shared-string table; the others are inline strings. Text that starts like a
formula gets the workbook's quote-prefix style, so spreadsheets always show it as text.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
from xlsxwriter.utility import xl_col_to_name

from core.safe_cells import DANGEROUS_STARTS

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NEEDS_ESCAPE = re.compile(r"[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPACE = (" ", "\t", "\n", "\r")


def _escape(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    return _ILLEGAL.sub("", text) if _ILLEGAL.search(text) else text


def _text_cell(text: str, quoted: str, search=_NEEDS_ESCAPE.search, dangerous=DANGEROUS_STARTS) -> str:
    """Everything after ``<c r="A1`` for an inline text cell (style, type and value)."""
    body = _escape(text) if search(text) else text
    head = quoted if text.startswith(dangerous) else '"'
    if text.startswith(_SPACE) or text.endswith(_SPACE):
        return head + ' t="inlineStr"><is><t xml:space="preserve">' + body + "</t></is></c>"
    return head + ' t="inlineStr"><is><t>' + body + "</t></is></c>"


def _number(value) -> str:
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


def _shared_cells(texts: list, str_table, quoted: str) -> dict:
    """Cell tails of a low-cardinality column's values via the shared-string table ({} otherwise)."""
    if str_table is None:
        return {}
    counts = Counter(texts)
    if len(counts) > max(64, len(texts) // 4):
        return {}
    cells = {}
    for text, count in counts.items():
        if text.startswith("<r>") and text.endswith("</r>"):
            continue                        # XlsxWriter would write it as raw rich-text XML
        head = quoted if text.startswith(DANGEROUS_STARTS) else '"'
        cells[text] = head + ' t="s"><v>' + str(str_table._get_shared_string_index(text)) + "</v></c>"
        str_table.count += count - 1
    return cells


def _column_cells(values: list, kind: str, col: int, formats, row_refs: np.ndarray, str_table) -> np.ndarray:
    """One column's cell XML per row ("" where the value is missing)."""
    name = xl_col_to_name(col)
    present = np.array([v is not None for v in values], dtype=bool)
    out = np.full(len(values), "", dtype=object)
    if not present.any():
        return out
    texts = [v for v in values if v is not None]
    refs = f'<c r="{name}' + row_refs[present]
    if kind == "text":
        quoted = f'" s="{formats.quoted._get_xf_index()}"'
        shared = _shared_cells(texts, str_table, quoted)
        if shared:
            tails = [shared.get(t) or _text_cell(t, quoted) for t in texts]
        else:
            tails = [_text_cell(t, quoted) for t in texts]
        out[present] = refs + np.array(tails, dtype=object)
    else:
        fmt = formats.for_kind(kind)
        head = f'" s="{fmt._get_xf_index()}"><v>'
        numbers = np.array(texts).astype(str).astype(object) if kind != "money" else \
            np.array([_number(v) for v in texts], dtype=object)
        out[present] = refs + head + numbers + "</v></c>"
    return out


def rows_xml(columns: list[list], kinds: list[str], formats, first_row: int, str_table=None) -> str:
    """The ``<row>`` elements for rows ``first_row..`` (0-based) of the given column values."""
    n = len(columns[0]) if columns else 0
    if n == 0:
        return ""
    row_numbers = np.array([str(first_row + 1 + i) for i in range(n)], dtype=object)
    grid = np.empty((n, len(columns) + 2), dtype=object)
    grid[:, 0] = '<row r="' + row_numbers + '">'
    for col, (values, kind) in enumerate(zip(columns, kinds)):
        grid[:, col + 1] = _column_cells(values, kind, col, formats, row_numbers, str_table)
    grid[:, -1] = "</row>"
    return "".join(grid.ravel().tolist())
