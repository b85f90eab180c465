"""Who bought what, and when: per customer and product (or category), the purchase days up to the
reference date. It feeds the re-buy intervals and the "Due to re-buy" list (definitions §12,
core/segmentation/rebuy.py) and the lists "bought <category> in the last N days" / "bought it before
but not in the last N days" (core/segmentation/filters.py).

Built once per customer table (kept with the cached customer facts, so a settings change does not
build it again), with numpy: one factorization per column, one sort of (pair, day) keys.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from core import schema
from core.arrow_columns import argsort_text, positions_in
from core.distinct import sort_keys
from core.segmentation.codes import Factorized, TransactionCodes

#: The transaction columns a customer's purchases are told apart by.
ITEM_FIELDS = ("product", "category")


@dataclass(frozen=True)
class ItemPurchases:
    """One field (product or category): a row per (customer, item) the customer bought (a
    non-return row) up to the reference date.

    ``customer``: the customer's position in the customer table; ``item``: a code into ``values``
    (the items in alphabetical order, so a lower code is the earlier name); ``first_day`` and
    ``last_day``: the first and last purchase day of it (days since 1970); ``days``: its distinct
    purchase days; ``revenue``: the net sum of the customer's rows of it (returns included). Rows
    are sorted by (customer, item). ``gap_item`` / ``gaps``: every gap in days between a customer's
    consecutive purchase days of one item, sorted by (item, gap)."""

    values: np.ndarray
    customer: np.ndarray
    item: np.ndarray
    first_day: np.ndarray
    last_day: np.ndarray
    days: np.ndarray
    revenue: np.ndarray
    gap_item: np.ndarray
    gaps: np.ndarray

    def codes_of(self, value: str) -> np.ndarray:
        """The codes of the items named ``value`` (trimmed, letter case aside)."""
        key = value.strip().casefold()
        names = pd.Series(self.values, dtype="object").astype(str).str.strip().str.casefold()
        return np.flatnonzero(names.to_numpy() == key)


@dataclass(frozen=True)
class PurchaseHistory:
    """The purchases by product and by category (None when the file has no such column), as of
    ``reference_day`` (days since 1970). ``ItemPurchases.customer`` is a position in ``ids``: the
    customer table's ids once :meth:`aligned` to it."""

    reference_day: int
    ids: pd.Index
    product: ItemPurchases | None
    category: ItemPurchases | None

    @property
    def customers(self) -> int:
        return len(self.ids)

    def field(self, name: str) -> ItemPurchases | None:
        return self.product if name == "product" else self.category if name == "category" else None

    def aligned(self, customer_ids: pd.Series) -> PurchaseHistory:
        """The same history with customers numbered by their row in ``customer_ids`` (the
        customer table's ids, in its order); customers not there are dropped."""
        ids = pd.Index(customer_ids.astype(str))
        if ids.equals(self.ids):
            return self
        where = positions_in(self.ids, ids)   # (Arrow's hash: the window's thread keeps running)
        fields = [None if f is None else _renumbered(f, where) for f in (self.product, self.category)]
        return PurchaseHistory(self.reference_day, ids, fields[0], fields[1])


def _renumbered(items: ItemPurchases, where: np.ndarray) -> ItemPurchases:
    """``items`` with customer codes mapped through ``where`` (-1: dropped), sorted again by
    (customer, item).

    The rows are sorted by (old customer, item), so each old customer's rows are one block with its
    items in order already: when the new codes keep the old order (the history and the customer
    table both number customers in the order of their ids) the rows stay where they are; otherwise
    the blocks are put in the order of the new codes (a sort of one key per customer, not per row)
    and expanded back to rows. Two old customers given one new code (ids
    that read alike as text) need their rows merged by item: a full sort then."""
    customer = where[items.customer] if len(where) else items.customer
    n = len(customer)
    if n and len(where):
        start = np.flatnonzero(np.concatenate(([True], items.customer[1:] != items.customer[:-1])))
        length = np.diff(np.append(start, n))
        new = customer[start]
        kept = np.flatnonzero(new >= 0)
        if (np.diff(new[kept]) > 0).all():        # the same order (both sorted by id): no move
            if len(kept) == len(start):
                return replace(items, customer=customer)
            return _taken(items, customer, np.flatnonzero(customer >= 0))
        order = kept[np.argsort(new[kept], kind="stable")]
        ranked = new[order]
        if not (ranked[1:] == ranked[:-1]).any():
            first, size = start[order], length[order]
            end = np.cumsum(size)
            pick = np.arange(int(end[-1]) if len(end) else 0) + np.repeat(first - (end - size), size)
            return _taken(items, customer, pick)
    keep = customer >= 0
    order = np.lexsort((items.item[keep], customer[keep]))
    return _taken(items, customer, np.flatnonzero(keep)[order])


