"""Overview page: headline figures and the four main charts, plus the reference date."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QDate, QLocale
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

from gui import charts
from gui.chart_canvas import ChartWidget
from gui.lazy_refresh import refresh_lazily


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

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        locale = QLocale()
        self.locale = locale
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

        self.segment_chart = ChartWidget("Customers and revenue per segment", height=3.6)
        self.grid_chart = ChartWidget("Recency and frequency grid", height=3.6)
        self.recency_chart = ChartWidget("Days since last purchase", height=3.0)
        self.monthly_chart = ChartWidget("Monthly revenue", height=3.0)
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
        layout.addLayout(grid, 1)
        self._updating = False
        self.lazy = refresh_lazily(self, session.segmentation_changed, self.refresh)

    def refresh(self) -> None:
        seg, views = self.session.segmentation, self.session.views
        if seg is None or views is None:
            return
        head = views.headline
        loc = self.locale
        symbol = getattr(seg.settings, "currency_symbol", "") or ""
        self.cards["customers"].value.setText(loc.toString(int(head["customers"])))
        self.cards["revenue"].value.setText(symbol + loc.toString(float(head["revenue"]), "f", 0))
        self.cards["active_share"].value.setText(loc.toString(float(head["active_share"]), "f", 0) + " %")
        self.cards["at_risk_revenue"].value.setText(symbol + loc.toString(float(head["at_risk_revenue"]), "f", 0))
        self.cards["at_risk_revenue"].caption.setText(
            f"revenue of {head['at_risk_customers']:,} customers at risk or inactive")
        self._updating = True
        ref = seg.reference_date
        if ref is not None:
            self.date_edit.setDate(QDate(ref.year, ref.month, ref.day))
        self.latest.setChecked(seg.settings.reference_date is None)
        self._updating = False
        self.reference_label.setText(
            f"  Window: inactive after {seg.settings.window_days} days"
            + (f" · {seg.excluded_after_reference:,} rows after the reference date left out"
               if seg.excluded_after_reference else ""))
        window = seg.settings.window_days
        self.segment_chart.draw(lambda fig: charts.segment_bars(fig, views.segment_table))
        self.grid_chart.draw(lambda fig: charts.rf_grid(fig, views.rf_counts, views.rf_names))
        self.recency_chart.draw(lambda fig: charts.recency_histogram(fig, views.recency_days, window))
        self.monthly_chart.draw(lambda fig: charts.monthly(fig, views.monthly))

    def _on_reference_changed(self, *_args) -> None:
        self.date_edit.setEnabled(not self.latest.isChecked())
        if self._updating or self.session.settings is None:
            return
        value = None if self.latest.isChecked() else self.date_edit.date().toPython()
        if value != self.session.settings.reference_date:
            self.session.update_settings(dataclasses.replace(self.session.settings, reference_date=value))
