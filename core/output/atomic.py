"""Write output files atomically: through a temporary file in the same folder, then rename.

A crash, a full disk or an error raised halfway leaves either the old file or the new one, never
half of one, and no stray temporary file. The imported file is never a valid target.
:func:`atomic_path` does this for one file; :func:`atomic_group` for several files (a workbook
and its CSVs) that are put in place together or not at all.
"""

from __future__ import annotations

import contextlib
import glob
import logging
import os
import secrets
import stat
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from core.errors import OutputError

log = logging.getLogger(__name__)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def refuse_input_files(target: str | os.PathLike, inputs: Iterable[str | os.PathLike]) -> None:
    """Raise :class:`OutputError` if ``target`` is one of the files the user imported."""
    target_path = Path(target)
    for source in inputs:
        if source and _same_file(target_path, Path(source)):
            raise OutputError(
                "this is the file you imported, and Clientele never writes over it.",
                "Choose another name for the output file.",
                file=str(target_path),
            )


#: A temporary file of ours older than this was left by a run that was killed: it is removed.
STALE_TEMP_SECONDS = 24 * 3600


def _remove_stale_temps(folder: Path, target_name: str) -> None:
    """Remove ``.<name>.*.tmp`` files a killed run left next to this output (older than a day)."""
    now = time.time()
    for leftover in folder.glob(f".{glob.escape(target_name)}.*.tmp"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_TEMP_SECONDS:
                leftover.unlink()


def _new_temp(target_path: Path) -> Path:
    """An empty temporary file next to ``target_path``."""
    folder = target_path.parent if str(target_path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(
            "the folder for this output does not exist.",
            "Choose a folder that exists, or create it first.",
            file=str(target_path),
        )
    _remove_stale_temps(folder, target_path.name)
    try:
        handle, tmp_name = tempfile.mkstemp(prefix=f".{target_path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(
            f"Clientele cannot write in this folder ({exc.strerror or exc}).",
            "Choose a folder you can write to.",
            file=str(target_path),
        ) from exc
    os.close(handle)
    return Path(tmp_name)


def _new_file_mode(folder: Path, target_name: str) -> int:
    """The mode a newly created file gets in ``folder`` (0666 less the umask), read from a probe
    file: asking for the umask would set it, a process-wide change other threads could see."""
    for _ in range(100):
        probe = folder / f".{target_name}.{secrets.token_hex(4)}.tmp"   # cleaned up as a stale temp if left
        try:
            handle = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        try:
            return stat.S_IMODE(os.fstat(handle).st_mode)
        finally:
            os.close(handle)
            _unlink_quietly(probe)
    raise FileExistsError(f"no free probe name in {folder}")


def _give_usual_permissions(tmp_path: Path, target_path: Path) -> None:
    """mkstemp makes files only the owner can read; give the new file the old file's mode, or the
    mode a newly created file gets in its folder."""
    try:
        try:
            mode = stat.S_IMODE(target_path.stat().st_mode)
        except OSError:
            mode = _new_file_mode(tmp_path.parent, target_path.name)
        os.chmod(tmp_path, mode)
    except OSError as exc:
        log.debug("could not give %s the usual permissions (%s)", tmp_path, exc)


def _replace(source: Path, target: Path, output: Path) -> None:
    """os.replace, with a refused rename (the file open in another program) as an OutputError
    that names ``output``, the file the user asked for."""
    try:
        os.replace(source, target)
    except OSError as exc:
        raise OutputError(
            f"Clientele could not put the new file in place ({exc.strerror or exc}); the earlier file "
            "is unchanged.",
            "Check that the file is not open in another program (Excel locks open files) and try again.",
            file=str(output),
        ) from exc


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike, inputs: Iterable[str | os.PathLike] = ()) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; on success it replaces ``target``.

    Use as ``with atomic_path(out) as tmp: write(tmp)``. If the body raises, the temporary file is
    removed and ``target`` is left as it was.
    """
    with atomic_group(inputs) as group:
        yield group.path(target)


class AtomicGroup:
    """Temporary paths for several targets, put in place together when the group ends well."""

    def __init__(self, inputs: Iterable[str | os.PathLike] = ()) -> None:
        self._inputs = list(inputs)
        self._pending: list[tuple[Path, Path]] = []

    def path(self, target: str | os.PathLike) -> Path:
        """A temporary path for ``target`` (checked: not an imported file, folder exists)."""
        target_path = Path(target)
        refuse_input_files(target_path, self._inputs)
        if any(_same_file(target_path, done) for _, done in self._pending):
            raise OutputError("two outputs have the same name.", "Give each output its own name.",
                              file=str(target_path))
        tmp = _new_temp(target_path)
        self._pending.append((tmp, target_path))
        return tmp

    def commit(self) -> None:
        """Rename every temporary file into place; if one rename fails, undo the earlier ones."""
        backups: list[tuple[Path, Path | None]] = []
        try:
            for tmp, target in self._pending:
                backup = None
                if target.exists():
                    backup = _new_temp(target)
                    try:
                        _replace(target, backup, target)
                    except BaseException:
                        _unlink_quietly(backup)
                        raise
                backups.append((target, backup))
                _give_usual_permissions(tmp, backup or target)
                _replace(tmp, target, target)
        except BaseException:
            for target, backup in reversed(backups):
                if backup is not None:
                    with contextlib.suppress(OSError):
                        os.replace(backup, target)
                else:
                    _unlink_quietly(target)
            raise
        finally:
            for tmp, _ in self._pending:
                _unlink_quietly(tmp)
        for _, backup in backups:
            if backup is not None:
                _unlink_quietly(backup)
        self._pending = []

    def discard(self) -> None:
        """Remove every temporary file; the targets stay as they were."""
        for tmp, _ in self._pending:
            _unlink_quietly(tmp)
        self._pending = []


@contextlib.contextmanager
def atomic_group(inputs: Iterable[str | os.PathLike] = ()) -> Iterator[AtomicGroup]:
    """``with atomic_group() as group: write(group.path(a)); write(group.path(b))`` — both or neither."""
    group = AtomicGroup(inputs)
    try:
        yield group
    except BaseException:
        group.discard()
        raise
    group.commit()
