"""A window whose analysis writes German shows core's sentences in German (issue 17): the import
report's sentences, the comparison's headline on the Overview, the lists' names on Offers."""

from __future__ import annotations

import pytest

from core.language import Language


@pytest.fixture
def german(window, qtbot):
    """The sample opened as a new analysis in a window asking for German (the shop writes German)."""
    window.session.language = Language.GERMAN
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=60000):
        window.open_sample()
    return window


def test_core_sentences_in_the_shops_language(german, qtbot):
    assert german.session.shop_info().language is Language.GERMAN
    report = german.import_page.report.toPlainText()
    assert "Clientele hat 33.073 Zeilen aus online_retail_sample.xlsx, Blatt „Online Retail“ gelesen." in report
    assert "keine Kundennummer" in report
    german.show_page("Overview")
    qtbot.waitUntil(lambda: "in ein besseres Segment gewechselt" in german.pages["Overview"].changes_line.text(),
                    timeout=30000)
    german.show_page("Offers")
    lists = german.pages["Offers"].lists
    qtbot.waitUntil(lambda: lists.count() > 0, timeout=30000)
    names = [lists.item(row).text() for row in range(lists.count())]
    assert any(name.startswith("Verlorene Kunden") for name in names)
    assert any(name.startswith("Eingeschlafen") for name in names)
