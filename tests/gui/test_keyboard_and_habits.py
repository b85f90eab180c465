"""Keyboard and habits: Ctrl+1…9 open the pages, Tab leaves a table, actions that need a file are
greyed out until one is open, file dialogs open in the last folder used (else the documents
folder), a first click on an amount or count sorts the largest first, and the guide under Help."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from gui.app_settings import AppSettings, FileKind, documents_folder
from gui.guide import GuideDialog, guide_text
from gui.table_view import DataTableView

pytestmark = pytest.mark.gui


def test_actions_that_need_a_file_are_greyed_out_until_one_is_open(window, qtbot):
    for action in (window.remap_action, window.save_action, window.export_action, window.find_action):
        assert not action.isEnabled(), action.text()
    assert window.open_action.isEnabled()
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
        window.open_sample()
    for action in (window.remap_action, window.save_action, window.export_action, window.find_action):
        assert action.isEnabled(), action.text()


def test_ctrl_and_a_number_opens_that_page(loaded, qtbot):
    titles = list(loaded.pages)
    assert titles[:3] == ["Import", "Overview", "Segments"] and len(titles) == 11
    loaded.activateWindow()
    for number in (3, 7, 1, 9, 10):   # the tenth page is Ctrl+0; the eleventh has no shortcut
        qtbot.keyClick(loaded, Qt.Key(Qt.Key_0.value + number % 10), Qt.ControlModifier)
        assert loaded.current_page_title() == titles[number - 1]
    # the View menu names each page with its shortcut
    texts = [a.text() for a in loaded.window_actions.pages if a.isVisible()]
    assert texts[1] == "&2  Overview" and len(texts) == len(titles)
    assert loaded.window_actions.pages[1].shortcut().toString() == "Ctrl+2"
    assert texts[9] == "&0  Export" and loaded.window_actions.pages[9].shortcut().toString() == "Ctrl+0"
    # the eleventh is in the menu too, without a number or a shortcut (it had been reachable only by the list)
    results = loaded.window_actions.pages[10]
    assert texts[10] == "Results" and results.shortcut().isEmpty() and results.isEnabled()
    results.trigger()
    assert loaded.current_page_title() == "Results"


def test_tab_leaves_a_table(loaded, qtbot):
    loaded.show_page("Customers")
    page = loaded.pages["Customers"]
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    current = page.table.currentIndex()
    qtbot.keyClick(page.table, Qt.Key_Tab)
    assert not page.table.hasFocus()                      # focus moved on to the next box…
    assert page.table.currentIndex() == current           # …not to the next cell
    for table in loaded.findChildren(DataTableView):
        assert not table.tabKeyNavigation()


def test_first_click_on_an_amount_sorts_the_largest_first(loaded, qtbot):
    loaded.show_page("Customers")
    page = loaded.pages["Customers"]
    model = page.table.model()
    header = page.table.horizontalHeader()
    columns = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    spent, customer = columns.index("Spent in total"), columns.index("Customer")
    page.table.scrollTo(model.index(0, spent))
    middle = QPoint(header.sectionViewportPosition(spent) + header.sectionSize(spent) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=middle)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (spent, Qt.DescendingOrder)
    revenue = [float(model.text(r, spent).replace(",", "")) for r in range(model.rowCount())]
    assert revenue == sorted(revenue, reverse=True) and revenue[0] > revenue[-1]
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=middle)   # a second click turns it round
    assert header.sortIndicatorOrder() == Qt.AscendingOrder
    # text columns (names, ids) still start from A
    assert model.headerData(customer, Qt.Horizontal, Qt.InitialSortOrderRole) == Qt.AscendingOrder.value
    assert model.headerData(spent, Qt.Horizontal, Qt.InitialSortOrderRole) == Qt.DescendingOrder.value


def test_file_dialogs_open_in_documents_then_in_the_last_folder(window, monkeypatch, tmp_path):
    settings = window.app_settings
    assert settings.last_folder(FileKind.PURCHASES) == documents_folder()
    expected = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    assert documents_folder() in (expected, str(Path.home()))
    shop = tmp_path / "shop"
    shop.mkdir()
    asked: list[str] = []

    def answer(parent, caption, start, *args, **kwargs):  # the platform's dialog is modal and static
        asked.append(start)
        return str(shop / "sales.csv"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    monkeypatch.setattr(window, "open_file", lambda path, ask_mapping=True: None)
    window.open_action.trigger()
    window.open_action.trigger()
    assert asked == [documents_folder(), str(shop)]
    assert AppSettings().last_folder(FileKind.PURCHASES) == str(shop)   # remembered for the next start
    assert AppSettings().last_folder(FileKind.PROJECT) == str(shop)     # the last folder used, any kind
    shop.rmdir()                                                       # a folder that is gone is not proposed
    assert AppSettings().last_folder(FileKind.PURCHASES) == documents_folder()


def test_guide_under_help_names_the_pages_and_where_things_live(window, qtbot):
    text = guide_text(window.app_settings)
    for page in ("Import", "Overview", "Segments", "Win-back", "Loyalty tiers", "Customers", "Offers", "Export"):
        assert f"**{page}**" in text
    assert window.app_settings.location() in text and "{settings_file}" not in text
    assert "campaigns.sqlite3" in text
    window.guide_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog) and w.isVisible())
    assert "How the numbers are made" in dialog.browser.toPlainText()
    assert window.guide_action.shortcut().toString() == "F1"
    screen = window.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    dialog.close()


def test_title_names_the_app_once(loaded):
    assert loaded.windowTitle() == "Clientele — online_retail_sample.xlsx"
    # Qt appends an application display name to every title not ending with it; none is set
    assert QApplication.applicationDisplayName() == QApplication.applicationName()
    import gui.app as app_module  # noqa: PLC0415 - read the module's own text
    assert "setApplicationDisplayName(" not in Path(app_module.__file__).read_text(encoding="utf-8")


def test_search_box_is_reached_with_ctrl_f_and_tab_from_the_table(loaded, qtbot):
    loaded.find_action.trigger()
    page = loaded.pages["Customers"]
    assert isinstance(QApplication.focusWidget(), QLineEdit) and QApplication.focusWidget() is page.search


def test_saving_a_chart_proposes_the_documents_folder_then_the_last_one(loaded, monkeypatch, tmp_path):
    chart = loaded.pages["Overview"].segment_chart
    asked: list[str] = []

    def answer(parent, caption, start, *args, **kwargs):  # the platform's dialog is modal and static
        asked.append(start)
        return str(tmp_path / "segments.png"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    chart.ask_save_png()
    chart.ask_save_png()
    assert Path(asked[0]).parent == Path(documents_folder())
    assert Path(asked[1]).parent == tmp_path and Path(asked[1]).name.endswith(".png")


def test_tab_leaves_the_offers_message_box(loaded, qtbot):
    """Found by a trial of the window: Tab in the Offers page's message box typed a tab into the
    customers' message and never left it."""
    page = loaded.pages["Offers"]
    loaded.show_page("Offers")
    box = page.editor.template
    box.setFocus()
    before = box.toPlainText()
    qtbot.keyClick(box, Qt.Key_Tab)
    assert box.toPlainText() == before and "\t" not in box.toPlainText() and not box.hasFocus()
