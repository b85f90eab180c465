"""Charts drawn by matplotlib off the GUI thread: the worker renders, the widget only paints the image.

A ChartWidget keeps a *painter* (a function that draws on a matplotlib Figure). When the chart is
on screen, its TaskRunner renders the figure with matplotlib's Agg canvas at the widget's pixel
size and device pixel ratio (sharp on high-DPI screens); the GUI thread only paints the finished
image. Every chart of a window renders on the one chart thread its session holds
(``Session.chart_executor``), so the GUI thread shares Python's GIL with one worker, not many.
Charts that are not on screen are rendered when next shown, and a chart hidden before its image
was ready stops (a render still waiting for the thread does not start). Right-click saves a PNG, written
on the chart thread too, all or nothing (core.output.atomic). The charts' style (STYLE) is set around each
drawing (matplotlib.rc_context), never in matplotlib's process-wide settings.

A chart starts rendering once it has painted its "Drawing…" placeholder, not when it is shown or
given a painter: the page around it lays out and paints first, without the chart thread holding
the GIL between each of the paint's calls into Python (that made a page's first show take 4-8
times its own work). ``RENDER_FALLBACK_MS`` later it starts anyway, painted or not. The start after
the paint waits ``SETTLE_MS`` on a timer, not a queued call: Qt delivers timers once the events
already posted are handled, and the item views' delayed layouts (zero-time timers armed by the
page's show and first paint) and the repaints they post come first, so they run before the chart
thread takes the GIL, not beside it (with a zero-time start a table's relayout waited 45 ms for
the GIL, Python called once per cell). A resize to the size already being drawn (the page
settling its splitters) does not draw the chart again.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QImage, QPainter, QPaintEvent, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFileDialog, QMenu, QSizePolicy, QWidget

from core.progress import ProgressCallback
from gui.app_settings import AppSettings, FileKind
from gui.error_dialogs import log_exception, show_error
from gui.worker import TaskRunner

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: What a chart draws: a function given an empty matplotlib Figure.
Painter = Callable[["Figure"], None]
#: A chart waiting for its first paint renders after this long at the latest (if never painted).
RENDER_FALLBACK_MS = 100
#: A chart whose placeholder is painted renders this long after (see the module doc).
SETTLE_MS = 50

#: The charts' matplotlib style (rcParams), in force only while a chart is drawn or saved on the
#: chart thread (``matplotlib.rc_context``): matplotlib's global rcParams are never changed for the
#: rest of the process, and the GUI thread does not write them while the chart thread reads them.
STYLE = {
    "font.size": 9.5,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
}


@dataclass
class Rendered:
    """An RGBA image of a chart and the figure it came from (kept for "Save as PNG")."""

    rgba: np.ndarray
    figure: Figure
    ratio: float


def render_figure(painter: Painter, width: int, height: int, ratio: float = 1.0, *,
                  progress: ProgressCallback | None = None) -> Rendered:
    """Draw ``painter(figure)`` at ``width``×``height`` logical pixels (worker thread, no Qt)."""
    import matplotlib  # noqa: PLC0415 - not at start-up
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415 - not at start-up
    from matplotlib.figure import Figure  # noqa: PLC0415 - not at start-up

    if progress is not None:
        progress(0.0, "Drawing chart")   # a render cancelled while it waited for the thread stops here
    dpi = 100.0
    with matplotlib.rc_context(STYLE):
        figure = Figure(figsize=(max(width, 50) / dpi, max(height, 50) / dpi), dpi=dpi * ratio,
                        layout="constrained")
        FigureCanvasAgg(figure)
        painter(figure)
        if progress is not None:
            progress(0.5, "Drawing chart")
        figure.canvas.draw()
    rgba = np.asarray(figure.canvas.buffer_rgba()).copy()
    return Rendered(rgba, figure, ratio)


def write_png(figure: Figure | None, painter: Painter | None, path: str, width: int, height: int, dpi: int = 150, *,
              progress: ProgressCallback | None = None) -> str:
    """Write ``figure`` (or, when None, what ``painter`` draws at ``width``×``height``) as a PNG at
    ``path``, all or nothing (core.output's atomic_path: a failed write leaves the earlier file and
    no stray temporary file); returns ``path``. Runs on the chart thread, no Qt. A target core
    refuses (a folder that is not there, an imported file) is core's OutputError; the widget shows
    it, or any other failure, with show_error as the app's other writes are."""
    import matplotlib  # noqa: PLC0415 - not at start-up

    from core.output import atomic_path  # noqa: PLC0415 - loads with the first save

    if figure is None:
        if painter is None:
            raise ValueError("a chart with nothing drawn has no picture to save")
        figure = render_figure(painter, width, height, progress=progress).figure
    with atomic_path(path) as tmp, matplotlib.rc_context(STYLE):
        figure.savefig(tmp, dpi=dpi, format="png")
    return path


