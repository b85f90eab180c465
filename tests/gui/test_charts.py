"""The Overview's revenue-over-time chart (gui.charts.activity): days or weeks for a short file, its
dates written out, its legend beside the bars rather than over them."""

from __future__ import annotations

import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from core.segmentation import activity_over_time
from gui import charts
from tests.factories import random_transactions

pytestmark = pytest.mark.gui


def drawn(frame, period) -> Figure:
    figure = Figure(figsize=(5.2, 3.0), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    charts.activity(figure, frame, period, "GBP", "en_GB")
    figure.canvas.draw()
    return figure


@pytest.mark.parametrize(("days", "words"), [(12, "per day"), (120, "per week"), (400, "per month")])
def test_activity_chart_fits_the_span(days, words):
    tx = random_transactions(60, 1500, seed=3)
    reference = tx["date"].max()
    recent = tx[tx["date"] > reference - pd.Timedelta(days=days)]
    activity = activity_over_time(recent, reference)
    figure = drawn(activity.frame, activity.period)
    ax = figure.axes[0]
    assert ax.get_title() == f"Revenue and customers {words}"
    labels = [label.get_text() for label in ax.get_xticklabels() if label.get_text()]
    assert len(labels) >= 3
    if words != "per month":   # "09 Dec", not a bare "09"
        assert all(any(month in label for month in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                                     "Sep", "Oct", "Nov", "Dec")) for label in labels), labels
    renderer = figure.canvas.get_renderer()
    legend = figure.legends[0].get_window_extent(renderer)
    plot = ax.get_window_extent(renderer)
    assert legend.y1 <= plot.y0 + 1   # the legend is under the plot, never over the bars
    bars = [patch.get_width() for patch in ax.patches]
    assert len(bars) == len(activity.frame)


def test_one_day_of_data_is_one_narrow_bar():
    tx = random_transactions(30, 300, seed=5)
    day = tx["date"].max()
    activity = activity_over_time(tx[tx["date"] == day], day)
    figure = drawn(activity.frame, activity.period)
    ax = figure.axes[0]
    low, high = ax.get_xlim()
    assert ax.patches[0].get_width() < (high - low) / 5


def test_axes_of_customers_count_in_whole_numbers():
    """Found by a trial of the window: "2.5 / 7.5 / 12.5 customers" on the recency chart, and "0 0 1 1 1"
    under the segment bars of a shop of four customers."""
    import numpy as np  # noqa: PLC0415

    def ticks(draw) -> Figure:
        figure = Figure(figsize=(5.2, 3.0), dpi=100, layout="constrained")
        FigureCanvasAgg(figure)
        draw(figure)
        figure.canvas.draw()
        return figure

    days = np.array([3.0] * 13 + [9.0] * 7 + [30.0, 31.0, 33.0, 35.0])
    recency = ticks(lambda f: charts.recency_histogram(f, days, 180))
    assert all(float(v).is_integer() for v in recency.axes[0].get_yticks())
    table = pd.DataFrame({"segment": ["Champions", "Loyal Customers", "At Risk", "Hibernating"],
                          "customers": [1, 1, 1, 1], "revenue": [120.0, 40.0, 30.0, 10.0]})
    bars = ticks(lambda f: charts.segment_bars(f, table, "EUR", "de_DE"))
    shown = [label.get_text() for label in bars.axes[0].get_xticklabels() if label.get_text()]
    assert len(shown) == len(set(shown)), shown      # no "0 0 1 1 1"
    assert all(float(v).is_integer() for v in bars.axes[0].get_xticks())
