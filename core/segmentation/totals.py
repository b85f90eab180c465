"""Where the file's totals go (definitions §2): the import report's customers and net revenue
against the segmented customers the other pages count, part by part.

The import report counts every customer and every kept row of the file; the Overview, Segments and
every later page count the segmented customers only. The difference is the customers with only
returns (not segmented) and the rows dated after the reference date (left out), and nothing else:
``FileTotals.sentences`` says so in the owner's words, where the numbers are shown.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from core import schema
from core.arrow_columns import positions_in
from core.importing.dates import midnight
from core.output.money import format_money, format_number
from core.segmentation.activity import buyers_of
from core.segmentation.segment import Segmentation
from core.words import Words


@dataclass(frozen=True)
class FileTotals:
    """The file's customers and net revenue, split into what the pages count and what they leave out.

    ``file_*``: the import report's; ``segmented_*``: the customers the pages count (their net
    revenue, returns included); ``only_returns_*``: customers none of whose rows is a purchase;
    ``after_reference_*``: rows dated after the reference date (and customers with no row before
    it); ``negative_customers``: segmented customers whose net spend is below zero.
    ``file_revenue == segmented_revenue + only_returns_revenue + after_reference_revenue``, and the
    customers add up the same way.
    """

    file_customers: int
    file_revenue: float
    segmented_customers: int
    segmented_revenue: float
    only_returns_customers: int
    only_returns_revenue: float
    after_reference_rows: int
    after_reference_revenue: float
    after_reference_customers: int
    negative_customers: int
    negative_revenue: float
    prospects: int

    @property
    def differ(self) -> bool:
        """Whether the pages' figures differ from the import report's."""
        return (self.segmented_customers != self.file_customers
                or abs(self.segmented_revenue - self.file_revenue) >= 0.005)

    def sentences(self, currency: str | None = None, locale: str | None = None,
                  words: Words | None = None) -> list[str]:
        """The split in words, for the pages that show the figures ("4,383 customers in the file:
        4,314 are segmented …"), in ``words``' language (English without); numbers and money in
        ``locale``."""
        w = words or Words()

        def count(n: int) -> str:
            return format_number(n, 0, locale)

        def money(value: float) -> str:
            return format_money(value, currency, locale) if currency else format_number(value, 2, locale)

        out: list[str] = []
        parts = [w.t("{count} are segmented (the count on every other page)", count=count(self.segmented_customers))]
        if self.only_returns_customers:
            n = self.only_returns_customers
            parts.append(w.n("{n} has only returns, no purchase, and is not segmented",
                             "{n} have only returns, no purchase, and are not segmented", n, n=count(n)))
        if self.after_reference_customers:
            parts.append(w.t("{count} bought only after the reference date", count=count(self.after_reference_customers)))
        out.append(w.t("{count} customers in the file: {parts}.", count=count(self.file_customers), parts="; ".join(parts)))
        if self.differ:
            money_parts = [w.t("{money} spent by the segmented customers (the Overview's revenue)",
                               money=money(self.segmented_revenue))]
            if self.only_returns_customers:
                money_parts.append(w.t("{money} returned by the customers with only returns",
                                       money=money(self.only_returns_revenue)))
            if self.after_reference_rows:
                money_parts.append(w.t("{money} in {count} rows after the reference date, left out",
                                       money=money(self.after_reference_revenue), count=count(self.after_reference_rows)))
            out.append(w.t("Net revenue {total} = {parts}.", total=money(self.file_revenue), parts=" + ".join(money_parts)))
        if self.negative_customers:
            n = self.negative_customers
            out.append(w.n("{n} segmented customer spent less than nothing in this file (together {money}): their returns "
                           "outweigh their purchases, usually returns of purchases made before the file starts. Their "
                           "segment comes from how recently and how often they bought, so some may be Champions or "
                           "Can't Lose Them: check them on the Customers page (Spent in total, lowest first).",
                           "{n} segmented customers spent less than nothing in this file (together {money}): their "
                           "returns outweigh their purchases, usually returns of purchases made before the file starts. "
                           "Their segment comes from how recently and how often they bought, so some may be Champions "
                           "or Can't Lose Them: check them on the Customers page (Spent in total, lowest first).",
                           n, n=count(n), money=money(self.negative_revenue)))
        if self.prospects:
            out.append(w.n("{n} more person of the customers file not buying yet (prospects): listed, not segmented.",
                           "{n} more people of the customers file not buying yet (prospects): listed, not segmented.",
                           self.prospects, n=count(self.prospects)))
        return out


def file_totals(segmentation: Segmentation, transactions: pd.DataFrame) -> FileTotals:
    """Split the file's customers and net revenue (every kept row: the import report's figures)
    into what the pages count and what they leave out (see FileTotals)."""
    buyers = buyers_of(segmentation.customers)
    revenue = buyers["revenue"].to_numpy(dtype=np.float64)
    amount = transactions[schema.TX_AMOUNT].to_numpy(dtype=np.float64, na_value=0.0)
    ids = transactions[schema.TX_CUSTOMER]
    after = np.zeros(len(transactions), dtype=bool)
    if segmentation.reference_date is not None and len(transactions):
        dates = midnight(pd.to_datetime(transactions[schema.TX_DATE], errors="coerce"))
        after = (dates > segmentation.reference_date).to_numpy(dtype=bool, na_value=False)
    only_returns = ids.isin(segmentation.all_returns_customers).to_numpy(dtype=bool) & ~after
    # (the ids compared as text in Arrow: Python sets of a big file's ids took seconds)
    counted = pd.concat([buyers["customer_id"].astype("str"),
                         pd.Series(segmentation.all_returns_customers, dtype="str")], ignore_index=True)
    late_ids = pd.Series(ids[after].astype("str").unique(), dtype="str")
    late_ids = late_ids[positions_in(late_ids, counted) < 0]
    negative = revenue < 0
    return FileTotals(
        file_customers=int(ids.nunique()), file_revenue=round(float(amount.sum()), 2),
        segmented_customers=len(buyers), segmented_revenue=round(float(revenue.sum()), 2),
        only_returns_customers=len(segmentation.all_returns_customers),
        only_returns_revenue=round(float(amount[only_returns].sum()), 2),
        after_reference_rows=int(after.sum()), after_reference_revenue=round(float(amount[after].sum()), 2),
        after_reference_customers=len(late_ids),
        negative_customers=int(negative.sum()), negative_revenue=round(float(revenue[negative].sum()), 2),
        prospects=len(segmentation.customers) - len(buyers))
