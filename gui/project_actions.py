"""File → Open project / Save project, through core.project."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

PROJECT_FILTER = "Clientele projects (*.json);;All files (*)"


def open_project(window, path=None) -> None:
    if not window.confirm_discard():
        return
    if not path:
        path, _ = QFileDialog.getOpenFileName(window, "Open project", "", PROJECT_FILTER)
        if not path:
            return
    from gui.project_io import load_into_window  # noqa: PLC0415

    load_into_window(window, path)


def save_project(window, ask: bool = False) -> bool:
    if window.session.imported is None:
        QMessageBox.information(window, "Save project", "Open a purchases file first.")
        return False
    path = window.session.project_path
    if ask or not path:
        path, _ = QFileDialog.getSaveFileName(window, "Save project", path or "clientele-project.json", PROJECT_FILTER)
        if not path:
            return False
    from gui.project_io import save_from_window  # noqa: PLC0415

    return save_from_window(window, path)
