"""The bad-input corpus on the command line: exit 2, message on stderr, nothing written, bounded memory.
(How fast the command line is belongs to the benchmark, bench/run_benchmarks.py.)"""

# Each run is its own process; its peak memory is its own high-water mark after it started
# (/proc/self/status VmHWM, written by the child as it ends). os.wait4's ru_maxrss would count the
# test process's own memory at the fork too: late in a full run that alone was 684 MB.

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from tests.core.importing import bad_inputs

ROOT = Path(__file__).resolve().parents[2]
#: Peak resident memory allowed for one command-line run on a bad file (a bomb that got through
#: would need gigabytes); the address-space limit only keeps a regression from hurting the machine.
MAX_RSS = 1.5 * 1024 ** 3
ADDRESS_SPACE = 4 * 1024 ** 3
#: Not a speed target: a child still running after this long has hung (a run on these files takes a
#: few seconds) and is killed, so that a regression fails its test instead of stopping the test run.
HANG_GUARD = 600.0

resource = pytest.importorskip("resource")  # POSIX only (wait4, rlimits)

#: A representative subset: every bomb, broken containers, broken text, and data problems.
CASES = {
    "xlsx_zip_bomb": ["orders.xlsx", "unpack to 3.5 GB", "not opened"],
    "xlsx_zip_bomb_lying": ["orders.xlsx", "more than the 40,000 bytes", "zip bomb"],
    "xlsx_entity_bomb_shared_strings": ["orders.xlsx", "DOCTYPE", "XML bomb"],
    "xlsx_entity_bomb_sheet": ["orders.xlsx", "DOCTYPE"],
    "xlsx_encrypted": ["orders.xlsx", "protected with a password", "remove the password"],
    "xlsx_truncated": ["orders.xlsx", "damaged"],
    "docx_renamed": ["orders.xlsx", "Word document"],
    "xlsx_zero_bytes": ["orders.xlsx", "0 bytes"],
    "csv_zero_bytes": ["orders.csv", "0 bytes"],
    "csv_binary_garbage": ["orders.csv", "binary data"],
    "csv_no_header": ["orders.csv", "no header row"],
    "csv_mixed_day_month": ['column "Date"', "row 2", "row 3"],
    "csv_ambiguous_dates": ['column "Date"', "--date-order"],
    "csv_all_amounts_text": ['column "Amount"', "None of the amounts"],
    "xlsx_formulas_uncalculated": ["orders.xlsx", "cell C2", "saved without their results"],
    "folder_not_file": ["orders.csv", "folder, not a file"],
}


#: What the child runs: the address-space limit, its own peak written as it ends, then main.py.
_CHILD = """import atexit, resource, runpy, sys
resource.setrlimit(resource.RLIMIT_AS, ({space}, {space}))
def _peak():
    with open("/proc/self/status") as status, open({peak!r}, "w") as out:
        out.write(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
atexit.register(_peak)
sys.argv = ["main.py", "segment", *{args!r}]
runpy.run_path({main!r}, run_name="__main__")
"""


