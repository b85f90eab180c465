"""Money, number, percent and date text in the shop's currency and locale, from small built-in tables.

The one place Clientele turns money and numbers into text: exported files, messages, the
"why" texts, the window's figures, charts and tables all call these functions.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal

#: currency code -> (symbol, decimals)
CURRENCIES: dict[str, tuple[str, int]] = {
    "GBP": ("£", 2), "EUR": ("€", 2), "USD": ("$", 2), "CHF": ("CHF", 2), "CAD": ("$", 2),
    "AUD": ("$", 2), "NZD": ("$", 2), "SEK": ("kr", 2), "NOK": ("kr", 2), "DKK": ("kr.", 2),
    "PLN": ("zł", 2), "CZK": ("Kč", 2), "JPY": ("¥", 0), "INR": ("₹", 2), "ZAR": ("R", 2),
}


@dataclass(frozen=True)
class LocaleFormat:
    """How one locale writes numbers, money and dates."""

    decimal: str
    group: str
    symbol_first: bool     # "£5.00" vs "5,00 €"
    space: bool            # a space between symbol and number
    percent_space: bool    # "10 %" vs "10%"
    date_order: str        # "dmy", "mdy" or "ymd"
    months: tuple[str, ...]


_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December")
_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
       "Oktober", "November", "Dezember")
_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
       "octobre", "novembre", "décembre")
_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
       "oktober", "november", "december")
_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre")
_IT = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
       "settembre", "ottobre", "novembre", "dicembre")

LOCALES: dict[str, LocaleFormat] = {
    "en_GB": LocaleFormat(".", ",", True, False, False, "dmy", _EN),
    "en_IE": LocaleFormat(".", ",", True, False, False, "dmy", _EN),
    "en_US": LocaleFormat(".", ",", True, False, False, "mdy", _EN),
    "en_CA": LocaleFormat(".", ",", True, False, False, "mdy", _EN),
    "en_AU": LocaleFormat(".", ",", True, False, False, "dmy", _EN),
    "de_DE": LocaleFormat(",", ".", False, True, True, "dmy", _DE),
    "de_AT": LocaleFormat(",", ".", True, True, True, "dmy", _DE),
    "de_CH": LocaleFormat(".", "’", True, True, False, "dmy", _DE),
    "fr_FR": LocaleFormat(",", "\u202f", False, True, True, "dmy", _FR),
    "fr_CH": LocaleFormat(",", "\u202f", False, True, True, "dmy", _FR),
    "fr_BE": LocaleFormat(",", "\u202f", False, True, True, "dmy", _FR),
    "nl_NL": LocaleFormat(",", ".", True, True, False, "dmy", _NL),
    "nl_BE": LocaleFormat(",", ".", False, True, False, "dmy", _NL),
    "es_ES": LocaleFormat(",", ".", False, True, True, "dmy", _ES),
    "it_IT": LocaleFormat(",", ".", False, True, False, "dmy", _IT),
}
DEFAULT_LOCALE = "en_GB"
#: The locale a language writes money and dates in unless the shop's locale is of that language.
LANGUAGE_LOCALES = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "nl": "nl_NL"}


def _language_of(locale: str) -> str:
    """A locale's language code ("de_AT", "de-AT" and "de" -> "de")."""
    return locale.replace("-", "_").split("_")[0].lower()


def own_locale(language: str, locale: str | None) -> str:
    """``locale`` when it is set and of ``language`` (an ISO code: "de_AT" for German), else the
    language's own ("de" with "en_GB" -> "de_DE"; "en" with "de_DE" -> "en_GB")."""
    if locale and _language_of(locale) == language:
        return locale
    return LANGUAGE_LOCALES.get(language, DEFAULT_LOCALE)


def language_locale(language: str, locale: str | None) -> str:
    """The locale for writing in ``language`` (an ISO code): as :func:`own_locale`, except that an
    English text may use any locale the shop has."""
    return locale if locale and language == "en" else own_locale(language, locale)


def _known(locale: str | None) -> LocaleFormat | None:
    """The table entry for ``locale`` ("de-DE", "de_DE" and "de" all work), or None."""
    key = (locale or DEFAULT_LOCALE).replace("-", "_")
    if key in LOCALES:
        return LOCALES[key]
    return next((fmt for name, fmt in LOCALES.items() if _language_of(name) == _language_of(key)), None)


