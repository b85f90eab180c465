"""The Changes page's transition matrix: previous segment (rows, "(new)" last) × current segment
(columns), prepared off the GUI thread (``Matrix``) and shown by a small table model whose cells are
text and colours made once per refresh (constant work per cell).

Colours (definitions §10: "better" is earlier in the segment map): green for moving to a better
segment, red for a worse one, grey for staying, blue for new customers; the larger the cell's share
of its row, the stronger the colour. Cells of fewer than ``SMALL_CELL`` customers are pale, with grey
text: too few customers to read much into.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyleOptionHeader, QTableView, QWidget

from core.output import format_compact, format_number, format_percent
from core.schema import NEW_SOURCE
from core.segmentation import Migration, Move

if TYPE_CHECKING:
    from core.words import Words

#: A cell with fewer customers than this is greyed: too few to read much into.
SMALL_CELL = 5
#: (pale, strong) background per move; a cell's colour runs between them with its row share.
MOVE_COLOURS = {Move.BETTER: ("#e5f5e0", "#74c476"), Move.WORSE: ("#fde0dd", "#f4877b"),
                Move.SAME: ("#f2f2f2", "#bdbdbd"), Move.NEW: ("#e1effa", "#6baed6")}
SMALL_BACKGROUND = "#fafafa"
SMALL_TEXT = "#9a9a9a"
_TOP = QModelIndex()
# Roles as constants: the view asks data() for every role of every cell it paints, and PySide's
# shortcut lookup (``Qt.DisplayRole``) costs ~15 µs a time (gui.table_model says more).
_DISPLAY = Qt.ItemDataRole.DisplayRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_HORIZONTAL = Qt.Orientation.Horizontal


class Show(StrEnum):
    """What the matrix's cells show."""

    CUSTOMERS = "Customers"
    ROW_SHARE = "% of the row"
    REVENUE = "Revenue at stake"

    def label(self) -> str:
        """The choice as the Changes page's "Cells show" box names it, in the window's language."""
        return QCoreApplication.translate("MatrixModel", _SHOW_WORDS[self])


_SHOW_WORDS = {Show.CUSTOMERS: QT_TRANSLATE_NOOP("MatrixModel", "Customers"),
               Show.ROW_SHARE: QT_TRANSLATE_NOOP("MatrixModel", "% of the row"),
               Show.REVENUE: QT_TRANSLATE_NOOP("MatrixModel", "Revenue at stake")}


@dataclass(frozen=True)
class Matrix:
    """The matrix of a Migration: ``rows`` (previous segments, then NEW_SOURCE) × ``columns``
    (current segments), both in the map's order among the segments anyone held on either date;
    per cell the customers, the revenue at stake (their revenue_last_12m on the comparison date)
    and the Move."""

    rows: list[str]
    columns: list[str]
    counts: np.ndarray
    revenue: np.ndarray
    moves: list[list[Move]]

    @classmethod
    def of(cls, migration: Migration) -> Matrix:
        table = migration.table
        held = set(table["to_segment"]) | {s for s in table["from_segment"] if s}
        names = [s for s in migration.order if s in held]
        rows = names + ([NEW_SOURCE] if (table["from_segment"] == "").any() else [])
        counts = np.zeros((len(rows), len(names)), dtype=np.int64)
        revenue = np.zeros((len(rows), len(names)))
        for before, after, customers, money in table.itertuples(index=False):
            i, j = rows.index(before or NEW_SOURCE), names.index(after)
            counts[i, j], revenue[i, j] = customers, money
        moves = [[migration.move(None if r == NEW_SOURCE else r, c) for c in names] for r in rows]
        return cls(rows, names, counts, revenue, moves)

    def ends(self, row: int, column: int) -> tuple[str | None, str]:
        """The (previous segment or None for new customers, current segment) of a cell."""
        before = self.rows[row]
        return (None if before == NEW_SOURCE else before), self.columns[column]

    def row_share(self) -> np.ndarray:
        totals = self.counts.sum(axis=1, keepdims=True)
        return np.divide(self.counts, totals, out=np.zeros(self.counts.shape), where=totals > 0)


def _mix(pale: str, strong: str, share: float) -> QColor:
    a, b = QColor(pale), QColor(strong)
    t = min(max(share, 0.0), 1.0) ** 0.6
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


