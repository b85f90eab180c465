"""The warnings of campaign results (definitions §9): an incomplete window, a file that starts late,
customers missing from the newer file, control customers mailed by another campaign, overlapping
campaigns, codes used by control customers."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from core.campaigns.history import CampaignHistory
from core.campaigns.redemptions import find_redemptions
from core.campaigns.results_model import WarningKind
from core.campaigns.results_warnings import campaign_warnings
from tests.core.campaigns.test_results import results_of, simulate
from tests.factories import make_import_result, record_campaign, tx_frame


def test_a_customer_missing_from_the_newer_file_is_a_non_buyer(tmp_path):
    path = tmp_path / "c.db"
    record_campaign(path, {"Lost": (["A", "GONE"], ["B"])}, export_date="2026-07-01", reference_date="2026-06-30")
    newer = make_import_result(tx_frame([("A", "2026-05-01", 5.0, "O0", False), ("B", "2026-05-01", 5.0, "O1", False),
                                         ("A", "2026-07-02", 10.0, "O2", False), ("Z", "2026-08-30", 1.0, "O3", False)]))
    results = results_of(path, newer)
    gone = results.customers.set_index("customer_id").loc["GONE"]
    assert not gone["bought"] and gone["window_revenue"] == 0
    [warning] = [w for w in results.warnings if w.kind == WarningKind.MISSING_CUSTOMERS]
    assert warning.count == 1 and "not in the newer file" in warning.text


def test_an_incomplete_window_is_said(tmp_path):
    path = tmp_path / "c.db"
    number, newer = simulate(path, mailed=50, control=50, end="2026-07-20")
    results = results_of(path, newer)
    assert not results.window_complete and not results.table()["window_complete"].any()
    [warning] = [w for w in results.warnings if w.kind == WarningKind.INCOMPLETE_WINDOW]
    assert warning.count == 11 and "31 July 2026" in warning.text


def test_other_campaigns_in_the_same_window(tmp_path):
    path = tmp_path / "c.db"
    first = record_campaign(path, {"Lost": (["A", "B"], ["C", "D"])}, export_date="2026-07-01", prefix="ONE")
    record_campaign(path, {"Promo": (["C", "A"], ["E"])}, export_date="2026-07-15", prefix="TWO")   # overlaps
    record_campaign(path, {"Later": (["D"], ["F"])}, export_date="2026-09-15", prefix="SIX")        # does not
    newer = make_import_result(tx_frame([("A", "2026-07-02", 10.0, "O1", False), ("Z", "2026-10-30", 1.0, "O2", False)]))
    results = results_of(path, newer, campaign=first)
    kinds = {w.kind: w for w in results.warnings}
    assert kinds[WarningKind.CONTROL_MAILED_ELSEWHERE].count == 1            # C, held back here, mailed by campaign 2
    assert "campaign 2" in kinds[WarningKind.CONTROL_MAILED_ELSEWHERE].text
    assert kinds[WarningKind.OVERLAPPING_CAMPAIGNS].count == 1               # A mailed by both
    assert "campaign 3" not in " ".join(w.text for w in results.warnings)



def test_campaigns_keyed_by_number_and_by_e_mail_still_see_the_customers_they_share(tmp_path):
    """Found by a hostile trial: a campaign keyed by e-mail addresses and one keyed by customer numbers
    were said to share no customer ("no customer was mailed by both") although they shared nearly all."""
    path = tmp_path / "c.db"
    by_number = record_campaign(path, {"Lost": (["A", "B"], ["C", "D"])}, export_date="2026-07-01", prefix="ONE",
                                emails={"A": "Ann@Shop.example", "C": "cy@shop.example"})
    record_campaign(path, {"Promo": (["ann@shop.example ", "CY@shop.example"], ["x@shop.example"])},
                    export_date="2026-07-15", prefix="TWO")
    newer = make_import_result(tx_frame([("A", "2026-07-02", 10.0, "O1", False), ("Z", "2026-10-30", 1.0, "O2", False)]))
    kinds = {w.kind: w for w in results_of(path, newer, campaign=by_number).warnings}
    assert kinds[WarningKind.CONTROL_MAILED_ELSEWHERE].count == 1            # C, held back here, mailed as CY@…
    assert kinds[WarningKind.OVERLAPPING_CAMPAIGNS].count == 1               # A, mailed here and as ann@…
    assert "; 1 customer was mailed by both, so a purchase may be due to either" in \
        kinds[WarningKind.OVERLAPPING_CAMPAIGNS].text
    # a customer number never matches an address by letter case: B and "b" stay two customers
    record_campaign(path, {"Other": (["b"], [])}, export_date="2026-07-10", prefix="SIX",
                    emails={"b": "someone@else.example"})
    assert [w.count for w in results_of(path, newer, campaign=by_number).warnings
            if w.kind == WarningKind.OVERLAPPING_CAMPAIGNS] == [1, 0]

def test_a_file_that_starts_after_the_window_began_is_said(tmp_path):
    path = tmp_path / "c.db"
    record_campaign(path, {"Lost": (["A"], ["B"])}, export_date="2026-07-01")
    newer = make_import_result(tx_frame([("A", "2026-07-10", 10.0, "O1", False), ("Z", "2026-08-30", 1.0, "O2", False)]))
    results = results_of(path, newer)
    kinds = {w.kind for w in results.warnings}
    assert WarningKind.FILE_STARTS_LATE in kinds
    assert WarningKind.MISSING_CUSTOMERS not in kinds          # a file of recent purchases only: absence is expected


def test_a_file_of_another_period_says_it_holds_no_purchase_of_the_window(tmp_path):
    """A newer file that starts after the whole window (another year's export, another shop's) read
    as "the window is complete" and "too small to tell": it now says it holds nothing to judge by."""
    from core.campaigns.results_words import campaign_lines  # noqa: PLC0415 - beside the warnings it explains

    path = tmp_path / "c.db"
    record_campaign(path, {"Lost": (["A"], ["B"])}, export_date="2026-07-01")
    newer = make_import_result(tx_frame([("A", "2027-03-10", 10.0, "O1", False), ("Z", "2027-04-30", 1.0, "O2", False)]))
    results = results_of(path, newer)
    [late] = [w for w in results.warnings if w.kind == WarningKind.FILE_STARTS_LATE]
    assert "after the whole response window" in late.text and "holds no purchase of the window" in late.text
    assert campaign_lines(results)[1].endswith("none of them falls in the window.")


def test_a_file_that_holds_none_of_the_campaigns_customers_says_so_whatever_its_dates(tmp_path):
    """Found by a trial of the window: another shop's file (its purchases spanning the window) read as
    "the window is complete" and 0 bought, without a word."""
    path = tmp_path / "c.db"
    record_campaign(path, {"Lost": (["A", "C"], ["B"])}, export_date="2026-07-01")
    newer = make_import_result(tx_frame([("X1", "2026-06-01", 10.0, "O1", False), ("X2", "2026-07-10", 5.0, "O2", False),
                                         ("X3", "2026-08-30", 1.0, "O3", False)]))
    results = results_of(path, newer)
    [none] = [w for w in results.warnings if w.kind == WarningKind.NO_CAMPAIGN_CUSTOMERS]
    assert none.count == 3 and none.text.startswith(
        "None of the campaign's 3 customers is in the newer file, which holds 3 other customers: it is another shop's "
        "file")
    assert WarningKind.MISSING_CUSTOMERS not in {w.kind for w in results.warnings}

    # one other customer: said in the singular (a trial found "which holds 1 other customers")
    single = make_import_result(tx_frame([("X1", "2026-06-01", 10.0, "O1", False), ("X1", "2026-08-30", 1.0, "O3", False)]))
    [one] = [w for w in results_of(path, single).warnings if w.kind == WarningKind.NO_CAMPAIGN_CUSTOMERS]
    assert "is in the newer file, which holds 1 other customer: it is another shop's file" in one.text


def test_campaign_warnings_of_a_file_that_ends_early_say_only_that(tmp_path):
    """campaign_warnings itself, on a campaign whose customers are all in a newer file that begins
    before the campaign and ends 4 July, with no coupon column: one warning, the incomplete window,
    counting the days from 4 July to the window's end (a 30-day window from the export date)."""
    path = tmp_path / "c.db"
    number = record_campaign(path, {"Lost": (["A", "B"], ["C"])}, export_date="2026-07-01", window_days=30)
    tx = tx_frame([("A", "2026-06-01", 5.0, "O0", False), ("B", "2026-06-02", 5.0, "O1", False),
                   ("C", "2026-06-03", 5.0, "O2", False), ("A", "2026-07-04", 10.0, "O3", False)])
    no_codes = pd.DataFrame({"code": [], "owner": [], "expiry": []})
    with CampaignHistory(path) as history:
        info = history.campaign(number)
        members = history.members(number)
        warnings = campaign_warnings(history, info, members, tx, dt.date(2026, 6, 1), dt.date(2026, 7, 4),
                                     find_redemptions(tx, no_codes, info.sent_date))
    assert info.window_end == dt.date(2026, 7, 31)
    assert [(w.kind, w.count) for w in warnings] == [(WarningKind.INCOMPLETE_WINDOW, 27)]
    assert warnings[0].text.startswith("Incomplete window: the newer file ends on 4 July 2026, 27 days before")
