"""definitions §2 customer facts (dates, orders, revenue, gaps, favourites, attributes), vectorised with numpy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from core import schema
from core.arrow_columns import argsort_text, arrow_chunks, text_at
from core.distinct import sort_keys, sorted_unique
from core.errors import InputError
from core.progress import ProgressCallback, ensure
from core.segmentation.attributes import merge_attributes
from core.segmentation.charges import DEFAULT_CHARGE_LINES, ChargeMatcher
from core.segmentation.codes import Factorized, TransactionCodes
from core.segmentation.purchase_days import PurchaseDays, build_purchase_days
from core.segmentation.standing import RowArrays, Standing, standing_on
from core.words import N_, Phrase

if TYPE_CHECKING:
    from core.segmentation.predictions import Predictions
    from core.segmentation.purchases import PurchaseHistory
    from core.segmentation.settings import CompareTo

#: Transaction columns that are never carried to the customer table as attributes.
NOT_ATTRIBUTES = set(schema.TX_REQUIRED_COLUMNS) | {"quantity", "unit_price", "product", "category"} | set(
    schema.PURCHASE_FIELDS)  # a coupon code belongs to the order, not to the customer
#: Parts of a postal address, taken together from one row (definitions §2).
ADDRESS_PARTS = ("address", "postcode", "city")
DENSE_FAVOURITE_CELLS = 4_000_000  # customers × distinct values up to which favourites use one bincount


@dataclass
class CustomerFacts:
    """The customer table before scoring, and what was left out.

    ``table``: one row per customer (buyers sorted by customer_id, then prospects sorted),
    FACT_COLUMNS then attribute columns. ``is_prospect`` and ``calendar_year_revenue``
    (net revenue from 1 January of the reference year to the reference date; 0 for prospects)
    are aligned with it, and so is ``earlier`` (the facts as they stood on the comparison date of
    definitions §10, when one was asked for and is before the reference date).
    """

    table: pd.DataFrame
    reference_date: pd.Timestamp | None
    is_prospect: np.ndarray
    calendar_year_revenue: np.ndarray
    excluded_after_reference: int = 0
    all_returns_customers: list[str] = field(default_factory=list)
    has_order_ids: bool = False
    #: every buyer's purchase days and day spends (definitions §11's input)
    purchase_days: PurchaseDays | None = None
    #: the predictions of definitions §11, filled once by segment_customers and kept with the facts
    predictions: Predictions | None = None
    #: the facts as customers stood on the comparison date (definitions §10), when asked for
    earlier: Standing | None = None
    #: who bought which product and category when (definitions §12), kept here with the facts
    history: PurchaseHistory | None = None


def _codes(series: pd.Series, sort: bool = True) -> tuple[np.ndarray, pd.api.extensions.ExtensionArray]:
    """Factorize to codes (in sorted order of the values when ``sort``); blank text and NA → -1."""
    return _ranked(Factorized.of(series), sort)


def _ranked(column: Factorized, sort: bool = True) -> tuple[np.ndarray, pd.api.extensions.ExtensionArray]:
    """A factorized column's codes (of the Factorized codes' width: int32, half the memory) in sorted
    order of the values when ``sort``, and the values as text ("str", kept in Arrow: a big file's
    hundreds of thousands of customer ids are never made Python strings, which would hold the
    window's thread) in that order; blank text and NA → -1."""
    codes, uniques = column.codes, column.values
    k = len(uniques)
    if k == 0:
        return codes.copy(), pd.array([], dtype="str")
    text = pd.Series(uniques).astype("str")
    blank = (text.str.strip() == "").to_numpy(dtype=bool, na_value=True)
    values = text.array
    if sort:
        order = argsort_text(text)
        rank = np.empty(k, dtype=np.int64)
        rank[order] = np.arange(k)
        values = values.take(order)
    else:
        rank = np.arange(k, dtype=np.int64)
    rank[blank] = -1
    lookup = np.append(rank, -1).astype(codes.dtype)  # code -1 (NA) maps to the last entry
    return lookup[codes], values


def _money_sum(codes: np.ndarray, amount: np.ndarray, n: int) -> np.ndarray:
    """Per-customer sums, rounded to 9 decimals so that float noise (10.1 + 20.2 vs 20.2 + 10.1)
    never makes equal spends unequal (definitions §3: equal values, equal scores)."""
    return np.round(np.bincount(codes, weights=amount, minlength=n), 9)


def _order_codes(series: pd.Series, rows: np.ndarray) -> tuple[np.ndarray, int]:
    """Order-id codes (-1 = none) of the rows where ``rows`` is True, and how many code values.

    Only which rows share an id matters here, so any one-to-one numbering will do. Ids written as
    plain whole numbers (invoice numbers: ASCII digits, no leading zero, at most 18 of them) are read
    as numbers by pyarrow, far faster than hashing text; the other ids ("C536379", "007", "+7")
    are hashed, numbered after them."""
    arr = arrow_chunks(series)  # (chunk by chunk: the column is never copied into one piece)
    if arr is None or not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
        codes, values = _codes(series, sort=False)
        return codes[rows], len(values)
    sub = pc.filter(arr, pa.array(rows))
    length = pc.binary_length(sub)
    plain = pc.and_(pc.ascii_is_decimal(sub), pc.less_equal(length, 18))
    plain = pc.and_not(plain, pc.and_(pc.starts_with(sub, "0"), pc.greater(length, 1)))
    is_plain = pc.fill_null(plain, False).to_numpy(zero_copy_only=False).astype(bool, copy=False)
    del length, plain
    codes = np.full(len(sub), -1, dtype=np.int64)
    width = 0
    if is_plain.any():
        values = pc.cast(pc.filter(sub, pa.array(is_plain)), pa.int64()).to_numpy(zero_copy_only=False)
        lo, hi = int(values.min()), int(values.max())
        if hi - lo < 4 * len(sub) + 1024:
            codes[is_plain], width = values - lo, hi - lo + 1
        else:
            distinct = sorted_unique(values)
            codes[is_plain], width = np.searchsorted(distinct, values), len(distinct)
        del values
    other = ~is_plain
    if other.any():
        encoded = pc.dictionary_encode(pc.filter(sub, pa.array(other)).combine_chunks())
        index = pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False).astype(np.int64)
        k = len(encoded.dictionary)
        numbers = np.where(_non_blank_text(encoded.dictionary), width + np.arange(k), -1)  # blank: no id
        codes[other] = np.append(numbers, -1)[index]
        width += k
    return codes, width


