"""Dates: Excel cells and serials, ISO, day/month order settled from the data or asked for."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from core.errors import DateOrderNeeded, InputError
from core.importing.dates import looks_like_dates, midnight, parse_dates
from core.importing.importer import import_purchases


def _days(result):
    return [None if pd.isna(d) else str(d.date()) for d in result.dates]


def test_iso_with_time_and_offset_and_unreadable():
    result = parse_dates(pd.Series(["2024-03-05 14:23:11 +0100", "2024-3-6", "", "soon", None]))
    assert _days(result) == ["2024-03-05", "2024-03-06", None, None, None]
    assert result.unreadable.tolist() == [False, False, False, True, False]


def test_day_first_proved_by_a_value():
    result = parse_dates(pd.Series(["03/04/2024", "25/04/2024", "1.5.24"]), first_row=10)
    assert _days(result) == ["2024-04-03", "2024-04-25", "2024-05-01"]
    assert result.order == "dayfirst" and '"25/04/2024" (row 11)' in result.how


def test_month_first_proved_by_a_value():
    result = parse_dates(pd.Series(["03/04/2024", "04/25/2024"]))
    assert _days(result) == ["2024-03-04", "2024-04-25"] and result.order == "monthfirst"


def test_ambiguous_raises_with_examples_and_user_choice_settles():
    values = pd.Series(["03/04/2024", "04/03/2024", "03/04/2024"])
    with pytest.raises(DateOrderNeeded) as caught:
        parse_dates(values, column="Date", file="f.csv")
    assert len(caught.value.examples) == 2 and "(row 2)" in caught.value.examples[0]
    assert 'column "Date"' in str(caught.value)
    assert _days(parse_dates(values, "monthfirst"))[0] == "2024-03-04"
    assert _days(parse_dates(values, None, order_hint="dayfirst"))[0] == "2024-04-03"


def test_equal_day_and_month_need_no_choice():
    assert _days(parse_dates(pd.Series(["03/03/2024", "2024-01-09"]))) == ["2024-03-03", "2024-01-09"]


def test_both_orders_in_one_column_is_an_error_naming_rows():
    with pytest.raises(InputError, match=r"row 2.*row 3"):
        parse_dates(pd.Series(["25/04/2024", "04/25/2024"]))


def test_month_names_in_several_languages():
    values = ["1 Dec 2010", "Dec 2, 2010", "01-Dez-2010", "3. März 2011", "Tuesday, March 5, 2024",
              "5 janvier 2024", "7 mayo 2024", "8 ottobre 2023", "9 mei 2022"]
    assert _days(parse_dates(pd.Series(values))) == [
        "2010-12-01", "2010-12-02", "2010-12-01", "2011-03-03", "2024-03-05",
        "2024-01-05", "2024-05-07", "2023-10-08", "2022-05-09"]


def test_spanish_long_dates_with_de():
    """ "5 de marzo de 2024", the usual way Spanish writes a date, was unreadable (found by a trial)."""
    values = ["5 de marzo de 2024", "12 de diciembre de 2023", "1 de enero del 2024", "lunes, 4 de marzo de 2024",
              "Dear customer 2024"]
    result = parse_dates(pd.Series(values))
    assert _days(result) == ["2024-03-05", "2023-12-12", "2024-01-01", "2024-03-04", None]
    assert result.unreadable.tolist() == [False, False, False, False, True]


def test_serials_and_yyyymmdd():
    assert _days(parse_dates(pd.Series(["45000", "20240305"]))) == ["2023-03-15", "2024-03-05"]
    result = parse_dates(pd.Series([45000.0, 1.0, None]))
    assert _days(result) == ["2023-03-15", None, None]
    assert result.unreadable.tolist() == [False, True, False]


def test_excel_object_column_mixing_cells():
    values = pd.Series([dt.datetime(2024, 1, 2, 5), 45001, "x", "2024-01-05", None], dtype=object)
    assert _days(parse_dates(values)) == ["2024-01-02", "2023-03-16", None, "2024-01-05", None]


def test_datetime_cells_are_normalised_and_timezone_dropped():
    values = pd.Series(pd.to_datetime(["2024-01-02 23:30", "2024-01-03 01:00"])).dt.tz_localize("UTC")
    assert _days(parse_dates(values)) == ["2024-01-02", "2024-01-03"]


def test_invalid_calendar_dates_are_unreadable():
    result = parse_dates(pd.Series(["31/02/2024", "15/01/2024"]))
    assert _days(result) == [None, "2024-01-15"] and result.unreadable.tolist() == [True, False]


def test_content_detection_does_not_take_ids_for_dates():
    assert looks_like_dates(pd.Series(["12346", "12347"])) == 0.0
    assert looks_like_dates(pd.Series(["03/04/2024", "2024-01-01"])) == 1.0


def test_dotted_dates_are_day_first_without_asking():
    result = parse_dates(pd.Series(["05.03.2024", "04.03.2024 10:15"]))
    assert _days(result) == ["2024-03-05", "2024-03-04"] and "dots" in result.how


def test_midnight_is_what_pandas_normalize_gives():
    values = pd.Series(pd.to_datetime(["2024-03-05 17:45:12.5", None, "1969-12-31 23:00:00", "1900-02-28 00:00:00",
                                       "2262-04-10 23:59:59", "2024-03-05 00:00:00"], format="ISO8601"),
                       name="Date", index=[5, 3, 9, 1, 0, 2]).astype("datetime64[ns]")
    got = midnight(values)
    pd.testing.assert_series_equal(got, values.dt.normalize())
    assert got.iloc[2] == pd.Timestamp("1969-12-31") and got.isna().tolist() == [False, True] + [False] * 4
    aware = values.dt.tz_localize("Europe/Berlin")
    pd.testing.assert_series_equal(midnight(aware), aware.dt.normalize())
    seconds = values.astype("datetime64[s]")
    pd.testing.assert_series_equal(midnight(seconds), seconds.dt.normalize().astype("datetime64[ns]"))


def test_a_weekday_before_the_date_is_read_past():
    parsed = parse_dates(pd.Series(["Mon 5 Feb 2024", "Tue, 6 Feb 2024", "Di., 6. Feb. 2024", "Wed, Feb 7, 2024",
                                    "Fri 9 Feb"]))
    assert [d.date() if not pd.isna(d) else None for d in parsed.dates] == [
        dt.date(2024, 2, 5), dt.date(2024, 2, 6), dt.date(2024, 2, 6), dt.date(2024, 2, 7), None]


def test_dates_outside_1900_to_2199_are_unreadable_not_wrapped_round():
    """Found by a hostile trial: 9999-12-31 was read as 1816-03-29 and 1500-01-01 as 2084-07-20 (a
    date past pandas' last day, converted to nanoseconds, wraps round), which then became the
    reference date."""
    texts = ["9999-12-31", "31.12.9999", "1500-01-01", "2262-06-01", "1899-12-31", "2200-01-01",
             "1900-01-01", "2199-12-31", "1 Jan 1024"]
    result = parse_dates(pd.Series(texts))
    assert _days(result) == [None] * 6 + ["1900-01-01", "2199-12-31", None]
    assert result.unreadable.tolist() == [True] * 6 + [False, False, True]
    # date cells (a workbook's, any precision) and date objects in a mixed column alike
    cells = pd.Series(pd.array(["9999-12-31", "2024-05-01", "1677-10-01"], dtype="datetime64[s]"))
    assert _days(parse_dates(cells)) == [None, "2024-05-01", None]
    mixed = pd.Series([dt.datetime(9999, 12, 31), dt.date(1500, 1, 1), dt.datetime(2024, 5, 1, 10), "2024-05-02"],
                      dtype=object)
    got = parse_dates(mixed)
    assert _days(got) == [None, None, "2024-05-01", "2024-05-02"]
    assert got.unreadable.tolist() == [True, True, False, False]


def test_french_and_dutch_abbreviations_and_the_first_of_the_month(tmp_path):
    """d01_date_words.csv: "3 déc. 2023" was unreadable while "3 févr. 2024" was read, and so were Dutch
    "03-mrt-2024" and French "1er mars 2024": those rows were set aside."""
    path = tmp_path / "dates.csv"
    path.write_text("Kunde;Datum;Betrag\nD01;3 déc. 2023;10,00\nD02;3 févr. 2024;10,00\nD03;03-mrt-2024;10,00\n"
                    "D04;1er mars 2024;10,00\nD05;3 mrt 2024;10,00\nD06;1º de marzo de 2024;10,00\n"
                    "D07;5 sett. 2023;10,00\nD08;25/12/23;10,00\n", encoding="utf-8")
    result = import_purchases(path)
    assert result.report.set_aside == []
    days = dict(zip(result.transactions["customer_id"], result.transactions["date"].dt.strftime("%Y-%m-%d"),
                    strict=True))
    assert days == {"D01": "2023-12-03", "D02": "2024-02-03", "D03": "2024-03-03", "D04": "2024-03-01",
                    "D05": "2024-03-03", "D06": "2024-03-01", "D07": "2023-09-05", "D08": "2023-12-25"}


# -- Excel's swapped date cells (definitions §1: a day/month file opened in Excel set to the other order)

#: A UK shop's dates as the file had them (day-first), then as Excel left them: each date that reads
#: both ways became a date cell month-first (03/01/2024 -> 1 March), each other one stayed text.
_TRUE_DAYS = [dt.date(2024, 1, d) for d in (3, 5, 7, 9, 11)] + [dt.date(2024, 2, d) for d in (2, 4, 6)] \
    + [dt.date(2024, 1, d) for d in (13, 15, 17, 19, 21)] + [dt.date(2024, 3, d) for d in (14, 28)]


def _excel_left(true_days, cells_as_text: bool = False, order: str = "dayfirst") -> pd.Series:
    out: list[object] = []
    for day in true_days:
        if day.day <= 12:
            cell = dt.datetime(day.year, day.day, day.month)
            out.append(f"{cell:%Y-%m-%d %H:%M:%S}" if cells_as_text else cell)
        else:
            out.append(f"{day:%d/%m/%Y}" if order == "dayfirst" else f"{day:%m/%d/%Y}")
    return pd.Series(out, dtype=object if not cells_as_text else "str")


@pytest.mark.parametrize("cells_as_text", [False, True], ids=["date cells", "date cells read as text"])
def test_date_cells_excel_swapped_are_read_back_in_the_columns_order(cells_as_text):
    result = parse_dates(_excel_left(_TRUE_DAYS, cells_as_text), first_row=2, column="Date")
    assert _days(result) == [str(day) for day in _TRUE_DAYS]
    assert result.order == "dayfirst"
    (note,) = result.notes
    said = str(note)
    assert said.startswith('8 dates in column "Date" had their day and month swapped by Excel (for example row 2: '
                           "the cell holds 1 March 2024; read as 3 January 2024).")
    assert "opened in Excel set to month-first dates" in said and "read day-first like the others" in said


def test_a_us_file_opened_in_a_day_first_excel_is_read_back_month_first():
    result = parse_dates(_excel_left(_TRUE_DAYS, order="monthfirst"), first_row=2, column="Date")
    assert _days(result) == [str(day) for day in _TRUE_DAYS]
    assert result.order == "monthfirst"
    assert "read month-first like the others" in str(result.notes[0])


def test_the_excel_swap_is_not_assumed_without_its_mark():
    swapped = _excel_left(_TRUE_DAYS)
    as_stored = [str(d.date()) if isinstance(d, dt.datetime) else None for d in swapped]

    def stored_days(values):
        return [day for day, cell in zip(_days(parse_dates(values)), values, strict=True)
                if isinstance(cell, dt.datetime)]

    # a text date that reads both ways: Excel would have turned it into a date cell, so this is no Excel swap
    ambiguous = pd.concat([swapped, pd.Series(["05/03/2024"], dtype=object)], ignore_index=True)
    assert stored_days(ambiguous) == [d for d in as_stored if d]
    assert not parse_dates(ambiguous).notes
    # a date cell with a day above 12 cannot have been swapped
    genuine = pd.concat([swapped, pd.Series([dt.datetime(2024, 4, 20)], dtype=object)], ignore_index=True)
    assert stored_days(genuine)[:8] == [d for d in as_stored if d] and not parse_dates(genuine).notes
    # too few days on one side to tell a swap from chance (four date cells)
    few = _excel_left(_TRUE_DAYS[4:])
    assert not parse_dates(few).notes
    assert stored_days(few) == [d for d in as_stored[4:] if d]


def test_excel_swapped_workbook_is_imported_with_true_dates_and_a_warning(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Invoice", "Date", "Customer", "Amount"])
    for i, cell in enumerate(_excel_left(_TRUE_DAYS)):
        sheet.append([f"INV{i}", cell, f"C{i % 4}", 10.0 + i])
    path = tmp_path / "till.xlsx"
    book.save(path)
    imported = import_purchases(path)
    days = imported.transactions.sort_values("source_row")["date"].dt.date.tolist()
    assert days == _TRUE_DAYS
    assert any("8 dates in column \"Date\" had their day and month swapped by Excel" in str(w)
               for w in imported.report.warnings)


def test_a_day_its_month_never_has_settles_no_order(tmp_path):
    """Found by a hostile trial: "31/02/2024", which exists in neither order, was cited as proof that
    the file writes day-first, and "03/04/2024" was read as 3 April on that word alone."""
    path = tmp_path / "orders.csv"
    path.write_text("Customer,Date,Amount\nC1,31/02/2024,10\nC2,03/04/2024,5\nC3,05/06/2024,4\n", encoding="utf-8")
    with pytest.raises(DateOrderNeeded):
        import_purchases(path)
    path.write_text("Customer,Date,Amount\nC1,30/04/2024,10\nC2,03/04/2024,5\n", encoding="utf-8")
    assert import_purchases(path).report.date_order == "dayfirst"
