"""Customer filters as a typed, JSON-ready value: column conditions on any column, the owner's free
text, purchase conditions ("bought <category> in the last N days"), saved lists."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from core.errors import SettingsError
from core.language import Language
from core.segmentation import Settings, segment_customers
from core.segmentation.filter_text import column_kind, parse_condition
from core.segmentation.filters import (
    CLOSE_TO_NEXT_TIER_COLUMN,
    Bought,
    Check,
    Condition,
    CustomerFilter,
    PurchaseCondition,
    SavedList,
    saved_lists_from,
)
from core.words import Words
from tests.factories import tx_frame

REF = pd.Timestamp("2024-06-30")
ROWS = [
    # customer, date, amount, order, return, category, product
    ("A", "2024-06-20", 40.0, "1", False, "Garden", "Spade"),
    ("A", "2023-06-01", 10.0, "2", False, "Kitchen", "Mug"),
    ("B", "2024-01-15", 25.0, "3", False, "garden", "Rake"),
    ("B", "2024-06-25", 5.0, "4", False, "Kitchen", "Mug"),
    ("C", "2024-06-30", 80.0, "5", False, "Kitchen", "Teapot"),
    ("D", "2024-06-29", 30.0, "6", True, "Garden", "Spade"),     # a return only: no purchase of Garden
    ("D", "2024-03-01", 30.0, "7", False, "Kitchen", "Mug"),
]


@pytest.fixture(scope="module")
def seg():
    attributes = pd.DataFrame({"customer_id": pd.array(["A", "B", "C", "D", "P"], dtype="str"),
                               "city": pd.array(["Berlin", "berlin ", "Paris", None, "Berlin"], dtype="str"),
                               "name": pd.array(["Ann Lee", "Bo Berg", "Cy", "Di", "Pia"], dtype="str")})
    return segment_customers(tx_frame(ROWS, ("category", "product")), Settings(), attributes)


def _who(seg, flt: CustomerFilter) -> list[str]:
    mask = flt.mask(seg.customers, close_to_next_tier=seg.close_to_next_tier.to_numpy(dtype=bool),
                    history=seg.occasions.history)
    return sorted(seg.customers.loc[mask, "customer_id"])


def test_column_conditions_combine_with_and(seg):
    berlin = Condition("city", Check.IS, "Berlin")
    assert _who(seg, CustomerFilter(conditions=(berlin,))) == ["A", "B", "P"]        # case and spaces aside
    assert _who(seg, CustomerFilter(conditions=(berlin, Condition("revenue", Check.AT_LEAST, 31.0)))) == ["A"]
    assert _who(seg, CustomerFilter(conditions=(Condition("city", Check.IS_NOT, "berlin"),))) == ["C", "D"]
    assert _who(seg, CustomerFilter(conditions=(Condition("city", Check.EMPTY),))) == ["D"]
    assert _who(seg, CustomerFilter(conditions=(Condition("city", Check.CONTAINS, "ari"),))) == ["C"]
    assert _who(seg, CustomerFilter(conditions=(Condition("last_purchase", Check.ABOVE, "2024-06-25"),))) == ["C"]
    assert _who(seg, CustomerFilter(search="berg")) == ["B"]
    assert _who(seg, CustomerFilter()) == ["A", "B", "C", "D", "P"]


def test_yes_no_columns_and_close_to_next_tier(seg):
    close = seg.customers.loc[seg.close_to_next_tier.to_numpy(dtype=bool), "customer_id"].tolist()
    assert _who(seg, CustomerFilter(conditions=(Condition(CLOSE_TO_NEXT_TIER_COLUMN, Check.YES),))) == sorted(close)
    declining = seg.customers.loc[seg.customers["declining"], "customer_id"].tolist()
    assert _who(seg, CustomerFilter(conditions=(Condition("declining", Check.YES),))) == sorted(declining)


def test_a_column_the_table_lacks_holds_nobody(seg):
    flt = CustomerFilter(conditions=(Condition("loyalty_card", Check.AT_LEAST, 0.5),))
    assert _who(seg, flt) == [] and flt.missing_columns(seg.customers) == ["loyalty_card"]


def test_prediction_columns_are_columns_like_any_other(seg):
    """definitions §11's columns need nothing of their own: "p_alive >= 0.5" reads the column."""
    customers = seg.customers
    assert "p_alive" in customers and "predicted_revenue_365d" in customers
    flt = CustomerFilter(conditions=parse_condition("p_alive", ">= 0.5", column_kind(customers["p_alive"])))
    assert flt.conditions == (Condition("p_alive", Check.AT_LEAST, 0.5),)
    assert flt.mask(customers).tolist() == (customers["p_alive"] >= 0.5).fillna(False).tolist()
    assert flt.missing_columns(customers) == []


def test_any_column_added_later_just_works(seg):
    """Columns such as predictions come and go: the filter reads whatever column it names."""
    customers = seg.customers.assign(p_alive=np.linspace(0.1, 0.9, len(seg.customers)))
    flt = CustomerFilter(conditions=parse_condition("p_alive", ">= 0.5", column_kind(customers["p_alive"])))
    assert flt.mask(customers).tolist() == (customers["p_alive"] >= 0.5).tolist()


