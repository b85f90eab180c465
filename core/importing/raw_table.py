"""Read a purchases file (Excel, ODS, CSV/TSV/TXT) into a raw table: sheet choice, header row."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

import pandas as pd

from core.errors import Cancelled, ClienteleError, InputError
from core.importing.excel import read_sheet
from core.importing.file_kinds import check_text_bytes, check_workbook_bytes
from core.importing.text_files import TypePlan, read_text_table
from core.input_files import EXCEL_SUFFIXES, WHAT_TO_SAVE, check_openable
from core.progress import ProgressCallback, ensure, sub_progress
from core.words import Phrase

log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")



@dataclass
class RawTable:
    """A table as read: column names from the header row, values as the file holds them."""

    frame: pd.DataFrame
    path: Path
    kind: str  # "excel" or "text"
    sheet: str | None = None
    other_sheets: list[str] = field(default_factory=list)
    header_row: int = 1  # 1-based, as the spreadsheet shows it
    first_data_row: int = 2  # spreadsheet row of frame row 0
    encoding: str | None = None
    delimiter: str | None = None
    warnings: list[Phrase] = field(default_factory=list)
    #: column -> {frame row position: "#N/A"}: Excel error cells (read as empty)
    cell_errors: dict[str, dict[int, str]] = field(default_factory=dict)
    #: cells near the top holding formulas saved without a value ("C2")
    uncalculated: list[str] = field(default_factory=list)
    #: columns of a text file read with their own type by the importer's plan (read_table ``plan``)
    typed: list[str] = field(default_factory=list)
    #: rows of a text file with more cells than the header has columns: frame position -> the row as
    #: written (set aside by the cleaning: their values may sit under the wrong columns)
    extra_cells: dict[int, str] = field(default_factory=dict)

    @property
    def decimal_hint(self) -> str | None:
        return decimal_hint(self.delimiter)


def decimal_hint(delimiter: str | None) -> str | None:
    """The decimal separator a text file's delimiter suggests: "," in a ';' delimited file."""
    return "," if delimiter == ";" else None


def never_raw(function: Callable[Concatenate[str | Path, P], R]) -> Callable[Concatenate[str | Path, P], R]:
    """Let ClienteleError and Cancelled through; wrap anything else (a library's own error types,
    a file that changes while read, memory running out) in an InputError naming the file, keeping
    the cause chained. Both the importer and the window's preview read through this."""

    @functools.wraps(function)
    def run(path: str | Path, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return function(path, *args, **kwargs)
        except (ClienteleError, Cancelled):
            raise
        except MemoryError as error:
            raise InputError("The file is too big to import with the memory this computer has free.",
                             "Close other programs, or export a shorter period, and try again.",
                             file=Path(path).name) from error
        except RecursionError as error:
            raise InputError("The file is nested too deeply to be a table.", WHAT_TO_SAVE,
                             file=Path(path).name) from error
        except BaseException as error:  # noqa: BLE001 - the promise is: no raw exception escapes
            if not isinstance(error, Exception) and type(error).__name__ != "PanicException":
                raise  # KeyboardInterrupt, SystemExit; a Rust panic (pyo3) is an error like any other
            detail = str(error).splitlines()[0][:160] if str(error) else type(error).__name__
            raise InputError(Phrase("Clientele could not read this file ({detail}).", detail=detail),
                             "Check that it is the purchases export from your shop; open it in a "
                             "spreadsheet program and save it again as .xlsx or .csv.",
                             file=Path(path).name) from error

    return run


@never_raw
def read_table(path: str | Path, sheet: str | None = None, header_row: int | None = None,
               progress: ProgressCallback | None = None, *, eager_xlsx: bool = False,
               plan: TypePlan | None = None) -> RawTable:
    """Read ``path``; ``sheet`` by name (or 1-based number), ``header_row`` 1-based, else detected.

    ``plan``: for a text file, the columns the caller can take typed (text_files.read_text_table);
    ``RawTable.typed`` says which were.

    ``eager_xlsx``: read an .xlsx/.xlsm sheet with fastexcel's one-pass eager read (the window's
    choice: the GIL is held for shorter stretches; core.importing.excel._load); the command line
    keeps the default lazy read, which costs less CPU. Both give the same table."""
    path = Path(path)
    progress = ensure(progress)
    name = path.name
    check_openable(path)
    suffix = path.suffix.lower()
    progress(0.0, Phrase("Opening {name}…", name=name))
    started = time.perf_counter()
    if suffix in EXCEL_SUFFIXES:
        kind = check_workbook_bytes(path, suffix)
        if kind == "excel":
            log.info("%s: a workbook (%s, %s read)", name, suffix, "eager" if eager_xlsx else "lazy")
            read = read_sheet(path, sheet, header_row, progress, eager=eager_xlsx)
            raw = RawTable(read.frame, path, "excel", sheet=read.sheet, other_sheets=read.other_sheets,
                           header_row=read.header_row, first_data_row=read.header_row + 1,
                           warnings=read.warnings, cell_errors=read.cell_errors,
                           uncalculated=read.uncalculated)
        else:
            log.info("%s: named %s but holds plain text; read as CSV", name, suffix)
            raw = _read_text(path, header_row, progress, plan)
            raw.warnings.append(Phrase("The file is named {suffix} but holds plain text; it was read as CSV.", suffix=suffix))
    else:
        log.info("%s: a text table (%s)", name, suffix)
        if path.stat().st_size:
            check_text_bytes(path)
        raw = _read_text(path, header_row, progress, plan)
    log.info("%s read: %d rows × %d columns in %.2f s", name, len(raw.frame), len(raw.frame.columns),
             time.perf_counter() - started)
    return raw


def _read_text(path: Path, header_row: int | None, progress: ProgressCallback,
               plan: TypePlan | None = None) -> RawTable:
    try:
        read = read_text_table(path, header_row, sub_progress(progress, 0.0, 1.0), plan)
    except (InputError, Cancelled):
        raise
    except (UnicodeError, OSError, ValueError) as error:
        raise InputError(Phrase("The file could not be read ({error}).", error=str(error)), WHAT_TO_SAVE, file=path.name) from error
    return RawTable(read.frame, path, "text", header_row=read.header_row,
                    first_data_row=read.header_row + 1, encoding=read.encoding,
                    delimiter=read.delimiter, warnings=read.warnings, typed=list(read.typed),
                    extra_cells=dict(read.extra_cells))
