"""Campaign results from a newer file (definitions §9): the window, buyers and revenue, every row's
figures and verdict, offer tests, the pooled row, coupons, warnings; a campaign with a known effect
is detected and a null one is not called "helped"."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from core.campaigns.history import CampaignHistory
from core.campaigns.results import campaign_results, verdict
from core.campaigns.results_model import ALL_LISTS, RESULT_COLUMNS, Verdict, WarningKind
from core.campaigns.results_words import Words as ResultWords
from core.campaigns.results_words import comparison_sentence
from core.campaigns.statistics import newcombe_interval, prob_better
from core.errors import EndsBeforeWindow, InputError, SettingsError
from core.importing import ImportOptions, import_purchases
from core.language import Language
from core.words import Words
from tests.factories import make_import_result, record_campaign, tx_frame

SENT = dt.date(2026, 7, 1)


def _ids(prefix: str, n: int) -> list[str]:
    return [f"{prefix}{i:05d}" for i in range(n)]


def simulate(path, *, mailed=400, control=400, base=0.10, effect=0.0, seed=1, lists=("At Risk",),
             variants: dict[str, float] | None = None, end="2026-08-15"):
    """A campaign (recorded in the store at ``path``) and a newer file in which every campaign
    customer bought once before the mailing, and in the window with the base rate (+ ``effect`` for
    the mailed; per variant ``variants``), for a gamma-distributed amount."""
    rng = np.random.default_rng(seed)
    groups, rows, marks = {}, [], {}
    for k, name in enumerate(lists):
        m, c = _ids(f"M{k}", mailed), _ids(f"K{k}", control)
        groups[name] = (m, c)
        if variants:
            marks[name] = ["A" if i % 2 == 0 else "B" for i in range(mailed)]
        for cid in m + c:
            rows.append((cid, "2026-05-01", 20.0, f"H{cid}", False))
        for i, cid in enumerate(m):
            rate = base + (variants[marks[name][i]] if variants else effect)
            if rng.random() < rate:
                rows.append((cid, "2026-07-10", float(rng.gamma(2, 30)), f"W{cid}", False))
        for cid in c:
            if rng.random() < base:
                rows.append((cid, "2026-07-10", float(rng.gamma(2, 30)), f"W{cid}", False))
    rows.append(("OTHER", end, 5.0, "LAST", False))
    number = record_campaign(path, groups, export_date=SENT.isoformat(), variants=marks or None, seed=seed)
    return number, make_import_result(tx_frame(rows), path="newer.csv")


def results_of(path, newer, **kwargs):
    with CampaignHistory(path) as history:
        return campaign_results(history, newer, **kwargs)


def test_the_window_buyers_and_window_revenue(tmp_path):
    path = tmp_path / "c.db"
    record_campaign(path, {"Lost": (["A", "B", "C", "D", "E"], ["F"])}, export_date="2026-07-01", window_days=10)
    newer = make_import_result(tx_frame([
        ("A", "2026-07-01", 50.0, "O1", False),     # on the sent date: before the window
        ("B", "2026-07-02", 30.0, "O2", False),     # the first day of the window
        ("B", "2026-07-05", -10.0, "R2", True),     # a return in the window: revenue, not a purchase
        ("C", "2026-07-11", 20.0, "O3", False),     # the last day (sent + 10), inclusive
        ("D", "2026-07-12", 99.0, "O4", False),     # the day after the window
        ("E", "2026-07-06", -15.0, "R5", True),     # only a return: not a buyer
        ("F", "2026-07-03", 40.0, "O6", False),
        ("Z", "2026-08-30", 1.0, "O7", False),
    ]))
    results = results_of(path, newer)
    customers = results.customers.set_index("customer_id")
    assert customers["bought"].to_dict() == {"A": False, "B": True, "C": True, "D": False, "E": False, "F": True}
    assert customers["window_revenue"].to_dict() == {"A": 0.0, "B": 20.0, "C": 20.0, "D": 0.0, "E": -15.0, "F": 40.0}
    assert customers.loc["F", "group"] == "control" and customers.loc["A", "group"] == "mailed"
    row = results.lists[0]
    assert (row.mailed.customers, row.mailed.buyers, row.mailed.revenue) == (5, 2, 25.0)
    assert (row.control.customers, row.control.buyers, row.control.revenue) == (1, 1, 40.0)
    assert row.verdict == Verdict.TOO_SMALL
    assert results.window_complete and results.campaign.window_end == dt.date(2026, 7, 11)


def test_a_newer_file_that_ends_before_the_window_is_refused(tmp_path):
    path = tmp_path / "c.db"
    record_campaign(path, {"Lost": (["A"], ["B"])}, export_date="2026-07-01", reference_date="2026-06-15")
    newer = make_import_result(tx_frame([("A", "2026-07-01", 10.0, "O1", False)]))
    with pytest.raises(InputError, match="ends on 1 July 2026, the day campaign 1 was sent") as caught:
        results_of(path, newer)
    assert "--sent-date" in caught.value.what_to_do
    # (its own kind, with the file's last day: the window says "come back later" for the file open now)
    assert isinstance(caught.value, EndsBeforeWindow) and caught.value.latest == dt.date(2026, 7, 1)
    # the same file with an earlier sent date for this look
    assert results_of(path, newer, sent_date=dt.date(2026, 6, 20)).campaign.sent_date == dt.date(2026, 6, 20)


def test_a_known_effect_is_detected(tmp_path):
    path = tmp_path / "c.db"
    _, newer = simulate(path, mailed=2000, control=2000, base=0.10, effect=0.08, seed=3)
    results = results_of(path, newer)
    row = results.lists[0]
    assert row.verdict == Verdict.HELPED
    assert row.uplift_low > 0 and row.uplift_low < 0.08 < row.uplift_high
    assert row.p_better > 0.999
    assert row.extra_revenue_low < row.extra_revenue < row.extra_revenue_high and row.extra_revenue > 0
    assert row.min_detectable_uplift == pytest.approx(2.487 * np.sqrt(row.pooled_rate * (1 - row.pooled_rate)
                                                                      * (2 / 2000)), rel=1e-3)
    assert results.total.verdict == Verdict.HELPED


def test_a_null_campaign_is_not_called_helped(tmp_path):
    path = tmp_path / "c.db"
    _, newer = simulate(path, mailed=2000, control=2000, base=0.10, effect=0.0, seed=4)
    row = results_of(path, newer).lists[0]
    assert row.verdict not in (Verdict.HELPED, Verdict.HURT)
    assert row.uplift_low < 0 < row.uplift_high


def test_false_helped_rate_over_many_null_campaigns_is_near_two_and_a_half_percent():
    """The verdict's rule on simulated null campaigns (the same functions campaign_results uses):
    'helped' needs the interval's lower end above zero, a one-sided 2.5 % error."""
    rng = np.random.default_rng(2026)
    runs, helped, hurt = 4000, 0, 0
    for _ in range(runs):
        xm, xc = int(rng.binomial(300, 0.15)), int(rng.binomial(300, 0.15))
        low, high = newcombe_interval(xm, 300, xc, 300)
        answer = verdict(300, xm + xc, low, high, prob_better(xm, 300, xc, 300))
        helped += answer == Verdict.HELPED
        hurt += answer == Verdict.HURT
    assert 0.015 <= helped / runs <= 0.035
    assert 0.015 <= hurt / runs <= 0.035


