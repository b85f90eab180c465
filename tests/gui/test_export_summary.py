"""The Export page's one Summary: the lists as a table (counts with thousands separators), then
what was written and the totals, in one box."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel

from core.campaigns import ExportSummary, ListKind, ListSummary
from core.language import Language
from core.words import Words
from gui.pages.export import summary_frame

pytestmark = pytest.mark.gui


def test_summary_table_counts_have_thousands_separators():
    lists = [ListSummary("Hibernating", ListKind.SEGMENT, "Hello again", "Hibernating", customers=12_500,
                         mailed=9_870, control=1_130, left_out={"no e-mail": 1_250, "control group": 1_130},
                         revenue=1.0, mailed_revenue=1.0)]
    summary = ExportSummary("mail.xlsx", lists, dt.date(2026, 6, 30), seed=7, control_share=0.1, consent_info=True)
    frame = summary_frame(summary)
    assert frame.loc[0, "left_out"] == "1,250 no e-mail"
    assert (frame.loc[0, "customers"], frame.loc[0, "mailed"]) == (12_500, 9_870)  # numbers, shown as "12,500"
    # in the shop's language, as the workbook's Left out sheet (a French window showed "Loyal Customers",
    # "2 opted out, 2 no e-mail" under French headings)
    french = summary_frame(summary, Words(Language.FRENCH))
    assert (french.loc[0, "list"], french.loc[0, "left_out"]) == ("En sommeil", "sans e-mail : 1,250")


def test_export_page_has_one_summary(window, qtbot, tmp_path):
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
        window.open_sample()
    window.show_page("Export")
    page = window.pages["Export"]
    titles = [box.title() for box in page.findChildren(QGroupBox)]
    assert titles.count("Summary") == 1
    assert not any("Summary" in label.text() for label in page.findChildren(QLabel))
    assert not page.summary_table.isVisible()            # nothing written yet: only the words
    page.output.setText(str(tmp_path / "mailing.xlsx"))
    with qtbot.waitSignal(window.session.export_runner.busy_changed, check_params_cb=lambda b: not b, timeout=30000):
        page.export_button.click()
    assert page.summary_table.isVisible()
    text = page.summary.toPlainText()
    assert text.startswith("Mailing list written") and "Total:" in text
    assert "Champions:" not in text                      # the per-list counts are the table's
    model = page.summary_table.model()
    assert model.rowCount() == len(page.last_summary.lists)
    assert model.headerData(0, Qt.Horizontal) == "List"
