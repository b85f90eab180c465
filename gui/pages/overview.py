"""Overview page: headline figures, the changes and predictions lines, the four main charts, and the reference date."""

from __future__ import annotations

import dataclasses
import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, QDate
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
from core.words import Words
from gui import charts
from gui.chart_canvas import ChartWidget
from gui.lazy_refresh import refresh_lazily
from gui.model_check import show_model_check
from gui.translation import window_locale

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


def changes_line(segmentation: Segmentation, locale: str | None = None, words: Words | None = None) -> str:
    """"Since 9 September 2011: 90 customers moved to a better segment, 50 to a worse one, 64 new",
    linked to the Changes page (rich text); without a comparison, why, and the link."""
    migration = segmentation.migration
    link = "<a href='changes'>" + QCoreApplication.translate("OverviewPage", "See who moved on the Changes page") + "</a>"
    if migration is None:
        problem = next((w.text(words) for w in segmentation.warnings if w.kind == "comparison"), "")
        problem = problem or QCoreApplication.translate(
            "OverviewPage", "The history is too short to compare with an earlier date.")
        return f"{problem} <a href='changes'>" + QCoreApplication.translate("Pages", "Changes") + "</a>"
    text = migration.headline(format_date(migration.compare_date.date(), locale),
                              lambda n: format_number(n, 0, locale), words)
    return f"<b>{text[:1].upper()}{text[1:]}</b> · {link}"


