"""Projects and desktop habits: save/open a project, unsaved-changes prompt, drag and drop, date order."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui import import_flow

pytestmark = pytest.mark.gui


def test_save_and_open_project(loaded, qtbot, monkeypatch, tmp_path):
    page = loaded.pages["Win-back"]
    loaded.show_page("Win-back")
    with qtbot.waitSignal(loaded.session.segmentation_changed, timeout=30000):
        page.window_spin.setValue(90)
        page._timer.stop()
        page._apply_window()
    offers = loaded.pages["Offers"]
    loaded.show_page("Offers")
    offers.select_list("segment:At Risk")
    offers.editor.title.setText("Come back, old friend")
    # without a project file nothing is unsaved: the analysis is kept for its purchases file
    assert loaded.session.dirty and not loaded.windowTitle().endswith("*")
    path = tmp_path / "shop-project.json"
    # Library patch kept: the platform's file dialog is modal and static, with no hook to answer it.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    assert loaded.save_project()
    assert path.exists() and not loaded.session.dirty
    assert str(path.resolve()) in loaded.app_settings.recent("projects")

    # the project file is a copy: changed after saving, the window says so (*); opening the project
    # brings back what was saved
    offers.editor.title.setText("Come back, please")
    assert loaded.windowTitle().endswith("*")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Discard)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(loaded.session.segmentation_changed, timeout=30000):
        loaded.open_project(None)
    assert loaded.session.settings.window_days == 90
    loaded.show_page("Win-back")
    assert loaded.pages["Win-back"].window_spin.value() == 90
    loaded.show_page("Offers")
    assert loaded.session.project.offer_for("segment", "At Risk").title == "Come back, old friend"
    offers.select_list("segment:At Risk")
    assert offers.editor.title.text() == "Come back, old friend"
    assert not loaded.session.dirty


def test_unsaved_changes_prompt_on_close(loaded, qtbot, monkeypatch, tmp_path):
    asked = []
    # Library patch kept: QMessageBox's static boxes are modal; recording them is the test's only view.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.Cancel)
    loaded.session.mark_dirty()
    assert loaded.confirm_discard() and not asked       # no project file: the analysis is kept, nothing to ask
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "shop.json"), ""))
    assert loaded.save_project()
    loaded.session.mark_dirty()
    assert not loaded.close()  # Cancel keeps the window open
    assert asked and "shop.json" in asked[-1][2]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Discard)
    assert loaded.close()


def test_drop_a_file_imports_it(window, qtbot, sample_csv, monkeypatch):
    started = []
    monkeypatch.setattr(window.import_flow, "start", lambda path, ask_mapping=True, attributes_path=None: started.append(path))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_csv))])
    event = QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    window.dropEvent(event)
    assert started == [str(sample_csv)]


def _drop(window, path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))


def test_what_cannot_be_read_dropped_while_a_file_imports_leaves_that_import_going(window, qtbot, tmp_path,
                                                                                    message_boxes, sample_csv):
    """Found by a trial of the window: a folder, a .zip or an empty file dropped while a file was
    importing stopped that import, and only the dropped item was spoken of. It is refused before
    anything is stopped now, and the import goes on."""
    (tmp_path / "dir").mkdir()
    (tmp_path / "a.zip").write_bytes(b"PK\x03\x04")
    (tmp_path / "e.csv").write_bytes(b"")
    release = threading.Event()
    window.import_flow.runner._executor.submit(release.wait, 30)     # (the import waits behind this)
    window.open_file(str(sample_csv), ask_mapping=False)
    for bad in ("dir", "a.zip", "e.csv"):
        _drop(window, tmp_path / bad)
    said = [text for _, _, text in message_boxes]
    assert [s.split(":")[0] for s in said] == ["dir", "a.zip", "e.csv"]
    assert "This is a folder, not a file." in said[0] and "(0 bytes)" in said[2]
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=60000):
        release.set()
    assert window.session.imported.path == str(sample_csv)
    assert len(window.session.segmentation.customers) == 300


def test_date_order_question_only_when_needed(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "ambiguous.csv"
    path.write_text("Customer,Date,Amount\nA,03/04/2024,10\nB,05/06/2024,20\nA,07/08/2024,5\n", encoding="utf-8")
    asked = []

    def answer(parent, error):
        asked.append(error)
        return "dayfirst"

    monkeypatch.setattr(import_flow, "ask_date_order", answer)
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
        window.open_file(str(path), ask_mapping=False)
    assert len(asked) == 1
    tx = window.session.imported.result.transactions
    assert tx["date"].min().month == 4  # 03/04/2024 read as 3 April


def test_about_and_shortcuts(loaded, qtbot, monkeypatch, tmp_path, message_boxes):
    """Each shortcut pressed on the window does what its menu entry says; Help → About shows the
    version and the sample's attribution."""
    import json  # noqa: PLC0415 - the saved project is read back here only

    from core import __version__  # noqa: PLC0415 - as above
    from gui.about import about_text  # noqa: PLC0415 - as above

    loaded.show_page("Overview")
    loaded.activateWindow()
    qtbot.keyClick(loaded, Qt.Key_E, Qt.ControlModifier)          # Export mailing list…
    assert loaded.current_page_title() == "Export"
    qtbot.keyClick(loaded, Qt.Key_F, Qt.ControlModifier)          # Find customer: the search box, ready to type
    customers = loaded.pages["Customers"]
    assert loaded.current_page_title() == "Customers"
    qtbot.waitUntil(customers.search.hasFocus, timeout=3000)
    # Library patch kept: the platform's file dialogs are modal and static, with no hook to answer them.
    asked = []
    target = tmp_path / "shop.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append("save"), (str(target), ""))[1])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (asked.append("open"), ("", ""))[1])
    qtbot.keyClick(loaded, Qt.Key_S, Qt.ControlModifier)          # Save project: new, so it asks where first
    assert asked == ["save"] and loaded.session.project_path == str(target)
    assert json.loads(target.read_text(encoding="utf-8"))["settings"]["window_days"] == 180
    imported = loaded.session.imported
    qtbot.keyClick(loaded, Qt.Key_O, Qt.ControlModifier)          # Open purchases file… (cancelled: nothing changes)
    assert asked == ["save", "open"] and loaded.session.imported is imported
    about = next(a for a in loaded.findChildren(QAction) if a.text() == "&About Clientele")
    about.trigger()
    assert message_boxes == [("about", "About Clientele", about_text())]
    assert f"Clientele {__version__}" in message_boxes[0][2] and "UCI Online Retail" in message_boxes[0][2]


