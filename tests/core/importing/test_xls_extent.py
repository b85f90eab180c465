"""The filled cells of .xls (BIFF) sheets from their records; strays left out of a copy."""

from __future__ import annotations

import pytest

from core.importing.importer import import_purchases
from core.importing.sheet_extent import Box
from core.importing.xls_extent import plan_xls, workbook_stream, write_trimmed
from tests.core.importing import sparse_books

pytest.importorskip("xlwt")


def test_cells_of_a_real_xls_are_found(tmp_path):
    (found,) = plan_xls(sparse_books.xls_with(tmp_path / "orders.xls", "E40"))
    assert found.plan.sheet == "Orders" and found.plan.grid == Box(1, 40, 1, 5) and found.plan.cells == 10
    assert not found.plan.trims and found.stray_records == ()


def test_many_rows_read_as_they_are(tmp_path):
    path = sparse_books.xls_with(tmp_path / "orders.xls", None, rows=5000)
    (found,) = plan_xls(path)
    assert found.plan.grid == Box(1, 5000, 1, 3) and found.plan.cells == 15_000
    assert len(import_purchases(path).transactions) == 4999


def test_stray_value_far_away_is_left_out_of_a_copy(tmp_path):
    path = sparse_books.xls_with(tmp_path / "orders.xls", "IV65536")
    before = path.read_bytes()
    (found,) = plan_xls(path)
    assert found.plan.keep == Box(1, 3, 1, 3) and found.plan.strays == ((65_536, 256),)
    assert len(found.stray_records) == 1
    copy = tmp_path / "copy.xls"
    write_trimmed(path, [found], copy)
    assert path.read_bytes() == before and len(copy.read_bytes()) == len(before)
    (again,) = plan_xls(copy)
    assert again.plan.grid == Box(1, 3, 1, 3) and again.plan.cells == 9


def test_the_importer_reads_the_table_and_names_the_stray(tmp_path):
    result = import_purchases(sparse_books.xls_with(tmp_path / "orders.xls", "IV65536"))
    assert result.transactions["customer_id"].tolist() == ["C2", "C1"]
    assert result.transactions["amount"].tolist() == [12.5, 8.0]
    assert 'Sheet "Orders": cell IV65536 holds a value far outside the table (A1:C3)' in str(result.report.warnings[0])
    assert "65,536 rows by 256 columns" in str(result.report.warnings[0])


def test_a_tiny_xls_in_the_mini_stream_is_read_and_trimmed_too(tmp_path):
    path = sparse_books.xls_in_mini_stream(sparse_books.xls_with(tmp_path / "big.xls", "IV65536"),
                                           tmp_path / "orders.xls")
    stream, places, piece = workbook_stream(path.read_bytes())
    assert len(stream) < 4096 and piece == 64 and len(places) == -(-len(stream) // 64)
    (found,) = plan_xls(path)
    assert found.plan.strays == ((65_536, 256),)
    result = import_purchases(path)
    assert result.transactions["amount"].tolist() == [12.5, 8.0] and "IV65536" in str(result.report.warnings[0])


@pytest.mark.parametrize("data", [b"", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), b"not an ole file" * 50])
def test_a_container_it_cannot_follow_is_left_to_the_reader(tmp_path, data):
    path = tmp_path / "orders.xls"
    path.write_bytes(data)
    assert plan_xls(path) == []
