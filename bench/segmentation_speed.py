"""Time the customer table and full segmentation on 1,000,000 rows / 50,000 customers (run by hand)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.customer_table import build_customer_facts  # noqa: E402
from core.segmentation import segment_customers  # noqa: E402


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


def best_of(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


if __name__ == "__main__":
    frame = make_frame()
    plain = best_of(lambda: frame.groupby("customer_id").agg(first=("date", "min"), last=("date", "max"),
                                                             revenue=("amount", "sum"), orders=("order_id", "nunique")))
    facts = best_of(lambda: build_customer_facts(frame))
    full = best_of(lambda: segment_customers(frame))
    print(f"{'step':<40}{'seconds':>10}")
    print(f"{'plain groupby (4 aggregates)':<40}{plain:>10.3f}")
    print(f"{'customer table (SPEC §2 facts)':<40}{facts:>10.3f}")
    print(f"{'segment_customers (everything)':<40}{full:>10.3f}")
