"""The window keeps painting while a big analysis arrives: no long stall on the GUI thread."""

from __future__ import annotations

import time

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


def test_new_results_do_not_stall_the_event_loop(window, qtbot):
    tx = big_transactions()
    imported = make_imported(tx, path="synthetic.csv")
    gaps, last = [], [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=60000):
        window.on_imported(imported)
    window.show_page("Overview")
    gaps.clear()
    last[0] = time.perf_counter()
    qtbot.wait(1500)  # charts render in the background, pages refresh
    for title in ("Customers", "Win-back", "Offers", "Export"):
        window.show_page(title)
        qtbot.wait(200)
    timer.stop()
    worst = max(gaps)
    assert len(window.session.segmentation.buyers) == 20_000
    # the ≤ 100 ms target is measured by bench/ (gui_probe.py); this only catches the multi-second
    # freezes of drawing or preparing everything on the GUI thread, even on a loaded CI machine
    assert worst < 2.0, f"the event loop stalled for {worst * 1000:.0f} ms"


def test_the_model_check_refits_without_stalling_the_window(window, qtbot):
    """"How reliable are the predictions?" fits again (gui.model_check): on its own runner, so the
    event loop keeps turning while 20,000 customers are refitted."""
    from gui.model_check import show_model_check  # noqa: PLC0415 - the window's modules load with the fixture

    with qtbot.waitSignal(window.session.segmentation_changed, timeout=60000):
        window.on_imported(make_imported(simulated_transactions(20_000, seed=9), path="synthetic.csv"))
    assert window.session.segmentation.predictions.fitted
    qtbot.wait(1500)                      # the pages and charts of the new analysis settle first
    gaps, last = [], [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    dialog = show_model_check(window.session, window)
    assert window.session.model_checks.runner.is_busy()       # the refit runs in the background
    qtbot.waitUntil(lambda: dialog.bars is not None, timeout=60000)
    timer.stop()
    dialog.close()
    assert len(gaps) > 3
    # bench/gui_probe.py stall FILE --model-check measures the ≤ 100 ms target; this catches a refit
    # on the GUI thread (which would freeze the window for the whole fit), even on a loaded machine
    assert max(gaps) < 1.0, f"the event loop stalled for {max(gaps) * 1000:.0f} ms"
