"""The owner's free text as filter conditions (definitions §12): "at least 100", ">= 2024-06-01",
"10-20", "Berlin", "= Berlin", "not empty", yes / no, read for a column of numbers, dates, text or
yes/no (:func:`parse_condition`), and the filter panel's choices as conditions (:func:`conditions_of`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pandas as pd

from core.errors import SettingsError
from core.importing.consent import yes_or_no
from core.segmentation.filters import Check, Condition, read_date
from core.segmentation.owner_input import number_text, read_number
from core.words import Phrase

_OPERATORS = [(">=", Check.AT_LEAST), ("≥", Check.AT_LEAST), ("=>", Check.AT_LEAST), ("<=", Check.AT_MOST),
              ("≤", Check.AT_MOST), ("=<", Check.AT_MOST), ("!=", Check.IS_NOT), ("≠", Check.IS_NOT),
              ("<>", Check.IS_NOT), (">", Check.ABOVE), ("<", Check.BELOW), ("=", Check.IS)]
_PHRASES = [("at least ", Check.AT_LEAST), ("from ", Check.AT_LEAST), ("since ", Check.AT_LEAST),
            ("after ", Check.ABOVE), ("more than ", Check.ABOVE), ("over ", Check.ABOVE),
            ("at most ", Check.AT_MOST), ("up to ", Check.AT_MOST), ("until ", Check.AT_MOST),
            ("before ", Check.BELOW), ("less than ", Check.BELOW), ("under ", Check.BELOW),
            ("is not ", Check.IS_NOT), ("not ", Check.LACKS), ("is ", Check.IS), ("contains ", Check.CONTAINS)]
_RANGE_WORDS = re.compile(r"(.+?)\s*(?:\.\.|–|—|\bto\b)\s*(.+)")
_NUMBER_RANGE = re.compile(r"(-?[\d.,\s]*\d)\s*-\s*(-?[\d.,\s]*\d)")


def _range(text: str, kind: str) -> tuple[str, str] | None:
    """The two ends of "10-20", "10 to 20", "2024-01-01 to 2024-06-30" (a hyphen only between numbers)."""
    found = _RANGE_WORDS.fullmatch(text) or (_NUMBER_RANGE.fullmatch(text) if kind == "number" else None)
    return (found.group(1), found.group(2)) if found else None


def column_kind(series: pd.Series) -> str:
    """"yes/no", "number", "date" or "text": how :func:`parse_condition` reads a value for it."""
    if pd.api.types.is_bool_dtype(series.dtype):
        return "yes/no"
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        return "date"
    if pd.api.types.is_numeric_dtype(series.dtype):
        return "number"
    return "text"


def parse_condition(column: str, text: str, kind: str, decimal: str | None = None) -> tuple[Condition, ...]:
    """The conditions the owner's ``text`` asks of ``column`` (of ``column_kind`` ``kind``):
    "empty", "not empty", yes / no; for numbers and dates ">= 100", "at least 100", "10-20",
    "2024-01-01 to 2024-06-30", "before 2024-06-30", a bare value for "is"; for text "Berlin"
    (contains), "= Berlin" / "is Berlin", "not Berlin", "!= Berlin". Empty text: no condition.
    SettingsError, in words, for a value the column cannot hold. ``decimal``: the decimal separator
    of the language the owner types in (owner_input.read_number: "1.234,5" in a German window)."""
    raw = text.strip()
    low = raw.casefold()
    if not raw:
        return ()
    if low in ("empty", "is empty", "(empty)", "blank", "none"):
        return (Condition(column, Check.EMPTY),)
    if low in ("not empty", "filled", "any", "is filled", "(filled)"):
        return (Condition(column, Check.FILLED),)
    if kind == "yes/no" or low in ("yes", "no", "true", "false"):
        said = yes_or_no(low)
        if said is True:
            return (Condition(column, Check.YES),)
        if said is False:
            return (Condition(column, Check.NO),)
        if kind == "yes/no":
            raise SettingsError(Phrase('"{raw}" is not yes or no.', raw=raw), "Type yes or no.")
    test, rest = Check.IS if kind != "text" else Check.CONTAINS, raw
    for token, meaning in _OPERATORS:
        if raw.startswith(token):
            test, rest = meaning, raw[len(token):].strip()
            break
    else:
        for phrase, meaning in _PHRASES:
            if low.startswith(phrase):
                test, rest = meaning, raw[len(phrase):].strip()
                break
    if kind == "text":
        if test in (Check.AT_LEAST, Check.AT_MOST, Check.ABOVE, Check.BELOW) and read_number(rest, decimal) is None:
            raise SettingsError(Phrase('"{raw}" compares with a number, and this column holds text.', raw=raw),
                                "Type the text to look for, for example Berlin, or = Berlin for exactly that.")
        value: str | float = read_number(rest, decimal) if test in (Check.AT_LEAST, Check.AT_MOST, Check.ABOVE, Check.BELOW) \
            else rest  # type: ignore[assignment]  # a number was checked just above
        return (Condition(column, test, value),) if rest else ()
    ranged = _range(rest, kind) if test == Check.IS else None
    if ranged:
        low_text, high_text = ranged
        return (_valued(column, Check.AT_LEAST, low_text, kind, decimal),
                _valued(column, Check.AT_MOST, high_text, kind, decimal))
    return (_valued(column, test, rest, kind, decimal),)


def _valued(column: str, test: Check, text: str, kind: str, decimal: str | None = None) -> Condition:
    if kind == "date":
        day = read_date(text)
        if day is None:
            raise SettingsError(Phrase('"{text}" is not a date.', text=text),
                                "Type dates as YYYY-MM-DD, for example >= 2024-06-30.")
        return Condition(column, test, day.isoformat())
    number = read_number(text, decimal)
    if number is None:
        raise SettingsError(Phrase('"{text}" is not a number.', text=text),
                            "Type a number, for example >= 100 or 10-20.")
    return Condition(column, test, number)


def conditions_of(choices: Mapping[str, str], ranges: Mapping[str, tuple[float | None, float | None]],
                  flags: Sequence[str] = ()) -> tuple[Condition, ...]:
    """The conditions of the filter panel's pick-one choices (column -> value, "" for any), its
    from–to ranges and its yes/no boxes (columns that must be true)."""
    found = [Condition(column, Check.IS, value) for column, value in choices.items() if value]
    for column, (low, high) in ranges.items():
        if low is not None:
            found.append(Condition(column, Check.AT_LEAST, float(low)))
        if high is not None:
            found.append(Condition(column, Check.AT_MOST, float(high)))
    found += [Condition(column, Check.YES) for column in flags]
    return tuple(found)


_SYMBOLS = {Check.IS_NOT: "!=", Check.AT_LEAST: ">=", Check.AT_MOST: "<=", Check.ABOVE: ">", Check.BELOW: "<"}


def _value_text(value: str | float | None, decimal: str | None = None) -> str:
    if isinstance(value, float):
        return number_text(value, decimal)
    return "" if value is None else str(value)


def condition_text(conditions: Sequence[Condition], kind: str, decimal: str | None = None) -> str:
    """The owner's text for the conditions on one column, as :func:`parse_condition` reads it back
    with the same ``decimal`` separator (for showing a saved filter in the filter panel): ">= 100",
    "10 to 20", "= Berlin", "empty", ">= 2,345" in a German window."""
    if len(conditions) == 2 and [c.test for c in conditions] == [Check.AT_LEAST, Check.AT_MOST]:
        return f"{_value_text(conditions[0].value, decimal)} to {_value_text(conditions[1].value, decimal)}"
    if len(conditions) != 1:
        raise ValueError("one condition, or a from-to pair")
    condition = conditions[0]
    test, value = condition.test, _value_text(condition.value, decimal)
    words = {Check.EMPTY: "empty", Check.FILLED: "not empty", Check.YES: "yes", Check.NO: "no"}
    if test in words:
        return words[test]
    if test == Check.IS:
        return f"= {value}" if kind == "text" else value
    if test == Check.CONTAINS:
        return value
    if test == Check.LACKS:
        return f"not {value}"
    return f"{_SYMBOLS[test]} {value}"
