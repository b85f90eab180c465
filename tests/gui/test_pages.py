"""The analysis pages on the real sample: win-back window, customer filters, offers, export."""

from __future__ import annotations

import dataclasses
import threading
from contextlib import contextmanager

import openpyxl
import pandas as pd
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from core.language import Language
from core.segmentation import CustomerFilter, TierRules, winback_list
from gui.translation import install_translation
from tests.gui.helpers import filter_customers

pytestmark = pytest.mark.gui


@contextmanager
def _window_speaking(language: Language):
    """The window's words in ``language`` for the ``with`` block, English again after it."""
    app = QApplication.instance()
    install_translation(app, language)
    try:
        yield
    finally:
        install_translation(app, Language.ENGLISH)


@pytest.fixture
def loaded(loaded):
    assert not loaded.session.dirty  # showing results is not a change
    return loaded


def recomputed(window, qtbot):
    return qtbot.waitSignal(window.session.segmentation_changed, timeout=30000)


#: The bundled sample's customers to win back, by window (days): counted once with core alone
#: (import_purchases and segment_customers with that window_days), and by pandas in each test.
SAMPLE_TO_WIN_BACK = {180: 68, 30: 187, 365: 13}
#: ... of whom declining, at the default 180 days.
SAMPLE_DECLINING_TO_WIN_BACK = 4


def _to_win_back(customers, declining_only: bool = False) -> int:
    """The customers the Win-back page lists, counted with pandas: activity status Inactive, Lost or
    Overdue (definitions §4), and declining when asked."""
    wanted = customers["activity_status"].isin(["Inactive", "Lost", "Overdue"])
    if declining_only:
        wanted &= customers["declining"].fillna(False).astype(bool)
    return int(wanted.sum())


def test_changing_window_changes_winback_list(loaded, qtbot):
    page = loaded.pages["Win-back"]
    loaded.show_page("Win-back")
    model = page.table.model()
    assert loaded.session.settings.window_days == 180
    before = model.rowCount()
    assert before == _to_win_back(loaded.session.segmentation.customers) == SAMPLE_TO_WIN_BACK[180]
    # typed into the box: one recompute after the typing pauses
    page.window_spin.selectAll()
    with recomputed(loaded, qtbot):
        qtbot.keyClicks(page.window_spin, "30")
    assert loaded.session.settings.window_days == 30
    assert loaded.session.dirty
    after = model.rowCount()
    assert after == _to_win_back(loaded.session.segmentation.customers) == SAMPLE_TO_WIN_BACK[30]
    # the seasonal preset (the list's last, End on the keyboard) goes back to 365 days: fewer to win back
    page.preset.setFocus()
    with recomputed(loaded, qtbot):
        qtbot.keyClick(page.preset, Qt.Key_End)
    assert page.preset.currentData() == 365 and page.window_spin.value() == 365
    assert loaded.session.settings.window_days == 365
    assert model.rowCount() == _to_win_back(loaded.session.segmentation.customers) == SAMPLE_TO_WIN_BACK[365]
    # ranked by what they used to spend
    revenue = page.frame["revenue"].to_numpy()
    assert (revenue[:-1] >= revenue[1:]).all()


def ids_shown(model) -> list[str]:
    frame = model.frame()
    return [frame["customer_id"].iloc[model.source_row(row)] for row in range(model.rowCount())]


def test_declining_only(loaded, qtbot):
    page = loaded.pages["Win-back"]
    loaded.show_page("Win-back")
    with qtbot.waitSignal(page.shown, timeout=20000):
        qtbot.mouseClick(page.declining_only, Qt.LeftButton)
    assert page.declining_only.isChecked()
    frame = page.frame
    customers = loaded.session.segmentation.customers
    assert len(frame) == page.table.model().rowCount() == _to_win_back(customers, declining_only=True)
    assert len(frame) == SAMPLE_DECLINING_TO_WIN_BACK
    assert frame["declining"].all()


def _shown_ids(model) -> set[str]:
    frame = model.frame()
    return {str(frame.iloc[model.source_row(r)]["customer_id"]) for r in range(model.rowCount())}


