"""Chart drawings (matplotlib, called on a Figure): segments, R×F grid, recency, activity over time, tiers,
the model check of the predictions.

Figures on the charts are written by core.output.money: money in the shop's currency and locale.
Words are translated in the context "Charts" (QCoreApplication.translate is safe on the chart thread).
Month names on a time axis are the window language's, read from Qt on the GUI thread
(``month_names``) and given to the drawing: matplotlib's own ("%b") are English whatever the window.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from core.output import format_compact, format_number
from gui.palette import ACCENT, WINDOW_MARK, segment_colour, tier_colour

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from core.words import Words

translate = QCoreApplication.translate


def _empty(ax: Axes, text: str | None = None) -> None:
    ax.text(0.5, 0.5, text or translate("Charts", "No customers yet"), ha="center", va="center", transform=ax.transAxes,
            color="#777777")
    ax.set_axis_off()


def _whole_ticks(axis: object) -> None:
    """Ticks at whole numbers only, on an axis of counts (no "2.5 customers", no "0 0 1 1 1")."""
    from matplotlib.ticker import MaxNLocator  # noqa: PLC0415 - matplotlib parts load when a chart draws

    axis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=1))  # type: ignore[attr-defined]


def _shown(name: str, words: Words | None) -> str:
    """A segment or tier name as the shop's ``words`` name it (its colour stays keyed by the name)."""
    return name if words is None else words.name(name)


def segment_bars(figure: Figure, table: pd.DataFrame | None, currency: str | None = None,
                 locale: str | None = None, words: Words | None = None) -> None:
    """Customers and revenue (in ``currency``) per segment, side by side, one colour per segment,
    the segments named in the shop's ``words``."""
    left, right = figure.subplots(1, 2, sharey=True)
    if table is None or len(table) == 0:
        _empty(left)
        right.set_axis_off()
        return
    names = list(table["segment"])[::-1]
    colours = [segment_colour(n) for n in names]
    customers = table["customers"].to_numpy(dtype=float)[::-1]
    revenue = table["revenue"].to_numpy(dtype=float)[::-1]
    y = np.arange(len(names))
    left.barh(y, customers, color=colours)
    left.set_yticks(y, [_shown(str(n), words) for n in names])
    left.set_title(translate("Charts", "Customers"), fontsize=9.5, fontweight="normal")
    figure.suptitle(translate("Charts", "Customers and revenue per segment"), fontsize=11, fontweight="bold")
    right.barh(y, revenue, color=colours)
    right.set_title(translate("Charts", "Revenue"), fontsize=9.5, fontweight="normal")
    def count(value: float) -> str:
        return format_number(value, 0, locale)

    def money(value: float) -> str:
        return format_compact(value, currency, locale)

    for ax, values, label, tick in ((left, customers, count, format_compact), (right, revenue, money, money)):
        top = max(values.max(), 1)
        ax.set_xlim(0, top * 1.22)
        for yi, value in zip(y, values, strict=True):
            ax.text(value + top * 0.01, yi, label(value), va="center", fontsize=8.5)
        ax.tick_params(axis="x", labelsize=8)
        ax.xaxis.set_major_formatter(lambda v, _, tick=tick: tick(v))
    _whole_ticks(left.xaxis)


def rf_grid(figure: Figure, counts: np.ndarray | None, names: list[list[str]], locale: str | None = None,
            words: Words | None = None) -> None:
    """The 5×5 recency × frequency grid: cells coloured by segment, with name (in the shop's ``words``)
    and count."""
    ax = figure.subplots()
    if counts is None or counts.sum() == 0:
        _empty(ax)
        return
    from matplotlib.colors import to_rgb  # noqa: PLC0415 - matplotlib parts load when a chart draws

    image = np.ones((5, 5, 3))
    for ri in range(5):
        for fi in range(5):
            image[fi, ri] = to_rgb(segment_colour(names[ri][fi]))
    ax.imshow(image, origin="lower", extent=(0.5, 5.5, 0.5, 5.5), alpha=0.85, aspect="auto")
    for ri in range(5):
        for fi in range(5):
            name = _shown(names[ri][fi], words)
            short = name.replace(" ", "\n", 1) if len(name) > 9 and " " in name else name
            ax.text(ri + 1, fi + 1 + 0.12, short, ha="center", va="center", fontsize=6.8, color="#111111",
                    linespacing=0.9)
            ax.text(ri + 1, fi + 1 - 0.3, format_number(counts[ri, fi], 0, locale), ha="center", va="center", fontsize=9,
                    fontweight="bold", color="#111111")
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    ax.set_xlabel(translate("Charts", "Recency score (5 = bought most recently)"))
    ax.set_ylabel(translate("Charts", "Frequency score\n(5 = most orders)"))
    ax.set_title(translate("Charts", "Customers by recency and frequency"))
    for spine in ax.spines.values():
        spine.set_visible(False)


