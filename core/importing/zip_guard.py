"""Refuse zip bombs and XML entity bombs in workbooks before fastexcel (calamine) sees them."""

# calamine aborts the whole process when it runs out of memory, so a workbook that would unpack to
# gigabytes must never reach it. The checks read the zip's central directory (declared sizes and
# ratios), stream the packed data of big parts once to catch sizes that lie, and look for a DOCTYPE
# at the top of every XML part (.xlsx, .xlsm, .xlsb, .ods). Nothing is inflated into memory.

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import BinaryIO

from core.errors import InputError
from core.words import N_, Phrase

_inflate_module: ModuleType
_InflateError: type[Exception]
try:
    # python-isal (Intel ISA-L) inflates the same raw deflate data about 4x faster than zlib (0.94 s
    # -> 0.23 s for the 446 MB sheet of a million-row export) and releases the GIL while it works.
    from isal import isal_zlib

    _inflate_module = isal_zlib
    _InflateError = isal_zlib.error  # type: ignore[assignment]  # isal's stub types the class as an instance
except ImportError:  # isal missing (a platform without a wheel): zlib does the same check, slower
    _inflate_module, _InflateError = zlib, zlib.error

#: Most a workbook may unpack to (all its parts together), and most for one part.
MAX_UNPACKED = 2 * 1024 ** 3
#: Deflate can shrink repetitive XML a lot, but a part that unpacks to more than this many times
#: its packed size, and to more than BIG_PART bytes, is a zip bomb, not a spreadsheet.
MAX_RATIO = 250
BIG_PART = 64 * 1024 ** 2
MAX_PARTS = 10_000
#: The most bytes one text of a workbook's list of texts may take: a cell holds at most 32,767
#: characters (at most 4 bytes each), with room for the markup of formatted text.
LONGEST_TEXT = 4 * 1024 ** 2
#: How a text of the list begins (``<si>``, or with a namespace prefix ``<x:si>``).
_TEXT_STARTS = (b"<si", b":si>", b":si ")
#: Parts whose packed data could unpack to more than this are inflated once to check their size.
_CHECK_ABOVE = 64 * 1024
#: Packed bytes read at a time, and most bytes inflated by one call. 128 KB in for 1 MB out fits a
#: sheet's usual 5-15x ratio in one call, and the same few buffers are reused: with 1 MB reads the
#: inflater's output came from fresh memory each time (35,000 page faults, 0.14 s of system time
#: on the 446 MB sheet; 600 faults and 0.01 s now).
_READ = 128 * 1024
_CHUNK = 1024 * 1024
_DOCTYPE = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.I)
_DOCTYPE_16 = [needle.encode(codec) for needle in ("<!DOCTYPE", "<!ENTITY") for codec in ("utf-16-le", "utf-16-be")]
_NOT_OPENED = N_("Export the purchases again from your shop system, or open the file in Excel and save it as a "
                 "new .xlsx.")


def _gb(size: int) -> Phrase:
    return Phrase("{size:.1f} GB", size=size / 1024 ** 3) if size >= 1024 ** 3 else \
        Phrase("{size:,.0f} MB", size=size / 1024 ** 2)


def check_workbook_zip(path: Path, archive: zipfile.ZipFile) -> None:
    """Raise InputError when the workbook zip ``archive`` (opened from ``path``) is unsafe to parse."""
    name = path.name
    infos = [info for info in archive.infolist() if not info.is_dir()]
    if len(infos) > MAX_PARTS:
        raise InputError(Phrase("The workbook is made of {parts:,} parts, where a real one has at most a few "
                                "hundred: it is damaged or built to crash programs. It was not opened.",
                                parts=len(infos)),
                         _NOT_OPENED, file=name)
    twice, seen = None, set()
    for info in infos:
        if info.filename in seen:
            twice = info.filename
            break
        seen.add(info.filename)
    if twice is not None:   # (which copy a reader takes is anyone's guess)
        raise InputError(Phrase('The workbook holds its part "{part}" twice, which no spreadsheet program writes: it '
                                "is damaged or built to mislead programs. It was not opened.", part=twice),
                         _NOT_OPENED, file=name)
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED:
        biggest = max(infos, key=lambda info: info.file_size)
        raise InputError(
            Phrase('The workbook would unpack to {total} (its part "{part}" alone to {size}), far more than '
                   "a shop export holds and more than Clientele can read safely. It was not opened.",
                   total=_gb(total), part=biggest.filename, size=_gb(biggest.file_size)),
            "If it really is your sales file, export it as CSV (or a shorter period) and import that.",
            file=name)
    for info in infos:
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise InputError(
                Phrase('The workbook\'s part "{part}" is packed with a method spreadsheet programs '
                       "do not use, so it is damaged or not a real workbook. It was not opened.",
                       part=info.filename), _NOT_OPENED,
                file=name)
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > BIG_PART and ratio > MAX_RATIO:
            raise InputError(
                Phrase('The workbook is a "zip bomb": its part "{part}" is packed {ratio:,.0f} times tighter '
                       "than any spreadsheet and would unpack to {size}, to exhaust the computer's memory. "
                       "It was not opened.", part=info.filename, ratio=ratio, size=_gb(info.file_size)),
                "Do not open it in other programs either; ask your shop system for a fresh export "
                "(.xlsx or .csv).", file=name)
    with open(path, "rb") as handle:
        for info in infos:
            texts = info.filename.lower().endswith("sharedstrings.xml")
            if info.compress_type == zipfile.ZIP_DEFLATED and (info.compress_size > _CHECK_ABOVE or texts):
                _check_inflated_size(handle, info, name, texts)
    for info in infos:
        if info.filename.lower().endswith((".xml", ".rels", ".vml")):
            _check_no_doctype(archive, info, name)