def test_filter_customers(loaded, qtbot):
    """The filters driven as the owner does (the choice boxes, typing a bound and a search): after
    each, the table shows exactly the customers pandas finds in the customer table. (The rows are
    waited for: the filter may run in the background.)"""
    page = loaded.pages["Customers"]
    loaded.find_action.trigger()
    assert loaded.current_page_title() == "Customers"
    customers = loaded.session.segmentation.customers
    model = page.table.model()
    assert model.rowCount() == len(customers) == 300
    champions = customers[customers["rfm_segment"] == "Champions"]
    combo = page.filters.choices["rfm_segment"]
    combo.setCurrentIndex(combo.findData("Champions"))
    qtbot.waitUntil(lambda: model.rowCount() == len(champions), timeout=5000)
    assert _shown_ids(model) == set(champions["customer_id"])
    both = champions[champions["country"] == "United Kingdom"]
    combo = page.filters.choices["country"]
    combo.setCurrentIndex(combo.findData("United Kingdom"))
    qtbot.waitUntil(lambda: model.rowCount() == len(both), timeout=5000)
    assert _shown_ids(model) == set(both["customer_id"])
    rich = both[both["revenue"] >= 5000]
    assert 0 < len(rich) < len(both)          # (the bound keeps some and leaves some out)
    qtbot.keyClicks(page.filters.ranges["revenue"][0], "5000")
    qtbot.waitUntil(lambda: model.rowCount() == len(rich), timeout=5000)
    assert _shown_ids(model) == set(rich["customer_id"])
    qtbot.mouseClick(page.filters.clear_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() == 300, timeout=5000)
    qtbot.keyClicks(page.search, "12662")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    assert _shown_ids(model) == {"12662"}
    qtbot.waitUntil(lambda: page.detail.customer_id == "12662", timeout=5000)
    assert "Why these labels?" in page.detail.why.text()
    tx = loaded.session.imported.result.transactions
    assert page.detail.history.model().rowCount() == int((tx["customer_id"] == "12662").sum()) == 232


def test_the_first_customer_is_shown_once_the_customers_page_is_drawn(loaded, qtbot):
    """The first show fills the filters and the table; the first customer is selected and their
    detail filled after the events posted meanwhile (the page's layout and first paint)."""
    page = loaded.pages["Customers"]
    at_first_paint = []
    loaded.show_page("Customers")
    QTimer.singleShot(0, lambda: at_first_paint.append(page.detail.customer_id))
    assert page.table.model().rowCount() == 300
    qtbot.waitUntil(lambda: page.detail.customer_id is not None, timeout=5000)
    assert at_first_paint == [None]
    model = page.table.model()
    first = str(model.frame().iloc[model.source_row(0)]["customer_id"])
    assert page.detail.customer_id == first
    assert page.table.selectionModel().currentIndex().row() == 0
    assert "Why these labels?" in page.detail.why.text()
    tx = loaded.session.imported.result.transactions
    assert page.detail.history.model().rowCount() == int((tx["customer_id"] == first).sum())


def test_edit_offer_changes_preview(loaded, qtbot):
    page = loaded.pages["Offers"]
    loaded.show_page("Offers")
    page.select_list("segment:At Risk")
    before = page.preview_text()
    assert "At Risk" in page.heading.text()
    assert before
    page.editor.template.setPlainText("Dear {first_name}, {days_since_last} days without you! {shop_name}")
    page.shop_name.setText("The Tea Shop")
    qtbot.waitUntil(lambda: "The Tea Shop" in page.preview_text(), timeout=3000)
    assert "days without you" in page.preview_text()
    first = page.preview_text()
    page.next.click()
    assert page.preview_text() != first  # another customer, other number of days
    page.editor.template.setPlainText("Hello {frist_name}")
    assert "first_name" in page.editor.problem_label.text()
    qtbot.waitUntil(lambda: "Fix the offer first" in page.preview_text(), timeout=3000)
    assert loaded.session.dirty


def test_a_discount_typed_key_by_key_keeps_its_decimals(loaded, qtbot):
    """Found by a trial of the window: the discount box was rewritten after every key ("1" became
    "1.00"), so "12.5" typed key by key was kept as 12, in every language."""
    page = loaded.pages["Offers"]
    loaded.show_page("Offers")
    page.select_list("segment:At Risk")
    box = page.editor.discount_value
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "12.5")
    qtbot.keyClick(box.lineEdit(), Qt.Key_Tab)
    assert box.value() == 12.5
    assert page.editor.offer().discount.value == 12.5


def test_export_and_open_the_file(loaded, qtbot, tmp_path, monkeypatch):
    opened = []
    # Library patch kept: the real call would open the file in another program on this machine.
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    page = loaded.pages["Export"]
    loaded.export_action.trigger()
    assert loaded.current_page_title() == "Export"
    out = tmp_path / "mailing.xlsx"
    page.output.setText(str(out))
    page.check_kind(None)
    for i in range(page.lists.count()):
        if page.lists.item(i).data(Qt.UserRole) in ("segment:At Risk", "status:Lost"):
            page.lists.item(i).setCheckState(Qt.Checked)
    with qtbot.waitSignal(loaded.session.export_runner.busy_changed, check_params_cb=lambda b: not b,
                          timeout=30000):
        page.export_button.click()
    assert out.exists()
    assert "Mailing list written" in page.summary.toPlainText()
    workbook = openpyxl.load_workbook(out, read_only=True)
    assert len(workbook.sheetnames) >= 2
    page.open_file_button.click()
    page.open_folder_button.click()
    assert opened == [str(out), str(tmp_path)]


