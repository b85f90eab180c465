"""The analysis pages in navigation order: their modules imported on a worker (``Prewarm``), then
built by the main window one per event-loop turn, so no single turn builds them all.

Each page may name a ``prepare`` function: module-level and Qt-free, ``prepare(segmentation,
transactions)`` returns that page's view data (summaries, display-ready tables). The session's
worker calls every page's ``prepare`` after each segmentation (``prepare_pages``) and the page
finds its data in ``Computed.data(key, type)``; a new page registers here and touches nothing else.
"""

from __future__ import annotations

import gc
import importlib
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from gui.worker import TaskRunner

if TYPE_CHECKING:
    import pandas as pd
    from PySide6.QtWidgets import QWidget

    from core.progress import ProgressCallback
    from core.segmentation import Segmentation
    from gui.session import Session

log = logging.getLogger(__name__)

#: What a page's prepare function looks like: (segmentation, transactions) -> its view data.
Prepare = Callable[["Segmentation", "pd.DataFrame"], object]


@dataclass(frozen=True)
class PageSpec:
    """One analysis page: where its widget class is, its navigation title and tooltip, and
    ``prepare`` ("module:function", or None for a page that needs nothing prepared)."""

    key: str
    module: str
    class_name: str
    title: str
    tooltip: str
    prepare: str | None = None


PAGE_SPECS = (
    PageSpec("overview", "gui.pages.overview", "OverviewPage", "Overview", "Headline figures and the main charts",
             "gui.pages.overview:prepare"),
    PageSpec("segments", "gui.pages.segments", "SegmentsPage", "Segments", "Customer groups and the segment map",
             "gui.pages.segments:prepare"),
    PageSpec("changes", "gui.pages.changes", "ChangesPage", "Changes",
             "Who moved between segments since an earlier date", "gui.pages.changes:prepare"),
    PageSpec("winback", "gui.pages.winback", "WinbackPage", "Win-back",
             "Customers who have gone quiet, the most to lose first", "gui.pages.winback:prepare"),
    PageSpec("tiers", "gui.pages.tiers", "TiersPage", "Loyalty tiers", "Tier rules, distribution and who is nearly up",
             "gui.pages.tiers:prepare"),
    PageSpec("customers", "gui.pages.customers", "CustomersPage", "Customers",
             "Every customer, with search, filters and details", "gui.pages.customers:prepare"),
    PageSpec("occasions", "gui.pages.occasions", "OccasionsPage", "Occasions",
             "Birthdays, anniversaries and who is due to buy again", "gui.pages.occasions:prepare"),
    PageSpec("offers", "gui.pages.offers", "OffersPage", "Offers", "An offer and a message per list",
             "gui.mailing_lists:prepare"),
    PageSpec("export", "gui.pages.export", "ExportPage", "Export", "Write the mailing list",
             "gui.mailing_lists:prepare"),
    PageSpec("results", "gui.pages.results", "ResultsPage", "Results",
             "Did the offer work? A campaign's mailed customers against its control group"),
)
PAGE_MODULES = tuple(spec.module for spec in PAGE_SPECS)
# (core.project and core.analysis_memory: Session.set_imported imports them on the GUI thread the
# moment an import ends, which took 30-60 ms of that turn when they were not loaded yet)
_ALSO_IMPORTED = ("matplotlib.figure", "matplotlib.backends.backend_agg", "core.segmentation",
                  "core.campaigns.export", "gui.mailing_lists", "core.project", "core.analysis_memory")


def import_page_modules(*, progress: ProgressCallback) -> None:
    """Import the pages' modules and what they load (pandas, matplotlib, core); a module that cannot
    be imported is logged and left to the page that needs it. ``progress``: the worker's callback,
    asked between modules, so a window closed meanwhile stops at the next one."""
    names = PAGE_MODULES + _ALSO_IMPORTED
    for i, name in enumerate(names):
        progress(i / len(names), "")
        try:
            importlib.import_module(name)
        except ImportError:
            log.warning("could not import %s ahead of time", name, exc_info=True)


class Prewarm(QObject):
    """The pages' modules imported on a worker while the first file is read (``import_page_modules``
    on a TaskRunner of its own thread, "clientele-prewarm", beside the import's), so building the
    pages afterwards costs only the widgets. ``ready`` is set once every import has been tried.

    The cyclic garbage collector waits while they load, then the objects they made (some 150,000
    functions, classes, dicts that live as long as the app) are moved out of its sight
    (``gc.freeze``): each full collection walked them all, holding the GIL for 160-450 ms on this
    machine whichever thread triggered it (twice during these imports), and the window froze that
    long (docs/performance.md). Objects made later are collected as before; only cycles alive at
    that moment that die later are no longer freed. The collector is switched off, frozen and
    switched back on from the GUI thread only (``start``, then ``on_done``; ``shutdown`` switches
    it back on for imports cut short): no worker thread touches the process-wide switch."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ready = threading.Event()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="clientele-prewarm")
        self._runner = TaskRunner(self, self._executor)
        self._collecting = False
        self._started = False

    def start(self) -> None:
        """Start the imports (once), the collector waiting meanwhile."""
        if self._started:
            return
        self._started = True
        self._collecting = gc.isenabled()
        gc.disable()
        task = self._runner.start(import_page_modules, on_done=lambda _none: self._finish(imported=True),
                                  on_error=self._failed)
        if task < 0:
            self._finish(imported=False)

    def _failed(self, error: BaseException) -> None:
        log.warning("importing the pages' modules ahead of time failed", exc_info=error)
        self._finish(imported=False)

    def _finish(self, *, imported: bool) -> None:
        """(GUI thread) What the imports made out of the collector's sight, the collector back on."""
        if self.ready.is_set():
            return
        if imported:
            gc.freeze()
        if self._collecting:
            gc.enable()
        self.ready.set()

    def shutdown(self) -> None:
        """Stop between two imports (window close, test teardown); the collector back on."""
        self._runner.shutdown()
        self._executor.shutdown(wait=True, cancel_futures=True)
        if self._started:
            self._finish(imported=False)


def build_page(spec: PageSpec, session: Session) -> tuple[QWidget, str, str]:
    """(widget, title, tooltip) for one entry of PAGE_SPECS."""
    module = importlib.import_module(spec.module)
    return getattr(module, spec.class_name)(session), spec.title, spec.tooltip


def _prepare_function(path: str) -> Prepare:
    module_name, _, name = path.partition(":")
    function: Prepare = getattr(importlib.import_module(module_name), name)
    return function


def prepare_pages(segmentation: Segmentation, transactions: pd.DataFrame,
                  progress: ProgressCallback) -> dict[str, object]:
    """Every page's view data, keyed by PageSpec.key (runs in the session's worker thread). Pages
    that share a prepare function share its result."""
    done: dict[str, object] = {}
    out: dict[str, object] = {}
    for i, spec in enumerate(PAGE_SPECS):
        if spec.prepare is None:
            continue
        if spec.prepare not in done:
            title = QCoreApplication.translate("Pages", spec.title)  # (thread-safe: the step texts of tasks.py)
            progress(i / len(PAGE_SPECS), QCoreApplication.translate("Progress", "Preparing %1").replace("%1", title))
            started = time.perf_counter()
            done[spec.prepare] = _prepare_function(spec.prepare)(segmentation, transactions)
            log.debug("%s prepared in %.3f s", spec.prepare, time.perf_counter() - started)
        out[spec.key] = done[spec.prepare]
    progress(1.0, QCoreApplication.translate("Progress", "Pages ready"))
    return out
