"""QSettings persistence for the window: layout, recent files and projects, remembered mappings
and customers files, the last folder of each kind of file, whether to keep a detailed log, and the
window's language."""

from __future__ import annotations

import hashlib
import json
import os
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings, QStandardPaths

from core.language import Language
from core.schema import TRANSACTION_FIELDS

ORGANISATION = "Clientele"
APPLICATION = "Clientele"
#: Environment variable naming an .ini file to use instead of the platform's settings store (tests).
SETTINGS_FILE_ENV = "CLIENTELE_SETTINGS_FILE"
MAX_RECENT = 8


class FileKind(Enum):
    """The kinds of file a dialog asks for; each remembers the folder it was last taken from."""

    PURCHASES = "purchases"
    CUSTOMERS = "customers"
    PROJECT = "project"
    MAILING = "mailing"
    CHART = "chart"


def documents_folder() -> str:
    """The user's documents folder (the home folder where the system names none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def open_settings() -> QSettings:
    """The app's QSettings: an .ini in $CLIENTELE_SETTINGS_FILE, or in $CLIENTELE_DATA_DIR, or native."""
    explicit = os.environ.get(SETTINGS_FILE_ENV)
    if explicit:
        return QSettings(explicit, QSettings.IniFormat)
    data_dir = os.environ.get("CLIENTELE_DATA_DIR")
    if data_dir:
        return QSettings(str(Path(data_dir) / "clientele.ini"), QSettings.IniFormat)
    return QSettings(QSettings.NativeFormat, QSettings.UserScope, ORGANISATION, APPLICATION)


class AppSettings:
    """Typed access to what the window remembers between sessions."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings or open_settings()

    def location(self) -> str:
        """Where these settings are kept: a file (Linux: ~/.config/Clientele/Clientele.conf; macOS:
        ~/Library/Preferences/com.clientele.Clientele.plist; an .ini under CLIENTELE_DATA_DIR or
        CLIENTELE_SETTINGS_FILE) or, on Windows, a registry key."""
        return self.qsettings.fileName()

    # ---- recent files and projects -----------------------------------------------------------
    def recent(self, kind: str = "files") -> list[str]:
        value = self.qsettings.value(f"recent/{kind}", [])
        if isinstance(value, str):
            value = [value] if value else []
        if not isinstance(value, list):
            return []
        # (at most what Clientele writes: a settings file edited to hold 10,000 made the welcome page crash)
        return [str(v) for v in value if isinstance(v, str) and v][:MAX_RECENT]

    def add_recent(self, path: str, kind: str = "files") -> None:
        path = str(Path(path).resolve())
        items = [p for p in self.recent(kind) if p != path]
        self.qsettings.setValue(f"recent/{kind}", [path] + items[: MAX_RECENT - 1])
        self.qsettings.sync()

    # ---- where file dialogs open -----------------------------------------------------------------
    def last_folder(self, kind: FileKind) -> str:
        """The folder a file of ``kind`` was last opened from or saved to (if it still exists), else
        the one of any other kind, else the documents folder."""
        for key in [kind.value] + [k.value for k in FileKind if k is not kind]:
            folder = str(self.qsettings.value(f"folders/{key}", "") or "")
            if folder and Path(folder).is_dir():
                return folder
        return documents_folder()

    def set_last_folder(self, kind: FileKind, path: str) -> None:
        """Remember the folder of ``path`` (a file just chosen) for the next dialog of ``kind``."""
        self.qsettings.setValue(f"folders/{kind.value}", str(Path(path).resolve().parent))
        self.qsettings.sync()

    # ---- mappings remembered per set of column names --------------------------------------------
    @staticmethod
    def columns_key(columns) -> str:
        text = "\x1f".join(str(c) for c in columns)
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]

    def remembered_mapping(self, columns) -> dict | None:
        text = self.qsettings.value(f"mappings/{self.columns_key(columns)}")
        if not text:
            return None
        try:
            value = json.loads(str(text))
        except ValueError:
            return None
        if not isinstance(value, dict):
            return None
        # (only fields Clientele knows, each naming one of these columns: an entry edited by hand had
        # left the dialog with every field unset, under "Using the choices you made last time")
        names = {str(c) for c in columns}
        kept = {str(field): column for field, column in value.items()
                if field in TRANSACTION_FIELDS and isinstance(column, str) and column in names}
        return kept or None

    def remember_mapping(self, columns, mapping: dict) -> None:
        self.qsettings.setValue(f"mappings/{self.columns_key(columns)}", json.dumps(mapping))
        self.qsettings.sync()

    # ---- the customers file last used with a file of these columns ------------------------------
    def remembered_customers_file(self, columns) -> str | None:
        """The customers file (names, e-mails, consent) last imported with a purchases file of these
        columns, so that a newer export of the same file keeps it; None when there was none."""
        text = self.qsettings.value(f"customers_files/{self.columns_key(columns)}")
        return str(text) if text else None

    def remember_customers_file(self, columns, path: str | None) -> None:
        """What the owner left in the import dialog's Customer file box (None: cleared)."""
        self.qsettings.setValue(f"customers_files/{self.columns_key(columns)}", path or "")
        self.qsettings.sync()

    # ---- the detailed log (core.logs) -----------------------------------------------------------
    def detailed_log(self) -> bool:
        """The "Keep a detailed log" setting (off unless the owner turned it on)."""
        value = self.qsettings.value("log/detailed", False)
        return value is True or str(value).lower() == "true"

    def set_detailed_log(self, on: bool) -> None:
        self.qsettings.setValue("log/detailed", bool(on))
        self.qsettings.sync()

    # ---- the window's language (gui.translation) ----------------------------------------------
    def language(self) -> Language:
        """The language chosen in Help › Language; without a choice, the system's language when
        Clientele speaks it, else English."""
        code = str(self.qsettings.value("ui/language", "") or "")
        if code:
            try:
                return Language.from_code(code)
            except ValueError:
                pass  # a language this version does not speak (a newer version's setting)
        return Language.from_locale_name(QLocale.system().name())

    def set_language(self, language: Language) -> None:
        self.qsettings.setValue("ui/language", language.code)
        self.qsettings.sync()

    # ---- window layout ------------------------------------------------------------------------
    def save_window(self, window) -> None:
        self.qsettings.setValue("window/geometry", window.saveGeometry())
        self.qsettings.setValue("window/state", window.saveState())
        self.qsettings.sync()

    def restore_window(self, window) -> bool:
        geometry = self.qsettings.value("window/geometry")
        state = self.qsettings.value("window/state")
        # (only what save_window wrote: text there, from a settings file edited by hand, stopped every start)
        restored = isinstance(geometry, QByteArray) and not geometry.isEmpty() and window.restoreGeometry(geometry)
        if isinstance(state, QByteArray) and not state.isEmpty():
            window.restoreState(state)
        return restored
