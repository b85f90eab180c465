"""Where a sheet lives inside an .xlsx/.xlsm zip, whether it is hidden, and whether it holds Excel
error cells (#N/A, #DIV/0!…), found by streaming its XML once without parsing it.

The error-cell scan decides how core.importing.excel reads a sheet when the window asks for the
eager read (``eager_xlsx``; the scan runs beside the read through core.background): without error
cells, fastexcel's one-pass eager read (types from every row, the GIL released for the whole parse)
gives the same frame as the lazy read; with them, the lazy read is needed because only it says
which cells held which error, and the import report quotes them ("row 1,602: #N/A").
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from core.importing.sheet_extent import letters_to_column
from core.importing.zip_guard import inflated_chunks

#: How an error cell's type is written: <c r="E12" t="e"><v>#N/A</v></c> (single quotes are legal XML).
_ERROR_TYPES = (b' t="e"', b" t='e'")
#: The same two needles as one pattern for Arrow's regular expressions (RE2), which search a chunk
#: with the GIL released, about 3x as fast as Python's two ``in`` (that held the GIL for 1-20 ms a
#: chunk while the window imported beside it; docs/performance.md).
_ERROR_PATTERN = " t=(\"e\"|'e')"
_OVERLAP = 8
#: Sheets packed smaller than this are scanned before the read; bigger ones while it runs (a
#: million-row sheet: 0.3 s of scanning on the other core beside 6 s of parsing).
SCAN_FIRST_BELOW = 8 * 1024 ** 2
_CHUNK = 1024 * 1024


def _xml_unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))


def sheet_part(archive: zipfile.ZipFile, sheet: str) -> tuple[str | None, bool]:
    """(the zip member holding ``sheet``'s XML or None, whether the sheet is visible)."""
    book = archive.read("xl/workbook.xml").decode("utf-8", "ignore")
    rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", "ignore")
    rid, visible = None, True
    for tag in re.findall(r"<(?:\w+:)?sheet\b[^>]*>", book):
        name = re.search(r'name="([^"]*)"', tag)
        if name and _xml_unescape(name.group(1)) == sheet:
            found = re.search(r'r:id="([^"]*)"', tag)
            rid = found.group(1) if found else None
            visible = re.search(r'state="(?:hidden|veryHidden)"', tag) is None
    target = None
    for tag in re.findall(r"<Relationship\b[^>]*>", rels):
        if rid is not None and f'Id="{rid}"' in tag:
            found = re.search(r'Target="([^"]*)"', tag)
            target = found.group(1) if found else None
    if target is None:
        return None, visible
    target = target.lstrip("/")
    return (target if target.startswith("xl/") else "xl/" + target), visible


def sheet_parts(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, zip member holding its XML) for every worksheet of an .xlsx/.xlsm, in order;
    sheets whose part cannot be found are left out (the reader reports them itself)."""
    book = archive.read("xl/workbook.xml").decode("utf-8", "ignore")
    rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", "ignore")
    targets = {}
    for tag in re.findall(r"<Relationship\b[^>]*>", rels):
        rid, target = re.search(r'\bId="([^"]*)"', tag), re.search(r'Target="([^"]*)"', tag)
        if rid and target:
            path = target.group(1).lstrip("/")
            targets[rid.group(1)] = path if path.startswith("xl/") else "xl/" + path
    found = []
    names = set(archive.namelist())
    for tag in re.findall(r"<(?:\w+:)?sheet\b[^>]*>", book):
        name, rid = re.search(r'name="([^"]*)"', tag), re.search(r'r:id="([^"]*)"', tag)
        if name and rid and targets.get(rid.group(1)) in names:
            found.append((_xml_unescape(name.group(1)), targets[rid.group(1)]))
    return found


def _part_has_error_cells(path: Path, part: str) -> bool:
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(part)
    if info.compress_type == zipfile.ZIP_STORED:
        with zipfile.ZipFile(path) as archive, archive.open(info) as stream:
            return _scan(iter(lambda: stream.read(_CHUNK), b""))
    if info.compress_type != zipfile.ZIP_DEFLATED:
        return True
    with open(path, "rb") as handle:  # (isal, as the zip-bomb guard: about 4x zlib, GIL released)
        return _scan(inflated_chunks(handle, info, path.name))


def _holds_error_type(chunk: bytes) -> bool:
    """Whether ``chunk`` holds one of ``_ERROR_TYPES`` (searched by Arrow, without copying it)."""
    offsets = pa.py_buffer(struct.pack("<qq", 0, len(chunk)))      # one value: the whole chunk
    text = pa.Array.from_buffers(pa.large_binary(), 1, [None, offsets, pa.py_buffer(chunk)])
    return bool(pc.any(pc.match_substring_regex(text, _ERROR_PATTERN)).as_py())


def _scan(chunks: Iterable[bytes]) -> bool:
    tail = b""
    for chunk in chunks:
        if not chunk:
            continue
        seam = tail + chunk[:_OVERLAP]  # a needle split between two chunks
        if any(needle in seam for needle in _ERROR_TYPES) or _holds_error_type(chunk):
            return True
        tail = chunk[-_OVERLAP:]
    return False


def has_error_cells(path: Path, part: str) -> bool:
    """True when the zip member ``part`` of the workbook at ``path`` holds Excel error cells, or
    when it cannot be scanned (anything unexpected: assume error cells, the careful read)."""
    try:
        return _part_has_error_cells(path, part)
    except Exception:  # noqa: BLE001 - damaged parts are reported by the reader itself
        return True


#: A cell of a sheet's XML with its attributes and content (a self-closing cell holds nothing).
_CELL = re.compile(rb"<c\b([^>]*?)(?<!/)>(.*?)</c>", re.S)
_REF = re.compile(rb"\br=[\"']([A-Z]{1,3})(\d+)[\"']")
_TYPE = re.compile(rb"\bt=[\"'](\w+)[\"']")


def scan_cells(path: Path, part: str) -> tuple[int, dict[int, list[int]]]:
    """(the first column holding a value: where calamine's range, and so the frame, starts; per
    column number, the 1-based rows of its number cells) of the zip member ``part`` of the workbook
    at ``path``, from every cell of its XML (for a sheet kept by hand: this reads it all). A number
    cell has no type or type "n" and a value; text, booleans, errors and formulas' text results
    have a type of their own."""
    first = 16385
    numbers: dict[int, list[int]] = {}
    tail = b""
    with zipfile.ZipFile(path) as archive, archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            text = tail + chunk
            cut = text.rfind(b"</c>")
            if cut < 0:
                tail = text
                continue
            text, tail = text[:cut + 4], text[cut + 4:]
            for cell in _CELL.finditer(text):
                attributes, content = cell.group(1), cell.group(2)
                if b"<v>" not in content and b"<is>" not in content:
                    continue
                ref = _REF.search(attributes)
                if ref is None:
                    continue
                column = letters_to_column(ref.group(1).decode())
                first = min(first, column)
                if b"<v>" in content:
                    kind = _TYPE.search(attributes)
                    if kind is None or kind.group(1) == b"n":
                        numbers.setdefault(column, []).append(int(ref.group(2)))
    return (first if first <= 16384 else 0), numbers


def first_row_numbers(path: Path, sheet: str, head_bytes: int = 512 * 1024) -> list[int]:
    """The positions, counted from the first filled column of the sheet's top (0 for it), of the
    number and date cells in the first filled row of an .xlsx/.xlsm sheet, from the top of its XML
    ([] for another kind of file or anything unexpected). A reader that takes that row for column
    names loses such a cell (it becomes an unnamed column); a label block ("Date | 10.05.2024 |
    Customer | all") is told from a header by it."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return []
    try:
        with zipfile.ZipFile(path) as archive:
            part = sheet_part(archive, sheet)[0]
            if part is None:
                return []
            with archive.open(part) as stream:
                head = stream.read(head_bytes)
    except (KeyError, zipfile.BadZipFile, AttributeError, OSError, ValueError, EOFError, zlib.error):
        return []
    first_row, first_column, numbers = None, 16385, []
    for cell in _CELL.finditer(head):
        attributes, content = cell.group(1), cell.group(2)
        ref = _REF.search(attributes)
        if ref is None or (b"<v>" not in content and b"<is>" not in content):
            continue
        row, column = int(ref.group(2)), letters_to_column(ref.group(1).decode())
        first_column = min(first_column, column)
        first_row = row if first_row is None else first_row
        kind = _TYPE.search(attributes)
        if row == first_row and b"<v>" in content and (kind is None or kind.group(1) == b"n"):
            numbers.append(column)
    return [column - first_column for column in numbers]


def small_sheet_part(path: Path, sheet: str) -> str | None:
    """The zip member of ``sheet`` in the .xlsx/.xlsm workbook at ``path`` when it is packed smaller
    than SCAN_FIRST_BELOW (a sheet kept by hand, worth reading cell by cell), else None (another kind
    of file, a big export, or a file that cannot be read this way: the reader reports damage)."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return None
    try:
        with zipfile.ZipFile(path) as archive:
            part = sheet_part(archive, sheet)[0]
            return part if part is not None and archive.getinfo(part).compress_size < SCAN_FIRST_BELOW else None
    except (KeyError, zipfile.BadZipFile, AttributeError, OSError, ValueError, EOFError, zlib.error):
        return None
