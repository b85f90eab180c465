"""The default reference date is the latest date of the KEPT rows (definitions §2): a row set aside (a
sign-off line under the table, a row without customer) does not move it."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pandas as pd

from core.importing.importer import import_purchases
from core.segmentation.segment import segment_customers
from core.segmentation.settings import Settings


def test_latest_date_is_the_kept_rows(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(
        "Customer,Date,Amount\n"
        "A,2024-01-05,10\n"
        "B,2024-02-01,20\n"
        ",2024-03-15,5\n"          # no customer: set aside, and its date moves nothing
        "C,not a date,7\n",
        encoding="utf-8",
    )
    result = import_purchases(path)
    assert result.report.date_max == result.report.latest_date == "2024-02-01"
    assert result.latest_date == pd.Timestamp("2024-02-01")
    assert len(result.transactions) == 2


def test_sample_latest_date(sample_xlsx):
    assert import_purchases(sample_xlsx).latest_date == pd.Timestamp("2011-12-09")


def _ledger(path, sign_off: dt.datetime):
    """A hand-kept ledger as a trial found it: title lines, the table, a totals row, a note, and a
    sign-off line "Checked by | Maria | 10.05.2024" under it, later than every purchase."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sales"
    sheet.append(["Boutique Élan – Sales ledger 2023/24"])
    sheet.append(["Exported by: Maria"])
    sheet.append([])
    sheet.append(["Customer ID", "Name", "Date", "Amount", "Invoice"])
    purchases = [("C001", "Anne", dt.datetime(2024, 1, 16), 120.5, 1001),
                 ("C002", "Zoë", dt.datetime(2024, 3, 2), 80.0, 1002),
                 ("C001", "Anne", dt.datetime(2024, 5, 4), 42.25, 1003)]
    for row in purchases:
        sheet.append(list(row))
    sheet.append([])
    sheet.append(["Total", None, None, 242.75, None])
    sheet.append(["Notes: returns entered as negative amounts"])
    sheet.append(["Checked by", "Maria", sign_off, None, None])
    book.save(path)
    return path


def test_a_sign_off_line_under_the_table_is_not_the_reference_date(tmp_path):
    """t01_title_totals.xlsx: the sign-off date 2024-05-10 became the reference date, six days after
    the last purchase (2024-05-04), so every customer looked six days further away."""
    result = import_purchases(_ledger(tmp_path / "ledger.xlsx", dt.datetime(2024, 5, 10)))
    assert len(result.transactions) == 3
    assert result.latest_date == pd.Timestamp("2024-05-04") and result.report.date_max == "2024-05-04"
    reasons = sorted(s.reason for s in result.report.set_aside)
    assert reasons == ['a totals row ("Total" where the customer should be)',
                       'amount missing or unreadable (column "Amount")',
                       'date missing or unreadable (column "Date")']
    seg = segment_customers(result.transactions, latest_date=result.latest_date)
    assert seg.reference_date == pd.Timestamp("2024-05-04") and seg.excluded_after_reference == 0
    days = dict(zip(seg.customers["customer_id"], seg.customers["days_since_last"], strict=True))
    assert days == {"C001": 0, "C002": 63}


def test_rows_after_an_owners_reference_date_are_still_left_out_and_counted(tmp_path):
    result = import_purchases(_ledger(tmp_path / "ledger.xlsx", dt.datetime(2024, 5, 10)))
    seg = segment_customers(result.transactions, Settings(reference_date=dt.date(2024, 3, 31)),
                            latest_date=result.latest_date)
    assert seg.reference_date == pd.Timestamp("2024-03-31") and seg.excluded_after_reference == 1
    assert seg.customers.set_index("customer_id").loc["C001", "revenue"] == 120.5


def test_segmentation_uses_the_files_latest_date(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("Customer,Date,Amount\nA,2024-01-05,10\nB,2024-02-01,20\n,2024-03-15,5\n", encoding="utf-8")
    result = import_purchases(path)
    seg = segment_customers(result.transactions, latest_date=result.latest_date)
    assert seg.reference_date == pd.Timestamp("2024-02-01")
    days = dict(zip(seg.customers["customer_id"], seg.customers["days_since_last"], strict=True))
    assert days == {"A": 27, "B": 0}
    assert segment_customers(result.transactions).reference_date == seg.reference_date


def test_rows_dated_after_today_are_kept_with_a_warning(tmp_path):
    """A slip such as 2100 for 2010 becomes the reference date and makes everyone else look long
    gone: the report says so, naming the latest such date and the first such row."""
    path = tmp_path / "p.csv"
    path.write_text("Customer,Date,Amount\nA,2024-01-05,10\nB,2100-06-01,20\nC,2024-02-01,5\nD,2099-01-01,5\n",
                    encoding="utf-8")
    result = import_purchases(path)
    assert result.latest_date == pd.Timestamp("2100-06-01") and len(result.transactions) == 4
    said = [str(w) for w in result.report.warnings]
    assert said == ["2 rows are dated after today (the latest 2100-06-01, first in row 3). The file's latest date "
                    "is the day every customer is measured from unless you set another reference date, so check "
                    "those dates in the file."]
    path.write_text("Customer,Date,Amount\nA,2024-01-05,10\nB,2024-02-01,20\n", encoding="utf-8")
    assert import_purchases(path).report.warnings == []
    # a row set aside (no customer) dated after today moves nothing, so it is not warned about
    path.write_text("Customer,Date,Amount\nA,2024-01-05,10\n,2100-06-01,20\n", encoding="utf-8")
    result = import_purchases(path)
    assert result.report.warnings == [] and result.latest_date == pd.Timestamp("2024-01-05")
