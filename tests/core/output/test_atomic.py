"""Outputs are written through a temporary file and renamed; failures leave the old file."""

from __future__ import annotations

import os
import stat
import time

import pytest

import core.output.atomic as atomic_write
from core.errors import OutputError
from core.output.atomic import atomic_group, atomic_path, write_together


def test_success_replaces_target(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    with atomic_path(target) as tmp:
        assert tmp.parent == tmp_path and tmp != target
        tmp.write_text("new")
        assert target.read_text() == "old"
    assert target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_failure_halfway_keeps_old_file_and_no_temp(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("half")
            raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_refuses_the_imported_file(tmp_path):
    source = tmp_path / "purchases.csv"
    source.write_text("a,b\n")
    with pytest.raises(OutputError, match="never writes over it"):
        with atomic_path(tmp_path / "." / "purchases.csv", inputs=[source]):
            pass
    assert source.read_text() == "a,b\n"


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(OutputError, match="folder"):
        with atomic_path(tmp_path / "nope" / "out.csv"):
            pass


def test_new_file_gets_usual_permissions(tmp_path):
    target = tmp_path / "new.txt"
    with atomic_path(target) as tmp:
        tmp.write_text("x")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_group_puts_all_in_place_or_none(tmp_path, monkeypatch):
    a, b = tmp_path / "a.xlsx", tmp_path / "b.csv"
    a.write_text("old a")
    b.write_text("old b")
    real_replace, calls = os.replace, []

    def refuse_third(source, target):
        calls.append(target)
        if len(calls) == 3:               # a's backup, a, then b's backup is refused
            raise PermissionError(13, "locked", str(target))
        real_replace(source, target)

    # Library patch kept: a file locked by another program (Windows) cannot be made here.
    monkeypatch.setattr(atomic_write.os, "replace", refuse_third)
    with pytest.raises(OutputError, match="not open in another program") as caught:
        with atomic_group() as group:
            group.path(a).write_text("new a")
            group.path(b).write_text("new b")
    assert caught.value.file == str(b)
    assert (a.read_text(), b.read_text()) == ("old a", "old b")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx", "b.csv"]

    monkeypatch.setattr(atomic_write.os, "replace", real_replace)
    with atomic_group() as group:
        group.path(a).write_text("new a")
        group.path(b).write_text("new b")
    assert (a.read_text(), b.read_text()) == ("new a", "new b")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx", "b.csv"]


def test_ctrl_c_after_every_file_is_in_place_finishes_and_keeps_the_run(tmp_path, monkeypatch):
    """Found by a hostile trial: Ctrl+C while the earlier files' copies were removed, after every
    rename, made the run take its campaign record back and say "nothing was written" over new files."""
    a, b = tmp_path / "a.xlsx", tmp_path / "b.csv"
    a.write_text("old a")
    b.write_text("old b")
    real_unlink, interrupted = atomic_write._unlink_quietly, []

    def interrupt_once(path):
        if not interrupted:
            interrupted.append(path)
            raise KeyboardInterrupt
        real_unlink(path)

    # Our own helper patched: a signal cannot be made to land between two particular lines otherwise.
    monkeypatch.setattr(atomic_write, "_unlink_quietly", interrupt_once)
    with atomic_group() as group:
        group.path(a).write_text("new a")
        group.path(b).write_text("new b")
    assert interrupted and group.committed
    assert (a.read_text(), b.read_text()) == ("new a", "new b")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx", "b.csv"]      # no copy left behind


def test_temporary_file_left_by_a_killed_run_is_removed_later(tmp_path):
    target = tmp_path / "out.xlsx"
    old = tmp_path / ".out.xlsx.abc123.tmp"          # what a kill -9 halfway leaves
    fresh = tmp_path / ".out.xlsx.def456.tmp"        # another run writing right now: kept
    old.write_text("half")
    fresh.write_text("busy")
    day_ago = time.time() - 2 * 24 * 3600
    os.utime(old, (day_ago, day_ago))
    with atomic_path(target) as tmp:
        tmp.write_text("new")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.xlsx.def456.tmp", "out.xlsx"]


def test_permissions_are_found_without_asking_for_the_umask(tmp_path, monkeypatch):
    """os.umask() sets the umask of the whole process (a race with other threads): never called."""

    umask = os.umask(0)
    os.umask(umask)

    def refused(*args):
        raise AssertionError("os.umask called while writing")

    # Library patch kept: it proves os.umask is never called, which nothing else can observe.
    monkeypatch.setattr(atomic_write.os, "umask", refused)
    target = tmp_path / "new.csv"
    with atomic_path(target) as tmp:
        assert stat.S_IMODE(tmp.stat().st_mode) == 0o600          # private while it is written
        tmp.write_text("x")
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.csv"]   # no probe file left


def test_a_read_only_output_file_is_not_replaced(tmp_path):
    """Found by a hostile trial: an existing output the owner had made read-only was replaced (its
    folder may be written, so the rename went through) and kept its read-only mode over new content.
    A later trial, run as an administrator (who may write anything), saw it replaced again: the
    file's own permissions are what the owner asked for, whoever runs Clientele."""
    from core.output.atomic import check_targets  # noqa: PLC0415 - only this test checks targets alone

    kept = tmp_path / "c.csv"
    kept.write_text("protected")
    kept.chmod(0o444)
    try:
        with pytest.raises(OutputError, match="read-only") as caught:
            check_targets([kept])
        assert "make the file writable" in caught.value.what_to_do and caught.value.file == str(kept)
        assert kept.read_text() == "protected"
    finally:
        kept.chmod(0o644)


def test_a_stop_after_every_file_is_in_place_leaves_the_run_written(tmp_path):
    """Found by a hostile trial: Ctrl+C arriving just after the files were put in place was reported
    as "stopped; nothing was written" (and the campaign kept), so the owner ran it again. The run is
    written from then on; ``on_written`` tells the command line, which then ignores a stop."""
    from core.output.customer_table import CustomerTableOutput  # noqa: PLC0415 - the output under test
    from tests.factories import make_segmentation  # noqa: PLC0415

    out = tmp_path / "customers.csv"
    told: list[bool] = []

    def stopped_now() -> None:
        told.append(out.exists())
        raise KeyboardInterrupt       # (the owner's Ctrl+C, arriving as the files go into place)

    write_together([CustomerTableOutput(make_segmentation().customers, out)], [], None, stopped_now)   # (returns)
    assert told == [True] and out.exists() and not list(tmp_path.glob(".*.tmp"))


def test_a_file_taken_away_comes_back_when_the_commit_fails(tmp_path):
    stale, new, blocked = tmp_path / "old - A.csv", tmp_path / "new.csv", tmp_path / "blocked.csv"
    stale.write_text("earlier\n", encoding="utf-8")
    blocked.mkdir()                                         # (a rename onto a folder fails)
    with pytest.raises(OutputError, match="could not put the new file in place"), atomic_group() as group:
        group.remove(stale)
        group.path(new).write_text("new\n", encoding="utf-8")
        group.path(blocked).write_text("x\n", encoding="utf-8")
    assert stale.read_text(encoding="utf-8") == "earlier\n" and not new.exists()
    with atomic_group() as group:
        group.remove(stale)
        group.path(new).write_text("new\n", encoding="utf-8")
    assert not stale.exists() and new.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["blocked.csv",
                                                                                                  "new.csv"]


def test_a_workbook_open_in_excel_or_libreoffice_is_told_by_its_lock_file(tmp_path):
    """Found by a trial of the window: replacing a workbook open in LibreOffice (or Excel on a Mac)
    was asked about like any other file; that program would later save its old copy over the new one."""
    from core.output.atomic import open_elsewhere  # noqa: PLC0415

    book = tmp_path / "mailing.xlsx"
    book.write_bytes(b"x")
    assert not open_elsewhere(book)
    (tmp_path / ".~lock.mailing.xlsx#").write_text("owner", encoding="utf-8")
    assert open_elsewhere(book)
    long_name = tmp_path / "mailing-december.xlsx"
    long_name.write_bytes(b"x")
    (tmp_path / "~$iling-december.xlsx").write_bytes(b"owner")          # (Excel: from the third character)
    assert open_elsewhere(long_name)
    assert not open_elsewhere(tmp_path / "gone.xlsx")
