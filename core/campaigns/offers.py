"""Offers (definitions §6): target, discount, validity and a merge-field message template with fallbacks.

The templates' rules (merge fields, braces, problems) live in core/campaigns/templates.py."""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import math
import re
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from core.campaigns.coupons import ALPHABET, CODE_LENGTH, normalise_prefix
from core.campaigns.mailing_list import ListKind
from core.campaigns.templates import MERGE_FIELDS, parse_template, template_problems
from core.errors import SettingsError
from core.importing.not_customers import without_placeholders
from core.language import Language
from core.output.cells import MAX_CELL_CHARS, cell_units
from core.output.money import format_date, format_day_month, format_money, format_number, format_percent
from core.resources import resource_path
from core.schema import MAX_AMOUNT
from core.shop import ShopInfo
from core.words import Phrase, Words

#: Control characters a title or message may not hold (tab, line feed and carriage return may).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: What a message leaves of a cell for the values of its merge fields (names, products, codes, dates).
MESSAGE_ROOM = 2_767

#: What a missing value becomes unless the offer sets its own fallback.
DEFAULT_FALLBACKS = {
    "first_name": "there", "name": "there", "favourite_category": "the shop",
    "favourite_product": "your favourites", "days_since_last": "many", "tier": "valued",
    "next_tier": "the next tier", "amount_to_next_tier": "a little", "discount": "",
    "coupon_code": "", "expiry_date": "soon", "shop_name": "our shop",
    "years_with_us": "all this time", "due_product": "your favourites", "birthday": "your birthday",
}
#: The merge fields whose empty fallback takes the space before the field away ("Hallo {first_name}," -> "Hallo,").
NAME_FIELDS = ("first_name", "name")
#: What an offer can be aimed at: the list kinds (core/campaigns/mailing_list.py).
TARGET_KINDS = tuple(kind.value for kind in ListKind)
DISCOUNT_KINDS = ("percent", "amount", "text", "none")
#: Where an offer's validity counts from: the export date, or (occasion lists, definitions §12) the
#: customer's own day: the birthday, the anniversary or the day a product is due.
VALIDITY_FROM = ("export", "occasion")


#: Words of a discount that are only a number, perhaps with a currency sign or code ("£5", "-5", "5 EUR"):
#: a message would say "£5 until 31 December", not what it is worth.
_ONLY_A_NUMBER = re.compile(r"\s*(?:[£$€¥₹]|[A-Za-z]{3}\b)?\s*[-+]?\d+(?:[.,]\d+)?\s*(?:[£$€¥₹]|\b[A-Za-z]{3})?\s*")


def _nearest_return(day: pd.Timestamp, export_date: dt.date) -> pd.Timestamp:
    """The return of ``day``'s month and day nearest to ``export_date`` (29 February: the 28th in a
    year without it): a birthday that passed a few days before the export stays in that past (its
    coupon then counts from the export), one an older analysis found years ago comes to this year's."""
    returns = [pd.Timestamp(year, day.month, 28 if (day.month, day.day) == (2, 29) and not calendar.isleap(year)
                            else day.day) for year in (export_date.year - 1, export_date.year, export_date.year + 1)]
    export = pd.Timestamp(export_date)
    return min(returns, key=lambda when: (abs(when - export), when < export))