def test_verdict_rules_in_order():
    assert verdict(29, 100, 0.1, 0.2, 0.99) == Verdict.TOO_SMALL
    assert verdict(30, 4, 0.1, 0.2, 0.99) == Verdict.TOO_SMALL
    assert verdict(30, 5, 0.01, 0.2, 0.99) == Verdict.HELPED
    assert verdict(30, 5, -0.2, -0.01, 0.01) == Verdict.HURT
    assert verdict(30, 5, -0.01, 0.2, 0.9) == Verdict.LIKELY_HELPED
    assert verdict(30, 5, -0.2, 0.01, 0.1) == Verdict.LIKELY_HURT
    assert verdict(30, 5, -0.1, 0.1, 0.5) == Verdict.INCONCLUSIVE


def test_offer_test_rows_and_the_comparison(tmp_path):
    path = tmp_path / "c.db"
    _, newer = simulate(path, mailed=3000, control=1500, base=0.10, variants={"A": 0.0, "B": 0.10}, seed=5)
    results = results_of(path, newer)
    a, b = results.lists
    assert (a.variant, b.variant) == ("A", "B") and a.list_name == b.list_name == "At Risk"
    assert a.control == b.control and a.mailed.customers == b.mailed.customers == 1500
    assert a.offer_title.endswith(" A") and b.offer_title.endswith(" B")
    assert b.verdict == Verdict.HELPED and a.verdict != Verdict.HELPED
    [comparison] = results.comparisons
    assert comparison.low > 0 and comparison.p_b_better > 0.99
    assert comparison.difference == pytest.approx(b.mailed.rate - a.mailed.rate)
    # the pooled row counts the list's control group once, and all its mailed customers
    total = results.total
    assert total.mailed.customers == 3000 and total.control.customers == 1500
    table = results.table()
    assert list(table.columns) == list(RESULT_COLUMNS)
    assert table["variant"].tolist() == ["A", "B", ""] and table["list"].tolist()[-1] == ALL_LISTS