def recency_histogram(figure: Figure, days: np.ndarray, window_days: int) -> None:
    """How long since each customer's last purchase, with the inactivity window marked."""
    ax = figure.subplots()
    days = np.asarray(days, dtype=float)
    days = days[~np.isnan(days)]
    if len(days) == 0:
        _empty(ax)
        return
    top = max(days.max(), 2 * window_days) + 1
    bins = np.linspace(0, top, 40)
    ax.hist(days, bins=bins, color=ACCENT, alpha=0.85)
    inactive = translate("Charts", "Inactive after %1 days", "", window_days).replace("%1", str(window_days))
    lost_days = 2 * window_days
    lost = translate("Charts", "Lost after %1 days", "", lost_days).replace("%1", str(lost_days))
    for x, label, style in ((window_days, inactive, "-"), (2 * window_days, lost, "--")):
        ax.axvline(x, color=WINDOW_MARK, linestyle=style, linewidth=1.6, label=label)
    ax.legend(loc="upper right", fontsize=8.5, frameon=True)
    ax.set_xlabel(translate("Charts", "Days since last purchase"))
    ax.set_ylabel(translate("Charts", "Customers"))
    _whole_ticks(ax.yaxis)
    ax.set_title(translate("Charts", "How long since customers last bought"))


#: Per period: the bar width in days, the chart's title, the date format of the x axis.
PERIOD_STYLE = {"day": (0.8, QT_TRANSLATE_NOOP("Charts", "Revenue and customers per day"), "%d %b"),
                "week": (5.5, QT_TRANSLATE_NOOP("Charts", "Revenue and customers per week"), "%d %b"),
                "month": (20.0, QT_TRANSLATE_NOOP("Charts", "Revenue and customers per month"), None)}
#: A month's number in a date format, for its name to be put in after strftime ("%b" is always English).
_MONTH_MARK, _MONTH_FOUND = "{%m}", re.compile(r"\{(\d\d)\}")


def month_names(locale: str) -> tuple[str, ...]:
    """The twelve short month names of ``locale`` (a window_locale) as Qt writes them ("Jan", "Mär",
    "janv."). Call it on the GUI thread and give the names to the drawing."""
    qt_locale = QLocale(locale)
    return tuple(qt_locale.standaloneMonthName(month, QLocale.ShortFormat) for month in range(1, 13))


def _named(text: str, months: Sequence[str]) -> str:
    """``text`` with each marked month number ("{03}") written as its name in ``months``."""
    return _MONTH_FOUND.sub(lambda found: months[int(found.group(1)) - 1], text)


def _named_formatters() -> tuple[type, type]:
    """matplotlib's date formatters, writing the month names they are given (made where a chart
    draws, as matplotlib loads only then; two small classes, not kept between charts)."""
    import matplotlib.dates as mdates  # noqa: PLC0415 - matplotlib parts load when a chart draws

    class NamedDates(mdates.DateFormatter):
        def __init__(self, fmt: str, months: Sequence[str]) -> None:
            super().__init__(fmt.replace("%b", _MONTH_MARK))
            self.months = months

        def __call__(self, x: float, pos: int | None = 0) -> str:
            return _named(super().__call__(x, pos), self.months)

    class NamedConcise(mdates.ConciseDateFormatter):
        def __init__(self, locator: mdates.DateLocator, months: Sequence[str]) -> None:
            plain = mdates.ConciseDateFormatter(locator)
            marked = [[f.replace("%b", _MONTH_MARK) for f in fs] for fs in (plain.formats, plain.zero_formats,
                                                                              plain.offset_formats)]
            super().__init__(locator, formats=marked[0], zero_formats=marked[1], offset_formats=marked[2])
            self.months = months

        def __call__(self, x: float, pos: int | None = None) -> str:
            return _named(super().__call__(x, pos), self.months)

        def format_ticks(self, values: Sequence[float]) -> list[str]:
            return [_named(label, self.months) for label in super().format_ticks(values)]

        def get_offset(self) -> str:
            return _named(super().get_offset(), self.months)

    return NamedDates, NamedConcise


