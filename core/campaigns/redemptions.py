"""Coupon redemptions (definitions §9): which issued codes appear in a newer purchases file, and where.

A code is **redeemed** when it appears in the coupon column (the mapping field ``coupon_code``) of a
purchase row (not a return) dated after the sent date and on or before the code's own expiry date.
Cells are read trimmed and without regard to case, and one cell may hold several codes: it is cut
at commas, semicolons, spaces, bars and colons (so WooCommerce's ``code:SAVE10|amount:5.00`` yields
``SAVE10``); only the pieces that are issued codes count. Each issued code counts once however often
it is used; the orders that carried it, and who used it, are kept for the results.

Redemptions are never proof that an offer worked (customers who would have bought anyway use the
code too): the control group answers that. They show use, sharing (a code used by someone other
than its owner) and contamination (a code used by a control customer, who was sent none).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

#: Where a coupon cell is cut into codes.
CODE_SEPARATORS = r"[,;\s|:]+"
#: The transactions column that holds the coupon codes (the mapping field of definitions §1).
COUPON_FIELD = "coupon_code"


def cell_codes(values: pd.Series) -> pd.Series:
    """The codes of each non-empty cell, one per entry, upper-case, on the cells' index (repeated
    for a cell that holds several)."""
    text = values.dropna().astype(str).str.strip().str.upper()
    text = text[text != ""]
    if text.empty:
        return pd.Series([], dtype=object)
    pieces = text.str.split(CODE_SEPARATORS, regex=True).explode()
    return pieces[pieces.notna() & (pieces != "")].astype(object)


@dataclass(frozen=True)
class Redemptions:
    """Every use of an issued code in its valid period: one row per (code, purchase row) with the
    code, its owner, the customer who used it and the order it was on (``order_key``); and each
    such order's net revenue (``order_revenue``, every row of the order, returns included)."""

    uses: pd.DataFrame
    order_revenue: pd.Series

    @property
    def redeemed(self) -> set[str]:
        return set(self.uses["code"])


def order_keys(transactions: pd.DataFrame) -> pd.Series:
    """Each row's order: its order id, or for a row without one its customer and day (definitions §2)."""
    ids = transactions["order_id"]
    fallback = "@" + transactions["customer_id"].astype(str) + "|" + transactions["date"].dt.strftime("%Y-%m-%d")
    return ids.astype(object).where(ids.notna(), fallback)


def find_redemptions(transactions: pd.DataFrame, issued: pd.DataFrame, sent_date: dt.date) -> Redemptions:
    """The uses of ``issued`` codes (columns ``code`` upper-case, ``owner`` customer id, ``expiry``
    date) in ``transactions`` (the importer's frame with a ``coupon_code`` column)."""
    empty = Redemptions(pd.DataFrame({"code": [], "owner": [], "customer_id": [], "order_key": []}, dtype=object),
                        pd.Series(dtype="float64"))
    if COUPON_FIELD not in transactions or issued.empty:
        return empty
    latest = pd.Timestamp(issued["expiry"].max()) if issued["expiry"].notna().any() else None
    dates = transactions["date"]
    valid = (dates > pd.Timestamp(sent_date)) & ~transactions["is_return"].to_numpy()
    if latest is not None:
        valid &= dates <= latest
    valid &= transactions[COUPON_FIELD].notna().to_numpy()
    rows = transactions.loc[valid, ["customer_id", "date", "order_id", COUPON_FIELD]]
    pieces = cell_codes(rows[COUPON_FIELD])
    lookup = issued.drop_duplicates("code").set_index("code")
    pieces = pieces[pieces.isin(lookup.index)]
    if pieces.empty:
        return empty
    used = rows.loc[pieces.index, ["customer_id", "date", "order_id"]].copy()
    used["code"] = pieces.to_numpy()
    expiry = pd.to_datetime(lookup["expiry"].reindex(used["code"]).to_numpy())
    used = used[np.asarray(pd.isna(expiry) | (used["date"].to_numpy() <= expiry))]
    used["owner"] = lookup["owner"].reindex(used["code"]).to_numpy()
    used["order_key"] = order_keys(used).to_numpy()
    uses = used[["code", "owner", "customer_id", "order_key"]].drop_duplicates().reset_index(drop=True)
    return Redemptions(uses, _order_revenue(transactions, used))


def _order_revenue(transactions: pd.DataFrame, used: pd.DataFrame) -> pd.Series:
    """Net revenue (all rows, returns included) of the orders in ``used``, by order key."""
    with_id = used["order_id"].dropna().unique()
    parts = []
    if len(with_id):
        rows = transactions[transactions["order_id"].isin(with_id)]
        parts.append(rows.groupby(rows["order_id"].astype(object))["amount"].sum())
    without = used[used["order_id"].isna()]
    if len(without):
        pairs = without[["customer_id", "date"]].drop_duplicates()
        rows = transactions[transactions["order_id"].isna()].merge(pairs, on=["customer_id", "date"])
        parts.append(rows.groupby(order_keys(rows).to_numpy())["amount"].sum())
    return pd.concat(parts) if parts else pd.Series(dtype="float64")
