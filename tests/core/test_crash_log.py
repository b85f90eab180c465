"""core.crash_log: an unexpected error's traceback appended to clientele.log in the log folder."""

from __future__ import annotations

import sys

from core.crash_log import log_exception, log_path
from core.user_folders import DATA_DIR_ENV, log_dir


def _raise_and_log():
    try:
        raise ValueError("something inside went wrong")
    except ValueError:
        return log_exception(*sys.exc_info())


def test_traceback_is_appended_with_time_and_versions():
    path = _raise_and_log()
    assert path == log_path() == log_dir() / "clientele.log"
    _raise_and_log()
    text = path.read_text("utf-8")
    assert text.count("=== ") == 2 and "Clientele " in text and "Python " in text
    assert "ValueError: something inside went wrong" in text


def test_no_writable_folder_means_no_log_and_no_error(monkeypatch, tmp_path):
    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "file" / "data"))
    assert _raise_and_log() is None
