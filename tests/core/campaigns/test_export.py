"""export_mailing end to end: sheets, headers, values, no formulas, consent, control, coupons."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from core.campaigns import (
    CONTROL_SHEET,
    LEFT_OUT_SHEET,
    NO_STORE,
    CampaignStore,
    ExportRequest,
    ListKind,
    MailingList,
    ShopInfo,
    StoreChoice,
    default_lists,
    default_offers,
    offer_for,
)
from core.campaigns.export import export_mailing
from core.campaigns.offers import Offer
from core.campaigns.summary import ControlsMailed
from core.errors import SettingsError
from core.output.xlsx import sheet_name
from core.segmentation.segment import Segmentation
from core.segmentation.settings import Settings
from tests.factories import segmentation_of

SEGMENTS = ["Champions", "Loyal Customers", "Potential Loyalists", "New Customers", "Promising",
            "Need Attention", "About To Sleep", "At Risk", "Can't Lose Them", "Hibernating"]
REFERENCE = pd.Timestamp("2026-06-30")


def make_customers(n: int = 200, seed: int = 1, consent: bool = True) -> pd.DataFrame:
    """A hand-made customer table with the definitions §2 columns and the usual attributes."""
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


def make_segmentation(customers: pd.DataFrame | None = None) -> Segmentation:
    """A real Segmentation of ``make_customers()``: close to the next tier under 30 to spend."""
    customers = make_customers() if customers is None else customers
    return segmentation_of(customers, close_to_next_tier=customers["amount_to_next_tier"].fillna(1e9) < 30,
                           settings=Settings(window_days=180), reference_date=REFERENCE,
                           cut_points={"r": [30, 90, 200, 400], "f": [2, 4, 8, 15], "m": [100, 200, 300, 500]})


SHOP = ShopInfo("Bloom & Co", "GBP", "en_GB")


def _export(tmp_path, seg=None, name="mailing.xlsx", **kw):
    seg = seg or make_segmentation()
    kw.setdefault("seed", 11)
    kw.setdefault("shop", SHOP)
    kw.setdefault("export_date", dt.date(2026, 7, 1))
    kw.setdefault("store", StoreChoice.file(tmp_path / "campaigns.db"))
    kw.setdefault("offers", default_offers())
    kw["lists"] = [MailingList.parse(name) for name in kw.get("lists") or ()]
    out = tmp_path / name
    return out, export_mailing(ExportRequest(seg, out, **kw))


def _rows(ws):
    rows = list(ws.iter_rows(values_only=True))
    return list(rows[0]), [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def _no_formulas(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)


def test_workbook_sheets_headers_values_and_formatting(tmp_path):
    seg = make_segmentation()
    out, summary = _export(tmp_path, seg)
    wb = openpyxl.load_workbook(out)
    expected = ["Summary", *[m.name for m in default_lists(seg)], LEFT_OUT_SHEET, CONTROL_SHEET]
    assert wb.sheetnames == expected
    assert CONTROL_SHEET == "Control group — do not contact"
    _no_formulas(wb)
    ws = wb["At Risk"]
    header, rows = _rows(ws)
    for column in ("Customer ID", "Name", "First name", "E-mail", "Phone", "Country", "Segment", "Status",
                   "Tier", "Offer", "Message", "Coupon", "Expires", "Last purchase", "Orders", "Revenue"):
        assert column in header
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    assert ws["A1"].font.b
    info = next(s for s in summary.lists if s.name == "At Risk")
    assert len(rows) == info.mailed > 0
    customers = seg.customers.set_index("customer_id")
    for row in rows:
        source = customers.loc[row["Customer ID"]]
        assert row["Segment"] == "At Risk" and row["Offer"] == "We miss you: 15% off"
        assert row["E-mail"] == source["email"]
        assert row["Revenue"] == pytest.approx(source["revenue"])
        assert row["Orders"] == source["orders"]
        assert row["Coupon"].startswith("RETURN-") and row["Coupon"] in row["Message"]
        assert row["Expires"] == dt.datetime(2026, 7, 31)
        assert row["Last purchase"] == source["last_purchase"].to_pydatetime()
        assert "31 July 2026" in row["Message"] and row["Message"].rstrip().endswith("Bloom & Co")
        first = source["first_name"]
        assert row["Message"].startswith(f"Hi {first if isinstance(first, str) else 'there'},")
    date_cell = ws.cell(row=2, column=header.index("Expires") + 1)
    money_cell = ws.cell(row=2, column=header.index("Revenue") + 1)
    assert date_cell.is_date and "dd" in date_cell.number_format
    assert "£" in money_cell.number_format


def test_summary_sheet_counts_cut_points_and_settings(tmp_path):
    out, summary = _export(tmp_path)
    ws = openpyxl.load_workbook(out)["Summary"]
    values = [[v for v in row if v is not None] for row in ws.iter_rows(values_only=True)]
    flat = [v for row in values for v in row]
    assert "Control group seed" in flat and 11 in flat
    header = next(row for row in values if row and row[0] == "List")
    assert header[:4] == ["List", "Offer", "Customers", "Mailed"] and "Opted out" in header
    champions = next(row for row in values if row and row[0] == "Champions")
    info = summary.lists[0]
    assert champions[2:4] == [info.customers, info.mailed]
    # the settings as a readable table: words, never JSON or project keys (issue 13: plain words)
    assert ["Recency score cut points", "30 / 90 / 200 / 400 (days since the last purchase; quintiles of your customers)"] in values
    window = next(row for row in values if row and row[0] == "Inactivity window")
    assert window[1].startswith("180 days: Inactive after 180 days without a purchase, Lost after 360")
    assert ["Tiers based on", "spend in the last 12 months"] in values
    assert ["Segment 1: Champions", "recency 5, frequency 4–5"] in values
    settings_at = flat.index("Settings used")
    assert not any(isinstance(v, str) and ("{" in v or "_" in v) for v in flat[settings_at:])
    assert not any("no consent or opt-out information" in str(v) for v in flat)
    assert "Chosen lists" not in flat
    text = summary.to_text()
    assert "Champions" in text and "seed 11" in text and str(summary.workbook_path) in text


def test_opted_out_and_unknown_consent_are_never_mailed(tmp_path):
    customers = make_customers(300, seed=4)
    customers.loc[customers.index[:20], "consent"] = None         # unknown in a column with info
    seg = make_segmentation(customers)
    out, summary = _export(tmp_path, seg, csv_dir=tmp_path)
    opted_out = set(customers.loc[customers["consent"] == "no", "customer_id"])
    unknown = set(customers.loc[customers["consent"].isna(), "customer_id"])
    wb = openpyxl.load_workbook(out)
    mailed = set()
    for info in summary.lists:
        mailed |= {r["Customer ID"] for r in _rows(wb[info.sheet_name])[1]}
    assert mailed and not mailed & (opted_out | unknown)
    left = _rows(wb[LEFT_OUT_SHEET])[1]
    reasons = {r["Customer ID"]: r["Reason"] for r in left}
    assert all(reasons[c] == "opted out" for c in opted_out)
    assert all(reasons[c] == "no consent" for c in unknown)
    assert sum(s.left_out["opted out"] for s in summary.lists) == len(opted_out)
    for path in summary.csv_paths:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            emails = {row["Email Address"] for row in csv.DictReader(handle)}
        assert not emails & set(customers.loc[customers["customer_id"].isin(opted_out), "email"])


def test_no_consent_information_is_said_plainly(tmp_path):
    seg = make_segmentation(make_customers(120, consent=False))
    out, summary = _export(tmp_path, seg)
    assert not summary.consent_info
    flat = [v for row in openpyxl.load_workbook(out)["Summary"].iter_rows(values_only=True) for v in row if v]
    assert any("no consent or opt-out information" in str(v) for v in flat)
    assert "no consent or opt-out information" in summary.to_text()
    assert summary.mailed + summary.control == 120


def test_control_group_share_sheet_and_determinism(tmp_path):
    seg = make_segmentation(make_customers(400, consent=False))
    out1, s1 = _export(tmp_path, seg, name="a.xlsx", seed=5, store=NO_STORE)
    out2, _s2 = _export(tmp_path, seg, name="b.xlsx", seed=5, store=NO_STORE)
    out3, _s3 = _export(tmp_path, seg, name="c.xlsx", seed=6, store=NO_STORE)
    for info in s1.lists:
        eligible = info.mailed + info.control
        assert info.control == int(eligible * 0.10 + 0.5)
    ctrl = lambda out: {r["Customer ID"] for r in _rows(openpyxl.load_workbook(out)[CONTROL_SHEET])[1]}
    assert ctrl(out1) == ctrl(out2) != ctrl(out3)
    assert len(ctrl(out1)) == s1.control > 0
    wb = openpyxl.load_workbook(out1)
    mailed = {r["Customer ID"] for info in s1.lists for r in _rows(wb[info.sheet_name])[1]}
    assert not mailed & ctrl(out1)
    left = {r["Customer ID"]: r["Reason"] for r in _rows(wb[LEFT_OUT_SHEET])[1]}
    assert all(left[c] == "control group" for c in ctrl(out1))


def test_codes_unique_across_two_exports_and_recorded(tmp_path):
    seg = make_segmentation()
    _, s1 = _export(tmp_path, seg, name="one.xlsx", seed=1)
    _, s2 = _export(tmp_path, seg, name="two.xlsx", seed=2)
    with CampaignStore(tmp_path / "campaigns.db") as store:
        campaigns = store.campaigns()
        assert campaigns["id"].tolist() == [s1.campaign_id, s2.campaign_id]
        assert campaigns["control_seed"].tolist() == [1, 2]
        one, two = store.campaign_members(s1.campaign_id), store.campaign_members(s2.campaign_id)
    codes1, codes2 = set(one["coupon_code"].dropna()), set(two["coupon_code"].dropna())
    assert len(codes1) == s1.mailed and len(codes2) == s2.mailed
    assert not codes1 & codes2
    assert one["control"].sum() == s1.control and one.loc[one["control"], "coupon_code"].isna().all()


def test_duplicate_emails_keep_highest_revenue(tmp_path):
    customers = make_customers(50, consent=False)
    customers.loc[[3, 7, 9], "email"] = " Shared@Example.com "
    customers.loc[[3, 7, 9], "revenue"] = [10.0, 500.0, 20.0]
    customers.loc[[4], "email"] = "not-an-address"
    customers.loc[[5], "email"] = None
    out, summary = _export(tmp_path, make_segmentation(customers), control_share=0.0)
    left = {r["Customer ID"]: r for r in _rows(openpyxl.load_workbook(out)[LEFT_OUT_SHEET])[1]}
    assert left["C00003"]["Reason"] == left["C00009"]["Reason"] == "duplicate e-mail"
    assert "C00007" in left["C00003"]["Detail"]
    assert "C00007" not in left
    assert left["C00004"]["Reason"] == "invalid e-mail" and left["C00005"]["Reason"] == "no e-mail"
    assert summary.mailed == 50 - 4


def test_customer_in_several_lists_is_mailed_once(tmp_path):
    customers = make_customers(200, consent=False)
    seg = make_segmentation(customers)
    out, summary = _export(tmp_path, seg, lists=["status:Lost", "At Risk", "Gold", "Close to next tier"])
    assert [s.name for s in summary.lists] == ["Lost", "At Risk", "Gold", "Close to next tier"]
    wb = openpyxl.load_workbook(out)
    seen = []
    for info in summary.lists:
        seen += [r["Customer ID"] for r in _rows(wb[info.sheet_name])[1]]
    assert len(seen) == len(set(seen))
    both = customers[(customers["activity_status"] == "Lost") & (customers["rfm_segment"] == "At Risk")]
    left = _rows(wb[LEFT_OUT_SHEET])[1]
    earlier = {r["Customer ID"] for r in left if r["List"] == "At Risk" and r["Reason"] == "in an earlier list"}
    assert earlier == set(both["customer_id"])
    gold = next(s for s in summary.lists if s.name == "Gold")
    assert gold.offer_title == "Free delivery for Gold members"


def test_lists_and_offers_lookup():
    seg = make_segmentation()
    assert default_lists(seg) == [MailingList(ListKind.SEGMENT, name) for name in SEGMENTS]
    offers = default_offers()
    assert offer_for(offers, MailingList.parse("at risk")).target == "At Risk"
    assert offer_for(offers, MailingList.parse("status:Lost")).title == "Come back: 20% off"
    assert offer_for(offers, MailingList.parse("close to next tier")).target_kind == "close_to_next_tier"
    assert offer_for([offers[3]], MailingList.parse("segment:New Customers")) is offers[3]
    assert offer_for([], MailingList(ListKind.TIER, "Gold")).title == "Free delivery for Gold members"
    plain = offer_for(offers, MailingList(ListKind.SEGMENT, "Nobody"))
    assert (plain.target_kind, plain.target, plain.title) == ("segment", "Nobody", "A little something for you")


def test_unknown_list_is_a_settings_error(tmp_path):
    with pytest.raises(SettingsError, match="no list called"):
        _export(tmp_path, lists=["Big Spenders"])
    assert not (tmp_path / "mailing.xlsx").exists()


def test_formula_injection_is_shown_as_text_everywhere(tmp_path):
    customers = make_customers(40, consent=False)
    customers.loc[0, ["first_name", "name"]] = ["=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0"]
    customers.loc[1, "country"] = "@SUM(1+1)"
    customers.loc[2, "last_name"] = "-2+3"
    seg = make_segmentation(customers)
    offers = default_offers()
    offers[0].title = "=1+1 VIP"                                # Champions
    out, summary = _export(tmp_path, seg, offers=offers, csv_dir=tmp_path, control_share=0.0)
    wb = openpyxl.load_workbook(out)
    _no_formulas(wb)
    values = {c.value: c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None}
    for text in ("+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "=1+1 VIP"):
        assert text in values and values[text].data_type == "s" and values[text].quotePrefix
    for path in summary.csv_paths:
        raw = Path(path).read_text(encoding="utf-8-sig")
        for line in raw.splitlines():
            for cell in next(csv.reader([line])):
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (path, cell)


def test_csv_for_email_tools(tmp_path):
    seg = make_segmentation(make_customers(80, consent=False))
    out, summary = _export(tmp_path, seg, csv_dir=tmp_path, lists=["Champions", "Can't Lose Them"])
    assert len(summary.csv_paths) == 2 and summary.paths[0] == str(out)
    path = summary.csv_paths[1]
    assert path.endswith("mailing - Can't Lose Them.csv")
    raw = Path(path).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[:7] == ["Email Address", "First Name", "Last Name", "OFFER_TITLE", "MESSAGE", "COUPON",
                                 "EXPIRY"]
    assert len(rows) == summary.lists[1].mailed
    assert all(r["COUPON"].startswith("EXTRA-") and r["COUPON"] in r["MESSAGE"] for r in rows)
    assert rows[0]["EXPIRY"] == "31 July 2026" and rows[0]["SEGMENT"] == "Can't Lose Them"


def test_a_new_export_takes_away_the_csv_files_an_earlier_one_left_under_its_name(tmp_path):
    """Found by a hostile trial: a second export of Champions only, under the same name and CSV folder,
    left the first one's "mailing - Hibernating.csv" beside it, holding a customer who had opted out
    since: an owner uploading the folder would have mailed them."""
    seg = make_segmentation(make_customers(80, consent=False))
    _, first = _export(tmp_path, seg, csv_dir=tmp_path, lists=["Champions", "Can't Lose Them"])
    other = tmp_path / "other - Champions.csv"            # (another workbook's: stays)
    other.write_text("Email Address\n", encoding="utf-8")
    _, second = _export(tmp_path, seg, csv_dir=tmp_path, lists=["Champions"])
    assert sorted(p.name for p in tmp_path.glob("*.csv")) == ["mailing - Champions.csv", "other - Champions.csv"]
    assert second.removed_csvs == ("mailing - Can't Lose Them.csv",)
    assert ('The CSV file "mailing - Can\'t Lose Them.csv", left in the CSV folder by an earlier export under this '
            "name for a list this one does not mail, was removed: the folder now holds this mailing only."
            ) in second.notes()
    assert not first.removed_csvs and not list(tmp_path.glob(".*.tmp"))


def test_files_of_the_owner_under_the_mailings_name_are_never_taken_away(tmp_path):
    """Found by a trial of the command line: the sweep took every "mailing - *.csv" this export did not
    write, the owner's notes, a budget, a customer table and the customers file holding the opt-outs,
    deleted for good. Only a list CSV Clientele wrote (its byte-order mark and a list header) goes."""
    seg = make_segmentation(make_customers(80, consent=False))
    _export(tmp_path, seg, csv_dir=tmp_path, lists=["Champions", "Can't Lose Them"])
    owners = {"mailing - notes.csv": b"my precious notes\n",
              "mailing - customers.csv": b"Customer ID,Email,Unsubscribed\nC1,a@b.c,yes\n",
              "mailing - Budget 2024.csv": b"\xef\xbb\xbfBudget,2024\r\n",
              "mailing - Hibernating.csv": b'"Email Address","First Name"\r\n'}   # (no byte-order mark: not ours)
    for name, data in owners.items():
        (tmp_path / name).write_bytes(data)
    _, second = _export(tmp_path, seg, csv_dir=tmp_path, lists=["Champions"])
    assert second.removed_csvs == ("mailing - Can't Lose Them.csv",)
    for name, data in owners.items():
        assert (tmp_path / name).read_bytes() == data


def test_sheet_names_are_valid(tmp_path):
    taken = {"Summary"}
    assert sheet_name("A/B: [C]*?", taken) == "A-B- -C---"
    assert sheet_name("'quoted'", taken) == "quoted"
    long = sheet_name("x" * 40, taken)
    assert len(long) == 31 and len(sheet_name("x" * 40, taken)) <= 31
    assert sheet_name("summary", taken) == "summary (2)"


def test_empty_list_still_gets_a_sheet(tmp_path):
    seg = make_segmentation(make_customers(30, consent=False))
    out, summary = _export(tmp_path, seg, lists=["Platinum", "Prospect"])
    wb = openpyxl.load_workbook(out)
    assert "Prospect" in wb.sheetnames
    assert summary.lists[1].customers == 0 and wb["Prospect"].max_row == 1


def test_customer_table_with_a_non_default_index(tmp_path):
    customers = make_customers(80, consent=False)
    customers.index = customers.index * 3 + 1000
    seg = make_segmentation(customers)
    _, summary = _export(tmp_path, seg, lists=["Close to next tier", "Champions"])
    expected = int(seg.close_to_next_tier.sum())
    first = summary.lists[0]
    assert first.customers == expected and first.mailed + first.control == expected


def test_list_counts_add_up(tmp_path):
    customers = make_customers(300, seed=9)
    customers.loc[customers.index[:15], "email"] = None
    seg = make_segmentation(customers)
    _, summary = _export(tmp_path, seg, lists=["status:Lost", "At Risk", "Gold", "Close to next tier"])
    for info in summary.lists:
        assert info.customers == info.mailed + info.control + sum(
            n for reason, n in info.left_out.items() if reason != "control group")
    at_risk = next(s for s in summary.lists if s.name == "At Risk")
    assert at_risk.customers == int((customers["rfm_segment"] == "At Risk").sum())
    assert at_risk.revenue == pytest.approx(customers.loc[customers["rfm_segment"] == "At Risk", "revenue"].sum())


def test_awkward_text_survives_the_xml(tmp_path):
    customers = make_customers(120, consent=False)
    customers["amount_to_next_tier"] = 1.0
    customers["country"] = "<r>x</r>"                         # low-cardinality column, rich-text look-alike
    customers["name"] = "Customer " + customers["customer_id"]  # distinct: written as inline strings
    customers.loc[0, "name"] = "A & B <Ltd> \x01bell"
    customers.loc[1, "name"] = " Ann "
    customers.loc[2, "name"] = "\r=cmd"
    customers.loc[3, "name"] = "Zoë 🌸 \"quoted\" 'single'"
    seg = make_segmentation(customers)
    out, summary = _export(tmp_path, seg, control_share=0.0, store=NO_STORE, lists=["Close to next tier"])
    assert summary.lists[0].mailed > 70                          # names go inline, not shared strings
    wb = openpyxl.load_workbook(out)
    names = {}
    for info in summary.lists:
        for row in _rows(wb[info.sheet_name])[1]:
            names[row["Customer ID"]] = row["Name"]
            assert row["Country"] == "<r>x</r>"
    assert names["C00000"] == "A & B <Ltd> _x0001_bell"          # Excel's escape for a control character
    assert names["C00010"] == "Customer C00010"
    assert names["C00001"] == " Ann "
    assert names["C00002"] == "\r=cmd"
    assert names["C00003"] == "Zoë 🌸 \"quoted\" 'single'"
    _no_formulas(wb)


def test_mailing_a_running_campaigns_control_group_is_said(tmp_path):
    """Found by a trial of the whole loop: a second export, the same day, mailed 31 customers held back as
    campaign 1's control group without a word; only campaign 1's results said so later, when its control
    group was already spoiled."""
    seg = make_segmentation(make_customers(120, consent=False))
    _, first = _export(tmp_path, seg, name="first.xlsx", control_share=0.3, seed=5)
    with CampaignStore(tmp_path / "campaigns.db") as store:
        held = set(store.campaign_members(first.campaign_id).query("control")["customer_id"].astype(str))
    _, second = _export(tmp_path, seg, name="second.xlsx", control_share=0.1, seed=6,
                        export_date=dt.date(2026, 7, 20))
    with CampaignStore(tmp_path / "campaigns.db") as store:
        mailed = set(store.campaign_members(second.campaign_id).query("~control")["customer_id"].astype(str))
    overlap = len(held & mailed)
    assert overlap > 0
    assert second.controls_mailed == (ControlsMailed(first.campaign_id, overlap, dt.date(2026, 7, 31)),)
    assert any(note.startswith(f"{overlap} customers of this mailing were held back as the control group of "
                               f"campaign {first.campaign_id}, whose response window runs until 31 July 2026")
               for note in second.notes())
    # after campaign 1's window has run, its control group is free again
    _, third = _export(tmp_path, seg, name="third.xlsx", seed=7, export_date=dt.date(2026, 8, 1))
    assert not any(c.campaign == first.campaign_id for c in third.controls_mailed)


def test_the_campaign_records_whether_its_file_named_the_currency(tmp_path):
    from core.campaigns.history import CampaignHistory  # noqa: PLC0415

    seg = make_segmentation(make_customers(40, consent=False))
    _, named = _export(tmp_path, seg, name="named.xlsx", file_currency="EUR")
    _, default = _export(tmp_path, seg, name="default.xlsx", seed=12)
    with CampaignHistory(tmp_path / "campaigns.db") as history:
        assert history.campaign(named.campaign_id).currency_named
        assert not history.campaign(default.campaign_id).currency_named


def test_a_single_name_column_fills_first_and_last_name(tmp_path):
    """Found by a trial of the window: with one full-name column, the mailing's First name was filled and
    its Last name left empty."""
    from core.campaigns.offers import last_names  # noqa: PLC0415

    customers = pd.DataFrame({"name": ["Jane van Dijk", "Cher", None, "Al Bo"], "first_name": [None, None, None, "Alan"],
                              "last_name": [None, None, "Kent", None]})
    assert last_names(customers).tolist() == ["van Dijk", None, "Kent", None]   # (Alan's own first name: no guess)


def test_messages_longer_than_a_mailing_tools_text_field_are_counted(tmp_path):
    """Found by a trial of the mailing tools: Mailchimp keeps 255 bytes of a text field, and 119 of the
    sample's German messages were longer, 36 with their coupon code past the cut. The export counts
    them (bytes of UTF-8: "ü" is two) and says what to do."""
    from core.campaigns.export import longer_than_a_text_field  # noqa: PLC0415

    assert longer_than_a_text_field(pd.Series(["a" * 255, "a" * 256, "ü" * 128, "ü" * 127, None])) == 2
    long_offer = Offer("status", "Active", "Hello", template="Hi {first_name}, " + "x" * 300 + " {coupon_code}")
    seg = make_segmentation(make_customers(40, consent=False))
    _, summary = _export(tmp_path, seg, offers=[long_offer], lists=["status:Active"], csv_dir=tmp_path)
    assert summary.long_messages == summary.mailed > 0
    assert any(note.startswith(f"{summary.mailed} messages in the CSV files are longer than 255 bytes")
               for note in summary.notes())
    _, without = _export(tmp_path, seg, name="no-csv.xlsx", offers=[long_offer], lists=["status:Active"], seed=12)
    assert without.long_messages == 0                  # (no CSV for a mailing tool, nothing to say)


def test_an_offer_that_starts_like_a_formula_is_named_in_the_notes(tmp_path):
    """Found by a trial of the mailing tools: a subject "-20% auf alles" reached customers as
    "'-20% auf alles" from the CSV files (the apostrophe of definitions §7, which mail tools keep).
    The rule stays; the export names such offers and says what to do."""
    minus = Offer("status", "Active", "-20% on everything", template="Hi {first_name}, {coupon_code}")
    seg = make_segmentation(make_customers(40, consent=False))
    _, summary = _export(tmp_path, seg, offers=[minus], lists=["status:Active"], csv_dir=tmp_path)
    assert summary.formula_like_offers == ("-20% on everything",)
    assert any(note.startswith('The offer "-20% on everything" starts with "-", "+", "=" or "@"')
               for note in summary.notes())
    _, workbook_only = _export(tmp_path, seg, name="only.xlsx", offers=[minus], lists=["status:Active"], seed=12)
    assert workbook_only.formula_like_offers == ()      # (the workbook keeps the text as it is)
