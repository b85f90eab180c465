"""Deterministic synthetic purchase history for the benchmark (run by hand, not in CI).

Writes ``bench/cache/purchases_<rows>.xlsx`` and ``.csv`` once and reuses them afterwards:

    python bench/generate_data.py                 # 1,000,000 rows, about 50,000 customers
    python bench/generate_data.py --rows 5000     # the small version the smoke test uses
    python bench/generate_data.py --force         # write again even if the files exist
    python bench/generate_data.py --rows 10000000 --csv   # the CSV alone (no sheet holds 10M rows)

The columns follow the UCI Online Retail export (``InvoiceNo, StockCode, Description, Quantity,
InvoiceDate, UnitPrice, CustomerID, Country``) with the same cell types in the workbook (invoice
numbers are numbers, ``C…`` cancellations are text; all-digit stock codes are numbers; dates are
Excel date-times; customer ids are numbers, empty on a few rows), plus ``Email`` and
``First Name`` so that a mailing list can be exported from the same file.

The shape is skewed like a real shop: a customer's number of orders is drawn from a heavy-tailed
(Pareto) law, so most customers buy once or twice and a few hundred times; an order has several
lines (geometric, mean about 4); product popularity is Zipf-like; about 2 % of orders are
cancellations (``C`` + invoice number, negative quantities). Everything comes from one seeded
numpy generator, so the same ``--rows`` and ``--seed`` always give the same bytes of data.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import xlsxwriter

CACHE_DIR = Path(__file__).resolve().parent / "cache"
DEFAULT_ROWS = 1_000_000
DEFAULT_SEED = 2026
ROWS_PER_CUSTOMER = 20          # 1,000,000 rows -> about 50,000 customers
YEARS = 3
START = np.datetime64("2022-01-03T00:00")  # a Monday; the data spans three years from here
COLUMNS = ("InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
           "CustomerID", "Country", "Email", "First Name")
SHEET = "Online Retail"

COUNTRIES = np.array(["United Kingdom", "Germany", "France", "EIRE", "Spain", "Netherlands",
                      "Belgium", "Switzerland", "Portugal", "Australia", "Norway", "Italy",
                      "Channel Islands", "Finland", "Cyprus", "Sweden", "Austria", "Denmark",
                      "Japan", "Poland"])
COUNTRY_WEIGHTS = np.array([80, 3, 3, 2, 1.5, 1.2, 1, 1, 0.8, 0.7, 0.6, 0.6, 0.5, 0.5, 0.4,
                            0.4, 0.4, 0.4, 0.3, 0.3])
FIRST_NAMES = np.array(["Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya",
                        "Sophia", "Grace", "Noah", "Oliver", "George", "Arthur", "Leo", "Harry",
                        "Oscar", "Archie", "Henry", "Theo", "Émile", "Zoë", "Jürgen", "Søren",
                        "María", "José", "Chloé", "François", "Anaïs", "Björn"])
ADJECTIVES = ["WHITE", "RED", "BLUE", "PINK", "GREEN", "VINTAGE", "RETRO", "REGENCY", "HANGING",
              "SMALL", "LARGE", "JUMBO", "PAPER", "GLASS", "METAL", "WOODEN", "HEART", "STAR",
              "SPOTTY", "FLORAL", "CHRISTMAS", "PARTY", "GARDEN", "KITCHEN", "SET OF 3", "SET OF 6"]
NOUNS = ["T-LIGHT HOLDER", "LANTERN", "BUNTING", "CAKE CASES", "LUNCH BAG", "MUG", "TEA TOWEL",
         "DOORMAT", "JAM MAKING SET", "BLACK BOARD", "PHOTO FRAME", "CANDLE", "CUSHION COVER",
         "NAPKINS", "STORAGE TIN", "CLOCK", "BOTTLE", "PURSE", "NOTEBOOK", "WRAP", "BOWL",
         "TEACUP AND SAUCER", "SIGN", "BASKET", "DECORATION", "GIFT BAG", "RIBBONS", "HOOK"]


@dataclass(frozen=True)
class Dataset:
    xlsx: Path
    csv: Path
    rows: int


def cache_paths(rows: int, seed: int = DEFAULT_SEED, cache_dir: Path = CACHE_DIR) -> Dataset:
    stem = f"purchases_{rows}" if seed == DEFAULT_SEED else f"purchases_{rows}_s{seed}"
    return Dataset(cache_dir / f"{stem}.xlsx", cache_dir / f"{stem}.csv", rows)


# ---- the data ------------------------------------------------------------------------------------

def _products(rng: np.random.Generator, n: int):
    """Stock codes (int when all digits, else str), descriptions and unit prices."""
    base = rng.choice(np.arange(10000, 99999), size=n, replace=False)
    suffix = rng.random(n) < 0.15
    letters = rng.choice(list("ABCDEFGHJKLNPSW"), size=n)
    codes = [f"{b}{letter}" if s else int(b) for b, s, letter in zip(base.tolist(), suffix.tolist(),
                                                                   letters.tolist(), strict=True)]
    codes[0] = "POST"                                        # postage, as in the real export
    adjectives = rng.choice(ADJECTIVES, size=(n, 2))
    nouns = rng.choice(NOUNS, size=n)
    descriptions = []
    for i in range(n):
        d = f"{adjectives[i, 0]} {adjectives[i, 1]} {nouns[i]}" if adjectives[i, 0] != adjectives[i, 1] \
            else f"{adjectives[i, 0]} {nouns[i]}"
        if i % 37 == 5:
            d += " "                                         # trailing spaces occur in the real file
        descriptions.append(d)
    descriptions[0] = "POSTAGE"
    prices = np.round(np.exp(rng.normal(0.9, 0.8, size=n)), 2).clip(0.19, 295.0)
    prices[0] = 18.0
    return codes, np.array(descriptions, dtype=object), prices


def generate(rows: int = DEFAULT_ROWS, seed: int = DEFAULT_SEED) -> dict[str, np.ndarray]:
    """Return the columns (numpy arrays, file order = invoice date order) of ``rows`` rows."""
    rng = np.random.default_rng(seed)
    n_customers = max(rows // ROWS_PER_CUSTOMER, 5)
    n_products = int(min(4000, max(50, rows // 100)))
    codes, descriptions, prices = _products(rng, n_products)

    # customers: heavy-tailed order counts, most buy once or twice, a few a few hundred times
    cust_ids = 12346 + rng.choice(np.arange(n_customers * 3), size=n_customers, replace=False)
    orders_per = np.floor(rng.pareto(1.25, size=n_customers) * 1.6).astype(np.int64) + 1
    orders_per = np.minimum(orders_per, 400)
    countries = rng.choice(COUNTRIES, size=n_customers, p=COUNTRY_WEIGHTS / COUNTRY_WEIGHTS.sum())
    first = rng.choice(FIRST_NAMES, size=n_customers)
    has_email = rng.random(n_customers) < 0.9
    emails = np.array([f"customer{c}@example.com" if e else "" for c, e in
                       zip(cust_ids.tolist(), has_email.tolist(), strict=True)], dtype=object)
    first = np.where(rng.random(n_customers) < 0.85, first, "")

    # orders: each customer is active between two random points of the three years
    total_minutes = YEARS * 365 * 24 * 60
    a = rng.random(n_customers)
    b = rng.random(n_customers)
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    hi = np.where(orders_per == 1, lo, hi)
    order_cust = np.repeat(np.arange(n_customers), orders_per)
    u = rng.random(order_cust.size)
    when = lo[order_cust] + u * (hi[order_cust] - lo[order_cust])
    minute = (when * total_minutes).astype(np.int64)
    minute = minute - minute % (24 * 60) + rng.integers(8 * 60, 19 * 60, size=minute.size)
    lines = np.minimum(rng.geometric(0.25, size=order_cust.size), 60)

    # scale to the requested row count: drop or repeat whole orders at random
    cum = np.cumsum(lines)
    if cum[-1] < rows:                                        # unlikely: add copies of orders
        extra = rng.choice(order_cust.size, size=(rows - cum[-1]) // 4 + 1)
        order_cust = np.concatenate([order_cust, order_cust[extra]])
        minute = np.concatenate([minute, minute[extra] + 1])
        lines = np.concatenate([lines, lines[extra]])
    order_sort = np.argsort(minute, kind="stable")
    order_cust, minute, lines = order_cust[order_sort], minute[order_sort], lines[order_sort]
    n_orders = order_cust.size
    is_cancel = rng.random(n_orders) < 0.02
    invoice = 536365 + np.arange(n_orders)

    # lines, exploded; then trim the surplus with a random, order-preserving choice of rows
    row_order = np.repeat(np.arange(n_orders), lines)
    if row_order.size > rows:
        keep = np.sort(rng.choice(row_order.size, size=rows, replace=False))
        row_order = row_order[keep]
    n = row_order.size
    cust_of_row = order_cust[row_order]
    zipf = rng.zipf(1.3, size=n) - 1
    product = np.where(zipf < n_products, zipf, rng.integers(0, n_products, size=n))
    product = rng.permutation(n_products)[product]            # popular products spread over codes
    product[rng.random(n) < 0.004] = 0                        # POSTAGE lines
    qty = np.minimum(rng.geometric(0.2, size=n), 480) * rng.choice([1, 1, 1, 2, 3, 6, 12], size=n)
    cancel_row = is_cancel[row_order]
    qty = np.where(cancel_row, -qty, qty)

    invoice_col = np.empty(n, dtype=object)
    inv = invoice[row_order]
    invoice_col[:] = inv
    invoice_col[cancel_row] = np.char.add("C", inv[cancel_row].astype(str)).astype(object)
    stock = np.array(codes, dtype=object)[product]
    customer = cust_ids[cust_of_row].astype(np.float64)
    customer[rng.random(n) < 0.01] = np.nan                   # rows with no customer id
    return {
        "InvoiceNo": invoice_col,
        "StockCode": stock,
        "Description": descriptions[product],
        "Quantity": qty.astype(np.int64),
        "InvoiceDate": START + minute[row_order].astype("timedelta64[m]"),
        "UnitPrice": prices[product],
        "CustomerID": customer,
        "Country": countries[cust_of_row],
        "Email": emails[cust_of_row],
        "First Name": first[cust_of_row],
    }


# ---- writing -------------------------------------------------------------------------------------

def _excel_serial(dates: np.ndarray) -> np.ndarray:
    """Excel 1900-system serial numbers of datetime64 values (after 1900-03-01)."""
    minutes = (dates - np.datetime64("1899-12-30T00:00")).astype("timedelta64[m]").astype(np.int64)
    return minutes / (24 * 60)


def write_xlsx(data: dict[str, np.ndarray], path: Path) -> None:
    """XlsxWriter in constant-memory mode, one cell at a time with the UCI cell types."""

    tmp = path.with_name(path.name + ".part")
    wb = xlsxwriter.Workbook(str(tmp), {"constant_memory": True, "strings_to_numbers": False,
                                         "strings_to_formulas": False, "strings_to_urls": False})
    ws = wb.add_worksheet(SHEET)
    date_fmt = wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    ws.set_column(4, 4, 16)
    for c, name in enumerate(COLUMNS):
        ws.write_string(0, c, name)
    cols = [data[name].tolist() if name != "InvoiceDate" else _excel_serial(data[name]).tolist()
            for name in COLUMNS]
    inv, stock, desc, qty, date, price, cust, country, email, first = cols
    write_number, write_string = ws.write_number, ws.write_string
    for i in range(len(qty)):
        r = i + 1
        v = inv[i]
        (write_string if type(v) is str else write_number)(r, 0, v)
        v = stock[i]
        (write_string if type(v) is str else write_number)(r, 1, v)
        write_string(r, 2, desc[i])
        write_number(r, 3, qty[i])
        write_number(r, 4, date[i], date_fmt)
        write_number(r, 5, price[i])
        v = cust[i]
        if v == v:                                            # NaN: leave the cell empty
            write_number(r, 6, v)
        write_string(r, 7, country[i])
        if email[i]:
            write_string(r, 8, email[i])
        if first[i]:
            write_string(r, 9, first[i])
    wb.close()
    os.replace(tmp, path)


def write_csv(data: dict[str, np.ndarray], path: Path) -> None:
    frame = pd.DataFrame({name: data[name] for name in COLUMNS})
    frame["CustomerID"] = frame["CustomerID"].astype("Int64")
    tmp = path.with_name(path.name + ".part")
    frame.to_csv(tmp, index=False, date_format="%Y-%m-%d %H:%M:%S", encoding="utf-8", chunksize=500_000)
    os.replace(tmp, path)


def ensure_dataset(rows: int = DEFAULT_ROWS, seed: int = DEFAULT_SEED, force: bool = False,
                   cache_dir: Path = CACHE_DIR, verbose: bool = True, csv_only: bool = False) -> Dataset:
    """Write the workbook and the CSV into ``cache_dir`` unless they are already there
    (``csv_only``: the CSV alone, for more rows than a sheet holds)."""
    ds = cache_paths(rows, seed, cache_dir)
    if not force and ds.csv.exists() and (csv_only or ds.xlsx.exists()):
        return ds
    cache_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    data = generate(rows, seed)
    if verbose:
        print(f"generated {rows:,} rows in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    if force or not ds.csv.exists():
        t0 = time.perf_counter()
        write_csv(data, ds.csv)
        if verbose:
            print(f"wrote {ds.csv} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    if not csv_only and (force or not ds.xlsx.exists()):
        t0 = time.perf_counter()
        write_xlsx(data, ds.xlsx)
        if verbose:
            print(f"wrote {ds.xlsx} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return ds


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=DEFAULT_ROWS, help="data rows (default 1,000,000)")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--cache-dir", type=Path, default=CACHE_DIR)
    p.add_argument("--force", action="store_true", help="write the files again")
    p.add_argument("--csv", action="store_true", help="the CSV only (allows more rows than a sheet holds)")
    a = p.parse_args(argv)
    if a.rows < 1 or (a.rows > 1_048_575 and not a.csv):
        p.error("--rows must be between 1 and 1,048,575 (an Excel sheet's limit); more with --csv")
    ds = ensure_dataset(a.rows, a.seed, a.force, a.cache_dir, csv_only=a.csv)
    if not a.csv:
        print(ds.xlsx)
    print(ds.csv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
