"""Save screenshots of every screen (runs under Xvfb when available).

    python scripts/screenshots.py [OUT_DIR]                          the README's set, 1280×800
    python scripts/screenshots.py --size 1024x600 [OUT_DIR]          a small laptop screen
    python scripts/screenshots.py --size 1920x1080 --scale 2 [OUT]   a 1080p screen at 200 %
    python scripts/screenshots.py --root ../other-checkout ...       the window of another checkout
    python scripts/screenshots.py --language de --pages Overview docs/screenshots/de   in German, one page

Drives the real window on the bundled sample data (welcome, import dialog, each page, one customer's
details, "How reliable are the predictions?") and saves a PNG of each. Without a display it re-runs itself under `xvfb-run` with a screen of ``--size``
pixels, else uses Qt's offscreen platform. ``--scale`` sets ``QT_SCALE_FACTOR`` (Qt then lays the
window out on a screen of size / scale logical pixels, as on a laptop set to 125 % or 200 %).

With ``--size`` the window is left as the app sizes it on that screen (a window the app maximises
fills the screen, as a window manager would make it), and each picture is the whole screen as a
user would see it (what lies beyond the screen's edge is not in the picture);
without it the window is set to 1280×800 and pictured alone. PNGs are stored with a 256-colour
palette to stay small. Under Xvfb Qt's xcb plugin needs the desktop packages the README lists
(libxcb-icccm4, libxcb-keysyms1, …). A developer tool: it is not shipped inside the app.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The README's screenshots: the window alone at this size.
README_SIZE = (1280, 800)


def _settle(app, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def _wait(app, predicate: Callable[[], bool], timeout_s: float = 90.0) -> None:
    end = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("the app did not finish in time")
        app.processEvents()
        time.sleep(0.01)


def _slug(title: str) -> str:
    return title.lower().replace(" ", "-").replace("/", "-")


def take_screenshots(out_dir: Path, whole_screen: bool, language: str = "en",
                     pages: list[str] | None = None) -> list[Path]:
    """Drive the window through every screen (or the ``pages`` named by their English titles) in
    ``language`` and save PNGs into ``out_dir``; returns the paths."""
    # Qt and the app are imported here: once the checkout is on sys.path and the platform is set
    from PySide6.QtCore import Qt, QTimer  # noqa: PLC0415 - after sys.path and the platform are set
    from PySide6.QtGui import QGuiApplication, QImage  # noqa: PLC0415 - after sys.path and the platform are set
    from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: PLC0415 - after sys.path and the platform are set

    from core.language import Language  # noqa: PLC0415 - after sys.path and the platform are set
    from core.resources import resource_path, sample_data_path  # noqa: PLC0415 - after sys.path and the platform are set
    from gui.app import apply_language, create_application  # noqa: PLC0415 - after sys.path and the platform are set
    from gui.chart_canvas import ChartWidget  # noqa: PLC0415 - after sys.path and the platform are set
    from gui.main_window import MainWindow  # noqa: PLC0415 - after sys.path and the platform are set
    from gui.mapping_dialog import MappingDialog  # noqa: PLC0415 - after sys.path and the platform are set
    from gui.model_check import show_model_check  # noqa: PLC0415 - after sys.path and the platform are set

    out_dir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="clientele-shots-"))
    os.environ.setdefault("CLIENTELE_SETTINGS_FILE", str(scratch / "settings.ini"))
    os.environ.setdefault("CLIENTELE_DATA_DIR", str(scratch / "data"))
    app = create_application()
    apply_language(app, Language.from_code(language))
    window = MainWindow()
    if not whole_screen:
        window.resize(*README_SIZE)
    window.show()
    _settle(app)
    if whole_screen and window.isMaximized():
        # Xvfb has no window manager to maximise the window: give it the screen's area as one would
        window.setGeometry(QGuiApplication.primaryScreen().availableGeometry())
        _settle(app)
    saved: list[Path] = []

    def save(widget, name: str) -> None:
        path = out_dir / f"{len(saved) + 1:02d}-{name}.png"
        screen = QGuiApplication.primaryScreen()
        pixmap = screen.grabWindow(0) if whole_screen else widget.grab()
        if pixmap.isNull():  # a platform that cannot grab its screen
            pixmap = widget.grab()
        image = pixmap.toImage().convertToFormat(QImage.Format_Indexed8, Qt.AutoColor | Qt.ThresholdDither)
        image.save(str(path), "PNG", 9)
        saved.append(path)

    if pages is None:
        save(window, "welcome")

    def capture_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, MappingDialog):
            customers = resource_path("online_retail_sample_customers.csv")
            if customers.exists():
                dialog.attributes.setText(str(customers))
            _settle(app, 10)
            if pages is None:
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

    for title in [t for t in window.pages if pages is None or t in pages]:
        window.show_page(title)
        _settle(app, 20)
        _wait(app, charts_ready)
        _settle(app, 5)
        page = window.pages[title]
        if title == "Customers":
            page.table.selectRow(3)
            model = page.table.model()
            columns = [model.headerData(i, Qt.Horizontal) for i in range(model.columnCount())]
            if "Spend next year" in columns:   # the prediction columns in view (definitions §11)
                page.table.scrollTo(model.index(3, columns.index("Spend next year")))
            _settle(app)
        elif title == "Changes":
            page.select_path("Loyal Customers", "At Risk")   # a cell's customers listed under the matrix
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
        elif title == "Results":
            for name in results_pictures(app, window, page, scratch, charts_ready):
                save(window, name)
            continue
        _wait(app, charts_ready)
        _settle(app, 10)
        save(window, _slug(title))
    # one customer's details (the worked example's customer), then "How reliable are the predictions?"
    window.show_page("Customers")
    customers = window.pages["Customers"]
    customers.search.setText("12399")
    customers.apply_filter()
    _settle(app, 20)
    why = customers.detail.findChild(QScrollArea)        # down to the why-text's predictions
    why.verticalScrollBar().setValue(why.verticalScrollBar().maximum())
    _settle(app, 10)
    save(window, "customer-detail")
    dialog = show_model_check(window.session, window)
    _wait(app, lambda: dialog.bars is not None)
    _settle(app, 20)
    _wait(app, charts_ready)
    _settle(app, 10)
    save(dialog, "model-check")
    dialog.close()                                       # (left open, it covered the pictures after it)
    _settle(app, 10)
    _own_lists(app, window, save)
    window.session.mark_dirty(False)
    window.shutdown()
    window.close()
    return saved


def results_pictures(app, window, page, scratch: Path, charts_ready: Callable[[], bool]):
    """The Results page twice: "too small to tell" (a campaign exported from the sample's first ten
    months, measured on the whole year open in the window), then a clear effect (the demo pair of
    scripts/results_demo.py, its newer file opened on the page). Yields each picture's name when
    the page shows it."""
    import datetime as dt  # noqa: PLC0415 - only for this page

    from PySide6.QtCore import QDate  # noqa: PLC0415 - after sys.path and the platform are set

    from core.cli import main as segment_main  # noqa: PLC0415 - after sys.path and the platform are set
    from core.resources import resource_path, sample_data_path  # noqa: PLC0415 - as above
    from core.user_folders import campaign_store_path  # noqa: PLC0415 - as above

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from results_demo import make_demo  # noqa: PLC0415 - the demo pair, beside this script

    def settled() -> None:
        _wait(app, lambda: not window.session.results_runner.is_busy() and not page._edit_timer.isActive())
        _settle(app, 20)
        _wait(app, charts_ready)
        _settle(app, 10)

    segment_main([str(sample_data_path("xlsx")), "--customers", str(resource_path("online_retail_sample_customers.csv")),
                  "--reference-date", "2011-09-30", "--mailing-out", str(scratch / "ten-months.xlsx"), "--seed", "2026"])
    page._campaign = None                              # the latest: the ten months' campaign
    page.look()
    settled()
    sent = dt.date(2011, 9, 30)
    page.sent_date.setDate(QDate(sent.year, sent.month, sent.day))
    settled()
    yield "results-too-small-to-tell"
    _, after, _ = make_demo(scratch / "demo", campaign_store_path())
    page._campaign = None                              # the latest again: the demo's campaign
    page.use_file(str(after))
    settled()
    yield "results-clear-effect"


def _own_lists(app, window, save: Callable[[object, str], None]) -> None:
    """The occasions' re-buy table, a filter saved as the owner's own list on the Customers page,
    and the birthday treat on the Offers page (definitions §12)."""
    from core.segmentation import Bought  # noqa: PLC0415 - after sys.path and the platform are set

    window.show_page("Occasions")
    page = window.pages["Occasions"]
    page.tabs.setCurrentIndex(1)
    _settle(app, 20)
    save(window, "occasions-rebuy")
    window.show_page("Customers")
    page = window.pages["Customers"]
    panel = page.filters
    page.search.clear()             # (the customer-detail picture's search: the list is of every customer)
    panel.choices["country"].setCurrentIndex(panel.choices["country"].findData("United Kingdom"))
    panel.field.setCurrentIndex(max(0, panel.field.findData("product")))
    panel.item.setEditText("JUMBO BAG RED RETROSPOT")
    panel.when.setCurrentIndex(panel.when.findData(Bought.NOT_WITHIN.value))
    panel.days.setValue(60)
    page.apply_filter()
    page.save_as_list("Red bag, not lately")
    _wait(app, lambda: not window.session.compute_runner.is_busy())
    _settle(app, 20)
    save(window, "customers-own-list")
    window.show_page("Offers")
    window.pages["Offers"].select_list("occasion:Birthday soon")
    _settle(app, 40)
    save(window, "offers-birthday")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Screenshots of every screen of Clientele.")
    parser.add_argument("out_dir", nargs="?", help="where to save the PNGs (default: docs/screenshots)")
    parser.add_argument("--size", help="screen size in pixels, e.g. 1024x600 (default: the README's 1280×800 window)")
    parser.add_argument("--scale", type=float, default=None, help="QT_SCALE_FACTOR, e.g. 1.25 or 2")
    parser.add_argument("--root", help="the checkout whose window is pictured (default: this one)")
    parser.add_argument("--language", default="en", help="the window's language: en, de, fr, es, it or nl")
    parser.add_argument("--pages", help="only these pages, by English title, comma-separated (e.g. Overview,Offers)")
    return parser.parse_args(argv)


def screen_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    root = Path(args.root).resolve() if args.root else ROOT
    sys.path.insert(0, str(root))
    out_dir = Path(args.out_dir) if args.out_dir else ROOT / "docs" / "screenshots"
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    pages = [p.strip() for p in args.pages.split(",")] if args.pages else None
    for path in take_screenshots(out_dir.resolve(), whole_screen=bool(args.size), language=args.language, pages=pages):
        print(path)
    return 0


if __name__ == "__main__":
    options = parse_args(sys.argv[1:])
    if not os.environ.get("DISPLAY") and shutil.which("xvfb-run") and not os.environ.get("CLIENTELE_NO_XVFB"):
        # a screen of the asked size (larger than the window for the README's set); 96 dpi like a usual desktop
        width, height = screen_size(options.size) if options.size else (1600, 1000)
        env = dict(os.environ, CLIENTELE_NO_XVFB="1")
        command = ["xvfb-run", "-a", "-s", f"-screen 0 {width}x{height}x24 -dpi 96", sys.executable, __file__,
                   *sys.argv[1:]]
        status = subprocess.call(command, env=env)
        if status == 0:
            sys.exit(0)
        print("xvfb-run failed; using Qt's offscreen platform instead", file=sys.stderr)
        os.environ["CLIENTELE_NO_XVFB"] = "1"
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.exit(main())
