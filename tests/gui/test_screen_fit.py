"""Windows sized to the screen (gui.screen_fit) and pages that scroll or reflow (gui.reflow), on the
offscreen platform's screen (800×800 unless configured; tests/gui/test_fits_the_screen.py tries
real laptop sizes in their own processes)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from core.campaigns import Discount, Offer
from gui.app_settings import AppSettings
from gui.main_window import PREFERRED_SIZE, MainWindow
from gui.offer_editor import OfferEditor
from gui.reflow import FlowLayout, ReflowSplitter
from gui.screen_fit import PageScroll, fit_dialog, fit_window, keep_on_screen

pytestmark = pytest.mark.gui


def available():
    return QGuiApplication.primaryScreen().availableGeometry()


def block(width: int, height: int) -> QWidget:
    """A pane that cannot be smaller than width × height."""
    widget = QWidget()
    widget.setMinimumSize(width, height)
    return widget


def test_first_window_fits_a_small_screen(window):
    # the 1280×800 the window would like is larger than this 800×800 screen: it opens maximised
    assert PREFERRED_SIZE.width() > available().width()
    assert window.isMaximized()
    assert available().contains(window.frameGeometry())
    assert window.statusBar().geometry().bottom() < window.height()
    assert window.minimumSizeHint().width() < 700 and window.minimumSizeHint().height() < 500


def test_a_first_window_takes_most_of_a_large_screen():
    """Found by a trial of the window: on a 1920 × 1080 screen the window opened at 1280 × 800, and the
    Segments and Occasions tables scrolled sideways."""
    from PySide6.QtCore import QRect  # noqa: PLC0415

    from gui.screen_fit import first_size, fits, usable_size  # noqa: PLC0415

    large = QRect(0, 0, 1920, 1050)
    size = first_size(PREFERRED_SIZE, large)
    assert size.width() > 1600 and size.height() > 850 and fits(size, large)
    assert size.width() <= usable_size(large).width()
    small = QRect(0, 0, 1366, 740)           # (cannot fit 1280 × 800: the window opens maximised, as before)
    assert first_size(PREFERRED_SIZE, small) == QSize(1280, 800) and not fits(PREFERRED_SIZE, small)


def test_window_that_fits_opens_centred_at_its_size(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    assert fit_window(widget, QSize(500, 400)) is False
    assert widget.size() == QSize(500, 400)
    centre = widget.frameGeometry().center()
    assert abs(centre.x() - available().center().x()) < 20 and abs(centre.y() - available().center().y()) < 40


def test_remembered_geometry_comes_back(qtbot, message_boxes):
    first = MainWindow()
    qtbot.addWidget(first)
    first.setWindowState(Qt.WindowNoState)
    first.setGeometry(40, 60, 620, 480)
    first.show()
    qtbot.waitExposed(first)
    first.app_settings.save_window(first)
    first.shutdown()
    again = MainWindow(AppSettings())
    qtbot.addWidget(again)
    assert not again.isMaximized()
    assert again.geometry() == first.geometry()
    again.shutdown()


def test_remembered_geometry_on_a_screen_that_is_gone_comes_back_on_screen(qtbot, message_boxes):
    first = MainWindow()
    qtbot.addWidget(first)
    first.setWindowState(Qt.WindowNoState)
    first.setGeometry(2600, 1900, 700, 560)  # where a second monitor was
    first.app_settings.save_window(first)
    first.shutdown()
    again = MainWindow(AppSettings())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert available().contains(again.frameGeometry())
    again.shutdown()


def test_keep_on_screen_shrinks_and_moves_a_window_into_the_screen(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(1500, 1200)
    widget.move(300, 300)
    keep_on_screen(widget, QSize(600, 400))
    assert widget.width() <= available().width() and widget.height() <= available().height()
    assert available().contains(widget.geometry())


def test_dialog_never_larger_than_the_screen(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = QDialog(parent)
    size = fit_dialog(dialog, QSize(2000, 1500))
    assert size.width() < available().width() and size.height() < available().height()
    assert dialog.size() == size
    assert fit_dialog(dialog, QSize(300, 200)) == QSize(300, 200)


def test_page_scrolls_only_below_its_smallest_size(qtbot):
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(block(500, 300))
    scroll = PageScroll(page)
    qtbot.addWidget(scroll)
    scroll.resize(900, 700)
    scroll.show()
    assert page.size() == QSize(900, 700)       # room enough: the page fills the area, no scroll bar
    scroll.resize(400, 250)
    smallest = page.minimumSizeHint()
    assert page.size() == smallest              # too small: the page keeps its smallest size and scrolls
    assert scroll.horizontalScrollBar().maximum() > 0 and scroll.verticalScrollBar().maximum() > 0


def test_reflow_splitter_goes_one_above_the_other_when_narrow(qtbot):
    holder = QWidget()
    splitter = ReflowSplitter(holder)
    splitter.addWidget(block(300, 100))
    splitter.addWidget(block(300, 100))
    qtbot.addWidget(holder)
    holder.show()
    splitter.resize(700, 300)
    assert splitter.orientation() == Qt.Horizontal
    assert splitter.minimumSizeHint().width() == 300   # a page holding it can be narrower than both panes
    splitter.resize(450, 300)
    assert splitter.orientation() == Qt.Vertical
    assert splitter.widget(1).y() >= splitter.widget(0).geometry().bottom()
    splitter.resize(800, 300)
    assert splitter.orientation() == Qt.Horizontal


def test_flow_layout_wraps_a_row_that_does_not_fit(qtbot):
    top = QWidget()
    holder = QWidget(top)
    flow = FlowLayout(holder)
    buttons = [QPushButton(f"A rather long button {n}") for n in range(3)]
    for button in buttons:
        flow.addWidget(button)
    qtbot.addWidget(top)
    top.show()
    holder.resize(flow.sizeHint().width() + 10, 100)
    assert len({button.y() for button in buttons}) == 1          # one line
    holder.resize(buttons[0].sizeHint().width() + 20, 200)
    ys = [button.y() for button in buttons]
    assert ys[0] < ys[1] < ys[2]                                  # one button per line
    assert flow.heightForWidth(holder.width()) > 2 * buttons[0].height()
    assert all(button.x() == buttons[0].x() for button in buttons)


def test_offer_editor_boxes_show_their_whole_text_in_a_narrow_column(qtbot):
    """The discount's kind and words wrap onto two lines rather than cutting "Something else
    (describe it)" and the words; merge fields are a menu whose entries are read whole."""
    top = QWidget()
    editor = OfferEditor(top)
    editor.set_offer(Offer("segment", "Champions", "Thank you", Discount("text", None, "early access to the new "
                                                                        "collection"), 21, "Hi {first_name}"))
    qtbot.addWidget(top)
    top.show()
    editor.resize(editor.minimumSizeHint().width(), 500)
    qtbot.wait(10)
    kind, words = editor.discount_kind, editor.discount_text
    assert kind.currentText() == "Something else (describe it)"
    assert kind.width() >= kind.sizeHint().width()            # the whole choice is shown
    assert words.y() > kind.y()                                  # the words went to the next line…
    assert words.width() >= words.sizeHint().width() - 1         # …at their full width
    # found by a trial of the window: the box kept its own small width and showed "o our new collection"
    assert words.width() >= words.fontMetrics().horizontalAdvance(words.text())
    assert words.cursorPosition() == 0
    assert editor.field_button.width() >= editor.field_button.sizeHint().width()
    entries = [action.text() for action in editor.field_menu.actions()]
    assert "{first_name} — First name (fallback when missing)" in entries
    editor.field_menu.actions()[0].trigger()
    assert editor.template.toPlainText().count("{") == 2
