"""Time the customer table and full segmentation on 1,000,000 rows / 50,000 customers (run by hand).

    python bench/segmentation_speed.py          # a generated in-memory frame
    python bench/segmentation_speed.py FILE     # FILE imported first (e.g. bench/cache/purchases_1000000.csv)
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.importing import import_purchases  # noqa: E402 - after sys.path (and the environment) are set above
from core.segmentation import FactsCache, Settings, segment_customers  # noqa: E402 - after sys.path (and the environment) are set above
from core.segmentation.facts import build_customer_facts  # noqa: E402 - after sys.path (and the environment) are set above


def make_frame(rows: int = 1_000_000, customers: int = 50_000, seed: int = 1) -> pd.DataFrame:
    """Canonical transactions: ~5 lines per order, 3 years of dates, 3 % returns, a few attributes."""
    rng = np.random.default_rng(seed)
    cust = rng.integers(0, customers, rows)
    order = rng.integers(0, rows // 5, rows)
    day = np.datetime64("2022-01-01") + rng.integers(0, 3 * 365, rows).astype("timedelta64[D]")
    amount = np.round(rng.gamma(2.0, 15.0, rows), 2)
    ret = rng.random(rows) < 0.03
    amount[ret] *= -1
    return pd.DataFrame({
        "customer_id": pd.Series((cust + 10000).astype(str), dtype="str"),
        "date": pd.Series(day.astype("datetime64[ns]")),
        "amount": amount,
        "order_id": pd.Series(order.astype(str), dtype="str"),
        "is_return": ret,
        "source_row": np.arange(2, rows + 2, dtype=np.int64),
        "country": pd.Series(np.array(["UK", "France", "Germany", "Spain"])[cust % 4], dtype="str"),
        "category": pd.Series(np.array([f"cat{i}" for i in range(30)])[rng.integers(0, 30, rows)], dtype="str"),
        "product": pd.Series(np.array([f"prod{i}" for i in range(2000)])[rng.integers(0, 2000, rows)], dtype="str"),
    })


def timings(fn, repeat: int = 5) -> tuple[float, float]:
    """(best, median) seconds over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        frame = import_purchases(sys.argv[1]).transactions
    else:
        frame = make_frame()
    print(f"{len(frame):,} rows, {frame['customer_id'].nunique():,} customers, load {os.getloadavg()[0]:.1f}")
    cache = FactsCache()  # what the window's session keeps: facts reused when only settings change
    segment_customers(frame, facts_cache=cache)
    rows = [
        ("plain groupby (4 aggregates)", lambda: frame.groupby("customer_id").agg(
            first=("date", "min"), last=("date", "max"), revenue=("amount", "sum"), orders=("order_id", "nunique"))),
        ("customer table (definitions §2 facts)", lambda: build_customer_facts(frame)),
        ("segment_customers (everything)", lambda: segment_customers(frame)),
        ("segment_customers, settings changed", lambda: segment_customers(frame, Settings(window_days=90),
                                                                          facts_cache=cache)),
    ]
    print(f"{'step':<40}{'best s':>10}{'median s':>10}")
    for name, fn in rows:
        best, median = timings(fn)
        print(f"{name:<40}{best:>10.3f}{median:>10.3f}")
