"""Who bought which product and category when (the purchase history behind definitions §12)."""

from __future__ import annotations

import pandas as pd

from core.segmentation.purchases import purchase_history
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
