"""Clientele's benchmark: how long the big-file work takes, against the targets of issue 6.

Run by hand (not in CI), from the repository root:

    python bench/run_benchmarks.py                      # 1,000,000 rows, median of 3 runs
    python bench/run_benchmarks.py --skip-openpyxl      # leave out the minutes-long baseline
    python bench/run_benchmarks.py --rows 5000 --repeat 1 --skip-openpyxl --skip-gui   # smoke

The data comes from bench/generate_data.py (written once into bench/cache/, reused afterwards).
Every figure is the median of ``--repeat`` runs, except the openpyxl baseline (run once).
Programs are timed as separate processes started from scratch, the way a user starts them;
their peak memory is the child's maximum resident set size (``wait4`` rusage, the figure
``/usr/bin/time -v`` prints as "Maximum resident set size"). A part of the app that is not
written yet shows "not available yet" in its row instead of stopping the benchmark.

The table is printed in Markdown, so it can be pasted into docs/performance.md as is.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata as md
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import generate_data  # noqa: E402 - after sys.path (and the environment) are set above
import pandas as pd  # noqa: E402 - after sys.path (and the environment) are set above

from core.campaigns import ExportRequest, ShopInfo, default_lists, default_offers, export_mailing  # noqa: E402 - after sys.path (and the environment) are set above
from core.campaigns.history import CampaignHistory  # noqa: E402 - after sys.path (and the environment) are set above
from core.campaigns.request import StoreChoice  # noqa: E402 - after sys.path (and the environment) are set above
from core.campaigns.results import campaign_results  # noqa: E402 - after sys.path (and the environment) are set above
from core.importing import ImportOptions, import_purchases  # noqa: E402 - after sys.path (and the environment) are set above
from core.segmentation import CompareTo, FactsCache, Settings, segment_customers  # noqa: E402 - after sys.path (and the environment) are set above
from core.segmentation.model_check import model_check  # noqa: E402 - after sys.path (and the environment) are set above
from core.segmentation.predictions import fit_predictions  # noqa: E402 - after sys.path (and the environment) are set above

NOT_YET = "not available yet"
FULL_ROWS = 1_000_000
BIG_ROWS = 10_000_000

# the rows of the table, in order (the smoke test checks these names)
ROW_NAMES = {
    "raw_read": "raw read, fastexcel → pandas (in-process)",
    "raw_read_proc": "raw read, fastexcel → pandas (own process)",
    "cli": "CLI `main.py segment FILE --customers-out` (xlsx)",
    "cli_ratio": "CLI ÷ raw read (own process)",
    "cli_memory": "CLI peak memory (max RSS)",
    "openpyxl": "pandas read_excel default (openpyxl), once",
    "csv_raw": "raw read of the CSV, pandas read_csv(engine=pyarrow) (own process)",
    "cli_csv": "CLI `main.py segment FILE.csv --customers-out`: CPU ÷ the CSV read's",
    "csv_big": "ten-million-row CSV: CLI ÷ pandas read_csv(engine=pyarrow), wall (--ten-million)",
    "csv_big_memory": "ten-million-row CSV: CLI peak memory (max RSS)",
    "importer": "core importer alone, import_purchases (in-process)",
    "segmentation": "core segmentation alone, segment_customers on in-memory rows",
    "predictions": "predictions fit, fit_predictions (MBG/NBD + Gamma-Gamma, all customers)",
    "compare": "segmentation with a comparison date (--compare-to, 90 days before) ÷ without",
    "occasions": "occasion lists (occasions_of, the three lists, upcoming) of every customer",
    "mailing": "mailing-list export, export_mailing (all customers)",
    "results": "campaign results: import + campaign_results ÷ import alone (all-customer campaign)",
    "gui_start": "app start to a usable window",
    "gui_stall": "longest GUI event-loop stall, import + segment in the window",
    "gui_stall_big": "ten-million-row CSV: longest GUI stall, import + segment in the window (--ten-million)",
}


@dataclass
class Row:
    key: str
    value: str = ""
    target: str = ""
    result: str = ""          # PASS / FAIL / "" (no target or not measured)
    notes: str = ""
    seconds: float | None = None
    runs: list = field(default_factory=list)

    @property
    def name(self) -> str:
        return ROW_NAMES[self.key]


# ---- helpers -------------------------------------------------------------------------------------

def fmt_s(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds < 100 else f"{seconds:.0f} s ({seconds / 60:.1f} min)"


def fmt_runs(values: list[float]) -> str:
    return "runs " + ", ".join(f"{v:.2f}" for v in values) if len(values) > 1 else ""


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def child_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("MPLBACKEND", "Agg")
    env["CLIENTELE_DATA_DIR"] = str(tmp / "userdata")     # never the real user folders
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


@dataclass
class ProcResult:
    returncode: int
    seconds: float
    max_rss_mb: float
    cpu_seconds: float
    stdout: str
    stderr: str


def _high_water_mb(pid: int) -> float | None:
    """The peak resident memory (MB) of the running process ``pid`` since it started its program
    (Linux: VmHWM of /proc/PID/status); None where that cannot be read."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def run_process(cmd: list[str], tmp: Path, timeout: float | None = None) -> ProcResult:
    """Run ``cmd`` from the repository root; wall time, CPU time and the child's peak RSS.

    The peak is the child's own high-water mark, read every 10 ms while it runs. wait4's
    ``ru_maxrss`` is not: Linux carries the starting process's peak over into the program it starts,
    and Python starts children with vfork, so every child reported at least the benchmark's own peak
    (1,147 MB after the in-process workbook read, for the 1M-row CSV command line too). wait4's
    figure is used only where /proc cannot be read."""
    (tmp / "userdata").mkdir(parents=True, exist_ok=True)
    out_path, err_path = tmp / "stdout.txt", tmp / "stderr.txt"
    env = child_env(tmp)
    peak: float | None = None
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        env["BENCH_T0"] = repr(time.monotonic())           # the GUI probe times itself from here
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=err,
                                stdin=subprocess.DEVNULL)   # (returns once the child runs its program)
        deadline = None if timeout is None else t0 + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            seen = _high_water_mb(proc.pid)
            if seen is not None:
                peak = seen if peak is None else max(peak, seen)
            if deadline is not None and time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.01)
        seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = err_path.read_text("utf-8", "replace")
    crash_log = tmp / "userdata" / "clientele.log"          # the CLI logs tracebacks there
    if proc.returncode != 0 and crash_log.exists():
        stderr += "\n" + crash_log.read_text("utf-8", "replace")
        crash_log.unlink()
    return ProcResult(proc.returncode, seconds, peak if peak is not None else usage.ru_maxrss / 1024,
                      usage.ru_utime + usage.ru_stime,
                      out_path.read_text("utf-8", "replace"), stderr)