@dataclass
class Discount:
    """``percent`` (10 -> "10% off"), ``amount`` (5 -> "£5 off"), free ``text`` or ``none``."""

    kind: str = "none"
    value: float | None = None
    text: str = ""

    def problems(self) -> list[str]:
        """:meth:`problem_phrases` in English."""
        return [str(problem) for problem in self.problem_phrases()]

    def problem_phrases(self) -> list[Phrase]:
        """What makes the discount no offer at all: 0 % or an amount of 0 off, more than 100 % off,
        or "something else" without words (choose "No discount" for none)."""
        if self.value is not None and self.value < 0 and self.kind in ("percent", "amount"):
            return [Phrase("the discount is {value} off, below zero: a discount takes off, it never adds; type it "
                           "without a minus sign.", value=f"{self.value:g}" + (" %" if self.kind == "percent" else ""))]
        if self.kind == "percent":
            if self.value is None or self.value <= 0:
                return [Phrase("the discount is 0 % off, which gives nothing: type the percentage, or choose "
                               "“No discount”.")]
            if self.value > 100:
                return [Phrase("the discount is {value} % off, more than the whole price: type at most 100 %.",
                               value=repr(self.value) if f"{self.value:g}" == "100" else f"{self.value:g}")]
        if self.kind == "amount" and self.value is not None and self.value > MAX_AMOUNT:
            return [Phrase("the discount is {value} off, more than any purchase can be: type the amount the "
                           "customer saves.", value=f"{self.value:,.0f}" if self.value < 1e18 else f"{self.value:.3g}")]
        if self.kind == "amount" and self.value is not None and 0 < self.value <= MAX_AMOUNT \
                and round(self.value, 2) != self.value:
            return [Phrase("the discount is {value} off, finer than money is written (it would read as {shown}): "
                           "type the amount to the cent.", value=f"{self.value:g}",
                           shown=format_number(self.value, 2))]
        if self.kind == "amount" and (self.value is None or self.value <= 0):
            return [Phrase("the discount is an amount of 0 off, which gives nothing: type the amount, or choose "
                           "“No discount”.")]
        if self.kind == "text" and not self.text.strip():
            return [Phrase("the discount has no words: describe it (for example “free delivery”), or choose "
                           "“No discount”.")]
        if self.kind == "text" and _ONLY_A_NUMBER.fullmatch(self.text):
            return [Phrase("the discount “{text}” is only a number, so the message would not say what it is worth: "
                           "choose a percentage or an amount off instead.", text=self.text.strip()[:40])]
        return []

    def describe(self, currency: str = "GBP", locale: str = "en_GB", words: Words | None = None) -> str:
        """The discount as a message says it: "15% off", "15 % Rabatt", "£5 off"; free text as typed."""
        words = words or Words()
        if self.kind == "percent" and self.value is not None:
            return words.t("{percent} off", percent=format_percent(self.value, locale))
        if self.kind == "amount" and self.value is not None:
            return words.t("{amount} off", amount=format_money(self.value, currency, locale, drop_zero_cents=True))
        return self.text

    def to_dict(self) -> dict:
        return {"kind": self.kind, "value": self.value, "text": self.text}

    @classmethod
    def from_dict(cls, data: Discount | Mapping[str, object] | float | str | None) -> Discount:
        """From a project file: a mapping, or the short forms 15 / "15 %" / "free delivery"."""
        if isinstance(data, Discount):
            return data
        if data is None or data == "":
            return cls()
        if isinstance(data, (int, float)):
            return cls("percent", _finite(float(data), data))
        if isinstance(data, str):
            text = data.strip()
            if text.endswith("%"):
                try:
                    number = float(text[:-1].strip().replace(",", "."))
                except ValueError:
                    pass
                else:
                    return cls("percent", _finite(number, data))
            return cls("text", None, text)
        kind = str(data.get("kind") or "none")
        if kind not in DISCOUNT_KINDS:
            raise SettingsError(Phrase('unknown discount kind "{kind}".', kind=kind),
                                Phrase("Use one of: {kinds}.", kinds=", ".join(DISCOUNT_KINDS)))
        value = data.get("value")
        if value is not None and not isinstance(value, (int, float, str)):
            raise TypeError(f"the discount value {value!r} is not a number")
        if isinstance(value, str):   # ("10", "10 %", "7,50": a number written as text)
            written = value
            try:
                value = float(written.strip().removesuffix("%").strip().replace(",", ".")) if written.strip() else None
            except ValueError:
                raise SettingsError(Phrase('the discount value "{value}" is not a number.', value=written[:40]),
                                    "Write the discount as a number, such as 10 (10 % off, or 10.00 off).") from None
        return cls(kind, None if value is None else _finite(float(value), data.get("value")),
                   str(data.get("text") or ""))


def _finite(number: float, written: object) -> float:
    """A discount's number, or SettingsError for "nan" or "inf" (which float() reads)."""
    if not math.isfinite(number):
        raise SettingsError(Phrase('the discount value "{value}" is not a number.', value=str(written)[:40]),
                            "Write the discount as a number, such as 10 (10 % off, or 10.00 off).")
    return number


