"""Dates from Excel cells or text: Excel serials, ISO, day-first/month-first text, month names."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow.compute as pc

from core.arrow_columns import arrow_data
from core.errors import DateOrderNeeded, InputError
from core.schema import FIRST_YEAR, LAST_YEAR
from core.words import Phrase

DAYFIRST, MONTHFIRST = "dayfirst", "monthfirst"
EXCEL_EPOCH = pd.Timestamp("1899-12-30")
SERIAL_MIN, SERIAL_MAX = 18264, 80000  # 1950-01-01 .. 2119: numbers outside are not dates
#: The days a date column holds (core/schema.py): a date outside is unreadable.
FIRST_HELD, LAST_HELD = np.datetime64(f"{FIRST_YEAR}-01-01"), np.datetime64(f"{LAST_YEAR}-12-31")

#: Month names and abbreviations in EN/DE/FR/ES/IT/NL (lower case, accents kept and dropped).
MONTHS = {
    1: "jan january januar janvier enero ene gennaio gen januari jän jänner janv",
    2: "feb february februar février fevrier fév fev févr fevr febrero febbraio februari",
    3: "mar march märz maerz mrz mars marzo maart mär mrt",
    4: "apr april avril abril abr aprile avr",
    5: "may mai mayo maggio mag mei",
    6: "jun june juni juin junio giugno giu",
    7: "jul july juli juillet juil julio luglio lug",
    8: "aug august août aout aoû aou agosto ago augustus",
    9: "sep sept september septembre septiembre setiembre settembre sett set",
    10: "oct october oktober octobre octubre ottobre ott okt",
    11: "nov november novembre noviembre",
    12: "dec december dezember décembre decembre déc diciembre dicembre dic dez",
}
MONTH_OF = {name: month for month, names in MONTHS.items() for name in names.split()}

_ISO = r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[ T,])"
_NUMERIC = r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:$|[ T,])"
#: (a weekday may come first: "Mon 5 Feb 2024", "Tue, 6 Feb 2024", "Di., 6. Feb. 2024"; Spanish puts
#: "de" before the month and the year: "5 de marzo de 2024"; the first of the month may be written
#: "1st", "1er" (French), "1º" or "1°")
_DAY_NAME = (r"^(?:[^\W\d_]+\.?,? +)?(\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?[ \-]+(?:(?:[Dd]e|del)[ \-]+)?([^\W\d_]+)\.?[ \-,]+"
             r"(?:(?:[Dd]e|del)[ \-]+)?(\d{4}|\d{2})(?:$|[ T,])")
_NAME_DAY = r"^(?:[^\W\d_]+,? +)?([^\W\d_]+)\.? +(\d{1,2})(?:st|nd|rd|th)?,? +(\d{4})(?:$|[ T,])"
#: A numeric date (ISO or day/month) in ASCII digits, then a space, T or comma and more on the same
#: line (a time of day): the patterns above read such a text exactly as its date part alone.
_DATE_HEAD = (r"^(?P<date>[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{1,2}[-/.][0-9]{1,2}[-/.](?:[0-9]{4}|[0-9]{2}))"
              r"[ T,][^\n]*$")

#: An ISO date, perhaps with a time of day to the second, as pyarrow's CSV reader takes it for a
#: timestamp: the typed read's test of a date column (core/importing/importer.py, _TypedPlan).
ISO_DATE_TEXT = r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[ T][0-9]{2}(?::[0-9]{2}(?::[0-9]{2})?)?)?"


@dataclass
class DateParse:
    """Parsed dates (midnight, NaT where unreadable or empty) and how the order was settled."""

    dates: pd.Series
    unreadable: pd.Series
    order: str | None = None
    how: str = ""
    #: What the report should say about the reading beyond the order (Excel's swapped date cells).
    notes: list[Phrase] = field(default_factory=list)


def _year(y: pd.Series) -> pd.Series:
    y = y.astype("float64")
    return y.where(y >= 100, np.where(y < 70, 2000 + y, 1900 + y))


def held(values) -> np.ndarray:
    """Date-times of any precision as nanosecond dates, NaT for any outside the years FIRST_YEAR to
    LAST_YEAR (core/schema.py). (Converting a date past 2262 straight to nanoseconds wraps it round
    silently: 9999-12-31 would become 1816-03-29.)"""
    raw = np.asarray(values)
    if raw.dtype.kind != "M":
        raw = raw.astype("datetime64[ns]")
    out = np.full(raw.shape, np.datetime64("NaT"), dtype="datetime64[ns]")
    days = raw.astype("datetime64[D]")
    ok = (days >= FIRST_HELD) & (days <= LAST_HELD)   # (NaT compares False)
    out[ok] = raw[ok].astype("datetime64[ns]")
    return out


def _build(y, m, d) -> np.ndarray:
    frame = pd.DataFrame({"year": y, "month": m, "day": d}).astype("float64")
    ok = frame.notna().all(axis=1) & frame["month"].between(1, 12) & frame["day"].between(1, 31)
    out = np.full(len(frame), np.datetime64("NaT"), dtype="datetime64[ns]")
    if ok.any():
        built = pd.to_datetime(frame[ok].astype("int64"), errors="coerce")
        out[ok.to_numpy()] = held(built.to_numpy())
    return out


def _from_serials(numbers: pd.Series) -> np.ndarray:
    numbers = numbers.astype("float64")
    out = np.full(len(numbers), np.datetime64("NaT"), dtype="datetime64[ns]")
    serial = numbers.between(SERIAL_MIN, SERIAL_MAX).to_numpy()
    if serial.any():
        days = np.floor(numbers.to_numpy()[serial]).astype("int64")
        out[serial] = (EXCEL_EPOCH + pd.to_timedelta(days, unit="D")).to_numpy(dtype="datetime64[ns]")
    ymd = numbers.between(19000101, 21001231).to_numpy() & (numbers.to_numpy() % 1 == 0)
    if ymd.any():
        v = numbers[ymd].astype("int64")
        out[ymd] = _build(v // 10000, v // 100 % 100, v % 100)
    return out


def _month_number(names: pd.Series) -> pd.Series:
    low = names.str.lower().str.strip(".")
    got = low.map(MONTH_OF)
    for width in (4, 3):
        got = got.fillna(low.str[:width].map(MONTH_OF))
    return got.astype("float64")


class _TextDates:
    """Parse distinct texts; keeps what is needed to settle day/month order."""

    def __init__(self, texts: pd.Series):
        self.texts = texts
        self.out = np.full(len(texts), np.datetime64("NaT"), dtype="datetime64[ns]")
        self.todo = np.ones(len(texts), dtype=bool)
        # First and second parts and year of the numeric dates (03/04/2024), set by run_unambiguous.
        self.first = self.second = self.year = pd.Series(dtype="float64")
        self.numeric_rows = np.zeros(len(texts), dtype=bool)
        #: The texts read as ISO dates (2024-03-01): how a workbook's date cell reads once its
        #: column is read as text (core/importing/excel.py: a column mixing dates and text).
        self.iso = np.zeros(len(texts), dtype=bool)

    def fill(self, mask: np.ndarray, values: np.ndarray) -> None:
        self.out[mask] = values
        self.todo &= ~mask

    def run_unambiguous(self) -> None:
        t = self.texts
        serial = t.str.fullmatch(r"\d{5}(?:\.\d+)?|\d{8}").to_numpy(dtype=bool)
        if serial.any():
            self.fill(serial, _from_serials(pd.to_numeric(t[serial], errors="coerce")))
        for pattern, order in ((_ISO, "ymd"), (_DAY_NAME, "dmy"), (_NAME_DAY, "mdy")):
            parts = t[self.todo].str.extract(pattern)
            hit = parts[0].notna()
            if not hit.any():
                continue
            parts = parts[hit]
            if order == "ymd":
                y, m, d = parts[0], parts[1], parts[2]
            elif order == "dmy":
                y, m, d = _year(parts[2].astype("float64")), _month_number(parts[1]), parts[0]
            else:
                y, m, d = parts[2], _month_number(parts[0]), parts[1]
            mask = np.zeros(len(t), dtype=bool)
            mask[np.flatnonzero(self.todo)[hit.to_numpy()]] = True
            if order == "ymd":
                self.iso |= mask
            self.fill(mask, _build(y, m, d))
        parts = t[self.todo].str.extract(_NUMERIC)
        numeric = parts[0].notna().to_numpy()
        idx = np.flatnonzero(self.todo)[numeric]
        self.numeric_rows[idx] = True
        self.first = pd.Series(np.nan, index=range(len(t)))
        self.second = self.first.copy()
        self.year = self.first.copy()
        self.first.iloc[idx] = parts[0].to_numpy()[numeric].astype("float64")
        self.second.iloc[idx] = parts[1].to_numpy()[numeric].astype("float64")
        self.year.iloc[idx] = _year(pd.Series(parts[2].to_numpy()[numeric].astype("float64"))).to_numpy()

    def run_numeric(self, order: str) -> None:
        m = self.numeric_rows
        if not m.any():
            return
        day, month = (self.first, self.second) if order == DAYFIRST else (self.second, self.first)
        self.fill(m, _build(self.year[m].to_numpy(), month[m].to_numpy(), day[m].to_numpy()))


def _date_heads(texts: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """(the distinct texts to parse, in order of first appearance; for each of ``texts`` the
    position of its own among them).

    A date with a time of day ("2024-01-03 08:06", "03/01/2024 08:06:00") is parsed as its date
    part: every pattern above stops at the space, T or comma after the date, so both read the
    same. A shop's million rows hold some hundred thousand distinct date-times but only about a
    thousand days; the regular expressions then run on the days alone."""
    data = arrow_data(texts)
    if data is None or not len(data):
        return texts, np.arange(len(texts))
    found = pc.struct_field(pc.extract_regex(data, _DATE_HEAD), [0])
    keys = pc.if_else(pc.is_valid(found), found, data)
    if keys.null_count or pc.count_distinct(keys).as_py() == len(keys):
        return texts, np.arange(len(texts))
    encoded = keys.dictionary_encode()  # (the dictionary in order of first appearance)
    heads = pd.Series(pd.array(encoded.dictionary.cast(data.type), dtype=texts.dtype))
    return heads, encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)


def _first_rows(codes: np.ndarray, unique_positions, first_row: int) -> list[int]:
    return [int(np.flatnonzero(codes == k)[0]) + first_row for k in unique_positions]


def parse_dates(values: pd.Series, date_order: str | None = None, *, first_row: int = 2,
                column: str | None = None, file: str | None = None,
                order_hint: str | None = None) -> DateParse:
    """Parse a date column (row ``i`` of ``values`` is spreadsheet row ``first_row + i``).

    Text like 03/04/2024 is settled from the data when any value proves the order (a first part
    above 12 means day-first, a second part above 12 month-first); otherwise ``date_order``,
    then ``order_hint`` (a known export's convention), else :class:`DateOrderNeeded`.
    """
    index = values.index
    if isinstance(values.dtype, pd.DatetimeTZDtype):
        values = values.dt.tz_localize(None)
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        # Cells dated before 1900 or after 2199 (a typo such as 9999-12-31) are unreadable.
        dates = midnight(pd.Series(held(values.to_numpy()), index=index))
        return DateParse(dates, values.notna() & dates.isna(), None, "date cells")
    if pd.api.types.is_numeric_dtype(values.dtype):
        out = _from_serials(values)
        dates = pd.Series(out, index=index)
        return DateParse(dates, dates.isna() & values.notna(), None, "Excel date numbers")
    codes, distinct = pd.factorize(values, use_na_sentinel=True)
    if len(distinct) == 0:  # an empty column: no date, nothing unreadable
        return DateParse(pd.Series(pd.NaT, index=index, dtype="datetime64[ns]"),
                         pd.Series(False, index=index), None, "no dates")
    uniques = pd.Series(distinct, dtype=object) if values.dtype == object else pd.Series(distinct)
    parsed = np.full(len(uniques), np.datetime64("NaT"), dtype="datetime64[ns]")
    text_mask = np.ones(len(uniques), dtype=bool)
    is_date = np.zeros(len(uniques), dtype=bool)   # (the workbook's date cells, in a column mixing them with text)
    if values.dtype == object and len(uniques):
        kinds = uniques.map(lambda v: 1 if isinstance(v, (dt.date, pd.Timestamp)) else
                            2 if isinstance(v, (int, float)) and not isinstance(v, bool) else 0)
        is_date, is_num = (kinds == 1).to_numpy(), (kinds == 2).to_numpy()
        if is_date.any():
            parsed[is_date] = held(pd.to_datetime(uniques[is_date].astype(str), errors="coerce").to_numpy())
        if is_num.any():
            parsed[is_num] = _from_serials(uniques[is_num].astype("float64"))
        text_mask = ~(is_date | is_num)
    texts = uniques[text_mask].astype("str").str.strip().reset_index(drop=True)
    heads, head_of = _date_heads(texts)
    parser = _TextDates(heads)
    parser.run_unambiguous()
    order, how = _settle_order(parser, codes, np.flatnonzero(text_mask), texts, head_of, date_order,
                               order_hint, first_row, column, file)
    if order:
        parser.run_numeric(order)
    parsed[text_mask] = parser.out[head_of]
    cells = is_date.copy()
    cells[text_mask] |= parser.iso[head_of]
    notes = _swapped_by_excel(parser, order, cells, parsed, codes, first_row, column)
    valid = codes >= 0
    out = np.where(valid, parsed[np.where(valid, codes, 0)], np.datetime64("NaT"))
    dates = midnight(pd.Series(out, index=index, dtype="datetime64[ns]"))
    empty_u = np.zeros(len(uniques), dtype=bool)
    empty_u[text_mask] = (texts == "").to_numpy()
    unreadable = valid & np.isnat(out) & ~empty_u[np.where(valid, codes, 0)]
    if not how:
        how = "no ambiguous dates"
    return DateParse(dates, pd.Series(unreadable, index=index), order, how, notes)


#: How many distinct days each side needs before Excel's swap is taken as proved (definitions §1).
SWAP_EVIDENCE = 5


def _swapped_by_excel(parser: _TextDates, order: str | None, cells: np.ndarray, parsed: np.ndarray,
                      codes: np.ndarray, first_row: int, column: str | None) -> list[Phrase]:
    """Date cells that Excel stored with day and month swapped, read back in the column's order:
    ``parsed`` (per distinct value) is corrected in place; the report's note is returned.

    A day/month text file opened in Excel set to the other order (a UK shop's CSV in a US Excel)
    comes back with every date that could be read both ways turned into a date cell, month-first
    (03/01/2024 becomes 1 March), and every other date left as text (13/01/2024: no 13th month).
    That leaves a mark no genuine column has: every text date proves the order (a day above 12),
    and every date cell has a day of 12 or less. With at least SWAP_EVIDENCE distinct days on each
    side (by chance, five real date cells all fall on days 1 to 12 about once in a hundred, and five
    day/month texts all on days 13 to 31 about once in twelve), the date cells are read back with
    day and month exchanged. A column that does not show the mark is left as it was."""
    if order not in (DAYFIRST, MONTHFIRST) or not cells.any() or not parser.numeric_rows.any():
        return []
    numeric = parser.numeric_rows
    first, second = parser.first.to_numpy()[numeric], parser.second.to_numpy()[numeric]
    day_part, month_part = (first, second) if order == DAYFIRST else (second, first)
    if not ((day_part > 12) & (month_part >= 1) & (month_part <= 12)).all():
        return []  # (a text date that could be read both ways: Excel would have turned it into a date)
    text_days = np.unique(parser.out[numeric].astype("datetime64[D]"))
    stored = pd.DatetimeIndex(parsed[np.flatnonzero(cells)])
    if stored.isna().any() or len(np.unique(stored.normalize())) < SWAP_EVIDENCE \
            or len(text_days[~np.isnat(text_days)]) < SWAP_EVIDENCE:
        return []
    if (stored.day > 12).any() or (stored.day == stored.month).all():
        return []
    positions = np.flatnonzero(cells)
    parsed[positions] = _build(stored.year, stored.day, stored.month)
    swapped = np.isin(codes, positions)   # (the rows: code -1, an empty cell, is in no position)
    at = int(np.flatnonzero(swapped)[0])   # (the first such row)
    was = stored[int(np.searchsorted(positions, codes[at]))].date()
    now = pd.Timestamp(parsed[codes[at]]).date()
    n = int(swapped.sum())
    values = {"column": column or "", "row": at + first_row, "stored": was, "read": now}
    if order == DAYFIRST:
        return [Phrase.counted(
            '{n} date in column "{column}" had its day and month swapped by Excel (row {row}: the cell holds '
            "{stored}; read as {read}). The column's other dates are written day-first, each with a day above "
            "12, and this cell has a day of 12 or less: the mark of a file opened in Excel set to month-first "
            "dates. It was read day-first like the others; if that is wrong, correct the cell and import again.",
            '{n} dates in column "{column}" had their day and month swapped by Excel (for example row {row}: '
            "the cell holds {stored}; read as {read}). The column's other dates are written day-first, each "
            "with a day above 12, and every one of these has a day of 12 or less: the mark of a file opened in "
            "Excel set to month-first dates. They were read day-first like the others; if that is wrong, "
            "correct those cells and import again.", n, **values)]
    return [Phrase.counted(
        '{n} date in column "{column}" had its day and month swapped by Excel (row {row}: the cell holds '
        "{stored}; read as {read}). The column's other dates are written month-first, each with a day above "
        "12, and this cell has a day of 12 or less: the mark of a file opened in Excel set to day-first "
        "dates. It was read month-first like the others; if that is wrong, correct the cell and import again.",
        '{n} dates in column "{column}" had their day and month swapped by Excel (for example row {row}: '
        "the cell holds {stored}; read as {read}). The column's other dates are written month-first, each "
        "with a day above 12, and every one of these has a day of 12 or less: the mark of a file opened in "
        "Excel set to day-first dates. They were read month-first like the others; if that is wrong, "
        "correct those cells and import again.", n, **values)]


_NS_PER_DAY = 86_400 * 10**9


def midnight(values: pd.Series) -> pd.Series:
    """Each date-time of a column at the start of its day, as naive datetime64[ns] (NaT stays NaT):
    what ``.dt.normalize()`` gives. pandas' normalize also works out the column's frequency, a pass
    over every row that holds the interpreter's lock (480 ms for 10M rows, with the window's thread
    waiting); this is one integer step numpy takes without it. A column with a time zone is left
    to pandas."""
    if isinstance(values.dtype, pd.DatetimeTZDtype):
        return values.dt.normalize()
    raw = values.to_numpy(dtype="datetime64[ns]")
    ticks = raw.view(np.int64)
    days = ticks - ticks % _NS_PER_DAY   # (floor: a date-time before 1970 goes back to its own day)
    days[np.isnat(raw)] = np.iinfo(np.int64).min   # (NaT)
    return pd.Series(days.view("datetime64[ns]"), index=values.index, name=values.name)


def iso_dates(values: pd.Series) -> DateParse:
    """parse_dates of a column the CSV reader took as ISO date-times (datetime64, NaT for an empty
    cell): the same days and the same words as parse_dates gives for that text. Every cell converted,
    so none is unreadable, and ISO dates settle no day/month order (text_files._typed_ok has checked
    that pandas holds every day)."""
    dates = midnight(values)
    return DateParse(dates, pd.Series(False, index=values.index), None, "no ambiguous dates")


#: The longest day of each month (0: none), 29 for February.
_LONGEST_DAY = np.array([0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


def _settle_order(parser: _TextDates, codes, text_positions, texts: pd.Series, head_of: np.ndarray,
                  date_order, order_hint, first_row, column, file) -> tuple[str | None, str]:
    """The day/month order; ``parser`` parsed the distinct date parts (``_date_heads``) of
    ``texts``, whose ``head_of`` says which part is each text's; examples quote whole texts."""
    rows = parser.numeric_rows
    if not rows.any():
        return None, ""
    first, second = parser.first.to_numpy(), parser.second.to_numpy()
    # A part above 31 or a zero proves nothing: the date is unreadable either way.
    real = rows & (first >= 1) & (first <= 31) & (second >= 1) & (second <= 31)
    # ... and neither does a day its month never has (31/02/2024 is no proof of day-first)
    month = np.nan_to_num(np.where(first > 12, second, first).astype(np.float64), nan=0.0)
    longest = _LONGEST_DAY[np.clip(month, 0, 12).astype(np.int64)]
    day_proof = np.flatnonzero(real & (first > 12) & (second <= 12) & (first <= longest))
    month_proof = np.flatnonzero(real & (second > 12) & (first <= 12) & (second <= longest))
    first_text = np.unique(head_of, return_index=True)[1]  # (the first text with each date part)

    def example(k: int, whole: bool = False) -> Phrase:
        """Date part ``k`` (``whole``: text ``k``) as the file's first text with it, and its row."""
        j = k if whole else int(first_text[k])
        row = _first_rows(codes, [text_positions[j]], first_row)[0]
        return Phrase('"{text}" (row {row})', text=texts.iloc[j], row=row)

    if len(day_proof) and len(month_proof):
        raise InputError(
            Phrase("The dates mix day-first and month-first writing: {day_first} can only be "
                   "day/month, but {month_first} can only be month/day.",
                   day_first=example(day_proof[0]), month_first=example(month_proof[0])),
            "Correct those rows so that all dates are written the same way, then import again.",
            file=file, column=column)
    overruled = " (not {0} as chosen: that date could not exist)"
    words = {DAYFIRST: "day-first", MONTHFIRST: "month-first"}
    if len(day_proof):
        how = f"day-first, settled from the data: {example(day_proof[0])} has a day above 12"
        return DAYFIRST, how + (overruled.format(words[MONTHFIRST]) if date_order == MONTHFIRST else "")
    if len(month_proof):
        how = f"month-first, settled from the data: {example(month_proof[0])} has a day above 12"
        return MONTHFIRST, how + (overruled.format(words[DAYFIRST]) if date_order == DAYFIRST else "")
    ambiguous = np.flatnonzero(real & (first <= 12) & (second <= 12) & (first != second))
    if not len(ambiguous):
        return DAYFIRST, "day and month are equal in every text date, so the order does not matter"
    if date_order in (DAYFIRST, MONTHFIRST):
        return date_order, f"{words[date_order]}, as you chose"
    ambiguous_texts = np.flatnonzero(np.isin(head_of, ambiguous))
    if texts.iloc[ambiguous_texts].str.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{2,4}(?:[ T,].*)?").all():
        return DAYFIRST, "day-first: dates written with dots (05.03.2024) are always day-first"
    if order_hint in (DAYFIRST, MONTHFIRST):
        return order_hint, f"{words[order_hint]}, the convention of this known export"
    shown = [example(k, whole=True) for k in ambiguous_texts[:3]]
    examples = [str(phrase) for phrase in shown]
    raise DateOrderNeeded(
        Phrase("The dates could be day/month or month/day (for example {examples}) and no date in the "
               "file settles it.", examples=Phrase.joined(", ", shown)),
        "Say which it is: choose day-first or month-first (command line: --date-order dayfirst "
        "or --date-order monthfirst).",
        examples=examples, file=file, column=column)


def looks_like_dates(values: pd.Series) -> float:
    """Share (0..1) of non-empty values that read as dates (either order allowed)."""
    sample = values.dropna()
    if sample.empty:
        return 0.0
    if pd.api.types.is_datetime64_any_dtype(sample.dtype):
        return 1.0
    if pd.api.types.is_numeric_dtype(sample.dtype):
        return float(sample.between(SERIAL_MIN, SERIAL_MAX).mean()) * 0.5  # numbers: weak evidence
    text = sample.astype("str").str.strip()
    if sample.dtype != object and text.str.fullmatch(r"[\d.,]+").mean() > 0.5:
        return 0.0  # plain numbers (ids, amounts) are not taken for dates by content
    try:
        parsed = parse_dates(sample.reset_index(drop=True), DAYFIRST)
    except InputError:
        return 1.0  # mixed orders still are dates
    return float(parsed.dates.notna().mean())
