"""What a project file may hold (definitions §7): every key with its type and allowed range, in one place.

``check_project(data)`` walks a project's JSON (already brought to the current version) before any
value is used, and raises :class:`SettingsError` naming the first key that is wrong
(``settings.tiers.points_per_unit``, ``offers[2].validity_days``) with what it must be. The
ranges are wide enough for any real shop and narrow enough that no value can overflow a date, a
whole number or a spreadsheet cell later: no infinity or NaN, no number beyond its range, no text
that is not valid Unicode (a lone surrogate such as ``\\ud800``), no text longer than its limit.
The sections' own readers (Settings.from_dict, Offer.from_dict…) then check how values fit
together (thresholds that rise, names that differ).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from core.campaigns.control_group import MAX_SEED
from core.campaigns.mailing_list import ListKind
from core.errors import SettingsError
from core.language import Language
from core.output.cells import MAX_CELL_CHARS
from core.schema import CUSTOMER_FILE_FIELDS, MAX_AMOUNT, MAX_NAME, TRANSACTION_FIELDS
from core.words import N_, Phrase

#: What to do about any value this module refuses.
FIX = N_("Correct it in the project file (a text editor can), or make the choice again in Clientele and save.")


@dataclass(frozen=True)
class LongNumber:
    """A whole number of more digits than any setting has, as the project reader keeps it
    (``parse_int``): never turned into a Python int, which beyond 4,300 digits is refused and
    below that costs time for nothing."""

    digits: int

    def __repr__(self) -> str:
        return f"a whole number of {self.digits:,} digits"


#: Digits beyond which a whole number in a project file is kept as a LongNumber.
LONGEST_WHOLE_NUMBER = 30


def parse_int(text: str) -> int | LongNumber:
    """``json.loads``' ``parse_int``: a whole number, or a LongNumber for one of too many digits."""
    digits = len(text.lstrip("-"))
    return LongNumber(digits) if digits > LONGEST_WHOLE_NUMBER else int(text)


class DuplicateKey(ValueError):
    """A JSON object of a project file naming one key twice (``json.loads`` would keep the last)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """``json.loads``' ``object_pairs_hook``: the object, or DuplicateKey when a key comes twice (a
    second "settings" had replaced the whole first one without a word)."""
    out: dict[str, object] = {}
    for key, value in pairs:
        if key in out:
            raise DuplicateKey(key)
        out[key] = value
    return out


def _number_text(value: float) -> str:
    """A range limit as people read it: 1,048,576, 999,999,999,999,999, 0.5, 1e+15 only beyond that."""
    if value == int(value) and abs(value) < 1e16:
        return f"{int(value):,}"
    return f"{value:g}"


def _shown(value: object) -> Phrase | str:
    """A value as a message shows it: short, and a huge whole number by its size; what is not a
    value of its own (a list, an object, a huge number) in the message's language."""
    if isinstance(value, LongNumber):
        return Phrase("a whole number of {digits:,} digits", digits=value.digits)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) and abs(value) >= 10**30:
        return Phrase("a whole number of {digits:,} digits", digits=len(str(abs(value))))
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, dict):
        return Phrase("an object")
    if isinstance(value, list):
        return Phrase("a list")
    if value is None:
        return "null"
    text = repr(value) if not isinstance(value, str) else '"' + value.encode("utf-8", "backslashreplace").decode() + '"'
    return text if len(text) <= 60 else text[:57] + "…"


def _refuse(path: str, value: object, must: Phrase | str) -> SettingsError:
    return SettingsError(Phrase("{path} is {shown}; it must be {must}.", path=path, shown=_shown(value), must=must),
                         FIX)


class Rule:
    """One key's allowed values."""

    nullable: bool = False

    def describe(self) -> Phrase:
        """What the key allows, in words (a phrase: said in the reader's language)."""
        raise NotImplementedError

    def accepts(self, value: object) -> bool:
        """Whether ``value`` is of this rule's type (AnyOf picks the rule by it)."""
        raise NotImplementedError

    def check(self, value: object, path: str) -> None:
        raise NotImplementedError


