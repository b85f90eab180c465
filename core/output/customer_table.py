"""Write the customer table (definitions §2 column names) to CSV or Excel, all or nothing; the
migration table of definitions §10 and the re-buy table of §12 are written the same way
(``CustomerTableOutput`` with its own sheet name and words)."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from core.arrow_columns import arrow_data
from core.errors import OutputError
from core.output.atomic import AtomicGroup, write_error, write_together
from core.output.columns import PLAIN_TABLE, CellKind, Column
from core.output.csv_table import write_csv
from core.output.xlsx import Formats, close_workbook, discard_workbook, new_workbook, write_table
from core.progress import ProgressCallback
from core.schema import OutputKind
from core.words import N_, Phrase

log = logging.getLogger(__name__)

CUSTOMER_TABLE_SUFFIXES = (".csv", ".xlsx")


def check_customer_table_path(path: str | os.PathLike, what: str = N_("the customer table")) -> None:
    """Raise OutputError before any work if ``path`` has a suffix we cannot write."""
    suffix = Path(path).suffix.lower()
    if suffix not in CUSTOMER_TABLE_SUFFIXES:
        raise OutputError(
            Phrase('{what} can be written as .csv or .xlsx, not "{suffix}".', what=Phrase(what),
                   suffix=suffix or Phrase("no extension")),
            "End the output file name with .csv or .xlsx.",
            file=str(path),
        )


def _prepared(customers: pd.DataFrame, columns: Sequence[str] | None, dates_as_text: bool = True) -> pd.DataFrame:
    """The columns to write; dates as YYYY-MM-DD text when ``dates_as_text`` (the workbook)."""
    frame = customers if columns is None else customers.loc[:, list(columns)]
    dates = [name for name in frame.columns if pd.api.types.is_datetime64_any_dtype(frame[name])] if dates_as_text else []
    if not dates and frame.columns.is_unique:
        return frame      # (read only from here on: the CSV needs no copy of the table)
    out = {}
    for name in frame.columns:
        col = frame[name]
        out[name] = col.dt.strftime("%Y-%m-%d") if name in dates else col
    return pd.DataFrame(out, index=frame.index)


def _cell_kind(column: pd.Series) -> CellKind:
    """Yes/no columns as TRUE/FALSE, numbers as plain numbers, everything else as text."""
    if pd.api.types.is_bool_dtype(column):
        return CellKind.BOOL
    if pd.api.types.is_numeric_dtype(column):
        return CellKind.GENERAL
    return CellKind.TEXT


def _write_xlsx(frame: pd.DataFrame, path: Path, target: Path | None = None, sheet: str = "Customers",
                what: str = "the customer table", kind: OutputKind = OutputKind.CUSTOMER_TABLE) -> int:
    """One sheet (``sheet``) through the workbook table writer (core/output/xlsx.py), in the
    plain look: bold header, no widths, formula-like text with an apostrophe as in the CSV.
    Returns the text cells cut to what a cell holds; ``target`` is the file named in a message."""
    book = new_workbook(path, kind)
    try:
        formats = Formats(book)
        columns = [Column(str(name), str(name), _cell_kind(frame[name])) for name in frame.columns]
        written = write_table(book.add_worksheet(sheet), frame, columns, formats, style=PLAIN_TABLE)
    except BaseException:
        discard_workbook(book)
        raise
    close_workbook(book, target or path, what)
    return written.cut_cells


def csv_columns(frame: pd.DataFrame) -> dict[str, pa.Array]:
    """A frame's columns as the CSV writer takes them: dates as dates (written YYYY-MM-DD), money
    rounded to 9 decimals so sums print as 2811.43, not 2811.4300000000007; yes/no and whole
    numbers bare; everything else as text (missing values empty)."""
    arrays: dict[str, pa.Array] = {}
    for name in frame.columns:
        col = frame[name]
        if pd.api.types.is_datetime64_any_dtype(col):
            arrays[str(name)] = pc.cast(pa.Array.from_pandas(col), pa.date32())
        elif pd.api.types.is_float_dtype(col):
            arrays[str(name)] = pa.Array.from_pandas(col.round(9))
        elif pd.api.types.is_bool_dtype(col) or pd.api.types.is_integer_dtype(col):
            arrays[str(name)] = pa.Array.from_pandas(col)
        elif isinstance(col.dtype, pd.StringDtype) and (held := arrow_data(col)) is not None:
            arrays[str(name)] = held     # the text as pandas holds it in Arrow, missing values null
        else:
            text = col.astype("object").where(col.notna(), None)
            arrays[str(name)] = pa.array([None if v is None else str(v) for v in text.tolist()], type=pa.string())
    return arrays


def _write_csv(frame: pd.DataFrame, path: Path) -> int:
    """UTF-8 CSV through the app's CSV writer (core/output/csv_table.py), columns as
    :func:`csv_columns` gives them: text quoted, true/false for yes/no columns, empty cells for
    missing values."""
    return write_csv(csv_columns(frame), path)


@dataclass
class CustomerTableOutput:
    """The customer table as one output of a run (core/output/atomic.StagedOutput): written to a
    temporary file and put in place with the run's other files. ``cut_cells`` counts the text
    cells cut to what a spreadsheet cell holds once it is staged. ``sheet`` and ``what`` name the
    workbook's sheet and the table in messages (the migration table is written through this too)."""

    customers: pd.DataFrame
    path: Path
    columns: Sequence[str] | None = None
    cut_cells: int = 0
    sheet: str = "Customers"
    what: str = "the customer table"
    kind: OutputKind = OutputKind.CUSTOMER_TABLE

    def __post_init__(self) -> None:
        check_customer_table_path(self.path, self.what)
        self.path = Path(self.path)

    def targets(self) -> list[Path]:
        return [self.path]

    def stage(self, group: AtomicGroup, progress: ProgressCallback) -> None:
        started = time.perf_counter()
        as_csv = self.path.suffix.lower() == ".csv"
        frame = _prepared(self.customers, self.columns, dates_as_text=not as_csv)
        progress(0.1, Phrase("Writing {what}", what=Phrase(self.what)))
        tmp = group.path(self.path)
        try:
            self.cut_cells = (_write_csv(frame, tmp) if as_csv
                              else _write_xlsx(frame, tmp, self.path, sheet=self.sheet, what=self.what, kind=self.kind))
        except OSError as exc:
            raise write_error(exc, self.path, self.what) from exc
        log.info("%s staged: %s (%d rows, %d columns) in %.2f s", self.what, self.path, len(frame),
                 len(frame.columns), time.perf_counter() - started)
        progress(1.0, Phrase("Finished writing {what}", what=Phrase(self.what)))

    def record(self) -> None:
        """Nothing is recorded besides the file."""

    def unrecord(self) -> None:
        """Nothing to take back."""

    def close(self) -> None:
        """Nothing is held."""


def write_customer_table(
    customers: pd.DataFrame,
    path: str | os.PathLike,
    *,
    columns: Sequence[str] | None = None,
    inputs: Iterable[str | os.PathLike] = (),
    progress: ProgressCallback | None = None,
) -> Path:
    """Write ``customers`` (optionally only ``columns``) to ``path`` (.csv or .xlsx), all or nothing."""
    output = CustomerTableOutput(customers, Path(path), columns)
    write_together([output], inputs, progress)
    return output.path
