"""The export's vectorised message rendering (MessageRenderer: merge texts worked out once per
customer table, picked per list, joined with Arrow) against a plain per-customer rendering of the
same rules, on the bundled sample with its customer attributes."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.campaigns.offer_pack import default_offers
from core.campaigns.offers import (
    Discount,
    MessageRenderer,
    Offer,
    ShopInfo,
    render_messages,
)
from core.campaigns.templates import MERGE_FIELDS, parse_template
from core.output.money import format_date, format_day_month, format_money
from core.segmentation.segment import segment_customers

importer = pytest.importorskip("core.importing.importer")
CUSTOMERS_CSV = Path(__file__).resolve().parents[3] / "resources" / "online_retail_sample_customers.csv"
EVERY_FIELD = Offer("segment", "At Risk", "All fields", Discount("amount", 7.5), 10,
                    " ".join(f"{{{f}}}" for f in MERGE_FIELDS) + " {{literal}}",
                    {"favourite_product": "something nice", "tier": ""}, "ALL")


@pytest.fixture(scope="module")
def customers(sample_xlsx):
    tx = importer.import_purchases(sample_xlsx).transactions
    attributes = importer.import_customer_attributes(str(CUSTOMERS_CSV)).attributes
    table = segment_customers(tx, attributes=attributes).customers.reset_index(drop=True)
    table.loc[0, "first_name"] = None                   # first word of the name instead
    table.loc[1, ["first_name", "name"]] = None
    table.loc[2, "favourite_category"] = "  "
    table.loc[3, "amount_to_next_tier"] = np.nan
    table.loc[4, "amount_to_next_tier"] = 12.0            # whole amount: no cents
    return table


def _text(value) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    text = str(value).strip()
    return text or None


def _one(offer: Offer, row: pd.Series, shop: ShopInfo, code: str | None, expiry: dt.date) -> str:
    """The message for one customer, the rules written out plainly."""
    first = _text(row.get("first_name"))
    if first is None:
        words = (_text(row.get("name")) or "").split(None, 1)
        first = words[0] if len(words) >= 2 else None
    full = ((first or "") + " " + (_text(row.get("last_name")) or "")).strip()
    days, amount = row.get("days_since_last"), row.get("amount_to_next_tier")
    years, birthday = row.get("years_with_us"), row.get("next_birthday")
    values = {
        "first_name": first, "name": _text(row.get("name")) or full or None,
        "days_since_last": None if days is None or pd.isna(days) else str(int(round(float(days)))),
        "amount_to_next_tier": None if amount is None or math.isnan(float(amount))
        else format_money(float(amount), shop.currency, shop.locale, drop_zero_cents=True),
        "favourite_category": _text(row.get("favourite_category")),
        "favourite_product": _text(row.get("favourite_product")),
        "tier": _text(row.get("tier")), "next_tier": _text(row.get("next_tier")), "coupon_code": _text(code),
        "discount": offer.discount.describe(shop.currency, shop.locale),
        "expiry_date": format_date(expiry, shop.locale), "shop_name": shop.name,
        "years_with_us": None if years is None or pd.isna(years) or years < 1
        else f"{int(years)} year{'s' if years != 1 else ''}",
        "due_product": _text(row.get("due_product")),
        "birthday": None if birthday is None or pd.isna(birthday)
        else format_day_month(birthday.month, birthday.day, shop.locale),
    }
    pieces, _ = parse_template(offer.template)
    return "".join((values[text] or offer.fallback(text)) if is_field else text for text, is_field in pieces)


@pytest.mark.parametrize("shop", [ShopInfo("Bloom & Co", "GBP", "en_GB"), ShopInfo("", "EUR", "de_DE")])
def test_vectorised_rendering_equals_per_customer_rendering(customers, shop):
    rng = np.random.default_rng(7)
    renderer = MessageRenderer(customers, shop)             # shared by every offer, as in the export
    expiry = dt.date(2026, 12, 24)
    for offer in [*default_offers(), EVERY_FIELD]:
        rows = pd.Index(np.union1d(np.arange(5), rng.choice(len(customers), size=120, replace=False))[::-1])
        codes = pd.Series([f"{offer.coupon_prefix}-{i:06d}" for i in range(len(rows))], index=rows)
        codes.iloc[0] = None                                # falls back to the offer's fallback
        expected = [_one(offer, customers.loc[i], shop, codes[i], expiry) for i in rows]
        got = renderer.render(offer, rows, coupons=codes, expiry_date=expiry)
        assert got.dtype == object and list(got.index) == list(rows)
        assert got.tolist() == expected, offer.title
        as_arrow = renderer.render(offer, rows, coupons=codes, expiry_date=expiry, arrow=True)
        assert as_arrow.tolist() == expected
        alone = render_messages(offer, customers.loc[rows], shop, coupons=codes, expiry_date=expiry)
        assert alone.tolist() == expected


def test_template_without_customer_fields_and_missing_columns():
    table = pd.DataFrame({"customer_id": ["a", "b"]}, index=[10, 20])
    offer = Offer("segment", "At Risk", "t", Discount("percent", 5), 3, "{discount} at {shop_name}", {}, "")
    renderer = MessageRenderer(table, ShopInfo("Shop"))
    assert renderer.render(offer, [20]).tolist() == ["5% off at Shop"]
    offer = Offer("segment", "At Risk", "t", Discount(), 3, "{first_name}/{amount_to_next_tier}/{days_since_last}",
                  {}, "")
    assert renderer.render(offer).tolist() == ["there/a little/many"] * 2
    with pytest.raises(KeyError):
        renderer.render(offer, [30])
