"""The filled cells of .xlsx sheets from their XML, and the copy without stray cells."""

from __future__ import annotations

import zipfile

import numpy as np
import pytest

from core.importing.importer import import_purchases
from core.importing.sheet_extent import Box
from core.importing.xlsx_extent import FULL_SCAN, dimension_box, plan_workbook, scan_part, write_trimmed
from tests.core.importing import bad_xlsx, sparse_books

#: A stray value 300 rows down in the last column: a grid of 4.9 million cells, over the limit but
#: harmless (160 MB) should the scan ever fail; the far ones run in a child (test_bad_input_cli.py).
STRAY = "XFD300"


def _cells(path):
    with zipfile.ZipFile(path) as archive:
        rows, columns = scan_part(path, archive, "xl/worksheets/sheet1.xml")
    return sorted(zip(rows.tolist(), columns.tolist(), strict=True))


def test_scan_finds_only_cells_with_a_value(tmp_path):
    path = sparse_books.xlsx_with(tmp_path / "a.xlsx", ["XFD1048576"])
    assert _cells(path)[-1] == (1_048_576, 16_384) and len(_cells(path)) == 10
    for cell, counted in (('<c r="XFD1048576" s="0"/>', 9), ('<c r="XFD1048576"><v></v></c>', 10),
                          ('<c r="XFD1048576"><f>1+1</f></c>', 10)):
        xml = bad_xlsx.sheet_xml(sparse_books.ROWS).replace("</sheetData>", f'<row r="1048576">{cell}</row></sheetData>')
        path = bad_xlsx.write_parts(tmp_path / "b.xlsx", bad_xlsx.workbook_parts([("Orders", xml, "visible")]))
        # (a formula without its result, or an empty value, counts: it only makes the plan careful)
        assert len(_cells(path)) == counted


def test_cells_without_r_are_placed_as_calamine_places_them(tmp_path):
    path = sparse_books.xlsx_with(tmp_path / "a.xlsx", ["XFD5000"], without_r=True)
    cells = _cells(path)
    assert cells[:3] == [(1, 1), (1, 2), (1, 3)] and cells[-1] == (5000, 16_384) and len(cells) == 10


def test_plan_and_copy_leave_the_stray_out_and_the_owners_file_alone(tmp_path):
    path = sparse_books.xlsx_with(tmp_path / "orders.xlsx", [STRAY], dimension=f"A1:{STRAY}")
    before = path.read_bytes()
    plans = plan_workbook(path)
    assert [(part, plan.keep) for part, plan in plans] == [("xl/worksheets/sheet1.xml", Box(1, 3, 1, 3))]
    copy = tmp_path / "copy.xlsx"
    write_trimmed(path, plans, copy)
    assert path.read_bytes() == before
    assert _cells(copy) == [(r, c) for r in range(1, 4) for c in range(1, 4)]
    with zipfile.ZipFile(copy) as archive:
        assert '<dimension ref="A1:C3"/>' in archive.read("xl/worksheets/sheet1.xml").decode()


def test_import_reads_the_table_and_reports_the_stray_cell(tmp_path):
    path = sparse_books.xlsx_with(tmp_path / "orders.xlsx", [STRAY])
    before = path.read_bytes()
    result = import_purchases(path)
    assert result.transactions["customer_id"].tolist() == ["C1", "C2"]
    assert result.transactions["amount"].tolist() == [12.5, 8.0]
    assert result.transactions["source_row"].tolist() == [2, 3] and result.report.rows_read == 2
    warning = str(result.report.warnings[0])
    assert f"cell {STRAY} holds a value far outside the table (A1:C3) and was left out" in warning
    assert "300 rows by 16,384 columns" in warning and "Ctrl+End" in warning
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["orders.xlsx"]


def test_stray_cells_without_r_attributes_in_the_table_are_left_out_too(tmp_path):
    path = sparse_books.xlsx_with(tmp_path / "orders.xlsx", [STRAY], without_r=True)
    result = import_purchases(path)
    assert result.transactions["amount"].tolist() == [12.5, 8.0] and STRAY in str(result.report.warnings[0])


