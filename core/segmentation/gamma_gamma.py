"""The Gamma-Gamma spend model (Fader, Hardie & Lee 2005), definitions §11.

A customer's spends per purchase are gamma distributed with shape p and a rate ν of their own;
ν varies across customers as a gamma distribution with shape q and rate γ. A customer with x
repeat purchases averaging m̄ contributes (Fader, Hardie & Lee 2005, "RFM and CLV", eq. 3)

    log L = log Γ(px + q) − log Γ(px) − log Γ(q) + q log γ + (px − 1) log m̄ + px log x
            − (px + q) log(γ + x m̄)

and their expected spend per purchase is (p (γ + x m̄)) / (p x + q − 1), a weighted mean of the
population mean p γ / (q − 1) and their own m̄. Money only moves γ (spends in cents: γ 100 times
larger), so the fit runs on spends divided by their median and converts γ back.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import digamma, gammaln

from core.segmentation.model_fit import maximise_likelihood, screen_sample, wsum


@dataclass(frozen=True)
class GammaGammaParams:
    """p, q, γ (γ in the money unit of the spends it was fitted on)."""

    p: float
    q: float
    gamma: float

    @property
    def population_mean(self) -> float:
        """p γ / (q − 1): the mean spend per purchase; infinite when q ≤ 1."""
        return self.p * self.gamma / (self.q - 1.0) if self.q > 1.0 else float("inf")


#: From this q on, customers' own average spends weigh next to nothing in their expected spend
#: (p x / (p x + q − 1) below 0.1 % for p x up to 10): the fit where every customer spends at the
#: same rate is tried, and taken when it is at least as likely.
SPREAD_UNSEEN_Q = 1e4
#: q of the fit where every customer spends at the same rate (q → ∞ with γ/q fixed): large enough
#: that the likelihood is within 1e-6 of the limit's on any shop's data, small enough for float64.
SAME_RATE_Q = 1e8


@dataclass(frozen=True)
class GammaGammaFit:
    """The fitted parameters, the log-likelihood at them (in the spends' own unit), how many
    customers, and whether the search converged (``reason`` when not).

    ``spread_seen`` is False when the best fit lies where every customer spends at the same rate
    (q → ∞): customers' mean spends differ no more than one customer's spends differ from one
    purchase to the next, so each is expected to spend the population mean. q is then SAME_RATE_Q."""

    params: GammaGammaParams
    log_likelihood: float
    customers: int
    converged: bool
    reason: str = ""
    spread_seen: bool = True


def log_likelihood(params: GammaGammaParams, x: np.ndarray, mbar: np.ndarray) -> np.ndarray:
    """Each customer's log-likelihood (x ≥ 1 repeat purchases, mean spend m̄ > 0)."""
    p, q, g = params.p, params.q, params.gamma
    x = np.asarray(x, dtype=np.float64)
    mbar = np.asarray(mbar, dtype=np.float64)
    px = p * x
    return (gammaln(px + q) - gammaln(px) - gammaln(q) + q * np.log(g) + (px - 1) * np.log(mbar)
            + px * np.log(x) - (px + q) * np.log(g + x * mbar))


def expected_spend(params: GammaGammaParams, x: np.ndarray, mbar: np.ndarray) -> np.ndarray:
    """E[spend per purchase | x, m̄] = p (γ + x m̄) / (p x + q − 1); x = 0 gives the population mean."""
    x = np.asarray(x, dtype=np.float64)
    return params.p * (params.gamma + x * np.asarray(mbar, dtype=np.float64)) / (params.p * x + params.q - 1.0)


class _Likelihood:
    """The negative log-likelihood and its gradient in log-parameters; x-only terms per distinct x."""

    def __init__(self, x: np.ndarray, mbar: np.ndarray) -> None:
        self.ux, self.xi = np.unique(x, return_inverse=True)
        self.x, self.mbar = x, mbar
        self.ux_n = np.bincount(self.xi, minlength=len(self.ux)).astype(np.float64)
        self.n = float(len(x))
        self.customers = self.n
        self.x_mbar = x * mbar
        self.sum_x_log = float(wsum(x, np.log(mbar) + np.log(x)))   # Σ x (log m̄ + log x)
        self.sum_log_mbar = float(np.log(mbar).sum())

    def value(self, theta: np.ndarray) -> float:
        p, q, g = np.exp(theta)
        log_g_xm = np.log(g + self.x_mbar)
        per_x = gammaln(p * self.ux + q) - gammaln(p * self.ux)
        ll = (wsum(self.ux_n, per_x) + self.n * (q * np.log(g) - gammaln(q)) + p * self.sum_x_log
              - self.sum_log_mbar - wsum(p * self.x + q, log_g_xm))
        return -float(ll)

    def value_and_gradient(self, theta: np.ndarray) -> tuple[float, np.ndarray]:
        p, q, g = np.exp(theta)
        log_g_xm = np.log(g + self.x_mbar)
        ux = self.ux
        per_x = gammaln(p * ux + q) - gammaln(p * ux)
        ll = (wsum(self.ux_n, per_x) + self.n * (q * np.log(g) - gammaln(q)) + p * self.sum_x_log
              - self.sum_log_mbar - wsum(p * self.x + q, log_g_xm))
        dig_pxq = digamma(p * ux + q)
        g_p = (wsum(self.ux_n * ux, dig_pxq - digamma(p * ux)) + self.sum_x_log - wsum(self.x, log_g_xm))
        g_q = wsum(self.ux_n, dig_pxq) - self.n * digamma(q) + self.n * np.log(g) - log_g_xm.sum()
        g_g = self.n * q / g - wsum(p * self.x + q, 1.0 / (g + self.x_mbar))
        return -float(ll), -np.array([g_p * p, g_q * q, g_g * g])


def _starts(x: np.ndarray, mbar: np.ndarray) -> list[np.ndarray]:
    """Starting log-parameters, each with the population mean p γ/(q − 1) equal to the mean m̄.

    Moment-based: the spread of m̄ among customers with x repeat purchases is
    Var(m̄ | x) = A + B/x with A = μ²/(q − 2) and B = μ²(q − 1)/(p (q − 2)) (μ the mean), so a
    least-squares line through the variances per x gives q = 2 + μ²/A and p = μ²(q − 1)/(B (q − 2)).
    Besides it, (p, q) = (1, 2.5), (6, 4) and (2, 10)."""
    mu = float(np.mean(mbar))
    pairs: list[tuple[float, float]] = []
    groups = [(k, mbar[x == k]) for k in np.unique(np.minimum(x, 8))]
    rows = [(1.0 / k, float(np.var(vals, ddof=1)), len(vals)) for k, vals in groups if len(vals) >= 5]
    if len(rows) >= 2:
        inv_x, var, n = (np.array(c, dtype=np.float64) for c in zip(*rows, strict=True))
        design = np.column_stack([np.ones_like(inv_x), inv_x]) * np.sqrt(n)[:, None]
        (big_a, big_b), *_ = np.linalg.lstsq(design, var * np.sqrt(n), rcond=None)
        if big_a > 0 and big_b > 0:
            q0 = 2.0 + mu * mu / big_a
            p0 = mu * mu * (q0 - 1.0) / (big_b * (q0 - 2.0))
            pairs.append((float(np.clip(p0, 0.05, 200.0)), float(np.clip(q0, 1.1, 200.0))))
    pairs += [(1.0, 2.5), (6.0, 4.0), (2.0, 10.0)]
    return [np.log([p, q, mu * (q - 1.0) / p]) for p, q in pairs]


def fit_gamma_gamma(x: np.ndarray, mbar: np.ndarray) -> GammaGammaFit:
    """Maximum-likelihood Gamma-Gamma on customers with x ≥ 1 repeat purchases and mean spend
    m̄ > 0 (the caller chooses them), spends divided by their median during the search."""
    x = np.asarray(x, dtype=np.float64)
    mbar = np.asarray(mbar, dtype=np.float64)
    scale = float(np.median(mbar)) if len(mbar) else 1.0
    scale = scale if scale > 0 else 1.0
    likelihood = _Likelihood(x, mbar / scale)
    pick = screen_sample(len(x))
    screen = None if pick is None else _Likelihood(x[pick], mbar[pick] / scale)
    found = maximise_likelihood(likelihood, _starts(x, mbar / scale), screen)
    p, q, g = found.params
    params = GammaGammaParams(float(p), float(q), float(g) * scale)
    if not found.converged or q > SPREAD_UNSEEN_Q:
        same = _same_rate_fit(x, mbar, scale, found.log_likelihood)
        if same is not None:
            return same
    with np.errstate(all="ignore"):
        total = float(np.sum(log_likelihood(params, x, mbar))) if found.converged else found.log_likelihood
    return GammaGammaFit(params, total, len(x), found.converged, found.reason)


def _same_rate_fit(x: np.ndarray, mbar: np.ndarray, scale: float, best: float) -> GammaGammaFit | None:
    """The fit where every customer spends at the same rate ν (q → ∞), when it is at least as likely
    as the best point the full search reached (``best``, in the scaled unit, less 1e-6 per
    customer): the full search was then running up the ridge towards it, and stopped on the way
    (not converged, or q above SPREAD_UNSEEN_Q). None otherwise.

    Every spend is gamma(p, ν), so a customer's mean of x spends is gamma(p x, x ν):
    log L = p x log(x ν) − log Γ(p x) + (p x − 1) log m̄ − x ν m̄."""
    likelihood = _SameRate(x, mbar / scale)
    found = maximise_likelihood(likelihood, [np.log([p0, p0 * float(x.sum()) / float((x * mbar / scale).sum())])
                                             for p0 in (0.5, 2.0, 8.0)])
    if not found.converged or found.log_likelihood < best - 1e-6 * max(len(x), 1):
        return None
    p, nu = found.params
    params = GammaGammaParams(float(p), SAME_RATE_Q, float((SAME_RATE_Q - 1.0) / nu) * scale)
    with np.errstate(all="ignore"):
        total = float(np.sum(log_likelihood(params, x, mbar)))
    return GammaGammaFit(params, total, len(x), True, spread_seen=False)


class _SameRate:
    """The negative log-likelihood (and gradient in log p, log ν) when every customer spends at rate ν."""

    def __init__(self, x: np.ndarray, mbar: np.ndarray) -> None:
        self.x, self.customers = x, float(len(x))
        self.log_x = np.log(x)
        self.log_mbar = np.log(mbar)
        self.x_mbar = float(wsum(x, mbar))
        self.sum_x = float(x.sum())

    def value(self, theta: np.ndarray) -> float:
        return self.value_and_gradient(theta)[0]

    def value_and_gradient(self, theta: np.ndarray) -> tuple[float, np.ndarray]:
        p, nu = np.exp(theta)
        px = p * self.x
        ll = (wsum(px, self.log_x + np.log(nu) + self.log_mbar) - float(gammaln(px).sum())
              - float(self.log_mbar.sum()) - nu * self.x_mbar)
        g_p = wsum(self.x, self.log_x + np.log(nu) + self.log_mbar - digamma(px))
        g_nu = p * self.sum_x / nu - self.x_mbar
        return -float(ll), -np.array([g_p * p, g_nu * nu])
