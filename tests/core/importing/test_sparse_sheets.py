"""The workbook handed to the reader: the owner's file, or a temporary copy without strays."""

from __future__ import annotations

import pytest

from core.errors import InputError
from core.importing.sparse_sheets import readable_workbook
from tests.core.importing import sparse_books


def test_a_plain_workbook_is_read_from_the_owners_file(tmp_path):
    path = sparse_books.xlsx_with(tmp_path / "orders.xlsx", [])
    with readable_workbook(path) as (source, strays):
        assert source == path and strays == {}


def test_a_workbook_with_a_stray_is_read_from_a_copy_removed_afterwards(tmp_path):
    path = sparse_books.xlsx_with(tmp_path / "orders.xlsx", ["XFD300"])
    with readable_workbook(path) as (source, strays):
        assert source != path and source.name == "orders.xlsx" and source.exists()
        assert list(strays) == ["Orders"] and "XFD300" in strays["Orders"]
    assert not source.exists() and not source.parent.exists()


def test_ods_with_a_stray_is_refused_before_reading(tmp_path):
    with pytest.raises(InputError, match="XFD5000"), readable_workbook(sparse_books.ods_with(tmp_path, "XFD5000")):
        pass
