"""The two-column flow (alluvial) chart of the Changes page: where the customers of each segment on
the comparison date are now. Drawn by matplotlib on a Figure (off the GUI thread, gui.chart_canvas):
two stacked bars, segments best first from the top, joined by smooth bands (cubic Bézier curves in
a PathPatch) as wide as the customers who took each path, coloured by the segment they came from.

Each block's name and count stand beside it when they fit: the longest label is measured, and the
space beside the bars grown to hold it as long as the bands keep ``FLOW_SHARE`` of the width; names
too long for one line are broken at a space onto two (a block too short for two lines then shows
its count only); when even that does not fit, every block shows its count only. (German and
French names are longer than English ones: "Brauchen Aufmerksamkeit" does not fit where "Need
Attention" does.)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from core.output import format_number
from gui.palette import segment_colour

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

#: The colour of the "(new)" block and its bands: customers who first bought after the comparison date.
NEW_COLOUR = "#9ecae1"
#: A block smaller than this share of all customers gets no label (its neighbours' would overlap).
LABEL_SHARE = 0.025
#: Narrower than this (logical pixels), a chart's titles write their dates in figures.
NARROW = 420
#: The labels' font size (points).
LABEL_SIZE = 7.5
#: The share of the chart's width the bands keep at least, however long the labels.
FLOW_SHARE = 0.36
#: The space beside each bar (in the units of the bars' distance, 1) at least, and with counts only.
MARGIN, NARROW_MARGIN = 0.75, 0.3
#: The gap between two blocks of a bar, as a share of all customers.
GAP_SHARE = 0.012
BAR_WIDTH = 0.08


@dataclass(frozen=True)
class Flow:
    """What the chart draws: the blocks of each bar, top first (name, customers), and the paths
    (from block, to block, customers). The left bar's "(new)" block is named ``new_name``; the
    titles name the two dates (the left bar's and the right bar's), ``short_titles`` in few
    characters for a narrow chart."""

    left: Sequence[tuple[str, int]]
    right: Sequence[tuple[str, int]]
    paths: Sequence[tuple[str, str, int]]
    new_name: str
    left_title: str
    right_title: str
    short_titles: tuple[str, str] = ("", "")
    #: How a block's name is shown (the shop's language: core's Words.name); a name left out shows as it is.
    shown: Mapping[str, str] = field(default_factory=dict)


def _colour(name: str, flow: Flow) -> str:
    return NEW_COLOUR if name == flow.new_name else segment_colour(name)


def _stack(blocks: Sequence[tuple[str, int]], gap: float) -> dict[str, tuple[float, float]]:
    """Each block's (top, bottom) on a bar that runs down from 0."""
    place, top = {}, 0.0
    for name, count in blocks:
        place[name] = (top, top - count)
        top -= count + gap
    return place


def _band(ax: Axes, x0: float, x1: float, left: tuple[float, float], right: tuple[float, float], colour: str) -> None:
    """A smooth band from the left span (top, bottom) at x0 to the right span at x1."""
    from matplotlib.patches import PathPatch  # noqa: PLC0415 - matplotlib parts load when a chart draws
    from matplotlib.path import Path  # noqa: PLC0415 - matplotlib parts load when a chart draws

    middle = (x0 + x1) / 2
    (lt, lb), (rt, rb) = left, right
    vertices = [(x0, lt), (middle, lt), (middle, rt), (x1, rt), (x1, rb), (middle, rb), (middle, lb), (x0, lb), (x0, lt)]
    codes = [Path.MOVETO, Path.CURVE4, Path.CURVE4, Path.CURVE4, Path.LINETO, Path.CURVE4, Path.CURVE4, Path.CURVE4,
             Path.CLOSEPOLY]
    ax.add_artist(PathPatch(Path(vertices, codes), facecolor=colour, edgecolor="none", alpha=0.45))


@dataclass(frozen=True)
class Labels:
    """How the blocks are labelled: ``text`` per (side, block name), the space beside the bars."""

    text: Mapping[tuple[str, str], str]
    margin: float


def _two_lines(name: str) -> str:
    """``name`` broken at the space nearest its middle ("Brauchen\nAufmerksamkeit"); as it is without one."""
    spaces = [i for i, c in enumerate(name) if c == " "]
    if not spaces:
        return name
    cut = min(spaces, key=lambda i: abs(2 * i - len(name)))
    return name[:cut] + "\n" + name[cut + 1:]


