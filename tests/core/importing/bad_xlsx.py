"""Hand-built workbook files for the bad-input corpus: raw zip parts, XML and zip bombs, encryption."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"

#: A billion-laughs DOCTYPE: &lol9; would expand to 10**9 "lol"s (3 GB) in a parser that expands it.
BILLION_LAUGHS = ("<!DOCTYPE lolz [<!ENTITY lol \"lol\">" + "".join(
    f'<!ENTITY lol{i} "' + (f"&lol{i - 1};" if i > 1 else "&lol;") * 10 + '">' for i in range(1, 10)) + "]>")


def _col(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_xml(row: int, col: int, value) -> str:
    """One <c> element: numbers as <v>, text inline, ("=F", cached) as a formula, ("#E",) an error."""
    ref = f"{_col(col)}{row}"
    if value is None:
        return ""
    if isinstance(value, tuple) and value[0].startswith("="):
        cached = "" if len(value) < 2 or value[1] is None else f"<v>{value[1]}</v>"
        return f'<c r="{ref}"><f>{escape(value[0][1:])}</f>{cached}</c>'
    if isinstance(value, tuple):
        return f'<c r="{ref}" t="e"><v>{escape(value[0])}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(str(value))}</t></is></c>'


def sheet_xml(rows: list[list], merges: list[str] = (), prolog: str = "") -> str:
    body = "".join(f'<row r="{r}">' + "".join(cell_xml(r, c, v) for c, v in enumerate(row)) + "</row>"
                   for r, row in enumerate(rows, start=1))
    merged = (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
              + "</mergeCells>") if merges else ""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}<worksheet xmlns="{_MAIN}">'
            f"<sheetData>{body}</sheetData>{merged}</worksheet>")


def workbook_parts(sheets: list[tuple[str, str, str]], shared: str | None = None) -> dict[str, str]:
    """Parts of an .xlsx: ``sheets`` is [(name, sheet XML, state "visible"/"hidden")]."""
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_CT}.worksheet+xml"/>'
                        for i in range(1, len(sheets) + 1))
    if shared is not None:
        overrides += f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_CT}.sharedStrings+xml"/>'
    entries = "".join(f'<sheet name="{escape(name)}" sheetId="{i}"'
                      + ("" if state == "visible" else f' state="{state}"') + f' r:id="rId{i}"/>'
                      for i, (name, _, state) in enumerate(sheets, start=1))
    rels = "".join(f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                   for i in range(1, len(sheets) + 1))
    if shared is not None:
        rels += f'<Relationship Id="rId{len(sheets) + 1}" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.'
            'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="'
            'application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            f'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="{_CT}'
            f'.sheet.main+xml"/>{overrides}</Types>'),
        "_rels/.rels": (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}"><Relationship '
                        f'Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
                            f"<sheets>{entries}</sheets></workbook>"),
        "xl/_rels/workbook.xml.rels": (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}">'
                                       f"{rels}</Relationships>"),
    }
    for i, (_, xml, _) in enumerate(sheets, start=1):
        parts[f"xl/worksheets/sheet{i}.xml"] = xml
    if shared is not None:
        parts["xl/sharedStrings.xml"] = shared
    return parts


def raw_deflate(data: bytes, final: bool = True) -> bytes:
    """Raw deflate of ``data`` from a fresh compressor; non-final pieces end on a byte boundary,
    so pieces can be concatenated into one valid stream."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush(zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH)


def write_zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> Path:
    """A zip of deflated members given as (name, compressed bytes, crc32, declared size), no zip64."""
    central, offset = [], 0
    with open(path, "wb") as out:
        for name, packed, crc, size in members:
            raw = name.encode()
            head = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(packed), size, len(raw), 0)
            out.write(head + raw + packed)
            central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc,
                                       len(packed), size, len(raw), 0, 0, 0, 0, 0, offset) + raw)
            offset += len(head) + len(raw) + len(packed)
        blob = b"".join(central)
        out.write(blob + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), len(blob),
                                     offset, 0))
    return path


def write_parts(path: Path, parts: dict[str, str | bytes]) -> Path:
    members = []
    for name, text in parts.items():
        data = text.encode("utf-8") if isinstance(text, str) else text
        members.append((name, raw_deflate(data), zlib.crc32(data), len(data)))
    return write_zip(path, members)


def xlsx(path: Path, rows: list[list], *, merges=(), prolog: str = "", name: str = "Orders") -> Path:
    return write_parts(path, workbook_parts([(name, sheet_xml(rows, merges, prolog), "visible")]))


def zip_bomb(path: Path, gigabytes: float = 3.5, declared: int | None = None) -> Path:
    """An .xlsx of a few MB whose sheet XML inflates to ``gigabytes`` GB of rows.

    The central directory tells the truth unless ``declared`` gives a (lying, small) size.
    The CRC is not computed (it would take seconds and only matters after inflating).
    """
    head = sheet_xml([["Date", "Customer", "Amount"]]).split("</sheetData>")[0].encode()
    unit = b'<row><c t="inlineStr"><is><t>' + b"A" * 4000 + b"</t></is></c></row>"
    block = unit * (1024 * 1024 // len(unit))
    count = int(gigabytes * 1024 ** 3 // len(block))
    tail = b"</sheetData></worksheet>"
    packed = raw_deflate(head, False) + raw_deflate(block, False) * count + raw_deflate(tail)
    size = len(head) + count * len(block) + len(tail)
    parts = workbook_parts([("Orders", "", "visible")])
    members = []
    for part, text in parts.items():
        if part.endswith("sheet1.xml"):
            members.append((part, packed, 0, declared if declared is not None else size))
        else:
            data = text.encode()
            members.append((part, raw_deflate(data), zlib.crc32(data), len(data)))
    return write_zip(path, members)


def encrypted_workbook(path: Path, plain: Path) -> Path:
    """``plain`` encrypted with a password as Excel does (msoffcrypto-tool: an OLE compound file
    holding EncryptionInfo and EncryptedPackage); a minimal hand-made OLE file without it."""
    try:
        from msoffcrypto.format.ooxml import OOXMLFile  # noqa: PLC0415 - optional test dependency
    except ImportError:
        return _handmade_encrypted(path)
    out = io.BytesIO()
    with open(plain, "rb") as handle:
        OOXMLFile(handle).encrypt("shop-secret", out)
    path.write_bytes(out.getvalue())
    return path


def _handmade_encrypted(path: Path) -> Path:
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHH", 0x3E, 3, 0xFFFE, 9)
    name = "EncryptedPackage".encode("utf-16-le") + b"\x00\x00"
    entry = name.ljust(64, b"\x00") + struct.pack("<H", len(name)) + b"\x02"
    path.write_bytes(header.ljust(512, b"\x00") + entry.ljust(512, b"\x00") + bytes(1024))
    return path
