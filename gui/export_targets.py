"""The files an export is about to write, asked about before anything is written: files that
would be replaced, folders that do not exist yet; and opening what was written.

The names come from core (core/campaigns/export_files.csv_name), so the question lists exactly the
files the export writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from core.campaigns import csv_name
from core.output import format_number
from gui.translation import window_locale

translate = QCoreApplication.translate

#: Files named in the question at most (the rest are counted).
NAMED = 8


def files_to_write(out: Path, csv_dir: Path | None, list_names: Sequence[str]) -> list[Path]:
    """The workbook, then one CSV per list when ``csv_dir`` is given."""
    files = [out]
    if csv_dir is not None:
        files += [csv_dir / csv_name(out, name) for name in list_names]
    return files


def ask_to_replace(parent: QWidget, files: Sequence[Path], imported: Sequence[str] = (),
                   shop_locale: str | None = None) -> bool:
    """True when none of ``files`` exists, or the owner agrees to replace those that do (No, the
    default, writes nothing). ``imported`` files are left to the export, which refuses them. The
    count of files not named is written as the window's language writes numbers (``window_locale``
    of the shop's ``shop_locale``)."""
    skip = {Path(path).resolve() for path in imported}
    existing = [path for path in files if path.exists() and path.resolve() not in skip]
    if not existing:
        return True
    named = "\n".join(f"• {path}" for path in existing[:NAMED])
    left = len(existing) - NAMED
    more = ("\n" + translate("ExportTargets", "… and %1 more", "", left).replace("%1", format_number(left, 0, window_locale(shop_locale)))
            if left > 0 else "")
    from core.output import open_elsewhere  # noqa: PLC0415 - loaded with the first export

    opened = [path for path in existing if open_elsewhere(path)]
    warning = ("\n\n" + translate("ExportTargets", "%1 looks open in Excel or LibreOffice: close it there first, or "
                                  "that program may later save its old copy over the new one.").replace(
        "%1", ", ".join(path.name for path in opened))) if opened else ""
    answer = QMessageBox.question(
        parent, translate("ExportTargets", "Replace existing files?"),
        translate("ExportTargets", "These files exist already and would be replaced:\n%1\n\nReplace them? "
                  "(Choose No to pick another name.)", "", len(existing)).replace("%1", named + more) + warning,
        QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes


def make_folders(parent: QWidget, folders: Sequence[Path]) -> bool:
    """True when every folder exists, or the owner agreed to create the missing ones and they were."""
    missing = list(dict.fromkeys(folder for folder in folders if not folder.is_dir()))
    if not missing:
        return True
    # (a file where a folder should be, itself or one of its parents: no folder can be made there)
    blocked = next((part for folder in missing for part in (folder, *folder.parents) if part.is_file()), None)
    if blocked is not None:
        QMessageBox.warning(parent, translate("ExportTargets", "The folder could not be created"),
                            translate("ExportTargets", "%1 is a file, not a folder. Choose another folder.")
                            .replace("%1", str(blocked)))
        return False
    named = "\n".join(f"• {folder}" for folder in missing)
    answer = QMessageBox.question(parent, translate("ExportTargets", "Create the folder?", "", len(missing)),
                                  translate("ExportTargets", "These folders do not exist yet:\n%1\n\nCreate them?", "",
                                            len(missing)).replace("%1", named),
                                  QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
    if answer != QMessageBox.Yes:
        return False
    for folder in missing:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            QMessageBox.warning(parent, translate("ExportTargets", "The folder could not be created"),
                                translate("ExportTargets", "%1: %2. Choose another folder.").replace(
                                    "%1", str(folder)).replace("%2", str(exc.strerror or exc)))
            return False
    return True


def open_path(parent: QWidget, path: Path, what: str = "file") -> bool:
    """Open a file or folder with the computer's program for it; say so when none does (a file
    that was moved, or no program that opens .xlsx workbooks)."""
    if not path.exists():
        QMessageBox.information(parent, translate("ExportTargets", "The file is not there"),
                                translate("ExportTargets", "%1 is not there any more (moved or deleted?). Export again "
                                          "to write it.").replace("%1", str(path)))
        return False
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    if what == "folder":
        text = translate("ExportTargets", "Clientele could not open the folder %1. Open it in your file "
                         "manager.").replace("%1", str(path))
    else:
        text = (translate("ExportTargets", "No program on this computer opens %1 files, so Clientele cannot open %2. "
                          "Install a spreadsheet program (LibreOffice Calc is free), or use “Show in folder”. "
                          "The file is at %3.")
                .replace("%1", path.suffix or "these").replace("%2", path.name).replace("%3", str(path)))
    QMessageBox.information(parent, translate("ExportTargets", "Nothing opens this file"), text)
    return False
