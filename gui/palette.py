"""One colour per segment, status and tier name, used by every chart, table and list in the app."""

from __future__ import annotations

import zlib

from PySide6.QtGui import QColor, QIcon, QPixmap, QPixmapCache

#: Default segments, from best to most at risk; colours chosen to stay apart for colour-blind eyes.
SEGMENT_COLOURS = {
    "Champions": "#1b7837",
    "Loyal Customers": "#5aae61",
    "Potential Loyalists": "#a6dba0",
    "New Customers": "#4393c3",
    "Promising": "#92c5de",
    "Need Attention": "#f6c141",
    "About To Sleep": "#f1a340",
    "At Risk": "#d6604d",
    "Can't Lose Them": "#b2182b",
    "Hibernating": "#8c8c8c",
    "Other": "#c9c9c9",
}
STATUS_COLOURS = {
    "Active": "#1b7837",
    "Overdue": "#f1a340",
    "Inactive": "#d6604d",
    "Lost": "#8c8c8c",
    "Prospect": "#92c5de",
}
#: The default tiers, lowest first; tiers the owner names otherwise get a colour from their name.
TIER_COLOURS = {
    "Bronze": "#b08d57",
    "Silver": "#a8a9ad",
    "Gold": "#d4af37",
    "Platinum": "#6f8fa8",
}
#: Colours for segments and tiers the owner names, picked by name (the same name, the same colour).
EXTRA_COLOURS = ["#762a83", "#e7298a", "#66a61e", "#1f78b4", "#a6761d", "#e6ab02", "#7570b3", "#3f7f7f"]
#: The "Close to next tier" list.
CLOSE_COLOUR = "#8c6bb1"
#: The occasion lists (definitions §12); the owner's own lists take a colour from their name.
OCCASION_COLOURS = {"Birthday soon": "#e7298a", "Anniversary soon": "#d4af37", "Due to re-buy": "#1f78b4"}
ACCENT = "#2c6fbb"
WINDOW_MARK = "#b2182b"

def colour_by_name(name: str) -> str:
    """A colour of EXTRA_COLOURS chosen from the name itself (its CRC-32, ignoring case), so a
    name keeps its colour in every table, chart and file, in every session."""
    return EXTRA_COLOURS[zlib.crc32(name.casefold().encode("utf-8")) % len(EXTRA_COLOURS)]


def segment_colour(name: str) -> str:
    """Hex colour of a segment: the default segments' own, or one from the segment's name."""
    return SEGMENT_COLOURS.get(name) or colour_by_name(name)


def status_colour(status: str) -> str:
    return STATUS_COLOURS.get(status, "#c9c9c9")


def tier_colour(name: str) -> str:
    """Hex colour of a tier: Bronze, Silver, Gold and Platinum their metal's (in any letter case),
    any other name one from the name, whatever its place in the ladder."""
    known = {tier.casefold(): colour for tier, colour in TIER_COLOURS.items()}
    return known.get(name.casefold()) or colour_by_name(name)


def colour_for(kind: str, name: str) -> str:
    """The colour of a mailing list of ``kind`` (segment, status, tier, close_to_next_tier,
    occasion, saved)."""
    if kind == "segment":
        return segment_colour(name)
    if kind == "status":
        return status_colour(name)
    if kind == "tier":
        return tier_colour(name)
    if kind == "occasion":
        return OCCASION_COLOURS.get(name, ACCENT)
    if kind == "saved":
        return colour_by_name(name)
    return CLOSE_COLOUR


def swatch(colour: str, size: int = 12) -> QIcon:
    """A small square icon of one colour, for tables and lists (its pixmap kept by Qt's own pixmap
    cache, QPixmapCache, which Qt bounds and frees: the table's decoration asks for it per cell)."""
    key = f"clientele-swatch/{colour}/{size}"
    pixmap = QPixmapCache.find(key)
    if pixmap is None or pixmap.isNull():
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor(colour))
        QPixmapCache.insert(key, pixmap)
    return QIcon(pixmap)


def segment_swatch(value) -> QIcon | None:
    """DecorationRole helper for a column of segment names."""
    if value is None or value != value:
        return None
    return swatch(segment_colour(str(value)))


def status_swatch(value) -> QIcon | None:
    if value is None or value != value:
        return None
    return swatch(status_colour(str(value)))


def tier_swatch(value) -> QIcon | None:
    if value is None or value != value:
        return None
    return swatch(tier_colour(str(value)))
