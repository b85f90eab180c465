"""The MBG/NBD purchase model (Batislam, Denizel & Filiztekin 2007), definitions §11.

While alive, a customer buys as a Poisson process with rate λ; λ varies across customers as a
gamma distribution with shape r and rate α. At time 0 (the first purchase) and after every
purchase the customer lapses with probability p; p varies as a beta distribution (a, b). A
customer is summarised by x (repeat purchases), t_x (time of the last purchase, counted from the
first) and T (time from the first purchase to the end of the observation), all in one time unit.

Per customer, with k = r + x (Batislam et al. 2007, eq. 6):

    L = Γ(k) α^r / Γ(r) · B(a, b + x + 1) / B(a, b) · [ (α + T)^-k + a / (b + x) · (α + t_x)^-k ]

computed in logs (gammaln, betaln, logaddexp), so it never overflows. The time unit only moves α:
fitted in weeks or in days, r, a and b are the same and α in days is 7 times α in weeks. The fit
therefore runs on a scaled clock (T divided so that the longest is 10) and converts α back.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import betaln, digamma, gammaln, hyp1f1, hyp2f1

from core.segmentation.model_fit import FitResult, maximise_likelihood, screen_sample, wsum

#: The fit's clock: times are divided so that the longest observation T is this long.
SCALED_SPAN = 10.0
#: Below this mean chance of lapsing per purchase, a/(a+b), the fit saw no customer lapse.
NO_LAPSE = 1e-4
#: From r this large (customers who all buy at about the same rate: the gamma spread of the rates is
#: nearly a single rate) the expected purchases take 2F1's confluent limit where scipy's 2F1 gives no
#: number (it does from r of about 1e5 on): 2F1(A, B; C; z) → 1F1(B; C; A·z) as A → −∞ with A·z
#: fixed, within 2e-7 of 2F1 at r = 1e4 and closer beyond.
CONFLUENT_R = 1e4


@dataclass(frozen=True)
class MbgNbdParams:
    """r, α (in the time unit of the data it was fitted on), a, b."""

    r: float
    alpha: float
    a: float
    b: float

    @property
    def mean_lapse(self) -> float:
        """a / (a + b): the mean chance that a customer lapses at a purchase."""
        return self.a / (self.a + self.b)

    def in_unit(self, factor: float) -> MbgNbdParams:
        """The same model on a clock whose unit is 1/``factor`` of this one (weeks → days: 7)."""
        return MbgNbdParams(self.r, self.alpha * factor, self.a, self.b)


@dataclass(frozen=True)
class MbgNbdFit:
    """The fitted parameters, the log-likelihood at them (summed over customers, in the data's
    unit), how many customers, and whether the search converged (``reason`` when not)."""

    params: MbgNbdParams
    log_likelihood: float
    customers: int
    converged: bool
    reason: str = ""

    @property
    def lapse_seen(self) -> bool:
        """False when the best fit lies where nobody lapses (a → 0, b → ∞: a/(a+b) below NO_LAPSE):
        the likelihood keeps rising towards "no lapse", so a and b are only where the search
        stopped, while p_alive (1) and the expected purchases (those of NBD) are its limits."""
        return self.params.mean_lapse >= NO_LAPSE


def log_likelihood(params: MbgNbdParams, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """Each customer's log-likelihood (the formula in the module docstring)."""
    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    x = np.asarray(x, dtype=np.float64)
    k = r + x
    first = -k * np.log(alpha + np.asarray(T, dtype=np.float64))
    second = np.log(a) - np.log(b + x) - k * np.log(alpha + np.asarray(t_x, dtype=np.float64))
    return (gammaln(k) - gammaln(r) + r * np.log(alpha) + betaln(a, b + x + 1) - betaln(a, b)
            + np.logaddexp(first, second))


