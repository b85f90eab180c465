"""gui.tasks.HistoryIndex: each customer's purchase rows for the detail pane, looked up in Arrow."""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.importing.cleaning import STR
from gui.tasks import HistoryIndex


def test_each_customer_gets_their_rows_in_file_order():
    tx = pd.DataFrame({"customer_id": pd.Series(["B", "A", "B", None, "C", "A", "B"], dtype=STR)})
    index = HistoryIndex(tx)
    assert len(index) == 3
    assert index.get("B").tolist() == [0, 2, 6]
    assert index.get("A").tolist() == [1, 5]
    assert index.get("C").tolist() == [4]
    missing = np.array([-1])
    assert index.get("D", missing) is missing and index.get("D") is None
    assert index.get("") is None


def test_an_empty_import_has_no_customers():
    for tx in (None, pd.DataFrame({"customer_id": pd.Series([], dtype=STR)})):
        index = HistoryIndex(tx)
        assert len(index) == 0 and index.get("A") is None
