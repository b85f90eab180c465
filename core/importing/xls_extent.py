"""The filled cells of each sheet of an Excel 97-2003 workbook (.xls, BIFF), read from its records.

An .xls is an OLE compound file whose "Workbook" stream is a list of BIFF records: the sheets'
cells are NUMBER, RK, MULRK, LABEL, LABELSST, BOOLERR and FORMULA records, each with its row and
column. calamine makes a grid from the first to the last of them (a sheet at most 65,536 rows by
256 columns: a stray value in IV65536 of a 5 KB file took 1.2 GB and 5 s). Their positions are
collected here, record by record (nothing else is decoded), for sheet_extent.plan_sheet. A sheet
with stray cells is read from a copy in which their records are given a type no reader knows (the
same length, so the offsets the file keeps stay right). Anything unexpected in the container leaves
the file to calamine, whose own message then says it is damaged.
"""

from __future__ import annotations

import re
import struct
from array import array
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.importing.sheet_extent import SheetPlan, plan_sheet, refusal
from core.importing.xlsx_parts import SCAN_FIRST_BELOW

_FREE, _END = 0xFFFFFFFF, 0xFFFFFFFE
#: Record types holding one cell: row (u16) and column (u16) first.
_CELL_RECORDS = {0x0203, 0x027E, 0x0204, 0x00FD, 0x0205, 0x0006, 0x00D6}
_MULRK = 0x00BD
_BOF, _EOF, _BOUNDSHEET = 0x0809, 0x000A, 0x0085
#: A sheet's merged cells: a count (u16), then per range its first and last row and column (u16 each, from 0).
_MERGEDCELLS = 0x00E5
_MERGED_MARK = re.compile(rb"\xe5\x00(?=(....))", re.S)   # (its type, then the length and count to check)


class _Damaged(Exception):
    """The container is not what it says: calamine reports it."""


def _chain(table: list[int], start: int, limit: int) -> list[int]:
    chain: list[int] = []
    sector = start
    while sector not in (_END, _FREE) and len(chain) <= limit:
        if sector >= len(table):
            raise _Damaged
        chain.append(sector)
        sector = table[sector]
    if len(chain) > limit:
        raise _Damaged  # a loop
    return chain


