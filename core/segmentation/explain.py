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
    and ``locale``, or plain amounts without a currency; "—" where a value is missing."""

    def __init__(self, currency: str | None, locale: str | None) -> None:
        self.currency = currency
        self.locale = locale

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
            return "no cut points"
        parts = [self.money(c) if money else self.number(c) for c in cuts]
        return " / ".join(parts) + (f" {unit}" if unit else "")


def _method(seg: Segmentation, dim: str) -> str:
    method = seg.scoring_methods.get(dim, seg.scoring_method)
    return "your thresholds" if method == "thresholds" else "quintiles of all customers"


def _range(low: int, high: int) -> str:
    return str(low) if low == high else f"{low}–{high}"


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def explain(seg: Segmentation, customer_id: str, currency: str | None = None,
            locale: str | None = None) -> dict[str, list[str]]:
    """Reasons per label for one customer, keyed by customer-table column: "r_score", "f_score",
    "m_score", "rfm_segment", "activity_status", "declining" (only when declining) and "tier".

    Money is written in ``currency`` (the shop's ISO code, e.g. "GBP") and ``locale``; without a
    currency, as plain amounts. Raises KeyError for an unknown customer id.
    """
    table = seg.customers
    hits = np.flatnonzero((table["customer_id"] == str(customer_id)).to_numpy(dtype=bool, na_value=False))
    if len(hits) == 0:
        raise KeyError(f"No customer {customer_id!r} in this segmentation.")
    pos = int(hits[0])
    row: Row = table.iloc[pos].to_dict()
    words = _Words(currency, locale)
    status = _label(row, "activity_status") or ""
    if status == schema.PROSPECT:
        return {"activity_status": ["Prospect: no purchase yet; this customer is only in the customers file, "
                                    "so there are no scores, segment or tier."]}
    out: dict[str, list[str]] = {}
    days, orders, revenue = int(_num(row, "days_since_last")), int(_num(row, "orders")), _num(row, "revenue")
    r, f, m = int(_num(row, "r_score")), int(_num(row, "f_score")), int(_num(row, "m_score"))
    cp = seg.cut_points
    out["r_score"] = [f"Recency score {r} of 5: last purchase {_plural(days, 'day')} ago; "
                      f"cut points {words.cuts(cp.get('r'), 'days')} ({_method(seg, 'r')}; fewer days score higher)"]
    order_word = "orders" if seg.has_order_ids else "purchase days"
    out["f_score"] = [f"Frequency score {f} of 5: {_plural(orders, 'order')}; "
                      f"cut points {words.cuts(cp.get('f'), order_word)} ({_method(seg, 'f')})"]
    out["m_score"] = [f"Money score {m} of 5: {words.money(revenue)} spent in total (returns taken off); "
                      f"cut points {words.cuts(cp.get('m'), '', money=True)} ({_method(seg, 'm')})"]
    if revenue < 0:
        out["m_score"].append(f"Spent less than nothing: {words.money(revenue)} net, because the returns in this "
                              "file outweigh the purchases (usually returns of purchases made before the file "
                              "starts). The segment still comes from recency and frequency.")
    out["rfm_segment"] = _segment_reasons(seg, _label(row, "rfm_segment") or "", r, f, m)
    out["activity_status"] = _status_reasons(seg, row, status, days, words)
    if bool(row["declining"]):
        out["declining"] = [f"Declining: {words.money(_num(row, 'revenue_last_12m'))} in the last 12 months "
                            f"against {words.money(_num(row, 'revenue_prev_12m'))} in the 12 months before "
                            "(less than half)."]
    out["tier"] = _tier_reasons(seg, row, pos, words)
    return out


#: A score's name in the reasons, per dimension.
SCORE_WORDS = {"r": "recency", "f": "frequency", "m": "money"}


def _score_words(dim: str, score: int, box: tuple[int, int]) -> str:
    """ "recency score 5 of 5 (the segment takes 5)", "frequency score 4 of 5 (it takes 4–5)"."""
    return f"{SCORE_WORDS[dim]} score {score} of 5 (it takes {_range(*box)})"


def _segment_reasons(seg: Segmentation, name: str, r: int, f: int, m: int) -> list[str]:
    segments = list(seg.settings.segment_map)
    if name == OTHER:
        return [f"{OTHER}: no segment of the map takes recency score {r} of 5, frequency score {f} of 5 and "
                f"money score {m} of 5."]
    for i, s in enumerate(segments):
        if s.name != name:
            continue
        parts = [_score_words("r", r, s.r), _score_words("f", f, s.f)]
        if s.m is not None:
            parts.append(_score_words("m", m, s.m))
        reasons = [f"{name}: " + " and ".join(parts) + "."]
        if i > 0:
            reasons.append(f"It is the first matching segment of the map (segment {i + 1} of {len(segments)}).")
        return reasons
    return [f"{name}."]


def _status_reasons(seg: Segmentation, row: Row, status: str, days: int, words: _Words) -> list[str]:
    window = int(seg.settings.window_days)
    gap = _num(row, "typical_gap_days")
    ratio = _num(row, "overdue_ratio")
    has_gap = not math.isnan(gap)
    if status == "Lost":
        return [f"Lost: no purchase for {_plural(days, 'day')}, more than twice the window "
                f"(2 × {window} = {2 * window} days)."]
    if status == "Inactive":
        return [f"Inactive: no purchase for {_plural(days, 'day')}, window {window}."]
    quiet = overdue_quiet_days(window)
    quiet_words = words.number(quiet)
    if status == "Overdue":
        return [f"Overdue: last purchase {_plural(days, 'day')} ago, {words.number(ratio)} times their usual "
                f"gap of {words.number(gap)} days (overdue from 2 times, after at least {quiet_words} days: "
                f"a sixth of the window), inside the window of {window} days."]
    reasons = [f"Active: last purchase {_plural(days, 'day')} ago, within the window of {window} days."]
    if has_gap:
        line = (f"Usual gap between purchases {words.number(gap)} days; now at "
                f"{words.number(ratio)} times it (overdue from 2 times")
        if ratio >= OVERDUE_RATIO and days < quiet:
            line += f", but only after at least {quiet_words} days of quiet: a sixth of the window"
        reasons.append(line + ").")
    else:
        reasons.append("Fewer than 3 purchase days, so no usual gap to be overdue against.")
    return reasons


def _tier_reasons(seg: Segmentation, row: Row, pos: int, words: _Words) -> list[str]:
    tier = _label(row, "tier")
    if tier is None:
        return []
    rules = seg.settings.tiers
    basis = float(seg.tier_basis.iloc[pos])
    if rules.basis == "calendar_year" and seg.reference_date is not None:
        period = f"in {seg.reference_date.year} up to {seg.reference_date:%Y-%m-%d}"
    else:
        period = BASIS_WORDS[rules.basis]
    thresholds = dict(seg.tier_thresholds)
    names = seg.tier_names
    spend = f"{words.money(basis)} {period}"
    if names and tier == names[0]:
        if len(names) > 1 and not math.isnan(thresholds[names[1]]):
            first = f"{tier}: {spend}, {names[1]} from {words.money(thresholds[names[1]])}."
        else:
            first = f"{tier}: {spend}; the first tier takes everyone below the next threshold."
    else:
        first = f"{tier}: {spend}, {tier} from {words.money(thresholds[tier])}."
    reasons = [first]
    nxt = _label(row, "next_tier")
    if nxt is not None:
        line = (f"{words.money(_num(row, 'amount_to_next_tier'))} more to reach {nxt} "
                f"(from {words.money(thresholds[nxt])})")
        if bool(seg.close_to_next_tier.iloc[pos]):
            line += f"; close to the next tier (within {words.number(rules.close_fraction * 100)} % of it)"
        reasons.append(line + ".")
    else:
        reasons.append("Top tier.")
    points = _num(row, "tier_points")
    if not math.isnan(points):
        reasons.append(f"{int(points):,} points ({words.number(rules.points_per_unit)} per currency unit, "
                       "rounded down).")
    source = ("thresholds from the data (quantiles of what customers with a positive spend spent, "
              "rounded to 2 significant figures)"
              if seg.tier_thresholds_from_data else "thresholds you set")
    reasons.append(f"Tiers use {source}.")
    return reasons
