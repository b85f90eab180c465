"""Plain-language reasons behind a customer's scores, segment, activity status and tier ("Why?"), and
their predictions (definitions §11) in a sentence with what the models saw."""

from __future__ import annotations

import math
from collections.abc import Hashable
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from core import schema
from core.output.money import format_amount, format_money, format_number, format_percent
from core.segmentation.activity import OVERDUE_RATIO, overdue_quiet_days
from core.segmentation.predictions import HORIZON_DAYS
from core.segmentation.segment_map import OTHER
from core.segmentation.tiers import BASIS_WORDS, round_significant
from core.words import N_, Words

if TYPE_CHECKING:
    from core.segmentation.segment import Segmentation

#: One customer-table row as a dict (column -> value, pandas' missing values included).
Row = dict[Hashable, object]


def _missing(value: object) -> bool:
    """pandas' idea of a missing scalar: None, NaN, NA, NaT."""
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def _num(row: Row, column: str) -> float:
    """A number column's value as a float; NaN where it is missing."""
    value = row[column]
    return float(value) if isinstance(value, (int, float, np.number)) and not _missing(value) else math.nan


def _label(row: Row, column: str) -> str | None:
    """A text column's value (segment, status, tier); None where it is missing."""
    value = row[column]
    return None if _missing(value) else str(value)


class _Words:
    """Numbers and money as the reasons write them: in ``currency`` (an ISO code such as "GBP")
    and ``locale``, or plain amounts without a currency; "—" where a value is missing; the
    sentences in ``words``' language."""

    def __init__(self, currency: str | None, locale: str | None, words: Words) -> None:
        self.currency = currency
        self.locale = locale
        self.w = words

    def number(self, value: float) -> str:
        """1240 → "1,240"; 31.6 → "31.6"; 12.345 → "12.35"."""
        return format_number(value, 2, self.locale, trim=True) or "—"

    def money(self, value: float) -> str:
        """"£1,240", "-£12.50" (whole amounts without pence); "1,240" without a currency."""
        if self.currency is None:
            return format_amount(value, self.locale, drop_zero_cents=True) or "—"
        return format_money(value, self.currency, self.locale, drop_zero_cents=True) or "—"

    def cuts(self, cuts: list[float] | None, unit: str, money: bool = False) -> str:
        if not cuts:
            return self.w.t("no cut points")
        parts = [self.money(c) if money else self.number(c) for c in cuts]
        return " / ".join(parts) + (f" {self.w.t(unit)}" if unit else "")

    def days(self, n: int) -> str:
        return self.w.n("{n} day", "{n} days", n)


def _method(seg: Segmentation, dim: str, w: Words) -> str:
    method = seg.scoring_methods.get(dim, seg.scoring_method)
    return w.t("your thresholds") if method == "thresholds" else w.t("quintiles of all customers")


def _range(low: int, high: int) -> str:
    return str(low) if low == high else f"{low}–{high}"


