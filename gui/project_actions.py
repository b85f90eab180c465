"""File → Open project / Save project, through core.project when it is available."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

PROJECT_FILTER = "Clientele projects (*.json);;All files (*)"


def _project_module():
    try:
        from core import project  # noqa: PLC0415
    except ImportError:
        return None
    return project


def open_project(window, path=None) -> None:
    module = _project_module()
    if module is None:
        QMessageBox.information(window, "Projects", "Saving and opening projects is coming in the next version.")
        return
    if not window.confirm_discard():
        return
    if not path:
        path, _ = QFileDialog.getOpenFileName(window, "Open project", "", PROJECT_FILTER)
        if not path:
            return
    from gui.project_io import load_into_window  # noqa: PLC0415

    load_into_window(window, path)


def save_project(window, ask: bool = False) -> bool:
    module = _project_module()
    if module is None:
        QMessageBox.information(window, "Projects", "Saving and opening projects is coming in the next version.")
        return False
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