class MatrixModel(QAbstractTableModel):
    """The matrix as a table: text, colours and tooltips made in ``set_matrix`` / ``set_show``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self.show = Show.CUSTOMERS
        self._text: list[list[str]] = []
        self._background: list[list[QColor]] = []
        self._foreground: list[list[QColor | None]] = []
        self._tips: list[list[str]] = []
        self._row_labels: list[str] = []
        self._money: tuple[str, str] = ("GBP", "en_GB")
        self._words: Words | None = None
        self._shown: dict[str, str] = {}

    def set_matrix(self, matrix: Matrix | None, currency: str, locale: str, words: Words | None = None) -> None:
        """Show ``matrix``, its segments named in the shop's ``words`` (the matrix keeps the English names)."""
        self.beginResetModel()
        self.matrix, self._money, self._words = matrix, (currency, locale), words
        self._make()
        self.endResetModel()

    def set_show(self, show: Show) -> None:
        self.beginResetModel()
        self.show = show
        self._make()
        self.endResetModel()

    def _make(self) -> None:
        m = self.matrix
        self._text, self._background, self._foreground, self._tips, self._row_labels = [], [], [], [], []
        if m is None:
            return
        currency, locale = self._money
        names = self._words
        # (the new customers' row too: "(neu)", core's word for them in the shop's language)
        self._shown = {name: name if names is None else names.name(name) for name in (*m.rows, *m.columns)}
        share = m.row_share()
        for i, row_name in enumerate(m.rows):
            row = self._shown[row_name]
            total = int(m.counts[i].sum())
            self._row_labels.append(f"{row} ({format_number(total, 0, locale)})")
            texts, backs, fores, tips = [], [], [], []
            for j, column_name in enumerate(m.columns):
                column = self._shown[column_name]
                count, money, move = int(m.counts[i, j]), float(m.revenue[i, j]), m.moves[i][j]
                small = 0 < count < SMALL_CELL
                if count == 0:
                    texts.append("")
                elif self.show == Show.ROW_SHARE:
                    texts.append(format_percent(100 * share[i, j], locale, decimals=0))
                elif self.show == Show.REVENUE:
                    texts.append(format_compact(money, currency, locale))
                else:
                    texts.append(format_number(count, 0, locale))
                pale, strong = MOVE_COLOURS[move]
                backs.append(QColor("white") if count == 0 else QColor(SMALL_BACKGROUND) if small
                             else _mix(pale, strong, float(share[i, j])))
                fores.append(QColor(SMALL_TEXT) if small else None)
                words = {Move.BETTER: self.tr("moved to a better segment"),
                         Move.WORSE: self.tr("moved to a worse segment"), Move.SAME: self.tr("stayed"),
                         Move.NEW: self.tr("new since the comparison date")}[move]
                tip = self.tr("%1 customers (%2 of the row), %3; revenue at stake %4", "", count)
                tips.append(f"<b>{row} → {column}</b>: " + tip.replace("%1", format_number(count, 0, locale)).replace(
                    "%2", format_percent(100 * share[i, j], locale, decimals=0)).replace("%3", words).replace(
                    "%4", format_compact(money, currency, locale))
                            + ("<br><i>" + self.tr("Few customers: read little into it.") + "</i>" if small else "")
                            + ("<br>" + self.tr("Click to list them.") if count else ""))
            self._text.append(texts)
            self._background.append(backs)
            self._foreground.append(fores)
            self._tips.append(tips)

    def rowCount(self, parent: QModelIndex = _TOP) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.rows)

    def columnCount(self, parent: QModelIndex = _TOP) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.columns)

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if not index.isValid() or self.matrix is None:
            return None
        i, j = index.row(), index.column()
        if role == _DISPLAY:
            return self._text[i][j]
        if role == _BACKGROUND:
            return self._background[i][j]
        if role == _FOREGROUND:
            return self._foreground[i][j]
        if role == _TOOLTIP:
            return self._tips[i][j]
        if role == _ALIGNMENT:
            return _CENTRE
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        if self.matrix is None or role not in (_DISPLAY, _TOOLTIP):
            return None
        if orientation == _HORIZONTAL:
            name = self._shown.get(self.matrix.columns[section], self.matrix.columns[section])
            return name if role == _DISPLAY else self.tr("Now: %1").replace("%1", name)
        if role == _DISPLAY:
            return self._row_labels[section]
        name = self.matrix.rows[section]
        if name == NEW_SOURCE:
            return self.tr("Customers who first bought after the comparison date")
        return self.tr("Then: %1").replace("%1", self._shown.get(name, name))


class RotatedHeader(QHeaderView):
    """A horizontal header whose names read upwards, so that ten segment names fit above ten narrow
    columns of numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Horizontal, parent)
        self.setSectionResizeMode(QHeaderView.Stretch)
        self.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("£888k") + 10)
        self.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        model = self.model()
        if model is None:
            return hint
        names = [str(model.headerData(i, Qt.Horizontal, Qt.DisplayRole) or "") for i in range(model.columnCount())]
        longest = max((self.fontMetrics().horizontalAdvance(name) for name in names), default=40)
        return QSize(hint.width(), longest + 16)

    def paintSection(self, painter: QPainter, rect: QRect, index: int) -> None:
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = index
        option.text = ""
        self.style().drawControl(QStyle.CE_Header, option, painter, self)
        text = str(self.model().headerData(index, Qt.Horizontal, Qt.DisplayRole) or "")
        metrics = self.fontMetrics()
        painter.save()
        painter.setClipRect(rect)
        painter.translate(rect.center().x() + (metrics.ascent() - metrics.descent()) / 2, rect.bottom() - 8)
        painter.rotate(-90)
        painter.drawText(0, 0, text)
        painter.restore()


class MatrixView(QTableView):
    """The matrix's table: it asks for the room to show every cell (``sizeHint``) and scrolls when
    the screen cannot give it (a small one), one cell selected at a time."""

    def __init__(self, model: MatrixModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(RotatedHeader(self))
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)

    def sizeHint(self) -> QSize:
        header, rows = self.horizontalHeader(), self.verticalHeader()
        model = self.model()
        frame = 2 * self.frameWidth() + 4
        return QSize(rows.sizeHint().width() + model.columnCount() * header.minimumSectionSize() + frame,
                     header.sizeHint().height() + model.rowCount() * rows.defaultSectionSize() + frame)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 140)
