"""core.progress: a plain callback, sub-ranges of the parent's bar, and a do-nothing default."""

from __future__ import annotations

import pytest

from core.errors import Cancelled
from core.progress import done, ensure, no_progress, sub_progress


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


def test_a_cancel_after_the_point_of_no_return_is_not_raised():
    """done(): the last report of work already in place (files renamed, a campaign recorded); a cancel
    asked for then comes too late and must not turn the finished work into "nothing was written"."""
    seen: list[tuple[float, str]] = []

    def stop(fraction: float, message: str = "") -> None:
        seen.append((fraction, message))
        raise Cancelled()

    done(stop, "Written")
    assert seen == [(1.0, "Written")]
    done(None, "Written")


def test_a_run_cancelled_as_it_commits_keeps_its_files_and_says_so(tmp_path):
    """A cancel that reaches the run after its files are in place: the run returns (all written),
    where before its last progress report raised Cancelled and the caller said nothing was written."""
    from core.output.atomic import write_together  # noqa: PLC0415 - the writing under test
    from core.output.customer_table import CustomerTableOutput  # noqa: PLC0415
    from tests.factories import make_segmentation  # noqa: PLC0415

    out = tmp_path / "customers.csv"
    output = CustomerTableOutput(make_segmentation().customers, out)
    asked: list[float] = []

    def cancel_at_the_end(fraction: float, message: object = "") -> None:
        asked.append(fraction)
        if fraction >= 1.0:     # the owner clicks Cancel just as the files go into place
            raise Cancelled()

    write_together([output], [], cancel_at_the_end)
    assert out.exists() and asked[-1] == 1.0
