"""How reliable are the predictions? The model check of definitions §11 in a dialog.

The check fits the purchase model again on the first three quarters of the history and compares
what it predicts for the last quarter with what customers did. ``ModelChecks`` (one per session)
computes it on its own TaskRunner, off the GUI thread, once per fit: a settings change keeps the
fit (core's FactsCache) and so the check; a new file or reference date makes a new one. The dialog
shows the chart (drawn on the session's chart thread, gui.chart_canvas), the totals and the
warning; it is opened from the Customers page and the Overview (``show_model_check``).
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSize, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from core.errors import ClienteleError
from core.output import format_date, format_number
from core.words import Words
from gui import charts, tasks
from gui.chart_canvas import ChartWidget
from gui.error_dialogs import error_words
from gui.screen_fit import fit_dialog
from gui.worker import TaskRunner

if TYPE_CHECKING:
    from core.segmentation import ModelCheck, Predictions
    from gui.session import Session

translate = QCoreApplication.translate

#: The link text the pages show (an <a href> to the dialog), and the dialog's title (translated where
#: shown: the pages in their own context, the dialog in "ModelCheckDialog").
LINK_TEXT = QT_TRANSLATE_NOOP("ModelCheckDialog", "How reliable are the predictions?")
#: What the dialog says the check does.
INTRO = QT_TRANSLATE_NOOP("ModelCheckDialog", "Clientele hides the last quarter of your history, fits the "
                          "predictions again on the first three quarters, and compares what they predict for the "
                          "last quarter with what your customers really did: per number of repeat purchase days "
                          "before it, and in total.")


class ModelChecks(QObject):
    """The session's model check: ``request(predictions)`` starts it unless it is done or running for
    that fit; ``changed`` fires when a check arrives or fails; ``current(predictions)`` is the check of
    that fit, or None."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = TaskRunner(self)
        self._predictions: Predictions | None = None
        self._check: ModelCheck | None = None
        self.error: str | None = None
        #: the fit whose check the owner stopped (the status bar's Cancel): the dialog offers to check again
        self.stopped: Predictions | None = None
        self.dialog: ModelCheckDialog | None = None
        self.runner.cancelled.connect(self._on_cancelled)

    def current(self, predictions: Predictions | None) -> ModelCheck | None:
        return self._check if predictions is not None and predictions is self._predictions else None

    def request(self, predictions: Predictions | None) -> None:
        if predictions is None:
            return
        if predictions is self._predictions and (self._check is not None or self.runner.is_busy()):
            return
        self._predictions, self._check, self.error, self.stopped = predictions, None, None, None
        self.runner.start(tasks.check_predictions, predictions, on_done=self._on_done, on_error=self._on_error,
                          message=self.tr("Checking the predictions…"))

    def _on_done(self, check: ModelCheck) -> None:
        self._check = check
        self.changed.emit()

    def _on_cancelled(self) -> None:
        self._predictions, self.stopped = None, self._predictions
        self.changed.emit()

    def _on_error(self, error: BaseException) -> None:
        text = error.text(error_words()) if isinstance(error, ClienteleError) else str(error)
        self.error = text or type(error).__name__
        self._predictions = None
        self.changed.emit()


@dataclass(frozen=True)
class CheckWords:
    """What the dialog writes about a check: the period and totals, and the warning (or None)."""

    totals: str
    warning: str | None
    #: that the check covers fewer days than the predictions look ahead (or None)
    horizon: str | None = None


def check_words(check: ModelCheck, locale: str | None = None, words: Words | None = None) -> CheckWords:
    """"Fitted on the purchases up to 7 September 2011 …: predicted 227, actual 293" in words (in the
    window's language; the guardrail and the warning are core's, in ``words``' language: the shop's)."""
    if check.guardrail is not None or check.calibration_end is None:
        return CheckWords(translate("ModelCheckDialog", "No check: %1").replace("%1", str(check.guardrail_text(words))),
                          None)
    start = check.calibration_end.date() + dt.timedelta(days=1)
    customers = sum(b.customers for b in check.buckets)
    values = {"%1": format_date(check.calibration_end.date(), locale),
              "%2": format_number(check.holdout_days, 0, locale), "%3": format_date(start, locale),
              "%4": format_date(check.reference_date.date(), locale), "%5": format_number(customers, 0, locale),
              "%6": format_number(check.predicted_total, 0, locale), "%7": format_number(check.actual_total, 0, locale)}
    totals = translate("ModelCheckDialog", "Fitted on the purchases up to %1; for the %2 days from %3 to %4, the %5 "
                       "customers who had bought by then were expected to buy on %6 days in total, and bought on %7.")
    for mark, value in values.items():
        totals = totals.replace(mark, value)
    warning = check.warning_text(words)
    if warning is not None:
        warning = warning[:1].upper() + warning[1:]
    horizon = (words or Words()).say(check.horizon) if check.horizon is not None else None
    return CheckWords(totals, warning, horizon)


