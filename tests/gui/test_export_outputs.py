"""The Export page writes through the run plan the command line uses: the CSV files beside the
workbook, and a campaign history that cannot be used (damaged, in use by another export) is a
dialog that says what to do, with nothing written."""

from __future__ import annotations

import sqlite3
import threading

import openpyxl
import pytest
from PySide6.QtCore import Qt

from core.campaigns.store import CampaignStore

pytestmark = pytest.mark.gui


def _export(window, qtbot, out, *, csv: bool, lists=("segment:At Risk", "status:Lost")) -> None:
    page = window.pages["Export"]
    window.show_page("Export")
    page.output.setText(str(out))
    page.csv.setChecked(csv)
    page.check_kind(None)
    for i in range(page.lists.count()):
        if page.lists.item(i).data(Qt.UserRole) in lists:
            page.lists.item(i).setCheckState(Qt.Checked)
    with qtbot.waitSignal(window.session.export_runner.busy_changed, check_params_cb=lambda b: not b,
                          timeout=30000):
        page.export_button.click()


def test_csv_files_go_beside_the_workbook(loaded, qtbot, tmp_path, message_boxes):
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "May mailing.xlsx"
    _export(loaded, qtbot, out, csv=True)
    assert message_boxes == []
    assert sorted(p.name for p in folder.iterdir()) == ["May mailing - At Risk.csv", "May mailing - Lost.csv",
                                                        "May mailing.xlsx"]
    summary = loaded.pages["Export"].last_summary
    assert summary is not None and summary.csv_paths == [str(folder / "May mailing - At Risk.csv"),
                                                         str(folder / "May mailing - Lost.csv")]
    assert "At Risk" in openpyxl.load_workbook(out).sheetnames


def test_a_damaged_campaign_history_is_a_dialog_and_nothing_is_written(loaded, qtbot, tmp_path, message_boxes,
                                                                       monkeypatch):
    store = tmp_path / "history.sqlite3"
    store.write_bytes(b"not a database " * 200)
    monkeypatch.setenv("CLIENTELE_CAMPAIGN_STORE", str(store))
    out = tmp_path / "out" / "mailing.xlsx"
    out.parent.mkdir()
    _export(loaded, qtbot, out, csv=True)
    kind, title, text = message_boxes[-1]
    assert kind == "warning" and title == "The file could not be written"
    assert "damaged" in text and "Move the file away" in text and str(store) in text
    assert list(out.parent.iterdir()) == []
    assert "damaged" in loaded.pages["Export"].summary.toPlainText()


