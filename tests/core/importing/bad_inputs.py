"""The bad-input corpus: every kind of broken or awkward shop file, generated into a folder on demand."""

# build(name, folder) writes case `name` and returns its path; CASES lists them all. Nothing large is
# committed: bombs are a few MB at most and built in well under a second.

from __future__ import annotations

import datetime as dt
import os
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import xlsxwriter

from tests.core.importing import bad_xlsx, sparse_books

HEADER = "Date,Customer,Amount\n"
ROWS = "2024-01-05,C1,12.50\n2024-02-10,C2,8.00\n2024-03-15,C1,20.00\n"


def _text(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def _book(folder: Path, name: str, rows: list[list], title: str = "Orders") -> Path:
    book = openpyxl.Workbook()
    book.active.title = title
    for row in rows:
        book.active.append(row)
    book.save(folder / name)
    return folder / name


def _good_rows() -> list[list]:
    return [["Date", "Customer", "Amount"], [dt.datetime(2024, 1, 5), "C1", 12.5],
            [dt.datetime(2024, 2, 10), "C2", 8.0], [dt.datetime(2024, 3, 15), "C1", 20.0]]


# ---- text files ----------------------------------------------------------------------------------
def csv_zero_bytes(folder):
    return _text(folder, "orders.csv", "")


def csv_blank_lines(folder):
    return _text(folder, "orders.csv", "\n \n\t\n\n")


def csv_no_header(folder):
    return _text(folder, "orders.csv", ROWS)


def csv_header_only(folder):
    return _text(folder, "orders.csv", HEADER)


def csv_duplicate_columns(folder):
    return _text(folder, "orders.csv", "Date,Customer,Amount,Amount\n2024-01-05,C1,12.50,99\n"
                                       "2024-02-10,C2,8.00,99\n")


def csv_all_dates_invalid(folder):
    return _text(folder, "orders.csv", HEADER + "soon,C1,12.50\nyesterday,C2,8.00\n32/13/2024,C3,1\n")


def csv_empty_date_column(folder):
    return _text(folder, "orders.csv", HEADER + ",C1,12.50\n,C2,8.00\n")


def csv_mixed_day_month(folder):
    return _text(folder, "orders.csv", HEADER + "25/04/2024,C1,12.50\n04/25/2024,C2,8.00\n")


def csv_ambiguous_dates(folder):
    return _text(folder, "orders.csv", HEADER + "03/04/2024,C1,12.50\n04/05/2024,C2,8.00\n")


def csv_text_in_amounts(folder):
    return _text(folder, "orders.csv", HEADER + "2024-01-05,C1,12.50\n2024-02-10,C2,call me\n"
                                                '2024-03-15,C1,n/a\n2024-03-16,C3,"€ 7,00"\n')


def csv_overflowing_amounts(folder):
    return _text(folder, "orders.csv", HEADER + f"2024-01-05,C1,{'9' * 400}\n2024-02-10,C2,20000000000000000\n"
                                                "2024-03-15,C3,5.00\n")


def csv_all_amounts_text(folder):
    return _text(folder, "orders.csv", HEADER + "2024-01-05,C1,free\n2024-02-10,C2,gift\n")


def csv_utf16(folder):
    """Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated."""
    text = "Datum\tKunde\tBetrag\tArtikel\n05.01.2024\tK1\t12,50\tTöpfchen\n10.02.2024\tK2\t8,00\tÜbertopf\n"
    return _text(folder, "export.txt", text, "utf-16")


def csv_utf8_bom(folder):
    return _text(folder, "orders.csv", HEADER + ROWS, "utf-8-sig")


def csv_semicolons(folder):
    return _text(folder, "orders.csv", "Datum;Kundennummer;Umsatz\n05.01.2024;1001;1.234,50\n"
                                       "10.02.2024;1002;8,00\n")


def csv_quoted_newlines(folder):
    return _text(folder, "orders.csv", 'Date,Customer,Amount,Product\n2024-01-05,C1,12.50,"Mug,\nblue"\n'
                                       '2024-02-10,C2,8.00,"Card ""Happy""\nbirthday"\n2024-03-15,C1,20.00,Vase\n')


def csv_unterminated_quote(folder):
    """A quote that opens in the middle of the file and never closes (it swallowed the rest)."""
    return _text(folder, "orders.csv", "Date,Customer,Amount,Note\n2024-01-05,C1,12.50,ok\n"
                                       '2024-02-10,C2,8.00,"gift\n2024-03-15,C3,20.00,\n2024-03-16,C4,5.00,\n'
                                       "2024-03-17,C5,6.00,\n")


def csv_unterminated_quote_closed_later(folder):
    """The stray quote pairs with the opening quote of a later, real quoted cell."""
    return _text(folder, "orders.csv", 'Date,Customer,Amount,Note\n2024-01-05,C1,12.50,"5"" screen\n'
                                       "2024-02-10,C2,8.00,\n2024-03-15,C3,20.00,\n"
                                       '2024-03-16,C4,5.00,"blue, large"\n2024-03-17,C5,6.00,\n')


def csv_title_with_line_break(folder):
    """A title cell holding a line break above the header (one row in a spreadsheet)."""
    return _text(folder, "orders.csv", '"Sales report\nMarch 2024"\n' + HEADER + ROWS)


def csv_blank_rows_inside(folder):
    """A title, blank lines between the rows, a row of empty cells and blank lines at the end."""
    return _text(folder, "orders.csv", "Orders export\n\n" + HEADER + "2024-01-05,C1,12.50\n\n,,\n"
                                       "2024-02-10,C2,8.00\n\n\n")


def csv_mixed_encoding(folder):
    """UTF-8, but one row typed in another program holds "ë" as the Windows-1252 byte EB."""
    path = folder / "orders.csv"
    path.write_bytes("Date,Customer,Amount,Name\n2024-01-05,C1,12.50,Zoë\n2024-02-10,C2,8.00,José\n".encode()
                     + b"2024-03-15,C3,20.00,No\xebl\n" + "2024-03-16,C1,5.00,Zoë\n".encode())
    return path


def csv_stray_nul(folder):
    return _text(folder, "orders.csv", HEADER + "2024-01-05,C1,12.50\n2024-02-10,C\x002,8.00\n"
                                                "2024-03-15,C1,20.00\x00\n")


def csv_binary_garbage(folder):
    path = folder / "orders.csv"
    path.write_bytes(random.Random(7).randbytes(64 * 1024))
    return path


def csv_million_char_cells(folder):
    big = "x" * 1_000_000
    digits = "1" * 1_000_000 + "z"
    return _text(folder, "orders.csv", "Date,Customer,Amount,Product\n2024-01-05,C1,12.50," + big + "\n"
                                       f"2024-02-10,C2,{digits},ok\n2024-03-15,{'9' * 1_000_000},3.00,ok\n"
                                       f"{'2' * 1_000_000},C3,4.00,ok\n2024-03-16,C1,5.00,ok\n")


def csv_million_char_header(folder):
    return _text(folder, "orders.csv", "Date,Customer,Amount," + "N" * 1_000_000 + "\n"
                                       "2024-01-05,C1,12.50,a\n2024-02-10,C2,8.00,b\n")


def csv_16384_columns(folder):
    """A table as wide as Excel allows, with a recognised column (Product) at the far end."""
    header = ["Date", "Customer", "Amount"] + [f"Extra {i}" for i in range(4, 16384)] + ["Product"]
    rows = [",".join(header)] + [",".join([f"2024-01-0{i + 1}", f"C{i}", "1.50"] + ["v"] * 16380 + ["mug"])
                                 for i in range(3)]
    return _text(folder, "orders.csv", "\n".join(rows) + "\n")


def csv_workbook_named_csv(folder):
    path = _book(folder, "tmp.xlsx", _good_rows())
    return path.rename(folder / "orders.csv")


def docx_named_csv(folder):
    path = folder / "orders.csv"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return path


def folder_not_file(folder):
    path = folder / "orders.csv"
    path.mkdir()
    return path


def csv_unreadable(folder):
    path = _text(folder, "orders.csv", HEADER + ROWS)
    os.chmod(path, 0)
    return path


def missing_file(folder):
    return folder / "gone.csv"


def pdf_file(folder):
    return _text(folder, "orders.pdf", "%PDF-1.4\n")


# ---- workbooks -----------------------------------------------------------------------------------
def xlsx_zero_bytes(folder):
    return _text(folder, "orders.xlsx", "")


def xlsx_truncated(folder):
    path = _book(folder, "full.xlsx", _good_rows() * 200)
    cut = folder / "orders.xlsx"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    path.unlink()
    return cut


def docx_renamed(folder):
    path = folder / "orders.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return path


def xlsx_encrypted(folder):
    plain = _book(folder, "plain.xlsx", _good_rows())
    path = bad_xlsx.encrypted_workbook(folder / "orders.xlsx", plain)
    plain.unlink()
    return path


def xlsx_entity_bomb_shared_strings(folder):
    parts = bad_xlsx.workbook_parts([("Orders", bad_xlsx.sheet_xml([[]]).replace(
        "<sheetData></sheetData>", '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>'),
        "visible")], shared='<?xml version="1.0"?>' + bad_xlsx.BILLION_LAUGHS
        + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>')
    return bad_xlsx.write_parts(folder / "orders.xlsx", parts)


def xlsx_entity_bomb_sheet(folder):
    rows = [["Date", "Customer", "Amount"], [45300, "C1", 12.5]]
    path = bad_xlsx.xlsx(folder / "orders.xlsx", rows, prolog=bad_xlsx.BILLION_LAUGHS)
    return path


def xlsx_zip_bomb(folder):
    return bad_xlsx.zip_bomb(folder / "orders.xlsx", 3.5)


def xlsx_zip_bomb_lying(folder):
    return bad_xlsx.zip_bomb(folder / "orders.xlsx", 2.0, declared=40_000)


def xlsx_empty_sheet(folder):
    path = folder / "orders.xlsx"
    openpyxl.Workbook().save(path)
    return path


def xlsx_no_header(folder):
    return _book(folder, "orders.xlsx", [r for r in _good_rows()[1:]])


def xlsx_header_only(folder):
    return _book(folder, "orders.xlsx", _good_rows()[:1])


def xlsx_duplicate_columns(folder):
    return _book(folder, "orders.xlsx", [["Date", "Customer", "Amount", "Amount"],
                                         [dt.datetime(2024, 1, 5), "C1", 12.5, 99]])


def xlsx_all_dates_invalid(folder):
    return _book(folder, "orders.xlsx", [["Date", "Customer", "Amount"], ["soon", "C1", 1.0],
                                         ["later", "C2", 2.0]])


def xlsx_far_dates(folder):
    """Date cells typed with a wrong year (9999), beyond what any calendar library holds."""
    return _book(folder, "orders.xlsx", [["Date", "Customer", "Amount"], [dt.datetime(9999, 12, 31), "C1", 5.0],
                                         [dt.datetime(2024, 1, 2), "C2", 6.0]])


def xlsx_error_cells(folder):
    rows = [["Date", "Customer", "Amount"], [45296, "C1", 12.5], [45332, "C2", ("#N/A",)],
            [("#VALUE!",), "C3", 3.0], [45367, "C1", 20]]
    return bad_xlsx.xlsx(folder / "orders.xlsx", rows)


def xlsx_formulas_cached(folder):
    book = xlsxwriter.Workbook(str(folder / "orders.xlsx"))
    sheet = book.add_worksheet("Orders")
    dates = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, ["Date", "Customer", "Quantity", "Unit price", "Amount"])
    for row, (day, who, qty, price) in enumerate([(5, "C1", 2, 6.25), (10, "C2", 1, 8.0)], start=1):
        sheet.write_datetime(row, 0, dt.datetime(2024, 1, day), dates)
        sheet.write_row(row, 1, [who, qty, price])
        sheet.write_formula(row, 4, f"=C{row + 1}*D{row + 1}", None, qty * price)
    book.close()
    return folder / "orders.xlsx"


def xlsx_formulas_uncalculated(folder):
    rows = [["Date", "Customer", "Amount"], [dt.datetime(2024, 1, 5), "C1", "=2*6.25"],
            [dt.datetime(2024, 2, 10), "C2", "=4+4"]]
    return _book(folder, "orders.xlsx", rows)


def xlsx_merged_title(folder):
    rows = [["Sales export — March 2024", None, None], [None, None, None], ["Date", "Customer", "Amount"],
            [45296, "C1", 12.5], [45332, "C2", 8.0], [45367, "C1", 20.0]]
    return bad_xlsx.xlsx(folder / "orders.xlsx", rows, merges=["A1:C1"])


def xlsx_merged_header(folder):
    rows = [["Order", None, "Customer", None], ["Date", "Total", "Customer ID", "Name"],
            [45296, 12.5, "C1", "Ann"], [45332, 8.0, "C2", "Bob"], [45367, 20.0, "C1", "Ann"]]
    return bad_xlsx.xlsx(folder / "orders.xlsx", rows, merges=["A1:B1", "C1:D1"])


def xlsx_hidden_sheet(folder):
    old = [["Date", "Customer", "Amount"], [40000, "OLD1", 1.0], [40001, "OLD2", 2.0],
           [40002, "OLD1", 3.0], [40003, "OLD3", 4.0], [40004, "OLD4", 4.0]]
    new = [["Date", "Customer", "Amount"], [45296, "C1", 12.5], [45332, "C2", 8.0]]
    parts = bad_xlsx.workbook_parts([("Old orders", bad_xlsx.sheet_xml(old), "hidden"),
                                     ("Orders", bad_xlsx.sheet_xml(new), "visible")])
    return bad_xlsx.write_parts(folder / "orders.xlsx", parts)


def xlsx_only_hidden_sheet(folder):
    notes = [["Notes"], ["Exported by the till on Monday"]]
    orders = [["Date", "Customer", "Amount"], [45296, "C1", 12.5], [45332, "C2", 8.0]]
    parts = bad_xlsx.workbook_parts([("Read me", bad_xlsx.sheet_xml(notes), "visible"),
                                     ("Orders", bad_xlsx.sheet_xml(orders), "hidden")])
    return bad_xlsx.write_parts(folder / "orders.xlsx", parts)


def xlsx_16384_columns(folder):
    header = ["Date", "Customer", "Amount"] + [f"Extra {i}" for i in range(4, 16385)]
    filler = [f"v{i}" for i in range(4, 16385)]
    rows = [header, [45296, "C1", 12.5] + filler, [45332, "C2", 8.0] + filler, [45367, "C1", 20.0] + filler]
    return bad_xlsx.xlsx(folder / "orders.xlsx", rows)


def xlsx_million_char_cells(folder):
    rows = [["Date", "Customer", "Amount", "Product"], [45296, "C1", 12.5, "x" * 1_000_000],
            [45332, "C2", "1" * 1_000_000 + "z", "ok"], [45367, "C1", 20.0, "ok"]]
    return bad_xlsx.xlsx(folder / "orders.xlsx", rows)


def xlsx_no_sheets(folder):
    return bad_xlsx.write_parts(folder / "orders.xlsx", bad_xlsx.workbook_parts([]))


def html_named_xls(folder):
    return _text(folder, "orders.xls", "<html><body><table><tr><td>Date</td></tr></table></body></html>")


# ---- sheets reaching far beyond their table (a reader that made the whole grid needs gigabytes) --
def xlsx_stray_cell_far(folder):
    return sparse_books.xlsx_with(folder / "orders.xlsx", ["XFD1048576"])


def xlsx_stray_cell_mid(folder):
    return sparse_books.xlsx_with(folder / "orders.xlsx", ["XFD5000"])


def xlsx_stray_cell_lying_dimension(folder):
    return sparse_books.xlsx_with(folder / "orders.xlsx", ["XFD1048576"], dimension="A1:C3")


def xlsx_scattered_cells(folder):
    return sparse_books.xlsx_with(folder / "orders.xlsx", [f"{bad_xlsx._col(i * 40 - 1)}{i * 900}" for i in range(1, 400)])


def ods_stray_cell(folder):
    return sparse_books.ods_with(folder, "XFD5000")


def ods_repeated_value(folder):
    return sparse_books.ods_with(folder, None, repeated_value=(5000, 16384))


def xls_stray_cell(folder):
    return sparse_books.xls_with(folder / "orders.xls", "IV65536")


def csv_named_xlsx(folder):
    return _text(folder, "orders.xlsx", HEADER + ROWS)


CASES: dict[str, Callable[[Path], Path]] = {
    name: function for name, function in globals().items()
    if callable(function) and getattr(function, "__module__", "") == __name__ and not name.startswith("_")
    and name not in ("build",)
}


def build(name: str, folder: Path) -> Path:
    """Write corpus case ``name`` into ``folder`` and return its path."""
    return CASES[name](Path(folder))


