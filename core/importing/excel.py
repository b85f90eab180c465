"""Workbook sheets through fastexcel: sheet choice (visible first), header row, error cells, formulas."""

from __future__ import annotations

import logging
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import fastexcel
import numpy as np
import pandas as pd

from core.background import Background
from core.errors import InputError
from core.importing.file_kinds import password_error
from core.importing.headers import normalise_header
from core.importing.mapping import detect_mapping
from core.importing.merged_cells import fill_merged, merged_ranges
from core.importing.number_cells import restore_number_cells
from core.importing.sheet_extent import letters_to_column
from core.importing.sparse_sheets import readable_workbook
from core.importing.table_shape import columns_to_keep, find_header_row, shorten, unique_column_names, wide_warning
from core.importing.xlsx_parts import SCAN_FIRST_BELOW, first_row_numbers, has_error_cells, scan_cells, sheet_part
from core.input_files import WHAT_TO_SAVE
from core.progress import ProgressCallback
from core.words import Phrase, quoted_names

# fastexcel logs "Could not determine dtype for column N" for every empty column; not for users.
logging.getLogger("fastexcel").setLevel(logging.ERROR)
log = logging.getLogger(__name__)

#: calamine's names for Excel's error values -> what a spreadsheet shows.
EXCEL_ERRORS = {"NA": "#N/A", "Value": "#VALUE!", "Div0": "#DIV/0!", "Ref": "#REF!", "Name": "#NAME?",
                "Num": "#NUM!", "Null": "#NULL!", "GettingData": "#GETTING_DATA"}
#: A sheet holding all of a shop's purchases: date, customer and amount columns recognised.
_FITS = 9.0
_PREVIEW = 40
_PREVIEW_CELLS = 512  # the header is found among a row's first cells (find_header_row looks no further)


@dataclass
class SheetRead:
    """One sheet as read: frame, where its header is, and what the reader noticed."""

    frame: pd.DataFrame
    sheet: str
    other_sheets: list[str]
    header_row: int
    warnings: list[Phrase] = field(default_factory=list)
    #: column -> {frame row position: "#N/A"}: Excel error cells, read as empty
    cell_errors: dict[str, dict[int, str]] = field(default_factory=dict)
    #: cells holding formulas saved without a value (e.g. "C2"), from the top of the sheet
    uncalculated: list[str] = field(default_factory=list)


def _open(source: Path, path: Path):
    """fastexcel's reader of the workbook ``source``: the owner's file ``path`` or a copy of it
    (messages name the owner's file)."""
    try:
        return fastexcel.read_excel(str(source))
    except Exception as error:  # fastexcel raises its own error types; never let them escape
        text = str(error).lower()
        if "password" in text or "encrypt" in text:
            raise password_error(path.name) from error
        if "entity" in text:
            raise InputError("The workbook uses XML entities that Excel never writes: it is damaged or "
                             'built to crash programs (an "XML bomb"). It was not opened.',
                             WHAT_TO_SAVE, file=path.name) from error
        raise InputError(Phrase("The workbook could not be opened: it is damaged or not a real "
                                "{suffix} file.", suffix=path.suffix), WHAT_TO_SAVE, file=path.name) from error


