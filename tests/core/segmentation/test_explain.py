"""explain(): plain-language reasons for every label of a customer."""

from __future__ import annotations

import pandas as pd
import pytest

from core.importing import ImportOptions, import_purchases
from core.output.money import format_number
from core.segmentation import Settings, explain, prediction_sentence, segment_customers
from tests.factories import REFERENCE, simulated_transactions, tx_frame


@pytest.fixture(scope="module")
def seg():
    end = pd.Timestamp("2024-12-31")
    rows = []
    for i, days in enumerate([0, 13, 32, 71, 143, 179, 200, 400]):
        rows.append((f"c{i}", end - pd.Timedelta(days=days), 100.0 * (i + 1), f"o{i}", False))
    rows += [("c1", end - pd.Timedelta(days=300), 5.0, "x1", False),
             ("c1", end - pd.Timedelta(days=500), 5000.0, "x2", False),
             ("c1", end - pd.Timedelta(days=600), 50.0, "x3", False)]
    s = Settings.from_dict({"tiers": {"thresholds": [300, 600, 1000]}})
    return segment_customers(tx_frame(rows), s, attributes=pd.DataFrame({"customer_id": ["p1"]}))


def test_recency_reason_names_days_and_cut_points(seg):
    why = explain(seg, "c4")
    cuts = " / ".join(format_number(c, trim=True) for c in seg.cut_points["r"])
    assert why["r_score"][0].startswith("Recency score 3 of 5: last purchase 143 days ago; cut points " + cuts + " days")
    assert cuts == "20.6 / 63.2 / 150.2 / 191.6"   # 143 > 20.6 and 63.2 → 5 − 2 = 3


def test_status_reasons(seg):
    assert explain(seg, "c6")["activity_status"] == ["Inactive: no purchase for 200 days, window 180."]
    assert explain(seg, "c7")["activity_status"][0].startswith("Lost: no purchase for 400 days")
    assert explain(seg, "c0")["activity_status"][0].startswith("Active: last purchase 0 days ago")


def test_tier_reason_with_currency(seg):
    why = explain(seg, "c6", "GBP")          # 700 in the last 12 months → Gold from 600
    assert why["tier"][0] == "Gold: £700 in the last 12 months, Gold from £600."
    assert why["tier"][1].startswith("£300 more to reach Platinum (from £1,000)")
    assert explain(seg, "c6", "EUR", "de_DE")["tier"][0] == "Gold: 700\u00a0€ in the last 12 months, Gold from 600\u00a0€."
    plain = explain(seg, "c6")
    assert plain["tier"][0] == "Gold: 700 in the last 12 months, Gold from 600."


def test_segment_and_declining_reasons(seg):
    why = explain(seg, "c1")
    assert why["rfm_segment"][0].startswith(seg.customers.set_index("customer_id").loc["c1", "rfm_segment"] + ":")
    assert "declining" in why and "less than half" in why["declining"][0]
    assert "declining" not in explain(seg, "c0")


def test_prospect_and_unknown(seg):
    assert list(explain(seg, "p1")) == ["activity_status"]
    with pytest.raises(KeyError):
        explain(seg, "nobody")


def test_money_in_reasons_drops_zero_pence_only(seg):
    why = explain(seg, "c1", "GBP")
    assert "£5,255 spent in total" in why["m_score"][0]
    assert "£5,255 spent in total" not in explain(seg, "c1")["m_score"][0]


def test_segment_reason_in_words_not_column_names(seg):
    """ "recency score 5 of 5", never "r_score 5 (takes 5)" (issue: plain words)."""
    why = explain(seg, "c0")
    segment = seg.customers.set_index("customer_id").loc["c0", "rfm_segment"]
    assert why["rfm_segment"][0].startswith(f"{segment}: recency score 5 of 5 (it takes ")
    assert "frequency score" in why["rfm_segment"][0]
    assert all("_score" not in text for texts in why.values() for text in texts)


def test_overdue_reason_names_the_sixth_of_the_window():
    """A daily buyer away 7 days (7 × their gap) is Active, and the reason says why."""
    end = pd.Timestamp("2024-12-31")
    rows = [("daily", end - pd.Timedelta(days=7 + k), 10.0, f"d{k}", False) for k in range(5)]
    rows += [("slow", end - pd.Timedelta(days=40 + 10 * k), 10.0, f"s{k}", False) for k in range(3)]
    rows.append(("today", end, 10.0, "t0", False))
    seg = segment_customers(tx_frame(rows), Settings())
    status = seg.customers.set_index("customer_id")["activity_status"]
    assert status["daily"] == "Active" and status["slow"] == "Overdue"
    daily = explain(seg, "daily")["activity_status"]
    assert "7 times it (overdue from 2 times, but only after at least 30 days of quiet" in daily[1]
    assert "after at least 30 days: a sixth of the window" in explain(seg, "slow")["activity_status"][0]


