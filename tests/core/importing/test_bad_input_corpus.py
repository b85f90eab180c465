"""The bad-input corpus through the importer: a correct import or a specific message. The pathological
cases (16,384 columns, million-character cells and headers) are checked for what the importer made of
them: the columns past the first 1,000 dropped, the cells cut to Excel's length. How fast the importer
is belongs to the benchmark (bench/run_benchmarks.py), not to this test."""

from __future__ import annotations

import builtins
import csv
import os

import pytest

from core.errors import ClienteleError, DateOrderNeeded, InputError
from core.importing.importer import import_purchases
from tests.core.importing import bad_inputs, bad_xlsx

#: Files that would exhaust memory if the guard failed: only ever opened in a child process
#: (tests/core/test_bad_input_cli.py), so a regression cannot take the test run down with it.
BOMBS = {"xlsx_zip_bomb", "xlsx_zip_bomb_lying", "xlsx_entity_bomb_shared_strings", "xlsx_entity_bomb_sheet"}
#: Sheets reaching far beyond their table: run only in a child under a 2 GB address-space cap
#: (tests/core/test_bad_input_cli.py, SPARSE), with the outcome each must have there.
SPARSE = {"xlsx_stray_cell_far", "xlsx_stray_cell_mid", "xlsx_stray_cell_lying_dimension", "xlsx_scattered_cells",
          "ods_stray_cell", "ods_repeated_value", "xls_stray_cell"}

#: case -> words the message must hold (what is wrong, where, what to do).
REFUSED = {
    "csv_zero_bytes": ["orders.csv", "file is empty", "0 bytes", "Export it again from the program that made it"],
    "csv_blank_lines": ["orders.csv", "only blank lines", "Export the purchases again"],
    "csv_no_header": ["no header row", "2024-01-05, C1, 12.50", "Add a first row with a name"],
    "csv_header_only": ["column names but no rows of purchases", "check the date range"],
    "csv_all_dates_invalid": ['column "Date"', "None of the dates", "'soon'", "'32/13/2024'", "--map date="],
    "csv_empty_date_column": ['column "Date"', "None of the dates", "(it is empty)", "--map date="],
    "csv_mixed_day_month": ['column "Date"', "mix day-first and month-first", '"25/04/2024" (row 2)',
                            '"04/25/2024" (row 3)', "Correct those rows"],
    "csv_ambiguous_dates": ['column "Date"', "day/month or month/day", '"03/04/2024" (row 2)',
                            "--date-order dayfirst"],
    "csv_all_amounts_text": ['column "Amount"', "None of the amounts", "'free', 'gift'", "--map amount="],
    "csv_unterminated_quote": ["orders.csv, row 3, column \"Note\"", "A quote mark (\") opens this cell and never "
                               "closes", "the 3 line(s) after it", '"2024-03-15,C3,20.00,"', "Nothing was imported",
                               "remove the stray quote mark in row 3"],
    "csv_unterminated_quote_closed_later": ["row 2, column \"Note\"", "never closes", "the 3 line(s) after it",
                                            "row 2 (or add the closing one)"],
    "csv_binary_garbage": ["orders.csv", "not a text (CSV) file", "binary data", "Choose the .csv or .xlsx"],
    "csv_workbook_named_csv": ["an Excel workbook, not a text (CSV) file", "ends in .csv",
                               "Rename it to end in .xlsx"],
    "docx_named_csv": ["orders.csv", "a Word document, not a text (CSV) file", "Choose the purchases export"],
    "folder_not_file": ["orders.csv", "folder, not a file", "Choose a spreadsheet or CSV file"],
    "missing_file": ["gone.csv", "does not exist", "Choose the file again"],
    "pdf_file": ["orders.pdf", 'cannot read ".pdf" files', "save it as .xlsx or .csv"],
    "xlsx_zero_bytes": ["orders.xlsx", "workbook is empty (0 bytes)", "download it again"],
    "xlsx_truncated": ["orders.xlsx", "damaged", "cut short", "Export or download it again"],
    "docx_renamed": ["orders.xlsx", "Word document renamed as a spreadsheet", "real spreadsheet export"],
    "xlsx_encrypted": ["orders.xlsx", "protected with a password", "remove the password"],
    "xlsx_entity_bomb_shared_strings": ['"xl/sharedStrings.xml"', "declares XML entities (a DOCTYPE)",
                                        "XML bomb", "not opened", "Export the purchases again"],
    "xlsx_entity_bomb_sheet": ['"xl/worksheets/sheet1.xml"', "declares XML entities", "not opened"],
    "xlsx_zip_bomb": ["orders.xlsx", "unpack to 3.5 GB", '"xl/worksheets/sheet1.xml"', "not opened",
                      "export it as CSV"],
    "xlsx_zip_bomb_lying": ['"xl/worksheets/sheet1.xml"', "more than the 40,000 bytes", "zip bomb",
                            "not opened"],
    "xlsx_empty_sheet": ['The sheet "Sheet" is empty', "Choose the sheet or file that holds the purchases"],
    "xlsx_no_header": ["no header row", "(2024-01-05, C1, 12.5)", "Add a first row with a name"],
    "xlsx_header_only": ["column names but no rows of purchases"],
    "xlsx_all_dates_invalid": ['column "Date"', "None of the dates", "'soon', 'later'"],
    "xlsx_formulas_uncalculated": ["No row could be used", "formulas", "cell C2", "saved without their results",
                                   "Open the file in Excel or LibreOffice, save it"],
    "xlsx_no_sheets": ["orders.xlsx", "no sheets", "save it as .xlsx or .csv"],
    "html_named_xls": ["orders.xls", "web page", "save it as .xlsx or .csv"],
}


