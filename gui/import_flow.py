"""The import flow: file → sheet and mapping (when the file is new) → import → date-order and
currency questions."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from core.errors import CurrencyNeeded, DateOrderNeeded
from gui import tasks
from gui.error_dialogs import error_words, show_error
from gui.worker import TaskRunner

#: The words of this module, in the context "ImportFlow".
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from core.importing import ImportOptions
    from core.project import Project


class ImportFlow(QObject):
    """Drives one import at a time on its own runner; emits ``imported`` with a tasks.Imported."""

    imported = Signal(object)
    failed = Signal(object)
    #: emitted just before the first look at a file is read (the job's progress starts)
    preview_starting = Signal()
    #: emitted just before the import; True when it follows a first look (the job's progress goes on)
    import_starting = Signal(bool)

    def __init__(self, window, app_settings, parent=None) -> None:
        super().__init__(parent)
        self.window = window
        self.app_settings = app_settings
        self.runner = TaskRunner(self)
        self._path: str | None = None
        self._options: ImportOptions | None = None
        self._attributes_path: str | None = None
        self._preview: tasks.Preview | None = None  # its table stands for the file: read once
        self._project: tuple[Project, str] | None = None  # (a project being opened, its file)

    # ---- entry points --------------------------------------------------------------------------
    def start(self, path: str, ask_mapping: bool = True, attributes_path: str | None = None) -> None:
        """Import ``path``; for a file Clientele has not seen, show the mapping page first.

        ``attributes_path``: the customers file attached to the analysis; it stays attached (the
        dialog's Customer file box shows it) unless the owner clears it there."""
        self._path = str(path)
        self._attributes_path = attributes_path
        self._options = None
        self._preview = None
        self._project = None
        if ask_mapping:
            self.preview_starting.emit()
            self.runner.start(tasks.read_preview, self._path, on_done=self._on_preview,
                              on_error=self._on_error, message=self.tr("Reading %1…").replace("%1", Path(path).name))
        else:
            self._run_import()

    def start_with_options(self, path: str, options: ImportOptions | None, attributes_path: str | None = None,
                           project: tuple[Project, str] | None = None) -> None:
        """Import with known options, without the mapping dialog; ``project``: the project file being
        opened (the project and where it is), which the window takes only when this import is done."""
        self._path = str(path)
        self._options = options
        self._attributes_path = attributes_path
        self._preview = None
        self._project = project
        self._run_import()

    # ---- steps ---------------------------------------------------------------------------------
    def _on_preview(self, preview: tasks.Preview) -> None:
        from gui.mapping_dialog import MappingDialog  # noqa: PLC0415 - the dialog loads when a file is first opened

        session = self.window.session
        # core's words as the Import page will say them: the shop's, a new analysis's in the window's language
        dialog = MappingDialog(preview, self.app_settings, self.runner, self.window,
                               attributes_path=self._attributes_path,
                               words=session.new_shop(session.shop_info()).words())
        if not dialog.exec():
            self._release_table(dialog.preview)
            return
        self._options = dialog.import_options()
        self._attributes_path = dialog.attributes_path()
        self._preview = dialog.preview  # the sheet finally chosen
        self._run_import()

    def _run_import(self) -> None:
        self.import_starting.emit(self._preview is not None)
        self.runner.start(functools.partial(tasks.import_file, preview=self._preview), self._path, self._options,
                          self._attributes_path, on_done=self._on_imported, on_error=self._on_error,
                          message=self.tr("Importing %1…").replace("%1", Path(self._path).name))

    def _release_table(self, preview: tasks.Preview | None) -> None:
        """Let the table read for the first look go (the dialog keeps its Preview; not the table)."""
        if preview is not None:
            preview.table = None
        self._preview = None

    def _on_imported(self, imported: tasks.Imported) -> None:
        self._release_table(self._preview)
        imported.attributes_path = self._attributes_path
        if self._project is not None:
            imported.project, imported.project_path = self._project
        # (QSettings writes its file: a later event-loop turn, not the one that shows the import)
        QTimer.singleShot(0, lambda path=self._path: self.app_settings.add_recent(path))
        self.imported.emit(imported)

    def _on_error(self, error: BaseException) -> None:
        if isinstance(error, DateOrderNeeded):
            order = ask_date_order(self.window, error)
            if order:
                from core.importing import ImportOptions  # noqa: PLC0415 - loaded with the first file read

                if self._options is None:
                    self._options = ImportOptions()
                self._options.date_order = order
                self._run_import()
            else:
                self._release_table(self._preview)
            return
        if isinstance(error, CurrencyNeeded):
            currency = ask_currency(self.window, error)
            if currency:
                from core.importing import ImportOptions  # noqa: PLC0415 - loaded with the first file read

                if self._options is None:
                    self._options = ImportOptions()
                self._options.currency = currency
                self._run_import()
                return
            self._release_table(self._preview)
            self.failed.emit(error)  # (the owner chose to stop: the previous analysis stays)
            return
        self._release_table(self._preview)
        show_error(self.window, error)
        self.failed.emit(error)



def ask_date_order(parent, error: DateOrderNeeded) -> str | None:
    """Ask whether 03/04/2024 means 3 April or March 4; 'dayfirst', 'monthfirst' or None."""
    examples = ", ".join(list(getattr(error, "examples", []) or [])[:3])
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Question)
    box.setWindowTitle(translate("ImportFlow", "Which date order?"))
    box.setText(translate("ImportFlow", "The dates in this file could be read two ways (for example %1).")
                .replace("%1", examples) if examples else
                translate("ImportFlow", "The dates in this file could be read two ways."))
    # (the error's own advice names the command line's --date-order: not for the window)
    box.setInformativeText(translate("ImportFlow", "No date in the file settles it. How does your shop software "
                                     "write 3 April 2024: day first or month first?"))
    day = box.addButton(translate("ImportFlow", "Day first: 03/04/2024"), QMessageBox.AcceptRole)
    month = box.addButton(translate("ImportFlow", "Month first: 04/03/2024"), QMessageBox.AcceptRole)
    box.addButton(QMessageBox.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is day:
        return "dayfirst"
    if clicked is month:
        return "monthfirst"
    return None


def ask_currency(parent, error: CurrencyNeeded) -> str | None:
    """Ask which currency to keep when the amounts mix several; its ISO code, or None to stop."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Question)
    box.setWindowTitle(translate("ImportFlow", "Which currency?"))
    box.setText(translate("ImportFlow", "The amounts in this file are in more than one currency. Clientele never "
                          "converts money, so it can use the rows of one currency only."))
    box.setInformativeText(error_words().say(error.phrase) + " " + translate("ImportFlow", "Keep the rows of which currency? The "
                                                           "others are set aside and counted in the import report."))
    buttons = {}
    for code, rows in error.currencies[:6]:  # (%Ln: the count as the window's language writes it, 1,234)
        keep = QCoreApplication.translate("ImportFlow", "Keep %1 (%Ln row(s))", "", rows).replace("%1", code)
        buttons[code] = box.addButton(keep, QMessageBox.AcceptRole)
    stop = box.addButton(translate("ImportFlow", "Stop"), QMessageBox.RejectRole)
    box.setDefaultButton(stop)
    box.exec()
    clicked = box.clickedButton()
    return next((code for code, button in buttons.items() if button is clicked), None)
