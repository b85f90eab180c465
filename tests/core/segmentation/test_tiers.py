"""Loyalty tiers: rounding, data-driven thresholds, assignment, points, next tier, close flag."""

from __future__ import annotations

import math

import numpy as np
import pytest

from core.segmentation.settings import TierRules
from core.segmentation.tiers import assign_tiers, default_thresholds, round_significant


@pytest.mark.parametrize("value,expected", [
    (1234.5, 1200), (987.0, 990), (0.04567, 0.046), (5.0, 5.0), (99.9, 100), (0, 0), (15, 15), (-1234, -1200),
])
def test_round_significant(value, expected):
    assert round_significant(value) == pytest.approx(expected)


def test_default_thresholds_from_positive_basis():
    basis = np.array([-10, 0, 100, 200, 300, 400, 1000.0])
    positive = np.array([100, 200, 300, 400, 1000.0])
    q = np.quantile(positive, [0.5, 0.8, 0.95])          # 300, 520, 880
    assert default_thresholds(basis, 4) == [round_significant(x) for x in q] == [300, 520, 880]
    assert default_thresholds(np.array([0.0, -1.0]), 4) is None


def test_assignment_points_next_and_close():
    rules = TierRules(thresholds=[100.0, 500.0, 1000.0])
    basis = np.array([-20, 0, 80, 99.99, 100, 450, 999, 1000, 5000, np.nan])
    res = assign_tiers(basis, rules)
    assert res.tier.tolist() == ["Bronze", "Bronze", "Bronze", "Bronze", "Silver", "Silver", "Gold", "Platinum",
                                 "Platinum", None]
    assert res.tier_points[:9].tolist() == [0, 0, 80, 99, 100, 450, 999, 1000, 5000]
    assert math.isnan(res.tier_points[9])
    assert res.next_tier.tolist() == ["Silver"] * 4 + ["Gold", "Gold", "Platinum", None, None, None]
    assert res.amount_to_next_tier[:7] == pytest.approx([120, 100, 20, 0.01, 400, 50, 1])
    assert np.isnan(res.amount_to_next_tier[7:]).all()
    # close: amount <= 20 % of the next tier's threshold (Silver 20, Gold 100, Platinum 200)
    assert res.close_to_next_tier.tolist() == [False, False, True, True, False, True, True, False, False, False]
    assert res.thresholds == [("Bronze", 0.0), ("Silver", 100.0), ("Gold", 500.0), ("Platinum", 1000.0)]
    assert not res.defaulted


def test_points_per_unit_rounds_down():
    res = assign_tiers(np.array([19.99, 0.29]), TierRules(names=["Only"], thresholds=[], points_per_unit=100))
    assert res.tier_points.tolist() == [1999, 29]
    assert res.tier.tolist() == ["Only", "Only"]
    assert res.next_tier.tolist() == [None, None]


def test_custom_names_and_count_with_default_thresholds():
    basis = np.arange(1, 101, dtype=float)
    res = assign_tiers(basis, TierRules(names=["Low", "High"]))
    # median 50.5 → 50: an exact half goes to the even digit, like Python's round() and numpy
    assert res.thresholds == [("Low", 0.0), ("High", 50.0)]
    assert (res.tier == "High").sum() == 51


def test_nobody_positive_puts_everyone_in_first_tier():
    res = assign_tiers(np.array([0.0, -5.0]), TierRules())
    assert res.tier.tolist() == ["Bronze", "Bronze"] and res.no_thresholds
    assert res.next_tier.tolist() == [None, None]
