"""Every buyer's purchase days with what they spent that day: the input of the predictions (definitions §11).

Built by core/segmentation/facts.py beside the customer table (the same rows, the same rule for a
purchase day as definitions §2), and kept with the customer facts, so that the predictions and the
model check need no second pass over the transactions. ``summary(cutoff)`` gives each buyer's
x, t_x, T and mean repeat spend as they stood on any day up to the reference date, and the purchase
days after it (the model check's holdout).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class PurchaseDays:
    """One entry per (buyer, purchase day) up to the reference date, sorted by buyer then day.

    ``customer``: the buyer's row in the customer table (buyers come first there, 0 … buyers − 1);
    ``day``: the day, as whole days since 1970-01-01; ``spend``: the sum of the day's non-return
    amounts. ``reference_day`` is the reference date in the same count.
    """

    customer: np.ndarray
    day: np.ndarray
    spend: np.ndarray
    buyers: int
    reference_day: int

    @property
    def reference_date(self) -> pd.Timestamp:
        return pd.Timestamp(self.reference_day, unit="D")

    @property
    def first_day(self) -> int | None:
        """The earliest purchase day of any buyer (None without buyers)."""
        return int(self.day.min()) if len(self.day) else None

    def summary(self, cutoff_day: int | None = None) -> RepeatSummary:
        """Each buyer's history as it stood at the end of ``cutoff_day`` (default: the reference day)."""
        cutoff = self.reference_day if cutoff_day is None else int(cutoff_day)
        before = self.day <= cutoff
        cust, day, spend = self.customer[before], self.day[before], self.spend[before]
        counts = np.bincount(cust, minlength=self.buyers)
        rows = np.flatnonzero(counts > 0)
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))[rows]
        n = counts[rows]
        first, last = day[starts], day[starts + n - 1]
        total = np.bincount(cust, weights=spend, minlength=self.buyers)[rows]
        x = (n - 1).astype(np.float64)
        with np.errstate(invalid="ignore", divide="ignore"):
            mbar = np.where(x > 0, (total - spend[starts]) / x, np.nan)
        after = np.bincount(self.customer[~before], minlength=self.buyers)[rows]
        return RepeatSummary(rows=rows, x=x, t_x=(last - first).astype(np.float64),
                             T=(cutoff - first).astype(np.float64), mean_repeat_spend=mbar,
                             later_days=after.astype(np.int64), cutoff_day=cutoff)


@dataclass(frozen=True)
class RepeatSummary:
    """Per buyer who had bought by ``cutoff_day`` (``rows``: their rows in the customer table), in days:
    x = purchase days − 1, t_x = last − first purchase day, T = cutoff − first purchase day;
    ``mean_repeat_spend`` m̄ = the mean spend of the purchase days after the first (NaN when x = 0);
    ``later_days`` = purchase days after the cutoff, up to the reference date."""

    rows: np.ndarray
    x: np.ndarray
    t_x: np.ndarray
    T: np.ndarray
    mean_repeat_spend: np.ndarray
    later_days: np.ndarray
    cutoff_day: int

    @property
    def repeat_buyers(self) -> int:
        """Customers with at least one purchase day after their first."""
        return int(np.count_nonzero(self.x > 0))

    @property
    def history_days(self) -> int:
        """Days from the earliest first purchase to the cutoff (0 without buyers)."""
        return int(self.T.max()) if len(self.T) else 0


def build_purchase_days(pair_customer: np.ndarray, pair_day: np.ndarray, pair_spend: np.ndarray,
                        table_row: np.ndarray, buyers: int, reference_day: int) -> PurchaseDays:
    """From the customer facts' (customer code, day) pairs sorted by code then day: ``table_row``
    maps a code to the buyer's row in the customer table (codes sort the same way as the table)."""
    return PurchaseDays(customer=table_row[pair_customer].astype(np.int64), day=pair_day.astype(np.int64),
                        spend=np.asarray(pair_spend, dtype=np.float64), buyers=int(buyers),
                        reference_day=int(reference_day))
