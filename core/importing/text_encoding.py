"""Which text encoding a CSV/TSV/TXT file is in, and files that mix two (definitions §1).

A file is UTF-8 (with or without a byte-order mark), UTF-16 (Excel's "Unicode text"), or else
Windows-1252 / Latin-1. A file that is UTF-8 except for a few bytes (one row typed or pasted in
another program, which wrote "ë" as the single Windows-1252 byte EB) used to be read whole as
Windows-1252, turning every other "Zoë" into "ZoÃ«". When more of its non-ASCII characters are
valid UTF-8 than not, it is read as UTF-8 and each stray byte as the Windows-1252 character it
stands for, from a UTF-8 copy in a temporary folder (same lines, so the same row numbers); the
report names the lines.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa

from core.words import Phrase

_HEAD_BYTES = 256 * 1024
_CHUNK = 8 * 1024 * 1024
_STRAY = re.compile("[\udc80-\udcff]+")
_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")
#: Lines with stray bytes named in the warning.
_NAMED = 5


@dataclass
class MixedBytes:
    """A UTF-8 file's stray bytes: how many, and on which lines (1-based, the first few)."""

    count: int = 0
    lines: list[int] = field(default_factory=list)
    line_count: int = 0  # lines holding at least one

    def warning(self) -> Phrase:
        shown = ", ".join(str(n) for n in self.lines)  # (line numbers, written as they are)
        more = self.line_count - len(self.lines)
        where = (Phrase("lines {lines} and {more:,} more", lines=shown, more=more) if more > 0
                 else Phrase.counted("line {lines}", "lines {lines}", len(self.lines), lines=shown))
        return Phrase("Not UTF-8 in this UTF-8 file: {bytes} on {lines} ({where}). They were read as Windows-1252 "
                      "characters (for example ë, é, €). Check the names on those lines; saving the file as "
                      "UTF-8 again avoids this.", bytes=Phrase.counted("{n} byte", "{n} bytes", self.count),
                      lines=Phrase.counted("{n} line", "{n} lines", self.line_count), where=where)


