"""Offers page: one offer per list, edited with live validation and a preview for real customers."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.campaigns import Channel, ListKind, MailingList, ShopInfo, preview
from core.output import format_percent
from gui.lazy_refresh import refresh_lazily
from gui.mailing_list_items import list_entries
from gui.mailing_lists import MailingLists
from gui.offer_editor import OfferEditor
from gui.offer_lists import list_label, members_mask, offer_for_list
from gui.reflow import ReflowSplitter

CURRENCIES = ["GBP", "EUR", "USD", "CHF", "SEK", "NOK", "DKK", "PLN", "CAD", "AUD"]


class OffersPage(QWidget):
    """Pick a list on the left, write its offer in the middle, see a real customer's message."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.lists = QListWidget()
        self.lists.setToolTip("Every group you can mail; pick one to write its offer")
        self.lists.currentRowChanged.connect(self._on_list)
        self.shop_name = QLineEdit()
        self.shop_name.setPlaceholderText("Your shop's name, as customers know it")
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        self.currency.setEditable(True)
        self.shop_warning = QLabel("No shop name yet: messages say “our shop”.")
        self.shop_warning.setWordWrap(True)
        self.shop_warning.setStyleSheet("color: #b2182b")
        self.shop_warning.hide()
        shop_form = QFormLayout()
        shop_form.addRow("Shop name", self.shop_name)
        shop_form.addRow(self.shop_warning)
        shop_form.addRow("Currency", self.currency)
        shop_box = QGroupBox("Your shop")
        shop_box.setLayout(shop_form)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("<b>Lists</b>"))
        left_layout.addWidget(self.lists, 1)
        left_layout.addWidget(shop_box)

        self.editor = OfferEditor()
        self.editor.changed.connect(self._on_edited)
        self.heading = QLabel()
        reset = QPushButton("Back to the suggested offer")
        reset.clicked.connect(self.reset_offer)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(reset)
        middle_layout.addLayout(head)
        middle_layout.addWidget(self.editor, 1)

        self.preview = QTextBrowser()
        self.preview.setToolTip("The subject and message this customer would get, and whether the export would "
                                "reach them")
        self.previous = QPushButton("◀ Previous")
        self.next = QPushButton("Next ▶")
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.position = QLabel()
        self.position.setAlignment(Qt.AlignCenter)
        stepper = QHBoxLayout()
        stepper.addWidget(self.previous)
        stepper.addWidget(self.position, 1)
        stepper.addWidget(self.next)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel("<b>Preview for a real customer</b>"))
        right_layout.addLayout(stepper)
        right_layout.addWidget(self.preview, 1)

        # the preview goes under the offer when both no longer fit side by side (gui.reflow)
        offer_and_preview = ReflowSplitter()
        offer_and_preview.addWidget(middle)
        offer_and_preview.addWidget(right)
        offer_and_preview.setSizes([480, 420])
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(offer_and_preview)
        splitter.setSizes([230, 900])
        splitter.setStretchFactor(0, 0)  # the lists keep their width; the offer and preview take the rest
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        intro = QLabel("<h3>Offers</h3>Choose what each group gets. Every message is personalised.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_preview)
        self.shop_name.textChanged.connect(self._on_shop)
        self.currency.currentTextChanged.connect(self._on_shop)
        self._lists: list[MailingList] = []
        self._members = None
        self._index = 0
        self.lazy = refresh_lazily(self, session.segmentation_changed, self.load)

    # ---- lists -------------------------------------------------------------------------------------
    def load(self) -> None:
        seg = self.session.segmentation
        if seg is None:
            return
        shop = self.session.shop_info()
        for widget, value in ((self.shop_name, shop.name), (self.currency, shop.currency)):
            widget.blockSignals(True)
            widget.setText(value) if isinstance(widget, QLineEdit) else widget.setCurrentText(value)
            widget.blockSignals(False)
        self.shop_warning.setVisible(not shop.name.strip())
        current = self.current_list()
        self._lists, entries = list_entries(self.session, seg)
        self.lists.blockSignals(True)
        self.lists.clear()
        paths = [entry for item, entry in zip(self._lists, entries, strict=True) if item.kind == ListKind.MIGRATION]
        for entry in entries[: len(entries) - len(paths)]:   # the paths between segments come last
            self.lists.addItem(entry)
        # wide enough for the longest list name and its count, with the scroll bar (a long path
        # between two segments is cut short instead, and shown whole in its tooltip)
        self.lists.setMinimumWidth(self.lists.sizeHintForColumn(0) + 2 * self.lists.frameWidth()
                                   + self.lists.verticalScrollBar().sizeHint().width() + 4)
        for entry in paths:
            self.lists.addItem(entry)
        self.lists.blockSignals(False)
        row = self._lists.index(current) if current in self._lists else 0
        self.lists.blockSignals(True)
        self.lists.setCurrentRow(row)
        self.lists.blockSignals(False)
        self._on_list(row)

    def current_list(self) -> MailingList | None:
        row = self.lists.currentRow()
        return self._lists[row] if 0 <= row < len(self._lists) else None

    def select_list(self, key: str) -> None:
        """Show the list whose ``MailingList.key`` is ``key`` ("segment:At Risk")."""
        for row, item in enumerate(self._lists):
            if item.key == key:
                self.lists.setCurrentRow(row)
                return

    def _on_list(self, row: int) -> None:
        item = self.current_list()
        seg = self.session.segmentation
        if item is None or seg is None:
            return
        mask = members_mask(seg, item).to_numpy(dtype=bool)
        self._members = seg.customers[mask]
        self._index = 0
        self.heading.setText(f"<b>{html.escape(list_label(item))}</b> — {len(self._members):,} customers")
        self.editor.set_offer(offer_for_list(self.session.project, item))
        self.update_preview()

    # ---- editing -----------------------------------------------------------------------------------
    def _on_edited(self) -> None:
        item = self.current_list()
        if item is not None:
            self.session.set_offer(self.editor.offer())
        self._timer.start()

    def reset_offer(self) -> None:
        item = self.current_list()
        if item is not None:
            self.session.reset_offer(item.kind, item.name)
            self.editor.set_offer(offer_for_list(self.session.project, item))
            self.update_preview()

    def _on_shop(self, *_args) -> None:
        self.shop_warning.setVisible(not self.shop_name.text().strip())
        old = self.session.shop_info()
        self.session.set_shop(ShopInfo(self.shop_name.text().strip(), self.currency.currentText().strip().upper()
                                       or "GBP", old.locale))
        self._timer.start()

    # ---- preview -----------------------------------------------------------------------------------
    def step(self, delta: int) -> None:
        if self._members is not None and len(self._members):
            self._index = (self._index + delta) % len(self._members)
            self.update_preview()

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    def update_preview(self) -> None:
        members = self._members
        has = members is not None and len(members) > 0
        self.previous.setEnabled(has and len(members) > 1)
        self.next.setEnabled(has and len(members) > 1)
        if not has:
            self.position.setText("")
            self.preview.setHtml("<i>Nobody is in this list right now.</i>")
            return
        row = members.iloc[self._index]
        name = row.get("name") if "name" in row.index else None
        who = f"{name} ({row['customer_id']})" if isinstance(name, str) and name else f"Customer {row['customer_id']}"
        self.position.setText(f"{self._index + 1:,} of {len(members):,}: {who}")
        problems = [p for p in self.editor.problems() if not p.startswith("The discount")]
        if problems:
            self.preview.setHtml("<i style='color:#b2182b'>Fix the offer first: "
                                 + html.escape(str(problems[0])) + "</i>")
            return
        offer = self.editor.offer()
        shown = preview(offer, row, self.session.shop_info())
        body = html.escape(shown.message).replace("\n", "<br>")
        code = ""
        if "{coupon_code}" in offer.template or "{coupon_code}" in offer.title:
            code = (f"<p style='color:#555'><i>{html.escape(shown.coupon_code)} is an example: each customer gets "
                    "a code of their own, drawn when you export.</i></p>")
        self.preview.setHtml(f"<p>{self.reach_html(row)}</p><p><b>Subject:</b> {html.escape(shown.subject)}</p>"
                             f"<hr><p>{body}</p>{code}")

    def reach_html(self, row) -> str:
        """Whether the export would reach this customer by the chosen channel, and if not why."""
        computed, project = self.session.computed, self.session.project
        prepared = computed.data("offers", MailingLists) if computed is not None else None
        channel = project.export.channel if project is not None else Channel.EMAIL
        if prepared is None:
            return ""
        reason = prepared.reach[channel].reasons.get(row.name)
        if isinstance(reason, str):
            return (f"<span style='color:#b2182b'>✘ Not sent by {channel.words}: {html.escape(reason)}.</span>")
        share = project.export.control_share if project is not None else 0.1
        held = (f", unless drawn for the control group ({format_percent(share * 100, decimals=0)} of the list, "
                "not contacted)" if share > 0 else "")
        return f"<span style='color:#1b7837'>✔ Sent by {channel.words}{held}.</span>"