def known_locale(locale: str | None) -> bool:
    """Whether money and dates can be written the way ``locale`` writes them (else en_GB's way)."""
    return _known(locale) is not None


def locale_format(locale: str | None) -> LocaleFormat:
    """The table entry for ``locale`` ("de-DE", "de_DE" and "de" all work; unknown -> en_GB)."""
    return _known(locale) or LOCALES[DEFAULT_LOCALE]


def _currency(currency: str | None) -> tuple[str, int]:
    """(symbol, decimals) of a currency code (default GBP; an unknown code is shown as itself)."""
    code = (currency or "GBP").upper()
    return CURRENCIES.get(code, (code, 2))


def _finite(value: float | None) -> bool:
    return value is not None and math.isfinite(float(value))


def format_number(value: float | None, decimals: int = 2, locale: str | None = None, *, trim: bool = False) -> str:
    """``1234.5`` -> ``"1,234.50"`` (en_GB) or ``"1.234,50"`` (de_DE); ``""`` for missing or infinite.

    Halves round up (``2.675`` -> ``"2.68"``). ``trim`` drops trailing zeros of the decimals
    (``31.60`` -> ``"31.6"``, ``179.00`` -> ``"179"``), for figures that are not money.
    """
    if value is None or not _finite(value):
        return ""
    fmt = locale_format(locale)
    exact = Decimal(repr(abs(float(value))))
    # (digits enough for any float: the default 28 fail on 1e26 and above, which a typed value can be)
    rounded = exact.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP,
                             context=Context(prec=max(28, exact.adjusted() + decimals + 2)))
    text = f"{rounded:,.{decimals}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    whole, _, frac = text.partition(".")
    whole = whole.replace(",", fmt.group)
    sign = "-" if value < 0 and float(text.replace(",", "")) != 0 else ""
    return sign + (whole + fmt.decimal + frac if frac else whole)


def _with_symbol(number: str, negative: bool, currency: str | None, locale: str | None) -> str:
    """``number`` (no sign) with the currency's symbol where the locale puts it, sign in front."""
    symbol = _currency(currency)[0]
    fmt = locale_format(locale)
    sign = "-" if negative and number.strip("0., ’") else ""
    gap = "\u00a0" if fmt.space or len(symbol) > 1 and symbol.isalpha() else ""
    return f"{sign}{symbol}{gap}{number}" if fmt.symbol_first else f"{sign}{number}{gap}{symbol}"


def currency_decimals(currency: str | None) -> int:
    """How many decimals the currency's amounts have (2; 0 for JPY)."""
    return _currency(currency)[1]


