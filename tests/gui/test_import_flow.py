"""Import through the real dialogs: file dialog, mapping dialog, background import, pages filled."""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest
from PySide6.QtWidgets import QFileDialog

from core.progress import ProgressMessage
from gui.mapping_dialog import MappingDialog
from tests.gui.helpers import import_sample, when_dialog

pytestmark = pytest.mark.gui


def test_import_sample_through_dialogs(window, qtbot, monkeypatch, sample_xlsx):
    seen = import_sample(window, qtbot, monkeypatch, sample_xlsx)
    assert seen, "the mapping dialog was shown"
    dialog = seen[0]
    assert dialog.chosen_mapping()["customer_id"] == "CustomerID"
    assert window.stack.currentWidget() is window.workspace
    report = window.import_page.report.toPlainText()
    # sentences and tables, not a log (issue 13: plain words)
    assert "25,895 rows are used; 7,178 were set aside, for the reasons in the table below." in report
    assert "Purchase date\nInvoiceDate\nas UCI Online Retail exports it" in report
    assert "<-" not in report and "customer_id" not in report
    seg = window.session.segmentation
    assert len(seg.buyers) == 300
    assert "300 customers" in window.counts.text()
    window.show_page("Overview")
    overview = window.pages["Overview"]
    assert overview.cards["customers"].value.text() == "300"
    window.show_page("Segments")
    segments = window.pages["Segments"].table.model()
    assert segments.rowCount() == 10


def test_mapping_is_remembered(window, qtbot, monkeypatch, sample_csv):
    def change_and_accept(dialog):
        combo = dialog.combo_for("Country")
        combo.setCurrentIndex(0)  # (not used)
        dialog.buttons.accepted.emit()

    # Library patch kept: the platform's file dialog is modal and static, with no hook to answer it.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sample_csv), ""))
    when_dialog(MappingDialog, change_and_accept)
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
        window.open_action.trigger()
    assert "country" not in window.session.imported.result.transactions.columns
    seen = when_dialog(MappingDialog, lambda d: d.reject())
    window.open_file(str(sample_csv))
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert "country" not in seen[0].chosen_mapping()


def test_try_sample_button_imports(window, qtbot):
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
        window.welcome.sample_button.click()
    assert len(window.session.segmentation.buyers) == 300


def test_cancel_real_import_keeps_previous_results(window, qtbot, monkeypatch, sample_xlsx, sample_csv):
    import_sample(window, qtbot, monkeypatch, sample_xlsx)
    before = window.session.imported
    window.open_file(str(sample_csv), ask_mapping=False)
    window.progress.cancel_button.click()
    assert window.import_flow.runner.wait(20)
    qtbot.wait(100)
    assert window.session.imported is before
    assert not window.progress.isVisible()


def test_bad_file_shows_plain_error(window, qtbot, message_boxes, tmp_path):
    bad = tmp_path / "orders.xlsx"
    bad.write_bytes(b"")
    window.open_file(str(bad))        # (said at once, before anything is read or stopped)
    kind, title, text = message_boxes[-1]
    assert kind == "warning"
    assert "orders.xlsx" in text
    assert "Traceback" not in text
    assert window.stack.currentWidget() is window.welcome


def test_customer_file_through_the_dialog(window, qtbot, monkeypatch, sample_csv, tmp_path):
    ids = pd.read_csv(sample_csv, dtype={"CustomerID": str})["CustomerID"].dropna().str.replace(".0", "", regex=False)
    ids = sorted(set(ids))[:50]
    people = tmp_path / "customers.csv"
    pd.DataFrame({"Customer ID": ids, "First name": [f"Ann{i}" for i in range(len(ids))],
                  "Email": [f"ann{i}@example.com" for i in range(len(ids))]}).to_csv(people, index=False)

    def add_customer_file(dialog):
        dialog.attributes.setText(str(people))
        dialog.buttons.accepted.emit()

    # Library patch kept: the platform's file dialog is modal and static, with no hook to answer it.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sample_csv), ""))
    when_dialog(MappingDialog, add_customer_file)
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
        window.open_action.trigger()
    customers = window.session.segmentation.customers
    assert customers["email"].notna().sum() == 50
    assert "The customers file" in window.import_page.report.toPlainText()
    window.show_page("Export")
    notice = window.pages["Export"].notice
    assert "Nobody can be e-mailed" not in notice.text()
    # the customers file has no consent column: said loudly, before anyone is mailed
    assert notice.isVisible() and "No consent information" in notice.text()


def _orders(prefix: str, rows: int, customers: int) -> list[list[object]]:
    """Purchase rows of ``customers`` customers named PREFIX0, PREFIX1…: customer, date, total."""
    return [[f"{prefix}{i % customers}", f"2024-0{1 + i % 9}-1{i % 9}", 10.0 + i] for i in range(rows)]


