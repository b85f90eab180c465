"""The mailing lists the owner can pick (segments, statuses, tiers, close to next tier) and their offers."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.campaigns.offer_pack import default_offers
from core.campaigns.offers import CLOSE_TO_NEXT_TIER, Discount, Offer
from core.schema import STATUSES

if TYPE_CHECKING:
    from core.project import Project

KIND_WORDS = {"segment": "Segment", "status": "Status", "tier": "Tier", "close_to_next_tier": "Tier"}


@dataclass(frozen=True)
class MailingList:
    """One list: ``key`` is what core.campaigns.lists.resolve_list understands ("segment:At Risk")."""

    kind: str
    name: str

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.name}"

    @property
    def label(self) -> str:
        return self.name if self.kind != "status" else f"{self.name} customers"


def available_lists(segmentation, segment_order=None) -> list[MailingList]:
    """Every list of the current segmentation, segments first (in map order)."""
    if segmentation is None:
        return []
    customers = segmentation.customers
    present = set(customers["rfm_segment"].dropna().astype(str))
    order = list(segment_order or []) or [s.name for s in segmentation.settings.segment_map]
    lists = [MailingList("segment", name) for name in order if name in present]
    lists += [MailingList("segment", name) for name in sorted(present) if name not in order]
    lists += [MailingList("status", status) for status in STATUSES]
    lists += [MailingList("tier", name) for name, _ in (segmentation.tier_thresholds or [])]
    lists.append(MailingList("close_to_next_tier", CLOSE_TO_NEXT_TIER))
    return lists


def members_mask(segmentation, mailing_list: MailingList):
    """Boolean Series: who belongs to the list."""
    from core.campaigns.lists import resolve_list  # noqa: PLC0415

    return resolve_list(segmentation, mailing_list.key)[2]


def default_offer(mailing_list: MailingList) -> Offer:
    """The default pack's offer for a list, or a plain one for lists the pack does not know."""
    for offer in default_offers():
        if offer.target_kind == mailing_list.kind and offer.target == mailing_list.name:
            return offer
    return Offer(mailing_list.kind, mailing_list.name, f"An offer for {mailing_list.name}", Discount("percent", 10),
                 30, "Hi {first_name},\n\nHere is {discount} your next order with code {coupon_code}, valid "
                     "until {expiry_date}.\n\nSee you soon,\n{shop_name}", {}, "OFFER")


def offer_for(project: Project | None, mailing_list: MailingList) -> Offer:
    """The owner's offer for the list (kept in the project), else a copy of the default."""
    offer = project.offer_for(mailing_list.kind, mailing_list.name) if project is not None else None
    return copy.deepcopy(offer) if offer is not None else default_offer(mailing_list)
