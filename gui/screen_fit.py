"""Windows and dialogs that fit the screen they open on.

A window is never larger than its screen's available area (the screen less the task bar and
panels: ``QScreen.availableGeometry``), in logical pixels, so a 1366×768 laptop at 125 % or a
1080p screen at 200 % counts as the smaller screen it looks like. The main window opens at its
comfortable size where that fits, centred; on a smaller screen it opens maximised. A remembered
position is kept only where it still lies on a screen (a second monitor may be gone). Dialogs
take their comfortable size, bounded by the area of the screen their parent is on. A page that
gets less room than its smallest usable size scrolls (``PageScroll``) instead of pushing the
window past the screen's edge.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent, QScreen
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget

#: Room left for the window manager's frame and title bar, which are not known before a window
#: is shown (typical title bars are 24–40 px high, borders a few px wide).
FRAME_ALLOWANCE = QSize(16, 48)
#: A remembered window counts as on screen when at least this much of it is on one screen.
MIN_VISIBLE = QSize(200, 120)


def screen_of(widget: QWidget) -> QScreen:
    """The screen ``widget`` is on (its parent window's for a dialog not shown yet)."""
    for candidate in (widget, widget.parentWidget()):
        if candidate is not None:
            screen = candidate.screen()
            if screen is not None:
                return screen
    return QGuiApplication.primaryScreen()


def usable_size(area: QRect) -> QSize:
    """The largest window (without its frame) that fits ``area`` once the frame is added."""
    return QSize(max(1, area.width() - FRAME_ALLOWANCE.width()), max(1, area.height() - FRAME_ALLOWANCE.height()))


def fits(preferred: QSize, area: QRect) -> bool:
    """Whether a window of ``preferred`` size and its frame fit ``area``."""
    usable = usable_size(area)
    return preferred.width() <= usable.width() and preferred.height() <= usable.height()


def centre_in(widget: QWidget, area: QRect) -> None:
    """Move ``widget`` (a window; its frame counted) to the middle of ``area``."""
    width = widget.width() + FRAME_ALLOWANCE.width()
    height = widget.height() + FRAME_ALLOWANCE.height()
    widget.move(area.x() + max(0, (area.width() - width) // 2), area.y() + max(0, (area.height() - height) // 2))


#: The share of a large screen's usable area a first window takes (on a screen that fits it).
FIRST_SHARE = 0.85


def first_size(smallest: QSize, area: QRect) -> QSize:
    """The size a first window asks for on a screen of ``area``: FIRST_SHARE of the area, and at least
    ``smallest`` (a 1920 × 1080 screen opens it at about 1630 × 890, where tables had scrolled sideways
    at 1280 × 800; a smaller screen, which cannot fit ``smallest``, gets it maximised)."""
    usable = usable_size(area)
    return QSize(max(smallest.width(), int(usable.width() * FIRST_SHARE)),
                 max(smallest.height(), int(usable.height() * FIRST_SHARE)))


def fit_window(window: QWidget, preferred: QSize) -> bool:
    """Size a main window for its screen: ``preferred`` (bounded by the screen), centred; maximised
    when ``preferred`` does not fit. Returns whether it was maximised."""
    area = screen_of(window).availableGeometry()
    window.resize(preferred.boundedTo(usable_size(area)))
    centre_in(window, area)
    if fits(preferred, area):
        window.setWindowState(window.windowState() & ~Qt.WindowMaximized)
        return False
    window.setWindowState(window.windowState() | Qt.WindowMaximized)
    return True


def fit_dialog(dialog: QWidget, preferred: QSize) -> QSize:
    """Give a dialog ``preferred`` size bounded by its parent's screen; returns the size given."""
    size = preferred.boundedTo(usable_size(screen_of(dialog).availableGeometry()))
    dialog.resize(size)
    return size


def best_screen(frame: QRect) -> tuple[QScreen | None, QRect]:
    """The screen whose available area holds most of ``frame``, and that part of it."""
    best: QScreen | None = None
    best_part = QRect()
    for screen in QGuiApplication.screens():
        part = screen.availableGeometry().intersected(frame)
        if part.width() * part.height() > best_part.width() * best_part.height():
            best, best_part = screen, part
    return best, best_part


def keep_on_screen(window: QWidget, preferred: QSize) -> None:
    """After a remembered geometry was restored: keep the window on the screen that shows most of
    it, no larger than that screen; when too little of it is on any screen, start afresh there
    (``fit_window``). A maximised or full-screen window is left to the window manager."""
    if window.windowState() & (Qt.WindowMaximized | Qt.WindowFullScreen):
        return
    frame = QRect(window.pos(), window.size() + FRAME_ALLOWANCE)
    screen, part = best_screen(frame)
    needed = MIN_VISIBLE.boundedTo(window.size())
    if screen is None or part.width() < needed.width() or part.height() < needed.height():
        fit_window(window, preferred)
        return
    area = screen.availableGeometry()
    window.resize(window.size().boundedTo(usable_size(area)))
    width = window.width() + FRAME_ALLOWANCE.width()
    height = window.height() + FRAME_ALLOWANCE.height()
    x = min(max(window.x(), area.left()), area.left() + area.width() - width)
    y = min(max(window.y(), area.top()), area.top() + area.height() - height)
    window.move(max(x, area.left()), max(y, area.top()))


class PageScroll(QScrollArea):
    """A page in a scroll area: the page fills the area while the area is at least the page's
    smallest usable size (its ``minimumSizeHint``), and scrolls beyond that.

    QScrollArea's own resizing asks a page whose layout holds word-wrapped text for its preferred
    height at that width, and scrolls a page that would have fitted; this one only ever asks for
    the minimum, and lets the page's layout share out the rest.
    """

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.NoFrame)
        self.setWidgetResizable(False)
        self.setWidget(page)
        page.installEventFilter(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_page()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.LayoutRequest:
            self.fit_page()  # the page's smallest size may have changed (new data, new rows)
        return super().eventFilter(watched, event)

    def fit_page(self) -> None:
        """Give the page the whole area, or its minimum where the area is smaller (scroll bars then)."""
        page = self.widget()
        if page is None:
            return
        smallest = page.minimumSizeHint().expandedTo(page.minimumSize())
        bar = self.style().pixelMetric(QStyle.PM_ScrollBarExtent, None, self)
        width, height = self.width(), self.height()
        wide = smallest.width() > width
        tall = smallest.height() > height - (bar if wide else 0)
        wide = wide or (tall and smallest.width() > width - bar)
        page.resize(max(smallest.width(), width - (bar if tall else 0)),
                    max(smallest.height(), height - (bar if wide else 0)))
