"""Customer table (definitions §2): every column on a hand-computed example, plus the edge cases."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

import core.segmentation.facts as ct
from core.errors import InputError
from core.segmentation.attributes import FACT_COLUMNS
from core.segmentation.facts import build_customer_facts
from tests.factories import example_frame, tx_frame


@pytest.fixture(scope="module")
def facts():
    return build_customer_facts(example_frame())


def row(facts, cid):
    t = facts.table
    return t[t["customer_id"] == cid].iloc[0]


def test_reference_date_is_latest_date_of_any_row(facts):
    assert facts.reference_date == pd.Timestamp("2024-03-10")
    assert facts.excluded_after_reference == 0


def test_all_returns_customer_reported_not_segmented(facts):
    assert facts.all_returns_customers == ["C"]
    assert list(facts.table["customer_id"]) == ["A", "B"]


def test_customer_a_every_column(facts):
    a = row(facts, "A")
    assert a["first_purchase"] == pd.Timestamp("2024-01-01")
    assert a["last_purchase"] == pd.Timestamp("2024-03-02")  # the return on 02-01 is not a purchase
    assert a["days_since_last"] == 8
    assert a["tenure_days"] == 69
    assert a["orders"] == 4            # O1 O2 O4 O5; the return C3 never counts
    assert a["purchase_days"] == 4
    assert a["revenue"] == pytest.approx(46.0)  # returns netted in
    assert a["avg_order_value"] == pytest.approx(11.5)
    assert a["typical_gap_days"] == 10  # gaps 10, 50, 1 → median 10
    assert a["overdue_ratio"] == pytest.approx(0.8)
    assert a["revenue_last_12m"] == pytest.approx(46.0)
    assert a["revenue_prev_12m"] == 0
    assert a["favourite_category"] == "Tea"   # Tea 25 (return netted), Cups 21
    assert a["favourite_product"] == "Mug"    # Mug 21, Black 20, Green 5
    assert a["name"] == "Ann Smith"           # latest non-empty (a return row still carries a name)


def test_customer_b_every_column(facts):
    b = row(facts, "B")
    assert b["first_purchase"] == pd.Timestamp("2022-03-01")
    assert b["last_purchase"] == pd.Timestamp("2024-03-10")
    assert b["days_since_last"] == 0
    assert b["tenure_days"] == 740
    assert b["orders"] == 3 and b["purchase_days"] == 3
    assert b["revenue"] == pytest.approx(147.0)
    assert b["avg_order_value"] == pytest.approx(49.0)
    assert b["typical_gap_days"] == 370       # gaps 365, 375
    assert b["overdue_ratio"] == 0
    assert b["revenue_last_12m"] == pytest.approx(100.0)  # 0–364 days
    assert b["revenue_prev_12m"] == pytest.approx(40.0)   # 375 days before; the 740-day row in neither
    assert b["favourite_category"] == "Books"
    assert pd.isna(b["favourite_product"])
    assert b["name"] == "Bobby"


def test_dtypes(facts):
    t = facts.table
    assert list(t.columns[: len(FACT_COLUMNS)]) == list(FACT_COLUMNS)
    for col in ("first_purchase", "last_purchase"):
        assert t[col].dtype == "datetime64[ns]"
    for col in ("days_since_last", "tenure_days", "orders", "purchase_days"):
        assert str(t[col].dtype) == "Int64"
    for col in ("revenue", "avg_order_value", "typical_gap_days", "overdue_ratio", "revenue_last_12m"):
        assert t[col].dtype == np.float64
    assert pd.api.types.is_string_dtype(t["favourite_category"])


def test_revenue_sum_matches_rows_of_customers_in_table(facts):
    frame = example_frame()
    kept = frame[frame["customer_id"].isin(facts.table["customer_id"])]
    assert facts.table["revenue"].sum() == pytest.approx(kept["amount"].sum())


def test_boundaries_of_the_12_month_windows():
    frame = tx_frame([
        ("X", "2024-12-31", 1.0, "1", False),   # 0 days
        ("X", "2024-01-02", 2.0, "2", False),   # 364 days → last 12m
        ("X", "2024-01-01", 4.0, "3", False),   # 365 days → prev 12m
        ("X", "2023-01-02", 8.0, "4", False),   # 729 days → prev 12m
        ("X", "2023-01-01", 16.0, "5", False),  # 730 days → neither
    ])
    t = build_customer_facts(frame).table.iloc[0]
    assert t["revenue_last_12m"] == 3 and t["revenue_prev_12m"] == 12 and t["revenue"] == 31


def test_reference_date_before_some_purchases_ignores_and_counts_them():
    frame = tx_frame([
        ("A", "2024-01-01", 10.0, "1", False),
        ("A", "2024-02-01", 20.0, "2", False),
        ("B", "2024-03-01", 5.0, "3", False),
    ])
    f = build_customer_facts(frame, reference_date="2024-01-15")
    assert f.excluded_after_reference == 2
    assert list(f.table["customer_id"]) == ["A"]
    a = f.table.iloc[0]
    assert a["revenue"] == 10 and a["orders"] == 1 and a["days_since_last"] == 14


def test_no_order_ids_orders_equal_purchase_days():
    frame = tx_frame([
        ("A", "2024-01-01", 10.0, None, False),
        ("A", "2024-01-01", 5.0, None, False),
        ("A", "2024-01-03", 5.0, None, False),
        ("A", "2024-01-04", -5.0, None, True),
    ])
    f = build_customer_facts(frame)
    assert not f.has_order_ids
    a = f.table.iloc[0]
    assert a["orders"] == a["purchase_days"] == 2
    assert a["last_purchase"] == pd.Timestamp("2024-01-03")
    assert a["days_since_last"] == 1


def test_rows_without_order_id_count_one_order_per_day():
    frame = tx_frame([
        ("A", "2024-01-01", 10.0, "1", False),
        ("A", "2024-01-01", 10.0, "1", False),
        ("A", "2024-01-02", 10.0, None, False),
        ("A", "2024-01-02", 10.0, None, False),
        ("A", "2024-01-03", 10.0, None, False),
    ])
    assert build_customer_facts(frame).table.iloc[0]["orders"] == 3


def test_same_order_id_for_two_customers_counts_for_each():
    frame = tx_frame([("A", "2024-01-01", 1.0, "1", False), ("B", "2024-01-01", 1.0, "1", False)])
    assert list(build_customer_facts(frame).table["orders"]) == [1, 1]


@pytest.mark.parametrize("days,expected", [
    (["2024-01-01"], None),
    (["2024-01-01", "2024-01-05"], None),
    (["2024-01-01", "2024-01-05", "2024-01-06"], 2.5),     # gaps 4, 1
    (["2024-01-01", "2024-01-03", "2024-01-10", "2024-01-11"], 2.0),  # gaps 2, 7, 1
])
def test_typical_gap_needs_three_purchase_days(days, expected):
    frame = tx_frame([("A", d, 1.0, str(i), False) for i, d in enumerate(days)])
    t = build_customer_facts(frame).table.iloc[0]
    if expected is None:
        assert math.isnan(t["typical_gap_days"]) and math.isnan(t["overdue_ratio"])
    else:
        assert t["typical_gap_days"] == expected


def test_favourite_ties_alphabetical_and_negative_net():
    frame = tx_frame([
        ("A", "2024-01-01", 10.0, "1", False, "Zebra"),
        ("A", "2024-01-01", 10.0, "1", False, "Apple"),
        ("A", "2024-01-02", 30.0, "2", False, "Mango"),
        ("A", "2024-01-03", -25.0, "3", True, "Mango"),
        ("B", "2024-01-03", -5.0, "4", True, "Apple"),
        ("B", "2024-01-03", 1.0, "5", False, "Zebra"),
    ], ("category",))
    t = build_customer_facts(frame).table
    assert list(t["favourite_category"]) == ["Apple", "Zebra"]  # Apple 10 = Zebra 10 > Mango 5; B: Zebra 1 > Apple -5


def test_negative_net_revenue_customer_is_kept():
    frame = tx_frame([("A", "2024-01-01", 5.0, "1", False), ("A", "2024-01-02", -20.0, "C2", True)])
    t = build_customer_facts(frame).table.iloc[0]
    assert t["revenue"] == -15 and t["orders"] == 1 and t["avg_order_value"] == -15


def test_latest_value_same_day_goes_to_later_row():
    frame = tx_frame([
        ("A", "2024-01-02", 1.0, "1", False, "second"),
        ("A", "2024-01-02", 1.0, "1", False, "third"),
        ("A", "2024-01-01", 1.0, "0", False, "first"),
    ], ("email",))
    assert build_customer_facts(frame).table.iloc[0]["email"] == "third"


def test_attributes_file_wins_where_non_empty_and_adds_prospects():
    frame = tx_frame([
        ("A", "2024-01-01", 1.0, "1", False, "a@tx", "Ann"),
        ("B", "2024-01-01", 1.0, "2", False, "b@tx", "Bob"),
        ("R", "2024-01-01", -1.0, "C3", True, "r@tx", "Ret"),
    ], ("email", "name"))
    attrs = pd.DataFrame({"customer_id": ["A", "12.0", "R", "B"], "email": ["a@file", "p@file", "r@file", None],
                          "consent": ["yes", "no", "yes", "yes"]})
    f = build_customer_facts(frame, attributes=attrs)
    t = f.table
    assert list(t["customer_id"]) == ["A", "B", "12"]
    assert list(t["email"]) == ["a@file", "b@tx", "p@file"]
    assert list(t["name"].fillna("-")) == ["Ann", "Bob", "-"]
    assert list(t["consent"]) == ["yes", "yes", "no"]
    assert list(f.is_prospect) == [False, False, True]
    p = t.iloc[2]
    assert p["orders"] == 0 and p["revenue"] == 0 and pd.isna(p["last_purchase"]) and pd.isna(p["days_since_last"])
    assert str(t["orders"].dtype) == "Int64" and t["first_purchase"].dtype == "datetime64[ns]"
    assert f.all_returns_customers == ["R"]   # returns-only customers stay out, even when in the file


def test_attributes_without_customer_id_is_an_input_error():
    with pytest.raises(InputError):
        build_customer_facts(tx_frame([("A", "2024-01-01", 1.0, "1", False)]), attributes=pd.DataFrame({"x": [1]}))


def test_missing_required_column_is_an_input_error():
    with pytest.raises(InputError, match="amount"):
        build_customer_facts(pd.DataFrame({"customer_id": ["a"], "date": pd.to_datetime(["2024-01-01"])}))


def test_empty_frame_gives_empty_table():
    f = build_customer_facts(tx_frame([]))
    assert len(f.table) == 0 and f.reference_date is None
    assert list(f.table.columns[: len(FACT_COLUMNS)]) == list(FACT_COLUMNS)


def test_one_customer_one_day():
    frame = tx_frame([("A", "2024-05-05", 3.0, "1", False), ("A", "2024-05-05", 4.0, "2", False)])
    t = build_customer_facts(frame).table.iloc[0]
    assert (t["days_since_last"], t["tenure_days"], t["orders"], t["purchase_days"]) == (0, 0, 2, 1)
    assert t["revenue"] == 7


def test_calendar_year_revenue():
    frame = tx_frame([
        ("A", "2023-12-31", 100.0, "1", False),
        ("A", "2024-01-01", 10.0, "2", False),
        ("A", "2024-03-01", 5.0, "3", False),
    ])
    f = build_customer_facts(frame)
    assert f.calendar_year_revenue.tolist() == [15.0]


def test_attribute_dtypes_survive_prospects():
    attrs = pd.DataFrame({"customer_id": pd.Series(["A", "Z"], dtype="str"),
                          "signup_date": pd.to_datetime(["2020-01-01", "2021-01-01"]),
                          "email_opens": [3.0, np.nan], "consent": pd.Series(["yes", None], dtype="str")})
    t = build_customer_facts(example_frame(), attributes=attrs).table
    assert list(t["customer_id"]) == ["A", "B", "Z"]
    assert pd.api.types.is_string_dtype(t["name"]) and pd.api.types.is_string_dtype(t["consent"])
    assert t["signup_date"].dtype == "datetime64[ns]" and t["email_opens"].dtype == np.float64
    assert t["signup_date"].iloc[2] == pd.Timestamp("2021-01-01") and pd.isna(t["signup_date"].iloc[1])


def test_favourite_sparse_path_agrees_with_dense(monkeypatch):
    rng = np.random.default_rng(3)
    rows = [(f"c{rng.integers(0, 30)}", f"2024-01-{rng.integers(1, 28):02d}", float(rng.integers(-5, 20)),
             str(i), False, f"p{rng.integers(0, 6)}") for i in range(400)]
    frame = tx_frame(rows, ("product",))
    dense = build_customer_facts(frame).table["favourite_product"]
    monkeypatch.setattr(ct, "DENSE_FAVOURITE_CELLS", 0)
    sparse = build_customer_facts(frame).table["favourite_product"]
    assert dense.tolist() == sparse.tolist()
    totals = frame.groupby(["customer_id", "product"])["amount"].sum().reset_index()
    best = (totals.sort_values(["customer_id", "amount", "product"], ascending=[True, False, True])
            .drop_duplicates("customer_id").set_index("customer_id")["product"])
    assert dense.tolist() == best.sort_index().tolist()


def test_equal_spends_are_equal_whatever_the_row_order():
    assert (0.1 + 0.2) + 0.3 != (0.3 + 0.2) + 0.1     # float noise the table must not show
    frame = tx_frame([("A", "2024-01-01", 0.1, "1", False), ("A", "2024-01-02", 0.2, "2", False),
                      ("A", "2024-01-03", 0.3, "3", False), ("B", "2024-01-01", 0.3, "4", False),
                      ("B", "2024-01-02", 0.2, "5", False), ("B", "2024-01-03", 0.1, "6", False)])
    t = build_customer_facts(frame).table
    assert t["revenue"].iloc[0] == t["revenue"].iloc[1] == pytest.approx(0.6)


@pytest.mark.parametrize("ids,expected", [
    (["7", "7", "8", None], 3),                      # whole numbers; the row without id is its own day
    (["007", "7", "8", "8"], 3),                     # "007" and "7" are different orders
    (["1", "1000000000000000", "5", "5"], 3),        # far-apart invoice numbers
    (["A-1", "A-2", "A-2", "A-1"], 2),               # text ids
    (["", "", "12", "12"], 3),                       # blanks are no id: one order per day for those rows
    (["7", "C7", "C7", "7"], 2),                     # numbers and text ids in one column ("C7" is not "7")
    (["C1", "1", " ", "1"], 3),                      # ... with a blank among them
    (["12345678901234567890", "12345678901234567891", "5", "5"], 3),  # too long to read as numbers
])
def test_order_ids_numeric_and_text(ids, expected):
    days = ["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-03"]
    frame = tx_frame([("A", d, 1.0, o, False) for d, o in zip(days, ids, strict=True)])
    assert build_customer_facts(frame).table.iloc[0]["orders"] == expected


def test_a_postal_address_is_taken_whole_from_the_latest_row_with_a_street():
    """Street, postcode and city come from one row, so a move never mixes two addresses."""
    frame = tx_frame([
        ("A", "2024-01-01", 10.0, "1", False, "1 Old Road", "OLD 1", "Oldtown"),
        ("A", "2024-02-01", 10.0, "2", False, "2 New Street", "NEW 2", None),
        ("A", "2024-03-01", 10.0, "3", False, None, "XX 9", "Elsewhere"),
    ], ("address", "postcode", "city"))
    t = build_customer_facts(frame).table.iloc[0]
    assert (t["address"], t["postcode"]) == ("2 New Street", "NEW 2") and pd.isna(t["city"])