def _load(reader, sheet, path: Path, *, eager: bool = False, **kwargs) -> pd.DataFrame:
    """The sheet as a frame; attrs hold 'visible' and 'cell_errors' (Excel error cells by column).

    ``eager``: for an .xlsx/.xlsm sheet, fastexcel's one-pass eager read, while the sheet's XML is
    scanned for error cells beside it. It holds the GIL for at most ~45 ms on a million rows, where
    the lazy read holds it 70-150 ms while freeing its cells: the window's painting waits on that.
    It costs ~0.4 s more CPU (types come from every row, plus the scan), so the command line keeps
    the lazy read. Both give the same frame (tests/core/importing/test_xlsx_parts.py).
    """
    plan = _eager_plan(path, sheet) if eager and "n_rows" not in kwargs else None
    try:
        batch, cells, visible = None, {}, True
        if plan is not None:
            # One pass, types from every row. Same frame as the lazy read whenever the sheet has
            # no error cells; with them, the lazy read (only it says which cell held which error).
            part, visible, scan_first = plan
            with Background(has_error_cells, path, part, name="error-cell scan") as scan:
                if scan_first and scan.result():  # a small sheet, scanned before it is parsed
                    log.info('Sheet "%s" holds error cells: read lazily', sheet)
                else:
                    batch = reader.load_sheet(sheet, eager=True, schema_sample_rows=None, **kwargs)
                    if scan.result():
                        log.info('Sheet "%s" holds error cells: read again lazily', sheet)
                        batch = None
                    else:
                        log.debug('Sheet "%s" read eagerly', sheet)
        if batch is None:
            batch, cells, visible = _load_lazy(reader, sheet, **kwargs)
        keep, total = columns_to_keep(batch.schema.names), batch.num_columns
        if keep is not None:
            batch = batch.select(keep)
            where = {old: new for new, old in enumerate(keep)}
            cells = {where[c]: rows for c, rows in cells.items() if c in where}
        frame = batch.to_pandas()
    except Exception as error:
        raise InputError(Phrase('The sheet "{sheet}" could not be read: it is damaged or uses a feature '
                                "Clientele cannot read.", sheet=sheet), WHAT_TO_SAVE, file=path.name) from error
    frame.attrs["visible"] = visible
    frame.attrs["cell_errors"] = cells
    frame.attrs["wide"] = None if keep is None else (total, len(keep))
    return frame


def _eager_plan(path: Path, sheet) -> tuple[str, bool, bool] | None:
    """(zip member of the sheet, sheet visible, scan it before the read) for a sheet of an
    .xlsx/.xlsm zip; None otherwise (the lazy read)."""
    if path.suffix.lower() not in (".xlsx", ".xlsm") or not isinstance(sheet, str):
        return None
    try:
        with zipfile.ZipFile(path) as archive:
            part, visible = sheet_part(archive, sheet)
            if not part:
                return None
            return part, visible, archive.getinfo(part).compress_size < SCAN_FIRST_BELOW
    except (KeyError, zipfile.BadZipFile, AttributeError, OSError, ValueError, EOFError, zlib.error):
        return None


def _load_lazy(reader, sheet, **kwargs):
    """(record batch, {column: {row: "#N/A"}}, visible) through calamine's cell range, which also
    says which cells held Excel errors. Types are guessed from the first 1,000 rows; a later cell
    that does not fit the guess is reported in the errors, and such a column (invoice numbers
    536365 above C536379) is read again as text, so no cell is lost."""
    loaded = reader.load_sheet(sheet, **kwargs)
    batch, errors = loaded.to_arrow_with_errors()
    mixed = _mixed_columns(errors, batch.num_columns)
    if mixed:
        names = batch.schema.names  # (by name: a number would count from column A)
        log.info('Sheet "%s": %d column(s) with cells that do not fit the type of their first 1,000 rows; '
                 "read again as text", sheet, len(mixed))
        loaded = reader.load_sheet(sheet, dtypes={names[c]: "string" for c in mixed}, **kwargs)
        batch, errors = loaded.to_arrow_with_errors()
    visible = str(getattr(loaded, "visible", "visible")) == "visible"
    return batch, _error_cells(errors, batch.num_columns), visible


def _mixed_columns(errors, width: int) -> list[int]:
    """Positions of columns with cells that did not fit the type guessed from the sample (read as
    empty); Excel error cells (#N/A), empty whatever the type, do not count."""
    mixed = set()
    for error in getattr(errors, "errors", None) or []:
        col = error.offset_position[1]
        if 0 <= col < width and not re.search(r"Error\(\w+\)", str(error.detail)):
            mixed.add(col)
    return sorted(mixed)


def _error_cells(errors, width: int) -> dict[int, dict[int, str]]:
    """{column position: {row position: "#N/A"}} for the Excel error values fastexcel left empty."""
    found: dict[int, dict[int, str]] = {}
    for error in getattr(errors, "errors", None) or []:
        match = re.search(r"Error\((\w+)\)", str(error.detail))
        row, col = error.offset_position
        if match and 0 <= col < width:
            found.setdefault(col, {})[row] = EXCEL_ERRORS.get(match.group(1), "#" + match.group(1).upper())
    return found


