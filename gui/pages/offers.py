"""Offers page: one offer per list, edited with live validation and a preview for real customers."""

from __future__ import annotations

import copy
import dataclasses
import html

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt, QTimer
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
    QTabBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.campaigns import Channel, ListKind, MailingList, Offer, offers_alike, preview
from core.output import format_number, format_percent
from gui.detectability_box import detect
from gui.error_dialogs import error_words, show_error
from gui.export_words import CHANNEL_WORDS
from gui.lazy_refresh import refresh_lazily
from gui.mailing_list_items import list_entries
from gui.mailing_lists import MailingLists
from gui.offer_editor import OfferEditor
from gui.offer_lists import list_label, members_mask, offer_for_list
from gui.offer_test_box import OfferTestBox, second_offer, split_words
from gui.reflow import ReflowSplitter
from gui.translation import window_locale

translate = QCoreApplication.translate

CURRENCIES = ["GBP", "EUR", "USD", "CHF", "SEK", "NOK", "DKK", "PLN", "CAD", "AUD"]


class OffersPage(QWidget):
    """Pick a list on the left, write its offer in the middle, see a real customer's message."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.lists = QListWidget()
        self.lists.setToolTip(self.tr("Every group you can mail; pick one to write its offer"))
        # a long path between two segments is shortened in its middle, so its count stays in sight
        self.lists.setTextElideMode(Qt.ElideMiddle)
        self.lists.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.lists.currentRowChanged.connect(self._on_list)
        self.test_box = OfferTestBox(self)
        self.shop_name = QLineEdit()
        self.shop_name.setPlaceholderText(self.tr("Your shop's name, as customers know it"))
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        self.currency.setEditable(True)
        self.shop_warning = QLabel(self.tr("No shop name yet: messages say “our shop”."))
        self.shop_warning.setWordWrap(True)
        self.shop_warning.setStyleSheet("color: #b2182b")
        self.shop_warning.hide()
        shop_form = QFormLayout()
        shop_form.addRow(self.tr("Shop name"), self.shop_name)
        shop_form.addRow(self.shop_warning)
        shop_form.addRow(self.tr("Currency"), self.currency)
        shop_box = QGroupBox(self.tr("Your shop"))
        shop_box.setLayout(shop_form)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("<b>" + self.tr("Lists") + "</b>"))
        left_layout.addWidget(self.lists, 1)
        left_layout.addWidget(self.test_box.enabled)    # for the list chosen above
        left_layout.addWidget(shop_box)

        self.editor = OfferEditor()
        self.editor.changed.connect(self._on_edited)
        # an offer test: a second offer (B) for part of the list (gui.offer_test_box)
        self.editor_b = OfferEditor()
        self.editor_b.changed.connect(self._on_edited_b)
        # a tab bar over the two editors (a QTabWidget's pages would not wrap the editor's rows)
        self.tabs = QTabBar()
        self.tabs.addTab(self.tr("Offer A"))
        self.tabs.addTab(self.tr("Offer B"))
        self.tabs.setTabEnabled(1, False)
        self.tabs.setDrawBase(False)
        self.tabs.currentChanged.connect(self._on_tab)
        self.editor_b.hide()
        self.test_box.toggled.connect(self._on_test_toggled)
        self.test_box.share_changed.connect(self._on_share_b)
        self.heading = QLabel()
        reset = QPushButton(self.tr("Back to the suggested offer"))
        reset.clicked.connect(self.reset_offer)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(reset)
        middle_layout.addLayout(head)
        # the offers' tabs and B's share show only while the list has an offer test
        self.test_row = QWidget()
        test_row = QHBoxLayout(self.test_row)
        test_row.setContentsMargins(0, 0, 0, 0)
        test_row.addWidget(self.tabs)
        test_row.addStretch(1)
        test_row.addWidget(self.test_box.share_box)
        self.test_row.hide()
        middle_layout.addWidget(self.test_row)
        middle_layout.addWidget(self.editor, 1)
        middle_layout.addWidget(self.editor_b, 1)

        self.preview = QTextBrowser()
        self.preview.setToolTip(self.tr("The subject and message this customer would get, and whether the export "
                                        "would reach them"))
        self.previous = QPushButton(self.tr("◀ Previous"))
        self.next = QPushButton(self.tr("Next ▶"))
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
        right_layout.addWidget(QLabel("<b>" + self.tr("Preview for a real customer") + "</b>"))
        right_layout.addLayout(stepper)
        right_layout.addWidget(self.test_box.split)
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
        intro = QLabel("<h3>" + translate("Pages", "Offers") + "</h3>"
                       + self.tr("Choose what each group gets. Every message is personalised."))
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
        # the list's members as positions in the customer table (a copy of their rows cost 14 ms
        # on a million customers); None before a list is shown
        self._members: np.ndarray | None = None
        self._table: pd.DataFrame | None = None     # the customer table those positions are in
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
        # the preview fills in the next event-loop turn: with the list, the offer and the preview in
        # one turn the page's first show held the window 50-67 ms (docs/performance.md)
        self._on_list(row, preview_later=True)

    def current_list(self) -> MailingList | None:
        row = self.lists.currentRow()
        return self._lists[row] if 0 <= row < len(self._lists) else None

    def select_list(self, key: str) -> None:
        """Show the list whose ``MailingList.key`` is ``key`` ("segment:At Risk")."""
        for row, item in enumerate(self._lists):
            if item.key == key:
                self.lists.setCurrentRow(row)
                return

    def _on_list(self, row: int, *, preview_later: bool = False) -> None:
        item = self.current_list()
        seg = self.session.segmentation
        if item is None or seg is None:
            return
        self._members = np.flatnonzero(members_mask(seg, item).to_numpy(dtype=bool))
        self._table = seg.customers
        self._index = 0
        locale = self.session.shop_info().locale
        count = self.tr("%1 customer(s)", "", len(self._members)).replace("%1", format_number(len(self._members), 0, locale))
        self.heading.setText(f"<b>{html.escape(list_label(item, self.session.shop_info().words()))}</b> — {count}")
        offer = offer_for_list(self.session.project, item)
        self.editor.words = self.editor_b.words = self.session.shop_info().words()
        self.editor.set_offer(offer)
        self._show_test(item, offer)
        if preview_later:
            self.position.setText("")
            self.preview.clear()
            QTimer.singleShot(0, self, self.update_preview)
        else:
            self.update_preview()

    # ---- an offer test ----------------------------------------------------------------------------------
    def _show_test(self, item: MailingList, offer: Offer) -> None:
        project = self.session.project
        test = project.offer_test(item) if project is not None else None
        self.test_box.set_test(test)
        self.editor_b.set_offer(copy.deepcopy(test.offer_b) if test is not None else second_offer(offer))
        self.tabs.setTabEnabled(1, test is not None)
        self.test_row.setVisible(test is not None)
        if test is None:
            self.tabs.setCurrentIndex(0)
        self.update_split()

    def _on_test_toggled(self, on: bool) -> None:
        item = self.current_list()
        if item is None:
            return
        if on:
            self.session.set_offer_test(self.test_box.test(item, self.editor_b.offer()))
        else:
            self.session.remove_offer_test(item)
        self.tabs.setTabEnabled(1, on)
        self.test_row.setVisible(on)
        self.tabs.setCurrentIndex(1 if on else 0)
        self.update_split()
        self._timer.start()

    def _on_edited_b(self) -> None:
        item = self.current_list()
        if item is not None and self.test_box.is_on():
            self.session.set_offer_test(self.test_box.test(item, self.editor_b.offer()))
        self._timer.start()

    def _on_share_b(self) -> None:
        self._on_edited_b()
        self.update_split()

    def update_split(self) -> None:
        """Say (worked out off the GUI thread) how many customers the export mails and gets each offer."""
        item, seg = self.current_list(), self.session.segmentation
        if item is None or seg is None or not self.test_box.is_on():
            self.test_box.runner.cancel(quiet=True)
            return
        share = self.session.project.export.control_share if self.session.project is not None else 0.1
        locale, share_b = self.session.shop_info().locale, self.test_box.share_b()
        self.test_box.runner.start(
            detect, seg, [item], share,
            on_done=lambda found: self.test_box.split.setText(split_words(found[0], share_b, share, locale))
            if found else None, on_error=lambda error: show_error(self, error))

    def _on_tab(self, index: int) -> None:
        self.editor.setVisible(index != 1)
        self.editor_b.setVisible(index == 1)
        self.update_preview()

    def current_editor(self) -> OfferEditor:
        """The offer shown: B when its tab is open."""
        return self.editor_b if self.tabs.currentIndex() == 1 and self.test_box.is_on() else self.editor

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
        self.session.set_shop(dataclasses.replace(old, name=self.shop_name.text().strip(),   # keeps the language
                                                  currency=self.currency.currentText().strip().upper() or "GBP"))
        self._timer.start()

    # ---- preview -----------------------------------------------------------------------------------
    def step(self, delta: int) -> None:
        if self._members is not None and len(self._members):
            self._index = (self._index + delta) % len(self._members)
            self.update_preview()

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    def update_preview(self) -> None:
        members, table = self._members, self._table
        has = members is not None and table is not None and len(members) > 0
        self.previous.setEnabled(has and len(members) > 1)
        self.next.setEnabled(has and len(members) > 1)
        if not has or members is None or table is None:
            self.position.setText("")
            self.preview.setHtml("<i>" + self.tr("Nobody is in this list right now.") + "</i>")
            return
        row = table.iloc[int(members[self._index])]
        name = row.get("name") if "name" in row.index else None
        who = (f"{name} ({row['customer_id']})" if isinstance(name, str) and name
               else self.tr("Customer %1").replace("%1", str(row["customer_id"])))
        locale = self.session.shop_info().locale
        self.position.setText(self.tr("%1 of %2: %3").replace("%1", format_number(self._index + 1, 0, locale))
                              .replace("%2", format_number(len(members), 0, locale)).replace("%3", who))
        editor = self.current_editor()
        problems = [shown for english, shown in zip(editor.problems(), editor.problem_texts(), strict=True)
                    if not english.startswith("The discount")]
        if problems:
            self.preview.setHtml("<i style='color:#b2182b'>" + self.tr("Fix the offer first: %1")
                                 .replace("%1", html.escape(str(problems[0]))) + "</i>")
            return
        offer = editor.offer()
        shown = preview(offer, row, self.session.shop_info())
        body = html.escape(shown.message).replace("\n", "<br>")
        code = ""
        if "{coupon_code}" in offer.template or "{coupon_code}" in offer.title:
            code = ("<p style='color:#555'><i>" + self.tr("%1 is an example: each customer gets a code of their own, "
                                                          "drawn when you export.")
                    .replace("%1", html.escape(shown.coupon_code)) + "</i></p>")
        variant = ""
        if self.test_box.is_on():
            which = "B" if editor is self.editor_b else "A"
            variant = ("<p>" + self.tr("<b>Offer %1</b> of this list's offer test: each mailed customer gets A or B, "
                                       "drawn at random when you export.").replace("%1", which) + "</p>")
            if offers_alike(self.editor.offer(), self.editor_b.offer()):
                variant += ("<p style='color:#b2182b'>" + self.tr("Offer B still gives what offer A gives (only its "
                                                                  "coupon codes differ): change its discount, title or "
                                                                  "message, or the test can show only chance "
                                                                  "differences.") + "</p>")
        subject = self.tr("Subject:")
        self.preview.setHtml(f"{variant}<p>{self.reach_html(row)}</p><p><b>{subject}</b> {html.escape(shown.subject)}</p>"
                             f"<hr><p>{body}</p>{code}")

    def reach_html(self, row) -> str:
        """Whether the export would reach this customer by the chosen channel, and if not why."""
        computed, project = self.session.computed, self.session.project
        prepared = computed.data("offers", MailingLists) if computed is not None else None
        channel = project.export.channel if project is not None else Channel.EMAIL
        if prepared is None:
            return ""
        reason = prepared.reach[channel].reasons.get(row.name)
        by = translate("ExportWords", CHANNEL_WORDS[channel])
        if isinstance(reason, str):   # (core's reason in the window's language: the sentence around it is)
            return ("<span style='color:#b2182b'>✘ " + self.tr("Not sent by %1: %2.").replace("%1", by)
                    .replace("%2", html.escape(error_words().t(reason))) + "</span>")
        share = project.export.control_share if project is not None else 0.1
        if share > 0:
            sent = self.tr("Sent by %1, unless drawn for the control group (%2 of the list, not contacted).").replace(
                "%2", format_percent(share * 100, window_locale(self.session.shop_info().locale), decimals=0))
        else:
            sent = self.tr("Sent by %1.")
        return "<span style='color:#1b7837'>✔ " + sent.replace("%1", by) + "</span>"
