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