def missing_module(text: str) -> str | None:
    """The module named in a ModuleNotFoundError traceback (a part not written yet), if any.

    An ImportError of a name inside an existing module ("cannot import name") is reported as an
    error instead: in a shared working tree it is usually a file caught half-edited."""
    for line in reversed(text.strip().splitlines()):
        if line.startswith("ModuleNotFoundError"):
            return line.split(":", 1)[-1].strip()
    return None


def short_error(text: str) -> str:
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    return (lines[-1] if lines else "no message")[:160]


def median_of(fn: Callable[[], float], repeat: int) -> tuple[float, list[float]]:
    runs = [fn() for _ in range(repeat)]
    return statistics.median(runs), runs


def load_average() -> str:
    try:
        return "/".join(f"{v:.1f}" for v in os.getloadavg())
    except OSError:
        return "?"


class CpuClock:
    """CPU seconds of this process (all threads) around a measurement, next to the wall time."""

    def __init__(self) -> None:
        self.runs: list[float] = []

    def __enter__(self):
        self._t0 = time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.runs.append(time.process_time() - self._t0)

    def note(self) -> str:
        return f"CPU {statistics.median(self.runs):.2f} s" if self.runs else ""


# ---- the measurements ----------------------------------------------------------------------------

RAW_READ_SNIPPET = """
import sys, time
t0 = time.perf_counter()
import fastexcel
reader = fastexcel.read_excel(sys.argv[1])
frame = reader.load_sheet(0).to_pandas()
print(len(frame), time.perf_counter() - t0)
"""

CSV_READ_SNIPPET = """
import sys
import pandas as pd
frame = pd.read_csv(sys.argv[1], engine="pyarrow")
print(len(frame))
"""

OPENPYXL_SNIPPET = """
import sys
import pandas as pd
frame = pd.read_excel(sys.argv[1])
print(len(frame))
"""


