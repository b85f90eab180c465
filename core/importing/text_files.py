"""CSV/TSV/TXT reading: encoding and delimiter sniffing, the header row (core/importing/table_shape.py),
fast pyarrow parse."""

from __future__ import annotations

import csv
import logging
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from core.arrow_columns import to_frame
from core.errors import Cancelled, InputError
from core.importing.dates import FIRST_HELD, LAST_HELD
from core.importing.file_kinds import looks_binary
from core.importing.mapping import CONTENT_ROWS
from core.importing.table_shape import columns_to_keep, find_header_row, shorten, unique_column_names, wide_warning
from core.importing.text_encoding import MixedBytes, is_utf8, read_encoding, utf8_copy, utf8_head
from core.input_files import refuse_empty_text
from core.progress import ProgressCallback, ensure
from core.words import N_, Phrase

log = logging.getLogger(__name__)
#: The most fields a header row may hold: more than any spreadsheet's 16,384 columns, so that a file
#: made of one enormous line is refused at once instead of costing minutes per million fields.
MOST_FIELDS = 20_000

DELIMITERS = (",", ";", "\t", "|")
_HEAD_BYTES = 256 * 1024
_CHUNK = 8 * 1024 * 1024
_NEWLINE = re.compile(r"\r\n|\r|\n")
# Shop exports may hold very long cells (product descriptions, notes): no 128 KB field limit.
csv.field_size_limit(2 ** 31 - 1)
#: Rows with more cells than the header has columns (an unquoted separator in a cell: their values
#: would sit under the wrong columns) are set aside, or, when there are more than this many of them
#: and they are more than EXTRA_CELLS_SHARE of the rows, the file is refused (definitions §1).
EXTRA_CELLS_ROWS = 10
EXTRA_CELLS_SHARE = 0.01
#: The typed read's plan: given the first rows read as text (at least CONTENT_ROWS of them, or the
#: whole file) and the delimiter, the columns to read with a type of their own instead of as text.
TypePlan = Callable[[pd.DataFrame, str], dict[str, pa.DataType]]


def split_lines(text: str) -> list[str]:
    """Lines as a CSV reader sees them (only \r and \n end a line)."""
    return _NEWLINE.split(text)


def _head_text(path: Path, encoding: str) -> str:
    with open(path, "rb") as handle:
        head = handle.read(_HEAD_BYTES)
    return head.decode(encoding, errors="ignore")


def _rows(text: str, delimiter: str, limit: int = 60, quoting: Literal[0, 1, 2, 3] = csv.QUOTE_MINIMAL) -> list[list[str]]:
    lines = split_lines(text)[:limit]
    return [row for row in csv.reader(lines, delimiter=delimiter, quoting=quoting)]


def sniff_delimiter(text: str, suffix: str = "") -> str:
    """The delimiter that splits the most lines into the same number (>1) of cells.

    Each delimiter is also tried with quote marks read as plain characters: a quote mark that never
    closes (definitions §1) runs on over the lines after it, and those lines would then not count
    for their own delimiter, whose file is then read with it and refused naming the quote's row."""
    best, best_score = ",", (-1, 0)
    for delimiter in DELIMITERS:
        quotings: tuple[Literal[0, 1, 2, 3], ...] = (csv.QUOTE_MINIMAL, csv.QUOTE_NONE)
        for quoting in quotings:
            counts = [len(r) for r in _rows(text, delimiter, quoting=quoting) if any(c.strip() for c in r)]
            counts = [c for c in counts if c > 1]
            if not counts:
                continue
            mode = max(set(counts), key=counts.count)
            score = (counts.count(mode) + (len(counts) if delimiter == "\t" and suffix == ".tsv" else 0), mode)
            if score > best_score:
                best, best_score = delimiter, score
    return best


