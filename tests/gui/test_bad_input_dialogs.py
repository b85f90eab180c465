"""Bad files opened in the window through the real import path end in a plain error dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from core.language import Language
from gui.mapping_dialog import MappingDialog
from gui.translation import install_translation
from tests.core.importing import bad_inputs
from tests.gui.helpers import when_dialog

pytestmark = pytest.mark.gui

#: Refused while the file is first read (before the mapping page): case -> words in the dialog.
REFUSED_ON_OPEN = {
    "csv_zero_bytes": ["orders.csv", "0 bytes"],
    "csv_binary_garbage": ["orders.csv", "binary data"],
    "docx_renamed": ["orders.xlsx", "Word document"],
    "xlsx_encrypted": ["orders.xlsx", "protected with a password"],
    "xlsx_entity_bomb_shared_strings": ["orders.xlsx", "DOCTYPE", "XML bomb"],
    "xlsx_zip_bomb": ["orders.xlsx", "unpack to 3.5 GB"],
    "xlsx_zip_bomb_lying": ["orders.xlsx", "zip bomb"],
    "xlsx_truncated": ["orders.xlsx", "damaged"],
    "csv_no_header": ["orders.csv", "no header row"],
    "folder_not_file": ["orders.csv", "folder, not a file"],
    "csv_unterminated_quote": ["orders.csv, row 3", "never closes"],
    "ods_repeated_value": ["sales.ods", "repeats the value of cell A4"],
    "xlsx_scattered_cells": ["orders.xlsx", "its last filled cell is"],
}

#: Refused by the import itself, after the mapping page was accepted.
REFUSED_ON_IMPORT = {
    "csv_all_amounts_text": ['column "Amount"', "None of the amounts"],
    "csv_mixed_day_month": ['column "Date"', "mix day-first and month-first", "row 2"],
    "xlsx_formulas_uncalculated": ["orders.xlsx", "cell C2", "saved without their results"],
}


def _assert_error_dialog(window, message_boxes, words):
    kind, title, text = message_boxes[-1]
    assert kind == "warning" and title == "This file cannot be used as it is"
    for word in words:
        assert word in text, f"{word!r} not in {text!r}"
    assert "Traceback" not in text
    assert window.stack.currentWidget() is window.welcome   # nothing imported, nothing half-shown
    assert window.session.imported is None


@pytest.mark.parametrize("name", sorted(REFUSED_ON_OPEN))
def test_bad_file_shows_its_own_message(window, qtbot, message_boxes, tmp_path, name):
    path = bad_inputs.build(name, tmp_path)
    window.open_file(str(path))       # (a folder or an empty file is said at once, the others after the first look)
    qtbot.waitUntil(lambda: bool(message_boxes) and not window.import_flow.runner.is_busy(), timeout=20000)
    _assert_error_dialog(window, message_boxes, REFUSED_ON_OPEN[name])


@pytest.mark.parametrize("name", sorted(REFUSED_ON_IMPORT))
def test_bad_rows_show_their_own_message_after_mapping(window, qtbot, message_boxes, tmp_path, name):
    path = bad_inputs.build(name, tmp_path)
    seen = when_dialog(MappingDialog, lambda dialog: dialog.buttons.accepted.emit())
    with qtbot.waitSignal(window.import_flow.failed, timeout=20000):
        window.open_file(str(path))
    assert seen, "the mapping page was shown first"
    _assert_error_dialog(window, message_boxes, REFUSED_ON_IMPORT[name])


def test_awkward_but_valid_file_imports(window, qtbot, message_boxes, tmp_path):
    """A UTF-16 tab-separated export (Excel's "Unicode text") goes through the same path."""

    path = bad_inputs.build("csv_utf16", tmp_path)
    when_dialog(MappingDialog, lambda dialog: dialog.buttons.accepted.emit())
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
        window.open_file(str(path))
    assert window.session.imported.result.transactions["customer_id"].tolist() == ["K1", "K2"]
    assert not [box for box in message_boxes if box[0] in ("warning", "critical")]


def test_workbook_with_a_stray_far_cell_opens_with_the_cell_named(window, qtbot, message_boxes, tmp_path):
    path = bad_inputs.build("xlsx_stray_cell_mid", tmp_path)
    seen = when_dialog(MappingDialog, lambda dialog: dialog.buttons.accepted.emit())
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
        window.open_file(str(path))
    assert seen and message_boxes == []
    assert len(window.session.imported.result.transactions) == 2
    assert "cell XFD5000 holds a value far outside the table (A1:C3)" in window.import_page.report.toPlainText()


def test_bad_file_message_is_in_the_window_language(window, qtbot, message_boxes, tmp_path):
    """Core's words of the refusal follow the language installed on the application."""
    app = QApplication.instance()
    path = bad_inputs.build("csv_unterminated_quote", tmp_path)
    try:
        install_translation(app, Language.GERMAN)
        with qtbot.waitSignal(window.import_flow.failed, timeout=20000):
            window.open_file(str(path))
    finally:
        install_translation(app, Language.ENGLISH)
    kind, _title, text = message_boxes[-1]
    assert kind == "warning"
    assert text.startswith("orders.csv, Zeile 3, Spalte „Note“: Ein Anführungszeichen (\") öffnet diese Zelle")
    assert "quote mark" not in text and "Traceback" not in text


def test_the_column_choices_show_number_cells_as_a_spreadsheet_does():
    """Found by a trial of the window: the example cells read "7.5, 74.69999999999999, 64.9"."""
    import pandas as pd  # noqa: PLC0415

    from gui.mapping_dialog import _examples  # noqa: PLC0415

    assert _examples(pd.Series([7.5, 74.69999999999999, 64.9, 12.0])) == "7.5, 74.7, 64.9"
    assert _examples(pd.Series(["K1", " ", None, 74.69999999999999], dtype=object)) == "K1, 74.7"
