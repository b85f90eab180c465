"""Segments page: the segment table with help tooltips, and the segment map editor with its checker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from core.output import format_money, format_number, format_percent
from core.segmentation import segment_names, segment_table
from gui.lazy_refresh import refresh_lazily
from gui.palette import segment_swatch
from gui.segment_help import segment_tooltip
from gui.segment_map_editor import SegmentMapEditor
from gui.table_view import DataTableView

if TYPE_CHECKING:
    from core.segmentation import Segmentation
    from gui.session import Session

#: The table's column headers (translated when the page is built).
HEADERS = {
    "segment": QT_TRANSLATE_NOOP("SegmentsPage", "Segment"), "customers": QT_TRANSLATE_NOOP("SegmentsPage", "Customers"),
    "share": QT_TRANSLATE_NOOP("SegmentsPage", "% of customers"), "revenue": QT_TRANSLATE_NOOP("SegmentsPage", "Revenue"),
    "revenue_share": QT_TRANSLATE_NOOP("SegmentsPage", "% of revenue"), "avg_order_value": QT_TRANSLATE_NOOP("SegmentsPage", "Avg order"),
    "median_days_since_last": QT_TRANSLATE_NOOP("SegmentsPage", "Median days since last"),
}

#: How each score's cut points are named under the table.
DIMENSION_WORDS = {"r": QT_TRANSLATE_NOOP("SegmentsPage", "Recency (days since last purchase)"), "f": QT_TRANSLATE_NOOP("SegmentsPage", "Frequency (orders)"),
                   "m": QT_TRANSLATE_NOOP("SegmentsPage", "Money (revenue)")}
#: How the cut points were found (core.segmentation.rfm: RFMResult.methods).
METHOD_WORDS = {"quintiles": QT_TRANSLATE_NOOP("SegmentsPage", "quintiles"),
                "thresholds": QT_TRANSLATE_NOOP("SegmentsPage", "your thresholds"),
                "mixed": QT_TRANSLATE_NOOP("SegmentsPage", "mixed")}


#: The segment map's width at least, where the page has twice that (pixels).
EDITOR_WIDTH = 440


@dataclass
class SegmentsData:
    """The segment table (one row per segment of the map), prepared off the GUI thread."""

    table: pd.DataFrame


def prepare(segmentation: Segmentation, transactions: pd.DataFrame) -> SegmentsData:
    """Customers, revenue and recency per segment, in map order."""
    return SegmentsData(segment_table(segmentation.customers, segment_names(segmentation.settings.segment_map)))


class SegmentsPage(QWidget):
    """Who is in which segment, and the map that decides it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table = DataTableView()
        self.table.model().set_headers({key: self.tr(words) for key, words in HEADERS.items()})
        self.table.model().set_column_colour("segment", segment_swatch)
        self.table.model().set_column_tooltip("segment", self._tooltip)
        self.table.setToolTip(self.tr("Hover a segment name to see who they are and what to offer"))
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(self._show_help)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.help.setMinimumHeight(90)
        self.cuts = QLabel()
        self.cuts.setWordWrap(True)
        self.cuts.setTextInteractionFlags(Qt.TextSelectableByMouse)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel("<h3>" + self.tr("Segments") + "</h3>"))
        top_layout.addWidget(self.table, 3)
        top_layout.addWidget(self.help, 1)
        top_layout.addWidget(self.cuts)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(top)
        self.editor = SegmentMapEditor(session)
        splitter.addWidget(self.editor)
        splitter.setSizes([680, 440])
        # the map gets the width its names want (German and French names are longer), up to half the
        # page, until the owner moves the handle
        self.splitter = splitter
        self._handle_moved = False
        splitter.splitterMoved.connect(self._on_handle_moved)
        self.editor.width_wanted.connect(lambda _width: self._share_width())
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.lazy = refresh_lazily(self, session.segmentation_changed, self.refresh)

    def _on_handle_moved(self, _position: int, _index: int) -> None:
        self._handle_moved = True

    def _share_width(self) -> None:
        """The map as wide as it wants (``SegmentMapEditor.wanted_width``), at most half the page;
        the table the rest (its figures scroll sideways when they need more)."""
        width = self.splitter.width() - self.splitter.handleWidth()
        if self._handle_moved or width <= 0 or not self.editor.wanted_width:
            return
        editor = min(max(self.editor.wanted_width, EDITOR_WIDTH), width // 2)
        self.splitter.setSizes([width - editor, editor])    # (a move of the owner's is splitterMoved, this is not)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()

    def _tooltip(self, name: object) -> str:
        seg = self.session.segmentation
        segment = None
        if seg is not None:
            segment = next((s for s in seg.settings.segment_map if s.name == name), None)
        return segment_tooltip(str(name), segment, self.session.shop_info().words())

    def _show_help(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        model = self.table.model()
        if not current.isValid() or model.frame() is None:
            self.help.clear()
            return
        row = model.frame().iloc[model.source_row(current.row())]
        name = str(row["segment"])
        locale = self.session.shop_info().locale
        customers = int(row["customers"])
        self.help.setText(self._tooltip(name) + "<br><small>" + self.tr(
            "%1 customers, %2 of revenue.", "", customers).replace("%1", format_number(customers, 0, locale)).replace(
            "%2", format_percent(float(row["revenue_share"]), locale, decimals=0)) + "</small>")

    def refresh(self) -> None:
        seg, computed = self.session.segmentation, self.session.computed
        data = computed.data("segments", SegmentsData) if computed is not None else None
        if seg is None or data is None:
            return
        shop = self.session.shop_info()
        self.table.model().set_frame(data.table, words=shop.words())
        self.table.fit_columns(max_width=170)
        self.table.selectRow(0)
        lines = []
        for dim in ("r", "f", "m"):
            cuts = seg.cut_points.get(dim)
            method = seg.scoring_methods.get(dim, seg.scoring_method)
            if dim == "m":
                figures = [format_money(c, shop.currency, shop.locale, drop_zero_cents=True) for c in cuts or []]
            else:
                figures = [format_number(c, 2, shop.locale, trim=True) for c in cuts or []]
            text = " / ".join(figures) if cuts else self.tr("not enough different values")
            lines.append(self.tr("<b>%1</b> cut points (%2): %3").replace("%1", self.tr(DIMENSION_WORDS[dim])).replace(
                "%2", self.tr(METHOD_WORDS.get(method, method))).replace("%3", text))
        notes = [w.text(shop.words()) for w in seg.warnings]
        if notes:
            lines.append("<span style='color:#b2182b'>" + "<br>".join(notes) + "</span>")
        self.cuts.setText("<br>".join(lines))
