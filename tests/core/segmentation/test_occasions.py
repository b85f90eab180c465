"""Occasions on the customer table (definitions §12): the columns, who is on Birthday soon, Anniversary
soon and Due to re-buy, the windows as settings, and the notices."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from core import schema
from core.errors import SettingsError
from core.segmentation import Settings, segment_customers
from core.segmentation.notice import NoticeKind
from core.segmentation.occasions import UPCOMING_COLUMNS, OccasionSettings, occasion_members, upcoming
from tests.factories import tx_frame

REF = "2024-06-30"
ROWS = [
    ("A", "2023-07-05", 20.0, "1", False, "Tea"),      # first purchase: anniversary in 5 days, 1 year
    ("A", REF, 10.0, "2", False, "Tea"),
    ("B", "2020-07-20", 20.0, "3", False, "Mug"),      # 4 years on 20 July: 20 days ahead
    ("B", "2024-06-01", 20.0, "4", False, "Mug"),
    ("C", "2024-01-10", 5.0, "5", False, "Tea"),       # first purchase this year: no anniversary soon
]


def _attributes(birthdays: dict[str, str | None]) -> pd.DataFrame:
    return pd.DataFrame({"customer_id": pd.array(list(birthdays), dtype="str"),
                         "birthday": pd.array(list(birthdays.values()), dtype="str")})


def _segment(birthdays: dict[str, str | None], **occasions) -> tuple:
    settings = Settings(occasions=OccasionSettings(**occasions))
    seg = segment_customers(tx_frame(ROWS, ("product",)), settings, _attributes(birthdays))
    return seg, seg.customers.set_index("customer_id")


def _members(seg, name: str) -> list[str]:
    mask = occasion_members(seg.customers, seg.reference_date, seg.settings.occasions, name)
    return sorted(seg.customers.loc[mask, "customer_id"])


def test_occasion_columns_follow_the_other_facts():
    seg, table = _segment({"A": "1990-07-04", "B": "--02-29", "C": None, "P": "14.07."})
    assert list(seg.customers.columns[-5:]) == list(schema.OCCASION_COLUMNS)
    assert table.loc["A", "next_birthday"] == pd.Timestamp("2024-07-04")
    assert table.loc["B", "next_birthday"] == pd.Timestamp("2025-02-28")     # 2025 has no 29 February
    assert pd.isna(table.loc["C", "next_birthday"])
    assert table.loc["P", "next_birthday"] == pd.Timestamp("2024-07-14")     # a prospect has a birthday too
    assert table.loc["A", "next_anniversary"] == pd.Timestamp("2024-07-05")
    assert table.loc["B", "next_anniversary"] == pd.Timestamp("2024-07-20")
    assert table.loc["C", "next_anniversary"] == pd.Timestamp("2025-01-10")
    # whole years by the end of the anniversary window (14 days): A's first year ends on 5 July
    assert table.loc[["A", "B", "C"], "years_with_us"].tolist() == [1, 3, 0]
    assert pd.isna(table.loc["P", "years_with_us"])


def test_birthday_and_anniversary_soon_with_the_default_14_days():
    seg, _ = _segment({"A": "1990-07-04", "B": "--07-15", "C": "--06-30", "P": "14.07."})
    assert _members(seg, schema.BIRTHDAY_SOON) == ["A", "C", "P"]          # 4, 0 and 14 days ahead; B 15
    assert _members(seg, schema.ANNIVERSARY_SOON) == ["A"]                 # B is 20 days ahead


def test_windows_are_settings():
    seg, table = _segment({"B": "--07-15"}, birthday_days=15, anniversary_days=20)
    assert _members(seg, schema.BIRTHDAY_SOON) == ["B"]
    assert _members(seg, schema.ANNIVERSARY_SOON) == ["A", "B"]
    assert table.loc["B", "years_with_us"] == 4           # whole years by the end of the 20-day window
    seg, _ = _segment({"B": "--07-15"}, birthday_days=0)
    assert _members(seg, schema.BIRTHDAY_SOON) == []


def test_occasion_customers_keep_their_segment_status_and_tier():
    seg, table = _segment({"A": "1990-07-04"})
    assert table.loc["A", ["rfm_segment", "activity_status", "tier"]].notna().all()


def test_birthdays_that_cannot_be_read_or_settled_are_noticed():
    seg, _ = _segment({"A": "soon", "B": "03/04", "C": "05/06"})
    notes = [n.message for n in seg.warnings if n.kind == NoticeKind.OCCASIONS]
    assert any("1 birthday(s) could not be read" in n and '"soon"' in n for n in notes)
    assert any("2 birthday(s) such as" in n and "day/month or month/day" in n for n in notes)
    seg, table = _segment({"A": "soon", "B": "03/04", "C": "05/06"}, birthday_order="dayfirst")
    assert table.loc["B", "next_birthday"] == pd.Timestamp("2025-04-03")
    assert not any("day/month" in n.message for n in seg.warnings)


def test_due_to_rebuy_is_empty_without_enough_gaps_and_says_why():
    seg, table = _segment({"A": None})
    assert table["due_product"].isna().all() and seg.occasions.rebuy.empty
    assert _members(seg, schema.DUE_TO_REBUY) == []
    assert any("re-buy interval" in n.message for n in seg.warnings)


def test_re_buy_intervals_from_less_than_a_year_say_they_may_be_short():
    """Found by a statistics trial: three days of purchases gave every product an interval of one day
    and called all 200 customers due, without a word on how little time the intervals came from."""
    rows = [(f"T{k}", pd.Timestamp(REF) - pd.Timedelta(days=d), 4.0, None, False, "Tea")
            for k in range(7) for d in (20 + k, 50 + k, 80 + k, 110 + k)]   # 21 gaps; 96 days to the last purchase
    seg = segment_customers(tx_frame(rows, ("product",)), Settings(), None)
    assert len(seg.occasions.rebuy) == 1
    [said] = [n.message for n in seg.warnings if "re-buy intervals come from" in n.message]
    assert said.startswith("The re-buy intervals come from 96 days of purchases: a gap longer than that cannot be "
                           "seen")
    longer = rows + [("Old", pd.Timestamp(REF) - pd.Timedelta(days=400), 4.0, None, False, "Mug")]
    seg = segment_customers(tx_frame(longer, ("product",)), Settings(), None)
    assert len(seg.occasions.rebuy) == 1
    assert not any("re-buy intervals come from" in n.message for n in seg.warnings)


def test_due_to_rebuy_says_why_it_is_empty_when_no_product_was_bought_twice():
    """Found by a trial: the notice was missing when no customer had bought any product twice."""
    rows = [(f"C{k}", pd.Timestamp(REF) - pd.Timedelta(days=k), 4.0, str(k), False, f"Item {k}") for k in range(40)]
    seg = segment_customers(tx_frame(rows, ("product",)), Settings(), None)
    assert seg.occasions.rebuy.empty
    assert any("No product was bought again often enough" in n.message for n in seg.warnings)


def test_due_to_rebuy_on_a_regular_product():
    rows = [(f"T{k}", pd.Timestamp(REF) - pd.Timedelta(days=d), 4.0, None, False, "Tea")
            for k in range(7) for d in (20 + k, 50 + k, 80 + k, 110 + k)]        # every 30 days: 21 gaps
    rows += [("Z", pd.Timestamp(REF) - pd.Timedelta(days=33), 4.0, None, False, "Tea"),
             ("R", pd.Timestamp(REF), 4.0, None, False, "Mug")]                   # the latest date
    seg = segment_customers(tx_frame(rows, ("product",)))
    table = seg.customers.set_index("customer_id")
    assert seg.occasions.rebuy["interval_days"].tolist() == [30.0]
    assert table.loc["Z", "due_product"] == "Tea" and table.loc["Z", "due_date"] == pd.Timestamp("2024-06-27")
    assert _members(seg, schema.DUE_TO_REBUY) == ["T0", "T1", "T2", "T3", "T4", "T5", "T6", "Z"]
    assert seg.occasions.rebuy["due_now"].tolist() == [8]


def test_settings_round_trip_and_checks():
    settings = OccasionSettings(birthday_days=21, anniversary_days=7, due_before_days=3, due_after_days=10,
                                birthday_order="monthfirst")
    data = json.loads(json.dumps(Settings(occasions=settings).to_dict()))
    assert Settings.from_dict(data).occasions == settings
    assert Settings.from_dict({}).occasions == OccasionSettings()
    for bad in ({"birthday_days": -1}, {"birthday_days": 400}, {"due_after_days": 1.5}, {"birthday_order": "ymd"},
                {"birthday_days": True}, {"weeks": 2}):
        with pytest.raises(SettingsError):
            OccasionSettings.from_dict(bad)


def test_no_reference_date_no_occasions():
    seg = segment_customers(tx_frame([]))
    assert list(seg.customers.columns[-5:]) == list(schema.OCCASION_COLUMNS)
    assert occasion_members(seg.customers, seg.reference_date, seg.settings.occasions, schema.BIRTHDAY_SOON).empty


def test_upcoming_lists_every_occasion_soonest_first():
    seg, _ = _segment({"A": "1990-07-04", "C": "--06-30"})
    found = upcoming(seg.customers, seg.reference_date, seg.settings.occasions)
    assert list(found.columns[:5]) == list(UPCOMING_COLUMNS)
    assert found[["customer_id", "occasion", "days_ahead", "detail"]].values.tolist() == [
        ["C", schema.BIRTHDAY_SOON, 0, ""], ["A", schema.BIRTHDAY_SOON, 4, ""],
        ["A", schema.ANNIVERSARY_SOON, 5, "1 year"]]
    assert found["rfm_segment"].notna().all()
