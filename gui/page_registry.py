"""Builds the analysis pages in navigation order; a page whose core part is missing is left out."""

from __future__ import annotations

PAGE_MODULES = ("gui.pages.overview", "gui.pages.segments", "gui.pages.winback", "gui.pages.tiers",
                "gui.pages.customers", "gui.pages.offers", "gui.pages.export")


def prewarm() -> None:
    """Import the pages' modules (pandas, matplotlib, core) on a background thread while the first
    file is read, so building the pages afterwards costs only the widgets."""
    import importlib  # noqa: PLC0415
    import threading  # noqa: PLC0415

    def load() -> None:
        for name in PAGE_MODULES + ("matplotlib.figure", "matplotlib.backends.backend_agg", "core.segmentation",
                                    "core.explain", "core.mailing_export"):
            try:
                importlib.import_module(name)
            except ImportError:
                pass

    threading.Thread(target=load, name="clientele-prewarm", daemon=True).start()


def build_pages(session, window) -> list[tuple[object, str, str]]:
    """(widget, title, tooltip) for every page this build can offer."""
    pages = []
    specs = [
        ("gui.pages.overview", "OverviewPage", "Overview", "Headline figures and the main charts"),
        ("gui.pages.segments", "SegmentsPage", "Segments", "Customer groups and the segment map"),
        ("gui.pages.winback", "WinbackPage", "Win-back", "Customers who have gone quiet, biggest spenders first"),
        ("gui.pages.tiers", "TiersPage", "Loyalty tiers", "Tier rules, distribution and who is nearly up"),
        ("gui.pages.customers", "CustomersPage", "Customers", "Every customer, with search, filters and details"),
        ("gui.pages.offers", "OffersPage", "Offers", "An offer and a message per list"),
        ("gui.pages.export", "ExportPage", "Export", "Write the mailing list"),
    ]
    import importlib  # noqa: PLC0415

    for module_name, class_name, title, tooltip in specs:
        module = importlib.import_module(module_name)
        pages.append((getattr(module, class_name)(session), title, tooltip))
    return pages