def _day_numbers(dates: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Whole days since 1970 per row, and a mask of rows without a readable date."""
    if not pd.api.types.is_datetime64_any_dtype(dates):
        dates = pd.to_datetime(dates, errors="coerce")
    if getattr(dates.dt, "tz", None) is not None:
        dates = dates.dt.tz_localize(None)
    raw = dates.to_numpy(dtype="datetime64[ns]")
    nat = np.isnat(raw)
    days = raw.astype("datetime64[D]").astype(np.int64)
    days[nat] = 0
    return days, nat


def _as_dates(days: np.ndarray, missing: np.ndarray) -> pd.Series:
    out = days.astype("datetime64[D]").astype("datetime64[ns]")
    out[missing] = np.datetime64("NaT")
    return pd.Series(out, dtype="datetime64[ns]")


def _int_column(values: np.ndarray, missing: np.ndarray) -> pd.arrays.IntegerArray:
    return pd.arrays.IntegerArray(np.where(missing, 0, values).astype(np.int64), missing.copy())


def _non_blank(series: pd.Series) -> np.ndarray:
    """Rows holding a value: not NA and, for text, not empty or only spaces."""
    if isinstance(series.dtype, pd.CategoricalDtype):  # (the clean table's text: each distinct value once)
        per_value = _non_blank(pd.Series(series.cat.categories))
        return np.append(per_value, False)[series.cat.codes.to_numpy()]
    data = arrow_chunks(series)
    if data is not None:
        if pa.types.is_string(data.type) or pa.types.is_large_string(data.type):
            return _non_blank_text(data)
    if pd.api.types.is_string_dtype(series.dtype) or series.dtype == object:
        text = series if pd.api.types.is_string_dtype(series.dtype) else series.astype("str")
        return ((text.str.strip() != "") & text.notna()).to_numpy(dtype=bool, na_value=False)
    return series.notna().to_numpy(dtype=bool)


def _non_blank_text(data: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """Arrow text not null, empty or only spaces. The same as str.strip() != "" (utf8_trim_whitespace),
    without building the stripped text: utf8_is_space is true for a non-empty string of the very
    characters that trimming removes (checked over every code point), and stops at the first other."""
    filled = pc.and_not(pc.greater(pc.binary_length(data), 0), pc.utf8_is_space(data))
    return pc.fill_null(filled, False).to_numpy(zero_copy_only=False).astype(bool, copy=False)


def _latest_rows(codes, position_key, valid, nrows, n) -> np.ndarray:
    """Per customer, the row (position in the whole column of ``nrows``) with the largest (day, file
    position) among ``valid`` rows, -1 for none (``position_key`` = day offset × rows + row position)."""
    best = np.full(n, -1, dtype=np.int64)
    if valid.all():
        np.maximum.at(best, codes, position_key)
    else:
        np.maximum.at(best, codes[valid], position_key[valid])
    has = best >= 0
    best[has] %= max(nrows, 1)
    return best


def _favourite(codes, amount, col_codes, col_values, n):
    """Per customer, the value with the most net revenue (ties: alphabetical); None without any.

    ``col_codes`` are alphabetical ranks (-1 = no value). Sums are rounded to 6 decimals so that
    float noise does not break ties.
    """
    valid = col_codes >= 0
    nv = max(len(col_values), 1)
    if valid.all():
        key, amt = codes * nv, amount
        key += col_codes
    else:
        key, amt = codes[valid], amount[valid]
        key *= nv
        key += col_codes[valid]
    out = np.full(n, None, dtype=object)
    if key.size == 0:
        return out
    if n * nv <= DENSE_FAVOURITE_CELLS:  # dense: one bincount over every (customer, value) cell
        sums = np.bincount(key, weights=amt, minlength=n * nv).reshape(n, nv)
        seen = np.bincount(key, minlength=n * nv).reshape(n, nv) > 0
        sums = np.where(seen, np.round(sums, 6), -np.inf)
        has = seen.any(axis=1)
        out[has] = col_values[np.argmax(sums[has], axis=1)]  # first max = alphabetical
        return out
    ks, order = sort_keys(key)
    del key  # (row-sized arrays are let go as soon as they are done with: the peak memory)
    starts = np.flatnonzero(np.concatenate(([True], ks[1:] != ks[:-1])))
    pair_sums = np.round(np.add.reduceat(amt[order], starts), 6)
    del order, amt
    uk = ks[starts]
    del ks, starts
    cust, val = np.divmod(uk, nv)
    del uk
    best = np.full(n, -np.inf)
    np.maximum.at(best, cust, pair_sums)
    cand = pair_sums == best[cust]
    first = np.full(n, nv, dtype=np.int64)
    np.minimum.at(first, cust[cand], val[cand])
    has = first < nv
    out[has] = col_values[first[has]]
    return out


def _pair_sums(keys: np.ndarray, amount: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted distinct keys and the sum of ``amount`` per key (``keys`` is used up: sort_keys)."""
    if keys.size == 0:
        return keys, np.zeros(0)
    ks, order = sort_keys(keys)
    starts = np.flatnonzero(np.concatenate(([True], ks[1:] != ks[:-1])))
    return ks[starts], np.add.reduceat(amount[order], starts)


def _median_gaps(pair_cust, pair_day, n):
    """Median gap between consecutive purchase days per customer; NaN with fewer than 2 gaps."""
    same = pair_cust[1:] == pair_cust[:-1]
    gaps = np.diff(pair_day)[same]
    gcust = pair_cust[1:][same]
    width = int(gaps.max()) + 1 if gaps.size else 1
    gaps = (np.sort(gcust * width + gaps) % width).astype(np.float64)  # sorted within each customer
    counts = np.bincount(gcust, minlength=n)
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    out = np.full(n, np.nan)
    ok = counts >= 2
    s, c = starts[ok], counts[ok]
    out[ok] = (gaps[s + (c - 1) // 2] + gaps[s + c // 2]) / 2.0
    return out


def build_customer_facts(transactions: pd.DataFrame, reference_date: dt.date | pd.Timestamp | None = None,
                         attributes: pd.DataFrame | None = None,
                         progress: ProgressCallback | None = None, *,
                         charge_lines: Sequence[str] = DEFAULT_CHARGE_LINES,
                         compare_to: CompareTo | None = None,
                         factorized: TransactionCodes | None = None) -> CustomerFacts:
    """One row per customer with the definitions §2 facts, for ``reference_date`` (default: latest date);
    with ``compare_to`` (before the reference date) also the facts as they stood then.

    ``charge_lines``: names of products and categories that are charges (core/segmentation/charges.py):
    their rows count in revenue but never make a favourite. ``factorized``: the columns factorized
    already (core/segmentation/codes.py), to share with the purchase history; without, made here."""
    report = ensure(progress)
    tx = transactions
    missing = [c for c in (schema.TX_CUSTOMER, schema.TX_DATE, schema.TX_AMOUNT) if c not in tx.columns]
    if missing:
        raise InputError(Phrase("The transactions have no {names} column.", names=', '.join(missing)),
                         "Map those columns when importing the file.")
    nrows = len(tx)
    day_all, nat = _day_numbers(tx[schema.TX_DATE])
    if reference_date is not None:
        ref_ts = pd.Timestamp(reference_date).normalize()
    elif (~nat).any():
        ref_ts = pd.Timestamp(day_all[~nat].max(), unit="D")
    else:
        ref_ts = None
    ref_day = int((ref_ts - pd.Timestamp(0)).days) if ref_ts is not None else 0
    columns = factorized if factorized is not None else TransactionCodes.of(tx)
    cust_all, cust_values = _ranked(columns.customer)
    after = ~nat & (day_all > ref_day)
    keep = ~nat & ~after & (cust_all >= 0)

    every = bool(keep.all())
    kept = (lambda a: a) if every else (lambda a: a[keep])  # (skip copies when all rows count)
    codes_kept = kept(cust_all)
    used = np.bincount(codes_kept, minlength=len(cust_values)) > 0
    remap = np.cumsum(used) - 1
    codes = remap[codes_kept]
    del cust_all, codes_kept, remap  # (row-sized arrays are freed as soon as they are done with)
    ids = cust_values[used]
    n = len(ids)
    day = kept(day_all)
    del day_all
    excluded_after = int(after.sum())
    del nat, after
    amount = kept(np.nan_to_num(tx[schema.TX_AMOUNT].to_numpy(dtype=np.float64, na_value=np.nan)))
    if schema.TX_RETURN in tx.columns:
        is_ret = kept(tx[schema.TX_RETURN].fillna(False).to_numpy(dtype=bool))
    else:
        is_ret = amount < 0
    buy = ~is_ret
    del is_ret

    revenue = _money_sum(codes, amount, n)
    delta = ref_day - day
    last12 = _money_sum(codes, np.where(delta <= 364, amount, 0.0), n)
    prev12 = _money_sum(codes, np.where((delta >= 365) & (delta <= 729), amount, 0.0), n)
    year_start = (pd.Timestamp(year=ref_ts.year, month=1, day=1) - pd.Timestamp(0)).days if ref_ts is not None else 0
    cal_year = _money_sum(codes, np.where(day >= year_start, amount, 0.0), n)
    del delta

    report(0.3, N_("Counting purchase days and orders"))
    # unique (customer, purchase day) pairs, sorted by customer then day, with the day's spend
    bcodes, bday = codes[buy], day[buy]
    dmin = int(bday.min()) if len(bday) else 0
    span = int(bday.max()) - dmin + 1 if len(bday) else 1
    day_keys = bcodes * span  # (in place from here on; _pair_sums uses the keys up)
    day_keys += bday
    day_keys -= dmin
    pairs, pair_spend = _pair_sums(day_keys, amount[buy])
    del day_keys
    pair_cust, pair_day = pairs // span, pairs % span + dmin
    del pairs
    purchase_days = np.bincount(pair_cust, minlength=n)
    has_buy = purchase_days > 0
    first_day = np.zeros(n, dtype=np.int64)
    last_day = np.zeros(n, dtype=np.int64)
    buyers = np.flatnonzero(has_buy)
    first_day[buyers] = pair_day[np.searchsorted(pair_cust, buyers, side="left")]
    last_day[buyers] = pair_day[np.searchsorted(pair_cust, buyers, side="right") - 1]
    gap = _median_gaps(pair_cust, pair_day, n)

    has_order_ids = False
    orders = purchase_days
    row_keys, per_key = None, 1
    if schema.TX_ORDER in tx.columns and tx[schema.TX_ORDER].notna().any():
        rows = np.zeros(nrows, dtype=bool)
        rows[np.flatnonzero(keep)[buy]] = True
        oc, n_o = _order_codes(tx[schema.TX_ORDER], rows)
        del rows
        if n_o:
            has_order_ids = True
            okey = np.where(oc >= 0, oc, n_o + (bday - dmin))  # no id on a row: its day is the order
            del oc
            row_keys, per_key = bcodes * (n_o + span) + okey, n_o + span
            okeys = sorted_unique(row_keys)
            orders = np.bincount(okeys // per_key, minlength=n)
            del okeys, okey
    del bcodes, bday
    standing = None
    if compare_to is not None and ref_ts is not None and compare_to.on(ref_ts.date()) < ref_ts.date():
        standing = standing_on(RowArrays(codes, day, amount, buy, pair_cust, pair_day, row_keys, per_key, n),
                               pd.Timestamp(compare_to.on(ref_ts.date())), _money_sum)
    del row_keys

    report(0.6, N_("Finding favourite products"))
    coded = {col: _ranked(item) for col in ("category", "product") if (item := columns.item(col)) is not None}
    del columns
    matcher = ChargeMatcher(charge_lines)
    charge = np.zeros(len(codes), dtype=bool)  # kept rows that are a charge by product or category
    for col_codes, col_values in coded.values():
        flags = np.append(matcher.mask(col_values), False)  # (code -1, no value, is the last entry)
        charge |= kept(flags[col_codes])
    favourites = {}
    for col in ("category", "product"):
        if col in coded:
            col_codes, col_values = coded[col]
            col_codes = kept(col_codes)
            if charge.any():
                col_codes = np.where(charge, -1, col_codes)
            favourites[col] = _favourite(codes, amount, col_codes, col_values, n)
            del coded[col], col_codes
        else:
            favourites[col] = np.full(n, None, dtype=object)

    attr_cols = [c for c in schema.ATTRIBUTE_FIELDS if c in tx.columns and c not in NOT_ATTRIBUTES]
    attr_cols += [c for c in tx.columns if c not in NOT_ATTRIBUTES and c not in attr_cols
                  and c not in schema.CUSTOMER_COLUMNS]
    attr_rows = {}
    if attr_cols:
        rows_kept = np.arange(nrows) if every else np.flatnonzero(keep)
        position_key = day - (int(day.min()) if len(day) else 0)  # (in place from here on)
        position_key *= max(nrows, 1)
        position_key += rows_kept
        del rows_kept
        # a postal address is taken whole: street, postcode and city of the latest row with a street
        with_street = kept(_non_blank(tx["address"])) if "address" in attr_cols else None
        for col in attr_cols:
            valid = kept(_non_blank(tx[col]))
            if with_street is not None and col in ADDRESS_PARTS:
                valid = with_street
            attr_rows[col] = _latest_rows(codes, position_key, valid, nrows, n)

    report(0.9, N_("Filling in the customer table"))
    sel = has_buy
    all_returns = [str(x) for x in ids[~has_buy]]
    m = int(sel.sum())
    nobuy = np.zeros(m, dtype=bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        aov = revenue[sel] / orders[sel]
    data = {
        "customer_id": pd.Series(ids[sel], dtype="str"),
        "first_purchase": _as_dates(first_day[sel], nobuy),
        "last_purchase": _as_dates(last_day[sel], nobuy),
        "days_since_last": _int_column(ref_day - last_day[sel], nobuy),
        "tenure_days": _int_column(ref_day - first_day[sel], nobuy),
        "orders": _int_column(orders[sel], nobuy),
        "purchase_days": _int_column(purchase_days[sel], nobuy),
        "revenue": revenue[sel],
        "avg_order_value": aov,
        "typical_gap_days": gap[sel],
        "overdue_ratio": (ref_day - last_day[sel]) / gap[sel],
        "revenue_last_12m": last12[sel],
        "revenue_prev_12m": prev12[sel],
        "favourite_category": pd.Series(favourites["category"][sel], dtype="str"),
        "favourite_product": pd.Series(favourites["product"][sel], dtype="str"),
    }
    table = pd.DataFrame(data)
    for col in attr_cols:
        table[col] = _plain_column(attr_rows[col][sel], tx[col])
    is_prospect = np.zeros(m, dtype=bool)
    cal = cal_year[sel]
    if attributes is not None:
        table, added = merge_attributes(table, attributes, set(all_returns))
        is_prospect = np.concatenate([is_prospect, np.ones(added, dtype=bool)])
        cal = np.concatenate([cal, np.zeros(added)])
    history = build_purchase_days(pair_cust, pair_day, pair_spend, np.cumsum(has_buy) - 1, m, ref_day)
    earlier = standing.take(np.flatnonzero(sel), len(is_prospect) - m) if standing is not None else None
    return CustomerFacts(table.reset_index(drop=True), ref_ts, is_prospect, cal,
                         excluded_after, all_returns, has_order_ids, history, earlier=earlier)


def _plain_column(rows: np.ndarray, original: pd.Series) -> pd.Series:
    """The customer table's column: ``original``'s value at each of ``rows`` (-1: none). Text
    (the clean table's categoricals of text, or text) is taken in Arrow; other values as objects."""
    has = rows >= 0
    data, taken = original, rows
    if isinstance(original.dtype, pd.CategoricalDtype):
        codes = original.cat.codes.to_numpy()
        taken = np.where(has, codes[np.where(has, rows, 0)], -1)
        data = pd.Series(original.cat.categories)
    arrow = arrow_chunks(data) if isinstance(data.dtype, pd.StringDtype) else None
    if arrow is not None:
        return text_at(arrow, taken)
    values = np.full(len(rows), None, dtype=object)
    values[has] = original.iloc[rows[has]].to_numpy(dtype=object)
    if pd.api.types.is_string_dtype(original.dtype) or original.dtype == object or \
            isinstance(original.dtype, pd.CategoricalDtype):
        return pd.Series(values, dtype="str")
    return pd.Series(pd.array(list(values)) if len(values) else original.iloc[:0].array)
