"""Plain-language reasons behind a customer's scores, segment, activity status and tier ("Why?")."""

from __future__ import annotations

import math
from typing import Any, Optional

import pandas as pd

from core import schema
from core.segmentation.segment_map import OTHER
from core.segmentation.tiers import BASIS_WORDS


def format_number(value: float) -> str:
    """1240 → "1,240"; 31.6 → "31.6"; 12.345 → "12.35"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    text = f"{float(value):,.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_money(value: float, currency: str = "") -> str:
    """Money with the currency symbol in front: "£1,240", "-£12.50"; plain number without one."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    value = float(value)
    body = f"{abs(value):,.0f}" if abs(value - round(value)) < 0.005 else f"{abs(value):,.2f}"
    return f"{'-' if value < 0 else ''}{currency}{body}"


def _cuts(cuts: Optional[list[float]], unit: str, money: Optional[str] = None) -> str:
    if not cuts:
        return "no cut points"
    parts = [format_money(c, money) if money is not None else format_number(c) for c in cuts]
    return " / ".join(parts) + (f" {unit}" if unit else "")


def _method(seg: Any, dim: str) -> str:
    method = getattr(seg, "scoring_methods", {}).get(dim, seg.scoring_method)
    return "your thresholds" if method == "thresholds" else "quintiles of all customers"


def _range(low: int, high: int) -> str:
    return str(low) if low == high else f"{low}–{high}"


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def explain(seg: Any, customer_id: str, currency: Optional[str] = None) -> dict[str, list[str]]:
    """Reasons per label for one customer, keyed by customer-table column: "r_score", "f_score",
    "m_score", "rfm_segment", "activity_status", "declining" (only when declining) and "tier".

    ``currency`` is put in front of money amounts; default: the settings' currency_symbol.
    Raises KeyError for an unknown customer id.
    """
    table = seg.customers
    hits = table.index[table["customer_id"] == str(customer_id)]
    if len(hits) == 0:
        raise KeyError(f"No customer {customer_id!r} in this segmentation.")
    pos = table.index.get_loc(hits[0])
    row = table.iloc[pos]
    cur = currency if currency is not None else getattr(seg.settings, "currency_symbol", "") or ""
    status = row["activity_status"]
    if status == schema.PROSPECT:
        return {"activity_status": ["Prospect: no purchase yet; this customer is only in the customers file, "
                                    "so there are no scores, segment or tier."]}
    out: dict[str, list[str]] = {}
    days, orders, revenue = int(row["days_since_last"]), int(row["orders"]), float(row["revenue"])
    r, f, m = int(row["r_score"]), int(row["f_score"]), int(row["m_score"])
    cp = seg.cut_points
    out["r_score"] = [f"Recency score {r}: last purchase {_plural(days, 'day')} ago; "
                      f"cut points {_cuts(cp.get('r'), 'days')} ({_method(seg, 'r')}; fewer days score higher)"]
    order_word = "orders" if getattr(seg, "has_order_ids", True) else "purchase days"
    out["f_score"] = [f"Frequency score {f}: {_plural(orders, 'order')}; "
                      f"cut points {_cuts(cp.get('f'), order_word)} ({_method(seg, 'f')})"]
    out["m_score"] = [f"Monetary score {m}: {format_money(revenue, cur)} spent in total (returns taken off); "
                      f"cut points {_cuts(cp.get('m'), '', cur)} ({_method(seg, 'm')})"]
    out["rfm_segment"] = _segment_reasons(seg, row["rfm_segment"], r, f, m)
    out["activity_status"] = _status_reasons(seg, row, status, days)
    if bool(row["declining"]):
        out["declining"] = [f"Declining: {format_money(row['revenue_last_12m'], cur)} in the last 12 months "
                            f"against {format_money(row['revenue_prev_12m'], cur)} in the 12 months before "
                            "(less than half)."]
    out["tier"] = _tier_reasons(seg, row, pos, cur)
    return out


