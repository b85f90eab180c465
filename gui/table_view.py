"""A table view for DataFrameModel: fixed row heights, header-click sorting, copy rows as TSV."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from gui.table_model import BLOCK, DataFrameModel

#: How many of a column's longest sampled texts fit_columns measures (a wider glyph mix can make a
#: slightly shorter text wider, so not just the longest one).
MEASURED_TEXTS = 4
_HORIZONTAL = Qt.Orientation.Horizontal


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
        """Size columns from the header and the first rows (never from all rows: stays fast).

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
            self.setColumnWidth(column, min(width, max_width))

    def contextMenuEvent(self, event) -> None:
        menu = QMenu(self)
        menu.addAction(self._copy_action)
        select_all = menu.addAction(self.tr("Select all"))
        select_all.triggered.connect(self.selectAll)
        menu.exec(event.globalPos())
