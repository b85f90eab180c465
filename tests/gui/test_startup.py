"""Start-up stays light: the window is usable quickly and pandas/matplotlib load only when needed."""

from __future__ import annotations

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
import sys, time
start = time.perf_counter()
from gui.app import create_application
app = create_application()
from gui.main_window import MainWindow
window = MainWindow()
window.show()
app.processEvents()
print(round(time.perf_counter() - start, 3), "pandas" in sys.modules, "matplotlib" in sys.modules)
window.shutdown()
"""


def test_window_opens_without_pandas_or_matplotlib(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLIENTELE_SETTINGS_FILE=str(tmp_path / "s.ini"))
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=60, check=True).stdout.split()
    seconds, pandas_loaded, matplotlib_loaded = float(out[0]), out[1], out[2]
    assert pandas_loaded == "False" and matplotlib_loaded == "False"
    assert seconds > 0  # the ≤ 2 s target is measured by bench/run_benchmarks.py, not asserted here


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
