"""The typed values of campaign results: counts and rates, a row as the contract's table row, the
results' parts."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from core.campaigns.history import CampaignInfo
from core.campaigns.results_model import (
    ALL_LISTS,
    RESULT_COLUMNS,
    CampaignResults,
    Counts,
    Coupons,
    ListResult,
    Verdict,
)


def test_counts_rates_and_sums():
    mailed = Counts(200, 30, 1500.0)
    assert mailed.rate == 0.15 and mailed.revenue_per_customer == 7.5
    assert Counts(0, 0, 0.0).rate is None and Counts(0, 0, 0.0).revenue_per_customer is None
    assert mailed + Counts(100, 5, 100.0) == Counts(300, 35, 1600.0)
    assert Coupons(2, 10.0, 1, 0) + Coupons(1, 5.0, 0, 3) == Coupons(3, 15.0, 1, 3)


def _row(name, total=False, extra=1234.5678):
    return ListResult(name, "", "Offer", Counts(200, 30, 1500.123), Counts(50, 5, 200.0), 0.05, -0.03, 0.12, 0.8,
                      extra, None, float("inf"), Verdict.INCONCLUSIVE, 0.15, None, Coupons(3, 99.999, 1, 0),
                      is_total=total)


def test_a_row_is_the_contracts_row():
    row = _row("At Risk").row(window_complete=False)
    assert list(row) == list(RESULT_COLUMNS)
    assert row["mailed_revenue"] == 1500.12 and row["extra_revenue"] == 1234.57   # money to cents
    assert row["extra_revenue_low"] is None and row["extra_revenue_high"] is None  # missing, never infinite
    assert row["uplift"] == 0.05 and row["verdict"] == "inconclusive" and row["coupon_revenue"] == 100.0
    assert row["window_complete"] is False


def test_results_split_lists_and_total_and_build_the_table():
    info = CampaignInfo(1, "Mailing", dt.date(2026, 7, 1), dt.date(2026, 7, 1), 30, None, None, 7, 0.1,
                        ("At Risk",), 200, 50)
    results = CampaignResults(info, "newer.csv", dt.date(2026, 1, 1), dt.date(2026, 7, 31),
                              [_row("At Risk"), _row(ALL_LISTS, total=True)], [], pd.DataFrame(), [], False)
    assert results.window_complete                           # 31 July = sent + 30 days
    assert [r.list_name for r in results.lists] == ["At Risk"] and results.total.list_name == ALL_LISTS
    table = results.table()
    assert list(table.columns) == list(RESULT_COLUMNS) and len(table) == 2
    assert table["extra_revenue_low"].isna().all() and table["uplift"].dtype == "float64"
    assert table["window_complete"].dtype == bool
