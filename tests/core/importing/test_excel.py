"""Workbooks: header below titles, offset ranges, mixed id columns past row 1,000, serials, sheets."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pandas as pd
import pytest
import xlsxwriter

from core.errors import InputError
from core.importing.excel import read_sheet
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


def _xlsxwriter_book(path, amounts_as_formulas: bool, *, values=None, title_rows: int = 2, column: int = 2):
    """A workbook as XlsxWriter writes it when a script gives formulas without their results: 0 is
    saved as each formula's result and the workbook asks to be calculated when opened."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Orders")
    dates = book.add_format({"num_format": "dd/mm/yyyy"})
    sheet.write(0, column, "Orders 2024")
    header = title_rows
    sheet.write_row(header, column, ["Customer ID", "Date", "Amount", "Discount"])
    for i in range(6):
        row = header + 1 + i
        sheet.write(row, column, f"C{i % 3}")
        sheet.write_datetime(row, column + 1, dt.datetime(2024, 1, 5 + i), dates)
        amount = 100.0 + i
        if amounts_as_formulas and i % 2 == 0:
            if values is None:
                sheet.write_formula(row, column + 2, f"={amount}*1")
            else:
                sheet.write_formula(row, column + 2, f"={amount}*1", None, values[i])
        else:
            sheet.write_number(row, column + 2, amount)
        sheet.write_formula(row, column + 3, f"=0*{amount}")  # (a column not used)
    book.close()
    return path


def test_formulas_saved_with_zero_for_calculation_on_opening_are_formulas_without_results(tmp_path):
    """t06e_amount_formula_zero.xlsx: every amount was a formula XlsxWriter saved with the result 0
    (fullCalcOnLoad), and each was read as 0, silently: the shop's revenue 0.00."""
    path = _xlsxwriter_book(tmp_path / "orders.xlsx", amounts_as_formulas=True)
    result = import_purchases(path)
    assert result.transactions["amount"].tolist() == [101.0, 103.0, 105.0]
    assert result.report.set_aside_count("amount missing or unreadable") == 3
    [warning] = [str(w) for w in result.report.warnings]
    assert warning.startswith("Cell E4 and 8 more near the top hold formulas saved without their results")
    only = tmp_path / "only.xlsx"   # (every amount a formula: nothing can be used)
    writer = xlsxwriter.Workbook(str(only))
    sheet = writer.add_worksheet("Orders")
    sheet.write_row(0, 0, ["Customer ID", "Date", "Amount"])
    for i in range(4):
        sheet.write_row(i + 1, 0, [f"C{i}", f"2024-01-0{i + 1}"])
        sheet.write_formula(i + 1, 2, f"={10 + i}*1")
    writer.close()
    with pytest.raises(InputError) as raised:
        import_purchases(only)
    assert str(raised.value).startswith("only.xlsx: No row could be used: the workbook's formulas (for example in "
                                        "cell C2) were saved without their results")


def test_formulas_saved_with_their_results_are_read(tmp_path):
    """A script that gives XlsxWriter the results (or zeros among real results) is read as written."""
    path = _xlsxwriter_book(tmp_path / "given.xlsx", amounts_as_formulas=True,
                            values=[100.0, None, 102.0, None, 0.0, None])
    result = import_purchases(path)
    assert result.transactions["amount"].tolist() == [100.0, 101.0, 102.0, 103.0, 0.0, 105.0]
    assert result.report.warnings == [] and result.report.set_aside == []