@dataclass
class TextRead:
    """What read_text_table found: the frame (all text) and how the file was read."""

    frame: pd.DataFrame
    header_row: int
    encoding: str
    delimiter: str
    warnings: list[Phrase] = field(default_factory=list)
    #: the columns read with their own type (``plan``); every other column is text
    typed: dict[str, pa.DataType] = field(default_factory=dict)
    #: rows with more cells than the header has columns: frame position -> the row as written
    extra_cells: dict[int, str] = field(default_factory=dict)


def read_text_table(path: Path, header_row: int | None = None,
                    progress: ProgressCallback | None = None, plan: TypePlan | None = None) -> TextRead:
    """Read a CSV/TSV/TXT file as text columns. ``header_row`` is 1-based (as a spreadsheet shows).

    ``plan`` (the importer's): the columns it can take typed, decided on the first rows read as
    text; those are read by pyarrow with that type (an ISO date column as timestamps, a column of
    whole numbers as integers). A column with a cell that does not convert is read as text again
    (the file read once more), and a file the fast reader cannot read is read as text as without
    a plan (``typed`` then says what was read typed), so a hostile file gets exactly the same
    table and messages."""
    progress = ensure(progress)
    name = path.name
    refuse_empty_text(path)
    if utf8_head(path):
        # (read as UTF-8 at once: Arrow checks the rest; read_encoding decides only when the
        # file is not UTF-8 after all, and the file is then read as today)
        try:
            return _read(path, name, "utf-8", header_row, progress, None, plan, proven=False)
        except _NotUtf8:
            pass
        except Cancelled:
            raise
        except Exception:
            if is_utf8(path):
                raise  # (the file is UTF-8: what went wrong is what the reading says)
    encoding, mixed = read_encoding(path)
    if mixed is None:
        return _read(path, name, encoding, header_row, progress, None, plan)
    # UTF-8 with a few stray Windows-1252 bytes: read from a clean UTF-8 copy (same lines).
    with tempfile.TemporaryDirectory(prefix="clientele-", ignore_cleanup_errors=True) as folder:
        copy = Path(folder) / name
        utf8_copy(path, copy)
        log.info("%s: UTF-8 with %d stray byte(s) on %d line(s), read as Windows-1252", name, mixed.count,
                 mixed.line_count)
        return _read(copy, name, encoding, header_row, progress, mixed, plan)


class _NotUtf8(Exception):
    """A file read as UTF-8 from its head alone (``proven=False``) is not UTF-8 after all."""


