"""Summaries of a customer table for charts and dashboards (segment table, R×F grid, activity per
day, week or month, tier distribution): pandas only, so the window's pages prepare them off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import pandas as pd

from core import schema
from core.distinct import sorted_unique
from core.segmentation.activity import buyers_of
from core.segmentation.segment_map import OTHER, Segment, assign_segments

#: Segments (of the default map) and statuses whose revenue counts as "at risk" in the headline figures.
AT_RISK_SEGMENTS = ("At Risk", "Can't Lose Them")
AT_RISK_STATUSES = ("Inactive", "Lost")


def segment_names(segment_map: Sequence[Segment]) -> list[str]:
    """Segment names in map order, then "Other"."""
    return [seg.name for seg in segment_map] + [OTHER]


def segment_table(customers: pd.DataFrame, order: Sequence[str]) -> pd.DataFrame:
    """One row per segment in ``order`` (empty ones kept when in the map; "Other" only when used)."""
    buyers = buyers_of(customers)
    total_customers = max(len(buyers), 1)
    total_revenue = float(buyers["revenue"].sum())
    grouped = buyers.groupby("rfm_segment", sort=False)
    counts = grouped.size()
    revenue = grouped["revenue"].sum()
    orders = grouped["orders"].sum()
    median_days = grouped["days_since_last"].median()
    rows = []
    for name in order:
        n = int(counts.get(name, 0))
        if name == OTHER and n == 0:
            continue
        rev = float(revenue.get(name, 0.0))
        n_orders = float(orders.get(name, 0) or 0)
        rows.append({
            "segment": name,
            "customers": n,
            "share": n / total_customers * 100.0,
            "revenue": rev,
            "revenue_share": rev / total_revenue * 100.0 if total_revenue else 0.0,
            "avg_order_value": rev / n_orders if n_orders else np.nan,
            "median_days_since_last": float(median_days.get(name, np.nan)),
        })
    frame = pd.DataFrame(rows, columns=["segment", "customers", "share", "revenue", "revenue_share",
                                        "avg_order_value", "median_days_since_last"])
    return frame.astype({"customers": "Int64"})


@dataclass(frozen=True)
class Headline:
    """The dashboard's figures: customers with a purchase and prospects, their net revenue, the
    percentage who are Active, and the customers at risk or inactive with what they spent."""

    customers: int
    prospects: int
    revenue: float
    active_share: float
    at_risk_revenue: float
    at_risk_customers: int


def headline(customers: pd.DataFrame) -> Headline:
    """Customers, revenue, active share and revenue of customers at risk or inactive."""
    buyers = buyers_of(customers)
    n = len(buyers)
    at_risk = buyers["activity_status"].isin(AT_RISK_STATUSES) | buyers["rfm_segment"].isin(AT_RISK_SEGMENTS)
    return Headline(
        customers=n,
        prospects=int(len(customers) - n),
        revenue=float(buyers["revenue"].sum()),
        active_share=float((buyers["activity_status"] == "Active").mean() * 100.0) if n else 0.0,
        at_risk_revenue=float(buyers.loc[at_risk, "revenue"].sum()),
        at_risk_customers=int(at_risk.sum()),
    )


def rf_grid(customers: pd.DataFrame, segment_map: Sequence[Segment]) -> tuple[np.ndarray, list[list[str]]]:
    """Customer counts per (r, f) score cell — ``counts[r-1, f-1]`` — and the segment name of each cell.

    A cell whose segment depends on the m score is named after its most common segment among
    customers, or after m = 3 when it is empty.
    """
    buyers = buyers_of(customers)
    r = buyers["r_score"].to_numpy(dtype=np.float64, na_value=np.nan)
    f = buyers["f_score"].to_numpy(dtype=np.float64, na_value=np.nan)
    ok = ~(np.isnan(r) | np.isnan(f))
    counts = np.zeros((5, 5), dtype=np.int64)
    np.add.at(counts, (r[ok].astype(int) - 1, f[ok].astype(int) - 1), 1)
    names = [[""] * 5 for _ in range(5)]
    cell_r, cell_f = np.meshgrid(np.arange(1, 6), np.arange(1, 6), indexing="ij")
    by_map = assign_segments(cell_r.ravel(), cell_f.ravel(), np.full(25, 3), segment_map).reshape(5, 5)
    majority = (buyers[ok].groupby(["r_score", "f_score"])["rfm_segment"]
                .agg(lambda s: s.value_counts().index[0]) if ok.any() else pd.Series(dtype=object))
    for ri in range(5):
        for fi in range(5):
            names[ri][fi] = str(majority.get((ri + 1, fi + 1), by_map[ri, fi]))
    return counts, names


class Period(StrEnum):
    """The time step of the activity chart (definitions §2)."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


