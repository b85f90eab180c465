"""Changes page (definitions §10): who moved between segments since an earlier date.

"Compare with" a date (30, 90 or 365 days before the reference date, or a date picked), the
transition matrix (gui.migration_matrix) and the flow chart (gui.flow_chart); clicking a cell lists
its customers, and every path is a mailing list that can get an offer and be exported (the Offers
and Export pages list them while a comparison is on). The comparison date is a setting of the
project (``Settings.compare_to``): changing it recomputes in the session's worker.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex, QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.campaigns import migration_path
from core.output import format_date, format_money, format_number
from core.schema import NEW_SOURCE, PREVIOUS_SEGMENT
from core.segmentation import COMPARE_PRESETS, CompareTo, Migration
from gui.cell_format import PreparedFrame, prepare_frame
from gui.chart_canvas import ChartWidget
from gui.flow_chart import Flow, flow
from gui.lazy_refresh import refresh_lazily
from gui.migration_matrix import MOVE_COLOURS, SMALL_CELL, Matrix, MatrixModel, MatrixView, Show
from gui.offer_lists import list_label
from gui.palette import segment_swatch
from gui.reflow import FlowLayout
from gui.table_view import DataTableView

if TYPE_CHECKING:
    from core.segmentation import Segmentation
    from core.words import Words
    from gui.session import Session

#: The columns of the list of a cell's customers.
PATH_COLUMNS = ["customer_id", "name", "first_name", "last_name", "email", PREVIOUS_SEGMENT, "rfm_segment",
                "activity_status", "days_since_last", "orders", "revenue", "revenue_last_12m",
                "revenue_last_12m_before"]
#: The headers of the list of a cell's customers (translated when the page is built).
HEADERS = {"customer_id": QT_TRANSLATE_NOOP("ChangesPage", "Customer"), PREVIOUS_SEGMENT: QT_TRANSLATE_NOOP("ChangesPage", "Segment then"),
           "rfm_segment": QT_TRANSLATE_NOOP("ChangesPage", "Segment now"), "activity_status": QT_TRANSLATE_NOOP("ChangesPage", "Status"),
           "days_since_last": QT_TRANSLATE_NOOP("ChangesPage", "Days since last"), "revenue": QT_TRANSLATE_NOOP("ChangesPage", "Spent in total"),
           "revenue_last_12m": QT_TRANSLATE_NOOP("ChangesPage", "Last 12 months"),
           "revenue_last_12m_before": QT_TRANSLATE_NOOP("ChangesPage", "12 months before the date"),
           "name": QT_TRANSLATE_NOOP("ChangesPage", "Name"), "first_name": QT_TRANSLATE_NOOP("ChangesPage", "First name"), "last_name": QT_TRANSLATE_NOOP("ChangesPage", "Last name"),
           "email": QT_TRANSLATE_NOOP("ChangesPage", "E-mail"), "orders": QT_TRANSLATE_NOOP("ChangesPage", "Orders")}
#: The "compare with" choice that takes the date picker's date.
PICKED = 0


@dataclass
class ChangesData:
    """What the Changes page shows, prepared off the GUI thread: the migration (None without a
    comparison, with ``problem`` saying why when there is a reason), its matrix, and the buyers
    with each one's matrix cell (``cell_row``, ``cell_column``) for listing a cell's customers."""

    migration: Migration | None
    problem: str
    matrix: Matrix | None
    customers: PreparedFrame | None
    cell_row: np.ndarray
    cell_column: np.ndarray


def prepare(segmentation: Segmentation, transactions: pd.DataFrame) -> ChangesData:
    """The migration of ``segmentation`` as the page shows it."""
    migration = segmentation.migration
    problem = next((w.message for w in segmentation.warnings if w.kind == "comparison"), "")
    if migration is None:
        return ChangesData(None, problem, None, None, np.zeros(0, np.int64), np.zeros(0, np.int64))
    matrix = Matrix.of(migration)
    buyers = segmentation.buyers.copy()
    buyers["revenue_last_12m_before"] = migration.revenue_before.loc[buyers.index]
    before = buyers[PREVIOUS_SEGMENT].astype("object").where(buyers[PREVIOUS_SEGMENT].notna(), NEW_SOURCE)
    row_of = {name: i for i, name in enumerate(matrix.rows)}
    column_of = {name: j for j, name in enumerate(matrix.columns)}
    cell_row = before.map(row_of).fillna(-1).to_numpy(dtype=np.int64)
    cell_column = buyers["rfm_segment"].astype("object").map(column_of).fillna(-1).to_numpy(dtype=np.int64)
    return ChangesData(migration, problem if migration.customers_before == 0 else "", matrix,
                       prepare_frame(buyers, [c for c in PATH_COLUMNS if c in buyers.columns]), cell_row, cell_column)


def flow_of(migration: Migration, matrix: Matrix, locale: str, words: Words | None = None) -> Flow:
    """The flow chart's data: both bars' blocks best first ("(new)" last on the left), every path;
    the segments named in the shop's ``words``."""
    left = [(name, int(matrix.counts[i].sum())) for i, name in enumerate(matrix.rows) if matrix.counts[i].sum()]
    right = [(name, int(matrix.counts[:, j].sum())) for j, name in enumerate(matrix.columns) if matrix.counts[:, j].sum()]
    paths = [(matrix.rows[i], matrix.columns[j], int(matrix.counts[i, j]))
             for i in range(len(matrix.rows)) for j in range(len(matrix.columns)) if matrix.counts[i, j]]
    then, now = migration.compare_date.date(), migration.reference_date.date()
    return Flow(left, right, paths, NEW_SOURCE, format_date(then, locale), format_date(now, locale),
                (format_date(then, locale, long=False), format_date(now, locale, long=False)),
                {} if words is None else {name: words.name(name) for name in (*matrix.rows, *matrix.columns)})


