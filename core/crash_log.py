"""Log unexpected exceptions with their traceback to a file in the user's data folder."""

from __future__ import annotations

import datetime as _dt
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from core import __version__
from core.user_folders import log_dir


def log_path() -> Path:
    """Where tracebacks are written: ``clientele.log`` in the log folder (the user data folder)."""
    return log_dir() / "clientele.log"


def log_exception(exc_type: type[BaseException], exc_value: BaseException,
                  exc_tb: TracebackType | None) -> Path | None:
    """Append the traceback with time and versions; return the log file's path (None if there is
    no writable data folder)."""
    try:
        path = log_path()
    except Exception:  # noqa: BLE001 - logging must never raise
        return None
    stamp = _dt.datetime.now().isoformat(timespec="seconds")
    text = "".join(traceback.format_exception(exc_type, exc_value, exc_tb))
    header = f"=== {stamp} Clientele {__version__}, Python {sys.version.split()[0]}, {platform.platform()}\n"
    try:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(header + text + "\n")
    except OSError:
        pass
    return path
