"""Customers page: the whole customer table with the predictions of definitions §11, search and
combinable filters, and a detail pane; why the predictions are empty above the table, and the way
to "How reliable are the predictions?" (gui.model_check)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.output import format_number
from core.schema import PROSPECT, STATUSES
from core.segmentation import OTHER, line_names, segment_names
from gui.cell_format import PreparedFrame, prepare_frame
from gui.customer_detail import CustomerDetail
from gui.customer_filters import CHOICE_COLUMNS, RANGE_COLUMNS, CustomerFilter, choice_values
from gui.lazy_refresh import refresh_lazily
from gui.model_check import LINK_TEXT, show_model_check
from gui.page_columns import PREDICTION_HEADERS, customer_columns
from gui.palette import segment_swatch, status_swatch, tier_swatch
from gui.reflow import FlowLayout
from gui.segment_help import add_label_tooltips
from gui.table_view import DataTableView

if TYPE_CHECKING:
    from core.segmentation import Segmentation
    from gui.session import Session

HEADERS = {"customer_id": "Customer", "rfm_segment": "Segment", "activity_status": "Status",
           "days_since_last": "Days since last", "revenue": "Spent in total", "avg_order_value": "Average order",
           "typical_gap_days": "Usual gap (days)", "revenue_last_12m": "Last 12 months",
           "revenue_prev_12m": "12 months before", "amount_to_next_tier": "To next tier",
           "r_score": "R", "f_score": "F", "m_score": "M", **PREDICTION_HEADERS}
#: Range filters shown only when their column has values (the predictions may be empty).
PREDICTION_RANGES = ("p_alive", "predicted_revenue_365d")
#: The colour of the line that says why the predictions are empty.
NOTE_STYLE = "background: #fff4ce; color: #5c4400; padding: 4px"


@dataclass
class CustomersData:
    """The whole customer table ready for the view, and the values each choice filter offers
    (most common first), prepared off the GUI thread."""

    table: PreparedFrame
    choices: dict[str, list[str]]
    #: the file's product and category names with their rows (for the charge-lines editor)
    line_names: pd.DataFrame


def prepare(segmentation: Segmentation, transactions: pd.DataFrame) -> CustomersData:
    """The customer table with the columns an owner looks at first in front, and the filters' values
    (segments in the map's order, statuses from Active to Lost, tiers from the lowest)."""
    customers = segmentation.customers
    order = {"rfm_segment": segment_names(segmentation.settings.segment_map) + [OTHER],
             "activity_status": [*reversed(STATUSES), PROSPECT], "tier": segmentation.tier_names}
    return CustomersData(prepare_frame(customers, customer_columns(customers)),
                         {column: choice_values(customers, column, order=order.get(column, ()))
                          for column in CHOICE_COLUMNS}, line_names(transactions))


def _number(text: str) -> float | None:
    text = text.strip().replace(",", "")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return None


class CustomersPage(QWidget):
    """Every customer, filterable with AND-combined conditions."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.search = QLineEdit()
        self.search.setPlaceholderText("Find a customer by id, name, e-mail or phone (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.choices: dict[str, QComboBox] = {}
        self.choice_labels: dict[str, QLabel] = {}
        self.ranges: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        self.range_spans: dict[str, QWidget] = {}
        # the filters wrap onto more lines on a narrow screen (gui.reflow)
        grid = FlowLayout()
        for column, label in CHOICE_COLUMNS.items():
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.setToolTip(f"Show only customers with this {label.lower()}")
            combo.currentIndexChanged.connect(self.apply_filter)
            self.choices[column] = combo
            self.choice_labels[column] = QLabel(label)
            choice = QWidget()
            choice_layout = QVBoxLayout(choice)
            choice_layout.setContentsMargins(0, 0, 0, 0)
            choice_layout.setSpacing(2)
            choice_layout.addWidget(self.choice_labels[column])
            choice_layout.addWidget(combo)
            grid.addWidget(choice)
        ranges = FlowLayout(spacing=12)
        for column, label in RANGE_COLUMNS.items():
            low, high = QLineEdit(), QLineEdit()
            for edit, word in ((low, "from"), (high, "to")):
                edit.setPlaceholderText(word)
                edit.setMaximumWidth(80)
                edit.setToolTip(f"{label}: {word} this value (leave empty for no limit)")
                edit.textChanged.connect(lambda _t: self._timer.start())
            self.ranges[column] = (low, high)
            span = QWidget()
            span_layout = QHBoxLayout(span)
            span_layout.setContentsMargins(0, 0, 0, 0)
            span_layout.addWidget(QLabel(label + ":"))
            span_layout.addWidget(low)
            span_layout.addWidget(high)
            self.range_spans[column] = span
            ranges.addWidget(span)
        self.declining = QCheckBox("Declining")
        self.declining.toggled.connect(self.apply_filter)
        self.close_to_tier = QCheckBox("Close to next tier")
        self.close_to_tier.toggled.connect(self.apply_filter)
        clear = QPushButton("Clear filters")
        clear.clicked.connect(self.clear_filters)
        self.charges_button = QPushButton("Charge lines…")
        self.charges_button.setToolTip("Postage, fees, adjustments and the like count in what customers spent, "
                                       "but are never their favourite product: edit that list")
        self.charges_button.clicked.connect(self.edit_charge_lines)
        ranges.addWidget(self.declining)
        ranges.addWidget(self.close_to_tier)
        ranges.addWidget(clear)
        self.count = QLabel()
        # definitions §11: where the prediction columns would be, why they are empty
        self.predictions_note = QLabel()
        self.predictions_note.setWordWrap(True)
        self.predictions_note.setStyleSheet(NOTE_STYLE)
        self.predictions_note.setVisible(False)
        self.check_link = QLabel(f"<a href='check'>{LINK_TEXT}</a>")
        self.check_link.setToolTip("The predictions tried out on the last quarter of your history")
        self.check_link.linkActivated.connect(lambda _link: show_model_check(session, self))
        self.table = DataTableView()
        model = self.table.model()
        model.set_headers(HEADERS)
        model.set_column_colour("rfm_segment", segment_swatch)
        model.set_column_colour("activity_status", status_swatch)
        model.set_column_colour("tier", tier_swatch)
        add_label_tooltips(model, session)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.detail = CustomerDetail(session)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([760, 380])
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel("<h3>Customers</h3>"))
        top.addWidget(self.search, 1)
        top.addWidget(self.charges_button)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addLayout(ranges)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count, 1)
        count_row.addWidget(self.check_link)
        layout.addLayout(count_row)
        layout.addWidget(self.predictions_note)
        layout.addWidget(splitter, 1)
        self.lazy = refresh_lazily(self, session.segmentation_changed, self.load)

    def edit_charge_lines(self) -> None:
        """The charge-lines editor (gui.charge_lines_dialog); its list is applied and recomputed."""
        from gui.charge_lines_dialog import ChargeLinesDialog  # noqa: PLC0415 - loads when first asked for

        settings, computed = self.session.settings, self.session.computed
        if settings is None:
            return
        data = computed.data("customers", CustomersData) if computed is not None else None
        dialog = ChargeLinesDialog(list(settings.charge_lines), data.line_names if data is not None else None,
                                   self.session.shop_info().locale, self)
        if dialog.exec():
            entries = dialog.entries()
            if entries != settings.charge_lines:
                self.session.update_settings(dataclasses.replace(settings, charge_lines=entries))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def load(self) -> None:
        seg, computed = self.session.segmentation, self.session.computed
        data = computed.data("customers", CustomersData) if computed is not None else None
        if seg is None or data is None:
            return
        for column, combo in self.choices.items():
            current = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("Any", "")
            values = data.choices.get(column, [])
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current != "Any" else 0)
            combo.setVisible(bool(values))
            self.choice_labels[column].setVisible(bool(values))
            combo.parentWidget().setVisible(bool(values))
            combo.blockSignals(False)
        self.table.model().set_frame(data.table)
        self.table.fit_columns(max_width=180)
        self.show_predictions_state(seg)
        self.apply_filter()

    def show_predictions_state(self, seg: Segmentation) -> None:
        """Why the prediction columns are (partly) empty, the link to the model check, and the
        prediction filters only where there are values to filter."""
        predictions = seg.predictions
        reason = "No predictions were made." if predictions is None else predictions.guardrail
        self.predictions_note.setText(f"<b>Predictions:</b> {reason}" if reason else "")
        self.predictions_note.setVisible(bool(reason))
        self.check_link.setVisible(predictions is not None and predictions.fitted)
        for column in PREDICTION_RANGES:
            filled = column in seg.customers.columns and bool(seg.customers[column].notna().any())
            self.range_spans[column].setVisible(filled)
            if not filled:
                for edit in self.ranges[column]:
                    edit.clear()

    def current_filter(self) -> CustomerFilter:
        seg = self.session.segmentation
        close = None
        if self.close_to_tier.isChecked() and seg is not None:
            close = seg.close_to_next_tier.to_numpy(dtype=bool)
        return CustomerFilter(
            search=self.search.text(),
            choices={c: combo.currentData() or "" for c, combo in self.choices.items()},
            ranges={c: (_number(lo.text()), _number(hi.text())) for c, (lo, hi) in self.ranges.items()},
            declining_only=self.declining.isChecked(),
            close_to_next_tier=close,
        )

    def apply_filter(self, *_args: object) -> None:
        model = self.table.model()
        frame = model.frame()
        if frame is None:
            return
        wanted = self.current_filter()
        model.set_row_filter(None if wanted.is_empty() else wanted.mask(frame))
        shown, total = model.rowCount(), len(frame)
        locale = self.session.shop_info().locale
        self.count.setText(f"Showing {format_number(shown, 0, locale)} of {format_number(total, 0, locale)} customers"
                           if shown != total else f"{format_number(total, 0, locale)} customers")
        if shown:
            self.table.selectRow(0)
        else:
            self.detail.show_customer(None)

    def clear_filters(self) -> None:
        for widget in [self.search] + [e for pair in self.ranges.values() for e in pair]:
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        for combo in self.choices.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for box in (self.declining, self.close_to_tier):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.apply_filter()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        model = self.table.model()
        if not current.isValid() or model.frame() is None:
            return
        self.detail.show_customer(model.frame().iloc[model.source_row(current.row())])
