"""Exports killed halfway leave the earlier files untouched and no temporary files (definitions §7)."""

# tests/core/test_mailing_export_safety.py already covers a mailing export failing inside the sheet
# writer and the CSV writer, and cancelling; here: the customer table, a failure while the workbook
# is being zipped, an interrupt (Ctrl+C), a locked target (rename refused) and a real kill -9.

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
import xlsxwriter

import core.output.atomic as atomic_write
import core.output.customer_table as export
from core.campaigns import ExportRequest, StoreChoice, default_offers, export_mailing
from core.campaigns.store import CampaignStore
from core.errors import OutputError
from core.output.customer_table import write_customer_table
from tests.core.campaigns.test_export import make_customers, make_segmentation

ROOT = Path(__file__).resolve().parents[3]


def _customers(n: int) -> pd.DataFrame:
    return make_customers(n, consent=False)


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (the campaign database aside) with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.name.startswith("c.db")}


def _cut(path) -> None:
    """What a crash leaves on disk: the file written so far, cut short."""
    Path(path).write_bytes(Path(path).read_bytes()[:1000])


# ---- the customer table ----------------------------------------------------------------------
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), RuntimeError("killed"),
                                   KeyboardInterrupt()], ids=["disk-full", "crash", "ctrl-c"])
def test_customer_table_failing_halfway_keeps_the_earlier_file(tmp_path, monkeypatch, suffix, error):
    out = tmp_path / f"customers{suffix}"
    write_customer_table(_customers(50), out)
    before = _snapshot(tmp_path)
    if suffix == ".csv":

        real_write_csv = export._write_csv

        def write_csv_then_fail(frame, target):
            real_write_csv(frame, target)
            _cut(target)
            raise error

        monkeypatch.setattr(export, "_write_csv", write_csv_then_fail)
    else:
        real_close = xlsxwriter.Workbook.close

        def close_then_fail(book):
            real_close(book)
            _cut(book.filename)
            raise error

        # Library patch kept: a disk that fills while the workbook is written cannot be made on demand.
        monkeypatch.setattr(xlsxwriter.Workbook, "close", close_then_fail)
    expected = OutputError if isinstance(error, OSError) else type(error)
    with pytest.raises(expected) as caught:
        write_customer_table(_customers(400), out)
    if expected is OutputError:
        assert "could not be written: the disk is full" in str(caught.value)
        assert caught.value.file == str(out) and "Free some space" in caught.value.what_to_do
    assert _snapshot(tmp_path) == before          # the earlier file, byte for byte; no temporary file
    if suffix == ".xlsx":
        assert openpyxl.load_workbook(out).active.max_row == 51


def test_customer_table_on_a_locked_target_keeps_it(tmp_path, monkeypatch):
    """Windows refuses to replace a file open in Excel: the rename fails, the old file stays."""
    out = tmp_path / "customers.xlsx"
    write_customer_table(_customers(20), out)
    before = _snapshot(tmp_path)

    def locked(source, target):
        raise PermissionError(13, "The process cannot access the file", str(target))

    # Library patch kept: a file locked by another program (Windows) cannot be made here.
    monkeypatch.setattr(atomic_write.os, "replace", locked)
    with pytest.raises(OutputError, match="not open in another program"):
        write_customer_table(_customers(30), out)
    assert _snapshot(tmp_path) == before


