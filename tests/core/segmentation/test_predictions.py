"""Predictions in the customer table (definitions §11): the CDNOW purchases through segment_customers,
the guardrails (empty columns and a reason, never NaN in a filled column or an exception), the
spend model's own guardrail, prospects, and the fit kept with the cached customer facts."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from core import schema
from core.importing import ImportOptions, import_purchases
from core.segmentation import FactsCache, Settings, segment_customers
from core.segmentation.gamma_gamma import GammaGammaParams, expected_spend
from core.segmentation.mbg_nbd import MbgNbdParams, expected_purchases, p_alive
from core.segmentation.predictions import (
    MIN_HISTORY_DAYS,
    MIN_REPEAT_BUYERS,
    PREDICTION_COLUMNS,
    fit_predictions,
)
from tests.factories import (
    REFERENCE,
    cdnow_transactions,
    customer_attributes,
    random_transactions,
    simulated_transactions,
    tx_frame,
)

#: The end of the CDNOW calibration period: T = 38.86 weeks for a customer who first bought on 1 January 1997.
CDNOW_END = dt.date(1997, 9, 30)


@pytest.fixture(scope="module")
def cdnow():
    return segment_customers(cdnow_transactions(), Settings(reference_date=CDNOW_END))


def test_prediction_columns_end_the_customer_table_contract():
    assert schema.CUSTOMER_COLUMNS[-len(PREDICTION_COLUMNS):] == PREDICTION_COLUMNS


def test_cdnow_purchases_in_days_give_the_published_parameters(cdnow):
    predictions = cdnow.predictions
    assert predictions is not None and predictions.guardrail is None
    model = predictions.purchase_model.params
    assert (model.r, model.a, model.b) == (pytest.approx(0.525, abs=0.0005), pytest.approx(0.891, abs=0.0005),
                                           pytest.approx(1.614, abs=0.0005))
    assert model.alpha == pytest.approx(7 * 6.183, abs=0.005)        # α in days = 7 × α in weeks
    spend = predictions.spend_model.params
    assert (spend.p, spend.q, spend.gamma) == (pytest.approx(6.25, abs=0.005), pytest.approx(3.74, abs=0.005),
                                               pytest.approx(15.44, abs=0.01))
    assert predictions.repeat_buyers == 946 and predictions.spend_buyers == 946
    assert predictions.purchase_model.customers == 2357 and predictions.spend_model.customers == 946


def test_cdnow_columns_follow_the_formulas(cdnow):
    c = cdnow.customers
    model = cdnow.predictions.purchase_model.params
    spend = cdnow.predictions.spend_model.params
    # customer 1 of the summary: x = 2, t_x = 30.43 weeks, T = 38.86 weeks (213 and 272 days)
    one = c[c["customer_id"] == "1"].iloc[0]
    assert (one["purchase_days"], one["tenure_days"]) == (3, 272)
    t_x = (one["last_purchase"] - one["first_purchase"]).days
    assert one["p_alive"] == pytest.approx(float(p_alive(model, 2, t_x, 272)))
    assert one["expected_purchases_365d"] == pytest.approx(float(expected_purchases(model, 2, t_x, 272, 365)))
    # p_alive does not depend on the clock: the same as in weeks with the published parameters
    weeks = MbgNbdParams(0.525, 6.183, 0.891, 1.614)
    assert one["p_alive"] == pytest.approx(float(p_alive(weeks, 2, t_x / 7, 272 / 7)), abs=0.002)
    # spend: her repeat days averaged 22.35 dollars
    assert one["expected_spend"] == pytest.approx(float(expected_spend(spend, 2, 22.35)), rel=1e-3)
    assert one["predicted_revenue_365d"] == pytest.approx(one["expected_purchases_365d"] * one["expected_spend"])
    # one-time buyers: below 1, and the population's mean spend
    once = c[c["purchase_days"] == 1]
    assert len(once) == 1411
    assert (once["p_alive"] < 1).all() and (once["p_alive"] > 0).all()
    assert once["expected_spend"].to_numpy() == pytest.approx(spend.population_mean)
    # every buyer has all four
    assert c[list(PREDICTION_COLUMNS)].notna().all().all()
    assert (c["expected_purchases_365d"] > 0).all()


def test_bundled_sample(sample_xlsx):
    imported = import_purchases(sample_xlsx, ImportOptions())
    seg = segment_customers(imported.transactions, latest_date=imported.latest_date)
    predictions = seg.predictions
    assert predictions.guardrail is None and predictions.history_days == 373
    model = predictions.purchase_model
    # a year of wholesale customers: the likelihood rises all the way to "nobody lapses" (a → 0)
    assert not model.lapse_seen
    assert model.params.r == pytest.approx(0.99, abs=0.01) and model.params.alpha == pytest.approx(89.3, abs=0.5)
    assert seg.customers["p_alive"].to_numpy() == pytest.approx(1.0)
    spend = predictions.spend_model.params
    assert (spend.p, spend.q, spend.gamma) == (pytest.approx(2.865, abs=0.005), pytest.approx(3.279, abs=0.005),
                                               pytest.approx(354.4, abs=0.1))
    assert predictions.spend_buyers == 192 and predictions.repeat_buyers == 192
    assert "no customer seen to lapse" in "\n".join(predictions.summary_lines())


def _empty_with(seg, words: str) -> None:
    predictions = seg.predictions
    assert predictions is not None and words in predictions.guardrail
    assert predictions.purchase_model is None and predictions.spend_model is None
    assert seg.customers[list(PREDICTION_COLUMNS)].isna().all().all()
    assert predictions.guardrail in "\n".join(predictions.summary_lines())


def test_everyone_bought_once():
    rows = [(f"K{i:03d}", REFERENCE - pd.Timedelta(days=3 * i), 20.0 + i, None, False) for i in range(200)]
    _empty_with(segment_customers(tx_frame(rows)), f"at least {MIN_REPEAT_BUYERS} customers who bought on two")


def test_twenty_customers():
    tx = simulated_transactions(20, days=720, seed=2)
    seg = segment_customers(tx, Settings(reference_date=REFERENCE.date()))
    _empty_with(seg, "there are ")
    assert seg.predictions.repeat_buyers < MIN_REPEAT_BUYERS


def test_one_day_of_history():
    rows = [(f"K{i:03d}", REFERENCE, 10.0, f"O{i}-{k}", False) for i in range(100) for k in range(3)]
    seg = segment_customers(tx_frame(rows))
    _empty_with(seg, f"at least {MIN_HISTORY_DAYS} days of purchases; this history covers 0 day(s)")


def test_under_ninety_days():
    tx = simulated_transactions(400, days=60, r=2.0, alpha=10.0, seed=4)
    seg = segment_customers(tx, Settings(reference_date=REFERENCE.date()))
    _empty_with(seg, "covers 59 day(s)")
    assert seg.predictions.repeat_buyers >= MIN_REPEAT_BUYERS


def test_no_spend_on_later_days_keeps_purchases_and_empties_spend():
    tx = simulated_transactions(300, seed=6)
    first = tx.groupby("customer_id")["date"].transform("min")
    tx.loc[tx["date"] > first, "amount"] = 0.0          # later days worth nothing
    seg = segment_customers(tx, Settings(reference_date=REFERENCE.date()))
    predictions = seg.predictions
    assert predictions.purchase_model is not None and predictions.spend_model is None
    assert "Expected spend needs at least 30 customers" in predictions.guardrail
    c = seg.customers
    assert c["p_alive"].notna().all() and c["expected_purchases_365d"].notna().all()
    assert c["expected_spend"].isna().all() and c["predicted_revenue_365d"].isna().all()


def test_prospects_have_no_predictions():
    tx = simulated_transactions(300, seed=8)
    ids = sorted(tx["customer_id"].unique()) + ["Z001", "Z002"]
    seg = segment_customers(tx, Settings(reference_date=REFERENCE.date()), customer_attributes(ids))
    prospects = seg.customers["activity_status"] == schema.PROSPECT
    assert prospects.sum() == 2
    assert seg.customers.loc[prospects, list(PREDICTION_COLUMNS)].isna().all().all()
    assert seg.customers.loc[~prospects, "p_alive"].notna().all()


def test_a_settings_change_reuses_the_fit_and_a_new_reference_date_fits_again():
    tx = random_transactions(400, seed=3)
    cache = FactsCache()
    first = segment_customers(tx, Settings(), facts_cache=cache)
    again = segment_customers(tx, Settings(window_days=30), facts_cache=cache)
    assert again.predictions is first.predictions
    pd.testing.assert_frame_equal(first.customers[list(PREDICTION_COLUMNS)], again.customers[list(PREDICTION_COLUMNS)])
    earlier = segment_customers(tx, Settings(reference_date=(REFERENCE - pd.Timedelta(days=200)).date()),
                                facts_cache=cache)
    assert earlier.predictions is not first.predictions
    assert earlier.predictions.history.reference_day < first.predictions.history.reference_day


def test_predict_false_leaves_the_columns_empty():
    seg = segment_customers(random_transactions(100, seed=5), predict=False)
    assert seg.predictions is None
    assert list(seg.customers.columns[: len(schema.CUSTOMER_COLUMNS)]) == list(schema.CUSTOMER_COLUMNS)
    assert seg.customers[list(PREDICTION_COLUMNS)].isna().all().all()


def test_fit_predictions_reports_progress_and_never_fills_a_column_with_nan(cdnow):
    seen: list[float] = []
    predictions = fit_predictions(cdnow.predictions.history, lambda f, _m="": seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0
    for name in PREDICTION_COLUMNS:
        assert np.all(np.isfinite(predictions.columns[name]))
    frame = predictions.frame()
    assert list(frame.columns) == list(PREDICTION_COLUMNS) and len(frame) == 2357


def test_population_mean_is_used_for_customers_outside_the_spend_fit(cdnow):
    spend = cdnow.predictions.spend_model.params
    assert isinstance(spend, GammaGammaParams)
    c = cdnow.customers
    zero_spend = c["purchase_days"] > 1
    # every repeat buyer of CDNOW spent something on later days, so all of them are in the fit
    assert (c.loc[zero_spend, "expected_spend"] != spend.population_mean).all()


def test_predictions_from_less_than_a_year_say_they_can_be_far_off():
    """Found by a statistics trial: a fit on 91 days foresaw 55 % more repeat purchases than the next
    year brought, and nothing said that the history was shorter than the year it looked ahead."""
    short = segment_customers(simulated_transactions(400, days=150, r=2.0, alpha=10.0, seed=4),
                              Settings(reference_date=REFERENCE.date())).predictions
    assert short.fitted and short.history_days == 149
    assert str(short.short_history) == (
        "These predictions rest on 149 days of purchases and look 365 days ahead: they carry what those days show "
        "over a whole year, and can be far off. Treat them as rough until the file covers a year.")
    assert str(short.short_history) in "\n".join(short.summary_lines())
    year = segment_customers(simulated_transactions(400, days=400, r=2.0, alpha=10.0, seed=4),
                             Settings(reference_date=REFERENCE.date())).predictions
    assert year.fitted and year.short_history is None
