"""A table cell holding a segment's or tier's name, as the owner edits it (the segment map, the tier
ladder): a default name shows in the shop's language, and reads back as the name the settings keep
(the English default) while the cell still shows it; a name typed over it is the owner's own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

if TYPE_CHECKING:
    from core.words import Words

#: The cell's data: the name the settings keep, and the text the cell first showed for it.
NAME_KEY, NAME_SHOWN = Qt.UserRole, Qt.UserRole + 1


def name_item(name: str, words: Words) -> QTableWidgetItem:
    """A cell showing ``name`` as ``words`` names it (a default name in the shop's language, the
    owner's own as typed: core.words.Words.name)."""
    shown = words.name(name)
    item = QTableWidgetItem(shown)
    item.setData(NAME_KEY, name)
    item.setData(NAME_SHOWN, shown)
    return item


def name_of(item: QTableWidgetItem | None) -> str:
    """The name a cell stands for: the kept name while the cell shows what it first showed, else
    the text now in it (an owner's rename, or a new row's name)."""
    if item is None:
        return ""
    text = item.text()
    return str(item.data(NAME_KEY)) if item.data(NAME_KEY) is not None and text == item.data(NAME_SHOWN) else text
