"""gui.reflow.FlowLayout: wrapped lines take their room, also in a page that scrolls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QComboBox, QLabel

pytestmark = pytest.mark.gui


def test_the_customers_filters_do_not_draw_over_each_other_on_a_small_screen(loaded, qtbot):
    """Seen on the Customers page at 1080p and 200 % (960 × 540 logical pixels): the filters' flow
    wrapped its last box onto a second line, which the page (in a scroll area, whose layouts squeeze
    items to their smallest sizes) did not make room for, so it covered the "Spent:" row."""
    loaded.resize(960, 540)
    loaded.show_page("Customers")
    panel = loaded.pages["Customers"].filters
    qtbot.wait(200)
    combos = [c for c in panel.findChildren(QComboBox) if c.isVisible()]
    spent = next(label for label in panel.findChildren(QLabel) if label.isVisible() and label.text().startswith("Spent"))

    def bottom(widget) -> int:
        return widget.mapTo(panel, QPoint(0, widget.height())).y()

    top_of_spent = spent.parentWidget().mapTo(panel, QPoint(0, 0)).y()
    above = [c for c in combos if c.mapTo(panel, QPoint(0, 0)).y() < top_of_spent]
    assert above and max(bottom(c) for c in above) <= top_of_spent