def explain(seg: Segmentation, customer_id: str, currency: str | None = None,
            locale: str | None = None, words: Words | None = None) -> dict[str, list[str]]:
    """Reasons per label for one customer, keyed by customer-table column: "r_score", "f_score",
    "m_score", "rfm_segment", "activity_status", "declining" (only when declining), "tier" and
    "predictions" (what the models of definitions §11 saw; empty without predictions).

    Money is written in ``currency`` (the shop's ISO code, e.g. "GBP") and ``locale``; without a
    currency, as plain amounts. The sentences are in ``words``' language (English without); segment,
    status and tier names as :meth:`Words.name` shows them. Raises KeyError for an unknown customer id.
    """
    pos, row = _row_of(seg, customer_id)
    w = words or Words()
    words_ = _Words(currency, locale, w)
    status = _label(row, "activity_status") or ""
    if status == schema.PROSPECT:
        return {"activity_status": [w.t("Prospect: no purchase yet; this customer is only in the customers file, "
                                        "so there are no scores, segment or tier.")]}
    out: dict[str, list[str]] = {}
    days, orders, revenue = int(_num(row, "days_since_last")), int(_num(row, "orders")), _num(row, "revenue")
    r, f, m = int(_num(row, "r_score")), int(_num(row, "f_score")), int(_num(row, "m_score"))
    cp = seg.cut_points
    out["r_score"] = [w.t("Recency score {score} of 5: last purchase {days} ago; cut points {cuts} ({method}; fewer "
                          "days score higher)", score=r, days=words_.days(days), cuts=words_.cuts(cp.get("r"), N_("days")),
                          method=_method(seg, "r", w))]
    order_word = N_("orders") if seg.has_order_ids else N_("purchase days")
    out["f_score"] = [w.t("Frequency score {score} of 5: {orders}; cut points {cuts} ({method})", score=f,
                          orders=w.n("{n} order", "{n} orders", orders), cuts=words_.cuts(cp.get("f"), order_word),
                          method=_method(seg, "f", w))]
    out["m_score"] = [w.t("Money score {score} of 5: {money} spent in total (returns taken off); cut points {cuts} "
                          "({method})", score=m, money=words_.money(revenue), cuts=words_.cuts(cp.get("m"), "", money=True),
                          method=_method(seg, "m", w))]
    if revenue < 0:
        out["m_score"].append(w.t("Spent less than nothing: {money} net, because the returns in this file outweigh the "
                                  "purchases (usually returns of purchases made before the file starts). The segment "
                                  "still comes from recency and frequency.", money=words_.money(revenue)))
    out["rfm_segment"] = _segment_reasons(seg, _label(row, "rfm_segment") or "", r, f, m, w)
    out["activity_status"] = _status_reasons(seg, row, status, days, words_)
    if bool(row["declining"]):
        out["declining"] = [w.t("Declining: {last} in the last 12 months against {before} in the 12 months before "
                                "(less than half).", last=words_.money(_num(row, "revenue_last_12m")),
                                before=words_.money(_num(row, "revenue_prev_12m")))]
    out["tier"] = _tier_reasons(seg, row, pos, words_)
    predicted = _prediction_reasons(seg, pos, row, words_)
    if predicted:
        out["predictions"] = predicted
    return out


#: A score's name in the reasons, per dimension.
SCORE_WORDS = {"r": N_("recency"), "f": N_("frequency"), "m": N_("money")}


def _score_words(dim: str, score: int, box: tuple[int, int], w: Words) -> str:
    """ "recency score 5 of 5 (it takes 5)", "frequency score 4 of 5 (it takes 4–5)"."""
    return w.t("{score_name} score {score} of 5 (it takes {box})", score_name=w.t(SCORE_WORDS[dim]), score=score,
               box=_range(*box))


def _segment_reasons(seg: Segmentation, name: str, r: int, f: int, m: int, w: Words) -> list[str]:
    segments = list(seg.settings.segment_map)
    if name == OTHER:
        return [w.t("{other}: no segment of the map takes recency score {r} of 5, frequency score {f} of 5 and "
                    "money score {m} of 5.", other=w.name(OTHER), r=r, f=f, m=m)]
    for i, s in enumerate(segments):
        if s.name != name:
            continue
        parts = [_score_words("r", r, s.r, w), _score_words("f", f, s.f, w)]
        if s.m is not None:
            parts.append(_score_words("m", m, s.m, w))
        reasons = [f"{w.name(name)}: " + w.t(" and ").join(parts) + "."]
        if i > 0:
            reasons.append(w.t("It is the first matching segment of the map (segment {number} of {count}).",
                               number=i + 1, count=len(segments)))
        return reasons
    return [f"{w.name(name)}."]


def _status_reasons(seg: Segmentation, row: Row, status: str, days: int, words: _Words) -> list[str]:
    w = words.w
    window = int(seg.settings.window_days)
    gap = _num(row, "typical_gap_days")
    ratio = _num(row, "overdue_ratio")
    has_gap = not math.isnan(gap)
    if status == "Lost":
        return [w.t("{status}: no purchase for {days}, more than twice the window (2 × {window} = {twice} days).",
                    status=w.name(status), days=words.days(days), window=window, twice=2 * window)]
    if status == "Inactive":
        return [w.t("{status}: no purchase for {days}, window {window}.", status=w.name(status), days=words.days(days),
                    window=window)]
    quiet = overdue_quiet_days(window)
    quiet_words = words.number(quiet)
    if status == "Overdue":
        return [w.t("{status}: last purchase {days} ago, {ratio} times their usual gap of {gap} days (overdue from 2 "
                    "times, after at least {quiet} days: a sixth of the window), inside the window of {window} days.",
                    status=w.name(status), days=words.days(days), ratio=words.number(ratio), gap=words.number(gap),
                    quiet=quiet_words, window=window)]
    reasons = [w.t("{status}: last purchase {days} ago, within the window of {window} days.", status=w.name(status),
                   days=words.days(days), window=window)]
    if has_gap:
        line = w.t("Usual gap between purchases {gap} days; now at {ratio} times it (overdue from 2 times",
                   gap=words.number(gap), ratio=words.number(ratio))
        if ratio >= OVERDUE_RATIO and days < quiet:
            line += w.t(", but only after at least {quiet} days of quiet: a sixth of the window", quiet=quiet_words)
        reasons.append(line + ").")
    else:
        reasons.append(w.t("Fewer than 3 purchase days, so no usual gap to be overdue against."))
    return reasons


