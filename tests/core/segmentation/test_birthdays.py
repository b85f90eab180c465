"""Birthdays with or without a year, in either day/month order, and the next birthday or anniversary
on or after the reference date (definitions §12), 29 February and leap years included."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.importing.dates import DAYFIRST, MONTHFIRST
from core.segmentation.birthdays import next_anniversary, next_occurrence, read_birthdays, whole_years


def _read(values, order=None):
    found = read_birthdays(pd.Series(values, dtype="str"), order)
    return list(zip(found.month.tolist(), found.day.tolist(), strict=True)), found


def _day(text: str) -> np.datetime64:
    return np.datetime64(text, "D")


@pytest.mark.parametrize("text", ["1985-12-25", "1985-12-25 00:00:00", "--12-25", "--1225", "25.12.", "25.12",
                                  "25.12.1985", "12/25", "25/12", "12/25/1985", "25/12/85", "25 Dec", "25th December",
                                  "December 25", "Dec 25, 1985", "25. Dezember", "31041", "19851225"])
def test_one_birthday_in_every_way_it_is_written(text):
    (found,), birthdays = _read([text])
    assert found == (12, 25), text
    assert birthdays.unreadable == 0 and birthdays.undecided == 0


def test_year_less_birthdays():
    found, birthdays = _read(["--12-25", "25.12.", "12/25", "--02-29", "29.02."])
    assert found == [(12, 25), (12, 25), (12, 25), (2, 29), (2, 29)]
    assert birthdays.unreadable == 0


def test_the_column_settles_the_order_like_the_importer():
    # 25/12 can only be day/month: the ambiguous 03/04 is read the same way (3 April)
    assert _read(["03/04", "25/12"])[0] == [(4, 3), (12, 25)]
    # 12/25 can only be month/day: 03/04 is 4 March
    assert _read(["03/04", "12/25"])[0] == [(3, 4), (12, 25)]
    # a proof in the data overrules the owner's choice, as for purchase dates
    assert _read(["03/04", "12/25"], DAYFIRST)[0] == [(3, 4), (12, 25)]


def test_a_column_in_both_orders_reads_each_unambiguous_value_and_asks_for_the_rest():
    found, birthdays = _read(["25/12", "12/25", "03/04", "07/07"])
    assert found == [(12, 25), (12, 25), (0, 0), (7, 7)]       # equal day and month: no question
    assert birthdays.undecided == 1 and birthdays.undecided_example == "03/04"
    found, birthdays = _read(["25/12", "12/25", "03/04"], MONTHFIRST)
    assert found == [(12, 25), (12, 25), (3, 4)] and birthdays.undecided == 0


def test_nothing_settles_plain_ambiguous_values_but_dots_are_day_first():
    found, birthdays = _read(["03/04", "05/06"])
    assert found == [(0, 0), (0, 0)] and birthdays.undecided == 2
    assert _read(["03.04.", "05.06.1990"])[0] == [(4, 3), (6, 5)]
    assert _read(["03/04", "05/06"], DAYFIRST)[0] == [(4, 3), (6, 5)]


def test_unreadable_birthdays_are_counted_and_never_guessed():
    found, birthdays = _read(["soon", "31/02", "29.02.1985", "2024-13-01", None, "", "1988-02-29"])
    assert found == [(0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (2, 29)]
    assert birthdays.unreadable == 4 and birthdays.unreadable_example == "soon"


def test_date_cells_are_read_as_dates():
    found = read_birthdays(pd.Series(pd.to_datetime(["1990-07-04", None])))
    assert found.month.tolist() == [7, 0] and found.day.tolist() == [4, 0]


def test_29_february_counts_as_28_february_in_other_years():
    month, day = np.array([2, 2, 12]), np.array([29, 29, 25])
    assert next_occurrence(month, day, _day("2023-02-20")).tolist()[:2] == [_day("2023-02-28").item()] * 2
    assert next_occurrence(month, day, _day("2024-02-20"))[0] == _day("2024-02-29")
    # on 1 March 2023 the next one is 29 February 2024, a leap year
    assert next_occurrence(month, day, _day("2023-03-01"))[0] == _day("2024-02-29")
    # 28 February 2023 itself is the birthday of someone born on 29 February (0 days ahead)
    assert next_occurrence(month, day, _day("2023-02-28"))[0] == _day("2023-02-28")
    assert next_occurrence(month, day, _day("2023-12-26"))[2] == _day("2024-12-25")


def test_no_birthday_no_date():
    assert np.isnat(next_occurrence(np.array([0]), np.array([0]), _day("2024-01-01"))[0])


def test_anniversaries_count_one_year_or_more_across_leap_years():
    first = np.array(["2012-02-29", "2012-02-29", "2011-03-01", "2023-12-25", "2022-12-30", "NaT"],
                     dtype="datetime64[D]")
    when, years = next_anniversary(first, _day("2013-02-20"))
    assert when[0] == _day("2013-02-28") and years[0] == 1
    when, years = next_anniversary(first, _day("2016-02-20"))
    assert when[1] == _day("2016-02-29") and years[1] == 4
    # across 29 February 2012: 1 March 2012 is 5 days after 25 February, one year on
    when, years = next_anniversary(first, _day("2012-02-25"))
    assert when[2] == _day("2012-03-01") and years[2] == 1
    # a first purchase on the reference date has its first anniversary a year later, not today
    when, years = next_anniversary(first, _day("2023-12-25"))
    assert when[3] == _day("2024-12-25") and years[3] == 1
    assert when[4] == _day("2023-12-30") and years[4] == 1
    assert np.isnat(when[5]) and years[5] == 0


def test_whole_years_with_the_shop():
    first = np.array(["2012-02-29", "2020-06-15", "2020-06-15", "NaT"], dtype="datetime64[D]")
    assert whole_years(first, _day("2013-02-28")).tolist()[0] == 1       # 28 February closes the year
    assert whole_years(first, _day("2013-02-27")).tolist()[0] == 0
    assert whole_years(first, _day("2023-06-14")).tolist()[1:] == [2, 2, 0]
    assert whole_years(first, _day("2023-06-15")).tolist()[1] == 3


def test_a_time_of_day_cell_or_a_year_before_1900_is_no_birthday():
    """Found by a hostile trial: a time cell (12:00) in the birthday column read as 31 December
    (a workbook's time is a day of 1899). 1900 stays: shops write it when they do not know the year."""
    found, birthdays = _read(["1899-12-31 12:00:00", "1874-10-03", "1900-05-17", "1985-12-25"])
    assert found == [(0, 0), (0, 0), (5, 17), (12, 25)] and birthdays.unreadable == 2
