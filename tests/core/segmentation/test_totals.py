"""file_totals: the import report's customers and revenue against the segmented customers' figures."""

from __future__ import annotations

import pandas as pd
import pytest

from core.importing import import_purchases
from core.resources import sample_data_path
from core.segmentation import Settings, segment_customers
from core.segmentation.totals import file_totals
from tests.factories import tx_frame


def _frame():
    return tx_frame([
        ("A", "2024-03-01", 100.0, "1", False),
        ("A", "2024-03-02", -20.0, "C2", True),
        ("B", "2024-02-01", 10.0, "3", False),
        ("B", "2024-02-02", -50.0, "C4", True),     # B: net −40, a negative spender
        ("R", "2024-01-05", -30.0, "C5", True),     # R: only returns
        ("A", "2024-04-10", 70.0, "6", False),      # after the reference date
        ("L", "2024-04-11", 5.0, "7", False),       # L: only after the reference date
    ])


def test_the_parts_add_up_to_the_files_figures():
    frame = _frame()
    seg = segment_customers(frame, Settings(reference_date="2024-03-31"))
    totals = file_totals(seg, frame)
    assert (totals.file_customers, totals.segmented_customers, totals.only_returns_customers,
            totals.after_reference_customers) == (4, 2, 1, 1)
    assert totals.segmented_revenue == 40.0 and totals.only_returns_revenue == -30.0
    assert (totals.after_reference_rows, totals.after_reference_revenue) == (2, 75.0)
    assert totals.file_revenue == pytest.approx(totals.segmented_revenue + totals.only_returns_revenue
                                                + totals.after_reference_revenue)
    assert (totals.negative_customers, totals.negative_revenue) == (1, -40.0)
    words = totals.sentences("GBP", "en_GB")
    assert words[0] == ("4 customers in the file: 2 are segmented (the count on every other page); 1 has only "
                        "returns, no purchase, and is not segmented; 1 bought only after the reference date.")
    assert words[1] == ("Net revenue £85.00 = £40.00 spent by the segmented customers (the Overview's revenue) + "
                        "-£30.00 returned by the customers with only returns + £75.00 in 2 rows after the "
                        "reference date, left out.")
    assert words[2].startswith("1 segmented customer spent less than nothing in this file (together -£40.00)")


def test_the_sample_needs_no_explanation_beyond_the_count():
    imported = import_purchases(sample_data_path("xlsx"))
    seg = segment_customers(imported.transactions, Settings(), latest_date=imported.latest_date)
    report = imported.report
    totals = file_totals(seg, imported.transactions)
    assert (totals.file_customers, totals.file_revenue) == (report.customers, round(report.revenue, 2))
    assert not totals.differ
    words = totals.sentences("GBP")
    assert words[0] == "300 customers in the file: 300 are segmented (the count on every other page)."
    # three customers of the sample returned more than they bought in the year (definitions §2)
    assert totals.negative_customers == 3 and words[1].startswith(
        "3 segmented customers spent less than nothing in this file (together -£1,758.20)")
    assert len(words) == 2


def test_prospects_are_named():
    frame = _frame().iloc[:2]
    seg = segment_customers(frame, Settings(), attributes=pd.DataFrame({"customer_id": ["A", "P"]}))
    totals = file_totals(seg, frame)
    assert totals.prospects == 1 and totals.sentences()[-1].startswith("1 more person of the customers file")
