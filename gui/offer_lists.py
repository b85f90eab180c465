"""The mailing lists the owner can pick, as the window shows them, and the offer each one gets.

The lists themselves (core.campaigns.MailingList, ``available_lists``, ``members_mask``) and the
rule for which offer a list gets (``offer_for``) live in core; this module adds only the words.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from core.campaigns import MailingList, Offer, available_lists, list_name, members_mask, offer_for

if TYPE_CHECKING:
    from core.project import Project
    from core.words import Words

__all__ = ["MailingList", "available_lists", "list_label", "members_mask", "offer_for_list"]


def list_label(mailing_list: MailingList, words: Words | None = None) -> str:
    """The list's name in the window ("Lost customers" for a status: MailingList.label, which
    ``--lists`` also accepts), in ``words``' language (the shop's: "Verlorene Kunden") as the
    workbook's Summary sheet names it; English without."""
    if words is None or words.is_english or mailing_list.kind is None:
        return mailing_list.label
    return list_name(mailing_list.name, mailing_list.kind, words)


def offer_for_list(project: Project | None, mailing_list: MailingList) -> Offer:
    """The offer the list gets: the owner's (kept in the project), else core's fallback
    (core.campaigns.offer_for); a copy, so that editing it changes nothing until it is kept."""
    if project is None:
        return copy.deepcopy(offer_for([], mailing_list))
    return copy.deepcopy(offer_for(list(project.offers), mailing_list, project.shop.language))
