"""The customer detail pane: key facts, the "why" behind each label, and the purchase history."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from core.output import format_money, format_number
from core.segmentation import explain
from gui.palette import segment_colour, status_colour, tier_colour
from gui.table_view import DataTableView

if TYPE_CHECKING:
    import pandas as pd

    from gui.session import Session

HISTORY_COLUMNS = ["date", "order_id", "amount", "is_return", "product", "category", "quantity", "unit_price",
                   "source_row"]
HISTORY_HEADERS = {"order_id": "Order", "is_return": "Return", "source_row": "Row in file"}
#: Facts that are money (shown in the shop's currency).
MONEY_FACTS = ("Spent in total", "Average order")
LABELS = {"r_score": "Recency", "f_score": "Frequency", "m_score": "Money", "rfm_segment": "Segment",
          "activity_status": "Status", "declining": "Declining", "tier": "Tier"}


def _value(row: pd.Series, column: str, default: object = "") -> object:
    if column not in row.index:
        return default
    value = row[column]
    try:
        if value is None or value != value:
            return default
    except (TypeError, ValueError):
        if str(value) == "<NA>":
            return default
    return value


class CustomerDetail(QWidget):
    """Shows one customer; ``show_customer(row)`` with a customer-table row (a Series) or None."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.facts = QLabel("Select a customer to see the details.")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.facts.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.why.setTextInteractionFlags(Qt.TextSelectableByMouse)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.addWidget(self.facts)
        upper_layout.addWidget(self.why)
        upper_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(upper)
        self.history = DataTableView()
        self.history.model().set_headers(HISTORY_HEADERS)
        self.history_label = QLabel("<b>Purchase history</b>")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.history_label)
        lower_layout.addWidget(self.history)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(scroll)
        splitter.addWidget(lower)
        splitter.setSizes([380, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.customer_id: str | None = None

    def show_customer(self, row: pd.Series | None) -> None:
        if row is None:
            self.customer_id = None
            self.facts.setText("No customer matches these filters.")
            self.why.clear()
            self.history.model().set_frame(None)
            return
        self.customer_id = str(row["customer_id"])
        self.facts.setText(self._facts_html(row))
        self.why.setText(self._why_html())
        self._show_history()

    def _facts_html(self, row: pd.Series) -> str:
        shop = self.session.shop_info()
        name = _value(row, "name") or " ".join(str(_value(row, c)) for c in ("first_name", "last_name")).strip()
        title = html.escape(f"{name} ({self.customer_id})" if name else f"Customer {self.customer_id}")
        segment = str(_value(row, "rfm_segment"))
        status = str(_value(row, "activity_status"))
        badges = []
        if segment:
            badges.append(f"<span style='background:{segment_colour(segment)};color:white;padding:2px'>"
                          f"&nbsp;{html.escape(segment)}&nbsp;</span>")
        if status:
            badges.append(f"<span style='background:{status_colour(status)};color:white'>&nbsp;{status}&nbsp;</span>")
        tier = _value(row, "tier")
        if tier:
            badges.append(f"<span style='background:{tier_colour(str(tier))};color:white'>&nbsp;"
                          f"{html.escape(str(tier))}&nbsp;</span> tier")
        lines = [f"<h3>{title}</h3>", " ".join(badges), "<table cellspacing=3>"]
        facts = [
            ("E-mail", _value(row, "email")), ("Country", _value(row, "country")),
            ("Orders", _value(row, "orders")), ("Spent in total", _value(row, "revenue")),
            ("Average order", _value(row, "avg_order_value")),
            ("First purchase", _value(row, "first_purchase")), ("Last purchase", _value(row, "last_purchase")),
            ("Days since last", _value(row, "days_since_last")),
            ("Favourite", _value(row, "favourite_category") or _value(row, "favourite_product")),
        ]
        for label, value in facts:
            if value == "":
                continue
            if hasattr(value, "strftime"):
                text = value.strftime("%d %b %Y")
            elif isinstance(value, float) and label in MONEY_FACTS:
                text = format_money(value, shop.currency, shop.locale)
            elif isinstance(value, float):
                text = format_number(value, 2, shop.locale)
            else:
                text = str(value)
            lines.append(f"<tr><td><i>{label}</i></td><td>{html.escape(text)}</td></tr>")
        lines.append("</table>")
        revenue = _value(row, "revenue")
        if isinstance(revenue, float) and revenue < 0:
            lines.append("<p style='color:#b2182b'>Spent less than nothing in this file ("
                         + html.escape(format_money(revenue, shop.currency, shop.locale))
                         + "): the returns outweigh the purchases, usually returns of purchases made before the "
                         "file starts. The segment comes from how recently and how often they bought.</p>")
        return "".join(lines)

    def _why_html(self) -> str:
        seg = self.session.segmentation
        if seg is None or self.customer_id is None:
            return ""
        shop = self.session.shop_info()
        try:
            reasons = explain(seg, self.customer_id, shop.currency, shop.locale)
        except KeyError:  # not in this segmentation (the table is being replaced)
            return ""
        items = []
        for key, texts in reasons.items():
            label = LABELS.get(key, key)
            for text in texts:
                items.append(f"<li><b>{label}:</b> {html.escape(text)}</li>")
        return "<b>Why these labels?</b><ul style='margin-left:-20px'>" + "".join(items) + "</ul>"

    def _show_history(self) -> None:
        imported = self.session.imported
        model = self.history.model()
        if imported is None or self.customer_id is None:
            model.set_frame(None)
            return
        positions = imported.history.get(self.customer_id)
        if positions is None:
            model.set_frame(None)
            self.history_label.setText("<b>Purchase history</b> — no purchases (prospect)")
            return
        tx = imported.result.transactions
        rows = tx.iloc[positions]
        rows = rows.iloc[::-1]  # newest first (file order is usually oldest first)
        model.set_frame(rows, [c for c in HISTORY_COLUMNS if c in rows.columns])
        self.history.fit_columns(max_width=240)
        self.history_label.setText(f"<b>Purchase history</b> — {len(rows):,} rows")
