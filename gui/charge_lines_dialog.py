"""The charge-lines editor: which product names are postage, fees and the like, never a favourite.

The list is the shop's (``Settings.charge_lines``, kept with the analysis and in project files);
the dialog shows, as the owner types, which names of this file it takes as charges
(core/segmentation/charges.py), so a product caught by mistake is seen before it is applied.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.errors import SettingsError
from core.output import format_number
from core.segmentation import DEFAULT_CHARGE_LINES, charge_lines_in, parse_charge_lines
from gui.error_dialogs import error_words
from gui.screen_fit import fit_dialog

#: The words of this module, in the context "ChargeLinesDialog".
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from core.segmentation import ChargeLine

INTRO = QT_TRANSLATE_NOOP(
    "ChargeLinesDialog",
    "Lines that are charges, not goods — postage, delivery, fees, bank charges, manual adjustments, "
    "discounts, test items — count in what customers spent, but are never their <b>favourite product</b> "
    "or category. One name per line, in any language; a product is a charge when its name <b>is</b> one "
    "of these, <b>begins</b> with one (“Adjustment by john”) or <b>ends</b> with one (“DOTCOM POSTAGE”). "
    "Letter case, accents and punctuation do not matter.")
#: Names of this file shown at most (the rest are counted).
SHOWN = 60


#: The kind of name a charge was found as (ChargeLine.column), in words translated where shown.
COLUMN_WORDS = {"product": QT_TRANSLATE_NOOP("ChargeLinesDialog", "product"),
                "category": QT_TRANSLATE_NOOP("ChargeLinesDialog", "category")}


def found_html(lines: list[ChargeLine], locale: str | None) -> str:
    """The names of this file the list takes as charges, most rows first."""
    if not lines:
        return "<i>" + translate("ChargeLinesDialog", "No product or category name of this file is a charge by "
                                 "this list.") + "</i>"
    rows = "".join(
        f"<tr><td>{html.escape(line.name)}</td>"
        f"<td>{html.escape(translate('ChargeLinesDialog', COLUMN_WORDS.get(line.column, line.column)))}</td>"
        f"<td align='right'>{format_number(line.rows, 0, locale)}</td></tr>" for line in lines[:SHOWN])
    more = ("<p>" + translate("ChargeLinesDialog", "… and %1 more.").replace(
        "%1", format_number(len(lines) - SHOWN, 0, locale)) + "</p>" if len(lines) > SHOWN else "")
    heading = translate("ChargeLinesDialog", "In this file, %1 name(s) are charges:", "", len(lines)).replace(
        "%1", format_number(len(lines), 0, locale))
    name, kind, count = (translate("ChargeLinesDialog", "Name"), translate("ChargeLinesDialog", "is a"),
                         translate("ChargeLinesDialog", "rows"))
    return (f"<p><b>{heading}</b></p>"
            f"<table cellpadding='2'><tr><th align='left'>{name}</th><th align='left'>{kind}</th>"
            f"<th align='right'>{count}</th></tr>{rows}</table>{more}")


class ChargeLinesDialog(QDialog):
    """Edit the charge lines; ``entries()`` is the list as typed (checked), once accepted."""

    def __init__(self, entries: list[str], names: pd.DataFrame | None, locale: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Charge lines — Clientele"))
        self.names = names
        self.locale = locale
        intro = QLabel(translate("ChargeLinesDialog", INTRO))
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit("\n".join(entries))
        self.editor.setTabChangesFocus(True)   # (Tab moves on to the buttons; a tab is no use in these lines)
        self.editor.setToolTip(self.tr("One name per line: postage, carriage, Versand, frais de port…"))
        self.editor.textChanged.connect(lambda: self._timer.start())
        default = QPushButton(self.tr("Default list"))
        default.setToolTip(self.tr("The standard list in English, German, French, Spanish, Italian and Dutch"))
        default.clicked.connect(lambda: self.editor.setPlainText("\n".join(DEFAULT_CHARGE_LINES)))
        self.found = QTextBrowser()
        self.found.setToolTip(self.tr("The product and category names of this file that the list takes as charges"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b2182b")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Apply and recompute"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.editor, 1)
        left.addWidget(default)
        columns.addLayout(left, 1)
        columns.addWidget(self.found, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self.refresh()
        fit_dialog(self, QSize(820, 560))

    def entries(self) -> list[str]:
        """The list as typed (one name per line); SettingsError for one the list cannot hold."""
        return parse_charge_lines(self.editor.toPlainText().splitlines(), "The charge lines")

    def refresh(self) -> None:
        """Check the list and show which names of this file it takes as charges."""
        try:
            entries = self.entries()
        except SettingsError as error:
            self.problem.setText(error.text(error_words()))
            self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
            return
        self.problem.clear()
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(True)
        lines = charge_lines_in(self.names, entries) if self.names is not None else []
        self.found.setHtml(found_html(lines, self.locale))
