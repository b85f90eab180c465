"""Birthdays and anniversaries (definitions §12): reading a birthday with or without its year, and
the next time a day and month comes round on or after the reference date.

A birthday is read as a day and a month; the year is optional and only checks the date
(``1985-12-25``, ``25.12.1985``, ``12/25/1985``, ``25.12.``, ``--12-25``, ``12/25``, ``25 Dec``,
``December 25``, a date cell, an Excel date number). Numeric dates such as ``03/04`` are settled
like the importer settles purchase dates (core/importing/dates.py): a value with a part above 12
proves its own order; when the column proves one order only, its ambiguous values follow it; dots
(``03.04.``) are day-first; otherwise the owner's choice (OccasionSettings.birthday_order), else the
value stays unread and a notice counts it. 29 February counts as 28 February in other years.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.importing.dates import DAYFIRST, MONTH_OF, MONTHFIRST, SERIAL_MAX, SERIAL_MIN
from core.schema import FIRST_YEAR

_DAYS_IN_MONTH = np.array([0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
_EXCEL_EPOCH = np.datetime64("1899-12-30", "D")
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?")
_NO_YEAR = re.compile(r"--(\d{1,2})-?(\d{2})")
_NUMERIC = re.compile(r"(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{4}|\d{2})(?:[ T].*)?|\.)?")
_DAY_NAME = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\.?[ \-]*([^\W\d_]+)\.?(?:[ ,\-]+(\d{4}|\d{2}))?")
_NAME_DAY = re.compile(r"([^\W\d_]+)\.?[ \-]+(\d{1,2})(?:st|nd|rd|th)?(?:,?[ \-]+(\d{4}|\d{2}))?")


@dataclass(frozen=True)
class Birthdays:
    """Per customer the birthday's ``month`` and ``day`` (0 where there is none or it cannot be
    read). ``unreadable``: customers whose non-empty value is no date (with one example);
    ``undecided``: numeric values such as ``03/04`` whose order nothing settles (with one example);
    ``order``: how the ambiguous values were read (DAYFIRST, MONTHFIRST or None)."""

    month: np.ndarray
    day: np.ndarray
    unreadable: int = 0
    unreadable_example: str = ""
    undecided: int = 0
    undecided_example: str = ""
    order: str | None = None

    @property
    def known(self) -> np.ndarray:
        return self.month > 0


def _leap(year: np.ndarray) -> np.ndarray:
    return (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))


def _valid(month: int, day: int, year: int | None) -> bool:
    if not 1 <= month <= 12 or not 1 <= day <= _DAYS_IN_MONTH[month]:
        return False
    return not (month == 2 and day == 29 and year is not None and not bool(_leap(np.array(year))))


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year if year >= 100 else (2000 + year if year < 70 else 1900 + year)


def _month_name(text: str) -> int:
    low = text.lower().strip(".")
    for candidate in (low, low[:4], low[:3]):
        if candidate in MONTH_OF:
            return MONTH_OF[candidate]
    return 0


@dataclass(frozen=True)
class _Read:
    """One distinct value: a settled (month, day), or the two numbers of an ambiguous one."""

    month: int = 0
    day: int = 0
    first: int = 0          # an ambiguous numeric value's parts, in writing order
    second: int = 0
    year: int | None = None
    dots: bool = False
    unreadable: bool = False


def _read_one(text: str) -> _Read:
    """Read one birthday text (see the module docstring); numeric day/month pairs are left for
    the column to settle unless a part above 12 settles them."""
    value = text.strip()
    if re.fullmatch(r"\d+(?:\.0+)?", value):              # an Excel date number, or 19851225
        number = int(float(value))
        if SERIAL_MIN <= number <= SERIAL_MAX:
            when = _EXCEL_EPOCH + np.timedelta64(number, "D")
            _y, m, d = (int(p) for p in str(when).split("-"))
            return _Read(m, d)
        if 19000101 <= number <= 21001231 and _valid(number // 100 % 100, number % 100, number // 10000):
            return _Read(number // 100 % 100, number % 100)
        return _Read(unreadable=True)
    for pattern, kind in ((_ISO, "ymd"), (_NO_YEAR, "md")):
        match = pattern.fullmatch(value)
        if match:
            parts = match.groups()
            year = int(parts[0]) if kind == "ymd" else None
            month, day = (int(parts[1]), int(parts[2])) if kind == "ymd" else (int(parts[0]), int(parts[1]))
            # (before 1900: no living customer's, and a time-of-day cell reads as 1899-12-31)
            ok = _valid(month, day, year) and (year is None or year >= FIRST_YEAR)
            return _Read(month, day) if ok else _Read(unreadable=True)
    match = _NUMERIC.fullmatch(value)
    if match:
        first, sep, second, year_text = match.groups()
        return _Read(first=int(first), second=int(second), year=_year(year_text), dots=sep == ".")
    for pattern, day_first in ((_DAY_NAME, True), (_NAME_DAY, False)):
        match = pattern.fullmatch(value)
        if match:
            a, b, year_text = match.groups()
            day, month = (int(a), _month_name(b)) if day_first else (int(b), _month_name(a))
            if month and _valid(month, day, _year(year_text)):
                return _Read(month, day)
            return _Read(unreadable=True)
    return _Read(unreadable=True)


def _settle(read: _Read, order: str | None) -> tuple[int, int]:
    """(month, day) of a numeric value: its own proof (a part above 12), else ``order``; (0, 0)
    when neither settles it or the date does not exist."""
    first, second = read.first, read.second
    if first > 12 >= second:
        month, day = second, first
    elif second > 12 >= first:
        month, day = first, second
    elif first == second:
        month, day = first, second
    elif order == DAYFIRST or (order is None and read.dots):
        month, day = second, first
    elif order == MONTHFIRST:
        month, day = first, second
    else:
        return 0, 0
    return (month, day) if _valid(month, day, read.year) else (0, 0)


def read_birthdays(values: pd.Series, order: str | None = None) -> Birthdays:
    """The birthdays of a customer-table column (text, dates or numbers); ``order``: the owner's
    day/month order for values that nothing else settles (DAYFIRST, MONTHFIRST or None)."""
    n = len(values)
    month = np.zeros(n, dtype=np.int64)
    day = np.zeros(n, dtype=np.int64)
    if n == 0:
        return Birthdays(month, day)
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        known = values.notna().to_numpy()
        month[known] = values.dt.month.to_numpy()[known]
        day[known] = values.dt.day.to_numpy()[known]
        return Birthdays(month, day)
    codes, uniques = pd.factorize(values.astype("object").where(values.notna(), None), use_na_sentinel=True)
    if len(uniques) == 0:
        return Birthdays(month, day)
    texts = [str(u).strip() for u in uniques]
    reads = [_read_one(t) if t else _Read() for t in texts]
    numeric = [r for r in reads if r.first]
    day_proof = any(r.first > 12 >= r.second for r in numeric)
    month_proof = any(r.second > 12 >= r.first for r in numeric)
    settled = order
    if day_proof != month_proof:                          # the column proves one order: it decides
        settled = DAYFIRST if day_proof else MONTHFIRST
    found = np.zeros((len(reads), 2), dtype=np.int64)
    undecided = np.zeros(len(reads), dtype=bool)
    unreadable = np.zeros(len(reads), dtype=bool)
    for k, (text, read) in enumerate(zip(texts, reads, strict=True)):
        if read.first:
            m, d = _settle(read, settled)
            if m:
                found[k] = (m, d)
            elif 1 <= read.first <= 12 and 1 <= read.second <= 12:
                undecided[k] = True
            else:
                unreadable[k] = True
        elif read.month:
            found[k] = (read.month, read.day)
        elif text:
            unreadable[k] = read.unreadable
    valid = codes >= 0
    month[valid] = found[codes[valid], 0]
    day[valid] = found[codes[valid], 1]

    def count(flags: np.ndarray) -> tuple[int, str]:
        rows = valid & flags[np.where(valid, codes, 0)]
        if not rows.any():
            return 0, ""
        return int(rows.sum()), texts[int(codes[np.flatnonzero(rows)[0]])]

    bad, bad_example = count(unreadable)
    open_, open_example = count(undecided)
    used = settled if any(r.first and r.first != r.second and r.first <= 12 and r.second <= 12 for r in numeric) else None
    return Birthdays(month, day, bad, bad_example, open_, open_example, used)


def occurrence(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> np.ndarray:
    """The day (datetime64[D]) that ``month``/``day`` falls on in ``year``; 29 February is
    28 February in a year that has none (arrays of equal length, month >= 1)."""
    year = np.asarray(year, dtype=np.int64)
    day = np.where((month == 2) & (day == 29) & ~_leap(year), 28, day)
    months = (year - 1970) * 12 + (np.asarray(month, dtype=np.int64) - 1)
    return months.astype("datetime64[M]").astype("datetime64[D]") + (day - 1).astype("timedelta64[D]")


def _as_day(value: dt.date | pd.Timestamp | np.datetime64) -> np.datetime64:
    """A date, Timestamp or datetime64 as a numpy day."""
    return np.datetime64(pd.Timestamp(value).strftime("%Y-%m-%d"))


def next_occurrence(month: np.ndarray, day: np.ndarray, reference: dt.date | pd.Timestamp | np.datetime64) -> np.ndarray:
    """The first day on or after ``reference`` that ``month``/``day`` falls on (NaT where month is
    0); see :func:`occurrence` for 29 February."""
    ref = _as_day(reference)
    year = int(str(ref)[:4])
    out = np.full(len(month), np.datetime64("NaT"), dtype="datetime64[D]")
    known = np.asarray(month) > 0
    if not known.any():
        return out
    m, d = np.asarray(month)[known], np.asarray(day)[known]
    this_year = occurrence(np.full(len(m), year), m, d)
    out[known] = np.where(this_year >= ref, this_year, occurrence(np.full(len(m), year + 1), m, d))
    return out


def _parts(days: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(year, month, day) of a datetime64[D] array without NaT."""
    years = days.astype("datetime64[Y]").astype(np.int64) + 1970
    months = days.astype("datetime64[M]").astype(np.int64) % 12 + 1
    dom = (days - days.astype("datetime64[M]").astype("datetime64[D]")).astype(np.int64) + 1
    return years, months, dom