_KILLED_CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    import core.output.customer_table as export
    from tests.core.campaigns.test_export import make_customers

    def slow(frame, path, target=None, **_sheet_and_words):
        Path(path).write_bytes(b"PK half a workbook")
        Path(sys.argv[3]).write_text("writing")
        time.sleep(60)

    export._write_xlsx = slow
    export.write_customer_table(make_customers(30, consent=False), sys.argv[2])
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX kill -9")
def test_customer_table_process_killed_halfway_keeps_the_earlier_file(tmp_path):
    out = tmp_path / "customers.xlsx"
    write_customer_table(_customers(20), out)
    before = out.read_bytes()
    marker = tmp_path.parent / f"{tmp_path.name}.writing"
    child = subprocess.Popen([sys.executable, "-c", _KILLED_CHILD, str(ROOT), str(out), str(marker)])
    try:
        deadline = time.monotonic() + 30
        while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the child never started writing"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert out.read_bytes() == before
    openpyxl.load_workbook(out)
    # A killed process cannot tidy up: its half-written file stays, hidden (".customers.xlsx.*.tmp"),
    # next to the untouched output; it is never taken for the output itself.
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "customers.xlsx"]
    assert all(name.startswith(".customers.xlsx.") and name.endswith(".tmp") for name in leftovers)


# ---- the mailing export ----------------------------------------------------------------------
def _export(tmp_path: Path, customers: int, **kw):
    seg = make_segmentation(_customers(customers))
    return export_mailing(ExportRequest(seg, tmp_path / "mailing.xlsx", offers=default_offers(), seed=5,
                                        export_date=dt.date(2026, 7, 1), store=StoreChoice.file(tmp_path / "c.db"),
                                        **kw))


def _campaigns(tmp_path: Path) -> int:
    with CampaignStore(tmp_path / "c.db") as store:
        return len(store.campaigns())


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), KeyboardInterrupt()],
                         ids=["disk-full", "ctrl-c"])
def test_mailing_failing_while_zipping_keeps_every_earlier_file(tmp_path, monkeypatch, error):
    csv_dir = tmp_path / "csv"
    csv_dir.mkdir()
    first = _export(tmp_path, 60, csv_dir=csv_dir)
    before = _snapshot(tmp_path), _snapshot(csv_dir)
    real_close = xlsxwriter.Workbook.close

    def close_then_fail(book):
        real_close(book)
        _cut(book.filename)
        raise error

    # Library patch kept: a disk that fills while the workbook is written cannot be made on demand.
    monkeypatch.setattr(xlsxwriter.Workbook, "close", close_then_fail)
    with pytest.raises(OutputError if isinstance(error, OSError) else KeyboardInterrupt):
        _export(tmp_path, 150, csv_dir=csv_dir)
    assert (_snapshot(tmp_path), _snapshot(csv_dir)) == before
    assert _campaigns(tmp_path) == 1
    openpyxl.load_workbook(first.workbook_path)


def test_mailing_with_one_locked_file_replaces_none(tmp_path, monkeypatch):
    csv_dir = tmp_path / "csv"
    csv_dir.mkdir()
    _export(tmp_path, 60, csv_dir=csv_dir)
    before = _snapshot(tmp_path), _snapshot(csv_dir)
    real_replace, calls = os.replace, []

    def second_locked(source, target):
        calls.append(target)
        if len(calls) == 2:
            raise PermissionError(13, "The process cannot access the file", str(target))
        return real_replace(source, target)

    # Library patch kept: a file locked by another program (Windows) cannot be made here.
    monkeypatch.setattr(atomic_write.os, "replace", second_locked)
    with pytest.raises(OutputError):
        _export(tmp_path, 150, csv_dir=csv_dir)
    assert [p for p in os.listdir(tmp_path) + os.listdir(csv_dir) if p.endswith(".tmp")] == []
    assert _campaigns(tmp_path) == 1
    assert (_snapshot(tmp_path), _snapshot(csv_dir)) == before


def test_mailing_on_a_locked_workbook_is_a_plain_output_error(tmp_path, monkeypatch):
    _export(tmp_path, 30)
    before = _snapshot(tmp_path)

    def locked(source, target):
        raise PermissionError(13, "The process cannot access the file", str(target))

    # Library patch kept: a file locked by another program (Windows) cannot be made here.
    monkeypatch.setattr(atomic_write.os, "replace", locked)
    with pytest.raises(OutputError):
        _export(tmp_path, 40)
    assert _snapshot(tmp_path) == before