def _preview_rows(frame: pd.DataFrame, with_names: bool) -> list[list]:
    names = [None if str(c).startswith("__UNNAMED__") else str(c) for c in frame.columns]
    rows = [names] if with_names else []
    for values in frame.iloc[:_PREVIEW, :_PREVIEW_CELLS].to_numpy(dtype=object).tolist():
        rows.append([None if v is None or v is pd.NaT or (isinstance(v, float) and v != v) else v
                     for v in values])
    return rows


def _names_match(frame: pd.DataFrame, wanted: list) -> bool:
    got = [None if str(c).startswith("__UNNAMED__") else str(c).strip() for c in frame.columns]
    want = [None if v is None else str(v).strip() for v in wanted]
    return got[:len(want)] == want[:len(got)]


def _load_detected(reader, sheet, path: Path, eager: bool) -> tuple[pd.DataFrame | None, int | None]:
    """Load a sheet once, taking its first filled row as the header; reload only when titles sit
    above it. Returns (frame, 1-based header row) or (None, None) when there is no header.

    (calamine parses the whole sheet on every load, so loading a preview first would double the
    time of a big import.) fastexcel counts ``header_row`` from the top of the sheet, while the
    rows it returns start at the first filled row, hence ``_sheet_head``.
    """
    frame = _load(reader, sheet, path, eager=eager, header_row=0)
    if frame.empty and not len(frame.columns):
        return None, None
    preview = _preview_rows(frame, True)
    if any(name is None for name in preview[0]):   # (a date or number there became an unnamed column)
        for position in first_row_numbers(path, sheet):
            if position < len(preview[0]) and preview[0][position] is None:
                preview[0][position] = 0.0     # (a value: the row is a block of labels, not the header)
    index = find_header_row(preview)
    if index is None:
        return None, None
    if index == 0:
        return frame, _sheet_head(path, sheet)[0]
    start = _sheet_head(path, sheet)[0]
    log.info('Sheet "%s": %d row(s) above the header (titles); loaded again from the header', sheet, index)
    for offset in [start - 1] + [d for d in range(0, 30) if d != start - 1]:
        again = _load(reader, sheet, path, eager=eager, header_row=offset + index)
        if _names_match(again, preview[index]):
            return again, offset + index + 1
    return None, None


def _score(frame: pd.DataFrame | None) -> float:
    if frame is None:
        return 0.0
    mapping = detect_mapping(frame.head(300))
    got = set(mapping.fields)
    score = 3.0 * ("date" in got) + 3.0 * bool(got & {"customer_id", "email"})
    score += 3.0 * (mapping.uses_amount_column() or {"quantity", "unit_price"} <= got)
    score += 2.0 * (mapping.format_name is not None) + 0.1 * len(got) + min(len(frame), 300) / 1000
    return score


