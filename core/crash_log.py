"""Log unexpected exceptions with their traceback to a file in the user's data folder."""

from __future__ import annotations

import datetime as _dt
import os
import platform
import sys
import traceback
from pathlib import Path

from core import __version__


def data_dir() -> Path:
    """The user's data folder: $CLIENTELE_DATA_DIR, else the platform's (platformdirs)."""
    override = os.environ.get("CLIENTELE_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("Clientele", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_path() -> Path:
    """Where tracebacks are written: ``<data folder>/clientele.log``."""
    return data_dir() / "clientele.log"


def log_exception(exc_type, exc_value, exc_tb) -> Path:
    """Append the traceback with time and versions; return the log file's path."""
    path = log_path()
    stamp = _dt.datetime.now().isoformat(timespec="seconds")
    text = "".join(traceback.format_exception(exc_type, exc_value, exc_tb))
    header = f"=== {stamp} Clientele {__version__}, Python {sys.version.split()[0]}, {platform.platform()}\n"
    try:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(header + text + "\n")
    except OSError:
        pass
    return path
