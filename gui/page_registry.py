"""The analysis pages in navigation order: their modules imported on a background thread, then
built one at a time (``PageBuilder``) so no single event-loop turn builds them all."""

from __future__ import annotations

import importlib
import threading

PAGE_SPECS = (
    ("gui.pages.overview", "OverviewPage", "Overview", "Headline figures and the main charts"),
    ("gui.pages.segments", "SegmentsPage", "Segments", "Customer groups and the segment map"),
    ("gui.pages.winback", "WinbackPage", "Win-back", "Customers who have gone quiet, biggest spenders first"),
    ("gui.pages.tiers", "TiersPage", "Loyalty tiers", "Tier rules, distribution and who is nearly up"),
    ("gui.pages.customers", "CustomersPage", "Customers", "Every customer, with search, filters and details"),
    ("gui.pages.offers", "OffersPage", "Offers", "An offer and a message per list"),
    ("gui.pages.export", "ExportPage", "Export", "Write the mailing list"),
)
PAGE_MODULES = tuple(spec[0] for spec in PAGE_SPECS)
_ALSO_IMPORTED = ("matplotlib.figure", "matplotlib.backends.backend_agg", "core.segmentation.segment", "core.segmentation.explain",
                  "core.campaigns.export")


def prewarm() -> threading.Event:
    """Import the pages' modules (pandas, matplotlib, core) on a background thread while the first
    file is read, so building the pages afterwards costs only the widgets. The event is set when
    every import has been tried."""
    done = threading.Event()

    def load() -> None:
        try:
            for name in PAGE_MODULES + _ALSO_IMPORTED:
                try:
                    importlib.import_module(name)
                except ImportError:
                    pass
        finally:
            done.set()

    threading.Thread(target=load, name="clientele-prewarm", daemon=True).start()
    return done


def build_page(spec, session) -> tuple[object, str, str]:
    """(widget, title, tooltip) for one entry of PAGE_SPECS."""
    module_name, class_name, title, tooltip = spec
    module = importlib.import_module(module_name)
    return getattr(module, class_name)(session), title, tooltip


def build_pages(session, window=None) -> list[tuple[object, str, str]]:
    """(widget, title, tooltip) for every page, built at once."""
    return [build_page(spec, session) for spec in PAGE_SPECS]
