"""The one way core code runs work beside its caller: a single background thread, always joined.

Core functions are synchronous and know nothing of the window's workers. Two steps overlap work
that releases the GIL with the caller's own work: the scan of a workbook's sheet XML for error
cells beside the sheet read, and the campaign store's insert beside the mailing workbook's write.
Both go through ``Background``, so this is the only place in core that starts a thread, and every
such thread is finished (joined) before the step that started it returns:

    with Background(scan, path, part, name="error-cell scan") as scan_job:
        read_the_sheet()
        found = scan_job.result()
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from types import TracebackType
from typing import Generic, TypeVar

T = TypeVar("T")


class Background(Generic[T]):
    """``fn(*args)`` on its own daemon thread; ``result()`` waits and returns (or raises) its outcome."""

    def __init__(self, fn: Callable[..., T], *args: object, name: str) -> None:
        self._fn = fn
        self._args = args
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=f"clientele-{name}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._fn(*self._args)
        except BaseException as error:  # noqa: BLE001 - handed to the caller by result()
            self._error = error

    def done(self) -> bool:
        return not self._thread.is_alive()

    def result(self) -> T:
        """Wait for the work to finish; return its value or raise its exception here."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]  # set by _run when no error

    def __enter__(self) -> Background[T]:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._thread.join()