def _taken(items: ItemPurchases, customer: np.ndarray, pick: np.ndarray) -> ItemPurchases:
    """``items`` with the rows ``pick`` (in that order) and the customer codes ``customer``."""
    return replace(items, customer=customer[pick], item=items.item[pick], first_day=items.first_day[pick],
                   last_day=items.last_day[pick], days=items.days[pick], revenue=items.revenue[pick])


def _day_numbers(dates: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    raw = pd.to_datetime(dates, errors="coerce") if not pd.api.types.is_datetime64_any_dtype(dates) else dates
    values = raw.to_numpy(dtype="datetime64[ns]")
    nat = np.isnat(values)
    days = values.astype("datetime64[D]").astype(np.int64)
    days[nat] = 0
    return days, nat


def _item_codes(column: Factorized) -> tuple[np.ndarray, np.ndarray]:
    """Codes of a factorized text column in alphabetical order of the values (trimmed; blank and NA -> -1)."""
    codes, uniques = column.codes, column.values
    if len(uniques) == 0:
        return codes.astype(np.int64), np.zeros(0, dtype=object)
    text = pd.Series(np.asarray(uniques, dtype=object)).astype(str).str.strip()
    # two spellings that trim alike ("Mug", "Mug ") are one item
    trimmed, found = pd.factorize(text.where(text != ""), use_na_sentinel=True)
    names = np.asarray(found, dtype=object)
    order = np.argsort(names, kind="stable")
    rank = np.empty(len(names), dtype=np.int64)
    rank[order] = np.arange(len(names))
    per_unique = np.where(trimmed >= 0, rank[np.maximum(trimmed, 0)], -1)
    return np.append(per_unique, -1)[codes], names[order]


def quantile_sorted(values: np.ndarray, starts: np.ndarray, counts: np.ndarray, q: float) -> np.ndarray:
    """numpy's default (linear) quantile ``q`` of each group of sorted ``values`` (groups given
    by ``starts`` and ``counts``, all counts >= 1)."""
    h = (counts - 1) * q
    low = np.floor(h).astype(np.int64)
    high = np.minimum(low + 1, counts - 1)
    v_low = values[starts + low]
    return v_low + (h - low) * (values[starts + high] - v_low)


def _rows_of(rows: np.ndarray, *arrays: np.ndarray) -> list[np.ndarray]:
    """The ``rows`` (a mask) of each array; the arrays themselves, not copies, when every row counts
    (at 10M rows, four row-sized copies fewer at the segmentation's peak memory)."""
    if rows.all():
        return list(arrays)
    return [a[rows] for a in arrays]


def _item_purchases(cust: np.ndarray, item: np.ndarray, values: np.ndarray, day: np.ndarray,
                    amount: np.ndarray, buy: np.ndarray) -> ItemPurchases:
    """The (customer, item) rows of one field from its kept rows, with one sort of the rows by
    (customer, item, day)."""
    ni = max(len(values), 1)
    dmin = int(day.min()) if len(day) else 0
    span = int(day.max()) - dmin + 1 if len(day) else 1
    sort_key = cust * ni
    sort_key += item
    sort_key *= span
    sort_key += day
    sort_key -= dmin
    key, order = sort_keys(sort_key)
    del sort_key  # (row-sized arrays are let go as soon as they are done with: the peak memory)
    pair = key // span
    # net revenue of every pair (returns included)
    pair_start = np.flatnonzero(np.concatenate(([True], pair[1:] != pair[:-1]))) if len(pair) else order[:0]
    all_pairs = pair[pair_start]
    del pair
    revenue_all = np.round(np.add.reduceat(amount[order], pair_start), 9) if len(pair_start) else amount[:0]
    del pair_start
    # distinct purchase days of the pairs bought (sorted already)
    bought = key[buy[order]]
    del key, order
    if len(bought):
        bought = bought[np.concatenate(([True], bought[1:] != bought[:-1]))]
    pairs, days = np.divmod(bought, span)
    days += dmin
    del bought
    new = np.concatenate(([True], pairs[1:] != pairs[:-1])) if len(pairs) else np.zeros(0, dtype=bool)
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], len(pairs)) - 1 if len(starts) else starts
    unique_pairs = pairs[starts]
    revenue = revenue_all[np.searchsorted(all_pairs, unique_pairs)]
    del revenue_all, all_pairs
    same = ~new[1:]
    del new
    gap = np.diff(days)[same]
    gap_item = pairs[1:][same] % ni
    del pairs, same
    first_days, last_days = days[starts], days[ends]
    del days
    counts = (ends - starts + 1).astype(np.int64)
    del starts, ends
    customer, item = np.divmod(unique_pairs, ni)
    del unique_pairs
    width = int(gap.max()) + 1 if gap.size else 1
    ranked = gap_item * width  # (in place from here on)
    del gap_item
    ranked += gap
    del gap
    ranked.sort()
    gap_item, gaps = np.divmod(ranked, width)
    del ranked
    return ItemPurchases(values, customer, item, first_days, last_days, counts, revenue, gap_item, gaps)