#: The smallest height of a chart, in pixels per inch of its figure's height (a 3.6-inch chart: 245 px).
MIN_HEIGHT_PER_INCH = 68


class ChartWidget(QWidget):
    """One chart; ``draw(painter)`` replaces what it shows; ``rendered`` fires when the image is ready."""

    rendered = Signal()
    #: a PNG was written (its path), after save_png
    saved = Signal(str)

    def __init__(self, title: str, executor: ThreadPoolExecutor, parent: QWidget | None = None,
                 height: float = 3.2) -> None:
        """``executor``: the thread charts render on (the session's ``chart_executor``)."""
        super().__init__(parent)
        self.title = title
        self._height = height
        self._painter: Painter | None = None
        self._stale = False
        self._pixmap: QPixmap | None = None
        self._figure: Figure | None = None
        self._runner = TaskRunner(self, executor)
        # "Save as PNG" writes on the same chart thread, queued with the renders (its own runner: a
        # new render does not cancel a save, nor a save a render)
        self._save_runner = TaskRunner(self, executor)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(150)
        self._resize_timer.timeout.connect(self._render_resized)
        # a render owed once the placeholder is painted (see the module doc)
        self._after_paint = False
        self._painted_timer = QTimer(self)
        self._painted_timer.setSingleShot(True)
        self._painted_timer.setInterval(SETTLE_MS)
        self._painted_timer.timeout.connect(self._render_owed)
        # what the last render started was given: the painter, its size and pixel ratio
        self._drawn: tuple[Painter, int, int, float] | None = None
        self._fallback_timer = QTimer(self)
        self._fallback_timer.setSingleShot(True)
        self._fallback_timer.setInterval(RENDER_FALLBACK_MS)
        self._fallback_timer.timeout.connect(self._render_owed)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setContextMenuPolicy(Qt.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.setToolTip(self.tr("Right-click to save this chart as a PNG picture"))
        self.setAttribute(Qt.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(500, int(self._height * 100))

    def minimumSizeHint(self) -> QSize:
        # tall enough to read: ten segments' bars and names, the grid's two-line cells (below it they
        # were drawn over each other at 1024×600); a smaller screen scrolls the page (screen_fit.PageScroll)
        return QSize(200, int(self._height * MIN_HEIGHT_PER_INCH))

    # ---- drawing -----------------------------------------------------------------------------------
    def draw(self, painter: Painter) -> None:
        """Show what ``painter(figure)`` draws; rendered now if on screen, else when next shown."""
        self._painter = painter
        self._stale = True
        if self.isVisible():
            self._render_after_paint()

    def is_busy(self) -> bool:
        """True while an image is being made (or owed to a visible chart)."""
        return self._runner.is_busy() or (self._stale and self.isVisible())

    def _render_after_paint(self) -> None:
        """Render once the placeholder has been painted (or RENDER_FALLBACK_MS from now)."""
        self._after_paint = True
        self._fallback_timer.start()
        self.update()

    def _render_owed(self) -> None:
        if self._after_paint:
            self._after_paint = False
            self._fallback_timer.stop()
            self._painted_timer.stop()
            self._render()

    def _render_resized(self) -> None:
        """After a resize: draw again unless the last render was of this painter at this size."""
        if self._drawn != (self._painter, self.width(), self.height(), self.devicePixelRatioF()):
            self._render()

    def _render(self) -> None:
        if self._painter is None or self.width() < 20 or self.height() < 20:
            return
        self._stale = False
        self._resize_timer.stop()
        ratio = self.devicePixelRatioF()
        self._drawn = (self._painter, self.width(), self.height(), ratio)
        self._runner.start(render_figure, self._painter, self.width(), self.height(), ratio,
                           on_done=self._on_rendered, on_error=self._on_error)

    def _on_rendered(self, rendered: Rendered) -> None:
        height, width = rendered.rgba.shape[:2]
        image = QImage(rendered.rgba.data, width, height, width * 4, QImage.Format_RGBA8888).copy()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(rendered.ratio)
        self._pixmap, self._figure = pixmap, rendered.figure
        self.update()
        self.rendered.emit()

    def _on_error(self, error: BaseException) -> None:
        log_exception(type(error), error, error.__traceback__)
        self._drawn = None
        self._pixmap = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.white)
        if self._pixmap is not None:
            painter.setRenderHint(QPainter.SmoothPixmapTransform)
            painter.drawPixmap(self.rect(), self._pixmap)
        elif self._painter is not None:
            painter.setPen(Qt.gray)
            painter.drawText(self.rect(), Qt.AlignCenter, self.tr("Drawing…"))
        painter.end()
        if self._after_paint and not self._painted_timer.isActive():
            self._fallback_timer.stop()      # painted: the render waits for the page to settle instead
            self._painted_timer.start()      # (see the module doc)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._render_after_paint()

    def hideEvent(self, event: QHideEvent) -> None:
        """A chart hidden before its image is ready (its page left) stops rendering, or does not
        start, and renders when next shown: the chart thread is not kept busy (holding the GIL
        beside the GUI thread) for a page no longer on screen."""
        super().hideEvent(event)
        if self._after_paint or self._runner.is_busy():
            self._after_paint = False
            self._fallback_timer.stop()
            self._painted_timer.stop()
            self._runner.cancel(quiet=True)
            self._stale = True
            self._drawn = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._painter is not None and self.isVisible():
            self._resize_timer.start()

    def shutdown(self) -> None:
        self._resize_timer.stop()
        self._fallback_timer.stop()
        self._painted_timer.stop()
        self._after_paint = False
        self._runner.shutdown()
        self._save_runner.shutdown()

    # ---- PNG export --------------------------------------------------------------------------------
    def save_png(self, path: str, dpi: int = 150) -> int:
        """Write the chart as a PNG on the chart thread (drawn there first if it was never on
        screen), all or nothing; ``saved`` fires once it is written, a failed write is shown as the
        app's other write errors are. Returns the task's id (-1: nothing to save, or shut down)."""
        figure = None if self._stale else self._figure
        if figure is None and self._painter is None:
            return -1
        return self._save_runner.start(write_png, figure, self._painter, path, max(self.width(), 640),
                                       max(self.height(), 400), dpi, on_done=self.saved.emit,
                                       on_error=lambda error: show_error(self, error), writes=True)

    def _menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        action = menu.addAction(self.tr("Save chart as PNG…"))
        action.triggered.connect(self.ask_save_png)
        menu.exec(self.mapToGlobal(position))

    def ask_save_png(self) -> None:
        name = (self.title or "chart").lower().replace(" ", "-") + ".png"
        settings = AppSettings()
        start = str(Path(settings.last_folder(FileKind.CHART)) / name)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart as PNG"), start,
                                              self.tr("PNG pictures (*.png)"))
        if path:
            settings.set_last_folder(FileKind.CHART, path)
            if not path.lower().endswith(".png"):
                path += ".png"
            self.save_png(path)
