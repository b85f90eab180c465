"""The workbook to hand to fastexcel: the owner's file, or a copy without stray far-away cells.

Every workbook is looked at before calamine opens it (core/importing/sheet_extent.py says why):
a workbook (.xlsx/.xlsm, .ods, .xls) with stray cells is read from a copy without them, in a
temporary folder removed afterwards (the owner's file is never written); a sheet that cannot be
bounded is refused with a message that says how to fix it. (.xlsb sheets are not looked at.)
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
from core.importing.ods_extent import write_trimmed as write_trimmed_ods
from core.importing.xls_extent import plan_xls
from core.importing.xls_extent import write_trimmed as write_trimmed_xls
from core.importing.xlsx_extent import plan_workbook, write_trimmed
from core.words import Phrase

log = logging.getLogger(__name__)


@contextmanager
def readable_workbook(path: Path) -> Iterator[tuple[Path, dict[str, Phrase]]]:
    """(the file to read, {sheet: warning} for sheets read without their stray cells)."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".xlsm", ".ods", ".xls"):
        yield path, {}
        return
    xls_plans = plan_xls(path) if suffix == ".xls" else []
    try:
        ods_plans = plan_ods(path) if suffix == ".ods" else []
        xlsx_plans = plan_workbook(path) if suffix in (".xlsx", ".xlsm") else []
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error):
        ods_plans, xlsx_plans = [], []  # (a damaged workbook: calamine's own message says so)
    every = ods_plans + [plan for _, plan in xlsx_plans] + [x.plan for x in xls_plans]
    trims = [plan for plan in every if plan.trims]
    if not trims:
        yield path, {}
        return
    with tempfile.TemporaryDirectory(prefix="clientele-", ignore_cleanup_errors=True) as folder:
        copy = Path(folder) / path.name
        if suffix == ".ods":
            write_trimmed_ods(path, ods_plans, copy)
        elif suffix == ".xls":
            write_trimmed_xls(path, xls_plans, copy)
        else:
            write_trimmed(path, [(part, plan) for part, plan in xlsx_plans if plan.trims], copy)
        for plan in trims:
            log.info('%s: sheet "%s" spans %s; read without %d stray cell(s) outside %s', path.name, plan.sheet,
                     plan.grid.text() if plan.grid else "?", plan.stray_count, plan.keep.text() if plan.keep else "?")
        yield copy, {plan.sheet: plan.warning() for plan in trims}
