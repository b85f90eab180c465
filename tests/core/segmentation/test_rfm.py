"""RFM scores: numpy linear quintile cut points, score formulas, owner thresholds, warnings."""

from __future__ import annotations

import numpy as np
import pytest

from core.segmentation.rfm import quintile_cut_points, score_customers, score_higher_better, score_lower_better
from core.segmentation.settings import ScoringSettings


def test_cut_points_are_numpy_default_quantiles():
    values = np.array([1, 2, 2, 3, 7, 10, 11, 40], dtype=float)
    assert quintile_cut_points(values) == pytest.approx(list(np.quantile(values, [0.2, 0.4, 0.6, 0.8])))
    assert quintile_cut_points(np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])) == pytest.approx([2.0, 3.0, 4.0, 5.0])
    assert quintile_cut_points(np.array([])) is None


def test_score_formulas_by_hand():
    cuts = [2.0, 3.0, 4.0, 5.0]
    values = np.array([1, 2, 2.5, 3, 4, 5, 6])
    assert score_higher_better(values, cuts).tolist() == [1, 1, 2, 2, 3, 4, 5]   # 1 + #(v > c)
    assert score_lower_better(values, cuts).tolist() == [5, 5, 4, 4, 3, 2, 1]    # 5 − #(v > c)


def test_score_customers_hand_example():
    days = np.array([0, 10, 20, 30, 40, 50])
    orders = np.array([1, 1, 1, 2, 5, 9])
    revenue = np.array([10, 20, 30, 40, 50, 60.0])
    res = score_customers(days, orders, revenue)
    assert res.cut_points["r"] == pytest.approx([10, 20, 30, 40])
    assert res.cut_points["f"] == pytest.approx([1, 1, 2, 5])
    assert res.r.tolist() == [5, 5, 4, 3, 2, 1]
    assert res.f.tolist() == [1, 1, 1, 3, 4, 5]     # orders 2 > 1, 1 → 3; 9 > all four → 5
    assert res.m.tolist() == [1, 1, 2, 3, 4, 5]
    assert res.scoring_method == "quintiles"
    empties = {w.dimension: w.empty_scores for w in res.warnings if w.kind == "empty_score"}
    assert empties == {"f": (2,)}


def test_all_equal_values_one_score_and_a_warning():
    res = score_customers(np.array([5, 5, 5]), np.array([2, 2, 2]), np.array([9.0, 9.0, 9.0]))
    assert set(res.r.tolist()) == {5} and set(res.f.tolist()) == {1} and set(res.m.tolist()) == {1}
    kinds = {(w.dimension, w.kind) for w in res.warnings}
    assert ("f", "few_values") in kinds and ("f", "empty_score") in kinds
    assert all(w.message for w in res.warnings)


def test_owner_thresholds_per_dimension():
    scoring = ScoringSettings("thresholds", {"f": [1, 2, 5, 10]})
    orders = np.array([1, 2, 3, 5, 6, 10, 11, 40])
    res = score_customers(np.arange(8), orders, np.arange(8.0), scoring)
    assert res.f.tolist() == [1, 2, 3, 3, 4, 4, 5, 5]     # 1 / 2 / 3–5 / 6–10 / 11+
    assert res.methods == {"r": "quintiles", "f": "thresholds", "m": "quintiles"}
    assert res.scoring_method == "mixed"
    assert res.cut_points["f"] == [1, 2, 5, 10]


def test_recency_thresholds():
    scoring = ScoringSettings("thresholds", {"r": [30, 90, 180, 365], "f": [1, 2, 5, 10], "m": [10, 20, 30, 40]})
    res = score_customers(np.array([0, 30, 31, 90, 91, 365, 366]), np.ones(7), np.ones(7), scoring)
    assert res.r.tolist() == [5, 5, 4, 4, 3, 2, 1]
    assert res.scoring_method == "thresholds"


def test_no_customers():
    res = score_customers(np.array([]), np.array([]), np.array([]))
    assert res.cut_points == {"r": None, "f": None, "m": None}
    assert len(res.r) == 0
