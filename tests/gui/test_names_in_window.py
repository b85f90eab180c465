"""A German analysis shows the default segment, status and tier names in German wherever the window
shows them (issue 17, definitions "Names are keys, too"), while the data underneath keeps the
English names: a filter chosen in German still filters on them."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from core.language import Language
from core.words import Words
from gui.segment_help import segment_tooltip, tier_tooltip
from gui.table_model import DataFrameModel

pytestmark = pytest.mark.gui


def _column(model, name: str) -> list[str]:
    column = model.frame().columns.get_loc(name)
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_the_segments_table_names_the_segments_in_german(german, qtbot):
    german.show_page("Segments")
    model = german.pages["Segments"].table.model()
    qtbot.waitUntil(lambda: model.frame() is not None and model.rowCount() > 0, timeout=30000)
    shown = _column(model, "segment")
    assert "Eingeschlafen" in shown and "Nicht verlieren!" in shown and "Champions" in shown
    assert "Hibernating" not in shown
    assert "Hibernating" in set(model.frame()["segment"])          # the data keeps the English name
    swatch = model.data(model.index(shown.index("Eingeschlafen"), 0), Qt.DecorationRole)
    assert swatch is not None                                       # the colour still found by the name


def test_the_customer_table_shows_german_and_keeps_english_data(german, qtbot):
    german.show_page("Customers")
    page = german.pages["Customers"]
    model = page.table.model()
    qtbot.waitUntil(lambda: model.frame() is not None and model.rowCount() > 0, timeout=30000)
    frame = model.frame()
    segments, statuses = _column(model, "rfm_segment"), _column(model, "activity_status")
    english = frame["rfm_segment"].tolist()
    assert "Eingeschlafen" in segments and "Hibernating" not in segments
    assert "Verloren" in statuses and "Aktiv" in statuses and "Lost" not in statuses
    assert segments[english.index("Hibernating")] == "Eingeschlafen"
    assert "Hibernating" in set(english) and "Lost" in set(frame["activity_status"])


def test_a_segment_chosen_in_german_filters_the_english_data(german, qtbot):
    german.show_page("Customers")
    page = german.pages["Customers"]
    model = page.table.model()
    qtbot.waitUntil(lambda: model.frame() is not None and model.rowCount() > 0, timeout=30000)
    combo = page.filters.choices["rfm_segment"]
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "Eingeschlafen" in texts and "Hibernating" not in texts
    index = combo.findText("Eingeschlafen")
    assert combo.itemData(index) == "Hibernating"
    expected = int((german.session.segmentation.customers["rfm_segment"] == "Hibernating").sum())
    assert 0 < expected < len(model.frame())
    combo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: model.rowCount() == expected, timeout=10000)
    assert set(_column(model, "rfm_segment")) == {"Eingeschlafen"}
    statuses = page.filters.choices["activity_status"]
    assert statuses.itemData(statuses.findText("Verloren")) == "Lost"


def test_the_overview_charts_name_the_segments_in_german(german, qtbot):
    german.show_page("Overview")
    page = german.pages["Overview"]
    for chart in (page.segment_chart, page.grid_chart):
        qtbot.waitUntil(lambda chart=chart: chart._figure is not None and not chart.is_busy(), timeout=30000)
    bars = page.segment_chart._figure.axes[0]
    labels = [label.get_text() for label in bars.get_yticklabels()]
    assert "Eingeschlafen" in labels and "Nicht verlieren!" in labels and "Hibernating" not in labels
    grid = {text.get_text() for text in page.grid_chart._figure.axes[0].texts}
    assert "Eingeschlafen" in grid and "Gefährdet" in grid and "Treue\nKunden" in grid
    assert not any("Hibernating" in text or "At Risk" in text for text in grid)


def test_the_changes_matrix_and_the_tier_chart_name_them_in_german(german, qtbot):
    german.show_page("Changes")
    page = german.pages["Changes"]
    qtbot.waitUntil(lambda: page.model.matrix is not None, timeout=30000)
    columns = [page.model.headerData(i, Qt.Horizontal) for i in range(page.model.columnCount())]
    rows = [page.model.headerData(i, Qt.Vertical) for i in range(page.model.rowCount())]
    assert "Eingeschlafen" in columns and "Hibernating" not in columns
    assert any(row.startswith("Eingeschlafen (") for row in rows)
    assert "Hibernating" in page.model.matrix.columns                # the matrix keeps the English names
    german.show_page("Loyalty tiers")
    tiers = german.pages["Loyalty tiers"]
    qtbot.waitUntil(lambda: tiers.chart._figure is not None and not tiers.chart.is_busy(), timeout=30000)
    labels = [label.get_text() for label in tiers.chart._figure.axes[0].get_xticklabels()]
    assert labels == [german.session.shop_info().words().name(name) for name in german.session.segmentation.tier_names]


def test_the_table_model_shows_and_sorts_names_in_german_keeping_the_frame(qtbot):
    frame = pd.DataFrame({"rfm_segment": ["Hibernating", "At Risk", "My Own", None, "Champions"],
                          "city": ["Lost", "Gold", "Bonn", "Köln", "Hibernating"]})
    model = DataFrameModel()
    model.set_frame(frame, words=Words(Language.GERMAN))
    assert _column(model, "rfm_segment") == ["Eingeschlafen", "Gefährdet", "My Own", "", "Champions"]
    assert _column(model, "city") == ["Lost", "Gold", "Bonn", "Köln", "Hibernating"]   # not a name column
    model.sort(0, Qt.AscendingOrder)
    assert _column(model, "rfm_segment") == ["Champions", "Eingeschlafen", "Gefährdet", "My Own", ""]
    kept = model.frame()["rfm_segment"]
    assert kept.fillna("").tolist() == ["Hibernating", "At Risk", "My Own", "", "Champions"]
    model.set_frame(frame, words=Words(Language.ENGLISH))
    assert _column(model, "rfm_segment") == ["Hibernating", "At Risk", "My Own", "", "Champions"]


def test_the_tooltips_name_the_names_in_german(qtbot):
    ladder = [("Bronze", 0.0), ("Silver", 630.0), ("Gold", 2100.0), ("Platinum", 5500.0)]
    german = Words(Language.GERMAN)
    assert tier_tooltip("Gold", ladder, "last_12m", "EUR", "de_DE", german) == (
        "Gold: spent at least 2.100\xa0€ in the last 12 months; next: Platin from 5.500\xa0€")
    assert tier_tooltip("Bronze", ladder, "lifetime", "EUR", "de_DE", german).startswith(
        "Bronze: the first tier, for everyone below the next; next: Silber from")
    assert segment_tooltip("Hibernating", words=german).startswith("<b>Eingeschlafen</b><br>")
    assert segment_tooltip("Hibernating").startswith("<b>Hibernating</b><br>")
