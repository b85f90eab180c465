"""Workbooks: header below titles, offset ranges, mixed id columns past row 1,000, serials, sheets."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from core.importing.importer import ImportOptions, import_purchases
from core.importing.raw_table import read_table
from tests.core.importing.shop_files import ods_workbook


def _book(path, rows, title="Orders", start_cell_row=1, extra_sheets=()):
    book = openpyxl.Workbook()
    first = book.active
    first.title = extra_sheets[0] if extra_sheets else title
    sheet = first if not extra_sheets else book.create_sheet(title)
    if extra_sheets:
        for row in ([["Some notes"], ["more notes", 1]]):
            first.append(row)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if value is not None:
                sheet.cell(row=start_cell_row + i, column=2 + j, value=value)
    book.save(path)
    return path


def test_title_rows_and_range_offset_give_true_row_numbers(tmp_path):
    rows = [["Sales 2024"], [None], ["Invoice", "Date", "Customer", "Total"],
            [1001, dt.datetime(2024, 1, 2, 10, 30), 12346.0, 10.5],
            [1002, dt.datetime(2024, 1, 3), 12347.0, 4.0]]
    path = _book(tmp_path / "titled.xlsx", rows, start_cell_row=3)
    result = import_purchases(path)
    assert result.source.header_row == 5
    assert result.transactions["source_row"].tolist() == [6, 7]
    assert result.transactions["customer_id"].tolist() == ["12346", "12347"]
    assert result.transactions["order_id"].tolist() == ["1001", "1002"]
    assert str(result.transactions["date"].iloc[0]) == "2024-01-02 00:00:00"


def test_header_row_option_in_workbook(tmp_path):
    rows = [["Report"], ["Date", "Customer", "Amount"], [dt.datetime(2024, 5, 1), "A", 3.0]]
    path = _book(tmp_path / "h.xlsx", rows)
    result = import_purchases(path, ImportOptions(header_row=2))
    assert result.source.header_row == 2 and result.transactions["amount"].tolist() == [3.0]


def test_mixed_invoice_column_beyond_first_thousand_rows_is_kept(tmp_path):
    rows = [["InvoiceNo", "InvoiceDate", "CustomerID", "Quantity", "UnitPrice"]]
    for i in range(1500):
        invoice = 500000 + i if i < 1300 else f"C{500000 + i}"
        rows.append([invoice, dt.datetime(2024, 1, 1) + dt.timedelta(days=i % 50), 100 + i % 3, 1, 2.0])
    path = _book(tmp_path / "mixed.xlsx", rows)
    tx = import_purchases(path).transactions
    assert tx["order_id"].notna().all()
    assert tx["order_id"].iloc[1299] == "501299" and tx["order_id"].iloc[1300] == "C501300"
    assert tx["is_return"].sum() == 200


def test_excel_serials_in_number_and_text_columns(tmp_path):
    rows = [["Date", "Customer", "Amount"], [45292, "A", 1.0], ["45293", "B", 2.0], ["2024-01-05", "A", 3.0]]
    path = _book(tmp_path / "serials.xlsx", rows)
    tx = import_purchases(path).transactions
    assert [str(d.date()) for d in tx["date"]] == ["2024-01-01", "2024-01-02", "2024-01-05"]


def test_sheet_that_looks_like_transactions_is_chosen(tmp_path):
    rows = [["Datum", "Kunde", "Betrag"], [dt.datetime(2024, 2, 1), "K1", 9.99]]
    path = _book(tmp_path / "multi.xlsx", rows, title="Verkäufe", extra_sheets=("Info",))
    raw = read_table(path)
    assert raw.sheet == "Verkäufe" and raw.other_sheets == ["Info"]
    result = import_purchases(path)
    assert "Other sheets, not read: \"Info\"" in result.report.to_text()
    assert import_purchases(path, ImportOptions(sheet="verkäufe")).source.sheet == "Verkäufe"


def test_text_saved_with_xlsx_name_is_read_as_csv(tmp_path):
    path = tmp_path / "really.xlsx"
    path.write_text("Date,Customer,Amount\n2024-01-01,1,2.50\n", encoding="utf-8")
    result = import_purchases(path)
    assert result.transactions["amount"].tolist() == [2.5]
    assert any("plain text" in str(w) for w in result.report.warnings)


@pytest.mark.parametrize("suffix", [".xlsm"])
def test_macro_workbook_suffix(tmp_path, suffix):
    rows = [["Date", "Customer", "Amount"], [dt.datetime(2024, 2, 1), "K1", 9.99]]
    path = _book(tmp_path / ("m" + suffix), rows)
    assert import_purchases(path).transactions["amount"].tolist() == [9.99]


def test_ods_spreadsheet(tmp_path):
    rows = [["Verkaufsbericht"], [None],
            ["Datum", "Kundennummer", "Menge", "Einzelpreis", "Artikel"],
            [dt.datetime(2024, 3, 1, 9, 30), 501, 2, 4.5, "Tasse"],
            [dt.datetime(2024, 3, 2), 502, 1, 12.0, "Teller"],
            [dt.datetime(2024, 3, 9), 501, -1, 4.5, "Tasse"]]
    result = import_purchases(ods_workbook(tmp_path, rows))
    tx = result.transactions
    assert result.source.sheet == "Sales" and result.source.header_row == 3
    assert tx["source_row"].tolist() == [4, 5, 6]
    assert tx.groupby("customer_id")["amount"].sum().to_dict() == {"501": 4.5, "502": 12.0}
    assert tx["is_return"].tolist() == [False, False, True]
    assert tx["product"].tolist() == ["Tasse", "Teller", "Tasse"]