@dataclass(frozen=True)
class Number(Rule):
    """A number from ``low`` to ``high`` (``whole``: no fraction; ``below_high``: ``high`` itself excluded)."""

    low: float
    high: float
    whole: bool = False
    below_high: bool = False
    nullable: bool = False
    what: str = ""

    def describe(self) -> Phrase:
        if self.what:
            return Phrase(self.what)
        if all(v == int(v) and abs(v) < 1e16 for v in (self.low, self.high)):   # (whole limits: the reader's digits)
            low, high = int(self.low), int(self.high)
            if self.below_high:
                return Phrase("a number from {low:,} to below {high:,}", low=low, high=high)
            if self.whole:
                return Phrase("a whole number from {low:,} to {high:,}", low=low, high=high)
            return Phrase("a number from {low:,} to {high:,}", low=low, high=high)
        low_text, high_text = _number_text(self.low), _number_text(self.high)
        if self.below_high:
            return Phrase("a number from {low} to below {high}", low=low_text, high=high_text)
        return Phrase("a number from {low} to {high}", low=low_text, high=high_text)

    def accepts(self, value: object) -> bool:
        return isinstance(value, (int, float, LongNumber)) and not isinstance(value, bool)

    def check(self, value: object, path: str) -> None:
        if value is None and self.nullable:
            return
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _refuse(path, value, self.describe())
        if isinstance(value, int) and abs(value) > 10**20:
            raise _refuse(path, value, self.describe())
        number = float(value)
        inside = math.isfinite(number) and self.low <= number and (
            number < self.high if self.below_high else number <= self.high)
        if not inside or (self.whole and number != int(number)):
            raise _refuse(path, value, self.describe())


@dataclass(frozen=True)
class Text(Rule):
    """Text of at most ``longest`` characters; ``choices``: one of these; ``pattern``: matching it."""

    longest: int = 1_000
    choices: Sequence[str] = ()
    pattern: str = ""
    example: str = ""
    nullable: bool = False

    def describe(self) -> Phrase:
        if self.choices:
            return Phrase("one of {choices}", choices=", ".join(f'"{c}"' for c in self.choices))
        if self.example:
            return Phrase("text such as {example}", example=self.example)
        return Phrase("text of at most {longest:,} characters", longest=self.longest)

    def accepts(self, value: object) -> bool:
        return isinstance(value, str)

    def check(self, value: object, path: str) -> None:
        if value is None and self.nullable:
            return
        if not isinstance(value, str):
            raise _refuse(path, value, self.describe())
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise SettingsError(Phrase("{path} holds a character that is not valid text ({reason}).",
                                       path=path, reason=exc.reason), FIX) from exc
        if self.choices and value not in self.choices:
            raise _refuse(path, value, self.describe())
        if self.pattern and value and (len(value) > self.longest or not re.fullmatch(self.pattern, value)):
            raise _refuse(path, value, self.describe())
        if len(value) > self.longest:
            raise SettingsError(Phrase("{path} is {count:,} characters long; it may be at most {longest:,}.",
                                       path=path, count=len(value), longest=self.longest), FIX)


@dataclass(frozen=True)
class Flag(Rule):
    """true or false."""

    nullable: bool = False

    def describe(self) -> Phrase:
        return Phrase("true or false")

    def accepts(self, value: object) -> bool:
        return isinstance(value, bool)

    def check(self, value: object, path: str) -> None:
        if not isinstance(value, bool) and not (value is None and self.nullable):
            raise _refuse(path, value, self.describe())


@dataclass(frozen=True)
class ListOf(Rule):
    """A list of at most ``longest`` items, each following ``item``."""

    item: Rule
    longest: int = 100
    shortest: int = 0
    nullable: bool = False

    def describe(self) -> Phrase:
        if self.shortest == self.longest:   # (four cut points: "a list of at most 4" read wrong for three)
            return Phrase("a list of exactly {count:,} items", count=self.longest)
        if self.shortest:
            return Phrase("a list of {shortest} to {longest} items", shortest=self.shortest, longest=self.longest)
        return Phrase("a list of at most {longest:,} items", longest=self.longest)

    def accepts(self, value: object) -> bool:
        return isinstance(value, list)

    def check(self, value: object, path: str) -> None:
        if value is None and self.nullable:
            return
        if not isinstance(value, list) or not self.shortest <= len(value) <= self.longest:
            raise _refuse(path, value, self.describe())
        for i, item in enumerate(value):
            self.item.check(item, f"{path}[{i}]")


