"""Customer filters as a typed value (definitions §12, "Your own lists"): what the Customers page
shows, and what a saved list keeps, recomputed on every import.

A :class:`CustomerFilter` is a search text, conditions on customer-table columns (any column, so
columns added later work without a change here) and conditions on purchases ("bought <category>
in the last N days", "bought it before but not in the last N days"), all combined with AND. It is
JSON (``to_dict`` / ``from_dict``), so a project keeps it and the command line mails it
(``--lists "My list"``). core/segmentation/filter_text.py reads the owner's free text ("at least 100",
">= 2011-06-01", "Berlin", "empty") for a column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from core.errors import SettingsError
from core.importing.consent import parse_consent
from core.output.money import format_number
from core.schema import MAX_NAME, JSONObject, JSONValue, list_name_key
from core.segmentation.owner_input import read_number
from core.words import N_, Phrase, Words

if TYPE_CHECKING:
    from core.segmentation.purchases import PurchaseHistory

#: Columns the search text looks in.
SEARCH_COLUMNS = ("customer_id", "name", "first_name", "last_name", "email", "phone")
#: Not a column of the customer table: "close to the next tier" (Segmentation.close_to_next_tier).
CLOSE_TO_NEXT_TIER_COLUMN = "close_to_next_tier"
#: Most conditions a filter may hold (the longest name of a saved list: core/schema.MAX_NAME).
MAX_CONDITIONS = 50


class Check(StrEnum):
    """What a condition checks in a column's value."""

    IS = "is"                   # equal (text: letter case and edge spaces aside)
    IS_NOT = "is_not"           # not equal (an empty value is not equal)
    CONTAINS = "contains"       # text holds the value (letter case aside)
    LACKS = "lacks"             # text does not hold it (an empty value does not)
    AT_LEAST = "at_least"       # >=  (numbers and dates)
    AT_MOST = "at_most"         # <=
    ABOVE = "above"             # >
    BELOW = "below"             # <
    EMPTY = "empty"             # no value
    FILLED = "filled"           # any value
    YES = "yes"                 # true (a yes/no column)
    NO = "no"                   # false


#: A condition in words, per test ("{name}": the column as the page labels it).
_WORDS = {Check.IS: N_("{name} is {value}"), Check.IS_NOT: N_("{name} is not {value}"),
          Check.CONTAINS: N_("{name} contains {value}"), Check.LACKS: N_("{name} does not contain {value}"),
          Check.AT_LEAST: N_("{name} at least {value}"), Check.AT_MOST: N_("{name} at most {value}"),
          Check.ABOVE: N_("{name} above {value}"), Check.BELOW: N_("{name} below {value}"),
          Check.EMPTY: N_("{name} is empty"), Check.FILLED: N_("{name} is filled"), Check.YES: N_("{name}"),
          Check.NO: N_("not {name}")}
#: What a purchase condition names, as a sentence says it ("bought product Mug …").
_BOUGHT_WORDS = {"product": N_("product"), "category": N_("category")}
_NEEDS_VALUE = {Check.IS, Check.IS_NOT, Check.CONTAINS, Check.LACKS, Check.AT_LEAST, Check.AT_MOST, Check.ABOVE, Check.BELOW}


@dataclass(frozen=True)
class Condition:
    """``column`` ``test`` ``value``: a number for numbers, "YYYY-MM-DD" for dates, else text."""

    column: str
    test: Check
    value: str | float | None = None

    def describe(self, labels: Mapping[str, str] | None = None, words: Words | None = None) -> str:
        """The condition in ``words``' language (English without): "segment is Champions"."""
        w = words or Words()
        return w.say(self.phrase(labels, None if w.is_english else w.locale))

    def phrase(self, labels: Mapping[str, str] | None = None, locale: str | None = None) -> Phrase:
        """The condition as words to say in any language (``labels``: the columns as shown; a number
        written for ``locale``, "1.234,5" in German; without, the English way, "1234.5")."""
        name = (labels or {}).get(self.column) or self.column.replace("_", " ")
        if isinstance(self.value, float):
            value = format_number(self.value, 6, locale, trim=True) if locale else f"{self.value:g}"
        else:
            value = str(self.value)
        return Phrase(_WORDS[self.test], name=name, value=value)

    def to_dict(self) -> JSONObject:
        return {"column": self.column, "test": self.test.value, "value": self.value}


class Bought(StrEnum):
    """When a purchase condition wants the purchase."""

    WITHIN = "within"            # bought it in the last N days
    NOT_WITHIN = "not_within"    # bought it before, but not in the last N days


