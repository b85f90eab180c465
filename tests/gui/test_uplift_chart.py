"""The Results page's uplift chart keeps its words inside the picture, however narrow: at 800×600
its title, axis words and "no control group" note were cut off at the right (found by a trial)."""

from __future__ import annotations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from core.campaigns import Verdict
from gui.results_view import Bar
from gui.uplift_chart import NO_CONTROL, uplift_chart

NAMES = ("Champions", "Loyal Customers", "Potential Loyalists", "New Customers", "Promising", "Need Attention",
         "About To Sleep", "At Risk", "Can't Lose Them", "Hibernating")


def _bars() -> list[Bar]:
    bars = [Bar(name, 0.05 * (i % 3 - 1), -0.3, 0.4, Verdict.INCONCLUSIVE, False) for i, name in enumerate(NAMES)]
    bars[8] = Bar("Can't Lose Them", None, None, None, Verdict.TOO_SMALL, False)
    return [*bars, Bar("All lists", -0.02, -0.2, 0.1, Verdict.INCONCLUSIVE, True)]


@pytest.mark.parametrize("width, height", [(260, 270), (500, 320), (900, 400)])
def test_every_word_of_the_chart_is_inside_the_picture(width, height):
    figure = Figure(figsize=(width / 100, height / 100), dpi=100, layout="constrained")
    canvas = FigureCanvasAgg(figure)        # (as the chart thread renders it: gui.chart_canvas.render_figure)
    uplift_chart(figure, _bars())
    canvas.draw()
    renderer = canvas.get_renderer()
    box = figure.bbox
    texts = [figure._suptitle, figure._supxlabel, *figure.axes[0].texts]   # the title, the axis words, the note
    assert figure._suptitle.get_text().replace("\n", " ") == "Uplift with its 95% range"
    assert [t.get_text().replace("\n", " ") for t in figure.axes[0].texts] == [NO_CONTROL]
    for text in texts:
        extent = text.get_window_extent(renderer)
        assert box.x0 - 1 <= extent.x0 and extent.x1 <= box.x1 + 1, (text.get_text(), extent, box)
        assert box.y0 - 1 <= extent.y0 and extent.y1 <= box.y1 + 1, (text.get_text(), extent, box)