def _amounts(result) -> list[float]:
    return result.transactions["amount"].tolist()


def _ids(result) -> list[str]:
    return result.transactions["customer_id"].tolist()


def _dates(result) -> list[str]:
    return [str(d.date()) for d in result.transactions["date"]]


def _warned(result, words: str) -> bool:
    return any(words in str(w) for w in result.report.warnings)


def _examples(result, reason_words: str) -> list[tuple[int, str]]:
    return [e for item in result.report.set_aside if reason_words in item.reason for e in item.examples]


def _check_duplicates(result):
    assert _amounts(result)[0] == 12.5
    assert _warned(result, 'columns are named "Amount"') and _warned(result, '--map FIELD="Amount (2)"')


def _check_text_amounts(result):
    assert _ids(result) == ["C1", "C3"] and _amounts(result) == [12.5, 7.0]
    assert _examples(result, 'amount missing or unreadable (column "Amount")') == [(3, "call me"), (4, "n/a")]


def _check_overflowing(result):
    assert _ids(result) == ["C3"] and _amounts(result) == [5.0]
    assert [r for r, _ in _examples(result, "amount missing or unreadable")] == [2]
    assert _examples(result, "amount too large to be a purchase") == [(3, "2e+16")]


def _check_far_dates(result):
    assert _ids(result) == ["C2"] and _dates(result) == ["2024-01-02"]
    assert _examples(result, "date missing or unreadable") == [(2, "9999-12-31")]


def _check_utf16(result):
    assert result.source.encoding == "utf-16" and result.source.delimiter == "\t"
    assert _ids(result) == ["K1", "K2"] and _amounts(result) == [12.5, 8.0]
    assert _dates(result) == ["2024-01-05", "2024-02-10"]
    assert result.transactions["product"].tolist() == ["Töpfchen", "Übertopf"]


def _check_bom(result):
    assert result.source.columns[0] == "Date" and _amounts(result) == [12.5, 8.0, 20.0]


def _check_semicolons(result):
    assert result.source.delimiter == ";" and _ids(result) == ["1001", "1002"]
    assert _amounts(result) == [1234.5, 8.0] and _dates(result) == ["2024-01-05", "2024-02-10"]


def _check_quoted_newlines(result):
    assert result.transactions["product"].tolist() == ["Mug,\nblue", 'Card "Happy"\nbirthday', "Vase"]
    assert _amounts(result) == [12.5, 8.0, 20.0] and result.transactions["source_row"].tolist() == [2, 3, 4]


def _check_title_with_line_break(result):
    assert result.source.header_row == 2 and result.transactions["source_row"].tolist() == [3, 4, 5]
    assert _amounts(result) == [12.5, 8.0, 20.0] and result.report.set_aside == []


def _check_blank_rows_inside(result):
    assert result.source.header_row == 3 and result.transactions["source_row"].tolist() == [4, 7]
    assert result.report.rows_read == 2 and result.report.blank_rows == 4


def _check_mixed_encoding(result):
    assert result.source.encoding == "utf-8"
    assert result.transactions["name"].tolist() == ["Zoë", "José", "Noël", "Zoë"]
    assert _warned(result, "Not UTF-8 in this UTF-8 file: 1 byte on 1 line (line 4)")


def _check_nul(result):
    assert _ids(result) == ["C1", "C2", "C1"] and _amounts(result) == [12.5, 8.0, 20.0]
    assert _warned(result, "stray NUL characters") and _warned(result, "first in row 3")