def run_cli(args: list[str], cwd: Path, address_space: int = ADDRESS_SPACE) -> tuple[int, str, str, int]:
    """Run ``python main.py segment ARGS``; (exit status, stdout, stderr, peak RSS bytes: the child's
    own, VmHWM; where it could not say, ru_maxrss). A child that hangs is killed after HANG_GUARD
    seconds (its status then says so: -9)."""
    out, err, peak_file = cwd / ".stdout", cwd / ".stderr", cwd / ".peak"
    code = _CHILD.format(space=int(address_space), peak=str(peak_file), args=list(args), main=str(ROOT / "main.py"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        child = subprocess.Popen([sys.executable, "-c", code], cwd=cwd, stdout=stdout, stderr=stderr, env=env)
        deadline = start + HANG_GUARD
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                child.kill()
                pid, status, usage = os.wait4(child.pid, 0)
                break
            time.sleep(0.02)
        child.returncode = os.waitstatus_to_exitcode(status)
    texts = out.read_text(errors="replace"), err.read_text(errors="replace")
    out.unlink()
    err.unlink()
    peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    if peak_file.exists():
        peak = int(peak_file.read_text()) * 1024
        peak_file.unlink()
    return child.returncode, texts[0], texts[1], peak


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_file_exits_2_with_message_and_writes_nothing(name, tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    path = bad_inputs.build(name, source)
    before = sorted(os.listdir(source))
    status, stdout, stderr, peak = run_cli([str(path), "--customers-out", "out.csv",
                                            "--mailing-out", "mailing.xlsx"], work)
    assert status == 2, f"{name}: exit {status}\n{stderr}"
    for words in CASES[name]:
        assert words in stderr, f"{name}: {words!r} not in {stderr!r}"
    assert "Traceback" not in stderr + stdout and "Error:" not in stderr.replace("InputError", "")
    assert stderr.strip().startswith("Clientele:") and len(stderr) < 1_500
    assert os.listdir(work) == []                       # nothing written, no temporary files
    assert sorted(os.listdir(source)) == before         # the imported file is left alone
    assert peak < MAX_RSS, f"{name}: peak memory {peak / 1024 ** 2:,.0f} MB"


def test_valid_awkward_file_still_segments(tmp_path):
    """A UTF-16 tab-separated export with day-first dotted dates and decimal commas goes through."""
    path = bad_inputs.build("csv_utf16", tmp_path)
    status, stdout, stderr, _peak = run_cli([str(path), "--customers-out", "out.csv"], tmp_path)
    assert status == 0, stderr
    lines = (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith(("customer_id,", "\"customer_id\",")) and len(lines) == 3
    assert "Rows kept: 2" in stdout and "Traceback" not in stderr


def test_wide_sheet_segments_with_its_far_columns_left_unread(tmp_path):
    """A sheet 16,384 columns wide (three purchases of C1 and C2): the first 1,000 columns are read,
    the 15,384 after them are not (the report says so), the customer table holds the two customers,
    and the run stays under the memory bound a read of the whole grid would exceed."""
    path = bad_inputs.build("xlsx_16384_columns", tmp_path)
    status, stdout, stderr, peak = run_cli([str(path), "--customers-out", "out.csv"], tmp_path)
    assert status == 0, stderr
    assert "The sheet has 16,384 columns; Clientele read the first 1,000" in stdout and "Rows kept: 3" in stdout
    customers = pd.read_csv(tmp_path / "out.csv", dtype={"customer_id": str}).set_index("customer_id")
    assert sorted(customers.index) == ["C1", "C2"]
    assert customers.loc["C1", "revenue"] == 32.5 and customers.loc["C2", "revenue"] == 8.0
    assert peak < MAX_RSS


#: Sheets reaching far beyond their table (tests/core/importing/sparse_books.py): calamine built the
#: whole grid (exit 134, a Rust out-of-memory abort, or gigabytes). Under a 2 GB address-space cap
#: each must end in exit 0 (read without the stray cells, the report saying so) or exit 2 (refused
#: with a message naming the cell), never a signal or exit 1; and stay under 600 MB.
SPARSE = {
    "xlsx_stray_cell_far": (0, ["cell XFD1048576 holds a value far outside the table (A1:C3)", "Rows kept: 2"]),
    "xlsx_stray_cell_mid": (0, ["cell XFD5000 holds a value far outside the table (A1:C3)", "Rows kept: 2"]),
    "xlsx_stray_cell_lying_dimension": (0, ["cell XFD1048576 holds a value", "Rows kept: 2"]),
    "xlsx_scattered_cells": (2, ['The sheet "Orders" spans', "its last filled cell is WOV359100", "Ctrl+End"]),
    "ods_stray_cell": (0, ["cell XFD5000 holds a value far outside the table (A1:C3)", "Rows kept: 2"]),
    "ods_repeated_value": (2, ["repeats the value of cell A4 over 5,000 rows by 16,384 columns"]),
    "xls_stray_cell": (0, ["cell IV65536 holds a value far outside the table (A1:C3)", "Rows kept: 2"]),
}
SPARSE_ADDRESS_SPACE = 2 * 1024 ** 3


def test_sparse_cases_are_all_in_the_corpus():
    from tests.core.importing.test_bad_input_corpus import SPARSE as CORPUS_SPARSE  # noqa: PLC0415

    assert set(SPARSE) == CORPUS_SPARSE


@pytest.mark.parametrize("name", sorted(SPARSE))
def test_sparse_workbook_ends_in_exit_0_or_2_under_a_2_gb_cap(name, tmp_path):
    if name.startswith("xls_"):
        pytest.importorskip("xlwt")
    path = bad_inputs.build(name, tmp_path)
    before = path.read_bytes()
    status, stdout, stderr, peak = run_cli([str(path), "--customers-out", "out.csv"], tmp_path,
                                           SPARSE_ADDRESS_SPACE)
    expected, words = SPARSE[name]
    assert status == expected, f"{name}: exit {status}\n{stderr[-2000:]}"
    text = stdout if status == 0 else stderr
    for word in words:
        assert word in text, f"{name}: {word!r} not in {text!r}"
    assert "Traceback" not in stderr and "panicked" not in stderr
    assert path.read_bytes() == before
    assert (tmp_path / "out.csv").exists() == (status == 0)
    assert peak < 600 * 1024 ** 2
