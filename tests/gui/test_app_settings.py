"""What the window remembers (gui.app_settings), here the "Keep a detailed log" setting of the Help
menu: stored in QSettings, applied at once, and read again by the next window."""

from __future__ import annotations

import json
import logging

import pytest

from core.logs import detail_log_path
from gui.app import start_logging
from gui.app_settings import AppSettings
from gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_detailed_log_is_off_by_default():
    assert AppSettings().detailed_log() is False


def test_detailed_log_setting_is_stored_applied_and_remembered(window, qtbot):
    assert not window.detailed_log_action.isChecked()
    window.detailed_log_action.trigger()                 # the owner ticks Help > Keep a detailed log
    assert window.detailed_log_action.isChecked()
    assert AppSettings().detailed_log() is True
    assert logging.getLogger("gui").getEffectiveLevel() == logging.INFO
    logging.getLogger("gui.session").info("analysis started")
    assert "INFO gui.session: analysis started" in detail_log_path().read_text("utf-8")

    again = MainWindow()                                 # next start: the menu shows the setting
    qtbot.addWidget(again)
    assert again.detailed_log_action.isChecked()
    again.shutdown()

    window.detailed_log_action.trigger()                 # and off again
    assert AppSettings().detailed_log() is False
    assert logging.getLogger("core").getEffectiveLevel() == logging.WARNING


def test_start_applies_the_setting_or_verbose(qapp):
    settings = AppSettings()
    start_logging([], settings)
    assert logging.getLogger("core").getEffectiveLevel() == logging.WARNING
    start_logging(["--verbose", "shop.csv"], settings)
    assert logging.getLogger("core").getEffectiveLevel() == logging.INFO
    settings.set_detailed_log(True)
    assert start_logging([], settings) == detail_log_path()
    assert logging.getLogger("gui").getEffectiveLevel() == logging.INFO


def test_a_settings_file_edited_by_hand_never_stops_the_window(qtbot):
    """Found by a hostile trial: a window size saved as text stopped every start with a TypeError,
    and 10,000 recent files crashed the welcome page (the app writes 8)."""
    settings = AppSettings()
    settings.qsettings.setValue("window/geometry", "hello world")
    settings.qsettings.setValue("window/state", 42)
    settings.qsettings.setValue("recent/files", [f"/nowhere/file{i}.csv" for i in range(10000)] + [7, ""])
    settings.qsettings.sync()
    assert len(settings.recent()) == 8 and settings.recent()[0] == "/nowhere/file0.csv"
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.isVisible()
    assert settings.restore_window(window) is False
    window.shutdown()
    settings.qsettings.setValue("recent/files", {"not": "a list"})
    assert settings.recent() == []


def test_a_remembered_mapping_edited_by_hand_keeps_only_what_fits_the_file():
    """Found by a hostile trial: {"customer_id": ["x"], "bogus": "Country"} left the column dialog with
    every field unset, under "Using the choices you made last time"."""
    settings = AppSettings()
    columns = ["Invoice", "Customer ID", "InvoiceDate", "Price", "Country"]
    settings.qsettings.setValue(f"mappings/{settings.columns_key(columns)}",
                                json.dumps({"customer_id": ["x"], "bogus": "Country"}))
    assert settings.remembered_mapping(columns) is None
    settings.qsettings.setValue(f"mappings/{settings.columns_key(columns)}",
                                json.dumps({"customer_id": "Customer ID", "date": "Gone", "country": "Country"}))
    assert settings.remembered_mapping(columns) == {"customer_id": "Customer ID", "country": "Country"}