def _check_inflated_size(handle: BinaryIO, info: zipfile.ZipInfo, name: str, texts: bool = False) -> None:
    """Inflate ``info``'s data chunk by chunk (nothing kept) and refuse it when it unpacks to more
    than the size the zip directory records: calamine would trust the data, not the directory.
    ``texts``: the workbook's list of texts, in which no text may be longer than LONGEST_TEXT bytes
    (calamine copies a text into every cell that uses it: one text of 60 MB in 400 cells of a 67 KB
    file took 11.5 GB)."""
    produced, since = 0, 0
    for chunk in inflated_chunks(handle, info, name):
        produced += len(chunk)
        if texts:
            firsts = [i for i in (chunk.find(needle) for needle in _TEXT_STARTS) if i >= 0]
            first, last = (min(firsts), max(chunk.rfind(needle) for needle in _TEXT_STARTS)) if firsts else (-1, -1)
            if (since + len(chunk) if first < 0 else since + first) > LONGEST_TEXT:
                raise InputError(
                    Phrase('The workbook is damaged or built to crash programs: a text in its list of texts '
                           '("{part}") is longer than {limit:,} bytes, where a cell holds at most 32,767 '
                           "characters. It was not opened.", part=info.filename, limit=LONGEST_TEXT),
                    _NOT_OPENED, file=name)
            since = since + len(chunk) if first < 0 else len(chunk) - last
        if produced > info.file_size:
            raise InputError(
                Phrase('The workbook is damaged or built to crash programs: its part "{part}" unpacks to '
                       "more than the {size:,} bytes its own directory records (a disguised zip bomb). It "
                       "was not opened.", part=info.filename, size=info.file_size), _NOT_OPENED, file=name)


def inflated_chunks(handle: BinaryIO, info: zipfile.ZipInfo, name: str) -> Iterator[bytes]:
    """The deflated part ``info`` of the zip open as ``handle``, inflated at most 1 MB at a time
    (nothing kept); InputError when its header or data is damaged."""
    handle.seek(info.header_offset)
    local = handle.read(30)
    if len(local) < 30 or local[:4] != b"PK\x03\x04":
        raise _damaged(info, name)
    name_length, extra_length = struct.unpack("<HH", local[26:30])
    handle.seek(info.header_offset + 30 + name_length + extra_length)
    inflater = _inflate_module.decompressobj(-15)
    left = info.compress_size
    try:
        while left > 0 and not inflater.eof:
            data = handle.read(min(_READ, left))
            if not data:
                break
            left -= len(data)
            while data:
                yield inflater.decompress(data, _CHUNK)
                data = inflater.unconsumed_tail
    except (zlib.error, _InflateError) as error:
        raise _damaged(info, name) from error


def _damaged(info: zipfile.ZipInfo, name: str) -> InputError:
    return InputError(Phrase('The workbook is damaged: its part "{part}" cannot be unpacked (the file '
                             "is cut short or was not saved completely).", part=info.filename),
                      "Export or download it again; if Excel can open it, save it again as .xlsx.", file=name)


_SST_COUNTS = re.compile(rb"<(?:\w+:)?sst\b[^>]*", re.S)
#: The number of distinct texts the list declares (calamine sets memory aside for it). Not ``count``:
#: that is how many cells use a text, which Excel and XlsxWriter write and which far exceeds the
#: list in any export whose texts repeat over rows (a trial's ordinary order workbook was refused).
_COUNT = re.compile(rb"\buniqueCount\s*=\s*[\"'](\d+)")


def _check_string_count(head: bytes, info: zipfile.ZipInfo, name: str) -> None:
    """Refuse a list of texts that declares more texts than it could hold (each takes at least the
    5 bytes of ``<si/>``): calamine sets memory aside for the declared count first, and a 3 KB file
    declaring two thousand million texts asked for 51 GB and ended the process."""
    found = _SST_COUNTS.search(head)
    declared = max((int(n) for n in _COUNT.findall(found.group(0))), default=0) if found else 0
    if declared > info.file_size // 5 + 1:
        raise InputError(
            Phrase('The workbook is damaged or built to crash programs: its list of texts ("{part}") says it '
                   "holds {declared:,} texts, more than its {size:,} bytes can hold. It was not opened.",
                   part=info.filename, declared=declared, size=info.file_size), _NOT_OPENED, file=name)


def _check_no_doctype(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    try:
        with archive.open(info) as stream:
            head = stream.read(64 * 1024)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as error:
        raise _damaged(info, name) from error
    if info.filename.lower().endswith("sharedstrings.xml"):
        _check_string_count(head, info, name)
    if _DOCTYPE.search(head) or any(needle in head for needle in _DOCTYPE_16):
        raise InputError(
            Phrase('The workbook\'s part "{part}" declares XML entities (a DOCTYPE), which Excel '
                   'and LibreOffice never write: files like this are built to exhaust memory (an "XML bomb", '
                   "billion laughs) or to read other files. It was not opened.", part=info.filename), _NOT_OPENED, file=name)
