"""The files an export is about to write, asked about before anything is written: files that
would be replaced, folders that do not exist yet; and opening what was written.

The names come from core (core/campaigns/export_files.csv_name), so the question lists exactly the
files the export writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from core.campaigns import csv_name

#: Files named in the question at most (the rest are counted).
NAMED = 8


def files_to_write(out: Path, csv_dir: Path | None, list_names: Sequence[str]) -> list[Path]:
    """The workbook, then one CSV per list when ``csv_dir`` is given."""
    files = [out]
    if csv_dir is not None:
        files += [csv_dir / csv_name(out, name) for name in list_names]
    return files


def ask_to_replace(parent: QWidget, files: Sequence[Path], imported: Sequence[str] = ()) -> bool:
    """True when none of ``files`` exists, or the owner agrees to replace those that do (No, the
    default, writes nothing). ``imported`` files are left to the export, which refuses them."""
    skip = {Path(path).resolve() for path in imported}
    existing = [path for path in files if path.exists() and path.resolve() not in skip]
    if not existing:
        return True
    named = "\n".join(f"• {path}" for path in existing[:NAMED])
    more = f"\n… and {len(existing) - NAMED:,} more" if len(existing) > NAMED else ""
    answer = QMessageBox.question(
        parent, "Replace existing files?",
        f"{'This file exists' if len(existing) == 1 else 'These files exist'} already and would be replaced:\n"
        f"{named}{more}\n\nReplace {'it' if len(existing) == 1 else 'them'}? (Choose No to pick another name.)",
        QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes


def make_folders(parent: QWidget, folders: Sequence[Path]) -> bool:
    """True when every folder exists, or the owner agreed to create the missing ones and they were."""
    missing = list(dict.fromkeys(folder for folder in folders if not folder.is_dir()))
    if not missing:
        return True
    named = "\n".join(f"• {folder}" for folder in missing)
    answer = QMessageBox.question(parent, "Create the folder?",
                                  f"{'This folder does' if len(missing) == 1 else 'These folders do'} not exist "
                                  f"yet:\n{named}\n\nCreate {'it' if len(missing) == 1 else 'them'}?",
                                  QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
    if answer != QMessageBox.Yes:
        return False
    for folder in missing:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            QMessageBox.warning(parent, "The folder could not be created",
                                f"{folder}: {exc.strerror or exc}. Choose another folder.")
            return False
    return True


def open_path(parent: QWidget, path: Path, what: str = "file") -> bool:
    """Open a file or folder with the computer's program for it; say so when none does (a file
    that was moved, or no program that opens .xlsx workbooks)."""
    if not path.exists():
        QMessageBox.information(parent, "The file is not there",
                                f"{path} is not there any more (moved or deleted?). Export again to write it.")
        return False
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    if what == "folder":
        text = f"Clientele could not open the folder {path}. Open it in your file manager."
    else:
        text = (f"No program on this computer opens {path.suffix or 'these'} files, so Clientele cannot open "
                f"{path.name}. Install a spreadsheet program (LibreOffice Calc is free), or use “Show in "
                f"folder”. The file is at {path}.")
    QMessageBox.information(parent, "Nothing opens this file", text)
    return False
