"""ChartWidget: rendered on the chart thread after its placeholder is painted (once the events posted
meanwhile are handled); a resize to the size being drawn does not draw again; a chart hidden
before its image is ready stops and renders when shown again."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.chart_canvas import STYLE, ChartWidget

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


def test_the_charts_style_holds_while_drawing_and_leaves_matplotlibs_settings_alone(qtbot, chart_thread):
    """The style (STYLE) is in force on the chart thread while the chart draws; making a chart on
    the GUI thread and drawing it change none of matplotlib's process-wide settings."""
    import matplotlib  # noqa: PLC0415 - loads with the first chart, as in the app

    before = {key: matplotlib.rcParams[key] for key in STYLE}
    page, chart = shown_chart(qtbot, chart_thread)
    assert {key: matplotlib.rcParams[key] for key in STYLE} == before
    seen = {}

    def painter(figure):
        axes = figure.subplots()
        axes.set_title("Revenue")
        seen.update(thread=threading.current_thread().name, top=axes.spines["top"].get_visible(),
                    right=axes.spines["right"].get_visible(), title=axes.title.get_fontsize(),
                    weight=axes.title.get_fontweight(), grid=matplotlib.rcParams["axes.grid"])

    chart.draw(painter)
    qtbot.waitUntil(lambda: chart._pixmap is not None, timeout=10000)
    assert seen == {"thread": seen["thread"], "top": False, "right": False, "title": 11.0, "weight": "bold",
                    "grid": False}
    assert seen["thread"].startswith("test-charts")
    assert {key: matplotlib.rcParams[key] for key in STYLE} == before
    chart.shutdown()


def test_save_png_writes_on_the_chart_thread_all_or_nothing(qtbot, chart_thread, tmp_path):
    """A chart never on screen is drawn and saved on the chart thread; the PNG is put in place whole
    (no temporary file left beside it) and replaces an earlier one."""
    chart = ChartWidget("Never shown", chart_thread)
    qtbot.addWidget(chart)
    threads = []
    chart.draw(lambda figure: threads.append(threading.current_thread().name) or figure.subplots().plot([1, 2]))
    path = tmp_path / "chart.png"
    path.write_bytes(b"old")
    with qtbot.waitSignal(chart.saved, timeout=10000) as saved:
        assert chart.save_png(str(path)) > 0
    assert saved.args == [str(path)]
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.png"]
    assert len(threads) == 1 and threads[0].startswith("test-charts")
    chart.shutdown()


def test_a_chart_that_cannot_be_written_says_so_as_other_write_errors(qtbot, chart_thread, tmp_path,
                                                                     message_boxes):
    """Saving into a folder that is not there: the app's write-error box ("The file could not be
    written"), nothing written."""
    page, chart = shown_chart(qtbot, chart_thread)
    chart.draw(lambda figure: figure.subplots().plot([1, 2]))
    qtbot.waitUntil(lambda: chart._pixmap is not None, timeout=10000)
    saved = []
    chart.saved.connect(saved.append)
    with qtbot.waitSignal(chart._save_runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=10000):
        chart.save_png(str(tmp_path / "missing" / "chart.png"))
    assert saved == []
    assert [(kind, title) for kind, title, _text in message_boxes] == [("warning", "The file could not be written")]
    assert message_boxes[0][2].endswith("the folder for this output does not exist. Choose a folder that exists, "
                                        "or create it first.")
    assert not (tmp_path / "missing").exists()
    chart.shutdown()
