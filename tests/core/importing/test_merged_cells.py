"""core.importing.merged_cells: a hand-kept sheet's cells merged over rows (one customer's name over
the rows of their purchases) read as the sheet shows them, with a note in the report."""

from __future__ import annotations

import datetime as dt
import zipfile

import openpyxl
import pandas as pd
import pytest

from core.importing import import_purchases
from core.importing.merged_cells import MergedRange, fill_merged, merged_ranges
from tests.core.importing.shop_files import ods_workbook


def _hand_kept_book(path):
    """A title in B1, the header in row 3 from column B, customers merged over their rows (B4:B6,
    B7:B8) and one date merged over two rows (C5:C6); a title merged across columns (B1:E1)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sales"
    sheet["B1"] = "Shop sales 2024"
    sheet.append([])
    sheet.append([None, "Customer", "Date", "Item", "Amount"])
    for row in [("Anna Berg", dt.date(2024, 1, 5), "Tea", 12.5), (None, dt.date(2024, 1, 9), "Cups", 20.0),
                (None, None, "Pot", 31.0), ("Ben Cole", dt.date(2024, 2, 1), "Tea", 9.0),
                (None, dt.date(2024, 2, 3), "Tea", 9.0), ("Cara Diaz", dt.date(2024, 3, 3), "Jam", 4.0)]:
        sheet.append([None, *row])
    for cells in ("B1:E1", "B4:B6", "C5:C6", "B7:B8"):
        sheet.merge_cells(cells)
    book.save(path)
    return path


def _read_as_the_sheet_shows_it(imported) -> None:
    """The hand-kept sheet's six purchases, each with its merged customer and date, and the note."""
    table = imported.transactions.sort_values("source_row")
    assert table["customer_id"].tolist() == ["Anna Berg"] * 3 + ["Ben Cole"] * 2 + ["Cara Diaz"]
    assert [str(day.date()) for day in table["date"]] == ["2024-01-05", "2024-01-09", "2024-01-09",
                                                          "2024-02-01", "2024-02-03", "2024-03-03"]
    assert table["source_row"].tolist() == [4, 5, 6, 7, 8, 9]
    assert imported.report.rows_kept == 6 and not imported.report.set_aside
    assert ['4 empty cells in "Customer", "Date" lie in cells merged over several rows (the first over rows 4 '
            "to 6): each was read with its merged cell's value, as the sheet shows it."] == \
        [str(w) for w in imported.report.warnings if "merged" in str(w)]


def test_merged_customers_and_dates_are_read_on_every_row_of_their_merge(tmp_path):
    _read_as_the_sheet_shows_it(import_purchases(_hand_kept_book(tmp_path / "sales.xlsx")))


def test_the_ranges_merged_over_rows_and_the_first_filled_column(tmp_path):
    ranges, first_column = merged_ranges(_hand_kept_book(tmp_path / "sales.xlsx"), "Sales")
    assert first_column == 2   # (column B: the frame's first column)
    assert sorted(ranges, key=lambda r: (r.first_row, r.first_column)) == [
        MergedRange(4, 2, 6, 2), MergedRange(5, 3, 6, 3), MergedRange(7, 2, 8, 2)]   # (not B1:E1: one row)


def test_no_merges_another_kind_of_file_or_a_damaged_one_give_none(tmp_path):
    plain = openpyxl.Workbook()
    plain.active.append(["Customer", "Date", "Amount"])
    plain.save(tmp_path / "plain.xlsx")
    assert merged_ranges(tmp_path / "plain.xlsx", "Sheet") == ([], 0)
    (tmp_path / "sales.csv").write_text("Customer,Date,Amount\n")
    assert merged_ranges(tmp_path / "sales.csv", "Sheet") == ([], 0)
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not a zip")
    assert merged_ranges(tmp_path / "broken.xlsx", "Sheet") == ([], 0)


def test_fill_keeps_written_cells_and_leaves_ranges_through_the_header_alone():
    frame = pd.DataFrame({"Customer": pd.array(["Ann", None, "Kim", None, None], dtype="str"),
                          "Amount": [1.0, 2.0, 3.0, None, 5.0]})
    # header in sheet row 1, column A first: frame row 0 is sheet row 2
    note = fill_merged(frame, [MergedRange(2, 1, 4, 1),    # A2:A4 -> row 3 filled, row 4 keeps "Kim"
                               MergedRange(1, 2, 5, 2),    # B1:B5 reaches the header: left alone
                               MergedRange(5, 1, 9, 1)],   # A5:A9 starts on an empty cell: nothing to give
                       first_column=1, header_row=1)
    assert frame["Customer"].tolist()[:3] == ["Ann", "Ann", "Kim"]
    assert frame["Customer"].isna().tolist()[3:] == [True, True]
    assert frame["Amount"].isna().tolist() == [False, False, False, True, False]
    assert note is not None and str(note).startswith('1 empty cell in "Customer" lies in a cell merged over '
                                                     "several rows (rows 2 to 4)")
    assert fill_merged(frame, [MergedRange(2, 1, 3, 1)], first_column=1, header_row=1) is None   # (already full)


def test_a_workbook_saved_without_compression_gives_the_same_ranges(tmp_path):
    packed = _hand_kept_book(tmp_path / "sales.xlsx")
    stored = tmp_path / "stored.xlsx"
    with zipfile.ZipFile(packed) as source, zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info))
    assert merged_ranges(stored, "Sales") == merged_ranges(packed, "Sales")
    assert len(merged_ranges(stored, "Sales")[0]) == 3


