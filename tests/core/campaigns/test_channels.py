"""Channels (definitions §6): e-mail, text message and post, each with its contacts and left-out reasons."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pandas as pd
import pytest

from core.arrow_columns import PYTHON_TEXT_BLOCK
from core.campaigns import (
    LEFT_OUT_SHEET,
    CampaignStore,
    Channel,
    ExportRequest,
    MailingList,
    StoreChoice,
    channels,
    default_offers,
    export_mailing,
)
from core.campaigns.channels import contacts, phone_digits, postal_address
from core.campaigns.lists import contact_problems
from core.errors import SettingsError
from tests.core.campaigns.test_export import SHOP, make_customers, make_segmentation


def _table() -> pd.DataFrame:
    return pd.DataFrame({
        "customer_id": ["a", "b", "c", "d", "e"],
        "email": ["a@shop.com", None, "not-an-address", "A@Shop.com ", None],
        "phone": ["+44 20 7946 0000", "020 7946-0000", "12", None, "(0)20 7946 0000"],
        "address": ["12 High St", "12 high st.", "3 Low Rd", None, "9 Mill Lane"],
        "postcode": ["AB1 2CD", "ab1 2cd", None, "ZZ1", None],
        "city": ["Town", "TOWN", None, "City", "Village"],
        "country": ["United Kingdom", None, None, None, "France"],
    })


def test_contacts_per_channel():
    table = _table()
    email = contacts(table, Channel.EMAIL)
    assert email.usable.tolist() == [True, False, False, True, False]
    assert email.key[0] == email.key[3] == "a@shop.com"
    sms = contacts(table, Channel.SMS)
    assert phone_digits(table["phone"]).tolist() == ["442079460000", "02079460000", "12", None, "02079460000"]
    assert sms.usable.tolist() == [True, True, False, False, True]
    assert sms.key[1] == sms.key[4]                  # one number written two ways
    post = contacts(table, Channel.POST)
    assert post.usable.tolist() == [True, True, False, False, True]   # c: no postcode or city; d: no street
    assert post.key[0] == post.key[1]                # same address apart from case and punctuation
    assert postal_address(table).tolist() == ["12 High St, AB1 2CD Town, United Kingdom", "12 high st., ab1 2cd TOWN",
                                              "3 Low Rd", None, "9 Mill Lane, Village, France"]


@pytest.mark.parametrize("channel", list(Channel))
def test_contacts_read_block_by_block_are_the_whole_tables(channel):
    """More customers than PYTHON_TEXT_BLOCK are read a block at a time: the same contacts, in the
    table's own index (not 0..n), as the table read at once would give."""
    table = pd.concat([_table()] * (PYTHON_TEXT_BLOCK // 5 + 3), ignore_index=True)
    table.index = table.index * 2 + 7
    assert len(table) > PYTHON_TEXT_BLOCK
    whole = channels._contacts(table, channel)
    got = contacts(table, channel)
    for name in ("value", "usable", "key"):
        pd.testing.assert_series_equal(getattr(got, name), getattr(whole, name))


def test_channel_words_and_parse():
    assert Channel.parse("SMS") is Channel.SMS and Channel.parse("e-mail") is Channel.EMAIL
    assert Channel.parse("postal") is Channel.POST and Channel.POST.words == "post"
    with pytest.raises(SettingsError, match="email, sms or post"):
        Channel.parse("pigeon")


def test_contact_problems_by_channel():
    table = _table().assign(consent=["yes", "yes", "no", "yes", "yes"])
    reasons, _detail, has_info = contact_problems(table, Channel.SMS)
    assert has_info and reasons.fillna("").tolist() == ["", "", "opted out", "no phone", ""]
    reasons, _detail, _ = contact_problems(table, Channel.POST)
    assert reasons.fillna("").tolist() == ["", "", "opted out", "no address", ""]


def _no_email_segmentation():
    customers = make_customers(60, seed=3).drop(columns=["email"])
    customers["phone"] = [f"+44 7700 900{k:03d}" if k % 3 else None for k in range(60)]
    customers["address"] = [f"{k} High Street" if k % 2 else None for k in range(60)]
    customers["postcode"] = "AB1 2CD"
    customers["city"] = "Town"
    return make_segmentation(customers), customers


def test_without_emails_nobody_is_e_mailed_and_no_campaign_is_recorded(tmp_path):
    """Issue 13: a file without e-mail addresses gave header-only sheets while the Summary said
    everyone with a valid address was mailed."""
    seg, _ = _no_email_segmentation()
    store = tmp_path / "campaigns.db"
    out = tmp_path / "mail.xlsx"
    summary = export_mailing(ExportRequest(seg, out, offers=default_offers(), seed=1, shop=SHOP,
                                           store=StoreChoice.file(store), export_date=dt.date(2026, 7, 1)))
    assert summary.mailed == 0 and summary.campaign_id is None and summary.not_recorded
    note = summary.notes()[0]
    assert note.startswith("Nobody can be reached by e-mail: no customer of these lists has an e-mail address")
    assert "No campaign was recorded." in note and "a phone list for text messages" in note
    assert note in summary.to_text()
    flat = [v for row in openpyxl.load_workbook(out)["Summary"].iter_rows(values_only=True) for v in row if v]
    assert note in flat and "not recorded" in flat
    assert not store.exists() or CampaignStore(store).campaigns().empty


def test_a_phone_list_for_text_messages(tmp_path):
    seg, customers = _no_email_segmentation()
    out = tmp_path / "texts.xlsx"
    summary = export_mailing(ExportRequest(seg, out, lists=[MailingList.parse("Champions")], offers=default_offers(),
                                           seed=1, shop=SHOP, channel=Channel.SMS, control_share=0.0,
                                           csv_dir=tmp_path, store=StoreChoice.file(tmp_path / "c.db"),
                                           export_date=dt.date(2026, 7, 1)))
    champions = customers[(customers["rfm_segment"] == "Champions") & (customers["consent"] == "yes")]
    with_phone = champions["phone"].notna()
    assert summary.mailed == int(with_phone.sum()) > 0
    assert summary.lists[0].left_out["no phone"] == int((~with_phone).sum())
    assert summary.campaign_id == 1 and summary.to_text().startswith("Text-message list written to")
    book = openpyxl.load_workbook(out)
    header = [c.value for c in book["Champions"][1]]
    assert header[:6] == ["Customer ID", "Name", "First name", "Last name", "Phone", "E-mail"]
    left = [r for r in book[LEFT_OUT_SHEET].iter_rows(values_only=True)]
    assert left[0][2] == "Phone" and {r[4] for r in left[1:]} == {"no phone", "opted out"}
    with open(summary.csv_paths[0], encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[:3] == ["Phone", "First Name", "Last Name"]
    assert all(r["Phone"].startswith("447700900") for r in rows)      # digits only: safe and readable by SMS tools


def test_a_postal_list_with_addresses(tmp_path):
    seg, customers = _no_email_segmentation()
    out = tmp_path / "letters.xlsx"
    summary = export_mailing(ExportRequest(seg, out, offers=default_offers(), seed=1, shop=SHOP, channel=Channel.POST,
                                           control_share=0.0, csv_dir=tmp_path, store=StoreChoice.file(tmp_path / "c.db"),
                                           export_date=dt.date(2026, 7, 1)))
    agreed = customers[customers["consent"] == "yes"]
    assert summary.mailed == int(agreed["address"].notna().sum())
    assert sum(s.left_out["no address"] for s in summary.lists) == int(agreed["address"].isna().sum())
    book = openpyxl.load_workbook(out)
    sheet = book[summary.lists[0].sheet_name]
    header = [c.value for c in sheet[1]]
    assert header[4:8] == ["Address", "Postcode", "City", "Country"]
    summary_flat = [v for row in book["Summary"].iter_rows(values_only=True) for v in row if v]
    assert "No address" in summary_flat and "post" in summary_flat
    with open(summary.csv_paths[0], encoding="utf-8-sig", newline="") as handle:
        first = next(csv.DictReader(handle))
    assert list(first)[:5] == ["Name", "Address", "Postcode", "City", "Country"]


def test_the_name_column_is_filled_from_first_and_last_names(tmp_path):
    """Issue 13: the Name column was empty when first and last names were known."""
    customers = make_customers(40, seed=8).drop(columns=["name"])
    seg = make_segmentation(customers)
    out = tmp_path / "mail.xlsx"
    summary = export_mailing(ExportRequest(seg, out, offers=default_offers(), seed=1, shop=SHOP, control_share=0.5,
                                           store=StoreChoice.file(tmp_path / "c.db")))
    book = openpyxl.load_workbook(out)
    for sheet in [s.sheet_name for s in summary.lists] + [LEFT_OUT_SHEET, "Control group — do not contact"]:
        rows = list(book[sheet].iter_rows(values_only=True))
        at = rows[0].index("Name")
        ids = rows[0].index("Customer ID")
        for row in rows[1:]:
            person = customers.set_index("customer_id").loc[row[ids]]
            expected = " ".join(v for v in (person["first_name"], person["last_name"]) if isinstance(v, str))
            assert row[at] == expected


def test_title_merge_fields_are_filled_in_per_customer(tmp_path):
    offers = default_offers()
    for offer in offers:
        offer.title = "Thank you, {first_name}: {discount}"
    seg = make_segmentation(make_customers(40, seed=2))
    out = tmp_path / "mail.xlsx"
    summary = export_mailing(ExportRequest(seg, out, offers=offers, seed=1, shop=SHOP, control_share=0.0,
                                           csv_dir=tmp_path, store=StoreChoice.file(tmp_path / "c.db")))
    assert summary.lists[0].offer_title == "Thank you, [first name]: [discount]"
    book = openpyxl.load_workbook(out)
    rows = list(book[summary.lists[0].sheet_name].iter_rows(values_only=True))
    offer_at, first_at = rows[0].index("Offer"), rows[0].index("First name")
    assert all(r[offer_at].startswith(f"Thank you, {r[first_at] or 'there'}: ") for r in rows[1:])
    cells = [v for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    assert not any("{first_name}" in v for v in cells)
    with open(summary.csv_paths[0], encoding="utf-8-sig", newline="") as handle:
        assert not any("{" in r["OFFER_TITLE"] for r in csv.DictReader(handle))


def test_a_phone_number_is_digits_and_separators_only_and_one_line_however_written():
    """Found by a hostile trial: an extension was glued onto the number ("+44 7700 900006 x12" texted
    44770090000612), Excel's 7.7009E+09 became 7700909, full-width digits were written as they are,
    and "07700 900666" was another number than "+44 7700 900666"."""
    phones = pd.DataFrame({"customer_id": list("abcdefg"), "phone": [
        "+44 7700 900006 x12", "+44 7700 900012 ext. 345", "7.7009e+09", "+４４ ７７００ ９０００１１",
        "+44 7700 900666", "0044 7700 900666", "07700 900666"]})
    sms = contacts(phones, Channel.SMS)
    assert sms.usable.tolist() == [False, False, False, True, True, True, True]
    assert phone_digits(phones["phone"])[3] == "447700900011"
    assert sms.key[4] == sms.key[5] == sms.key[6] == "00900666"


def test_an_opted_out_number_blocks_its_line_however_written_and_if_it_cannot_be_texted():
    """Found by a hostile trial: the line was the last 9 digits before the country code's (0) or 00
    was dropped, so "+49 (0)30 123456" opted out and "0049 30 123456" was texted (a Danish "+45 20 12
    34 56" and "20 12 34 56" too); and an opted-out number that cannot itself be texted ("… (mobile)")
    blocked nothing."""
    table = pd.DataFrame({
        "customer_id": ["B1", "B2", "B3", "D1", "D2", "M1", "M2", "E1", "E2"],
        "phone": ["+49 (0)30 123456", "0049 30 123456", "030 123456", "+45 20 12 34 56", "20 12 34 56",
                  "0170 1234567 (mobile)", "+49 170 1234567", "07700 900777 ext 12", "+44 7700 900777"],
        "consent": ["no", "yes", "yes", "no", "yes", "no", "yes", "no", "yes"],
    })
    reasons, _, _ = contact_problems(table, Channel.SMS)
    assert reasons.tolist() == ["opted out"] * 9


@pytest.mark.parametrize(("channel", "what"), [(Channel.SMS, "phone number"), (Channel.POST, "postal address")])
def test_a_contact_an_opted_out_customer_uses_is_never_used(channel, what):
    """Found by a hostile trial: S2 opted out, S1 shares S2's phone and was texted on it (the
    address rule of definitions §6 held for e-mail only). Written another way, the number is the
    same line."""
    table = pd.DataFrame({
        "customer_id": ["S1", "S2", "T1", "T2", "U1"],
        "phone": ["+44 7700 900555", "+44 7700 900555", "+44 7700 900666", "07700 900666", "+44 7700 900777"],
        "address": ["40 Elm St", "40 Elm St", "1 Oak Rd", "1 oak rd.", "9 Ash Way"],
        "postcode": ["YY1 1YY", "YY1 1YY", "ZZ1", "zz1", "XX1"],
        "consent": ["yes", "no", "yes", "no", "yes"],
    })
    reasons, detail, _ = contact_problems(table, channel)
    assert reasons.fillna("").tolist() == ["opted out", "opted out", "opted out", "opted out", ""]
    assert detail[0] == f'the {what} was opted out by customer "S2"' and detail[2].endswith('customer "T2"')


def test_an_opted_out_postal_address_written_with_less_or_without_spaces_is_never_used():
    """Found by a hostile trial: "1 Rose Lane | SW1A 1AA | London" opted out, and the same address
    written "SW1A1AA", or without the town, or without the postcode, still got a letter."""
    table = pd.DataFrame({
        "customer_id": ["OUT", "A", "B", "C", "D", "E", "F"],
        "address": ["1 Rose Lane", "1, ROSE LANE.", "1 Rose Lane", "1 Rose Lane", "1 Rose Lane", "1 Rose Lane",
                    "2 Rose Lane"],
        "postcode": ["SW1A 1AA", "sw1a1aa", "SW1A 1AA", None, "SW1A 2BB", "E1 6AN", "SW1A 1AA"],
        "city": ["London", " london ", None, "London", "London", "Leeds", "London"],
        "consent": ["no", "yes", "yes", "yes", "yes", "yes", "yes"],
    })
    reasons, detail, _ = contact_problems(table, Channel.POST)
    # A: postcode without its space; B: no town; C: no postcode (same street and town); D: another
    # postcode in the same town (another address); E: another town; F: another house
    assert reasons.fillna("").tolist() == ["opted out", "opted out", "opted out", "opted out", "", "", ""]
    assert detail[1] == detail[2] == detail[3] == 'the postal address was opted out by customer "OUT"'
    # opted out without a postcode: everyone at that street and town, whatever their postcode
    table.loc[0, "postcode"] = None
    reasons, _detail, _ = contact_problems(table, Channel.POST)
    assert reasons.fillna("").tolist()[:6] == ["opted out", "opted out", "", "opted out", "opted out", ""]


def test_a_phone_list_writes_international_numbers_as_sms_tools_read_them():
    """Found by a trial of the mailing tools: "+49 (0)170 1234567" became 4901701234567, a number that
    does not exist (the bracketed trunk zero is not dialled from abroad), and "0044 …" kept its 00."""
    phones = pd.Series(["+49 (0)170 1234567", "0044 (0) 20 7946 0000", "0044 7700 900003", "+44 7700 900001",
                        "07700 900002", None])
    assert phone_digits(phones).tolist() == ["491701234567", "442079460000", "447700900003", "447700900001",
                                             "07700900002", None]
