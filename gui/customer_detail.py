"""The customer detail pane: key facts, the predictions in a sentence (definitions §11), the "why"
behind each label and prediction, and the purchase history."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from core.output import format_date, format_money, format_number
from core.segmentation import explain, prediction_sentence
from gui.palette import segment_colour, status_colour, tier_colour
from gui.table_view import DataTableView
from gui.translation import window_locale

if TYPE_CHECKING:
    import pandas as pd

    from gui.session import Session

HISTORY_COLUMNS = ["date", "order_id", "amount", "is_return", "product", "category", "quantity", "unit_price",
                   "source_row"]
# The words below are translated where shown, in the context "CustomerDetail".
HISTORY_HEADERS = {"date": QT_TRANSLATE_NOOP("CustomerDetail", "Date"),
                   "order_id": QT_TRANSLATE_NOOP("CustomerDetail", "Order"),
                   "amount": QT_TRANSLATE_NOOP("CustomerDetail", "Amount"),
                   "is_return": QT_TRANSLATE_NOOP("CustomerDetail", "Return"),
                   "product": QT_TRANSLATE_NOOP("CustomerDetail", "Product"),
                   "category": QT_TRANSLATE_NOOP("CustomerDetail", "Category"),
                   "quantity": QT_TRANSLATE_NOOP("CustomerDetail", "Quantity"),
                   "unit_price": QT_TRANSLATE_NOOP("CustomerDetail", "Unit price"),
                   "source_row": QT_TRANSLATE_NOOP("CustomerDetail", "Row in file")}
#: The facts listed, in order: (label, the customer-table column(s) holding it: the first filled).
FACTS = (
    (QT_TRANSLATE_NOOP("CustomerDetail", "E-mail"), ("email",)),
    (QT_TRANSLATE_NOOP("CustomerDetail", "Country"), ("country",)),
    (QT_TRANSLATE_NOOP("CustomerDetail", "Orders"), ("orders",)),
    (QT_TRANSLATE_NOOP("CustomerDetail", "Spent in total"), ("revenue",)),
    (QT_TRANSLATE_NOOP("CustomerDetail", "Average order"), ("avg_order_value",)),
    (QT_TRANSLATE_NOOP("CustomerDetail", "First purchase"), ("first_purchase",)),
    (QT_TRANSLATE_NOOP("CustomerDetail", "Last purchase"), ("last_purchase",)),
    (QT_TRANSLATE_NOOP("CustomerDetail", "Days since last"), ("days_since_last",)),
    (QT_TRANSLATE_NOOP("CustomerDetail", "Favourite"), ("favourite_category", "favourite_product")),
)
#: A name longer than this is shown cut short ("…"), the full name in the tooltip.
NAME_CHARS = 60
#: A line may break inside a run of more characters than this without a space (a title's, a text's):
#: after "@", ".", "_" or "/" (an e-mail address, a file name), and else every so many characters.
#: Shorter words wrap whole, as words do, and are shown (and copied) as they are. (The labels wrap
#: at spaces and hyphens only: a 300-character name or product, too wide to wrap, made the pane
#: scroll sideways.)
TITLE_RUN, TITLE_PIECE = 20, 12
TEXT_RUN, TEXT_PIECE = 24, 12
#: ... and a fact's value other than the e-mail address (left whole, however long: copied, it still works)
FACT_RUN = 30
#: A zero-width space: where a line may break, seen as nothing.
_BREAK = "\u200b"
_NATURAL_BREAK = re.compile(r"(?<=[@./_])")

#: Facts that are money (shown in the shop's currency), by column.
MONEY_FACTS = ("revenue", "avg_order_value")
LABELS = {"r_score": QT_TRANSLATE_NOOP("CustomerDetail", "Recency"),
          "f_score": QT_TRANSLATE_NOOP("CustomerDetail", "Frequency"),
          "m_score": QT_TRANSLATE_NOOP("CustomerDetail", "Money"),
          "rfm_segment": QT_TRANSLATE_NOOP("CustomerDetail", "Segment"),
          "activity_status": QT_TRANSLATE_NOOP("CustomerDetail", "Status"),
          "declining": QT_TRANSLATE_NOOP("CustomerDetail", "Declining"),
          "tier": QT_TRANSLATE_NOOP("CustomerDetail", "Tier"),
          "predictions": QT_TRANSLATE_NOOP("CustomerDetail", "Predictions")}


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


def breakable(text: str, run: int = TEXT_RUN, piece: int = TEXT_PIECE) -> str:
    """``text`` with places a line may break (zero-width spaces) in each run of more than ``run``
    characters without a space: after "@", ".", "_" and "/", and in what is left longer than
    ``piece``, every ``piece`` characters. Other text as it was."""
    def split(match: re.Match) -> str:
        parts = []
        for part in _NATURAL_BREAK.split(match.group(0)):
            parts.extend(part[i:i + piece] for i in range(0, len(part), piece))
        return _BREAK.join(p for p in parts if p)
    return re.sub(r"\S{" + str(run + 1) + ",}", split, text)


def shortened(name: str, limit: int = NAME_CHARS) -> str:
    """``name``, or its first ``limit`` characters and "…" when longer."""
    return name if len(name) <= limit else name[:limit].rstrip() + "…"


class TextLabel(QLabel):
    """A word-wrapped label that remembers its height for each width until its text, font or style
    changes (the same heights Qt computes, each computed once).

    The detail's labels sit in a scroll area that fits its content to the viewport: each time it
    lays out, it asks the content's height at every width from the viewport's down to the viewport's
    less a scroll bar's, one pixel at a time (QScrollArea's loop that keeps the scroll bar from
    flipping on and off), and each answer laid the label's whole rich text out again: ~30 text
    layouts a label, twice or more per customer shown."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:
        self._heights.clear()
        super().setText(text)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setWordWrap(self, on: bool) -> None:
        self._heights.clear()
        super().setWordWrap(on)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        self._heights.clear()   # a new font, style or palette: measure again
        super().changeEvent(event)


