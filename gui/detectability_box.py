"""Before sending (definitions §9): what each ticked list's control group will be able to show.

The Export page's box under the control share: for the lists ticked and the share chosen, core's
sentence per list (core.campaigns.plan_detectability: "With 120 customers who can be mailed and a 10% control, only
an uplift of 23 points or more would show; a 25% control would detect 16 points."), worked out off
the GUI thread (its own TaskRunner) a moment after the last change, so the owner chooses the
control group's size knowingly.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QTextBrowser, QWidget

from core.campaigns import Detectability, MailingList, plan_detectability
from core.progress import ProgressCallback
from gui.error_dialogs import error_words, show_error
from gui.worker import TaskRunner

if TYPE_CHECKING:
    from core.segmentation import Segmentation

#: Shown while no list is ticked.
NOTHING_TICKED = QT_TRANSLATE_NOOP("DetectabilityBox", "Tick a list to see what its control group could show.")
#: How long after the last change the sentences are worked out again.
DELAY_MS = 200


def detect(segmentation: Segmentation, lists: Sequence[MailingList], control_share: float, *,
           progress: ProgressCallback) -> list[Detectability]:
    """core.campaigns.plan_detectability as a worker function (checks for a cancel first)."""
    progress(0.0, QCoreApplication.translate("DetectabilityBox", "What the control groups can show"))
    return plan_detectability(segmentation, list(lists), control_share)


class DetectabilityBox(QTextBrowser):
    """One sentence per ticked list; ``schedule()`` after any change of lists or share."""

    def __init__(self, choices: Callable[[], tuple[Segmentation | None, Sequence[MailingList], float, str]],
                 parent: QWidget | None = None) -> None:
        """``choices()`` gives the segmentation, the ticked lists, the control share (0-1) and the locale."""
        super().__init__(parent)
        self._choices = choices
        self.setToolTip(self.tr("Per ticked list: the smallest uplift the results could show with this control share, "
                                "so that you can choose the control group's size knowingly"))
        self.setMinimumHeight(48)
        self.setMaximumHeight(92)
        self.runner = TaskRunner(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.update_now)
        self._locale = "en_GB"

    def schedule(self, *_args: object) -> None:
        self._timer.start()

    def update_now(self) -> None:
        self._timer.stop()
        segmentation, lists, share, self._locale = self._choices()
        if segmentation is None or not lists:
            self.runner.cancel(quiet=True)
            self.setPlainText(self.tr(NOTHING_TICKED))
            return
        self.runner.start(detect, segmentation, list(lists), share, on_done=self._show,
                          on_error=lambda error: show_error(self, error))

    def _show(self, found: list[Detectability]) -> None:
        words = error_words()   # (core's words in the window's language, as the list beside says them)
        self.setHtml("".join(f"<p><b>{html.escape(words.name(one.list_name))}</b>: "
                             f"{html.escape(one.sentence(self._locale, words))}</p>" for one in found))