def test_a_project_whose_import_is_cancelled_leaves_the_open_analysis_and_project(loaded, qtbot, monkeypatch, tmp_path,
                                                                                  sample_csv):
    """Found by a trial of the window: opening a project took its choices before its purchases file
    was imported, so a cancelled import left the old file on screen under the new project (the next
    save or export mixed the two). The project is now taken when its file is imported."""
    from core.project import Project, save_project  # noqa: PLC0415 - the test's own project file

    path = tmp_path / "other.json"
    other = Project(source_file=str(sample_csv))
    other.settings.window_days = 45
    save_project(other, str(path))
    session = loaded.session
    before = (session.project, session.project_path, session.imported, session.computed, loaded.windowTitle())
    # Library patch kept: the platform's file dialog is modal and static, with no hook to answer it.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    loaded.open_project(None)
    assert loaded.import_flow.runner.is_busy()
    qtbot.mouseClick(loaded.progress.cancel_button, Qt.LeftButton)
    loaded.import_flow.runner.wait()
    qtbot.wait(50)
    assert (session.project, session.project_path, session.imported, session.computed, loaded.windowTitle()) == before
    assert session.settings.window_days != 45
    # not cancelled, the project comes with its file
    with qtbot.waitSignal(session.segmentation_changed, timeout=60000):
        loaded.open_project(None)
    assert session.project_path == str(path) and session.settings.window_days == 45
    assert session.imported.path == str(sample_csv)
