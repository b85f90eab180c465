"""Layouts that reflow on a small screen instead of being cut off at the window's edge.

``FlowLayout`` places widgets in a row and wraps them onto the next line when the row is too
narrow, like words in a paragraph (rows of filters and options). ``ReflowSplitter`` shows its
panes side by side when they fit and one above the other when they do not.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLayout, QLayoutItem, QSplitter, QWidget


class FlowLayout(QLayout):
    """Widgets left to right, wrapping; its height follows its width (``heightForWidth``).

    ``addWidget(widget)`` as with any layout; ``add_stretch_break()`` is not needed: a row simply
    ends where the next widget no longer fits.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6, line_spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing
        self._wrapped_height = 0   # (the height its lines took at the width last given: its smallest height)
        self.setContentsMargins(0, 0, 0, 0)

    # ---- QLayout's item list ---------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # ---- sizes -------------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        """All widgets on one line."""
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in self._visible()) + self._spacing * max(
            0, len(self._visible()) - 1)
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """The widest single widget (every other width can wrap), and at least as tall as its lines
        took at the width last given: a page in a scroll area, whose layouts squeeze their items to
        their smallest sizes, otherwise drew a wrapped line over the next row (Customers at 200 %)."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins: QMargins = self.contentsMargins()
        size += QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
        return QSize(size.width(), max(size.height(), self._wrapped_height))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        used = self._arrange(rect, move=True)
        if used != self._wrapped_height:   # (more or fewer lines at this width: the parent lays out again)
            self._wrapped_height = used
            self.invalidate()

    # ---- placing -----------------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in ``rect`` (or only measure); the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        line: list[tuple[QLayoutItem, QPoint, QSize]] = []

        def finish_line() -> None:
            if move:
                for item, point, size in line:  # centre each item on its line
                    item.setGeometry(QRect(QPoint(point.x(), point.y() + (line_height - size.height()) // 2), size))
            line.clear()

        for item in self._visible():
            size = item.sizeHint().boundedTo(QSize(max(area.width(), 1), 10_000))
            size = size.expandedTo(item.minimumSize())
            if line and x + size.width() > area.right() + 1:
                finish_line()
                x = area.x()
                y += line_height + self._line_spacing
                line_height = 0
            line.append((item, QPoint(x, y), size))
            x += size.width() + self._spacing
            line_height = max(line_height, size.height())
        finish_line()
        return y + line_height - rect.y() + margins.bottom()



class ReflowSplitter(QSplitter):
    """Panes side by side when the splitter is at least as wide as their smallest widths together
    (plus ``comfort`` pixels), one above the other when it is narrower. Its smallest width is that
    of its widest pane, so a page holding it can be narrower than the panes side by side."""

    def __init__(self, parent: QWidget | None = None, comfort: int = 0) -> None:
        super().__init__(Qt.Horizontal, parent)
        self._comfort = comfort
        self.setChildrenCollapsible(False)

    def _panes(self) -> list[QWidget]:
        return [w for w in (self.widget(i) for i in range(self.count())) if w is not None and not w.isHidden()]

    def side_by_side_width(self) -> int:
        """The width from which the panes go side by side."""
        panes = self._panes()
        widths = sum(pane.minimumSizeHint().expandedTo(pane.minimumSize()).width() for pane in panes)
        return widths + self.handleWidth() * max(0, len(panes) - 1) + self._comfort

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.orientation() == Qt.Horizontal:
            widest = max((p.minimumSizeHint().expandedTo(p.minimumSize()).width() for p in self._panes()), default=0)
            return QSize(widest, hint.height())
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._reflow(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.LayoutRequest:  # a pane's smallest size changed (new content)
            self._reflow(self.width())
        return super().event(event)

    def _reflow(self, width: int) -> None:
        wanted = Qt.Horizontal if width >= self.side_by_side_width() else Qt.Vertical
        if wanted != self.orientation():
            self.setOrientation(wanted)
            self.setSizes([1_000] * self.count())  # equal shares in the new direction
            self.updateGeometry()
