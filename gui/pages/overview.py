"""Overview page: headline figures and the four main charts, plus the reference date."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core.output import format_date, format_money, format_number, format_percent
from core.segmentation import (
    Activity,
    FileTotals,
    Headline,
    activity_over_time,
    file_totals,
    headline,
    rf_grid,
    segment_names,
    segment_table,
)
from gui import charts
from gui.chart_canvas import ChartWidget
from gui.lazy_refresh import refresh_lazily

if TYPE_CHECKING:
    from core.segmentation import Segmentation
    from gui.session import Session


@dataclass
class OverviewData:
    """What the Overview draws, prepared off the GUI thread."""

    headline: Headline
    segment_table: pd.DataFrame
    rf_counts: np.ndarray
    rf_names: list[list[str]]
    recency_days: np.ndarray
    activity: Activity
    #: the file's customers and revenue against these figures (also shown on the Import page)
    totals: FileTotals


def prepare(segmentation: Segmentation, transactions: pd.DataFrame) -> OverviewData:
    """The headline figures and the four charts' data of ``segmentation``."""
    customers = segmentation.customers
    counts, names = rf_grid(customers, segmentation.settings.segment_map)
    return OverviewData(
        headline=headline(customers),
        segment_table=segment_table(customers, segment_names(segmentation.settings.segment_map)),
        rf_counts=counts,
        rf_names=names,
        recency_days=segmentation.buyers["days_since_last"].to_numpy(dtype=np.float64, na_value=np.nan),
        activity=activity_over_time(transactions, segmentation.reference_date),
        totals=file_totals(segmentation, transactions),
    )


def changes_line(segmentation: Segmentation, locale: str | None = None) -> str:
    """"Since 9 September 2011: 90 customers moved to a better segment, 50 to a worse one, 64 new",
    linked to the Changes page (rich text); without a comparison, why, and the link."""
    migration = segmentation.migration
    link = "<a href='changes'>See who moved on the Changes page</a>"
    if migration is None:
        problem = next((w.message for w in segmentation.warnings if w.kind == "comparison"), "")
        return f"{problem or 'The history is too short to compare with an earlier date.'} <a href='changes'>Changes</a>"
    text = migration.headline(format_date(migration.compare_date.date(), locale),
                              lambda n: format_number(n, 0, locale))
    return f"<b>{text[:1].upper()}{text[1:]}</b> · {link}"