def _pick_sheet(reader, sheet, path: Path, warnings: list[Phrase], eager: bool) -> tuple[str, tuple | None]:
    """The sheet to read and, when already loaded while choosing, (frame, header row).

    A visible sheet that holds purchases wins over a hidden one that holds more: hidden sheets
    are usually old data or look-up tables the shop owner never sees.
    """
    names = list(reader.sheet_names)
    if not names:
        raise InputError("The workbook has no sheets.", WHAT_TO_SAVE, file=path.name)
    if sheet is not None:
        wanted = str(sheet).strip()
        for candidate in names:
            if candidate == wanted or candidate.strip().lower() == wanted.lower():
                log.info('Sheet "%s" as asked', candidate)
                return candidate, None
        if wanted.isdigit() and 1 <= int(wanted) <= len(names):
            log.info('Sheet number %s is "%s"', wanted, names[int(wanted) - 1])
            return names[int(wanted) - 1], None
        raise InputError(Phrase('The workbook has no sheet named "{sheet}". Its sheets are: {shown}.',
                                sheet=shorten(wanted), shown=quoted_names(names, 20)),
                         "Choose one of those sheets.", file=path.name)
    if len(names) == 1:
        log.info('Sheet "%s": the only one', names[0])
        return names[0], None
    best, best_key = names[0], None
    best_loaded: tuple[pd.DataFrame | None, int | None] = (None, None)  # (set by the first sheet)
    purchases: dict[str, tuple[str, ...]] = {}   # visible sheets of purchases: their column names
    unreadable: dict[str, InputError] = {}
    for name in names:
        try:
            loaded = _load_detected(reader, name, path, eager)
        except InputError as error:  # (one damaged sheet beside the purchases need not stop the import)
            log.info('Sheet "%s" could not be read: %s', name, error.message)
            unreadable[name] = error
            continue
        score = _score(loaded[0])
        visible = loaded[0].attrs.get("visible", True) if loaded[0] is not None else True
        key = (score >= _FITS and visible, score)
        log.debug('Sheet "%s": score %.1f%s', name, score, "" if visible else " (hidden)")
        if loaded[0] is not None and key[0]:
            purchases[name] = tuple(normalise_header(c) for c in loaded[0].columns)
        if best_key is None or key > best_key:
            best, best_key, best_loaded = name, key, loaded
    if unreadable and (best_key is None or not best_key[0]):
        raise next(iter(unreadable.values()))  # (no readable sheet holds purchases: say why the first failed)
    log.info('Sheet "%s" chosen among %d (it looks most like purchases)', best, len(names))
    if unreadable:
        warnings.append(Phrase.counted(
            'The sheet {sheets} could not be read (it is damaged or uses a feature Clientele cannot read) and was '
            'left out; the purchases were read from "{sheet}". If it holds purchases too, save the workbook again '
            "from your spreadsheet program.",
            'The sheets {sheets} could not be read (they are damaged or use a feature Clientele cannot read) and '
            'were left out; the purchases were read from "{sheet}". If they hold purchases too, save the workbook '
            "again from your spreadsheet program.",
            len(unreadable), sheets=quoted_names(list(unreadable), 10), sheet=best))
    if best_loaded[0] is not None and not best_loaded[0].attrs.get("visible", True):
        warnings.append(Phrase('The purchases were read from the hidden sheet "{sheet}" (no visible sheet holds '
                               "dates, customers and amounts).", sheet=best))
    alike = [name for name, columns in purchases.items() if name != best and columns == purchases.get(best)]
    if alike:   # (a sheet per year or month: only one is read, and the others' purchases would be missed)
        warnings.append(Phrase.counted(
            'The sheet {sheets} holds purchases with the same columns as "{sheet}", which was read alone: its '
            'purchases are not counted. Copy its rows under those of "{sheet}" (one sheet, one header) and import '
            "again, or read it instead (command line: --sheet).",
            'The sheets {sheets} hold purchases with the same columns as "{sheet}", which was read alone: their '
            'purchases are not counted. Copy their rows under those of "{sheet}" (one sheet, one header) and '
            "import again, or read one of them instead (command line: --sheet).",
            len(alike), sheets=quoted_names(alike, 10), sheet=best))
    return best, best_loaded


#: A formula cell of a sheet's XML: its reference, its attributes, its content.
_FORMULA_CELL = re.compile(r'<c\b([^>]*?\br="([A-Z]+)(\d+)"[^>/]*)>((?:(?!</c>).)*?<f\b(?:(?!</c>).)*?)</c>', re.S)
#: A workbook saved to be calculated when it is opened (XlsxWriter writes this, and 0 as every
#: formula's result unless the program gives one).
_FULL_CALC = re.compile(r"<(?:\w+:)?calcPr\b[^>]*\bfullCalcOnLoad=[\"'](?:1|true)[\"']")


def _stored_results(cells) -> tuple[list[str], list[str]]:
    """(formula cells saved without a result, formula cells whose saved result is the number 0)."""
    missing, zero = [], []
    for m in cells:
        attributes, content = m.group(1), m.group(4)
        value = re.search(r"<v>([^<]*)</v>", content)
        if not value or not value.group(1):
            if ' t="str"' not in attributes:  # (t="str" and no value: a result "", as =IF(A2="","",…) saves)
                missing.append(m.group(2) + m.group(3))
        elif value.group(1) == "0" and not re.search(r'\bt="(?:str|s|b|e|inlineStr)"', attributes):
            zero.append(m.group(2) + m.group(3))
    return missing, zero