@dataclass
class Offer:
    """An offer for one list: a segment, an activity status, a tier or "close to next tier"."""

    target_kind: str
    target: str
    title: str
    discount: Discount = field(default_factory=Discount)
    validity_days: int = 30
    template: str = ""
    fallbacks: dict = field(default_factory=dict)
    coupon_prefix: str = ""
    validity_from: str = "export"

    def problems(self, *, discount: bool = True) -> list[str]:
        """:meth:`problem_phrases` in English."""
        return [str(problem) for problem in self.problem_phrases(discount=discount)]

    def problem_phrases(self, *, discount: bool = True) -> list[Phrase]:
        """Everything wrong with the offer, in words: the title's and the message's merge fields
        (the title is the e-mail's subject and follows the same rules), and with ``discount`` a
        discount that gives nothing, an empty title or an empty message (a project file holding one
        still opens; the offer editor and the export say so)."""
        found = [Phrase("title, column {column}: {problem}", column=p.column,
                        problem=p.phrase if p.phrase is not None else p.message)
                 for p in template_problems(self.title)]
        found += [Phrase("message template, {problem}", problem=p.located()) for p in template_problems(self.template)]
        for part, text in ((Phrase("the title"), self.title), (Phrase("the message"), self.template)):
            stray = _CONTROL.search(text)
            if stray:   # (NUL, BEL…: a spreadsheet shows "_x0000_", an e-mail program garbage or nothing)
                found.append(Phrase("{part} holds an invisible control character (U+{code:04X}, position {position:,}) "
                                    "that e-mail programs cannot show: delete it (it often comes with text pasted "
                                    "from another program).", part=part, code=ord(stray.group()),
                                    position=stray.start() + 1))
        written = cell_units(self.template)
        if written > MAX_CELL_CHARS - MESSAGE_ROOM:   # (a message cut to fit its cell could lose its coupon code)
            found.append(Phrase("the message is {length:,} characters long as a spreadsheet counts them (an emoji "
                                "counts twice): with the customers' names and codes filled in it would not fit in "
                                "one cell of {limit:,}, and the end, with the coupon code, would be cut off. Keep it "
                                "under {most:,}.", length=written, limit=MAX_CELL_CHARS,
                                most=MAX_CELL_CHARS - MESSAGE_ROOM))
        if discount:   # (what the customers get; an empty offer is "ready" to send nothing)
            found += self.discount.problem_phrases()
            if not self.title.strip():
                found.append(Phrase("the offer has no title: it is the e-mail's subject and names the offer in the "
                                    "workbook."))
            if not self.template.strip():
                found.append(Phrase("the message is empty: write what the customers should read."))
        if self.target_kind not in TARGET_KINDS:
            found.append(Phrase('unknown target kind "{kind}" (use {kinds}).', kind=self.target_kind,
                                kinds=", ".join(TARGET_KINDS)))
        if int(self.validity_days) < 0:
            found.append(Phrase("validity must be 0 days or more."))
        if self.validity_from not in VALIDITY_FROM:
            found.append(Phrase('validity counts from "export" or "occasion", not "{value}".', value=self.validity_from))
        found += [Phrase('fallback for unknown merge field "{name}".', name=k) for k in self.fallbacks
                  if k not in MERGE_FIELDS]
        return found

    def validate(self, *, discount: bool = True) -> Offer:
        """Return self, or raise :class:`SettingsError` naming every problem."""
        found = self.problem_phrases(discount=discount)
        if found:
            raise SettingsError(Phrase('the offer "{title}" cannot be used: {problems}', title=self.title,
                                       problems=Phrase.joined(" ", found)),
                                "Fix the offer on the Offers page (or in the project file's \"offers\").")
        return self

    def fallback(self, name: str, defaults: Mapping[str, str] = DEFAULT_FALLBACKS) -> str:
        """The offer's own fallback for the merge field ``name``, else ``defaults``' (the shop's
        language's: language_fallbacks)."""
        return str(self.fallbacks.get(name, defaults[name]))

    def expiry(self, export_date: dt.date) -> dt.date:
        return export_date + dt.timedelta(days=int(self.validity_days))

    def expiries(self, export_date: dt.date, occasion_days: pd.Series | None, *,
                 yearly: bool = False) -> pd.Series | None:
        """Per customer, the last valid day when the validity counts from the occasion
        (``validity_from`` "occasion"): the later of the customer's day (``occasion_days``) and
        the export date, plus the validity; None when it counts from the export (one date).
        ``yearly`` (a birthday, an anniversary): the day counts as its return nearest to the export
        date, so that a coupon never expires before the birthday its message names when the
        analysis looked at an older reference date (the bundled sample's 2011, exported today)."""
        if self.validity_from != "occasion" or occasion_days is None:
            return None
        start = pd.to_datetime(occasion_days, errors="coerce").fillna(pd.Timestamp(export_date))
        if yearly and len(start):   # (map on no day at all would give numbers, not dates)
            start = start.map({day: _nearest_return(day, export_date) for day in start.unique()})
        start = start.where(start >= pd.Timestamp(export_date), pd.Timestamp(export_date))
        return (start + pd.Timedelta(days=int(self.validity_days))).astype("datetime64[ns]")

    def to_dict(self) -> dict:
        return {"target_kind": self.target_kind, "target": self.target, "title": self.title,
                "discount": self.discount.to_dict(), "validity_days": int(self.validity_days),
                "template": self.template, "fallbacks": dict(self.fallbacks),
                "coupon_prefix": self.coupon_prefix, "validity_from": self.validity_from}

    @classmethod
    def from_dict(cls, data: Mapping) -> Offer:
        try:
            return cls(str(data["target_kind"]), str(data.get("target") or ""), str(data["title"]),
                       Discount.from_dict(data.get("discount")), int(data.get("validity_days", 30)),
                       str(data.get("template") or ""), dict(data.get("fallbacks") or {}),
                       str(data.get("coupon_prefix") or ""), str(data.get("validity_from") or "export"))
        except (KeyError, TypeError, ValueError) as exc:
            raise SettingsError(Phrase("an offer in the settings is incomplete or malformed ({detail}).",
                                       detail=str(exc)),
                                "Check the offers in the project file.") from exc


