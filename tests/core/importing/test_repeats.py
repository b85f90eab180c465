"""core.importing.repeats: rows that repeat another row exactly, said in the import report when they
are too many to be two lines of one order (a file put together from exports that overlap)."""

from __future__ import annotations

import numpy as np

from core.importing import import_purchases
from core.importing.repeats import repeated_rows, repeats_note

SAMPLE_ROWS = "Invoice,Date,Customer,Product,Amount\n" + "".join(
    f"INV{i},2024-0{1 + i % 9}-1{i % 10},C{i % 7},Item {i % 5},{10 + i}.50\n" for i in range(40))


def test_rows_equal_in_every_column_are_counted_once_each_repeat():
    customer = np.array([1, 1, 2, 1, 1])
    amount = np.array([5.0, 5.0, 5.0, -0.0, 0.0])
    day = np.array(["2024-01-02"] * 5, dtype="datetime64[ns]")
    assert repeated_rows([customer, amount, day]) == 2          # row 1 repeats row 0; row 4 (0.0) repeats row 3 (-0.0)
    assert repeated_rows([customer, amount, day, np.arange(5)]) == 0     # (another order on each row)
    assert repeated_rows([np.array([np.nan, np.nan]), np.array([3, 3])]) == 1   # (two empty amounts are alike)
    assert repeated_rows([]) == 0 and repeated_rows([np.array([], dtype=np.int64)]) == 0


def test_the_note_waits_for_more_than_one_orders_lines():
    assert repeats_note(4, 10) is None                      # fewer than five
    assert repeats_note(5, 200) is None                     # 2.5 %: lines of the same product in one order happen
    note = repeats_note(50, 100)
    assert note is not None and str(note).startswith("50 rows repeat another row exactly (the same customer, day, "
                                                     "amount, order and product, 50% of the rows)")
    assert "exports that overlap" in str(note) and "Remove Duplicates" in str(note)


def test_a_file_pasted_twice_is_said_and_the_real_sample_is_not(tmp_path, sample_xlsx):
    once, twice = tmp_path / "once.csv", tmp_path / "twice.csv"
    once.write_text(SAMPLE_ROWS, encoding="utf-8")
    twice.write_text(SAMPLE_ROWS + SAMPLE_ROWS.split("\n", 1)[1], encoding="utf-8")
    assert not [w for w in import_purchases(once).report.warnings if "repeat" in str(w)]
    doubled = import_purchases(twice)
    assert len(doubled.transactions) == 80                  # (kept as the file has them)
    [said] = [str(w) for w in doubled.report.warnings if "repeat another row exactly" in str(w)]
    assert said.startswith("40 rows repeat another row exactly") and "50% of the rows" in said
    # the UCI Online Retail sample holds 250 rows that repeat another (about 1 %: the same product
    # scanned twice on one invoice): no note
    sample = import_purchases(sample_xlsx)
    assert not [w for w in sample.report.warnings if "repeat another row" in str(w)]