def workbook_stream(data: bytes) -> tuple[bytes, list[int], int]:
    """The "Workbook" (or "Book") stream of the OLE compound file ``data``, with where it lies in
    ``data``: the file offset of each of its pieces, and the pieces' size."""
    if data[:8] != b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" or len(data) < 512:
        raise _Damaged
    shift, mini_shift = struct.unpack_from("<HH", data, 30)
    if not 7 <= shift <= 16 or mini_shift > shift:
        raise _Damaged
    size = 1 << shift
    fat_count, dir_start = struct.unpack_from("<II", data, 44)
    cutoff, mini_fat_start, mini_fat_count, difat_start, difat_count = struct.unpack_from("<IIIII", data, 56)
    sectors = len(data) // size

    def where(n: int) -> int:
        offset = size * (n + 1)  # (the header fills the first sector's place)
        if offset >= len(data):
            raise _Damaged
        return offset

    def sector(n: int) -> bytes:
        return data[where(n):where(n) + size]

    difat = [s for s in struct.unpack_from("<109I", data, 76) if s not in (_FREE, _END)]
    next_difat, seen = difat_start, 0
    while next_difat not in (_FREE, _END) and seen <= difat_count:
        block = struct.unpack(f"<{size // 4}I", sector(next_difat))
        difat += [s for s in block[:-1] if s not in (_FREE, _END)]
        next_difat, seen = block[-1], seen + 1
    fat: list[int] = []
    for n in difat[:max(fat_count, 1)]:
        fat += struct.unpack(f"<{size // 4}I", sector(n))

    def read(start: int, length: int | None = None) -> tuple[bytes, list[int]]:
        chain = _chain(fat, start, sectors)
        blob = b"".join(sector(n) for n in chain)
        return (blob if length is None else blob[:length]), [where(n) for n in chain]

    directory = read(dir_start)[0]
    entries = [directory[i:i + 128] for i in range(0, len(directory) - 127, 128)]
    root, wanted = None, None
    for entry in entries:
        name_length = struct.unpack_from("<H", entry, 64)[0]
        name = entry[:max(0, min(name_length, 64) - 2)].decode("utf-16-le", "replace")
        kind, start, length = entry[66], struct.unpack_from("<I", entry, 116)[0], struct.unpack_from("<I", entry, 120)[0]
        if kind == 5:
            root = (start, length)
        elif kind == 2 and name in ("Workbook", "Book") and wanted is None:
            wanted = (start, length)
    if wanted is None or root is None:
        raise _Damaged
    start, length = wanted
    if length >= cutoff:
        stream, places = read(start, length)
        return stream, places, size
    mini_size = 1 << mini_shift
    mini_fat: list[int] = []
    if mini_fat_count:
        blob = read(mini_fat_start)[0]
        mini_fat = list(struct.unpack(f"<{len(blob) // 4}I", blob[:len(blob) // 4 * 4]))
    mini_stream, mini_places = read(root[0], root[1])
    chain = _chain(mini_fat, start, len(mini_stream) // mini_size + 1)
    pieces = [mini_stream[n * mini_size:(n + 1) * mini_size] for n in chain]
    places = [mini_places[n * mini_size // size] + n * mini_size % size for n in chain]
    return b"".join(pieces)[:length], places, mini_size


def _sheets(stream: bytes) -> list[tuple[str, int]]:
    """(name, stream offset of its BOF) of the worksheets named in the workbook globals."""
    found, offset = [], 0
    while offset + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, offset)
        body = stream[offset + 4:offset + 4 + length]
        if kind == _BOUNDSHEET and len(body) >= 8 and body[5] == 0:  # type 0: a worksheet
            count, flags = body[6], body[7] if len(body) > 7 else 0
            raw = body[8:]
            name = (raw[:count * 2].decode("utf-16-le", "replace") if flags & 1
                    else raw[:count].decode("latin-1"))
            found.append((name, struct.unpack_from("<I", body, 0)[0]))
        elif kind == _EOF:
            break
        offset += 4 + length
    return found


def _cells(stream: bytes, offset: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(rows, columns, stream offset of the record) of the sheet's filled cells."""
    rows, columns, records = array("i"), array("i"), array("q")
    offset += 4 + struct.unpack_from("<H", stream, offset + 2)[0]  # (past the sheet's BOF)
    while offset + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, offset)
        if kind in (_EOF, _BOF):
            break
        if kind in _CELL_RECORDS and length >= 4:
            row, column = struct.unpack_from("<HH", stream, offset + 4)
            rows.append(row + 1)
            columns.append(column + 1)
            records.append(offset)
        elif kind == _MULRK and length >= 6:
            row, first = struct.unpack_from("<HH", stream, offset + 4)
            last = struct.unpack_from("<H", stream, offset + 4 + length - 2)[0]
            for column in range(first, max(first, last) + 1):
                rows.append(row + 1)
                columns.append(column + 1)
                records.append(offset)
        offset += 4 + length
    return (np.frombuffer(rows, dtype=np.int32), np.frombuffer(columns, dtype=np.int32),
            np.frombuffer(records, dtype=np.int64))


def _could_be_merged(found: re.Match[bytes]) -> bool:
    length, count = struct.unpack("<HH", found.group(1))
    return count > 0 and length == 2 + 8 * count


def _merged(stream: bytes, offset: int) -> list[tuple[int, int, int, int]]:
    """(first row, first column, last row, last column), 1-based, of the sheet's merged cells."""
    found = []
    offset += 4 + struct.unpack_from("<H", stream, offset + 2)[0]  # (past the sheet's BOF)
    while offset + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, offset)
        if kind in (_EOF, _BOF):
            break
        if kind == _MERGEDCELLS and length >= 2:
            count = min(struct.unpack_from("<H", stream, offset + 4)[0], (length - 2) // 8)
            for n in range(count):
                r0, r1, c0, c1 = struct.unpack_from("<HHHH", stream, offset + 6 + 8 * n)
                found.append((r0 + 1, c0 + 1, r1 + 1, c1 + 1))
        offset += 4 + length
    return found


def merged_over_rows(path: Path, sheet: str) -> tuple[list[tuple[int, int, int, int]], int]:
    """(the cells of ``sheet`` merged over more than one row, each (first row, first column, last
    row, last column), 1-based; the sheet's first filled column) of the .xls at ``path`` when it is
    smaller than SCAN_FIRST_BELOW; ([], 0) for a bigger file, a sheet without such cells, or one that
    cannot be read here (calamine says what is wrong)."""
    try:
        if path.stat().st_size >= SCAN_FIRST_BELOW:
            return [], 0
        stream = workbook_stream(path.read_bytes())[0]
        offset = dict(_sheets(stream)).get(sheet)
        if offset is None or not any(_could_be_merged(found) for found in _MERGED_MARK.finditer(stream)):
            return [], 0   # (the byte search takes milliseconds; the walk, a tenth of a second at 60,000 rows)
        spans = [span for span in _merged(stream, offset) if span[2] > span[0]]
        columns = _cells(stream, offset)[1] if spans else np.zeros(0, dtype=np.int32)
    except (_Damaged, struct.error, IndexError, ValueError, OSError):
        return [], 0
    return (spans, int(columns.min())) if len(columns) else ([], 0)


@dataclass(frozen=True)
class XlsPlan:
    """A sheet's plan, and the stream offsets of the records of its stray cells."""

    plan: SheetPlan
    stray_records: tuple[int, ...] = ()


def plan_xls(path: Path) -> list[XlsPlan]:
    """A plan for every worksheet of the .xls at ``path`` (none when its container cannot be read
    here: calamine then says what is wrong); InputError for a sheet that cannot be bounded."""
    try:
        stream = workbook_stream(path.read_bytes())[0]
        sheets = _sheets(stream)
    except (_Damaged, struct.error, IndexError, ValueError):
        return []
    plans = []
    for name, offset in sheets:
        try:
            rows, columns, records = _cells(stream, offset)
        except struct.error:
            continue
        plan = plan_sheet(name, rows, columns, file=path.name)
        stray: tuple[int, ...] = ()
        if plan.keep is not None:
            keep = plan.keep
            inside = (rows <= keep.last_row) & (columns <= keep.last_column)
            stray = tuple(sorted(set(records[~inside].tolist())))
            if set(stray) & set(records[inside].tolist()):  # (one MULRK both inside and out: never, as its
                raise refusal(plan, "Excel 97-2003 (.xls)", path.name)  # cells are side by side)
        plans.append(XlsPlan(plan, stray))
    return plans


def write_trimmed(path: Path, plans: list[XlsPlan], target: Path) -> None:
    """A copy of the .xls at ``path`` in ``target`` whose stray cells' records are turned into
    records of a type no reader knows (0x0000; same length, so every offset in the file stays)."""
    data = bytearray(path.read_bytes())
    _, places, piece = workbook_stream(bytes(data))
    for offset in (o for plan in plans for o in plan.stray_records):
        for byte in (offset, offset + 1):
            data[places[byte // piece] + byte % piece] = 0
    target.write_bytes(bytes(data))
