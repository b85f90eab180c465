"""Read a purchases file (Excel, ODS, CSV/TSV/TXT) into a raw table: sheet choice, header row."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import fastexcel
import pandas as pd

from core.errors import Cancelled, InputError
from core.progress import ProgressCallback, ensure, sub_progress
from core.text_table import find_header_row, read_text_table

EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".xlsb")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".tab")
_WHAT_TO_SAVE = "Open it in Excel or LibreOffice and save it as .xlsx or .csv, then choose that file."


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
    warnings: list[str] = field(default_factory=list)

    @property
    def decimal_hint(self) -> str | None:
        return "," if self.delimiter == ";" else None


def read_table(path, sheet: str | None = None, header_row: int | None = None,
               progress: ProgressCallback | None = None) -> RawTable:
    """Read ``path``; ``sheet`` by name (or 1-based number), ``header_row`` 1-based, else detected."""
    path = Path(path)
    progress = ensure(progress)
    name = path.name
    if not path.exists():
        raise InputError("The file does not exist (it may have been moved or renamed).",
                         "Choose the file again.", file=str(path))
    if path.is_dir():
        raise InputError("This is a folder, not a file.", "Choose a spreadsheet or CSV file.", file=name)
    try:
        with open(path, "rb"):
            pass
    except PermissionError as error:
        raise InputError("Clientele is not allowed to read this file (it may be locked by another "
                         "program or in a protected folder).",
                         "Close it in other programs, or copy it to your Documents folder, and try again.",
                         file=name) from error
    suffix = path.suffix.lower()
    if suffix not in EXCEL_SUFFIXES + TEXT_SUFFIXES:
        raise InputError(
            f'Clientele cannot read "{suffix or "(no extension)"}" files.',
            "Use an Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a text "
            "table (.csv, .tsv, .txt). " + _WHAT_TO_SAVE, file=name)
    progress(0.0, f"Opening {name}…")
    if suffix in EXCEL_SUFFIXES:
        kind = _check_workbook_bytes(path, suffix)
        if kind == "excel":
            return _read_excel(path, sheet, header_row, progress)
        raw = _read_text(path, header_row, progress)
        raw.warnings.append(f"The file is named {suffix} but holds plain text; it was read as CSV.")
        return raw
    return _read_text(path, header_row, progress)


def _read_text(path: Path, header_row, progress) -> RawTable:
    try:
        read = read_text_table(path, header_row, sub_progress(progress, 0.0, 1.0))
    except (InputError, Cancelled):
        raise
    except (UnicodeError, OSError, ValueError) as error:
        raise InputError(f"The file could not be read ({error}).", _WHAT_TO_SAVE, file=path.name) from error
    return RawTable(read.frame, path, "text", header_row=read.header_row,
                    first_data_row=read.header_row + 1, encoding=read.encoding,
                    delimiter=read.delimiter, warnings=read.warnings)


def _check_workbook_bytes(path: Path, suffix: str) -> str:
    """Say precisely what is wrong with a file that should be a workbook; 'excel' or 'text'."""
    name = path.name
    size = path.stat().st_size
    if size == 0:
        raise InputError("The workbook is empty (0 bytes), so it is not a real Excel file. It may not "
                         "have finished downloading or saving.",
                         "Export or download it again, then choose the new file.", file=name)
    with open(path, "rb") as handle:
        head = handle.read(8192)
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
                mimetype = archive.read("mimetype").decode("ascii", "ignore") if "mimetype" in names else ""
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
            raise InputError("The workbook is damaged: it is incomplete or corrupt (the file is cut "
                             "short or was not saved completely).",
                             "Export or download it again; if Excel can open it, save it again as .xlsx.",
                             file=name) from error
        if "word/document.xml" in names:
            raise InputError("This is a Word document renamed as a spreadsheet, not an Excel workbook.",
                             "Open the real spreadsheet export (.xlsx or .csv) instead.", file=name)
        if any(n.startswith("ppt/") for n in names):
            raise InputError("This is a PowerPoint presentation, not an Excel workbook.",
                             "Choose the spreadsheet export (.xlsx or .csv) instead.", file=name)
        if "xl/workbook.xml" in names or "xl/workbook.bin" in names or "spreadsheet" in mimetype:
            return "excel"
        if mimetype:
            raise InputError("This is an OpenDocument file but not a spreadsheet (it may be a text "
                             "document).", "Choose the spreadsheet export (.ods, .xlsx or .csv).", file=name)
        raise InputError("This is a zip archive, not an Excel workbook.",
                         "Unzip it and choose the spreadsheet inside.", file=name)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if _holds(path, "EncryptedPackage".encode("utf-16-le")):
            raise InputError("The workbook is protected with a password, so it cannot be read.",
                             "Open it in Excel, remove the password (File > Info > Protect Workbook > "
                             "Encrypt with Password, clear it), save, and choose it again.", file=name)
        return "excel"
    stripped = head.lstrip().lower()
    if stripped.startswith((b"<html", b"<!doctype", b"<table", b"<?xml")):
        raise InputError("This file is a web page (HTML/XML) named as a spreadsheet, which is what some "
                         "shop systems export as \"Excel\".", _WHAT_TO_SAVE, file=name)
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"The file is named {suffix} but is not a spreadsheet Clientele can read.",
                         _WHAT_TO_SAVE, file=name)
    return "text"


def _holds(path: Path, needle: bytes, chunk: int = 4 * 1024 * 1024) -> bool:
    """True when the file's bytes contain ``needle`` (read in chunks, overlapping)."""
    tail = b""
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            if needle in tail + block:
                return True
            tail = block[-len(needle):]
    return False


