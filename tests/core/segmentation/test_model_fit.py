"""The multi-start maximum-likelihood search (definitions §11): keeps the best of several starts,
survives overflow, and says when a parameter runs off instead of pretending to converge."""

from __future__ import annotations

import numpy as np
import pytest

from core.segmentation.model_fit import (
    SCREEN_CUSTOMERS,
    maximise_likelihood,
    screen_sample,
    wsum,
)


class TwoValleys:
    """−log-likelihood (θ² − 4)² + θ with a shallow valley at θ ≈ 2 and the deep one at θ ≈ −2, plus
    a second parameter (φ − 1)²: a local search from θ = 2 stays in the wrong valley."""

    customers = 1.0

    def value(self, theta: np.ndarray) -> float:
        return float((theta[0] ** 2 - 4) ** 2 + theta[0] + (theta[1] - 1) ** 2)

    def value_and_gradient(self, theta: np.ndarray) -> tuple[float, np.ndarray]:
        grad = np.array([4 * theta[0] * (theta[0] ** 2 - 4) + 1, 2 * (theta[1] - 1)])
        return self.value(theta), grad


class RunsOff:
    """A likelihood that keeps rising as θ[0] → ∞ (a ridge to infinity)."""

    customers = 1.0

    def value(self, theta: np.ndarray) -> float:
        return float(np.exp(-theta[0]) + theta[1] ** 2)

    def value_and_gradient(self, theta: np.ndarray) -> tuple[float, np.ndarray]:
        return self.value(theta), np.array([-np.exp(-theta[0]), 2 * theta[1]])


class OverflowsNearZero:
    """Infinite (overflow) for θ[0] < −1, a clean minimum at θ = (1, 0) elsewhere."""

    customers = 1.0

    def value(self, theta: np.ndarray) -> float:
        if theta[0] < -1:
            return float(np.exp(np.float64(1e6)))
        return float((theta[0] - 1) ** 2 + theta[1] ** 2)

    def value_and_gradient(self, theta: np.ndarray) -> tuple[float, np.ndarray]:
        return self.value(theta), np.array([2 * (theta[0] - 1), 2 * theta[1]])


def test_several_starts_keep_the_best_valley():
    alone = maximise_likelihood(TwoValleys(), [np.array([2.0, 0.0])])
    both = maximise_likelihood(TwoValleys(), [np.array([2.0, 0.0]), np.array([-2.0, 0.0])])
    assert alone.log_params[0] > 0                       # one start: the shallow valley
    assert both.log_params[0] == pytest.approx(-2.03, abs=0.01)
    assert both.log_likelihood > alone.log_likelihood
    assert both.converged and both.reason == ""


def test_a_parameter_running_off_is_no_convergence():
    found = maximise_likelihood(RunsOff(), [np.array([0.0, 1.0])])
    assert not found.converged
    assert "zero or infinity" in found.reason or "stopped" in found.reason


def test_overflow_counts_as_the_worst_value_not_an_error():
    found = maximise_likelihood(OverflowsNearZero(), [np.array([-3.0, 0.0]), np.array([-0.5, 2.0])])
    assert found.converged
    np.testing.assert_allclose(found.log_params, [1.0, 0.0], atol=1e-4)
    nowhere = maximise_likelihood(OverflowsNearZero(), [np.array([-3.0, 0.0])])
    assert not nowhere.converged and np.isinf(nowhere.log_likelihood)


def test_screen_sample_is_fixed_and_only_for_many_customers():
    assert screen_sample(SCREEN_CUSTOMERS) is None
    first = screen_sample(3 * SCREEN_CUSTOMERS)
    assert first is not None and len(first) == SCREEN_CUSTOMERS
    assert np.array_equal(first, screen_sample(3 * SCREEN_CUSTOMERS))
    assert np.all(np.diff(first) > 0) and first.max() < 3 * SCREEN_CUSTOMERS


def test_wsum_is_the_dot_product():
    rng = np.random.default_rng(0)
    a, b = rng.random(10_001), rng.random(10_001)
    assert wsum(a, b) == pytest.approx(float(np.dot(a, b)), rel=1e-12)
