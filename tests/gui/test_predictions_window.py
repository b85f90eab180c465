"""The predictions of definitions §11 in the window: the Customers page's columns, the customer
detail's sentence and why-text, the Win-back page's order by what is at stake, the guardrail's words
where the columns would be, and the model check's dialog and chart data."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from core.output import format_number, format_percent
from core.segmentation import AT_STAKE, WinbackOrder, model_check, winback_list
from gui.model_check import LINK_TEXT, show_model_check
from tests.factories import REFERENCE, make_imported, simulated_transactions, tx_frame
from tests.gui.helpers import filter_customers

pytestmark = pytest.mark.gui


def open_frame(window, qtbot, transactions: pd.DataFrame):
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=60000):
        window.on_imported(make_imported(transactions, path="shop.csv", currency="GBP"))
    return window


def column_of(model, header: str) -> int:
    headers = [model.headerData(i, Qt.Horizontal) for i in range(model.columnCount())]
    return headers.index(header)


def shown_ids(model) -> list[str]:
    ids = model.frame()["customer_id"].astype(str).to_numpy()
    return [ids[model.source_row(r)] for r in range(model.rowCount())]


def test_customers_page_shows_core_predictions(loaded, qtbot):
    loaded.show_page("Customers")
    page = loaded.pages["Customers"]
    model = page.table.model()
    core = loaded.session.segmentation.customers.set_index("customer_id")
    ids = shown_ids(model)
    columns = {header: column_of(model, header) for header in
               ("Still a customer", "Purchase days next year", "Spend per purchase day", "Spend next year")}
    for row in range(model.rowCount()):
        expected = core.loc[ids[row]]
        assert model.text(row, columns["Still a customer"]) == format_percent(100 * expected["p_alive"], decimals=0)
        assert model.text(row, columns["Purchase days next year"]) == format_number(expected["expected_purchases_365d"])
        assert model.text(row, columns["Spend per purchase day"]) == format_number(expected["expected_spend"])
        assert model.text(row, columns["Spend next year"]) == format_number(expected["predicted_revenue_365d"])
    # the worked example's customer: 4.16 purchase days, 309.58 a day, 1,286.69 next year
    row = ids.index("12399")
    assert [model.text(row, c) for c in columns.values()] == ["100%", "4.16", "309.58", "1,286.69"]
    # plain-words tooltips on the headings
    tip = model.headerData(columns["Still a customer"], Qt.Horizontal, Qt.ToolTipRole)
    assert tip.startswith("How likely the customer is still a customer") and "(p_alive)" in tip
    # sortable, the largest first at the first click
    revenue = columns["Spend next year"]
    assert model.headerData(revenue, Qt.Horizontal, Qt.InitialSortOrderRole) == Qt.DescendingOrder.value
    page.table.sortByColumn(revenue, Qt.DescendingOrder)
    assert shown_ids(model)[0] == core["predicted_revenue_365d"].idxmax()
    # filterable: spend next year from 2,000; "Still a customer %" typed as a percentage
    low, _high = page.filters.ranges["predicted_revenue_365d"]
    low.setText("2,000")
    filter_customers(page, qtbot)
    assert model.rowCount() == int((core["predicted_revenue_365d"] >= 2000).sum()) > 0
    page.clear_filters()
    page.filters.ranges["p_alive"][1].setText("99")
    filter_customers(page, qtbot)
    assert model.rowCount() == 0                       # everyone is 100 % on the sample
    page.clear_filters()
    assert not page.predictions_note.isVisible() and page.check_link.isVisibleTo(page)


def test_customer_detail_sentence_and_why(loaded, qtbot):
    loaded.show_page("Customers")
    page = loaded.pages["Customers"]
    page.search.setText("12399")
    filter_customers(page, qtbot)
    assert page.detail.customer_id == "12399"
    assert "<b>Expected to buy about 4 times next year, about £1,300</b>" \
        in page.detail.facts.text()
    why = page.detail.why.text()
    assert ("<b>Predictions:</b> What the model saw: 3 repeat purchase days (days with a purchase after the "
            "first), the last purchase 142 days after the first, 261 days of history since the first purchase.") in why
    assert "Next year: 4.16 × £309.58 = £1,286.69." in why


def test_winback_ranked_by_what_is_at_stake(window, qtbot):
    open_frame(window, qtbot, simulated_transactions(600, seed=5, a=1.0, b=2.0, end=REFERENCE))
    seg = window.session.segmentation
    assert seg.predictions.purchase_model.lapse_seen
    window.show_page("Win-back")
    page = window.pages["Win-back"]
    model = page.table.model()
    expected = winback_list(seg.customers, order=WinbackOrder.AT_STAKE)
    assert shown_ids(model) == expected["customer_id"].tolist()
    stake = column_of(model, "At stake")
    assert model.text(0, stake) == format_number(expected[AT_STAKE].iloc[0])
    assert model.text(0, column_of(model, "Still a customer")) == format_percent(
        100 * expected["p_alive"].iloc[0], decimals=0)
    by_revenue = winback_list(seg.customers)["customer_id"].tolist()
    assert shown_ids(model) != by_revenue               # a different order than today's rule
    assert page.order_note.text().startswith("Ranked by what is at stake")
    assert "is at stake" in page.summary.text()
    # a narrower choice keeps the order
    with qtbot.waitSignal(page.shown, timeout=20000):
        page.status_boxes["Overdue"].setChecked(False)
    narrower = winback_list(seg.customers, ["Inactive", "Lost"], order=WinbackOrder.AT_STAKE)
    assert shown_ids(model) == narrower["customer_id"].tolist()


def test_winback_falls_back_to_revenue_on_the_sample(loaded, qtbot):
    loaded.show_page("Win-back")
    page = loaded.pages["Win-back"]
    model = page.table.model()
    assert shown_ids(model) == winback_list(loaded.session.segmentation.customers)["customer_id"].tolist()
    headers = [model.headerData(i, Qt.Horizontal) for i in range(model.columnCount())]
    assert "At stake" not in headers
    # found by a trial of the window: "100%" still a customer beside every Lost customer told nothing
    assert "Still a customer" not in headers
    with qtbot.waitSignal(page.shown, timeout=20000):
        page.status_boxes["Overdue"].setChecked(False)     # (the list worked out again, on the page's worker)
    assert "Still a customer" not in [model.headerData(i, Qt.Horizontal) for i in range(model.columnCount())]
    with qtbot.waitSignal(page.shown, timeout=20000):
        page.status_boxes["Overdue"].setChecked(True)
    assert page.order_note.text().endswith(
        "Listed by what they spent, not by what is at stake: over this history the predictions see no customer "
        "lapse (customers who went quiet look like slow buyers), so every one counts as still a customer and "
        "the chance of losing them cannot tell them apart.</span>")


def test_guardrail_said_where_the_columns_would_be(window, qtbot):
    rows = [(f"K{i:03d}", REFERENCE - pd.Timedelta(days=5 * i), 20.0 + i, f"O{i}", False) for i in range(20)]
    rows += [("K001", REFERENCE - pd.Timedelta(days=300), 15.0, "X1", False)]
    open_frame(window, qtbot, tx_frame(rows))
    seg = window.session.segmentation
    reason = seg.predictions.guardrail
    assert reason.startswith("Predictions need at least 30 customers who bought on two different days or more; "
                             "there are 1.")
    window.show_page("Customers")
    customers = window.pages["Customers"]
    assert customers.predictions_note.isVisible() and reason in customers.predictions_note.text()
    assert not customers.check_link.isVisibleTo(customers)
    assert not customers.filters.range_spans["p_alive"].isVisibleTo(customers)
    customers.search.setText("K001")
    filter_customers(customers, qtbot)
    assert f"<b>{reason}</b>" in customers.detail.facts.text()
    model = customers.table.model()
    assert model.text(0, column_of(model, "Still a customer")) == ""
    window.show_page("Win-back")
    assert reason in window.pages["Win-back"].order_note.text()
    window.show_page("Overview")
    assert reason in window.pages["Overview"].predictions_line.text()
    dialog = show_model_check(window.session, window)
    assert dialog.status.text() == f"Nothing to check: {reason}"
    assert dialog.bars is None and not window.session.model_checks.runner.is_busy()
    dialog.close()


def test_model_check_chart_data(loaded, qtbot):
    loaded.show_page("Overview")
    overview = loaded.pages["Overview"]
    assert LINK_TEXT in overview.predictions_line.text()
    # (the sample's model sees nobody lapse: "300 of 300 still customers" would tell nothing)
    assert overview.predictions_line.text().startswith(
        "<b>Predictions:</b> customers expected to spend about £701,929 in the next 365 days; no customer seen to "
        "lapse yet, so the model cannot tell who is still a customer")
    overview.predictions_line.linkActivated.emit("check")           # the Overview's link opens the dialog
    checks = loaded.session.model_checks
    dialog = checks.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.bars is not None, timeout=30000)
    expected = model_check(loaded.session.segmentation.predictions.history)
    labels, predicted, actual = dialog.bars
    assert labels == ["0", "1", "2", "3", "4", "5", "6", "7+"]
    assert predicted == pytest.approx([b.predicted for b in expected.buckets])
    assert actual == [b.actual for b in expected.buckets] == [48, 44, 37, 30, 19, 13, 33, 69]
    assert sum(actual) == expected.actual_total == 293
    assert np.sum(predicted) == pytest.approx(227.1, abs=0.05)
    assert dialog.totals.text() == (
        "Fitted on the purchases up to 7 September 2011; for the 93 days from 8 September 2011 to 9 December "
        "2011, the 236 customers who had bought by then were expected to buy on 227 days in total, and bought on 293.")
    assert dialog.warning.text() == (
        "<b>Warning:</b> The model expected 227 repeat purchase days from 8 September 2011 to 9 December 2011; customers "
        "made 293, so it predicted 23% fewer than happened. Treat the predictions as rough.")
    qtbot.waitUntil(lambda: not dialog.chart.is_busy(), timeout=30000)   # drawn on the chart thread
    # once per fit: a settings change keeps the fit and so the check; opening again does not refit
    shown = dialog.shown
    with qtbot.waitSignal(loaded.session.segmentation_changed, timeout=30000):
        loaded.session.update_settings(dataclasses.replace(loaded.session.settings, window_days=90))
    loaded.show_page("Customers")
    loaded.pages["Customers"].check_link.linkActivated.emit("check")  # the Customers page's link too
    assert checks.dialog is dialog and dialog.shown is shown and not checks.runner.is_busy()
    dialog.close()


def test_a_stopped_model_check_says_so_and_can_run_again(loaded, qtbot):
    """Cancelled from the status bar, the dialog had said "Checking the predictions…" for good."""
    dialog = show_model_check(loaded.session, loaded)
    checks = loaded.session.model_checks
    assert checks.runner.is_busy()
    with qtbot.waitSignal(checks.runner.cancelled, timeout=5000):
        qtbot.mouseClick(loaded.progress.cancel_button, Qt.LeftButton)
    assert dialog.status.text().startswith("The check was stopped.") and dialog.bars is None
    assert "Check again" in dialog.status.text()
    dialog.status.linkActivated.emit("again")
    assert checks.runner.is_busy() and dialog.status.text().startswith("Checking the predictions")
    qtbot.waitUntil(lambda: dialog.bars is not None, timeout=30000)
    assert sum(dialog.bars[2]) == 293
    qtbot.waitUntil(lambda: not dialog.chart.is_busy(), timeout=30000)
    dialog.close()
