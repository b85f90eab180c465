"""Integration: the bundled Online Retail sample through the importer and segment_customers."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.segmentation.charges import DEFAULT_CHARGE_LINES, ChargeMatcher
from core.segmentation.explain import explain
from core.segmentation.segment import segment_customers, summary_text

importer = pytest.importorskip("core.importing.importer")

#: The sample's product names that are charges by the default list (definitions §2).
SAMPLE_CHARGES = {"POSTAGE", "DOTCOM POSTAGE", "CARRIAGE", "Next Day Carriage", "Manual", "Discount",
                  "Bank Charges", "AMAZON FEE", "adjustment", "reverse previous adjustment"}


@pytest.fixture(scope="module")
def sample(sample_xlsx):
    tx = importer.import_purchases(sample_xlsx).transactions
    return tx, segment_customers(tx)


def test_sample_columns_against_plain_pandas(sample):
    tx, seg = sample
    c = seg.customers.set_index("customer_id")
    ref = tx["date"].max()
    assert seg.reference_date == ref == pd.Timestamp("2011-12-09")
    buy = tx[~tx["is_return"]]
    g = tx.groupby("customer_id")
    bg = buy.groupby("customer_id")
    assert len(c) == buy["customer_id"].nunique() == 300
    np.testing.assert_allclose(c["revenue"], g["amount"].sum().loc[c.index], rtol=1e-12, atol=1e-9)
    assert (c["orders"] == bg["order_id"].nunique().loc[c.index]).all()
    assert (c["purchase_days"] == bg["date"].nunique().loc[c.index]).all()
    assert (c["last_purchase"] == bg["date"].max().loc[c.index]).all()
    assert (c["days_since_last"] == (ref - bg["date"].max()).dt.days.loc[c.index]).all()
    assert abs(c["revenue"].sum() - tx["amount"].sum()) < 1e-6
    for dim, col in (("r", "days_since_last"), ("f", "orders"), ("m", "revenue")):
        expected = np.quantile(c[col].to_numpy(float), [0.2, 0.4, 0.6, 0.8])
        np.testing.assert_allclose(seg.cut_points[dim], expected)
    tx = tx.astype({"product": "str"})  # (the clean table holds text columns as categoricals)
    goods = tx[~tx["product"].isin(SAMPLE_CHARGES)]   # definitions §2: charges are never a favourite
    favourite = (goods.groupby(["customer_id", "product"])["amount"].sum().round(6).reset_index()
                 .sort_values(["customer_id", "amount", "product"], ascending=[True, False, True])
                 .drop_duplicates("customer_id").set_index("customer_id")["product"])
    expected = favourite.reindex(c.index)
    assert (c["favourite_product"].fillna("-") == expected.fillna("-")).all()
    names = tx["product"].dropna().unique()
    assert {n for n in names if ChargeMatcher(DEFAULT_CHARGE_LINES).is_charge(n)} == SAMPLE_CHARGES & set(names)
    assert "country" in c.columns and c["country"].notna().all()


def test_sample_every_customer_labelled(sample):
    _, seg = sample
    c = seg.customers
    assert c["rfm_segment"].notna().all() and "Other" not in set(c["rfm_segment"])
    assert set(c["activity_status"]) <= {"Lost", "Inactive", "Overdue", "Active"}
    assert c["tier"].notna().all()
    assert [t for _, t in seg.tier_thresholds[1:]] == sorted(t for _, t in seg.tier_thresholds[1:])
    text = summary_text(seg)
    assert "Champions" in text and "Bronze" in text
    why = explain(seg, c["customer_id"].iloc[0], currency="£")
    assert set(why) >= {"r_score", "f_score", "m_score", "rfm_segment", "activity_status", "tier"}


def test_the_command_lines_summary_in_french_keeps_to_french(sample):
    """Found by a language trial: "Segments:" without the French space, "0 prospect(s)", "quintiles"
    and English numbers in a French summary."""
    from core.language import Language  # noqa: PLC0415 - only this test writes French
    from core.words import Words  # noqa: PLC0415

    _, seg = sample
    text = summary_text(seg, Words(Language.FRENCH))
    assert "\nSegments :\n" in text and "\nActivité :\n" in text
    assert "Clients : 300 segmentés, 0 prospect, 0 avec seulement des retours" in text
    assert "Notation : quintiles ; seuils r 13,6 / 33,8" in text and "2\u202f140,96" in text
    english = summary_text(seg)
    assert "Customers: 300 segmented, 0 prospects, 0 with returns only" in english and "\nSegments:\n" in english
