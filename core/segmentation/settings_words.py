"""The settings an analysis used, as a table of plain words (the mailing workbook's Summary sheet).

One row per setting, ``(what, how it was set)``: the reference date, the inactivity window, the
scoring and its cut points, each segment of the map, the tiers with their thresholds, points and
"close to the next tier", and the charge lines. Nothing is written as JSON or as a project key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.output.money import format_money, format_number
from core.segmentation.activity import overdue_quiet_days
from core.segmentation.tiers import BASIS_WORDS

if TYPE_CHECKING:
    from core.segmentation.segment import Segmentation

#: What each score measures, as the rows name it.
_SCORES = {"r": ("Recency", "days since the last purchase"), "f": ("Frequency", "orders"),
           "m": ("Money", "amount spent")}


def _range(box: tuple[int, int]) -> str:
    low, high = box
    return str(low) if low == high else f"{low}–{high}"


def settings_rows(seg: Segmentation, currency: str | None = None, locale: str | None = None) -> list[tuple[str, str]]:
    """The analysis's settings in words, one ``(setting, value)`` per row."""
    settings = seg.settings

    def number(value: float) -> str:
        return format_number(value, 2, locale, trim=True)

    def money(value: float) -> str:
        return format_money(value, currency, locale, drop_zero_cents=True) if currency else number(value)

    if settings.reference_date is not None:
        reference = f"{settings.reference_date:%Y-%m-%d} (set by you)"
    elif seg.reference_date is not None:
        reference = f"{seg.reference_date:%Y-%m-%d} (the latest date in the file)"
    else:
        reference = "none (no dates)"
    window = settings.window_days
    rows = [("Reference date", reference),
            ("Inactivity window", f"{window} days: Inactive after {window} days without a purchase, Lost after "
                                  f"{2 * window}, Overdue from twice the usual gap and at least "
                                  f"{number(overdue_quiet_days(window))} days")]
    for dim, (label, counts) in _SCORES.items():
        method = seg.scoring_methods.get(dim, seg.scoring_method)
        cuts = seg.cut_points.get(dim)
        shown = " / ".join(money(c) if dim == "m" else number(c) for c in cuts) if cuts else "none"
        source = "your thresholds" if method == "thresholds" else "quintiles of your customers"
        rows.append((f"{label} score cut points", f"{shown} ({counts}; {source})"))
    for number_in_map, segment in enumerate(settings.segment_map, start=1):
        box = f"recency {_range(segment.r)}, frequency {_range(segment.f)}"
        if segment.m is not None:
            box += f", money {_range(segment.m)}"
        rows.append((f"Segment {number_in_map}: {segment.name}", box))
    rules = settings.tiers
    ladder = "; ".join(f"{name} from {money(threshold)}" for name, threshold in seg.tier_thresholds)
    source = "thresholds from your data" if seg.tier_thresholds_from_data else "your thresholds"
    rows += [("Tiers based on", f"spend {BASIS_WORDS[rules.basis]}"),
             ("Tiers", f"{ladder} ({source})" if ladder else "none"),
             ("Points per unit spent", number(rules.points_per_unit)),
             ("Close to the next tier", f"within {number(rules.close_fraction * 100)} % of its threshold"),
             ("Charge lines (never a favourite)", ", ".join(settings.charge_lines) or "none")]
    if settings.compare_to is not None:
        compare = settings.compare_to
        when = (f"{compare.on(seg.reference_date.date()):%Y-%m-%d}" if seg.reference_date is not None
                else f"{compare.date:%Y-%m-%d}" if compare.date is not None else "none (no dates)")
        how = "set by you" if compare.date is not None else f"{compare.days_before} days before the reference date"
        rows.append(("Compared with", f"{when} ({how})"))
    return rows