class Bench:
    def __init__(self, args: argparse.Namespace, dataset: generate_data.Dataset, tmp: Path):
        self.a = args
        self.ds = dataset
        self.tmp = tmp
        self.rows: dict[str, Row] = {}
        self.full = dataset.rows >= FULL_ROWS
        self._transactions = None
        self._transactions_source = ""
        self._segmentation = None

    def log(self, message: str) -> None:
        if not self.a.quiet:
            print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    def add(self, row: Row) -> Row:
        self.rows[row.key] = row
        self.log(f"{row.name}: {row.value} {row.result} {row.notes}".rstrip())
        return row

    def sub(self, name: str) -> Path:
        d = self.tmp / name
        d.mkdir(parents=True, exist_ok=True)
        return d

    def fail_rows(self, keys: tuple[str, ...], exc: BaseException) -> None:
        """Rows that could not be measured: "not available yet" for a missing part, else the error."""
        for k in keys:
            if _not_written_yet(exc):
                self.add(Row(k, NOT_YET, notes=str(exc)[:160]))
            else:
                self.add(Row(k, "error", notes=f"{type(exc).__name__}: {str(exc)[:160]}"))

    def guarded(self, key: str, fn: Callable[[], None]) -> None:
        """Run one measurement; ImportError → "not available yet", other errors → the message."""
        try:
            fn()
        except ImportError as exc:
            if _not_written_yet(exc):
                self.add(Row(key, NOT_YET, notes=str(exc)[:160]))
            else:
                self.add(Row(key, "error", notes=f"{type(exc).__name__}: {str(exc)[:160]}"))
        except Exception as exc:  # noqa: BLE001 - one broken part must not stop the benchmark
            if self.a.verbose:
                traceback.print_exc()
            self.add(Row(key, "error", notes=f"{type(exc).__name__}: {str(exc)[:160]}"))

    # -- raw read (the floor) --
    def raw_read(self) -> None:
        import fastexcel  # noqa: PLC0415 - optional package: ImportError shows 'not available yet'

        cpu = CpuClock()

        def once() -> float:
            with cpu:
                t0 = time.perf_counter()
                frame = fastexcel.read_excel(str(self.ds.xlsx)).load_sheet(0).to_pandas()
                seconds = time.perf_counter() - t0
            assert len(frame) == self.ds.rows, (len(frame), self.ds.rows)
            return seconds

        med, runs = median_of(once, self.a.repeat)
        self.add(Row("raw_read", fmt_s(med), notes=_join(cpu.note(), fmt_runs(runs)), seconds=med, runs=runs))

    # -- the floor and the command line, run in turns so both see the same machine load --
    def _raw_proc_once(self, path: Path, snippet: str, name: str) -> ProcResult:
        r = run_process([sys.executable, "-c", snippet, str(path)], self.sub(name))
        if r.returncode != 0:
            raise RuntimeError(short_error(r.stderr))
        return r

    def _cli_once(self, path: Path, name: str) -> ProcResult:
        main_py = ROOT / "main.py"
        if not main_py.exists():
            raise ImportError("main.py")
        d = self.sub(name)
        out = d / "customers.csv"
        r = run_process([sys.executable, str(main_py), "segment", str(path), "--customers-out", str(out)],
                        d, timeout=self.a.timeout)
        if r.returncode != 0:
            mod = missing_module(r.stderr)
            if mod:
                raise ImportError(mod)
            raise RuntimeError(f"exit {r.returncode}: {short_error(r.stderr)}")
        if not out.exists():
            raise RuntimeError("exit 0 but no customer table written")
        return r

    def cli(self) -> None:
        raws: list[ProcResult] = []
        clis: list[ProcResult] = []
        cli_error: BaseException | None = None
        for i in range(self.a.repeat):
            raws.append(self._raw_proc_once(self.ds.xlsx, RAW_READ_SNIPPET, f"raw_{i}"))
            if cli_error is None:
                try:
                    clis.append(self._cli_once(self.ds.xlsx, f"cli_{i}"))
                except Exception as exc:  # noqa: BLE001 - keep measuring the floor
                    cli_error = exc
        floor = statistics.median(r.seconds for r in raws)
        self.add(Row("raw_read_proc", fmt_s(floor), seconds=floor, runs=[r.seconds for r in raws],
                     notes=_join("Python start + imports included",
                                 f"CPU {statistics.median(r.cpu_seconds for r in raws):.2f} s",
                                 f"max RSS {max(r.max_rss_mb for r in raws):.0f} MB",
                                 fmt_runs([r.seconds for r in raws]))))
        if cli_error is not None:
            self.fail_rows(("cli", "cli_ratio", "cli_memory"), cli_error)
            return
        med = statistics.median(r.seconds for r in clis)
        self.add(Row("cli", fmt_s(med), seconds=med, runs=[r.seconds for r in clis],
                     notes=_join(f"CPU {statistics.median(r.cpu_seconds for r in clis):.2f} s",
                                 fmt_runs([r.seconds for r in clis]))))
        # the ratio of each CLI run to the raw read just before it, then the median
        ratios = [c.seconds / r.seconds for r, c in zip(raws, clis, strict=True)]
        ratio = statistics.median(ratios)
        cpu_ratio = statistics.median(c.cpu_seconds / r.cpu_seconds for r, c in zip(raws, clis, strict=True))
        self.add(Row("cli_ratio", f"{ratio:.2f}×", "≤ 1.3×", verdict(ratio <= 1.3), seconds=ratio,
                     runs=ratios, notes=_join("median of run-by-run ratios",
                                              f"CPU-time ratio {cpu_ratio:.2f}×",
                                              "runs " + ", ".join(f"{v:.2f}" for v in ratios))))
        rss = [c.max_rss_mb for c in clis]
        peak = statistics.median(rss)
        self.add(Row("cli_memory", f"{peak:.0f} MB", "≤ 1.2 GB (1229 MB)", verdict(peak <= 1228.8),
                     seconds=peak, runs=rss,
                     notes=_join(f"raw read alone {statistics.median(r.max_rss_mb for r in raws):.0f} MB",
                                 "runs " + ", ".join(f"{v:.0f}" for v in rss))))

    def csv_rows(self) -> None:
        raws, clis, smalls = [], [], []
        cli_error = None
        # the command line's floor: the same work on a 2,000-row sample of the file (every
        # 500th row, so its dates span the whole file and the prediction fit runs): Python's start,
        # every module the command line loads, and no rows to speak of
        sample = self.sub("csv_sample") / "sample.csv"
        with open(self.ds.csv, encoding="utf-8") as source, open(sample, "w", encoding="utf-8") as out:
            out.write(next(source))
            out.writelines(line for n, line in enumerate(source) if n % 500 == 0)
        for i in range(self.a.repeat):
            raws.append(self._raw_proc_once(self.ds.csv, CSV_READ_SNIPPET, f"csv_raw_{i}"))
            if cli_error is None:
                try:
                    clis.append(self._cli_once(self.ds.csv, f"cli_csv_{i}"))
                    smalls.append(self._cli_once(sample, f"cli_csv_sample_{i}"))
                except Exception as exc:  # noqa: BLE001 - a failing CLI run is reported in its row, the CSV floor still measured
                    cli_error = exc
        floor = statistics.median(r.seconds for r in raws)
        self.add(Row("csv_raw", fmt_s(floor), seconds=floor, runs=[r.seconds for r in raws],
                     notes=_join(f"CPU {statistics.median(r.cpu_seconds for r in raws):.2f} s",
                                 fmt_runs([r.seconds for r in raws]))))
        if cli_error is not None:
            self.fail_rows(("cli_csv",), cli_error)
            return
        med = statistics.median(r.seconds for r in clis)
        ratio = statistics.median(c.seconds / r.seconds for r, c in zip(raws, clis, strict=True))
        # the target is on CPU time (user + system of the whole process, every thread): the read
        # uses both cores, so its wall time hides work the CPU figure counts
        cpu_ratios = [c.cpu_seconds / r.cpu_seconds for r, c in zip(raws, clis, strict=True)]
        cpu_ratio = statistics.median(cpu_ratios)
        read_cpu = statistics.median(r.cpu_seconds for r in raws)
        floor_cpu = statistics.median(r.cpu_seconds for r in smalls)
        self.add(Row("cli_csv", f"{cpu_ratio:.2f}× CPU", "≤ 1.3× CPU", verdict(cpu_ratio <= 1.3), seconds=med,
                     runs=cpu_ratios,
                     notes=_join("median of run-by-run CPU ratios (the two alternate)",
                                 f"CLI {fmt_s(med)} wall, CPU {statistics.median(r.cpu_seconds for r in clis):.2f} s",
                                 f"wall ratio {ratio:.2f}×",
                                 f"max RSS {max(r.max_rss_mb for r in clis):.0f} MB",
                                 "CPU ratios " + ", ".join(f"{v:.2f}" for v in cpu_ratios),
                                 "the CLI on a 2,000-row sample of the file (start-up and imports): CPU "
                                 f"{floor_cpu:.2f} s = {floor_cpu / read_cpu:.2f}× the read")))

    def csv_big(self) -> None:
        """The command line on a CSV of ``--big-rows`` rows (10M by default) against pandas'
        pyarrow read of it, alternating; wall-time ratio and the CLI's peak memory."""
        big = generate_data.ensure_dataset(self.a.big_rows, cache_dir=self.a.cache_dir, verbose=not self.a.quiet,
                                           csv_only=True)
        raws: list[ProcResult] = []
        clis: list[ProcResult] = []
        for i in range(self.a.repeat):
            raws.append(self._raw_proc_once(big.csv, CSV_READ_SNIPPET, f"big_raw_{i}"))
            clis.append(self._cli_once(big.csv, f"big_cli_{i}"))
        ratios = [c.seconds / r.seconds for r, c in zip(raws, clis, strict=True)]
        ratio = statistics.median(ratios)
        size = f"{big.rows:,} rows, {big.csv.stat().st_size / 2**20:.0f} MB"
        if big.rows < BIG_ROWS:
            size += f" (not {BIG_ROWS:,}: --big-rows)"
        self.add(Row("csv_big", f"{ratio:.2f}×", "≤ 1.5×", verdict(ratio <= 1.5), seconds=ratio, runs=ratios,
                     notes=_join(size, "median of run-by-run wall ratios",
                                 f"CLI {fmt_s(statistics.median(c.seconds for c in clis))} "
                                 f"(CPU {statistics.median(c.cpu_seconds for c in clis):.1f} s), read "
                                 f"{fmt_s(statistics.median(r.seconds for r in raws))} "
                                 f"(CPU {statistics.median(r.cpu_seconds for r in raws):.1f} s, "
                                 f"max RSS {max(r.max_rss_mb for r in raws):.0f} MB)",
                                 "runs " + ", ".join(f"{v:.2f}" for v in ratios))))
        rss = [c.max_rss_mb for c in clis]
        peak = max(rss)
        self.add(Row("csv_big_memory", f"{peak:.0f} MB", "≤ 2.5 GB (2560 MB)", verdict(peak <= 2560),
                     seconds=peak, runs=rss, notes=_join(size, "the largest of the runs",
                                                         "runs " + ", ".join(f"{v:.0f}" for v in rss))))

    # -- the baseline users would otherwise wait for --
    def openpyxl(self) -> None:
        r = run_process([sys.executable, "-c", OPENPYXL_SNIPPET, str(self.ds.xlsx)], self.sub("openpyxl"),
                        timeout=self.a.openpyxl_timeout)
        if r.returncode != 0:
            raise RuntimeError(f"exit {r.returncode}: {short_error(r.stderr)}")
        floor = self.rows.get("raw_read_proc")
        cli = self.rows.get("cli")
        notes = [f"CPU {r.cpu_seconds:.0f} s", f"max RSS {r.max_rss_mb:.0f} MB"]
        if floor and floor.seconds:
            notes.append(f"{r.seconds / floor.seconds:.0f}× the fastexcel read")
        if cli and cli.seconds:
            notes.append(f"{r.seconds / cli.seconds:.0f}× the whole CLI run")
        self.add(Row("openpyxl", fmt_s(r.seconds), seconds=r.seconds, runs=[r.seconds],
                     notes="; ".join(notes)))

    # -- core, in-process --
    def transactions(self):
        """The canonical transactions of the workbook: the importer's output (imported once)."""
        if self._transactions is None:
            self._transactions = import_purchases(str(self.ds.xlsx), ImportOptions()).transactions
        return self._transactions

    def importer(self) -> None:
        cpu = CpuClock()

        def once() -> float:
            with cpu:
                t0 = time.perf_counter()
                result = import_purchases(str(self.ds.xlsx), ImportOptions())
                seconds = time.perf_counter() - t0
            self._transactions = result.transactions
            return seconds

        med, runs = median_of(once, self.a.repeat)
        tx = self._transactions
        mem = tx.memory_usage(deep=True).sum() / 2**20
        floor = self.rows.get("raw_read")
        ratio = f"{med / floor.seconds:.2f}× the in-process read" if floor and floor.seconds else ""
        self.add(Row("importer", fmt_s(med), seconds=med, runs=runs,
                     notes=_join(ratio, cpu.note(), f"{len(tx):,} rows kept, frame {mem:.0f} MB",
                                 fmt_runs(runs))))

    def segmentation(self) -> None:
        tx = self.transactions()
        cpu = CpuClock()
        # without a FactsCache every call does the full work; the window's session keeps one, so
        # the figure with cached customer facts (a settings change) is noted as well
        facts_cache = FactsCache()

        def once() -> float:
            with cpu:
                t0 = time.perf_counter()
                self._segmentation = segment_customers(tx, Settings())
                seconds = time.perf_counter() - t0
            return seconds

        med, runs = median_of(once, self.a.repeat)
        n = len(self._segmentation.customers)
        segment_customers(tx, Settings(), facts_cache=facts_cache)
        t0 = time.perf_counter()
        segment_customers(tx, Settings(), facts_cache=facts_cache)
        cached = f"settings change with cached customer facts {time.perf_counter() - t0:.2f} s"
        fit = self._segmentation.predictions
        fitted = f"predictions fitted inside, {fit.seconds:.2f} s" if fit is not None else ""
        self.add(Row("segmentation", fmt_s(med), "≤ 1 s", verdict(med <= 1.0), seconds=med, runs=runs,
                     notes=_join(f"{len(tx):,} rows → {n:,} customers, facts rebuilt every run",
                                 cpu.note(), fitted, cached, fmt_runs(runs))))

    def predictions(self) -> None:
        if self._segmentation is None:
            self._segmentation = segment_customers(self.transactions(), Settings())
        fitted = self._segmentation.predictions
        if fitted is None:
            raise RuntimeError("segment_customers gave no predictions")
        history = fitted.history
        cpu = CpuClock()
        found = []

        def once() -> float:
            with cpu:
                t0 = time.perf_counter()
                found.append(fit_predictions(history))
                seconds = time.perf_counter() - t0
            return seconds

        med, runs = median_of(once, self.a.repeat)
        last = found[-1]
        t0 = time.perf_counter()
        check = model_check(history)
        checked = f"model check (a second fit, on three quarters) {time.perf_counter() - t0:.2f} s"
        if last.purchase_model is not None:
            m = last.purchase_model.params
            what = (f"{last.purchase_model.customers:,} customers; r {m.r:.3f}, α {m.alpha:.2f} days, "
                    f"a {m.a:.3f}, b {m.b:.3f}")
            if last.spend_model is not None:
                g = last.spend_model.params
                what += f"; spend on {last.spend_model.customers:,}: p {g.p:.3f}, q {g.q:.3f}, γ {g.gamma:,.1f}"
        else:
            what = f"{history.buyers:,} customers, not fitted: {last.guardrail}"
        totals = (f"check: predicted {check.predicted_total:,.0f} against {check.actual_total:,} repeat days"
                  if check.guardrail is None else "")
        self.add(Row("predictions", fmt_s(med), "≤ 2 s", verdict(med <= 2.0), seconds=med, runs=runs,
                     notes=_join(what, cpu.note(), checked, totals, fmt_runs(runs))))

    def compare(self) -> None:
        """segment_customers with a comparison date (definitions §10) against the same call without,
        run in turns so that both meet the same load on the machine; the target: at most 1.5 × the time without."""
        tx = self.transactions()
        settings = Settings(compare_to=CompareTo(days_before=90))
        plain_runs: list[float] = []
        compare_runs: list[float] = []
        plain_cpu, compare_cpu = CpuClock(), CpuClock()
        result = None
        for _ in range(max(self.a.repeat, 3)):
            with plain_cpu:
                t0 = time.perf_counter()
                segment_customers(tx, Settings())
                plain_runs.append(time.perf_counter() - t0)
            with compare_cpu:
                t0 = time.perf_counter()
                result = segment_customers(tx, settings)
                compare_runs.append(time.perf_counter() - t0)
        plain, med = statistics.median(plain_runs), statistics.median(compare_runs)
        ratios = [c / p for p, c in zip(plain_runs, compare_runs, strict=True)]
        ratio = statistics.median(ratios)
        cpu_plain, cpu_compare = statistics.median(plain_cpu.runs), statistics.median(compare_cpu.runs)
        migration = result.migration if result is not None else None
        moved = (f"{migration.better:,} better, {migration.worse:,} worse, {migration.new:,} new"
                 if migration is not None else "no comparison")
        self.add(Row("compare", f"{ratio:.2f}×", "≤ 1.5×", verdict(ratio <= 1.5), seconds=med, runs=ratios,
                     notes=_join(f"{fmt_s(med)} against {fmt_s(plain)} for segment_customers alone (in turns; "
                                 "median of run-by-run ratios)",
                                 f"CPU {cpu_compare:.2f} s against {cpu_plain:.2f} s", moved,
                                 "runs " + ", ".join(f"{v:.2f}" for v in ratios))))

    def occasions(self) -> None:
        """The occasion lists of every customer (core/segmentation/occasions.py, added by the
        occasions work): the occasion columns and re-buy table, who is on each list, the upcoming
        table; "not available yet" while the module is missing."""
        occasions = importlib.import_module("core.segmentation.occasions")
        purchases = importlib.import_module("core.segmentation.purchases")
        schema = importlib.import_module("core.schema")
        if self._segmentation is None:
            self._segmentation = segment_customers(self.transactions(), Settings())
        seg = self._segmentation
        reference = pd.Timestamp(seg.reference_date)
        settings = getattr(seg.settings, "occasions", None) or occasions.OccasionSettings()
        t0 = time.perf_counter()
        history = purchases.purchase_history(self.transactions(), reference)
        history_seconds = time.perf_counter() - t0
        table = seg.customers
        cpu = CpuClock()
        found: list[int] = []

        def once() -> float:
            with cpu:
                t0 = time.perf_counter()
                with_columns, _ = occasions.occasions_of(table, history, reference, settings)
                members = [int(occasions.occasion_members(with_columns, reference, settings, name).sum())
                           for name in schema.OCCASIONS]
                occasions.upcoming(with_columns, reference, settings)
                seconds = time.perf_counter() - t0
            found[:] = members
            return seconds

        med, runs = median_of(once, self.a.repeat)
        self.add(Row("occasions", fmt_s(med), "≤ 0.3 s", verdict(med <= 0.3), seconds=med, runs=runs,
                     notes=_join(f"{len(table):,} customers; on the lists " +
                                 ", ".join(f"{n:,}" for n in found),
                                 f"purchase history (built once with the facts) {history_seconds:.2f} s",
                                 cpu.note(), fmt_runs(runs))))

    def mailing(self) -> None:
        if self._segmentation is None:
            self._segmentation = segment_customers(self.transactions(), Settings())
        seg = self._segmentation
        shop = ShopInfo()
        offers = default_offers()
        lists = default_lists(seg)
        summaries = []
        cpu = CpuClock()

        def once() -> float:
            d = self.sub(f"mailing_{len(summaries)}")
            out = d / "mailing.xlsx"
            with cpu:
                t0 = time.perf_counter()
                summary = export_mailing(ExportRequest(seg, out, lists=lists, offers=offers, seed=1, shop=shop,
                                                       source_file=str(self.ds.xlsx), inputs=[str(self.ds.xlsx)]))
                seconds = time.perf_counter() - t0
            summaries.append(summary)
            return seconds

        med, runs = median_of(once, self.a.repeat)
        n = len(seg.customers)
        mailed = _mailed_count(summaries[-1])
        self.add(Row("mailing", fmt_s(med), "≤ 4 s", verdict(med <= 4.0), seconds=med, runs=runs,
                     notes=_join(f"{n:,} customers in {len(lists)} lists" + (f", {mailed:,} mailed" if mailed else ""),
                                 cpu.note(), fmt_runs(runs))))

    def results(self) -> None:
        """A campaign of every customer, exported from the same file as it stood 60 days before its
        last date, then its results from the whole file: (import + results) ÷ import, run by run."""
        imported = import_purchases(str(self.ds.xlsx), ImportOptions())
        latest = imported.latest_date
        settings = Settings()
        settings.reference_date = (latest - pd.Timedelta(days=60)).date()
        seg = segment_customers(imported.transactions, settings)
        store = self.sub("results") / "campaigns.sqlite3"
        summary = export_mailing(ExportRequest(seg, self.sub("results") / "mailing.xlsx", lists=default_lists(seg),
                                               offers=default_offers(), seed=1, store=StoreChoice.file(store),
                                               export_date=settings.reference_date, source_file=str(self.ds.xlsx),
                                               inputs=[str(self.ds.xlsx)]))
        del imported, seg
        imports, totals, computed, cpu = [], [], [], CpuClock()
        found = None
        for _ in range(self.a.repeat):
            with cpu:
                t0 = time.perf_counter()
                imported = import_purchases(str(self.ds.xlsx), ImportOptions())
                t1 = time.perf_counter()
                with CampaignHistory(store) as history:
                    found = campaign_results(history, imported)
                t2 = time.perf_counter()
            imports.append(t1 - t0)
            computed.append(t2 - t1)
            totals.append(t2 - t0)
            del imported
        ratios = [t / i for t, i in zip(totals, imports, strict=True)]
        ratio = statistics.median(ratios)
        total = found.total if found is not None else None
        people = f"{summary.mailed + summary.control:,} campaign customers ({summary.mailed:,} mailed, " \
                 f"{summary.control:,} control) in {len(summary.lists)} lists"
        buyers = f"{total.buyers:,} bought in the window" if total is not None else ""
        self.add(Row("results", f"{ratio:.2f}×", "≤ 1.3×", verdict(ratio <= 1.3), seconds=ratio, runs=ratios,
                     notes=_join(people, buyers, f"results alone {statistics.median(computed):.2f} s "
                                 f"(import {statistics.median(imports):.2f} s)", cpu.note(),
                                 "runs " + ", ".join(f"{v:.2f}" for v in ratios))))

    # -- the window --
    def gui_start(self) -> None:
        runs, notes = [], ""
        for i in range(self.a.repeat):
            d = self.sub(f"gui_start_{i}")
            r = run_process([sys.executable, str(BENCH / "gui_probe.py"), "start"], d,
                            timeout=self.a.timeout)
            info = _probe_json(r)
            runs.append(info["ready_seconds"])
            loaded = [m for m in ("pandas", "matplotlib") if info.get(f"{m}_loaded")]
            notes = _join(info.get("how", ""), f"{info.get('modules', '?')} modules loaded",
                          ("imports " + " and ".join(loaded)) if loaded else "pandas and matplotlib not loaded")
        med = statistics.median(runs)
        self.add(Row("gui_start", fmt_s(med), "≤ 2 s", verdict(med <= 2.0), seconds=med, runs=runs,
                     notes=f"{notes}; " + fmt_runs(runs) if len(runs) > 1 else notes))

    def _stall_runs(self, path: Path, name: str) -> tuple[list[float], dict]:
        """``--repeat`` runs of the window's stall probe on ``path``: each run's longest stall (ms),
        and the probe's report of the worst run."""
        runs, infos = [], []
        for i in range(self.a.repeat):
            r = run_process([sys.executable, str(BENCH / "gui_probe.py"), "stall", str(path)],
                            self.sub(f"{name}_{i}"), timeout=self.a.timeout)
            info = _probe_json(r)
            runs.append(info["max_stall_ms"])
            infos.append(info)
        return runs, infos[runs.index(max(runs))]

    def gui_stall(self) -> None:
        runs, last = self._stall_runs(self.ds.xlsx, "gui_stall")
        med = statistics.median(runs)
        worst = "; ".join(f"{g[1]:.0f} ms at {g[0]:.1f} s" for g in last.get("gaps_over_20ms", [])[:3])
        notes = (f"probe every {last['interval_ms']} ms; work took {last['work_seconds']:.1f} s "
                 f"(import {last.get('import_seconds') or 0:.1f} s); worst gaps {worst}; "
                 f"stalls > 100 ms: {last['stalls_over_100ms']}; the worst {last.get('worst_phase', '')}; "
                 "runs " + ", ".join(f"{v:.0f}" for v in runs))
        self.add(Row("gui_stall", f"{med:.0f} ms", "≤ 50 ms", verdict(med <= 50), seconds=med / 1000,
                     runs=runs, notes=notes))

    def gui_stall_big(self) -> None:
        """The window importing and segmenting the ten-million-row CSV: its longest stall (issue 18
        item 2: at most 100 ms) and whether the progress panel said how long was left."""
        big = generate_data.ensure_dataset(self.a.big_rows, cache_dir=self.a.cache_dir, verbose=not self.a.quiet,
                                           csv_only=True)
        runs, last = self._stall_runs(big.csv, "gui_stall_big")
        med = statistics.median(runs)
        worst = "; ".join(f"{g[1]:.0f} ms at {g[0]:.1f} s ({g[2]})" for g in last.get("gaps_over_20ms", [])[:3])
        estimate = last.get("progress_estimate")
        notes = (f"work took {last['work_seconds']:.1f} s (import {last.get('import_seconds') or 0:.1f} s); "
                 f"worst gaps {worst}; stalls > 100 ms: {last['stalls_over_100ms']}; "
                 + (f"progress said \"{estimate}\" at {last['progress_estimate_at_s']:.1f} s; " if estimate
                    else "the progress panel never said how long was left; ")
                 + "runs " + ", ".join(f"{v:.0f}" for v in runs))
        self.add(Row("gui_stall_big", f"{med:.0f} ms", "≤ 100 ms", verdict(med <= 100 and bool(estimate)),
                     seconds=med / 1000, runs=runs, notes=notes))