@dataclass(frozen=True)
class PurchaseCondition:
    """Bought the ``field`` ("category" or "product") named ``value`` (letter case aside) within
    the last ``days`` days (dated 0 to days − 1 days before the reference date), or before but not
    within them."""

    field: str
    value: str
    days: int
    when: Bought = Bought.WITHIN

    def describe(self, words: Words | None = None) -> str:
        """The condition in ``words``' language (English without): "bought product Mug in the last 90 days"."""
        w = words or Words()
        kind = w.t(_BOUGHT_WORDS.get(self.field, self.field))   # (as a sentence says it, not a heading)
        if self.when == Bought.WITHIN:
            return w.n("bought {field} {value} in the last {n} day", "bought {field} {value} in the last {n} days",
                       self.days, field=kind, value=self.value)
        return w.n("bought {field} {value} before, but not in the last {n} day",
                   "bought {field} {value} before, but not in the last {n} days", self.days, field=kind, value=self.value)

    def to_dict(self) -> JSONObject:
        return {"field": self.field, "value": self.value, "days": self.days, "when": self.when.value}

    def mask(self, history: PurchaseHistory | None, n: int) -> np.ndarray:
        out = np.zeros(n, dtype=bool)
        items = history.field(self.field) if history is not None else None
        if items is None or history is None or history.customers != n:
            return out
        rows = np.isin(items.item, items.codes_of(self.value))
        bought = np.zeros(n, dtype=bool)
        bought[items.customer[rows]] = True
        recent = rows & (items.last_day >= history.reference_day - (self.days - 1))
        out[items.customer[recent]] = True
        return out if self.when == Bought.WITHIN else bought & ~out


@dataclass(frozen=True)
class CustomerFilter:
    """Search text, column conditions and purchase conditions, all of which a customer must meet."""

    search: str = ""
    conditions: tuple[Condition, ...] = ()
    purchases: tuple[PurchaseCondition, ...] = ()

    def is_empty(self) -> bool:
        return not self.search.strip() and not self.conditions and not self.purchases

    def columns(self) -> list[str]:
        """The customer-table columns the conditions read."""
        return [c.column for c in self.conditions if c.column != CLOSE_TO_NEXT_TIER_COLUMN]

    def missing_columns(self, customers: pd.DataFrame) -> list[str]:
        """Columns the conditions name that ``customers`` has not (such a condition holds nobody)."""
        return [c for c in self.columns() if c not in customers.columns]

    def mask(self, customers: pd.DataFrame, *, close_to_next_tier: np.ndarray | None = None,
             history: PurchaseHistory | None = None) -> np.ndarray:
        """Who meets every condition (a boolean array aligned with ``customers``)."""
        n = len(customers)
        keep = np.ones(n, dtype=bool)
        text = self.search.strip().casefold()
        if text:
            found = np.zeros(n, dtype=bool)
            for column in SEARCH_COLUMNS:
                if column in customers.columns:
                    values = customers[column].astype("string").str.casefold()
                    found |= values.str.contains(text, regex=False).fillna(False).to_numpy(dtype=bool)
            keep &= found
        for condition in self.conditions:
            if condition.column == CLOSE_TO_NEXT_TIER_COLUMN:
                close = np.zeros(n, dtype=bool) if close_to_next_tier is None else np.asarray(close_to_next_tier,
                                                                                                dtype=bool)
                keep &= close if condition.test != Check.NO else ~close
            else:
                keep &= _usable_mask(customers, condition)
        for purchase in self.purchases:
            keep &= purchase.mask(history, n)
        return keep

    def problems(self, customers: pd.DataFrame) -> list[Phrase]:
        """Why a condition holds nobody on ``customers`` whatever the values: a column the table has
        not (a customers file left out, a column renamed), a value the column cannot hold (a saved
        "revenue is Berlin", a column that now holds numbers)."""
        found = []
        for condition in self.conditions:
            if condition.column == CLOSE_TO_NEXT_TIER_COLUMN:
                continue
            if condition.column not in customers.columns:
                found.append(Phrase('{condition}: there is no column "{column}" now.', condition=condition.phrase(),
                                    column=condition.column))
                continue
            try:
                _column_mask(customers.iloc[:0], condition)
            except SettingsError as error:
                found.append(Phrase("{condition}: {why}", condition=condition.phrase(), why=error.phrase))
        return found

    def describe(self, labels: Mapping[str, str] | None = None, words: Words | None = None) -> str:
        """The filter in ``words``' language (English without): "segment is Champions; city
        contains berlin; bought …"."""
        w = words or Words()
        parts = [w.t('name, e-mail or id contains "{text}"', text=self.search.strip())] if self.search.strip() else []
        parts += [c.describe(labels, w) for c in self.conditions]
        parts += [p.describe(w) for p in self.purchases]
        return "; ".join(parts) if parts else w.t("every customer")

    def to_dict(self) -> JSONObject:
        return {"search": self.search, "conditions": [c.to_dict() for c in self.conditions],
                "purchases": [p.to_dict() for p in self.purchases]}

    @classmethod
    def from_dict(cls, data: object, where: str = "filter") -> CustomerFilter:
        if not isinstance(data, Mapping):
            raise SettingsError(Phrase("{where} must be an object, got {name}.", where=where, name=type(data).__name__),
                                _FIX)
        conditions = [_condition(c, f"{where}.conditions[{i}]") for i, c in enumerate(_list(data, "conditions", where))]
        purchases = [_purchase(p, f"{where}.purchases[{i}]") for i, p in enumerate(_list(data, "purchases", where))]
        if len(conditions) + len(purchases) > MAX_CONDITIONS:
            raise SettingsError(Phrase("{where} has more than {limit} conditions.", where=where, limit=MAX_CONDITIONS),
                                _FIX)
        search = data.get("search") or ""
        if not isinstance(search, str):
            raise SettingsError(Phrase("{where}.search must be text.", where=where), _FIX)
        return cls(search, tuple(conditions), tuple(purchases))


