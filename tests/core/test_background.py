"""core.background: the one helper that runs core work on a thread, joined before the step ends."""

from __future__ import annotations

import threading

import pytest

from core.background import Background


def test_result_is_returned_from_the_other_thread():
    main = threading.get_ident()
    with Background(lambda a, b: (a + b, threading.get_ident()), 2, 3, name="test") as job:
        value, where = job.result()
    assert value == 5 and where != main and job.done()


def test_the_work_s_exception_is_raised_by_result():
    def fail() -> None:
        raise ValueError("damaged part")

    job = Background(fail, name="test")
    with pytest.raises(ValueError, match="damaged part"):
        job.result()


def test_leaving_the_block_waits_for_the_thread():
    release = threading.Event()
    with Background(release.wait, 5, name="test") as job:
        release.set()
    assert job.done()
