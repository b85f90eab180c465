"""Summaries of a customer table for charts and dashboards (segment table, R×F grid, monthly
activity, tier distribution): pandas only, so the window's pages prepare them off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from core import schema
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


def monthly_activity(transactions: pd.DataFrame, reference_date: pd.Timestamp | None = None) -> pd.DataFrame:
    """Net revenue and active customers (with a non-return purchase) per calendar month."""
    tx = transactions
    if reference_date is not None:
        tx = tx[tx[schema.TX_DATE] <= reference_date]
    if tx.empty:
        return pd.DataFrame({"month": pd.to_datetime([]), "revenue": [], "active_customers": []})
    # Integer month codes (months since 1970-01) and bincount: the same figures as a groupby on
    # dt.to_period("M"), which held the GIL ~230 ms on a million rows (a stall in the window).
    codes = tx[schema.TX_DATE].to_numpy().astype("datetime64[M]").astype(np.int64)
    dated = codes != np.iinfo(np.int64).min  # NaT: in no month, as in the groupby
    if not dated.all():
        codes, tx = codes[dated], tx[dated]
    if not len(codes):
        return pd.DataFrame({"month": pd.to_datetime([]), "revenue": [], "active_customers": []})
    first = int(codes.min())
    month = codes - first
    months = int(month.max()) + 1
    amount = tx[schema.TX_AMOUNT].to_numpy(dtype=float, na_value=np.nan)
    revenue = np.bincount(month, weights=np.where(np.isnan(amount), 0.0, amount), minlength=months)
    customer, uniques = pd.factorize(tx[schema.TX_CUSTOMER])
    # active: customers with a purchase that is not a return; an empty id counts for no one
    counted = ~tx[schema.TX_RETURN].astype(bool).to_numpy() & (customer >= 0)
    width = max(len(uniques), 1)
    pairs = month[counted] * width + customer[counted]
    if months * width <= 8_000_000:  # a month x customer table of at most 64 MB
        active = (np.bincount(pairs, minlength=months * width).reshape(months, width) > 0).sum(axis=1)
    else:
        active = np.bincount(np.unique(pairs) // width, minlength=months)
    frame = pd.DataFrame({
        "month": (np.arange(first, first + months).astype("datetime64[M]").astype("datetime64[us]")),
        "revenue": revenue.astype(float),
        "active_customers": active.astype(np.int64),
    })
    return frame


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