def _tier_reasons(seg: Segmentation, row: Row, pos: int, words: _Words) -> list[str]:
    w = words.w
    tier = _label(row, "tier")
    if tier is None:
        return []
    rules = seg.settings.tiers
    basis = float(seg.tier_basis.iloc[pos])
    if rules.basis == "calendar_year" and seg.reference_date is not None:
        period = w.t("in {year} up to {date}", year=seg.reference_date.year, date=f"{seg.reference_date:%Y-%m-%d}")
    else:
        period = w.t(BASIS_WORDS[rules.basis])
    thresholds = dict(seg.tier_thresholds)
    names = seg.tier_names
    spend = f"{words.money(basis)} {period}"
    shown = w.name(tier)
    if names and tier == names[0]:
        if len(names) > 1 and not math.isnan(thresholds[names[1]]):
            first = w.t("{tier}: {spend}, {next} from {amount}.", tier=shown, spend=spend, next=w.name(names[1]),
                        amount=words.money(thresholds[names[1]]))
        else:
            first = w.t("{tier}: {spend}; the first tier takes everyone below the next threshold.", tier=shown,
                        spend=spend)
    else:
        first = w.t("{tier}: {spend}, {next} from {amount}.", tier=shown, spend=spend, next=shown,
                    amount=words.money(thresholds[tier]))
    reasons = [first]
    nxt = _label(row, "next_tier")
    if nxt is not None:
        line = w.t("{amount} more to reach {tier} (from {threshold})", amount=words.money(_num(row, "amount_to_next_tier")),
                   tier=w.name(nxt), threshold=words.money(thresholds[nxt]))
        if bool(seg.close_to_next_tier.iloc[pos]):
            line += w.t("; close to the next tier (within {percent} % of it)",
                        percent=words.number(rules.close_fraction * 100))
        reasons.append(line + ".")
    else:
        reasons.append(w.t("Top tier."))
    points = _num(row, "tier_points")
    if not math.isnan(points):
        reasons.append(w.t("{points} points ({rate} per currency unit, rounded down).",
                           points=w.count(int(points)), rate=words.number(rules.points_per_unit)))
    source = (w.t("thresholds from the data (quantiles of what customers with a positive spend spent, "
                  "rounded to 2 significant figures)")
              if seg.tier_thresholds_from_data else w.t("thresholds you set"))
    reasons.append(w.t("Tiers use {source}.", source=source))
    return reasons


# ---- predictions (definitions §11) -------------------------------------------------------------------

#: The horizon of the sentence's "next year", in days (predictions.HORIZON_DAYS).
_YEAR = HORIZON_DAYS


def _row_of(seg: Segmentation, customer_id: str) -> tuple[int, Row]:
    table = seg.customers
    hits = np.flatnonzero((table["customer_id"] == str(customer_id)).to_numpy(dtype=bool, na_value=False))
    if len(hits) == 0:
        raise KeyError(f"No customer {customer_id!r} in this segmentation.")
    pos = int(hits[0])
    return pos, table.iloc[pos].to_dict()


def _times(count: float, w: Words) -> str:
    """"less than once", "about once", "about 2 times" (the expected purchases, rounded)."""
    n = int(round(count))
    if n == 0:
        return w.t("less than once")
    return w.t("about once") if n == 1 else w.t("about {n} times", n=w.count(n))


def _about(value: float, words: _Words) -> str:
    """Money rounded to 2 significant figures for a sentence: 1,286.69 → "£1,300", 141.2 → "£140"."""
    return words.money(round_significant(value, 2))


