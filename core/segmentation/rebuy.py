"""Re-buy intervals and who is due to buy again (definitions §12).

For each product, the gaps between a customer's consecutive purchase days of it, over every
customer who bought it at least twice; a product with at least ``MIN_GAPS`` gaps has a re-buy
interval, the median gap (with the 25th and 75th percentiles, numpy's linear quantile). A customer
is due when the last purchase of such a product plus its interval (a half day rounded up) falls
from ``before`` days before to ``after`` days after the reference date; the product named for them
is the one with the most net revenue for them (ties: alphabetical).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.segmentation.purchases import ItemPurchases, PurchaseHistory, quantile_sorted

#: Gaps a product needs across customers before its median is trusted as its re-buy interval.
MIN_GAPS = 20
#: The columns of the re-buy table (``--rebuy-out``), in order.
REBUY_COLUMNS = ("product", "interval_days", "interval_p25", "interval_p75", "gaps", "repeat_customers",
                 "due_now")


@dataclass(frozen=True)
class Intervals:
    """The products with a re-buy interval: their codes in ``ItemPurchases.values``, the median
    and the 25th / 75th percentiles of their gaps, the number of gaps and of customers who bought
    them at least twice."""

    item: np.ndarray
    median: np.ndarray
    p25: np.ndarray
    p75: np.ndarray
    gaps: np.ndarray
    repeat_customers: np.ndarray


def rebuy_intervals(products: ItemPurchases | None, min_gaps: int = MIN_GAPS,
                    charges: np.ndarray | None = None) -> Intervals:
    """The re-buy interval of every product with at least ``min_gaps`` gaps; ``charges`` (aligned
    with ``products.values``) marks charge lines (postage, fees: definitions §2), which are never
    restocked and get none."""
    empty = np.zeros(0, dtype=np.int64)
    if products is None or not len(products.gaps):
        return Intervals(empty, empty.astype(float), empty.astype(float), empty.astype(float), empty, empty)
    items = products.gap_item
    new = np.concatenate(([True], items[1:] != items[:-1]))
    starts = np.flatnonzero(new)
    counts = np.diff(np.append(starts, len(items)))
    enough = counts >= min_gaps
    if charges is not None and len(charges):
        enough &= ~np.asarray(charges, dtype=bool)[items[starts]]
    starts, counts = starts[enough], counts[enough]
    item = items[starts]
    gaps = products.gaps.astype(np.float64)
    repeat = np.bincount(products.item[products.days >= 2], minlength=len(products.values))
    return Intervals(item, quantile_sorted(gaps, starts, counts, 0.5), quantile_sorted(gaps, starts, counts, 0.25),
                     quantile_sorted(gaps, starts, counts, 0.75), counts.astype(np.int64), repeat[item])


@dataclass(frozen=True)
class Due:
    """Who is due to buy again: per customer-table row the product (None) and its due day
    (NaT); ``due_now``: per product of the intervals, how many customers are due for it (a
    customer due for two products counts for both)."""

    product: np.ndarray
    due_date: np.ndarray
    due_now: np.ndarray


def due_customers(history: PurchaseHistory | None, intervals: Intervals, before: int, after: int) -> Due:
    """Customers whose last purchase of a product + its interval falls within ``before`` days
    before to ``after`` days after the reference date (definitions §12)."""
    n = history.customers if history is not None else 0
    product = np.full(n, None, dtype=object)
    due_date = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    products = history.product if history is not None else None
    if history is None or products is None or not len(intervals.item):
        return Due(product, due_date, np.zeros(len(intervals.item), dtype=np.int64))
    # only the rows of products with an interval: their due day, then who falls in the window
    slot = np.full(len(products.values), -1, dtype=np.int64)
    slot[intervals.item] = np.arange(len(intervals.item))
    of_row = slot[products.item]
    rows = np.flatnonzero(of_row >= 0)
    day = products.last_day[rows] + np.ceil(intervals.median).astype(np.int64)[of_row[rows]]
    ref = history.reference_day
    due = (day >= ref - before) & (day <= ref + after)
    rows, day = rows[due], day[due]
    due_now = np.bincount(of_row[rows], minlength=len(intervals.item))
    if len(rows):
        # per customer the due product with the most revenue; ties: the earlier name (lower code)
        order = np.lexsort((products.item[rows], -np.round(products.revenue[rows], 6), products.customer[rows]))
        rows, day = rows[order], day[order]
        first = np.concatenate(([True], products.customer[rows][1:] != products.customer[rows][:-1]))
        chosen = rows[first]
        who = products.customer[chosen]
        product[who] = products.values[products.item[chosen]]
        due_date[who] = day[first].astype("datetime64[D]")
    return Due(product, due_date, due_now.astype(np.int64))


def rebuy_table(history: PurchaseHistory | None, intervals: Intervals, due: Due) -> pd.DataFrame:
    """The re-buy table (REBUY_COLUMNS): one row per product with an interval, the products with
    the most gaps first (ties: alphabetical)."""
    products = history.product if history is not None else None
    names = products.values[intervals.item] if products is not None else np.zeros(0, dtype=object)
    frame = pd.DataFrame({
        "product": pd.Series(names, dtype="str"),
        "interval_days": intervals.median,
        "interval_p25": intervals.p25,
        "interval_p75": intervals.p75,
        "gaps": intervals.gaps.astype(np.int64),
        "repeat_customers": intervals.repeat_customers.astype(np.int64),
        "due_now": due.due_now.astype(np.int64),
    })
    order = np.lexsort((np.arange(len(frame)), -frame["gaps"].to_numpy()))
    return frame.iloc[order].reset_index(drop=True)
