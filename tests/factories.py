"""Test factories: real Clientele objects (canonical transaction frames first) built by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd


def tx_frame(rows, extra_columns=()):
    """rows: tuples (customer_id, date, amount, order_id or None, is_return, *extra values)."""
    cols = ["customer_id", "date", "amount", "order_id", "is_return", *extra_columns]
    frame = pd.DataFrame([list(r) for r in rows], columns=cols) if rows else pd.DataFrame(columns=cols)
    frame["customer_id"] = frame["customer_id"].astype("str")
    frame["date"] = pd.to_datetime(frame["date"]).astype("datetime64[ns]")
    frame["amount"] = frame["amount"].astype(np.float64)
    frame["order_id"] = frame["order_id"].astype("str") if frame["order_id"].notna().any() \
        else pd.Series([pd.NA] * len(frame), dtype="str")
    frame["is_return"] = frame["is_return"].astype(bool)
    frame["source_row"] = np.arange(2, len(frame) + 2, dtype=np.int64)
    for col in extra_columns:
        frame[col] = frame[col].astype("str")
    return frame[["customer_id", "date", "amount", "order_id", "is_return", "source_row", *extra_columns]]


#: A hand-computed example (see test_customer_table.py for the expected values).
EXAMPLE_ROWS = [
    # customer, date, amount, order, return, category, product, name
    ("A", "2024-01-01", 10.0, "O1", False, "Tea", "Green", "Ann"),
    ("A", "2024-01-01", 5.0, "O1", False, "Cups", "Mug", None),
    ("A", "2024-01-11", 20.0, "O2", False, "Tea", "Black", ""),
    ("A", "2024-02-01", -5.0, "C3", True, "Tea", "Green", "Ann Smith"),
    ("A", "2024-03-01", 15.0, "O4", False, "Cups", "Mug", None),
    ("A", "2024-03-02", 1.0, "O5", False, "Cups", "Mug", None),
    ("B", "2022-03-01", 7.0, "O7", False, None, None, "Bob"),
    ("B", "2023-03-01", 40.0, "O8", False, "Books", None, None),
    ("B", "2024-03-10", 100.0, "O9", False, None, None, "Bobby"),
    ("C", "2024-02-02", -10.0, "C10", True, "Tea", "Green", "Cy"),
]
EXAMPLE_EXTRA = ("category", "product", "name")


def example_frame():
    return tx_frame(EXAMPLE_ROWS, EXAMPLE_EXTRA)


#: Default tier names with round thresholds, as a segmentation's ``tier_thresholds``.
TIER_THRESHOLDS = [("Bronze", 0.0), ("Silver", 100.0), ("Gold", 300.0), ("Platinum", 600.0)]


def segmentation_of(customers, *, close_to_next_tier=None, settings=None, reference_date=None,
                    cut_points=None, scoring_method="quintiles", tier_thresholds=None):
    """A real Segmentation around a hand-made customer table (no scoring run): what the export and
    the mailing lists read. ``close_to_next_tier`` defaults to nobody."""
    from core.segmentation.segment import Segmentation
    from core.segmentation.settings import Settings

    close = (pd.Series(False, index=customers.index, name="close_to_next_tier") if close_to_next_tier is None
             else pd.Series(close_to_next_tier, index=customers.index, name="close_to_next_tier").astype(bool))
    return Segmentation(
        customers=customers, reference_date=reference_date, cut_points=cut_points or {},
        scoring_method=scoring_method, warnings=[],
        tier_thresholds=list(TIER_THRESHOLDS if tier_thresholds is None else tier_thresholds),
        settings=settings if settings is not None else Settings(), excluded_after_reference=0,
        all_returns_customers=[], close_to_next_tier=close)