@dataclass(frozen=True)
class Obj(Rule):
    """An object: ``fields`` are checked when present; other keys are checked as ``keys`` and
    ``values`` when given (a map such as the column mapping), else left to the section's reader."""

    fields: Mapping[str, Rule] = field(default_factory=dict)
    keys: Text | None = None
    values: Rule | None = None
    longest: int = 200
    nullable: bool = True

    def describe(self) -> Phrase:
        return Phrase("an object ({...})")

    def accepts(self, value: object) -> bool:
        return isinstance(value, dict)

    def check(self, value: object, path: str) -> None:
        if value is None and self.nullable:
            return
        if not isinstance(value, dict):
            raise _refuse(path, value, self.describe())
        if len(value) > self.longest:
            raise SettingsError(Phrase("{path} has {count:,} keys; it may have at most {longest:,}.",
                                       path=path, count=len(value), longest=self.longest), FIX)
        for key, item in value.items():
            where = f"{path}.{key}" if path else str(key)
            rule = self.fields.get(key)
            if rule is None and self.keys is not None:
                self.keys.check(key, f"a key of {path}")
                rule = self.values
            if rule is not None:
                rule.check(item, where)


@dataclass(frozen=True)
class AnyOf(Rule):
    """The first of ``rules`` that the value's type fits decides; ``what`` describes them all."""

    rules: tuple[Rule, ...]
    what: str
    nullable: bool = False

    def describe(self) -> Phrase:
        return Phrase(self.what)

    def accepts(self, value: object) -> bool:
        return any(rule.accepts(value) for rule in self.rules)

    def check(self, value: object, path: str) -> None:
        """The rule of the value's type decides (so its own message names what is wrong)."""
        if value is None and self.nullable:
            return
        rule = next((rule for rule in self.rules if rule.accepts(value)), None)
        if rule is None:
            raise _refuse(path, value, Phrase(self.what))
        rule.check(value, path)


_SCORE = Number(1, 5, whole=True)
_SCORE_RANGE = AnyOf((_SCORE, ListOf(_SCORE, longest=2, shortest=2)), N_("a score from 1 to 5, or [low, high]"),
                     nullable=True)
