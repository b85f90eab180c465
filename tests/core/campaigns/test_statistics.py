"""The statistics of campaign results against published values and their own definitions."""

from __future__ import annotations

import math

import numpy as np
import pytest

from core.campaigns.statistics import (
    DRAWS,
    POWER_FACTOR,
    Stratum,
    bootstrap_means,
    control_needed,
    detectable_uplift,
    extra_revenue_draws,
    mantel_haenszel,
    min_detectable_uplift,
    newcombe_interval,
    normal_cdf,
    prob_better,
    range_95,
    split_sizes,
    wilson_interval,
)

#: Newcombe (1998), "Interval estimation for the difference between independent proportions",
#: Statistics in Medicine 17, Table II, method 10 (hybrid score, no continuity correction).
NEWCOMBE_TABLE_II = [
    ((56, 70, 48, 80), (0.0524, 0.3339)),
    ((9, 10, 3, 10), (0.1705, 0.8090)),
    ((6, 7, 2, 7), (0.0582, 0.8062)),
    ((5, 56, 0, 29), (-0.0381, 0.1926)),
    ((0, 10, 0, 20), (-0.1611, 0.2775)),
    ((0, 10, 0, 10), (-0.2775, 0.2775)),
    ((10, 10, 0, 20), (0.6791, 1.0000)),
    ((10, 10, 0, 10), (0.6075, 1.0000)),
]


@pytest.mark.parametrize(("counts", "expected"), NEWCOMBE_TABLE_II)
def test_newcombe_hybrid_score_interval_matches_the_published_table(counts, expected):
    low, high = newcombe_interval(*counts)
    assert (round(low, 4), round(high, 4)) == expected


def test_wilson_interval_matches_newcombes_single_proportion_examples():
    # Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I, method 3
    assert tuple(round(v, 4) for v in wilson_interval(81, 263)) == (0.2553, 0.3662)
    assert tuple(round(v, 4) for v in wilson_interval(15, 148)) == (0.0624, 0.1605)
    assert tuple(round(v, 4) for v in wilson_interval(0, 20)) == (0.0, 0.1611)
    assert tuple(round(v, 4) for v in wilson_interval(1, 29)) == (0.0061, 0.1718)
    assert wilson_interval(0, 0) is None
    with pytest.raises(ValueError):
        wilson_interval(5, 3)


def test_an_empty_group_has_no_interval():
    assert newcombe_interval(0, 0, 3, 10) is None
    assert newcombe_interval(3, 10, 0, 0) is None


def test_p_better_is_exact():
    # 10/40 against 0/4: Beta(11, 31) against Beta(1, 5)
    assert prob_better(10, 40, 0, 4) == pytest.approx(0.763, abs=5e-4)
    # the two chances add up to one, and equal groups give a half
    assert prob_better(10, 40, 0, 4) + prob_better(0, 4, 10, 40) == pytest.approx(1.0, abs=1e-12)
    assert prob_better(7, 50, 7, 50) == pytest.approx(0.5, abs=1e-12)
    assert prob_better(500, 1000, 500, 1000) == pytest.approx(0.5, abs=1e-9)


def test_p_better_agrees_with_sampling_and_is_stable_for_large_counts():
    rng = np.random.default_rng(5)
    first, second = rng.beta(1 + 30, 1 + 170, 400_000), rng.beta(1 + 18, 1 + 182, 400_000)
    assert prob_better(30, 200, 18, 200) == pytest.approx(float((first > second).mean()), abs=0.003)
    big = prob_better(3000, 10_000, 2900, 10_000)
    assert 0.93 < big < 0.95                     # about Φ(0.1/0.0064·…): no overflow with 3,000 terms
    assert prob_better(3000, 10_000, 2900, 10_000) == pytest.approx(normal_cdf(0.01 / math.sqrt(
        0.3 * 0.7 / 10_000 + 0.29 * 0.71 / 10_000)), abs=0.002)


def test_mantel_haenszel_with_one_stratum_is_the_plain_difference_with_the_binomial_variance():
    pooled = mantel_haenszel([Stratum(30, 100, 20, 80)])
    assert pooled.difference == pytest.approx(0.30 - 0.25)
    assert pooled.variance == pytest.approx(0.3 * 0.7 / 100 + 0.25 * 0.75 / 80)
    assert pooled.low == pytest.approx(pooled.difference - 1.959964 * math.sqrt(pooled.variance), abs=1e-6)


