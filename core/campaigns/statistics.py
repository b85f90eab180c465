"""The statistics behind a campaign's results (definitions §9), in plain numpy and the math module.

- :func:`wilson_interval`: the Wilson score interval of one proportion (no continuity correction).
- :func:`newcombe_interval`: the 95 % interval of a difference of two proportions by Newcombe's
  hybrid score method (Newcombe 1998, method 10), built from the two Wilson intervals.
- :func:`prob_better`: P(θ1 > θ2) for θ ~ Beta(1 + buyers, 1 + customers − buyers), exactly, by the
  closed-form sum over the first Beta's integer parameter (no sampling).
- :func:`mantel_haenszel`: the Mantel–Haenszel risk difference over strata (weights n1·n2/(n1+n2))
  with Sato's (1989) variance, and its 95 % interval.
- :func:`min_detectable_uplift`, :func:`control_needed`, :func:`detectable_uplift`: the power
  formula (80 % power, one-sided 5 %) and what it implies for group sizes.

Every function takes counts and returns floats, or None where the quantity does not exist (an
empty group, a rate of 0 or 1 where a formula needs variation). Nothing here knows of lists,
customers or money.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

#: The two-sided 95 % normal quantile.
Z95 = 1.959963984540054
#: One-sided 5 % significance and 80 % power (definitions §9: 1.645 + 0.842).
Z_ALPHA_ONE_SIDED = 1.645
Z_POWER_80 = 0.842
POWER_FACTOR = Z_ALPHA_ONE_SIDED + Z_POWER_80


def _check_counts(successes: int, n: int) -> None:
    if n < 0 or successes < 0 or successes > n:
        raise ValueError(f"impossible counts: {successes} of {n}")


def wilson_interval(successes: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """The Wilson score interval of ``successes / n``; None when ``n`` is 0."""
    _check_counts(successes, n)
    if n == 0:
        return None
    p = successes / n
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def newcombe_interval(x1: int, n1: int, x2: int, n2: int, z: float = Z95) -> tuple[float, float] | None:
    """The interval of ``x1/n1 − x2/n2``: Newcombe's hybrid score interval (method 10, no continuity
    correction); None when a group is empty."""
    first, second = wilson_interval(x1, n1, z), wilson_interval(x2, n2, z)
    if first is None or second is None:
        return None
    (l1, u1), (l2, u2) = first, second
    difference = x1 / n1 - x2 / n2
    below = z * math.sqrt(l1 * (1 - l1) / n1 + u2 * (1 - u2) / n2)
    above = z * math.sqrt(u1 * (1 - u1) / n1 + l2 * (1 - l2) / n2)
    return max(-1.0, difference - below), min(1.0, difference + above)


def _log_beta(a: float, b: float) -> float:
    return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)


def prob_better(x1: int, n1: int, x2: int, n2: int) -> float:
    """P(θ1 > θ2) with θ1 ~ Beta(1 + x1, 1 + n1 − x1) and θ2 ~ Beta(1 + x2, 1 + n2 − x2), exactly.

    With a1 = 1 + x1 a whole number, P = Σ_{i<a1} B(a2 + i, b1 + b2) / ((b1 + i) B(1 + i, b1) B(a2, b2))
    (the closed form for Beta variables of integer first parameter). Consecutive terms differ by the
    factor (a2 + i)(b1 + i) / ((a2 + b1 + b2 + i)(1 + i)), so the sum is taken in logarithms with a
    cumulative sum: a few microseconds per thousand buyers, and no overflow."""
    _check_counts(x1, n1)
    _check_counts(x2, n2)
    a1, b1, a2, b2 = 1 + x1, 1 + n1 - x1, 1 + x2, 1 + n2 - x2
    first = _log_beta(a2, b1 + b2) - _log_beta(a2, b2)
    i = np.arange(a1 - 1, dtype=np.float64)
    steps = np.log(a2 + i) + np.log(b1 + i) - np.log(a2 + b1 + b2 + i) - np.log(1 + i)
    logs = np.concatenate(([first], first + np.cumsum(steps)))
    top = float(logs.max())
    total = math.exp(top) * float(np.exp(logs - top).sum())
    return min(1.0, max(0.0, total))


def normal_cdf(x: float) -> float:
    """Φ(x), the standard normal distribution function."""
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


@dataclass(frozen=True)
class Stratum:
    """One 2×2 table: ``x1`` of ``n1`` (mailed) and ``x2`` of ``n2`` (control) bought."""

    x1: int
    n1: int
    x2: int
    n2: int


@dataclass(frozen=True)
class PooledDifference:
    """The Mantel–Haenszel risk difference, Sato's variance and the 95 % interval."""

    difference: float
    variance: float
    low: float
    high: float

    @property
    def p_better(self) -> float:
        """P(difference > 0) from the estimate and its standard error (normal approximation)."""
        if self.variance <= 0:
            return 1.0 if self.difference > 0 else 0.0 if self.difference < 0 else 0.5
        return normal_cdf(self.difference / math.sqrt(self.variance))


