"""core.importing.xlsx_parts: where a sheet's XML is, whether it is hidden, and the error-cell scan that
lets core.importing.excel use fastexcel's one-pass eager read (same frame) when a sheet has none."""

from __future__ import annotations

import logging
import zipfile

import pytest
import xlsxwriter

import core.importing.excel as excel
import core.importing.xlsx_parts as xlsx_parts
from core.importing import import_purchases
from core.importing.excel import read_sheet
from core.importing.xlsx_parts import _scan, has_error_cells, sheet_part
from tests.core.importing.test_excel_mixed import _mixed_book


def _noop(*_args):
    pass


def test_scan_finds_a_needle_split_between_chunks():
    assert _scan([b'<c r="A1" t', b'="e"><v>#N/A</v></c>'])
    assert _scan([b"<c r='A1' t='e'>"])
    assert not _scan([b'<c r="A1" t="s"><v>1</v></c>', b'<c r="A2" t="n">', b""])


def test_scan_finds_an_error_cell_inside_a_big_chunk_and_nothing_else():
    """Each chunk is searched whole (by Arrow, bytes as they are); mismatched quotes or another
    type starting with e are no error cell."""
    filler = b'<c r="A1" t="s"><v>1</v></c>' * 40_000           # about 1 MB
    assert _scan([filler + b'<c r="B2" t="e"><v>#DIV/0!</v></c>' + filler])
    assert not _scan([filler + b"<c r=\"B2\" t=\"e'><c t=\"ee\">\xff\xfe" + filler])
    assert _scan([b"\xff\xfe\x00<c r='C3' t='e'>"])


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
def test_error_cells_are_found_and_quoted(tmp_path, monkeypatch, caplog, scan_first_below):
    monkeypatch.setattr(excel, "SCAN_FIRST_BELOW", scan_first_below)
    clean = _mixed_book(tmp_path / "clean.xlsx")
    with_na = _mixed_book(tmp_path / "na.xlsx", na_row=1600)
    assert not has_error_cells(clean, "xl/worksheets/sheet1.xml")
    assert has_error_cells(with_na, "xl/worksheets/sheet1.xml")
    with caplog.at_level(logging.INFO, logger="core.importing.excel"):
        read = read_sheet(with_na, None, None, _noop, eager=True)
    assert read.cell_errors == {"UnitPrice": {1600: "#N/A"}}
    assert read.frame["UnitPrice"].isna().sum() == 1
    again = "read again lazily" if scan_first_below == 0 else "read lazily"
    assert any(record.getMessage().endswith(again) for record in caplog.records)


def test_a_part_that_cannot_be_scanned_counts_as_holding_error_cells(tmp_path):
    """The careful read is the fallback: a missing or damaged part is reported by the reader itself."""
    clean = _mixed_book(tmp_path / "clean.xlsx")
    assert has_error_cells(clean, "xl/worksheets/no_such_sheet.xml")


def test_eager_read_gives_the_lazy_frame(tmp_path, caplog):
    """Without error cells the eager read is used, and its frame equals the lazy read's, mixed
    invoice numbers (536365 … C538299, text only after row 1,000) included."""
    path = _mixed_book(tmp_path / "mixed.xlsx")
    with caplog.at_level(logging.DEBUG, logger="core.importing.excel"):
        eager = read_sheet(path, None, None, _noop, eager=True).frame  # the window's read
        assert any(record.getMessage().endswith("read eagerly") for record in caplog.records)
        caplog.clear()
        lazy = read_sheet(path, None, None, _noop).frame  # the command line's read
        assert not any("eagerly" in record.getMessage() for record in caplog.records)
    assert eager.equals(lazy)
    assert list(eager.dtypes.astype(str)) == list(lazy.dtypes.astype(str))
    assert eager["InvoiceNo"].iloc[-1] == "C538299"


def test_the_window_s_import_reads_eagerly_and_gives_the_command_line_s_result(tmp_path, caplog):
    """import_purchases(eager_xlsx=True) (the window) and the default (the command line) agree."""
    path = _mixed_book(tmp_path / "mixed.xlsx")
    with caplog.at_level(logging.DEBUG, logger="core.importing.excel"):
        eager = import_purchases(path, eager_xlsx=True)
    assert any(record.getMessage().endswith("read eagerly") for record in caplog.records)
    lazy = import_purchases(path)
    assert eager.transactions.equals(lazy.transactions)
    assert eager.report.to_text() == lazy.report.to_text()


def test_scan_cells_finds_the_first_filled_column_and_the_number_cells(tmp_path):
    import openpyxl  # noqa: PLC0415 - the one test here that writes with openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["B1"], sheet["C1"] = "Customer", "Amount"
    sheet["B2"], sheet["C2"] = "K1", "12,50"      # text
    sheet["B3"], sheet["C3"] = "K2", 3.125        # a number cell
    sheet["B4"], sheet["C4"] = 17, True           # a number in the customer column; a boolean is no number
    sheet["E9"].style = "Percent"                 # formatted, empty: not a filled cell
    book.save(tmp_path / "b.xlsx")
    with zipfile.ZipFile(tmp_path / "b.xlsx") as archive:
        part = sheet_part(archive, "Sheet")[0]
    first, numbers = xlsx_parts.scan_cells(tmp_path / "b.xlsx", part)
    assert first == 2 and numbers == {2: [4], 3: [3]}
