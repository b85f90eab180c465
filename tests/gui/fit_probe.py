"""Run by tests/gui/test_fits_the_screen.py in its own process, on an offscreen screen of a given
size and scale: opens the real window on the bundled sample through the column dialog, visits
every page and "How reliable are the predictions?", and reports every control a user must reach
that is not wholly on screen.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json QT_SCALE_FACTOR=2 python tests/gui/fit_probe.py
    CLIENTELE_PROBE_LANGUAGE=de …                      the same in German (longer words)

A control is on screen when every pixel of it lies inside each widget it is drawn in (a scroll
area's viewport, a splitter pane, the page, the window) and the window lies inside the screen's
available area. Controls inside a table (the column dialog's drop-downs, the segment map's
numbers) are left out: the table scrolls them into view. Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, QRect, QTimer  # noqa: E402 - the repository goes on sys.path first
from PySide6.QtWidgets import (  # noqa: E402 - the repository goes on sys.path first
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit)


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    text = text or widget.toolTip()[:40] or widget.objectName()
    return f"{type(widget).__name__} {text!r}"


def shown_part(widget: QWidget) -> QRect:
    """The part of ``widget`` (in global coordinates) not cut off by the widgets it sits in."""
    rect = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        rect = rect.intersected(QRect(parent.mapToGlobal(QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect


def inside_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def problems_in(where: str, top: QWidget, area: QRect) -> tuple[list[str], int]:
    """Every visible control of ``top`` not wholly shown on the screen's ``area``; and how many were checked."""
    found, checked = [], 0
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible() or inside_item_view(widget):
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):  # a combo's own line edit
            continue
        checked += 1
        whole = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
        part = shown_part(widget).intersected(area)
        if part != whole:
            found.append(f"{where}: {describe(widget)} at {whole.getRect()} shows only {part.getRect()}")
    return found, checked


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="clientele-fit-"))
    try:
        return probe(scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)   # the probe's own settings and data, never the user's


def probe(scratch: Path) -> int:
    """Open the window with settings and data kept in ``scratch``; print what is cut off, as JSON."""
    os.environ["CLIENTELE_SETTINGS_FILE"] = str(scratch / "settings.ini")
    os.environ["CLIENTELE_DATA_DIR"] = str(scratch / "data")
    from core.resources import sample_data_path  # noqa: PLC0415 - after the environment is set
    from gui.app import create_application  # noqa: PLC0415 - after the environment is set
    from gui.main_window import MainWindow  # noqa: PLC0415 - after the environment is set
    from gui.mapping_dialog import MappingDialog  # noqa: PLC0415 - after the environment is set

    app = create_application()
    from core.language import Language  # noqa: PLC0415 - after the environment is set
    from gui.translation import install_translation  # noqa: PLC0415 - after the environment is set

    # the window in another language (longer words): CLIENTELE_PROBE_LANGUAGE=de
    install_translation(app, Language.from_code(os.environ.get("CLIENTELE_PROBE_LANGUAGE") or "en"))
    # a fractional scale (1366×768 at 125 % is 1092.8 × 614.4 logical pixels) rounds edges by a pixel
    area = app.primaryScreen().availableGeometry().adjusted(-1, -1, 1, 1)
    window = MainWindow()
    window.show()
    report: dict = {"screen": app.primaryScreen().availableGeometry().getRect(), "problems": [], "checked": {}}

    def settle(rounds: int = 20) -> None:
        for _ in range(rounds):
            app.processEvents()
            time.sleep(0.005)

    def wait(predicate, seconds: float = 90.0) -> None:
        end = time.monotonic() + seconds
        while not predicate():
            if time.monotonic() > end:
                raise TimeoutError("the window did not get there in time")
            app.processEvents()
            time.sleep(0.005)

    def check(where: str, top: QWidget) -> None:
        frame = top.window().frameGeometry()  # the window (or dialog) ``top`` is in
        if not area.contains(frame):
            report["problems"].append(f"{where}: the window {frame.getRect()} is larger than or off the screen "
                                      f"{area.getRect()}")
        found, checked = problems_in(where, top, area)
        report["problems"] += found
        report["checked"][where] = checked

    settle()
    check("Welcome", window)
    report["window"] = window.frameGeometry().getRect()

    def in_dialog() -> None:
        dialog = app.activeModalWidget()
        if not isinstance(dialog, MappingDialog):
            QTimer.singleShot(20, in_dialog)
            return
        settle()
        check("Column dialog", dialog)
        report["dialog"] = dialog.frameGeometry().getRect()
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, in_dialog)
    window.open_file(str(sample_data_path("xlsx")))
    wait(lambda: window.progress.isVisible() or window.session.segmentation is not None)
    if window.progress.isVisible():
        check("Progress", window.statusBar())
    wait(lambda: window.session.segmentation is not None and not window.session.compute_runner.is_busy())
    for title in window.pages:
        window.show_page(title)
        settle(30)
        check(title, window)
    from gui.model_check import show_model_check  # noqa: PLC0415 - after the environment is set

    dialog = show_model_check(window.session, window)   # "How reliable are the predictions?"
    wait(lambda: dialog.bars is not None)
    settle(30)
    check("Model check", dialog)
    dialog.close()
    window.session.mark_dirty(False)
    window.shutdown()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
