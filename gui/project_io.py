"""Project files for the window: gather the session into core.project.Project, and load one back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.error_dialogs import show_error
from gui.pages.welcome import FILE_FILTER


def project_from_session(session):
    """The session's choices as a core Project (import options, settings, offers, export, shop)."""
    from core.project import ExportChoices, Project  # noqa: PLC0415

    imported = session.imported
    choices = session.export_choices or {}
    return Project(
        import_options=imported.result.options if imported is not None else None,
        settings=session.settings,
        offers=list(session.offers.values()),
        export=ExportChoices(lists=list(choices.get("lists") or []),
                             control_share=float(choices.get("control_share", 0.10)),
                             csv=bool(choices.get("csv", False))),
        shop=session.shop_info(),
        source_file=imported.path if imported is not None else None,
        customers_file=getattr(imported, "attributes_path", None) if imported is not None else None,
    )


def save_from_window(window, path: str) -> bool:
    from core.errors import ClienteleError  # noqa: PLC0415
    from core.project import save_project  # noqa: PLC0415

    session = window.session
    if not path.lower().endswith(".json"):
        path += ".json"
    project = project_from_session(session)
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
    window.statusBar().showMessage(f"Project saved: {path}", 5000)
    return True


def load_into_window(window, path: str) -> None:
    """Read the project, take its choices, then import its purchases file with its import options."""
    from core.errors import ClienteleError  # noqa: PLC0415
    from core.project import load_project  # noqa: PLC0415

    try:
        project = load_project(path)
    except ClienteleError as error:
        show_error(window, error)
        return
    source = project.source_file
    if not source or not Path(source).exists():
        QMessageBox.information(
            window, "Where is the purchases file?",
            f"The project was made from {source or 'a purchases file'}, which is not there any more. "
            "Choose the file (or a newer export of it) to continue.")
        source, _ = QFileDialog.getOpenFileName(window, "Purchases file for this project", "", FILE_FILTER)
        if not source:
            return
    session = window.session
    session.settings = project.settings
    session.offers = {f"{o.target_kind}:{o.target}": o for o in project.offers}
    session.shop = project.shop
    session.export_choices = {"lists": list(project.export.lists), "control_share": project.export.control_share,
                              "csv": project.export.csv}
    session.project_path = path
    window.app_settings.add_recent(path, "projects")
    window.refresh_recent()
    customers = project.customers_file if project.customers_file and Path(project.customers_file).exists() else None
    window.import_flow.start_with_options(source, project.import_options, customers, keep_settings=True)