def _not_written_yet(exc: BaseException) -> bool:
    """A missing module or entry point (not yet written), as opposed to a broken import."""
    if isinstance(exc, ModuleNotFoundError):
        return True
    return isinstance(exc, ImportError) and getattr(exc, "name", None) is None and \
        "cannot import name" not in str(exc)


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def _mailed_count(summary) -> int | None:
    for name in ("mailed", "mailed_count", "recipients", "total_mailed"):
        value = getattr(summary, name, None)
        if isinstance(value, int):
            return value
        if value is not None and hasattr(value, "__len__"):
            return len(value)
    return None


def _probe_json(r: ProcResult) -> dict:
    """The JSON line the GUI probe prints last; ImportError when the GUI is not there yet."""
    for line in reversed(r.stdout.strip().splitlines()):
        if line.startswith("{"):
            info = json.loads(line)
            if info.get("missing"):
                raise ImportError(info["missing"])
            if info.get("error"):
                if "no importer yet" in info["error"]:
                    raise ImportError("core.importing.importer")
                raise RuntimeError(info["error"])
            return info
    mod = missing_module(r.stderr)
    if mod:
        raise ImportError(mod)
    raise RuntimeError(f"exit {r.returncode}: {short_error(r.stderr)}")


# ---- the table -----------------------------------------------------------------------------------