def test_negative_net_spend_is_said_in_the_money_reason():
    end = pd.Timestamp("2024-12-31")
    rows = [("neg", end, 10.0, "1", False), ("neg", end - pd.Timedelta(days=3), -50.0, "C2", True),
            ("pos", end - pd.Timedelta(days=9), 20.0, "3", False)]
    seg = segment_customers(tx_frame(rows), Settings())
    why = explain(seg, "neg", "GBP")["m_score"]
    assert why[1].startswith("Spent less than nothing: -£40 net, because the returns in this file outweigh")
    assert len(explain(seg, "pos", "GBP")["m_score"]) == 1


# ---- predictions (definitions §11) ---------------------------------------------------------------

@pytest.fixture(scope="module")
def sample_seg(sample_xlsx):
    imported = import_purchases(sample_xlsx, ImportOptions())
    return segment_customers(imported.transactions, latest_date=imported.latest_date)


def test_prediction_sentence_of_the_worked_example(sample_seg):
    """definitions, worked example: customer 12399, 4.16 purchase days and 1,286.69 next year. The
    sample's model sees no customer lapse, so no share "still a customer" is said: every customer's
    would read 100%, beside Lost ones too (found by a trial of the window)."""
    assert not sample_seg.predictions.purchase_model.lapse_seen
    assert (prediction_sentence(sample_seg, "12399", "GBP", "en_GB")
            == "Expected to buy about 4 times next year, about £1,300")
    # 18074 bought once, 373 days ago: 0.78 purchase days at the mean 445.51 a day, 347.71
    assert (prediction_sentence(sample_seg, "18074", "EUR", "de_DE")
            == "Expected to buy about once next year, about 350\u00a0€")


def test_prediction_reasons_say_what_the_model_saw(sample_seg):
    why = explain(sample_seg, "12399", "GBP", "en_GB")["predictions"]
    assert why[0] == ("What the model saw: 3 repeat purchase days (days with a purchase after the first), the last "
                      "purchase 142 days after the first, 261 days of history since the first purchase.")
    assert "no customer is seen to lapse" in why[1]
    assert why[2].startswith("Expected purchase days in the next 365 days: 4.16")
    assert why[3].startswith("Spend per purchase day: £309.58, between their own average of £273.53 over 3 later "
                             "purchase days and the average of all buyers, £445.51")
    assert why[4] == "Next year: 4.16 × £309.58 = £1,286.69."
    once = explain(sample_seg, "18074", "GBP", "en_GB")["predictions"]
    assert once[0] == "What the model saw: one purchase day, no repeat purchase day yet, 373 days of history since it."
    assert once[3].startswith("Spend per purchase day: £445.51, the average of all buyers")


def test_prediction_sentence_with_lapses_follows_the_columns():
    tx = simulated_transactions(600, seed=5, a=1.0, b=2.0)
    seg = segment_customers(tx, Settings(reference_date=REFERENCE.date()))
    assert seg.predictions.purchase_model.lapse_seen
    c = seg.customers.set_index("customer_id")
    low = c["p_alive"].idxmin()
    row = c.loc[low]
    sentence = prediction_sentence(seg, low, "GBP", "en_GB")
    assert sentence.startswith(f"{round(100 * row['p_alive'])}% likely still a customer; expected to buy ")
    assert "The chance falls the longer" in explain(seg, low)["predictions"][1]


def test_prediction_sentence_says_why_when_empty():
    rows = [(f"K{i:03d}", REFERENCE - pd.Timedelta(days=3 * i), 20.0 + i, None, False) for i in range(60)]
    seg = segment_customers(tx_frame(rows))
    sentence = prediction_sentence(seg, "K001")
    assert sentence == seg.predictions.guardrail
    assert sentence.startswith("Predictions need at least 30 customers who bought on two different days or more; "
                               "there are 0.")
    assert explain(seg, "K001")["predictions"][-1] == seg.predictions.guardrail
    assert "predictions" not in explain(segment_customers(tx_frame(rows), predict=False), "K001")


def test_when_customers_spend_alike_the_reasons_and_summary_say_every_one_gets_the_mean():
    """Customers who all spend at one rate (Gamma-Gamma's q → ∞): the spend model is the same-rate fit,
    and the words say why a customer's own average is not their expected spend."""
    tx = simulated_transactions(600, seed=0, q=1e9, gamma=1e9 / 0.05)
    seg = segment_customers(tx, Settings(reference_date=REFERENCE.date()))
    spend = seg.predictions.spend_model
    assert spend is not None and not spend.spread_seen
    mean = f"{spend.params.population_mean:,.2f}"
    assert seg.predictions.summary_lines()[1] == (
        f"  spend per purchase day: Gamma-Gamma on {spend.customers:,} customers (p {spend.params.p:.3f}, q very "
        f"large: customers' average spends differ no more than chance makes them, so every customer is expected "
        f"to spend the mean, {mean})")
    buyers = seg.buyers
    repeat = buyers[buyers["purchase_days"] > 1].iloc[0]
    why = explain(seg, repeat["customer_id"], "GBP", "en_GB")["predictions"]
    assert why[3].startswith(f"Spend per purchase day: £{mean}, the average of all buyers. Their own average is £")
    assert why[3].endswith("but customers' averages differ no more than chance makes them, so no customer's own "
                           "average is taken as their rate.")
    assert float(repeat["expected_spend"]) == pytest.approx(spend.params.population_mean, rel=1e-6)