def test_mantel_haenszel_over_strata_weights_each_by_its_sizes():
    strata = [Stratum(20, 100, 10, 100), Stratum(5, 10, 1, 40)]
    pooled = mantel_haenszel(strata)
    w = [100 * 100 / 200, 10 * 40 / 50]
    d = [0.10, 0.5 - 0.025]
    assert pooled.difference == pytest.approx((w[0] * d[0] + w[1] * d[1]) / sum(w))
    # Sato's variance, term by term
    p = sum((s.n1 ** 2 * s.x2 - s.n2 ** 2 * s.x1 + s.n1 * s.n2 * (s.n2 - s.n1) / 2) / (s.n1 + s.n2) ** 2
            for s in strata)
    q = sum((s.x1 * (s.n2 - s.x2) + s.x2 * (s.n1 - s.x1)) / (2 * (s.n1 + s.n2)) for s in strata)
    assert pooled.variance == pytest.approx((pooled.difference * p + q) / sum(w) ** 2)
    assert 0.5 < pooled.p_better <= 1
    # a stratum without a control group carries no weight
    assert mantel_haenszel([*strata, Stratum(3, 9, 0, 0)]) == pooled
    assert mantel_haenszel([Stratum(3, 9, 0, 0)]) is None


def test_min_detectable_uplift_is_the_power_formula():
    assert POWER_FACTOR == pytest.approx(1.645 + 0.842)
    assert min_detectable_uplift(108, 12, 0.1) == pytest.approx(2.487 * math.sqrt(0.09 * (1 / 108 + 1 / 12)))
    assert min_detectable_uplift(100, 0, 0.1) is None
    assert min_detectable_uplift(100, 10, 0.0) is None
    assert min_detectable_uplift(100, 10, 1.0) is None


def test_control_needed_brings_the_detectable_uplift_down_to_the_target():
    need = control_needed(500, 0.2, 0.05)
    assert need.control is not None
    assert min_detectable_uplift(500, need.control, 0.2) <= 0.05 < min_detectable_uplift(500, need.control - 1, 0.2)
    # with too few mailed no control group is enough; both groups would need `each`
    small = control_needed(20, 0.2, 0.05)
    assert small.control is None and min_detectable_uplift(small.each, small.each, 0.2) <= 0.05
    assert control_needed(500, 0.2, 0.05, smallest=2000).control == 2000
    assert control_needed(500, 0.0, 0.05) is None and control_needed(500, 0.2, 0.0) is None


def test_detectable_uplift_before_sending():
    assert split_sizes(120, 0.10) == (108, 12)
    assert split_sizes(4, 0.10) == (4, 0)
    ten = detectable_uplift(120, 0.10, 0.10)
    quarter = detectable_uplift(120, 0.25, 0.10)
    assert (round(ten * 100), round(quarter * 100)) == (23, 16)
    assert detectable_uplift(4, 0.10, 0.10) is None


def test_bootstrap_means_are_resample_means():
    values = np.array([10.0, 20.0, 30.0, 1000.0])
    means = bootstrap_means(values, DRAWS, np.random.default_rng(1))
    assert means.shape == (DRAWS,)
    assert means.mean() == pytest.approx(values.mean(), rel=0.02)
    assert means.std() == pytest.approx(values.std() / 2, rel=0.05)        # σ/√n, n = 4
    assert set(np.round(means * 4).astype(int)) <= {a + b + c + d for a in (10, 20, 30, 1000) for b in (10, 20, 30, 1000)
                                                    for c in (10, 20, 30, 1000) for d in (10, 20, 30, 1000)}
    assert (bootstrap_means(np.array([]), 10, np.random.default_rng(1)) == 0).all()
    again = bootstrap_means(values, DRAWS, np.random.default_rng(1))
    assert (again == means).all()                                           # seeded: the same draws


def test_extra_revenue_draws_centre_on_the_point_estimate():
    rng = np.random.default_rng(3)
    revenues = rng.gamma(2.0, 50.0, 120)
    draws = extra_revenue_draws(80, 400, 40, 400, revenues, np.random.default_rng(9))
    point = (80 / 400 - 40 / 400) * revenues.mean() * 400
    low, high = range_95(draws)
    assert low < point < high
    assert np.median(draws) == pytest.approx(point, rel=0.1)
    assert (extra_revenue_draws(0, 10, 0, 10, np.array([]), rng) == 0).all()