def test_an_offer_test_where_one_offer_went_to_nobody_says_so(tmp_path):
    """Found by a hostile trial: a tested list whose one mailed customer got offer B (or a share of
    0.01 on two: both A) was shown as a list without a test, its offer B never mentioned."""
    path = tmp_path / "c.db"
    record_campaign(path, {"Lost": (["M1", "M2"], ["K1", "K2"])}, variants={"Lost": ["A", "A"]})
    newer = make_import_result(tx_frame([("M1", "2026-07-05", 30.0, "O1", False),
                                         ("Z", "2026-08-20", 1.0, "O2", False)]), path="newer.csv")
    results = results_of(path, newer)
    [row] = results.lists
    assert (row.list_name, row.variant, row.mailed.customers, row.mailed.buyers) == ("Lost", "A", 2, 1)
    assert row.offer_title == "Offer for Lost A"
    [comparison] = results.comparisons
    assert (comparison.a.customers, comparison.b.customers, comparison.difference) == (2, 0, None)
    assert comparison_sentence(comparison, ResultWords("GBP", "en_GB")) == (
        'Lost: offer A ("Offer for Lost A") and offer B cannot be compared: one of them was sent to nobody.')
    assert results.table()["variant"].tolist() == ["A", ""]


def test_the_pooled_row_is_the_mantel_haenszel_difference(tmp_path):
    path = tmp_path / "c.db"
    _, newer = simulate(path, mailed=500, control=100, lists=("At Risk", "Lost"), effect=0.05, seed=6)
    results = results_of(path, newer)
    w = [r.mailed.customers * r.control.customers / (r.mailed.customers + r.control.customers) for r in results.lists]
    d = [r.uplift for r in results.lists]
    assert results.total.uplift == pytest.approx(sum(wi * di for wi, di in zip(w, d, strict=True)) / sum(w))
    assert results.total.mailed.customers == 1000 and results.total.control.customers == 200
    assert results.total.extra_revenue == pytest.approx(sum(r.extra_revenue for r in results.lists))


def test_results_are_the_same_every_time(tmp_path):
    path = tmp_path / "c.db"
    _, newer = simulate(path, mailed=300, control=60, effect=0.05, seed=7)
    first, second = results_of(path, newer), results_of(path, newer)
    pd.testing.assert_frame_equal(first.table(), second.table())