@dataclass(frozen=True)
class SavedList:
    """The owner's own list: a name and the filter that says, on every import, who is on it."""

    name: str
    filter: CustomerFilter = field(default_factory=CustomerFilter)

    def to_dict(self) -> JSONObject:
        return {"name": self.name, "filter": self.filter.to_dict()}

    @classmethod
    def from_dict(cls, data: object, where: str = "saved list") -> SavedList:
        if not isinstance(data, Mapping):
            raise SettingsError(Phrase("{where} must be an object with a name and a filter.", where=where), _FIX)
        name = data.get("name")
        if not isinstance(name, str) or not name.strip() or len(name.strip()) > MAX_NAME:
            raise SettingsError(Phrase("{where} needs a name of 1 to {limit} characters, got {name}.",
                                       where=where, limit=MAX_NAME, name=repr(name)), _FIX)
        return cls(name.strip(), CustomerFilter.from_dict(data.get("filter") or {}, f"{where}.filter"))


def saved_lists_from(data: object) -> list[SavedList]:
    """Saved lists from JSON (a list); names must differ (letter case aside)."""
    if data is None:
        return []
    if not isinstance(data, list):
        raise SettingsError("saved_lists must be a list.", _FIX)
    lists = [SavedList.from_dict(item, f"saved_lists[{i}]") for i, item in enumerate(data)]
    names = [list_name_key(s.name) for s in lists]
    twice = sorted({s.name for s in lists if names.count(list_name_key(s.name)) > 1})
    if twice:
        raise SettingsError(Phrase('saved_lists has the name "{value}" twice.', value=twice[0]),
                            "Give each list its own name.")
    return lists


_FIX = "Save the list again from the Customers page, or correct the project file."


def _list(data: Mapping, key: str, where: str) -> list[JSONValue]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise SettingsError(Phrase("{where}.{key} must be a list.", where=where, key=key), _FIX)
    return value


def _condition(data: object, where: str) -> Condition:
    if not isinstance(data, Mapping) or not isinstance(data.get("column"), str) or not data["column"]:
        raise SettingsError(Phrase("{where} needs a column.", where=where), _FIX)
    try:
        test = Check(str(data.get("test")))
    except ValueError as exc:
        raise SettingsError(Phrase("{where}.test is {value}.", where=where, value=repr(data.get('test'))),
                            Phrase("Use one of: {names}.",
                                                                             names=', '.join(Check))) from exc
    value = data.get("value")
    if isinstance(value, bool) or (value is not None and not isinstance(value, (str, int, float))):
        raise SettingsError(Phrase("{where}.value must be a number or text.", where=where), _FIX)
    if test in _NEEDS_VALUE and (value is None or value == ""):
        raise SettingsError(Phrase("{where} ({value}) needs a value.", where=where, value=test.value), _FIX)
    return Condition(str(data["column"]), test, float(value) if isinstance(value, (int, float)) else value)


def _purchase(data: object, where: str) -> PurchaseCondition:
    if not isinstance(data, Mapping):
        raise SettingsError(Phrase("{where} must be an object.", where=where), _FIX)
    kind, value, days = data.get("field"), data.get("value"), data.get("days")
    if kind not in ("product", "category"):
        raise SettingsError(Phrase('{where}.field is {kind}; it must be "product" or "category".',
                                   where=where, kind=repr(kind)), _FIX)
    if not isinstance(value, str) or not value.strip():
        raise SettingsError(Phrase("{where}.value must name the {kind}.", where=where, kind=kind), _FIX)
    if isinstance(days, bool) or not isinstance(days, (int, float)) or days != int(days) or not 1 <= days <= 36_500:
        raise SettingsError(Phrase("{where}.days is {days}; it must be a whole number of days from 1 to 36,500.",
                                   where=where, days=repr(days)), _FIX)
    try:
        when = Bought(data.get("when", Bought.WITHIN.value))
    except ValueError as exc:
        raise SettingsError(Phrase("{where}.when is {value}.", where=where, value=repr(data.get('when'))),
                            'Use "within" or "not_within".') from exc
    return PurchaseCondition(kind, value.strip(), int(days), when)


