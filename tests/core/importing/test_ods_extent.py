"""The filled cells of .ods sheets, repeats counted; stray cells left out of a copy, repeated
values over millions of cells refused."""

from __future__ import annotations

import zipfile

import pytest

from core.errors import InputError
from core.importing.importer import import_purchases
from core.importing.ods_extent import plan_ods, write_trimmed
from core.importing.sheet_extent import Box
from tests.core.importing import sparse_books

VALUE = '<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'


def _content(path):
    with zipfile.ZipFile(path) as archive:
        return archive.read("content.xml").decode()


def _with_stray_in_row_2(tmp_path, empty_tag=False):
    """A stray at XFD2 (in a row of the table, far right) and one at B1048576 (far below)."""
    path = sparse_books.ods_with(tmp_path, None)
    content = _content(path)
    stray = ('<table:table-cell office:value-type="float" office:value="7"/>' if empty_tag
             else VALUE.format(v=7))
    second_row_end = content.index("</table:table-row>", content.index("</table:table-row>") + 1)
    content = (content[:second_row_end] + '<table:table-cell table:number-columns-repeated="16380"/>' + stray
               + content[second_row_end:])
    content = content.replace('<table:table-row table:number-rows-repeated="1000000">',
                              '<table:table-row table:number-rows-repeated="1048572"><table:table-cell/>'
                              '</table:table-row><table:table-row><table:table-cell/>' + VALUE.format(v=9)
                              + '</table:table-row><table:table-row table:number-rows-repeated="1000000">')
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["content.xml"] = content.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_libreoffice_empty_tail_is_no_grid_and_the_sheet_imports(tmp_path):
    path = sparse_books.ods_with(tmp_path, None)
    (plan,) = plan_ods(path)
    assert plan.grid == Box(1, 3, 1, 3) and plan.cells == 9 and not plan.trims
    result = import_purchases(path)
    assert result.transactions["amount"].tolist() == [12.5, 8.0]


def test_nearby_value_counts_with_its_repeated_position(tmp_path):
    (plan,) = plan_ods(sparse_books.ods_with(tmp_path, "E40"))
    assert plan.grid == Box(1, 40, 1, 5) and plan.cells == 10


@pytest.mark.parametrize("empty_tag", [False, True])
def test_strays_right_of_and_below_the_table_are_left_out_of_a_copy(tmp_path, empty_tag):
    path = _with_stray_in_row_2(tmp_path, empty_tag)
    before = path.read_bytes()
    (plan,) = plan_ods(path)
    assert plan.keep == Box(1, 3, 1, 3) and plan.strays == ((1_048_576, 2), (2, 16_384))
    copy = tmp_path / "copy.ods"
    write_trimmed(path, [plan], copy)
    assert path.read_bytes() == before
    content = _content(copy)
    assert 'office:value="7"' not in content and 'office:value="9"' not in content
    assert 'office:value="12.5"' in content and content.endswith("</office:document-content>")
    (again,) = plan_ods(copy)
    assert again.grid == Box(1, 3, 1, 3) and again.cells == 9


def test_import_reads_the_table_and_names_the_strays(tmp_path):
    result = import_purchases(_with_stray_in_row_2(tmp_path))
    assert result.transactions["amount"].tolist() == [12.5, 8.0]
    assert 'Sheet "Sales": cells B1048576, XFD2 hold a value far outside the table (A1:C3)' in str(result.report.warnings[0])


def test_a_value_repeated_over_millions_of_cells_is_refused(tmp_path):
    path = sparse_books.ods_with(tmp_path, None, repeated_value=(5000, 16384))
    with pytest.raises(InputError, match=r"repeats the value of cell A4 over 5,000 rows by 16,384 columns"):
        plan_ods(path)


def test_damaged_content_is_left_to_the_reader(tmp_path):
    path = sparse_books.ods_with(tmp_path, None)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("content.xml", "<office:document-content><broken")
    assert plan_ods(path) == []


def test_a_cell_asking_for_millions_of_spaces_is_refused(tmp_path):
    """Found by a hostile trial: one <text:s text:c="2000000000"/> in a 1.2 KB file took 9.9 GB."""
    path = sparse_books.ods_with(tmp_path, None)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    content = parts["content.xml"].decode().replace("<text:p>C1</text:p>",
                                                    '<text:p>C<text:s text:c="2000000000"/>1</text:p>', 1)
    assert "text:c=" in content
    parts["content.xml"] = content.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(InputError, match="asks for 2,000,000,000 spaces in one cell"):
        import_purchases(path)


def test_a_long_text_repeated_over_many_cells_is_refused(tmp_path, monkeypatch):
    """Found by a hostile trial: a 2.3 KB file repeating a 1 MB text over 3,000 cells took 9.4 GB."""
    from core.importing import ods_extent  # noqa: PLC0415 - its limit, made small for the test

    monkeypatch.setattr(ods_extent, "MAX_TEXT", 50_000)
    path = sparse_books.ods_with(tmp_path, None)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    long_cell = ('<table:table-row table:number-rows-repeated="10"><table:table-cell table:number-columns-repeated='
                 f'"3" office:value-type="string"><text:p>{"x" * 2000}</text:p></table:table-cell></table:table-row>')
    parts["content.xml"] = parts["content.xml"].decode().replace("</table:table>", long_cell + "</table:table>",
                                                                 1).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(InputError, match="come to more than 50,000 characters"):
        import_purchases(path)
