"""Win-back page: inactive, lost and overdue customers ranked by what is at stake (what they used to
spend × how likely they are to be lost, definitions §4) when the predictions can tell, else by what
they used to spend, with the reason."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from core.output import format_money, format_number
from core.segmentation import (
    AT_STAKE,
    WINBACK_STATUSES,
    WINDOW_PRESETS,
    WinbackOrder,
    WinbackRanking,
    winback_list,
    winback_ranking,
)
from gui.cell_format import PreparedFrame, prepare_frame
from gui.lazy_refresh import refresh_lazily
from gui.page_columns import PREDICTION_HEADERS, WINBACK_COLUMNS
from gui.palette import WINDOW_MARK, segment_swatch, status_swatch, swatch
from gui.reflow import FlowLayout
from gui.segment_help import add_label_tooltips, status_help
from gui.table_model import with_first_texts
from gui.table_view import DataTableView
from gui.worker import TaskRunner

if TYPE_CHECKING:
    from collections.abc import Sequence

    from core.progress import ProgressCallback
    from core.segmentation import Segmentation
    from gui.session import Session

translate = QCoreApplication.translate

#: The table's column headers (translated when the page is built; the predictions' in "PageColumns").
HEADERS = {"customer_id": QT_TRANSLATE_NOOP("WinbackPage", "Customer"),
           "name": QT_TRANSLATE_NOOP("WinbackPage", "Name"),
           "first_name": QT_TRANSLATE_NOOP("WinbackPage", "First name"),
           "last_name": QT_TRANSLATE_NOOP("WinbackPage", "Last name"),
           "email": QT_TRANSLATE_NOOP("WinbackPage", "E-mail"),
           "activity_status": QT_TRANSLATE_NOOP("WinbackPage", "Status"),
           "declining": QT_TRANSLATE_NOOP("WinbackPage", "Declining"),
           "days_since_last": QT_TRANSLATE_NOOP("WinbackPage", "Days since last"),
           "last_purchase": QT_TRANSLATE_NOOP("WinbackPage", "Last purchase"),
           "revenue": QT_TRANSLATE_NOOP("WinbackPage", "Spent in total"),
           "orders": QT_TRANSLATE_NOOP("WinbackPage", "Orders"),
           "typical_gap_days": QT_TRANSLATE_NOOP("WinbackPage", "Usual gap (days)"),
           "overdue_ratio": QT_TRANSLATE_NOOP("WinbackPage", "Late by (× usual gap)"),
           "revenue_last_12m": QT_TRANSLATE_NOOP("WinbackPage", "Last 12 months"),
           "revenue_prev_12m": QT_TRANSLATE_NOOP("WinbackPage", "12 months before"),
           "rfm_segment": QT_TRANSLATE_NOOP("WinbackPage", "Segment"),
           "country": QT_TRANSLATE_NOOP("WinbackPage", "Country")}
#: What the page says when the list is ranked by what is at stake.
AT_STAKE_WORDS = QT_TRANSLATE_NOOP("WinbackPage", "Ranked by what is at stake: what they spent × how likely they "
                                   "are to be lost (1 − “Still a customer”), highest first.")
PRESET_WORDS = {"retail": QT_TRANSLATE_NOOP("WinbackPage", "Retail (180 days)"),
                "subscription": QT_TRANSLATE_NOOP("WinbackPage", "Subscription (30 days)"),
                "seasonal": QT_TRANSLATE_NOOP("WinbackPage", "Seasonal (365 days)")}


def winback_headers() -> dict[str, str]:
    """The table's headers in the window's language."""
    return {**{key: translate("WinbackPage", words) for key, words in HEADERS.items()},
            **{key: translate("PageColumns", words) for key, words in PREDICTION_HEADERS.items()}}


@dataclass
class WinbackData:
    """The default win-back list (every win-back status, in the ranking's order), ready for the
    table; prepared off the GUI thread."""

    table: PreparedFrame
    ranking: WinbackRanking


def winback_columns(customers: pd.DataFrame, ranking: WinbackRanking) -> list[str]:
    """The page's columns: "Still a customer" only where the predictions can tell customers apart
    (the list is ranked by what is at stake): where the model saw nobody lapse, it read 100% beside
    every Lost customer."""
    filled = "p_alive" in customers.columns and bool(customers["p_alive"].notna().any())
    telling = filled and ranking.order is WinbackOrder.AT_STAKE
    return [c for c in WINBACK_COLUMNS if c != "p_alive" or telling]


def prepare(segmentation: Segmentation, transactions: pd.DataFrame) -> WinbackData:
    """The customers to win back of ``segmentation`` with the page's columns, ranked by what is at
    stake when the predictions can tell (core.segmentation.winback_ranking)."""
    ranking = winback_ranking(segmentation.predictions)
    customers = segmentation.customers
    frame = winback_list(customers, order=ranking.order)
    return WinbackData(with_first_texts(prepare_frame(frame, winback_columns(customers, ranking))), ranking)


@dataclass
class WinbackTable:
    """A win-back list for the page's choices: the list (every column) and the table made from it."""

    frame: pd.DataFrame
    table: PreparedFrame


def winback_table(customers: pd.DataFrame, statuses: Sequence[str], declining_only: bool, ranking: WinbackRanking,
                  *, progress: ProgressCallback) -> WinbackTable:
    """The customers to win back of ``statuses`` (only the declining ones when asked), ranked as
    ``ranking`` says, with the page's columns and the first rows' text made (the page's worker: no
    widgets). ``progress``: the worker's callback (a task superseded while it waited stops here)."""
    progress(0.0, "")
    frame = winback_list(customers, statuses, declining_only=declining_only, order=ranking.order)
    progress(0.5, "")
    return WinbackTable(frame, with_first_texts(prepare_frame(frame, winback_columns(customers, ranking))))


def _row() -> tuple[QWidget, QHBoxLayout]:
    """A widget holding a row of controls that stay together."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    return row, layout


class WinbackPage(QWidget):
    """Who to win back first; the window and presets are adjustable and recompute everything.

    A choice of statuses or "Only declining" other than the prepared list's is worked out on the
    page's worker (``winback_table``): the table keeps its rows until it is ready, a newer choice
    cancels it, and ``shown`` fires once the list on screen is the one chosen."""

    #: the table, the summary and the ranking's note show the chosen list
    shown = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._runner = TaskRunner(self)
        self.window_spin = QSpinBox()
        self.window_spin.setRange(1, 3650)
        self.window_spin.setSuffix(self.tr(" days"))
        self.window_spin.setToolTip(self.tr("A customer with no purchase for longer than this is Inactive; "
                                            "twice as long is Lost"))
        self.preset = QComboBox()
        self.preset.addItem(self.tr("Choose a preset…"), None)
        for key, days in WINDOW_PRESETS.items():
            self.preset.addItem(self.tr(PRESET_WORDS[key]) if key in PRESET_WORDS else key, days)
        self.preset.setToolTip(self.tr("Typical windows: retail 180 days, subscriptions 30, seasonal shops 365"))
        self.preset.activated.connect(self._on_preset)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self._apply_window)
        self.window_spin.valueChanged.connect(lambda _v: self._timer.start())
        self.status_boxes = {}
        window_row, window_layout = _row()
        window_layout.addWidget(QLabel(self.tr("Inactive after")))
        window_layout.addWidget(self.window_spin)
        window_layout.addWidget(self.preset)
        show_row, controls = _row()
        for status in WINBACK_STATUSES:
            box = QCheckBox(status)
            box.setChecked(True)
            box.setIcon(status_swatch(status))
            box.setToolTip(status_help(status))
            box.toggled.connect(self.refresh)
            self.status_boxes[status] = box
            controls.addWidget(box)
        self.declining_only = QCheckBox(self.tr("Only declining"))
        self.declining_only.setToolTip(self.tr("Spent less than half in the last 12 months than in the 12 months before"))
        self.declining_only.toggled.connect(self.refresh)
        controls.addWidget(self.declining_only)
        # the window and the statuses wrap onto two lines on a narrow screen (gui.reflow)
        bar = FlowLayout(spacing=20)
        bar.addWidget(window_row)
        bar.addWidget(show_row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # how the list is ranked, and why not by what is at stake when the predictions cannot tell
        self.order_note = QLabel()
        self.order_note.setWordWrap(True)
        self.ranking = WinbackRanking(WinbackOrder.REVENUE)
        self.table = DataTableView()
        model = self.table.model()
        model.set_headers(winback_headers())
        model.set_column_colour("rfm_segment", segment_swatch)
        model.set_column_colour("activity_status", status_swatch)
        model.set_column_colour("declining", lambda v: swatch(WINDOW_MARK) if v else None)
        add_label_tooltips(model, session)
        fell = self.tr("Spending fell by more than half year on year")
        model.set_column_tooltip("declining", lambda v: fell if v else "")
        layout = QVBoxLayout(self)
        intro = QLabel("<h3>" + translate("Pages", "Win-back") + "</h3>"
                       + self.tr("Customers who have gone quiet, the most to lose first."))
        intro.setWordWrap(True)
        # (the Overview's "at risk or inactive" counts segments too: one line says how the two differ)
        intro.setToolTip(self.tr("By activity status: Inactive, Lost and Overdue (late for their usual next "
                                 "purchase). The Overview's figure of customers at risk or inactive counts the "
                                 "At Risk and Can't Lose Them segments with Inactive and Lost instead, so the two "
                                 "can differ."))
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.order_note)
        layout.addWidget(self.table, 1)
        self.frame: pd.DataFrame | None = None
        self.lazy = refresh_lazily(self, session.segmentation_changed, self.load)

    def load(self) -> None:
        seg = self.session.segmentation
        if seg is None:
            return
        self.window_spin.blockSignals(True)
        self.window_spin.setValue(int(seg.settings.window_days))
        self.window_spin.blockSignals(False)
        words = self.session.shop_info().words()
        for status, box in self.status_boxes.items():
            box.setText(words.name(status))
        self.refresh()

    def refresh(self, *_args: object) -> None:
        seg, computed = self.session.segmentation, self.session.computed
        if seg is None:
            return
        statuses = [s for s, box in self.status_boxes.items() if box.isChecked()]
        data = computed.data("winback", WinbackData) if computed is not None else None
        ranking = data.ranking if data is not None else winback_ranking(seg.predictions)
        declining_only = self.declining_only.isChecked()
        if data is not None and set(statuses) == set(WINBACK_STATUSES) and not declining_only:
            self._runner.cancel(quiet=True)   # (a narrower list still being made would replace it)
            self._show(seg, ranking, data.table.frame, data.table)
            return

        def done(made: WinbackTable) -> None:
            if self.session.segmentation is seg:   # (else the new analysis's refresh is on its way)
                self._show(seg, ranking, made.frame, made.table)

        self._runner.start(winback_table, seg.customers, statuses, declining_only, ranking, on_done=done)

    def busy(self) -> bool:
        """A list for the boxes just ticked is being made (the table shows the one before)."""
        return self._runner.is_busy()

    def _show(self, seg: Segmentation, ranking: WinbackRanking, frame: pd.DataFrame, table: PreparedFrame) -> None:
        """Show the win-back list ``frame`` (its table prepared as ``table``), its summary and ranking."""
        self.ranking = ranking
        words = self.session.shop_info().words()
        self.table.model().set_frame(table, words=words)
        self.frame = frame
        self.order_note.setText(self.tr(AT_STAKE_WORDS) if self.ranking.order is WinbackOrder.AT_STAKE
                                else f"<span style='color:#5c4400'>{self.ranking.reason_text(words) or ''}</span>")
        self.table.fit_columns(max_width=200)
        declining = int(frame["declining"].fillna(False).astype(bool).sum()) if len(frame) else 0
        revenue = float(frame["revenue"].sum()) if len(frame) else 0.0
        shop = self.session.shop_info()
        count = format_number(len(frame), 0, shop.locale)
        stake = ""
        if AT_STAKE in frame.columns and len(frame):
            stake = self.tr(", of which <b>%1</b> is at stake").replace(
                "%1", format_money(float(frame[AT_STAKE].sum()), shop.currency, shop.locale, decimals=0))
        days = int(seg.settings.window_days)
        self.summary.setText(
            self.tr("<b>%1</b> customers to win back (%2 declining); together they spent <b>%3</b>%4.", "", len(frame))
            .replace("%1", count).replace("%2", format_number(declining, 0, shop.locale))
            .replace("%3", format_money(revenue, shop.currency, shop.locale, decimals=0)).replace("%4", stake)
            + " " + self.tr("Window: %1 days.", "", days).replace("%1", format_number(days, 0, shop.locale)))
        self.shown.emit()

    def _on_preset(self, index: int) -> None:
        days = self.preset.itemData(index)
        if days:
            self.window_spin.setValue(int(days))
            self._timer.stop()
            self._apply_window()

    def _apply_window(self) -> None:
        settings = self.session.settings
        days = self.window_spin.value()
        if settings is not None and settings.window_days != days:
            self.session.update_settings(dataclasses.replace(settings, window_days=days))
