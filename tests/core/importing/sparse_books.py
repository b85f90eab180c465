"""Workbooks of a few KB with one value far outside their table (.xlsx, .ods, .xls), for the tests
of core/importing/sheet_extent.py and the bad-input corpus. A reader that made the whole grid would
need gigabytes for them: only open the far ones in a child process under a memory cap."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from tests.core.importing import bad_xlsx
from tests.core.importing.shop_files import ods_workbook

ROWS = [["Date", "Customer", "Amount"], [45296, "C1", 12.5], [45332, "C2", 8.0]]


def _column(letters: str) -> int:
    number = 0
    for char in letters:
        number = number * 26 + ord(char) - 64
    return number


def _split(ref: str) -> tuple[int, int]:
    letters = "".join(c for c in ref if c.isalpha())
    return int(ref[len(letters):]), _column(letters)


def xlsx_with(path: Path, strays: list[str], *, rows: list[list] = ROWS, dimension: str | None = None,
              stray_xml: str = "<v>1</v>", without_r: bool = False) -> Path:
    """An .xlsx of ``rows`` plus ``stray_xml`` in each cell of ``strays`` (such as "XFD1048576");
    ``without_r``: the table's cells carry no r attribute (allowed, and written by some programs)."""
    cells: dict[int, list[str]] = {}
    for r, values in enumerate(rows, start=1):
        cells[r] = [bad_xlsx.cell_xml(r, c, v) for c, v in enumerate(values)]
        if without_r:
            cells[r] = [x.replace(f' r="{bad_xlsx._col(c)}{r}"', "") for c, x in enumerate(cells[r])]
    for ref in strays:
        cells.setdefault(_split(ref)[0], []).append(f'<c r="{ref}">{stray_xml}</c>')
    body = "".join(f'<row r="{r}">' + "".join(cells[r]) + "</row>" for r in sorted(cells))
    xml = bad_xlsx.sheet_xml([]).replace("<sheetData></sheetData>", (f'<dimension ref="{dimension}"/>' if dimension
                                                                     else "") + f"<sheetData>{body}</sheetData>")
    return bad_xlsx.write_parts(path, bad_xlsx.workbook_parts([("Orders", xml, "visible")]))


def ods_with(folder: Path, stray: str | None, *, repeated_value: tuple[int, int] | None = None) -> Path:
    """An .ods (as LibreOffice writes it) with a value in cell ``stray``, or a value repeated over
    ``repeated_value`` = (rows, columns) below the table."""
    rows = [["Date", "Customer", "Amount"], [dt.datetime(2024, 1, 5), "C1", 12.5], [dt.datetime(2024, 2, 10), "C2", 8.0]]
    path = ods_workbook(folder, rows)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    value = '<table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>'
    extra = ""
    if stray:
        row, column = _split(stray)
        extra = (f'<table:table-row table:number-rows-repeated="{row - 4}"><table:table-cell/></table:table-row>'
                 if row > 4 else "") + ("<table:table-row>" + (f'<table:table-cell table:number-columns-repeated="'
                                                               f'{column - 1}"/>' if column > 1 else "")
                                        + value + "</table:table-row>")
    if repeated_value:
        many = value.replace('<table:table-cell ', f'<table:table-cell table:number-columns-repeated="{repeated_value[1]}" ')
        extra += f'<table:table-row table:number-rows-repeated="{repeated_value[0]}">{many}</table:table-row>'
    # LibreOffice's own empty tail: harmless, calamine makes no grid of empty cells.
    extra += ('<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
              'table:number-columns-repeated="16384"/></table:table-row>')
    content = parts["content.xml"].decode().replace("</table:table>", extra + "</table:table>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), parts["mimetype"])
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", parts["META-INF/manifest.xml"], compress_type=zipfile.ZIP_DEFLATED)
    return path


def xls_with(path: Path, stray: str | None, rows: int = 3) -> Path:
    """An Excel 97-2003 workbook (xlwt) of a small table and a value in cell ``stray``."""
    import xlwt  # noqa: PLC0415 - test dependency, only for these files

    book = xlwt.Workbook()
    sheet = book.add_sheet("Orders")
    sheet.write(0, 0, "Date")
    sheet.write(0, 1, "Customer")
    sheet.write(0, 2, "Amount")
    for i in range(1, rows):
        sheet.write(i, 0, f"2024-01-{i % 28 + 1:02d}")
        sheet.write(i, 1, f"C{i % 2 + 1}")
        sheet.write(i, 2, 12.5 if i == 1 else 8.0)
    if stray:
        row, column = _split(stray)
        sheet.write(row - 1, column - 1, 1)
    book.save(str(path))
    return path


def xls_in_mini_stream(source: Path, target: Path) -> Path:
    """The .xls ``source`` rewritten as the smallest OLE file: its Workbook stream (without the
    padding xlwt adds) under 4,096 bytes, so that it lives in the container's mini stream, as a
    tiny hand-made .xls may."""
    import struct  # noqa: PLC0415

    from core.importing.xls_extent import workbook_stream  # noqa: PLC0415

    padded = workbook_stream(source.read_bytes())[0]
    end_of_records = 0
    while end_of_records + 4 <= len(padded):
        kind, length = struct.unpack_from("<HH", padded, end_of_records)
        if kind == 0 and length == 0:
            break  # (the padding)
        end_of_records += 4 + length
    stream = padded[:end_of_records]
    assert len(stream) < 4096, len(stream)
    mini = stream + bytes(-len(stream) % 64)
    mini_count, data_sectors = len(mini) // 64, -(-len(mini) // 512)
    free, end = 0xFFFFFFFF, 0xFFFFFFFE
    fat = [0xFFFFFFFD, end, end] + [4 + i if i < data_sectors - 1 else end for i in range(data_sectors)]
    fat += [free] * (128 - len(fat))
    mini_fat = [i + 1 if i < mini_count - 1 else end for i in range(mini_count)] + [free] * (128 - mini_count)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + bytes(6) + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, 2, 1, end, 0)
              + struct.pack("<109I", 0, *([free] * 108)))

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0"
        return (raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), kind, 1) + struct.pack("<III", free, free, child)
                + bytes(36) + struct.pack("<III", start, size, 0))

    directory = (entry("Root Entry", 5, 1, 3, len(mini)) + entry("Workbook", 2, free, 0, len(stream))
                 + bytes(256))
    body = (struct.pack("<128I", *fat) + directory + struct.pack("<128I", *mini_fat)
            + mini.ljust(data_sectors * 512, b"\0"))
    target.write_bytes(header + body)
    return target
