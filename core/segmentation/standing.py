"""The customer facts scoring needs, as customers stood on an earlier date (definitions §10).

``build_customer_facts`` computes them in the same pass as the customer table (``compare_to``),
from the same row arrays, so that the rules of §2 have one implementation: what the table would
say for ``days_since_last``, ``orders``, ``revenue`` and ``revenue_last_12m`` had it been built
from the rows dated on or before the comparison date, with that date as the reference date.
(tests/core/segmentation/test_standing.py checks exactly that against build_customer_facts.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.distinct import sorted_unique

#: The table's per-customer money sum (codes, amounts, customers) -> sums, rounded as §2 rounds them.
MoneySum = Callable[[np.ndarray, np.ndarray, int], np.ndarray]


@dataclass(frozen=True)
class Standing:
    """Per customer of the customer table (buyers first, prospects after: they have bought nothing),
    their §2 facts on ``date``. ``bought``: any purchase (not a return) dated on or before it;
    where it is False, ``days_since_last`` is NaN and ``orders`` 0."""

    date: pd.Timestamp
    bought: np.ndarray
    days_since_last: np.ndarray
    orders: np.ndarray
    revenue: np.ndarray
    revenue_last_12m: np.ndarray

    def take(self, rows: np.ndarray, extra: int = 0) -> Standing:
        """The customers at ``rows``, then ``extra`` customers who bought nothing (prospects)."""
        def pick(values: np.ndarray, fill: float) -> np.ndarray:
            picked = values[rows]
            return np.concatenate([picked, np.full(extra, fill, dtype=picked.dtype)]) if extra else picked

        return Standing(self.date, pick(self.bought, False), pick(self.days_since_last, np.nan), pick(self.orders, 0),
                        pick(self.revenue, 0.0), pick(self.revenue_last_12m, 0.0))


@dataclass(frozen=True)
class RowArrays:
    """The row arrays build_customer_facts works on (kept rows: dated, with a customer, up to the
    reference date): ``codes`` customer per row, ``day`` day number, ``amount``; the (customer,
    purchase day) pairs sorted by customer then day; and for purchase rows (``buy``) their order
    key (distinct per customer and order, build_customer_facts' rule for rows without an order
    id included), or None when the file has no order ids (an order is then a purchase day)."""

    codes: np.ndarray
    day: np.ndarray
    amount: np.ndarray
    buy: np.ndarray
    pair_cust: np.ndarray
    pair_day: np.ndarray
    order_keys: np.ndarray | None
    orders_per_key: int
    customers: int


def standing_on(rows: RowArrays, date: pd.Timestamp, money_sum: MoneySum) -> Standing:
    """Every customer's facts as they stood on ``date`` (``money_sum(codes, amounts, n)`` is the
    table's own per-customer sum, rounded as there)."""
    limit = int((pd.Timestamp(date).normalize() - pd.Timestamp(0)).days)
    n = rows.customers
    upto = rows.day <= limit
    revenue = money_sum(rows.codes, np.where(upto, rows.amount, 0.0), n)
    delta = limit - rows.day
    last12 = money_sum(rows.codes, np.where(upto & (delta <= 364), rows.amount, 0.0), n)
    early = rows.pair_day <= limit
    cust, days = rows.pair_cust[early], rows.pair_day[early]
    purchase_days = np.bincount(cust, minlength=n)
    bought = purchase_days > 0
    since = np.full(n, np.nan)
    who = np.flatnonzero(bought)
    since[who] = limit - days[np.searchsorted(cust, who, side="right") - 1]
    if rows.order_keys is None:
        orders = purchase_days
    else:
        keys = rows.order_keys[rows.day[rows.buy] <= limit]
        distinct = sorted_unique(keys)
        orders = np.bincount(distinct // rows.orders_per_key, minlength=n)
    return Standing(pd.Timestamp(date).normalize(), bought, since, orders.astype(np.int64), revenue, last12)
