"""`python main.py --smoke`: open the window offscreen, import the sample, segment, export, check; exit 0/1."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core.resources import sample_data_path
from gui.app import create_application
from gui.main_window import MainWindow


def _wait(app, predicate, timeout_s: float) -> bool:
    end = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > end:
            return False
        app.processEvents()
        time.sleep(0.01)
    return True


def _print(text: str) -> None:
    print(text, flush=True)


def answer_dialogs(dialogs: list[str]) -> QTimer:
    """No modal dialog may wait for a click in a smoke run: a timer closes any message box that
    opens (inside its own event loop), prints it and remembers it."""
    def close_message_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            dialogs.append(f"{box.windowTitle()}: {box.text()}")
            _print(f"dialog: {box.windowTitle()}: {box.text()}")
            box.done(QMessageBox.StandardButton.Ok)

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(close_message_box)
    timer.start()
    return timer


def run_smoke(timeout_s: float = 120.0, scratch_parent: Path | None = None) -> int:
    """Drive the real window through the whole flow; print what was checked; 0 when all is well.
    Its scratch folder (settings, data folder and the mailing list it writes, unless the
    environment names others) is taken away at the end, passed or failed."""
    with tempfile.TemporaryDirectory(prefix="clientele-smoke-", dir=scratch_parent,
                                     ignore_cleanup_errors=True) as scratch:
        return _run_smoke(Path(scratch), timeout_s)


def _run_smoke(scratch: Path, timeout_s: float) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("CLIENTELE_SETTINGS_FILE", str(scratch / "settings.ini"))
    os.environ.setdefault("CLIENTELE_DATA_DIR", str(scratch / "data"))

    started = time.monotonic()
    dialogs: list[str] = []
    app = create_application()
    answering = answer_dialogs(dialogs)
    window = MainWindow()
    window.show()
    app.processEvents()
    problems: list[str] = []
    errors: list[BaseException] = []
    window.import_flow.failed.connect(errors.append)

    def check(ok: bool, what: str) -> None:
        _print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            problems.append(what)

    try:
        _print(f"window open in {time.monotonic() - started:.2f} s")
        window.import_flow.start(str(sample_data_path("xlsx")), ask_mapping=False)
        done = _wait(app, lambda: errors or (window.session.segmentation is not None
                                            and not window.session.compute_runner.is_busy()), timeout_s)
        check(done and not errors, f"sample imported and segmented {errors[0] if errors else ''}".strip())
        if problems:
            return 1
        seg = window.session.segmentation
        check(len(seg.buyers) == 300, f"300 customers segmented (got {len(seg.buyers)})")
        check(abs(float(seg.buyers["revenue"].sum())
                  - float(window.session.imported.result.transactions["amount"].sum())) < 0.01,
              "revenue of the customer table equals the sum of the kept rows")
        for title in window.pages:
            window.show_page(title)
            app.processEvents()
        export = window.pages["Export"]
        out = scratch / "smoke-mailing.xlsx"
        export.output.setText(str(out))
        export.check_kind("segment")
        export.export()
        finished = _wait(app, lambda: not window.session.export_runner.is_busy(), timeout_s)
        check(finished and out.exists(), f"mailing list written to {out}")
        if out.exists():
            import openpyxl  # noqa: PLC0415 - only to check the file the run wrote

            workbook = openpyxl.load_workbook(out, read_only=True)
            check(len(workbook.sheetnames) >= 2, f"workbook has sheets: {', '.join(workbook.sheetnames)}")
            workbook.close()
        check(export.last_summary is not None, "export summary shown")
    except Exception as exc:  # noqa: BLE001 - the smoke test reports, never crashes
        check(False, f"unexpected {type(exc).__name__}: {exc}")
    finally:
        window.session.mark_dirty(False)
        window.shutdown()
        window.close()
        answering.stop()
    check(not dialogs, "no error dialog")
    _print(f"smoke test {'passed' if not problems else 'FAILED'} in {time.monotonic() - started:.1f} s")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(run_smoke())
