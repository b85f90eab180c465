"""The window keeps painting while a big analysis arrives: no long stall on the GUI thread."""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QTimer

from tests.factories import make_imported

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
