"""The default offer pack covers every default list and reads like a marketer wrote it."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from core.campaigns.coupons import generate_codes
from core.campaigns.mailing_list import ListKind, MailingList
from core.campaigns.offer_pack import default_offers, offer_for
from core.campaigns.offers import Offer, ShopInfo, render_messages
from core.schema import STATUSES

SEGMENTS = ["Champions", "Loyal Customers", "Potential Loyalists", "New Customers", "Promising",
            "Need Attention", "About To Sleep", "At Risk", "Can't Lose Them", "Hibernating"]


def _by_target():
    return {(o.target_kind, o.target): o for o in default_offers()}


def test_pack_covers_segments_statuses_tiers_and_close_to_next_tier():
    offers = _by_target()
    for name in SEGMENTS:
        assert ("segment", name) in offers
    for name in STATUSES:
        assert ("status", name) in offers
    for name in ("Bronze", "Silver", "Gold", "Platinum"):
        assert ("tier", name) in offers
    assert any(kind == "close_to_next_tier" for kind, _ in offers)
    assert len(default_offers()) == len(offers)             # one offer per list


def test_every_offer_is_valid_and_uses_a_coupon_and_expiry():
    for offer in default_offers():
        assert offer.problems() == [], offer.title
        assert "{coupon_code}" in offer.template and "{expiry_date}" in offer.template
        assert offer.coupon_prefix and offer.validity_days > 0


def test_marketing_choices():
    offers = _by_target()
    champions = offers[("segment", "Champions")]
    assert champions.discount.kind == "text" and "early access" in champions.discount.text
    at_risk, cant_lose = offers[("segment", "At Risk")], offers[("segment", "Can't Lose Them")]
    hibernating = offers[("segment", "Hibernating")]
    assert cant_lose.discount.value > at_risk.discount.value > hibernating.discount.value
    assert "second" in offers[("segment", "New Customers")].template
    near = next(o for o in default_offers() if o.target_kind == "close_to_next_tier")
    assert "Spend {amount_to_next_tier} more" in near.template and "{next_tier}" in near.template


def test_pack_renders_money_in_the_shop_currency():
    near = next(o for o in default_offers() if o.target_kind == "close_to_next_tier")
    customers = pd.DataFrame({"first_name": ["Léa"], "amount_to_next_tier": [42.0], "next_tier": ["Gold"]})
    text = render_messages(near, customers, ShopInfo("Boutique", "EUR", "fr_FR"),
                           coupons=pd.Series(["NEXT-ABC234"]), expiry_date=dt.date(2026, 5, 1)).iloc[0]
    assert "Spend 42\u00a0€ more before 1er mai 2026 to reach Gold" in text
    assert text.startswith("Hi Léa,") and text.endswith("Boutique")


def test_fresh_copies_each_time():
    a, b = default_offers(), default_offers()
    a[0].fallbacks["first_name"] = "friend"
    assert b[0].fallbacks == {}


def test_default_codes_have_no_look_alike_characters_at_all():
    """The whole code, prefix included, avoids 0/O and 1/I/L in the default pack."""

    for offer in default_offers():
        for code in generate_codes(20, offer.coupon_prefix):
            assert not set(code) & set("0O1IL"), code


def test_which_offer_a_list_gets():
    """The owner's offer for the list, else the owner's for a list of that name of another kind,
    else the default pack's, else the plain one: the same rule for the window and the command line."""
    mine = Offer("status", "Lost", "Mine", template="Hi {first_name} {coupon_code}")
    old_style = Offer("segment", "Gold", "A v0 project's offer", template="Hi")
    lost, gold = MailingList(ListKind.STATUS, "Lost"), MailingList(ListKind.TIER, "Gold")
    assert offer_for([old_style, mine], lost) is mine
    assert offer_for([old_style], gold) is old_style
    assert offer_for([mine], gold).title == "Free delivery for Gold members"
    assert offer_for([mine], MailingList(ListKind.CLOSE_TO_NEXT_TIER, "Close to next tier")).coupon_prefix == "NEXT"
    plain = offer_for([], MailingList(ListKind.TIER, "Diamond"))
    assert (plain.target_kind, plain.target, plain.title) == ("tier", "Diamond", "A little something for you")
    assert plain.problems() == []


def test_an_offer_finds_its_list_by_the_one_name_rule():
    """Found by a review: offers were matched to lists with lower() while the export's check for
    offers aimed at no list used casefold(), so an offer for "STRASSE Kunden" was silently not used
    for the saved list "Straße Kunden", and no warning said so. Both use schema.list_name_key now."""
    strasse = Offer("saved", " STRASSE Kunden ", "Mine", template="Hi {first_name} {coupon_code}")
    assert offer_for([strasse], MailingList(ListKind.SAVED, "Straße Kunden")) is strasse
    close = Offer("close_to_next_tier", "Close to next tier", "Nearly there", template="Hi {coupon_code}")
    assert offer_for([close], MailingList(ListKind.CLOSE_TO_NEXT_TIER, "close_to_next_tier")) is close
    assert offer_for([close], MailingList(ListKind.CLOSE_TO_NEXT_TIER, "")) is close