def sniff_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 LE/BE (Excel's "Unicode text"), UTF-32, else cp1252/latin-1.
    A file that is almost all UTF-8 is "utf-8" too (read_encoding says so)."""
    return read_encoding(path)[0]


def _marked(head: bytes) -> str | None:
    """The encoding the file's first bytes name: a byte-order mark, or UTF-32's or UTF-16's zero bytes."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):   # (before UTF-16: FF FE 00 00 starts as FF FE)
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = head[:4000]
    if len(sample) >= 8 and sample[2::4].count(0) > len(sample) // 5 and sample[3::4].count(0) > len(sample) // 5:
        return "utf-32-le"     # (three zero bytes of every four: UTF-32 without its mark)
    if len(sample) >= 8 and sample[0::4].count(0) > len(sample) // 5 and sample[1::4].count(0) > len(sample) // 5:
        return "utf-32-be"
    if len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4:
        return "utf-16-le"
    if len(sample) >= 4 and sample[0::2].count(0) > len(sample) // 4:
        return "utf-16-be"
    return None


def utf8_head(path: Path) -> bool:
    """Whether the file's first bytes (its head, as the reader looks at it) are UTF-8 with no
    byte-order mark and not UTF-16: read_encoding then says "utf-8" unless a later byte is not
    UTF-8. The reader (text_files.read_text_table) reads such a file as UTF-8 at once, Arrow's CSV
    reader checking the rest (every text cell; a typed cell holds only what converts), and calls
    read_encoding only when something was left unchecked or did not read."""
    with open(path, "rb") as handle:
        head = handle.read(_HEAD_BYTES)
    if _marked(head) is not None:
        return False
    return _valid_utf8(memoryview(head)[:_whole_characters(head, len(head))])


def read_encoding(path: Path) -> tuple[str, MixedBytes | None]:
    """(the file's encoding, its stray bytes when it is UTF-8 with a few bytes of Windows-1252)."""
    with open(path, "rb") as handle:
        marked = _marked(handle.read(_HEAD_BYTES))
    if marked is not None:
        return marked, None
    if is_utf8(path):
        return "utf-8", None
    valid, stray = _utf8_evidence(path)
    if valid > stray:
        return "utf-8", mixed_bytes(path)
    with open(path, "rb") as handle:
        head = handle.read(_HEAD_BYTES)
    if b"\r" in head and b"\n" not in head:
        # (lines ended by CR alone: a Mac's plain-text export, Excel for Mac's "Comma Separated Values",
        # whose letters are Mac Roman: "René" read as Windows-1252 was "RenŽ")
        return "mac_roman", None
    with open(path, "rb") as handle:
        decoder = codecs.getincrementaldecoder("cp1252")()
        try:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
            return "cp1252", None
        except UnicodeDecodeError:
            return "latin-1", None


def is_utf8(path: Path, chunk_size: int = _CHUNK) -> bool:
    """Whether the whole file is valid UTF-8: Arrow's UTF-8 validation of its bytes, chunk by chunk
    into one reused buffer, without decoding them to text. It takes exactly what Python's strict
    "utf-8" codec takes (surrogates, overlong forms and code points past U+10FFFF refused alike);
    on the 10M-row CSV (1.1 GB) it costs a fraction of decoding the file (issue 18)."""
    chunk = bytearray(chunk_size + 4)
    view = memoryview(chunk)
    carried = 0  # (bytes of a character cut at the end of the last chunk, moved to the front)
    with open(path, "rb") as handle:
        while read := handle.readinto(view[carried:chunk_size + carried]):
            end = carried + read
            cut = _whole_characters(chunk, end)
            if not _valid_utf8(view[:cut]):
                return False
            carried = end - cut
            chunk[:carried] = chunk[cut:end]
    return carried == 0 or _valid_utf8(view[:carried])


def _whole_characters(data: bytes | bytearray, end: int) -> int:
    """Where the UTF-8 bytes ``data[:end]`` end before a character cut at ``end`` (its first byte,
    then 0-2 continuation bytes, the rest to come); ``end`` when none is cut there (then the
    validation decides on every byte, stray continuation bytes too)."""
    cut = end
    while cut > max(end - 3, 0) and data[cut - 1] & 0xC0 == 0x80:  # (continuation bytes)
        cut -= 1
    return cut - 1 if cut > 0 and data[cut - 1] >= 0xC0 else end


def _valid_utf8(data: memoryview) -> bool:
    """Whether ``data`` is valid UTF-8 (Arrow's validation of one text cell holding it all)."""
    offsets = pa.py_buffer(np.array([0, len(data)], dtype=np.int64).tobytes())
    try:
        pa.Array.from_buffers(pa.large_string(), 1, [None, offsets, pa.py_buffer(data)]).validate(full=True)
    except pa.ArrowInvalid:
        return False
    return True


def _decoded(path: Path):
    """The file as UTF-8 text, chunk by chunk, each stray byte as a lone surrogate (U+DC80-U+DCFF)."""
    decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            yield decoder.decode(chunk)
    yield decoder.decode(b"", final=True)


def _utf8_evidence(path: Path) -> tuple[int, int]:
    """(valid non-ASCII characters, stray bytes) of the file read as UTF-8."""
    valid = stray = 0
    for text in _decoded(path):
        if text.isascii():
            continue
        runs = _STRAY.findall(text)
        if runs:
            stray += sum(len(run) for run in runs)
        valid += len(_NON_ASCII.findall(text))
    return valid, stray


def mixed_bytes(path: Path) -> MixedBytes | None:
    """The stray bytes of a file sniffed as "utf-8", or None when it is all valid UTF-8."""
    found = MixedBytes()
    line, last = 1, 0
    for text in _decoded(path):
        at = 0
        for match in _STRAY.finditer(text) if not text.isascii() else ():
            line += text.count("\n", at, match.start())
            at = match.start()
            found.count += len(match.group(0))
            if line != last:
                found.line_count += 1
                if len(found.lines) < _NAMED:
                    found.lines.append(line)
                last = line
        line += text.count("\n", at)
    return found if found.count else None


def _as_cp1252(match: re.Match[str]) -> str:
    raw = bytes(ord(char) - 0xDC00 for char in match.group(0))
    return raw.decode("cp1252", errors="replace")


def utf8_copy(path: Path, target: Path) -> None:
    """Write ``path`` to ``target`` as clean UTF-8: each stray byte as its Windows-1252 character."""
    with open(target, "w", encoding="utf-8", newline="") as out:
        for text in _decoded(path):
            out.write(_STRAY.sub(_as_cp1252, text))
