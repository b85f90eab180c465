"""Activity statuses (first match), declining flag and win-back ranking."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.segmentation.activity import activity_status, declining, overdue_quiet_days, winback_list


def test_status_rules_first_match_with_boundaries():
    days = np.array([361, 360, 181, 180, 40, 39, 10, 500])
    ratio = np.array([9, 9, 9, 9, 2.0, 1.95, np.nan, np.nan])
    got = activity_status(days, ratio, 180).tolist()
    assert got == ["Lost", "Inactive", "Inactive", "Overdue", "Overdue", "Active", "Active", "Lost"]


def test_overdue_needs_a_sixth_of_the_window_of_quiet():
    """definitions §4: ratio >= 2 AND days >= W/6. A daily buyer away a week is not Overdue; from
    30 days (180 / 6) on, the same ratio is; with the 30-day window, from 5 days."""
    days = np.array([7, 29, 30, 31, 5, 4])
    ratio = np.array([7.0, 29.0, 2.0, 1.99, 5.0, 4.0])
    assert activity_status(days[:4], ratio[:4], 180).tolist() == ["Active", "Active", "Overdue", "Active"]
    assert activity_status(days[4:], ratio[4:], 30).tolist() == ["Overdue", "Active"]
    assert overdue_quiet_days(180) == 30 and overdue_quiet_days(365) == pytest.approx(60.83, abs=0.01)


def test_window_presets_change_statuses():
    days = np.array([31, 61, 200])
    assert activity_status(days, np.full(3, np.nan), 30).tolist() == ["Inactive", "Lost", "Lost"]
    assert activity_status(days, np.full(3, np.nan), 365).tolist() == ["Active"] * 3


def test_declining():
    last = np.array([49.0, 50.0, 0.0, 10.0, -5.0])
    prev = np.array([100.0, 100.0, 0.0, -20.0, 1.0])
    assert declining(last, prev).tolist() == [True, False, False, False, True]


def test_winback_list_order_and_filter():
    customers = pd.DataFrame({
        "customer_id": ["a", "b", "c", "d", "e", "f"],
        "activity_status": ["Active", "Lost", "Inactive", "Overdue", "Inactive", "Prospect"],
        "revenue": [1000.0, 50.0, 300.0, 300.0, 20.0, 0.0],
        "declining": [False, True, False, True, False, False],
    })
    assert winback_list(customers)["customer_id"].tolist() == ["c", "d", "b", "e"]
    assert winback_list(customers, declining_only=True)["customer_id"].tolist() == ["d", "b"]
    assert winback_list(customers, ["Lost"])["customer_id"].tolist() == ["b"]
    with pytest.raises(ValueError):
        winback_list(customers, ["Sleepy"])
