"""definitions §4 activity statuses (Lost / Inactive / Overdue / Active), the declining flag and win-back
lists (ranked by what is at stake when the predictions of §11 can tell, else by revenue)."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from core.schema import PROSPECT, STATUSES
from core.words import Phrase, Words

if TYPE_CHECKING:
    from core.segmentation.predictions import Predictions

#: Statuses a win-back list holds by default, in the order they are listed.
WINBACK_STATUSES = ("Inactive", "Lost", "Overdue")


#: Overdue needs an overdue ratio of at least this (definitions §4)...
OVERDUE_RATIO = 2.0
#: ...and at least this share of the window since the last purchase (W / 6: 30 days of 180).
OVERDUE_QUIET_SHARE = 1 / 6


def overdue_quiet_days(window_days: int) -> float:
    """The fewest days since the last purchase that can be Overdue: W / 6 (30 with 180)."""
    return window_days * OVERDUE_QUIET_SHARE


def activity_status(days_since_last: np.ndarray, overdue_ratio: np.ndarray, window_days: int) -> np.ndarray:
    """Status per customer, first match: Lost (> 2·W), Inactive (> W), Overdue (ratio >= 2 and
    days >= W/6), Active."""
    days = np.asarray(days_since_last, dtype=np.float64)
    ratio = np.asarray(overdue_ratio, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        overdue = (ratio >= OVERDUE_RATIO) & (days >= overdue_quiet_days(window_days))
        conditions = [days > 2 * window_days, days > window_days, overdue]
    return np.select(conditions, np.array(STATUSES[:3], dtype=object), default=STATUSES[3]).astype(object)


def declining(revenue_last_12m: np.ndarray, revenue_prev_12m: np.ndarray) -> np.ndarray:
    """revenue_prev_12m > 0 and revenue_last_12m < 0.5 × revenue_prev_12m."""
    last = np.asarray(revenue_last_12m, dtype=np.float64)
    prev = np.asarray(revenue_prev_12m, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        return (prev > 0) & (last < 0.5 * prev)


def buyer_mask(customers: pd.DataFrame) -> np.ndarray:
    """Which customers have a purchase (every status but Prospect): the ones that are segmented."""
    return (customers["activity_status"] != PROSPECT).to_numpy(dtype=bool)


def buyers_of(customers: pd.DataFrame) -> pd.DataFrame:
    """The customers with a purchase (buyer_mask): the ones that are segmented."""
    return customers[buyer_mask(customers)]


def winback_list(customers: pd.DataFrame, statuses: Iterable[str] = WINBACK_STATUSES,
                 declining_only: bool = False, order: WinbackOrder | None = None) -> pd.DataFrame:
    """Customers (of a customer table) with one of ``statuses``, highest ``revenue`` first (ties:
    customer_id); ``declining_only`` keeps only declining customers. With ``order``
    WinbackOrder.AT_STAKE the list gains the AT_STAKE column and is ranked by it, highest first
    (ties: revenue, then customer_id; empty stakes last)."""
    statuses = list(statuses)
    unknown = [s for s in statuses if s not in STATUSES and s != PROSPECT]
    if unknown:
        raise ValueError(f"Unknown activity status {unknown}; use {', '.join(STATUSES)}.")
    mask = customers["activity_status"].isin(statuses)
    if declining_only:
        mask &= customers["declining"].fillna(False).astype(bool)
    out = customers[mask]
    if order is WinbackOrder.AT_STAKE:
        out = out.assign(**{AT_STAKE: at_stake(out)})
        return out.sort_values([AT_STAKE, "revenue", "customer_id"], ascending=[False, False, True],
                               kind="stable", na_position="last")
    return out.sort_values(["revenue", "customer_id"], ascending=[False, True], kind="stable")


class WinbackOrder(enum.Enum):
    """How a win-back list is ranked (definitions §4): by what is at stake, or by what they spent."""

    AT_STAKE = "at_stake"
    REVENUE = "revenue"


#: The win-back list's column of what is at stake (definitions §4), when ranked by it.
AT_STAKE = "at_stake"


@dataclass(frozen=True)
class WinbackRanking:
    """The order a win-back list takes, and why it is by revenue when predictions cannot rank it."""

    order: WinbackOrder
    reason: str | None = None
    #: ``reason`` as words (core/words.py), for the shop's language
    phrase: Phrase | None = field(default=None, compare=False, repr=False)

    @classmethod
    def by_revenue(cls, phrase: Phrase) -> WinbackRanking:
        """By revenue, because of ``phrase`` (the reason's English text in ``reason``)."""
        return cls(WinbackOrder.REVENUE, str(phrase), phrase)

    def reason_text(self, words: Words | None = None) -> str | None:
        """``reason`` in ``words``' language (English without)."""
        return (words or Words()).say(self.phrase) if self.phrase is not None else self.reason


def winback_ranking(predictions: Predictions | None) -> WinbackRanking:
    """At stake when the purchase model was fitted and sees customers lapse; else revenue, with
    the reason in the owner's words (definitions §4, "Win-back list")."""
    if predictions is None:
        return WinbackRanking.by_revenue(Phrase("Listed by what they spent: no predictions were made."))
    model = predictions.purchase_model
    if model is None:
        why = predictions.guardrail_phrase or (Phrase(predictions.guardrail) if predictions.guardrail
                                               else Phrase("the predictions could not be made."))
        return WinbackRanking.by_revenue(Phrase("Listed by what they spent, not by what is at stake: {why}", why=why))
    if not model.lapse_seen:
        return WinbackRanking.by_revenue(Phrase(
            "Listed by what they spent, not by what is at stake: over this history the predictions see no "
            "customer lapse (customers who went quiet look like slow buyers), so every one counts as still a "
            "customer and the chance of losing them cannot tell them apart."))
    return WinbackRanking(WinbackOrder.AT_STAKE)


def at_stake(customers: pd.DataFrame) -> pd.Series:
    """What is at stake per customer: ``revenue × (1 − p_alive)`` (NaN where p_alive is empty)."""
    return customers["revenue"].astype("float64") * (1.0 - customers["p_alive"].astype("float64"))