def _check_million_cells(result):
    assert _ids(result) == ["C1", "C1"] and _amounts(result) == [12.5, 5.0]
    assert result.report.set_aside_count("longer than 256 characters") == 1
    assert result.report.set_aside_count("date missing or unreadable") == 1
    assert result.report.set_aside_count("amount missing or unreadable") == 1
    assert len(result.transactions["product"].iloc[0]) == 32_767 and _warned(result, "cut to that length")
    assert len(result.report.to_text()) < 5_000  # examples are shortened, never a million characters


def _check_million_header(result):
    assert _amounts(result) == [12.5, 8.0] and len(result.source.columns[3]) == 1_000_000


def _check_error_cells(result):
    assert _ids(result) == ["C1", "C1"] and _amounts(result) == [12.5, 20.0]
    assert _examples(result, "amount missing") == [(3, "#N/A")]
    assert _examples(result, "date missing") == [(4, "#VALUE!")]
    assert '"#N/A"' in result.report.to_text()


def _check_formulas_cached(result):
    assert _amounts(result) == [12.5, 8.0] and _ids(result) == ["C1", "C2"]


def _check_merged_title(result):
    assert result.source.header_row == 3 and result.transactions["source_row"].tolist() == [4, 5, 6]
    assert _amounts(result) == [12.5, 8.0, 20.0] and _dates(result)[0] == "2024-01-05"


def _check_merged_header(result):
    assert result.source.header_row == 2 and result.mapping.fields["customer_id"] == "Customer ID"
    assert _ids(result) == ["C1", "C2", "C1"] and _amounts(result) == [12.5, 8.0, 20.0]


def _check_hidden(result):
    assert result.source.sheet == "Orders" and result.source.other_sheets == ["Old orders"]
    assert _ids(result) == ["C1", "C2"] and not _warned(result, "hidden")


def _check_only_hidden(result):
    assert result.source.sheet == "Orders" and _ids(result) == ["C1", "C2"]
    assert _warned(result, 'hidden sheet "Orders"')


def _check_wide(result):
    assert _ids(result) == ["C1", "C2", "C1"] and _amounts(result) == [12.5, 8.0, 20.0]
    # the 15,384 columns past the first 1,000 were left unread: none is named "Extra 1001" or later
    assert len(result.source.columns) == 1_000 and result.source.columns[-1] == "Extra 1000"
    assert _warned(result, "The sheet has 16,384 columns; Clientele read the first 1,000")


def _check_wide_csv(result):
    assert _ids(result) == ["C0", "C1", "C2"] and result.transactions["product"].tolist() == ["mug"] * 3
    # the first 1,000 and the recognised Product at the far end; the 15,383 unnamed ones between left unread
    assert len(result.source.columns) == 1_001 and result.source.columns[-2:] == ["Extra 1000", "Product"]
    assert _warned(result, "The sheet has 16,384 columns; Clientele read the first 1,000")


def _check_xlsx_million(result):
    assert _amounts(result) == [12.5, 20.0]
    assert [len(v) for _, v in _examples(result, "amount missing")] == [60]
    assert len(result.transactions["product"].iloc[0]) == 32_767


def _check_text_in_xlsx(result):
    assert _amounts(result) == [12.5, 8.0, 20.0] and _warned(result, "holds plain text")


IMPORTED = {
    "csv_duplicate_columns": _check_duplicates,
    "xlsx_duplicate_columns": _check_duplicates,
    "csv_text_in_amounts": _check_text_amounts,
    "csv_utf16": _check_utf16,
    "csv_overflowing_amounts": _check_overflowing,
    "xlsx_far_dates": _check_far_dates,
    "csv_utf8_bom": _check_bom,
    "csv_semicolons": _check_semicolons,
    "csv_quoted_newlines": _check_quoted_newlines,
    "csv_stray_nul": _check_nul,
    "csv_title_with_line_break": _check_title_with_line_break,
    "csv_mixed_encoding": _check_mixed_encoding,
    "csv_blank_rows_inside": _check_blank_rows_inside,
    "csv_million_char_cells": _check_million_cells,
    "csv_million_char_header": _check_million_header,
    "csv_named_xlsx": _check_text_in_xlsx,
    "xlsx_error_cells": _check_error_cells,
    "xlsx_formulas_cached": _check_formulas_cached,
    "xlsx_merged_title": _check_merged_title,
    "xlsx_merged_header": _check_merged_header,
    "xlsx_hidden_sheet": _check_hidden,
    "xlsx_only_hidden_sheet": _check_only_hidden,
    "xlsx_16384_columns": _check_wide,
    "csv_16384_columns": _check_wide_csv,
    "xlsx_million_char_cells": _check_xlsx_million,
}

