"""core.output.xlsxwriter_fast: XlsxWriter's fast path (level-1 deflate, streamed row XML), used
only with the XlsxWriter version it was tested with."""

from __future__ import annotations

import zipfile

import openpyxl
import pandas as pd
import xlsxwriter
from xlsxwriter.workbook import Workbook

from core.output.columns import PLAIN_TABLE, CellKind, Column
from core.output.xlsx import Formats, new_workbook, write_table
from core.output.xlsxwriter_fast import FAST, TESTED_VERSION, ZIP_LEVEL, FastWorkbook, fast_workbook_class
from core.schema import OutputKind


def test_the_fast_path_is_on_with_the_pinned_version():
    assert FAST == (xlsxwriter.__version__ == TESTED_VERSION)
    assert fast_workbook_class() is (FastWorkbook if FAST else Workbook)
    assert ZIP_LEVEL == 1


def test_a_table_written_through_it_reads_back(tmp_path):
    path = tmp_path / "t.xlsx"
    book = new_workbook(path, OutputKind.MAILING)
    assert isinstance(book, fast_workbook_class())
    frame = pd.DataFrame({"id": pd.Series(["A", "B", "A"], dtype="str"), "revenue": [1.5, 2.25, 3.0]})
    write_table(book.add_worksheet("Customers"), frame,
                [Column("id", "id"), Column("revenue", "revenue", CellKind.NUMBER)], Formats(book), style=PLAIN_TABLE)
    book.close()
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
    rows = list(openpyxl.load_workbook(path, read_only=True)["Customers"].iter_rows(values_only=True))
    assert rows == [("id", "revenue"), ("A", 1.5), ("B", 2.25), ("A", 3.0)]
