"""The workbook to hand to fastexcel: the owner's file, or a copy without stray far-away cells.

Every workbook is looked at before calamine opens it (core/importing/sheet_extent.py says why):
an .xlsx/.xlsm with stray cells is read from a copy without them, in a temporary folder removed
afterwards (the owner's file is never written); an .ods or .xls with them is refused with a message
that says how to remove them. (.xlsb sheets are binary and not looked at.)
"""

from __future__ import annotations

import logging
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from core.importing.ods_extent import plan_ods
from core.importing.xls_extent import plan_xls
from core.importing.xlsx_extent import plan_workbook, write_trimmed

log = logging.getLogger(__name__)


@contextmanager
def readable_workbook(path: Path) -> Iterator[tuple[Path, dict[str, str]]]:
    """(the file to read, {sheet: warning} for sheets read without their stray cells)."""
    suffix = path.suffix.lower()
    if suffix == ".ods":
        plan_ods(path)
    elif suffix == ".xls":
        plan_xls(path)
    if suffix not in (".xlsx", ".xlsm"):
        yield path, {}
        return
    try:
        plans = plan_workbook(path)
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error):
        plans = []  # (a damaged workbook: calamine's own message says so)
    trims = [(part, plan) for part, plan in plans if plan.trims]
    if not trims:
        yield path, {}
        return
    with tempfile.TemporaryDirectory(prefix="clientele-", ignore_cleanup_errors=True) as folder:
        copy = Path(folder) / path.name
        write_trimmed(path, trims, copy)
        for _, plan in trims:
            log.info('%s: sheet "%s" spans %s; read without %d stray cell(s) outside %s', path.name, plan.sheet,
                     plan.grid.text() if plan.grid else "?", plan.stray_count, plan.keep.text() if plan.keep else "?")
        yield copy, {plan.sheet: plan.warning() for _, plan in trims}
