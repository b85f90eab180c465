"""definitions §4 activity statuses (Lost / Inactive / Overdue / Active), the declining flag and win-back lists."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from core.schema import PROSPECT, STATUSES

#: Statuses a win-back list holds by default, in the order they are listed.
WINBACK_STATUSES = ("Inactive", "Lost", "Overdue")


#: Overdue needs an overdue ratio of at least this (definitions §4)...
OVERDUE_RATIO = 2.0
#: ...and at least this share of the window since the last purchase (W / 6: 30 days of 180).
OVERDUE_QUIET_SHARE = 1 / 6


def overdue_quiet_days(window_days: int) -> float:
    """The fewest days since the last purchase that can be Overdue: W / 6 (30 with 180)."""
    return window_days * OVERDUE_QUIET_SHARE


def activity_status(days_since_last: np.ndarray, overdue_ratio: np.ndarray, window_days: int) -> np.ndarray:
    """Status per customer, first match: Lost (> 2·W), Inactive (> W), Overdue (ratio >= 2 and
    days >= W/6), Active."""
    days = np.asarray(days_since_last, dtype=np.float64)
    ratio = np.asarray(overdue_ratio, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        overdue = (ratio >= OVERDUE_RATIO) & (days >= overdue_quiet_days(window_days))
        conditions = [days > 2 * window_days, days > window_days, overdue]
    return np.select(conditions, np.array(STATUSES[:3], dtype=object), default=STATUSES[3]).astype(object)


def declining(revenue_last_12m: np.ndarray, revenue_prev_12m: np.ndarray) -> np.ndarray:
    """revenue_prev_12m > 0 and revenue_last_12m < 0.5 × revenue_prev_12m."""
    last = np.asarray(revenue_last_12m, dtype=np.float64)
    prev = np.asarray(revenue_prev_12m, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        return (prev > 0) & (last < 0.5 * prev)


def buyers_of(customers: pd.DataFrame) -> pd.DataFrame:
    """The customers with a purchase (every status but Prospect): the ones that are segmented."""
    return customers[customers["activity_status"] != PROSPECT]


def winback_list(customers: pd.DataFrame, statuses: Iterable[str] = WINBACK_STATUSES,
                 declining_only: bool = False) -> pd.DataFrame:
    """Customers (of a customer table) with one of ``statuses``, highest ``revenue`` first (ties:
    customer_id); ``declining_only`` keeps only declining customers."""
    statuses = list(statuses)
    unknown = [s for s in statuses if s not in STATUSES and s != PROSPECT]
    if unknown:
        raise ValueError(f"Unknown activity status {unknown}; use {', '.join(STATUSES)}.")
    mask = customers["activity_status"].isin(statuses)
    if declining_only:
        mask &= customers["declining"].fillna(False).astype(bool)
    out = customers[mask]
    return out.sort_values(["revenue", "customer_id"], ascending=[False, True], kind="stable")
