"""core.progress: a plain callback, sub-ranges of the parent's bar, and a do-nothing default."""

from __future__ import annotations

import pytest

from core.errors import Cancelled
from core.progress import ensure, no_progress, sub_progress


def test_sub_progress_maps_onto_the_parents_range_and_clamps():
    seen: list[tuple[float, str]] = []
    report = sub_progress(lambda fraction, message="": seen.append((round(fraction, 6), message)), 0.2, 0.6)
    report(0.0, "start")
    report(0.5, "half")
    report(2.0, "past the end")
    report(-1.0, "before the start")
    assert seen == [(0.2, "start"), (0.4, "half"), (0.6, "past the end"), (0.2, "before the start")]


def test_none_becomes_the_do_nothing_callback():
    assert ensure(None) is no_progress
    assert sub_progress(None, 0.0, 1.0)(0.5, "nobody listens") is None


def test_cancelling_raises_through_the_callback():
    def stop(fraction: float, message: str = "") -> None:
        raise Cancelled()

    with pytest.raises(Cancelled):
        sub_progress(stop, 0.0, 0.5)(0.1, "working")