def _sheet_head(path: Path, sheet: str) -> tuple[int, list[str], bool]:
    """(1-based row where the sheet's used range starts, cells with formulas saved without a value,
    whether those include formulas whose saved 0 is no result) from the top of the sheet's XML
    (xlsx/xlsm; else (1, [], False)).

    In a workbook saved to be calculated when opened (``fullCalcOnLoad``) whose formulas near the
    top all hold 0, the 0 is what the writing program put in place of a result it never worked out
    (XlsxWriter does so): those formulas count as saved without their results."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return 1, [], False
    try:
        with zipfile.ZipFile(path) as archive:
            target = sheet_part(archive, sheet)[0]
            if target is None:
                return 1, [], False
            with archive.open(target) as stream:
                head = stream.read(512 * 1024).decode("utf-8", "ignore")
            full_calc = bool(_FULL_CALC.search(archive.read("xl/workbook.xml").decode("utf-8", "ignore")))
    except (KeyError, zipfile.BadZipFile, AttributeError, OSError, ValueError, EOFError, zlib.error):
        return 1, [], False
    start = 1
    for match in re.finditer(r'<row\b[^>]*\br="(\d+)"[^>]*>(.*?)</row>', head, re.S):
        if re.search(r"<v>|<is>", match.group(2)):
            start = int(match.group(1))
            break
    if not re.search(r"<f\b", head):  # no formula at the top of the sheet (the pattern below needs one)
        return start, [], False
    cells = list(_FORMULA_CELL.finditer(head))
    missing, zero = _stored_results(cells)
    if full_calc and zero and len(missing) + len(zero) == len(cells):
        return start, sorted(missing + zero, key=_cell_order), True
    return start, missing, False


def _cell_order(cell: str) -> tuple[int, int]:
    letters = re.match(r"[A-Z]+", cell)
    column = letters.group(0) if letters else ""
    return int(cell[len(column):] or 0), letters_to_column(column)


def _zero_results(source: Path, sheet: str) -> tuple[int, dict[int, list[int]]]:
    """Of a sheet whose formulas' saved 0 is no result (_sheet_head): (the first column of its
    filled cells, where the frame's columns start; {column number: the rows of its formula cells
    holding 0}), from the whole sheet's XML."""
    tail = ""
    cells: dict[int, list[int]] = {}
    with zipfile.ZipFile(source) as archive:
        target = sheet_part(archive, sheet)[0]
        if target is None:
            return 0, {}
        with archive.open(target) as stream:
            while chunk := stream.read(4 * 1024 * 1024):
                text = tail + chunk.decode("utf-8", "ignore")
                cut = text.rfind("</row>")
                if cut < 0:
                    tail = text
                    continue
                text, tail = text[:cut + 6], text[cut + 6:]
                for zero in _stored_results(_FORMULA_CELL.finditer(text))[1]:
                    letters = re.match(r"[A-Z]+", zero)
                    column = letters.group(0) if letters else "A"
                    cells.setdefault(letters_to_column(column), []).append(int(zero[len(column):]))
    # (where the frame starts: xlsx_parts.scan_cells owns that rule; a second pass, for a rare sheet)
    return scan_cells(source, target)[0], cells


def _blank_zero_results(frame: pd.DataFrame, source: Path, sheet: str, header: int) -> None:
    """Read the cells of formulas whose saved 0 is no result (_sheet_head) as empty, as a formula
    saved without its result is read: a sheet of amounts written that way is otherwise all zeros."""
    try:
        first, cells = _zero_results(source, sheet)
    except (KeyError, zipfile.BadZipFile, AttributeError, OSError, ValueError, EOFError, zlib.error):
        return
    for column, sheet_rows in cells.items():
        position = column - first
        if not 0 <= position < len(frame.columns):
            continue
        rows = np.asarray(sheet_rows, dtype=np.int64) - header - 1   # (frame row 0 is the row below the header)
        rows = rows[(rows >= 0) & (rows < len(frame))]
        name = frame.columns[position]
        values = frame[name]
        mask = np.zeros(len(frame), dtype=bool)
        mask[rows] = True
        mask &= (pd.to_numeric(values, errors="coerce") == 0).to_numpy(dtype=bool, na_value=False)
        if mask.any():
            frame[name] = values.mask(mask)


