"""The first window: welcome, background import with progress and cancel, report and first rows."""

from __future__ import annotations

import gc
import sys
import threading
import time

import pytest
from PySide6.QtCore import QTimer

from core.errors import InputError
from gui import tasks
from gui.error_dialogs import excepthook
from gui.page_registry import PAGE_SPECS, Prewarm
from gui.worker import TaskRunner
from tests.factories import make_imported, tx_frame

pytestmark = pytest.mark.gui


def fake_import(path, options=None, attributes_path=None, *, preview=None, progress):
    for i in range(40):
        progress(i / 40, "reading")
        time.sleep(0.01)
    frame = tx_frame([("1", "2024-01-01", 1.5, "o1", False), ("2", "2024-01-02", 2.5, "o2", False),
                      ("3", "2024-01-03", 3.0, "o3", False)])
    return make_imported(frame, path=str(path))


def test_welcome_shows_open_and_sample(window):
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.open_button.isVisible()
    assert window.welcome.sample_button.isVisible()


def skip_mapping_page(window, monkeypatch):
    """Open files straight into the import, as for a file whose columns were seen before."""
    start = window.import_flow.start
    monkeypatch.setattr(window.import_flow, "start",
                        lambda path, ask_mapping=True, attributes_path=None: start(path, False, attributes_path))


