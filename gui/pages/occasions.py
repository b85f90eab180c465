"""Occasions page (definitions §12): who has a birthday or an anniversary soon and who is due to buy a
product again, the windows the owner sets, and the re-buy table (which products are bought again,
and how often)."""

from __future__ import annotations

import dataclasses
import html
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.output import format_number
from core.schema import OCCASIONS
from core.segmentation import (
    MAX_WINDOW_DAYS,
    MIN_GAPS,
    Notice,
    NoticeKind,
    OccasionSettings,
    occasion_members,
    upcoming,
)
from gui.cell_format import PreparedFrame, prepare_frame
from gui.lazy_refresh import refresh_lazily
from gui.palette import colour_for, segment_swatch, status_swatch, swatch, tier_swatch
from gui.reflow import FlowLayout
from gui.segment_help import OCCASION_HELP, add_label_tooltips
from gui.table_model import with_first_texts
from gui.table_view import DataTableView

if TYPE_CHECKING:
    from core.segmentation import Segmentation
    from gui.session import Session

translate = QCoreApplication.translate

# The words below are translated where shown, in the context "OccasionsPage".
UPCOMING_HEADERS = {"customer_id": QT_TRANSLATE_NOOP("OccasionsPage", "Customer"),
                    "occasion": QT_TRANSLATE_NOOP("OccasionsPage", "List"),
                    "day": QT_TRANSLATE_NOOP("OccasionsPage", "Day"),
                    "days_ahead": QT_TRANSLATE_NOOP("OccasionsPage", "Days ahead"),
                    "detail": QT_TRANSLATE_NOOP("OccasionsPage", "Years / product"),
                    "name": QT_TRANSLATE_NOOP("OccasionsPage", "Name"),
                    "first_name": QT_TRANSLATE_NOOP("OccasionsPage", "First name"),
                    "last_name": QT_TRANSLATE_NOOP("OccasionsPage", "Last name"),
                    "email": QT_TRANSLATE_NOOP("OccasionsPage", "E-mail"),
                    "rfm_segment": QT_TRANSLATE_NOOP("OccasionsPage", "Segment"),
                    "activity_status": QT_TRANSLATE_NOOP("OccasionsPage", "Status"),
                    "tier": QT_TRANSLATE_NOOP("OccasionsPage", "Tier")}
REBUY_HEADERS = {"product": QT_TRANSLATE_NOOP("OccasionsPage", "Product"),
                 "interval_days": QT_TRANSLATE_NOOP("OccasionsPage", "Usually again after (days)"),
                 "interval_p25": QT_TRANSLATE_NOOP("OccasionsPage", "Quickest quarter (days)"),
                 "interval_p75": QT_TRANSLATE_NOOP("OccasionsPage", "Slowest quarter (days)"),
                 "gaps": QT_TRANSLATE_NOOP("OccasionsPage", "Gaps seen"),
                 "repeat_customers": QT_TRANSLATE_NOOP("OccasionsPage", "Repeat buyers"),
                 "due_now": QT_TRANSLATE_NOOP("OccasionsPage", "Due now")}
ORDER_WORDS = {None: QT_TRANSLATE_NOOP("OccasionsPage", "Decide from the file (ask when it cannot)"),
               "dayfirst": QT_TRANSLATE_NOOP("OccasionsPage", "Day first (03/04 is 3 April)"),
               "monthfirst": QT_TRANSLATE_NOOP("OccasionsPage", "Month first (03/04 is 4 March)")}


@dataclass
class OccasionsData:
    """What the page shows, prepared off the GUI thread: each occasion list's size, everyone on
    them soonest first, the re-buy table, and the notices about birthdays and re-buys."""

    counts: dict[str, int]
    upcoming: PreparedFrame
    rebuy: PreparedFrame
    notices: list[Notice] = field(default_factory=list)   # written in the shop's words where shown


def prepare(segmentation: Segmentation, transactions: pd.DataFrame) -> OccasionsData:
    """The occasion lists of ``segmentation`` (core/segmentation/occasions.py) for the page."""
    customers, settings = segmentation.customers, segmentation.settings.occasions
    counts = {name: int(occasion_members(customers, segmentation.reference_date, settings, name).sum())
              for name in OCCASIONS}
    rebuy = segmentation.occasions.rebuy if segmentation.occasions is not None else pd.DataFrame(
        columns=list(REBUY_HEADERS))
    notices = [n for n in segmentation.warnings if n.kind == NoticeKind.OCCASIONS]
    return OccasionsData(counts, with_first_texts(prepare_frame(upcoming(customers, segmentation.reference_date,
                                                                        settings))),
                         with_first_texts(prepare_frame(rebuy)), notices)


def _days(maximum: int = MAX_WINDOW_DAYS) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setSuffix(translate("OccasionsPage", " days"))
    return spin


