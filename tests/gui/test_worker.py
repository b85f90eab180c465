"""The worker pattern: results on the GUI thread, throttled progress, cancel keeps nothing."""

from __future__ import annotations

import inspect
import re
import threading
import time
import typing
from concurrent.futures import ThreadPoolExecutor

import pytest

import gui.worker as worker
from core.errors import Cancelled, InputError
from gui.worker import TaskRunner, TaskState

pytestmark = pytest.mark.gui


def slow_sum(values, *, progress):
    total = 0
    for i, value in enumerate(values):
        progress(i / len(values), f"adding {i}")
        time.sleep(0.002)
        total += value
    return total


def test_task_state_raises_cancelled_after_request():
    sent = []
    state = TaskState(1, lambda *a: sent.append(a))
    state.callback(0.1, "x")
    state.request_cancel()
    with pytest.raises(Cancelled):
        state.callback(0.2, "y")
    assert sent == [(1, 0.1, "x")]


def test_result_arrives_on_gui_thread(qtbot):
    runner = TaskRunner()
    results, threads = [], []

    def done(value):
        results.append(value)
        threads.append(threading.current_thread())

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=5000):
        runner.start(slow_sum, list(range(50)), on_done=done)
    assert results == [sum(range(50))]
    assert threads == [threading.main_thread()]
    runner.shutdown()


def test_progress_is_throttled(qtbot):
    runner = TaskRunner()
    seen = []
    runner.progress_changed.connect(lambda f, m: seen.append(f))
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=5000):
        runner.start(slow_sum, list(range(200)), on_done=lambda v: None)
    assert 1 <= len(seen) < 100
    runner.shutdown()


def test_cancel_delivers_nothing(qtbot):
    runner = TaskRunner()
    results = []
    runner.start(slow_sum, list(range(2000)), on_done=results.append)
    with qtbot.waitSignal(runner.cancelled, timeout=2000):
        runner.cancel()
    assert runner.wait(5)
    qtbot.wait(50)
    assert results == []
    assert not runner.is_busy()
    runner.shutdown()


def test_new_start_supersedes_previous(qtbot):
    runner = TaskRunner()
    results = []
    runner.start(slow_sum, list(range(2000)), on_done=results.append)
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=5000):
        runner.start(slow_sum, [1, 2, 3], on_done=results.append)
    assert results == [6]
    runner.shutdown()


def test_error_goes_to_on_error(qtbot):
    runner = TaskRunner()
    errors = []

    def boom(*, progress):
        raise InputError("bad file", "pick another")

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=5000):
        runner.start(boom, on_error=errors.append)
    assert isinstance(errors[0], InputError)
    runner.shutdown()


def test_a_runner_shut_down_runs_nothing_when_started_late(qtbot):
    """A window's timer may fire after the window closed its runner: the late start runs nothing
    and raises nothing (it was an error in the Qt event loop)."""
    runner = TaskRunner()
    runner.shutdown()
    results = []
    assert runner.start(slow_sum, [1, 2], on_done=results.append) == -1
    assert not runner.is_busy()
    shared = ThreadPoolExecutor(max_workers=1)
    borrower = TaskRunner(executor=shared)
    shared.shutdown(wait=True)   # (its owner closed it first)
    assert borrower.start(slow_sum, [1, 2], on_done=results.append) == -1
    assert not borrower.is_busy() and borrower.wait(1.0)
    qtbot.wait(50)
    assert results == []


def test_a_writing_task_that_finished_before_the_cancel_reached_it_is_delivered(qtbot):
    """A task that writes (``writes=True``) and returned is done: its files are in place, so a cancel
    that came too late to stop it still delivers its result (the page then says what was written)."""
    runner = TaskRunner()
    results = []
    gate = threading.Event()

    def write(*, progress):
        gate.wait(5)             # past its last checkpoint: nothing will raise Cancelled now
        return "written"

    runner.start(write, on_done=results.append, writes=True)
    with qtbot.waitSignal(runner.cancelled, timeout=2000):
        runner.cancel()
    gate.set()
    qtbot.waitUntil(lambda: results == ["written"], timeout=5000)
    # an ordinary task in the same spot delivers nothing
    gate.clear()
    runner.start(write, on_done=results.append)
    runner.cancel()
    gate.set()
    assert runner.wait(5)
    qtbot.wait(50)
    assert results == ["written"]
    runner.shutdown()


def test_the_worker_seam_is_typed_without_any_and_delivers_the_very_result(qtbot):
    """TaskRunner.start is generic (what ``fn`` returns is what ``on_done`` receives); nothing of the
    worker module is annotated with typing.Any."""
    hints = typing.get_type_hints(TaskRunner.start)
    assert hints["return"] is int
    assert typing.get_args(hints["fn"])[1] is worker.R          # Callable[..., R]
    on_done = typing.get_args(hints["on_done"])[0]               # Callable[[R], None] | None
    assert typing.get_args(on_done) == ([worker.R], None)
    assert not re.search(r"\bAny\b", inspect.getsource(worker))

    runner = TaskRunner()
    made = {"kept": [1, 2, 3]}
    received = []
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=5000):
        runner.start(lambda key, *, progress: made[key], "kept", on_done=received.append)
    assert received == [[1, 2, 3]] and received[0] is made["kept"]
    runner.shutdown()
