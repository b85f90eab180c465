"""Outputs are written through a temporary file and renamed; failures leave the old file."""

from __future__ import annotations

import pytest

from core.atomic_write import atomic_path
from core.errors import OutputError


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
    import os
    import stat

    target = tmp_path / "new.txt"
    with atomic_path(target) as tmp:
        tmp.write_text("x")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
