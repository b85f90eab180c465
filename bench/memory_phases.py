"""Peak memory (RSS) of each step of a command-line run, for issue 18's ten-million-row target.

    python bench/memory_phases.py FILE.csv OUT.csv

Runs what ``main.py segment FILE --customers-out OUT`` runs (the import, the segmentation, the
customer table written) in this process, while a thread reads the resident set size from
``/proc/self/statm`` every 10 ms, and prints the largest value seen during each progress message,
with the wall and CPU time (user + system, every thread) from that message to the next.
tracemalloc does not see Arrow's buffers (nor memory a library keeps after freeing it); the RSS
does. Over 3M rows the segmentation reads the purchase history after the customer facts, under
its own message ("Listing who bought what and when"). Linux only (/proc).
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.arrow_columns import choose_allocator  # noqa: E402 - after the path is set
from core.importing.consent_book import combine_consent  # noqa: E402
from core.importing.importer import ImportOptions, import_purchases  # noqa: E402
from core.run_plan import RunPlan, run_plan  # noqa: E402
from core.segmentation.segment import segment_customers  # noqa: E402
from core.segmentation.settings import Settings  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")


class Phases:
    """The step now running and the largest RSS (MB) seen in each step, in the order met."""

    def __init__(self) -> None:
        self.now = "start"
        self.peaks: dict[str, float] = {}
        #: when each step began: (name, wall clock, the process's CPU time, every thread)
        self.starts: list[tuple[str, float, float]] = []

    def mark(self, name: str) -> None:
        if name != self.now:
            self.starts.append((name, time.perf_counter(), sum(os.times()[:2])))
        self.now = name

    def progress(self, prefix: str):
        def report(fraction: float, message: str = "") -> None:
            self.mark(f"{prefix}: {message}")
        return report

    def times(self) -> dict[str, tuple[float, float]]:
        """Wall and CPU seconds of each step (a step met twice: added up)."""
        ends = self.starts[1:] + [("", time.perf_counter(), sum(os.times()[:2]))]
        spent: dict[str, tuple[float, float]] = {}
        for (name, wall, cpu), (_, wall_end, cpu_end) in zip(self.starts, ends, strict=True):
            before = spent.get(name, (0.0, 0.0))
            spent[name] = (before[0] + wall_end - wall, before[1] + cpu_end - cpu)
        return spent

    def sample(self) -> None:
        while True:
            with open("/proc/self/statm") as f:
                rss = int(f.read().split()[1]) * PAGE / 2**20
            name = self.now
            self.peaks[name] = max(self.peaks.get(name, 0.0), rss)
            time.sleep(0.01)


def main(path: str, out: str) -> None:
    phases = Phases()
    threading.Thread(target=phases.sample, daemon=True).start()
    choose_allocator(Path(path).stat().st_size)
    started = time.perf_counter()
    phases.mark("import")
    imported = import_purchases(path, ImportOptions(), phases.progress("import"))
    phases.mark("after the import")
    time.sleep(0.05)
    segmentation = segment_customers(imported.transactions, Settings(), None, phases.progress("segment"),
                                     latest_date=imported.latest_date, consent=combine_consent(imported.consent, None))
    phases.mark("after the segmentation")
    time.sleep(0.05)
    run_plan(RunPlan(segmentation.customers, Path(out), None, (path,)), phases.progress("write"))
    phases.mark("end")
    time.sleep(0.05)
    spent = phases.times()
    print("    peak      wall       CPU  step")
    for name, peak in list(phases.peaks.items()):
        wall, cpu = spent.get(name, (0.0, 0.0))
        print(f"{peak:5.0f} MB  {wall:6.2f} s  {cpu:6.2f} s  {name}")
    cpu = sum(os.times()[:2])
    print(f"peak {max(phases.peaks.values()):,.0f} MB; wall {time.perf_counter() - started:.1f} s, CPU {cpu:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
