"""core.segmentation.attributes: a customers file's values win in the customer table; its customers
without purchases become prospects (definitions §2), those with only returns stay out."""

from __future__ import annotations

import pandas as pd

from core import schema
from core.segmentation.attributes import FACT_COLUMNS, merge_attributes
from tests.factories import make_segmentation, tx_frame

PURCHASES = tx_frame([("A", "2024-01-05", 10.0, "O1", False, "Ann"),
                      ("B", "2024-02-05", 20.0, "O2", False, "Bob"),
                      ("R", "2024-02-06", -5.0, "C3", True, "Ray")], ("name",))


def _attributes() -> pd.DataFrame:
    return pd.DataFrame({"customer_id": ["A", "P", "R"], "name": ["Ann Smith", "Pat", "Ray"],
                         "email": ["ann@example.com", "pat@example.com", "ray@example.com"]}, dtype="str")


def test_the_file_wins_and_adds_prospects():
    customers = make_segmentation(PURCHASES, attributes=_attributes()).customers.set_index("customer_id")
    assert customers.loc["A", "name"] == "Ann Smith"          # the customers file wins
    assert customers.loc["B", "name"] == "Bob"                # kept where the file has nothing
    assert customers.loc["P", "activity_status"] == schema.PROSPECT
    assert customers.loc["P", "email"] == "pat@example.com"
    assert "R" not in customers.index                         # only returns: not a prospect either


def test_merge_counts_the_prospects_it_appends():
    table = make_segmentation(PURCHASES).customers
    merged, prospects = merge_attributes(table.copy(), _attributes(), {"R"})
    assert prospects == 1 and len(merged) == len(table) + 1
    assert list(merged.columns[: len(FACT_COLUMNS)]) == list(FACT_COLUMNS)


def test_fact_columns_end_with_the_favourite_product():
    assert FACT_COLUMNS[0] == "customer_id" and FACT_COLUMNS[-1] == "favourite_product"
