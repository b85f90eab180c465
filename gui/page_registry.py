"""The analysis pages in navigation order: their modules imported on a background thread, then
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
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

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


def prewarm() -> threading.Event:
    """Import the pages' modules (pandas, matplotlib, core) on a background thread while the first
    file is read, so building the pages afterwards costs only the widgets. The event is set when
    every import has been tried.

    The cyclic garbage collector waits while they load, then the objects they made (some 150,000
    functions, classes, dicts that live as long as the app) are moved out of its sight
    (``gc.freeze``): each full collection walked them all, holding the GIL for 160-450 ms on this
    machine whichever thread triggered it (twice during these imports), and the window froze that
    long. Objects made later are collected as before; only cycles alive at that moment that die
    later are no longer freed."""
    done = threading.Event()

    def load() -> None:
        collecting = gc.isenabled()
        gc.disable()
        try:
            for name in PAGE_MODULES + _ALSO_IMPORTED:
                try:
                    importlib.import_module(name)
                except ImportError:
                    log.warning("could not import %s ahead of time", name, exc_info=True)
            gc.freeze()
        finally:
            if collecting:
                gc.enable()
            done.set()

    threading.Thread(target=load, name="clientele-prewarm", daemon=True).start()
    return done


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