def test_a_campaign_history_in_use_by_another_export_is_a_dialog(loaded, qtbot, tmp_path, message_boxes,
                                                                 monkeypatch):
    store = tmp_path / "history.sqlite3"
    CampaignStore(store).close()
    monkeypatch.setenv("CLIENTELE_CAMPAIGN_STORE", str(store))
    other = sqlite3.connect(store, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")                       # another Clientele recording its export
    try:
        _export(loaded, qtbot, tmp_path / "mailing.xlsx", csv=False)
    finally:
        other.execute("ROLLBACK")
        other.close()
    kind, title, text = message_boxes[-1]
    assert kind == "warning" and "in use by another Clientele" in text
    assert "Wait until the other export has finished" in text
    assert not (tmp_path / "mailing.xlsx").exists()


def test_what_is_remembered_is_what_the_export_was_started_with(loaded, qtbot, tmp_path, message_boxes):
    """Found by a trial of the window: lists ticked and a control share set while an export was
    writing were remembered as that export's choices."""
    page = loaded.pages["Export"]
    loaded.show_page("Export")
    page.output.setText(str(tmp_path / "mail.xlsx"))
    page.csv.setChecked(False)
    page.check_kind(None)
    for i in range(page.lists.count()):
        if page.lists.item(i).data(Qt.UserRole) == "segment:At Risk":
            page.lists.item(i).setCheckState(Qt.Checked)
    page.control.setValue(10)
    with qtbot.waitSignal(loaded.session.export_runner.busy_changed, check_params_cb=lambda b: not b, timeout=30000):
        page.export_button.click()
        for i in range(page.lists.count()):             # a careless owner, while it writes
            page.lists.item(i).setCheckState(Qt.Checked)
        page.control.setValue(30)
    remembered = loaded.session.project.export
    assert [item.key for item in remembered.lists] == ["segment:At Risk"]
    assert remembered.control_share == pytest.approx(0.10) and not remembered.csv
    assert openpyxl.load_workbook(tmp_path / "mail.xlsx", read_only=True).sheetnames.count("At Risk") == 1


def test_a_stopped_export_says_nothing_was_written(loaded, qtbot, tmp_path, message_boxes):
    """Found by a trial of the window: a cancelled export left "Writing…" in the summary for good."""
    page = loaded.pages["Export"]
    loaded.show_page("Export")
    page.output.setText(str(tmp_path / "mail.xlsx"))
    page.check_kind("segment")
    page.export_button.click()
    assert page.summary.toPlainText() == "Writing…"
    qtbot.mouseClick(loaded.progress.cancel_button, Qt.LeftButton)
    assert page.summary.toPlainText() == "Export stopped; nothing was written."
    loaded.session.export_runner.wait()
    qtbot.wait(50)
    assert not (tmp_path / "mail.xlsx").exists() and page.last_summary is None


def test_a_folder_that_cannot_be_made_clears_an_earlier_exports_error(loaded, qtbot, tmp_path, message_boxes,
                                                                       monkeypatch):
    # found by a trial of the window: after a failed export, a second one whose folder could not be made
    # left the first error (naming another path) in the summary
    store = tmp_path / "history.sqlite3"
    store.write_bytes(b"not a database " * 200)
    monkeypatch.setenv("CLIENTELE_CAMPAIGN_STORE", str(store))
    (tmp_path / "out").mkdir()
    _export(loaded, qtbot, tmp_path / "out" / "mailing.xlsx", csv=False)
    page = loaded.pages["Export"]
    assert "damaged" in page.summary.toPlainText()
    (tmp_path / "taken").write_text("a file where the folder should be")
    page.output.setText(str(tmp_path / "taken" / "sub" / "mailing.xlsx"))
    page.export_button.click()
    kind, title, text = message_boxes[-1]
    assert (kind, title) == ("warning", "The folder could not be created") and "is a file, not a folder" in text
    assert page.summary.toPlainText() == ""


def test_an_export_that_ends_after_another_file_was_opened_stays_that_files(loaded, qtbot, tmp_path, message_boxes,
                                                                           sample_csv):
    """Found by a trial of the window: an export of file A that ended after B was opened showed as
    B's on B's Export page, and its workbook, lists and control share were kept with B's project,
    whose next export then proposed A's workbook (one "Replace?" from overwriting A's mailing)."""
    page = loaded.pages["Export"]
    first = tmp_path / "A-mailing.xlsx"
    loaded.show_page("Export")
    page.output.setText(str(first))
    page.csv.setChecked(False)
    page.check_kind("segment")
    page.control.setValue(25)
    release = threading.Event()
    loaded.session.export_runner._executor.submit(release.wait, 30)   # (the export waits behind this)
    page.export_button.click()
    loaded.session.mark_dirty(False)
    with qtbot.waitSignal(loaded.session.segmentation_changed, timeout=60000):
        loaded.open_file(str(sample_csv), ask_mapping=False)          # B, while A's export waits
    assert loaded.session.imported.path == str(sample_csv) and loaded.session.export_runner.is_busy()
    release.set()
    qtbot.waitUntil(lambda: not loaded.session.export_runner.is_busy(), timeout=60000)
    qtbot.wait(50)
    assert first.exists()                                           # A's list was written, as asked
    assert "A-mailing" in loaded.statusBar().currentMessage()
    assert page.last_summary is None and "A-mailing" not in page.summary.toPlainText()
    assert "A-mailing" not in page.output.text()
    assert loaded.session.project.export.mailing_out != str(first)
    assert loaded.session.project.export.control_share != pytest.approx(0.25)


def test_replacing_a_workbook_open_elsewhere_says_so(loaded, qtbot, tmp_path, message_boxes):
    """Found by a trial of the window: a workbook open in LibreOffice (its lock file beside it) was
    replaced after the usual question only; the question now says that it looks open there."""
    out = tmp_path / "m.xlsx"
    out.write_bytes(b"old")
    (tmp_path / ".~lock.m.xlsx#").write_text("owner", encoding="utf-8")
    page = loaded.pages["Export"]
    loaded.show_page("Export")
    page.output.setText(str(out))
    page.csv.setChecked(False)
    page.check_kind("segment")
    page.export_button.click()          # (the recorded question answers No: nothing is written)
    kind, title, text = message_boxes[-1]
    assert title == "Replace existing files?"
    assert "m.xlsx looks open in Excel or LibreOffice: close it there first" in text
    assert out.read_bytes() == b"old"
