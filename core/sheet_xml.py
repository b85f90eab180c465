"""Worksheet row XML built column by column (vectorised) for the fast mailing-list writer."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from xlsxwriter.utility import xl_col_to_name

from core.safe_cells import DANGEROUS_STARTS

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NEEDS_ESCAPE = re.compile(r"[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _escape(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    return _ILLEGAL.sub("", text) if _ILLEGAL.search(text) else text


def _number(value) -> str:
    return repr(float(value)) if isinstance(value, float) else str(value)


def _column_cells(values: list, kind: str, col: int, formats, row_numbers: np.ndarray) -> np.ndarray:
    """One column's cell XML per row ("" where the value is missing)."""
    name = xl_col_to_name(col)
    arr = np.array(values, dtype=object)
    present = np.array([v is not None for v in values], dtype=bool)
    out = np.full(len(values), "", dtype=object)
    if not present.any():
        return out
    refs = f'<c r="{name}' + row_numbers[present]
    if kind == "text":
        texts = arr[present]
        quoted = np.array([t.startswith(DANGEROUS_STARTS) for t in texts], dtype=bool)
        style = np.where(quoted, f' s="{formats.quoted._get_xf_index()}"', "")
        search = _NEEDS_ESCAPE.search
        body = np.array([_escape(t) if search(t) else t for t in texts], dtype=object)
        out[present] = refs + style + ' t="inlineStr"><is><t xml:space="preserve">' + body + "</t></is></c>"
    else:
        fmt = formats.for_kind(kind)
        style = f' s="{fmt._get_xf_index()}"><v>'
        out[present] = refs + style + np.array([_number(v) for v in arr[present]], dtype=object) + "</v></c>"
    return out


def rows_xml(columns: list[list], kinds: list[str], formats, first_row: int) -> str:
    """The ``<row>`` elements for rows ``first_row..`` (0-based) of the given column values."""
    n = len(columns[0]) if columns else 0
    if n == 0:
        return ""
    row_numbers = np.array([str(first_row + 1 + i) for i in range(n)], dtype=object)
    parts = '<row r="' + row_numbers + '">'
    row_refs = row_numbers + '"'
    for col, (values, kind) in enumerate(zip(columns, kinds)):
        parts = parts + _column_cells(values, kind, col, formats, row_refs)
    parts = parts + "</row>"
    return "".join(parts.tolist())
