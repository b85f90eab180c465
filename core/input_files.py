"""Whether a path can be a file Clientele reads, found without reading it: the kinds it reads (by
suffix), and the refusals said before any reading (a folder, a missing or unreadable file, a name
that is no text, a kind it cannot read, a file of 0 bytes). Light on purpose (no pandas): the
window checks a dropped or chosen file with it before it stops the work it is doing."""

from __future__ import annotations

import stat
from pathlib import Path

from core.errors import InputError, name_not_text
from core.words import N_, Phrase

#: What the owner can do with a file Clientele cannot read as it is.
WHAT_TO_SAVE = N_("Open it in Excel or LibreOffice and save it as .xlsx or .csv, then choose that file.")

#: The files Clientele reads, by kind.
EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".xlsb")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".tab")


def refuse_empty_text(path: Path) -> None:
    """InputError for a text file of 0 bytes (no rows at all)."""
    if path.stat().st_size == 0:
        raise InputError("The file is empty: it holds no rows at all (0 bytes).",
                         "Export it again from the program that made it, and choose the new file.",
                         file=path.name)


def check_openable(path: str | Path) -> None:
    """InputError when ``path`` cannot be a purchases or customers file at all, found without reading
    it (a folder, a missing or unreadable file, a name that is no text, a kind Clientele cannot
    read): the window says so before it stops the work it is doing (read_table checks the same)."""
    path = Path(path)
    name = path.name
    not_allowed = (N_("Clientele is not allowed to read this file (it may be locked by another program "
                      "or in a protected folder)."),
                   N_("Close it in other programs, or copy it to your Documents folder, and try again."))
    shown = name_not_text(path)
    if shown is not None:
        raise InputError("The file's name holds bytes that are not text in any language (it was probably made on "
                         "an old computer), so Clientele cannot read it by that name.",
                         "Rename the file with letters, digits and spaces, then choose it again.", file=shown)
    try:
        info = path.stat()
    except PermissionError as error:
        raise InputError(*not_allowed, file=name) from error
    except (FileNotFoundError, NotADirectoryError) as error:
        raise InputError("The file does not exist (it may have been moved or renamed).",
                         "Choose the file again.", file=str(path)) from error
    if stat.S_ISDIR(info.st_mode):
        raise InputError("This is a folder, not a file.", "Choose a spreadsheet or CSV file.", file=name)
    if not stat.S_ISREG(info.st_mode):
        raise InputError("This is not a regular file (it may be a device or a pipe).",
                         "Choose a spreadsheet or CSV file.", file=name)
    try:
        with open(path, "rb"):
            pass
    except PermissionError as error:
        raise InputError(*not_allowed, file=name) from error
    suffix = path.suffix.lower()
    if suffix not in EXCEL_SUFFIXES + TEXT_SUFFIXES:
        raise InputError(
            Phrase('Clientele cannot read "{suffix}" files.', suffix=suffix or Phrase("(no extension)")),
            Phrase("Use an Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a text "
                   "table (.csv, .tsv, .txt). {what_to_save}", what_to_save=Phrase(WHAT_TO_SAVE)), file=name)
    if info.st_size == 0:   # (each kind says it in its words)
        (refuse_empty_workbook if suffix in EXCEL_SUFFIXES else refuse_empty_text)(path)


def refuse_empty_workbook(path: Path) -> None:
    """InputError for a workbook of 0 bytes (a download or save that did not finish)."""
    if path.stat().st_size == 0:
        raise InputError("The workbook is empty (0 bytes), so it is not a real Excel file. It may not "
                         "have finished downloading or saving.",
                         "Export or download it again, then choose the new file.", file=path.name)
