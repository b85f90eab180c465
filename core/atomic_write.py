"""Write output files atomically: through a temporary file in the same folder, then rename.

A crash, a full disk or an error raised halfway leaves either the old file or the new one, never
half of one, and no stray temporary file. The imported file is never a valid target.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

from core.errors import OutputError


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


def _give_usual_permissions(tmp_path: Path, target_path: Path) -> None:
    """mkstemp makes files only the owner can read; give the new file the old file's mode, or the
    mode a newly created file gets (0666 less the umask)."""
    try:
        mode = target_path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(tmp_path, mode)


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike, inputs: Iterable[str | os.PathLike] = ()) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; on success it replaces ``target``.

    Use as ``with atomic_path(out) as tmp: write(tmp)``. If the body raises, the temporary file is
    removed and ``target`` is left as it was.
    """
    target_path = Path(target)
    refuse_input_files(target_path, inputs)
    folder = target_path.parent if str(target_path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(
            "the folder for this output does not exist.",
            "Choose a folder that exists, or create it first.",
            file=str(target_path),
        )
    try:
        handle, tmp_name = tempfile.mkstemp(prefix=f".{target_path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(
            f"Clientele cannot write in this folder ({exc.strerror or exc}).",
            "Choose a folder you can write to.",
            file=str(target_path),
        ) from exc
    os.close(handle)
    tmp_path = Path(tmp_name)
    try:
        yield tmp_path
        _give_usual_permissions(tmp_path, target_path)
        os.replace(tmp_path, target_path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise
