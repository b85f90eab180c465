"""MBG/NBD (definitions §11): the published CDNOW fit in weeks and days, the conditional expectation
against Hardie's BG/NBD figure and the untransformed formula, recovery from simulated customers."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.special import hyp2f1

from core.segmentation.mbg_nbd import (
    MbgNbdParams,
    expected_purchases,
    fit_mbg_nbd,
    log_likelihood,
    p_alive,
)
from tests.factories import cdnow_summary, simulate_customers

#: definitions §11: MBG/NBD on the CDNOW sample, in weeks.
CDNOW_WEEKS = MbgNbdParams(r=0.525, alpha=6.183, a=0.891, b=1.614)
#: Fader, Hardie & Lee (2005): BG/NBD on the same sample, in weeks.
CDNOW_BG_NBD = (0.243, 4.414, 0.793, 2.426)


def _close(params: MbgNbdParams, expected: MbgNbdParams, *, alpha_factor: float = 1.0) -> None:
    assert params.r == pytest.approx(expected.r, abs=0.0005)
    assert params.alpha / alpha_factor == pytest.approx(expected.alpha, abs=0.0005)
    assert params.a == pytest.approx(expected.a, abs=0.0005)
    assert params.b == pytest.approx(expected.b, abs=0.0005)


def test_cdnow_in_weeks_gives_the_published_parameters():
    data = cdnow_summary()
    fit = fit_mbg_nbd(data["x"].to_numpy(), data["t_x"].to_numpy(), data["T"].to_numpy())
    assert fit.converged and fit.customers == 2357
    _close(fit.params, CDNOW_WEEKS)
    assert fit.log_likelihood == pytest.approx(-9582.13, abs=0.01)


def test_cdnow_in_days_keeps_r_a_b_and_multiplies_alpha_by_seven():
    data = cdnow_summary()
    fit = fit_mbg_nbd(data["x"].to_numpy(), 7 * data["t_x"].to_numpy(), 7 * data["T"].to_numpy())
    assert fit.converged
    _close(fit.params, CDNOW_WEEKS, alpha_factor=7.0)
    assert fit.params.alpha == pytest.approx(43.281, abs=0.005)
    weeks = fit_mbg_nbd(data["x"].to_numpy(), data["t_x"].to_numpy(), data["T"].to_numpy()).params
    assert fit.params.in_unit(1 / 7).alpha == pytest.approx(weeks.alpha, rel=1e-6)


def _bg_nbd_expected(x: float, t_x: float, T: float, t: float, *, euler: bool) -> float:
    """BG/NBD's E[Y(t) | x, t_x, T] (Fader, Hardie & Lee 2005, eq. 10) with the CDNOW parameters,
    the hypergeometric factor taken directly or through Euler's transformation as
    core/segmentation/mbg_nbd.expected_purchases takes it for MBG/NBD."""
    r, alpha, a, b = CDNOW_BG_NBD
    z = t / (alpha + T + t)
    if euler:
        tail = (1 - z) ** (a - 1) * hyp2f1(a + b - r - 1, a - 1, a + b + x - 1, z)
    else:
        tail = ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z)
    numerator = (a + b + x - 1) / (a - 1) * (1 - tail)
    return numerator / (1 + (x > 0) * a / (b + x - 1) * ((alpha + T) / (alpha + t_x)) ** (r + x))


@pytest.mark.parametrize("euler", [False, True])
def test_bg_nbd_conditional_expectation_matches_hardies_spreadsheet(euler):
    # x = 2, t_x = 30.43, T = 38.86 weeks: 1.226 purchases expected in the next 39 weeks
    assert _bg_nbd_expected(2, 30.43, 38.86, 39, euler=euler) == pytest.approx(1.226, abs=0.0005)


def _mbg_expected_direct(params: MbgNbdParams, x, t_x, T, t):
    """Batislam et al. (2007) eq. 9 as printed, without Euler's transformation."""
    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    z = t / (alpha + T + t)
    tail = ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp2f1(r + x, b + x + 1, a + b + x, z)
    numerator = (a + b + x) / (a - 1) * (1 - tail)
    return numerator / (1 + a / (b + x) * ((alpha + T) / (alpha + t_x)) ** (r + x))


def test_mbg_expectation_equals_the_formula_as_printed_on_every_cdnow_customer():
    data = cdnow_summary()
    x, t_x, T = data["x"].to_numpy(float), data["t_x"].to_numpy(), data["T"].to_numpy()
    ours = expected_purchases(CDNOW_WEEKS, x, t_x, T, 39.0)
    direct = _mbg_expected_direct(CDNOW_WEEKS, x, t_x, T, 39.0)
    np.testing.assert_allclose(ours, direct, rtol=1e-9)
    # the customer of Hardie's example under MBG/NBD (which lets customers lapse at the first purchase)
    assert float(expected_purchases(CDNOW_WEEKS, 2, 30.43, 38.86, 39.0)) == pytest.approx(1.263, abs=0.001)


def test_expectation_stays_finite_for_very_frequent_buyers():
    x = np.array([50.0, 200.0, 400.0])
    T = np.array([1000.0, 1000.0, 1000.0])
    value = expected_purchases(MbgNbdParams(r=0.3, alpha=8.0, a=1.5, b=3.8), x, T - 2, T, 365.0)
    assert np.all(np.isfinite(value)) and np.all(value > 0)
    # where nobody lapses (a/(a+b) tiny) a customer buys at their own rate (r + x)/(α + T) a day
    steady = MbgNbdParams(r=0.3, alpha=8.0, a=2.0, b=1e7)
    np.testing.assert_allclose(expected_purchases(steady, x, T - 2, T, 365.0), 365 * (0.3 + x) / (8 + T), rtol=1e-3)


def test_expectation_at_a_equal_to_one_is_the_limit():
    near = [float(expected_purchases(MbgNbdParams(0.5, 6.0, a, 1.6), 2, 30.0, 38.0, 39.0))
            for a in (0.999, 1.0, 1.001)]
    assert np.isfinite(near[1])
    assert near[1] == pytest.approx((near[0] + near[2]) / 2, rel=1e-3)


def test_one_time_buyers_are_not_certainly_alive():
    alive = p_alive(CDNOW_WEEKS, np.zeros(3), np.zeros(3), np.array([1.0, 20.0, 38.86]))
    assert np.all(alive < 1)
    assert alive[0] > alive[1] > alive[2]   # the longer since the only purchase, the less likely
    assert float(alive[2]) == pytest.approx(1 / (1 + 0.891 / 1.614 * ((6.183 + 38.86) / 6.183) ** 0.525), rel=1e-3)


def test_likelihood_is_finite_at_extreme_parameters():
    data = cdnow_summary()
    for params in (MbgNbdParams(1e-9, 1e-9, 1e-9, 1e9), MbgNbdParams(1e9, 1e9, 1e9, 1e-9)):
        assert np.all(np.isfinite(log_likelihood(params, data["x"], data["t_x"], data["T"])))


SIMULATED = dict(r=2.0, alpha=40.0, a=1.5, b=6.0)


def test_recovers_known_parameters_from_ten_thousand_simulated_customers():
    sim = simulate_customers(10_000, **SIMULATED, T=(365, 1460), seed=1)
    fit = fit_mbg_nbd(sim.x, sim.t_x, sim.T)
    assert fit.converged
    found = fit.params
    for name, true in SIMULATED.items():
        assert getattr(found, name) == pytest.approx(true, rel=0.10), name
    # and it is the maximum: no worse than the true parameters
    assert fit.log_likelihood >= float(np.sum(log_likelihood(MbgNbdParams(**SIMULATED), sim.x, sim.t_x, sim.T)))


def test_alive_and_expected_purchases_agree_with_what_simulated_customers_did():
    """Averaged over customers, p_alive is the share still alive at T and the expectation the
    purchases they then make in the next year (law of total expectation): a check of both
    formulas, hypergeometric factor included, that needs no published figure."""
    params = MbgNbdParams(r=0.8, alpha=40.0, a=1.2, b=4.0)
    sim = simulate_customers(20_000, r=0.8, alpha=40.0, a=1.2, b=4.0, T=(180, 1095), horizon=365, seed=5)
    assert float(p_alive(params, sim.x, sim.t_x, sim.T).sum()) == pytest.approx(sim.alive.sum(), rel=0.02)
    expected = expected_purchases(params, sim.x, sim.t_x, sim.T, 365.0)
    assert float(expected.sum()) == pytest.approx(sim.later.sum(), rel=0.03)
    for k in (0, 1, 3):   # also per number of repeat purchases, as the model check compares them
        group = sim.x == k
        assert float(expected[group].sum()) == pytest.approx(sim.later[group].sum(), rel=0.08), k


