"""The Results page's chart (definitions §9): each row's uplift as a bar with its 95 % interval as
whiskers, in more (or fewer) buyers of every 100 customers than the control group; the pooled
"All lists" row last and bold. Drawn by matplotlib on the session's chart thread (gui.chart_canvas).
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.campaigns import Verdict

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from gui.results_view import Bar

#: A bar's colour by verdict: clear answers in colour, the rest grey.
VERDICT_COLOURS = {
    Verdict.HELPED: "#1b7837", Verdict.LIKELY_HELPED: "#7fbf7b", Verdict.HURT: "#b2182b",
    Verdict.LIKELY_HURT: "#ef8a62", Verdict.INCONCLUSIVE: "#9e9e9e", Verdict.TOO_SMALL: "#c9c9c9",
}
#: Said on the chart where a row has no uplift (no control group, or nobody mailed).
NO_CONTROL = QT_TRANSLATE_NOOP("UpliftChart", "no control group to compare with")
translate = QCoreApplication.translate


def uplift_chart(figure: Figure, bars: list[Bar] | None) -> None:
    """Draw ``bars`` on ``figure`` (top to bottom in the results' order); a note when there are none."""
    ax = figure.subplots()
    if not bars:
        ax.text(0.5, 0.5, translate("UpliftChart", "No results yet"), ha="center", va="center", transform=ax.transAxes, color="#777777")
        ax.set_axis_off()
        return
    y = np.arange(len(bars))[::-1].astype(float)
    reach = [abs(v) * 100 for bar in bars for v in (bar.low, bar.high, bar.uplift) if v is not None]
    limit = max([10.0, *reach]) * 1.15
    width = figure.get_figwidth() * 72       # the figure's width in points: the words are wrapped to fit it
    for yi, bar in zip(y, bars, strict=True):
        if bar.uplift is None:      # (one line within the plot, about half the figure beside the row names:
            note = translate("UpliftChart", NO_CONTROL)   # smaller type on a narrow chart, wrapped only at last)
            size = max(5.0, min(7.0, 0.45 * width / (0.6 * len(note))))
            ax.text(0, yi, _wrapped(note, 0.45 * width, size), ha="center", va="center", fontsize=size,
                    color="#777777", linespacing=1.0)
            continue
        colour = VERDICT_COLOURS[bar.verdict]
        ax.barh(yi, bar.uplift * 100, height=0.55, color=colour, edgecolor="#333333" if bar.is_total else colour,
                linewidth=1.2 if bar.is_total else 0.5)
        if bar.low is not None and bar.high is not None:
            low, high = bar.low * 100, bar.high * 100
            ax.errorbar(bar.uplift * 100, yi, xerr=[[bar.uplift * 100 - low], [high - bar.uplift * 100]], fmt="none",
                        ecolor="#333333", elinewidth=1.1, capsize=4)
    ax.axvline(0, color="#555555", linewidth=0.8)
    ax.set_yticks(y, [bar.label for bar in bars])
    for label, bar in zip(ax.get_yticklabels(), bars, strict=True):
        if bar.is_total:
            label.set_fontweight("bold")
    ax.set_ylim(-0.7, len(bars) - 0.3)
    ax.set_xlim(-limit, limit)
    ax.tick_params(axis="y", labelsize=8)
    ax.tick_params(axis="x", labelsize=8)
    label = translate("UpliftChart", "more buyers of every 100 than the control group\n(bar: seen; whiskers: "
                      "likely range)")
    # (centred on the figure, not over the plot, whose left part the row names take: a narrow chart keeps them whole)
    figure.supxlabel("\n".join(_wrapped(line, 0.95 * width, 8.0) for line in label.split("\n")), fontsize=8)
    figure.suptitle(_wrapped(translate("UpliftChart", "Uplift with its 95% range"), 0.95 * width, 11.0), fontsize=11)


def _wrapped(text: str, points: float, size: float) -> str:
    """``text`` broken into lines that fit ``points`` at font ``size`` (a character is about 0.6 of
    the size wide): at 800×600 the chart is narrow, and its title and notes were cut off."""
    return textwrap.fill(text, width=max(12, int(points / (0.6 * size))), break_long_words=False)
