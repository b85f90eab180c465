"""Consent in the window (definitions §6): the customers file stays attached to the analysis through
File → Change columns and re-import… and through a newer export of the same file, until the owner
clears it; an export without consent information after one with it stops and asks; "no consent
information" is said loudly on the Import and Export pages."""

from __future__ import annotations

import shutil

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.main_window import MainWindow
from gui.mapping_dialog import MappingDialog
from tests.gui.helpers import when_dialog

pytestmark = pytest.mark.gui

PURCHASES = ["Customer,Date,Amount,Email"] + [
    f"K{i},2024-0{1 + i % 6}-1{i % 9},{20 + i}.50,k{i}@example.com" for i in range(12)]
#: K3 and K7 opted out in the customers file; nothing in the purchases file says so.
CUSTOMERS = ["Customer,First name,Accepts Marketing"] + [
    f"K{i},Ann{i},{'no' if i in (3, 7) else 'yes'}" for i in range(12)]


@pytest.fixture
def files(tmp_path):
    orders = tmp_path / "orders.csv"
    orders.write_text("\n".join(PURCHASES) + "\n", encoding="utf-8")
    people = tmp_path / "customers.csv"
    people.write_text("\n".join(CUSTOMERS) + "\n", encoding="utf-8")
    return orders, people


def _import(window, qtbot, path, answer):
    """Open ``path`` through the mapping dialog, which ``answer(dialog)`` fills in and accepts."""
    seen = when_dialog(MappingDialog, answer)
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
        window.open_file(str(path))
    return seen[0]


def _accept(dialog):
    dialog.buttons.accepted.emit()


def _export(window, qtbot, out):
    """Export every status list (so that nobody escapes) from the Export page; the ids mailed."""
    page = window.pages["Export"]
    window.show_page("Export")
    page.output.setText(str(out))
    page.control.setValue(0)                      # no control group: who is mailed does not depend on a draw
    for i in range(page.lists.count()):
        key = page.lists.item(i).data(Qt.UserRole)
        page.lists.item(i).setCheckState(Qt.Checked if key.startswith("status:") else Qt.Unchecked)
    with qtbot.waitSignal(window.session.export_runner.busy_changed, check_params_cb=lambda b: not b,
                          timeout=30000):
        page.export_button.click()
    book = openpyxl.load_workbook(out, read_only=True)
    mailed = set()
    for name in book.sheetnames:
        if name in ("Summary", "Left out") or name.startswith("Control group"):
            continue
        rows = list(book[name].iter_rows(values_only=True))
        mailed.update(str(r[rows[0].index("Customer ID")]) for r in rows[1:])
    return mailed


def test_change_columns_and_reimport_keeps_the_customers_file(window, qtbot, files, tmp_path):
    orders, people = files

    def add_customers(dialog):
        assert dialog.attributes.text() == ""
        dialog.attributes.setText(str(people))
        dialog.buttons.accepted.emit()

    _import(window, qtbot, orders, add_customers)
    assert window.session.project.customers_file == str(people)
    assert _export(window, qtbot, tmp_path / "first.xlsx").isdisjoint({"K3", "K7"})

    seen = when_dialog(MappingDialog, _accept)
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
        window.remap_action.trigger()
    assert seen[0].attributes.text() == str(people)          # the dialog's Customer file box keeps it
    assert window.session.imported.attributes_path == str(people)
    assert window.session.project.customers_file == str(people)
    mailed = _export(window, qtbot, tmp_path / "second.xlsx")
    assert mailed.isdisjoint({"K3", "K7"}) and len(mailed) > 5


def test_a_newer_export_of_the_same_file_keeps_the_customers_file(window, qtbot, files, tmp_path):
    orders, people = files
    _import(window, qtbot, orders, lambda d: (d.attributes.setText(str(people)), _accept(d)))
    newer = tmp_path / "orders (2).csv"
    shutil.copy(orders, newer)
    with open(newer, "a", encoding="utf-8") as handle:
        handle.write("K3,2024-07-01,99.00,k3@example.com\n")
    dialog = _import(window, qtbot, newer, _accept)
    assert dialog.attributes.text() == str(people)
    assert window.session.project.customers_file == str(people)
    assert window.session.segmentation.customers.set_index("customer_id").loc["K3", "consent"] == "no"
    assert "K3" not in _export(window, qtbot, tmp_path / "mailing.xlsx")


