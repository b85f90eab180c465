"""A progress bar with a message and a Cancel button, bound to a TaskRunner."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from gui.worker import TaskRunner


class ProgressPanel(QWidget):
    """Shows while any bound runner is busy; Cancel asks the busy runner to stop."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.label = QLabel()
        self.label.setMinimumWidth(220)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(320)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop this step; what was on screen before stays as it was")
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._runners: list[TaskRunner] = []
        self._active: TaskRunner | None = None
        self.hide()

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
        self.label.setText(message or "Working…")
        self.bar.setValue(0)
        self.show()

    def _on_progress(self, runner: TaskRunner, fraction: float, message: str) -> None:
        if runner is self._active:
            self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
            if message:
                self.label.setText(message)

    def _on_busy(self, runner: TaskRunner, busy: bool) -> None:
        if not busy and runner is self._active:
            self._active = next((r for r in self._runners if r.is_busy()), None)
            if self._active is None:
                self.hide()
