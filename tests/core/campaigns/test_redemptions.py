"""Coupon matching (definitions §9): case, spaces, several codes in a cell, the valid period, each
code once, codes used by others, the revenue of the orders that carried them."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from core.campaigns.redemptions import cell_codes, find_redemptions
from tests.factories import tx_frame

SENT = dt.date(2026, 7, 1)


def _issued():
    return pd.DataFrame({"code": ["RETURN-AAA222", "RETURN-BBB333", "STAR-CCC444", "STAR-DDD555"],
                         "owner": ["A", "B", "C", "D"],
                         "expiry": pd.to_datetime(["2026-07-31", "2026-07-31", "2026-07-10", "2026-07-31"])})


def _tx(rows):
    """rows: (customer, date, amount, order, is_return, coupon cell)."""
    return tx_frame(rows, ("coupon_code",))


def test_cells_are_cut_at_commas_semicolons_spaces_and_woocommerce_fields():
    cells = pd.Series([" return-aaa222 ", "STAR-CCC444, star-ddd555;X", "code:RETURN-BBB333|amount:5.00", None, ""])
    by_cell = cell_codes(cells).groupby(level=0).agg(list).to_dict()
    assert by_cell == {0: ["RETURN-AAA222"], 1: ["STAR-CCC444", "STAR-DDD555", "X"],
                       2: ["CODE", "RETURN-BBB333", "AMOUNT", "5.00"]}          # empty cells give none


def test_redeemed_codes_case_spaces_and_several_in_one_cell():
    tx = _tx([
        ("A", "2026-07-02", 50.0, "O1", False, "  return-aaa222 "),          # lower case and spaces
        ("A", "2026-07-02", 10.0, "O1", False, None),                         # the same order's other line
        ("C", "2026-07-05", 30.0, "O2", False, "star-ccc444;RETURN-BBB333"),  # two codes in one cell
        ("Z", "2026-07-06", 99.0, "O3", False, "NOT-OURS"),
    ])
    found = find_redemptions(tx, _issued(), SENT)
    assert found.redeemed == {"RETURN-AAA222", "STAR-CCC444", "RETURN-BBB333"}
    uses = found.uses.set_index("code")
    assert uses.loc["RETURN-BBB333", "customer_id"] == "C" and uses.loc["RETURN-BBB333", "owner"] == "B"
    # the orders that carried a code, every row of them
    assert found.order_revenue.to_dict() == {"O1": 60.0, "O2": 30.0}


def test_only_the_valid_period_counts_and_returns_never():
    tx = _tx([
        ("A", "2026-07-01", 50.0, "O1", False, "RETURN-AAA222"),   # on the sent date: before the window
        ("C", "2026-07-11", 30.0, "O2", False, "STAR-CCC444"),     # the day after its expiry (10 July)
        ("D", "2026-07-31", 20.0, "O3", False, "STAR-DDD555"),     # on its expiry day: counts
        ("B", "2026-07-05", -20.0, "C4", True, "RETURN-BBB333"),   # a return
    ])
    assert find_redemptions(tx, _issued(), SENT).redeemed == {"STAR-DDD555"}


def test_each_code_counts_once_and_other_users_are_kept():
    tx = _tx([
        ("A", "2026-07-02", 50.0, "O1", False, "RETURN-AAA222"),
        ("A", "2026-07-09", 20.0, "O2", False, "RETURN-AAA222"),
        ("Q", "2026-07-10", 25.0, "O3", False, "RETURN-AAA222"),   # passed on to Q
    ])
    found = find_redemptions(tx, _issued(), SENT)
    assert found.redeemed == {"RETURN-AAA222"}
    assert set(found.uses["customer_id"]) == {"A", "Q"}
    assert found.order_revenue.sum() == 95.0


def test_orders_without_an_order_id_are_the_customers_day():
    tx = _tx([
        ("A", "2026-07-02", 50.0, None, False, "RETURN-AAA222"),
        ("A", "2026-07-02", 5.0, None, False, None),
        ("A", "2026-07-03", 7.0, None, False, None),
    ])
    found = find_redemptions(tx, _issued(), SENT)
    assert found.order_revenue.tolist() == [55.0]


def test_no_coupon_column_no_redemptions():
    tx = tx_frame([("A", "2026-07-02", 50.0, "O1", False)])
    found = find_redemptions(tx, _issued(), SENT)
    assert found.redeemed == set() and found.uses.empty
