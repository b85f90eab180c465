"""core.segmentation.summaries: totals agree with the customer table; grid, monthly and tier summaries."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.segmentation import (
    Period,
    Settings,
    activity_over_time,
    headline,
    monthly_activity,
    rf_grid,
    segment_customers,
    segment_table,
)
from core.segmentation.summaries import segment_names, tier_distribution


def transactions():
    rng = np.random.default_rng(7)
    n = 3000
    customers = rng.integers(1, 300, n).astype(str)
    dates = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 700, n), unit="D")
    amount = np.round(rng.gamma(2.0, 30.0, n), 2)
    returns = rng.random(n) < 0.03
    amount[returns] *= -1
    return pd.DataFrame({
        "customer_id": customers, "date": dates.astype("datetime64[ns]"), "amount": amount,
        "order_id": pd.array([f"o{i}" for i in range(n)], dtype="str"), "is_return": returns,
        "source_row": np.arange(2, n + 2, dtype=np.int64),
    })


@pytest.fixture(scope="module")
def segmented():
    tx = transactions()
    return tx, segment_customers(tx, Settings())


def test_segment_table_totals(segmented):
    tx, seg = segmented
    table = segment_table(seg.customers, segment_names(seg.settings.segment_map))
    assert table["customers"].sum() == len(seg.buyers)
    assert table["revenue"].sum() == pytest.approx(seg.buyers["revenue"].sum())
    assert table["share"].sum() == pytest.approx(100.0)
    assert list(table["segment"]) == [s.name for s in seg.settings.segment_map]
    head = headline(seg.customers)
    assert head.customers == len(seg.buyers) and head.revenue == pytest.approx(table["revenue"].sum())
    tiers = tier_distribution(seg.customers, seg.tier_names)
    assert list(tiers["tier"]) == seg.tier_names and tiers["customers"].sum() == len(seg.buyers)


def test_rf_grid_counts_every_customer(segmented):
    _, seg = segmented
    counts, names = rf_grid(seg.customers, seg.settings.segment_map)
    assert counts.sum() == len(seg.buyers)
    assert names[4][4] == "Champions" and names[0][0] == "Hibernating"


def test_monthly_activity_sums_revenue(segmented):
    tx, seg = segmented
    monthly = monthly_activity(tx, seg.reference_date)
    assert monthly["revenue"].sum() == pytest.approx(tx["amount"].sum())
    assert (monthly["active_customers"] >= 0).all()
    assert monthly["month"].is_monotonic_increasing


def test_activity_is_per_day_week_or_month_by_the_span_of_the_dates(segmented):
    """A few days of data are drawn per day (not one giant monthly bar), a few months per week."""
    tx, seg = segmented
    reference = seg.reference_date
    cases = ((10, Period.DAY), (60, Period.DAY), (61, Period.WEEK), (182, Period.WEEK), (183, Period.MONTH))
    for days, period in cases:
        recent = tx[tx["date"] >= reference - pd.Timedelta(days=days)]
        activity = activity_over_time(recent, reference)
        assert activity.period == period, days
        frame = activity.frame
        assert frame["revenue"].sum() == pytest.approx(recent["amount"].sum())
        assert frame["start"].is_monotonic_increasing and frame["start"].is_unique
    few = activity_over_time(tx[tx["date"] >= reference - pd.Timedelta(days=9)], reference).frame
    assert len(few) == 10 and (few["start"].diff().dropna() == pd.Timedelta(days=1)).all()
    weeks = activity_over_time(tx[tx["date"] >= reference - pd.Timedelta(days=100)], reference).frame
    assert set(weeks["start"].dt.day_name()) == {"Monday"}
    assert (weeks["start"].diff().dropna() == pd.Timedelta(days=7)).all()
    # customers who bought in a period: distinct ids with a purchase that is not a return
    day = few["start"].iloc[-1]
    that_day = tx[(tx["date"] == day) & ~tx["is_return"]]
    assert few["active_customers"].iloc[-1] == that_day["customer_id"].nunique()


def test_monthly_activity_is_activity_per_month(segmented):
    tx, seg = segmented
    per_month = activity_over_time(tx, seg.reference_date, Period.MONTH).frame
    assert monthly_activity(tx, seg.reference_date)["revenue"].tolist() == per_month["revenue"].tolist()
    assert activity_over_time(tx.iloc[:0], seg.reference_date).frame.empty


def test_segment_table_keeps_empty_segments():
    frame = pd.DataFrame({"rfm_segment": ["A"], "activity_status": ["Active"], "revenue": [10.0],
                          "orders": pd.array([2], dtype="Int64"), "days_since_last": pd.array([3], dtype="Int64")})
    table = segment_table(frame, ["A", "B", "Other"])
    assert list(table["segment"]) == ["A", "B"]
    assert table.loc[0, "avg_order_value"] == 5.0