def _open_excel(path: Path):
    try:
        return fastexcel.read_excel(str(path))
    except Exception as error:  # fastexcel raises its own error types; never let them escape
        text = str(error).lower()
        if "password" in text or "encrypt" in text:
            raise InputError("The workbook is protected with a password, so it cannot be read.",
                             "Remove the password in Excel, save, and choose it again.",
                             file=path.name) from error
        raise InputError("The workbook could not be opened: it is damaged or not a real "
                         f"{path.suffix} file.", _WHAT_TO_SAVE, file=path.name) from error


def _load(reader, sheet, path: Path, **kwargs) -> pd.DataFrame:
    try:
        return reader.load_sheet(sheet, schema_sample_rows=None, **kwargs).to_pandas()
    except Exception as error:
        raise InputError(f'The sheet "{sheet}" could not be read: it is damaged or uses a feature '
                         "Clientele cannot read.", _WHAT_TO_SAVE, file=path.name) from error


def _preview_rows(frame: pd.DataFrame, with_names: bool) -> list[list]:
    rows = [[None if str(c).startswith("__UNNAMED__") else str(c) for c in frame.columns]] if with_names else []
    for values in frame.head(40).itertuples(index=False):
        rows.append([None if (v is None or (isinstance(v, float) and pd.isna(v))) else v for v in values])
    return rows


def _names_match(frame: pd.DataFrame, wanted: list) -> bool:
    got = [None if str(c).startswith("__UNNAMED__") else str(c).strip() for c in frame.columns]
    want = [None if v is None else str(v).strip() for v in wanted]
    return got[:len(want)] == want[:len(got)]


def _load_detected(reader, sheet, path: Path) -> tuple[pd.DataFrame | None, int | None]:
    """Load a sheet once, taking its first filled row as the header; reload only when titles sit
    above it. Returns (frame, 1-based header row) or (None, None) when there is no header.

    (calamine parses the whole sheet on every load, so loading a preview first would double the
    time of a big import.) fastexcel counts ``header_row`` from the top of the sheet, while the
    rows it returns start at the first filled row, hence ``_range_start_row``.
    """
    frame = _load(reader, sheet, path, header_row=0)
    if frame.empty and not len(frame.columns):
        return None, None
    preview = _preview_rows(frame, True)
    index = find_header_row(preview)
    start = _range_start_row(path, sheet)
    if index is None:
        return None, None
    if index == 0:
        return frame, start
    for offset in [start - 1] + [d for d in range(0, 30) if d != start - 1]:
        again = _load(reader, sheet, path, header_row=offset + index)
        if _names_match(again, preview[index]):
            return again, offset + index + 1
    return None, None


def _score_sheet(frame: pd.DataFrame | None) -> float:
    from core.column_mapping import detect_mapping

    if frame is None:
        return 0.0
    mapping = detect_mapping(frame.head(300))
    got = set(mapping.fields)
    score = 3.0 * ("date" in got) + 3.0 * bool(got & {"customer_id", "email"})
    score += 3.0 * (mapping.uses_amount_column() or {"quantity", "unit_price"} <= got)
    score += 2.0 * (mapping.format_name is not None) + 0.1 * len(got) + min(len(frame), 300) / 1000
    return score


