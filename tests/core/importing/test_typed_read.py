"""The typed read of a CSV (issue 18): the same transactions, report and messages as reading every
column as text, on plain files and on files whose cells past the first rows do not convert."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from core.errors import InputError
from core.importing.importer import import_purchases
from core.importing.mapping import CONTENT_ROWS
from core.importing.raw_table import read_table
from core.importing.report import EXTRA_CELLS_REASON

HEADER = "Invoice,Date,Customer,Quantity,Price,Country"
#: A row past the first CONTENT_ROWS rows, where the typed read's plan no longer looks.
LATE = CONTENT_ROWS + 200


def _rows(count: int = CONTENT_ROWS + 500) -> list[str]:
    return [f"{1000 + i // 3},2024-{1 + i % 12:02d}-{1 + i % 28:02d} {i % 24:02d}:15:00,C{i % 97},"
            f"{1 + i % 5},{(i % 40) / 4 + 0.5:.2f},{'Spain' if i % 3 else 'France'}" for i in range(count)]


def _write(path, rows: list[str]):
    path.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _as_text(path):
    """The import as it reads every column as text (the table read without the typed plan)."""
    return import_purchases(path, raw=read_table(path))


def _same(path) -> list[str]:
    """Import ``path`` both ways, check they agree (or stop with the same message); the columns
    the typed read took typed."""
    try:
        text = _as_text(path)
    except InputError as error:
        with pytest.raises(type(error)) as typed_error:
            import_purchases(path)
        assert str(typed_error.value) == str(error)
        return read_table(path, plan=_plan(path)).typed
    typed = import_purchases(path)
    pd.testing.assert_frame_equal(typed.transactions, text.transactions, check_exact=True)
    assert typed.report.to_text() == text.report.to_text()
    assert typed.report.to_dict() == text.report.to_dict()
    assert typed.mapping.to_dict() == text.mapping.to_dict()
    assert typed.source.to_dict() == text.source.to_dict()
    return read_table(path, plan=_plan(path)).typed


def _plan(path):
    from core.importing.importer import ImportOptions, _TypedPlan  # noqa: PLC0415 - the importer's own plan

    return _TypedPlan(ImportOptions(), path.name)


def test_plain_file_reads_dates_and_quantities_typed(tmp_path):
    path = _write(tmp_path / "plain.csv", _rows())
    assert sorted(_same(path)) == ["Country", "Date", "Quantity"]   # (the country as codes into its texts)
    result = import_purchases(path)
    assert result.report.date_order_how == "no ambiguous dates"
    assert result.transactions["date"].dt.hour.eq(0).all()


@pytest.mark.parametrize(("column", "late_value"), [
    ("Date", "2024-02-30 10:00:00"),      # a day that does not exist: unreadable, set aside
    ("Date", "03/04/2024"),               # another way of writing dates
    ("Date", "1650-01-01"),               # a year before pandas' first day: read as text
    ("Date", "2024-01-05 10:00:00+02:00"),  # a zone: read as the day written
    ("Date", " 2024-01-05"),
    ("Date", "9999-12-31"),
    ("Quantity", "+5"),
    ("Quantity", "1e3"),                  # not a number the text reading takes
    ("Quantity", "2.5"),
    ("Quantity", "12345678901234567"),    # more than a float64 holds exactly
    ("Quantity", "3 pcs"),
])
def test_a_late_cell_that_does_not_convert_reads_as_text(tmp_path, column, late_value):
    rows = _rows()
    cells = rows[LATE].split(",")
    cells[HEADER.split(",").index(column)] = late_value
    rows[LATE] = ",".join(cells)
    path = _write(tmp_path / "late.csv", rows)
    typed = _same(path)
    if column == "Date" and late_value in ("1650-01-01", "2024-02-30 10:00:00", "03/04/2024",
                                           "2024-01-05 10:00:00+02:00", " 2024-01-05", "9999-12-31"):
        assert "Date" not in typed
    if column == "Quantity":
        assert "Quantity" not in typed


def test_blank_and_empty_date_cells_keep_their_messages(tmp_path):
    rows = _rows()
    for row in (5, LATE):
        cells = rows[row].split(",")
        cells[1] = ""
        rows[row] = ",".join(cells)
    path = _write(tmp_path / "blanks.csv", rows)
    assert "Date" in _same(path)
    aside = {s.reason: (s.count, s.examples) for s in import_purchases(path).report.set_aside}
    assert aside == {'date missing or unreadable (column "Date")': (2, [(7, ""), (LATE + 2, "")])}


def test_no_typed_read_when_the_first_rows_are_not_plain(tmp_path):
    rows = _rows()
    rows[3] = rows[3].replace(",2024-04-04 03:15:00,", ",04/04/2024,")
    path = _write(tmp_path / "mixed.csv", rows)
    assert sorted(_same(path)) == ["Country", "Quantity"]


def test_a_late_broken_line_keeps_the_exact_reader(tmp_path):
    rows = _rows()
    rows[LATE] += ",extra,cells"
    path = _write(tmp_path / "long_line.csv", rows)
    assert _same(path) == []
    aside = {s.reason: (s.count, s.examples[0][0]) for s in import_purchases(path).report.set_aside}
    assert aside == {EXTRA_CELLS_REASON: (1, LATE + 2)}


def test_years_before_pandas_first_day_read_as_text(tmp_path):
    path = _write(tmp_path / "old.csv", [r.replace(",2024-", ",1024-", 1) for r in _rows()])
    assert sorted(_same(path)) == ["Country", "Quantity"]


def test_errors_are_the_text_reading_ones(tmp_path):
    rows = [re.sub(r",2024-[0-9]{2}-", ",2024-13-", r, count=1) for r in _rows()]  # ISO-shaped, no such month
    path = _write(tmp_path / "months.csv", rows)
    with pytest.raises(InputError) as typed:
        import_purchases(path)
    with pytest.raises(InputError) as text:
        _as_text(path)
    assert str(typed.value) == str(text.value)
    assert "None of the dates" in str(typed.value)


@pytest.mark.parametrize("late_value", [" Spain ", "   ", "spa\x00in", "Espa\u00f1a"])
def test_text_read_as_codes_cleans_as_text(tmp_path, late_value):
    """A text column read as codes into its distinct values (the country here) is trimmed, blank
    and cleaned of NUL bytes as the same column read as text is."""
    rows = _rows()
    rows[LATE] = rows[LATE].rsplit(",", 1)[0] + "," + late_value
    path = _write(tmp_path / "country.csv", rows)
    typed = _same(path)
    assert ("Country" in typed) == ("\x00" not in late_value)   # (a NUL near the first rows: all as text)
    country = import_purchases(path).transactions["country"]
    assert country.dtype == "category" and list(country.cat.categories) == sorted(set(country.dropna()))


def test_a_runaway_quote_in_a_text_read_as_codes_is_refused(tmp_path):
    rows = _rows()
    rows[LATE] = rows[LATE].rsplit(",", 1)[0] + ',"Spain'
    path = _write(tmp_path / "runaway.csv", rows)
    with pytest.raises(InputError, match="opens this cell and never closes"):
        import_purchases(path)
    with pytest.raises(InputError, match="opens this cell and never closes"):
        _as_text(path)


def test_a_nul_byte_far_down_a_text_read_as_codes_is_removed_as_in_text(tmp_path):
    """Past the plan's first block (1 MB), so the column is read as codes and its NUL byte is
    found in the codes' distinct values."""
    rows = _rows(40_000)
    rows[39_000] = rows[39_000].rsplit(",", 1)[0] + ",Spa\x00in"
    path = _write(tmp_path / "nul.csv", rows)
    assert "Country" in _same(path)
    result = import_purchases(path)
    assert "Spain" in set(result.transactions["country"]) and "Spa\x00in" not in set(result.transactions["country"])
    assert any("NUL" in str(w) for w in result.report.warnings)
