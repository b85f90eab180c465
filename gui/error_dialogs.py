"""Errors shown as plain-words dialogs, and a global exception hook that logs instead of crashing."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from core.errors import ClienteleError, DateOrderNeeded, InputError, OutputError, SettingsError
from core.schema import FIELD_WORDS
from core.words import Words
from gui.translation import installed_language

#: The words of this module, in the context "ErrorDialogs".
translate = QCoreApplication.translate


def title_for(error: BaseException) -> str:
    if isinstance(error, DateOrderNeeded):
        return translate("ErrorDialogs", "Which date order?")
    if isinstance(error, InputError):
        return translate("ErrorDialogs", "This file cannot be used as it is")
    if isinstance(error, OutputError):
        return translate("ErrorDialogs", "The file could not be written")
    if isinstance(error, SettingsError):
        return translate("ErrorDialogs", "A setting cannot be used")
    return translate("ErrorDialogs", "Something went wrong")


def show_error(parent, error: BaseException, title: str | None = None) -> None:
    """Show a core error (or any exception) in plain words; unexpected ones are logged first.
    ``title``: the dialog's title for a core error, when its kind's (title_for) would mislead."""
    if isinstance(error, DateOrderNeeded):  # (its advice names the command line's --date-order)
        words = error_words()
        where = error.where(words)
        QMessageBox.warning(parent, title_for(error), (f"{where}: " if where else "") + words.say(error.phrase)
                            + " " + translate("ErrorDialogs", "Open the file again and choose day-first or "
                                                              "month-first when asked."))
        return
    if isinstance(error, ClienteleError):
        words = error_words()
        QMessageBox.warning(parent, title or title_for(error), error.text(words, window_advice(error, words)))
        return
    path = log_exception(type(error), error, error.__traceback__)
    QMessageBox.critical(parent, title_for(error), unexpected_text(error, path))


def window_advice(error: ClienteleError, words: Words) -> str | None:
    """What to do in the window where core's advice names the command line's --map (``remap``):
    choose the column in the import's column mapping. None: the error's own advice."""
    if error.remap is None:
        return None
    if not error.remap:
        return translate("ErrorDialogs", "Open the file again (File ▸ Open) and check the columns chosen in the "
                                         "column mapping.")
    return translate("ErrorDialogs", "Open the file again (File ▸ Open) and choose the column for “%1” in the "
                                     "column mapping.").replace("%1", words.t(FIELD_WORDS.get(error.remap, error.remap)))


def error_words() -> Words:
    """Core's words in the window's language (the one installed on the application, as the
    session's): what an error dialog says about the file or setting."""
    return Words(installed_language())


def unexpected_text(error: BaseException, path: Path | None) -> str:
    text = translate("ErrorDialogs", "Clientele ran into a problem it did not expect (%1). Your data and files "
                     "are unchanged. Try the last step again; if it keeps happening, send the log file to support.")
    text = text.replace("%1", f"{type(error).__name__}: {error}")
    if path:
        text += "\n\n" + translate("ErrorDialogs", "The details were saved to %1.").replace("%1", str(path))
    return text


def log_exception(exc_type, exc, tb) -> Path | None:
    """Append the traceback to the log in the user's data folder (core.crash_log); its path."""
    try:
        from core.crash_log import log_exception as write_log  # noqa: PLC0415 - inside the guard: never raises

        return write_log(exc_type, exc, tb)
    except Exception:  # noqa: BLE001 - logging must never raise in the hook
        return None


def excepthook(exc_type, exc, tb) -> None:
    """sys.excepthook: log, then show a dialog instead of crashing (the app keeps running)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, ClienteleError):
        if QApplication.instance() is not None:
            QMessageBox.warning(QApplication.activeWindow(), title_for(exc), exc.text(error_words()))
        return
    path = log_exception(exc_type, exc, tb)
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    QMessageBox.critical(QApplication.activeWindow(), translate("ErrorDialogs", "Something went wrong"),
                         unexpected_text(exc, path))


def install_excepthook() -> None:
    sys.excepthook = excepthook