def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    versions = []
    for pkg in ("pandas", "numpy", "pyarrow", "fastexcel", "openpyxl", "XlsxWriter", "PySide6-Essentials"):
        try:
            versions.append(f"{pkg} {md.version(pkg)}")
        except md.PackageNotFoundError:
            pass
    return {"cpus": str(os.cpu_count()), "cpu": cpu, "ram": ram,
            "python": platform.python_version(), "os": platform.platform(),
            "packages": ", ".join(versions)}


def render(rows: list[Row], dataset: generate_data.Dataset, repeat: int, loads: tuple[str, str]) -> str:
    m = machine()
    head = [
        f"Clientele benchmark — {dataset.rows:,} rows ({dataset.xlsx.name}, "
        f"{dataset.xlsx.stat().st_size / 2**20:.0f} MB; CSV {dataset.csv.stat().st_size / 2**20:.0f} MB), "
        f"median of {repeat} run(s), {time.strftime('%Y-%m-%d %H:%M %Z')}",
        f"Machine: {m['cpus']} CPUs, {m['cpu']}, {m['ram']} RAM; Python {m['python']}; {m['packages']}",
        f"Load average (1/5/15 min) at start {loads[0]}, at end {loads[1]} — other work on the machine "
        "slows every wall-clock figure; the CPU figures in the notes are less sensitive to it.",
    ]
    if dataset.rows < FULL_ROWS:
        head.append(f"Note: the targets are set for {FULL_ROWS:,} rows; on {dataset.rows:,} rows "
                    "PASS/FAIL only shows the table works.")
    table = ["| measurement | value | target | result | notes |", "|---|---|---|---|---|"]
    for r in rows:
        table.append(f"| {r.name} | {r.value} | {r.target} | {r.result} | {r.notes.replace('|', '/')} |")
    targets = [r for r in rows if r.target]
    passed = sum(r.result == "PASS" for r in targets)
    failed = [r.key for r in targets if r.result == "FAIL"]
    unmeasured = len(targets) - passed - len(failed)
    tally = (f"Targets: {passed} PASS, {len(failed)} FAIL" + (f" ({', '.join(failed)})" if failed else "")
             + (f", {unmeasured} not measured (skipped, not available yet or error)" if unmeasured else ""))
    return "\n".join(head) + "\n\n" + "\n".join(table) + "\n\n" + tally + "\n"