def test_bought_a_category_in_the_last_n_days(seg):
    within = PurchaseCondition("category", "GARDEN", 30, Bought.WITHIN)
    before = PurchaseCondition("category", "Garden", 30, Bought.NOT_WITHIN)
    assert _who(seg, CustomerFilter(purchases=(within,))) == ["A"]                   # 10 days ago
    assert _who(seg, CustomerFilter(purchases=(before,))) == ["B"]                   # January; D only returned
    # "in the last N days" is 0 to N - 1 days before the reference date: A bought 10 days ago
    assert _who(seg, CustomerFilter(purchases=(PurchaseCondition("category", "garden", 10),))) == []
    assert _who(seg, CustomerFilter(purchases=(PurchaseCondition("category", "garden", 11),))) == ["A"]
    mugs = PurchaseCondition("product", "mug", 365, Bought.WITHIN)
    assert _who(seg, CustomerFilter(purchases=(mugs,))) == ["B", "D"]               # A's mug is 395 days old
    assert _who(seg, CustomerFilter(purchases=(PurchaseCondition("product", "Chair", 30),))) == []


def test_json_round_trip(seg):
    flt = CustomerFilter("lee", (Condition("city", Check.IS, "Berlin"), Condition("orders", Check.AT_LEAST, 2.0),
                                 Condition("last_purchase", Check.BELOW, "2024-06-01"),
                                 Condition(CLOSE_TO_NEXT_TIER_COLUMN, Check.YES)),
                         (PurchaseCondition("category", "Garden", 90, Bought.NOT_WITHIN),))
    again = CustomerFilter.from_dict(json.loads(json.dumps(flt.to_dict())))
    assert again == flt
    saved = SavedList("Berlin gardeners", flt)
    assert SavedList.from_dict(json.loads(json.dumps(saved.to_dict()))) == saved
    settings = Settings(saved_lists=[saved])
    assert Settings.from_dict(json.loads(json.dumps(settings.to_dict()))).saved_lists == [saved]


def test_bad_filters_are_refused_in_words():
    for bad in ({"conditions": [{"column": "city", "test": "like", "value": "x"}]},
                {"conditions": [{"column": "", "test": "is", "value": "x"}]},
                {"conditions": [{"column": "city", "test": "is"}]},
                {"purchases": [{"field": "colour", "value": "red", "days": 30}]},
                {"purchases": [{"field": "category", "value": "Garden", "days": 0}]},
                {"purchases": [{"field": "category", "value": "Garden", "days": 30, "when": "sometimes"}]},
                {"search": 5}, "not a filter"):
        with pytest.raises(SettingsError):
            CustomerFilter.from_dict(bad)
    with pytest.raises(SettingsError, match="twice"):
        saved_lists_from([{"name": "VIP", "filter": {}}, {"name": "vip", "filter": {}}])
    with pytest.raises(SettingsError):
        saved_lists_from([{"name": "  ", "filter": {}}])


def test_a_stale_saved_list_holds_nobody_and_says_why():
    # saved when "city" came from a customers file and "revenue is Berlin" was typed into a project by hand
    stale = [SavedList("Berliners", CustomerFilter(conditions=(Condition("city", Check.IS, "Berlin"),))),
             SavedList("Odd", CustomerFilter(conditions=(Condition("revenue", Check.IS, "Berlin"),
                                                         Condition("orders", Check.AT_LEAST, 1.0))))]
    seg = segment_customers(tx_frame(ROWS, ("category", "product")), Settings(saved_lists=stale))
    assert [_who(seg, s.filter) for s in stale] == [[], []]  # no error: the analysis goes on
    notes = [n.message for n in seg.warnings if n.kind == "occasions" and n.message.startswith("Your list")]
    assert notes == [
        'Your list "Berliners": city is Berlin: there is no column "city" now. That condition holds nobody; save '
        "the list again from the Customers page.",
        'Your list "Odd": revenue is Berlin: "Berlin" is not a number, and revenue holds numbers. That condition '
        "holds nobody; save the list again from the Customers page."]


def test_a_filter_is_described_in_the_shops_language():
    """The Customers page's "Filters:" line and a stale list's notice were English in every window."""
    wanted = CustomerFilter(search="12399", conditions=(Condition("country", Check.IS, "United Kingdom"),
                                                         Condition("revenue", Check.AT_LEAST, 100.0)),
                            purchases=(PurchaseCondition("product", "MUG", 60, Bought.NOT_WITHIN),))
    assert wanted.describe() == ('name, e-mail or id contains "12399"; country is United Kingdom; revenue at least '
                                 "100; bought product MUG before, but not in the last 60 days")
    german = Words(Language.GERMAN)
    assert wanted.describe({"country": "Land"}, german) == (
        "Name, E-Mail oder Nummer enthält „12399“; Land ist United Kingdom; revenue mindestens 100; "
        "Produkt MUG früher gekauft, aber nicht in den letzten 60 Tagen")
    assert CustomerFilter().describe(words=german) == "alle Kunden"


def test_a_yes_no_column_reads_its_answers_as_consent_does():
    """Found by a review: the filters read yes and no with word lists of their own ("x", "accepted",
    "t" were no yes there, though the export reads them as consent). One reading now: consent's."""
    customers = pd.DataFrame({"newsletter": ["x", "accepted", "ja", "nein", "", None, "unsubscribed"]})
    said = CustomerFilter(conditions=(Condition("newsletter", Check.YES),)).mask(customers)
    assert said.tolist() == [True, True, True, False, False, False, False]
    refused = CustomerFilter(conditions=(Condition("newsletter", Check.NO),)).mask(customers)
    assert refused.tolist() == [False, False, False, True, False, False, True]


def test_a_condition_says_its_number_as_the_language_writes_it():
    """Found by a trial in a German and a French window: "mindestens 1234.5", "au moins 1234.5"."""
    condition = Condition("revenue", Check.AT_LEAST, 1234.5)
    assert condition.describe(words=Words(Language.GERMAN)) == "revenue mindestens 1.234,5"
    assert condition.describe() == "revenue at least 1234.5"
