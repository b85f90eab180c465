"""The window keeps painting while a big analysis arrives: the long work runs off the GUI thread, so
the event loop goes on turning meanwhile. Counted in turns of a 10 ms timer seen while the work was
under way, not in milliseconds: how long a stall may last is the benchmark's (bench/gui_probe.py
stall, ≤ 50 ms; --model-check for the refit), not a test's."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QTimer

from tests.factories import make_imported, simulated_transactions

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def big_transactions(customers: int = 20_000, rows: int = 300_000) -> pd.DataFrame:
    rng = np.random.default_rng(11)
    ids = rng.integers(0, customers, rows)
    return pd.DataFrame({
        "customer_id": pd.array([f"C{i}" for i in ids], dtype="str"),
        "date": (pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 700, rows), unit="D"))
        .astype("datetime64[ns]"),
        "amount": np.round(rng.gamma(2.0, 25.0, rows), 2),
        "order_id": pd.array([f"O{i}" for i in range(rows)], dtype="str"),
        "is_return": np.zeros(rows, dtype=bool),
        "source_row": np.arange(2, rows + 2, dtype=np.int64),
        "country": rng.choice(["United Kingdom", "France", "Germany", "Spain"], rows),
    })


class TurnCounter:
    """A 10 ms timer on the GUI thread counting, for each named piece of work, the turns of the event
    loop it gets while that work is under way (a piece done on the GUI thread itself sees none)."""

    def __init__(self, **busy):
        self.busy = busy
        self.turns = dict.fromkeys(busy, 0)
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(10)

    def _tick(self):
        for name, is_busy in self.busy.items():
            if is_busy():
                self.turns[name] += 1

    def stop(self):
        self.timer.stop()
        return self.turns


def test_new_results_do_not_stall_the_event_loop(window, qtbot):
    """20,000 customers arrive: their segmentation (with the predictions' fit) runs on the session's
    compute runner and each page's charts render on the chart thread, while the loop keeps turning."""
    from gui.chart_canvas import ChartWidget  # noqa: PLC0415 - the window's modules load with the fixture

    imported = make_imported(big_transactions(), path="synthetic.csv")
    session = window.session

    def shown_charts():
        return [chart for chart in window.findChildren(ChartWidget) if chart.isVisible()]

    def charts_busy():
        return any(chart.is_busy() for chart in shown_charts())

    counter = TurnCounter(segmentation=session.compute_runner.is_busy, charts=charts_busy)
    with qtbot.waitSignal(session.segmentation_changed, timeout=60000):
        window.on_imported(imported)
    drawn = 0
    for title in ("Overview", "Customers", "Win-back", "Offers", "Export"):
        window.show_page(title)
        qtbot.waitUntil(lambda: not charts_busy(), timeout=60000)   # the page's charts are drawn
        drawn += len(shown_charts())
    turns = counter.stop()
    assert len(session.segmentation.buyers) == 20_000
    assert drawn >= 1                          # the Overview's charts, at least, were drawn meanwhile
    # the loop turned all along the segmentation (done on the GUI thread, it would have seen none)
    assert turns["segmentation"] >= 10, turns
    assert turns["charts"] >= 10, turns


def test_the_model_check_refits_without_stalling_the_window(window, qtbot):
    """"How reliable are the predictions?" fits again (gui.model_check): on its own runner, so the
    event loop keeps turning while 20,000 customers are refitted."""
    from gui.model_check import show_model_check  # noqa: PLC0415 - the window's modules load with the fixture

    with qtbot.waitSignal(window.session.segmentation_changed, timeout=60000):
        window.on_imported(make_imported(simulated_transactions(20_000, seed=9), path="synthetic.csv"))
    assert window.session.segmentation.predictions.fitted
    qtbot.wait(1500)                      # the pages and charts of the new analysis settle first
    runner = window.session.model_checks.runner
    counter = TurnCounter(refit=runner.is_busy)
    dialog = show_model_check(window.session, window)
    assert runner.is_busy()                                   # the refit runs in the background
    qtbot.waitUntil(lambda: dialog.bars is not None, timeout=60000)
    turns = counter.stop()
    dialog.close()
    assert not runner.is_busy()
    # the loop turned during the refit (a refit on the GUI thread would let it turn not once; the refit
    # of this file is short, a tenth of a second here, so only a couple of turns are asked for)
    assert turns["refit"] >= 2, turns