def _read(path: Path, name: str, encoding: str, header_row: int | None, progress: ProgressCallback,
          mixed: MixedBytes | None, plan: TypePlan | None = None, proven: bool = True) -> TextRead:
    """read_text_table of ``path`` (the owner's file ``name``, or its clean UTF-8 copy).

    ``proven=False``: ``path`` is read as UTF-8 because its head is (text_encoding.utf8_head);
    the rest is checked by Arrow's reading of every cell, and by text_encoding.is_utf8 when
    something is read otherwise (the lines up to the header row beyond the head, columns left
    out of a wide file, the exact reading of uneven lines): _NotUtf8 when it is not UTF-8."""

    def prove() -> None:
        if not proven and not is_utf8(path):
            raise _NotUtf8(name)

    text = _head_text(path, encoding)
    if not text.strip():
        raise InputError("The file holds only blank lines, no rows of data.",
                         "Export the purchases again and choose the new file.", file=name)
    if looks_binary(text):
        raise InputError("This is not a text (CSV) file: it holds binary data (control characters "
                         "that no spreadsheet export writes).",
                         "Choose the .csv or .xlsx file exported from your shop.", file=name)
    delimiter = sniff_delimiter(text, path.suffix.lower())
    log.info("%s: encoding %s, delimiter %r", name, encoding, delimiter)
    rows = _rows(text, delimiter, 40)
    whole = path.stat().st_size <= _HEAD_BYTES
    if header_row is not None:
        if header_row < 1 or (whole and header_row > len(rows)):
            raise InputError(Phrase("Row {row} cannot be the header row: the file is shorter.", row=header_row),
                             "Give the number of the row that holds the column names.", file=name)
        index = header_row - 1
    else:
        found = find_header_row(rows)
        if found is None:
            first = next((r for r in rows if any(c.strip() for c in r)), [])
            raise InputError(
                Phrase("The file has no header row: its first row holds values ({values}), not column names "
                       "such as Date, Customer, Amount.", values=", ".join(shorten(c) for c in first[:4])),
                "Add a first row with a name for each column, or export the file with headers.",
                file=name)
        index = found
    names, lines = _record(path, encoding, delimiter, index)
    if len(split_lines(text)) <= lines:  # (the header row ends beyond the head)
        prove()
    if names is None:
        raise InputError(Phrase("Row {row} cannot be the header row: the file is shorter.", row=index + 1),
                         "Give the number of the row that holds the column names.", file=name)
    header_width = len(names)
    if header_width > MOST_FIELDS:   # (each column costs work before the 1,000-column cut: 25 million took 13 minutes)
        raise InputError(Phrase("The header row holds {n:,} fields, where a spreadsheet holds at most 16,384 columns: "
                                "the file is not a table of purchases (or its line ends are missing).",
                                n=header_width),
                         "Export the purchases again as CSV from your shop system, or open the file in a "
                         "spreadsheet program and save it again as .csv.", file=name)
    data_counts = [len(r) for r in rows[index + 1:index + 40] if any(c.strip() for c in r)]
    if data_counts and header_width not in data_counts:
        # Rows wider than the header and none as wide as it (a delimiter at the end of each line, a
        # last column without a name): the data's width is the table's, if every row of the file
        # agrees (_parse_exact). Some rows as wide as the header (an amount written 2,351.92 without
        # quotes in the others): the header's, and the wider rows have more cells than it.
        widest = max(set(data_counts), key=data_counts.count)
        names += [""] * max(0, widest - len(names))
    log.info("%s: header in row %d (%s)", name, index + 1, "as asked" if header_row is not None else "detected")
    read = TextRead(pd.DataFrame(), index + 1, encoding, delimiter)  # (the frame is read below)
    if mixed is not None:
        read.warnings.append(mixed.warning())
    names = unique_column_names(names, read.warnings)
    keep = columns_to_keep(names)
    if keep is not None:
        prove()  # (the columns left out are not read)
        read.warnings.append(wide_warning(len(names), len(keep)))
    # (the fast reader skips lines, the exact one records: a title cell may hold a line break)
    frame, irregular, newlines = None, False, False
    typed = _planned_types(path, encoding, delimiter, names, lines, plan) if plan and keep is None else {}
    while typed:  # (each column that does not convert is read as text again, the others stay typed)
        warnings = list(read.warnings)
        try:
            frame, irregular, newlines = _parse(path, encoding, delimiter, names, lines, progress, read, keep,
                                                types=typed)
            wrong = None if irregular else _not_as_text(frame, typed)
        except _NotTyped as error:
            frame, wrong = None, error.column
        if frame is not None and not irregular and wrong is None:
            break
        log.info("%s: column %s does not convert as planned; read as text", name, wrong or "(unknown)")
        frame, irregular, newlines, read.warnings = None, False, False, warnings
        typed = {} if irregular or wrong not in typed else {k: v for k, v in typed.items() if k != wrong}
    if frame is None:
        frame, irregular, newlines = _parse(path, encoding, delimiter, names, lines, progress, read, keep)
    read.typed = typed
    if irregular:
        prove()  # (the exact reading replaces bytes that are not UTF-8)
        log.info("%s: lines of uneven length or very long rows; read again record by record", name)
        # Short, long or empty lines: read again record by record so that every row keeps its
        # number (the fast reader can only drop such lines).
        try:
            frame = _parse_exact(path, encoding, delimiter, names, index + 1, read, progress, keep, header_width)
        except _HeaderWidth:
            log.info("%s: a row as wide as the header: the header's width is the table's", name)
            names, read.extra_cells = names[:header_width], {}
            keep = columns_to_keep(names)
            frame = _parse_exact(path, encoding, delimiter, names, index + 1, read, progress, keep)
    # (only then does a cell hold a line break; with no line feed in any cell, none can)
    if newlines and _line_count(path) > lines + len(frame):
        check_runaway_quotes(frame, delimiter, index + 2, name)
    read.frame = frame
    return read


