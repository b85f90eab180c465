"""The mailing lists the owner can pick, as the window shows them, and the offer each one gets.

The lists themselves (core.campaigns.MailingList, ``available_lists``, ``members_mask``) and the
rule for which offer a list gets (``offer_for``) live in core; this module adds only the words.
"""

from __future__ import annotations

from core.campaigns import ListKind, MailingList, Offer, available_lists, members_mask, offer_for

__all__ = ["available_lists", "list_label", "members_mask", "offer_for_list"]


def list_label(mailing_list: MailingList) -> str:
    """The list's name in the window ("Lost customers" for a status)."""
    return f"{mailing_list.name} customers" if mailing_list.kind == ListKind.STATUS else mailing_list.name


def offer_for_list(offers: dict[str, Offer], mailing_list: MailingList) -> Offer:
    """The offer the list gets: the owner's (``offers``: the session's, by list key), else core's
    fallback (core.campaigns.offer_for)."""
    return offer_for(list(offers.values()), mailing_list)
