"""Which cells of a sheet are strays far outside its table, and when a sheet is refused."""

from __future__ import annotations

import numpy as np
import pytest

from core.errors import InputError
from core.importing.sheet_extent import GRID_LIMIT, Box, cell_name, column_letters, letters_to_column, plan_sheet


def _plan(cells: list[tuple[int, int]]):
    rows = np.array([r for r, _ in cells], dtype=np.int32)
    columns = np.array([c for _, c in cells], dtype=np.int32)
    return plan_sheet("Orders", rows, columns, file="orders.xlsx")


TABLE = [(r, c) for r in range(1, 4) for c in range(1, 4)]


@pytest.mark.parametrize(("letters", "number"), [("A", 1), ("Z", 26), ("AA", 27), ("ZZ", 702), ("XFD", 16384)])
def test_column_letters_both_ways(letters, number):
    assert column_letters(number) == letters and letters_to_column(letters) == number


def test_small_sheet_is_read_as_it_is():
    plan = _plan(TABLE + [(5000, 26)])  # 5,000 × 26 cells: a grid calamine makes quickly
    assert not plan.trims and plan.grid == Box(1, 5000, 1, 26) and plan.cells == 10


def test_stray_cell_far_right_and_below_is_left_out():
    plan = _plan(TABLE + [(1_048_576, 16_384)])
    assert plan.trims and plan.keep == Box(1, 3, 1, 3) and plan.strays == ((1_048_576, 16_384),)
    text = str(plan.warning())
    assert 'Sheet "Orders": cell XFD1048576 holds a value far outside the table (A1:C3)' in text
    assert "1,048,576 rows by 16,384 columns" in text and "Ctrl+End" in text


def test_stray_cell_below_a_wide_table_is_left_out_and_the_farthest_named_first():
    wide = [(r, c) for r in range(1, 4) for c in range(1, 80)]
    plan = _plan(wide + [(900_000, 5), (1_000_000, 2)])
    assert plan.keep == Box(1, 3, 1, 79) and plan.strays == ((1_000_000, 2), (900_000, 5))
    assert plan.stray_count == 2 and "cells B1000000, E900000 hold" in str(plan.warning())


def test_dense_big_sheet_is_read_as_it_is():
    rows, columns = np.divmod(np.arange(GRID_LIMIT + 10, dtype=np.int64), 10)
    plan = plan_sheet("Big", (rows + 1).astype(np.int32), (columns + 1).astype(np.int32), file="big.xlsx")
    assert not plan.trims and plan.cells == GRID_LIMIT + 10


def test_cells_scattered_without_a_gap_are_refused_naming_the_last_one():
    scattered = [(i * 900, i * 40) for i in range(1, 400)]  # never 50 columns or 1,000 rows apart
    with pytest.raises(InputError) as caught:
        _plan(TABLE + scattered)
    text = str(caught.value)
    assert 'The sheet "Orders" spans 359,100 rows by 15,960 columns' in text
    assert f"its last filled cell is {cell_name(399 * 900, 399 * 40)}" in text and "Ctrl+End" in text
    assert caught.value.file == "orders.xlsx"


def test_empty_sheet_has_no_grid():
    assert _plan([]).grid is None
