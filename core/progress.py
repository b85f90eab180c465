"""Progress reporting for long core work: a plain callable, with sub-ranges and cancellation.

A progress callback is ``callback(fraction, message: ProgressMessage) -> None`` with ``fraction`` in
0..1. The message is the step core is at, as words written later in the language of whoever shows
it (a catalogue key marked with ``N_`` or a :class:`core.words.Phrase`; ``str()`` of either is the
English text the command line prints). The caller (the GUI's worker or the command line) may raise :class:`core.errors.Cancelled`
from inside it to stop the work; core functions call it at regular checkpoints, so cancelling is
cooperative and core code knows nothing of threads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

from core.errors import Cancelled
from core.words import Phrase

#: A progress message: a key without values (``N_("Reading rows…")``) or a Phrase with values.
ProgressMessage: TypeAlias = str | Phrase
ProgressCallback = Callable[[float, ProgressMessage], None]


def no_progress(fraction: float, message: ProgressMessage = "") -> None:
    """The callback used when the caller passes none."""


def ensure(callback: ProgressCallback | None) -> ProgressCallback:
    """Return ``callback`` or a do-nothing one."""
    return callback if callback is not None else no_progress


def done(callback: ProgressCallback | None, message: ProgressMessage = "") -> None:
    """The last report of work that can no longer be undone (files renamed into place, a campaign
    recorded): a cancel asked for now comes too late, so it is not raised; the work is done."""
    try:
        ensure(callback)(1.0, message)
    except Cancelled:
        pass


def sub_progress(callback: ProgressCallback | None, start: float, end: float) -> ProgressCallback:
    """Map a sub-step's 0..1 onto ``start..end`` of the parent's bar (Orange's ``wrap_callback``)."""
    parent = ensure(callback)
    span = end - start

    def report(fraction: float, message: ProgressMessage = "") -> None:
        parent(start + span * min(max(fraction, 0.0), 1.0), message)

    return report
