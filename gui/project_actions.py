"""File → Open project / Save project, through core.project."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.app_settings import FileKind
from gui.project_io import load_into_window, save_from_window

if TYPE_CHECKING:
    from gui.main_window import MainWindow

#: The words of this module, in the context "ProjectActions".
translate = QCoreApplication.translate



def project_filter() -> str:
    """The file dialogs' filter for project files, in the window's language (the pattern as it is)."""
    return (translate("ProjectActions", "Clientele projects (%1)").replace("%1", "*.json") + ";;"
            + translate("ProjectActions", "All files (*)"))


def open_project(window: MainWindow, path: str | None = None) -> None:
    """Open ``path`` (or ask for a project file) after the unsaved-changes question."""
    if not window.confirm_discard():
        return
    if not path:
        start = window.app_settings.last_folder(FileKind.PROJECT)
        path, _ = QFileDialog.getOpenFileName(window, translate("ProjectActions", "Open project"), start,
                                              project_filter())
        if not path:
            return
        window.app_settings.set_last_folder(FileKind.PROJECT, path)
    load_into_window(window, path)


def save_project(window: MainWindow, ask: bool = False) -> bool:
    """Save the project where it was saved before (asking when new, or ``ask``); True when saved."""
    if window.session.imported is None:
        QMessageBox.information(window, translate("ProjectActions", "Save project"),
                                translate("ProjectActions", "Open a purchases file first."))
        return False
    path = window.session.project_path
    if ask or not path:
        start = path or str(Path(window.app_settings.last_folder(FileKind.PROJECT)) / "clientele-project.json")
        path, _ = QFileDialog.getSaveFileName(window, translate("ProjectActions", "Save project"), start,
                                              project_filter())
        if not path:
            return False
        window.app_settings.set_last_folder(FileKind.PROJECT, path)
    return save_from_window(window, path)