def activity(figure: Figure, frame: pd.DataFrame | None, period: str = "month", currency: str | None = None,
             locale: str | None = None, months: Sequence[str] | None = None) -> None:
    """Revenue in ``currency`` (bars) and customers who bought (line) per day, week or month (``period``,
    core.segmentation.Period), with the legend under the chart, never over the bars; the dates'
    months named by ``months`` (the window language's: ``month_names``; English without)."""
    ax = figure.subplots()
    if frame is None or len(frame) == 0:
        _empty(ax, translate("Charts", "No purchases"))
        return
    width, title, date_format = PERIOD_STYLE.get(str(period), PERIOD_STYLE["month"])
    revenue, buyers = translate("Charts", "Revenue"), translate("Charts", "Customers who bought")
    starts = frame["start"]
    ax.bar(starts, frame["revenue"], width=width, color=ACCENT, alpha=0.75, label=revenue)
    ax.set_ylabel(revenue)
    ax.yaxis.set_major_formatter(lambda v, _: format_compact(v, currency, locale))
    other = ax.twinx()
    other.plot(starts, frame["active_customers"], color="#d6604d", marker="o", markersize=3, linewidth=1.8,
               label=buyers)
    other.set_ylabel(buyers)
    other.spines["right"].set_visible(True)
    other.set_ylim(bottom=0)
    other.yaxis.set_major_formatter(lambda v, _: format_number(v, 0, locale))
    _whole_ticks(other.yaxis)
    ax.set_title(translate("Charts", title))  # short enough for a small screen
    import matplotlib.dates as mdates  # noqa: PLC0415 - matplotlib parts load when a chart draws

    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    if months is None:
        ax.xaxis.set_major_formatter(mdates.DateFormatter(date_format) if date_format
                                     else mdates.ConciseDateFormatter(locator))
    else:
        named_dates, named_concise = _named_formatters()
        ax.xaxis.set_major_formatter(named_dates(date_format, months) if date_format
                                     else named_concise(locator, months))
    if len(frame) == 1:  # one period: keep its bar a bar's width, not the whole chart
        middle = mdates.date2num(starts.iloc[0])
        ax.set_xlim(middle - 3 * width, middle + 4 * width)
    handles = ax.get_legend_handles_labels()[0] + other.get_legend_handles_labels()[0]
    figure.legend(handles, [revenue, buyers], loc="outside lower center", ncol=2, fontsize=8,
                  frameon=False)


def tier_bars(figure: Figure, frame: pd.DataFrame | None, locale: str | None = None,
              words: Words | None = None) -> None:
    """Customers per loyalty tier, the tiers named in the shop's ``words``."""
    ax = figure.subplots()
    if frame is None or len(frame) == 0:
        _empty(ax)
        return
    names = list(frame["tier"])
    values = frame["customers"].to_numpy(dtype=float)
    x = np.arange(len(names))
    ax.bar(x, values, color=[tier_colour(str(name)) for name in names])
    ax.set_xticks(x, [_shown(str(name), words) for name in names])
    top = max(values.max(), 1)
    ax.set_ylim(0, top * 1.15)
    for xi, value in zip(x, values, strict=True):
        ax.text(xi, value + top * 0.02, format_number(value, 0, locale), ha="center", fontsize=9)
    ax.set_ylabel(translate("Charts", "Customers"))
    _whole_ticks(ax.yaxis)
    ax.set_title(translate("Charts", "Customers per tier"))


def model_check_bars(figure: Figure, labels: list[str], predicted: list[float], actual: list[int],
                     locale: str | None = None) -> None:
    """The model check (definitions §11): predicted and actual repeat purchase days in the held-out
    last quarter, side by side per number of repeat purchase days before it (0 … 7+)."""
    ax = figure.subplots()
    if not labels:
        _empty(ax, translate("Charts", "No check"))
        return
    x = np.arange(len(labels))
    width = 0.4
    ax.bar(x - width / 2, predicted, width, color="#9ecae1", edgecolor=ACCENT, label=translate("Charts", "Predicted"))
    ax.bar(x + width / 2, actual, width, color=ACCENT, label=translate("Charts", "Actual"))
    top = max(max(predicted, default=0.0), max(actual, default=0), 1)
    ax.set_ylim(0, top * 1.15)
    for xi, p, a in zip(x, predicted, actual, strict=True):
        ax.text(xi - width / 2, p + top * 0.01, format_number(p, 0, locale), ha="center", fontsize=7.5)
        ax.text(xi + width / 2, a + top * 0.01, format_number(a, 0, locale), ha="center", fontsize=7.5)
    ax.set_xticks(x, labels)
    ax.set_xlabel(translate("Charts", "Repeat purchase days before the last quarter"))
    ax.set_ylabel(translate("Charts", "Purchase days in the last quarter"))
    ax.yaxis.set_major_formatter(lambda v, _: format_number(v, 0, locale))
    ax.legend(loc="upper left", fontsize=8.5, frameon=False)
    ax.set_title(translate("Charts", "Predicted and actual purchase days"))
