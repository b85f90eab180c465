"""ChartWidget: rendered on the chart thread after its placeholder is painted (once the events posted
meanwhile are handled); a resize to the size being drawn does not draw again; a chart hidden
before its image is ready stops and renders when shown again."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.chart_canvas import ChartWidget

pytestmark = pytest.mark.gui


@pytest.fixture
def chart_thread():
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="test-charts")
    yield executor
    executor.shutdown(wait=True, cancel_futures=True)


def shown_chart(qtbot, executor) -> tuple[QWidget, ChartWidget]:
    page = QWidget()
    chart = ChartWidget("Test", executor, page)
    QVBoxLayout(page).addWidget(chart)
    page.resize(500, 320)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page, chart


def test_a_chart_renders_off_the_gui_thread_once_shown(qtbot, chart_thread):
    page, chart = shown_chart(qtbot, chart_thread)
    threads = []
    chart.draw(lambda figure: threads.append(threading.current_thread().name) or figure.subplots().plot([1, 2]))
    assert chart.is_busy()
    qtbot.waitUntil(lambda: not chart.is_busy() and chart._pixmap is not None, timeout=10000)
    assert threads and threads[0].startswith("test-charts")
    chart.shutdown()


def test_a_chart_hidden_before_its_image_is_ready_renders_when_shown_again(qtbot, chart_thread):
    page, chart = shown_chart(qtbot, chart_thread)
    blocker = threading.Event()
    chart_thread.submit(blocker.wait, 10)      # the chart thread is busy with another chart
    painted = []
    chart.draw(lambda figure: painted.append(1) or figure.subplots().plot([1, 2]))
    qtbot.waitUntil(chart._runner.is_busy, timeout=5000)    # queued behind the other chart
    page.hide()
    assert not chart.is_busy()
    blocker.set()
    chart_thread.submit(lambda: None).result(5)   # the queued render has had its turn
    qtbot.wait(100)
    assert painted == [] and chart._pixmap is None     # it stopped before drawing anything
    page.show()
    qtbot.waitUntil(lambda: chart._pixmap is not None, timeout=10000)
    assert painted == [1]
    chart.shutdown()


def test_a_resize_to_the_size_being_drawn_does_not_draw_again(qtbot, chart_thread):
    """The page settling its splitters (a resize and back) leaves the chart's render alone; a new
    size draws the chart again, at that size."""
    page, chart = shown_chart(qtbot, chart_thread)
    sizes = []
    chart.draw(lambda figure: sizes.append(figure.get_size_inches() * 100) or figure.subplots().plot([1, 2]))
    qtbot.waitUntil(lambda: not chart.is_busy() and chart._pixmap is not None, timeout=10000)
    assert len(sizes) == 1
    page.resize(520, 320)
    page.resize(500, 320)                   # back before the resize timer fires
    qtbot.wait(400)
    assert len(sizes) == 1 and not chart.is_busy()
    page.resize(600, 320)
    qtbot.waitUntil(lambda: len(sizes) == 2 and not chart.is_busy(), timeout=10000)
    assert round(sizes[1][0]) == chart.width() and chart._pixmap is not None
    chart.shutdown()


def test_a_chart_starts_rendering_once_the_page_has_settled_after_its_paint(qtbot, chart_thread):
    """The render after the placeholder's paint waits for what was posted meanwhile and for the
    zero-time timers armed then (an item view's delayed layout, the repaints it posts): the chart
    thread does not hold the GIL beside them."""
    page, chart = shown_chart(qtbot, chart_thread)
    seen = []

    def posted_after_the_paint() -> None:
        seen.append(("posted", chart._runner.is_busy()))
        timer.start()                       # armed by the page's work after the paint

    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(lambda: seen.append(("timer", chart._runner.is_busy())))
    chart.draw(lambda figure: figure.subplots().plot([1, 2]))
    chart.grab()                            # the placeholder painted: a render is owed
    assert chart._after_paint and not chart._runner.is_busy()
    QTimer.singleShot(0, posted_after_the_paint)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert seen == [("posted", False), ("timer", False)]      # both ran before the render started
    qtbot.waitUntil(lambda: chart._pixmap is not None, timeout=10000)
    chart.shutdown()