def format_money(value: float | None, currency: str | None = "GBP", locale: str | None = None,
                 *, drop_zero_cents: bool = False, decimals: int | None = None) -> str:
    """``12.5`` -> ``"£12.50"`` (GBP, en_GB), ``"12,50 €"`` (EUR, de_DE); ``""`` for missing.

    ``drop_zero_cents`` writes whole amounts without decimals (``"£5"``), as offers usually do;
    ``decimals`` overrides the currency's own (0 for the rounded figures of a dashboard).
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    places = currency_decimals(currency) if decimals is None else decimals
    if drop_zero_cents and float(value) == round(float(value)):
        places = 0
    number = format_number(abs(float(value)), places, locale)
    return _with_symbol(number, float(value) < 0, currency, locale)


def format_amount(value: float | None, locale: str | None = None, *, drop_zero_cents: bool = False) -> str:
    """An amount of money without a currency symbol (``"1,234.50"``, ``"1,234"`` with
    ``drop_zero_cents``); ``""`` for missing."""
    if value is None or not _finite(value):
        return ""
    places = 0 if drop_zero_cents and float(value) == round(float(value)) else 2
    return format_number(float(value), places, locale)


def format_compact(value: float, currency: str | None = None, locale: str | None = None) -> str:
    """Short figures for chart labels: ``950``, ``1.5k``, ``12k``, ``1.2M``; with the currency's
    symbol when ``currency`` is given (``"£12k"``)."""
    size = abs(float(value))
    if size >= 1_000_000:
        number = format_number(size / 1_000_000, 1, locale) + "M"
    elif size >= 10_000:
        number = format_number(size / 1_000, 0, locale) + "k"
    elif size >= 1_000:
        number = format_number(size / 1_000, 1, locale) + "k"
    else:
        number = format_number(size, 0, locale)
    if currency is None:
        return ("-" if value < 0 and number.strip("0., ’kM") else "") + number
    return _with_symbol(number, value < 0, currency, locale)


def format_percent(value: float, locale: str | None = None, *, decimals: int | None = None) -> str:
    """``10`` -> ``"10%"`` (en) or ``"10 %"`` (de, fr); decimals only when needed, or ``decimals``:
    one for a share that is not whole, more while it would otherwise read as 0 or 100 without being
    so (99.9999 % of a price is not all of it: "99.9999%", not "100.0%")."""
    fmt = locale_format(locale)
    if decimals is None:
        exact = float(value)
        decimals = 0 if exact == round(exact) else 1
        while decimals < 4 and exact not in (0.0, 100.0) and round(exact, decimals) in (0.0, 100.0):
            decimals += 1
    number = format_number(float(value), decimals, locale)
    return number + ("\u00a0%" if fmt.percent_space else "%")


def format_date(value: dt.date | None, locale: str | None = None, *, long: bool = True) -> str:
    """A date as a customer reads it: ``"31 December 2026"`` / ``"December 31, 2026"`` /
    ``"31. Dezember 2026"``; ``long=False`` gives the numeric form (``31/12/2026``)."""
    if value is None:
        return ""
    fmt = locale_format(locale)
    day, month, year = value.day, value.month, value.year
    if not long:
        sep = {id(_DE): ".", id(_NL): "-"}.get(id(fmt.months), "/")
        if fmt.date_order == "mdy":
            return f"{month:02d}/{day:02d}/{year}"
        if fmt.date_order == "ymd":
            return f"{year}-{month:02d}-{day:02d}"
        return f"{day:02d}{sep}{month:02d}{sep}{year}"
    name = fmt.months[month - 1]
    if fmt.date_order == "mdy":
        return f"{name} {day}, {year}"
    if fmt.months is _DE:
        return f"{day}. {name} {year}"
    if fmt.months is _ES:
        return f"{day} de {name} de {year}"
    return f"{_day_number(day, fmt.months)} {name} {year}"


def _day_number(day: int, months: tuple[str, ...]) -> str:
    """The day of the month before its name: French writes the first "1er", Italian "1º"."""
    if day == 1 and months is _FR:
        return "1er"
    if day == 1 and months is _IT:
        return "1º"
    return str(day)


def format_day_month(month: int, day: int, locale: str | None = None) -> str:
    """A day of the year without its year, as a customer reads it: ``"25 December"`` /
    ``"December 25"`` / ``"25. Dezember"`` (a birthday, definitions §12)."""
    fmt = locale_format(locale)
    name = fmt.months[month - 1]
    if fmt.date_order == "mdy":
        return f"{name} {day}"
    if fmt.months is _DE:
        return f"{day}. {name}"
    return f"{_day_number(day, fmt.months)} {name}"


def excel_money_format(currency: str | None = "GBP", locale: str | None = None) -> str:
    """An Excel number format that shows the currency symbol the way the locale does."""
    symbol, decimals = _currency(currency)
    fmt = locale_format(locale)
    number = "#,##0" + ("." + "0" * decimals if decimals else "")
    gap = " " if fmt.space or len(symbol) > 1 else ""
    quoted = f'"{symbol}"'
    body = f"{quoted}{gap}{number}" if fmt.symbol_first else f"{number}{gap}{quoted}"
    neg = f"-{quoted}{gap}{number}" if fmt.symbol_first else f"-{number}{gap}{quoted}"
    return f"{body};{neg}"


def excel_date_format(locale: str | None = None) -> str:
    """Excel date format in the locale's order (dd/mm/yyyy, mm/dd/yyyy, dd.mm.yyyy)."""
    fmt = locale_format(locale)
    if fmt.date_order == "mdy":
        return "mm/dd/yyyy"
    if fmt.date_order == "ymd":
        return "yyyy-mm-dd"
    return "dd.mm.yyyy" if fmt.months in (_DE,) else "dd/mm/yyyy"
