"""Save screenshots of every screen into docs/screenshots/ (runs under Xvfb when available).

    python scripts/screenshots.py [OUT_DIR]

Drives the real window on the bundled sample data (welcome, import dialog, each page, about) and
saves a PNG of each. Without a display it re-runs itself under `xvfb-run` if installed, else uses
Qt's offscreen platform. A developer tool: it is not shipped inside the app.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)


def _settle(app, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def _wait(app, predicate: Callable[[], bool], timeout_s: float = 60.0) -> None:
    end = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("the app did not finish in time")
        app.processEvents()
        time.sleep(0.01)


def _slug(title: str) -> str:
    return title.lower().replace(" ", "-").replace("/", "-")


def take_screenshots(out_dir: Path) -> list[Path]:
    """Drive the window through every screen and save PNGs into ``out_dir``; returns the paths."""
    # Qt and the app are imported here: once the repository is on sys.path and the platform is set
    from PySide6.QtCore import QTimer  # noqa: PLC0415 - after sys.path and the platform are set
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - after sys.path and the platform are set

    from core.resources import resource_path, sample_data_path  # noqa: PLC0415 - after sys.path and the platform are set
    from gui.app import create_application  # noqa: PLC0415 - after sys.path and the platform are set
    from gui.chart_canvas import ChartWidget  # noqa: PLC0415 - after sys.path and the platform are set
    from gui.main_window import MainWindow  # noqa: PLC0415 - after sys.path and the platform are set
    from gui.mapping_dialog import MappingDialog  # noqa: PLC0415 - after sys.path and the platform are set

    out_dir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="clientele-shots-"))
    os.environ.setdefault("CLIENTELE_SETTINGS_FILE", str(scratch / "settings.ini"))
    os.environ.setdefault("CLIENTELE_DATA_DIR", str(scratch / "data"))
    app = create_application()
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    _settle(app)
    saved: list[Path] = []

    def save(widget, name: str) -> None:
        path = out_dir / f"{len(saved) + 1:02d}-{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    save(window, "welcome")

    def capture_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, MappingDialog):
            customers = resource_path("online_retail_sample_customers.csv")
            if customers.exists():
                dialog.attributes.setText(str(customers))
            _settle(app, 10)
            save(dialog, "import-mapping")
            dialog.buttons.accepted.emit()
        else:
            QTimer.singleShot(50, capture_dialog)

    QTimer.singleShot(50, capture_dialog)
    window.open_file(str(sample_data_path("xlsx")))
    _wait(app, lambda: window.session.segmentation is not None and not window.session.compute_runner.is_busy())
    _settle(app)

    def charts_ready() -> bool:
        return not any(chart.is_busy() for chart in window.findChildren(ChartWidget))

    for title in window.pages:
        window.show_page(title)
        _settle(app, 20)
        _wait(app, charts_ready)
        _settle(app, 5)
        page = window.pages[title]
        if title == "Customers":
            page.table.selectRow(3)
            _settle(app)
        elif title == "Offers":
            page.shop_name.setText("The Sample Shop")
            page.select_list("segment:At Risk")
            _settle(app, 40)
        elif title == "Export":
            page.output.setText(str(scratch / "sample-mailing.xlsx"))
            page.export()
            _wait(app, lambda: not window.session.export_runner.is_busy())
            _settle(app)
        save(window, _slug(title))
    window.session.mark_dirty(False)
    window.shutdown()
    window.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    out_dir = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    for path in take_screenshots(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if not os.environ.get("DISPLAY") and shutil.which("xvfb-run") and not os.environ.get("CLIENTELE_NO_XVFB"):
        # the screen is larger than the window so nothing is clipped; 96 dpi like a usual desktop
        env = dict(os.environ, CLIENTELE_NO_XVFB="1")
        command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24 -dpi 96", sys.executable, __file__, *sys.argv[1:]]
        status = subprocess.call(command, env=env)
        if status == 0:
            sys.exit(0)
        print("xvfb-run failed; using Qt's offscreen platform instead", file=sys.stderr)
        os.environ["CLIENTELE_NO_XVFB"] = "1"
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.exit(main())
