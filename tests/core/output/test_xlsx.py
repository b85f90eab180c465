"""The one workbook table writer: the fast path and the public-API path give the same cells, and the
customer table written through it reads back as the cell-by-cell workbook it replaced."""

from __future__ import annotations

import datetime as dt
import zipfile

import numpy as np
import openpyxl
import pandas as pd
import pytest
import xlsxwriter

from core.campaigns.export_files import CONTROL_COLUMNS, LEFT_COLUMNS, LIST_COLUMNS
from core.errors import OutputError
from core.output.columns import MAILING_TABLE, PLAIN_TABLE, CellKind, Column, TableStyle
from core.output.customer_table import write_customer_table
from core.output.xlsx import Formats, close_workbook, discard_workbook, new_workbook, write_number, write_table
from core.output.xlsxwriter_fast import FAST, TESTED_VERSION, FastWorkbook
from core.schema import OutputKind
from tests.core.campaigns.test_export import make_customers

OPTIONS = {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
           "strings_to_numbers": False, "nan_inf_to_errors": False}


def _list_frame(n: int = 60) -> pd.DataFrame:
    """A frame with every column the mailing sheets write, awkward values included."""
    frame = make_customers(n, consent=False)
    frame.loc[0, "name"] = "=cmd()"
    frame.loc[1, "name"] = " Ann & Bob <Ltd> "
    frame.loc[2, "country"] = "@SUM(1)"
    frame["email_clean"] = frame["email"]
    frame["offer_title"] = "We miss you: 15% off"
    frame["message"] = "Hi " + frame["first_name"].fillna("there") + ",\n\n-15% until Friday"
    frame["coupon_code"] = [f"RETURN-{i:06d}" for i in range(n)]
    frame["expiry"] = pd.Timestamp("2026-07-31")
    frame["list_name"], frame["reason"], frame["detail"] = "At Risk", "opted out", ""
    return frame


def _write(path, frame, columns, style: TableStyle, fast: bool) -> None:
    book = new_workbook(path, OutputKind.MAILING) if fast else xlsxwriter.Workbook(str(path), OPTIONS)
    formats = Formats(book, "EUR", "de_DE")
    write_table(book.add_worksheet("Sheet"), frame, columns, formats, style=style)
    book.close()


def _cells(path) -> list[list[tuple]]:
    sheet = openpyxl.load_workbook(path).active
    return [[(c.value, c.data_type, c.number_format, bool(c.quotePrefix)) for c in row] for row in sheet.iter_rows()]


@pytest.mark.skipif(not FAST, reason=f"the fast path needs XlsxWriter {TESTED_VERSION}")
@pytest.mark.parametrize("columns", [LIST_COLUMNS, LEFT_COLUMNS, CONTROL_COLUMNS], ids=["list", "left", "control"])
@pytest.mark.parametrize("style", [MAILING_TABLE, PLAIN_TABLE], ids=["mailing", "plain"])
def test_fast_and_public_api_paths_give_the_same_cells(tmp_path, columns, style):
    """Rows streamed as XML (tested XlsxWriter) or written with write_row (any other): same cells."""
    frame = _list_frame()
    _write(tmp_path / "fast.xlsx", frame, columns, style, fast=True)
    _write(tmp_path / "plain.xlsx", frame, columns, style, fast=False)
    fast, plain = _cells(tmp_path / "fast.xlsx"), _cells(tmp_path / "plain.xlsx")
    assert fast == plain
    assert all(dtype != "f" for row in fast for _, dtype, _, _ in row)
    name = next(c for c, col in enumerate(columns) if col.source == "name")
    assert (fast[1][name][0], fast[1][name][3]) == (("=cmd()", True) if style is MAILING_TABLE else ("'=cmd()", False))


def test_the_fast_workbook_is_used_with_the_tested_xlsxwriter_only(tmp_path):
    book = new_workbook(tmp_path / "a.xlsx", OutputKind.MAILING)
    assert isinstance(book, FastWorkbook) == (xlsxwriter.__version__ == TESTED_VERSION) == FAST
    book.add_worksheet("x").write_string(0, 0, "x")
    book.close()
    with zipfile.ZipFile(tmp_path / "a.xlsx") as archive:
        assert all(info.compress_type == zipfile.ZIP_DEFLATED for info in archive.infolist())


def _customer_table() -> pd.DataFrame:
    return pd.DataFrame({
        "customer_id": ["12346", "=HYPERLINK(\"x\")", "-5", "\tTAB", "C9"],
        "first_purchase": pd.to_datetime(["2011-01-18", "2011-02-01", None, "2011-03-01", "2011-03-02"]),
        "orders": pd.array([2, None, 1, 7, 10**17], dtype="Int64"),
        "revenue": [77183.6, -12.5, 2811.4300000000007, np.nan, 1e-5],
        "declining": [False, True, False, True, False],
        "rfm_segment": pd.Series(["At Risk", "At Risk", None, "Champions", "At Risk"], dtype="category"),
        "country": ["United Kingdom", " spaced ", "A & B <c>", "ctl\x01char", None],
    })


