"""The mailing lists (segments, statuses, tiers…) as list-widget entries, shared by Offers and Export."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from core.campaigns import MailingList
from gui.mailing_lists import MailingLists
from gui.offer_lists import available_lists, list_label
from gui.palette import colour_for, swatch


def list_entries(session, segmentation) -> tuple[list[MailingList], list[QListWidgetItem]]:
    """Every list the owner can mail, in display order, and one entry per list: its label and
    customer count, its colour, its key (``MailingList.key``) under ``Qt.UserRole``."""
    computed = session.computed
    prepared = computed.data("offers", MailingLists) if computed is not None else None
    lists = list(prepared.lists) if prepared is not None else available_lists(segmentation)
    entries = []
    for index, item in enumerate(lists):
        count = prepared.counts.get(item.key, 0) if prepared is not None else 0
        entry = QListWidgetItem(f"{list_label(item)}  ({count:,})")
        entry.setIcon(swatch(colour_for(item.kind, item.name, index)))
        entry.setToolTip(f"{count:,} customers")
        entry.setData(Qt.UserRole, item.key)
        entries.append(entry)
    return lists, entries