class FigureCard(QFrame):
    """One headline number with a caption."""

    def __init__(self, caption: str, tooltip: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.StyledPanel)
        self.setToolTip(tooltip)
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class OverviewPage(QWidget):
    """The dashboard a shop owner sees first after an import."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.cards = {
            "customers": FigureCard("customers", "Customers with at least one purchase"),
            "revenue": FigureCard("revenue (net of returns)", "Total net spend of these customers"),
            "active_share": FigureCard("bought within the inactivity window",
                                       "Share of customers whose status is Active"),
            "at_risk_revenue": FigureCard("revenue of customers at risk or inactive",
                                          "What customers who are At Risk, Can't Lose Them, Inactive or Lost "
                                          "used to spend"),
        }
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card)
        # where the figures differ from the import report's, the reason, under them
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setStyleSheet("color: #444")
        self.totals.setToolTip("How the customers and revenue of the file add up to these figures")
        # definitions §10: who moved since the comparison date, with the way to the Changes page
        self.changes_line = QLabel()
        self.changes_line.setWordWrap(True)
        self.changes_line.setToolTip("Customers placed as they stood on the comparison date, scored with today's "
                                     "cut points; a better segment is one earlier in the segment map")
        self.changes_line.linkActivated.connect(lambda _link: session.page_requested.emit("Changes", ""))

        self.latest = QCheckBox("Reference date: latest purchase in the file")
        self.latest.setChecked(True)
        self.latest.setToolTip("Recency is counted back from this date. Untick to choose another date.")
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setEnabled(False)
        self.date_edit.setToolTip("Count recency from this day (for example the day you plan to send the mailing)")
        self.latest.toggled.connect(self._on_reference_changed)
        self.date_edit.dateChanged.connect(self._on_reference_changed)
        self.reference_label = QLabel()
        settings_row = QHBoxLayout()
        settings_row.addWidget(self.latest)
        settings_row.addWidget(self.date_edit)
        settings_row.addWidget(self.reference_label, 1)

        self.segment_chart = ChartWidget("Customers and revenue per segment", session.chart_executor, height=3.6)
        self.grid_chart = ChartWidget("Recency and frequency grid", session.chart_executor, height=3.6)
        self.recency_chart = ChartWidget("Days since last purchase", session.chart_executor, height=3.0)
        self.monthly_chart = ChartWidget("Revenue over time", session.chart_executor, height=3.0)
        grid = QGridLayout()
        grid.addWidget(self.segment_chart, 0, 0)
        grid.addWidget(self.grid_chart, 0, 1)
        grid.addWidget(self.recency_chart, 1, 0)
        grid.addWidget(self.monthly_chart, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(settings_row)
        layout.addLayout(cards)
        layout.addWidget(self.totals)
        layout.addWidget(self.changes_line)
        layout.addLayout(grid, 1)
        self._updating = False
        self.lazy = refresh_lazily(self, session.segmentation_changed, self.refresh)

    def refresh(self) -> None:
        seg, computed = self.session.segmentation, self.session.computed
        data = computed.data("overview", OverviewData) if computed is not None else None
        if seg is None or data is None:
            return
        head = data.headline
        shop = self.session.shop_info()
        currency, locale = shop.currency, shop.locale
        self.cards["customers"].value.setText(format_number(head.customers, 0, locale))
        self.cards["revenue"].value.setText(format_money(head.revenue, currency, locale, decimals=0))
        self.cards["active_share"].value.setText(format_percent(head.active_share, locale, decimals=0))
        self.cards["at_risk_revenue"].value.setText(format_money(head.at_risk_revenue, currency, locale, decimals=0))
        self.cards["at_risk_revenue"].caption.setText(
            f"revenue of {format_number(head.at_risk_customers, 0, locale)} customers at risk or inactive")
        words = data.totals.sentences(currency, locale)
        shown = words if data.totals.differ or data.totals.negative_customers else []
        self.totals.setText(" ".join(shown))
        self.totals.setVisible(bool(shown))
        self._updating = True
        ref = seg.reference_date
        if ref is not None:
            self.date_edit.setDate(QDate(ref.year, ref.month, ref.day))
        self.latest.setChecked(seg.settings.reference_date is None)
        self._updating = False
        self.reference_label.setText(
            f"  Window: inactive after {seg.settings.window_days} days"
            + (f" · {format_number(seg.excluded_after_reference, 0, locale)} rows after the reference date left out"
               if seg.excluded_after_reference else ""))
        self.changes_line.setText(changes_line(seg, locale))
        window = seg.settings.window_days
        self.segment_chart.draw(lambda fig: charts.segment_bars(fig, data.segment_table, currency, locale))
        self.grid_chart.draw(lambda fig: charts.rf_grid(fig, data.rf_counts, data.rf_names, locale))
        self.recency_chart.draw(lambda fig: charts.recency_histogram(fig, data.recency_days, window))
        self.monthly_chart.draw(lambda fig: charts.activity(fig, data.activity.frame, data.activity.period,
                                                            currency, locale))

    def _on_reference_changed(self, *_args) -> None:
        self.date_edit.setEnabled(not self.latest.isChecked())
        settings = self.session.settings
        if self._updating or settings is None:
            return
        value = None if self.latest.isChecked() else self.date_edit.date().toPython()
        if value != settings.reference_date:
            self.session.update_settings(dataclasses.replace(settings, reference_date=value))
