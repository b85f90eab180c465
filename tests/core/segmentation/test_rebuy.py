"""Re-buy intervals (median gap with the 25th and 75th percentiles, from at least 20 gaps) and who is
due to buy again (definitions §12), on hand-made purchases and on the bundled sample."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.segmentation import Settings, segment_customers
from core.segmentation.purchases import purchase_history
from core.segmentation.rebuy import MIN_GAPS, REBUY_COLUMNS, due_customers, rebuy_intervals, rebuy_table
from tests.factories import tx_frame

REF = pd.Timestamp("2024-06-30")


def _rows(customer: str, product: str, days_before: list[int], amount: float = 10.0, is_return: bool = False):
    return [(customer, REF - pd.Timedelta(days=d), -amount if is_return else amount, None, is_return, product)
            for d in days_before]


def _tea_buyers() -> list:
    """Seven customers who buy Tea every 10, 20 or 30 days: 3 gaps each, 21 gaps in all."""
    rows = []
    for k, step in enumerate([10, 10, 20, 20, 30, 30, 30]):
        start = 200 + k
        rows += _rows(f"T{k}", "Tea", [start, start - step, start - 2 * step, start - 3 * step])
    return rows


def _history(rows, reference=REF):
    return purchase_history(tx_frame(rows, ("product",)), reference)


def test_interval_is_the_median_gap_with_its_quartiles():
    history = _history(_tea_buyers() + _rows("M0", "Mug", list(range(0, 200, 10))))   # 19 Mug gaps: too few
    intervals = rebuy_intervals(history.product)
    names = history.product.values[intervals.item].tolist()
    assert names == ["Tea"]
    gaps = [10] * 6 + [20] * 6 + [30] * 9
    assert intervals.gaps.tolist() == [21] and len(gaps) == 21 >= MIN_GAPS
    assert intervals.median.tolist() == [np.median(gaps)]
    assert intervals.p25.tolist() == [np.percentile(gaps, 25)] and intervals.p75.tolist() == [np.percentile(gaps, 75)]
    assert intervals.repeat_customers.tolist() == [7]


def test_twenty_gaps_make_an_interval():
    history = _history(_rows("M0", "Mug", list(range(0, 210, 10))))                  # 21 days, 20 gaps
    intervals = rebuy_intervals(history.product)
    assert history.product.values[intervals.item].tolist() == ["Mug"] and intervals.median.tolist() == [10.0]


def test_same_day_purchases_returns_and_later_rows_are_no_gaps():
    rows = _rows("A", "Tea", [100, 100, 90])                                          # the same day twice
    rows += _rows("A", "Tea", [95], is_return=True)                                   # a return is no purchase day
    rows += _rows("A", "Tea", [-5])                                                   # after the reference date
    history = _history(rows)
    assert history.product.gaps.tolist() == [10]
    assert history.product.days.tolist() == [2]
    assert history.product.revenue.tolist() == [20.0]        # 10 + 10 + 10 - 10 (the return counts in revenue)


def test_due_from_seven_days_before_to_fourteen_days_after_the_reference_date():
    # Tea's interval is 20 days; each customer bought Tea once, `last` days before the reference date
    rows = _tea_buyers()
    lasts = {"D-8": 28, "D-7": 27, "D0": 20, "D14": 6, "D15": 5, "recent": 0}
    for name, last in lasts.items():
        rows += _rows(name, "Tea", [last])
    history = _history(rows).aligned(pd.Series(sorted({r[0] for r in rows})))
    due = due_customers(history, rebuy_intervals(history.product), 7, 14)
    names = history.ids.tolist()
    got = {name: (due.product[names.index(name)], due.due_date[names.index(name)]) for name in lasts}
    assert got["D-7"] == ("Tea", np.datetime64(REF.date() - pd.Timedelta(days=7), "D"))
    assert got["D0"][0] == "Tea" and got["D14"][0] == "Tea"
    assert got["D-8"][0] is None and got["D15"][0] is None
    assert got["recent"][0] is None                              # bought it today: not due
    assert due.due_now.tolist() == [3]                           # the seven regular buyers are not due


def test_a_half_day_interval_rounds_the_due_day_up():
    rows = _rows("M0", "Mug", [300 - 10 * k for k in range(11)])                     # 10 gaps of 10 days
    rows += _rows("M1", "Mug", [300 - 11 * k for k in range(11)])                    # 10 gaps of 11 days
    rows += _rows("X", "Mug", [100])                                                 # bought 100 days ago
    history = _history(rows).aligned(pd.Series(["M0", "M1", "X"]))
    intervals = rebuy_intervals(history.product)
    assert intervals.median.tolist() == [10.5]
    # due day: 100 days ago + 11 = 89 days ago: not within the window
    assert due_customers(history, intervals, 7, 14).product.tolist() == [None, None, None]
    rows[-1:] = _rows("X", "Mug", [17])                                               # 17 days ago + 11 = 6 days ago
    history = _history(rows).aligned(pd.Series(["M0", "M1", "X"]))
    due = due_customers(history, rebuy_intervals(history.product), 7, 14)
    assert due.product.tolist()[2] == "Mug"
    assert due.due_date[2] == np.datetime64(REF.date() - pd.Timedelta(days=6), "D")


def test_the_due_product_is_the_one_with_the_most_revenue():
    rows = _tea_buyers()
    rows += [(c, d, a, None, r, "Coffee") for c, d, a, _o, r, _p in _tea_buyers()]   # the same rhythm for coffee
    rows = [(c.replace("T", "C") if p == "Coffee" else c, d, a, o, r, p) for c, d, a, o, r, p in rows]
    rows += _rows("Z", "Tea", [60, 20], amount=5.0) + _rows("Z", "Coffee", [40, 20], amount=8.0)
    history = _history(rows)
    history = history.aligned(pd.Series(history.ids))
    due = due_customers(history, rebuy_intervals(history.product), 7, 14)
    z = history.ids.tolist().index("Z")
    assert due.product[z] == "Coffee"
    rows += _rows("Z", "Tea", [300], amount=20.0)                                      # now Tea earned more
    history = _history(rows)
    history = history.aligned(pd.Series(history.ids))
    due = due_customers(history, rebuy_intervals(history.product), 7, 14)
    assert due.product[history.ids.tolist().index("Z")] == "Tea"


def test_rebuy_table_columns_and_order():
    rows = _tea_buyers() + _rows("M0", "Mug", list(range(0, 300, 10)))              # Mug: 29 gaps
    history = _history(rows)
    history = history.aligned(pd.Series(history.ids))
    intervals = rebuy_intervals(history.product)
    table = rebuy_table(history, intervals, due_customers(history, intervals, 7, 14))
    assert tuple(table.columns) == REBUY_COLUMNS
    assert table["product"].tolist() == ["Mug", "Tea"] and table["gaps"].tolist() == [29, 21]


def test_no_product_column_no_history():
    history = purchase_history(tx_frame([("A", "2024-01-01", 5.0, None, False)]), REF)
    assert history.product is None and history.category is None
    assert rebuy_table(history, rebuy_intervals(None), due_customers(history, rebuy_intervals(None), 7, 14)).empty


@pytest.fixture(scope="module")
def sample_tx(sample_xlsx):
    from core.importing.importer import import_purchases  # noqa: PLC0415 - the sample is read once

    return import_purchases(str(sample_xlsx)).transactions


def test_sample_intervals_agree_with_plain_pandas(sample_tx):
    """The sample's intervals, worked out again with pandas' groupby, diff and quantile."""
    history = purchase_history(sample_tx, pd.Timestamp("2011-12-09"))
    intervals = rebuy_intervals(history.product)
    table = pd.DataFrame({"product": history.product.values[intervals.item], "median": intervals.median,
                          "p25": intervals.p25, "p75": intervals.p75, "gaps": intervals.gaps}).set_index("product")
    bought = sample_tx[~sample_tx["is_return"] & sample_tx["product"].notna() & sample_tx["customer_id"].notna()]
    bought = bought.astype({"product": "str"})  # (the clean table holds text columns as categoricals)
    days = bought[["customer_id", "product", "date"]].drop_duplicates().sort_values(["customer_id", "product", "date"])
    gaps = days.groupby(["customer_id", "product"])["date"].diff().dt.days.dropna()
    per_product = gaps.groupby(days.loc[gaps.index, "product"])
    expected = pd.DataFrame({"median": per_product.median(), "p25": per_product.quantile(0.25),
                             "p75": per_product.quantile(0.75), "gaps": per_product.size()})
    expected = expected[expected["gaps"] >= MIN_GAPS]
    assert sorted(table.index) == sorted(expected.index)
    pd.testing.assert_frame_equal(table.sort_index(), expected.sort_index(), check_names=False, check_dtype=False)
    # the products bought again most often (docs/definitions.md §12 quotes them, POSTAGE aside: a charge line)
    top = table.sort_values("gaps", ascending=False, kind="stable").head(3)
    assert top.index.tolist() == ["JUMBO BAG RED RETROSPOT", "LUNCH BAG RED RETROSPOT", "POSTAGE"]
    assert top.loc["JUMBO BAG RED RETROSPOT"].tolist() == [62.5, 36.0, 89.5, 82]
    assert top.loc["LUNCH BAG RED RETROSPOT"].tolist() == [73.0, 37.0, 103.0, 65]


def test_charge_lines_get_no_interval(sample_tx):
    """Postage is bought again and again, but nobody restocks it (definitions §2 charge lines)."""
    with_charges = segment_customers(sample_tx)
    without = segment_customers(sample_tx, Settings(charge_lines=[]))
    assert "POSTAGE" not in set(with_charges.occasions.rebuy["product"])
    assert "POSTAGE" in set(without.occasions.rebuy["product"])
    assert len(without.occasions.rebuy) == len(with_charges.occasions.rebuy) + 1
    assert not with_charges.customers["due_product"].eq("POSTAGE").any()
