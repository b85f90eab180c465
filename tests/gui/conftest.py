"""GUI fixtures: a main window with settings in tmp, runners drained at teardown, dialogs patched."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from core.language import Language
from gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path, monkeypatch):
    monkeypatch.setenv("CLIENTELE_SETTINGS_FILE", str(tmp_path / "settings.ini"))


@pytest.fixture
def message_boxes(monkeypatch):
    """Record QMessageBox static calls instead of showing them; answers Discard / Ok."""
    shown: list[tuple[str, str, str]] = []

    def recorder(kind, answer):
        def show(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return answer
        return show

    # Library patch kept: QMessageBox's static boxes are modal; recording them is the test's only view.
    monkeypatch.setattr(QMessageBox, "warning", recorder("warning", QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "critical", recorder("critical", QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "information", recorder("information", QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "question", recorder("question", QMessageBox.Discard))
    monkeypatch.setattr(QMessageBox, "about", recorder("about", None))
    return shown


@pytest.fixture
def window(qtbot, message_boxes):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.session.mark_dirty(False)
    win.shutdown()


@pytest.fixture
def loaded(window, qtbot):
    """The window with the bundled sample open and segmented."""
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=60000):
        window.open_sample()
    return window


#: Harmless notices of the offscreen platform plugin (no real window manager to talk to).
OFFSCREEN_NOTICES = ("This plugin does not support propagateSizeHints", "This plugin does not support raise")


@pytest.fixture
def german(window, qtbot):
    """The sample opened as a new analysis in a window asking for German (the shop writes German)."""
    window.session.language = Language.GERMAN
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=60000):
        window.open_sample()
    return window


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/gui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOTICES))
