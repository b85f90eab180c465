"""Money, percent and date text per currency and locale."""

from __future__ import annotations

import datetime as dt

import pytest

from core.output.money import (
    excel_date_format,
    excel_money_format,
    format_amount,
    format_compact,
    format_date,
    format_day_month,
    format_money,
    format_number,
    format_percent,
    language_locale,
    locale_format,
    own_locale,
)

NB = "\u00a0"


@pytest.mark.parametrize("currency, locale, expected", [
    ("GBP", "en_GB", "£1,234.50"),
    ("USD", "en_US", "$1,234.50"),
    ("EUR", "en_IE", "€1,234.50"),
    ("EUR", "de_DE", f"1.234,50{NB}€"),
    ("EUR", "fr_FR", f"1\u202f234,50{NB}€"),
    ("EUR", "nl_NL", f"€{NB}1.234,50"),
    ("CHF", "de_CH", f"CHF{NB}1’234.50"),
    ("JPY", "en_GB", "¥1,235"),
])
def test_format_money(currency, locale, expected):
    assert format_money(1234.5, currency, locale) == expected


def test_money_details():
    assert format_money(5, "GBP", "en_GB", drop_zero_cents=True) == "£5"
    assert format_money(5.5, "GBP", "en_GB", drop_zero_cents=True) == "£5.50"
    assert format_money(-3.5) == "-£3.50"
    assert format_money(-0.001) == "£0.00"
    assert format_money(None) == "" and format_money(float("nan")) == ""
    assert format_money(10, "XYZ", "en_GB") == f"XYZ{NB}10.00"


def test_numbers_percent_and_locale_lookup():
    assert format_number(1234567.891, 2, "de_DE") == "1.234.567,89"
    assert format_percent(10, "en_GB") == "10%"
    assert format_percent(12.5, "fr_FR") == f"12,5{NB}%"
    assert locale_format("de-DE") is locale_format("de_DE")
    assert locale_format("it") is locale_format("it_IT")
    assert locale_format("xx_YY") is locale_format("en_GB")


def test_display_figures():
    """The window's figures, "why" texts and charts use the same rules as exported money."""
    assert format_number(31.6, trim=True) == "31.6" and format_number(179.0, trim=True) == "179"
    assert format_number(1234.567, trim=True) == "1,234.57" and format_number(2.675) == "2.68"
    assert format_number(float("nan")) == "" and format_number(float("inf")) == "" and format_number(None) == ""
    assert format_amount(1240, drop_zero_cents=True) == "1,240" and format_amount(-12.5) == "-12.50"
    assert format_money(1234567.4, "GBP", "en_GB", decimals=0) == "£1,234,567"
    assert format_money(-12.5, "EUR", "en_IE", drop_zero_cents=True) == "-€12.50"
    assert format_percent(63.4, "en_GB", decimals=0) == "63%"
    assert [format_compact(v) for v in (950, 1500, 12_345, 1_234_567, -2500)] == ["950", "1.5k", "12k", "1.2M", "-2.5k"]
    assert format_compact(12_345, "GBP") == "£12k" and format_compact(12_345, "EUR", "de_DE") == f"12k{NB}€"


def test_dates():
    day = dt.date(2026, 3, 7)
    assert format_date(day, "en_GB") == "7 March 2026"
    assert format_date(day, "en_US") == "March 7, 2026"
    assert format_date(day, "de_DE") == "7. März 2026"
    assert format_date(day, "fr_FR") == "7 mars 2026"
    assert format_date(day, "en_US", long=False) == "03/07/2026"
    assert format_date(day, "de_DE", long=False) == "07.03.2026"
    assert format_date(None) == ""
    first = dt.date(2026, 12, 1)          # the first of a month, as French and Italian write it
    assert format_date(first, "fr_FR") == "1er décembre 2026" and format_date(first, "it_IT") == "1º dicembre 2026"
    assert format_date(first, "en_GB") == "1 December 2026" and format_date(first, "de_DE") == "1. Dezember 2026"
    assert format_day_month(12, 1, "fr_FR") == "1er décembre" and format_day_month(12, 2, "fr_FR") == "2 décembre"


def test_excel_formats():
    assert excel_money_format("GBP", "en_GB") == '"£"#,##0.00;-"£"#,##0.00'
    assert excel_money_format("EUR", "de_DE") == '#,##0.00 "€";-#,##0.00 "€"'
    assert excel_money_format("JPY", "en_GB").startswith('"¥"#,##0;')
    assert excel_date_format("en_US") == "mm/dd/yyyy"
    assert excel_date_format("en_GB") == "dd/mm/yyyy"


def test_a_languages_own_locale_and_the_locale_it_writes_in():
    assert own_locale("de", "de_AT") == "de_AT" and own_locale("de", "en_GB") == "de_DE"
    assert own_locale("en", "de_DE") == "en_GB" and own_locale("en", "en-US") == "en-US"
    assert own_locale("fr", None) == "fr_FR"
    # an English text may use any locale the shop has; another language only one of its own
    assert language_locale("en", "de_DE") == "de_DE" and language_locale("de", "en_GB") == "de_DE"
    assert language_locale("nl", "nl_BE") == "nl_BE" and language_locale("it", None) == "it_IT"


def test_numbers_of_any_size_are_written_out():
    # (Decimal's 28 digits once made 1e26 and above raise: an amount typed as 1e300 crashed the offer's preview)
    assert format_number(1e26, 2) == "100,000,000,000,000,000,000,000,000.00"
    assert format_money(1e26, "EUR", "de_DE").startswith("100.000.000.000.000.000.000.000.000,00")
    assert format_number(1e300, 0) == "1" + ",000" * 100
    assert format_number(-1.7976931348623157e308, 0).startswith("-179,769,313,486,231,57")
    assert format_number(2.675, 2) == "2.68" and format_number(-0.004, 2) == "0.00"


def test_a_percentage_never_reads_as_0_or_100_when_it_is_not():
    # (a trial: a 99.9999 % discount said "100.0% off", 0.001 % "0.0% off")
    assert format_percent(99.9999, "en_GB") == "99.9999%" and format_percent(0.001, "en_GB") == "0.001%"
    assert format_percent(99.9, "de_DE") == "99,9\u00a0%" and format_percent(100, "en_GB") == "100%"
    assert format_percent(12.5, "en_GB") == "12.5%" and format_percent(0, "en_GB") == "0%"
