"""Where the app's log lines go: the one logging set-up, for the window and the command line.

Modules log with ``logging.getLogger(__name__)`` (loggers under ``core`` and ``gui``). This module
sends those lines to a rotating file, ``clientele-detail.log`` in the log folder (the user data
folder, next to the crash log ``clientele.log``): at INFO when a detailed log is asked for
(``--verbose`` on the command line, ``CLIENTELE_LOG=info`` in the environment, or the window's
"Keep a detailed log" setting), at WARNING otherwise. The lines also reach the root logger as
usual (pytest's caplog, a developer's own handlers).
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from core.errors import OutputError
from core.user_folders import log_dir

#: Environment variable that asks for the detailed log: ``CLIENTELE_LOG=info``.
LOG_ENV = "CLIENTELE_LOG"
#: The detailed log's file name in the log folder; rotated at MAX_BYTES, BACKUPS old files kept.
DETAIL_LOG_NAME = "clientele-detail.log"
MAX_BYTES = 2 * 1024 ** 2
BACKUPS = 3
#: The loggers whose lines go to the file (every module's logger is under one of them).
APP_LOGGERS = ("core", "gui")
#: The name the file handler carries, so a second set-up replaces it instead of adding another.
HANDLER_NAME = "clientele-detail-log"
LINE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(__name__)


class _QuietFileHandler(RotatingFileHandler):
    """The detailed log's handler: a line it cannot write (a full or read-only disk under the data
    folder) is dropped. logging's own handleError prints a traceback on the owner's screen for every
    such line, before the message that says what is wrong."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        return


def detail_log_path() -> Path:
    """``clientele-detail.log`` in the log folder."""
    return log_dir() / DETAIL_LOG_NAME


def env_asks_detail() -> bool:
    """True when ``CLIENTELE_LOG`` is ``info`` (any case)."""
    return os.environ.get(LOG_ENV, "").strip().lower() == "info"


def setup_logging(detailed: bool = False) -> Path | None:
    """Send the app's log lines to the rotating detailed log: INFO when ``detailed`` or
    ``CLIENTELE_LOG=info``, WARNING otherwise. Calling it again (the window's setting changed)
    replaces the handler. Returns the file's path; None when there is no writable log folder
    (then nothing is written, and nothing raises)."""
    level = logging.INFO if detailed or env_asks_detail() else logging.WARNING
    remove_logging()
    try:
        path = detail_log_path()
    except OutputError:
        return None
    handler = _QuietFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    handler.set_name(HANDLER_NAME)
    handler.setFormatter(logging.Formatter(LINE_FORMAT))
    for name in APP_LOGGERS:
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(level)
    log.info("Detailed log on: %s", path)
    return path


def remove_logging() -> None:
    """Take the detailed log's handler off again and give the app's loggers back their default level."""
    for name in APP_LOGGERS:
        logger = logging.getLogger(name)
        for handler in [h for h in logger.handlers if h.get_name() == HANDLER_NAME]:
            logger.removeHandler(handler)
            handler.close()
        logger.setLevel(logging.NOTSET)
