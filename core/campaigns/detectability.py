"""Before sending (definitions §9): what each list's control group will be able to show.

For a list of n mailable customers and a control share s, the control group holds
floor(n·s + 0.5) customers and the rest are mailed; the smallest uplift those sizes detect (80 %
power, one-sided 5 %) follows from the response rate p the list would have without mail:
(1.645 + 0.842) · √(p(1 − p)(1/mailed + 1/control)) (core/campaigns/statistics.py).

**The rate assumed** (:func:`list_base_rate`): the share of the list's customers who bought within
the response window's length of days up to the reference date (``days_since_last`` below the
window), when the list has at least 30 customers and that share is neither 0 nor 1; otherwise 10 %.
Lists defined by not having bought lately (At Risk, Lost...) therefore get 10 %, as do small lists.

:func:`detectability` gives the figures and the sentence for one list ("With 120 customers who can be mailed and a
10 % control, only an uplift of 24 points or more would show; a 25 % control would detect 15
points."); :func:`plan_detectability` gives them for the lists of an export, counting only the
customers the export could mail (the way core/campaigns/lists.py leaves the others out).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from core.campaigns.history import DEFAULT_WINDOW_DAYS
from core.campaigns.lists import ChosenList, plan_lists, resolve_list
from core.campaigns.mailing_list import MailingList
from core.campaigns.offer_pack import generic_offer
from core.campaigns.statistics import detectable_uplift, split_sizes
from core.output.money import format_number, format_percent
from core.words import Words

if TYPE_CHECKING:
    from core.segmentation.segment import Segmentation

#: The response rate assumed when the data cannot tell (one customer in ten buys within the window).
DEFAULT_BASE_RATE = 0.10
#: The fewest customers whose own recent buying is taken as the list's rate.
MIN_LIST_FOR_RATE = 30


@dataclass(frozen=True)
class BaseRate:
    """The response rate a list is assumed to have without mail, and whether it comes from the data."""

    rate: float
    from_data: bool


def list_base_rate(customers: pd.DataFrame, members: pd.Series, window_days: int = DEFAULT_WINDOW_DAYS) -> BaseRate:
    """The rate of the module docstring for the customers ``members`` (a boolean mask on ``customers``)."""
    days = pd.to_numeric(customers.loc[members.to_numpy(dtype=bool), "days_since_last"], errors="coerce").dropna()
    if len(days) >= MIN_LIST_FOR_RATE:
        share = float((days < window_days).mean())
        if 0 < share < 1:
            return BaseRate(share, True)
    return BaseRate(DEFAULT_BASE_RATE, False)


def _compare_share(share: float) -> float | None:
    """The larger control share the sentence compares with: 25 %, else 50 %, else none."""
    return next((s for s in (0.25, 0.5) if share < s), None)


@dataclass(frozen=True)
class Detectability:
    """What one list's control group can show: its sizes, the rate assumed, the smallest uplift
    detectable (None: no control group, or a rate of 0 or 1) and the same with a larger share."""

    list_name: str
    customers: int
    control_share: float
    mailed: int
    control: int
    base_rate: BaseRate
    uplift: float | None
    compare_share: float | None
    compare_uplift: float | None

    def sentence(self, locale: str = "en_GB", words: Words | None = None) -> str:
        """The owner's sentence (see the module docstring), with the rate it assumes, in ``words``'
        language (English without); numbers as ``locale`` writes them."""
        w = words or Words()
        # (the customers who can be mailed: a list of 19 with 12 reachable is said "12 customers who can be mailed")
        sizes = {"reachable": w.n("{n} customer who can be mailed", "{n} customers who can be mailed", self.customers,
                                  n=format_number(self.customers, 0, locale)),
                 "share": format_percent(self.control_share * 100, locale)}
        if self.control == 0:
            return w.t("With {reachable} and a {share} control, no control group is kept (too few customers), so "
                       "the results will not be able to tell whether the offer worked.", **sizes)
        if self.uplift is None or self.uplift >= 1:
            text = w.t("With {reachable} and a {share} control, not even the largest uplift would show.", **sizes)
        elif self.compare_share is not None and self.compare_uplift is not None and self.compare_uplift < 1:
            text = w.t("With {reachable} and a {share} control, only an uplift of {points} points or more would "
                       "show; a {larger} control would detect {detected} points.", points=round(self.uplift * 100),
                       larger=format_percent(self.compare_share * 100, locale),
                       detected=round(self.compare_uplift * 100), **sizes)
        else:
            text = w.t("With {reachable} and a {share} control, only an uplift of {points} points or more would "
                       "show.", points=round(self.uplift * 100), **sizes)
        rate = format_percent(self.base_rate.rate * 100, locale)
        if self.base_rate.from_data:
            return text + " " + w.t("(Assuming {rate} of them buy within the window without mail, as in the last "
                                    "window.)", rate=rate)
        return text + " " + w.t("(Assuming {rate} of them buy within the window without mail: the data cannot tell "
                                "for this list.)", rate=rate)


def detectability(list_name: str, customers: int, control_share: float, base_rate: BaseRate) -> Detectability:
    """The figures for a list of ``customers`` mailable customers (see the module docstring)."""
    mailed, control = split_sizes(customers, control_share)
    compare = _compare_share(control_share)
    return Detectability(list_name, customers, control_share, mailed, control, base_rate,
                         detectable_uplift(customers, control_share, base_rate.rate) if control else None, compare,
                         detectable_uplift(customers, compare, base_rate.rate) if compare is not None else None)


def plan_detectability(segmentation: Segmentation, lists: Sequence[MailingList], control_share: float,
                       window_days: int = DEFAULT_WINDOW_DAYS) -> list[Detectability]:
    """Per list of an export (in the order chosen, each customer in the first list that holds them),
    the figures for the customers it could mail: consent, e-mail and duplicates as the export has them."""
    customers = segmentation.customers.reset_index(drop=True)
    chosen: list[ChosenList] = []
    for wanted in lists:
        resolved = resolve_list(segmentation, wanted)
        resolved = dataclasses.replace(resolved, members=pd.Series(resolved.members.to_numpy(), index=customers.index))
        if resolved.name not in [c.resolved.name for c in chosen]:
            chosen.append(ChosenList(resolved, generic_offer(resolved.mailing_list)))
    plans, _, _ = plan_lists(customers, chosen, control_share=control_share, seed=0, book=segmentation.consent)
    found = []
    for plan, pick in zip(plans, chosen, strict=True):
        mailable = len(plan.mailed) + len(plan.control)
        rate = list_base_rate(customers, pick.resolved.members, window_days)
        found.append(detectability(plan.name, mailable, control_share, rate))
    return found
