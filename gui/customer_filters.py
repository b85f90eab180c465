"""What the Customers page's filter panel offers: the pick-one columns, the from–to ranges and the
yes/no boxes (the filter itself is core's CustomerFilter, core/segmentation/filters.py)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.segmentation import CLOSE_TO_NEXT_TIER_COLUMN

# The labels are translated where shown, in the context "FilterPanel".
#: Columns offered as pick-one filters when present (label shown in the filter bar).
CHOICE_COLUMNS = {"rfm_segment": QT_TRANSLATE_NOOP("FilterPanel", "Segment"),
                  "activity_status": QT_TRANSLATE_NOOP("FilterPanel", "Status"),
                  "tier": QT_TRANSLATE_NOOP("FilterPanel", "Tier"),
                  "country": QT_TRANSLATE_NOOP("FilterPanel", "Country"),
                  "consent": QT_TRANSLATE_NOOP("FilterPanel", "Consent"),
                  "city": QT_TRANSLATE_NOOP("FilterPanel", "City"),
                  "channel": QT_TRANSLATE_NOOP("FilterPanel", "Channel"),
                  "favourite_category": QT_TRANSLATE_NOOP("FilterPanel", "Favourite category"),
                  "favourite_product": QT_TRANSLATE_NOOP("FilterPanel", "Favourite product")}
#: Columns offered as from–to ranges.
RANGE_COLUMNS = {"revenue": QT_TRANSLATE_NOOP("FilterPanel", "Spent"),
                 "orders": QT_TRANSLATE_NOOP("FilterPanel", "Orders"),
                 "days_since_last": QT_TRANSLATE_NOOP("FilterPanel", "Days since last"),
                 "p_alive": QT_TRANSLATE_NOOP("FilterPanel", "Still a customer %"),
                 "predicted_revenue_365d": QT_TRANSLATE_NOOP("FilterPanel", "Spend next year")}
#: Columns filtered as the table shows them: a 0–1 share as a whole percentage (78 for 0.7812).
RANGE_PERCENT = frozenset({"p_alive"})
#: Yes/no columns offered as boxes to tick (close to the next tier is not a column: core reads it).
FLAG_COLUMNS = {"declining": QT_TRANSLATE_NOOP("FilterPanel", "Declining"),
                CLOSE_TO_NEXT_TIER_COLUMN: QT_TRANSLATE_NOOP("FilterPanel", "Close to next tier")}


def choice_values(frame, column: str, limit: int = 500, order: Sequence[str] = ()) -> list[str]:
    """Distinct values of a column for a filter drop-down: those named in ``order`` first, in that
    order (segments as in the map, statuses, tiers from the lowest), then the others, most common
    first; at most ``limit``."""
    if column not in frame.columns:
        return []
    counts = frame[column].dropna().astype(str).value_counts()
    present = [str(v) for v in counts.index if str(v).strip()]
    known = set(present)
    first = [value for value in dict.fromkeys(order) if value in known]
    rest = [value for value in present if value not in set(first)]
    return (first + rest)[:limit]