def _hand_kept_ods(tmp_path):
    """The same sheet as LibreOffice Calc saves it: merged cells carry number-rows-spanned, and the
    cells they cover are covered-table-cell elements (empty)."""
    def text(value, down=1, across=1):
        span = (f' table:number-rows-spanned="{down}" table:number-columns-spanned="{across}"'
                if down > 1 or across > 1 else "")
        return f'<table:table-cell office:value-type="string"{span}><text:p>{value}</text:p></table:table-cell>'

    def day(iso, down=1):
        span = f' table:number-rows-spanned="{down}" table:number-columns-spanned="1"' if down > 1 else ""
        return (f'<table:table-cell office:value-type="date" office:date-value="{iso}"{span}><text:p>{iso}</text:p>'
                "</table:table-cell>")

    def number(value):
        return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'

    empty, covered = "<table:table-cell/>", "<table:covered-table-cell/>"
    rows = [[empty, text("Shop sales 2024", across=4), covered * 3], [empty],
            [empty, text("Customer"), text("Date"), text("Item"), text("Amount")],
            [empty, text("Anna Berg", down=3), day("2024-01-05"), text("Tea"), number(12.5)],
            [empty, covered, day("2024-01-09", down=2), text("Cups"), number(20.0)],
            [empty, covered, covered, text("Pot"), number(31.0)],
            [empty, text("Ben Cole", down=2), day("2024-02-01"), text("Tea"), number(9.0)],
            [empty, covered, day("2024-02-03"), text("Tea"), number(9.0)],
            [empty, text("Cara Diaz"), day("2024-03-03"), text("Jam"), number(4.0)]]
    path = ods_workbook(tmp_path, [["x"]])
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    content = parts["content.xml"].decode()
    start, end = content.index("<table:table-row>"), content.index("</table:table>")
    body = "".join("<table:table-row>" + "".join(row) + "</table:table-row>" for row in rows)
    parts["content.xml"] = (content[:start] + body + content[end:]).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _hand_kept_xls(path):
    """The same sheet saved as Excel 97-2003 (.xls, written by xlwt): the title merged across B1:E1."""
    import xlwt  # noqa: PLC0415 - test dependency, only for this file

    book = xlwt.Workbook()
    sheet = book.add_sheet("Sales")
    dates = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    sheet.write_merge(0, 0, 1, 4, "Shop sales 2024")
    for column, name in enumerate(["Customer", "Date", "Item", "Amount"], start=1):
        sheet.write(2, column, name)
    sheet.write_merge(3, 5, 1, 1, "Anna Berg")
    sheet.write_merge(6, 7, 1, 1, "Ben Cole")
    sheet.write(8, 1, "Cara Diaz")
    sheet.write(3, 2, dt.date(2024, 1, 5), dates)
    sheet.write_merge(4, 5, 2, 2, dt.date(2024, 1, 9), dates)
    for row, day in ((6, dt.date(2024, 2, 1)), (7, dt.date(2024, 2, 3)), (8, dt.date(2024, 3, 3))):
        sheet.write(row, 2, day, dates)
    for row, (item, amount) in enumerate([("Tea", 12.5), ("Cups", 20.0), ("Pot", 31.0), ("Tea", 9.0),
                                          ("Tea", 9.0), ("Jam", 4.0)], start=3):
        sheet.write(row, 3, item)
        sheet.write(row, 4, amount)
    book.save(str(path))
    return path


@pytest.mark.parametrize("kind", ["ods", "xls"])
def test_an_ods_or_xls_sheet_s_merged_cells_are_read_on_every_row_too(tmp_path, kind):
    """The same hand-kept sheet as LibreOffice Calc (.ods) and Excel 97-2003 (.xls) save it."""
    path = _hand_kept_ods(tmp_path) if kind == "ods" else _hand_kept_xls(tmp_path / "sales.xls")
    ranges, first_column = merged_ranges(path, "Sales")
    assert first_column == 2 and sorted(ranges, key=lambda r: (r.first_row, r.first_column)) == [
        MergedRange(4, 2, 6, 2), MergedRange(5, 3, 6, 3), MergedRange(7, 2, 8, 2)]   # (not the title: one row)
    assert merged_ranges(path, "Other") == ([], 0)
    _read_as_the_sheet_shows_it(import_purchases(path))


def test_an_xls_without_merges_or_damaged_gives_none(tmp_path):
    import xlwt  # noqa: PLC0415 - test dependency, only for this file

    book = xlwt.Workbook()
    sheet = book.add_sheet("Sales")
    for column, name in enumerate(["Customer", "Date", "Amount"]):
        sheet.write(0, column, name)
    for row in range(1, 300):   # (amounts whose bytes hold the record's type, 0xE5 0x00, now and then)
        sheet.write(row, 0, f"C{row}")
        sheet.write(row, 2, row * 229.0 + 0.5)
    book.save(str(tmp_path / "plain.xls"))
    assert merged_ranges(tmp_path / "plain.xls", "Sales") == ([], 0)
    (tmp_path / "broken.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert merged_ranges(tmp_path / "broken.xls", "Sales") == ([], 0)
