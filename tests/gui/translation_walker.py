"""The pseudo-locale check (issue 17): a translator that wraps every string it is asked for in
⟦…⟧, and a walker that lists every visible text of a widget tree that did not go through it.

Reusable: a test installs ``PseudoTranslator`` before the window is built, opens pages, and calls
``untranslated(widget, allowed)``; a page is added to the check by listing it (tests/gui/
test_translation.py, ``WRAPPED_PAGES``). Texts checked: labels, buttons, group box titles, tab
texts, window titles, menu actions, combo box items, placeholders, list items and the header data
of item views. Tooltips are not (yet) checked.

What may show without markers is data and core's words, given explicitly (``Allowed``): numbers,
money, dates, the file's names and ids, segment / status / tier names, and core's sentences.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabWidget,
    QWidget,
)

OPEN, CLOSE = "⟦", "⟧"
_MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_TAGS = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[^\W\d_]{2,}")


class PseudoTranslator(QTranslator):
    """Wraps every string in ⟦…⟧ and remembers which (context, source) pairs were asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt's signature
        if source is None:
            return None
        self.asked.add((str(context), str(source)))
        return f"{OPEN}{source}{CLOSE}" if source else source


@dataclass
class Allowed:
    """Text that may show untranslated: exact words and phrases (data, core's words) and patterns."""

    phrases: set[str] = field(default_factory=set)
    patterns: list[re.Pattern[str]] = field(default_factory=list)

    def remainder(self, text: str) -> str:
        """``text`` without markup, wrapped parts, allowed phrases and patterns."""
        plain = html.unescape(_TAGS.sub(" ", text))
        while True:  # inner wraps first: "⟦Now: ⟦x⟧⟧" never happens, but a wrap may hold data
            stripped = _MARKED.sub(" ", plain)
            if stripped == plain:
                break
            plain = stripped
        for phrase in sorted(self.phrases, key=len, reverse=True):
            if phrase:
                plain = plain.replace(phrase, " ")
        for pattern in self.patterns:
            plain = pattern.sub(" ", plain)
        return plain


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """(what, text) of everything ``widget`` itself shows."""
    found: list[tuple[str, str]] = []
    if widget.isWindow() and widget.windowTitle():
        found.append(("window title", widget.windowTitle()))
    if widget.toolTip():
        found.append(("tooltip", widget.toolTip()))
    if isinstance(widget, QLabel):
        found.append(("label", widget.text()))
    elif isinstance(widget, QAbstractButton):
        found.append(("button", widget.text()))
    elif isinstance(widget, QGroupBox):
        found.append(("group box", widget.title()))
    elif isinstance(widget, QLineEdit):
        found.append(("placeholder", widget.placeholderText()))
    if isinstance(widget, QTabWidget):
        found += [("tab", widget.tabText(i)) for i in range(widget.count())]
    if isinstance(widget, QComboBox) and not widget.isEditable():
        found += [("combo item", widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        found += [("list item", widget.item(i).text()) for i in range(widget.count())]
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        found += [("header", str(model.headerData(c, _horizontal()) or "")) for c in range(model.columnCount())]
    if isinstance(widget, QMenu):
        found.append(("menu", widget.title()))
        found += [("menu entry", a.text()) for a in widget.actions() if not a.isSeparator()]
    return found


def _horizontal():
    from PySide6.QtCore import Qt  # noqa: PLC0415 - kept beside its one use

    return Qt.Horizontal


def untranslated(root: QWidget, allowed: Allowed, *, visible_only: bool = True) -> list[str]:
    """Every text shown by ``root`` and its children (menus included) with a word left over once
    wrapped parts and allowed data are taken out: "Class 'objectName' what: text"."""
    problems = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if visible_only and not isinstance(widget, QMenu) and not widget.isVisible():
            continue
        for what, text in _texts(widget):
            left = allowed.remainder(text or "")
            if _WORD.search(left):
                problems.append(f"{type(widget).__name__} {widget.objectName()!r} {what}: {text!r}")
    for action in root.findChildren(QAction):
        if action.text() and not action.isSeparator() and _WORD.search(allowed.remainder(action.text())):
            problems.append(f"QAction {action.objectName()!r}: {action.text()!r}")
    return sorted(set(problems))