def next_anniversary(first: np.ndarray, reference: dt.date | pd.Timestamp | np.datetime64) -> tuple[np.ndarray, np.ndarray]:
    """(the next anniversary of ``first`` on or after ``reference`` that marks one year or more,
    the years it marks) per customer: NaT and 0 where ``first`` is NaT."""
    first = np.asarray(first, dtype="datetime64[D]")
    ref = _as_day(reference)
    out = np.full(len(first), np.datetime64("NaT"), dtype="datetime64[D]")
    years_out = np.zeros(len(first), dtype=np.int64)
    known = ~np.isnat(first)
    if not known.any():
        return out, years_out
    days, back = np.unique(first[known], return_inverse=True)    # a few thousand days, not every customer
    y1, m1, d1 = _parts(days)
    year = np.maximum(int(str(ref)[:4]), y1 + 1)
    when = occurrence(year, m1, d1)
    late = when < ref
    year = np.where(late, year + 1, year)
    out[known] = np.where(late, occurrence(year, m1, d1), when)[back]
    years_out[known] = (year - y1)[back]
    return out, years_out


def whole_years(first: np.ndarray, until: dt.date | pd.Timestamp | np.datetime64) -> np.ndarray:
    """Anniversaries of ``first`` on or before ``until`` (whole years from one to the other; 0
    where ``first`` is NaT or later)."""
    first = np.asarray(first, dtype="datetime64[D]")
    end = _as_day(until)
    out = np.zeros(len(first), dtype=np.int64)
    known = ~np.isnat(first)
    if not known.any():
        return out
    days, back = np.unique(first[known], return_inverse=True)
    y1, m1, d1 = _parts(days)
    end_year = int(str(end)[:4])
    years = end_year - y1 - (occurrence(np.full(len(y1), end_year), m1, d1) > end)
    out[known] = np.maximum(years, 0)[back]
    return out
