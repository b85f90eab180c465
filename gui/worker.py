"""One worker pattern for long work: a task runner per owner, throttled progress, cooperative cancel.

Modelled on Orange's ``widgets/utils/concurrent.py``. An owner (a page, the session) keeps a
:class:`TaskRunner`; ``start(fn, *args)`` cancels the task already running and runs
``fn(*args, progress=callback)`` on the runner's own single worker thread. ``callback`` is a plain
core progress callable: it forwards throttled progress to the GUI thread through a queued signal
and raises :class:`core.errors.Cancelled` once cancel was requested. Results arrive on the GUI
thread in ``on_done(result)`` or ``on_error(exception)``; a cancelled task delivers nothing, so
the previous results stay on screen.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar, cast

from PySide6.QtCore import QObject, Qt, Signal, Slot

from core.errors import Cancelled
from core.progress import ProgressMessage

#: Minimum seconds between two progress signals sent to the GUI thread.
PROGRESS_INTERVAL = 0.05

#: What a task returns: ``start``'s ``fn`` gives it, its ``on_done`` receives it.
R = TypeVar("R")
#: A task's callbacks as the GUI thread calls them: (on_done, on_error), either may be missing.
_Callbacks = tuple[Callable[[object], None] | None, Callable[[BaseException], None] | None]


class TaskState:
    """What a running task shares with the GUI: a cancel flag and a progress callback."""

    def __init__(self, task_id: int, emit: Callable[[int, float, ProgressMessage], None]) -> None:
        self.task_id = task_id
        self._emit = emit
        self._cancel = threading.Event()
        self._last_sent = 0.0

    def request_cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def callback(self, fraction: float, message: ProgressMessage = "") -> None:
        """The core progress callback: raise Cancelled when asked to stop, else report (throttled)."""
        if self._cancel.is_set():
            raise Cancelled()
        now = time.monotonic()
        if now - self._last_sent >= PROGRESS_INTERVAL or fraction >= 1.0:
            self._last_sent = now
            self._emit(self.task_id, float(fraction), message)


class _Relay(QObject):
    """Carries messages from the worker thread to the GUI thread (queued connections)."""

    progress = Signal(int, float, object)  # task id, fraction, core's step (a key or a Phrase)
    finished = Signal(int, object, object)  # task id, result, exception


class TaskRunner(QObject):
    """Runs one task at a time off the GUI thread; a new start cancels the running one."""

    started = Signal(str)  # message
    progress_changed = Signal(float, object)  # fraction, core's step: shown in the window's words
    busy_changed = Signal(bool)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None, executor: ThreadPoolExecutor | None = None) -> None:
        """``executor``: share one worker thread between several runners (their tasks queue up);
        by default each runner has its own thread."""
        super().__init__(parent)
        self._owns_executor = executor is None
        self._executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="clientele-worker")
        self._relay = _Relay()
        self._relay.progress.connect(self._on_progress, Qt.QueuedConnection)
        self._relay.finished.connect(self._on_finished, Qt.QueuedConnection)
        self._next_id = 0
        self._state: TaskState | None = None
        self._callbacks: dict[int, _Callbacks] = {}
        self._writes: set[int] = set()   # (tasks started with writes=True, until they finish)
        self._pending = 0
        self._closed = False

    # ---- public API ------------------------------------------------------------------------
    def start(
        self,
        fn: Callable[..., R],
        *args: object,
        on_done: Callable[[R], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        message: str = "",
        writes: bool = False,
    ) -> int:
        """Cancel the running task (if any) and run ``fn(*args, progress=cb)`` in the background.
        A runner already shut down (its window closed; a timer may still fire) runs nothing: -1.

        ``writes``: the task writes files, all or none (core.output.atomic): once it has returned,
        they are in place, so its result is delivered to ``on_done`` even when a cancel came too
        late to stop it (the owner saw "stopped"; the result then says what was written)."""
        self.cancel(quiet=True)
        if self._closed:
            return -1
        self._next_id += 1
        state = TaskState(self._next_id, self._relay.progress.emit)
        self._state = state
        # (the result crosses the queued signal as an object; it is the R that ``fn`` returned)
        deliver = None if on_done is None else _delivering(on_done)
        self._callbacks[state.task_id] = (deliver, on_error)
        if writes:
            self._writes.add(state.task_id)
        self._pending += 1
        relay = self._relay

        def run() -> None:
            result: R | None = None
            error: BaseException | None = None
            try:
                result = fn(*args, progress=state.callback)
                if state.cancel_requested and not writes:
                    error = Cancelled()
            except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
                error = exc
            relay.finished.emit(state.task_id, result, error)

        try:
            self._executor.submit(run)
        except RuntimeError:  # a shared executor shut down by its owner: nothing runs any more
            self._closed, self._state, self._pending = True, None, self._pending - 1
            del self._callbacks[state.task_id]
            return -1
        self.started.emit(message)
        self.busy_changed.emit(True)
        return state.task_id

    def cancel(self, quiet: bool = False) -> None:
        """Ask the running task to stop; it ends at its next progress checkpoint."""
        if self._state is not None:
            self._state.request_cancel()
            self._state = None
            if not quiet:
                self.busy_changed.emit(False)
                self.cancelled.emit()

    def is_busy(self) -> bool:
        return self._state is not None

    def wait(self, timeout: float = 30.0) -> bool:
        """Block until every submitted task has finished (tests and shutdown); True when idle."""
        done = threading.Event()
        try:
            self._executor.submit(done.set)
        except RuntimeError:  # a shared executor already shut down (and waited for): nothing runs
            return True
        return done.wait(timeout)

    def shutdown(self) -> None:
        """Cancel and stop the worker thread (window close, test teardown); later starts run nothing."""
        self.cancel(quiet=True)
        self._closed = True
        if self._owns_executor:
            self._executor.shutdown(wait=True, cancel_futures=True)
        else:
            self.wait()

    # ---- GUI-thread slots --------------------------------------------------------------------
    @Slot(int, float, object)
    def _on_progress(self, task_id: int, fraction: float, message: ProgressMessage) -> None:
        if self._state is not None and task_id == self._state.task_id:
            self.progress_changed.emit(fraction, message)

    @Slot(int, object, object)
    def _on_finished(self, task_id: int, result: object, error: BaseException | None) -> None:
        self._pending -= 1
        on_done, on_error = self._callbacks.pop(task_id, (None, None))
        writes = task_id in self._writes
        self._writes.discard(task_id)
        current = self._state is not None and task_id == self._state.task_id
        if not current:
            # superseded or cancelled: leave previous results on screen; but a task that wrote its
            # files before the cancel reached it says so (its files are there)
            if writes and error is None and not self._closed and on_done is not None:
                on_done(result)
            return
        self._state = None
        self.busy_changed.emit(False)
        if isinstance(error, Cancelled):
            self.cancelled.emit()
        elif error is not None:
            if on_error is not None:
                on_error(error)
            else:
                raise error
        elif on_done is not None:
            on_done(result)


def _delivering(on_done: Callable[[R], None]) -> Callable[[object], None]:
    """``on_done`` as the GUI-thread slot calls it: with the result the relay carried as an object."""
    def deliver(result: object) -> None:
        on_done(cast(R, result))
    return deliver
