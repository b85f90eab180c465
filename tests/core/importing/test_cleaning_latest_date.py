"""The default reference date is the latest readable date of ANY row (definitions §2), even one set aside."""

from __future__ import annotations

import pandas as pd

from core.importing.importer import import_purchases
from core.segmentation.segment import segment_customers


def test_latest_date_counts_rows_without_customer(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(
        "Customer,Date,Amount\n"
        "A,2024-01-05,10\n"
        "B,2024-02-01,20\n"
        ",2024-03-15,5\n"          # no customer: set aside, but its date is the file's latest
        "C,not a date,7\n",
        encoding="utf-8",
    )
    result = import_purchases(path)
    assert result.report.date_max == "2024-02-01"
    assert result.latest_date == pd.Timestamp("2024-03-15")
    assert len(result.transactions) == 2


def test_sample_latest_date(sample_xlsx):
    assert import_purchases(sample_xlsx).latest_date == pd.Timestamp("2011-12-09")


def test_segmentation_uses_the_files_latest_date(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("Customer,Date,Amount\nA,2024-01-05,10\nB,2024-02-01,20\n,2024-03-15,5\n", encoding="utf-8")
    result = import_purchases(path)
    seg = segment_customers(result.transactions, latest_date=result.latest_date)
    assert seg.reference_date == pd.Timestamp("2024-03-15")
    days = dict(zip(seg.customers["customer_id"], seg.customers["days_since_last"], strict=True))
    assert days == {"A": 70, "B": 43}
    # without it, the latest kept row decides
    assert segment_customers(result.transactions).reference_date == pd.Timestamp("2024-02-01")


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
