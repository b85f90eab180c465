"""The two window measurements of the benchmark, run in their own process (offscreen Qt).

    python bench/gui_probe.py start          # app start to a usable window
    python bench/gui_probe.py stall FILE     # longest event-loop stall while FILE is imported and segmented
    python bench/gui_probe.py stall FILE --model-check   # ... and then while the predictions are checked
    python bench/gui_probe.py stall FILE --pages   # ... and then while each page is first shown
    PROBE_TURNS=1 python bench/gui_probe.py stall FILE   # ... and the GUI thread's CPU time per turn

``start`` runs ``main.main([])`` exactly as ``python main.py`` does. It creates the application
first (``gui.app.create_application``, which ``main`` then reuses) with a zero-time QTimer, so that
once the event loop runs and the shown main window is exposed, it prints how long it took since the
parent started the process (``BENCH_T0``, a ``time.monotonic()`` value: the
same clock in every process on Linux) and quits. So the figure covers the Python start, every
import the app does, building the window and its first event-loop turn.

``stall`` builds the app's main window the way ``gui.app.run`` does, shows it, starts the real
import through the window (``MainWindow.open_file(path, ask_mapping=False)``: the import flow's
TaskRunner, then the session's segmentation runner), and runs a QTimer probe in the GUI thread
every ``--interval`` ms. The largest gap between two probe ticks, less the interval, is the
longest time the window could not paint or react. It stops once the segmentation is on screen
(``Session.segmentation_changed``) and the loop has been idle for a second, or on an error (an
error dialog is closed by the smoke run's ``answer_dialogs`` timer and reported). With
``--model-check``, once the segmentation is shown and the loop has been idle for a second, it opens
"How reliable are the predictions?" (``gui.model_check.show_model_check``: the check refits on its
own runner) and stops once the check is shown; the stalls of that phase are reported apart
(``check_max_stall_ms``, ``check_seconds``). With ``--pages``, once the segmentation is shown and
the loop has been idle for a second, it shows every page of the navigation in turn
(``MainWindow.show_page``), each for ``PAGE_SETTLE_S``, and reports per page the gap the first
show made and the longest gap while it settled (its charts drawn off the GUI thread arrive then):
``pages`` and ``pages_max_stall_ms``. It also reports the progress panel's first message that
says how long is left (``progress_estimate``, ``progress_estimate_at_s``).

The wall gaps count time the GUI thread waited for a core or for the GIL, so on a busy machine
they say as much about the machine as about the window. With ``PROBE_TURNS=1`` in the
environment the probe also times the GUI thread's own work: the CPU time of that thread
(``time.thread_time``) in each event-loop iteration, from the dispatcher's ``aboutToBlock`` to its
``awake`` (with Qt's glib dispatcher one iteration waits, then handles what is due). It reports
``max_turn_cpu_ms`` and the longest iterations (``turns_over_10ms_cpu``: seconds since the start,
CPU ms, phase), and for each gap over 50 ms what the other threads were running when the GUI thread
got back (``busy_threads_at_gaps``: the innermost frames of each thread not waiting for work,
three of them or ``PROBE_DEPTH``), and
every run of Python's cyclic garbage collector of generation 1 or 2 over 5 ms (``collections_over_5ms``:
start, generation, ms, thread): it holds the GIL throughout.

Both print one JSON line last; ``{"missing": ...}`` when the GUI is not there yet.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

T0 = float(os.environ.get("BENCH_T0", "nan"))
#: How long each page is left to settle after its first show (``--pages``).
PAGE_SETTLE_S = 1.5


def emit(info: dict) -> None:
    sys.stdout.write(json.dumps(info) + "\n")
    sys.stdout.flush()


def since_start() -> float:
    return time.monotonic() - T0


def start() -> int:
    from PySide6.QtCore import QTimer  # noqa: PLC0415 - Qt loads after QT_QPA_PLATFORM is set

    import main as entry  # noqa: PLC0415 - Qt loads after QT_QPA_PLATFORM is set
    from gui.app import create_application  # noqa: PLC0415 - Qt loads after QT_QPA_PLATFORM is set

    result: dict = {}

    def ready_when_exposed(app, tries: int = 0) -> None:
        windows = [w for w in app.topLevelWidgets() if w.isVisible() and w.inherits("QMainWindow")]
        handle = windows[0].windowHandle() if windows else None
        if (handle is None or not handle.isExposed()) and tries < 500:
            QTimer.singleShot(1, lambda: ready_when_exposed(app, tries + 1))
            return
        result.update(ready_seconds=since_start(), window=windows[0].windowTitle() if windows else None,
                      exposed=bool(handle and handle.isExposed()),
                      how="`python main.py`, first event-loop turn with the main window exposed",
                      modules=len(sys.modules),
                      pandas_loaded="pandas" in sys.modules, matplotlib_loaded="matplotlib" in sys.modules)
        for w in app.topLevelWidgets():
            w.hide()
        app.quit()

    app = create_application()              # the one main.main([]) reuses
    QTimer.singleShot(0, lambda: ready_when_exposed(app))   # runs once the event loop turns
    entry.main([])
    if not result:
        emit({"error": "the event loop never started"})
        return 1
    emit(result)
    return 0


class TurnClock:
    """The GUI thread's CPU time per event-loop iteration (``PROBE_TURNS=1``, see the module doc)."""

    def __init__(self, phase_of) -> None:
        from PySide6.QtCore import QAbstractEventDispatcher  # noqa: PLC0415 - Qt loads after QT_QPA_PLATFORM is set

        self._phase_of = phase_of
        self._cpu = time.thread_time()
        self.t_start: float | None = None
        self.turns: list[tuple[float, float, str]] = []
        self.gaps: list[tuple[float, float, list[str]]] = []
        self.max_cpu = 0.0
        self.max_phase = ""
        dispatcher = QAbstractEventDispatcher.instance()
        dispatcher.aboutToBlock.connect(self._about_to_block)
        dispatcher.awake.connect(self._awake)
        self.collections: list[tuple[float, int, float, str]] = []
        self._collecting = 0.0
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, info: dict) -> None:
        """Python's cyclic collector holds the GIL while it runs, on whichever thread allocated."""
        if phase == "start":
            self._collecting = time.perf_counter()
        elif self.t_start is not None and info["generation"] >= 1:
            took = time.perf_counter() - self._collecting
            if took > 0.005:
                import threading  # noqa: PLC0415 - only with PROBE_TURNS

                self.collections.append((round(self._collecting - self.t_start, 3), info["generation"],
                                         round(took * 1000, 1), threading.current_thread().name))

    def _about_to_block(self) -> None:
        self._cpu = time.thread_time()

    def _awake(self) -> None:
        cpu = time.thread_time() - self._cpu
        if self.t_start is None:
            return
        phase = self._phase_of()
        if cpu > self.max_cpu:
            self.max_cpu, self.max_phase = cpu, phase
        if cpu > 0.01:
            self.turns.append((round(time.perf_counter() - self.t_start, 3), round(cpu * 1000, 1), phase))

    def note_gap(self, at: float, gap: float) -> None:
        """What the other threads run just after a long gap (the GUI thread waited for them)."""
        import threading  # noqa: PLC0415 - only with PROBE_TURNS
        import traceback  # noqa: PLC0415 - only with PROBE_TURNS

        names = {t.ident: t.name for t in threading.enumerate()}
        busy = []
        for ident, frame in sys._current_frames().items():
            if ident == threading.get_ident():
                continue
            stack = traceback.extract_stack(frame)[-int(os.environ.get("PROBE_DEPTH", "3")):]
            if stack and stack[-1].name in ("wait", "_worker", "get", "select", "_wait_for_tstate_lock"):
                continue
            where = " < ".join(f"{f.name} ({Path(f.filename).name}:{f.lineno})" for f in reversed(stack))
            busy.append(f"{names.get(ident, ident)}: {where}")
        self.gaps.append((round(at, 3), round(gap * 1000, 1), busy))

    def report(self) -> dict:
        return {"max_turn_cpu_ms": round(self.max_cpu * 1000, 1), "max_turn_phase": self.max_phase,
                "turns_over_10ms_cpu": sorted(self.turns, key=lambda t: -t[1])[:20],
                "busy_threads_at_gaps": sorted(self.gaps, key=lambda g: -g[1])[:15],
                "collections_over_5ms": self.collections}


