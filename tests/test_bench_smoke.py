"""The benchmark script still runs: generate a tiny workbook and print the table (issue 6).

The real benchmark (1,000,000 rows, minutes) is run by hand: see bench/README.md. This runs it on
5,000 rows, once, without the openpyxl baseline, the CSV rows and the window rows.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import generate_data  # noqa: E402 - after sys.path (and the environment) are set above
import run_benchmarks  # noqa: E402 - after sys.path (and the environment) are set above

ROWS = 5000


def test_generator_is_deterministic_and_shaped_like_online_retail():
    a = generate_data.generate(2000, seed=7)
    b = generate_data.generate(2000, seed=7)
    assert list(a) == list(generate_data.COLUMNS)
    for name in a:
        assert len(a[name]) == 2000
        assert [str(v) for v in a[name][:50]] == [str(v) for v in b[name][:50]]
    invoices = [str(v) for v in a["InvoiceNo"]]
    returns = [i for i, v in enumerate(invoices) if v.startswith("C")]
    assert returns and all(a["Quantity"][i] < 0 for i in returns)
    dates = a["InvoiceDate"]
    assert (dates[1:] >= dates[:-1]).all()  # file order is date order


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_benchmark_prints_the_table_on_a_small_file(tmp_path):
    cache = tmp_path / "cache"
    cmd = [sys.executable, str(ROOT / "bench" / "run_benchmarks.py"), "--rows", str(ROWS),
           "--repeat", "1", "--skip-openpyxl", "--skip-gui", "--skip-csv", "--quiet",
           "--cache-dir", str(cache), "--timeout", "90"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=110)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (cache / f"purchases_{ROWS}.xlsx").exists() and (cache / f"purchases_{ROWS}.csv").exists()

    rows = {}
    for line in done.stdout.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("| ") and len(cells) == 5 and cells[0] != "measurement":
            rows[cells[0]] = cells
    for key, name in run_benchmarks.ROW_NAMES.items():
        assert name in rows, f"row {key!r} missing from:\n{done.stdout}"
    names = run_benchmarks.ROW_NAMES
    # the floor is always measurable; every other row has a figure, or says why not
    assert rows[names["raw_read"]][1].endswith(" s")
    assert rows[names["raw_read_proc"]][1].endswith(" s")
    for key in ("openpyxl", "csv_raw", "cli_csv", "csv_big", "csv_big_memory", "gui_start", "gui_stall", "gui_stall_big"):
        assert rows[names[key]][1] == "skipped"
    for name, cells in rows.items():
        assert cells[1] != "error", f"{name}: {cells[4]}"
        if cells[2]:  # a row with a target has a verdict once measured
            assert cells[3] in ("PASS", "FAIL") or cells[1] == run_benchmarks.NOT_YET


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="the child's own peak is read from /proc (Linux)")
def test_a_child_process_peak_memory_is_its_own_not_the_benchmarks(tmp_path):
    """Linux carries a starting process's peak memory over into the program it starts, and the
    benchmark holds a whole workbook by the time it runs the command line: the row must show the
    child's peak (here ~200 MB), not the benchmark's (here at least 600 MB more)."""
    held = bytearray(600 * 2**20)  # (touched: resident in this process)
    held[::4096] = b"\x01" * len(held[::4096])
    result = run_benchmarks.run_process(
        [sys.executable, "-c", "import time; x = bytearray(200 * 2**20); time.sleep(0.3)"], tmp_path)
    assert result.returncode == 0
    assert 190 <= result.max_rss_mb < 400, result.max_rss_mb
    del held