def labels(figure: Figure, data: Flow, blocks: Mapping[str, Sequence[tuple[str, int, float]]],
           locale: str | None) -> Labels:
    """The labels that fit ``figure`` (see the module doc). ``blocks``: per side ("left", "right"),
    each labelled block's name, count and height as a share of the bars' height."""
    from matplotlib.font_manager import FontProperties  # noqa: PLC0415 - matplotlib parts load when a chart draws

    counts = {(side, name): format_number(count, 0, locale) for side, named in blocks.items()
              for name, count, _ in named}
    only_counts = Labels(counts, NARROW_MARGIN)
    get_renderer = getattr(figure.canvas, "get_renderer", None)
    if get_renderer is None:        # (no Agg canvas: the old rule, counts only when narrow)
        return only_counts if figure.get_figwidth() * 100 < NARROW else Labels(
            {key: _label(key[0], data.shown.get(key[1], key[1]), number) for key, number in counts.items()}, MARGIN)
    renderer, font = get_renderer(), FontProperties(size=LABEL_SIZE)

    def width(text: str) -> float:
        return max(renderer.get_text_width_height_descent(line, font, ismath=False)[0] for line in text.split("\n"))

    line = renderer.get_text_width_height_descent("Ag", font, ismath=False)[1]
    plot = figure.bbox.width * 0.96            # (the axes, inside the figure's small padding)
    bars_height = figure.bbox.height * 0.8     # (the bars, under the title)
    # the widest label that fits beside a bar, its start BAR_WIDTH * 0.7 from it, while the bands keep their share
    widest = (1 / FLOW_SHARE - 1) / 2
    room = plot * (widest - 0.7 * BAR_WIDTH) / (1 + 2 * widest)
    text = {}
    for side, named in blocks.items():
        for name, _count, share in named:
            shown, number = data.shown.get(name, name), counts[side, name]
            label = _label(side, shown, number)
            if width(label) > room:
                label = _label(side, _two_lines(shown), number)
                if width(label) > room:
                    return only_counts
                if share * bars_height < 1.5 * line:    # (no room for two lines: the count)
                    label = number
            text[side, name] = label
    longest = max((width(t) for t in text.values()), default=0.0)
    margin = (longest + 0.7 * BAR_WIDTH * plot) / (plot - 2 * longest)
    return Labels(text, max(margin, MARGIN))


def _label(side: str, name: str, number: str) -> str:
    """A block's label: its name beside the bar, its count after the name (after its first line)."""
    if not name:
        return number
    if "\n" in name:
        first, second = name.split("\n", 1)
        return f"{number}  {first}\n{second}" if side == "left" else f"{first}  {number}\n{second}"
    return f"{number}  {name}" if side == "left" else f"{name}  {number}"


def flow(figure: Figure, data: Flow | None, locale: str | None = None) -> None:
    """Draw ``data`` on ``figure``; a note instead when there is nothing to draw."""
    from matplotlib.patches import Rectangle  # noqa: PLC0415 - matplotlib parts load when a chart draws

    ax = figure.subplots()
    ax.set_axis_off()
    total = sum(count for _, count in data.left) if data is not None else 0
    if data is None or total == 0:
        ax.text(0.5, 0.5, QCoreApplication.translate("Charts", "No comparison yet"), ha="center", va="center", transform=ax.transAxes, color="#777777")
        return
    gap = total * GAP_SHARE
    left, right = _stack(data.left, gap), _stack(data.right, gap)
    x_left, x_right = 0.0, 1.0
    right_rank = {name: i for i, (name, _) in enumerate(data.right)}
    left_rank = {name: i for i, (name, _) in enumerate(data.left)}
    # bands leave a block in the order of the blocks they reach, and reach a block in the order of
    # the blocks they left, so that no two bands of one block cross at either end
    out_used = {name: top for name, (top, _) in left.items()}     # where the next band leaves each block
    in_used = {name: top for name, (top, _) in right.items()}
    leaving = {p: 0.0 for p in data.paths}
    for path in sorted(data.paths, key=lambda p: (left_rank[p[0]], right_rank[p[1]])):
        leaving[path] = out_used[path[0]]
        out_used[path[0]] -= path[2]
    for path in sorted(data.paths, key=lambda p: (right_rank[p[1]], left_rank[p[0]])):
        top = in_used[path[1]]
        in_used[path[1]] -= path[2]
        out_top = leaving[path]
        _band(ax, x_left + BAR_WIDTH / 2, x_right - BAR_WIDTH / 2, (out_top, out_top - path[2]),
              (top, top - path[2]), _colour(path[0], data))
    narrow = figure.get_figwidth() * 100 < NARROW       # render_figure: 100 logical pixels an inch
    height = total + gap * max(len(data.left), len(data.right))
    shown = labels(figure, data, {side: [(name, count, count / height) for name, count in blocks
                                         if count >= total * LABEL_SHARE]
                                  for side, blocks in (("left", data.left), ("right", data.right))}, locale)
    for side, place, blocks, x, align in (("left", left, data.left, x_left, "right"),
                                           ("right", right, data.right, x_right, "left")):
        for name, _count in blocks:
            top, bottom = place[name]
            ax.add_artist(Rectangle((x - BAR_WIDTH / 2, bottom), BAR_WIDTH, top - bottom, facecolor=_colour(name, data),
                                    edgecolor="white", linewidth=0.6))
            if (side, name) in shown.text:
                offset = -BAR_WIDTH * 0.7 if side == "left" else BAR_WIDTH * 0.7
                ax.text(x + offset, (top + bottom) / 2, shown.text[side, name], ha=align, va="center",
                        fontsize=LABEL_SIZE, linespacing=1.0)
    ax.set_xlim(-shown.margin, 1 + shown.margin)
    ax.set_ylim(-height * 1.01, height * 0.01)
    first, second = data.short_titles if narrow and all(data.short_titles) else (data.left_title, data.right_title)
    ax.set_title(QCoreApplication.translate("Charts", "Where customers went") + f"\n{first} → {second}", loc="center",
                 linespacing=1.5)
