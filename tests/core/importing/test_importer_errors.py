"""Every bad input gives its own message in a shop owner's words (never a raw exception)."""

from __future__ import annotations

import shutil
import struct
import zipfile

import openpyxl
import pytest

import core.importing.raw_table as read_table
from core.errors import DateOrderNeeded, InputError, SettingsError
from core.importing.importer import ImportOptions, import_customer_attributes, import_purchases


def _csv(tmp_path, text, name="data.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _message(path, options=None) -> str:
    with pytest.raises(InputError) as caught:
        import_purchases(path, options)
    error = caught.value
    assert error.what_to_do, "every message says what to do"
    return str(error)


def test_empty_csv(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    text = _message(path)
    assert "empty.csv" in text and "file is empty" in text and "0 bytes" in text


def test_zero_byte_xlsx(tmp_path):
    path = tmp_path / "book.xlsx"
    path.write_bytes(b"")
    text = _message(path)
    assert "book.xlsx" in text and "workbook is empty (0 bytes)" in text and "downloading" in text


def test_truncated_xlsx(tmp_path, sample_xlsx):
    data = sample_xlsx.read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    text = _message(path)
    assert "damaged" in text and "incomplete or corrupt" in text


def test_corrupt_zip_member(tmp_path, sample_xlsx):
    data = bytearray(sample_xlsx.read_bytes())
    for i in range(2000, 60000, 7):  # scribble over compressed data, keep the directory
        data[i] = (data[i] + 91) % 256
    path = tmp_path / "scribbled.xlsx"
    path.write_bytes(bytes(data))
    text = _message(path)
    assert "scribbled.xlsx" in text and ("damaged" in text)


def test_renamed_docx(tmp_path):
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert "Word document" in _message(path)


def test_password_protected_workbook(tmp_path):
    # An encrypted Office file is an OLE compound file holding an "EncryptedPackage" stream.
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHH", 0x3E, 3, 0xFFFE, 9)
    header = header.ljust(512, b"\x00")
    name = "EncryptedPackage".encode("utf-16-le") + b"\x00\x00"
    entry = name.ljust(64, b"\x00") + struct.pack("<H", len(name)) + b"\x02"
    path = tmp_path / "secret.xlsx"
    path.write_bytes(header + entry.ljust(512, b"\x00") + bytes(1024))
    text = _message(path)
    assert "protected with a password" in text and "remove the password" in text.lower()


def test_unknown_extension(tmp_path):
    path = tmp_path / "orders.pdf"
    path.write_bytes(b"%PDF-1.4")
    text = _message(path)
    assert '".pdf"' in text and ".xlsx" in text and ".csv" in text


def test_missing_file(tmp_path):
    assert "does not exist" in _message(tmp_path / "nope.csv")


def test_no_header_csv(tmp_path):
    path = _csv(tmp_path, "2024-01-01,12,3.50\n2024-01-02,13,4.00\n")
    text = _message(path)
    assert "no header row" in text and "2024-01-01" in text


def test_no_header_xlsx(tmp_path):
    book = openpyxl.Workbook()
    book.active.append([45000, 12, 3.5])
    book.active.append([45001, 13, 4.0])
    path = tmp_path / "nohead.xlsx"
    book.save(path)
    assert "no header row" in _message(path)


def test_no_date_column(tmp_path):
    path = _csv(tmp_path, "Customer,Amount\n1,2.00\n2,3.00\n")
    text = _message(path)
    assert "No column with purchase dates" in text and '"Customer", "Amount"' in text


def test_no_customer_column(tmp_path):
    path = _csv(tmp_path, "Date,Amount,Note\n2024-01-01,2.00,hello there\n2024-01-02,3.00,good bye\n")
    assert "No column says which customer" in _message(path)


def test_no_amount_column(tmp_path):
    path = _csv(tmp_path, "Date,Customer,Note\n2024-01-01,A1,hello there\n2024-01-02,A1,good bye\n")
    assert "No column with amounts" in _message(path)


def test_all_dates_unreadable(tmp_path):
    path = _csv(tmp_path, "Date,Customer,Amount\nsoon,1,2.00\nlater,2,3.00\n")
    text = _message(path)
    assert "None of the dates" in text and "'soon'" in text and 'column "Date"' in text


def test_header_but_no_rows(tmp_path):
    path = _csv(tmp_path, "Date,Customer,Amount\n")
    assert "no rows of purchases" in _message(path)


def test_empty_sheet(tmp_path):
    path = tmp_path / "blank.xlsx"
    openpyxl.Workbook().save(path)
    assert "is empty" in _message(path)


def test_html_saved_as_xls(tmp_path):
    path = tmp_path / "export.xls"
    path.write_text("<html><body><table><tr><td>Date</td></tr></table></body></html>")
    assert "web page" in _message(path)


def test_unknown_sheet_lists_sheets(tmp_path, sample_xlsx):
    path = tmp_path / "s.xlsx"
    shutil.copy(sample_xlsx, path)
    text = _message(path, ImportOptions(sheet="2012"))
    assert 'no sheet named "2012"' in text and '"Online Retail"' in text


def test_override_names_missing_column(sample_csv):
    text = _message(sample_csv, ImportOptions(mapping={"amount": "Total"}))
    assert 'column "Total"' in text and '"InvoiceNo"' in text and '"UnitPrice"' in text


def test_override_unknown_field(sample_csv):
    assert '"colour" is not a field' in _message(sample_csv, ImportOptions(mapping={"colour": "Country"}))


def test_ambiguous_dates_ask_for_order(tmp_path):
    path = _csv(tmp_path, "Date,Customer,Amount\n03/04/2024,1,2.00\n04/05/2024,2,3.00\n")
    with pytest.raises(DateOrderNeeded) as caught:
        import_purchases(path)
    assert "03/04/2024" in caught.value.examples[0] and "--date-order" in str(caught.value)
    result = import_purchases(path, ImportOptions(date_order="monthfirst"))
    assert str(result.transactions["date"].iloc[0].date()) == "2024-03-04"
    assert "as you chose" in result.report.date_order_how
    result = import_purchases(path, ImportOptions(date_order="dayfirst"))
    assert str(result.transactions["date"].iloc[0].date()) == "2024-04-03"


def test_dates_written_both_ways_name_rows(tmp_path):
    path = _csv(tmp_path, "Date,Customer,Amount\n25/04/2024,1,2.00\n04/25/2024,2,3.00\n")
    text = _message(path)
    assert "row 2" in text and "row 3" in text and "mix day-first and month-first" in text


def test_bad_date_order_option(sample_csv):
    assert "dayfirst" in _message(sample_csv, ImportOptions(date_order="yearfirst"))


def test_customers_file_errors_are_wrapped(tmp_path):
    path = tmp_path / "customers.xlsx"
    path.write_bytes(b"")
    with pytest.raises(InputError, match="0 bytes"):
        import_customer_attributes(path)


def test_unexpected_library_errors_are_wrapped(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise KeyError("calamine went wrong")

    monkeypatch.setattr(read_table, "read_text_table", broken)
    path = _csv(tmp_path, "Date,Customer,Amount\n2024-01-01,1,2.00\n")
    with pytest.raises(InputError) as caught:
        import_purchases(path)
    assert "could not read this file" in str(caught.value) and "data.csv" in str(caught.value)
    assert isinstance(caught.value.__cause__, KeyError)


def test_options_round_trip_and_bad_date_order_in_settings():
    options = ImportOptions(sheet="Orders", header_row=3, mapping={"amount": "Total"}, date_order="dayfirst")
    assert ImportOptions.from_dict(options.to_dict()) == options
    with pytest.raises(SettingsError):
        ImportOptions.from_dict({"date_order": "sideways"})


def test_password_marker_far_into_a_big_file_is_found(tmp_path):
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1".ljust(512, b"\x00")
    path = tmp_path / "big_secret.xlsx"
    path.write_bytes(header + bytes(9 * 1024 * 1024) + "EncryptedPackage".encode("utf-16-le") + bytes(100))
    assert "protected with a password" in _message(path)
