"""Money text -> numbers: separators, currency signs and codes, bracketed and trailing negatives."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from core.importing.amounts import decimal_separator, guess_currency, parse_money


def _parse(values, hint=None):
    numbers, bad, decimal = parse_money(pd.Series(values, dtype=object), hint)
    return [None if math.isnan(v) else round(v, 4) for v in numbers], bad.tolist(), decimal


@pytest.mark.parametrize("text, expected", [
    ("1.234,56", 1234.56), ("€12.50", 12.5), ("(12.50)", -12.5), ("12,50 EUR", 12.5),
    ("-3", -3.0), ("4-", -4.0), ("£1,234.50", 1234.5), ("$ 1 234,50", 1234.5),
    ("1\u00a0234,50 €", 1234.5), ("CHF 1'234.50", 1234.5), ("+7", 7.0), ("-€5.00", -5.0),
    ("($5.00)", -5.0), ("0,99", 0.99),
])
def test_single_values(text, expected):
    numbers, bad, _ = _parse([text])
    assert numbers == [expected] and bad == [False]


def test_column_decides_comma_as_thousands_or_decimal():
    assert _parse(["1,234", "2,000"])[0] == [1234.0, 2000.0]
    assert _parse(["1,234", "2,5"])[0] == [1.234, 2.5]
    assert _parse(["1,234"], hint=",")[0] == [1.234]
    assert decimal_separator(pd.Series(["1.234,5", "7"])) == ","
    assert decimal_separator(pd.Series(["1,234.5", "7"])) == "."


def test_unreadable_and_empty():
    numbers, bad, _ = _parse(["abc", "", None, "1.2.3", "12 apples"])
    assert numbers == [None] * 5
    assert bad == [True, False, False, True, True]


def test_numeric_columns_pass_through():
    numbers, bad, _ = parse_money(pd.Series([1.5, None, -2.0]))
    assert numbers.iloc[0] == 1.5 and math.isnan(numbers.iloc[1]) and not bad.any()


def test_excel_mixed_object_column():
    numbers, bad, _ = _parse([12.0, "€3,50", 7])
    assert numbers == [12.0, 3.5, 7.0] and not any(bad)


def test_currency_guess():
    assert guess_currency(pd.Series(["€12", "€3", "£2"])) == "EUR"
    assert guess_currency(pd.Series(["12.00 GBP", "3.00 GBP"])) == "GBP"
    assert guess_currency(pd.Series(["12", "3"])) is None
    assert guess_currency(pd.Series([1.0, 2.0])) is None


def test_lone_separator_that_cannot_be_thousands_is_decimal():
    assert _parse(["12,50", "3.00", "1,234"])[0] == [12.5, 3.0, 1234.0]
    assert _parse(["1.234,5", "2.000"])[0] == [1234.5, 2000.0]
    assert _parse(["1.234,5", "3,5", "3.5"])[0] == [1234.5, 3.5, 3.5]


def test_minus_signs_other_than_the_hyphen_are_minus_signs():
    values, bad, _ = parse_money(pd.Series(["\u221212.50", "\u20133,50", "\uff0d7", "\u2212\u00a31.20", "12.50", "\u2212"]))
    assert values.tolist()[:5] == [-12.5, -3.5, -7.0, -1.2, 12.5]
    assert bad.tolist() == [False, False, False, False, False, True]