def test_a_block_of_labels_and_values_above_the_header(tmp_path):
    """h01_metadata_labels.xlsx: "Date | 10.05.2024 | Customer | all" above the table was taken for the
    header, and the file was told it had no header row."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Sales report – Boutique Élan"])
    sheet.append(["Date", dt.datetime(2024, 5, 10), "Customer", "all"])
    sheet.append(["Period", "2023-01-01 – 2024-05-04"])
    sheet.append([])
    sheet.append(["Customer ID", "Name", "Date", "Amount", "Invoice"])
    sheet.append(["C001", "Anne", dt.datetime(2024, 1, 16), 120.5, 1001])
    sheet.append(["C002", "Zoë", dt.datetime(2024, 5, 4), 80.0, 1002])
    book.save(tmp_path / "report.xlsx")
    result = import_purchases(tmp_path / "report.xlsx")
    assert result.source.header_row == 5 and result.transactions["customer_id"].tolist() == ["C001", "C002"]
    assert result.latest_date == pd.Timestamp("2024-05-04")
    text = tmp_path / "report.csv"
    text.write_text("Sales report\nDate;10.05.2024;Customer;all\n\nKunde;Datum;Betrag\nC001;16.01.2024;120,50\n"
                    "C002;04.05.2024;80,00\n", encoding="utf-8")
    assert import_purchases(text).source.header_row == 4


def test_a_sheet_per_year_says_that_the_other_years_were_not_read(tmp_path):
    """Found by a hostile trial: a workbook with a sheet per year read only one of them, and said only
    'Other sheets, not read: "2024"', so every 2024 purchase was missed without a warning."""
    book = openpyxl.Workbook()
    first = book.active
    first.title = "2023"
    second = book.create_sheet("2024")
    notes = book.create_sheet("Notes")
    for sheet, year, rows in ((first, 2023, 12), (second, 2024, 8)):
        sheet.append(["Date", "Customer", "Amount"])
        for k in range(rows):
            sheet.append([dt.date(year, 1 + k % 12, 1 + k), f"C{k % 5}", 10.0 + k])
    notes.append(["Shop notes"])
    notes.append(["Prices include VAT"])
    book.save(tmp_path / "years.xlsx")
    result = import_purchases(tmp_path / "years.xlsx")
    assert result.source.sheet == "2023"
    said = [str(w) for w in result.report.warnings]
    assert ('The sheet "2024" holds purchases with the same columns as "2023", which was read alone: its '
            "purchases are not counted.") in " ".join(said)
    assert not any("Notes" in w for w in said)       # (a sheet of other columns is only listed, as before)


def test_a_label_block_with_a_date_cell_above_the_header_is_skipped(tmp_path):
    # found by a hostile trial: "Date | <a date cell> | Customer | all", a blank row, then the header:
    # the reader names columns after row 1 and loses the date cell (an unnamed column), so the label
    # row passed for the header (two known names, no value) and the import stopped
    from core.importing import import_purchases  # noqa: PLC0415 - beside the test that uses it
    from core.importing.xlsx_parts import first_row_numbers  # noqa: PLC0415 - as above

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Date", dt.datetime(2024, 5, 10), "Customer", "all"])
    sheet.append([])
    sheet.append(["Date", "Customer", "Receipt", "Total"])
    for row in [(dt.datetime(2024, 1, 2), "Ann", 1, 10.0), (dt.datetime(2024, 1, 14), "Bob", 2, 20.0),
                (dt.datetime(2024, 2, 3), "Ann", 3, 30.0)]:
        sheet.append(list(row))
    path = tmp_path / "till.xlsx"
    book.save(path)
    assert first_row_numbers(path, "Sheet") == [1]
    imported = import_purchases(path)
    assert imported.source.header_row == 3 and imported.report.revenue == 60.0 and imported.report.customers == 2


def _cut_part(source, target, part):
    """A copy of the workbook ``source`` whose zip member ``part`` is cut in half (damaged XML)."""
    import zipfile  # noqa: PLC0415

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename)
            new.writestr(item, data[: len(data) // 2] if item.filename == part else data)
    return target


def test_a_damaged_sheet_beside_the_purchases_is_left_out_with_a_warning(tmp_path):
    """Found by a hostile trial: one damaged sheet of notes refused the whole workbook, though the
    purchases sheet read well (only --sheet got past it)."""
    rows = [["Date", "Customer", "Amount"]] + [[dt.datetime(2024, 1, 1 + k), f"C{k % 4}", 10.0 + k]
                                               for k in range(20)]
    whole = _book(tmp_path / "whole.xlsx", rows, title="Orders", extra_sheets=("Notes",))
    damaged = _cut_part(whole, tmp_path / "damaged.xlsx", "xl/worksheets/sheet1.xml")  # (Notes, the first)
    result = import_purchases(damaged)
    assert result.source.sheet == "Orders"
    assert len(result.transactions) == 20 and result.transactions["amount"].sum() == pytest.approx(390.0)
    said = " ".join(str(w) for w in result.report.warnings)
    assert ('The sheet "Notes" could not be read (it is damaged or uses a feature Clientele cannot read) and '
            'was left out; the purchases were read from "Orders".') in said


def test_a_damaged_purchases_sheet_is_refused_though_another_sheet_reads(tmp_path):
    """The damaged sheet is not passed over for a sheet that holds no purchases: the owner is told."""
    rows = [["Date", "Customer", "Amount"]] + [[dt.datetime(2024, 1, 1 + k), f"C{k % 4}", 10.0 + k]
                                               for k in range(20)]
    whole = _book(tmp_path / "whole.xlsx", rows, title="Orders", extra_sheets=("Notes",))
    damaged = _cut_part(whole, tmp_path / "damaged.xlsx", "xl/worksheets/sheet2.xml")  # (Orders)
    with pytest.raises(InputError, match='The sheet "Orders" could not be read'):
        import_purchases(damaged)


def test_read_sheet_picks_the_table_below_its_titles_on_the_orders_sheet(tmp_path):
    """read_sheet itself: a notes sheet first, then Orders with two title rows above a header in row 5
    (the table starting in column B): the Orders sheet is chosen, its header found in row 5, and the
    two rows come back with numbers and date-times as the cells hold them; a sheet asked for by name
    that has no header is refused, naming what its first row holds."""
    rows = [["Sales 2024"], [None], ["Invoice", "Date", "Customer", "Total"],
            [1001, dt.datetime(2024, 1, 2, 10, 30), 12346.0, 10.5],
            [1002, dt.datetime(2024, 1, 3), 12347.0, 4.0]]
    path = _book(tmp_path / "titled.xlsx", rows, start_cell_row=3, extra_sheets=("Notes",))
    steps = []
    read = read_sheet(path, None, None, lambda fraction, message="": steps.append(fraction))
    assert (read.sheet, read.other_sheets, read.header_row) == ("Orders", ["Notes"], 5)
    assert read.frame.columns.tolist() == ["Invoice", "Date", "Customer", "Total"]
    assert read.frame["Invoice"].tolist() == [1001, 1002] and read.frame["Total"].tolist() == [10.5, 4.0]
    assert read.frame["Customer"].tolist() == [12346, 12347]
    assert read.frame["Date"].tolist() == [pd.Timestamp("2024-01-02 10:30"), pd.Timestamp("2024-01-03")]
    assert read.warnings == [] and read.cell_errors == {} and read.uncalculated == []
    assert steps[-1] == 1.0
    with pytest.raises(InputError, match=r"The sheet has no header row: its first row holds values \(Some notes\)"):
        read_sheet(path, "Notes", None, lambda fraction, message="": None)
