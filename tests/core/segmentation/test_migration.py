"""Segment migration (definitions §10): hand-checked small histories placed as they stood on an
earlier date, scored with the main analysis's cut points, and the migration table."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pandas as pd
import pytest

from core.errors import SettingsError
from core.language import Language
from core.project_schema import check_project
from core.schema import CUSTOMER_COLUMNS, MIGRATION_COLUMNS, OCCASION_COLUMNS, PREVIOUS_SEGMENT
from core.segmentation import FactsCache, Settings, segment_customers
from core.segmentation.migration import Move, path_name, segment_order
from core.segmentation.settings import CompareTo, ScoringSettings
from core.words import Words
from tests.factories import tx_frame

REFERENCE = dt.date(2024, 6, 30)
COMPARE = dt.date(2024, 3, 31)           # 91 days before
#: r 5 within 30 days, 4 to 90, 3 to 180, 2 to 365, 1 beyond; orders 1 / 2 / 3-5 / 6-10 / 11+
THRESHOLDS = ScoringSettings("thresholds", {"r": [30, 90, 180, 365], "f": [1, 2, 5, 10]})

ROWS = [
    # mover: 4 orders by the comparison date, the last 6 days before it (r5 f3: Potential
    # Loyalists); nothing since but a return, 97 days before the reference date (r3 f3: Need Attention)
    ("mover", "2023-03-01", 100.0, "M0", False),    # 396 days before the comparison date: not in its 12 months
    ("mover", "2024-03-01", 10.0, "M1", False),
    ("mover", "2024-03-20", 20.0, "M2", False),
    ("mover", "2024-03-25", 30.0, "M3", False),
    ("mover", "2024-04-10", -5.0, "C4", True),
    # new: first purchase after the comparison date (r5 f1 now: New Customers)
    ("new", "2024-06-01", 40.0, "N1", False),
    # stayer: one order long ago, Hibernating on both dates (r1 f1)
    ("stayer", "2023-01-10", 25.0, "S1", False),
    # climber: one order 121 days before the comparison date (r3 f1: About To Sleep); four more
    # since, the last the day before the reference date (5 orders, r5 f3: Potential Loyalists)
    ("climber", "2023-12-01", 15.0, "K1", False),
    ("climber", "2024-06-20", 15.0, "K2", False),
    ("climber", "2024-06-25", 15.0, "K3", False),
    ("climber", "2024-06-28", 15.0, "K4", False),
    ("climber", "2024-06-29", 15.0, "K5", False),
    ("last", "2024-06-30", 1.0, "L1", False),       # the latest purchase: the reference date
]


ON_COMPARE = CompareTo(date=COMPARE)


def _settings(compare: CompareTo | None = ON_COMPARE, **kwargs) -> Settings:
    return Settings(scoring=THRESHOLDS, compare_to=compare, **kwargs)


def _segmented(rows=ROWS, settings: Settings | None = None, attributes: pd.DataFrame | None = None):
    return segment_customers(tx_frame(rows), settings or _settings(), attributes)


def _by_id(seg) -> pd.DataFrame:
    return seg.customers.set_index("customer_id")


def test_each_customer_as_they_stood_on_the_earlier_date():
    seg = _segmented()
    table = _by_id(seg)
    assert table.loc["mover", "rfm_segment"] == "Need Attention"
    assert table.loc["mover", PREVIOUS_SEGMENT] == "Potential Loyalists"
    assert table.loc["climber", "rfm_segment"] == "Potential Loyalists"
    assert table.loc["climber", PREVIOUS_SEGMENT] == "About To Sleep"
    assert table.loc["stayer", PREVIOUS_SEGMENT] == table.loc["stayer", "rfm_segment"] == "Hibernating"
    assert table.loc["new", "rfm_segment"] == "New Customers"
    assert pd.isna(table.loc["new", PREVIOUS_SEGMENT])          # first bought after the comparison date
    m = seg.migration
    assert m.compare_date == pd.Timestamp(COMPARE) and m.reference_date == pd.Timestamp(REFERENCE)
    # revenue_last_12m as it stood on 2024-03-31: the mover's three purchases of March (not the one
    # of 2023-03-01, nor the return of April); the climber's 15; the stayer's purchase is too old
    before = m.revenue_before.set_axis(seg.customers["customer_id"])
    assert before["mover"] == 60.0 and before["climber"] == 15.0 and before["stayer"] == 0.0
    assert before["new"] == 0.0


def test_the_migration_table_and_the_headline():
    m = _segmented().migration
    assert list(m.table.columns) == list(MIGRATION_COLUMNS)
    rows = [tuple(r) for r in m.table.itertuples(index=False)]
    # previous segment in the map's order (new customers last), then the current one; "last"
    # bought only on the reference date, so is new too
    assert rows == [
        ("Potential Loyalists", "Need Attention", 1, 60.0),
        ("About To Sleep", "Potential Loyalists", 1, 15.0),
        ("Hibernating", "Hibernating", 1, 0.0),
        ("", "New Customers", 2, 0.0),
    ]
    assert (m.better, m.worse, m.new, m.stayed, m.customers_before) == (1, 1, 2, 1, 3)
    assert m.headline() == "since 2024-03-31: 1 customer moved to a better segment, 1 to a worse one, 2 new"
    assert m.headline("31 March 2024", lambda n: f"<{n}>").startswith("since 31 March 2024: <1> customer moved")
    assert m.stayed_text() == "1 stayed in their segment."
    assert m.stayed_text(words=Words(Language.GERMAN)) == "1 blieb im selben Segment."
    assert list(m.moves()) == [Move.WORSE, Move.BETTER, Move.SAME, Move.NEW]
    assert [path_name(a or None, b) for a, b in m.biggest_moves()[["from_segment", "to_segment"]].to_numpy()] == [
        "Potential Loyalists → Need Attention", "About To Sleep → Potential Loyalists"]


def test_previous_segment_follows_the_section_2_columns_and_prospects_take_no_part():
    attributes = pd.DataFrame({"customer_id": pd.array(["mover", "prospect"], dtype="str"),
                               "email": pd.array(["m@example.com", "p@example.com"], dtype="str")})
    seg = _segmented(attributes=attributes)
    columns = list(seg.customers.columns)
    assert columns[: len(CUSTOMER_COLUMNS) + 1] == [*CUSTOMER_COLUMNS, PREVIOUS_SEGMENT]
    assert columns[-1 - len(OCCASION_COLUMNS)] == "email"   # the other facts, then the occasions (§12)
    table = _by_id(seg)
    assert table.loc["prospect", "activity_status"] == "Prospect"
    assert pd.isna(table.loc["prospect", PREVIOUS_SEGMENT])
    assert np.isnan(seg.migration.revenue_before.iloc[-1])
    assert int(seg.migration.table["customers"].sum()) == len(seg.buyers) == 5


def test_scored_with_the_main_analysis_cut_points_not_the_earlier_days_own():
    # five customers who each bought once 50, 60, 70, 80 and 90 days before the comparison date,
    # and once more 0, 10, 20, 30 and 40 days before the reference date (quintiles throughout)
    reference, compare = pd.Timestamp("2024-06-30"), pd.Timestamp("2024-03-22")
    rows = []
    for i in range(5):
        rows.append((f"c{i + 1}", compare - pd.Timedelta(days=50 + 10 * i), 10.0, f"A{i}", False))
        rows.append((f"c{i + 1}", reference - pd.Timedelta(days=10 * i), 10.0, f"B{i}", False))
    seg = segment_customers(tx_frame(rows), Settings(compare_to=CompareTo(date=compare.date())))
    # the main cut points: days 0/10/20/30/40 -> 8, 16, 24, 32; orders all 2 -> 2, 2, 2, 2
    assert seg.cut_points["r"] == [8.0, 16.0, 24.0, 32.0] and seg.cut_points["f"] == [2.0] * 4
    table = _by_id(seg)
    assert list(table["rfm_segment"]) == ["New Customers", "Promising", "About To Sleep", "Hibernating",
                                          "Hibernating"]
    # on the comparison date everyone was 50-90 days away with one order: above every main recency
    # cut point (r 1) and f 1, so Hibernating all five. Their own quintiles (58, 66, 74, 82 days)
    # would have spread them over r 5 to 1 and called c1 a New Customer.
    assert list(table[PREVIOUS_SEGMENT]) == ["Hibernating"] * 5
    m = seg.migration
    assert (m.better, m.worse, m.new, m.stayed) == (3, 0, 0, 2)
    assert [tuple(r[:3]) for r in m.table.itertuples(index=False)] == [
        ("Hibernating", "New Customers", 1), ("Hibernating", "Promising", 1),
        ("Hibernating", "About To Sleep", 1), ("Hibernating", "Hibernating", 2)]


def test_days_before_follows_the_reference_date():
    seg = _segmented(settings=_settings(CompareTo(days_before=91)))
    assert seg.migration.compare_date == pd.Timestamp(COMPARE)
    moved = _segmented(settings=_settings(CompareTo(days_before=91), reference_date=dt.date(2024, 6, 29)))
    assert moved.migration.compare_date == pd.Timestamp("2024-03-30")


def test_a_date_not_before_the_reference_date_gives_no_migration_and_says_why():
    seg = _segmented(settings=_settings(CompareTo(date=REFERENCE)))
    assert seg.migration is None and PREVIOUS_SEGMENT not in seg.customers
    assert any(w.kind == "comparison" and "not before the reference date 2024-06-30" in w.message
               for w in seg.warnings)


def test_a_date_before_every_purchase_makes_everyone_new():
    seg = _segmented(settings=_settings(CompareTo(date=dt.date(2020, 1, 1))))
    m = seg.migration
    assert m.customers_before == 0 and m.new == 5 and m.better == m.worse == m.stayed == 0
    assert set(m.table["from_segment"]) == {""}
    assert any("every customer is new" in w.message for w in seg.warnings)


def test_without_a_comparison_nothing_changes():
    seg = _segmented(settings=_settings(None))
    assert seg.migration is None and PREVIOUS_SEGMENT not in seg.customers
    assert list(seg.customers.columns[: len(CUSTOMER_COLUMNS)]) == list(CUSTOMER_COLUMNS)


def test_the_earlier_standing_is_kept_with_the_table_facts():
    tx = tx_frame(ROWS)
    cache = FactsCache()
    first = segment_customers(tx, _settings(), facts_cache=cache)
    assert (cache.misses, cache.hits) == (1, 0)
    again = segment_customers(tx, dataclasses.replace(_settings(), window_days=30), facts_cache=cache)
    assert (cache.misses, cache.hits) == (1, 1)                 # a setting that leaves the facts: reused
    pd.testing.assert_frame_equal(first.migration.table, again.migration.table)
    other = segment_customers(tx, _settings(CompareTo(days_before=30)), facts_cache=cache)
    assert (cache.misses, cache.hits) == (2, 1)                 # another comparison date: built again
    assert other.migration.compare_date == pd.Timestamp("2024-05-31")


def test_segment_order_puts_other_and_unknown_names_last():
    order = segment_order(Settings().segment_map, ["Zed", "Champions", "Other"])
    assert order[0] == "Champions" and order[-2:] == ("Other", "Zed")


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-03-31", CompareTo(date=COMPARE)),
    ({"days_before": 90}, CompareTo(days_before=90)),
    (None, None),
])
def test_compare_to_in_settings_json(value, expected):
    settings = Settings.from_dict({"compare_to": value})
    assert settings.compare_to == expected
    data = settings.to_dict()
    assert ("compare_to" in data) == (expected is not None)
    assert Settings.from_dict(data).compare_to == expected


@pytest.mark.parametrize(("value", "in_the_schema"), [
    ("2024-13-01", False), ({"days_before": 0}, True), ({"days_before": 2.5}, True), ({"weeks": 3}, False),
    (90, True), ({"days_before": 36_501}, True)])
def test_a_bad_compare_to_is_refused_with_its_key(value, in_the_schema):
    project = {"format": "clientele-project", "version": 1, "settings": {"compare_to": value}}
    if in_the_schema:     # refused by the project file's checks already (definitions §7)
        with pytest.raises(SettingsError, match="settings.compare_to"):
            check_project(project)
    with pytest.raises(SettingsError, match="compare_to"):
        Settings.from_dict({"compare_to": value})