def _cell_by_cell(frame: pd.DataFrame, path) -> None:
    """The customer table's workbook as it was written before it went through write_table: one
    XlsxWriter call per cell, row after row (text given its apostrophe, dates as text)."""
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                           "strings_to_urls": False, "strings_to_numbers": False})
    sheet = book.add_worksheet("Customers")
    sheet.write_row(0, 0, list(frame.columns), book.add_format({"bold": True}))
    sheet.freeze_panes(1, 0)
    columns = list(frame.columns)
    for r, row in enumerate(frame.itertuples(index=False), start=1):
        for c, value in enumerate(row):
            col = frame[columns[c]]
            if value is None or pd.isna(value):
                continue
            if pd.api.types.is_bool_dtype(col):
                sheet.write_boolean(r, c, bool(value))
            elif pd.api.types.is_numeric_dtype(col):
                sheet.write_number(r, c, float(value))
            else:
                text = value.strftime("%Y-%m-%d") if isinstance(value, pd.Timestamp) else str(value)
                sheet.write_string(r, c, "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text)
    sheet.autofilter(0, 0, len(frame), len(frame.columns) - 1)
    book.close()


def test_customer_table_reads_back_as_the_cell_by_cell_workbook(tmp_path):
    """Values, cell types and number formats as openpyxl reads them are the same as the workbook
    the customer table used to be written as (one XlsxWriter call per cell); so are the sheet's
    and the styles' XML."""
    frame = _customer_table()
    new = write_customer_table(frame, tmp_path / "new.xlsx")
    _cell_by_cell(frame, tmp_path / "old.xlsx")
    old_cells, new_cells = _cells(tmp_path / "old.xlsx"), _cells(new)
    assert new_cells == old_cells
    assert new_cells[2][0][0] == "'=HYPERLINK(\"x\")" and new_cells[1][4][1] == "b"
    with zipfile.ZipFile(new) as a, zipfile.ZipFile(tmp_path / "old.xlsx") as b:
        for part in ("xl/worksheets/sheet1.xml", "xl/styles.xml"):
            assert a.read(part) == b.read(part), part


def test_a_column_kind_of_each_sort(tmp_path):
    frame = pd.DataFrame({"when": [dt.date(2026, 7, 1), None], "share": [0.1, 0.25], "n": [1.6, None]})
    columns = [Column("When", "when", CellKind.DATE), Column("Share", "share", CellKind.PERCENT),
               Column("N", "n", CellKind.INT), Column("Missing", "nothing")]
    _write(tmp_path / "k.xlsx", frame, columns, MAILING_TABLE, fast=True)
    rows = _cells(tmp_path / "k.xlsx")
    assert rows[0][0][0] == "When" and rows[1][0][0] == dt.datetime(2026, 7, 1)
    assert rows[1][1][:3] == (0.1, "n", "0%") and rows[1][2][0] == 2 and rows[2][2][0] is None


# ---- cells a spreadsheet can hold (definitions §7) ----------------------------------------------
@pytest.mark.parametrize("fast", [True, False], ids=["row-xml", "public-api"])
def test_text_longer_than_a_cell_is_cut_and_counted(tmp_path, fast):
    if fast and not FAST:
        pytest.skip(f"the fast path needs XlsxWriter {TESTED_VERSION}")
    frame = pd.DataFrame({"name": ["Ann", "N" * 40_000, "=" + "x" * 40_000], "revenue": [1.0, 2.0, 3.0]})
    columns = [Column("Name", "name"), Column("Revenue", "revenue", CellKind.MONEY)]
    path = tmp_path / "long.xlsx"
    book = new_workbook(path, OutputKind.MAILING) if fast else xlsxwriter.Workbook(str(path), OPTIONS)
    written = write_table(book.add_worksheet("Sheet"), frame, columns, Formats(book))
    book.close()
    assert written.rows == 3 and written.cut_cells == 2
    names = [row[0] for row in openpyxl.load_workbook(path).active.iter_rows(min_row=2, values_only=True)]
    assert names[0] == "Ann"
    assert len(names[1]) == 32_767 and names[1].endswith("N…")
    assert len(names[2]) == 32_767 and names[2].startswith("=x") and names[2].endswith("…")


@pytest.mark.parametrize("kind", [CellKind.MONEY, CellKind.GENERAL, CellKind.INT, CellKind.NUMBER])
def test_infinity_never_reaches_a_workbook(tmp_path, kind):
    frame = pd.DataFrame({"points": [1.0, float("inf")]})
    path = tmp_path / "inf.xlsx"
    book = new_workbook(path, OutputKind.MAILING)
    with pytest.raises(OutputError, match='"Points" of the sheet "Customers" holds a number'):
        write_table(book.add_worksheet("Customers"), frame, [Column("Points", "points", kind)], Formats(book))
    discard_workbook(book)
    assert not path.exists()


def test_a_number_beyond_excel_is_refused_on_the_summary_sheet_too(tmp_path):
    book = new_workbook(tmp_path / "s.xlsx", OutputKind.MAILING)
    ws = book.add_worksheet("Summary")
    write_number(ws, 0, 0, float("nan"))                      # a missing value: an empty cell
    with pytest.raises(OutputError, match='"tiers.points_per_unit" of the sheet "Summary"'):
        write_number(ws, 1, 0, 1e308, label="tiers.points_per_unit")
    discard_workbook(book)


def test_a_missing_folder_for_the_workbook_is_an_output_error(tmp_path):
    book = new_workbook(tmp_path / "gone" / "book.xlsx", OutputKind.MAILING)
    book.add_worksheet("Sheet").write_string(0, 0, "x")
    with pytest.raises(OutputError, match="could not be written") as caught:
        close_workbook(book, tmp_path / "gone" / "book.xlsx", "the test workbook")
    assert caught.value.file == str(tmp_path / "gone" / "book.xlsx")
