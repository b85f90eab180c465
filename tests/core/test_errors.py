"""core.errors: messages in a shop owner's words, saying where and what to do."""

from __future__ import annotations

from core.errors import Cancelled, ClienteleError, DateOrderNeeded, InputError, OutputError, SettingsError


def test_message_names_file_row_and_column_then_what_to_do():
    error = InputError("the date cannot be read.", "Write it as 2024-03-01.", file="orders.xlsx", row=12,
                       column="Date")
    assert error.where() == 'orders.xlsx, row 12, column "Date"'
    assert str(error) == 'orders.xlsx, row 12, column "Date": the date cannot be read. Write it as 2024-03-01.'


def test_message_without_a_place_is_the_message_alone():
    assert str(SettingsError("window_days must be positive.")) == "window_days must be positive."
    assert ClienteleError("x", file="a.csv").where() == "a.csv"


def test_kinds_of_error():
    assert issubclass(DateOrderNeeded, InputError)
    assert all(issubclass(kind, ClienteleError) for kind in (InputError, SettingsError, OutputError))
    assert not issubclass(Cancelled, ClienteleError)         # stopping is not an error to show


def test_date_order_needed_keeps_its_examples():
    error = DateOrderNeeded("ambiguous dates", examples=['"03/04/2024"'], file="a.csv")
    assert error.examples == ['"03/04/2024"'] and error.file == "a.csv"
    assert DateOrderNeeded("ambiguous").examples == []
