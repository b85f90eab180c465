"""Start-up stays light: the window is usable quickly and pandas/matplotlib load only when needed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from gui.smoke import answer_dialogs, run_smoke

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import json, sys
from gui.app import create_application
app = create_application()
from gui.main_window import MainWindow
window = MainWindow()
window.show()
app.processEvents()
print(json.dumps({"visible": window.isVisible(), "title": window.windowTitle(),
                  "open": window.open_action.isEnabled(), "export": window.export_action.isEnabled(),
                  "pandas": "pandas" in sys.modules, "matplotlib": "matplotlib" in sys.modules}))
window.shutdown()
"""


def test_window_opens_without_pandas_or_matplotlib(tmp_path):
    """The first window is shown, ready to open a file (nothing to export yet), before pandas or
    matplotlib is loaded. (How fast it opens, ≤ 2 s, is the benchmark's: bench/run_benchmarks.py.)"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLIENTELE_SETTINGS_FILE=str(tmp_path / "s.ini"))
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=60, check=True).stdout
    shown = json.loads(out.strip().splitlines()[-1])
    assert shown["pandas"] is False and shown["matplotlib"] is False
    assert shown["visible"] is True and shown["title"].startswith("Clientele")
    assert shown["open"] is True and shown["export"] is False


def test_smoke_flow_passes(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("CLIENTELE_SETTINGS_FILE", str(tmp_path / "smoke.ini"))
    scratch_parent = tmp_path / "scratch"
    scratch_parent.mkdir()
    assert run_smoke(scratch_parent=scratch_parent) == 0
    out = capsys.readouterr().out
    assert "smoke test passed" in out
    assert "mailing list written to " + str(scratch_parent) in out
    assert list(scratch_parent.iterdir()) == []  # the mailing list it wrote is not left behind


def test_smoke_run_closes_and_reports_message_boxes(qtbot):
    """The smoke run answers dialogs with a timer (no patched QMessageBox): a box that opens is
    closed from inside its own event loop and remembered."""

    dialogs: list[str] = []
    timer = answer_dialogs(dialogs)
    try:
        QMessageBox.warning(None, "Something to say", "This file is empty.")  # would wait for a click
    finally:
        timer.stop()
    assert dialogs == ["Something to say: This file is empty."]
