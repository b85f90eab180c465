"""The progress panel: one bar per job, and how long the job has left once it has a pace."""

from __future__ import annotations

import threading
import time

import pytest

from gui import progress_panel
from gui.progress_panel import ProgressPanel, Step, seconds_left
from gui.worker import TaskRunner

pytestmark = pytest.mark.gui


def test_seconds_left_follows_the_pace_since_the_job_started():
    assert seconds_left(10.0, 0.0, 0.25) == pytest.approx(30.0)      # a quarter in 10 s: 30 s to go
    assert seconds_left(10.0, 0.25, 0.5) == pytest.approx(20.0)      # the job began at a quarter of the bar
    assert seconds_left(1.0, 0.0, 0.5) is None                       # too early to say
    assert seconds_left(10.0, 0.25, 0.26) is None                    # no pace yet


def test_a_long_job_says_how_long_it_has_left(qtbot, monkeypatch):
    monkeypatch.setattr(progress_panel, "ESTIMATE_AFTER_S", 0.3)
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    runner = TaskRunner()
    panel.bind(runner)
    release = threading.Event()

    def read_rows(*, progress):
        progress(0.1, "Reading rows…")
        time.sleep(0.4)
        progress(0.2, "Reading rows…")
        release.wait(10)
        return None

    panel.expect(Step(runner, 0.0, 0.85))
    runner.start(read_rows)
    try:
        qtbot.waitUntil(lambda: "left" in panel.label.text(), timeout=5000)
        text = panel.label.text()
        assert text.startswith("Reading rows… — about ")
        # 17 % of the bar in ~0.4 s: about 2 s left, written to the next 5 seconds
        assert text.endswith("5 second(s) left") or text.endswith("5 seconds left"), text
    finally:
        release.set()
        runner.shutdown()
