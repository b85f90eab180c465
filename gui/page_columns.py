"""Which columns each table page shows, in order (shared by the pages and the worker that prepares them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import pandas as pd

    from core.segmentation import Segmentation

CUSTOMER_FIRST_COLUMNS = ["customer_id", "name", "first_name", "last_name", "email", "rfm_segment",
                          "activity_status", "tier", "revenue", "orders", "days_since_last", "last_purchase",
                          "p_alive", "expected_purchases_365d", "expected_spend", "predicted_revenue_365d"]
WINBACK_COLUMNS = ["customer_id", "name", "first_name", "last_name",
                   "email", "activity_status", "declining", "at_stake", "p_alive", "revenue", "days_since_last",
                   "last_purchase", "orders", "typical_gap_days", "overdue_ratio", "revenue_last_12m",
                   "revenue_prev_12m", "rfm_segment", "country"]
CLOSE_COLUMNS = ["customer_id", "name", "first_name", "last_name",
                 "email", "tier", "next_tier", "amount_to_next_tier", "tier_points",
                 "revenue_last_12m", "revenue", "rfm_segment"]

#: Headings of the prediction columns (definitions §11) and the win-back list's stake (§4).
#: Translated where shown, in the context "PageColumns".
PREDICTION_HEADERS = {"p_alive": QT_TRANSLATE_NOOP("PageColumns", "Still a customer"),
                      "expected_purchases_365d": QT_TRANSLATE_NOOP("PageColumns", "Purchase days next year"),
                      "expected_spend": QT_TRANSLATE_NOOP("PageColumns", "Spend per purchase day"),
                      "predicted_revenue_365d": QT_TRANSLATE_NOOP("PageColumns", "Spend next year"),
                      "at_stake": QT_TRANSLATE_NOOP("PageColumns", "At stake")}


def customer_columns(frame: pd.DataFrame, lapse_seen: bool = True) -> list[str]:
    """The customer table's columns with the ones an owner looks at first in front; "Still a
    customer" not among them when the predictions see no customer lapse (it is 100% for everyone:
    it stays, last, with the table's other columns)."""
    first = [c for c in CUSTOMER_FIRST_COLUMNS if c in frame.columns and (lapse_seen or c != "p_alive")]
    return first + [str(c) for c in frame.columns if c not in first]


def close_to_next_tier(segmentation: Segmentation) -> pd.DataFrame:
    """Customers close to their next tier (Segmentation.close_to_next_tier), nearest first."""
    close = segmentation.customers[segmentation.close_to_next_tier.to_numpy(dtype=bool)]
    return close.sort_values("amount_to_next_tier", kind="stable")
