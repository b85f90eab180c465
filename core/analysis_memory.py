"""The shop's choices kept per purchases file (definitions §7, "What is kept where").

Everything that belongs to a shop's analysis (the project: import choices, window, scoring, segment
map, tiers, charge lines, offers, the shop, the export choices, the customers file) is kept for
the purchases file it was made from, in the user data folder (``analyses/``), each time it
changes. Opening that file again brings it back; opening a file never analysed before that has the
same columns (a newer export of the same shop) brings back the choices of the latest file with those
columns; any other file starts from the defaults, so nothing of one shop's analysis leaks into
another's. A project file saved by the owner is a copy of the same choices, for another computer,
a backup or the command line. What belongs to the app (window size, recent files, folders, the
detailed log) is kept by the window in its settings.

The project files are written by core/project.save_project (checked, all or nothing); the index
(which file, which columns) is one JSON file written through core/output/atomic.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from core.errors import ClienteleError
from core.output.atomic import atomic_path
from core.project import Project, load_project, save_project

log = logging.getLogger(__name__)

#: The folder under the user data folder that holds the kept analyses.
FOLDER = "analyses"
INDEX = "index.json"
#: Analyses kept at most; the ones used longest ago are forgotten first.
MOST = 200


def columns_key(columns: Sequence[object]) -> str:
    """A file's columns as one short key (the same columns in the same order give the same key)."""
    return hashlib.sha1("\x1f".join(str(c) for c in columns).encode("utf-8")).hexdigest()[:16]


def _file_key(path: str | os.PathLike[str]) -> str:
    return str(Path(path).expanduser().resolve())


class Recall(StrEnum):
    """How kept choices were found for a file."""

    SAME_FILE = "same file"
    SAME_COLUMNS = "same columns"


@dataclass(frozen=True)
class Recalled:
    """Choices found for a file: the project, how it was found, and the file it was made from."""

    project: Project
    how: Recall
    from_file: str


class AnalysisMemory:
    """The kept analyses in ``folder`` (the user data folder's ``analyses/``)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder) / FOLDER

    # ---- the index ---------------------------------------------------------------------------
    def _index(self) -> dict:
        try:
            data = json.loads((self.folder / INDEX).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"files": {}, "columns": {}}
        if not isinstance(data, dict) or not isinstance(data.get("files"), dict) \
                or not isinstance(data.get("columns"), dict):
            return {"files": {}, "columns": {}}
        # (an entry damaged by hand, "garbage" instead of its record, is nothing kept: it had made the
        # file it stood for impossible to open)
        return {"files": {k: v for k, v in data["files"].items() if isinstance(v, dict)},
                "columns": {k: v for k, v in data["columns"].items() if isinstance(v, str)}}

    def _write_index(self, index: dict) -> None:
        with atomic_path(self.folder / INDEX) as tmp:
            Path(tmp).write_text(json.dumps(index, indent=1, ensure_ascii=False), encoding="utf-8")

    # ---- remember and recall -----------------------------------------------------------------
    def remember(self, project: Project, columns: Sequence[object]) -> bool:
        """Keep ``project`` for its purchases file (``project.source_file``) and the file's columns;
        False (logged, nothing changed) when it cannot be written: keeping is a convenience, never a
        reason to stop the owner's work."""
        if not project.source_file:
            return False
        key = _file_key(project.source_file)
        name = hashlib.sha1(key.encode("utf-8")).hexdigest()[:20] + ".json"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            save_project(project, self.folder / name)
            index = self._index()
            index["files"][key] = {"project": name, "columns": columns_key(columns),
                                   "kept": dt.datetime.now().isoformat(timespec="seconds")}
            index["columns"][columns_key(columns)] = key
            self._forget_oldest(index)
            self._write_index(index)
        except (OSError, ClienteleError) as exc:
            log.warning("the analysis of %s could not be kept: %s", key, exc)
            return False
        return True

    def _forget_oldest(self, index: dict) -> None:
        files = index["files"]
        while len(files) > MOST:
            oldest = min(files, key=lambda k: str(files[k].get("kept", "")))
            entry = files.pop(oldest)
            index["columns"] = {c: f for c, f in index["columns"].items() if f != oldest}
            (self.folder / str(entry.get("project", ""))).unlink(missing_ok=True)

    def recall(self, source_file: str | os.PathLike[str], columns: Sequence[object]) -> Recalled | None:
        """The choices kept for this very file, else for the latest file with the same columns (its
        import choices and file names are this file's: only the shop's choices carry over), else None."""
        index = self._index()
        key = _file_key(source_file)
        how, found = Recall.SAME_FILE, key
        if key not in index["files"]:
            how, found = Recall.SAME_COLUMNS, index["columns"].get(columns_key(columns))
        entry = index["files"].get(found) if found else None
        if entry is None:
            return None
        try:
            project = load_project(self.folder / str(entry.get("project", "")))
        except ClienteleError as exc:
            log.warning("the kept analysis of %s cannot be read: %s", found, exc)
            return None
        if how is Recall.SAME_COLUMNS:
            export = replace(project.export, mailing_out=None, csv_dir=None)
            project = Project(settings=project.settings, offers=project.offers, export=export, shop=project.shop)
        return Recalled(project, how, str(found))

    def forget(self, source_file: str | os.PathLike[str]) -> None:
        """Forget what was kept for one file (the owner chose to start from the defaults)."""
        index = self._index()
        entry = index["files"].pop(_file_key(source_file), None)
        if entry is None:
            return
        index["columns"] = {c: f for c, f in index["columns"].items() if f != _file_key(source_file)}
        (self.folder / str(entry.get("project", ""))).unlink(missing_ok=True)
        self._write_index(index)