def test_coupons_in_the_results(tmp_path):
    path = tmp_path / "c.db"
    record_campaign(path, {"Lost": (["A", "B", "C"], ["K"])}, export_date="2026-07-01", prefix="BACK")
    tx = tx_frame([
        ("A", "2026-07-03", 40.0, "O1", False, "back-0000000"),           # A's own code, lower case
        ("A", "2026-07-03", 10.0, "O1", False, None),
        ("Q", "2026-07-04", 25.0, "O2", False, " BACK-0000001 "),         # B's code, used by someone else
        ("K", "2026-07-05", 30.0, "O3", False, "BACK-0000002"),           # C's code, used by a control customer
        ("Z", "2026-08-30", 1.0, "O4", False, None),
    ], ("coupon_code",))
    results = results_of(path, make_import_result(tx))
    row = results.lists[0]
    assert (row.coupons.redeemed, row.coupons.used_by_others, row.coupons.control_users) == (3, 2, 1)
    assert row.coupons.revenue == 105.0
    assert results.customers.set_index("customer_id")["code_redeemed"].to_dict() == {
        "A": True, "B": True, "C": True, "K": False}
    [warning] = [w for w in results.warnings if w.kind == WarningKind.CONTROL_USED_CODES]
    assert warning.count == 1 and "passed on" in warning.text
    assert results.coupons_measured


def test_a_sent_date_before_the_campaigns_own_purchases_is_refused(tmp_path):
    """Found by a hostile trial: a sent date inside the purchases the customers were chosen by was
    taken, and its rates printed without a word."""
    path = tmp_path / "c.db"
    record_campaign(path, {"Lost": (["A"], ["B"])}, export_date="2026-07-01", reference_date="2026-06-30")
    newer = make_import_result(tx_frame([("A", "2026-07-20", 10.0, "O1", False)]))
    with pytest.raises(SettingsError, match="made from purchases up to 2026-06-30, so it cannot have been sent on "
                                            "2026-06-01") as caught:
        results_of(path, newer, sent_date=dt.date(2026, 6, 1))
    assert "2026-06-30 or later" in caught.value.what_to_do
    with CampaignHistory(path) as history, pytest.raises(SettingsError, match="cannot have been sent"):
        history.change(1, sent_date=dt.date(1900, 1, 1))
    assert results_of(path, newer, sent_date=dt.date(2026, 6, 30)).campaign.sent_date == dt.date(2026, 6, 30)


def test_a_newer_file_in_another_currency_is_said_in_its_own_with_a_warning(tmp_path):
    path = tmp_path / "c.db"
    number, newer = simulate(path)
    newer = make_import_result(newer.transactions, path="newer.csv", currency="USD")
    results = results_of(path, newer)
    assert results.campaign.currency == "USD"
    first = results.warnings[0]
    assert first.kind == WarningKind.OTHER_CURRENCY and str(first.phrase) == (
        f"The newer file's amounts are in USD, but campaign {number} was made from amounts in GBP: the revenue below "
        "is in USD, as the newer file has it. If this is another shop's file, these results say nothing about the "
        "campaign.")
    same = make_import_result(newer.transactions, path="newer.csv", currency="GBP")
    assert all(w.kind != WarningKind.OTHER_CURRENCY for w in results_of(path, same).warnings)


def test_a_currency_the_campaigns_file_never_named_is_not_set_against_the_newer_files(tmp_path):
    """Found by a trial of the whole loop: a first file of plain numbers (no currency: the shop's default
    GBP) and a newer one with € signs read "campaign 1 was made from amounts in GBP … If this is another
    shop's file, these results say nothing"."""
    path = tmp_path / "c.db"
    record_campaign(path, {"Lost": (["A", "B"], ["C"])}, export_date="2026-07-01", named=False)
    newer = make_import_result(tx_frame([("A", "2026-07-03", 40.0, "O1", False), ("Z", "2026-08-30", 1.0, "O2", False)]),
                               currency="EUR")
    results = results_of(path, newer)
    assert results.campaign.currency == "EUR"
    assert all(w.kind != WarningKind.OTHER_CURRENCY for w in results.warnings)
    named = tmp_path / "named.db"
    record_campaign(named, {"Lost": (["A", "B"], ["C"])}, export_date="2026-07-01", named=True)
    assert any(w.kind == WarningKind.OTHER_CURRENCY for w in results_of(named, newer).warnings)


