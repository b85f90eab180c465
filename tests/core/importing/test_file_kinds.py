"""core.importing.file_kinds: what a file really is, said precisely before any reading."""

from __future__ import annotations

import zipfile

import pytest

from core.errors import InputError
from core.importing.file_kinds import check_text_bytes, check_workbook_bytes, looks_binary


def test_an_empty_workbook_is_named_as_such(tmp_path):
    path = tmp_path / "orders.xlsx"
    path.write_bytes(b"")
    with pytest.raises(InputError, match="empty") as caught:
        check_workbook_bytes(path, ".xlsx")
    assert caught.value.file == "orders.xlsx"


def test_a_web_page_named_as_a_workbook(tmp_path):
    path = tmp_path / "orders.xls"
    path.write_text("<html><table><tr><td>1</td></tr></table></html>", "utf-8")
    with pytest.raises(InputError, match="web page"):
        check_workbook_bytes(path, ".xls")


def test_plain_text_named_as_a_workbook_is_read_as_text(tmp_path):
    path = tmp_path / "orders.xls"
    path.write_text("customer,date,amount\nA,2024-01-01,5\n", "utf-8")
    assert check_workbook_bytes(path, ".xls") == "text"


def test_a_word_document_renamed_as_a_spreadsheet(tmp_path):
    path = tmp_path / "orders.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(InputError, match="Word document"):
        check_workbook_bytes(path, ".xlsx")


def test_a_workbook_named_csv_is_refused_with_the_fix(tmp_path):
    path = tmp_path / "orders.csv"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(InputError, match="an Excel workbook, not a text") as caught:
        check_text_bytes(path)
    assert "Rename it to end in .xlsx" in caught.value.what_to_do


def test_a_pdf_named_csv(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_bytes(b"%PDF-1.7\n...")
    with pytest.raises(InputError, match="PDF document"):
        check_text_bytes(path)


def test_control_characters_make_text_binary():
    assert looks_binary("\x01\x02\x03\x04\x05\x06" + "a" * 10)
    assert not looks_binary("customer,date\nA,2024-01-01\n")
