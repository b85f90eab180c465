"""The customer detail's labels: the heights Qt computes, each width measured once per text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from gui.customer_detail import TextLabel

pytestmark = pytest.mark.gui

FACTS = ("<h3>Aoife Williams (12356)</h3><span style='background:#a6dba0;color:white;padding:2px'>&nbsp;Potential "
         "Loyalists&nbsp;</span><p><b>100% likely still a customer; expected to buy about 3 times next year</b></p>"
         "<table cellspacing=3><tr><td><i>E-mail</i></td><td>aoife.williams37@example.com</td></tr>"
         "<tr><td><i>Favourite</i></td><td>REGENCY CAKESTAND 3 TIER</td></tr></table>")
WHY = ("<b>Why these labels?</b><ul style='margin-left:-20px'><li><b>Recency:</b> Recency score 4 of 5: last "
       "purchase 22 days ago; cut points 13.6 / 33.8 / 72.4 / 177.4 days (quintiles of all customers)</li>"
       "<li><b>Status:</b> Active: last purchase 22 days ago, within the window of 180 days.</li></ul>")
WIDTHS = (90, 160, 240, 241, 300, 380, 600)


def wrapped(label: QLabel, text: str) -> QLabel:
    label.setWordWrap(True)
    label.setText(text)
    return label


def test_a_text_label_gives_the_heights_of_a_plain_label_whatever_its_text_and_font(qtbot):
    ours, plain = TextLabel(), QLabel()
    qtbot.addWidget(ours)
    qtbot.addWidget(plain)
    for text in (FACTS, WHY, "Select a customer to see the details."):
        wrapped(ours, text)
        wrapped(plain, text)
        heights = [ours.heightForWidth(w) for w in WIDTHS]
        assert heights == [plain.heightForWidth(w) for w in WIDTHS]
        assert heights == [ours.heightForWidth(w) for w in WIDTHS]     # asked again: the same
        assert heights[0] > heights[-1] > 0                            # narrower, taller
    big = QFont(ours.font())
    big.setPointSizeF(big.pointSizeF() * 1.5)
    before = ours.heightForWidth(240)
    ours.setFont(big)
    plain.setFont(big)
    assert ours.heightForWidth(240) == plain.heightForWidth(240) > before
    ours.clear()
    plain.clear()
    assert ours.heightForWidth(240) == plain.heightForWidth(240) < before


def test_no_customer_leaves_no_purchase_count_behind(loaded, qtbot):
    """The purchase history's heading says how many rows it shows; with no customer, none."""
    loaded.show_page("Customers")
    page = loaded.pages["Customers"]
    qtbot.waitUntil(lambda: page.table.model().frame() is not None, timeout=30000)
    row = page.table.model().frame().iloc[0]
    page.detail.show_customer(row)
    assert "row" in page.detail.history_label.text() and page.detail.history.model().rowCount() > 0
    page.detail.show_customer(None)
    assert page.detail.history_label.text() == "<b>Purchase history</b>"
    assert page.detail.history.model().rowCount() == 0
