"""The tooltip of a table heading says what the column means, or is not there: never the bare
column key ("first_name", "mailed_rate") of a column without words for it."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from PySide6.QtCore import QDate, Qt

from gui.results_view import COLUMNS, column_headers
from gui.segment_help import COLUMN_HELP
from gui.table_model import DataFrameModel
from gui.table_view import DataTableView

pytestmark = pytest.mark.gui

#: A column key: a lower-case identifier, words joined by "_"
KEY = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def heading_tips(model) -> dict[str, object]:
    """Each column's key and the tooltip of its heading."""
    frame = model.frame()
    keys = [str(c) for c in frame.columns] if frame is not None else []
    return {key: model.headerData(c, Qt.Horizontal, Qt.ToolTipRole) for c, key in enumerate(keys)
            if c < model.columnCount()}


def check(model) -> int:
    """No heading's tooltip is a bare key; a column with words has them (and its export name)."""
    tips = heading_tips(model)
    for key, tip in tips.items():
        assert tip is None or (isinstance(tip, str) and not KEY.match(tip.strip())), (key, tip)
        if key in COLUMN_HELP:
            assert tip and tip.endswith(f"({key})") and len(tip) > len(key) + 3, (key, tip)
        else:
            assert not tip, (key, tip)
    return len(tips)


def test_a_results_like_table_has_no_key_tooltips(qtbot):
    view = DataTableView()
    qtbot.addWidget(view)
    view.model().set_headers(column_headers())
    keys = [key for key, _heading in COLUMNS]
    view.model().set_frame(pd.DataFrame([[1.0] * len(keys)], columns=keys))
    assert check(view.model()) == len(keys)
    assert all(view.model().headerData(c, Qt.Horizontal, Qt.ToolTipRole) is None for c in range(len(keys)))
    assert view.model().headerData(0, Qt.Horizontal) == "List"       # the headings themselves unchanged


def test_described_and_undescribed_columns_side_by_side(qtbot):
    model = DataFrameModel()
    model.set_frame(pd.DataFrame({"customer_id": ["1"], "first_name": ["Ann"], "country": ["Spain"],
                                  "revenue": [10.0], "revenue_last_12m_before": [3.0]}))
    tips = heading_tips(model)
    assert tips["first_name"] is None and tips["country"] is None and tips["revenue_last_12m_before"] is None
    assert tips["revenue"].startswith("What the customer spent in total") and tips["revenue"].endswith("(revenue)")
    assert tips["customer_id"].endswith("(customer_id)")


def test_the_windows_tables_have_no_key_tooltips(loaded, qtbot):
    checked = 0
    loaded.show_page("Customers")
    customers = loaded.pages["Customers"]
    qtbot.waitUntil(lambda: customers.table.model().frame() is not None, timeout=30000)
    checked += check(customers.table.model())
    keys = set(heading_tips(customers.table.model()))
    assert {"first_name", "email", "country"} & keys and {"revenue", "rfm_segment"} <= keys
    loaded.show_page("Changes")
    changes = loaded.pages["Changes"]
    qtbot.wait(200)
    changes.select_cell(0, 0)
    checked += check(changes.customers.model())
    loaded.show_page("Occasions")
    occasions = loaded.pages["Occasions"]
    qtbot.wait(200)
    for view in occasions.findChildren(DataTableView):
        checked += check(view.model())
    assert checked > 20


def test_the_results_table_has_no_key_tooltips(store, loaded, qtbot):
    page = loaded.pages["Results"]
    loaded.show_page("Results")
    runner = loaded.session.results_runner
    qtbot.waitUntil(lambda: page.view is not None and not runner.is_busy(), timeout=30000)
    with qtbot.waitSignal(runner.busy_changed, timeout=30000, check_params_cb=lambda busy: not busy):
        page.sent_date.setDate(QDate(2011, 9, 30))
    model = page.table.model()
    assert model.frame() is not None and model.columnCount() > 5
    assert check(model) == model.columnCount()
