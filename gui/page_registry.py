"""Builds the analysis pages in navigation order; a page whose core part is missing is left out."""

from __future__ import annotations


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
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        pages.append((getattr(module, class_name)(session), title, tooltip))
    return pages