_CUT = Number(-MAX_AMOUNT, MAX_AMOUNT)
_NAME = Text(MAX_NAME)
_PRESETS = ("retail", "subscription", "seasonal")
_WINDOW = N_('a whole number of days from 1 to 36,500, or "retail", "subscription" or "seasonal"')
SETTINGS = Obj({
    "reference_date": Text(32, example='"2024-12-31"', nullable=True),
    "window_days": AnyOf((Number(1, 36_500, whole=True, what=_WINDOW), Text(choices=_PRESETS)), _WINDOW),
    "scoring": Obj({"method": Text(choices=("quintiles", "thresholds")),
                    "thresholds": Obj({dim: ListOf(_CUT, longest=4, shortest=4, nullable=True)
                                       for dim in ("r", "f", "m")})}),
    "segment_map": ListOf(Obj({"name": _NAME, "r": _SCORE_RANGE, "f": _SCORE_RANGE, "m": _SCORE_RANGE},
                              nullable=False), longest=100, nullable=True),
    "tiers": Obj({"basis": Text(choices=("last_12m", "lifetime", "calendar_year")),
                  "names": ListOf(_NAME, longest=20),
                  "thresholds": ListOf(Number(0, MAX_AMOUNT), longest=19, nullable=True),
                  "points_per_unit": Number(0, 1_000),
                  "close_fraction": Number(0, 1)}),
    "charge_lines": ListOf(Text(100), longest=500, nullable=True),
    "currency_symbol": Text(10),
    "compare_to": AnyOf((Text(32, example='"2024-09-30"'),
                         Obj({"days_before": Number(1, 36_500, whole=True)}, nullable=False)),
                        N_('a date such as "2024-09-30", or {"days_before": 90}'), nullable=True),
    "occasions": Obj({key: Number(0, 366, whole=True) for key in
                      ("birthday_days", "anniversary_days", "due_before_days", "due_after_days")}
                     | {"birthday_order": Text(choices=("dayfirst", "monthfirst"), nullable=True)}),
    "saved_lists": ListOf(Obj({
        "name": _NAME,
        "filter": Obj({
            "search": Text(1_000, nullable=True),
            "conditions": ListOf(Obj({"column": Text(200), "test": Text(40),
                                      "value": AnyOf((Number(-MAX_AMOUNT, MAX_AMOUNT), Text(1_000)),
                                                     N_("a number or text"), nullable=True)}, nullable=False),
                                 longest=50, nullable=True),
            "purchases": ListOf(Obj({"field": Text(choices=("product", "category")), "value": Text(1_000),
                                     "days": Number(1, 36_500, whole=True),
                                     "when": Text(choices=("within", "not_within"), nullable=True)},
                                    nullable=False), longest=50, nullable=True),
        }),
    }, nullable=False), longest=200, nullable=True),
})
_DISCOUNT_VALUE = Number(0, MAX_AMOUNT, nullable=True)
OFFER = Obj({
    "target_kind": Text(choices=tuple(kind.value for kind in ListKind)),
    "target": Text(300, nullable=True),
    "title": Text(300),
    "discount": AnyOf((Number(0, MAX_AMOUNT), Text(300),
                       Obj({"kind": Text(choices=("percent", "amount", "text", "none"), nullable=True),
                            "value": AnyOf((_DISCOUNT_VALUE, Text(40)), N_("a number from 0 to 1e+15"),
                                           nullable=True),
                            "text": Text(300, nullable=True)})),
                      N_("a number, text, or an object with kind, value and text"), nullable=True),
    "validity_days": Number(0, 3_650, whole=True),
    "template": Text(MAX_CELL_CHARS, nullable=True),
    "fallbacks": Obj(keys=Text(40), values=Text(1_000, nullable=True), longest=50),
    "coupon_prefix": Text(100, nullable=True),
    "validity_from": Text(choices=("export", "occasion"), nullable=True),
}, nullable=False)
PROJECT = Obj({
    "format": Text(40),
    "version": Number(0, 1_000, whole=True),
    "source_file": Text(4_096, nullable=True),
    "customers_file": Text(4_096, nullable=True),
    "import_options": Obj({
        "sheet": Text(255, nullable=True),
        "header_row": Number(1, 1_048_576, whole=True, nullable=True),
        "mapping": Obj(keys=Text(40, choices=tuple(dict.fromkeys(TRANSACTION_FIELDS + CUSTOMER_FILE_FIELDS))),
                       values=Text(1_000, nullable=True), longest=60),
        "date_order": Text(choices=("dayfirst", "monthfirst"), nullable=True),
        "currency": Text(3, pattern=r"[A-Za-z]{3}", example='"EUR"', nullable=True),
    }),
    "settings": SETTINGS,
    "offers": ListOf(OFFER, longest=1_000, nullable=True),
    "offer_tests": ListOf(Obj({"list": Text(300), "offer_b": OFFER, "share_b": Number(0, 1, below_high=True)},
                              nullable=False), longest=500, nullable=True),
    "export": Obj({
        "lists": ListOf(Text(300), longest=500, nullable=True),
        "control_share": Number(0, 1, below_high=True),
        "seed": Number(0, MAX_SEED, whole=True, nullable=True),
        "csv": Flag(nullable=True),
        "consent_info": Flag(nullable=True),
        "channel": Text(choices=("email", "sms", "post"), nullable=True),
        "csv_dir": Text(4_096, nullable=True),
        "mailing_out": Text(4_096, nullable=True),
    }),
    "shop": Obj({
        "name": Text(200, nullable=True),
        "currency": Text(3, pattern=r"[A-Za-z]{3}", example='"GBP" or "EUR" (three letters)', nullable=True),
        "locale": Text(20, pattern=r"[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*", example='"en_GB" or "de_DE"',
                       nullable=True),
        "language": Text(choices=tuple(language.code for language in Language), nullable=True),
    }),
}, nullable=False)


def check_project(data: object) -> None:
    """Raise SettingsError naming the first key of a project's JSON (current version) that is not
    of its type or not in its range; see the module docstring. Used when a project is read, and
    before one is saved, so that Clientele never writes a project it would refuse to open."""
    PROJECT.check(data, "")
