"""The filled cells of .xls (BIFF) sheets from their records; far strays are refused."""

from __future__ import annotations

import pytest

from core.errors import InputError
from core.importing.importer import import_purchases
from core.importing.sheet_extent import Box
from core.importing.xls_extent import plan_xls
from tests.core.importing import sparse_books

pytest.importorskip("xlwt")


def test_cells_of_a_real_xls_are_found(tmp_path):
    (plan,) = plan_xls(sparse_books.xls_with(tmp_path / "orders.xls", "E40"))
    assert plan.sheet == "Orders" and plan.grid == Box(1, 40, 1, 5) and plan.cells == 10


def test_many_rows_read_as_they_are(tmp_path):
    path = sparse_books.xls_with(tmp_path / "orders.xls", None, rows=5000)
    (plan,) = plan_xls(path)
    assert plan.grid == Box(1, 5000, 1, 3) and plan.cells == 15_000
    assert len(import_purchases(path).transactions) == 4999


def test_stray_value_far_away_is_refused_naming_it(tmp_path):
    path = sparse_books.xls_with(tmp_path / "orders.xls", "IV65536")
    with pytest.raises(InputError) as caught:
        plan_xls(path)
    text = str(caught.value)
    assert 'The sheet "Orders" has a value in cell IV65536, far outside its table (A1:C3)' in text
    assert "65,536 rows by 256 columns" in text and "Excel 97-2003 (.xls)" in text and "Ctrl+End" in text


def test_the_importer_refuses_it_before_the_reader_builds_the_grid(tmp_path):
    path = sparse_books.xls_with(tmp_path / "orders.xls", "IV65536")
    with pytest.raises(InputError, match="IV65536"):
        import_purchases(path)


@pytest.mark.parametrize("data", [b"", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), b"not an ole file" * 50])
def test_a_container_it_cannot_follow_is_left_to_the_reader(tmp_path, data):
    path = tmp_path / "orders.xls"
    path.write_bytes(data)
    assert plan_xls(path) == []