def compile_checkout() -> None:
    """Compile the checkout's Python files into ``__pycache__`` once, before any run is timed: the
    shipped app and an installed package carry compiled modules, so a run should not spend ~0.3 s
    compiling Clientele's ~240 modules (which it does on every run where Python may not write
    bytecode, ``PYTHONDONTWRITEBYTECODE=1``, as on CI machines). The libraries' modules are
    compiled by pip when installed."""
    import compileall  # noqa: PLC0415 - only the benchmark compiles

    for folder in ("core", "gui"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Clientele benchmark (issue 6); prints a Markdown table.")
    p.add_argument("--rows", type=int, default=FULL_ROWS, help="data rows (default 1,000,000)")
    p.add_argument("--cache-dir", type=Path, default=generate_data.CACHE_DIR,
                   help="where the generated data is kept (default bench/cache/)")
    p.add_argument("--repeat", type=int, default=3, help="runs per figure, median shown (default 3)")
    p.add_argument("--skip-openpyxl", action="store_true", help="leave out the openpyxl baseline")
    p.add_argument("--skip-gui", action="store_true", help="leave out the two window rows")
    p.add_argument("--skip-csv", action="store_true", help="leave out the two CSV rows")
    p.add_argument("--ten-million", action="store_true",
                   help="also the ten-million-row CSV rows (generates a 1.1 GB CSV once, minutes per run)")
    p.add_argument("--big-rows", type=int, default=BIG_ROWS,
                   help="rows of that CSV (default 10,000,000; fewer on a machine that cannot hold it)")
    p.add_argument("--only", help="comma-separated row keys to run: " + ",".join(ROW_NAMES))
    p.add_argument("--timeout", type=float, default=600, help="seconds before a child run is stopped")
    p.add_argument("--openpyxl-timeout", type=float, default=1800)
    p.add_argument("--json", type=Path, help="also write the rows as JSON here")
    p.add_argument("--quiet", action="store_true", help="no progress lines on standard error")
    p.add_argument("--verbose", action="store_true", help="print tracebacks of failed rows")
    a = p.parse_args(argv)
    if a.repeat < 1:
        p.error("--repeat must be at least 1")

    dataset = generate_data.ensure_dataset(a.rows, cache_dir=a.cache_dir, verbose=not a.quiet)
    compile_checkout()
    only = set(a.only.split(",")) if a.only else None
    unknown = (only or set()) - set(ROW_NAMES)
    if unknown:
        p.error(f"unknown row key(s): {', '.join(sorted(unknown))}")

    def wanted(*keys: str) -> bool:
        return only is None or any(k in only for k in keys)

    load_start = load_average()
    with tempfile.TemporaryDirectory(prefix="clientele-bench-") as tmp:
        # The in-process rows (mailing export) keep their campaign store here too, never in the
        # user's folder: a store that grew with every benchmark run slowed each later export.
        os.environ["CLIENTELE_DATA_DIR"] = str(Path(tmp) / "userdata-in-process")
        b = Bench(a, dataset, Path(tmp))
        steps: list[tuple[tuple[str, ...], Callable[[], None], bool]] = [
            (("raw_read",), b.raw_read, False),
            (("raw_read_proc", "cli", "cli_ratio", "cli_memory"), b.cli, False),
            (("openpyxl",), b.openpyxl, a.skip_openpyxl),
            (("csv_raw", "cli_csv"), b.csv_rows, a.skip_csv),
            (("csv_big", "csv_big_memory"), b.csv_big, not a.ten_million),
            (("importer",), b.importer, False),
            (("segmentation",), b.segmentation, False),
            (("predictions",), b.predictions, False),
            (("compare",), b.compare, False),
            (("occasions",), b.occasions, False),
            (("mailing",), b.mailing, False),
            (("results",), b.results, False),
            (("gui_start",), b.gui_start, a.skip_gui),
            (("gui_stall",), b.gui_stall, a.skip_gui),
            (("gui_stall_big",), b.gui_stall_big, a.skip_gui or not a.ten_million),
        ]
        for keys, fn, skipped in steps:
            if not wanted(*keys):
                continue
            if skipped:
                for k in keys:
                    b.rows[k] = Row(k, "skipped", notes="run with --ten-million"
                                    if k.startswith("csv_big") or (k == "gui_stall_big" and not a.ten_million)
                                    else "skipped by option")
                continue
            b.log(f"measuring {keys[0]} …")
            b.guarded(keys[0], fn)
            first = b.rows.get(keys[0])
            for k in keys[1:]:
                if k not in b.rows and first is not None:
                    b.rows[k] = Row(k, first.value, notes="see above")
        ordered = [b.rows[k] for k in ROW_NAMES if k in b.rows]
        print(render(ordered, dataset, a.repeat, (load_start, load_average())))
        if a.json:
            a.json.write_text(json.dumps({"rows": dataset.rows, "repeat": a.repeat, "machine": machine(),
                                          "table": [dict(asdict(r), name=r.name) for r in ordered]},
                                         indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