def test_fit_of_one_time_buyers_only_reports_no_convergence_or_the_edge():
    fit = fit_mbg_nbd(np.zeros(500), np.zeros(500), np.linspace(10, 400, 500))
    assert not fit.converged or not fit.lapse_seen
    assert np.isfinite(fit.log_likelihood) or not fit.converged


def _series_2f1(a: float, b: float, c: float, z: float, terms: int = 400) -> float:
    """2F1(a, b; c; z) as its defining series, term by term (every term positive for a, b, c, z > 0)."""
    term, total = 1.0, [1.0]
    for k in range(terms):
        term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z
        total.append(term)
    return math.fsum(total)


def test_expectation_for_customers_who_all_buy_at_one_rate():
    """Found by a hostile trial: a shop whose customers all buy at about the same rate fits r in the
    millions (the gamma spread of the rates shrinks to one rate), where scipy's 2F1 gives NaN from
    r of about 1e5; every customer's prediction was empty. The confluent limit takes over there:
    here checked against eq. 9 as printed with its 2F1 summed as the series."""
    params = MbgNbdParams(r=3.05e6, alpha=2.42e8, a=0.0167, b=0.298)   # the trial's fit, in days
    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    customers = [(0.0, 0.0, 300.0), (1.0, 120.0, 364.0), (3.0, 200.0, 330.0), (7.0, 350.0, 364.0)]
    got = expected_purchases(params, *(np.array(c) for c in zip(*customers, strict=True)), 365.0)
    assert np.all(np.isfinite(got))
    for (x, t_x, T), value in zip(customers, got, strict=True):
        z = 365.0 / (alpha + T + 365.0)
        tail = ((alpha + T) / (alpha + T + 365.0)) ** (r + x) * _series_2f1(r + x, b + x + 1, a + b + x, z)
        alive = 1 / (1 + a / (b + x) * ((alpha + T) / (alpha + t_x)) ** (r + x))
        assert value == pytest.approx(alive * (a + b + x) / (a - 1) * (1 - tail), rel=1e-5)
    # and continuous with scipy's own 2F1 where that still gives a number (r = 1e4, the same mean rate)
    near = MbgNbdParams(r=1e4, alpha=1e4 * alpha / r, a=a, b=b)
    direct = _mbg_expected_direct(near, 3.0, 200.0, 330.0, 365.0)
    assert float(expected_purchases(near, 3.0, 200.0, 330.0, 365.0)) == pytest.approx(direct, rel=1e-9)


def test_expectation_stays_finite_when_the_lapse_chance_has_no_spread():
    """Found by a trial of a shop's year: a fit of a = 19,533, b = 2.35 million (a lapse chance of
    0.8 % with no spread between customers, a normal 400-customer shop) left every prediction empty
    ("numbers too large"): 2F1 overflowed. Where it does, the large-a, b limit of the series is used;
    where both are finite they agree to within 1e-4 from a = b = 100 on."""
    x = np.array([0.0, 1.0, 2.0, 5.0, 10.0, 30.0])
    t_x, T = np.array([0.0, 50.0, 100.0, 200.0, 300.0, 350.0]), np.full(6, 365.0)
    spread = expected_purchases(MbgNbdParams(3.136, 351.83, 500.0, 50_000.0), x, t_x, T, 365.0)
    assert np.all(np.isfinite(spread))
    for a, b in ((2_000.0, 200_000.0), (19_532.589, 2_351_349.556)):
        assert not np.isfinite(hyp2f1(a + b - 3.136, a - 1.0, a + b, 365.0 / (351.83 + 730.0)))
        limit = expected_purchases(MbgNbdParams(3.136, 351.83, a, b), x, t_x, T, 365.0)
        assert np.all(np.isfinite(limit)) and np.all(np.diff(limit) > 0)
    near = expected_purchases(MbgNbdParams(3.136, 351.83, 2_000.0, 200_000.0), x, t_x, T, 365.0)
    np.testing.assert_allclose(near, spread, rtol=1e-4)       # (the same lapse chance, 1 %, less spread still)
    scalar = expected_purchases(MbgNbdParams(3.136, 351.83, 2_000.0, 200_000.0), np.array(2.0), np.array(100.0),
                                np.array(365.0), 365.0)
    assert float(scalar) == pytest.approx(near[2])
