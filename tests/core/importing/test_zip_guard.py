"""The zip-bomb guard's inflate check, with python-isal and with the zlib fallback."""

from __future__ import annotations

import random
import zipfile
import zlib

import pytest
import xlsxwriter

from core.errors import InputError
from core.importing import zip_guard
from core.importing.importer import import_purchases
from tests.core.importing import bad_xlsx

_RANDOM = random.Random(6)
#: Random customer ids, so the sheet part packs to more than _CHECK_ABOVE and is inflated.
ROWS = [["Date", "Customer", "Amount"]] + [["2024-01-05", f"C{_RANDOM.getrandbits(128):032x}", 12.5]
                                          for _ in range(4000)]


@pytest.fixture(params=["isal", "zlib"])
def inflater(request, monkeypatch):
    """Run the test with each inflater the guard may use (isal, or zlib when isal is missing)."""
    if request.param == "isal":
        isal_zlib = pytest.importorskip("isal.isal_zlib")
        monkeypatch.setattr(zip_guard, "_inflate_module", isal_zlib)
        monkeypatch.setattr(zip_guard, "_InflateError", isal_zlib.error)
    else:
        monkeypatch.setattr(zip_guard, "_inflate_module", zlib)
        monkeypatch.setattr(zip_guard, "_InflateError", zlib.error)
    return request.param


def _check(path):
    with zipfile.ZipFile(path) as archive:
        zip_guard.check_workbook_zip(path, archive)


def test_isal_is_used_when_installed():
    pytest.importorskip("isal.isal_zlib")
    assert zip_guard._inflate_module.__name__ == "isal.isal_zlib"


def test_honest_workbook_passes(tmp_path, inflater):
    path = bad_xlsx.xlsx(tmp_path / "orders.xlsx", ROWS)
    with zipfile.ZipFile(path) as archive:
        assert max(i.compress_size for i in archive.infolist()) > zip_guard._CHECK_ABOVE
    _check(path)


def test_lying_zip_bomb_refused(tmp_path, inflater):
    path = bad_xlsx.zip_bomb(tmp_path / "orders.xlsx", 0.2, declared=40_000)
    with pytest.raises(InputError, match="more than the 40,000 bytes"):
        _check(path)


def test_declared_size_one_byte_short_refused(tmp_path, inflater):
    """The check is exact: one byte more than the directory says is refused."""
    path = bad_xlsx.xlsx(tmp_path / "orders.xlsx", ROWS)
    data = bad_xlsx.sheet_xml(ROWS).encode()
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    members = [(name, bad_xlsx.raw_deflate(blob), zlib.crc32(blob),
                len(blob) - 1 if blob == data else len(blob)) for name, blob in parts.items()]
    lying = bad_xlsx.write_zip(tmp_path / "lying.xlsx", members)
    with pytest.raises(InputError, match="disguised zip bomb"):
        _check(lying)


def test_corrupt_deflate_data_is_damaged(tmp_path, inflater):
    path = bad_xlsx.xlsx(tmp_path / "orders.xlsx", ROWS)
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    packed = b"\x07" + bad_xlsx.raw_deflate(parts[sheet])  # a first block of the reserved type 3
    members = [(name, packed if name == sheet else bad_xlsx.raw_deflate(blob), zlib.crc32(blob),
                len(blob)) for name, blob in parts.items()]
    broken = bad_xlsx.write_zip(tmp_path / "broken.xlsx", members)
    with pytest.raises(InputError, match="damaged"):
        _check(broken)


def _with_texts(path, shared: str):
    sheet = bad_xlsx.sheet_xml([["Date", "Customer", "Amount"], ["2024-01-05", "C1", 12.5]])
    return bad_xlsx.write_parts(path, bad_xlsx.workbook_parts([("Orders", sheet, "visible")], shared=shared))


def test_a_list_of_texts_that_declares_more_than_it_holds_is_refused(tmp_path, inflater):
    """Found by a hostile trial: a 3 KB workbook whose list of texts declared 2,147,483,647 of them
    made calamine ask for 51 GB, and the process ended (exit 134)."""
    lying = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2147483647" '
             'uniqueCount="2147483647"><si><t>Ann</t></si><si><t>Bob</t></si></sst>')
    with pytest.raises(InputError, match="says it holds 2,147,483,647 texts, more than its"):
        _check(_with_texts(tmp_path / "lying.xlsx", lying))
    honest = ('<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="2">'
              "<x:si><x:t>Ann</x:t></x:si><x:si><x:t>Bob</x:t></x:si></x:sst>")
    _check(_with_texts(tmp_path / "honest.xlsx", honest))


def test_a_workbook_whose_texts_repeat_over_many_cells_is_opened(tmp_path, inflater):
    """Found by a trial of a shop's year: Excel and XlsxWriter write, as ``count``, how many cells use
    a text; in an order export whose customer names, statuses and products repeat over 996 rows that
    is far more than the list could hold, and the ordinary workbook was refused as "damaged or built
    to crash programs". Only ``uniqueCount``, what the reader sets memory aside for, is checked."""
    repeated = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2147483647" '
                'uniqueCount="2"><si><t>Ann</t></si><si><t>Bob</t></si></sst>')
    _check(_with_texts(tmp_path / "repeated.xlsx", repeated))
    path = tmp_path / "orders.xlsx"                      # as XlsxWriter writes it, and read to the end
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Orders")
    sheet.write_row(0, 0, ["Customer", "Date", "Amount", "Status"])
    for row in range(1, 2001):
        sheet.write_row(row, 0, [f"C{row % 7}", "2024-01-05", 10, "paid"])
    book.close()
    imported = import_purchases(path)
    assert len(imported.transactions) == 2000 and imported.transactions["customer_id"].nunique() == 7


def test_a_text_longer_than_any_cell_is_refused(tmp_path, inflater):
    """Found by a hostile trial: one text of 60 MB (a 67 KB file) used by 400 cells took 11.5 GB."""
    huge = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
            f"<si><t>{'A' * (zip_guard.LONGEST_TEXT + 10)}</t></si></sst>")
    with pytest.raises(InputError, match="a text in its list of texts"):
        _check(_with_texts(tmp_path / "huge.xlsx", huge))
    many = ('<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3000" '
            'uniqueCount="3000">' + "".join(f"<x:si><x:t>{i:04d}{'b' * 3000}</x:t></x:si>" for i in range(3000))
            + "</x:sst>")                                   # (9 MB of texts, none long: read as ever)
    _check(_with_texts(tmp_path / "many.xlsx", many))


def test_a_part_held_twice_is_refused(tmp_path, inflater):
    """Found by a hostile trial: Python's own warning about the second copy reached the owner's screen."""
    sheet = bad_xlsx.sheet_xml([["Date", "Customer", "Amount"], ["2024-01-05", "C1", 12.5]])
    parts = bad_xlsx.workbook_parts([("Orders", sheet, "visible")])
    path = bad_xlsx.write_zip(tmp_path / "twice.xlsx", [
        (name, bad_xlsx.raw_deflate(data.encode()), zlib.crc32(data.encode()), len(data.encode()))
        for name, data in [*parts.items(), ("xl/worksheets/sheet1.xml", sheet)]])
    with pytest.raises(InputError, match='holds its part "xl/worksheets/sheet1.xml" twice'):
        _check(path)