def predictions_line(segmentation: Segmentation, currency: str, locale: str | None = None,
                     words: Words | None = None) -> str:
    """"Predictions: about 300 of 300 customers still customers, expected to spend about £701,929 in
    the next 365 days", linked to the model check (rich text); without predictions, why."""
    predictions = segmentation.predictions
    head = "<b>" + QCoreApplication.translate("OverviewPage", "Predictions:") + "</b> "
    if predictions is None or not predictions.fitted:
        reason = (predictions.guardrail_text(words) if predictions is not None
                  else QCoreApplication.translate("OverviewPage", "no predictions were made."))
        return head + html.escape(reason or "")
    buyers = segmentation.buyers
    alive = float(np.nansum(buyers["p_alive"].to_numpy(dtype=np.float64, na_value=np.nan)))
    revenue = buyers["predicted_revenue_365d"].to_numpy(dtype=np.float64, na_value=np.nan)
    spend = format_money(float(np.nansum(revenue)), currency, locale, decimals=0) if np.isfinite(revenue).any() else None
    model = predictions.purchase_model
    if model is not None and not model.lapse_seen:   # (every one "still a customer": a count that tells nothing)
        text = head + (QCoreApplication.translate("OverviewPage", "customers expected to spend about %1 in the next 365 "
                                                  "days").replace("%1", spend) + "; " if spend is not None else "")
        text += QCoreApplication.translate("OverviewPage", "no customer seen to lapse yet, so the model cannot tell "
                                                           "who is still a customer")
    else:
        text = head + QCoreApplication.translate("OverviewPage", "about %1 of %2 customers still customers").replace(
            "%1", format_number(alive, 0, locale)).replace("%2", format_number(len(buyers), 0, locale))
        if spend is not None:
            text += QCoreApplication.translate("OverviewPage", ", expected to spend about %1 in the next 365 days"
                                               ).replace("%1", spend)
    link = QCoreApplication.translate("OverviewPage", "How reliable are the predictions?")
    caution = predictions.short_history   # (core's words, in the shop's language: a sentence of its own)
    after = "<br><i>" + html.escape((words or Words()).say(caution)) + "</i>" if caution is not None else ""
    return f"{text} · <a href='check'>{link}</a>{after}"


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
            "customers": FigureCard(self.tr("customers"), self.tr("Customers with at least one purchase")),
            "revenue": FigureCard(self.tr("revenue (net of returns)"), self.tr("Total net spend of these customers")),
            "active_share": FigureCard(self.tr("active: bought within the inactivity window, not overdue"),
                                       self.tr("Share of customers whose status is Active: they bought within the "
                                               "inactivity window and are not overdue for their usual next "
                                               "purchase (the Overdue ones bought within it too)")),
            "at_risk_revenue": FigureCard(self.tr("revenue of customers at risk or inactive"),
                                          self.tr("What customers who are At Risk, Can't Lose Them, Inactive or "
                                                  "Lost used to spend")),
        }
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card)
        # where the figures differ from the import report's, the reason, under them
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setStyleSheet("color: #444")
        self.totals.setToolTip(self.tr("How the customers and revenue of the file add up to these figures"))
        # definitions §10: who moved since the comparison date, with the way to the Changes page
        self.changes_line = QLabel()
        self.changes_line.setWordWrap(True)
        self.changes_line.setToolTip(self.tr("Customers placed as they stood on the comparison date, scored with "
                                             "today's cut points; a better segment is one earlier in the segment map"))
        self.changes_line.linkActivated.connect(lambda _link: session.page_requested.emit("Changes", ""))

        # definitions §11: the predictions in one line, with the way to the model check
        self.predictions_line = QLabel()
        self.predictions_line.setWordWrap(True)
        self.predictions_line.setToolTip(self.tr("From the purchase and spend models fitted to your own customers; "
                                                 "the link shows how well they predicted the last quarter"))
        self.predictions_line.linkActivated.connect(lambda _link: show_model_check(session, self))

        self.latest = QCheckBox(self.tr("Reference date: latest purchase in the file"))
        self.latest.setChecked(True)
        self.latest.setToolTip(self.tr("Recency is counted back from this date. Untick to choose another date."))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setEnabled(False)
        self.date_edit.setToolTip(self.tr("Count recency from this day (for example the day you plan to send the mailing)"))
        self.latest.toggled.connect(self._on_reference_changed)
        self.date_edit.dateChanged.connect(self._on_reference_changed)
        self.reference_label = QLabel()
        settings_row = QHBoxLayout()
        settings_row.addWidget(self.latest)
        settings_row.addWidget(self.date_edit)
        settings_row.addWidget(self.reference_label, 1)

        self.segment_chart = ChartWidget(self.tr("Customers and revenue per segment"), session.chart_executor, height=3.6)
        self.grid_chart = ChartWidget(self.tr("Recency and frequency grid"), session.chart_executor, height=3.6)
        self.recency_chart = ChartWidget(self.tr("Days since last purchase"), session.chart_executor, height=3.0)
        self.monthly_chart = ChartWidget(self.tr("Revenue over time"), session.chart_executor, height=3.0)
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
        layout.addWidget(self.predictions_line)
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
        currency, locale, names = shop.currency, shop.locale, shop.words()
        self.cards["customers"].value.setText(format_number(head.customers, 0, locale))
        self.cards["revenue"].value.setText(format_money(head.revenue, currency, locale, decimals=0))
        self.cards["active_share"].value.setText(format_percent(head.active_share, locale, decimals=0))
        self.cards["at_risk_revenue"].value.setText(format_money(head.at_risk_revenue, currency, locale, decimals=0))
        self.cards["at_risk_revenue"].caption.setText(
            self.tr("revenue of %1 customers at risk or inactive", "", head.at_risk_customers).replace(
                "%1", format_number(head.at_risk_customers, 0, locale)))
        words = data.totals.sentences(currency, locale, names)
        shown = words if data.totals.differ or data.totals.negative_customers else []
        self.totals.setText(" ".join(shown))
        self.totals.setVisible(bool(shown))
        self._updating = True
        ref = seg.reference_date
        if ref is not None:
            self.date_edit.setDate(QDate(ref.year, ref.month, ref.day))
        self.latest.setChecked(seg.settings.reference_date is None)
        self._updating = False
        excluded = seg.excluded_after_reference
        self.reference_label.setText(
            "  " + self.tr("Window: inactive after %1 days", "", seg.settings.window_days).replace(
                "%1", format_number(seg.settings.window_days, 0, locale))
            + (" · " + self.tr("%1 rows after the reference date left out", "", excluded).replace(
                "%1", format_number(excluded, 0, locale)) if excluded else ""))
        self.changes_line.setText(changes_line(seg, locale, names))
        self.predictions_line.setText(predictions_line(seg, currency, locale, names))
        window = seg.settings.window_days
        months = charts.month_names(window_locale(locale))   # (Qt's names, read here on the GUI thread)
        self.segment_chart.draw(lambda fig: charts.segment_bars(fig, data.segment_table, currency, locale, names))
        self.grid_chart.draw(lambda fig: charts.rf_grid(fig, data.rf_counts, data.rf_names, locale, names))
        self.recency_chart.draw(lambda fig: charts.recency_histogram(fig, data.recency_days, window))
        self.monthly_chart.draw(lambda fig: charts.activity(fig, data.activity.frame, data.activity.period,
                                                            currency, locale, months))

    def _on_reference_changed(self, *_args) -> None:
        self.date_edit.setEnabled(not self.latest.isChecked())
        settings = self.session.settings
        if self._updating or settings is None:
            return
        value = None if self.latest.isChecked() else self.date_edit.date().toPython()
        if value != settings.reference_date:
            self.session.update_settings(dataclasses.replace(settings, reference_date=value))
