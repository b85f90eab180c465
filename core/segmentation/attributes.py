"""Customers-file attributes merged into the customer table; its customers without purchases become prospects."""

from __future__ import annotations

import numpy as np
import pandas as pd

from core import schema
from core.contacts import clean_ids
from core.errors import InputError

#: Customer-table columns built from the transactions (definitions §2 up to the favourites).
FACT_COLUMNS = schema.CUSTOMER_COLUMNS[: schema.CUSTOMER_COLUMNS.index("favourite_product") + 1]


def _clean_attributes(attributes: pd.DataFrame) -> pd.DataFrame:
    """customer_id as trimmed text ("12346.0" → "12346"), blanks as NA, one row per customer."""
    if schema.TX_CUSTOMER not in attributes.columns:
        raise InputError("The customers file has no customer_id column.",
                         "Map the column that holds the customer id.")
    frame = attributes.copy()
    frame[schema.TX_CUSTOMER] = clean_ids(frame[schema.TX_CUSTOMER])
    frame = frame[frame[schema.TX_CUSTOMER].notna()]
    for col in frame.columns:
        if col != schema.TX_CUSTOMER and (frame[col].dtype == object or pd.api.types.is_string_dtype(frame[col])):
            text = frame[col].astype("str").str.strip()
            frame[col] = text.where(text.notna() & (text != ""))
    return frame.groupby(schema.TX_CUSTOMER, sort=True).last()  # last non-empty value per column


def merge_attributes(table: pd.DataFrame, attributes: pd.DataFrame, all_returns: set[str]):
    """Attributes file wins where it has a value; its customers without purchases become prospects.

    Columns named like definitions §2 columns are ignored. Customers whose rows are all returns stay out.
    Returns (table, number of prospect rows appended).
    """
    attrs = _clean_attributes(attributes)
    attrs = attrs[[c for c in attrs.columns if c not in schema.CUSTOMER_COLUMNS]]
    if not len(attrs):   # (a customers file whose every row lacks a customer id: nothing to merge)
        return table, 0
    ids = table["customer_id"]
    known = pd.Index(ids)
    pos = attrs.index.get_indexer(known)
    found = pos >= 0
    for col in attrs.columns:
        from_file = pd.Series(attrs[col].to_numpy()[np.maximum(pos, 0)], index=table.index)
        from_file = from_file.where(found)
        if col in table.columns:
            table[col] = from_file.where(from_file.notna(), table[col]).astype(table[col].dtype, errors="ignore")
        else:
            table[col] = from_file.astype(attrs[col].dtype, errors="ignore") if len(from_file) else from_file
    taken = set(ids) | all_returns
    new_ids = [i for i in attrs.index if i not in taken]
    if not new_ids:
        return table, 0
    prospects = attrs.loc[new_ids].reset_index()
    empty = _empty_facts(table, len(prospects))
    prospects = pd.concat([empty, prospects.drop(columns=[schema.TX_CUSTOMER])], axis=1)
    prospects["customer_id"] = pd.Series(new_ids, dtype="str")
    prospects = prospects.reindex(columns=table.columns)
    out = pd.concat([table, prospects], ignore_index=True)
    for col in out.columns:
        if col in FACT_COLUMNS or pd.api.types.is_string_dtype(table[col].dtype):
            out[col] = out[col].astype(table[col].dtype)
        elif pd.api.types.is_datetime64_any_dtype(out[col].dtype):
            out[col] = out[col].astype("datetime64[ns]")
    return out, len(new_ids)


def _empty_facts(table: pd.DataFrame, k: int) -> pd.DataFrame:
    """Fact columns of customers with no purchase: zero counts and money, everything else empty."""
    empty = table[list(FACT_COLUMNS)].iloc[:0].reindex(range(k))
    for col in ("orders", "purchase_days", "revenue", "revenue_last_12m", "revenue_prev_12m"):
        empty[col] = empty[col].fillna(0)
    return empty