def saved_list_notices(saved_lists: list[SavedList], customers: pd.DataFrame) -> list[Phrase]:
    """One sentence per condition of the owner's lists that holds nobody on ``customers`` (see
    :meth:`CustomerFilter.problems`), for the notices of a segmentation."""
    return [Phrase('Your list "{list}": {problem} That condition holds nobody; save the list again from the '
                   "Customers page.", list=saved.name, problem=problem)
            for saved in saved_lists for problem in saved.filter.problems(customers)]


# ---- evaluating a condition -----------------------------------------------------------------------------
def _usable_mask(customers: pd.DataFrame, condition: Condition) -> np.ndarray:
    """:func:`_column_mask`, where a value the column cannot hold holds nobody (the segmentation's
    notices say so: saved_list_notices), so that one stale saved list never stops an analysis."""
    try:
        return _column_mask(customers, condition)
    except SettingsError:
        return np.zeros(len(customers), dtype=bool)


def _column_mask(customers: pd.DataFrame, condition: Condition) -> np.ndarray:
    """Who meets one column condition; nobody when the table has no such column."""
    if condition.column not in customers.columns:
        return np.zeros(len(customers), dtype=bool)
    series = customers[condition.column]
    test, value = condition.test, condition.value
    missing = series.isna().to_numpy(dtype=bool)
    if test in (Check.EMPTY, Check.FILLED):
        empty = missing | (series.astype("string").str.strip() == "").fillna(True).to_numpy(dtype=bool) \
            if not pd.api.types.is_numeric_dtype(series.dtype) else missing
        return empty if test == Check.EMPTY else ~empty
    if pd.api.types.is_bool_dtype(series.dtype):
        truth = series.fillna(False).to_numpy(dtype=bool)
        return truth if test != Check.NO else (~truth & ~missing)
    if test in (Check.YES, Check.NO):   # (answers read as consent's are: consent.parse_consent)
        answers = parse_consent(series)
        return answers.eq(test == Check.YES).fillna(False).to_numpy(dtype=bool)
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        days = series.to_numpy(dtype="datetime64[D]")
        target = np.datetime64(_as_date(value, condition), "D")
        return _compare(days, target, test, missing)
    if pd.api.types.is_numeric_dtype(series.dtype):
        numbers = series.to_numpy(dtype=np.float64, na_value=np.nan)
        return _compare(numbers, _as_number(value, condition), test, missing)
    text = series.astype("string").str.strip().str.casefold()
    wanted = str(value).strip().casefold()
    if test in (Check.CONTAINS, Check.LACKS):
        hit = text.str.contains(wanted, regex=False).fillna(False).to_numpy(dtype=bool)
        return hit if test == Check.CONTAINS else ~hit
    if test in (Check.IS, Check.IS_NOT):
        hit = (text == wanted).fillna(False).to_numpy(dtype=bool)
        return hit if test == Check.IS else ~hit
    numbers = pd.to_numeric(series, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
    return _compare(numbers, _as_number(value, condition), test, np.isnan(numbers))


def _compare(values: np.ndarray, target: object, test: Check, missing: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore"):
        if test == Check.IS:
            hit = values == target
        elif test == Check.IS_NOT:
            return ~(values == target) | missing
        elif test == Check.AT_LEAST:
            hit = values >= target
        elif test == Check.AT_MOST:
            hit = values <= target
        elif test == Check.ABOVE:
            hit = values > target
        elif test == Check.BELOW:
            hit = values < target
        else:                                   # contains / lacks on numbers: compare as equal
            hit = values == target
            return hit & ~missing if test == Check.CONTAINS else ~hit | missing
    return np.asarray(hit, dtype=bool) & ~missing


def _as_number(value: object, condition: Condition) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    number = read_number(str(value))
    if number is None:
        raise SettingsError(Phrase('"{value}" is not a number, and {column} holds numbers.',
                                   value=value, column=condition.column.replace("_", " ")),
                            "Type a number, for example at least 100, or 10-20.")
    return number


def _as_date(value: object, condition: Condition) -> dt.date:
    day = read_date(str(value)) if value is not None else None
    if day is None:
        raise SettingsError(Phrase('"{value}" is not a date, and {column} holds dates.',
                                   value=value, column=condition.column.replace("_", " ")),
                            "Type the date as YYYY-MM-DD, for example after 2024-06-30.")
    return day


# ---- reading values ---------------------------------------------------------------------------------
def read_date(text: str) -> dt.date | None:
    """A date typed as YYYY-MM-DD; None if it is none."""
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None
