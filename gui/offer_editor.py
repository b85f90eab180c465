"""The offer form: title, discount, validity, coupon prefix, message template with merge fields."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.campaigns import MERGE_FIELDS, Discount, Offer
from core.words import Words
from gui.reflow import FlowLayout

FIELD_HELP = {
    "first_name": QT_TRANSLATE_NOOP("OfferEditor", "First name (fallback when missing)"),
    "name": QT_TRANSLATE_NOOP("OfferEditor", "Full name"),
    "favourite_category": QT_TRANSLATE_NOOP("OfferEditor", "Favourite category"),
    "favourite_product": QT_TRANSLATE_NOOP("OfferEditor", "Favourite product"),
    "days_since_last": QT_TRANSLATE_NOOP("OfferEditor", "Days since last purchase"),
    "tier": QT_TRANSLATE_NOOP("OfferEditor", "Loyalty tier"),
    "next_tier": QT_TRANSLATE_NOOP("OfferEditor", "Next tier"),
    "amount_to_next_tier": QT_TRANSLATE_NOOP("OfferEditor", "Amount still to spend for the next tier"),
    "discount": QT_TRANSLATE_NOOP("OfferEditor", "The discount, in words"),
    "coupon_code": QT_TRANSLATE_NOOP("OfferEditor", "Their unique coupon code"),
    "expiry_date": QT_TRANSLATE_NOOP("OfferEditor", "When the offer ends"),
    "shop_name": QT_TRANSLATE_NOOP("OfferEditor", "Your shop's name"),
    "years_with_us": QT_TRANSLATE_NOOP("OfferEditor", "Years since the first order, in words (\"2 years\")"),
    "due_product": QT_TRANSLATE_NOOP("OfferEditor", "The product a customer is due to buy again"),
    "birthday": QT_TRANSLATE_NOOP("OfferEditor", "The birthday, day and month"),
}
VALIDITY_WORDS = [("export", QT_TRANSLATE_NOOP("OfferEditor", "after the export")),
                  ("occasion", QT_TRANSLATE_NOOP("OfferEditor", "after the customer's day (birthday, anniversary, "
                                                                "due day)"))]
DISCOUNT_KINDS = [("percent", QT_TRANSLATE_NOOP("OfferEditor", "% off")),
                  ("amount", QT_TRANSLATE_NOOP("OfferEditor", "Amount off")),
                  ("text", QT_TRANSLATE_NOOP("OfferEditor", "Something else (describe it)")),
                  ("none", QT_TRANSLATE_NOOP("OfferEditor", "No discount"))]


class OfferEditor(QWidget):
    """Edits one Offer; ``changed`` fires on every edit; ``problems()`` lists what blocks it."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._target = ("segment", "")
        self._fallbacks: dict = {}
        self.words = Words()  # the shop's words (the Offers page sets them): what the offer's problems are written in
        self.title = QLineEdit()
        self.title.setToolTip(self.tr("The subject line of the e-mail; merge fields such as {first_name} work here too"))
        self.discount_kind = QComboBox()
        for key, words in DISCOUNT_KINDS:
            self.discount_kind.addItem(self.tr(words), key)
        self.discount_value = QDoubleSpinBox()
        self.discount_value.setRange(0, 100000)
        self.discount_value.setDecimals(2)
        self.discount_text = QLineEdit()
        self.discount_text.setPlaceholderText(self.tr("e.g. free delivery"))
        # (as wide as what was typed, within reason: at its own small width it had shown "o our new collection")
        self.discount_text.textChanged.connect(self._fit_discount_text)
        self._fit_discount_text()
        discount = QWidget()  # the amount or the words go under the kind when the column is narrow
        discount_row = FlowLayout(discount)
        discount_row.addWidget(self.discount_kind)
        discount_row.addWidget(self.discount_value)
        discount_row.addWidget(self.discount_text)
        self.validity = QSpinBox()
        self.validity.setRange(0, 3650)
        self.validity.setSuffix(self.tr(" days"))
        self.validity.setToolTip(self.tr("The offer ends this many days after the export"))
        self.validity_from = QComboBox()
        for key, words in VALIDITY_WORDS:
            self.validity_from.addItem(self.tr(words), key)
        self.validity_from.setToolTip(self.tr("For a birthday, an anniversary or a product due: count the days from "
                                              "each customer's own day (a birthday treat valid a week either side: 7 "
                                              "days after the birthday), or from the export"))
        validity = QWidget()
        validity_row = FlowLayout(validity)
        validity_row.addWidget(self.validity)
        validity_row.addWidget(self.validity_from)
        self.prefix = QLineEdit()
        self.prefix.setMaxLength(12)
        self.prefix.setToolTip(self.tr("Coupon codes start with this, e.g. MISSYOU-7KQ4P"))
        self.first_name_fallback = QLineEdit()
        self.first_name_fallback.setPlaceholderText(self.tr("there"))
        self.first_name_fallback.setToolTip(self.tr("Used for {first_name} when a customer's first name is unknown"))
        # a menu rather than a drop-down: each field's description is read whole, however narrow the column
        self.field_menu = QMenu(self)
        for name in MERGE_FIELDS:
            entry = self.field_menu.addAction(f"{{{name}}} — " + (self.tr(FIELD_HELP[name]) if name in FIELD_HELP else name))
            entry.triggered.connect(lambda _checked=False, n=name: self.insert_field(n))
        self.field_button = QToolButton()
        self.field_button.setText(self.tr("Insert a field…"))
        self.field_button.setToolTip(self.tr("Put a merge field, such as {first_name}, at the cursor in the message"))
        self.field_button.setMenu(self.field_menu)
        self.field_button.setPopupMode(QToolButton.InstantPopup)
        self.template = QPlainTextEdit()
        # (Tab moves on, as in every other box: a tab in a message is no use, and the keyboard got stuck here)
        self.template.setTabChangesFocus(True)
        self.template.setFont(QFontDatabase.systemFont(QFontDatabase.GeneralFont))
        self.template.setToolTip(self.tr("The message. Words in braces, like {first_name}, are replaced per customer."))
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Discount"), discount)
        form.addRow(self.tr("Valid for"), validity)
        form.addRow(self.tr("Coupon prefix"), self.prefix)
        form.addRow(self.tr("If no first name, say"), self.first_name_fallback)
        form.addRow(self.tr("Merge field"), self.field_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.template, 1)
        layout.addWidget(self.problem_label)
        for signal in (self.title.textChanged, self.discount_text.textChanged, self.prefix.textChanged,
                       self.first_name_fallback.textChanged, self.template.textChanged):
            signal.connect(self._edited)
        self.discount_kind.currentIndexChanged.connect(self._edited)
        self.discount_value.valueChanged.connect(self._edited)
        self.validity.valueChanged.connect(self._edited)
        self.validity_from.currentIndexChanged.connect(self._edited)
        self._loading = False

    def _fit_discount_text(self) -> None:
        """The discount's words box: wide enough for its words (at least 20 characters, at most 40)."""
        metrics = self.discount_text.fontMetrics()
        text = self.discount_text.text() or self.discount_text.placeholderText()
        wanted = min(max(metrics.horizontalAdvance(text), metrics.horizontalAdvance("x" * 20)),
                     metrics.horizontalAdvance("x" * 40))
        self.discount_text.setMinimumWidth(wanted + 16)   # (the box's frame and margins)

    def set_offer(self, offer: Offer) -> None:
        self._loading = True
        self._target = (offer.target_kind, offer.target)
        self._fallbacks = dict(offer.fallbacks)
        self.title.setText(offer.title)
        self.discount_kind.setCurrentIndex(max(0, self.discount_kind.findData(offer.discount.kind)))
        self.discount_value.setValue(float(offer.discount.value or 0))
        self.discount_text.setText(offer.discount.text)
        self.discount_text.setCursorPosition(0)   # (the beginning of the words shows, not their end)
        self.validity.setValue(int(offer.validity_days))
        self.validity_from.setCurrentIndex(max(0, self.validity_from.findData(offer.validity_from)))
        self.validity_from.setVisible(offer.target_kind == "occasion")
        self.prefix.setText(offer.coupon_prefix)
        self.first_name_fallback.setText(self._fallbacks.get("first_name", ""))
        self.template.setPlainText(offer.template)
        self._edited()
        self._loading = False

    def offer(self) -> Offer:
        kind = self.discount_kind.currentData()
        discount = Discount(kind, self.discount_value.value() if kind in ("percent", "amount") else None,
                            self.discount_text.text() if kind == "text" else "")
        fallbacks = dict(self._fallbacks)
        if self.first_name_fallback.text().strip():
            fallbacks["first_name"] = self.first_name_fallback.text().strip()
        else:
            fallbacks.pop("first_name", None)
        validity_from = self.validity_from.currentData() if self._target[0] == "occasion" else "export"
        return Offer(self._target[0], self._target[1], self.title.text(), discount, self.validity.value(),
                     self.template.toPlainText(), fallbacks, self.prefix.text().strip(), validity_from)

    def problems(self) -> list[str]:
        """What blocks the offer, in words: the title's and the message's merge fields (the same
        rules for both) and a discount that gives nothing."""
        return [text[:1].upper() + text[1:] for text in self.offer().problems()]

    def problem_texts(self) -> list[str]:
        """:meth:`problems` in the shop's words (``self.words``), in the same order."""
        said = [self.words.say(problem) for problem in self.offer().problem_phrases()]
        return [text[:1].upper() + text[1:] for text in said]

    def insert_field(self, name: str) -> None:
        """Put ``{name}`` at the cursor in the message."""
        self.template.insertPlainText("{" + name + "}")
        self.template.setFocus()

    def _edited(self, *_args) -> None:
        kind = self.discount_kind.currentData()
        self.discount_value.setVisible(kind in ("percent", "amount"))
        self.discount_text.setVisible(kind == "text")
        suffix = " %" if kind == "percent" else ""
        if self.discount_value.suffix() != suffix:   # (setting it rewrites the box: "12," typed became "12,00")
            self.discount_value.setSuffix(suffix)
        problems = self.problems()
        if problems:
            items = [html.escape(problem) for problem in self.problem_texts()]
            self.problem_label.setText("<span style='color:#b2182b'>⚠ " + "<br>⚠ ".join(items) + "</span>")
        else:
            self.problem_label.setText("<span style='color:#1b7837'>✔ " + self.tr("The offer is ready.") + "</span>")
        marked = {self.title: "Title", self.discount_value: "The discount", self.discount_text: "The discount",
                  self.template: "Message"}
        for widget, start in marked.items():
            widget.setStyleSheet("border: 1px solid #b2182b" if any(p.startswith(start) for p in problems) else "")
        if not self._loading:
            self.changed.emit()
