"""A progress bar with a message and a Cancel button, bound to the window's TaskRunners.

One job may run as several tasks on several runners (opening a file: the first look, the import,
then the segmentation). ``expect(...)`` names the steps of such a job and the share of the bar each
fills, so the bar only ever moves forward across them instead of starting again at 0 per task.

Once a job has run for ``ESTIMATE_AFTER_S`` the label also says about how long is left, from the
pace of the bar since the job started (a ten-million-row file takes minutes).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QWidget

from core.progress import ProgressMessage
from core.words import Words
from gui.error_dialogs import error_words
from gui.worker import TaskRunner

#: A job says how long is left once it has run this long and filled ESTIMATE_MIN_SHARE of the bar.
ESTIMATE_AFTER_S = 3.0
ESTIMATE_MIN_SHARE = 0.05


@dataclass(frozen=True)
class Step:
    """The next task started on ``runner`` fills the bar from ``start`` to ``end`` (0–1)."""

    runner: TaskRunner
    start: float
    end: float


class ProgressPanel(QWidget):
    """Shows while any bound runner is busy; Cancel asks the busy runner to stop."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.label = QLabel()
        self.label.setMinimumWidth(120)
        self.label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(320)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop this step; what was on screen before stays as it was"))
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._runners: list[TaskRunner] = []
        self._active: TaskRunner | None = None
        self._steps: list[Step] = []
        self._span = (0.0, 1.0)
        self._message = ""
        self._words: Words | None = None  # core's words in the window's language, for the steps core reports
        self._job_clock: tuple[float, float] | None = None  # (monotonic time, bar fraction) at the job's start
        self.hide()

    def expect(self, *steps: Step) -> None:
        """The next tasks are the steps of one job, in this order (replaces any steps still expected)."""
        self._steps = list(steps)
        self._job_clock = None

    def bind(self, runner: TaskRunner) -> None:
        self._runners.append(runner)
        runner.started.connect(lambda message, r=runner: self._on_started(r, message))
        runner.progress_changed.connect(lambda fraction, message, r=runner: self._on_progress(r, fraction, message))
        runner.busy_changed.connect(lambda busy, r=runner: self._on_busy(r, busy))

    def cancel(self) -> None:
        if self._active is not None:
            self._active.cancel()

    def _on_started(self, runner: TaskRunner, message: str) -> None:
        self._active = runner
        if self._steps and self._steps[0].runner is runner:
            step = self._steps.pop(0)
            self._span = (step.start, step.end)
        else:  # a task of its own: the whole bar
            self._steps = []
            self._span = (0.0, 1.0)
            self._job_clock = None
        if self._job_clock is None:
            self._job_clock = (time.monotonic(), self._span[0])
        self._words = error_words()  # per job: the window's language may change between jobs
        self._message = message or self.tr("Working…")
        self.label.setText(self._message)
        self.bar.setValue(int(self._span[0] * 1000))
        self.show()

    def _on_progress(self, runner: TaskRunner, fraction: float, message: ProgressMessage) -> None:
        if runner is self._active:
            start, end = self._span
            value = int((start + max(0.0, min(1.0, fraction)) * (end - start)) * 1000)
            self.bar.setValue(max(value, self.bar.value()))  # never backwards within a job
            if message:  # core's step, in the window's language (the command line prints it in English)
                self._message = (self._words or error_words()).say(message)
            left = self.time_left()
            self.label.setText(f"{self._message} — {left}" if left else self._message)

    def time_left(self) -> str:
        """About how long the job has left, from its pace so far ("" early on, or with no pace yet)."""
        if self._job_clock is None:
            return ""
        started, start_fraction = self._job_clock
        seconds = seconds_left(time.monotonic() - started, start_fraction, self.bar.value() / 1000)
        if seconds is None:
            return ""
        if seconds >= 90:
            return self.tr("about %n minute(s) left", "", math.ceil(seconds / 60))
        return self.tr("about %n second(s) left", "", max(5, 5 * math.ceil(seconds / 5)))

    def _on_busy(self, runner: TaskRunner, busy: bool) -> None:
        if not busy and runner is self._active:
            self._active = next((r for r in self._runners if r.is_busy()), None)
            if self._active is None:
                self.hide()
                # a job whose next step did not start at once (a failure, a dialog) is over
                QTimer.singleShot(0, self._forget_steps_when_idle)

    def _forget_steps_when_idle(self) -> None:
        if not any(r.is_busy() for r in self._runners):
            self._steps = []
            self._job_clock = None


def seconds_left(elapsed: float, start_fraction: float, fraction: float) -> float | None:
    """How long a job that started at ``start_fraction`` of the bar ``elapsed`` seconds ago and
    stands at ``fraction`` now has left at the same pace; None before ESTIMATE_AFTER_S seconds or
    ESTIMATE_MIN_SHARE of the bar (too early to say)."""
    done = fraction - start_fraction
    if elapsed < ESTIMATE_AFTER_S or done < ESTIMATE_MIN_SHARE:
        return None
    return elapsed * max(0.0, 1.0 - fraction) / done
