"""The default offer pack (one ready-to-send offer per default segment, status, tier, near-tier and occasion)
in each language, and the rule for which offer a list gets (:func:`offer_for`).

The English pack is written below; every other language's is its own text, written for that
market (not translated word for word), in ``resources/translations/offers_<code>.json``: the
greeting, sign-off, fallbacks and each offer's title, discount words and message. The discount
kind and amount, validity and coupon prefix of each offer are the English pack's
(docs/definitions.md, "Languages").
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence

from core.campaigns.mailing_list import CLOSE_TO_NEXT_TIER, ListKind, MailingList
from core.campaigns.offers import Discount, Offer, read_pack
from core.language import Language
from core.schema import ANNIVERSARY_SOON, BIRTHDAY_SOON, DUE_TO_REBUY

log = logging.getLogger(__name__)

_SIGN = "\n\nSee you soon,\n{shop_name}"


def _pct(value: float) -> Discount:
    return Discount("percent", value)


def _text(text: str) -> Discount:
    return Discount("text", None, text)


_SEGMENTS = [
    ("Champions", "A thank-you for our best customers", _text("early access to our new collection"), 21, "STAR",
     ("Hi {first_name},\n\nYou are one of the customers who make {shop_name} what it is, and we wanted to say "
      "thank you properly. Before anyone else hears about it, you are invited to {discount}: just quote "
      "{coupon_code} in the shop or at checkout before {expiry_date}.\n\nThank you for being with us.")),
    ("Loyal Customers", "A little gift for a loyal customer", _text("a thank-you gift"), 30,
     "THANKS",
     "Hi {first_name},\n\nYou keep coming back, and it means a lot. With your next order you will get "
     "{discount}: mention {coupon_code} before {expiry_date} and we will pop it in." + _SIGN),
    ("Potential Loyalists", "Free delivery on your next order", _text("free delivery"), 30, "FREE",
     "Hi {first_name},\n\nThank you for your recent orders. Here is {discount} on your next one: use code "
     "{coupon_code} before {expiry_date}. We have new things in {favourite_category} you might like." + _SIGN),
    ("New Customers", "10% off your second order", _pct(10), 30, "REPEAT",
     "Hi {first_name},\n\nThank you for your first order with {shop_name}! We hope you love it. To welcome "
     "you back, here is {discount} your second order with code {coupon_code}, valid until {expiry_date}." + _SIGN),
    ("Promising", "A treat for your next visit", Discount("amount", 5), 30, "TREAT",
     "Hi {first_name},\n\nIt was lovely to see you recently. Come back for a look at what is new in "
     "{favourite_category} and take {discount} with code {coupon_code} (until {expiry_date})." + _SIGN),
    ("Need Attention", "Something picked for you", _pct(10), 21, "JUST4U",
     "Hi {first_name},\n\nWe have new arrivals in {favourite_category} we think you will like. Here is {discount} "
     "your next order with code {coupon_code}, valid until {expiry_date}." + _SIGN),
    ("About To Sleep", "It's been a while", _pct(10), 21, "AWAKE",
     "Hi {first_name},\n\nIt has been {days_since_last} days since your last visit and we would love to see "
     "you again. Take {discount} your next order with code {coupon_code} before {expiry_date}." + _SIGN),
    ("At Risk", "We miss you: 15% off", _pct(15), 30, "RETURN",
     "Hi {first_name},\n\nWe have missed you! It has been {days_since_last} days, so here is {discount} "
     "everything in the shop. Use code {coupon_code} before {expiry_date}." + _SIGN),
    ("Can't Lose Them", "Welcome back: 20% off, just for you", _pct(20), 30, "EXTRA",
     "Hi {first_name},\n\nYou have been one of our most valued customers, and we noticed we have not seen "
     "you for {days_since_last} days. We would love to welcome you back with {discount} your next order: "
     "code {coupon_code}, valid until {expiry_date}. If anything was not right last time, just reply "
     "and tell us." + _SIGN),
    ("Hibernating", "Still interested? 10% off", _pct(10), 30, "HEYTHERE",
     "Hi {first_name},\n\nA lot has changed at {shop_name} since your last visit. Come and have a look: "
     "here is {discount} with code {coupon_code}, valid until {expiry_date}." + _SIGN),
]

_STATUSES = [
    ("Lost", "Come back: 20% off", _pct(20), 30, "RESTART",
     "Hi {first_name},\n\nIt has been a long time and we would love to see you again. Here is {discount} "
     "your next order with code {coupon_code}, valid until {expiry_date}." + _SIGN),
    ("Inactive", "We miss you: 15% off", _pct(15), 30, "RETURN",
     "Hi {first_name},\n\nWe have not seen you for {days_since_last} days. Come back for {discount} with "
     "code {coupon_code} (until {expiry_date}), and see what is new in {favourite_category}." + _SIGN),
    ("Overdue", "Time for a top-up?", _text("free delivery"), 14, "REFRESH",
     "Hi {first_name},\n\nRunning low on {favourite_product}? Order again before {expiry_date} with code "
     "{coupon_code} and get {discount}." + _SIGN),
    ("Active", "New in, just for you", _text("an early look at our new arrivals"), 14, "FRESH",
     "Hi {first_name},\n\nThank you for shopping with us. As one of our regular customers you get "
     "{discount} in {favourite_category}: quote {coupon_code} before {expiry_date}." + _SIGN),
]

_TIERS = [
    ("Bronze", "A welcome gift for Bronze members", _pct(5), 30, "MEMBER",
     "Hi {first_name},\n\nAs a {tier} member you get {discount} your next order with code {coupon_code} "
     "(until {expiry_date}). Spend {amount_to_next_tier} more to reach {next_tier}." + _SIGN),
    ("Silver", "10% off for Silver members", _pct(10), 30, "SHEEN",
     "Hi {first_name},\n\nThank you for being a {tier} member. Enjoy {discount} your next order with code "
     "{coupon_code}, valid until {expiry_date}." + _SIGN),
    ("Gold", "Free delivery for Gold members", _text("free delivery on every order"), 30, "GEM",
     "Hi {first_name},\n\nAs a {tier} member you get {discount} until {expiry_date}: use code "
     "{coupon_code} at checkout." + _SIGN),
    ("Platinum", "Our Platinum members' preview", _text("a private preview of the new season"), 30,
     "TREASURE",
     "Hi {first_name},\n\nYou are one of our {tier} members, and we would like you to see the new season "
     "first. You are invited to {discount}; quote {coupon_code} before {expiry_date}." + _SIGN),
]

_NEAR_TIER = (CLOSE_TO_NEXT_TIER, "You're nearly there", _text("a step up to the next tier"), 30, "NEXT",
              "Hi {first_name},\n\nYou are so close! Spend {amount_to_next_tier} more before {expiry_date} "
              "to reach {next_tier}, with all its perks. Quote {coupon_code} with your order." + _SIGN)


#: definitions §12: a birthday treat valid a week either side of the birthday (the code is sent up to
#: two weeks ahead and runs until a week after the day), a thank-you for the anniversary of the first
#: order, and a restock reminder that names the product.
_OCCASIONS = [
    (BIRTHDAY_SOON, "A birthday treat for you", _pct(15), 7, "BDAY",
     "Hi {first_name},\n\nHappy birthday for {birthday}! To celebrate, here is {discount} anything you "
     "like: use code {coupon_code} in the week before your birthday or the week after, until {expiry_date}."
     + _SIGN, "occasion"),
    (ANNIVERSARY_SOON, "Thank you for shopping with us", _pct(10), 30, "YEARS",
     "Hi {first_name},\n\nThank you for {years_with_us} with {shop_name}! To celebrate your anniversary "
     "with us, here is {discount} your next order with code {coupon_code}, valid until {expiry_date}." + _SIGN,
     "export"),
    (DUE_TO_REBUY, "Time to restock?", _pct(10), 21, "REBUY",
     "Hi {first_name},\n\nRunning low on {due_product}? Customers who love it usually order again about "
     "now. Restock before {expiry_date} with code {coupon_code} and get {discount}." + _SIGN, "export"),
]


def _english_offers() -> list[Offer]:
    offers = []
    for kind, rows in (("segment", _SEGMENTS), ("status", _STATUSES), ("tier", _TIERS),
                       ("close_to_next_tier", [_NEAR_TIER])):
        for target, title, discount, days, prefix, template in rows:
            offers.append(Offer(kind, target, title, Discount(discount.kind, discount.value, discount.text),
                                days, template, {}, prefix))
    for target, title, discount, days, prefix, template, validity_from in _OCCASIONS:
        offers.append(Offer(ListKind.OCCASION.value, target, title,
                            Discount(discount.kind, discount.value, discount.text), days, template, {}, prefix,
                            validity_from))
    return offers


def default_offers(language: Language = Language.ENGLISH) -> list[Offer]:
    """Fresh copies of the default pack in ``language``: segments, then statuses, tiers,
    close-to-next-tier and the occasions. Other languages than English carry their fallbacks in each offer."""
    english = _english_offers()
    if language is Language.ENGLISH:
        return english
    pack = read_pack(language)
    written = {(row["kind"], row["target"]): row for row in pack["offers"]}
    offers = []
    for offer in english:
        row = written[(offer.target_kind, offer.target)]
        discount = offer.discount
        if discount.kind == "text":
            discount = Discount("text", None, str(row["discount"]))
        offers.append(Offer(offer.target_kind, offer.target, str(row["title"]), discount, offer.validity_days,
                            str(row["template"]) + str(pack["sign"]), dict(pack["fallbacks"]), offer.coupon_prefix,
                            offer.validity_from))
    return offers


def generic_offer(mailing_list: MailingList, language: Language = Language.ENGLISH) -> Offer:
    """The offer of a list neither the owner nor the default pack has one for."""
    kind = (mailing_list.kind or ListKind.SEGMENT).value
    if language is not Language.ENGLISH:
        pack = read_pack(language)
        return Offer(kind, mailing_list.name, str(pack["generic"]["title"]), Discount("percent", 10), 30,
                     str(pack["generic"]["template"]) + str(pack["sign"]), dict(pack["fallbacks"]), "OFFER")
    return Offer(kind, mailing_list.name, "A little something for you",
                 Discount("percent", 10), 30,
                 "Hi {first_name},\n\nHere is {discount} your next order with code {coupon_code}, "
                 "valid until {expiry_date}.\n\nSee you soon,\n{shop_name}", {}, "OFFER")


def _matching(offers: Sequence[Offer], mailing_list: MailingList, *, any_kind: bool = False) -> Offer | None:
    """The first offer aimed at the list: same kind (unless ``any_kind``), target named alike
    (case and edge spaces aside; any close-to-next-tier offer for that list)."""
    for offer in offers:
        if not any_kind and mailing_list.kind is not None and offer.target_kind != mailing_list.kind:
            continue
        if offer.target_kind == ListKind.CLOSE_TO_NEXT_TIER and mailing_list.names_close_to_next_tier:
            return offer
        if mailing_list.same_name(offer.target):
            return offer
    return None


def offer_for(offers: Sequence[Offer], mailing_list: MailingList,
              language: Language = Language.ENGLISH) -> Offer:
    """The offer a list gets: the owner's for that list (``offers``), else the owner's for a list of
    that name of another kind, else the default pack's, else :func:`generic_offer`. A migration
    path ("Champions → At Risk") without an offer of its own gets the default pack's offer of the
    segment it leads to, as the path's own offer. The default pack and the plain offer are in
    ``language``."""
    owner = _matching(offers, mailing_list) or _matching(offers, mailing_list, any_kind=True)
    if owner is not None:
        return owner
    if mailing_list.kind == ListKind.MIGRATION:
        destination = _matching(default_offers(language), MailingList(ListKind.SEGMENT, mailing_list.path_ends[1]))
        if destination is not None:
            return dataclasses.replace(destination, target_kind=ListKind.MIGRATION.value, target=mailing_list.name)
    pack = _matching(default_offers(language), mailing_list)
    if pack is not None:
        return pack
    log.info("no offer for the list %s, neither the owner's nor the default pack's: the plain one is used",
             mailing_list.key)
    return generic_offer(mailing_list, language)
