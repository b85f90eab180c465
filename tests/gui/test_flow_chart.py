"""The Changes page's flow chart (gui/flow_chart.py) drawn off screen: one band per path, two
stacked bars, the labels and titles of a wide and of a narrow chart."""

from __future__ import annotations

import pytest
from matplotlib.patches import PathPatch, Rectangle

from gui.chart_canvas import render_figure
from gui.flow_chart import Flow, flow

pytestmark = pytest.mark.gui

FLOW = Flow(left=[("Champions", 10), ("Hibernating", 30), ("(new)", 5)],
            right=[("Champions", 14), ("At Risk", 6), ("Hibernating", 25)],
            paths=[("Champions", "Champions", 8), ("Champions", "At Risk", 2), ("Hibernating", "Champions", 2),
                   ("Hibernating", "At Risk", 4), ("Hibernating", "Hibernating", 24), ("(new)", "Champions", 4),
                   ("(new)", "Hibernating", 1)],
            new_name="(new)", left_title="1 March 2024", right_title="30 June 2024",
            short_titles=("01/03/2024", "30/06/2024"))


def _drawn(width: int):
    axes = render_figure(lambda figure: flow(figure, FLOW, "en_GB"), width, 420).figure.axes[0]
    return axes, [p for p in axes.patches if isinstance(p, PathPatch)], [p for p in axes.patches
                                                                         if isinstance(p, Rectangle)]


def test_a_band_per_path_and_a_block_per_segment():
    axes, bands, blocks = _drawn(640)
    assert len(bands) == len(FLOW.paths) and len(blocks) == 6
    # each block is as tall as its customers; every band starts and ends inside a block, 45 customers in all
    heights = sorted(round(block.get_height(), 6) for block in blocks)
    assert heights == sorted([10, 30, 5, 14, 6, 25])
    spans = [(block.get_x(), block.get_y(), block.get_y() + block.get_height()) for block in blocks]
    for band in bands:
        points = band.get_path().vertices
        for (x, top), (_, bottom) in (((points[0]), points[7]), (points[3], points[4])):
            assert any(low - 1e-9 <= bottom < top <= high + 1e-9 for _, low, high in spans), (x, top, bottom)
    assert sum(band.get_path().vertices[0][1] - band.get_path().vertices[7][1] for band in bands) == pytest.approx(45)
    assert axes.get_title() == "Where customers went\n1 March 2024 → 30 June 2024"
    labels = {text.get_text() for text in axes.texts}
    assert {"10  Champions", "30  Hibernating", "5  (new)", "Champions  14", "At Risk  6", "Hibernating  25"} <= labels


def test_a_narrow_chart_writes_its_dates_in_figures_and_keeps_the_names_that_fit():
    axes, bands, _ = _drawn(300)
    assert len(bands) == len(FLOW.paths)
    assert axes.get_title() == "Where customers went\n01/03/2024 → 30/06/2024"
    assert {"10  Champions", "30  Hibernating", "Hibernating  25"} <= {text.get_text() for text in axes.texts}


def test_a_chart_too_narrow_for_the_names_keeps_the_counts():
    axes, bands, _ = _drawn(200)
    assert len(bands) == len(FLOW.paths)
    assert {text.get_text() for text in axes.texts} == {"10", "30", "5", "14", "6", "25"}


def test_nothing_to_draw_says_so():
    axes = render_figure(lambda figure: flow(figure, None), 400, 300).figure.axes[0]
    assert [text.get_text() for text in axes.texts] == ["No comparison yet"]


def test_every_band_and_block_lies_inside_the_limits_the_chart_sets():
    """The bands and blocks are added without growing the data limits (the chart sets its own
    limits, wide and narrow): nothing falls outside them."""
    for width in (640, 200):
        axes, bands, blocks = _drawn(width)
        (x0, x1), (y0, y1) = axes.get_xlim(), axes.get_ylim()
        assert (x0, x1) == ((-0.75, 1.75) if width == 640 else (-0.3, 1.3))
        for patch in bands + blocks:
            box = patch.get_path().get_extents(patch.get_patch_transform())
            assert x0 <= box.x0 and box.x1 <= x1 and y0 <= box.y0 and box.y1 <= y1, (width, box)
