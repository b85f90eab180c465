"""Maximum likelihood for the prediction models (definitions §11): several starts, Nelder-Mead then BFGS.

Both models of §11 have long flat ridges on real shop data, where a single local search can run
off towards a parameter going to infinity and stop far below the best likelihood. So every fit
here starts from several points (the callers give moment-based ones among them), runs a short
Nelder-Mead from each (robust far from the optimum, needs no gradient), polishes the best ones
with BFGS and the analytic gradient, and keeps the best likelihood of all.

On many customers (more than SCREEN_CUSTOMERS) the Nelder-Mead runs, which only need to find
the right region, use the likelihood of a fixed random sample of that many customers; BFGS then
works on every customer, and the final choice is by the likelihood of every customer.

Parameters are searched as logarithms (every model parameter is positive), clipped to
±LOG_LIMIT so that no exp() overflows; an objective that still comes out infinite or NaN counts as
the worst possible value. A fit whose best parameters sit at the clip, or whose gradient is not
close to zero, has not converged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from scipy.optimize import minimize

log = logging.getLogger(__name__)

#: Log-parameters are kept within ±LOG_LIMIT (e^30 ≈ 1e13): beyond it a fit is running off a ridge.
LOG_LIMIT = 30.0
#: A best point whose log-parameter is beyond this is at infinity or zero: no convergence.
LOG_EDGE = 20.0
#: Converged when the largest gradient component, per customer, is below this (log-parameters).
GRADIENT_TOLERANCE = 1e-4
#: Nelder-Mead steps per start before BFGS takes over, per parameter.
NELDER_MEAD_STEPS = 60
#: How many of the best Nelder-Mead ends BFGS polishes.
POLISHED = 2
#: Above this many customers the Nelder-Mead runs use a sample of this many.
SCREEN_CUSTOMERS = 5_000
#: The seed of that sample (the same data always gives the same fit).
SCREEN_SEED = 20_071_101

#: Negative log-likelihood at log-parameters θ (summed over customers).
Value = Callable[[np.ndarray], float]
#: Negative log-likelihood and its gradient at log-parameters θ (both summed over customers).
Objective = Callable[[np.ndarray], tuple[float, np.ndarray]]


def wsum(weights: np.ndarray, values: np.ndarray) -> float:
    """Σ weights · values, without BLAS: numpy's BLAS dot wakes its worker threads, which then
    compete with the next element-wise steps for the same cores (twice as slow on two cores)."""
    return float(np.einsum("i,i->", weights, values))


class Likelihood(Protocol):
    """A model's negative log-likelihood over some customers, at log-parameters θ."""

    customers: float

    def value(self, theta: np.ndarray) -> float: ...

    def value_and_gradient(self, theta: np.ndarray) -> tuple[float, np.ndarray]: ...


def screen_sample(n: int) -> np.ndarray | None:
    """The customers (positions out of ``n``) whose likelihood the Nelder-Mead runs use, sorted;
    None when there are at most SCREEN_CUSTOMERS (then every customer is used)."""
    if n <= SCREEN_CUSTOMERS:
        return None
    return np.sort(np.random.default_rng(SCREEN_SEED).choice(n, SCREEN_CUSTOMERS, replace=False))


@dataclass(frozen=True)
class FitResult:
    """The best point found: log-parameters, the log-likelihood there (summed over customers, in the
    units the objective was given), whether it converged, and why not."""

    log_params: np.ndarray
    log_likelihood: float
    converged: bool
    reason: str = ""

    @property
    def params(self) -> np.ndarray:
        return np.exp(self.log_params)


def _guarded_value(value: Value) -> Value:
    """The value at clipped log-parameters (plus a pull back into the box), non-finite as +inf."""

    def guarded(theta: np.ndarray) -> float:
        clipped = np.clip(theta, -LOG_LIMIT, LOG_LIMIT)
        with np.errstate(all="ignore"):
            result = value(clipped)
        if not np.isfinite(result):
            return np.inf
        outside = theta - clipped
        return float(result + 0.5 * wsum(outside, outside))

    return guarded


def _guarded(objective: Objective) -> Objective:
    """The objective at clipped log-parameters, with non-finite values as +inf (no gradient)."""

    def guarded(theta: np.ndarray) -> tuple[float, np.ndarray]:
        clipped = np.clip(theta, -LOG_LIMIT, LOG_LIMIT)
        with np.errstate(all="ignore"):
            value, grad = objective(clipped)
        if not np.isfinite(value) or not np.all(np.isfinite(grad)):
            return np.inf, np.zeros_like(theta)
        # outside the box the value is flat: push back towards it so BFGS never settles there
        outside = theta - clipped
        return float(value + 0.5 * wsum(outside, outside)), grad + outside

    return guarded


def maximise_likelihood(likelihood: Likelihood, starts: Sequence[np.ndarray],
                        screen: Likelihood | None = None) -> FitResult:
    """The maximum of ``likelihood``, searched from each of ``starts`` (log-parameters); the
    Nelder-Mead runs use ``screen`` (a sample's likelihood) when given."""
    customers = likelihood.customers
    f = _guarded(likelihood.value_and_gradient)
    value_only = _guarded_value((screen or likelihood).value)
    screen_customers = (screen or likelihood).customers
    ends: list[tuple[float, np.ndarray]] = []
    for start in starts:
        theta0 = np.asarray(start, dtype=np.float64)
        if not np.isfinite(value_only(theta0)):
            continue
        dim = len(theta0)
        simplex = np.vstack([theta0] + [theta0 + 0.5 * np.eye(dim)[i] for i in range(dim)])
        nm = minimize(value_only, theta0, method="Nelder-Mead",
                      options={"maxfev": NELDER_MEAD_STEPS * dim, "initial_simplex": simplex,
                               "xatol": 1e-3, "fatol": 1e-6 * max(screen_customers, 1.0)})
        ends.append((float(nm.fun), np.asarray(nm.x, dtype=np.float64)))
    if not ends:
        return FitResult(np.asarray(starts[0], dtype=np.float64), -np.inf, False,
                         "the likelihood could not be computed from any starting point")
    ends.sort(key=lambda e: e[0])
    best_value, best_theta = np.inf, ends[0][1]
    for _, theta in ends[:POLISHED]:
        res = minimize(f, theta, jac=True, method="BFGS", options={"gtol": 1e-7 * max(customers, 1.0),
                                                                  "maxiter": 400})
        if float(res.fun) < best_value:
            best_value, best_theta = float(res.fun), np.asarray(res.x, dtype=np.float64)
    for _, theta in ends:  # a Nelder-Mead end better than every polished one (BFGS failed there)
        value = f(theta)[0]
        if value < best_value:
            best_value, best_theta = value, theta
    if not np.isfinite(best_value):
        return FitResult(best_theta, -np.inf, False, "the likelihood could not be computed")
    _, grad = f(best_theta)
    worst = float(np.max(np.abs(grad))) / max(customers, 1.0)
    if np.any(np.abs(best_theta) > LOG_EDGE):
        return FitResult(best_theta, -best_value, False,
                         "a parameter ran off towards zero or infinity (the data do not pin the model down)")
    if worst > GRADIENT_TOLERANCE:
        return FitResult(best_theta, -best_value, False,
                         f"the search stopped before the best fit (gradient {worst:.2g} per customer)")
    return FitResult(best_theta, -best_value, True)