def read_sheet(path: Path, sheet: str | None, header_row: int | None, progress: ProgressCallback, *,
               eager: bool = False) -> SheetRead:
    """Read the chosen (or best) sheet of the workbook at ``path``; ``eager``: see _load. A sheet
    with stray cells far outside its table is read without them (core/importing/sparse_sheets.py)."""
    with readable_workbook(path) as (source, strays):
        read = _read_sheet(path, source, sheet, header_row, progress, eager)
    if read.sheet in strays:
        read.warnings.insert(0, strays[read.sheet])
    return read


def _read_sheet(path: Path, source: Path, sheet: str | None, header_row: int | None,
                progress: ProgressCallback, eager: bool) -> SheetRead:
    reader = _open(source, path)
    progress(0.05, Phrase("Reading {name}…", name=path.name))
    warnings: list[Phrase] = []
    chosen, loaded = _pick_sheet(reader, sheet, path, warnings, eager)
    if header_row is not None:
        frame, header = _load(reader, chosen, path, eager=eager, header_row=header_row - 1), header_row
    else:
        frame, header = loaded if loaded is not None else _load_detected(reader, chosen, path, eager)
        if frame is None:
            raise _no_header(reader, chosen, path)
    log.info('Sheet "%s": header in row %d (%s), %d rows', chosen, header,
             "as asked" if header_row is not None else "detected", len(frame))
    errors = frame.attrs.get("cell_errors", {})
    if errors:
        log.info('Sheet "%s": %d Excel error cell(s) read as empty', chosen, sum(map(len, errors.values())))
    if frame.attrs.get("wide"):
        warnings.append(wide_warning(*frame.attrs["wide"]))
    frame.columns = unique_column_names(frame.columns, warnings, undo_suffixes=True)
    progress(1.0, Phrase("Read {rows:,} rows", rows=len(frame)))
    others = [n for n in reader.sheet_names if n != chosen]
    read = SheetRead(frame, chosen, others, header, warnings,
                     {frame.columns[c]: rows for c, rows in errors.items()})
    _, read.uncalculated, zeros = _sheet_head(path, chosen)
    if zeros and not frame.attrs.get("wide"):
        _blank_zero_results(frame, source, chosen, header)
    if not frame.attrs.get("wide"):
        restore_number_cells(frame, source, chosen, header)   # ("3.125" among "12,50": a number, not 3125)
        ranges, first_column = merged_ranges(source, chosen)
        merged = fill_merged(frame, ranges, first_column, header) if ranges else None
        if merged is not None:
            warnings.append(merged)
    if read.uncalculated:
        cells = read.uncalculated
        warnings.append(
            Phrase("Cell {cell} holds a formula saved without its result, so Clientele sees it as empty. "
                   "Open the file in Excel or LibreOffice and save it again to store the result.", cell=cells[0])
            if len(cells) == 1 else
            Phrase("Cell {cell} and {more:,} more near the top hold formulas saved without their results, so "
                   "Clientele sees them as empty. Open the file in Excel or LibreOffice and save it again to "
                   "store the results.", cell=cells[0], more=len(cells) - 1))
    return read


def _no_header(reader, sheet, path: Path) -> InputError:
    preview = _load(reader, sheet, path, header_row=None, n_rows=5)
    if preview.dropna(how="all").empty:
        return InputError(Phrase('The sheet "{sheet}" is empty.', sheet=sheet), "Choose the sheet or file that holds "
                          "the purchases.", file=path.name)
    first = [shorten(v) for v in preview.dropna(how="all").iloc[0].dropna().tolist()[:4]]
    return InputError(Phrase("The sheet has no header row: its first row holds values ({values}), not "
                             "column names such as Date, Customer, Amount.", values=", ".join(first)),
                      "Add a first row with a name for each column, then import again.", file=path.name)