def _record(path: Path, encoding: str, delimiter: str, index: int) -> tuple[list[str] | None, int]:
    """(record ``index`` (0-based) of the file, read whole however long its cells are; the number
    of lines up to its end, which is more than ``index + 1`` when a cell above holds line breaks)."""
    with open(path, encoding=encoding, newline="", errors="replace") as handle:
        records = csv.reader(handle, delimiter=delimiter)
        for number, record in enumerate(records):
            if number == index:
                return record, records.line_num
    return None, 0


def _line_count(path: Path) -> int:
    """Lines of the file (ended by \n, or by \r in a file without \n), counted in its bytes."""
    counts = {b"\n": 0, b"\r": 0}
    last = b""
    with open(path, "rb") as handle:
        for ending in counts:
            handle.seek(0)
            while chunk := handle.read(_CHUNK):
                counts[ending] += chunk.count(ending)
                last = chunk[-1:]
            if counts[ending]:
                break
    return (counts[b"\n"] or counts[b"\r"]) + (0 if last in (b"\n", b"\r") else 1)


def check_runaway_quotes(frame: pd.DataFrame, delimiter: str, first_row: int, file: str) -> None:
    """Refuse a file where a quote mark opens a cell that never closes (definitions §1).

    Such a cell swallows the lines after it, up to the next quote mark or the end of the file, and
    those rows vanish. It shows as a cell holding line breaks followed by lines that look like the
    file's rows (as many delimiters as the header has columns, less one): two or more of them, or
    one in the file's last row."""
    width = len(frame.columns)
    if width < 2 or frame.empty:
        return
    for column in frame.columns:
        values = frame[column]
        if isinstance(values.dtype, pd.CategoricalDtype):  # (a text column read as codes: rare path, as text)
            values = values.astype(values.cat.categories.dtype)
        if not pd.api.types.is_string_dtype(values.dtype):
            continue
        broken = values.str.contains("\n", regex=False).fillna(False).to_numpy(dtype=bool)
        for position in np.flatnonzero(broken)[:1000]:
            lines = [line for line in _NEWLINE.split(str(values.iloc[position]))[1:] if line.strip()]
            rowlike = [line for line in lines if line.count(delimiter) >= width - 1]
            if len(rowlike) >= 2 or (rowlike and position == len(frame) - 1):
                row = first_row + int(position)
                raise InputError(
                    Phrase('A quote mark (") opens this cell and never closes, so the {lines:,} line(s) after '
                           'it were read into the cell instead of as rows (it runs on: "{start}"). Nothing was '
                           "imported.", lines=len(lines), start=shorten(rowlike[0], 50)),
                    Phrase("Open the file in a text editor, remove the stray quote mark in row {row} (or add the "
                           "closing one), save, and import again.", row=row), file=file, row=row, column=str(column))


#: Integers pyarrow reads exactly and that a float64 holds exactly (2**53): checked after a typed read.
_EXACT_INTEGER = 2 ** 53
#: The days a date column holds (dates.held): a typed column with a day outside them is read as text,
#: which counts that day unreadable.
_FIRST_DAY, _END = pd.Timestamp(FIRST_HELD), pd.Timestamp(LAST_HELD) + pd.Timedelta(days=1)


