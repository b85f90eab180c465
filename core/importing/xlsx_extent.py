"""The filled cells of each sheet of an .xlsx/.xlsm, found by streaming its XML (no grid), and a
copy of the workbook without a sheet's stray cells (core/importing/sheet_extent.py says which).

calamine keeps a cell only when it holds a value (<v> with text, or an inline string): empty styled
cells (<c r="XFD9" s="3"/>), empty values and formulas saved without a result make no grid, so
they are not counted here either. A cell without an r attribute follows the one before it, as in
calamine.
"""

from __future__ import annotations

import logging
import re
import shutil
import zipfile
from array import array
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from core.importing.sheet_extent import GRID_LIMIT, Box, SheetPlan, cell_name, letters_to_column, plan_sheet
from core.importing.xlsx_parts import sheet_parts
from core.importing.zip_guard import inflated_chunks

log = logging.getLogger(__name__)

#: Sheets whose XML unpacks to at most this many bytes are always scanned cell by cell (about
#: 0.1 s for 4 MB); a bigger one only when its <dimension> is missing or its grid is far bigger
#: than its XML could fill (a real dense sheet needs at least ~16 bytes of XML a cell).
FULL_SCAN = 4 * 1024 ** 2
_BYTES_A_CELL = 16
#: (Any namespace prefix, white space and quotes XML allows, and column letters in either case, as
#: calamine reads them: a cell written <x:c r = 'xfd1048576'> had slipped past, and calamine asked for 550 GB.)
_TOKEN = re.compile(rb"<(?:\w+:)?row\b([^>]*)>|<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_REF = re.compile(rb"\br\s*=\s*[\"']([A-Za-z]{1,3})?(\d{1,7})[\"']")
_VALUE = re.compile(rb"<(?:\w+:)?v>[^<]|<(?:\w+:)?is>")
_DIMENSION = re.compile(rb'<dimension\s+ref="([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?"\s*/>')
#: A cell's opening tag: column letters, row, "/" when self-closing (<c r="B7" s="2"/>: empty).
_OPEN_TAG = re.compile(rb'<c r="([A-Za-z]{1,3})(\d{1,7})"[^>]*?(/?)>')
#: What the fast scan cannot read; a sheet holding any of it is walked cell by cell instead.
_UNUSUAL = (b"<c\t", b"<c\n", b"<c\r", b":c ", b":c>", b":c\t", b":c\n", b"r='", b"r =", b"r= ")
#: A sheet whose XML is bigger than its dimension's cells could fill at this many bytes a cell (and
#: a megabyte more) is scanned whatever its dimension says: A1:C31 over 4 MB of XML hid a far cell.
_MOST_BYTES_A_CELL = 1024
_CARRY_LIMIT = 64 * 1024 ** 2
#: The fast scan carries an unfinished tag into the next chunk; past this it keeps only the last
#: _TAG_ROOM bytes (more than any cell's opening tag).
_CHUNK_CARRY = 1024 ** 2
_TAG_ROOM = 4096


def _chunks(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    if info.compress_type == zipfile.ZIP_DEFLATED:
        with open(path, "rb") as handle:
            yield from inflated_chunks(handle, info, path.name)
    else:
        with archive.open(info) as stream:
            yield from iter(lambda: stream.read(1024 * 1024), b"")


class _Cells:
    """Walks a sheet's XML: each <c> with its 1-based (row, column), as calamine places it."""

    def __init__(self) -> None:
        self.row, self.column = 0, 0
        self._letters: dict[bytes, int] = {}

    def row_start(self, attributes: bytes) -> None:
        found = _REF.search(attributes)
        self.row = int(found.group(2)) if found else self.row + 1
        self.column = 0

    def place(self, attributes: bytes) -> tuple[int, int, bool]:
        """(row, column, whether the cell had its own r attribute)."""
        found = _REF.search(attributes)
        if found and found.group(1):
            letters = found.group(1).upper()
            column = self._letters.get(letters)
            if column is None:
                column = self._letters[letters] = letters_to_column(letters.decode())
            self.row, self.column = int(found.group(2)), column
            return self.row, self.column, True
        self.column += 1
        return max(self.row, 1), self.column, False

    def walk(self, chunks: Iterator[bytes]) -> Iterator[tuple[re.Match[bytes] | None, bytes]]:
        """(token match or None, text before it) over the XML; the text after the last token comes
        with None."""
        carry = b""
        for chunk in chunks:
            buffer = carry + chunk
            end = 0
            for match in _TOKEN.finditer(buffer):  # (a cell cut by the chunk's end does not match)
                yield match, buffer[end:match.start()]
                end = match.end()
            carry = buffer[end:]
            if len(carry) > _CARRY_LIMIT:  # no cell ends in 64 MB: not a sheet calamine reads either
                yield None, carry
                carry = b""
        yield None, carry


def dimension_box(head: bytes) -> Box | None:
    found = _DIMENSION.search(head)
    if not found:
        return None
    first = (int(found.group(2)), letters_to_column(found.group(1).decode()))
    last = (int(found.group(4)), letters_to_column(found.group(3).decode())) if found.group(3) else first
    return Box(first[0], max(last[0], first[0]), first[1], max(last[1], first[1]))


def _needs_scan(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    if info.file_size <= FULL_SCAN:
        return True
    head = b""
    for chunk in _chunks(path, archive, info):
        head += chunk
        if len(head) >= 256 * 1024:
            break
    box = dimension_box(head)
    return (box is None or box.area > max(GRID_LIMIT, info.file_size // _BYTES_A_CELL)
            or box.area * _MOST_BYTES_A_CELL + 1024 ** 2 < info.file_size)


def scan_part(path: Path, archive: zipfile.ZipFile, part: str) -> tuple[np.ndarray, np.ndarray]:
    """(rows, columns) of the cells that hold a value in the sheet XML ``part``."""
    fast = _scan_fast(_chunks(path, archive, archive.getinfo(part)))
    return fast if fast is not None else _scan_exact(_chunks(path, archive, archive.getinfo(part)))


def _scan_fast(chunks: Iterator[bytes]) -> tuple[np.ndarray, np.ndarray] | None:
    """The usual sheet, every cell's r attribute first (Excel, LibreOffice, openpyxl, XlsxWriter):
    the opening tags alone, about 10x faster than walking every cell. A cell that is not
    self-closing counts as filled (a formula saved without its result too: it only makes the
    plan more careful). None when some cell lacks a leading r (then _scan_exact)."""
    found: list[tuple[bytes, bytes, bytes]] = []
    carry = b""
    for chunk in chunks:
        buffer = carry + chunk
        cut = buffer.rfind(b"<")
        if cut < 0 or buffer.rfind(b">") > cut:
            cut = len(buffer)
        done, carry = buffer[:cut], buffer[cut:]
        if len(carry) > _CHUNK_CARRY:      # (no tag is this long: a comment's; carried whole, it made the scan
            done, carry = buffer[:-_TAG_ROOM], buffer[-_TAG_ROOM:]   # quadratic, 1.8 GB taking many minutes)
        if done.count(b'<c r="') != done.count(b"<c ") + done.count(b"<c>") or any(
                odd in done for odd in _UNUSUAL):
            return None
        found += _OPEN_TAG.findall(done)
    pairs = np.array(found, dtype="S7").reshape(-1, 3)
    pairs = pairs[pairs[:, 2] != b"/"]
    if not len(pairs):
        return np.zeros(0, np.int32), np.zeros(0, np.int32)
    distinct, where = np.unique(pairs[:, 0], return_inverse=True)
    lookup = np.array([letters_to_column(x.decode().upper()) for x in distinct], dtype=np.int32)
    return pairs[:, 1].astype(np.int32), lookup[where]


def _scan_exact(chunks: Iterator[bytes]) -> tuple[np.ndarray, np.ndarray]:
    rows, columns = array("i"), array("i")
    cells = _Cells()
    for match, _ in cells.walk(chunks):
        if match is None:
            continue
        if match.group(2) is None:
            cells.row_start(match.group(1))
            continue
        row, column, _ = cells.place(match.group(2))
        body = match.group(3)
        if body and _VALUE.search(body):
            rows.append(row)
            columns.append(column)
    return np.frombuffer(rows, dtype=np.int32), np.frombuffer(columns, dtype=np.int32)


def plan_workbook(path: Path) -> list[tuple[str, SheetPlan]]:
    """(zip member, plan) for every sheet that needed a look; sheets trusted by their dimension
    are left out."""
    plans = []
    with zipfile.ZipFile(path) as archive:
        for name, part in sheet_parts(archive):
            if not _needs_scan(path, archive, archive.getinfo(part)):
                continue
            rows, columns = scan_part(path, archive, part)
            plans.append((part, plan_sheet(name, rows, columns, file=path.name)))
    return plans


def _trimmed_xml(chunks: Iterator[bytes], keep: Box) -> Iterator[bytes]:
    """The sheet XML without the cells outside ``keep``; cells without r get one, so that the
    cells after a removed one stay where they were; the <dimension> becomes ``keep``."""
    cells = _Cells()
    first = True
    for match, before in cells.walk(chunks):
        if first:
            before = _DIMENSION.sub(f'<dimension ref="{keep.text()}"/>'.encode(), before, count=1)
            first = False
        yield before
        if match is None:
            continue
        if match.group(2) is None:
            cells.row_start(match.group(1))
            yield match.group(0)
            continue
        row, column, named = cells.place(match.group(2))
        if not keep.holds(row, column):
            continue
        if named:
            yield match.group(0)
        else:
            yield b"<c" + f' r="{cell_name(row, column)}"'.encode() + match.group(0)[2:]


def write_trimmed(path: Path, plans: list[tuple[str, SheetPlan]], target: Path) -> None:
    """A copy of the workbook at ``path`` in ``target`` with the trimmed sheets' strays left out."""
    trims = {part: plan.keep for part, plan in plans if plan.keep is not None}
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED,
                                                          compresslevel=1) as copy:
        for info in source.infolist():
            keep = trims.get(info.filename)
            with copy.open(info.filename, "w", force_zip64=True) as out:
                if keep is None:
                    with source.open(info) as stream:
                        shutil.copyfileobj(stream, out, 1024 * 1024)
                else:
                    for piece in _trimmed_xml(_chunks(path, source, info), keep):
                        out.write(piece)
    log.info("%s: a copy without %d sheet(s)' stray cells written for reading", path.name, len(trims))