class ModelCheckDialog(QDialog):
    """The check of the current analysis' predictions; follows the session as it recomputes."""

    def __init__(self, session: Session, checks: ModelChecks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr(LINK_TEXT))
        self.session = session
        self.checks = checks
        intro = QLabel(self.tr(INTRO))
        intro.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.linkActivated.connect(self._check_again)
        self.chart = ChartWidget(self.tr("Model check"), session.chart_executor, height=3.0)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b2182b")
        self.horizon = QLabel()     # (a check shorter than the predictions' year says so)
        self.horizon.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.status)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.warning)
        layout.addWidget(self.horizon)
        layout.addWidget(buttons)
        #: The check on screen, and the chart's data: labels (0 … 7+), predicted and actual purchase days.
        self.shown: ModelCheck | None = None
        self.bars: tuple[list[str], list[float], list[int]] | None = None
        session.segmentation_changed.connect(self.refresh)
        checks.changed.connect(self.refresh)
        fit_dialog(self, QSize(760, 560))

    def refresh(self) -> None:
        seg = self.session.segmentation
        predictions = seg.predictions if seg is not None else None
        check = self.checks.current(predictions)
        locale = self.session.shop_info().locale
        self.shown = check
        if predictions is None or predictions.purchase_model is None:
            reason = (predictions.guardrail_text(self.session.shop_info().words()) if predictions is not None
                      else self.tr("No predictions were made."))
            self._say(self.tr("Nothing to check: %1").replace("%1", str(reason)))
            return
        if check is None:
            if self.checks.error is not None:
                self._say(self.tr("The check could not be made: %1").replace("%1", html.escape(self.checks.error)))
                self.checks.error = None
                return
            if self.checks.stopped is predictions:
                self._say(self.tr("The check was stopped.") + ' <a href="again">' + self.tr("Check again") + "</a>")
                return
            if self.isVisible():          # a closed dialog does not refit for every new analysis
                self.checks.request(predictions)
            self._say(self.tr("Checking the predictions: fitting them again on the first three quarters of the "
                              "history…"))
            return
        words = check_words(check, locale, self.session.shop_info().words())
        if check.guardrail is not None:
            self._say(words.totals)
            return
        self.status.setVisible(False)
        labels = [b.label for b in check.buckets]
        predicted = [b.predicted for b in check.buckets]
        actual = [b.actual for b in check.buckets]
        self.bars = (labels, predicted, actual)
        self.chart.setVisible(True)
        self.chart.draw(lambda fig: charts.model_check_bars(fig, labels, predicted, actual, locale))
        self.totals.setText(words.totals)
        self.totals.setVisible(True)
        self.warning.setText("<b>" + self.tr("Warning:") + f"</b> {html.escape(words.warning)}" if words.warning else
                             "<span style='color:#1a7f37'>" + self.tr("Predicted and actual totals are within 20% "
                             "of each other: the predictions held up on this history.") + "</span>")
        self.horizon.setText(words.horizon or "")
        self.horizon.setVisible(bool(words.horizon))

    def _check_again(self, _link: str = "") -> None:
        seg = self.session.segmentation
        if seg is not None and seg.predictions is not None:
            self.checks.request(seg.predictions)
        self.refresh()

    def _say(self, text: str) -> None:
        self.bars = None
        self.status.setText(text)
        self.status.setVisible(True)
        self.chart.setVisible(False)
        self.totals.setVisible(False)
        self.warning.clear()
        self.horizon.setVisible(False)


def show_model_check(session: Session, parent: QWidget | None = None) -> ModelCheckDialog:
    """Open (or bring forward) the session's "How reliable are the predictions?" dialog."""
    checks = session.model_checks
    if checks.dialog is None:
        checks.dialog = ModelCheckDialog(session, checks, parent)
    dialog = checks.dialog
    dialog.show()
    dialog.refresh()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