def test_segment_map_editor_checks_and_applies(loaded, qtbot):
    editor = loaded.pages["Segments"].editor
    loaded.show_page("Segments")
    assert "✔" in editor.checker.text()
    editor.table.selectRow(0)
    editor.remove_row()  # Champions gone: R5 F4-5 uncovered
    assert "recency 5 with frequency 4" in editor.checker.text()
    with recomputed(loaded, qtbot):
        editor.apply()
    seg = loaded.session.segmentation
    assert "Champions" not in set(seg.customers["rfm_segment"])
    assert "Other" in set(seg.customers["rfm_segment"])


def test_reference_date_recomputes(loaded, qtbot):
    page = loaded.pages["Overview"]
    loaded.show_page("Overview")
    before = loaded.session.segmentation.reference_date
    with recomputed(loaded, qtbot):
        page.latest.setChecked(False)
        page.date_edit.setDate(page.date_edit.date().addDays(-60))
    seg = loaded.session.segmentation
    assert seg.reference_date == before - pd.Timedelta(days=60)
    # every row dated after the new reference date is left out, counted with pandas
    dates = loaded.session.imported.result.transactions["date"]
    assert seg.excluded_after_reference == int((dates.dt.normalize() > seg.reference_date).sum())
    assert seg.excluded_after_reference > 0


def test_tier_rules_apply(loaded, qtbot):
    page = loaded.pages["Loyalty tiers"]
    loaded.show_page("Loyalty tiers")
    seg = loaded.session.segmentation
    close = int(seg.close_to_next_tier.sum())
    assert page.close_table.model().rowCount() == close and close > 0
    page.automatic.setChecked(False)
    page.threshold_box(1).setValue(100)
    with recomputed(loaded, qtbot):
        page.apply()
    assert loaded.session.segmentation.tier_thresholds[1] == ("Silver", 100.0)


def test_a_tier_boxs_error_is_in_the_windows_language(loaded):
    """A ladder that does not rise in a German window: core's words of the refusal in German, in the box."""
    page = loaded.pages["Loyalty tiers"]
    loaded.show_page("Loyalty tiers")
    page.automatic.setChecked(False)
    page.threshold_box(2).setValue(page.threshold_box(1).value() - 1)
    with _window_speaking(Language.GERMAN):
        page.apply()
    assert page.error.isVisibleTo(page)
    text = page.error.text()
    assert "das liegt nicht über" in text
    assert "Jede Stufe muss über der vorherigen beginnen" in text
    assert "which is not above" not in text


def test_chart_saves_png(loaded, qtbot, tmp_path):
    chart = loaded.pages["Overview"].grid_chart
    loaded.show_page("Overview")
    qtbot.waitUntil(lambda: not chart.is_busy(), timeout=20000)
    path = tmp_path / "grid.png"
    with qtbot.waitSignal(chart.saved, timeout=20000):
        chart.save_png(str(path))
    assert path.read_bytes()[:4] == b"\x89PNG"


def test_the_winback_list_for_other_boxes_is_made_on_the_pages_worker(loaded, qtbot):
    """Unticking a status or ticking "Only declining" makes the list on the page's worker: the table
    keeps the list before until it is ready, a newer choice cancels the pending one, and the list
    shown is core's for the boxes ticked last; all boxes again show the prepared list at once."""
    page = loaded.pages["Win-back"]
    loaded.show_page("Win-back")
    model = page.table.model()
    customers = loaded.session.segmentation.customers
    everyone = winback_list(customers)["customer_id"].tolist()
    assert ids_shown(model) == everyone and not page.busy()
    shown = []
    page.shown.connect(lambda: shown.append(model.rowCount()))

    release = threading.Event()
    page._runner._executor.submit(release.wait, 20)      # the worker held busy
    page.status_boxes["Overdue"].setChecked(False)
    assert page.busy() and ids_shown(model) == everyone
    page.declining_only.setChecked(True)                 # a newer choice cancels the pending one
    QApplication.processEvents()
    assert shown == [] and ids_shown(model) == everyone
    with qtbot.waitSignal(page.shown, timeout=20000):
        release.set()
    assert page._runner.wait()
    QApplication.processEvents()                         # (the cancelled list's end, had it been delivered)
    expected = winback_list(customers, ["Inactive", "Lost"], declining_only=True)
    assert ids_shown(model) == expected["customer_id"].tolist() and shown == [len(expected)] and not page.busy()
    assert page.frame["customer_id"].tolist() == expected["customer_id"].tolist()
    assert page.summary.text().startswith(f"<b>{len(expected)}</b> customers to win back ({len(expected)} declining)")

    # back to every status while a narrower list is pending: the prepared list at once, nothing after
    release.clear()
    page._runner._executor.submit(release.wait, 20)
    page.status_boxes["Lost"].setChecked(False)
    assert page.busy()
    page.status_boxes["Lost"].setChecked(True)
    page.status_boxes["Overdue"].setChecked(True)
    page.declining_only.setChecked(False)
    assert ids_shown(model) == everyone and not page.busy()
    release.set()
    assert page._runner.wait()
    QApplication.processEvents()
    assert ids_shown(model) == everyone and shown[-1] == len(everyone)


