"""Helpers for GUI tests: answer a modal dialog from inside its exec() loop, wait for the session."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from gui.mapping_dialog import MappingDialog


def when_dialog(cls, action, timeout_ms: int = 10000) -> list:
    """When a modal dialog of type ``cls`` shows, call ``action(dialog)`` (which should close it)."""
    seen = []
    waited = [0]

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, cls) and dialog.isVisible():
            seen.append(dialog)
            action(dialog)
            return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def import_sample(window, qtbot, monkeypatch, path):
    """Open ``path`` through File → Open and the mapping dialog, then wait for the segmentation."""

    # Library patch kept: the platform's file dialog is modal and static, with no hook to answer it.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen = when_dialog(MappingDialog, lambda d: d.buttons.accepted.emit())
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
        window.open_action.trigger()
    return seen


def filter_customers(page, qtbot) -> None:
    """The Customers page's apply_filter(), waited for: its rows are worked out on the page's worker."""
    with qtbot.waitSignal(page.filtered, timeout=20000):
        page.apply_filter()