def _segment_reasons(seg: Any, name: str, r: int, f: int, m: int) -> list[str]:
    segments = list(seg.settings.segment_map)
    if name == OTHER:
        return [f"{OTHER}: no segment of the map covers r_score {r}, f_score {f}, m_score {m}."]
    for i, s in enumerate(segments):
        if s.name != name:
            continue
        parts = [f"r_score {r} (takes {_range(*s.r)})", f"f_score {f} (takes {_range(*s.f)})"]
        if s.m is not None:
            parts.append(f"m_score {m} (takes {_range(*s.m)})")
        reasons = [f"{name}: " + " and ".join(parts) + "."]
        if i > 0:
            reasons.append(f"It is the first matching segment of the map (segment {i + 1} of {len(segments)}).")
        return reasons
    return [f"{name}."]


def _status_reasons(seg: Any, row: pd.Series, status: str, days: int) -> list[str]:
    window = int(seg.settings.window_days)
    gap = row["typical_gap_days"]
    ratio = row["overdue_ratio"]
    has_gap = not pd.isna(gap)
    if status == "Lost":
        return [f"Lost: no purchase for {_plural(days, 'day')}, more than twice the window "
                f"(2 × {window} = {2 * window} days)."]
    if status == "Inactive":
        return [f"Inactive: no purchase for {_plural(days, 'day')}, window {window}."]
    if status == "Overdue":
        return [f"Overdue: last purchase {_plural(days, 'day')} ago, {format_number(ratio)} times their usual "
                f"gap of {format_number(gap)} days (overdue from 2 times), inside the window of {window} days."]
    reasons = [f"Active: last purchase {_plural(days, 'day')} ago, within the window of {window} days."]
    if has_gap:
        reasons.append(f"Usual gap between purchases {format_number(gap)} days; now at "
                       f"{format_number(ratio)} times it (overdue from 2 times).")
    else:
        reasons.append("Fewer than 3 purchase days, so no usual gap to be overdue against.")
    return reasons


def _tier_reasons(seg: Any, row: pd.Series, pos: int, cur: str) -> list[str]:
    tier = row["tier"]
    if pd.isna(tier):
        return []
    rules = seg.settings.tiers
    basis = float(seg.tier_basis.iloc[pos]) if seg.tier_basis is not None else float(row["revenue_last_12m"])
    if rules.basis == "calendar_year" and seg.reference_date is not None:
        words = f"in {seg.reference_date.year} up to {seg.reference_date:%Y-%m-%d}"
    else:
        words = BASIS_WORDS[rules.basis]
    thresholds = dict(seg.tier_thresholds)
    names = [n for n, _ in seg.tier_thresholds]
    spend = f"{format_money(basis, cur)} {words}"
    if names and tier == names[0]:
        if len(names) > 1 and not math.isnan(thresholds[names[1]]):
            first = f"{tier}: {spend}, {names[1]} from {format_money(thresholds[names[1]], cur)}."
        else:
            first = f"{tier}: {spend}; the first tier takes everyone below the next threshold."
    else:
        first = f"{tier}: {spend}, {tier} from {format_money(thresholds[tier], cur)}."
    reasons = [first]
    nxt = row["next_tier"]
    if not pd.isna(nxt):
        line = (f"{format_money(row['amount_to_next_tier'], cur)} more to reach {nxt} "
                f"(from {format_money(thresholds[nxt], cur)})")
        if bool(seg.close_to_next_tier.iloc[pos]):
            line += f"; close to the next tier (within {format_number(rules.close_fraction * 100)} % of it)"
        reasons.append(line + ".")
    else:
        reasons.append("Top tier.")
    points = row["tier_points"]
    if not pd.isna(points):
        reasons.append(f"{int(points):,} points ({format_number(rules.points_per_unit)} per currency unit, "
                       "rounded down).")
    source = ("thresholds from the data (quantiles of what customers with a positive spend spent, "
              "rounded to 2 significant figures)"
              if getattr(seg, "tier_thresholds_from_data", False) else "thresholds you set")
    reasons.append(f"Tiers use {source}.")
    return reasons
