"""core.output.columns: the parts of a written table (columns, kinds of cell, the table's look)."""

from __future__ import annotations

import dataclasses

import pytest

from core.output.columns import MAILING_TABLE, NUMERIC_KINDS, PLAIN_TABLE, CellKind, Column, TableStyle, TextSafety


def test_a_column_is_text_unless_told():
    column = Column("Customer", "customer_id")
    assert column.kind == CellKind.TEXT and column.width is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        column.header = "Other"  # type: ignore[misc]


def test_numeric_kinds_are_written_as_numbers():
    assert CellKind.DATE in NUMERIC_KINDS and CellKind.MONEY in NUMERIC_KINDS
    assert CellKind.TEXT not in NUMERIC_KINDS and CellKind.BOOL not in NUMERIC_KINDS


def test_the_two_looks():
    assert MAILING_TABLE == TableStyle()
    assert MAILING_TABLE.text_safety == TextSafety.QUOTE_PREFIX and MAILING_TABLE.shared_strings
    assert PLAIN_TABLE.text_safety == TextSafety.APOSTROPHE
    assert not (PLAIN_TABLE.header_fill or PLAIN_TABLE.fit_widths or PLAIN_TABLE.shared_strings)