def test_a_big_sheet_is_trusted_by_a_plausible_dimension_and_scanned_otherwise(tmp_path):
    rows = [["Date", "Customer", "Amount"]] + [[45296 + i % 300, f"C{i % 97}", 1.5] for i in range(70_000)]
    honest = sparse_books.xlsx_with(tmp_path / "honest.xlsx", [], rows=rows, dimension="A1:C70001")
    with zipfile.ZipFile(honest) as archive:
        assert archive.getinfo("xl/worksheets/sheet1.xml").file_size > FULL_SCAN
    assert plan_workbook(honest) == []  # not scanned: its dimension fits its size
    far = sparse_books.xlsx_with(tmp_path / "far.xlsx", ["XFD1048576"], rows=rows, dimension="A1:XFD1048576")
    (part, plan), = plan_workbook(far)
    assert plan.keep == Box(1, 70_001, 1, 3) and plan.strays == ((1_048_576, 16_384),)


def test_a_big_sheet_whose_dimension_is_too_small_for_it_is_scanned(tmp_path):
    """Found by a hostile trial: a dimension of A1:C31 over more than 4 MB of XML was trusted, and the
    far cell it hid made calamine ask for 550 GB (a 7.7 KB file)."""
    rows = [["Date", "Customer", "Amount"]] + [[45296 + i % 300, f"C{i % 97}", 1.5] for i in range(70_000)]
    lying = sparse_books.xlsx_with(tmp_path / "lying.xlsx", ["XFD1048576"], rows=rows, dimension="A1:C31")
    (part, plan), = plan_workbook(lying)
    assert plan.strays == ((1_048_576, 16_384),)


@pytest.mark.parametrize("cell", ['<c r="xfd300"><v>1</v></c>', '<c\tr="XFD300"><v>1</v></c>',
                                  '<c\nr="XFD300"><v>1</v></c>', '<c r = "XFD300"><v>1</v></c>',
                                  "<c r='XFD300'><v>1</v></c>", '<x:c r="XFD300"><x:v>1</x:v></x:c>'])
def test_a_far_cell_written_in_any_form_xml_allows_is_found(tmp_path, cell):
    """Found by a hostile trial: these forms slipped past the scan (lower-case letters, a tab or a line
    break before r, spaces around =, single quotes, a namespace prefix); calamine reads them all."""
    xml = bad_xlsx.sheet_xml(sparse_books.ROWS).replace("</sheetData>", f'<row r="300">{cell}</row></sheetData>')
    if "x:c" in cell:
        xml = xml.replace("<worksheet ", '<worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ')
    path = bad_xlsx.write_parts(tmp_path / "odd.xlsx", bad_xlsx.workbook_parts([("Orders", xml, "visible")]))
    assert _cells(path)[-1] == (300, 16_384)


@pytest.mark.parametrize(("head", "box"), [(b'<dimension ref="A1:C3"/>', Box(1, 3, 1, 3)),
                                           (b'<dimension ref="B2"/>', Box(2, 2, 2, 2)), (b"<sheetData>", None)])
def test_dimension_box(head, box):
    assert dimension_box(b"<worksheet>" + head) == box


def test_scan_of_an_empty_sheet(tmp_path):
    path = sparse_books.xlsx_with(tmp_path / "a.xlsx", [], rows=[])
    with zipfile.ZipFile(path) as archive:
        rows, columns = scan_part(path, archive, "xl/worksheets/sheet1.xml")
    assert rows.dtype == np.int32 and len(rows) == len(columns) == 0


def test_a_long_comment_is_not_carried_whole_and_cells_after_it_are_found(tmp_path):
    """Found by a hostile trial: 1.8 GB of comment after the cells was carried from chunk to chunk
    whole (a scan that grew with the square of its length), and read into memory whole (3.8 GB)."""
    comment = "<!--" + "a" * (3 * 1024 ** 2) + "-->"
    xml = bad_xlsx.sheet_xml(sparse_books.ROWS).replace("</sheetData>", comment + '<row r="300"><c r="XFD300">'
                                                        "<v>1</v></c></row></sheetData>")
    path = bad_xlsx.write_parts(tmp_path / "odd.xlsx", bad_xlsx.workbook_parts([("Orders", xml, "visible")]))
    assert _cells(path)[-1] == (300, 16_384)
