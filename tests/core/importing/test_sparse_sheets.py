"""The workbook handed to the reader: the owner's file, or a temporary copy without strays."""

from __future__ import annotations

import pytest

from core.errors import InputError
from core.importing.sparse_sheets import readable_workbook
from tests.core.importing import bad_inputs, sparse_books


def test_a_plain_workbook_is_read_from_the_owners_file(tmp_path):
    path = sparse_books.xlsx_with(tmp_path / "orders.xlsx", [])
    with readable_workbook(path) as (source, strays):
        assert source == path and strays == {}


def test_a_workbook_with_a_stray_is_read_from_a_copy_removed_afterwards(tmp_path):
    path = sparse_books.xlsx_with(tmp_path / "orders.xlsx", ["XFD300"])
    with readable_workbook(path) as (source, strays):
        assert source != path and source.name == "orders.xlsx" and source.exists()
        assert list(strays) == ["Orders"] and "XFD300" in str(strays["Orders"])
    assert not source.exists() and not source.parent.exists()


def test_ods_with_a_stray_is_read_from_a_copy(tmp_path):
    path = sparse_books.ods_with(tmp_path, "XFD300")
    with readable_workbook(path) as (source, strays):
        assert source != path and source.suffix == ".ods" and "XFD300" in str(strays["Sales"])


def test_xls_with_a_stray_is_read_from_a_copy(tmp_path):
    pytest.importorskip("xlwt")
    path = sparse_books.xls_with(tmp_path / "a.xls", "IV65536")
    with readable_workbook(path) as (source, strays):
        assert source != path and source.suffix == ".xls" and "IV65536" in str(strays["Orders"])


def test_a_sheet_that_cannot_be_bounded_is_refused_before_reading(tmp_path):
    path = bad_inputs.build("xlsx_scattered_cells", tmp_path)
    with pytest.raises(InputError, match="its last filled cell is WOV359100"), readable_workbook(path):
        pass
