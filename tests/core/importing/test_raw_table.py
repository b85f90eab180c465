"""core.importing.raw_table: a file read as it is (kind, sheet, header row), never a raw exception."""

from __future__ import annotations

import pytest

from core.errors import InputError
from core.importing.raw_table import read_table


def test_a_csv_with_a_title_row_is_read_from_its_header(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("Orders of March\ncustomer,date,amount\nA,2024-03-01,5\nB,2024-03-02,7\n", "utf-8")
    raw = read_table(path)
    assert raw.kind == "text" and raw.delimiter == ","
    assert list(raw.frame.columns) == ["customer", "date", "amount"]
    assert raw.header_row == 2 and raw.first_data_row == 3
    assert raw.frame["customer"].tolist() == ["A", "B"]


def test_semicolons_hint_at_decimal_commas(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("kunde;datum;betrag\nA;01.03.2024;5,50\n", "utf-8")
    raw = read_table(path)
    assert raw.delimiter == ";" and raw.decimal_hint == ","


def test_a_workbook_is_read_from_its_sheet(sample_xlsx):
    raw = read_table(sample_xlsx)
    assert raw.kind == "excel" and raw.sheet and len(raw.frame) > 1000


def test_a_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError) as caught:
        read_table(tmp_path / "nowhere.csv")
    assert str(caught.value.file).endswith("nowhere.csv") and caught.value.what_to_do
