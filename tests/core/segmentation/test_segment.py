"""segment_customers end to end: columns, dtypes, prospects, settings, progress, summary."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pandas as pd
import pytest

from core import schema
from core.errors import Cancelled, SettingsError
from core.language import Language
from core.segmentation import FactsCache, NoticeKind, Settings
from core.segmentation.segment import Segmentation, segment_customers, summary_text
from core.words import Words
from tests.factories import example_frame, tx_frame


def spread_frame(n=20):
    """n customers: customer i buys i+1 times, every (i+1)*3 days, ending i*7 days before the end."""
    rows = []
    end = pd.Timestamp("2024-06-30")
    k = 0
    for i in range(n):
        for j in range(i + 1):
            day = end - pd.Timedelta(days=i * 7 + j * 3 * (i + 1))
            rows.append((f"c{i:02d}", day, 10.0 * (i + 1), f"o{k}", False))
            k += 1
    return tx_frame(rows)


def test_columns_dtypes_and_fields():
    seg = segment_customers(example_frame())
    assert isinstance(seg, Segmentation)
    c = seg.customers
    assert list(c.columns[: len(schema.CUSTOMER_COLUMNS)]) == list(schema.CUSTOMER_COLUMNS)
    assert "name" in c.columns and "category" not in c.columns
    for col in ("r_score", "f_score", "m_score", "tier_points", "orders", "days_since_last"):
        assert str(c[col].dtype) == "Int64"
    for col in ("rfm_segment", "activity_status", "tier", "next_tier"):
        assert pd.api.types.is_string_dtype(c[col])
    assert c["declining"].dtype == bool and c["amount_to_next_tier"].dtype == np.float64
    assert seg.reference_date == pd.Timestamp("2024-03-10")
    assert set(seg.cut_points) == {"r", "f", "m"} and seg.scoring_method == "quintiles"
    assert seg.all_returns_customers == ["C"] and seg.excluded_after_reference == 0
    assert [n for n, _ in seg.tier_thresholds] == ["Bronze", "Silver", "Gold", "Platinum"]
    assert seg.close_to_next_tier.dtype == bool and seg.close_to_next_tier.index.equals(c.index)
    assert all(w.message for w in seg.warnings)
    assert {w.kind for w in seg.warnings} >= {NoticeKind.ALL_RETURNS}
    assert any("only returns" in w.message for w in seg.warnings)


def test_scores_and_segments_follow_the_cut_points():
    seg = segment_customers(spread_frame())
    c = seg.customers
    cuts = seg.cut_points
    days = c["days_since_last"].to_numpy(float)
    assert cuts["r"] == pytest.approx(list(np.quantile(days, [0.2, 0.4, 0.6, 0.8])))
    expected_r = 5 - (days[:, None] > np.array(cuts["r"])).sum(axis=1)
    assert c["r_score"].tolist() == expected_r.tolist()
    orders = c["orders"].to_numpy(float)
    assert c["f_score"].tolist() == (1 + (orders[:, None] > np.array(cuts["f"])).sum(axis=1)).tolist()
    assert c.loc[c["customer_id"] == "c19", "rfm_segment"].item() == "Can't Lose Them"  # oldest, most orders
    assert c.loc[c["customer_id"] == "c00", "rfm_segment"].item() == "New Customers"
    assert c["rfm_segment"].notna().all() and c["tier"].notna().all()


def test_a_customers_file_that_names_nobody_who_bought_says_so_and_why():
    """Definitions §1: the two files must name customers alike; a customers file keyed by e-mail
    beside purchases keyed by id matched nobody, and nothing said so (its consent reached no buyer)."""
    by_email = pd.DataFrame({"customer_id": ["a@x.com", "b@x.com", "z@x.com"], "email": ["a@x.com", "b@x.com", "z@x.com"]})
    seg = segment_customers(example_frame(), attributes=by_email)
    found = [w for w in seg.warnings if w.kind == NoticeKind.CUSTOMERS_FILE]
    assert [w.message for w in found] == [
        "None of the 3 customers of the customers file bought anything in the purchases file, so their names, "
        "e-mails and consent reach no buyer; they are listed as prospects. The customers file names its "
        "customers by e-mail address, the purchases file by customer id: give the customers file the customer "
        "id column (or export both files by e-mail address)."]
    assert found[0].text(Words(Language.GERMAN)).startswith("Keiner der 3 Kunden der Kundendatei")
    other_ids = pd.DataFrame({"customer_id": ["K9"], "email": ["k9@x.com"]})
    found = [w for w in segment_customers(example_frame(), attributes=other_ids).warnings
             if w.kind == NoticeKind.CUSTOMERS_FILE]
    assert found[0].message.startswith("The 1 customer of the customers file bought nothing") and \
        found[0].message.endswith("check the customer id column chosen for each.")
    one_match = pd.DataFrame({"customer_id": ["A", "Z"], "email": ["a@x", "z@x"]})   # (A bought: no notice)
    assert not [w for w in segment_customers(example_frame(), attributes=one_match).warnings
                if w.kind == NoticeKind.CUSTOMERS_FILE]


def test_prospects_are_last_with_no_scores():
    attrs = pd.DataFrame({"customer_id": ["Z", "A"], "email": ["z@x", "a@x"]})
    seg = segment_customers(example_frame(), attributes=attrs)
    c = seg.customers
    assert c["customer_id"].tolist() == ["A", "B", "Z"]
    z = c.iloc[-1]
    assert z["activity_status"] == schema.PROSPECT
    assert pd.isna(z["r_score"]) and pd.isna(z["rfm_segment"]) and pd.isna(z["tier"]) and not z["declining"]
    assert not seg.close_to_next_tier.iloc[-1]
    assert len(seg.buyers) == 2 and len(seg.prospects) == 1
    assert "1 prospect" in summary_text(seg)


def test_reference_date_setting_and_excluded_rows():
    s = Settings.from_dict({"reference_date": "2024-02-15"})
    seg = segment_customers(example_frame(), s)
    assert seg.reference_date == pd.Timestamp("2024-02-15")
    assert seg.excluded_after_reference == 3
    assert any("after the reference date" in w.message for w in seg.warnings)
    a = seg.customers.set_index("customer_id").loc["A"]
    assert a["days_since_last"] == 35 and a["revenue"] == 30


def test_thresholds_scoring_and_custom_map():
    s = Settings.from_dict({
        "scoring": {"method": "thresholds", "thresholds": {"r": [7, 30, 90, 180], "f": [1, 2, 5, 10],
                                                           "m": [10, 50, 100, 500]}},
        "segment_map": [{"name": "Recent", "r": [4, 5], "f": [1, 5]}],
    })
    seg = segment_customers(spread_frame(), s)
    assert seg.scoring_method == "thresholds" and seg.cut_points["f"] == [1, 2, 5, 10]
    assert set(seg.customers["rfm_segment"]) == {"Recent", "Other"}
    assert any("No segment takes these scores" in w.message for w in seg.warnings)


@pytest.mark.parametrize("basis,column", [("lifetime", "revenue"), ("last_12m", "revenue_last_12m")])
def test_tier_basis(basis, column):
    s = Settings.from_dict({"tiers": {"basis": basis, "thresholds": [50, 100, 150]}})
    seg = segment_customers(example_frame(), s)
    assert seg.tier_basis.tolist() == seg.customers[column].tolist()


def test_calendar_year_basis():
    frame = tx_frame([
        ("A", "2023-12-31", 500.0, "1", False),
        ("A", "2024-01-01", 10.0, "2", False),
        ("B", "2024-03-01", 120.0, "3", False),
    ])
    s = Settings.from_dict({"tiers": {"basis": "calendar_year", "names": ["Std", "VIP"], "thresholds": [100]}})
    seg = segment_customers(frame, s)
    assert seg.tier_basis.tolist() == [10.0, 120.0]
    assert seg.customers["tier"].tolist() == ["Std", "VIP"]
    assert seg.customers["amount_to_next_tier"].iloc[0] == 90
    assert seg.close_to_next_tier.tolist() == [False, False]


def test_progress_is_reported_and_cancel_stops():
    calls = []
    segment_customers(example_frame(), progress=lambda f, m: calls.append((f, m)))
    assert calls[0][0] == 0.0 and calls[-1][0] == 1.0
    assert all(b[0] >= a[0] for a, b in itertools.pairwise(calls))

    def cancel(fraction, message):
        if fraction > 0.5:
            raise Cancelled()
    with pytest.raises(Cancelled):
        segment_customers(example_frame(), progress=cancel)


def test_summary_text_lists_segments_statuses_tiers():
    seg = segment_customers(spread_frame())
    text = summary_text(seg)
    assert "Segments:" in text and "Activity:" in text and "Tiers:" in text
    for name, count in seg.customers["rfm_segment"].value_counts().items():
        assert any(line.split() and name in line and line.rstrip().endswith(f"{count:,}") for line in text.splitlines())
    assert "Reference date: 2024-06-30" in text


def test_settings_kept_and_json_ready():
    seg = segment_customers(example_frame(), Settings(window_days=30))
    assert seg.settings.window_days == 30
    json.dumps(seg.settings.to_dict())


def test_empty_transactions():
    seg = segment_customers(tx_frame([]))
    assert len(seg.customers) == 0 and seg.reference_date is None
    assert list(seg.customers.columns) == list(schema.CUSTOMER_COLUMNS) + list(schema.OCCASION_COLUMNS)
    summary_text(seg)


def test_one_customer_one_day():
    seg = segment_customers(tx_frame([("A", "2024-01-01", 5.0, "1", False)]))
    a = seg.customers.iloc[0]
    assert (a["r_score"], a["f_score"], a["m_score"]) == (5, 1, 1)
    assert a["rfm_segment"] == "New Customers" and a["activity_status"] == "Active"
    assert a["tier"] == "Platinum"   # all thresholds are 5 (the only positive basis)


def test_all_values_equal():
    frame = tx_frame([(f"c{i}", "2024-01-01", 10.0, str(i), False) for i in range(5)])
    seg = segment_customers(frame)
    c = seg.customers
    assert set(c["r_score"]) == {5} and set(c["f_score"]) == {1} and set(c["m_score"]) == {1}
    assert set(c["rfm_segment"]) == {"New Customers"}
    assert any(w.kind == "few_values" for w in seg.warnings)


def test_negative_net_revenue_customer():
    frame = tx_frame([
        ("A", "2024-01-01", 5.0, "1", False), ("A", "2024-01-02", -50.0, "C2", True),
        ("B", "2024-01-02", 30.0, "3", False),
    ])
    seg = segment_customers(frame, Settings.from_dict({"tiers": {"basis": "lifetime"}}))
    a = seg.customers.iloc[0]
    assert a["revenue"] == -45 and a["tier_points"] == 0 and a["tier"] == "Bronze" and a["m_score"] == 1


def test_facts_reused_for_same_frame_but_not_after_changes():
    frame = example_frame()
    cache = FactsCache()
    first = segment_customers(frame, facts_cache=cache)
    again = segment_customers(frame, Settings(window_days=30), facts_cache=cache)
    assert (cache.hits, cache.misses) == (1, 1)
    pd.testing.assert_frame_equal(first.customers.drop(columns=["activity_status"]),
                                  again.customers.drop(columns=["activity_status"]))
    frame.loc[0, "amount"] = 1000.0     # changed in place: the total changes, so facts are rebuilt
    changed = segment_customers(frame, facts_cache=cache)
    assert changed.customers["revenue"].iloc[0] == first.customers["revenue"].iloc[0] + 990
    other_ref = segment_customers(frame, Settings.from_dict({"reference_date": "2024-02-15"}), facts_cache=cache)
    assert other_ref.excluded_after_reference == 3
    assert (cache.hits, cache.misses) == (1, 3)
    fresh = segment_customers(frame)
    pd.testing.assert_frame_equal(fresh.customers, changed.customers)


def test_facts_cache_is_per_holder_and_follows_the_frames():
    """Without a cache every call builds the facts; a cache holds only the frames it was given
    (weakly) and never answers for another frame or another holder."""
    frame, other = example_frame(), example_frame()
    cache, second = FactsCache(), FactsCache()
    segment_customers(frame, facts_cache=cache)
    segment_customers(other, facts_cache=cache)          # same content, another frame: rebuilt
    segment_customers(frame, facts_cache=second)
    assert (cache.hits, cache.misses) == (0, 2) and (second.hits, second.misses) == (0, 1)
    segment_customers(other, facts_cache=cache)
    assert cache.hits == 1
    cache.clear()
    segment_customers(other, facts_cache=cache)
    assert cache.misses == 3


def test_cancel_inside_the_customer_table_step_leaves_nothing_behind():
    frame = spread_frame()
    seen = []

    def cancel(fraction, message):
        seen.append(fraction)
        if 0 < fraction < 0.55:
            raise Cancelled()
    cache = FactsCache()
    with pytest.raises(Cancelled):
        segment_customers(frame, progress=cancel, facts_cache=cache)
    assert max(seen) < 0.55
    pd.testing.assert_frame_equal(segment_customers(frame, facts_cache=cache).customers,
                                  segment_customers(frame).customers)


def test_every_scored_column_by_hand():
    """Five customers, reference 2024-12-31; expected values worked out by hand in the comments."""
    end = pd.Timestamp("2024-12-31")
    day = lambda n: end - pd.Timedelta(days=n)
    rows = [("c1", day(k), 100.0, f"a{k}", False) for k in range(5)]             # days 0, 5 orders, 500
    rows += [("c2", day(10 + k), 100.0, f"b{k}", False) for k in range(4)]      # days 10, 4 orders, gaps 1
    rows += [("c3", day(100 + 10 * k), 100.0, f"c{k}", False) for k in range(3)]  # days 100, gaps 10
    rows += [("c4", day(200 + k), 100.0, f"d{k}", False) for k in range(2)]     # days 200, 2 orders
    rows += [("c5", day(400), 100.0, "e0", False)]                              # days 400, 1 order
    s = Settings.from_dict({"tiers": {"thresholds": [250, 350, 450]}})
    seg = segment_customers(tx_frame(rows), s)
    c = seg.customers
    # days [0,10,100,200,400] → cuts 8 / 64 / 140 / 240; orders 1..5 → 1.8 / 2.6 / 3.4 / 4.2
    assert seg.cut_points["r"] == pytest.approx([8, 64, 140, 240])
    assert seg.cut_points["f"] == pytest.approx([1.8, 2.6, 3.4, 4.2])
    assert seg.cut_points["m"] == pytest.approx([180, 260, 340, 420])
    assert c["r_score"].tolist() == [5, 4, 3, 2, 1]
    assert c["f_score"].tolist() == [5, 4, 3, 2, 1]
    assert c["m_score"].tolist() == [5, 4, 3, 2, 1]
    assert c["rfm_segment"].tolist() == ["Champions", "Loyal Customers", "Need Attention", "Hibernating",
                                         "Hibernating"]
    # c2: 10 days / gap 1 → ratio 10, but 10 days < 180 / 6 → Active; c3: 100 / 10 → Overdue;
    # c4: 200 > 180; c5: 400 > 360
    assert c["typical_gap_days"].tolist()[:3] == [1, 1, 10]
    assert c["activity_status"].tolist() == ["Active", "Active", "Overdue", "Inactive", "Lost"]
    assert c["declining"].tolist() == [False, False, False, False, True]   # c5: 0 now, 100 the year before
    assert c["revenue_last_12m"].tolist() == [500, 400, 300, 200, 0]
    assert c["tier"].tolist() == ["Platinum", "Gold", "Silver", "Bronze", "Bronze"]
    assert c["tier_points"].tolist() == [500, 400, 300, 200, 0]
    assert c["next_tier"].fillna("-").tolist() == ["-", "Platinum", "Gold", "Silver", "Silver"]
    assert c["amount_to_next_tier"].fillna(-1).tolist() == [-1, 50, 50, 50, 250]
    # close: 50 <= 20 % of 450 / 350 / 250 (the last one exactly on the line); 250 > 50
    assert seg.close_to_next_tier.tolist() == [False, True, True, True, False]


def test_settings_as_dict_and_invalid_settings():
    seg = segment_customers(example_frame(), {"window_days": "seasonal"})
    assert seg.settings.window_days == 365
    with pytest.raises(SettingsError):
        segment_customers(example_frame(), {"window": 3})
    bad = Settings()
    bad.tiers.thresholds = [1.0]          # four names need three thresholds
    with pytest.raises(SettingsError, match="3 number"):
        segment_customers(example_frame(), bad)


def test_each_customers_consent_is_their_answer_over_every_row_and_both_files():
    frame = tx_frame([("A", "2024-01-01", 5.0, "1", False, "yes"), ("A", "2024-08-01", 5.0, "2", False, "no"),
                      ("B", "2024-01-01", 5.0, "3", False, "no"), ("b", "2024-03-01", 5.0, "4", False, None),
                      ("C", "2024-01-01", 5.0, "5", False, "yes")], ("consent",))
    attrs = pd.DataFrame({"customer_id": ["C", "P"], "consent": ["no", "ja"]})
    seg = segment_customers(frame, Settings.from_dict({"reference_date": "2024-06-30"}), attributes=attrs)
    consent = dict(zip(seg.customers["customer_id"], seg.customers["consent"], strict=True))
    # A opted out after the reference date; b shares B's consent; C said no in the customers file
    assert consent == {"A": "no", "B": "no", "C": "no", "b": "no", "P": "yes"}
    assert seg.consent.has_info and seg.consent.conflicts == ("C",)
    assert seg.excluded_after_reference == 1


def test_without_consent_the_table_has_no_consent_column():
    seg = segment_customers(example_frame())
    assert "consent" not in seg.customers and not seg.consent.has_info


def test_a_reference_date_before_the_first_purchase_is_refused_in_words():
    """Every row was left out and every page empty ("0 customers"), with only a note (found by a trial)."""
    frame = tx_frame([("A", "2024-01-10", 10.0, "O1", False), ("B", "2024-03-05", 20.0, "O2", False)])
    with pytest.raises(SettingsError) as caught:
        segment_customers(frame, Settings(reference_date=pd.Timestamp("2023-12-31")))
    assert str(caught.value).startswith("the reference date 31 December 2023 is before the file's first purchase (10 "
                                        "January 2024): nobody had bought by then, so there would be no customers.")
    assert caught.value.what_to_do == ("Choose a reference date from 10 January 2024 to 5 March 2024, or none (the "
                                       "latest purchase).")
    german = caught.value.text(Words(Language.GERMAN))
    assert "31. Dezember 2023" in german and "10. Januar 2024" in german
    # on the day of the first purchase: its buyer is a customer
    seg = segment_customers(frame, Settings(reference_date=pd.Timestamp("2024-01-10")))
    assert list(seg.customers["customer_id"]) == ["A"] and seg.excluded_after_reference == 1


def test_a_reference_date_long_after_the_file_and_a_handful_of_customers_are_said():
    # found by a trial of the statistics: three customers and a reference date five years after the last
    # purchase gave confident segments ("New Customers" for someone away 1,827 days) without a word
    tx = tx_frame([("A", "2024-01-05", 10.0, "O1", False), ("A", "2024-03-05", 15.0, "O2", False),
                   ("B", "2024-06-05", 20.0, "O3", False), ("C", "2024-12-31", 30.0, "O4", False)])
    seg = segment_customers(tx, Settings(reference_date="2030-01-01"))
    said = {n.kind: n.message for n in seg.warnings}
    assert said[NoticeKind.LATE_REFERENCE].startswith(
        "The reference date 2030-01-01 is 1,827 days after the last purchase in the file (2024-12-31)")
    assert said[NoticeKind.FEW_CUSTOMERS].startswith("Only 3 customers bought") and "at least 25" in said[
        NoticeKind.FEW_CUSTOMERS]
    usual = segment_customers(tx, Settings(reference_date="2025-01-31"))
    assert NoticeKind.LATE_REFERENCE not in {n.kind for n in usual.warnings}
