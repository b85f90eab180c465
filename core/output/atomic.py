"""Write output files atomically: through a temporary file in the same folder, then rename.

A crash, a full disk or an error raised halfway leaves either the old file or the new one, never
half of one, and no stray temporary file. The imported file is never a valid target.
:func:`atomic_path` does this for one file; :func:`atomic_group` for several files (a workbook
and its CSVs) that are put in place together or not at all; :func:`write_together` for every
output of a run (:class:`StagedOutput`: files, and a record such as the campaign history that is
committed before the files are renamed and taken back if a rename fails). :func:`check_targets`
checks a run's output names before any work, and :func:`write_error` words a failed write.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import logging
import os
import re
import secrets
import stat
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Protocol

from core.errors import OutputError, name_not_text
from core.progress import Cancelled, ProgressCallback, done, ensure, sub_progress
from core.user_folders import campaign_store_path
from core.words import N_, Phrase

log = logging.getLogger(__name__)


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (the same path, or links to one file)."""
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _name_key(path: Path) -> str:
    """The full name of ``path`` without regard to letter case: two outputs whose names differ only
    in capitals are one file on Windows and macOS, so a run never writes both."""
    try:
        full = path.resolve()
    except OSError:
        full = Path(os.path.abspath(path))
    return os.path.normcase(str(full)).casefold()


def _same_target(a: Path, b: Path) -> bool:
    return _name_key(a) == _name_key(b) or same_file(a, b)


#: errno values of a full disk, a full quota, or a file larger than the system allows.
_DISK_FULL = frozenset({errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})
#: errno values of a folder or file Clientele may not write.
_REFUSED = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def _os_error(exc: BaseException | None) -> OSError | None:
    """The OSError behind ``exc``: itself, the first argument of a library's wrapper (XlsxWriter's
    FileCreateError), or its cause."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, OSError):
            return exc
        inner = exc.args[0] if exc.args else None
        exc = inner if isinstance(inner, BaseException) else (exc.__cause__ or exc.__context__)
        seen += 1
    return None


def _errno(error: OSError) -> int | None:
    if error.errno is not None:
        return int(error.errno)
    found = re.search(r"\[errno (\d+)\]", str(error), re.IGNORECASE)   # pyarrow: "Detail: [errno 28] ..."
    return int(found.group(1)) if found else None


def write_error(exc: BaseException, file: str | os.PathLike | None, what: str = N_("the file")) -> OutputError:
    """A failed write in a shop owner's words: a full disk, a folder Clientele may not write in,
    or the system's own words; the run that raises it leaves nothing behind."""
    cause = _os_error(exc)
    code = _errno(cause) if cause is not None else None
    reason = (cause.strerror or str(cause)) if cause is not None else str(exc)
    where = None if file is None else str(file)
    named = Phrase(what)
    if code == errno.EFBIG:
        return OutputError(Phrase("{what} could not be written: the disk is full, or the file is larger than it "
                                  "allows ({reason}).", what=named, reason=reason),
                           "Free some space on the disk, or choose another one, and try again. Nothing was written.",
                           file=where)
    if code in _DISK_FULL:
        return OutputError(Phrase("{what} could not be written: the disk is full ({reason}).", what=named,
                                  reason=reason),
                           "Free some space on the disk, or choose another one, and try again. Nothing was "
                           "written.", file=where)
    if code in _REFUSED:
        return OutputError(Phrase("{what} could not be written: Clientele may not write there ({reason}).",
                                  what=named, reason=reason),
                           "Choose a folder you can write to. Nothing was written.", file=where)
    return OutputError(Phrase("{what} could not be written ({reason}).", what=named, reason=reason),
                       "Check the disk and that the file is not open in another program, then try again. "
                       "Nothing was written.", file=where)


def open_elsewhere(path: str | os.PathLike) -> bool:
    """Whether a workbook looks open in Excel or LibreOffice: its lock file lies beside it (Excel's
    "~$" owner file, which takes the name's place from its third character when the name is long;
    LibreOffice's ".~lock.NAME#"). Replacing it then lasts only until that program saves its copy."""
    target = Path(path)
    name = target.name
    beside = ("~$" + name, "~$" + name[2:], f".~lock.{name}#")
    return target.exists() and any((target.parent / lock).is_file() for lock in beside)


def refuse_input_files(target: str | os.PathLike, inputs: Iterable[str | os.PathLike]) -> None:
    """Raise :class:`OutputError` if ``target`` is one of the files the user imported."""
    target_path = Path(target)
    for source in inputs:
        if source and same_file(target_path, Path(source)):
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
        if _errno(exc) in _DISK_FULL:   # (no room for one more file: "the disk is full", not "cannot write here")
            raise write_error(exc, target_path) from exc
        raise OutputError(
            Phrase("Clientele cannot write in this folder ({reason}).", reason=str(exc.strerror or exc)),
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
            Phrase("Clientele could not put the new file in place ({reason}); the earlier file is unchanged.",
                   reason=str(exc.strerror or exc)),
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
        #: (temporary file, target); no temporary file: the target is to be taken away
        self._pending: list[tuple[Path | None, Path]] = []
        #: every file is in place (``commit`` renamed them all): the run is written
        self.committed = False

    def path(self, target: str | os.PathLike) -> Path:
        """A temporary path for ``target`` (checked: not an imported file, folder exists)."""
        target_path = Path(target)
        refuse_input_files(target_path, self._inputs)
        if any(_same_target(target_path, done) for _, done in self._pending):
            raise OutputError("two outputs of this run have the same file name, so one would replace the "
                              "other.", "Give each output its own name.", file=str(target_path))
        tmp = _new_temp(target_path)
        self._pending.append((tmp, target_path))
        return tmp

    def remove(self, target: str | os.PathLike) -> None:
        """Take ``target`` away with the commit (an earlier run's file this run replaces by none):
        moved aside first, put back if the commit fails, deleted once every file is in place."""
        target_path = Path(target)
        refuse_input_files(target_path, self._inputs)
        self._pending.append((None, target_path))

    @property
    def last_target(self) -> Path | None:
        """The file whose temporary path was given last (the one being written)."""
        return self._pending[-1][1] if self._pending else None

    def commit(self) -> None:
        """Rename every temporary file into place; if one rename fails, undo the earlier ones.

        Once every file is in place the run is written, and ``committed`` says so: what follows
        only removes the earlier files' copies, and an interrupt arriving then (Ctrl+C, a stop
        signal) is logged and finishes the tidying instead of leaving the caller to take back a
        run whose files are already in place."""
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
                if tmp is None:      # (taken away: its copy is deleted with the others' once all are in place)
                    continue
                _give_usual_permissions(tmp, backup or target)
                _replace(tmp, target, target)
        except BaseException:
            for target, backup in reversed(backups):
                if backup is not None:
                    with contextlib.suppress(OSError):
                        os.replace(backup, target)
                else:
                    _unlink_quietly(target)
            for tmp, _ in self._pending:
                if tmp is not None:
                    _unlink_quietly(tmp)
            raise
        self.committed = True
        leftovers = [backup for _, backup in backups if backup is not None]
        self._pending = []
        while leftovers:
            try:
                _unlink_quietly(leftovers[-1])
                leftovers.pop()
            except BaseException:   # noqa: BLE001 - an interrupt after the files are in place: finish, log it
                log.warning("interrupted while removing the earlier files' copies; they were removed all the same")

    def discard(self) -> None:
        """Remove every temporary file; the targets stay as they were."""
        for tmp, _ in self._pending:
            if tmp is not None:
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


def check_folder(folder: str | os.PathLike, file: str | os.PathLike | None = None,
                 what: str = N_("this output")) -> None:
    """Before any work: ``folder`` exists, is a folder, and Clientele may create files in it (a
    probe file is made and removed at once). ``file`` names the output in the message, ``what``
    says what goes there ("the CSV files")."""
    where = str(file if file is not None else folder)
    path = Path(folder) if str(folder) else Path(".")
    if not path.exists():
        raise OutputError(Phrase("the folder for {what} does not exist.", what=Phrase(what)),
                          "Create the folder first or choose another.", file=where)
    if not path.is_dir():
        raise OutputError(Phrase('"{path}" is a file, not a folder.', path=str(path)),
                          Phrase("Choose a folder for {what}.", what=Phrase(what)), file=where)
    try:
        probe = _new_temp(path / (Path(where).name if file is not None else "probe"))
    except OutputError as exc:
        exc.file = where
        raise
    _unlink_quietly(probe)


def check_targets(targets: Sequence[str | os.PathLike], inputs: Iterable[str | os.PathLike] = ()) -> None:
    """Before any work: no target is an imported file, the campaign history or a folder, every
    target's name can be written, its folder too, and no two targets name the same file (letter
    case aside)."""
    inputs = list(inputs)
    seen: list[Path] = []
    history = campaign_store_path(create=False)
    for target in targets:
        path = Path(target)
        _check_name(path)
        try:
            refuse_input_files(path, inputs)
            if same_file(path, history):
                raise OutputError("this is Clientele's campaign history: an output written there would replace every "
                                  "campaign recorded in it.", "Choose another name for the output file.", file=str(path))
            if path.is_dir():
                raise OutputError("this is a folder, not a file.", "Give the output a file name.", file=str(path))
            if path.is_file() and read_only(path):    # (someone protected it on purpose)
                raise OutputError("this file is read-only, so Clientele does not replace it.",
                                  "Choose another name, or make the file writable first.", file=str(path))
            if any(_same_target(path, other) for other in seen):
                raise OutputError("two outputs of this run have the same file name, so one would replace the "
                                  "other.", "Give each output its own name.", file=str(path))
            seen.append(path)
            check_folder(path.parent, path)
        except OSError as exc:
            raise write_error(exc, path) from exc


def read_only(path: Path) -> bool:
    """A file its owner protected: no one may write it by its permissions (an administrator, who may
    write anything, is refused too: the protection says what the owner wants), or this user may not."""
    return not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK)