#: Line breaks, tabs and the invisible marks that set a text's direction: a name or a contact detail
#: is one line of visible text (a "Mary\nJane" in a greeting breaks the e-mail's line).
_BREAKS = re.compile(r"[\t\n\r\v\f\x85\u2028\u2029]+")
_DIRECTION_MARKS = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: A form of address before a name ("Mr John Smith", "Frau Dr. Eva Roth", "Mme Claire Dupont"), in the six languages.
_TITLES = re.compile(r"(?i)^(?:(?:mrs?|ms|miss|mx|dr|prof|herr|frau|fr|hr|mme|mlle|mmes|sr|sra|srta|sig|sigra|"
                     r"sig\.ra|dott|dhr|mevr|mw|ir|ing)\.?\s+|m\.\s+)+")


#: The small words a family name starts with, written in lower case: never a first name.
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "di", "da", "du", "le", "la", "dos", "del", "ten", "ter", "zu"})


def text_column(customers: pd.DataFrame, column: str) -> pd.Series:
    """``customers[column]`` as one trimmed line of text (object dtype): line breaks, tabs and
    direction marks as one space; None where missing, empty or a placeholder ("NULL", "#N/A", "-",
    "(blank)": not_customers.placeholder_ids, "Nil" being a name)."""
    if column not in customers.columns:
        return pd.Series(None, index=customers.index, dtype="object")
    text = customers[column].astype("string").str.replace(_BREAKS, " ", regex=True)
    text = text.str.replace(_DIRECTION_MARKS, "", regex=True).str.strip()
    text = without_placeholders(text.mask(text.eq("")))
    return text.astype("object").where(text.notna(), None)


