"""Charge lines (definitions §2): postage, fees, adjustments and tests are never a favourite."""

from __future__ import annotations

import pandas as pd
import pytest

from core.errors import SettingsError
from core.importing import import_purchases
from core.resources import sample_data_path
from core.segmentation import (
    DEFAULT_CHARGE_LINES,
    Settings,
    charge_lines_in,
    line_names,
    parse_charge_lines,
    segment_customers,
)
from core.segmentation.charges import ChargeMatcher, charge_key
from tests.factories import tx_frame

#: The charge lines of the UCI Online Retail files (the sample and Online Retail II).
ONLINE_RETAIL_CHARGES = ["POSTAGE", "DOTCOM POSTAGE", "CARRIAGE", "Next Day Carriage", "Manual", "Discount",
                         "Bank Charges", "AMAZON FEE", "CRUK Commission", "Adjust bad debt", "adjustment",
                         "reverse previous adjustment", "Adjustment by john on 26/01/2010 14:49",
                         "This is a test product."]
#: Goods whose names hold such a word in the middle, or a word that only looks like one.
ONLINE_RETAIL_GOODS = ["FRENCH CARRIAGE LANTERN", "CERAMIC CHERRY CAKE MONEY BANK", "SET 10 CARDS PERFECT POST 17090",
                       "RETRO COFFEE MUGS ASSORTED", "TUSCAN VILLA DOVECOTE BIRD FEEDER", "ZINC HEART LATTICE CHARGER LARGE",
                       "BANK ACCOUNT  GREETING  CARD ", "Dotcomgiftshop Gift Voucher £20.00"]


def test_default_list_knows_every_charge_of_online_retail_and_no_goods():
    matcher = ChargeMatcher(DEFAULT_CHARGE_LINES)
    assert [name for name in ONLINE_RETAIL_CHARGES if not matcher.is_charge(name)] == []
    assert [name for name in ONLINE_RETAIL_GOODS if matcher.is_charge(name)] == []


@pytest.mark.parametrize("name", ["Porto", "Versandkosten DE", "Frais de port", "FRAIS D'ENVOI", "Gastos de envío",
                                  "gastos de envio", "Spese di spedizione", "Verzendkosten", "Bankgebühren",
                                  "Livraison express"])
def test_default_list_in_the_six_languages(name):
    assert ChargeMatcher(DEFAULT_CHARGE_LINES).is_charge(name)


def test_names_compare_without_case_accents_or_punctuation():
    assert charge_key("  Frais d'envoi!! ") == "frais d envoi"
    assert charge_key("Gebühr") == "gebuhr"
    matcher = ChargeMatcher(["gift wrap"])
    assert matcher.is_charge("GIFT-WRAP") and matcher.is_charge("Gift wrap (red)") and matcher.is_charge("Luxury gift wrap")
    assert not matcher.is_charge("gift wrapping paper") and not matcher.is_charge(None)
    assert not ChargeMatcher([]).is_charge("POSTAGE")


def test_parse_charge_lines_trims_and_drops_repeats_and_refuses_what_is_not_a_list():
    assert parse_charge_lines(["  postage ", "POSTAGE", "", "Bank   charges"]) == ["postage", "Bank charges"]
    with pytest.raises(SettingsError, match="list of product names"):
        parse_charge_lines("postage")
    with pytest.raises(SettingsError, match="not a name"):
        parse_charge_lines(["postage", 3])
    with pytest.raises(SettingsError, match="longer than 100"):
        parse_charge_lines(["x" * 101])


def _rows():
    # A spends most on POSTAGE, then on mugs; B only bought postage; C's category is a charge
    return tx_frame([
        ("A", "2024-01-01", 50.0, "1", False, "Fees", "POSTAGE"),
        ("A", "2024-01-02", 30.0, "2", False, "Kitchen", "Mug"),
        ("A", "2024-01-03", 40.0, "3", False, "Fees", "DOTCOM POSTAGE"),
        ("B", "2024-01-04", 9.0, "4", False, "Fees", "POSTAGE"),
        ("C", "2024-01-05", 80.0, "5", False, "Shipping", "Express"),
        ("C", "2024-01-05", 5.0, "5", False, "Garden", "Seeds"),
    ], ("category", "product"))


def test_charges_count_in_revenue_but_are_never_a_favourite():
    seg = segment_customers(_rows(), Settings())
    c = seg.customers.set_index("customer_id")
    assert c.loc["A", "revenue"] == 120 and c.loc["A", "favourite_product"] == "Mug"
    assert c.loc["A", "favourite_category"] == "Kitchen"
    assert pd.isna(c.loc["B", "favourite_product"]) and c.loc["B", "revenue"] == 9
    assert c.loc["C", "favourite_product"] == "Seeds" and c.loc["C", "favourite_category"] == "Garden"


def test_the_owners_list_decides():
    seg = segment_customers(_rows(), Settings(charge_lines=[]))
    assert seg.customers.set_index("customer_id").loc["A", "favourite_product"] == "POSTAGE"
    seg = segment_customers(_rows(), Settings(charge_lines=["mug", "postage", "shipping"]))
    assert pd.isna(seg.customers.set_index("customer_id").loc["A", "favourite_product"])


def test_settings_round_trip_and_older_projects_get_the_default_list():
    settings = Settings.from_dict({"charge_lines": ["postage", "Gift wrap"]})
    assert settings.charge_lines == ["postage", "Gift wrap"]
    assert Settings.from_dict(settings.to_dict()).charge_lines == ["postage", "Gift wrap"]
    assert Settings.from_dict({}).charge_lines == list(DEFAULT_CHARGE_LINES)


def test_charge_lines_in_lists_what_the_file_treats_as_charges():
    lines = charge_lines_in(line_names(_rows()), DEFAULT_CHARGE_LINES)
    assert [(line.column, line.name, line.rows, line.amount) for line in lines] == [
        ("category", "Fees", 3, 99.0), ("product", "POSTAGE", 2, 59.0), ("category", "Shipping", 1, 80.0),
        ("product", "DOTCOM POSTAGE", 1, 40.0)]


def test_sample_favourites_are_never_charges():
    """The bundled sample: 16 customers had POSTAGE as their favourite product before the rule."""
    imported = import_purchases(sample_data_path("xlsx"))
    matcher = ChargeMatcher(DEFAULT_CHARGE_LINES)
    seg = segment_customers(imported.transactions, Settings(), latest_date=imported.latest_date)
    favourites = seg.customers["favourite_product"].dropna()
    assert not favourites.map(matcher.is_charge).any()
    before = segment_customers(imported.transactions, Settings(charge_lines=[]), latest_date=imported.latest_date)
    assert int(before.customers["favourite_product"].eq("POSTAGE").sum()) == 16
    assert seg.customers["revenue"].sum() == pytest.approx(before.customers["revenue"].sum())