def purchase_history(transactions: pd.DataFrame, reference_date: pd.Timestamp | None,
                     factorized: TransactionCodes | None = None) -> PurchaseHistory:
    """The purchase history of every customer of ``transactions`` up to ``reference_date`` (default:
    the latest date; rows after it, or without a readable date or customer, take no part); customers are numbered in
    the order of their ids (:meth:`PurchaseHistory.aligned` renumbers them by a customer table).
    ``factorized``: the columns factorized already (shared with the customer facts); without, made here."""
    empty = pd.Index([], dtype=object)
    fields = [f for f in ITEM_FIELDS if f in transactions.columns]
    if not fields or not len(transactions):
        return PurchaseHistory(0, empty, None, None)
    day, nat = _day_numbers(transactions[schema.TX_DATE])
    if reference_date is not None:
        ref = int((pd.Timestamp(reference_date).normalize() - pd.Timestamp(0)).days)
    elif (~nat).any():
        ref = int(day[~nat].max())
    else:
        return PurchaseHistory(0, empty, None, None)
    columns = factorized if factorized is not None else TransactionCodes.of(transactions)
    cust, uniques = columns.customer.codes, columns.customer.values
    # customers numbered in the order of their ids, as the customer table lists them (its
    # aligned() then keeps the rows where they are)
    # (as text kept in Arrow: a big file's hundreds of thousands of ids never become Python strings)
    names = pd.Series(uniques, copy=False).astype("str").reset_index(drop=True)
    order = argsort_text(names)
    rank = np.empty(len(names), dtype=np.int64)
    rank[order] = np.arange(len(names))
    cust = np.append(rank, -1)[cust]
    keep = ~nat & (day <= ref) & (cust >= 0)
    amount = np.nan_to_num(transactions[schema.TX_AMOUNT].to_numpy(dtype=np.float64, na_value=np.nan))
    if schema.TX_RETURN in transactions.columns:
        is_return = transactions[schema.TX_RETURN].fillna(False).to_numpy(dtype=bool)
    else:
        is_return = amount < 0
    found: dict[str, ItemPurchases] = {}
    for name in fields:
        coded = columns.item(name)
        item, values = _item_codes(coded if coded is not None else Factorized.of(transactions[name]))
        rows = keep & (item >= 0)
        picked = _rows_of(rows, cust, item, day, amount, ~is_return)
        del item, rows
        found[name] = _item_purchases(picked[0], picked[1], values, picked[2], picked[3], picked[4])
        del picked
    ids = pd.Index(names.array.take(order))
    return PurchaseHistory(ref, ids, found.get("product"), found.get("category"))
