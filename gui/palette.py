"""One colour per segment, status and tier, used by every chart and table in the app."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap

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
TIER_COLOURS = ["#b08d57", "#a8a9ad", "#d4af37", "#6f8fa8", "#7b5ea7", "#3f7f7f"]
#: Colours for segments the owner adds, taken in turn.
EXTRA_COLOURS = ["#762a83", "#e7298a", "#66a61e", "#1f78b4", "#a6761d", "#e6ab02", "#7570b3"]
ACCENT = "#2c6fbb"
WINDOW_MARK = "#b2182b"

_extra_assigned: dict[str, str] = {}
_icons: dict[str, QIcon] = {}


def segment_colour(name: str) -> str:
    """Hex colour of a segment; a segment added by the owner keeps the colour it was first given."""
    if name in SEGMENT_COLOURS:
        return SEGMENT_COLOURS[name]
    if name not in _extra_assigned:
        _extra_assigned[name] = EXTRA_COLOURS[len(_extra_assigned) % len(EXTRA_COLOURS)]
    return _extra_assigned[name]


def status_colour(status: str) -> str:
    return STATUS_COLOURS.get(status, "#c9c9c9")


def tier_colour(index: int) -> str:
    return TIER_COLOURS[index % len(TIER_COLOURS)]


def colour_for(kind: str, name: str, index: int = 0) -> str:
    if kind == "segment":
        return segment_colour(name)
    if kind == "status":
        return status_colour(name)
    return tier_colour(index)


def swatch(colour: str, size: int = 12) -> QIcon:
    """A small square icon of one colour (cached), for tables and lists."""
    key = f"{colour}/{size}"
    icon = _icons.get(key)
    if icon is None:
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor(colour))
        icon = QIcon(pixmap)
        _icons[key] = icon
    return icon


def segment_swatch(value) -> QIcon | None:
    """DecorationRole helper for a column of segment names."""
    if value is None or value != value:
        return None
    return swatch(segment_colour(str(value)))


def status_swatch(value) -> QIcon | None:
    if value is None or value != value:
        return None
    return swatch(status_colour(str(value)))