#: The longest span (days from the first purchase to the reference date) shown per day; per week.
DAILY_UP_TO_DAYS = 60
WEEKLY_UP_TO_DAYS = 182
#: Day number (since 1970-01-01) of a Monday: weeks run Monday to Sunday.
_MONDAY = 4


@dataclass
class Activity:
    """Net revenue and customers who bought, per ``period``: ``frame`` has ``start`` (the period's
    first day), ``revenue`` and ``active_customers``, one row per period from the first to the last."""

    period: Period
    frame: pd.DataFrame


def activity_period(span_days: int) -> Period:
    """Days for a file spanning at most DAILY_UP_TO_DAYS days, weeks up to WEEKLY_UP_TO_DAYS, else months."""
    if span_days <= DAILY_UP_TO_DAYS:
        return Period.DAY
    return Period.WEEK if span_days <= WEEKLY_UP_TO_DAYS else Period.MONTH


def _empty_activity(period: Period) -> Activity:
    return Activity(period, pd.DataFrame({"start": pd.to_datetime([]), "revenue": [], "active_customers": []}))


def activity_over_time(transactions: pd.DataFrame, reference_date: pd.Timestamp | None = None,
                       period: Period | None = None) -> Activity:
    """Net revenue and active customers (with a purchase that is not a return) per day, week or
    calendar month up to ``reference_date``; ``period`` None chooses it from the span of the dates
    (activity_period), so that a few days of data are not one bar."""
    tx = transactions
    # the rows counted, as a mask over the four columns used (the frame is not copied: at ten
    # million rows that copied every column, names and e-mails too)
    days = tx[schema.TX_DATE].to_numpy().astype("datetime64[D]").astype(np.int64)
    rows = days != np.iinfo(np.int64).min  # NaT: in no period
    if reference_date is not None:
        rows &= (tx[schema.TX_DATE] <= reference_date).to_numpy(dtype=bool, na_value=False)
    every = bool(rows.all())
    if not every:
        days = days[rows]
    if not len(days):
        return _empty_activity(period or Period.MONTH)
    last = int(days.max()) if reference_date is None else int(np.datetime64(reference_date, "D").astype(np.int64))
    if period is None:
        period = activity_period(last - int(days.min()))
    # Integer period codes and bincount: the same figures as a groupby on dt.to_period, which held
    # the GIL ~230 ms on a million rows (a stall in the window).
    if period == Period.MONTH:
        codes = days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    elif period == Period.WEEK:
        codes = (days - _MONDAY) // 7
    else:
        codes = days
    first = int(codes.min())
    step = codes - first
    count = int(step.max()) + 1
    amount = tx[schema.TX_AMOUNT].to_numpy(dtype=float, na_value=np.nan)
    customer, uniques = pd.factorize(tx[schema.TX_CUSTOMER])   # (every row: codes are cheaper to filter)
    returned = tx[schema.TX_RETURN].astype(bool).to_numpy()
    if not every:
        amount, customer, returned = amount[rows], customer[rows], returned[rows]
    revenue = np.bincount(step, weights=np.where(np.isnan(amount), 0.0, amount), minlength=count)
    # active: customers with a purchase that is not a return; an empty id counts for no one
    counted = ~returned & (customer >= 0)
    width = max(len(uniques), 1)
    pairs = step[counted] * width + customer[counted]
    if count * width <= 8_000_000:  # a period x customer table of at most 64 MB
        active = (np.bincount(pairs, minlength=count * width).reshape(count, width) > 0).sum(axis=1)
    else:
        active = np.bincount(sorted_unique(pairs) // width, minlength=count)
    numbers = np.arange(first, first + count)
    if period == Period.MONTH:
        starts = numbers.astype("datetime64[M]").astype("datetime64[us]")
    else:
        starts = (numbers * 7 + _MONDAY if period == Period.WEEK else numbers).astype("datetime64[D]").astype(
            "datetime64[us]")
    return Activity(period, pd.DataFrame({"start": starts, "revenue": revenue.astype(float),
                                          "active_customers": active.astype(np.int64)}))


def monthly_activity(transactions: pd.DataFrame, reference_date: pd.Timestamp | None = None) -> pd.DataFrame:
    """Net revenue and active customers (with a non-return purchase) per calendar month (``month``)."""
    frame = activity_over_time(transactions, reference_date, Period.MONTH).frame
    return frame.rename(columns={"start": "month"})


def tier_distribution(customers: pd.DataFrame, tier_names: Sequence[str]) -> pd.DataFrame:
    """Customers and revenue per tier, lowest tier first."""
    buyers = buyers_of(customers)
    counts = buyers["tier"].value_counts()
    revenue = buyers.groupby("tier")["revenue"].sum()
    return pd.DataFrame({
        "tier": list(tier_names),
        "customers": [int(counts.get(t, 0)) for t in tier_names],
        "revenue": [float(revenue.get(t, 0.0)) for t in tier_names],
    }).astype({"customers": "Int64"})
