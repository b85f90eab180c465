"""core.importing.number_cells: a workbook's number cells among text amounts written with decimal
commas are taken as the numbers they are, not as thousands ("3.125" is 3.125, not 3,125)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pandas as pd

from core.importing import import_purchases
from core.importing.number_cells import mixes_decimal_marks

STR = pd.StringDtype(na_value=float("nan"))


def _book(path, amounts):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Datum", "Kundennr", "Betrag"])
    for i, value in enumerate(amounts):
        sheet.append([dt.datetime(2024, 4, i + 1), f"K{i}", value])
    book.save(path)
    return path


def test_number_cells_among_decimal_comma_text_keep_their_value(tmp_path):
    # found by a hostile trial: 3.125 and 19.999 (number cells) were read as 3,125 and 19,999
    imported = import_purchases(_book(tmp_path / "kasse.xlsx", ["12,50", "7,50", "8,00", 3.125, 19.999]))
    amounts = imported.transactions.sort_values("source_row")["amount"].tolist()
    assert amounts == [12.5, 7.5, 8.0, 3.125, 19.999]
    assert round(imported.report.revenue, 3) == 51.124


def test_text_typed_with_a_point_still_reads_as_thousands_beside_decimal_commas(tmp_path):
    # "1.234" typed as text in a column of "12,50": the point is a thousands separator, as the rule says;
    # the number cells 1234.5 and 2000 are numbers whatever the text does
    imported = import_purchases(_book(tmp_path / "kasse.xlsx", [1234.5, 10.25, 3.125, "12,50 €", "7,5", "8,00",
                                                                "1.234,00", 2000, "1.234"]))
    amounts = imported.transactions.sort_values("source_row")["amount"].tolist()
    assert amounts == [1234.5, 10.25, 3.125, 12.5, 7.5, 8.0, 1234.0, 2000.0, 1234.0]


def test_the_columns_looked_at():
    assert mixes_decimal_marks(pd.Series(["12,50", "3.125", None], dtype=STR))
    assert not mixes_decimal_marks(pd.Series(["12,50", "7,5", "1.234,00"], dtype=STR))    # (no "3.125")
    assert not mixes_decimal_marks(pd.Series(["12.50", "3.125"], dtype=STR))              # (no decimal comma)
    assert not mixes_decimal_marks(pd.Series([], dtype=STR))