class ChangesPage(QWidget):
    """Who moved from which segment to which since the comparison date."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.compare = QComboBox()
        for days in COMPARE_PRESETS:
            self.compare.addItem(self.tr("%1 days before the reference date", "", days).replace("%1", str(days)), days)
        self.compare.addItem(self.tr("a date of your choice"), PICKED)
        self.compare.setToolTip(self.tr("Place every customer as they stood on this earlier date, scored with "
                                        "today's cut points, and see who moved"))
        self.compare.currentIndexChanged.connect(self._on_compare)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setToolTip(self.tr("The earlier date to compare with (before the reference date)"))
        self.date_edit.dateChanged.connect(lambda _d: None if self._updating else self._date_timer.start())
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(400)
        self._date_timer.timeout.connect(self._on_date)
        self.show_combo = QComboBox()
        for show in Show:
            self.show_combo.addItem(show.label(), show)
        self.show_combo.setToolTip(self.tr("What each cell of the table shows"))
        self.show_combo.currentIndexChanged.connect(
            lambda _i: self.model.set_show(Show(self.show_combo.currentData())))
        controls = FlowLayout(spacing=10)
        for label, widget in ((self.tr("Compare with"), self.compare), ("", self.date_edit),
                              (self.tr("Cells show"), self.show_combo)):
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            if label:
                row.addWidget(QLabel(label))
            row.addWidget(widget)
            controls.addWidget(box)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.model = MatrixModel(self)
        self.table = MatrixView(self.model)
        self.table.setToolTip(self.tr("Rows: the segment on the comparison date; columns: the segment now. Click a "
                                      "cell to list its customers."))
        self.table.selectionModel().currentChanged.connect(self._on_cell)
        self.table.clicked.connect(self._on_cell)
        legend = QLabel(" · ".join(f"<span style='background:{MOVE_COLOURS[move][1]}'>&nbsp;&nbsp;&nbsp;</span> {words}"
                                   for move, words in zip(MOVE_COLOURS, (self.tr("to a better segment"),
                                                                          self.tr("to a worse one"), self.tr("stayed"),
                                                                          self.tr("new")), strict=True))
                        + " · " + self.tr("pale: fewer than %1 customers").replace("%1", str(SMALL_CELL)))
        legend.setWordWrap(True)

        self.path_heading = QLabel(self.tr("Click a cell of the table to list its customers."))
        self.path_heading.setWordWrap(True)
        self.offer_button = QPushButton(self.tr("Write an offer for this list"))
        self.offer_button.setToolTip(self.tr("Open this path's list on the Offers page"))
        self.offer_button.clicked.connect(lambda: self._open_list("Offers"))
        self.export_button = QPushButton(self.tr("Export this list…"))
        self.export_button.setToolTip(self.tr("Open the Export page with only this path's list ticked"))
        self.export_button.clicked.connect(lambda: self._open_list("Export"))
        buttons = FlowLayout()
        buttons.addWidget(self.offer_button)
        buttons.addWidget(self.export_button)
        self.customers = DataTableView()
        self.customers.model().set_headers({key: self.tr(words) for key, words in HEADERS.items()})
        self.customers.model().set_column_colour(PREVIOUS_SEGMENT, segment_swatch)
        self.customers.model().set_column_colour("rfm_segment", segment_swatch)
        self.customers.setMinimumHeight(90)
        matrix_box = QWidget()
        matrix_layout = QVBoxLayout(matrix_box)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        matrix_layout.addWidget(self.table, 1)
        matrix_layout.addWidget(legend)
        path_box = QWidget()
        path_layout = QVBoxLayout(path_box)
        path_layout.setContentsMargins(0, 0, 0, 0)
        path_layout.addWidget(self.path_heading)
        path_layout.addLayout(buttons)
        path_layout.addWidget(self.customers, 1)
        left = QSplitter(Qt.Vertical)
        left.setChildrenCollapsible(False)
        left.addWidget(matrix_box)
        left.addWidget(path_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        self.chart = ChartWidget(self.tr("Where customers went"), session.chart_executor, height=4.2)
        self.chart.setMinimumWidth(280)
        main = QSplitter(Qt.Horizontal)
        main.setChildrenCollapsible(False)
        main.addWidget(left)
        main.addWidget(self.chart)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 2)
        self.left, self.main = left, main

        layout = QVBoxLayout(self)
        title = QLabel("<h3>" + self.tr("Changes") + "</h3>")
        title.setToolTip(self.tr("Every customer as they stood on an earlier date, scored with today's cut points: "
                                 "who moved to a better segment, who slipped, and who is new"))
        layout.addWidget(title)
        layout.addLayout(controls)
        layout.addWidget(self.headline)
        layout.addWidget(main, 1)
        self.data: ChangesData | None = None
        self._path: tuple[str | None, str] | None = None
        self._updating = False
        self._set_path(None)
        self.lazy = refresh_lazily(self, session.segmentation_changed, self.refresh)

    # ---- showing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        seg, computed = self.session.segmentation, self.session.computed
        data = computed.data("changes", ChangesData) if computed is not None else None
        if seg is None or data is None:
            return
        self.data = data
        shop = self.session.shop_info()
        words = shop.words()
        problem = (next((w.text(words) for w in seg.warnings if w.message == data.problem), data.problem)
                   if data.problem else "")
        self._show_choice(seg)
        migration, matrix = data.migration, data.matrix
        self.model.set_matrix(matrix, shop.currency, shop.locale, words)
        self._fit_matrix()
        self.customers.model().set_frame(data.customers, words=words)
        if migration is None or matrix is None:
            self.headline.setText(problem or self.tr("Choose a date to compare with."))
            self.chart.draw(lambda figure: flow(figure, None))
            self._set_path(None)
            return
        when = format_date(migration.compare_date.date(), shop.locale)
        text = migration.headline(when, lambda n: format_number(n, 0, shop.locale), words)
        # one sentence, in the shop's language like the headline before it
        stayed = migration.stayed_text(lambda n: format_number(n, 0, shop.locale), words)
        self.headline.setText(f"<b>{text[:1].upper()}{text[1:]}</b>; {html.escape(stayed)}"
                              + (f"<br>{problem}" if problem else ""))
        chart = flow_of(migration, matrix, shop.locale, words)   # names on the bars; counts only when narrow
        self.chart.draw(lambda figure: flow(figure, chart, shop.locale))
        if self._path is not None and self._path[0] in (*matrix.rows, None) and self._path[1] in matrix.columns:
            self.select_path(*self._path)
        else:
            self._set_path(None)

    def _fit_matrix(self) -> None:
        """Give the matrix the room to show every cell, as far as the page has it: the chart and the
        list of a cell's customers keep their smallest sizes, the matrix scrolls beyond that."""
        wanted = self.table.sizeHint()
        self.table.updateGeometry()
        width, height = self.main.width(), self.left.height()
        if width > 0:
            matrix = max(min(wanted.width() + 8, width - self.chart.minimumWidth()), 1)
            self.main.setSizes([matrix, width - matrix])
        if height > 0:
            matrix = max(min(wanted.height() + 40, height - 150), 1)
            self.left.setSizes([matrix, height - matrix])

    def _show_choice(self, seg: Segmentation) -> None:
        """The combo and the date picker as the settings have them (their signals held back: showing
        a choice is not making one, and a date the picker cannot show must not become one)."""
        self._updating = True
        blockers = [QSignalBlocker(self.compare), QSignalBlocker(self.date_edit)]
        try:
            compare = seg.settings.compare_to
            if seg.reference_date is not None:
                last = seg.reference_date.date() - dt.timedelta(days=1)
                self.date_edit.setMaximumDate(QDate(last.year, last.month, last.day))
            days = compare.days_before if compare is not None and compare.days_before else PICKED
            index = self.compare.findData(days)
            self.compare.setCurrentIndex(index if index >= 0 else self.compare.findData(PICKED))
            shown = seg.migration.compare_date.date() if seg.migration is not None else (
                compare.date if compare is not None and compare.date is not None else None)
            if shown is not None:
                self.date_edit.setDate(QDate(shown.year, shown.month, shown.day))
            self.date_edit.setEnabled(self.compare.currentData() == PICKED)
        finally:
            for blocker in blockers:
                blocker.unblock()
            self._updating = False

    def select_cell(self, row: int, column: int) -> None:
        """Select a cell of the matrix and list its customers."""
        self.table.setCurrentIndex(self.model.index(row, column))

    def select_path(self, before: str | None, after: str) -> None:
        """Select the cell of the path ``before`` (None: new customers) → ``after``."""
        matrix = self.data.matrix if self.data is not None else None
        if matrix is None:
            return
        rows = [None if r == NEW_SOURCE else r for r in matrix.rows]
        if before in rows and after in matrix.columns:
            self.select_cell(rows.index(before), matrix.columns.index(after))

    def _on_cell(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        data = self.data
        if data is None or data.matrix is None or not index.isValid():
            return
        i, j = index.row(), index.column()
        self.customers.model().set_row_filter((data.cell_row == i) & (data.cell_column == j))
        self.customers.fit_columns(max_width=180)
        self._set_path(data.matrix.ends(i, j))

    def _set_path(self, path: tuple[str | None, str] | None) -> None:
        self._path = path
        data = self.data
        has = path is not None and data is not None and data.matrix is not None
        count = int(self.customers.model().rowCount()) if has else 0
        self.offer_button.setEnabled(has and count > 0)
        self.export_button.setEnabled(has and count > 0)
        if not has or data is None or data.matrix is None or data.migration is None or path is None:
            self.customers.model().set_row_filter(np.zeros(len(data.cell_row), dtype=bool) if data is not None
                                                  else None)
            self.path_heading.setText(self.tr("Click a cell of the table to list its customers."))
            return
        shop = self.session.shop_info()
        i = data.matrix.rows.index(path[0]) if path[0] is not None else len(data.matrix.rows) - 1
        money = float(data.matrix.revenue[i, data.matrix.columns.index(path[1])])
        when = format_date(data.migration.compare_date.date(), shop.locale)
        number = format_number(count, 0, shop.locale)
        if path[0] is not None:
            words = self.tr("%1 customers; they spent %2 in the 12 months before %3", "", count).replace(
                "%1", number).replace("%2", format_money(money, shop.currency, shop.locale, decimals=0))
        else:
            words = self.tr("%1 customers, who first bought after %3", "", count).replace("%1", number)
        name = list_label(migration_path(*path), shop.words())
        self.path_heading.setText(f"<b>{name}</b>: " + words.replace("%3", when))

    def current_list_key(self) -> str:
        """The MailingList.key of the selected path ("" when none is selected)."""
        return migration_path(*self._path).key if self._path is not None else ""

    def _open_list(self, page: str) -> None:
        if self._path is not None:
            self.session.page_requested.emit(page, self.current_list_key())

    # ---- choosing the date ----------------------------------------------------------------------
    def _on_compare(self, _index: int) -> None:
        days = self.compare.currentData()
        self.date_edit.setEnabled(days == PICKED)
        if self._updating:
            return
        if days == PICKED:
            self._on_date()
        else:
            self.session.set_comparison(CompareTo(days_before=int(days)))

    def _on_date(self) -> None:
        if self._updating or self.compare.currentData() != PICKED:
            return
        self.session.set_comparison(CompareTo(date=self.date_edit.date().toPython()))
