"""The default offer pack in each language (core/campaigns/offer_pack.py): written for the market
(Sie, vous, tú, tu, je), money and dates in the language's format, greetings without a name, and
the shop's language kept in the project."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from core.campaigns import MailingList, ShopInfo, default_offers, generic_offer, offer_for
from core.campaigns.mailing_list import ListKind
from core.campaigns.offers import preview
from core.campaigns.templates import MERGE_FIELDS, parse_template
from core.errors import SettingsError
from core.language import Language
from core.project import load_project, save_project
from tests.factories import make_project

CUSTOMER = {"customer_id": "C1", "first_name": "Anna", "days_since_last": 120, "favourite_category": "Tee",
            "tier": "Silver", "next_tier": "Gold", "amount_to_next_tier": 35.5}
EXPORTED = dt.date(2026, 3, 1)


def _offer(language: Language, kind: str, target: str):
    return next(o for o in default_offers(language) if o.target_kind == kind and o.target == target)


def _fields(text: str) -> set[str]:
    return {piece for piece, is_field in parse_template(text)[0] if is_field}


@pytest.mark.parametrize("language", list(Language), ids=lambda language: language.code)
def test_every_language_has_the_whole_pack_with_known_merge_fields(language):
    english = default_offers()
    offers = default_offers(language)
    assert [(o.target_kind, o.target, o.discount.kind, o.discount.value, o.validity_days, o.coupon_prefix)
            for o in offers] == [(o.target_kind, o.target, o.discount.kind, o.discount.value, o.validity_days,
                                  o.coupon_prefix) for o in english]
    for offer, original in zip(offers, english, strict=True):
        assert offer.problems() == [], offer.title
        assert _fields(offer.template) <= set(MERGE_FIELDS)
        assert _fields(offer.template) - {"shop_name"} == _fields(original.template) - {"shop_name"}, offer.title
        if language is not Language.ENGLISH:
            assert offer.template != original.template and offer.title != original.title
            assert set(offer.fallbacks) == set(MERGE_FIELDS)


def test_german_pack_says_sie_with_german_money_and_dates():
    shop = ShopInfo("Teehaus", "EUR").with_language(Language.GERMAN)
    assert shop.locale == "de_DE"
    shown = preview(_offer(Language.GERMAN, "status", "Inactive"), CUSTOMER, shop, export_date=EXPORTED)
    assert shown.subject == "Wir vermissen Sie: 15 % Rabatt"
    assert shown.message.startswith("Hallo Anna,\n\nIhr letzter Einkauf ist 120 Tage her.")
    assert "erhalten Sie 15\u00a0% Rabatt (gültig bis 31. März 2026)" in shown.message
    assert " Sie " in shown.message and shown.message.endswith("Herzliche Grüße\nTeehaus")
    bronze = preview(_offer(Language.GERMAN, "tier", "Silver"), CUSTOMER, shop, export_date=EXPORTED)
    assert "danke, dass Sie Silber-Mitglied sind" in bronze.message
    amount = dataclasses.replace(_offer(Language.GERMAN, "segment", "Promising"))
    assert "5\u00a0€ Rabatt" in preview(amount, CUSTOMER, shop, export_date=EXPORTED).message


def test_french_pack_says_vous_with_french_money():
    shop = ShopInfo("La Théière", "EUR").with_language(Language.FRENCH)
    shown = preview(_offer(Language.FRENCH, "segment", "At Risk"), CUSTOMER, shop, export_date=EXPORTED)
    assert shown.message.startswith("Bonjour Anna,\n\nVous nous avez manqué !")
    assert "voici 15\u00a0% de réduction sur toute la boutique" in shown.message
    assert "valable jusqu'au 31 mars 2026" in shown.message and "Vous nous avez" in shown.message
    promising = preview(_offer(Language.FRENCH, "segment", "Promising"), CUSTOMER, shop, export_date=EXPORTED)
    assert "5\u00a0€ de réduction" in promising.message


@pytest.mark.parametrize(("language", "greeting", "address"), [
    (Language.GERMAN, "Hallo,\n\n", "Sie"), (Language.FRENCH, "Bonjour,\n\n", "vous"),
    (Language.SPANISH, "Hola,\n\n", "tu"), (Language.ITALIAN, "Ciao,\n\n", "tuo"),
    (Language.DUTCH, "Hallo,\n\n", "je"), (Language.ENGLISH, "Hi there,\n\n", "you")])
def test_a_customer_without_a_name_gets_the_plain_greeting(language, greeting, address):
    shop = ShopInfo("").with_language(language)
    nameless = {key: value for key, value in CUSTOMER.items() if key != "first_name"}
    shown = preview(_offer(language, "status", "Lost"), nameless, shop, export_date=EXPORTED)
    assert shown.message.startswith(greeting)
    assert f" {address} " in shown.message
    assert "{" not in shown.message and "there" not in shown.message.replace("Hi there", "")


def test_owner_lists_without_an_offer_get_the_languages_plain_offer():
    owners_list = MailingList(ListKind.SEGMENT, "Stammgäste")
    plain = offer_for([], owners_list, Language.ITALIAN)
    assert plain == generic_offer(owners_list, Language.ITALIAN)
    assert plain.template.startswith("Ciao {first_name},")
    moved = offer_for([], MailingList.parse("Champions -> At Risk"), Language.SPANISH)
    assert moved.title == "Te echamos de menos: 15 % de descuento" and moved.target_kind == "migration"


def test_a_language_brings_its_locale_unless_the_shops_is_of_that_language():
    assert ShopInfo(locale="en_GB").with_language(Language.DUTCH).locale == "nl_NL"
    assert ShopInfo(locale="de_AT").with_language(Language.GERMAN).locale == "de_AT"
    assert ShopInfo(locale="fr_CH").with_language(Language.ENGLISH).locale == "fr_CH"
    assert ShopInfo.from_dict({"language": "it"}).locale == "it_IT"
    assert ShopInfo.from_dict({}).language is Language.ENGLISH


def test_the_project_keeps_the_language(tmp_path):
    project = make_project(shop=ShopInfo("Teehaus", "EUR").with_language(Language.GERMAN),
                           offers=default_offers(Language.GERMAN)[:2])
    path = tmp_path / "shop.clientele.json"
    save_project(project, path)
    loaded = load_project(path)
    assert loaded.shop == ShopInfo("Teehaus", "EUR", "de_DE", Language.GERMAN)
    assert loaded.offers[0].template == project.offers[0].template
    assert loaded.offers[0].fallbacks["first_name"] == ""
    text = path.read_text(encoding="utf-8").replace('"language": "de"', '"language": "xx"')
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError, match="language"):
        load_project(path)


def test_spanish_and_italian_dates_and_discounts():
    spanish = preview(_offer(Language.SPANISH, "status", "Lost"), CUSTOMER,
                      ShopInfo("La Tetera", "EUR").with_language(Language.SPANISH), export_date=EXPORTED)
    assert "Aquí tienes 20\u00a0% de descuento en tu próximo pedido" in spanish.message
    assert "válido hasta el 31 de marzo de 2026" in spanish.message
    italian = preview(_offer(Language.ITALIAN, "status", "Lost"), CUSTOMER,
                      ShopInfo("La Teiera", "EUR").with_language(Language.ITALIAN), export_date=EXPORTED)
    assert "Ecco 20% di sconto sul tuo prossimo ordine" in italian.message
    assert "valido fino al 31 marzo 2026" in italian.message
