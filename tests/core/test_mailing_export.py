"""export_mailing end to end: sheets, headers, values, no formulas, consent, control, coupons."""

from __future__ import annotations

import csv
import datetime as dt
from types import SimpleNamespace

import numpy as np
import openpyxl
import pandas as pd
import pytest

from core.campaign_store import CampaignStore
from core.mailing_export import CONTROL_SHEET, LEFT_OUT_SHEET, default_lists, export_mailing, offer_for_list
from core.offer_pack import default_offers
from core.offers import ShopInfo

SEGMENTS = ["Champions", "Loyal Customers", "Potential Loyalists", "New Customers", "Promising",
            "Need Attention", "About To Sleep", "At Risk", "Can't Lose Them", "Hibernating"]
REFERENCE = pd.Timestamp("2026-06-30")


def make_customers(n: int = 200, seed: int = 1, consent: bool = True) -> pd.DataFrame:
    """A hand-made customer table with the SPEC §2 columns and the usual attributes."""
    rng = np.random.default_rng(seed)
    days = rng.integers(0, 900, n)
    orders = rng.integers(1, 30, n)
    revenue = np.round(rng.gamma(2.0, 150.0, n), 2)
    first = rng.choice(["Anna", "Ben", "Chloé", "Dara", None], n)
    frame = pd.DataFrame({
        "customer_id": [f"C{i:05d}" for i in range(n)],
        "first_purchase": REFERENCE - pd.to_timedelta(days + rng.integers(0, 400, n), unit="D"),
        "last_purchase": REFERENCE - pd.to_timedelta(days, unit="D"),
        "days_since_last": pd.array(days, dtype="Int64"),
        "orders": pd.array(orders, dtype="Int64"),
        "revenue": revenue,
        "favourite_category": rng.choice(["Candles", "Mugs", None], n),
        "favourite_product": rng.choice(["Rose candle", "Blue mug"], n),
        "rfm_segment": rng.choice(SEGMENTS, n),
        "activity_status": rng.choice(["Lost", "Inactive", "Overdue", "Active"], n),
        "tier": rng.choice(["Bronze", "Silver", "Gold", "Platinum"], n),
        "next_tier": None,
        "amount_to_next_tier": np.round(rng.uniform(5, 200, n), 2),
        "first_name": first,
        "last_name": rng.choice(["Smith", "Okafor", "Müller"], n),
        "email": [f"c{i}@example.com" for i in range(n)],
        "phone": "+44 20 7946 0000",
        "country": "United Kingdom",
    })
    frame["name"] = (frame["first_name"].fillna("") + " " + frame["last_name"]).str.strip()
    frame["next_tier"] = frame["tier"].map({"Bronze": "Silver", "Silver": "Gold", "Gold": "Platinum"})
    frame.loc[frame["tier"] == "Platinum", "amount_to_next_tier"] = np.nan
    if consent:
        frame["consent"] = rng.choice(["yes", "yes", "yes", "no"], n)
    return frame


def make_segmentation(customers: pd.DataFrame | None = None, **extra) -> SimpleNamespace:
    customers = make_customers() if customers is None else customers
    close = customers["amount_to_next_tier"].fillna(1e9) < 30
    return SimpleNamespace(customers=customers, reference_date=REFERENCE,
                           cut_points={"r": [30, 90, 200, 400], "f": [2, 4, 8, 15], "m": [100, 200, 300, 500]},
                           scoring_method="quintiles", settings={"window_days": 180, "tiers": {"basis": "12m"}},
                           close_to_next_tier=close, **extra)
