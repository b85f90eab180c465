"""Predictions per customer (definitions §11): still a customer? how many purchases and how much next year?

``fit_predictions(history)`` fits MBG/NBD (core/segmentation/mbg_nbd.py) on every buyer and
Gamma-Gamma (core/segmentation/gamma_gamma.py) on the buyers who came back with a positive spend,
in days, and gives the four customer-table columns of PREDICTION_COLUMNS. When the data cannot
support a fit (the guardrails of §11) the columns stay empty and ``guardrail`` says why in the
owner's words. segment_customers calls it once per purchase history and reference date: the fit
is kept with the customer facts (core/segmentation/facts_cache.py), so a change of settings never
fits again.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from core.progress import ProgressCallback, ensure
from core.segmentation.gamma_gamma import GammaGammaFit, expected_spend, fit_gamma_gamma
from core.segmentation.mbg_nbd import MbgNbdFit, expected_purchases, fit_mbg_nbd, p_alive
from core.segmentation.purchase_days import PurchaseDays, RepeatSummary
from core.words import N_, Phrase, Words

log = logging.getLogger(__name__)

#: The customer-table columns of definitions §11, in order (also the end of schema.CUSTOMER_COLUMNS).
PREDICTION_COLUMNS = ("p_alive", "expected_purchases_365d", "expected_spend", "predicted_revenue_365d")
#: The horizon of the expected purchases and revenue, in days.
HORIZON_DAYS = 365
#: Guardrails of definitions §11: below these the columns stay empty.
MIN_REPEAT_BUYERS = 30
MIN_HISTORY_DAYS = 90


@dataclass(frozen=True)
class Predictions:
    """The fitted models and each buyer's predictions.

    ``columns``: the four PREDICTION_COLUMNS as float arrays aligned with the buyers' rows of the
    customer table (NaN where empty). ``purchase_model`` (MBG/NBD, α in days) and ``spend_model``
    (Gamma-Gamma, γ in the file's money) are None when not fitted. ``guardrail`` is None when every
    column is filled; else why some or all are empty, in the owner's words (when only the spend
    model failed, p_alive and expected_purchases_365d are still filled). ``history`` is the input,
    kept for the model check (core/segmentation/model_check.py).
    """

    columns: dict[str, np.ndarray]
    purchase_model: MbgNbdFit | None
    spend_model: GammaGammaFit | None
    guardrail: str | None
    repeat_buyers: int
    spend_buyers: int
    history_days: int
    history: PurchaseDays
    seconds: float = 0.0
    #: ``guardrail`` as words (core/words.py), for the shop's language
    guardrail_phrase: Phrase | None = field(default=None, compare=False, repr=False)

    def guardrail_text(self, words: Words | None = None) -> str | None:
        """``guardrail`` in ``words``' language (English without)."""
        return (words or Words()).say(self.guardrail_phrase) if self.guardrail_phrase is not None else self.guardrail

    @property
    def fitted(self) -> bool:
        """Whether p_alive and expected purchases are filled (the purchase model was fitted)."""
        return self.purchase_model is not None

    @property
    def short_history(self) -> Phrase | None:
        """A caution when the predictions were made from less history than the HORIZON_DAYS they look
        ahead (a fit on 91 days foresaw 55 % more repeat purchases than the next year brought), else None."""
        if not self.fitted or self.history_days >= HORIZON_DAYS:
            return None
        return Phrase("These predictions rest on {n:,} days of purchases and look {horizon:,} days ahead: they carry "
                      "what those days show over a whole year, and can be far off. Treat them as rough until the "
                      "file covers a year.", n=self.history_days, horizon=HORIZON_DAYS)

    def frame(self) -> pd.DataFrame:
        """The four columns for the buyers, in the customer table's order."""
        return pd.DataFrame({name: self.columns[name] for name in PREDICTION_COLUMNS})

    def summary_lines(self, words: Words | None = None) -> list[str]:
        """What the command line prints: the parameters, or why the predictions are empty (in
        ``words``' language; English without)."""
        w = words or Words()
        lines = []
        if self.purchase_model is not None:
            m = self.purchase_model.params
            lapse = (w.t("a {a:.3f}, b {b:.3f}", a=m.a, b=m.b) if self.purchase_model.lapse_seen else
                     w.t("a/(a+b) near 0: no customer seen to lapse, so every one counts as still a customer"))
            lines.append(w.t("Predictions: MBG/NBD on {n:,} customers (r {r:.3f}, alpha {alpha:.2f} days, {lapse})",
                             n=self.purchase_model.customers, r=m.r, alpha=m.alpha, lapse=lapse))
        if self.spend_model is not None and not self.spend_model.spread_seen:
            g = self.spend_model.params
            lines.append("  " + w.t("spend per purchase day: Gamma-Gamma on {n:,} customers (p {p:.3f}, q very large: "
                                    "customers' average spends differ no more than chance makes them, so every "
                                    "customer is expected to spend the mean, {mean:,.2f})",
                                    n=self.spend_model.customers, p=g.p, mean=g.population_mean))
        elif self.spend_model is not None:
            g = self.spend_model.params
            lines.append("  " + w.t("spend per purchase day: Gamma-Gamma on {n:,} customers (p {p:.3f}, q {q:.3f}, "
                                    "gamma {gamma:,.2f}; mean {mean:,.2f})", n=self.spend_model.customers, p=g.p, q=g.q,
                                    gamma=g.gamma, mean=g.population_mean))
        guardrail = self.guardrail_text(w)
        if guardrail is not None:
            lines.append("  " + guardrail if lines else w.t("Predictions: {reason}", reason=guardrail))
        if self.short_history is not None:
            lines.append("  " + w.say(self.short_history))
        return lines