def test_every_corpus_case_has_an_expected_outcome():
    expected = set(REFUSED) | set(IMPORTED) | SPARSE | {"csv_unreadable"}
    assert expected == set(bad_inputs.CASES)
    assert len(expected) >= 30


def _import(path):
    """(the import, None) or (None, the ClienteleError it ended in)."""
    try:
        return import_purchases(path), None
    except ClienteleError as error:
        return None, error


@pytest.mark.parametrize("name", sorted(set(REFUSED) - BOMBS))
def test_refused_with_a_specific_message(name, tmp_path):
    path = bad_inputs.build(name, tmp_path)
    before = sorted(os.listdir(tmp_path))
    result, error = _import(path)
    assert result is None, f"{name} was imported"
    assert isinstance(error, InputError)
    text = str(error)
    for words in REFUSED[name]:
        assert words in text, f"{name}: {words!r} not in {text!r}"
    assert error.what_to_do and error.file and error.file.endswith(path.name)
    assert "Traceback" not in text and len(text) < 1_000
    assert sorted(os.listdir(tmp_path)) == before  # nothing written


@pytest.mark.parametrize("name", sorted(IMPORTED))
def test_imported_correctly(name, tmp_path):
    path = bad_inputs.build(name, tmp_path)
    result, error = _import(path)
    assert error is None, f"{name}: {error}"
    IMPORTED[name](result)
    assert all(len(str(w)) < 1_000 for w in result.report.warnings)


def test_ambiguous_dates_are_their_own_error_type(tmp_path):
    with pytest.raises(DateOrderNeeded) as caught:
        import_purchases(bad_inputs.build("csv_ambiguous_dates", tmp_path))
    assert caught.value.examples[0].startswith('"03/04/2024"')


@pytest.mark.file_permissions
def test_file_without_read_permission(tmp_path):
    path = bad_inputs.build("csv_unreadable", tmp_path)
    with pytest.raises(InputError, match="not allowed to read this file") as caught:
        import_purchases(path)
    assert "copy it to your Documents folder" in str(caught.value)


def test_file_without_read_permission_simulated(tmp_path, monkeypatch):
    """The same message when the operating system refuses (as it would for anyone but root)."""
    path = bad_inputs.build("csv_unreadable", tmp_path)
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    # Library patch kept: the tests run as root, whom no file permission stops (see the test above).
    monkeypatch.setattr(builtins, "open", refusing_open)
    with pytest.raises(InputError, match="not allowed to read this file") as caught:
        import_purchases(path)
    assert caught.value.file == "orders.csv" and caught.value.what_to_do


def test_formula_whose_result_is_empty_text_is_not_called_uncalculated(tmp_path):
    """Excel saves =IF(A2="","",…) as t="str" with an empty value: a result, not a missing one."""

    xml = bad_xlsx.sheet_xml([["Date", "Customer", "Amount"], [45296, "C1", 5], [45297, "C2", 6]])
    xml = xml.replace('<c r="C2"><v>5</v></c>', '<c r="C2"><v>5</v></c><c r="D2" t="str"><f>IF(1,"",2)</f><v></v></c>')
    path = bad_xlsx.write_parts(tmp_path / "orders.xlsx", bad_xlsx.workbook_parts([("Orders", xml, "visible")]))
    result = import_purchases(path)
    assert _amounts(result) == [5.0, 6.0] and not _warned(result, "formulas")


@pytest.mark.parametrize("name", sorted(IMPORTED))
def test_row_counts_add_up_to_the_rows_of_a_text_file(name, tmp_path):
    """Header and title rows + rows read + blank rows = the file's rows (a row whose cell holds a
    line break counts once, as a spreadsheet shows it): no row is ever dropped without a word."""
    path = bad_inputs.build(name, tmp_path)
    result = import_purchases(path)
    if result.source.encoding is None:
        pytest.skip("a workbook")
    encoding = "utf-8" if result.source.encoding == "utf-8" else result.source.encoding
    with open(path, encoding=encoding, errors="replace", newline="") as handle:
        rows = sum(1 for _ in csv.reader(handle, delimiter=result.source.delimiter))
    report = result.report
    assert report.header_row + report.rows_read + report.blank_rows == rows
    assert report.rows_kept + report.rows_set_aside == report.rows_read