def p_alive(params: MbgNbdParams, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """P(still a customer at T | x, t_x, T) = 1 / (1 + a/(b+x) · ((α+T)/(α+t_x))^(r+x)): below 1
    for everyone, one-time buyers included (MBG/NBD lets a customer lapse right after buying)."""
    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    x = np.asarray(x, dtype=np.float64)
    log_odds = (np.log(a) - np.log(b + x)
                + (r + x) * (np.log(alpha + np.asarray(T, dtype=np.float64))
                             - np.log(alpha + np.asarray(t_x, dtype=np.float64))))
    return np.exp(-np.logaddexp(0.0, log_odds))


#: From here on (a and b both), expected_purchases may use the series' large-parameter limit where
#: the hypergeometric function overflows.
LARGE_AB = 100.0


def expected_purchases(params: MbgNbdParams, x: np.ndarray, t_x: np.ndarray, T: np.ndarray,
                       t: float) -> np.ndarray:
    """E[purchases in (T, T + t] | x, t_x, T] (Batislam et al. 2007, eq. 9):

        P(alive) · (a + b + x)/(a − 1) · [1 − ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x+1; a+b+x; z)]

    with z = t/(α+T+t). The hypergeometric factor is taken through Euler's transformation,
    2F1(A, B; C; z) = (1−z)^(C−A−B) · 2F1(C−A, C−B; C; z), which here gives
    (1−z)^(a−1) · 2F1(a+b−r, a−1; a+b+x; z): no huge 2F1 times a tiny power for frequent buyers.
    At a = 1 (a removable 0/0) the value is the mean of a = 1 ± 1e-5.
    """
    if abs(params.a - 1.0) < 1e-6:
        lo = expected_purchases(MbgNbdParams(params.r, params.alpha, 1.0 - 1e-5, params.b), x, t_x, T, t)
        hi = expected_purchases(MbgNbdParams(params.r, params.alpha, 1.0 + 1e-5, params.b), x, t_x, T, t)
        return (lo + hi) / 2.0
    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    x = np.asarray(x, dtype=np.float64)
    T = np.asarray(T, dtype=np.float64)
    z = t / (alpha + T + t)
    series = hyp2f1(a + b - r, a - 1.0, a + b + x, z)
    if r >= CONFLUENT_R:
        series = np.where(np.isfinite(series), series, hyp1f1(a - 1.0, a + b + x, (a + b - r) * z))
    with np.errstate(invalid="ignore", over="ignore"):
        tail = np.power(1.0 - z, a - 1.0) * series
        bracket = 1.0 - tail
    lost = ~np.isfinite(bracket)
    if lost.any() and a >= LARGE_AB and b >= LARGE_AB:
        x, T, bracket = (np.array(v, dtype=np.float64) for v in np.broadcast_arrays(x, T, bracket))
        # a and b both large (a lapse chance a/(a+b) fixed, its spread gone): the series' terms are
        # (r+x)_k ((a−1)/(a+b+x))-shifted powers, the factor tends to (1 − (1−s)z)^−(r+x) with
        # s = (a−1)/(a+b+x), and the bracket to 1 − ((α+T)/(α+T+s·t))^(r+x): within 1e-4 of the
        # series from a = b = 100 on, and finite where 2F1 itself overflows (a = 19,533, b = 2.35 million)
        share = (a - 1.0) / (a + b + x[lost])
        bracket[lost] = -np.expm1(-(r + x[lost]) * np.log1p(t * share / (alpha + T[lost])))
    return p_alive(params, x, t_x, T) * (a + b + x) / (a - 1.0) * bracket


def _compress(x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Distinct (x, t_x, T) rows and how many customers share each (whole days repeat a lot)."""
    if len(x) == 0:
        return x, t_x, T, np.zeros(0)
    whole = np.array_equal(x, np.round(x)) and np.array_equal(T, np.round(T)) and np.array_equal(t_x, np.round(t_x))
    top = float(max(np.max(x), np.max(T))) + 1.0 if whole else 0.0
    if whole and min(np.min(x), np.min(t_x)) >= 0 and top ** 3 < 2.0 ** 62:   # one int64 key per row
        base = int(top)
        keys = (x.astype(np.int64) * base + t_x.astype(np.int64)) * base + T.astype(np.int64)
        distinct, counts = np.unique(keys, return_counts=True)
        return ((distinct // (base * base)).astype(np.float64), ((distinct // base) % base).astype(np.float64),
                (distinct % base).astype(np.float64), counts.astype(np.float64))
    rows = np.column_stack([x, t_x, T])
    table, counts = np.unique(rows, axis=0, return_counts=True)
    return table[:, 0], table[:, 1], table[:, 2], counts.astype(np.float64)


class _Likelihood:
    """The negative log-likelihood of weighted (x, t_x, T) rows and its gradient in log-parameters.

    Terms that depend on x alone (gammaln, betaln, digamma) are computed once per distinct x."""

    def __init__(self, x: np.ndarray, t_x: np.ndarray, T: np.ndarray, weight: np.ndarray) -> None:
        self.ux, self.xi = np.unique(x, return_inverse=True)
        self.t_x, self.T, self.w = t_x, T, weight
        self.ux_w = np.bincount(self.xi, weights=weight, minlength=len(self.ux))  # weight per distinct x
        self.total = float(weight.sum())
        self.customers = self.total

    def _rows(self, theta: np.ndarray) -> tuple[np.ndarray, ...]:
        r, alpha, a, b = np.exp(theta)
        u = np.log(alpha + self.T)
        v = np.log(alpha + self.t_x)
        k = (r + self.ux)[self.xi]
        d = np.log(a) - np.log(b + self.ux)[self.xi] - k * (v - u)   # second term − first term, in logs
        e = np.exp(-np.abs(d))
        softplus = np.maximum(d, 0.0) + np.log1p(e)
        return u, v, k, d, e, softplus

    def _x_terms(self, theta: np.ndarray) -> float:
        r, alpha, a, b = np.exp(theta)
        per_x = gammaln(r + self.ux) + betaln(a, b + self.ux + 1)
        return float(wsum(self.ux_w, per_x) + self.total * (-gammaln(r) + r * np.log(alpha) - betaln(a, b)))

    def value(self, theta: np.ndarray) -> float:
        u, _, k, _, _, softplus = self._rows(theta)
        return -(self._x_terms(theta) + float(wsum(self.w, softplus - k * u)))

    def value_and_gradient(self, theta: np.ndarray) -> tuple[float, np.ndarray]:
        r, alpha, a, b = np.exp(theta)
        u, v, k, d, e, softplus = self._rows(theta)
        ll = self._x_terms(theta) + float(wsum(self.w, softplus - k * u))
        w2 = np.where(d >= 0, 1.0 / (1.0 + e), e / (1.0 + e))      # share of the second term
        w1 = 1.0 - w2
        ux = self.ux
        dig_k = digamma(r + ux)
        dig_abx = digamma(a + b + ux + 1)
        g_r = (wsum(self.ux_w, dig_k) + self.total * (np.log(alpha) - digamma(r))
               - wsum(self.w, w1 * u + w2 * v))
        g_alpha = self.total * r / alpha - wsum(self.w, k * (w1 / (alpha + self.T) + w2 / (alpha + self.t_x)))
        w2_w = self.w * w2
        w2_x = np.bincount(self.xi, weights=w2_w, minlength=len(ux))
        g_a = self.total * digamma(a + b) - wsum(self.ux_w, dig_abx) + w2_w.sum() / a
        g_b = (wsum(self.ux_w, digamma(b + ux + 1) - dig_abx) + self.total * (digamma(a + b) - digamma(b))
               - wsum(w2_x, 1.0 / (b + ux)))
        grad = np.array([g_r * r, g_alpha * alpha, g_a * a, g_b * b])
        return -ll, -grad


def _starts(x: np.ndarray, T: np.ndarray, weight: np.ndarray) -> list[np.ndarray]:
    """Starting log-parameters: r and α from the moments of the customers' purchase rates x/T
    (mean r/α, variance r/α² after the Poisson noise x/T² is taken off), with two spreads of the
    lapse probability (a, b) = (1, 3) and (0.5, 5), and the plain start r = a = b = 1."""
    ok = T > 0
    rate = x[ok] / T[ok]
    w = weight[ok]
    mean = float(np.average(rate, weights=w)) if w.sum() else 0.0
    if mean <= 0:
        mean = 1.0 / max(float(np.max(T)), 1e-9)
    var = float(np.average((rate - mean) ** 2, weights=w) - np.average(rate / T[ok], weights=w)) if w.sum() else 0.0
    r0 = float(np.clip(mean * mean / var, 0.05, 20.0)) if var > 0 else 1.0
    alpha0 = r0 / mean
    return [np.log([r0, alpha0, 1.0, 3.0]), np.log([r0, alpha0, 0.5, 5.0]), np.log([1.0, 1.0 / mean, 1.0, 1.0])]


def fit_mbg_nbd(x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> MbgNbdFit:
    """Maximum-likelihood MBG/NBD on customers (x, t_x, T), in the data's own time unit.

    The search runs on a clock scaled so that the longest T is SCALED_SPAN, with log-parameters,
    from several starts (core/segmentation/model_fit.py); α is converted back to the data's unit.
    """
    x = np.asarray(x, dtype=np.float64)
    t_x = np.asarray(t_x, dtype=np.float64)
    T = np.asarray(T, dtype=np.float64)
    longest = float(np.max(T)) if len(T) else 0.0
    scale = longest / SCALED_SPAN if longest > 0 else 1.0
    cx, ct, cT, weight = _compress(x, t_x, T)
    likelihood = _Likelihood(cx, ct / scale, cT / scale, weight)
    pick = screen_sample(len(x))
    screen = None if pick is None else _Likelihood(*_compress(x[pick], t_x[pick] / scale, T[pick] / scale))
    found: FitResult = maximise_likelihood(likelihood, _starts(cx, cT / scale, weight), screen)
    r, alpha, a, b = found.params
    params = MbgNbdParams(float(r), float(alpha), float(a), float(b)).in_unit(scale)
    with np.errstate(all="ignore"):
        total = float(np.sum(log_likelihood(params, x, t_x, T))) if found.converged else found.log_likelihood
    return MbgNbdFit(params, total, len(x), found.converged, found.reason)