def test_an_opt_out_written_after_the_file_was_opened_stops_the_export(window, qtbot, files, tmp_path, message_boxes):
    """Found by a hostile trial: three customers set to "no" in the customers file after it was
    opened were mailed by the next export, which used the consent read when the file was opened."""
    orders, people = files
    _import(window, qtbot, orders, lambda d: (d.attributes.setText(str(people)), _accept(d)))
    assert "K5" in _export(window, qtbot, tmp_path / "first.xlsx")
    people.write_text("\n".join(line.replace("K5,Ann5,yes", "K5,Ann5,no") for line in CUSTOMERS) + "\n",
                      encoding="utf-8")
    out = tmp_path / "second.xlsx"
    page = window.pages["Export"]
    page.output.setText(str(out))
    page.export_button.click()
    kind, title, text = message_boxes[-1]
    assert (kind, title) == ("warning", "The files changed since they were opened")
    assert text.startswith("customers.csv changed after Clientele read it, so opt-outs written into it since would "
                           "not be seen, and nothing was written.")
    assert not window.session.export_runner.is_busy() and not out.exists()
    # opened again, the new opt-out is read and kept off the list
    _import(window, qtbot, orders, _accept)
    assert "K5" not in _export(window, qtbot, out) and out.exists()


def test_a_customers_file_that_moved_is_not_dropped_silently(window, qtbot, files, tmp_path):
    orders, people = files
    _import(window, qtbot, orders, lambda d: (d.attributes.setText(str(people)), _accept(d)))
    people.rename(tmp_path / "moved.csv")
    seen = when_dialog(MappingDialog, lambda d: d.reject())
    window.remap_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    dialog = seen[0]
    assert "is not there any more" in dialog.problem.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.attributes.setText(str(tmp_path / "moved.csv"))
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.attributes.setText(str(tmp_path))      # (a trial: a folder or /dev/zero read "is not there any more")
    assert dialog.problem.text().startswith(f"{tmp_path} is not a file (a folder, a device or a pipe)")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_an_export_without_consent_after_one_with_it_stops_and_asks(window, qtbot, files, tmp_path,
                                                                    message_boxes, monkeypatch):
    orders, people = files
    _import(window, qtbot, orders, lambda d: (d.attributes.setText(str(people)), _accept(d)))
    _export(window, qtbot, tmp_path / "with-consent.xlsx")
    assert window.session.project.export.consent_info is True

    # the owner clears the Customer file box: the file is no longer attached ...
    _import(window, qtbot, orders, lambda d: (d.attributes.clear(), _accept(d)))
    assert window.session.imported.attributes_path is None and window.session.project.customers_file is None
    assert "No consent information" in window.import_page.heading.text()
    page = window.pages["Export"]
    window.show_page("Export")
    assert page.notice.isVisible() and "No consent information" in page.notice.text()
    assert "cannot leave out customers who opted out" in page.intro.text()

    # ... so the next export stops and asks (the answer No, the default, writes nothing)
    out = tmp_path / "without.xlsx"
    page.output.setText(str(out))
    page.export_button.click()
    kind, title, _text = message_boxes[-1]
    assert (kind, title) == ("question", "Export without consent information?")
    assert not window.session.export_runner.is_busy() and not out.exists()

    # Library patch kept: QMessageBox's static boxes are modal; this answers Yes.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    mailed = _export(window, qtbot, out)
    assert {"K3", "K7"} <= mailed                      # the owner chose to mail without consent
    assert window.session.project.export.consent_info is False


def test_a_project_whose_customers_file_moved_asks_for_it(window, qtbot, files, tmp_path, monkeypatch,
                                                          message_boxes):
    orders, people = files
    _import(window, qtbot, orders, lambda d: (d.attributes.setText(str(people)), _accept(d)))
    project = tmp_path / "shop.json"
    # Library patch kept: the platform's file dialogs are modal and static, with no hook to answer them.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(project), ""))
    assert window.save_project()
    moved = people.rename(tmp_path / "moved.csv")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(moved), ""))
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
        window.open_project(str(project))
    assert window.session.project.customers_file == str(moved)
    assert window.session.segmentation.customers.set_index("customer_id").loc["K7", "consent"] == "no"
    # the project records where the file is now only when saved: until then it is unsaved (found by a trial)
    assert window.session.dirty and window.windowTitle().endswith("*")
    assert window.save_project()
    assert not window.session.dirty
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
        window.open_project(str(project))          # where it is now: nothing asked, nothing unsaved
    assert window.session.project.customers_file == str(moved) and not window.session.dirty


