"""Where Clientele keeps its own files: the user data folder (campaign store), overridable by env."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from core import APP_NAME
from core.errors import OutputError
from core.words import Phrase

#: Environment variable that moves the whole user data folder (tests, portable installs).
DATA_DIR_ENV = "CLIENTELE_DATA_DIR"
#: Environment variable that moves only the campaign store file.
CAMPAIGN_STORE_ENV = "CLIENTELE_CAMPAIGN_STORE"


def data_dir(create: bool = True) -> Path:
    """The user data folder: ``$CLIENTELE_DATA_DIR`` if set, else the platform's usual place."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    folder = Path(override).expanduser() if override else Path(
        platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))
    if create:
        if folder.exists() and not folder.is_dir():
            raise OutputError(
                Phrase("Clientele's data folder is a file, not a folder."),
                Phrase("Move that file away, or set {variable} to a folder.", variable=DATA_DIR_ENV),
                file=str(folder),
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(
                Phrase("Clientele cannot create its data folder ({reason}).", reason=str(exc.strerror or exc)),
                Phrase("Check that you may write to it, or set {variable} to another folder.", variable=DATA_DIR_ENV),
                file=str(folder),
            ) from exc
    return folder


def log_dir() -> Path:
    """The folder of Clientele's logs: the crash log (core.crash_log) and the detailed log
    (core.logs), both in the user data folder."""
    return data_dir()


def campaign_store_path(create: bool = True) -> Path:
    """The SQLite file that records every mailing export (``$CLIENTELE_CAMPAIGN_STORE`` overrides);
    ``create``: make the user data folder it lives in when it is missing."""
    override = os.environ.get(CAMPAIGN_STORE_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return data_dir(create) / "campaigns.sqlite3"