def test_hidden_pages_refresh_when_shown(loaded, qtbot):
    page = loaded.pages["Win-back"]
    loaded.show_page("Overview")
    with recomputed(loaded, qtbot):
        loaded.session.update_settings(__import__("dataclasses").replace(loaded.session.settings, window_days=60))
    assert page.lazy.stale  # not redrawn while hidden
    loaded.show_page("Win-back")
    assert not page.lazy.stale
    assert page.window_spin.value() == 60


def test_charts_render_off_the_gui_thread(loaded, qtbot):
    overview = loaded.pages["Overview"]
    loaded.show_page("Overview")
    for chart in (overview.segment_chart, overview.grid_chart, overview.recency_chart, overview.monthly_chart):
        qtbot.waitUntil(lambda c=chart: not c.is_busy() and c._pixmap is not None, timeout=20000)
        assert chart._pixmap.width() >= chart.width() * chart.devicePixelRatioF() - 1


def test_cancelled_recompute_keeps_previous_results(loaded, qtbot):
    before = loaded.session.segmentation
    loaded.session.update_settings(dataclasses.replace(loaded.session.settings, window_days=30))
    loaded.progress.cancel_button.click()
    assert loaded.session.compute_runner.wait(20)
    qtbot.wait(100)
    assert loaded.session.segmentation is before
    assert not loaded.progress.isVisible()


def test_bad_settings_are_refused_with_a_message(loaded, message_boxes):
    before = loaded.session.settings
    bad = dataclasses.replace(before, tiers=TierRules(names=["Bronze", "Silver"], thresholds=[-5.0]))
    assert not loaded.session.update_settings(bad)
    assert loaded.session.settings is before
    assert message_boxes[-1][0] == "warning"


def test_import_page_leads_to_overview(loaded):
    loaded.show_page("Import")
    assert loaded.import_page.next_button.isVisible()
    loaded.import_page.next_button.click()
    assert loaded.current_page_title() == "Overview"


def test_export_refuses_to_overwrite_the_imported_file(loaded, qtbot, message_boxes):
    page = loaded.pages["Export"]
    loaded.show_page("Export")
    page.output.setText(loaded.session.imported.path)
    with qtbot.waitSignal(loaded.session.export_runner.busy_changed, check_params_cb=lambda b: not b,
                          timeout=30000):
        page.export_button.click()
    kind, title, text = message_boxes[-1]
    assert kind == "warning" and "written" in title.lower()
    assert page.open_file_button.isEnabled() is False


def test_segment_tooltip_says_who_and_what_to_offer(loaded):
    page = loaded.pages["Segments"]
    loaded.show_page("Segments")
    model = page.table.model()
    tip = model.data(model.index(0, 0), Qt.ToolTipRole)
    assert "Champions" in tip and "What to offer" in tip
    assert "What to offer" in page.help.text()