def prediction_sentence(seg: Segmentation, customer_id: str, currency: str | None = None,
                        locale: str | None = None, words: Words | None = None) -> str:
    """One customer's predictions in a sentence (definitions §11): "78% likely still a customer;
    expected to buy about 2 times next year, about £140", in ``words``' language. Where the
    predictions are empty, why (the guardrail, in the owner's words). Raises KeyError for an
    unknown customer id."""
    pos, row = _row_of(seg, customer_id)
    w = words or Words()
    words_ = _Words(currency, locale, w)
    if _label(row, "activity_status") == schema.PROSPECT:
        return w.t("No predictions for a prospect: they have not bought yet.")
    predictions = seg.predictions
    if predictions is None:
        return w.t("No predictions were made for this analysis.")
    alive, purchases = _num(row, "p_alive"), _num(row, "expected_purchases_365d")
    if math.isnan(alive) or math.isnan(purchases):
        return predictions.guardrail_text(w) or w.t("No predictions for this customer.")
    model = predictions.purchase_model
    if model is not None and not model.lapse_seen:   # (every customer at 100%: a share that tells nothing)
        text = w.t("Expected to buy {times} next year", times=_times(purchases, w))
    else:
        text = w.t("{percent} likely still a customer; expected to buy {times} next year",
                   percent=format_percent(100 * alive, locale, decimals=0), times=_times(purchases, w))
    revenue = _num(row, "predicted_revenue_365d")
    return text + ("" if math.isnan(revenue) else w.t(", about {money}", money=_about(revenue, words_)))


def _prediction_reasons(seg: Segmentation, pos: int, row: Row, words: _Words) -> list[str]:
    """What the models saw for this customer and how their four predictions follow (definitions §11)."""
    predictions = seg.predictions
    if predictions is None:
        return []
    w = words.w
    history = predictions.history
    start, end = np.searchsorted(history.customer, [pos, pos + 1])
    days, spend = history.day[start:end], history.spend[start:end]
    if len(days) == 0:
        return []
    x, t_x, big_t = len(days) - 1, int(days[-1] - days[0]), int(history.reference_day - days[0])
    seen = w.t("What the model saw: {repeat} (days with a purchase after the first), the last purchase {last} after "
               "the first, {history} of history since the first purchase.",
               repeat=w.n("{n} repeat purchase day", "{n} repeat purchase days", x), last=words.days(t_x),
               history=words.days(big_t))
    if x == 0:
        seen = w.t("What the model saw: one purchase day, no repeat purchase day yet, {history} of history since it.",
                   history=words.days(big_t))
    reasons = [seen]
    model = predictions.purchase_model
    alive, purchases = _num(row, "p_alive"), _num(row, "expected_purchases_365d")
    if model is None or math.isnan(alive):
        reasons.append(predictions.guardrail_text(w) or w.t("No predictions for this customer."))
        return reasons
    percent = format_percent(100 * alive, words.locale, decimals=0)
    if not model.lapse_seen:
        reasons.append(w.t("Still a customer: {percent}. Over this history no customer is seen to lapse (those who "
                           "went quiet look like slow buyers), so every customer counts as still one.", percent=percent))
    else:
        reasons.append(w.t("Still a customer: {percent}. The chance falls the longer it has been since the last "
                           "purchase, compared with how often they bought before.", percent=percent))
    reasons.append(w.t("Expected purchase days in the next {days} days: {number}, from their own rhythm and what the "
                       "shop's {buyers} buyers do.", days=_YEAR, number=words.number(purchases),
                       buyers=w.count(model.customers)))
    spend_model = predictions.spend_model
    per_day, revenue = _num(row, "expected_spend"), _num(row, "predicted_revenue_365d")
    if spend_model is None or math.isnan(per_day):
        if predictions.guardrail:
            reasons.append(predictions.guardrail_text(w) or predictions.guardrail)
        return reasons
    mean_all = words.money(spend_model.params.population_mean)
    own = float(spend[1:].sum()) / x if x > 0 else math.nan
    if x > 0 and own > 0 and not spend_model.spread_seen:
        reasons.append(w.t("Spend per purchase day: {mean}, the average of all buyers. Their own average is {own} over "
                           "{later}, but customers' averages differ no more than chance makes them, so no customer's "
                           "own average is taken as their rate.", mean=mean_all, own=words.money(own),
                           later=w.n("{n} later purchase day", "{n} later purchase days", x)))
    elif x > 0 and own > 0:
        reasons.append(w.t("Spend per purchase day: {money}, between their own average of {own} over {later} and the "
                           "average of all buyers, {mean}: the more purchase days, the more weight their own.",
                           money=words.money(per_day), own=words.money(own),
                           later=w.n("{n} later purchase day", "{n} later purchase days", x), mean=mean_all))
    else:
        reasons.append(w.t("Spend per purchase day: {mean}, the average of all buyers (no later purchase day of their "
                           "own with a spend to go by).", mean=mean_all))
    reasons.append(w.t("Next year: {purchases} × {per_day} = {revenue}.", purchases=words.number(purchases),
                       per_day=words.money(per_day), revenue=words.money(revenue)))
    return reasons