def _planned_types(path: Path, encoding: str, delimiter: str, names: list[str], skip_rows: int,
                   plan: TypePlan) -> dict[str, pa.DataType]:
    """``plan``'s columns to read typed, decided on the file's first rows read as text as _parse
    reads them (at least CONTENT_ROWS rows, or every row); {} when those rows are not plain (a line
    of the wrong length, a NUL byte) or on any error: then the file is read as text."""
    try:   # (a line of the wrong length stops the read: see _parse, and no plan is made)
        reader = pacsv.open_csv(
            path, read_options=pacsv.ReadOptions(skip_rows=skip_rows, column_names=names, use_threads=False,
                                                 encoding="utf-8" if encoding == "utf-8-sig" else encoding,
                                                 block_size=1024 * 1024),
            parse_options=pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True,
                                             ignore_empty_lines=False),
            convert_options=pacsv.ConvertOptions(
                column_types={n: pa.large_string() for n in names}, strings_can_be_null=True,
                quoted_strings_can_be_null=True, null_values=[""]))
        batches, rows = [], 0
        for batch in reader:
            batches.append(batch)
            rows += batch.num_rows
            if rows >= CONTENT_ROWS:
                break
        table = pa.Table.from_batches(batches, schema=reader.schema).slice(0, CONTENT_ROWS)
        if any(_may_hold(column, b"\x00") for column in table.columns):
            return {}
        sample = table.to_pandas(types_mapper=lambda t: pd.StringDtype(na_value=float("nan")))
        return plan(sample, delimiter)
    except Exception:  # noqa: BLE001 - any doubt: the file is read as text, which says what is wrong
        return {}


def _not_as_text(frame: pd.DataFrame, typed: dict[str, pa.DataType]) -> str | None:
    """The first typed column that may not hold what reading it as text gives (a whole number a
    float64 does not hold exactly, a day outside the years dates.held keeps), or None."""
    for name, kind in typed.items():
        values = frame[name]  # (max and min skip the empty cells; an empty column gives NaN or NaT)
        if pa.types.is_integer(kind) and values.abs().max() > _EXACT_INTEGER:
            return name
        if pa.types.is_timestamp(kind) and (values.min() < _FIRST_DAY or values.max() >= _END):
            return name
    return None


class _HeaderWidth(Exception):
    """The header was widened to the first rows' width, but a row of the file is as wide as the header."""


def _parse_exact(path, encoding, delimiter, names, skip_rows, read: TextRead, progress,
                 keep: list[int] | None = None, header_width: int | None = None) -> pd.DataFrame:
    """Slow, exact reading: short rows padded with empty cells, long rows cut (and reported).
    ``header_width``: the header's own width when ``names`` were widened to the first rows' (_read):
    a row with exactly that many cells raises _HeaderWidth."""
    width = len(names)
    narrower = header_width if header_width is not None and header_width < width else None
    columns: list[list] = [[] for _ in range(width)]
    cut: list[int] = []
    nul: list[int] = []
    filled = 0
    with open(path, encoding=encoding, newline="", errors="replace") as handle:
        records = csv.reader(handle, delimiter=delimiter)
        for _ in range(skip_rows):
            next(records, None)
        for number, record in enumerate(records):
            filled += any(c.strip() for c in record)
            if len(record) == narrower and any(c.strip() for c in record):
                raise _HeaderWidth
            if len(record) > width:
                if any(c.strip() for c in record[width:]):
                    cut.append(skip_rows + 1 + number)
                    read.extra_cells[number] = delimiter.join(record)
                record = record[:width]
            record += [""] * (width - len(record))
            for column, value in zip(columns, record, strict=True):
                if "\x00" in value:
                    value = value.replace("\x00", "")
                    nul.append(skip_rows + 1 + number)
                column.append(value)
            if number % 100_000 == 0:
                progress(0.5, N_("Reading rows…"))
    if nul:
        _nul_warning(read, len(nul), nul[0])
    if len(cut) > EXTRA_CELLS_ROWS and len(cut) > EXTRA_CELLS_SHARE * filled:
        _refuse_extra_cells(read, skip_rows + 1, len(cut), filled, delimiter, path.name)
    if keep is not None:
        names, columns = [names[i] for i in keep], [columns[i] for i in keep]
    data = {}
    for name, column in zip(names, columns, strict=True):
        series = pd.Series(column, dtype=pd.StringDtype(na_value=float("nan")))
        data[name] = series.where(series.str.strip() != "")
    return pd.DataFrame(data, columns=names)


