"""Purchase days with the day's spend (the predictions' input): by hand, at a cutoff, and always in
step with the customer table of definitions §2."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.segmentation.facts import build_customer_facts
from core.segmentation.purchase_days import build_purchase_days
from tests.factories import customer_attributes, example_frame, random_transactions


def _day(text: str) -> int:
    return int((pd.Timestamp(text) - pd.Timestamp(0)).days)


def test_hand_example():
    facts = build_customer_facts(example_frame())
    days = facts.purchase_days
    assert days is not None
    assert list(facts.table["customer_id"]) == ["A", "B"]          # C has only returns
    assert days.buyers == 2 and days.reference_day == _day("2024-03-10")
    # A: 1 Jan (10 + 5 on one invoice), 11 Jan, 1 and 2 March; the return of 1 Feb is no purchase day
    assert list(days.customer) == [0, 0, 0, 0, 1, 1, 1]
    assert list(days.day[:4]) == [_day(d) for d in ("2024-01-01", "2024-01-11", "2024-03-01", "2024-03-02")]
    assert list(days.spend) == [15.0, 20.0, 15.0, 1.0, 7.0, 40.0, 100.0]

    summary = days.summary()
    assert list(summary.rows) == [0, 1]
    assert list(summary.x) == [3, 2]
    assert list(summary.t_x) == [61, _day("2024-03-10") - _day("2022-03-01")]
    assert list(summary.T) == [69, _day("2024-03-10") - _day("2022-03-01")]
    assert list(summary.mean_repeat_spend) == [pytest.approx(12.0), pytest.approx(70.0)]   # (20+15+1)/3, (40+100)/2
    assert list(summary.later_days) == [0, 0]
    assert summary.repeat_buyers == 2 and summary.history_days == 740


def test_summary_at_a_cutoff_sees_only_the_days_up_to_it():
    days = build_customer_facts(example_frame()).purchase_days
    assert days is not None
    at = days.summary(_day("2024-01-31"))
    assert list(at.x) == [1, 1] and list(at.t_x) == [10, 365] and list(at.T) == [30, _day("2024-01-31") - _day("2022-03-01")]
    assert list(at.mean_repeat_spend) == [20.0, 40.0]
    assert list(at.later_days) == [2, 1]                    # A: 1 and 2 March; B: 10 March 2024
    early = days.summary(_day("2023-06-01"))                # A had not bought yet
    assert list(early.rows) == [1] and list(early.x) == [1] and list(early.later_days) == [1]
    one_time = days.summary(_day("2022-03-01"))
    assert list(one_time.x) == [0] and np.isnan(one_time.mean_repeat_spend[0])


def test_agrees_with_the_customer_table_with_prospects_and_returns():
    tx = random_transactions(300, seed=4, returns=0.05)
    attributes = customer_attributes([f"C{i:05d}" for i in range(320)])     # 20 prospects
    facts = build_customer_facts(tx, None, attributes)
    table = facts.table
    summary = facts.purchase_days.summary()
    buyers = table[~facts.is_prospect]
    assert facts.purchase_days.buyers == len(buyers) and len(summary.rows) == len(buyers)
    np.testing.assert_array_equal(summary.x + 1, buyers["purchase_days"].to_numpy(np.float64)[summary.rows])
    np.testing.assert_array_equal(summary.T, buyers["tenure_days"].to_numpy(np.float64)[summary.rows])
    span = (buyers["last_purchase"] - buyers["first_purchase"]).dt.days.to_numpy(np.float64)
    np.testing.assert_array_equal(summary.t_x, span[summary.rows])
    # the day spends add up to every purchase row's amount (returns are not purchases)
    kept = tx[~tx["is_return"]]
    assert facts.purchase_days.spend.sum() == pytest.approx(kept["amount"].sum())


def test_no_buyers():
    facts = build_customer_facts(example_frame().iloc[:0])
    assert facts.purchase_days is not None and facts.purchase_days.buyers == 0
    summary = facts.purchase_days.summary()
    assert len(summary.x) == 0 and summary.history_days == 0 and facts.purchase_days.first_day is None


def test_build_purchase_days_and_its_summary_by_hand():
    """build_purchase_days itself, then summary(): buyer 0 bought on days 100, 110 and 130 (10.00,
    20.00, 30.00), buyer 1 on day 120 (5.00); the reference day is 130."""
    days = build_purchase_days(np.array([0, 0, 0, 1]), np.array([100, 110, 130, 120]),
                               np.array([10.0, 20.0, 30.0, 5.0]), table_row=np.array([0, 1]), buyers=2,
                               reference_day=130)
    assert days.customer.tolist() == [0, 0, 0, 1] and days.first_day == 100
    assert days.reference_date == pd.Timestamp("1970-05-11")          # day 130 since 1970-01-01
    whole = days.summary()
    assert whole.rows.tolist() == [0, 1] and whole.x.tolist() == [2.0, 0.0]
    assert whole.t_x.tolist() == [30.0, 0.0] and whole.T.tolist() == [30.0, 10.0]
    assert whole.mean_repeat_spend[0] == 25.0 and np.isnan(whole.mean_repeat_spend[1])   # (20 + 30) / 2
    assert whole.later_days.tolist() == [0, 0]
    early = days.summary(cutoff_day=110)                              # buyer 1 had not bought yet
    assert early.rows.tolist() == [0] and early.x.tolist() == [1.0] and early.T.tolist() == [10.0]
    assert early.mean_repeat_spend.tolist() == [20.0] and early.later_days.tolist() == [1]
