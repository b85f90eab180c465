"""What a file really holds, whatever its name says: workbook, text, or something to refuse plainly."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from core.errors import InputError
from core.importing.zip_guard import check_workbook_zip
from core.input_files import WHAT_TO_SAVE, refuse_empty_workbook
from core.words import N_, Phrase

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_OLE = b"\xd0\xcf\x11\xe0"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_PASSWORD_FIX = N_("Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with "
                   "Password, clear it), save, and choose it again.")


def password_error(name: str) -> InputError:
    return InputError("The workbook is protected with a password, so it cannot be read.", _PASSWORD_FIX,
                      file=name)


def check_workbook_bytes(path: Path, suffix: str) -> str:
    """Say precisely what is wrong with a file that should be a workbook; 'excel' or 'text'."""
    name = path.name
    refuse_empty_workbook(path)
    with open(path, "rb") as handle:
        head = handle.read(8192)
    if head.startswith(b"PK"):
        return _check_zip(path)
    if head.startswith(_OLE):
        if _holds(path, _ENCRYPTED):
            raise password_error(name)
        return "excel"
    stripped = head.lstrip().lower()
    if stripped.startswith((b"<html", b"<!doctype", b"<table", b"<?xml")):
        raise InputError("This file is a web page (HTML/XML) named as a spreadsheet, which is what some "
                         "shop systems export as \"Excel\".", WHAT_TO_SAVE, file=name)
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(Phrase("The file is named {suffix} but is not a spreadsheet Clientele can read.",
                                suffix=suffix),
                         WHAT_TO_SAVE, file=name)
    return "text"


def _check_zip(path: Path) -> str:
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").decode("ascii", "ignore") if "mimetype" in names else ""
            if "word/document.xml" in names:
                raise InputError("This is a Word document renamed as a spreadsheet, not an Excel workbook.",
                                 "Open the real spreadsheet export (.xlsx or .csv) instead.", file=name)
            if any(n.startswith("ppt/") for n in names):
                raise InputError("This is a PowerPoint presentation, not an Excel workbook.",
                                 "Choose the spreadsheet export (.xlsx or .csv) instead.", file=name)
            if "xl/workbook.xml" in names or "xl/workbook.bin" in names or "spreadsheet" in mimetype:
                check_workbook_zip(path, archive)
                return "excel"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, KeyError) as error:
        raise InputError("The workbook is damaged: it is incomplete or corrupt (the file is cut "
                         "short or was not saved completely).",
                         "Export or download it again; if Excel can open it, save it again as .xlsx.",
                         file=name) from error
    if mimetype:
        raise InputError("This is an OpenDocument file but not a spreadsheet (it may be a text "
                         "document).", "Choose the spreadsheet export (.ods, .xlsx or .csv).", file=name)
    raise InputError("This is a zip archive, not an Excel workbook.",
                     "Unzip it and choose the spreadsheet inside.", file=name)


def check_text_bytes(path: Path) -> None:
    """Refuse a .csv/.txt that is really a workbook or another binary file, naming what it is."""
    with open(path, "rb") as handle:
        head = handle.read(8192)
    name, suffix = path.name, path.suffix.lower()
    if head.startswith(b"PK\x03\x04") or head.startswith(_OLE):
        kind = (N_("a Word document") if b"word/" in head else N_("an Excel workbook")
                if head.startswith(_OLE) or b"xl/" in head or b"spreadsheet" in head
                else N_("an Office document") if b"[Content_Types]" in head else N_("a zip archive"))
        if kind == "an Excel workbook" and head.startswith(_OLE) and _holds(path, _ENCRYPTED):
            raise password_error(name)
        advice = {"an Excel workbook": N_("Rename it to end in .xlsx (.ods for an OpenDocument sheet) and "
                                          "choose it again, or export the purchases as CSV."),
                  "a zip archive": N_("Unzip it and choose the file inside.")}
        raise InputError(Phrase("This file is {kind}, not a text (CSV) file, although its name ends in {suffix}.",
                                kind=Phrase(kind), suffix=suffix),
                         advice.get(kind, N_("Choose the purchases export from your shop (.csv or .xlsx) instead.")),
                         file=name)
    if head.startswith(b"%PDF"):
        raise InputError(Phrase("This file is a PDF document, not a text (CSV) file, although its name ends "
                                "in {suffix}.", suffix=suffix), "Export the purchases from your shop as CSV or Excel instead.", file=name)


def looks_binary(text: str) -> bool:
    """True when decoded text holds so many control characters that it cannot be a table."""
    return len(_CONTROL.findall(text)) > max(4, len(text) // 50)


def _holds(path: Path, needle: bytes, chunk: int = 4 * 1024 * 1024) -> bool:
    """True when the file's bytes contain ``needle`` (read in chunks, overlapping)."""
    tail = b""
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            if needle in tail + block:
                return True
            tail = block[-len(needle):]
    return False

