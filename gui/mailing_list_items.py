"""The mailing lists (segments, statuses, tiers…) as list-widget entries, shared by Offers and Export."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem

from core.campaigns import ListKind, MailingList
from core.output import format_number
from gui.mailing_lists import MailingLists
from gui.offer_lists import available_lists, list_label
from gui.palette import colour_for, swatch
from gui.segment_help import OCCASION_HELP, segment_tooltip, status_help, tier_tooltips

translate = QCoreApplication.translate


def list_entries(session, segmentation) -> tuple[list[MailingList], list[QListWidgetItem]]:
    """Every list the owner can mail, in display order, and one entry per list: its label and
    customer count, its colour, its key (``MailingList.key``) under ``Qt.UserRole``."""
    computed = session.computed
    prepared = computed.data("offers", MailingLists) if computed is not None else None
    lists = list(prepared.lists) if prepared is not None else available_lists(segmentation)
    shop = session.shop_info()
    words = shop.words()   # once: a Words reads its catalogue when it is made
    tiers = tier_tooltips(segmentation, shop.currency, shop.locale, words)
    own = {s.name: s.filter.describe(words=words) for s in segmentation.settings.saved_lists}
    entries = []
    for item in lists:
        count = format_number(prepared.counts.get(item.key, 0) if prepared is not None else 0, 0, shop.locale)
        entry = QListWidgetItem(f"{list_label(item, words)}  ({count})")
        coloured = (ListKind.SEGMENT, item.path_ends[1]) if item.kind == ListKind.MIGRATION else (item.kind, item.name)
        entry.setIcon(swatch(colour_for(*coloured)))
        customers = translate("MailingListItems", "%1 customer(s)", "", prepared.counts.get(item.key, 0) if prepared is not None else 0)
        entry.setToolTip(f"{who(item, tiers, own)}<br><i>" + customers.replace("%1", count) + "</i>")
        entry.setData(Qt.UserRole, item.key)
        entries.append(entry)
    return lists, entries


def who(item: MailingList, tiers: dict[str, str], own: dict[str, str] | None = None) -> str:
    """Who a list holds, in words (rich text), for its tooltip."""
    if item.kind == ListKind.SEGMENT:
        return segment_tooltip(item.name)
    if item.kind == ListKind.STATUS:
        return f"<b>{item.name}</b>: " + status_help(item.name)
    if item.kind == ListKind.TIER:
        return tiers.get(item.name, item.name)
    if item.kind == ListKind.OCCASION:
        return f"<b>{item.name}</b>: " + (translate("SegmentHelp", OCCASION_HELP[item.name]) if item.name in OCCASION_HELP else "")
    if item.kind == ListKind.SAVED:
        words = html.escape((own or {}).get(item.name, ""))
        return (f"<b>{html.escape(item.name)}</b>: " + translate("MailingListItems", "your own list (Customers page), "
                                                                 "worked out again on every import")
                + (f"<br>{words}" if words else ""))
    if item.kind == ListKind.MIGRATION:
        before, after = item.path_ends
        if before is None:
            text = translate("MailingListItems", "customers who first bought after the comparison date and are %2 "
                                                 "now (the Changes page)")
        else:
            text = translate("MailingListItems", "customers who were %1 on the comparison date and are %2 now (the "
                                                 "Changes page)").replace("%1", html.escape(before))
        return f"<b>{html.escape(item.name)}</b>: " + text.replace("%2", html.escape(after))
    return translate("MailingListItems", "Customers whose spend is within reach of their next loyalty tier")