def _name_parts(customers: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """A full ``name`` read as (first name, last name): "Last, First" ("Smith, John" -> John, Smith);
    a form of address skipped ("Herr Klaus Müller" -> Klaus, Müller; "Frau Müller" -> none, Müller);
    else the first word and the rest ("Jane van Dijk" -> Jane, van Dijk). One word gives neither."""
    name = text_column(customers, "name").astype("string")
    if not name.notna().any():
        nobody = pd.Series(None, index=customers.index, dtype="object")
        return nobody, nobody
    family, comma, given = (name.str.partition(",")[k].str.strip() for k in (0, 1, 2))
    turned = (comma.eq(",") & family.ne("") & given.ne("")).fillna(False)
    plain = name.where(~turned, given + " " + family)
    titled = plain.str.contains(_TITLES, regex=True).fillna(False)
    bare = plain.str.replace(_TITLES, "", regex=True).str.strip()
    first, space, rest = (bare.str.partition(" ")[k] for k in (0, 1, 2))
    two = space.eq(" ").fillna(False)
    last = rest.str.strip().where(two, first.where(titled & first.ne("").fillna(False)))
    last = family.where(turned, last)
    particle = first.isin(_PARTICLES).fillna(False)        # ("van der Berg Anna": no first name, the whole a family's)
    last = last.where(~particle, bare)
    first = first.where(two & ~particle)
    return first.astype("object").where(first.notna(), None), last.astype("object").where(last.notna(), None)


def mailing_names(customers: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """(first names, last names), the full ``name`` read once (_name_parts). The first name is
    ``first_name``, else the one read from ``name`` ("Jane Smith" -> "Jane", "Smith, John" -> "John",
    "Herr Klaus Müller" -> "Klaus"). The last name is ``last_name``, else, where the first name too
    comes from ``name``, the one read from it ("Jane van Dijk" -> "van Dijk"): the mailing's First
    name and Last name columns then read as one name split in two, not a first name beside an empty
    last name."""
    first, last = text_column(customers, "first_name"), text_column(customers, "last_name")
    own_first = first.notna()
    if first.isna().any() or last.isna().any():
        guess_first, guess_last = _name_parts(customers)
        first = first.fillna(guess_first)
        last = last.fillna(guess_last.where(~own_first, None))
    return first, last


def first_names(customers: pd.DataFrame) -> pd.Series:
    """The first names of mailing_names."""
    return mailing_names(customers)[0]


def last_names(customers: pd.DataFrame) -> pd.Series:
    """The last names of mailing_names."""
    return mailing_names(customers)[1]


def pack_path(language: Language) -> str:
    """The resource holding a language's offer pack: its offers and fallbacks (English's are in code)."""
    return f"translations/offers_{language.code}.json"


def read_pack(language: Language) -> dict:
    """A language's offer pack as written (pack_path); not for English."""
    with resource_path(pack_path(language)).open(encoding="utf-8") as handle:
        data: dict = json.load(handle)
    return data


def language_fallbacks(language: Language) -> dict[str, str]:
    """What each merge field says when a customer has no value, in ``language``: its pack's
    fallbacks (German greets a customer without a name "Hallo,"), English's DEFAULT_FALLBACKS. An
    offer's own fallbacks come first (Offer.fallback); an owner's offer written without any, in a
    project or the window, takes these, not English's."""
    if language is Language.ENGLISH:
        return dict(DEFAULT_FALLBACKS)
    return {**DEFAULT_FALLBACKS, **{str(k): str(v) for k, v in read_pack(language)["fallbacks"].items()}}


class MessageRenderer:
    """Renders offers' messages for the customers of one table.

    The per-customer merge texts (first name, favourite category, days since the last order...)
    are worked out once per table, the first time a template uses them, and then only picked
    for each list's rows: an export renders ten or more offers over one table. The messages are
    joined with Arrow (one pass per template piece); an empty or missing value takes the
    offer's fallback for that field.
    """

    def __init__(self, customers: pd.DataFrame, shop: ShopInfo = ShopInfo()) -> None:
        self.customers = customers
        self.shop = shop
        self.words = shop.words()
        self._fallbacks = language_fallbacks(shop.language)   # (an offer without its own: "Hallo,", not "Hallo there,")
        self._raw: dict[str, pd.Series] = {}
        self._money: dict[float, str] = {}

    def raw(self, name: str) -> pd.Series:
        """A customer merge field's text for the whole table (object, None where missing),
        before fallbacks. Not for the export-wide fields (discount, coupon, expiry, shop)."""
        if name not in self._raw:
            self._raw[name] = self._compute(name)
        return self._raw[name]

    def _compute(self, name: str) -> pd.Series:
        customers = self.customers
        if name in ("first_name", "last_name"):  # (last name: no merge field, the mailing's Last name column)
            self._raw["first_name"], self._raw["last_name"] = mailing_names(customers)   # (the name read once)
            return self._raw[name]
        if name == "name":
            first = self.raw("first_name")
            full = (first.fillna("") + " " + text_column(customers, "last_name").fillna("")).str.strip()
            return text_column(customers, "name").fillna(full.where(full != "", None))
        if name == "days_since_last":
            if "days_since_last" not in customers:
                return pd.Series(None, index=customers.index, dtype="object")
            num = pd.to_numeric(customers["days_since_last"], errors="coerce")
            return num.round().astype("Int64").astype("string").astype("object").where(num.notna(), None)
        if name == "years_with_us":              # definitions §12: "1 year", "3 years"; none below one
            if "years_with_us" not in customers:
                return pd.Series(None, index=customers.index, dtype="object")
            years = pd.to_numeric(customers["years_with_us"], errors="coerce")
            known = years.where(years.ge(1).fillna(False))
            texts = {y: self.words.n("{n} year", "{n} years", int(y)) for y in known.dropna().unique()}
            return known.map(texts).astype("object").where(known.notna(), None)
        if name == "birthday":                   # the next birthday's day and month, in the shop's words
            if "next_birthday" not in customers:
                return pd.Series(None, index=customers.index, dtype="object")
            dates = pd.to_datetime(customers["next_birthday"], errors="coerce")
            key = (dates.dt.month * 100 + dates.dt.day).astype("Int64")
            days = {k: format_day_month(k // 100, k % 100, self.shop.locale) for k in key.dropna().unique()}
            return key.map(days).astype("object").where(key.notna(), None)
        if name == "amount_to_next_tier":        # the numbers; formatted per rendered row
            if "amount_to_next_tier" not in customers:
                return pd.Series(None, index=customers.index, dtype="object")
            return pd.to_numeric(customers["amount_to_next_tier"], errors="coerce").astype("float64")
        if name in ("tier", "next_tier") and not self.words.is_english:     # "Silver" -> "Silber"
            names = text_column(customers, name)
            shown = {value: self.words.name(value) for value in pd.unique(names.dropna())}
            return names.map(shown).astype("object").where(names.notna(), None)
        return text_column(customers, name)

    def _amounts(self, numbers: pd.Series) -> pd.Series:
        if numbers.dtype == object:              # no such column: all missing
            return numbers
        money, shop = self._money, self.shop
        for value in pd.unique(numbers.dropna()):
            if value not in money:
                money[value] = format_money(value, shop.currency, shop.locale, drop_zero_cents=True)
        return numbers.map(money).astype("object").where(numbers.notna(), None)

    def render(self, offer: Offer, rows: pd.Index | Sequence[Hashable] | None = None, *,
               coupons: pd.Series | None = None,
               expiry_date: dt.date | None = None, arrow: bool = False, text: str | None = None,
               expiry_texts: pd.Series | None = None) -> pd.Series:
        """The message of ``offer`` for the customers with index labels ``rows`` (all if None),
        as an object Series on those labels (``arrow``: a ``str`` Series holding the Arrow
        array, for writers that take Arrow anyway). ``coupons`` is aligned on the labels, and so
        is ``expiry_texts`` (each customer's own last day, written out) when the validity counts
        from their occasion (definitions §12). ``text``: another template of the offer to fill in
        the same way (its title)."""
        offer.validate(discount=False)
        pieces, _ = parse_template(offer.template if text is None else text)
        customers = self.customers
        index = customers.index if rows is None else pd.Index(rows)
        positions = None if rows is None else customers.index.get_indexer(index)
        if positions is not None and (positions < 0).any():
            raise KeyError("rows not in the customer table")
        shop = self.shop
        constants = {"discount": offer.discount.describe(shop.currency, shop.locale, self.words),
                     "expiry_date": format_date(expiry_date, shop.locale) if expiry_date else "",
                     "shop_name": shop.name}
        columns: dict[str, pa.Array] = {}
        parts: list = []
        for text, is_field in pieces:
            if not is_field:
                parts.append(text)
            elif text == "expiry_date" and expiry_texts is not None:
                if text not in columns:
                    arr = pa.array(expiry_texts.reindex(index).astype("object").to_numpy(), pa.string(),
                                   from_pandas=True)
                    columns[text] = pc.fill_null(arr, offer.fallback(text, self._fallbacks))
                parts.append(columns[text])
            elif text in constants:
                parts.append(constants[text] or offer.fallback(text, self._fallbacks))
            else:
                if text not in columns:
                    if text == "coupon_code":
                        values = (coupons.reindex(index).astype("object") if coupons is not None
                                  else pd.Series(None, index=index, dtype="object"))
                    else:
                        values = self.raw(text)
                        values = values if positions is None else values.take(positions)
                        if text == "amount_to_next_tier":
                            values = self._amounts(values)
                    arr = pa.array(values.astype("object").to_numpy(), pa.string(), from_pandas=True)
                    fallback = offer.fallback(text, self._fallbacks)
                    arr = pc.fill_null(arr, fallback)
                    columns[text] = pc.if_else(pc.equal(arr, ""), fallback, arr)
                column = columns[text]
                if (text in NAME_FIELDS and offer.fallback(text, self._fallbacks) == "" and parts and isinstance(parts[-1], str)
                        and parts[-1].endswith(" ")):
                    # an empty name fallback takes its space along: "Hallo {first_name}," -> "Hallo," (definitions §6)
                    parts[-1] = parts[-1][:-1]
                    column = pc.if_else(pc.equal(column, ""), "", pc.binary_join_element_wise(pa.scalar(" "), column, ""))
                parts.append(column)
        if not columns:
            return pd.Series("".join(parts), index=index, dtype="str" if arrow else "object")
        joined = pc.binary_join_element_wise(*parts, "")
        if arrow:
            return pd.Series(pd.array(joined, dtype="str"), index=index)
        return pd.Series(joined.to_numpy(zero_copy_only=False), index=index, dtype="object")


def render_messages(offer: Offer, customers: pd.DataFrame, shop: ShopInfo = ShopInfo(), *,
                    coupons: pd.Series | None = None, expiry_date: dt.date | None = None) -> pd.Series:
    """The personalised message for every customer (vectorised; see :class:`MessageRenderer`)."""
    return MessageRenderer(customers, shop).render(offer, coupons=coupons, expiry_date=expiry_date)


@dataclass(frozen=True)
class Preview:
    """What one customer would get: the subject (the offer's title, filled in), the message, and
    the example coupon code shown in them."""

    subject: str
    message: str
    coupon_code: str


def example_code(offer: Offer, customer_id: object) -> str:
    """A coupon code of the export's form for one customer, the same each time the preview shows
    them (the export draws each customer's own code at random: core/campaigns/coupons.py)."""
    prefix = normalise_prefix(offer.coupon_prefix)
    seed = int.from_bytes(hashlib.sha256(f"{prefix}|{customer_id}".encode()).digest()[:8], "big")
    body = "".join(ALPHABET[(seed >> (5 * k)) % len(ALPHABET)] for k in range(CODE_LENGTH))
    return f"{prefix}-{body}" if prefix else body


def preview(offer: Offer, customer: Mapping | pd.Series, shop: ShopInfo = ShopInfo(), *,
            coupon_code: str | None = None, export_date: dt.date | None = None) -> Preview:
    """The subject and message one real customer would get, with an example code of their own
    unless one is given (``example_code``)."""
    frame = pd.DataFrame([dict(customer)])
    code = coupon_code or example_code(offer, dict(customer).get("customer_id", ""))
    when = export_date or dt.date.today()
    renderer = MessageRenderer(frame, shop)
    coupons = pd.Series([code], index=frame.index)
    message = renderer.render(offer, coupons=coupons, expiry_date=offer.expiry(when)).iloc[0]
    subject = renderer.render(offer, coupons=coupons, expiry_date=offer.expiry(when), text=offer.title).iloc[0]
    return Preview(str(subject), str(message), code)
