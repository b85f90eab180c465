"""Filters of the Customers page as a pandas mask: search text and column conditions, combined with AND."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

#: Columns offered as pick-one filters when present (label shown in the filter bar).
CHOICE_COLUMNS = {"rfm_segment": "Segment", "activity_status": "Status", "tier": "Tier", "country": "Country",
                  "consent": "Consent", "city": "City", "channel": "Channel"}
#: Columns offered as from–to ranges (the prediction columns only when filled).
RANGE_COLUMNS = {"revenue": "Spent", "orders": "Orders", "days_since_last": "Days since last",
                 "p_alive": "Still a customer %", "predicted_revenue_365d": "Spend next year"}
#: Columns filtered as the table shows them: a 0–1 share as a whole percentage (78 for 0.7812).
RANGE_PERCENT = frozenset({"p_alive"})
#: Columns searched by the search box.
SEARCH_COLUMNS = ("customer_id", "name", "first_name", "last_name", "email", "phone")


@dataclass
class CustomerFilter:
    """What the owner asked for; ``mask(frame)`` gives the rows to show."""

    search: str = ""
    choices: dict[str, str] = field(default_factory=dict)  # column -> value ("" = any)
    ranges: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)
    declining_only: bool = False
    close_to_next_tier: np.ndarray | None = None  # aligned mask, or None for any

    def is_empty(self) -> bool:
        return (not self.search.strip() and not any(self.choices.values())
                and not any(lo is not None or hi is not None for lo, hi in self.ranges.values())
                and not self.declining_only and self.close_to_next_tier is None)

    def mask(self, frame) -> np.ndarray:
        keep = np.ones(len(frame), dtype=bool)
        text = self.search.strip().casefold()
        if text:
            found = np.zeros(len(frame), dtype=bool)
            for column in SEARCH_COLUMNS:
                if column in frame.columns:
                    values = frame[column].astype("string").str.casefold()
                    found |= values.str.contains(text, regex=False).fillna(False).to_numpy(dtype=bool)
            keep &= found
        for column, value in self.choices.items():
            if value and column in frame.columns:
                keep &= (frame[column].astype("string") == value).fillna(False).to_numpy(dtype=bool)
        for column, (low, high) in self.ranges.items():
            if column not in frame.columns or (low is None and high is None):
                continue
            values = frame[column].to_numpy(dtype=np.float64, na_value=np.nan)
            if column in RANGE_PERCENT:
                values = np.round(100.0 * values)
            with np.errstate(invalid="ignore"):
                if low is not None:
                    keep &= values >= low
                if high is not None:
                    keep &= values <= high
        if self.declining_only and "declining" in frame.columns:
            keep &= frame["declining"].fillna(False).to_numpy(dtype=bool)
        if self.close_to_next_tier is not None:
            keep &= self.close_to_next_tier
        return keep


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
