"""The settings an analysis used, as a table of plain words (the mailing workbook's Summary sheet).

One row per setting, ``(what, how it was set)``: the reference date, the inactivity window, the
scoring and its cut points, each segment of the map, the tiers with their thresholds, points and
"close to the next tier", and the charge lines. Nothing is written as JSON or as a project key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.output.money import format_date, format_money, format_number
from core.segmentation.activity import overdue_quiet_days
from core.segmentation.tiers import BASIS_WORDS
from core.words import N_, Words

if TYPE_CHECKING:
    from core.segmentation.segment import Segmentation

#: What each score measures, as the rows name it.
_SCORES = {"r": (N_("Recency score cut points"), N_("days since the last purchase")),
           "f": (N_("Frequency score cut points"), N_("orders")),
           "m": (N_("Money score cut points"), N_("amount spent"))}


def _range(box: tuple[int, int]) -> str:
    low, high = box
    return str(low) if low == high else f"{low}–{high}"


def settings_rows(seg: Segmentation, currency: str | None = None, locale: str | None = None,
                  words: Words | None = None) -> list[tuple[str, str]]:
    """The analysis's settings in words, one ``(setting, value)`` per row (in ``words``' language)."""
    w = words or Words()
    settings = seg.settings

    def number(value: float) -> str:
        return format_number(value, 2, locale, trim=True)

    def money(value: float) -> str:
        return format_money(value, currency, locale, drop_zero_cents=True) if currency else number(value)

    if settings.reference_date is not None:
        reference = w.t("{date} (set by you)", date=format_date(settings.reference_date, locale))
    elif seg.reference_date is not None:
        reference = w.t("{date} (the latest date in the file)", date=format_date(seg.reference_date.date(), locale))
    else:
        reference = w.t("none (no dates)")
    window = settings.window_days
    rows = [(w.t("Reference date"), reference),
            (w.t("Inactivity window"), w.t("{window} days: Inactive after {window} days without a purchase, Lost "
                                           "after {twice}, Overdue from twice the usual gap and at least {quiet} days",
                                           window=window, twice=2 * window, quiet=number(overdue_quiet_days(window))))]
    for dim, (label, counts) in _SCORES.items():
        method = seg.scoring_methods.get(dim, seg.scoring_method)
        cuts = seg.cut_points.get(dim)
        shown = " / ".join(money(c) if dim == "m" else number(c) for c in cuts) if cuts else w.t("none")
        source = w.t("your thresholds") if method == "thresholds" else w.t("quintiles of your customers")
        rows.append((w.t(label), f"{shown} ({w.t(counts)}; {source})"))
    for number_in_map, segment in enumerate(settings.segment_map, start=1):
        box = w.t("recency {r}, frequency {f}", r=_range(segment.r), f=_range(segment.f))
        if segment.m is not None:
            box += w.t(", money {m}", m=_range(segment.m))
        rows.append((w.t("Segment {number}: {name}", number=number_in_map, name=w.name(segment.name)), box))
    rules = settings.tiers
    ladder = "; ".join(w.t("{tier} from {amount}", tier=w.name(name), amount=money(threshold))
                       for name, threshold in seg.tier_thresholds)
    source = w.t("thresholds from your data") if seg.tier_thresholds_from_data else w.t("your thresholds")
    rows += [(w.t("Tiers based on"), w.t("spend {basis}", basis=w.t(BASIS_WORDS[rules.basis]))),
             (w.t("Tiers"), f"{ladder} ({source})" if ladder else w.t("none")),
             (w.t("Points per unit spent"), number(rules.points_per_unit)),
             (w.t("Close to the next tier"), w.t("within {percent} % of its threshold",
                                                 percent=number(rules.close_fraction * 100))),
             (w.t("Charge lines (never a favourite)"), ", ".join(settings.charge_lines) or w.t("none"))]
    if settings.compare_to is not None:
        compare = settings.compare_to
        when = (format_date(compare.on(seg.reference_date.date()), locale) if seg.reference_date is not None
                else format_date(compare.date, locale) if compare.date is not None else w.t("none (no dates)"))
        how = (w.t("set by you") if compare.date is not None
               else w.t("{days} days before the reference date", days=compare.days_before))
        rows.append((w.t("Compared with"), f"{when} ({how})"))
    return rows
