"""Occasion lists and the owner's saved lists as mailing lists (definitions §12): found by name, mailed
with their offers and merge fields, each code's last day counted from the customer's occasion when
the offer says so, recorded by name in the campaign history; saved lists kept in a project and
recomputed on a new import."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pandas as pd
import pytest

from core.campaigns import (
    CampaignStore,
    ExportRequest,
    ListKind,
    MailingList,
    ShopInfo,
    StoreChoice,
    available_lists,
    default_offers,
    export_mailing,
    offer_for,
    resolve_list,
)
from core.campaigns.offers import Discount, Offer
from core.errors import SettingsError
from core.project import Project, load_project, save_project
from core.schema import ANNIVERSARY_SOON, BIRTHDAY_SOON, DUE_TO_REBUY
from core.segmentation import Settings, segment_customers
from core.segmentation.filters import Bought, Check, Condition, CustomerFilter, PurchaseCondition, SavedList
from tests.factories import tx_frame

REF = pd.Timestamp("2024-06-30")
SHOP = ShopInfo("Bloom & Co", "GBP", "en_GB")


def _purchases(extra=()) -> pd.DataFrame:
    rows = [(f"T{k}", REF - pd.Timedelta(days=d), 12.0, f"O{k}-{d}", False, "Tea", "Green tea")
            for k in range(7) for d in (20 + k, 50 + k, 80 + k, 110 + k)]          # Green tea every 30 days
    rows += [("A", "2023-07-05", 30.0, "A1", False, "Cups", "Mug"),               # anniversary in 5 days
             ("B", "2024-06-01", 15.0, "B1", False, "Garden", "Rake"),
             ("R", REF, 4.0, "R1", False, "Cups", "Mug")]
    rows += list(extra)
    return tx_frame(rows, ("category", "product"))


def _attributes(ids) -> pd.DataFrame:
    ids = sorted(ids)
    birthdays = {"A": "1990-07-04", "B": "--07-04", "T0": "03.07.", "T1": "29.02.1988"}
    return pd.DataFrame({"customer_id": pd.array(ids, dtype="str"),
                         "first_name": pd.array([f"Name{c}" for c in ids], dtype="str"),
                         "email": pd.array([f"{c.lower()}@example.com" for c in ids], dtype="str"),
                         "consent": pd.array(["yes"] * len(ids), dtype="str"),
                         "birthday": pd.array([birthdays.get(c) for c in ids], dtype="str")})


def _segment(settings: Settings | None = None, extra=()):
    tx = _purchases(extra)
    return segment_customers(tx, settings or Settings(), _attributes(tx["customer_id"].unique()))


def test_occasion_lists_are_found_by_name_in_any_case():
    seg = _segment()
    table = seg.customers.set_index("customer_id")
    birthday = resolve_list(seg, MailingList.parse("birthday soon"))
    assert (birthday.kind, birthday.name) == (ListKind.OCCASION, BIRTHDAY_SOON)
    assert sorted(seg.customers.loc[birthday.members, "customer_id"]) == ["A", "B", "T0"]   # 4, 4, 3 July
    anniversary = resolve_list(seg, MailingList.parse("occasion:Anniversary soon"))
    assert sorted(seg.customers.loc[anniversary.members, "customer_id"]) == ["A"]
    due = resolve_list(seg, MailingList(None, "due to re-buy"))
    assert sorted(seg.customers.loc[due.members, "customer_id"]) == [f"T{k}" for k in range(7)]
    assert table.loc["T3", "due_product"] == "Green tea"
    names = [m.name for m in available_lists(seg) if m.kind == ListKind.OCCASION]
    assert names == [BIRTHDAY_SOON, ANNIVERSARY_SOON, DUE_TO_REBUY]


def test_the_default_pack_has_an_offer_for_each_occasion():
    for name in (BIRTHDAY_SOON, ANNIVERSARY_SOON, DUE_TO_REBUY):
        offer = offer_for([], MailingList(ListKind.OCCASION, name))
        assert offer.target_kind == "occasion" and offer.target == name and not offer.problems()
    assert "{birthday}" in offer_for([], MailingList(None, BIRTHDAY_SOON)).template
    assert offer_for([], MailingList(None, BIRTHDAY_SOON)).validity_from == "occasion"
    assert "{years_with_us}" in offer_for([], MailingList(None, ANNIVERSARY_SOON)).template
    assert "{due_product}" in offer_for([], MailingList(None, DUE_TO_REBUY)).template


def _export(tmp_path, seg, lists, offers=(), export_date=dt.date(2024, 6, 30)):
    out = tmp_path / "mailing.xlsx"
    summary = export_mailing(ExportRequest(seg, out, lists=[MailingList.parse(n) for n in lists],
                                           offers=list(offers) or default_offers(), csv_dir=tmp_path, seed=3,
                                           control_share=0.0, shop=SHOP, export_date=export_date,
                                           store=StoreChoice.file(tmp_path / "campaigns.db")))
    rows = {}
    for name in lists:
        with open(tmp_path / f"mailing - {MailingList.parse(name).name}.csv", encoding="utf-8-sig") as handle:
            rows[name] = {r["CUSTOMER_ID"]: r for r in csv.DictReader(handle)}
    return summary, rows


def test_occasion_lists_are_mailed_with_their_merge_fields(tmp_path):
    seg = _segment()
    summary, rows = _export(tmp_path, seg, [ANNIVERSARY_SOON, BIRTHDAY_SOON, DUE_TO_REBUY])
    birthday = rows[BIRTHDAY_SOON]
    assert set(birthday) == {"B", "T0"}                    # A is mailed in the first list chosen
    assert "Happy birthday for 4 July!" in birthday["B"]["MESSAGE"]
    assert "Happy birthday for 3 July!" in birthday["T0"]["MESSAGE"]
    # a week either side: the code runs until a week after each customer's own birthday
    assert birthday["B"]["EXPIRY"] == "11 July 2024" and birthday["T0"]["EXPIRY"] == "10 July 2024"
    assert "until 11 July 2024" in birthday["B"]["MESSAGE"]
    assert "Thank you for 1 year with Bloom & Co!" in rows[ANNIVERSARY_SOON]["A"]["MESSAGE"]
    assert "Running low on Green tea?" in rows[DUE_TO_REBUY]["T1"]["MESSAGE"]
    assert rows[DUE_TO_REBUY]["T1"]["EXPIRY"] == "21 July 2024"                # 21 days from the export
    # recorded by name, each code with its own last day
    with CampaignStore(tmp_path / "campaigns.db") as store:
        members = store.campaign_members(summary.campaign_id).set_index("customer_id")
    assert members.loc["A", "list_name"] == ANNIVERSARY_SOON
    assert members.loc["A", "expiry_date"] == pd.Timestamp("2024-07-30")    # 30 days from the export
    assert members.loc["B", "list_name"] == BIRTHDAY_SOON
    assert members.loc["B", "expiry_date"] == pd.Timestamp("2024-07-11")
    assert members.loc["T0", "expiry_date"] == pd.Timestamp("2024-07-10")   # in Birthday soon before Due


def test_an_occasion_in_the_past_of_the_export_counts_from_the_export(tmp_path):
    seg = _segment()
    _summary, rows = _export(tmp_path, seg, [BIRTHDAY_SOON], export_date=dt.date(2024, 7, 20))
    assert rows[BIRTHDAY_SOON]["B"]["EXPIRY"] == "27 July 2024"


def test_a_birthday_an_older_analysis_found_counts_from_its_return_this_year(tmp_path):
    """Found by a language trial: the sample (reference date in 2011) exported today wished a happy
    birthday "on 19 December" with a code that ran out on 8 December, counting from the export
    because the birthday found was 19 December 2011."""
    seg = _segment()
    _summary, rows = _export(tmp_path, seg, [BIRTHDAY_SOON], export_date=dt.date(2026, 6, 25))
    assert "Happy birthday for 4 July!" in rows[BIRTHDAY_SOON]["B"]["MESSAGE"]
    assert rows[BIRTHDAY_SOON]["B"]["EXPIRY"] == "11 July 2026"        # a week after 4 July 2026, not 2 July
    (tmp_path / "later").mkdir()
    later = _export(tmp_path / "later", seg, [BIRTHDAY_SOON], export_date=dt.date(2031, 7, 6))[1]
    assert later[BIRTHDAY_SOON]["B"]["EXPIRY"] == "13 July 2031"       # just passed: a week from the export


def test_validity_from_is_kept_and_checked():
    offer = Offer("occasion", BIRTHDAY_SOON, "t", Discount("percent", 5), 7, "Hi", {}, "", "occasion")
    assert Offer.from_dict(offer.to_dict()) == offer
    assert Offer.from_dict({k: v for k, v in offer.to_dict().items() if k != "validity_from"}).validity_from == \
        "export"
    with pytest.raises(SettingsError):
        Offer("occasion", BIRTHDAY_SOON, "t", Discount(), 7, "Hi", {}, "", "birthday").validate()


def _saved() -> SavedList:
    return SavedList("Tea lovers", CustomerFilter(
        conditions=(Condition("orders", Check.AT_LEAST, 2.0),),
        purchases=(PurchaseCondition("category", "tea", 60, Bought.WITHIN),)))


def test_a_saved_list_is_mailable_and_recomputed_on_a_new_import(tmp_path):
    project = Project(settings=Settings(saved_lists=[_saved()]))
    save_project(project, tmp_path / "shop.json")
    loaded = load_project(tmp_path / "shop.json")
    assert loaded.settings.saved_lists == [_saved()]
    seg = _segment(loaded.settings)
    assert MailingList(ListKind.SAVED, "Tea lovers") in available_lists(seg)
    first = resolve_list(seg, MailingList.parse("tea lovers"))
    assert first.kind == ListKind.SAVED
    assert sorted(seg.customers.loc[first.members, "customer_id"]) == [f"T{k}" for k in range(7)]
    # a newer export of the file: B buys tea twice, T6's last tea is now too old for 60 days
    newer = _purchases([("B", "2024-06-10", 9.0, "B2", False, "Tea", "Green tea"),
                        ("B", "2024-06-20", 9.0, "B3", False, "Tea", "Black tea")])
    newer = newer[~((newer["customer_id"] == "T6") & (newer["date"] > REF - pd.Timedelta(days=60)))]
    again = segment_customers(newer, loaded.settings, _attributes(newer["customer_id"].unique()))
    members = resolve_list(again, MailingList(ListKind.SAVED, "Tea lovers")).members
    assert sorted(again.customers.loc[members, "customer_id"]) == ["B"] + [f"T{k}" for k in range(6)]
    _summary, rows = _export(tmp_path, again, ["saved:Tea lovers"])
    assert set(rows["saved:Tea lovers"]) == {"B", *[f"T{k}" for k in range(6)]}


def test_a_list_name_that_is_nowhere_lists_the_occasions_and_saved_lists():
    seg = _segment(Settings(saved_lists=[_saved()]))
    with pytest.raises(SettingsError) as caught:
        resolve_list(seg, MailingList.parse("Tea fans"))
    assert "Birthday soon" in caught.value.what_to_do and "Tea lovers" in caught.value.what_to_do


@pytest.mark.parametrize(("where", "value", "words"), [
    (("settings", "saved_lists", 0, "filter", "purchases", 0, "days"), 0, "settings.saved_lists[0].filter.purchases[0].days"),
    (("settings", "saved_lists", 0, "name"), "x" * 201, "settings.saved_lists[0].name"),
    (("settings", "occasions", "birthday_days"), 400, "settings.occasions.birthday_days"),
    (("offers", 0, "validity_from"), "birthday", "offers[0].validity_from"),
])
def test_project_files_refuse_occasion_values_out_of_range(tmp_path, where, value, words):
    project = Project(settings=Settings(saved_lists=[_saved()]), offers=[default_offers()[-1]])
    data = project.to_dict()
    node = data
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = value
    path = tmp_path / "shop.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_project(path)
    assert words in caught.value.message
