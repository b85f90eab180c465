"""Project files for the window: save the session's core.project.Project, and load one back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.errors import ClienteleError
from gui.app_settings import FileKind
from gui.error_dialogs import show_error
from gui.pages.welcome import file_filter

if TYPE_CHECKING:
    from gui.main_window import MainWindow

#: The words of this module, in the context "ProjectIO".
translate = QCoreApplication.translate



def save_from_window(window: MainWindow, path: str) -> bool:
    """Save the session's project at ``path`` (".json" added); False when it could not be written."""
    from core.project import save_project  # noqa: PLC0415 - pandas stays out of start-up

    session = window.session
    project = session.project
    if project is None:
        return False
    if not path.lower().endswith(".json"):
        path += ".json"
    inputs = [p for p in (project.source_file, project.customers_file) if p]
    try:
        save_project(project, path, inputs=inputs)
    except ClienteleError as error:
        show_error(window, error)
        return False
    session.project_path = path
    session.mark_dirty(False)
    window.app_settings.add_recent(path, "projects")
    window.refresh_recent()
    window.statusBar().showMessage(translate("ProjectIO", "Project saved: %1").replace("%1", path), 5000)
    return True


def load_into_window(window: MainWindow, path: str) -> None:
    """Read the project, take its choices, then import its purchases file with its import options."""
    from core.project import load_project  # noqa: PLC0415 - pandas stays out of start-up

    try:
        project = load_project(path)
    except ClienteleError as error:
        show_error(window, error)
        return
    source = project.source_file
    if not source or not Path(source).exists():
        gone = (translate("ProjectIO", "The project was made from %1, which is not there any more. Choose the "
                          "file (or a newer export of it) to continue.").replace("%1", source) if source else
                translate("ProjectIO", "The project was made from a purchases file, which is not there any more. "
                          "Choose the file (or a newer export of it) to continue."))
        QMessageBox.information(window, translate("ProjectIO", "Where is the purchases file?"), gone)
        source, _ = QFileDialog.getOpenFileName(window, translate("ProjectIO", "Purchases file for this project"),
                                                window.app_settings.last_folder(FileKind.PURCHASES), file_filter())
        if not source:
            return
    window.app_settings.add_recent(path, "projects")
    window.refresh_recent()
    customers = project.customers_file
    if customers and not Path(customers).exists():
        question = translate("ProjectIO", "The project's customers file %1 (names, e-mail addresses, consent) is not "
                             "there any more. Without it Clientele does not know who opted out in it. Choose where "
                             "it is now?").replace("%1", customers)
        answer = QMessageBox.question(window, translate("ProjectIO", "Where is the customers file?"), question,
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
        customers = None
        if answer == QMessageBox.Yes:
            customers, _ = QFileDialog.getOpenFileName(
                window, translate("ProjectIO", "Customers file for this project"), "", file_filter())
            customers = customers or None
    # (the project is taken when its file is imported: a cancelled or failed import leaves the open
    # analysis and its project as they were)
    window.import_flow.start_with_options(source, project.import_options, customers, project=(project, path))
