"""Plain-language reasons behind a customer's scores, segment, activity status and tier ("Why?")."""

from __future__ import annotations

import math
from collections.abc import Hashable
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from core import schema
from core.output.money import format_amount, format_money, format_number
from core.segmentation.activity import OVERDUE_RATIO, overdue_quiet_days
from core.segmentation.segment_map import OTHER
from core.segmentation.tiers import BASIS_WORDS
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
    "m_score", "rfm_segment", "activity_status", "declining" (only when declining) and "tier".

    Money is written in ``currency`` (the shop's ISO code, e.g. "GBP") and ``locale``; without a
    currency, as plain amounts. The sentences are in ``words``' language (English without); segment,
    status and tier names as :meth:`Words.name` shows them. Raises KeyError for an unknown customer id.
    """
    table = seg.customers
    hits = np.flatnonzero((table["customer_id"] == str(customer_id)).to_numpy(dtype=bool, na_value=False))
    if len(hits) == 0:
        raise KeyError(f"No customer {customer_id!r} in this segmentation.")
    pos = int(hits[0])
    row: Row = table.iloc[pos].to_dict()
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
