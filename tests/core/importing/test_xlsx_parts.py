"""core.importing.xlsx_parts: where a sheet's XML is, whether it is hidden, and the error-cell scan that
lets core.importing.excel use fastexcel's one-pass eager read (same frame) when a sheet has none."""

from __future__ import annotations

import zipfile

import fastexcel
import pytest
import xlsxwriter

import core.importing.xlsx_parts as xlsx_parts
from core.importing.excel import gil_free_reading, read_sheet
from core.importing.xlsx_parts import ErrorCellScan, _scan, sheet_part
from tests.core.importing.test_excel_mixed import _mixed_book


def _noop(*_args):
    pass


def test_scan_finds_a_needle_split_between_chunks():
    assert _scan([b'<c r="A1" t', b'="e"><v>#N/A</v></c>'])
    assert _scan([b"<c r='A1' t='e'>"])
    assert not _scan([b'<c r="A1" t="s"><v>1</v></c>', b'<c r="A2" t="n">', b""])


def test_sheet_part_and_visibility(tmp_path):
    path = tmp_path / "two.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet("Notes").write(0, 0, "hello")
    hidden = book.add_worksheet("Old & sales")
    hidden.write(0, 0, "x")
    hidden.hide()
    book.close()
    with zipfile.ZipFile(path) as archive:
        assert sheet_part(archive, "Notes") == ("xl/worksheets/sheet1.xml", True)
        assert sheet_part(archive, "Old & sales") == ("xl/worksheets/sheet2.xml", False)
        assert sheet_part(archive, "Nope") == (None, True)


@pytest.mark.parametrize("scan_first_below", [xlsx_parts.SCAN_FIRST_BELOW, 0])  # before, and beside, the read
def test_error_cells_are_found_and_quoted(tmp_path, monkeypatch, scan_first_below):
    monkeypatch.setattr(xlsx_parts, "SCAN_FIRST_BELOW", scan_first_below)
    clean = _mixed_book(tmp_path / "clean.xlsx")
    with_na = _mixed_book(tmp_path / "na.xlsx", na_row=1600)
    assert not ErrorCellScan(clean, "xl/worksheets/sheet1.xml").found()
    assert ErrorCellScan(with_na, "xl/worksheets/sheet1.xml").found()
    with gil_free_reading():
        read = read_sheet(with_na, None, None, _noop)
    assert read.cell_errors == {"UnitPrice": {1600: "#N/A"}}
    assert read.frame["UnitPrice"].isna().sum() == 1


def test_eager_read_gives_the_lazy_frame(tmp_path, monkeypatch):
    """Without error cells the eager read is used, and its frame equals the lazy read's, mixed
    invoice numbers (536365 … C538299, text only after row 1,000) included."""
    path = _mixed_book(tmp_path / "mixed.xlsx")
    eager_calls = []
    original = fastexcel.ExcelReader.load_sheet

    def spy(self, *args, **kwargs):
        eager_calls.append(kwargs.get("eager", False))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(fastexcel.ExcelReader, "load_sheet", spy)
    with gil_free_reading():
        eager = read_sheet(path, None, None, _noop).frame
    assert eager_calls and all(eager_calls)
    eager_calls.clear()
    lazy = read_sheet(path, None, None, _noop).frame  # the command line's read
    assert eager_calls and not any(eager_calls)
    assert eager.equals(lazy)
    assert list(eager.dtypes.astype(str)) == list(lazy.dtypes.astype(str))
    assert eager["InvoiceNo"].iloc[-1] == "C538299"
