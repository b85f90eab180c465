"""Offer tests (A/B, definitions §9): a list's second offer and the random split of its mailed customers.

An :class:`OfferTest` gives one list a second offer (B) beside its usual one (A, core/campaigns/
offer_pack.offer_for) and the share of the list's mailable customers, after the control group is
drawn, who get B (half unless set). :func:`pick_variant_b` draws them like the control group: the
customers sorted by id, a permutation from numpy's generator seeded with the export's seed, the list
name's key and a third number of its own, so the draw is repeatable and independent of the control
draw. Project files keep the tests as ``offer_tests`` (:meth:`OfferTest.to_dict`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

import pandas as pd

from core.campaigns.control_group import list_key, seeded_pick
from core.campaigns.mailing_list import ListKind, MailingList
from core.campaigns.offers import Offer
from core.errors import SettingsError
from core.schema import JSONObject
from core.words import Phrase

#: The share of a tested list's mailed customers who get offer B unless the owner sets another.
DEFAULT_SHARE_B = 0.5
#: The stream of the variant draw (the control draw uses the seed and the list key alone).
_VARIANT_STREAM = 2


class Variant(StrEnum):
    """Which of a tested list's two offers a mailed customer got."""

    A = "A"
    B = "B"


def check_share_b(value: object, where: str = "the share of offer B") -> float:
    """``value`` as the share of offer B: a number above 0 and below 1."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < float(value) < 1 \
            or math.isnan(float(value)):
        raise SettingsError(Phrase("{where} is {value}; it must be above 0 and below 1 (0.5 is half).",
                                   where=where, value=repr(value)),
                            "Use for example 0.5 to send each offer to half of the list.")
    return float(value)


@dataclass(frozen=True)
class OfferTest:
    """A list that gets two offers: ``offer_b`` for a ``share_b`` of its mailed customers, its usual
    offer (A) for the rest."""

    mailing_list: MailingList
    offer_b: Offer
    share_b: float = DEFAULT_SHARE_B

    def validate(self) -> OfferTest:
        check_share_b(self.share_b)
        self.offer_b.validate(discount=False)   # (a discount that gives nothing is shown in the offer editor)
        return self

    def to_dict(self) -> JSONObject:
        return {"list": self.mailing_list.key, "offer_b": self.offer_b.to_dict(), "share_b": self.share_b}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> OfferTest:
        offer = data.get("offer_b")
        if not isinstance(offer, Mapping):
            raise SettingsError("an offer test in the settings has no second offer (offer_b).",
                                "Check offer_tests in the project file, or set the test again in Clientele.")
        return cls(MailingList.parse(str(data.get("list") or "")), Offer.from_dict(offer),
                   check_share_b(data.get("share_b", DEFAULT_SHARE_B), "offer_tests.share_b"))


def _same_list(test: MailingList, wanted: MailingList) -> bool:
    """Whether a test's list names ``wanted`` (kind when both say it; name without case or edge spaces)."""
    if test.kind is not None and wanted.kind is not None and test.kind != wanted.kind:
        return False
    if ListKind.CLOSE_TO_NEXT_TIER in (test.kind, wanted.kind):
        return test.names_close_to_next_tier and wanted.names_close_to_next_tier
    return test.same_name(wanted.name)


def offers_alike(a: Offer, b: Offer) -> bool:
    """Whether two offers give customers the same thing: title, discount, validity and message (with
    its fallbacks) alike, whatever their lists and coupon prefixes. A test of such offers can show
    only chance differences; offer B starts as a copy of A (definitions §9)."""
    def given(offer: Offer) -> tuple:
        return (offer.title.strip(), offer.discount, int(offer.validity_days), offer.validity_from,
                offer.template.strip(), sorted(offer.fallbacks.items()))
    return given(a) == given(b)


def offer_test_for(tests: Sequence[OfferTest], mailing_list: MailingList) -> OfferTest | None:
    """The offer test of a list, or None (the first one that names it)."""
    return next((test for test in tests if _same_list(test.mailing_list, mailing_list)), None)


def variant_b_size(mailed: int, share_b: float) -> int:
    """How many of a tested list's ``mailed`` customers get offer B: the share, rounded half up, as
    the share is written (50 × 0.29 is 14.5, so 15; the float product, 14.499…, would give 14)."""
    exact = Decimal(repr(float(share_b))) * mailed
    return int(exact.quantize(Decimal(1), ROUND_HALF_UP))


def pick_variant_b(customer_ids: pd.Series, share_b: float, seed: int, list_name: str) -> pd.Series:
    """Boolean mask (on ``customer_ids``' index) of the mailed customers who get offer B: the share
    rounded half up, drawn with the seed and the list's name whatever the order of the rows."""
    return seeded_pick(customer_ids, variant_b_size(len(customer_ids), share_b), int(seed), list_key(list_name),
                       _VARIANT_STREAM)
