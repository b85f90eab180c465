"""The filled cells of .ods sheets, repeats counted: strays and repeated values are refused."""

from __future__ import annotations

import zipfile

import pytest

from core.errors import InputError
from core.importing.importer import import_purchases
from core.importing.ods_extent import plan_ods
from core.importing.sheet_extent import Box
from tests.core.importing import sparse_books


def test_libreoffice_empty_tail_is_no_grid_and_the_sheet_imports(tmp_path):
    path = sparse_books.ods_with(tmp_path, None)
    (plan,) = plan_ods(path)
    assert plan.grid == Box(1, 3, 1, 3) and plan.cells == 9 and not plan.trims
    result = import_purchases(path)
    assert result.transactions["amount"].tolist() == [12.5, 8.0]


def test_nearby_value_counts_with_its_repeated_position(tmp_path):
    (plan,) = plan_ods(sparse_books.ods_with(tmp_path, "E40"))
    assert plan.grid == Box(1, 40, 1, 5) and plan.cells == 10


@pytest.mark.parametrize("stray", ["XFD1048576", "XFD5000"])
def test_stray_value_far_away_is_refused_naming_it(tmp_path, stray):
    path = sparse_books.ods_with(tmp_path, stray)
    with pytest.raises(InputError) as caught:
        plan_ods(path)
    text = str(caught.value)
    assert f'The sheet "Sales" has a value in cell {stray}, far outside its table (A1:C3)' in text
    assert "Ctrl+End" in text and "save the workbook as .xlsx" in text and caught.value.file == "sales.ods"


def test_a_value_repeated_over_millions_of_cells_is_refused(tmp_path):
    path = sparse_books.ods_with(tmp_path, None, repeated_value=(5000, 16384))
    with pytest.raises(InputError, match=r"repeats the value of cell A4 over 5,000 rows by 16,384 columns"):
        plan_ods(path)


def test_damaged_content_is_left_to_the_reader(tmp_path):
    path = sparse_books.ods_with(tmp_path, None)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("content.xml", "<office:document-content><broken")
    assert plan_ods(path) == []
