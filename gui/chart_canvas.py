"""A matplotlib canvas for Qt (imported lazily), with "Save as PNG…" in its context menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QSizePolicy, QVBoxLayout, QWidget


def _configure_matplotlib() -> None:
    import matplotlib  # noqa: PLC0415

    matplotlib.rcParams.update({
        "font.size": 9.5,
        "axes.titlesize": 11,
        "axes.titleweight": "bold",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": False,
        "figure.autolayout": False,
    })


class ChartWidget(QWidget):
    """Holds one FigureCanvasQTAgg; subclasses (or callers) draw with ``draw(fn)``.

    The matplotlib import happens when the first chart is built, not at app start.
    """

    def __init__(self, title: str = "", parent=None, height: float = 3.2) -> None:
        super().__init__(parent)
        _configure_matplotlib()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: PLC0415
        from matplotlib.figure import Figure  # noqa: PLC0415

        self.title = title
        self.figure = Figure(figsize=(5, height), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.canvas.setMinimumHeight(int(height * 55))
        self.canvas.setContextMenuPolicy(Qt.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._menu)
        self.setToolTip("Right-click to save this chart as a PNG picture")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

    def draw(self, painter) -> None:
        """Clear the figure, call ``painter(figure)`` and repaint."""
        self.figure.clear()
        painter(self.figure)
        self.canvas.draw_idle()

    def save_png(self, path: str, dpi: int = 150) -> None:
        self.figure.savefig(path, dpi=dpi, format="png")

    def _menu(self, position) -> None:
        menu = QMenu(self)
        action = menu.addAction("Save chart as PNG…")
        action.triggered.connect(self.ask_save_png)
        menu.exec(self.canvas.mapToGlobal(position))

    def ask_save_png(self) -> None:
        name = (self.title or "chart").lower().replace(" ", "-") + ".png"
        path, _ = QFileDialog.getSaveFileName(self, "Save chart as PNG", name, "PNG pictures (*.png)")
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            self.save_png(path)
