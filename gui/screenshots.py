"""Save a PNG of every screen (welcome, import dialog, each page, about) on the bundled sample data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

SIZE = (1280, 800)


def _settle(app, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def _wait(app, predicate, timeout_s: float = 60.0) -> None:
    import time  # noqa: PLC0415

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
    from core.resources import resource_path, sample_data_path  # noqa: PLC0415
    from gui.app import create_application  # noqa: PLC0415
    from gui.main_window import MainWindow  # noqa: PLC0415
    from gui.mapping_dialog import MappingDialog  # noqa: PLC0415

    out_dir.mkdir(parents=True, exist_ok=True)
    import tempfile  # noqa: PLC0415

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

    def capture_dialog():
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
    from gui.chart_canvas import ChartWidget  # noqa: PLC0415

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
    root = Path(__file__).resolve().parent.parent
    out_dir = Path(argv[0]) if argv else root / "docs" / "screenshots"
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    for path in take_screenshots(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