def mantel_haenszel(strata: Sequence[Stratum], z: float = Z95) -> PooledDifference | None:
    """The Mantel–Haenszel risk difference x1/n1 − x2/n2 over ``strata`` with weights n1·n2/(n1+n2),
    and Sato's variance: Var = (RD·ΣP + ΣQ) / (ΣW)², P = (n1²·x2 − n2²·x1 + n1·n2·(n2 − n1)/2) / N²,
    Q = (x1·(n2 − x2) + x2·(n1 − x1)) / (2N). Strata with an empty group carry no weight and are
    left out; None when none is left."""
    used = [s for s in strata if s.n1 > 0 and s.n2 > 0]
    if not used:
        return None
    weights = sum_p = sum_q = numerator = 0.0
    for s in used:
        total = s.n1 + s.n2
        weights += s.n1 * s.n2 / total
        numerator += (s.x1 * s.n2 - s.x2 * s.n1) / total
        sum_p += (s.n1 ** 2 * s.x2 - s.n2 ** 2 * s.x1 + s.n1 * s.n2 * (s.n2 - s.n1) / 2) / total ** 2
        sum_q += (s.x1 * (s.n2 - s.x2) + s.x2 * (s.n1 - s.x1)) / (2 * total)
    difference = numerator / weights
    variance = max(0.0, (difference * sum_p + sum_q) / weights ** 2)
    half = z * math.sqrt(variance)
    return PooledDifference(difference, variance, difference - half, difference + half)


def min_detectable_uplift(mailed: int, control: int, rate: float) -> float | None:
    """The smallest uplift groups of these sizes detect with 80 % power at one-sided 5 %:
    (1.645 + 0.842) · √(p(1 − p)(1/mailed + 1/control)); None when a group is empty or p is 0 or 1."""
    if mailed <= 0 or control <= 0 or not 0 < rate < 1:
        return None
    return POWER_FACTOR * math.sqrt(rate * (1 - rate) * (1 / mailed + 1 / control))


@dataclass(frozen=True)
class ControlNeed:
    """How large a control group would detect ``uplift`` with the mailed group as it is: ``control``
    customers, or None when no control group could (``each`` is then the size both groups would
    need, split evenly)."""

    uplift: float
    control: int | None
    each: int


def control_needed(mailed: int, rate: float, uplift: float, smallest: int = 0) -> ControlNeed | None:
    """The control size at which :func:`min_detectable_uplift` falls to ``uplift`` for this mailed
    group (at least ``smallest``); None when ``rate`` is 0 or 1 or ``uplift`` is not positive."""
    if not 0 < rate < 1 or uplift <= 0:
        return None
    variance = rate * (1 - rate) * POWER_FACTOR ** 2
    each = math.ceil(2 * variance / uplift ** 2)
    room = uplift ** 2 / variance - (1 / mailed if mailed > 0 else math.inf)
    if room <= 0:
        return ControlNeed(uplift, None, each)
    return ControlNeed(uplift, max(smallest, math.ceil(1 / room)), each)


def split_sizes(list_size: int, control_share: float) -> tuple[int, int]:
    """(mailed, control) for a list of ``list_size`` mailable customers and a control share: the
    control group is the share rounded half up (definitions §6)."""
    control = math.floor(list_size * control_share + 0.5)
    return list_size - control, control


def detectable_uplift(list_size: int, control_share: float, base_rate: float) -> float | None:
    """Before sending: the smallest uplift a list of ``list_size`` mailable customers with this
    control share could show (80 % power, one-sided 5 %), at the response rate ``base_rate``."""
    mailed, control = split_sizes(list_size, control_share)
    return min_detectable_uplift(mailed, control, base_rate)


#: Draws behind the range of the extra revenue (definitions §9).
DRAWS = 20_000
#: Bootstrap indices drawn at a time (bounds the memory of one step: 4 million × 4 bytes).
_BOOTSTRAP_CELLS = 4_000_000


def bootstrap_means(values: np.ndarray, draws: int, rng: np.random.Generator) -> np.ndarray:
    """``draws`` means of resamples (with replacement, of the same size) of ``values``: vectorised
    in blocks of rows, never a Python loop per draw. All zeros when ``values`` is empty. The values
    are picked as 32-bit floats (seven digits: cents up to £100,000) and summed in 64 bits, which
    halves the time of the picking, the bulk of the work."""
    k = len(values)
    out = np.zeros(draws, dtype=np.float64)
    if k == 0:
        return out
    small = np.asarray(values, dtype=np.float32)
    index_type = np.uint16 if k <= np.iinfo(np.uint16).max else np.int64
    block = max(1, _BOOTSTRAP_CELLS // k)
    for start in range(0, draws, block):
        rows = min(block, draws - start)
        picks = rng.integers(0, k, size=(rows, k), dtype=index_type)
        out[start:start + rows] = small[picks].sum(axis=1, dtype=np.float64) / k
    return out


def extra_revenue_draws(x1: int, n1: int, x2: int, n2: int, buyer_revenues: np.ndarray,
                        rng: np.random.Generator, draws: int = DRAWS) -> np.ndarray:
    """Draws of (θ1 − θ2) × mean spend per buyer × n1: the rates from their Beta posteriors
    Beta(1 + x, 1 + n − x), the spend from a bootstrap resample of ``buyer_revenues`` (both groups'
    buyers). Zeros when nobody bought."""
    _check_counts(x1, n1)
    _check_counts(x2, n2)
    if len(buyer_revenues) == 0:
        return np.zeros(draws)
    first = rng.beta(1 + x1, 1 + n1 - x1, size=draws)
    second = rng.beta(1 + x2, 1 + n2 - x2, size=draws)
    return (first - second) * bootstrap_means(buyer_revenues, draws, rng) * n1


def range_95(draws: np.ndarray) -> tuple[float, float]:
    """The 2.5 % and 97.5 % quantiles of ``draws`` (numpy's default method)."""
    low, high = np.quantile(draws, [0.025, 0.975])
    return float(low), float(high)
