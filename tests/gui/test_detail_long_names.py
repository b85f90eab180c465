"""A very long customer name wraps in the customer detail pane: the pane never scrolls sideways."""

from __future__ import annotations

import html

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from gui.customer_detail import NAME_CHARS, breakable, shortened

pytestmark = pytest.mark.gui

#: 300 characters without a space, and 300 of hyphenated name parts
NAMES = ("X" * 300, ("Maximilianus-Bartholomäus-" * 12 + "von Übermäßiglangenamenshausen")[:300])


def test_breakable_marks_breaks_in_long_runs_only():
    assert breakable("Anna Smith bought a teapot") == "Anna Smith bought a teapot"
    long = breakable("ab " + "X" * 45, run=30, piece=20)
    assert long == "ab " + "X" * 20 + "\u200b" + "X" * 20 + "\u200b" + "X" * 5
    assert long.replace("\u200b", "") == "ab " + "X" * 45
    assert breakable("a.long.address@example.com", run=20, piece=12) == \
        "a.\u200blong.\u200baddress@\u200bexample.\u200bcom"
    assert breakable("Aoife aoife.williams@example.com", run=30) == "Aoife aoife.williams@example.com"
    assert shortened("Ann") == "Ann"
    assert shortened("Y" * 300) == "Y" * NAME_CHARS + "…"


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)])   # the smallest screen the window fits, and a laptop's
def test_a_300_character_name_wraps_in_the_detail_pane(loaded, qtbot, size):
    loaded.showNormal()
    loaded.resize(*size)
    loaded.show_page("Customers")
    page = loaded.pages["Customers"]
    detail = page.detail
    qtbot.waitUntil(lambda: detail.customer_id is not None, timeout=30000)
    qtbot.wait(100)   # (the page shows its first customer after its first paint)
    scroll = detail.findChild(QScrollArea)
    for name in NAMES:
        row = page.table.model().frame().iloc[0].copy()
        for column in ("name", "first_name"):
            if column in row.index:
                row[column] = name
        if "last_name" in row.index:
            row["last_name"] = ""
        if "email" in row.index:    # (an address is shown whole, never cut into: a short one here)
            row["email"] = "ann@example.com"
        for column in ("favourite_category", "favourite_product"):   # a product name of one long word
            if column in row.index:
                row[column] = "GIFTWRAP_" + "X" * 120 + ".SET/12"
        detail.show_customer(row)
        QApplication.processEvents()
        qtbot.wait(50)
        bar = scroll.horizontalScrollBar()
        assert bar.maximum() == 0, f"the pane scrolls sideways by {bar.maximum()} px"
        viewport = scroll.viewport()
        for label in (detail.facts, detail.why):
            right = label.mapTo(viewport, label.rect().topRight()).x()
            assert label.width() <= viewport.width() and right <= viewport.width()
        assert name[:NAME_CHARS] in detail.facts.text().replace("\u200b", "")   # cut short ...
        assert name not in detail.facts.text().replace("\u200b", "")
        assert name in detail.facts.toolTip().replace("\u200b", "")              # ... whole in the tooltip
        email = row.get("email")
        if isinstance(email, str) and email:   # an address is never cut into: copied, it must still work
            assert f"<td>{html.escape(email)}</td>" in detail.facts.text()
    detail.grab().save("/tmp/detail_long.png")
    normal = page.table.model().frame().iloc[0]
    detail.show_customer(normal)
    assert detail.facts.toolTip() == ""
