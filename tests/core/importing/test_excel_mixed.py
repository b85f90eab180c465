"""Types are guessed from the first 1,000 rows only: a column whose text starts later is read again
as text, so no cell is lost (invoice numbers 536365 above cancellations C538000)."""

from __future__ import annotations

import datetime as dt
import logging

import xlsxwriter

from core.importing.excel import read_sheet
from core.importing.importer import import_purchases


def _mixed_book(path, numeric_rows=1500, text_rows=300, na_row=None):
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Orders")
    dates = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, ["InvoiceNo", "InvoiceDate", "CustomerID", "Quantity", "UnitPrice"])
    for i in range(numeric_rows + text_rows):
        row = i + 1
        if i < numeric_rows:
            sheet.write_number(row, 0, 536365 + i)
        else:
            sheet.write_string(row, 0, f"C{538000 + i - numeric_rows}")
        sheet.write_datetime(row, 1, dt.datetime(2024, 1, 1) + dt.timedelta(days=i % 60), dates)
        sheet.write_number(row, 2, 12346 + i % 7)
        sheet.write_number(row, 3, 1 if i < numeric_rows else -1)
        if i == na_row:
            sheet.write_formula(row, 4, "=NA()", None, "#N/A")
        else:
            sheet.write_number(row, 4, 2.5)
    book.close()
    return path


def _noop(*_args):
    pass


def test_text_after_the_sample_survives_the_read(tmp_path, caplog):
    path = _mixed_book(tmp_path / "mixed.xlsx")
    with caplog.at_level(logging.INFO, logger="core.importing.excel"):
        read = read_sheet(path, None, None, _noop)
    assert any("1 column(s)" in r.getMessage() and "read again as text" in r.getMessage() for r in caplog.records)
    invoices = read.frame["InvoiceNo"]
    assert invoices.notna().all()
    assert str(invoices.iloc[0]) == "536365"
    assert str(invoices.iloc[1499]) == str(536365 + 1499)
    assert str(invoices.iloc[1500]) == "C538000"
    assert str(invoices.iloc[-1]) == "C538299"
    # the other columns keep their types
    assert read.frame["Quantity"].dtype.kind == "f"
    assert read.frame["InvoiceDate"].dtype.kind == "M"


def test_text_after_the_sample_survives_the_import(tmp_path):
    path = _mixed_book(tmp_path / "mixed.xlsx")
    tx = import_purchases(path).transactions
    assert tx["order_id"].notna().all()
    assert tx["order_id"].iloc[0] == "536365"
    assert (tx["order_id"] == "C538000").sum() == 1
    assert tx["order_id"].str.startswith("C").sum() == 300
    assert tx["is_return"].sum() == 300


def test_excel_error_cells_alone_do_not_reread_the_column(tmp_path, caplog):
    path = _mixed_book(tmp_path / "errors.xlsx", numeric_rows=1500, text_rows=0, na_row=1200)
    with caplog.at_level(logging.INFO, logger="core.importing.excel"):
        read = read_sheet(path, None, None, _noop)
    assert not any("read again as text" in record.getMessage() for record in caplog.records)  # no reload
    assert read.frame["UnitPrice"].dtype.kind == "f"
    assert read.cell_errors == {"UnitPrice": {1200: "#N/A"}}


def test_mixed_column_with_an_error_cell_keeps_both(tmp_path):
    path = _mixed_book(tmp_path / "both.xlsx", na_row=1600)
    read = read_sheet(path, None, None, _noop)
    assert str(read.frame["InvoiceNo"].iloc[1600]) == "C538100"
    assert read.cell_errors == {"UnitPrice": {1600: "#N/A"}}