class CustomerDetail(QWidget):
    """Shows one customer; ``show_customer(row)`` with a customer-table row (a Series) or None."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.facts = TextLabel(self.tr("Select a customer to see the details."))
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.facts.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.why = TextLabel()
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
        self.history.model().set_headers({key: self.tr(words) for key, words in HISTORY_HEADERS.items()})
        self.history_label = QLabel("<b>" + self.tr("Purchase history") + "</b>")
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
            self.facts.setText(self.tr("No customer matches these filters."))
            self.facts.setToolTip("")
            self.why.clear()
            self._show_history()
            return
        self.customer_id = str(row["customer_id"])
        self.facts.setText(self._facts_html(row))
        self.why.setText(self._why_html())
        self._show_history()

    def _facts_html(self, row: pd.Series) -> str:
        shop = self.session.shop_info()
        name = str(_value(row, "name") or " ".join(str(_value(row, c)) for c in ("first_name", "last_name")).strip())
        short = shortened(name)
        # a name cut short: the whole of it in the tooltip (rich text, so that it wraps, too)
        self.facts.setToolTip(f"<p>{html.escape(breakable(name))}</p>" if short != name else "")
        title = html.escape(breakable(f"{short} ({self.customer_id})" if name else
                                      self.tr("Customer %1").replace("%1", str(self.customer_id)),
                                      TITLE_RUN, TITLE_PIECE))
        segment = str(_value(row, "rfm_segment"))
        status = str(_value(row, "activity_status"))
        # the labels named as the tables name them (the shop's words; an owner's own name as typed),
        # each coloured by the name the settings keep
        names = shop.words()
        badges = []
        if segment:
            badges.append(f"<span style='background:{segment_colour(segment)};color:white;padding:2px'>"
                          f"&nbsp;{html.escape(names.name(segment))}&nbsp;</span>")
        if status:
            badges.append(f"<span style='background:{status_colour(status)};color:white'>"
                          f"&nbsp;{html.escape(names.name(status))}&nbsp;</span>")
        tier = _value(row, "tier")
        if tier:
            badges.append(self.tr("%1 tier").replace(
                "%1", f"<span style='background:{tier_colour(str(tier))};color:white'>&nbsp;"
                      f"{html.escape(names.name(str(tier)))}&nbsp;</span>"))
        lines = [f"<h3>{title}</h3>", " ".join(badges)]
        sentence = self.prediction_text()
        if sentence:
            lines.append(f"<p><b>{html.escape(breakable(sentence))}</b></p>")
        lines.append("<table cellspacing=3>")
        for words, columns in FACTS:
            column = next((c for c in columns if _value(row, c) != ""), columns[0])
            value = _value(row, column)
            if value == "":
                continue
            if hasattr(value, "date"):  # a Timestamp: the day as the shop writes dates ("18 January 2011")
                text = format_date(value.date(), shop.locale)
            elif isinstance(value, float) and column in MONEY_FACTS:
                text = format_money(value, shop.currency, shop.locale)
            elif isinstance(value, float):
                text = format_number(value, 2, shop.locale)
            else:
                text = str(value)
            if column != "email":   # (an address is never cut into: copied from the pane, it must still work)
                text = breakable(text, FACT_RUN)
            lines.append(f"<tr><td><i>{self.tr(words)}</i></td><td>{html.escape(text)}</td></tr>")
        lines.append("</table>")
        revenue = _value(row, "revenue")
        if isinstance(revenue, float) and revenue < 0:
            lines.append("<p style='color:#b2182b'>" + self.tr(
                "Spent less than nothing in this file (%1): the returns outweigh the purchases, usually returns of "
                "purchases made before the file starts. The segment comes from how recently and how often they "
                "bought.").replace("%1", html.escape(format_money(revenue, shop.currency, shop.locale))) + "</p>")
        return "".join(lines)

    def prediction_text(self) -> str:
        """The shown customer's predictions in a sentence, or why there are none ("" when unknown)."""
        seg = self.session.segmentation
        if seg is None or self.customer_id is None:
            return ""
        shop = self.session.shop_info()
        try:
            return prediction_sentence(seg, self.customer_id, shop.currency, shop.locale, shop.words())
        except KeyError:  # not in this segmentation (the table is being replaced)
            return ""

    def _why_html(self) -> str:
        seg = self.session.segmentation
        if seg is None or self.customer_id is None:
            return ""
        shop = self.session.shop_info()
        try:
            reasons = explain(seg, self.customer_id, shop.currency, shop.locale, shop.words())
        except KeyError:  # not in this segmentation (the table is being replaced)
            return ""
        items = []
        for key, texts in reasons.items():
            label = self.tr(LABELS[key]) if key in LABELS else key
            for text in texts:
                items.append(f"<li><b>{label}:</b> {html.escape(breakable(text))}</li>")
        return "<b>" + self.tr("Why these labels?") + "</b><ul style='margin-left:-20px'>" + "".join(items) + "</ul>"

    def _show_history(self) -> None:
        imported = self.session.imported
        model = self.history.model()
        if imported is None or self.customer_id is None:
            model.set_frame(None)
            self.history_label.setText("<b>" + self.tr("Purchase history") + "</b>")   # (no count left over)
            return
        positions = imported.history.get(self.customer_id)
        if positions is None:
            model.set_frame(None)
            self.history_label.setText("<b>" + self.tr("Purchase history") + "</b> — "
                                       + self.tr("no purchases (prospect)"))
            return
        tx = imported.result.transactions
        rows = tx.iloc[positions]
        rows = rows.iloc[::-1]  # newest first (file order is usually oldest first)
        model.set_frame(rows, [c for c in HISTORY_COLUMNS if c in rows.columns])
        self.history.fit_columns(max_width=240)
        locale = window_locale(self.session.shop_info().locale)   # (the window's sentence: its language's numbers)
        self.history_label.setText("<b>" + self.tr("Purchase history") + "</b> — " + self.tr(
            "%1 row(s)", "", len(rows)).replace("%1", format_number(len(rows), 0, locale)))
