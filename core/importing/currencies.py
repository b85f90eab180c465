"""The currency of each purchase row, and files that mix currencies (definitions §1, Currency).

Clientele never converts money: a column holding "$12.00" on some rows and "€9.50" or "CHF 20" on
others was summed as if it were one currency. The currency of a row comes from a currency column
(Shopify's "Currency", holding three-letter codes) when the file has one, else from the signs and
codes written in the amount (or unit-price) column. When the rows name two or more currencies, the
owner chooses: keep one (rows in the others are set aside and counted) or stop; until then the
import stops with CurrencyNeeded, naming the currencies and how many rows each has.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from core.errors import CurrencyNeeded, InputError
from core.importing.amounts import CURRENCY_MARK, CURRENCY_SYMBOLS, guess_currency, without_currency_marks
from core.importing.headers import normalise_header
from core.importing.mapping import ColumnMapping
from core.importing.report import ImportReport
from core.importing.shop_formats import DERIVED_AMOUNT, money_text_column
from core.words import Phrase

CURRENCY_HEADERS = {"currency", "wahrung", "devise", "moneda", "divisa", "valuta", "munt"}


def valid_code(code: object) -> str | None:
    """``code`` as an upper-case three-letter currency code, or None when it is not one."""
    text = str(code).strip().upper() if code is not None else ""
    return text if len(text) == 3 and text.isascii() and text.isalpha() else None


def currency_columns(columns) -> list[str]:
    """The columns whose header names a currency (their cells then say each row's)."""
    return [str(column) for column in columns
            if any(word in CURRENCY_HEADERS for word in normalise_header(column).split())]


def currency_column(frame: pd.DataFrame) -> str | None:
    """The first column whose header names a currency, or None."""
    found = currency_columns(frame.columns)
    return found[0] if found else None


def _money_source(frame: pd.DataFrame, mapping: ColumnMapping, field_name: str) -> str | None:
    """The column whose text holds the field's money as written: the mapped column, or for an amount
    Clientele works out from a known export (Square's Net Sales less Partial Refunds) its source."""
    source = mapping.fields.get(field_name)
    if source == DERIVED_AMOUNT:
        return money_text_column(mapping.format_name, frame.columns)
    return source


def row_currencies(frame: pd.DataFrame, mapping: ColumnMapping) -> tuple[np.ndarray, str] | None:
    """(per row the ISO code or None, the column it comes from), or None when no row names one."""
    column = currency_column(frame)
    if column is not None:
        texts = frame[column].astype("string").str.strip().str.upper()
        codes = texts.where(texts.str.fullmatch(r"[A-Z]{3}").fillna(False))
        if codes.notna().any():
            return np.array([code if isinstance(code, str) else None for code in codes.tolist()], dtype=object), column
    source = _money_source(frame, mapping, "amount" if mapping.uses_amount_column() else "unit_price")
    if not source or source not in frame or pd.api.types.is_numeric_dtype(frame[source].dtype) \
            or without_currency_marks(frame[source]):
        return None
    positions, distinct = pd.factorize(frame[source], use_na_sentinel=True)
    if not len(distinct):
        return None
    marks = pd.Series(distinct).astype("string").str.extract(CURRENCY_MARK, expand=False)
    per_value = [CURRENCY_SYMBOLS.get(m, m) if isinstance(m, str) else None for m in marks.tolist()]
    if all(code is None for code in per_value):
        return None
    lookup = np.array(per_value + [None], dtype=object)
    return lookup[np.where(positions >= 0, positions, len(distinct))], str(source)


def settle(currencies: tuple[np.ndarray, str] | None, rows: np.ndarray, chosen: str | None,
           file: str | None) -> tuple[str | None, np.ndarray | None]:
    """(the currency kept, mask of rows in other currencies) among ``rows`` (a mask of the rows that
    would be kept); (None, None) when they name at most one currency. CurrencyNeeded when they name
    several and ``chosen`` is not one of them."""
    if currencies is None:
        return None, None
    codes, column = currencies
    found = pd.Series(codes[rows]).dropna().value_counts()
    if len(found) < 2:
        return None, None
    if chosen is not None and valid_code(chosen) in found.index:
        code = valid_code(chosen)
        return code, rows & (codes != code) & pd.notna(codes).astype(bool)
    counted = [(str(code), int(count)) for code, count in found.items()]
    unnamed = int(rows.sum() - found.sum())
    listed = Phrase.joined(", ", (Phrase.counted("{code} ({n} row)", "{code} ({n} rows)", count, code=code)
                                  for code, count in counted))
    if unnamed:
        listed = Phrase("{listed}; {unnamed:,} row(s) name none", listed=listed, unnamed=unnamed)
    asked = Phrase(" No row is in {currency}, the currency chosen.", currency=valid_code(chosen) or chosen) \
        if chosen else ""
    raise CurrencyNeeded(
        Phrase('The amounts are in more than one currency: {listed} (from column "{column}"). Clientele never '
               "converts currencies, so adding them up would give wrong totals.{asked}",
               listed=listed, column=column, asked=asked),
        Phrase("Choose the currency to keep (rows in the others are set aside and counted): on the command "
               "line --currency {currency}; or export one currency at a time.", currency=counted[0][0]),
        currencies=counted, file=file, column=column)


def check_choice(code: str | None) -> None:
    if code is not None and valid_code(code) is None:
        raise InputError(Phrase('"{code}" is not a currency code.', code=code), "Give a three-letter code such as EUR, USD or GBP.")


def report_currency(report: ImportReport, frame: pd.DataFrame, mapping: ColumnMapping) -> None:
    """The report's currency: the most common code of a currency column, else from the signs or
    codes in the amount or unit-price column, else from such a sign or code in that column's name
    (definitions §1, the import report)."""
    for column in frame.columns:
        words = normalise_header(column).split()
        if any(w in CURRENCY_HEADERS for w in words):
            values = frame[column].dropna().astype(str).str.strip().str.upper()
            if not values.empty:
                values = values[values.str.fullmatch(r"[A-Z]{3}")]
                if values.empty:
                    continue
                report.currency = values.value_counts().index[0]
                report.currency_how = f'from column "{column}"'
                return
    for name in ("amount", "unit_price"):
        source = _money_source(frame, mapping, name)
        if source and source in frame:
            found = guess_currency(frame[source])
            if found:
                report.currency, report.currency_how = found, f'from the symbols in "{source}"'
                return
    for name in ("amount", "unit_price"):   # ("Summe (€)", "Betrag EUR": the column's name says it)
        source = _money_source(frame, mapping, name)
        if source:
            mark = re.search(CURRENCY_MARK, str(source))
            if mark:
                report.currency = CURRENCY_SYMBOLS.get(mark.group(1), mark.group(1))
                report.currency_how = f'from the name of column "{source}"'
                return
