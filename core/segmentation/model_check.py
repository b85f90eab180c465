"""The model check of definitions §11: would the predictions have been right about the last quarter?

The history from the earliest purchase to the reference date is split: the first three quarters
are the calibration, the last quarter the holdout. MBG/NBD is fitted again on the calibration
alone (as if the reference date were its last day) and predicts each calibration customer's
repeat purchase days in the holdout; these are set against the purchase days they really made
there, per number of repeat purchase days in the calibration (0, 1, …, 6, 7+), with the totals and
a plain warning when the totals differ by more than WARN_SHARE.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from core.output.money import format_number
from core.progress import ProgressCallback, ensure
from core.segmentation.mbg_nbd import MbgNbdFit, expected_purchases
from core.segmentation.predictions import HORIZON_DAYS, fit_purchase_model
from core.segmentation.purchase_days import PurchaseDays
from core.words import N_, Phrase, Words

#: The holdout is this share of the history (the last quarter).
HOLDOUT_SHARE = 0.25
#: Customers with this many repeat purchase days or more share the last bucket ("7+").
TOP_BUCKET = 7
#: The warning is given when predicted and actual totals differ by more than this share of the actual.
WARN_SHARE = 0.20


@dataclass(frozen=True)
class CheckBucket:
    """Calibration customers with ``repeat_days`` repeat purchase days (the last bucket: that many
    or more; ``label`` "0" … "7+"), their predicted and actual purchase days in the holdout."""

    label: str
    repeat_days: int
    customers: int
    predicted: float
    actual: int

    @property
    def predicted_mean(self) -> float:
        return self.predicted / self.customers if self.customers else float("nan")

    @property
    def actual_mean(self) -> float:
        return self.actual / self.customers if self.customers else float("nan")


@dataclass(frozen=True)
class ModelCheck:
    """The check: ``buckets`` (0 … 7+), the totals, the calibration fit, and what to tell the owner.

    ``guardrail`` says why there is no check (then ``buckets`` is empty); ``warning`` is set when
    the totals differ by more than WARN_SHARE. Dates are the calibration's last day and the
    reference date; the holdout runs from the day after ``calibration_end`` to ``reference_date``.
    """

    buckets: list[CheckBucket]
    predicted_total: float
    actual_total: int
    calibration_end: pd.Timestamp | None
    reference_date: pd.Timestamp
    holdout_days: int
    fit: MbgNbdFit | None
    guardrail: str | None
    warning: str | None
    #: ``guardrail`` and ``warning`` as words (core/words.py), for the shop's language
    guardrail_phrase: Phrase | None = field(default=None, compare=False, repr=False)
    warning_phrase: Phrase | None = field(default=None, compare=False, repr=False)

    def guardrail_text(self, words: Words | None = None) -> str | None:
        """``guardrail`` in ``words``' language (English without)."""
        return (words or Words()).say(self.guardrail_phrase) if self.guardrail_phrase is not None else self.guardrail

    def warning_text(self, words: Words | None = None) -> str | None:
        """``warning`` in ``words``' language (English without)."""
        return (words or Words()).say(self.warning_phrase) if self.warning_phrase is not None else self.warning

    @property
    def horizon(self) -> Phrase | None:
        """A caution when the holdout is shorter than the HORIZON_DAYS the predictions look ahead (a
        check that agreed within 2 % over 45 days came with a year's forecast 50 % too high), else None."""
        if self.guardrail is not None or self.calibration_end is None or self.holdout_days >= HORIZON_DAYS:
            return None
        return Phrase("This check covers {n:,} days and the predictions look {horizon:,} days ahead: a close match "
                      "here does not show that the whole year's predictions are right.", n=self.holdout_days,
                      horizon=HORIZON_DAYS)

    @property
    def difference(self) -> float | None:
        """(predicted − actual) / actual; None without a check or with no actual purchase."""
        if self.guardrail is not None or self.actual_total == 0:
            return None
        return (self.predicted_total - self.actual_total) / self.actual_total

    def frame(self) -> pd.DataFrame:
        """One row per bucket: repeat_days (label), customers, predicted, actual and their means."""
        return pd.DataFrame({
            "repeat_days": [b.label for b in self.buckets],
            "customers": [b.customers for b in self.buckets],
            "predicted": [b.predicted for b in self.buckets],
            "actual": [b.actual for b in self.buckets],
            "predicted_per_customer": [b.predicted_mean for b in self.buckets],
            "actual_per_customer": [b.actual_mean for b in self.buckets],
        })

    def to_text(self, words: Words | None = None) -> str:
        """The check as the command line prints it, in ``words``' language (English without)."""
        w = words or Words()
        if self.guardrail is not None:
            return w.t("Model check: {why}", why=self.guardrail_text(w))
        assert self.calibration_end is not None  # set whenever there is no guardrail
        start = self.calibration_end + pd.Timedelta(days=1)
        lines = [w.t("Model check: fitted on the purchases up to {end}, predicting the {days} days {first} to {last}",
                     end=self.calibration_end.date(), days=self.holdout_days, first=start.date(),
                     last=self.reference_date.date()),
                 "  " + w.t("repeat days before   customers   predicted      actual   (purchase days in the holdout)")]
        total = w.t("total")
        for b in self.buckets:
            lines.append(f"  {b.label:>18} {w.count(b.customers):>11} {_one_decimal(w, b.predicted):>11} "
                         f"{w.count(b.actual):>11}")
        lines.append(f"  {total:>18} {w.count(sum(b.customers for b in self.buckets)):>11} "
                     f"{_one_decimal(w, self.predicted_total):>11} {w.count(self.actual_total):>11}")
        if self.warning is not None:
            lines.append("  " + w.t("Warning: {warning}", warning=self.warning_text(w)))
        if self.horizon is not None:
            lines.append("  " + w.say(self.horizon))
        return "\n".join(lines)


