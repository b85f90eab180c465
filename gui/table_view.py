"""A table view for DataFrameModel: fixed row heights, header-click sorting, copy rows as TSV.

Columns are sized from their texts (``fit_columns``), a label column (a segment, status or tier
with its colour) to its whole names: German and French names are longer than English ones
("Brauchen Aufmerksamkeit"). A cell whose text is still cut short ("…") shows its whole text as
its tooltip (``WholeTextTips``; also on the owner's editable tables), unless it has one of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QHelpEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

from gui.table_model import BLOCK, DataFrameModel

#: How many of a column's longest sampled texts fit_columns measures (a wider glyph mix can make a
#: slightly shorter text wider, so not just the longest one).
MEASURED_TEXTS = 4
#: A label column (names with their colour) is sized to its whole names up to this width, whatever
#: ``fit_columns``' max_width (beyond it, a name is cut short and its tooltip says it whole).
LABEL_MAX_WIDTH = 300
_HORIZONTAL = Qt.Orientation.Horizontal


def cut_short(view: QAbstractItemView, index: QModelIndex) -> bool:
    """Whether the text of cell ``index`` is drawn cut short in ``view`` (elided, or wrapped onto
    more lines than the cell holds)."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return False
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.rect = view.visualRect(index)
    option.text = text
    option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
    if getattr(view, "wordWrap", lambda: False)():
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        side = view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
        option.decorationSize = view.iconSize() if view.iconSize().isValid() else QSize(side, side)
    style = view.style()
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    metrics = option.fontMetrics
    if option.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        inner = room.adjusted(margin, 0, -margin, 0)
        needed = metrics.boundingRect(inner.x(), inner.y(), inner.width(), 100_000,
                                      int(Qt.TextFlag.TextWordWrap), text)
        longest_word = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
        return needed.height() > room.height() or longest_word > inner.width()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return metrics.horizontalAdvance(text) + 2 * margin > room.width()


class WholeTextTips(QObject):
    """On ``view``: a cell whose text is cut short shows its whole text as its tooltip, when it has
    no tooltip of its own (an e-mail address cut to "grace.marshall80@exampl…", a long segment name)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self.view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False       # (the cell's own tooltip, as the view shows it)
        if not cut_short(self.view, index):
            return False       # (the view's own tooltip, when it has one)
        QToolTip.showText(event.globalPos(), str(index.data(Qt.ItemDataRole.DisplayRole)), self.view.viewport(),
                          self.view.visualRect(index))
        return True


class DataTableView(QTableView):
    """QTableView tuned for large DataFrames (Orange ``owtable.py`` habits)."""

    def __init__(self, model: DataFrameModel | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model or DataFrameModel(self))
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setTabKeyNavigation(False)  # Tab moves on to the next box; the arrow keys move between cells
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.hide()  # row numbers mean little once sorted, and sizing them costs a call per row
        horizontal = self.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.Interactive)
        horizontal.setDefaultSectionSize(120)
        horizontal.setStretchLastSection(True)
        horizontal.setSortIndicatorShown(True)
        horizontal.setSortIndicator(-1, Qt.AscendingOrder)
        self._copy_action = QAction(self.tr("Copy selected rows"), self)
        self._copy_action.setShortcut(QKeySequence.Copy)
        self._copy_action.setShortcutContext(Qt.WidgetShortcut)
        self._copy_action.triggered.connect(self.copy_selection)
        self.addAction(self._copy_action)
        self.whole_text_tips = WholeTextTips(self)

    def model(self) -> DataFrameModel:  # typed accessor
        return super().model()

    def selected_view_rows(self) -> list[int]:
        return sorted({index.row() for index in self.selectionModel().selectedRows()})

    def copy_selection(self) -> str:
        """Put the selected rows (all columns shown) on the clipboard as tab-separated text."""
        rows = self.selected_view_rows()
        if not rows:
            return ""
        columns = [c for c in range(self.model().columnCount()) if not self.isColumnHidden(c)]
        text = self.model().rows_as_tsv(rows, columns)
        QGuiApplication.clipboard().setText(text)
        return text

    def fit_columns(self, max_width: int = 260, sample_rows: int = BLOCK) -> None:
        """Size columns from the header and the first rows (never from all rows: stays fast), each
        to ``max_width`` at most, a label column (coloured names) to ``LABEL_MAX_WIDTH``.

        The first rows are one block of the model's cached text (formatted once, shown next); only
        the few longest texts of each column are measured, not every one."""
        model = self.model()
        metrics = self.fontMetrics()
        rows = min(model.rowCount(), sample_rows)
        for column in range(model.columnCount()):
            header = str(model.headerData(column, _HORIZONTAL))
            icon = 22 if model.has_decoration(column) else 0
            width = metrics.horizontalAdvance(header) + 30
            texts = sorted({model.text(row, column) for row in range(rows)}, key=len)[-MEASURED_TEXTS:]
            for text in texts:
                width = max(width, metrics.horizontalAdvance(text) + 24 + icon)
            self.setColumnWidth(column, min(width, max(max_width, LABEL_MAX_WIDTH) if icon else max_width))

    def contextMenuEvent(self, event) -> None:
        menu = QMenu(self)
        menu.addAction(self._copy_action)
        select_all = menu.addAction(self.tr("Select all"))
        select_all.triggered.connect(self.selectAll)
        menu.exec(event.globalPos())