def _refuse_extra_cells(read: TextRead, first_row: int, count: int, filled: int, delimiter: str,
                        file: str) -> None:
    """Stop: many rows have more cells than the header (definitions §1), so the file's values do not
    sit under their column names, and setting them all aside would leave out a good part of the file.
    ``first_row``: the row number of frame position 0."""
    shown = [Phrase('"{text}" (row {row})', text=shorten(text, 50), row=first_row + position)
             for position, text in list(read.extra_cells.items())[:3]]
    raise InputError(
        Phrase("{count:,} of {rows:,} rows have more cells than the header has columns (for example {examples}), "
               "so their values do not sit under the right column names and Clientele would read wrong amounts, "
               "dates or customers. This usually means a {separator} inside a cell without quotes around it: a "
               "thousands separator in an amount, or a {separator} in a name or product. Nothing was imported.",
               count=count, rows=filled, examples=Phrase.joined("; ", shown),
               separator=Phrase(_SEPARATOR_WORDS[delimiter])),
        "Export the file again without thousands separators in the amounts and with text in quotes, or as "
        ".xlsx, then import it again.", file=file, row=first_row + next(iter(read.extra_cells)))


#: A delimiter in words, for messages.
_SEPARATOR_WORDS = {",": N_("comma"), ";": N_("semicolon"), "\t": N_("tab"), "|": N_("bar")}


class _NotTyped(Exception):
    """The typed read failed: a cell of ``column`` does not convert (None: another error, or the
    column is not named): read it as text."""

    def __init__(self, column: str | None) -> None:
        super().__init__(column)
        self.column = column


#: pyarrow's conversion error names the column by its position: "In CSV column #4: …".
_CONVERSION_COLUMN = re.compile(r"In CSV column #(\d+)")


#: pyarrow's words for a line with the wrong number of cells.
_WRONG_WIDTH = re.compile(r"Expected \d+ columns, got \d+")


def _parse(path, encoding, delimiter, names, skip_rows, progress, read: TextRead, keep=None,
           types: dict[str, pa.DataType] | None = None):
    """Fast reading with pyarrow; returns (frame, whether the exact reader must read it again:
    a line with the wrong number of cells, or a row longer than pyarrow's block; whether any cell
    may hold a line break). ``types``: columns read with that type instead of as text; any error
    then raises _NotTyped (the caller reads as text, which says what is wrong)."""
    # A line with the wrong number of cells stops the read (pyarrow's error, _WRONG_WIDTH) and the
    # exact reader reads the file instead. (No invalid-row handler: pyarrow decodes such a line as
    # UTF-8 before calling it, and a stray byte there, in a file read as UTF-8 from its head, printed
    # "Exception ignored in on_invalid" with a traceback on standard error.)
    read_options = pacsv.ReadOptions(skip_rows=skip_rows, column_names=names,
                                     encoding="utf-8" if encoding == "utf-8-sig" else encoding,
                                     block_size=4 * 1024 * 1024)
    parse_options = pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True, ignore_empty_lines=False)
    convert_options = pacsv.ConvertOptions(
        # (large_string: the type pandas keeps text in, so no cast of every column afterwards)
        column_types={n: (types or {}).get(n, pa.large_string()) for n in names}, strings_can_be_null=True,
        include_columns=None if keep is None else [names[i] for i in keep],
        quoted_strings_can_be_null=True, null_values=[""])
    total = max(path.stat().st_size, 1)
    try:
        reader = pacsv.open_csv(path, read_options=read_options, parse_options=parse_options,
                                convert_options=convert_options)
        batches, done = [], 0
        for batch in reader:
            batches.append(batch)
            done += batch.nbytes
            progress(min(done / total, 0.99), N_("Reading rows…"))
        table = pa.Table.from_batches(batches, schema=reader.schema)
    except Exception as error:
        if types and not isinstance(error, Cancelled):
            found = _CONVERSION_COLUMN.search(str(error))
            read_names = names if keep is None else [names[i] for i in keep]
            position = int(found.group(1)) if found else -1
            raise _NotTyped(read_names[position] if 0 <= position < len(read_names) else None) from error
        if isinstance(error, pa.ArrowInvalid) and ("straddl" in str(error) or "block" in str(error)
                                                   or _WRONG_WIDTH.search(str(error))):
            return None, True, True  # a row of the wrong length, or of many megabytes: read record by record
        if isinstance(error, (pa.ArrowInvalid, UnicodeDecodeError, OSError)):
            raise InputError(Phrase("The file could not be read as a table ({detail}).", detail=_short(error)),
                             "Open it in a spreadsheet program, save it again as CSV or .xlsx, and retry.",
                             file=path.name) from error
        raise
    table = _without_nul(table, skip_rows, read)
    newlines = any(_may_hold(column, b"\n") for column in table.columns)
    return to_frame(table, pd.StringDtype(na_value=float("nan"))), False, newlines