def test_the_customer_filter_runs_on_the_pages_worker_and_only_the_latest_is_shown(loaded, qtbot):
    """Typing waits for the pause (the debounce), then the filter is worked out on the page's worker:
    the table keeps its rows meanwhile; an edit made while a filter is pending cancels it, and only
    the latest filter's rows are ever shown."""
    loaded.find_action.trigger()
    page = loaded.pages["Customers"]
    model = page.table.model()
    assert model.rowCount() == 300
    applied = []
    page.filtered.connect(lambda: applied.append(model.rowCount()))
    qtbot.keyClicks(page.search, "12399")
    assert page._timer.isActive() and not page.filtering() and model.rowCount() == 300   # the debounce
    with qtbot.waitSignal(page.filtered, timeout=20000):
        page._timer.timeout.emit()
    assert applied == [1] and page.detail.customer_id == "12399"

    # the worker held busy: a filter waits there, the window goes on, nothing is applied
    release = threading.Event()
    page._filter_runner._executor.submit(release.wait, 20)
    page.search.setText("12662")
    page.apply_filter()
    assert page.filtering() and model.rowCount() == 1 and page.detail.customer_id == "12399"
    page.search.setText("123")             # a newer edit cancels the waiting one
    page.apply_filter()
    QApplication.processEvents()
    assert applied == [1] and model.rowCount() == 1
    with qtbot.waitSignal(page.filtered, timeout=20000):
        release.set()
    assert page._filter_runner.wait()
    QApplication.processEvents()           # (the cancelled filter's end, had it been delivered)
    found = int(CustomerFilter("123").mask(loaded.session.segmentation.customers).sum())
    assert applied == [1, found] and model.rowCount() == found > 1 and not page.filtering()
    assert page.count.text() == f"Showing {found} of 300 customers"
    # an empty filter shows everyone at once, and a filter still pending is dropped
    page._filter_runner._executor.submit(release.wait, 20)
    release.clear()
    page.search.setText("12662")
    page.apply_filter()
    page.search.setText("")
    page.apply_filter()
    assert model.rowCount() == 300 and applied[-1] == 300 and not page.filtering()
    release.set()
    assert page._filter_runner.wait()
    QApplication.processEvents()
    assert model.rowCount() == 300 and applied[-1] == 300


def test_a_filter_boxs_error_is_in_the_windows_language(loaded, qtbot):
    """A condition the column cannot take, in a German window: core's refusal in German in the filter box."""
    loaded.show_page("Customers")
    page = loaded.pages["Customers"]
    panel = page.filters
    panel.column.setCurrentIndex(panel.column.findData("revenue"))
    panel.condition.setText(">= lots")
    with _window_speaking(Language.GERMAN):
        filter_customers(page, qtbot)
    text = panel.problem.text()
    assert "„lots“ ist keine Zahl" in text
    assert "is not a number" not in text and "Type a number" not in text


def test_a_renamed_segment_is_explained_and_a_name_too_long_is_refused(loaded, qtbot):
    """Found by a trial of the window: selecting a renamed segment's row raised an AttributeError
    (the help reused the name of the shop's words for a list), and a name of 201 characters was
    applied, then could not be saved in a project."""
    page = loaded.pages["Segments"]
    editor = page.editor
    loaded.show_page("Segments")
    editor.table.item(0, 0).setText("<b>Best</b> of all")
    assert "✔" in editor.checker.text()
    with recomputed(loaded, qtbot):
        editor.apply()
    row = next(r for r in range(page.table.model().rowCount())
               if page.table.model().data(page.table.model().index(r, 0)) == "<b>Best</b> of all")
    page.table.selectRow(row)
    assert "&lt;b&gt;Best&lt;/b&gt; of all" in page.help.text() and "Customers with recency score" in page.help.text()
    editor.table.item(0, 0).setText("N" * 201)
    assert "is 201 characters long; keep it to 200" in editor.checker.text() and not editor.apply_button.isEnabled()


def test_a_filter_boxs_problem_shows_what_was_typed_as_text(loaded, qtbot):
    """Found by a trial of the window: markup typed into a condition came back in the problem line
    as a big blue word and a live link."""
    loaded.show_page("Customers")
    page = loaded.pages["Customers"]
    panel = page.filters
    panel.column.setCurrentIndex(panel.column.findData("revenue"))
    panel.condition.setText("<font size=7 color=blue>HUGE</font><a href='http://x'>click</a>")
    filter_customers(page, qtbot)
    assert panel.problem.textFormat() == Qt.PlainText and "font size=7 color=blue>HUGE</font>" in panel.problem.text()


def test_a_share_column_is_typed_as_a_percentage_in_the_condition_box_too(loaded, qtbot):
    """Found by a trial in a German window: "Still a customer" >= 50 in the condition box was read as a
    share of 50 (nobody), while its from–to boxes read 50 as 50 %."""
    page = loaded.pages["Customers"]
    loaded.show_page("Customers")
    customers = loaded.session.segmentation.customers
    expected = int((customers["p_alive"] <= 0.5).sum())
    assert expected < len(customers)              # (read as a share of 50, everyone would be shown)
    panel = page.filters
    panel.column.setCurrentIndex(panel.column.findData("p_alive"))
    qtbot.keyClicks(panel.condition, "<= 50")
    model = page.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == expected and not panel.problem.text(), timeout=5000)