def _one_decimal(w: Words, value: float) -> str:
    """A figure with one decimal in the words' language ("1,234.5", "1.234,5")."""
    return f"{value:,.1f}" if w.language.code == "en" else format_number(value, 1, w.locale)


def _warning(predicted: float, actual: int, start: pd.Timestamp, end: pd.Timestamp) -> str | None:
    phrase = _warning_phrase(predicted, actual, start, end)
    return str(phrase) if phrase is not None else None


def _warning_phrase(predicted: float, actual: int, start: pd.Timestamp, end: pd.Timestamp) -> Phrase | None:
    if abs(predicted - actual) <= WARN_SHARE * actual:
        return None
    first, last = start.date(), end.date()     # (written as the words' language writes a day)
    if actual == 0:
        return Phrase("the model expected about {predicted:,} repeat purchase days from {first} to {last}, and "
                      "there were none. Treat the predictions as rough.", predicted=round(predicted), first=first,
                      last=last)
    share = abs(predicted - actual) / actual
    expected = round(predicted)
    if predicted > actual:
        return Phrase("the model expected {predicted:,} repeat purchase days from {first} to {last}; customers "
                      "made {actual:,}, so it predicted {share:.0%} more than happened. Treat the predictions as rough.",
                      predicted=expected, first=first, last=last, actual=actual, share=share)
    return Phrase("the model expected {predicted:,} repeat purchase days from {first} to {last}; customers made "
                  "{actual:,}, so it predicted {share:.0%} fewer than happened. Treat the predictions as rough.",
                  predicted=expected, first=first, last=last, actual=actual, share=share)


def model_check(history: PurchaseDays, progress: ProgressCallback | None = None) -> ModelCheck:
    """Hold out the last quarter of ``history``, refit, and compare (see the module docstring)."""
    report = ensure(progress)
    reference = history.reference_date
    first = history.first_day
    if first is None:
        none = Phrase("there are no purchases to check the predictions against.")
        return ModelCheck([], 0.0, 0, None, reference, 0, None, str(none), None, none)
    span = history.reference_day - first
    cutoff = first + int(round(span * (1.0 - HOLDOUT_SHARE)))
    holdout = history.reference_day - cutoff
    calibration_end = pd.Timestamp(cutoff, unit="D")
    report(0.0, N_("Checking the predictions: fitting on the first three quarters"))
    summary = history.summary(cutoff)
    fit, reason = fit_purchase_model(summary)
    if fit is None or holdout <= 0:
        why = reason or Phrase("the history is too short to hold out its last quarter.")
        guardrail = Phrase("the first three quarters of the history (up to {date}) cannot be fitted on their own. {why}",
                           date=calibration_end.date(), why=why)
        return ModelCheck([], 0.0, 0, calibration_end, reference, holdout, None, str(guardrail), None, guardrail)
    report(0.8, N_("Checking the predictions: comparing"))
    with np.errstate(all="ignore"):
        predicted = expected_purchases(fit.params, summary.x, summary.t_x, summary.T, float(holdout))
    unknown = int((~np.isfinite(predicted)).sum())
    if unknown:  # (counted as 0, they would read as "the model expected none")
        guardrail = Phrase.counted(
            "the predictions for the last quarter could not be computed for {n:,} customer of {customers:,} "
            "(numbers too large for the computer), so there is nothing to set against what they bought.",
            "the predictions for the last quarter could not be computed for {n:,} customers of {customers:,} "
            "(numbers too large for the computer), so there is nothing to set against what they bought.",
            unknown, customers=len(predicted))
        return ModelCheck([], 0.0, 0, calibration_end, reference, holdout, fit, str(guardrail), None, guardrail)
    bucket = np.minimum(summary.x, TOP_BUCKET).astype(np.int64)
    customers = np.bincount(bucket, minlength=TOP_BUCKET + 1)
    pred = np.bincount(bucket, weights=predicted, minlength=TOP_BUCKET + 1)
    actual = np.bincount(bucket, weights=summary.later_days, minlength=TOP_BUCKET + 1)
    buckets = [CheckBucket(f"{k}+" if k == TOP_BUCKET else str(k), k, int(customers[k]), float(pred[k]),
                           int(round(actual[k]))) for k in range(TOP_BUCKET + 1)]
    total_pred, total_actual = float(pred.sum()), int(round(actual.sum()))
    report(1.0, N_("Predictions checked"))
    warning = _warning_phrase(total_pred, total_actual, calibration_end + pd.Timedelta(days=1), reference)
    return ModelCheck(buckets, total_pred, total_actual, calibration_end, reference, holdout, fit, None,
                      str(warning) if warning is not None else None, None, warning)