def _pick_sheet(reader, sheet, path: Path) -> tuple[str, tuple | None]:
    """The sheet to read and, when already loaded while choosing, (frame, header index)."""
    names = list(reader.sheet_names)
    if not names:
        raise InputError("The workbook has no sheets.", _WHAT_TO_SAVE, file=path.name)
    if sheet is not None:
        wanted = str(sheet).strip()
        for candidate in names:
            if candidate == wanted or candidate.strip().lower() == wanted.lower():
                return candidate, None
        if wanted.isdigit() and 1 <= int(wanted) <= len(names):
            return names[int(wanted) - 1], None
        raise InputError(f'The workbook has no sheet named "{wanted}". Its sheets are: '
                         + ", ".join(f'"{n}"' for n in names) + ".",
                         "Choose one of those sheets.", file=path.name)
    if len(names) == 1:
        return names[0], None
    best, best_score, best_loaded = names[0], -1.0, None
    for name in names:
        loaded = _load_detected(reader, name, path)
        score = _score_sheet(loaded[0])
        if score > best_score:
            best, best_score, best_loaded = name, score, loaded
    return best, best_loaded


def _range_start_row(path: Path, sheet: str) -> int:
    """1-based row where the sheet's used range starts (xlsx/xlsm; else 1)."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return 1
    try:
        with zipfile.ZipFile(path) as archive:
            book = archive.read("xl/workbook.xml").decode("utf-8", "ignore")
            rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", "ignore")
            rid = None
            for tag in re.findall(r"<(?:\w+:)?sheet\b[^>]*>", book):
                name = re.search(r'name="([^"]*)"', tag)
                if name and _xml_unescape(name.group(1)) == sheet:
                    rid = re.search(r'r:id="([^"]*)"', tag).group(1)
            target = None
            for tag in re.findall(r"<Relationship\b[^>]*>", rels):
                if f'Id="{rid}"' in tag:
                    target = re.search(r'Target="([^"]*)"', tag).group(1)
            if target is None:
                return 1
            target = target.lstrip("/")
            target = target if target.startswith("xl/") else "xl/" + target
            with archive.open(target) as stream:
                head = stream.read(512 * 1024).decode("utf-8", "ignore")
        for match in re.finditer(r'<row\b[^>]*\br="(\d+)"[^>]*>(.*?)</row>', head, re.S):
            if re.search(r"<v>|<is>", match.group(2)):
                return int(match.group(1))
    except (KeyError, zipfile.BadZipFile, AttributeError, OSError, ValueError):
        return 1
    return 1


def _xml_unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))


def _read_excel(path: Path, sheet, header_row, progress) -> RawTable:
    reader = _open_excel(path)
    progress(0.05, f"Reading {path.name}…")
    chosen, loaded = _pick_sheet(reader, sheet, path)
    if header_row is not None:
        frame, header = _load(reader, chosen, path, header_row=header_row - 1), header_row
    else:
        frame, header = loaded if loaded is not None else _load_detected(reader, chosen, path)
        if frame is None:
            raise _no_header(reader, chosen, path)
    frame.columns = _clean_names(frame.columns)
    progress(1.0, f"Read {len(frame):,} rows")
    others = [n for n in reader.sheet_names if n != chosen]
    return RawTable(frame, path, "excel", sheet=chosen, other_sheets=others,
                    header_row=header, first_data_row=header + 1)


def _no_header(reader, sheet, path: Path) -> InputError:
    preview = _load(reader, sheet, path, header_row=None, n_rows=5)
    if preview.dropna(how="all").empty:
        return InputError(f'The sheet "{sheet}" is empty.', "Choose the sheet or file that holds "
                          "the purchases.", file=path.name)
    first = [str(v) for v in preview.dropna(how="all").iloc[0].dropna().tolist()[:4]]
    return InputError("The sheet has no header row: its first row holds values (" + ", ".join(first)
                      + "), not column names such as Date, Customer, Amount.",
                      "Add a first row with a name for each column, then import again.", file=path.name)


def _clean_names(columns) -> list[str]:
    out, seen = [], {}
    for i, col in enumerate(columns):
        name = str(col).strip()
        if name.startswith("__UNNAMED__") or not name:
            name = f"Column {i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        out.append(name)
    return out