def _workbook(path, sheets: dict[str, list[list[object]]]):
    """A workbook of ``sheets`` (name -> rows), in that order, saved at ``path``."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_sheet_choice_when_a_workbook_has_several(window, qtbot, tmp_path, monkeypatch):
    path = _workbook(tmp_path / "shop.xlsx", {
        "Notes": [["Exported from the till on 1 March"]],
        "Orders": [["Customer", "Date", "Total"]] + _orders("C", 30, 7)})
    seen = []

    def choose(dialog):
        seen.append((dialog.sheet.isVisible(), [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())],
                     dialog.preview.sheet))
        dialog.buttons.accepted.emit()

    when_dialog(MappingDialog, choose)
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
        window.open_file(str(path))
    visible, sheets, chosen = seen[0]
    assert visible and set(sheets) == {"Notes", "Orders"} and chosen == "Orders"
    assert len(window.session.segmentation.buyers) == 7


def test_import_waits_for_the_sheet_chosen_to_be_read(window, qtbot, tmp_path):
    """Found by a trial of the window: choosing another sheet and pressing Import before it was read
    imported the sheet shown before, without a word. Import waits, saying the sheet is being read."""
    import threading  # noqa: PLC0415 - this test's own hold on the worker

    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtWidgets import QDialogButtonBox  # noqa: PLC0415

    path = _workbook(tmp_path / "two shops.xlsx", {
        "Shop A": [["Customer", "Date", "Total"]] + _orders("A", 20, 5),
        "Shop B": [["Customer", "Date", "Total"]] + _orders("B", 20, 5)})
    seen = []

    def choose(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.Ok)
        release = threading.Event()
        dialog.runner._executor.submit(release.wait, 30)          # (the sheet's read waits behind this)
        dialog.sheet.setFocus()
        qtbot.keyClick(dialog.sheet, Qt.Key_End)                  # (the owner's choice: "Shop B", the last)
        seen.append((dialog.sheet.currentText(), ok.isEnabled(), dialog.problem.text()))
        ok.click()                                               # (pressed at once: nothing happens yet)
        release.set()
        qtbot.waitUntil(lambda: dialog.preview.sheet == "Shop B" and ok.isEnabled(), timeout=10000)
        ok.click()

    when_dialog(MappingDialog, choose)
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
        window.open_file(str(path))
    assert seen == [("Shop B", False, "Reading sheet Shop B…")]
    assert set(window.session.segmentation.customers["customer_id"]) == {f"B{i}" for i in range(5)}


MIXED_CURRENCIES = ("Date,Customer,Amount\n2024-01-05,C1,$12.50\n2024-01-06,C2,€8.00\n2024-01-07,C3,€5.00\n"
                    "2024-01-08,C1,€6.00\n")


def _answer_currency(label):
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    def click(box):
        chosen = next(b for b in box.buttons() if b.text().startswith(label))
        chosen.click()

    return when_dialog(QMessageBox, click)


def test_mixed_currencies_ask_which_to_keep_and_import_again(window, qtbot, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text(MIXED_CURRENCIES, encoding="utf-8")
    seen = _answer_currency("Keep EUR")
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
        window.open_file(str(path), ask_mapping=False)
    box = seen[0]
    assert box.windowTitle() == "Which currency?"
    assert [b.text() for b in box.buttons()][:2] == ["Keep EUR (3 rows)", "Keep USD (1 row)"]
    result = window.session.imported.result
    assert result.options.currency == "EUR" and result.transactions["amount"].tolist() == [8.0, 5.0, 6.0]
    assert "amount in another currency than EUR" in window.import_page.report.toPlainText()


def test_mixed_currencies_stop_leaves_no_import(window, qtbot, tmp_path, message_boxes):
    path = tmp_path / "mixed.csv"
    path.write_text(MIXED_CURRENCIES, encoding="utf-8")
    seen = _answer_currency("Stop")
    with qtbot.waitSignal(window.import_flow.failed, timeout=30000):
        window.open_file(str(path), ask_mapping=False)
    assert seen and window.session.imported is None and message_boxes == []


def test_opening_a_file_is_one_forward_moving_progress_bar(window, qtbot, monkeypatch, sample_xlsx):
    """The first look, the import and the groups fill one bar that never goes back (it went
    100 → 0 → 60 → 80 → 40 % when each task started its own), and the file is read once."""
    values: list[int] = []
    messages: list[ProgressMessage] = []
    window.progress.bar.valueChanged.connect(values.append)
    window.import_flow.runner.progress_changed.connect(lambda _fraction, message: messages.append(message))
    import_sample(window, qtbot, monkeypatch, sample_xlsx)
    assert values == sorted(values)
    assert values[-1] == 1000
    assert any(v <= 250 for v in values) and any(250 < v < 850 for v in values) and any(v > 850 for v in values)
    assert f"{sample_xlsx.name} already read" in [str(message) for message in messages]
    assert window.import_flow._preview is None  # the table read is let go once imported