def stall(path: str, interval_ms: int = 10, idle_after_s: float = 1.0, limit_s: float = 600,
          model_check: bool = False, pages: bool = False) -> int:
    from PySide6.QtCore import QTimer  # noqa: PLC0415 - Qt loads after QT_QPA_PLATFORM is set

    from gui.app import create_application  # noqa: PLC0415 - Qt loads after QT_QPA_PLATFORM is set
    from gui.main_window import MainWindow  # noqa: PLC0415 - Qt loads after QT_QPA_PLATFORM is set
    from gui.model_check import show_model_check  # noqa: PLC0415 - Qt loads after QT_QPA_PLATFORM is set
    from gui.smoke import answer_dialogs  # noqa: PLC0415 - Qt loads after QT_QPA_PLATFORM is set

    app = create_application()
    window = MainWindow()
    window.show()
    app.processEvents()

    state = {"last": time.perf_counter(), "max": 0.0, "worst_at": 0.0, "over": 0, "ticks": 0,
             "segmented": None, "failed": None, "imported": None, "t_start": None,
             "worst_phase": "", "phase": "starting", "check_started": None, "checked": None,
             "check_max": 0.0, "pages_started": None, "pages_done": None, "page_shown": None,
             "estimate": None, "estimate_at": None}
    gaps: list[tuple[float, float, str]] = []
    page_queue: list[str] = []
    page_stalls: dict[str, dict] = {}
    turn_clock = TurnClock(lambda: state["phase"]) if os.environ.get("PROBE_TURNS") else None

    def next_page(now: float) -> None:
        """--pages: show the next page not shown yet (the previous one has settled)."""
        if not page_queue:
            state["pages_done"], state["phase"] = now, "pages shown"
            return
        title = page_queue.pop(0)
        state["phase"], state["page_shown"] = f"page {title}", now
        page_stalls[title] = {"first_ms": None, "max_ms": 0.0}
        window.show_page(title)

    def tick() -> None:
        now = time.perf_counter()
        gap = now - state["last"] - interval_ms / 1000
        state["last"] = now
        state["ticks"] += 1
        if dialogs and state["failed"] is None:
            state["failed"], state["error"] = now, f"error dialog: {dialogs[0]}"
        if state["t_start"] is None:
            return
        at = now - state["t_start"]
        if gap > 0.1:
            state["over"] += 1
        if gap > 0.02:
            gaps.append((round(at, 3), round(gap * 1000, 1), state["phase"]))
        if gap > 0.05 and turn_clock is not None:
            turn_clock.note_gap(at, gap)
        if gap > state["max"]:
            state["max"], state["worst_at"], state["worst_phase"] = gap, at, state["phase"]
        if state["estimate"] is None and window.progress.isVisible() and " — " in window.progress.label.text():
            state["estimate"], state["estimate_at"] = window.progress.label.text(), at   # "… — about 40 seconds left"
        if state["check_started"] is not None and state["checked"] is None:
            state["check_max"] = max(state["check_max"], gap)
            dialog = window.session.model_checks.dialog
            if dialog is not None and dialog.shown is not None:
                state["checked"], state["phase"] = now, "model check shown"
        if model_check and state["segmented"] and state["check_started"] is None \
                and now - state["segmented"] > idle_after_s:
            state["check_started"], state["phase"] = now, "model check (refitting)"
            show_model_check(window.session, window)
        if state["page_shown"] is not None and state["pages_done"] is None:
            shown = page_stalls[state["phase"].removeprefix("page ")]
            if shown["first_ms"] is None:
                shown["first_ms"] = round(gap * 1000, 1)
            shown["max_ms"] = round(max(shown["max_ms"], gap * 1000), 1)
            if now - state["page_shown"] > PAGE_SETTLE_S:
                next_page(now)
        if pages and state["segmented"] and state["pages_started"] is None and not state["failed"] \
                and now - state["segmented"] > idle_after_s:
            state["pages_started"] = now
            page_queue.extend(t for t in window.pages if t != window.current_page_title())
            next_page(now)
        done = ((state["checked"] if model_check else state["pages_done"] if pages else state["segmented"])
                or state["failed"])
        if done and now - done > idle_after_s:
            app.quit()
        if at > limit_s:
            state["failed"] = state["failed"] or now
            state["error"] = f"gave up after {limit_s:.0f} s"
            app.quit()

    def on_imported(_imported) -> None:
        state["imported"] = time.perf_counter()
        state["phase"] = "after import (segmenting, drawing)"

    def on_segmented() -> None:
        if state["segmented"] is None:
            state["segmented"] = time.perf_counter()
            state["phase"] = "segmentation shown"

    def on_failed(error) -> None:
        if state["failed"] is None:
            state["failed"] = time.perf_counter()
            state["error"] = f"{type(error).__name__}: {error}"

    # an error dialog would wait for a click for ever: the smoke run's timer closes it, tick() stops
    dialogs: list[str] = []
    answering = answer_dialogs(dialogs)
    window.import_flow.imported.connect(on_imported)
    window.import_flow.failed.connect(on_failed)
    window.session.segmentation_changed.connect(on_segmented)
    probe = QTimer()
    probe.setInterval(interval_ms)
    probe.timeout.connect(tick)
    probe.start()

    def begin() -> None:
        state["t_start"] = time.perf_counter()
        state["last"] = state["t_start"]
        state["phase"] = "importing"
        if turn_clock is not None:
            turn_clock.t_start = state["t_start"]
        window.open_file(path, ask_mapping=False)

    QTimer.singleShot(200, begin)
    app.exec()
    answering.stop()
    window.shutdown()
    end = state["segmented"] or state["failed"] or time.perf_counter()
    info = {
        "max_stall_ms": state["max"] * 1000,
        "worst_at_s": state["worst_at"],
        "worst_phase": state["worst_phase"],
        "stalls_over_100ms": state["over"],
        "interval_ms": interval_ms,
        "ticks": state["ticks"],
        "work_seconds": end - (state["t_start"] or end),
        "import_seconds": (state["imported"] - state["t_start"]) if state["imported"] else None,
        "segmentation_shown": bool(state["segmented"]),
        "gaps_over_20ms": sorted(gaps, key=lambda g: -g[1])[:15],
        # the progress panel's first message with how long is left (None: the work was quicker
        # than the panel's ESTIMATE_AFTER_S), and when it showed
        "progress_estimate": state["estimate"],
        "progress_estimate_at_s": state["estimate_at"],
    }
    if model_check:
        info["check_max_stall_ms"] = state["check_max"] * 1000
        info["check_seconds"] = ((state["checked"] - state["check_started"])
                                 if state["checked"] and state["check_started"] else None)
    if pages:
        info["pages"] = page_stalls
        info["pages_max_stall_ms"] = max((p["max_ms"] for p in page_stalls.values()), default=None)
    if turn_clock is not None:
        info.update(turn_clock.report())
    if state.get("error"):
        info["error"] = state["error"]
    emit(info)
    return 0 if not state.get("error") else 1


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("start", "stall"):
        print(__doc__)
        return 2
    try:
        if argv[0] == "start":
            return start()
        interval = 10
        if "--interval" in argv:
            interval = int(argv[argv.index("--interval") + 1])
        return stall(argv[1], interval_ms=interval, model_check="--model-check" in argv, pages="--pages" in argv)
    except ImportError as exc:
        emit({"missing": str(exc)})
        return 3


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
