"""Workbooks Clientele wrote, refused as purchases files.

Every workbook Clientele writes (a mailing list, a customer table, campaign results, the re-buy and
migration tables) says what it is in its document properties (schema.OUTPUT_PROPERTY, in
``docProps/custom.xml``). Opened as a purchases file, a mailing list had been read as purchases:
its coupons' last day as the purchase date and the revenue column as amounts, "71 customers, 69
orders" with nothing to say what the file was. Such a workbook is refused in words that say what it
is (docs/definitions.md, "Files Clientele wrote").
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from core.errors import InputError
from core.schema import OUTPUT_PROPERTY, OutputKind
from core.words import Phrase

_PART = "docProps/custom.xml"
#: More than any custom.xml Clientele writes holds; a bigger part is not read further.
_READ_AT_MOST = 64 * 1024
_PROPERTY = re.compile(r'<property\b[^>]*\bname="' + re.escape(OUTPUT_PROPERTY) + r'"[^>]*>\s*<vt:lpwstr>([^<]*)<',
                       re.S)

_WHAT = {
    OutputKind.MAILING: Phrase("This is a mailing list Clientele exported: it holds who was mailed and their "
                               "offers, not what customers bought."),
    OutputKind.CUSTOMER_TABLE: Phrase("This is a customer table Clientele wrote: one row per customer with their "
                                      "totals, not one row per purchase."),
    OutputKind.RESULTS: Phrase("This is a campaign's results, written by Clientele, not a purchases file."),
    OutputKind.REBUY: Phrase("This is a re-buy table Clientele wrote, not a purchases file."),
    OutputKind.MIGRATION: Phrase("This is a migration table Clientele wrote, not a purchases file."),
}


def written_by_clientele(path: Path) -> OutputKind | None:
    """What the workbook at ``path`` holds when Clientele wrote it, else None (any other file, or
    one that cannot be read this way: the reader then says what is wrong)."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return None
    try:
        with zipfile.ZipFile(path) as archive, archive.open(_PART) as part:
            text = part.read(_READ_AT_MOST).decode("utf-8", "ignore")
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error, RuntimeError):
        return None
    found = _PROPERTY.search(text)
    try:
        return OutputKind(found.group(1)) if found else None
    except ValueError:
        return None   # (a kind a newer version writes: read as any workbook)


def refuse_own_output(path: Path) -> None:
    """InputError when the workbook at ``path`` is one Clientele wrote (see the module docstring)."""
    kind = written_by_clientele(path)
    if kind is not None:
        raise InputError(_WHAT[kind], "Open the purchases file your till or web shop exported (its orders, sales or "
                         "transactions).", file=path.name)