#: The longest file name (in bytes) an output may have: the usual file systems take 255 (ext4, NTFS,
#: APFS), and the temporary file written beside it first (".<name>.<8 letters>.tmp") needs 14 more.
LONGEST_FILE_NAME = 255 - 14


def _check_name(path: Path) -> None:
    """A file name that can be written and recorded: valid text, at most LONGEST_FILE_NAME bytes."""
    text = str(path)
    shown = name_not_text(path)      # (the name's bytes: "m\\xff.xlsx")
    if shown is not None:
        raise OutputError("the file name holds bytes that are not text in any language, so it cannot be shown or "
                          "recorded.", "Choose a name of letters, digits and spaces.", file=shown)
    if len(os.fsencode(path.name)) > LONGEST_FILE_NAME:
        raise OutputError(Phrase("the file name is longer than the {limit} characters a file name may have.",
                                 limit=LONGEST_FILE_NAME), "Choose a shorter name (or a shorter list name for the "
                          "list's CSV file).", file=text)


class StagedOutput(Protocol):
    """One output of a run, written by :func:`write_together` in steps: every file to a temporary
    path first (``stage``), then what it records besides files (``record``: the campaign history),
    then the renames. ``unrecord`` takes the record back when a rename fails; ``close`` releases
    what the output holds and rolls back a record not made."""

    def targets(self) -> list[Path]: ...

    def stage(self, group: AtomicGroup, progress: ProgressCallback) -> None: ...

    def record(self) -> None: ...

    def unrecord(self) -> None: ...

    def close(self) -> None: ...


def write_together(outputs: Sequence[StagedOutput], inputs: Iterable[str | os.PathLike] = (),
                   progress: ProgressCallback | None = None, on_written: Callable[[], None] | None = None) -> None:
    """Write every output of a run, or none: check every target first, write them all to
    temporary files, commit the records, then rename every file into place. Any failure (a full
    disk, a refused rename, a record that cannot be committed, a cancel) leaves the earlier files
    as they were, no temporary file, and no record. ``on_written`` is called as soon as every file
    is in place (the command line then ignores a stop, which could only make its message wrong)."""
    report = ensure(progress)
    inputs = list(inputs)
    check_targets([t for output in outputs for t in output.targets()], inputs)
    group = AtomicGroup(inputs)
    recorded: list[StagedOutput] = []
    try:
        for i, output in enumerate(outputs):
            step = sub_progress(report, 0.95 * i / len(outputs), 0.95 * (i + 1) / len(outputs))
            try:
                output.stage(group, step)
            except OSError as exc:
                raise write_error(exc, group.last_target) from exc
        report(0.96, N_("Saving"))
        for output in outputs:
            # (listed first: an interrupt arriving just after its commit, before this line, had left a
            # campaign recorded for files never written; unrecord takes back only what went in)
            recorded.append(output)
            output.record()
        group.commit()
        if on_written is not None:
            told, on_written = on_written, None
            told()
    except BaseException as exc:
        if not group.committed:
            _take_back(group, recorded)
            raise
        # every file is in place: the run is written and the records stay with it; a stop arriving
        # now (Ctrl+C, a stop signal, Cancel) changes nothing, and must not be reported as "nothing written"
        if not isinstance(exc, KeyboardInterrupt | Cancelled):
            raise
        log.warning("stopped after every file was in place: the run is written")
        if on_written is not None:      # (not told yet: the stop came before)
            with contextlib.suppress(KeyboardInterrupt, Cancelled):
                on_written()
    finally:
        for output in outputs:
            try:
                output.close()
            except (KeyboardInterrupt, Cancelled):
                if not group.committed:
                    raise
                log.warning("stopped while closing after every file was in place: the run is written")
            except Exception:  # noqa: BLE001 - closing never hides the run's own outcome; logged
                log.exception("an output could not be closed")
    try:
        done(report, N_("Written"))
    except KeyboardInterrupt:
        log.warning("stopped after every file was in place: the run is written")


def _take_back(group: AtomicGroup, recorded: list[StagedOutput]) -> None:
    """After a failed run: no temporary file, and no record (the first error is the one reported)."""
    group.discard()
    for output in reversed(recorded):
        try:
            output.unrecord()
        except Exception:  # noqa: BLE001 - the first error is the one to report; this one is logged
            log.exception("a record could not be taken back after a failed run")
