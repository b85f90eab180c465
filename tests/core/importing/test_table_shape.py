"""core.importing.table_shape: cells as text, the header row, unique column names, wide sheets."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from core.importing.table_shape import (
    MAX_COLUMNS,
    cell_text,
    columns_to_keep,
    find_header_row,
    repeated_header_rows,
    repeated_name,
    shorten,
    unique_column_names,
)
from core.words import Phrase


def test_header_detection_rules():
    assert find_header_row([["Report"], [], ["Date", "Customer", "Amount"], ["2024-01-01", "A", "3"]]) == 2
    assert find_header_row([["2024-01-01", "A", "3"], ["2024-01-02", "B", "4"]]) is None
    # All-text tables (names, e-mails) still have a header: the first full row.
    assert find_header_row([["Kontakt", "Notiz"], ["ann@x.org", "nett"], ["bob@x.org", "laut"]]) == 0
    # Known column names win even when the row below is text too.
    assert find_header_row([["Title"], ["Email", "Name"], ["a@x.org", "Ann"]]) == 1


def test_cells_as_text():
    assert cell_text(12346.0) == "12346" and cell_text(2.5) == "2.5"
    assert cell_text(dt.datetime(2024, 3, 5, 14, 0)) == "2024-03-05"
    assert shorten(dt.datetime(2024, 3, 5)) == "2024-03-05"
    assert shorten("2024-02-10 00:00:00") == "2024-02-10" and shorten("2024-02-10T00:00:00.000") == "2024-02-10"
    assert shorten("2024-02-10 09:30:00") == "2024-02-10 09:30:00"          # a time of day is kept
    assert shorten("a  long\nline", limit=6) == "a lon…"


def test_column_names_are_made_unique_with_one_warning():
    warnings: list[Phrase] = []
    assert unique_column_names(["Amount", None, "Amount", "Amount_1"], warnings, undo_suffixes=True) == \
        ["Amount", "Column 2", "Amount (2)", "Amount (3)"]
    assert len(warnings) == 1 and '"Amount (2)"' in str(warnings[0])


def test_very_wide_sheets_keep_the_first_columns_and_known_names():
    assert columns_to_keep(["a"] * MAX_COLUMNS) is None
    kept = columns_to_keep(["x"] * MAX_COLUMNS + ["nothing", "Email"])
    assert kept == list(range(MAX_COLUMNS)) + [MAX_COLUMNS + 1]


def test_a_repeated_names_suffix_is_taken_off_and_nothing_else():
    warnings: list[Phrase] = []
    names = unique_column_names(["Consent", "Consent", "Consent"], warnings)
    assert names == ["Consent", "Consent (2)", "Consent (3)"]
    assert [repeated_name(n) for n in names] == ["Consent"] * 3
    assert repeated_name("Size (XL)") == "Size (XL)" and repeated_name("(2)") == "(2)" and repeated_name(7) == "7"


def test_a_second_table_beside_the_first_is_said_not_only_a_repeated_name():
    # found by a hostile trial: a second table in columns F to I (Date, Client, Order no, Amount again)
    # was dropped with only 'Two or more columns are named "Date"'
    warnings: list = []
    names = unique_column_names(["Date", "Client", "Order no", "Amount", None, "Date", "Client", "Order no", "Amount"],
                                warnings)
    assert names[5:] == ["Date (2)", "Client (2)", "Order no (2)", "Amount (2)"]
    [said] = [str(w) for w in warnings]
    assert said.startswith('The sheet seems to hold a second table beside the first: further right, the names "Date", '
                           '"Client", "Order no", "Amount" come again (the second is called "Date (2)").')
    warnings.clear()
    unique_column_names(["Date", "Customer", "Amount", "Amount"], warnings)   # one name twice: the old words
    assert [str(w) for w in warnings][0].startswith('Two or more columns are named "Amount"')


def test_the_header_line_again_inside_the_rows_is_found():
    # found by a hostile trial: two Shopify exports pasted one under the other; the second's header line
    # was set aside as a "cancelled order" because its "Cancelled at" cell holds the column's name
    frame = pd.DataFrame({"Email": ["a@x.com", "Email", " EMAIL ", "b@x.com"],
                          "Created at": ["2024-01-02", "Created at", "2024-01-03", "2024-01-04"],
                          "Product": ["Mug", "Product", "Product", "Vase"]}, dtype="str")
    assert repeated_header_rows(frame, "Created at", ["Email", "Product"]).tolist() == [False, True, False, False]
    # a cell holding its column's name beside a real date is a value (a product called "Product")
    assert repeated_header_rows(frame, "Created at", ["Product"]).tolist() == [False, True, False, False]
    assert repeated_header_rows(frame, "Created at", []).tolist() == [False, False, False, False]
    codes = frame.astype({"Email": "category"})
    assert repeated_header_rows(codes, "Created at", ["Email"]).tolist() == [False, True, False, False]
    spaced = frame.assign(**{"Created at": ["2024-01-02", " created AT ", "2024-01-03", "2024-01-04"]})
    assert repeated_header_rows(spaced, "Created at", ["Email"]).tolist() == [False, True, False, False]


def test_a_date_beyond_the_year_9999_is_shown_not_a_crash():
    """Found by a hostile trial: Excel's last date number (2958466, the year 10000) in a date cell
    refused the whole file with pandas' strftime message instead of setting its row aside."""
    import pandas as pd  # noqa: PLC0415 - only here

    far = pd.Timestamp("1899-12-30") + pd.Timedelta(days=2958466)
    assert shorten(far) == "10000-01-01" and shorten(pd.Timestamp("2024-03-05 14:30")) == "2024-03-05 14:30"