def _without_nul(table: pa.Table, skip_rows: int, read: TextRead) -> pa.Table:
    """Remove stray NUL characters (a damaged export's invisible bytes) from every cell, and say so."""
    columns: list[pa.ChunkedArray] = []
    first: int | None = None
    count = 0
    for column in table.columns:
        if not _may_hold(column, b"\x00"):
            columns.append(column)
            continue
        if pa.types.is_dictionary(column.type):  # (a text column read as codes: cleaned as text)
            column = column.cast(column.type.value_type)
        hits = pc.match_substring(column, "\x00")
        found = pc.sum(hits).as_py() or 0
        if found:
            count += found
            row = pc.index(hits, True).as_py()
            first = row if first is None else min(first, row)
            cleaned = pc.replace_substring(column, "\x00", "")
            column = pc.if_else(pc.equal(cleaned, ""), pa.scalar(None, column.type), cleaned)
        columns.append(column)
    if not count or first is None:
        return table
    _nul_warning(read, count, skip_rows + 1 + first)
    return pa.table(columns, names=table.column_names)


def _may_hold(column: pa.ChunkedArray, byte: bytes) -> bool:
    """Whether a text column's character bytes hold ``byte`` anywhere (a chunk that is a slice may
    share bytes with rows outside it: then perhaps True, and the exact search decides)."""
    if pa.types.is_dictionary(column.type):  # (text read as codes into its distinct values: those)
        return any(_may_hold(pa.chunked_array([chunk.dictionary]), byte) for chunk in column.chunks)
    if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
        return False  # (a typed column: its cells converted, so they held no such byte)
    for chunk in column.chunks:
        data = chunk.buffers()[-1] if len(chunk) else None
        if data is None or not data.size:
            continue
        raw = np.frombuffer(data, dtype=np.uint8)
        lowest = int(raw.min())  # (one quick pass: a byte below the lowest one is nowhere)
        if lowest == byte[0] or (lowest < byte[0] and bool(np.any(raw == byte[0]))):
            return True
    return False


def _nul_warning(read: TextRead, count: int, row: int) -> None:
    read.warnings.append(Phrase.counted(
        "{n} cell held stray NUL characters (invisible bytes a damaged export can leave), in row {row}; they "
        "were removed.",
        "{n} cells held stray NUL characters (invisible bytes a damaged export can leave), first in row {row}; "
        "they were removed.", count, row=row))


def _short(error: Exception) -> str:
    return str(error).splitlines()[0][:200] if str(error) else type(error).__name__