def _empty(n: int) -> dict[str, np.ndarray]:
    return {name: np.full(n, np.nan) for name in PREDICTION_COLUMNS}


def _purchase_guardrail(summary: RepeatSummary) -> Phrase | None:
    """Why the purchase model cannot be fitted on this history, or None."""
    if len(summary.x) == 0:
        return Phrase("Predictions need customers who bought something; there are none.")
    if summary.history_days < MIN_HISTORY_DAYS:
        return Phrase.counted("Predictions need at least {least:,} days of purchases; this history covers {n} day(s). "
                              "They appear once the file reaches further back.",
                              "Predictions need at least {least:,} days of purchases; this history covers {n} day(s). "
                              "They appear once the file reaches further back.", summary.history_days,
                              least=MIN_HISTORY_DAYS)
    if summary.repeat_buyers < MIN_REPEAT_BUYERS:
        return Phrase("Predictions need at least {least:,} customers who bought on two different days or more; "
                      "there are {count:,}. They appear as more customers come back.", least=MIN_REPEAT_BUYERS,
                      count=summary.repeat_buyers)
    return None


def fit_purchase_model(summary: RepeatSummary) -> tuple[MbgNbdFit | None, Phrase | None]:
    """MBG/NBD on the buyers of ``summary`` (days), or None and the reason (a guardrail or no convergence)."""
    reason = _purchase_guardrail(summary)
    if reason is not None:
        return None, reason
    fit = fit_mbg_nbd(summary.x, summary.t_x, summary.T)
    if not fit.converged:
        return None, Phrase("Predictions could not be made: the purchase model found no clear answer ({reason}). "
                            "This happens with few customers or unusual buying patterns.", reason=fit.reason)
    return fit, None


def _fit_spend_model(summary: RepeatSummary) -> tuple[GammaGammaFit | None, Phrase | None, np.ndarray]:
    """Gamma-Gamma on the buyers with x ≥ 1 and m̄ > 0 (their mask is returned too), or the reason."""
    chosen = (summary.x > 0) & (np.nan_to_num(summary.mean_repeat_spend, nan=0.0) > 0)
    n = int(chosen.sum())
    if n < MIN_REPEAT_BUYERS:
        return None, Phrase("Expected spend needs at least {least:,} customers who came back and spent something "
                            "on a later day; there are {count:,}, so spend and revenue stay empty.",
                            least=MIN_REPEAT_BUYERS, count=n), chosen
    fit = fit_gamma_gamma(summary.x[chosen], summary.mean_repeat_spend[chosen])
    if not fit.converged:
        return None, Phrase("Expected spend could not be estimated: the spend model found no clear answer "
                            "({reason}), so spend and revenue stay empty.", reason=fit.reason), chosen
    if fit.params.q <= 1.0:
        return None, Phrase("Expected spend could not be estimated: a few very large spends make the average "
                            "spend unbounded in the model, so spend and revenue stay empty."), chosen
    return fit, None, chosen


def fit_predictions(history: PurchaseDays, progress: ProgressCallback | None = None) -> Predictions:
    """The predictions of definitions §11 for every buyer of ``history`` (see the module docstring)."""
    report = ensure(progress)
    started = time.perf_counter()
    report(0.0, N_("Predicting: who is still a customer"))
    summary = history.summary()
    n = history.buyers
    columns = _empty(n)
    spend_buyers = int(((summary.x > 0) & (np.nan_to_num(summary.mean_repeat_spend, nan=0.0) > 0)).sum())

    def result(purchase: MbgNbdFit | None, spend: GammaGammaFit | None, reason: Phrase | None) -> Predictions:
        seconds = time.perf_counter() - started
        english = str(reason) if reason is not None else None
        log.info("predictions for %d buyers in %.2f s: %s", n, seconds, english or "fitted")
        return Predictions(columns, purchase, spend, english, summary.repeat_buyers, spend_buyers,
                           summary.history_days, history, seconds, reason)

    purchase, reason = fit_purchase_model(summary)
    if purchase is None:
        return result(None, None, reason)
    rows = summary.rows
    with np.errstate(all="ignore"):
        columns["p_alive"][rows] = p_alive(purchase.params, summary.x, summary.t_x, summary.T)
        columns["expected_purchases_365d"][rows] = expected_purchases(purchase.params, summary.x, summary.t_x,
                                                                      summary.T, HORIZON_DAYS)
    report(0.6, N_("Predicting: what customers will spend"))
    spend, spend_reason, chosen = _fit_spend_model(summary)
    if spend is not None:
        per_day = np.full(len(rows), spend.params.population_mean)
        per_day[chosen] = expected_spend(spend.params, summary.x[chosen], summary.mean_repeat_spend[chosen])
        columns["expected_spend"][rows] = per_day
        columns["predicted_revenue_365d"][rows] = per_day * columns["expected_purchases_365d"][rows]
    bad = ~np.isfinite(columns["expected_purchases_365d"][rows]) | ~np.isfinite(columns["p_alive"][rows])
    if bad.any():  # never a NaN or infinity in a filled column: empty, and say so
        for name in PREDICTION_COLUMNS:
            columns[name][rows[bad]] = np.nan
        note = Phrase.counted("The predictions of {n} customer(s) could not be computed (numbers too large for the "
                              "computer) and stay empty.",
                              "The predictions of {n} customer(s) could not be computed (numbers too large for the "
                              "computer) and stay empty.", int(bad.sum()))
        spend_reason = note if spend_reason is None else Phrase("{first} {then}", first=spend_reason, then=note)
    report(1.0, N_("Predictions done"))
    return result(purchase, spend, spend_reason)