class OccasionsPage(QWidget):
    """The three occasion lists, their windows, and the products customers buy again."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        intro = QLabel("<h3>" + translate("Pages", "Occasions") + "</h3>" + self.tr(
            "Lists that follow the calendar: a birthday, a year since the first order, a product about to run out. "
            "Each is a list like any other: give it an offer on the Offers page and mail it from Export."))
        intro.setWordWrap(True)
        self.counts = {name: QLabel() for name in OCCASIONS}
        cards = FlowLayout(spacing=24)
        for name, label in self.counts.items():
            label.setToolTip(translate("SegmentHelp", OCCASION_HELP[name]) if name in OCCASION_HELP else "")
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            icon = QLabel()
            icon.setPixmap(swatch(colour_for("occasion", name)).pixmap(12, 12))
            row_layout.addWidget(icon)
            row_layout.addWidget(label)
            cards.addWidget(row)
        # the windows (settings, saved in the project): changing one recomputes the lists
        self.birthday_days, self.anniversary_days = _days(), _days()
        self.due_before, self.due_after = _days(), _days()
        self.order = QComboBox()
        for key, words in ORDER_WORDS.items():
            self.order.addItem(self.tr(words), key)
        self.order.setToolTip(self.tr("How to read a birthday such as 03/04 when nothing else in the file settles it"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self.apply_settings)
        for spin in (self.birthday_days, self.anniversary_days, self.due_before, self.due_after):
            spin.valueChanged.connect(lambda _v: self._timer.start())
        self.order.activated.connect(lambda _i: self._timer.start())
        windows = FlowLayout(spacing=20)
        for words, widgets in ((self.tr("Birthday soon: within"), [self.birthday_days]),
                               (self.tr("Anniversary soon: within"), [self.anniversary_days]),
                               (self.tr("Due to re-buy: from"), [self.due_before, QLabel(self.tr("before to")),
                                                                 self.due_after,
                                                                 QLabel(self.tr("after the reference date"))]),
                               (self.tr("Birthdays like 03/04:"), [self.order])):
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(QLabel(words))
            for widget in widgets:
                row_layout.addWidget(widget)
            windows.addWidget(row)
        self.notices = QLabel()
        self.notices.setWordWrap(True)
        self.notices.setStyleSheet("color: #8a4b00")
        self.upcoming = DataTableView()
        model = self.upcoming.model()
        model.set_headers({key: self.tr(words) for key, words in UPCOMING_HEADERS.items()})
        model.set_column_colour("occasion", lambda v: swatch(colour_for("occasion", str(v))) if v else None)
        model.set_column_colour("rfm_segment", segment_swatch)
        model.set_column_colour("activity_status", status_swatch)
        model.set_column_colour("tier", tier_swatch)
        add_label_tooltips(model, session)
        model.set_column_tooltip("occasion", lambda v: translate("SegmentHelp", OCCASION_HELP[str(v)])
                                 if str(v) in OCCASION_HELP else "")
        self.rebuy_intro = QLabel()
        self.rebuy_intro.setWordWrap(True)
        self.rebuy = DataTableView()
        self.rebuy.model().set_headers({key: self.tr(words) for key, words in REBUY_HEADERS.items()})
        rebuy_tab = QWidget()
        rebuy_layout = QVBoxLayout(rebuy_tab)
        rebuy_layout.setContentsMargins(0, 4, 0, 0)
        rebuy_layout.addWidget(self.rebuy_intro)
        rebuy_layout.addWidget(self.rebuy, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.upcoming, self.tr("Coming up"))
        self.tabs.addTab(rebuy_tab, self.tr("Re-buy intervals"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(cards)
        layout.addLayout(windows)
        layout.addWidget(self.notices)
        layout.addWidget(self.tabs, 1)
        self.lazy = refresh_lazily(self, session.segmentation_changed, self.load)

    def load(self) -> None:
        seg, computed = self.session.segmentation, self.session.computed
        data = computed.data("occasions", OccasionsData) if computed is not None else None
        if seg is None or data is None:
            return
        settings = seg.settings.occasions
        for spin, value in ((self.birthday_days, settings.birthday_days), (self.anniversary_days,
                            settings.anniversary_days), (self.due_before, settings.due_before_days),
                            (self.due_after, settings.due_after_days)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.order.setCurrentIndex(max(0, self.order.findData(settings.birthday_order)))
        shop = self.session.shop_info()
        locale, words = shop.locale, shop.words()
        for name, label in self.counts.items():
            count = data.counts.get(name, 0)
            # the list's name and its count in one language, the shop's (as the lists are named everywhere)
            label.setText(f"<b>{html.escape(words.name(name))}</b>: "
                          + html.escape(words.n("{n} customer", "{n} customers", count, n=format_number(count, 0, locale))))
        self.notices.setText("<br>".join(f"⚠ {notice.text(words)}" for notice in data.notices))
        self.notices.setVisible(bool(data.notices))
        self.upcoming.model().set_frame(data.upcoming, words=words)
        self.upcoming.fit_columns(max_width=220)
        self.rebuy.model().set_frame(data.rebuy, words=words)
        self.rebuy.fit_columns(max_width=260)
        products = len(data.rebuy.frame)
        self.rebuy_intro.setText(self.tr(
            "%1 products are bought again often enough to know when: each needs %2 gaps or more between a "
            "customer's purchases of it. <i>Usually again after</i> is the middle gap (half the gaps are shorter); a "
            "quarter of the gaps are shorter than the quickest quarter, a quarter longer than the slowest. A customer "
            "is <i>due</i> when their last purchase plus the usual gap falls in the window above.", "", products)
            .replace("%1", format_number(products, 0, locale)).replace("%2", format_number(MIN_GAPS, 0, locale)))

    def apply_settings(self) -> None:
        """Use the windows shown (and recompute the lists)."""
        settings = self.session.settings
        if settings is None:
            return
        wanted = OccasionSettings(self.birthday_days.value(), self.anniversary_days.value(), self.due_before.value(),
                                  self.due_after.value(), self.order.currentData())
        if wanted != settings.occasions:
            self.session.update_settings(dataclasses.replace(settings, occasions=wanted))
