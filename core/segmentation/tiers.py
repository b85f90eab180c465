"""definitions §5 loyalty tiers: basis, data-driven default thresholds (2 significant figures), points, next tier."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.segmentation.settings import DEFAULT_TIER_QUANTILES, TierRules
from core.words import N_

#: How each tier basis reads in a sentence ("£700 in the last 12 months").
BASIS_WORDS = {"last_12m": N_("in the last 12 months"), "lifetime": N_("in total"),
               "calendar_year": N_("this calendar year")}


def round_significant(value: float, digits: int = 2) -> float:
    """Round to ``digits`` significant figures (1,234.5 → 1,200; exact halves go to even, like round())."""
    if value == 0 or not math.isfinite(value):
        return float(value)
    return float(round(value, digits - 1 - int(math.floor(math.log10(abs(value))))))


def default_quantiles(count: int) -> list[float]:
    """Quantiles for tiers 2..count: 50/80/95 % for four tiers, else evenly from 50 % to 95 %."""
    if count <= 1:
        return []
    if count - 1 == len(DEFAULT_TIER_QUANTILES):
        return list(DEFAULT_TIER_QUANTILES)
    if count == 2:
        return [0.5]
    return [float(q) for q in np.linspace(0.5, 0.95, count - 1)]


def default_thresholds(basis: np.ndarray, count: int) -> list[float] | None:
    """Thresholds of tiers 2..count from customers with positive basis; None when nobody has one."""
    values = np.asarray(basis, dtype=np.float64)
    values = values[values > 0]
    if values.size == 0 or count <= 1:
        return None if count > 1 else []
    return [round_significant(float(q)) for q in np.quantile(values, default_quantiles(count))]


@dataclass
class TierResult:
    """Arrays aligned with the basis; tier names as objects (None where the basis is NaN)."""

    tier: np.ndarray
    tier_points: np.ndarray          # float with NaN where no basis (becomes Int64)
    next_tier: np.ndarray
    amount_to_next_tier: np.ndarray  # NaN at the top tier
    close_to_next_tier: np.ndarray   # bool
    thresholds: list[tuple[str, float]]  # (name, threshold) per tier, first tier 0 / -inf shown as 0
    defaulted: bool                  # thresholds came from the data
    no_thresholds: bool = False      # nobody had a positive basis: everyone in the first tier


def is_close_to_next_tier(amount_to_next_tier: np.ndarray, next_threshold: np.ndarray,
                          close_fraction: float) -> np.ndarray:
    """The close-to-next-tier rule (definitions §5): still to spend at most ``close_fraction`` of the next
    tier's threshold (TierRules.close_fraction). NaN amounts (top tier, no tier) are never close."""
    amount = np.asarray(amount_to_next_tier, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        return np.isfinite(amount) & (amount <= close_fraction * np.asarray(next_threshold, dtype=np.float64))


def assign_tiers(basis: np.ndarray, rules: TierRules) -> TierResult:
    """Highest tier whose threshold <= basis; everyone else the first tier."""
    basis = np.asarray(basis, dtype=np.float64)
    names = list(rules.names)
    defaulted = rules.thresholds is None
    thresholds = default_thresholds(basis, len(names)) if rules.thresholds is None else list(rules.thresholds)
    no_thresholds = thresholds is None
    if thresholds is None:
        thresholds = [math.inf] * (len(names) - 1)
    cuts = np.asarray(thresholds, dtype=np.float64)
    have = ~np.isnan(basis)
    level = np.searchsorted(cuts, np.where(have, basis, -np.inf), side="right")
    name_arr = np.array(names + [None], dtype=object)
    none = np.full(len(basis), None, dtype=object)
    tier = np.where(have, name_arr[level], none)
    top = (level >= len(names) - 1) | no_thresholds  # no data thresholds: no next tier to reach
    nxt_level = np.minimum(level + 1, len(names) - 1)
    next_cut = np.append(cuts, np.nan)[np.minimum(level, len(cuts))]
    next_tier = np.where(have & ~top, name_arr[nxt_level], none)
    amount = np.where(have & ~top, np.round(next_cut - basis, 9), np.nan)
    close = have & ~top & is_close_to_next_tier(amount, next_cut, rules.close_fraction)
    with np.errstate(invalid="ignore"):
        points = np.floor(np.round(np.maximum(basis, 0) * rules.points_per_unit, 6))
    points = np.where(have, points, np.nan)
    listed = [(names[0], 0.0)] + [(n, float(c) if math.isfinite(c) else math.nan)
                                  for n, c in zip(names[1:], thresholds, strict=True)]
    return TierResult(tier, points, next_tier, amount, close, listed, defaulted, no_thresholds)
