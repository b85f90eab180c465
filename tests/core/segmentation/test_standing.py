"""The facts as customers stood on an earlier date (core/segmentation/standing.py) are exactly what
the customer table says when it is built from the rows up to that date, with it as the reference
date: checked against build_customer_facts itself on varied histories."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.segmentation.facts import build_customer_facts
from core.segmentation.settings import CompareTo
from core.segmentation.standing import RowArrays, standing_on
from tests.factories import customer_attributes, random_transactions, tx_frame


def _check(tx: pd.DataFrame, compare: pd.Timestamp, attributes: pd.DataFrame | None = None) -> int:
    """Compare the standing with the table built from the rows up to ``compare``; the number of
    customers who had bought by then."""
    facts = build_customer_facts(tx, None, attributes, compare_to=CompareTo(date=compare.date()))
    standing = facts.earlier
    assert standing is not None and standing.date == compare
    assert len(standing.bought) == len(facts.table)
    then = build_customer_facts(tx[tx["date"] <= compare], compare).table.set_index("customer_id")
    ids = facts.table["customer_id"]
    had = ids.isin(then.index).to_numpy()
    np.testing.assert_array_equal(standing.bought, had)
    rows = then.loc[ids[had]]
    np.testing.assert_array_equal(standing.days_since_last[had], rows["days_since_last"].to_numpy(np.float64))
    np.testing.assert_array_equal(standing.orders[had], rows["orders"].to_numpy(np.int64))
    np.testing.assert_array_equal(standing.revenue[had], rows["revenue"].to_numpy(np.float64))
    np.testing.assert_array_equal(standing.revenue_last_12m[had], rows["revenue_last_12m"].to_numpy(np.float64))
    assert np.isnan(standing.days_since_last[~had]).all() and (standing.orders[~had] == 0).all()
    return int(had.sum())


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("days_before", [1, 45, 400])
def test_the_standing_is_the_table_built_from_the_earlier_rows(seed, days_before):
    tx = random_transactions(150, seed=seed, days=900, returns=0.08)
    had = _check(tx, tx["date"].max() - pd.Timedelta(days=days_before))
    assert 0 < had <= 150


def test_orders_over_several_days_rows_without_an_order_id_and_returns():
    tx = tx_frame([
        ("a", "2024-01-01", 10.0, "O1", False),
        ("a", "2024-01-05", 10.0, "O1", False),     # one order on two days: one order on either date
        ("a", "2024-01-03", 5.0, None, False),      # no id: its day is an order of its own
        ("a", "2024-01-03", 6.0, None, False),
        ("a", "2024-01-04", -3.0, "C9", True),      # a return: revenue, never an order
        ("b", "2024-01-02", -4.0, "C8", True),      # only a return by then: not bought
        ("b", "2024-01-06", 20.0, "O2", False),
        ("c", "2024-01-06", 1.0, "O3", False),
    ])
    _check(tx, pd.Timestamp("2024-01-04"))
    facts = build_customer_facts(tx, None, compare_to=CompareTo(date=pd.Timestamp("2024-01-04").date()))
    standing = facts.earlier
    assert list(standing.bought) == [True, False, False]
    assert list(standing.orders) == [2, 0, 0] and list(standing.revenue) == [18.0, -4.0, 0.0]


def test_without_order_ids_and_with_prospects():
    tx = random_transactions(60, seed=9, returns=0.05)
    tx["order_id"] = pd.Series([pd.NA] * len(tx), dtype="str")
    attributes = customer_attributes([*sorted(tx["customer_id"].unique())[:5], "P1", "P2"])
    _check(tx, tx["date"].max() - pd.Timedelta(days=120), attributes)
    facts = build_customer_facts(tx, None, attributes, compare_to=CompareTo(days_before=120))
    assert not facts.earlier.bought[-2:].any()               # prospects have bought nothing


def test_no_standing_without_a_comparison_or_on_the_reference_date():
    tx = random_transactions(20, seed=5)
    assert build_customer_facts(tx).earlier is None
    assert build_customer_facts(tx, None, compare_to=CompareTo(date=tx["date"].max().date())).earlier is None


def _cents_sum(codes: np.ndarray, amounts: np.ndarray, n: int) -> np.ndarray:
    """A per-customer money sum rounded to cents (the role the table's own sum plays)."""
    return np.round(np.bincount(codes, weights=amounts, minlength=n), 2)


def test_standing_on_by_hand():
    """standing_on itself on rows worked out by hand, 1 March 2024 the date. Customer 0 bought 400
    and 10 days before it (5.00 and 10.00), returned 2.00 3 days before it and bought again after it
    (7.00, not counted); customer 1 bought only the day after it (20.00)."""
    date = pd.Timestamp("2024-03-01")
    day0 = int((date - pd.Timestamp(0)).days)
    rows = RowArrays(codes=np.array([0, 0, 0, 0, 1]),
                     day=np.array([day0 - 10, day0 - 400, day0 + 5, day0 - 3, day0 + 1]),
                     amount=np.array([10.0, 5.0, 7.0, -2.0, 20.0]),
                     buy=np.array([True, True, True, False, True]),
                     pair_cust=np.array([0, 0, 0, 1]), pair_day=np.array([day0 - 400, day0 - 10, day0 + 5, day0 + 1]),
                     order_keys=None, orders_per_key=0, customers=2)
    standing = standing_on(rows, date, _cents_sum)
    assert standing.date == date
    assert standing.bought.tolist() == [True, False]
    assert standing.days_since_last[0] == 10 and np.isnan(standing.days_since_last[1])
    assert standing.orders.tolist() == [2, 0]                    # purchase days up to the date (no order ids)
    assert standing.revenue.tolist() == [13.0, 0.0]              # 10 + 5 − 2
    assert standing.revenue_last_12m.tolist() == [8.0, 0.0]      # the purchase 400 days before is outside the year
