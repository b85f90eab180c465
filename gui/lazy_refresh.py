"""Refresh a page when its data changes only if it is on screen; otherwise when it is next shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject


class LazyRefresh(QObject):
    """``request()`` runs ``refresh`` now for a visible widget, or on its next Show event.

    After a recompute only the page the owner is looking at does its (GUI-thread) table and
    chart updates; the others catch up when opened, so no signal handler adds up every page.
    """

    def __init__(self, widget, refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self.stale = False
        widget.installEventFilter(self)

    def request(self, *_args) -> None:
        if self._widget.isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched, event) -> bool:
        if watched is self._widget and event.type() == QEvent.Show and self.stale:
            self.stale = False
            self._refresh()
        return False


def refresh_lazily(widget, signal, refresh: Callable[[], None]) -> LazyRefresh:
    """Connect ``signal`` so that ``refresh`` runs only while (or once) ``widget`` is shown."""
    lazy = LazyRefresh(widget, refresh)
    signal.connect(lazy.request)
    return lazy
