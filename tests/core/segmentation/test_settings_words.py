"""settings_rows: the settings of an analysis in plain words (the Summary sheet's table)."""

from __future__ import annotations

from core.language import Language
from core.segmentation import Settings, segment_customers
from core.segmentation.settings_words import settings_rows
from core.words import Words
from tests.factories import random_transactions


def test_every_setting_in_words():
    settings = Settings.from_dict({"window_days": 90, "scoring": {"method": "thresholds", "thresholds": {
        "f": [1, 2, 5, 10]}}, "tiers": {"names": ["Bronze", "VIP"], "thresholds": [1000]},
        "charge_lines": ["postage", "Versand"]})
    seg = segment_customers(random_transactions(80, seed=2), settings)
    rows = dict(settings_rows(seg, "GBP", "en_GB"))
    day = seg.reference_date                 # (a date as the shop's locale writes one, like money)
    assert rows["Reference date"] == f"{day.day} {day:%B %Y} (the latest date in the file)"
    assert rows["Inactivity window"].startswith("90 days: Inactive after 90 days without a purchase, Lost after "
                                                "180, Overdue from twice the usual gap and at least 15 days")
    assert rows["Frequency score cut points"] == "1 / 2 / 5 / 10 (orders; your thresholds)"
    assert rows["Recency score cut points"].endswith("(days since the last purchase; quintiles of your customers)")
    assert rows["Money score cut points"].startswith("£")
    assert rows["Segment 1: Champions"] == "recency 5, frequency 4–5"
    assert rows["Tiers"] == "Bronze from £0; VIP from £1,000 (your thresholds)"
    assert rows["Tiers based on"] == "spend in the last 12 months"
    assert rows["Charge lines (never a favourite)"] == "postage, Versand"
    set_date = Settings.from_dict({"reference_date": "2026-01-31"})
    rows = dict(settings_rows(segment_customers(random_transactions(30, seed=3), set_date)))
    assert rows["Reference date"] == "31 January 2026 (set by you)"
    german = dict(settings_rows(segment_customers(random_transactions(30, seed=3), set_date), "EUR", "de_DE",
                                Words(Language.GERMAN)))
    assert german["Stichtag"] == "31. Januar 2026 (von Ihnen gesetzt)"