def test_the_dialog_says_every_consent_column_is_read(window, qtbot, tmp_path):
    orders = tmp_path / "orders.csv"
    orders.write_text("Customer,Date,Amount,Accepts Marketing,Unsubscribed\nK1,2024-01-10,10.00,yes,yes\n"
                      "K2,2024-01-11,12.00,yes,no\n", encoding="utf-8")
    dialog = _import(window, qtbot, orders, _accept)
    rows = {dialog.columns.item(r, 0).text(): dialog.columns.item(r, 3).text() for r in range(dialog.columns.rowCount())}
    assert rows["Unsubscribed"].startswith("also read for consent")
    assert window.session.segmentation.customers.set_index("customer_id")["consent"].to_dict() == {"K1": "no",
                                                                                                  "K2": "yes"}
    assert '"Unsubscribed" (opt-out' in window.import_page.heading.text()


def test_the_export_page_counts_the_customers_the_two_files_disagree_on(window, qtbot, tmp_path):
    orders = tmp_path / "orders.csv"
    orders.write_text("Customer,Date,Amount,Email,Newsletter\nK1,2024-01-10,10.00,k1@x.org,yes\n"
                      "K2,2024-01-11,12.00,k2@x.org,no\nK3,2024-01-12,14.00,k3@x.org,yes\n", encoding="utf-8")
    people = tmp_path / "people.csv"
    people.write_text("Customer,Accepts Marketing\nK1,no\nK2,yes\nK3,yes\n", encoding="utf-8")
    _import(window, qtbot, orders, lambda d: (d.attributes.setText(str(people)), _accept(d)))
    window.show_page("Export")
    notice = window.pages["Export"].notice
    assert notice.isVisible() and "2 customers: the purchases file and the customers file disagree" in notice.text()
    assert "K1, K2" in notice.text()
    assert "Customers who opted out are never included" in window.pages["Export"].intro.text()
    assert _export(window, qtbot, tmp_path / "mailing.xlsx") == {"K3"}


def test_a_customers_file_the_owner_cleared_is_not_offered_again(qtbot, files, tmp_path, message_boxes):
    orders, people = files
    newer = tmp_path / "orders-june.csv"
    shutil.copy(orders, newer)

    def fresh_window():
        """A new window on the same settings: as after a restart, no analysis open."""
        win = MainWindow()
        qtbot.addWidget(win)
        return win

    first = fresh_window()
    _import(first, qtbot, orders, lambda d: (d.attributes.setText(str(people)), _accept(d)))
    first.shutdown()
    second = fresh_window()
    dialog = _import(second, qtbot, newer, lambda d: (d.attributes.clear(), _accept(d)))   # kept, then cleared
    second.session.mark_dirty(False)
    second.shutdown()
    assert dialog.attributes.text() == "" and second.session.customers_file() is None
    third = fresh_window()
    seen = when_dialog(MappingDialog, lambda d: d.reject())
    third.open_file(str(newer))
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    third.shutdown()
    assert seen[0].attributes.text() == ""               # the owner removed it: not offered again


def test_a_restart_keeps_the_customers_file_of_a_file_with_the_same_columns(qtbot, files, tmp_path, message_boxes):
    orders, people = files
    first = MainWindow()
    qtbot.addWidget(first)
    _import(first, qtbot, orders, lambda d: (d.attributes.setText(str(people)), _accept(d)))
    first.shutdown()
    newer = tmp_path / "orders-june.csv"
    shutil.copy(orders, newer)
    again = MainWindow()
    qtbot.addWidget(again)
    dialog = _import(again, qtbot, newer, _accept)
    again.session.mark_dirty(False)
    again.shutdown()
    assert dialog.attributes.text() == str(people)
    assert again.session.customers_file() == str(people)
