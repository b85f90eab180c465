"""Who bought which product and category when (the purchase history behind definitions §12)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.segmentation.codes import TransactionCodes
from core.segmentation.purchases import purchase_history, quantile_sorted
from tests.factories import tx_frame

ROWS = [
    # customer, date, amount, order, return, product, category
    ("B", "2024-03-01", 5.0, None, False, "Mug ", "Cups"),
    ("A", "2024-01-01", 10.0, None, False, "Green", "Tea"),
    ("A", "2024-02-01", 12.0, None, False, "Green", "Tea"),
    ("A", "2024-02-01", 3.0, None, False, "Mug", "Cups"),
    ("A", "2024-02-05", -4.0, None, True, "Mug", "Cups"),
    ("B", "2024-03-10", 6.0, None, False, "mug", "cups"),
    ("C", "2024-04-01", 1.0, None, False, None, None),
    ("A", "2024-05-01", 9.0, None, False, "Black", "Tea"),      # after the reference date
]


def _history(reference="2024-04-01"):
    return purchase_history(tx_frame(ROWS, ("product", "category")), pd.Timestamp(reference))


def test_pairs_per_customer_and_item():
    history = _history()
    products = history.product
    assert products.values.tolist() == ["Black", "Green", "Mug", "mug"]   # every name, trimmed, alphabetical
    pairs = [(history.ids[c], products.values[i], int(d), float(r)) for c, i, d, r in
             zip(products.customer, products.item, products.days, products.revenue, strict=True)]
    # "Black" was bought after the reference date: no pair
    assert sorted(pairs) == [("A", "Green", 2, 22.0), ("A", "Mug", 1, -1.0), ("B", "Mug", 1, 5.0),
                             ("B", "mug", 1, 6.0)]
    assert products.gaps.tolist() == [31]                               # Green: 1 January to 1 February


def test_items_are_found_by_name_without_case():
    products = _history().product
    assert sorted(products.values[products.codes_of(" MUG")].tolist()) == ["Mug", "mug"]
    assert _history().category.values.tolist() == ["Cups", "Tea", "cups"]


def test_aligned_to_a_customer_table():
    history = _history()
    aligned = history.aligned(pd.Series(["C", "B", "A", "D"]))
    assert aligned.customers == 4
    products = aligned.product
    assert sorted(zip(products.customer.tolist(), products.values[products.item].tolist(), strict=True)) == [
        (1, "Mug"), (1, "mug"), (2, "Green"), (2, "Mug")]
    assert list(products.customer) == sorted(products.customer)         # sorted by customer again
    # a customer the table does not have is dropped
    assert history.aligned(pd.Series(["A"])).product.customer.tolist() == [0, 0]


def test_default_reference_date_is_the_latest_date():
    history = purchase_history(tx_frame(ROWS, ("product", "category")), None)
    assert "Black" in history.product.values.tolist()
    assert history.reference_day == (pd.Timestamp("2024-05-01") - pd.Timestamp(0)).days


def _rows_of(history):
    products = history.product
    return [(history.ids[c], products.values[i], int(f), int(last), int(d), float(r)) for c, i, f, last, d, r in
            zip(products.customer, products.item, products.first_day, products.last_day, products.days,
                products.revenue, strict=True)]


def test_aligned_keeps_every_row_in_customer_then_item_order():
    # 40 customers buying 5 products on a few days; the table lists them in another order, leaves
    # some out and has one with no purchases
    rng = np.random.default_rng(7)
    rows = [(f"K{int(c):02d}", f"2024-0{int(m)}-1{int(d)}", float(a), None, False, f"P{int(p)}")
            for c, m, d, a, p in zip(rng.integers(0, 40, 400), rng.integers(1, 9, 400), rng.integers(0, 9, 400),
                                     rng.integers(1, 50, 400), rng.integers(0, 5, 400), strict=True)]
    history = purchase_history(tx_frame(rows, ("product",)), pd.Timestamp("2024-12-31"))
    table = [f"K{k:02d}" for k in rng.permutation(40) if k % 7] + ["NEW"]
    aligned = history.aligned(pd.Series(table))
    products = aligned.product
    keys = list(zip(products.customer.tolist(), products.item.tolist(), strict=True))
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    assert sorted(_rows_of(aligned)) == sorted(r for r in _rows_of(history) if r[0] in table)
    assert all(aligned.ids[c] == table[c] for c in products.customer)


def test_aligned_merges_customers_whose_ids_read_alike():
    frame = tx_frame([("1", "2024-01-01", 5.0, None, False, "Tea"), ("2", "2024-01-02", 6.0, None, False, "Cup"),
                      ("1", "2024-01-03", 7.0, None, False, "Cup")], ("product",))
    frame["customer_id"] = pd.Series([1, "2", "1"], dtype=object)          # 1 and "1": one customer in the table
    history = purchase_history(frame, pd.Timestamp("2024-01-31"))
    aligned = history.aligned(pd.Series(["2", "1"]))
    products = aligned.product
    assert list(zip(products.customer.tolist(), products.values[products.item].tolist(), strict=True)) == [
        (0, "Cup"), (1, "Cup"), (1, "Tea")]


def test_customers_are_numbered_in_the_order_of_their_ids():
    history = purchase_history(tx_frame([("K2", "2024-01-01", 5.0, None, False, "Tea"),
                                         ("K10", "2024-01-02", 6.0, None, False, "Cup"),
                                         ("K1", "2024-01-03", 7.0, None, False, "Cup")], ("product",)),
                               pd.Timestamp("2024-01-31"))
    assert history.ids.tolist() == ["K1", "K10", "K2"]
    # a table in that order, with one customer left out and one more: the rows keep their order
    aligned = history.aligned(pd.Series(["K1", "K2", "K3"]))
    products = aligned.product
    assert list(zip(products.customer.tolist(), products.values[products.item].tolist(), strict=True)) == [
        (0, "Cup"), (1, "Tea")]
    assert products.days.tolist() == [1, 1] and products.revenue.tolist() == [7.0, 5.0]


def test_the_columns_factorized_once_give_the_same_history():
    frame = tx_frame(ROWS, ("product", "category"))
    shared = TransactionCodes.of(frame)
    alone = purchase_history(frame, pd.Timestamp("2024-04-01"))
    given = purchase_history(frame, pd.Timestamp("2024-04-01"), shared)
    assert given.ids.tolist() == alone.ids.tolist() == ["A", "B", "C"]
    for name in ("product", "category"):
        a, b = alone.field(name), given.field(name)
        assert a is not None and b is not None
        for part in ("values", "customer", "item", "first_day", "last_day", "days", "revenue", "gap_item", "gaps"):
            assert getattr(a, part).tolist() == getattr(b, part).tolist()


def test_quantile_sorted_is_numpys_linear_quantile_per_group():
    groups = [[1.0], [2.0, 10.0], [3.0, 4.0, 8.0, 20.0]]
    values = np.concatenate([np.array(g) for g in groups])
    counts = np.array([len(g) for g in groups])
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    for q in (0.25, 0.5, 0.75):
        assert quantile_sorted(values, starts, counts, q).tolist() == pytest.approx(
            [np.quantile(g, q) for g in groups])