def test_a_language_brings_its_locale_to_the_results(tmp_path):
    path = tmp_path / "c.db"
    _, newer = simulate(path)
    assert results_of(path, newer).campaign.locale == "en_GB"
    assert results_of(path, newer, language=Language.GERMAN).campaign.locale == "de_DE"


def test_window_purchases_set_aside_in_another_currency_are_said_among_the_warnings(tmp_path):
    path = tmp_path / "c.db"
    number, newer = simulate(path)
    tx = newer.transactions
    rows = pd.DataFrame({"Customer": tx["customer_id"], "Date": tx["date"].dt.strftime("%Y-%m-%d"),
                         "Order": tx["order_id"], "Total": tx["amount"].round(2), "Currency": "GBP"})
    in_window = rows.index[rows["Date"] == "2026-07-10"][:7]
    rows.loc[in_window, "Currency"] = "EUR"                 # seven window purchases paid in euros
    rows.to_csv(tmp_path / "newer.csv", index=False)
    imported = import_purchases(tmp_path / "newer.csv", ImportOptions(currency="GBP"))
    assert imported.report.other_currency_rows == 7
    results = results_of(path, imported)
    said = [w for w in results.warnings if w.kind == WarningKind.OTHER_CURRENCY]
    assert len(said) == 1 and said[0].count == 7
    assert str(said[0].phrase).startswith("7 rows of the newer file were in another currency than GBP and were set "
                                          "aside on import")
    assert said[0].said(Words(Language.GERMAN)).startswith("7 Zeilen der neueren Datei")
    every = results_of(path, import_purchases(tmp_path / "newer.csv", ImportOptions(currency="EUR")))
    assert every.campaign.currency == "EUR"                 # (kept in euros: the other warning comes first)
    assert [w.kind for w in every.warnings[:2]] == [WarningKind.OTHER_CURRENCY, WarningKind.OTHER_CURRENCY]


def test_ids_written_another_way_in_the_newer_file_are_the_campaigns_customers(tmp_path):
    """Found by a trial of the whole loop: zero-padded customer numbers that Excel wrote without their
    zeros (09068 → 9068), or ids in another letter case, lost two thirds of the buyers without a
    word, flipped three verdicts, and called 122 owners' own coupon codes "used by someone else"."""
    path = tmp_path / "c.db"
    record_campaign(path, {"Lost": (["00101", "00102", "C0007", "X9"], ["00201", "c0008"])},
                    export_date="2026-07-01", prefix="BACK")
    tx = tx_frame([
        ("101", "2026-07-03", 40.0, "O1", False, "BACK-0000000"),     # 00101's own code, under 101
        ("c0007", "2026-07-04", 25.0, "O2", False, None),             # C0007 in lower case
        ("C0007", "2026-07-05", 5.0, "O3", False, None),              # … and as recorded, the same customer
        ("201", "2026-07-05", 30.0, "O4", False, None),               # a control customer, zeros dropped
        ("C0008", "2026-07-06", 12.0, "O5", False, None),
        ("Z", "2026-08-30", 1.0, "O6", False, None),
    ], ("coupon_code",))
    results = results_of(path, make_import_result(tx))
    customers = results.customers.set_index("customer_id")
    assert customers["bought"].to_dict() == {"00101": True, "00102": False, "C0007": True, "X9": False,
                                             "00201": True, "c0008": True}
    assert customers["window_revenue"].to_dict() == {"00101": 40.0, "00102": 0.0, "C0007": 30.0, "X9": 0.0,
                                                     "00201": 30.0, "c0008": 12.0}
    row = results.lists[0]
    assert (row.mailed.buyers, row.control.buyers) == (2, 2)
    assert (row.coupons.redeemed, row.coupons.used_by_others) == (1, 0)
    [warning] = [w for w in results.warnings if w.kind == WarningKind.IDS_WRITTEN_ANOTHER_WAY]
    assert warning.count == 4 and warning.text.startswith(
        "4 of the campaign's customers are in the newer file under ids written another way (as 9068 for 09068")
