"""The Offers page's offer test (A/B, definitions §9): "Test a second offer" for the list shown, the
share of its mailed customers who get offer B (half unless set), and what the export will do with
it: how many it mails, and how many get each offer (worked out off the GUI thread with core's
plan_detectability and variant_b_size, the export's own counts and rounding)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from core.campaigns import DEFAULT_SHARE_B, Detectability, MailingList, Offer, OfferTest, variant_b_size
from core.output import format_number, format_percent
from gui.worker import TaskRunner

translate = QCoreApplication.translate


def second_offer(offer: Offer) -> Offer:
    """Offer B as first proposed: offer A's copy, with codes of its own prefix (``…-B``)."""
    prefix = (offer.coupon_prefix or "OFFER")[:10] + "-B"
    return Offer(offer.target_kind, offer.target, offer.title, offer.discount, offer.validity_days, offer.template,
                 dict(offer.fallbacks), prefix)


def split_words(found: Detectability, share_b: float, control_share: float, locale: str) -> str:
    """What the export will do with the list's offer test, in words."""
    mailed, control = found.mailed, found.control
    b = variant_b_size(mailed, share_b)
    if control:
        held = (translate("OfferTestBox", "With %1 held back as the control group (%2), ")
                .replace("%1", format_number(control, 0, locale))
                .replace("%2", format_percent(control_share * 100, locale)))
    else:
        held = translate("OfferTestBox", "With no control group, ")
    return held + (translate("OfferTestBox", "the export mails %1 of this list's customers: %2 get offer A and %3 get "
                                             "offer B, drawn at random when you export (the control group is drawn "
                                             "first and does not change).")
                   .replace("%1", format_number(mailed, 0, locale)).replace("%2", format_number(mailed - b, 0, locale))
                   .replace("%3", format_number(b, 0, locale)))


class OfferTestBox(QObject):
    """The switch (``enabled``), the share (``share_box``, beside the offers' tabs) and the words of
    the split (``split``); ``toggled(bool)`` and ``share_changed()`` when the owner changes them. The
    page places the three widgets where they take the least room."""

    toggled = Signal(bool)
    share_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self.tr("Test a second offer"))
        self.enabled.setToolTip(self.tr("Send offer B to part of this list's mailed customers, drawn at random, to see "
                                        "which offer works better (each is also compared with the control group)"))
        self.enabled.toggled.connect(self._on_toggled)
        self.share = QSpinBox()
        self.share.setRange(1, 99)
        self.share.setSuffix(" %")
        self.share.setValue(round(DEFAULT_SHARE_B * 100))
        self.share.setToolTip(self.tr("The share of the mailed customers who get offer B (half unless you set another)"))
        self.share.valueChanged.connect(lambda _v: None if self._loading else self.share_changed.emit())
        self.share_label = QLabel(self.tr("get B"))
        self.split = QLabel()
        self.split.setWordWrap(True)
        self.split.setStyleSheet("color: #555")
        self.share_box = QWidget()
        share_row = QHBoxLayout(self.share_box)
        share_row.setContentsMargins(0, 0, 4, 0)
        share_row.addWidget(self.share)
        share_row.addWidget(self.share_label)
        self.runner = TaskRunner(self)
        self._loading = False
        self._show_parts(False)

    def set_test(self, test: OfferTest | None) -> None:
        """Show the list's test (None: none), without signalling a change."""
        self._loading = True
        self.enabled.blockSignals(True)
        self.enabled.setChecked(test is not None)
        self.enabled.blockSignals(False)
        self.share.setValue(round((test.share_b if test is not None else DEFAULT_SHARE_B) * 100))
        self._loading = False
        self._show_parts(test is not None)

    def is_on(self) -> bool:
        return self.enabled.isChecked()

    def share_b(self) -> float:
        return self.share.value() / 100.0

    def test(self, mailing_list: MailingList, offer_b: Offer) -> OfferTest:
        return OfferTest(mailing_list, offer_b, self.share_b())

    def _on_toggled(self, on: bool) -> None:
        self._show_parts(on)
        self.toggled.emit(on)

    def _show_parts(self, on: bool) -> None:
        self.share_box.setVisible(on)
        self.split.setVisible(on)
        if not on:
            self.split.clear()