def test_import_runs_in_background_and_shows_report(window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(tasks, "import_file", fake_import)
    skip_mapping_page(window, monkeypatch)
    path = tmp_path / "shop.csv"
    path.write_text("x")
    window.open_file(str(path))
    assert window.progress.isVisible() or window.import_flow.runner.is_busy()
    with qtbot.waitSignal(window.import_flow.imported, timeout=5000):
        pass
    assert window.stack.currentWidget() is window.workspace
    assert "Every row is used." in window.import_page.report.toPlainText()
    assert window.import_page.table.model().rowCount() == 3
    # the recent-files list is written in a later event-loop turn (not the one that shows the import)
    qtbot.waitUntil(lambda: str(path.resolve()) in window.app_settings.recent(), timeout=2000)


def test_cancel_import_keeps_welcome(window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(tasks, "import_file", fake_import)
    skip_mapping_page(window, monkeypatch)
    imported = []
    window.import_flow.imported.connect(imported.append)
    (tmp_path / "shop.csv").write_text("Customer,Date,Amount\n", encoding="utf-8")   # (a file there to open)
    window.open_file(str(tmp_path / "shop.csv"))
    qtbot.waitUntil(window.progress.isVisible, timeout=2000)
    window.progress.cancel_button.click()
    window.import_flow.runner.wait(5)
    qtbot.wait(100)
    assert imported == []
    assert not window.progress.isVisible()
    assert window.stack.currentWidget() is window.welcome


def test_error_dialog_for_bad_file(window, qtbot, monkeypatch, message_boxes, tmp_path):
    def failing_import(path, options=None, attributes_path=None, *, preview=None, progress):
        raise InputError("This file is empty.", "Export the purchases again.", file=str(path))

    monkeypatch.setattr(tasks, "import_file", failing_import)
    skip_mapping_page(window, monkeypatch)
    (tmp_path / "empty.csv").write_text("x", encoding="utf-8")   # (a file there to open: the import is what fails)
    with qtbot.waitSignal(window.import_flow.failed, timeout=5000):
        window.open_file(str(tmp_path / "empty.csv"))
    kind, title, text = message_boxes[-1]
    assert kind == "warning"
    assert "This file is empty." in text and "Export the purchases again." in text


def test_about_names_the_data_attribution(window, message_boxes):
    window.show_about()
    assert "UCI Online Retail, Chen, Sain &amp; Guo 2012, CC BY 4.0" in message_boxes[-1][2]


def test_excepthook_logs_and_shows_dialog(window, message_boxes, _isolated_user_folders):
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        excepthook(type(exc), exc, exc.__traceback__)
    kind, title, text = message_boxes[-1]
    assert kind == "critical" and "boom" in text
    logs = list(_isolated_user_folders.rglob("*.log"))
    assert logs and "RuntimeError: boom" in logs[0].read_text()


def test_analysis_pages_are_built_while_the_file_is_read(window, qtbot, monkeypatch, tmp_path):
    """The seven analysis pages are built one per timer tick during the import, so the moment the
    import ends does not also build them (that turn froze the window for 60-120 ms on 1M rows)."""

    release = threading.Event()

    def slow_import(path, options=None, attributes_path=None, *, preview=None, progress):
        release.wait(20)
        return fake_import(path, options, attributes_path, progress=progress)

    monkeypatch.setattr(tasks, "import_file", slow_import)
    skip_mapping_page(window, monkeypatch)
    path = tmp_path / "shop.csv"
    path.write_text("x")

    turns, built = [0], []
    counter = QTimer()
    counter.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    counter.start(0)  # counts event-loop turns
    window.nav.model().rowsInserted.connect(lambda *_: built.append(turns[0]))
    window.open_file(str(path))
    try:
        qtbot.waitUntil(lambda: PAGE_SPECS[-1].title in window.pages, timeout=15000)
        assert window.import_flow.runner.is_busy()  # still reading
        assert len(built) == len(PAGE_SPECS) and len(set(built)) == len(PAGE_SPECS), built  # each in its own turn
    finally:
        release.set()
        counter.stop()
    with qtbot.waitSignal(window.import_flow.imported, timeout=5000):
        pass
    assert list(window.pages) == ["Import", "Overview", "Segments", "Changes", "Win-back", "Loyalty tiers",
                                  "Customers", "Occasions", "Offers", "Export", "Results"]


def test_an_import_that_ends_first_waits_for_the_pages_built_one_per_turn(window, qtbot, monkeypatch, tmp_path):
    """A small file read before the pages' modules loaded: the import report shows at once, the
    pages are still built one per event-loop turn (not all in the turn that ended the import), and
    the analysis starts once every page exists, so each shows it."""
    prewarm_done = threading.Event()
    monkeypatch.setattr(tasks, "import_file", fake_import)
    skip_mapping_page(window, monkeypatch)
    path = tmp_path / "shop.csv"
    path.write_text("x")

    turns, built = [0], []
    counter = QTimer()
    counter.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    counter.start(0)  # counts event-loop turns
    window.nav.model().rowsInserted.connect(lambda *_: built.append(turns[0]))
    window.open_file(str(path))
    window._modules_ready = prewarm_done   # as if the pages' modules were still loading
    with qtbot.waitSignal(window.import_flow.imported, timeout=5000):
        pass
    assert window.stack.currentWidget() is window.workspace
    assert window.import_page.table.model().rowCount() == 3
    assert built == [] and window.session.imported is None   # the analysis waits for the pages
    prewarm_done.set()
    try:
        with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
            pass
    finally:
        counter.stop()
    assert len(built) == len(PAGE_SPECS) and len(set(built)) == len(PAGE_SPECS), built  # each in its own turn
    assert list(window.pages)[1:] == [spec.title for spec in PAGE_SPECS]
    assert window.session.imported is not None and window.session.imported.path == str(path)
    assert window.import_page.next_button.isVisible()
    window.show_page("Overview")
    assert window.pages["Overview"].isVisible()


def test_the_pages_modules_load_on_a_worker_with_the_collector_switched_on_the_gui_thread(window, qtbot):
    """Opening a file imports the pages' modules on the prewarm's TaskRunner (its own thread, beside
    the import's); the garbage collector waits meanwhile and is frozen and switched back on in the
    runner's on_done, on the GUI thread; a window closed first switches it back on too."""
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    window._prewarm()
    task = window._prewarm_task
    assert isinstance(task, Prewarm) and window._modules_ready is task.ready
    assert task._runner in window.findChildren(TaskRunner) and task._runner.is_busy()
    # (the GUI thread has not run its event loop: the imports' end cannot have been delivered)
    assert not gc.isenabled() and not task.ready.is_set()
    with qtbot.waitSignal(task._runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=30000):
        pass
    assert task.ready.is_set() and gc.isenabled() and gc.get_freeze_count() > frozen
    assert all(spec.module in sys.modules for spec in PAGE_SPECS)
    assert not [t for t in threading.enumerate() if t.name == "clientele-prewarm"]   # no raw thread of its own

    cut_short = Prewarm()
    cut_short.start()
    assert not gc.isenabled()
    cut_short.shutdown()                     # the window closed before the imports' end was delivered
    assert gc.isenabled() and cut_short.ready.is_set()
    cut_short.start()                        # (once only)
    assert gc.isenabled()
