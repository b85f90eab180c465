"""Occasions (definitions §12): Birthday soon, Anniversary soon and Due to re-buy, as of the
reference date, with window lengths the owner sets (:class:`OccasionSettings`).

``occasions_of`` adds the occasion columns (schema.OCCASION_COLUMNS) to a customer table and
makes the re-buy table; ``occasion_members`` says who is on an occasion list, from those columns,
so that the lists stay what the table shows. Customers on an occasion list keep their segment,
status and tier.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from core import schema
from core.errors import SettingsError
from core.importing.dates import DAYFIRST, MONTHFIRST
from core.schema import JSONObject
from core.segmentation.birthdays import Birthdays, next_anniversary, next_occurrence, read_birthdays, whole_years
from core.segmentation.charges import ChargeMatcher
from core.segmentation.notice import Notice, NoticeKind
from core.segmentation.purchases import PurchaseHistory
from core.segmentation.rebuy import MIN_GAPS, Due, due_customers, rebuy_intervals, rebuy_table
from core.words import Name, Phrase

#: The longest window the settings allow, in days (a year and a day covers every birthday).
MAX_WINDOW_DAYS = 366


#: Below this many days of history the re-buy intervals are said to be on the short side (a
#: gap longer than the history cannot be seen: six months gave 26–45 days where 30 months gave 52–58).
REBUY_FULL_VIEW_DAYS = 365


@dataclass
class OccasionSettings:
    """The occasions' windows, in days: Birthday soon and Anniversary soon take customers whose day
    comes 0 to ``birthday_days`` / ``anniversary_days`` days after the reference date; Due to re-buy
    those whose due day falls from ``due_before_days`` before to ``due_after_days`` after it.
    ``birthday_order``: how birthdays such as ``03/04`` are read when nothing in the column
    settles it ("dayfirst", "monthfirst" or None: not read, and a notice says so)."""

    birthday_days: int = 14
    anniversary_days: int = 14
    due_before_days: int = 7
    due_after_days: int = 14
    birthday_order: str | None = None

    KEYS = ("birthday_days", "anniversary_days", "due_before_days", "due_after_days", "birthday_order")

    def to_dict(self) -> JSONObject:
        return {"birthday_days": self.birthday_days, "anniversary_days": self.anniversary_days,
                "due_before_days": self.due_before_days, "due_after_days": self.due_after_days,
                "birthday_order": self.birthday_order}

    @classmethod
    def from_dict(cls, data: object) -> OccasionSettings:
        if not isinstance(data, Mapping):
            raise SettingsError(Phrase("occasions must be an object, got {name}.", name=type(data).__name__),
                                Phrase("Allowed keys: {names}.", names=', '.join(cls.KEYS)))
        unknown = sorted(set(map(str, data)) - set(cls.KEYS))
        if unknown:
            raise SettingsError(Phrase("occasions has unknown key(s): {names}.", names=', '.join(unknown)),
                                Phrase("Allowed keys: {names}.", names=', '.join(cls.KEYS)))
        out = cls()
        for key in cls.KEYS[:4]:
            if key in data:
                value = data[key]
                if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value) \
                        or not 0 <= value <= MAX_WINDOW_DAYS:
                    raise SettingsError(Phrase("occasions.{key} is {value}; it must be a whole number of days from 0 "
                                               "to {limit}.", key=key, value=repr(value), limit=MAX_WINDOW_DAYS),
                                        "For example 14.")
                setattr(out, key, int(value))
        order = data.get("birthday_order")
        if order not in (None, DAYFIRST, MONTHFIRST):
            raise SettingsError(Phrase("occasions.birthday_order is {order}.", order=repr(order)),
                                Phrase('Use "{dayfirst}", "{monthfirst}" or null.', dayfirst=DAYFIRST,
                                       monthfirst=MONTHFIRST))
        out.birthday_order = order if isinstance(order, str) else None
        return out


@dataclass
class Occasions:
    """What the occasions found besides the table's columns: the re-buy table (rebuy.REBUY_COLUMNS),
    the purchase history it came from (also read by the product and category lists), how the
    birthdays were read, and the notices for the owner."""

    rebuy: pd.DataFrame
    history: PurchaseHistory | None
    birthdays: Birthdays
    notices: list[Notice] = field(default_factory=list)


def _dates(days: np.ndarray, index: pd.Index) -> pd.Series:
    return pd.Series(np.asarray(days, dtype="datetime64[D]").astype("datetime64[ns]"), index=index,
                     dtype="datetime64[ns]")


def occasions_of(table: pd.DataFrame, history: PurchaseHistory | None, reference_date: pd.Timestamp | None,
                 settings: OccasionSettings, charge_lines: Sequence[str] = ()) -> tuple[pd.DataFrame, Occasions]:
    """``table`` with the occasion columns added at its end, and the :class:`Occasions`.

    ``history``: the purchases of the table's customers (purchases.purchase_history), aligned to the
    table or not; None when there is none to read. ``charge_lines``: the owner's charge lines
    (Settings.charge_lines): such products get no re-buy interval."""
    n = len(table)
    out = table.copy(deep=False)       # copy on write: the new columns never reach ``table``
    birthdays = read_birthdays(table["birthday"] if "birthday" in table else pd.Series([], dtype="str"),
                               settings.birthday_order)
    if len(birthdays.month) != n:
        birthdays = Birthdays(np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64))
    notices: list[Notice] = []
    ref = np.datetime64(pd.Timestamp(reference_date).date(), "D") if reference_date is not None else None
    first = table["first_purchase"].to_numpy(dtype="datetime64[D]") if "first_purchase" in table \
        else np.full(n, "NaT", dtype="datetime64[D]")
    aligned = history.aligned(table["customer_id"]) if history is not None and ref is not None else None
    products = aligned.product if aligned is not None else None
    charges = ChargeMatcher(charge_lines).mask(products.values) if products is not None and charge_lines else None
    intervals = rebuy_intervals(products, charges=charges)
    due = due_customers(aligned, intervals, settings.due_before_days, settings.due_after_days)
    if aligned is None:
        due = Due(np.full(n, None, dtype=object), np.full(n, "NaT", dtype="datetime64[D]"), due.due_now)
    if ref is None:
        out["next_birthday"] = out["next_anniversary"] = _dates(np.full(n, "NaT"), out.index)
        years = np.zeros(n, dtype=np.int64)
    else:
        out["next_birthday"] = _dates(next_occurrence(birthdays.month, birthdays.day, ref), out.index)
        out["next_anniversary"] = _dates(next_anniversary(first, ref)[0], out.index)
        years = whole_years(first, ref + np.timedelta64(settings.anniversary_days, "D"))
    out["years_with_us"] = pd.Series(pd.arrays.IntegerArray(years, np.isnat(first) | (ref is None)), index=out.index)
    out["due_product"] = pd.Series(due.product, index=out.index, dtype="str")
    out["due_date"] = _dates(due.due_date, out.index)
    if birthdays.unreadable:
        notices.append(Notice.of(NoticeKind.OCCASIONS, Phrase.counted(
            '{n} birthday(s) could not be read as a day and a month (for example "{example}"); they are left out of '
            "{list}.",
            '{n} birthday(s) could not be read as a day and a month (for example "{example}"); they are left out of '
            "{list}.", birthdays.unreadable, example=str(birthdays.unreadable_example),
            list=Name(schema.BIRTHDAY_SOON))))
    if birthdays.undecided:
        notices.append(Notice.of(NoticeKind.OCCASIONS, Phrase.counted(
            '{n} birthday(s) such as "{example}" could be day/month or month/day and nothing in the file settles it; '
            "they are left out of {list} until you choose the order (Occasions page; project: "
            "settings.occasions.birthday_order).",
            '{n} birthday(s) such as "{example}" could be day/month or month/day and nothing in the file settles it; '
            "they are left out of {list} until you choose the order (Occasions page; project: "
            "settings.occasions.birthday_order).", birthdays.undecided, example=str(birthdays.undecided_example),
            list=Name(schema.BIRTHDAY_SOON))))
    if products is not None and not len(intervals.item):   # (also when no product was bought twice at all)
        notices.append(Notice.of(NoticeKind.OCCASIONS, Phrase(
            "No product was bought again often enough for a re-buy interval (each needs {gaps:,} gaps between a "
            "customer's purchases of it), so {list} is empty.", gaps=MIN_GAPS, list=Name(schema.DUE_TO_REBUY))))
    seen = int((ref - np.nanmin(first)).astype(np.int64)) if ref is not None and len(intervals.item) and \
        not np.isnat(first).all() else None
    if seen is not None and seen < REBUY_FULL_VIEW_DAYS:   # (gaps longer than the history cannot be seen)
        notices.append(Notice.of(NoticeKind.OCCASIONS, Phrase(
            "The re-buy intervals come from {n:,} days of purchases: a gap longer than that cannot be seen, so the "
            "intervals may be shorter than customers' real ones and {list} may call customers due too early. They "
            "grow truer as the file covers more time.", n=seen, list=Name(schema.DUE_TO_REBUY))))
    table_of_rebuy = rebuy_table(aligned, intervals, due)
    return out, Occasions(table_of_rebuy, aligned, birthdays, notices)


def occasion_members(customers: pd.DataFrame, reference_date: pd.Timestamp | None, settings: OccasionSettings,
                     name: str) -> pd.Series:
    """Who is on the occasion list ``name`` (schema.OCCASIONS), from the table's occasion columns
    (boolean, on the table's index; nobody when the table has no such columns)."""
    nobody = pd.Series(False, index=customers.index)
    if reference_date is None:
        return nobody
    ref = pd.Timestamp(reference_date).normalize()
    if name == schema.BIRTHDAY_SOON and "next_birthday" in customers:
        ahead = (customers["next_birthday"] - ref).dt.days
        return ahead.between(0, settings.birthday_days).fillna(False).astype(bool)
    if name == schema.ANNIVERSARY_SOON and "next_anniversary" in customers:
        ahead = (customers["next_anniversary"] - ref).dt.days
        return ahead.between(0, settings.anniversary_days).fillna(False).astype(bool)
    if name == schema.DUE_TO_REBUY and "due_product" in customers:
        return customers["due_product"].notna().astype(bool)
    return nobody


#: The columns of :func:`upcoming`, after which the customer's own (name, e-mail, segment, …) follow.
UPCOMING_COLUMNS = ("customer_id", "occasion", "day", "days_ahead", "detail")
_UPCOMING_FACTS = ("name", "first_name", "last_name", "email", "rfm_segment", "activity_status", "tier")


def upcoming(customers: pd.DataFrame, reference_date: pd.Timestamp | None, settings: OccasionSettings) -> pd.DataFrame:
    """Every customer on an occasion list, once per list, soonest first: the occasion, its day (the
    birthday, the anniversary, the day the product is due), the days from the reference date to it
    (negative when a product was due a few days ago), a detail ("2 years", the product), then the
    customer's name, e-mail, segment, status and tier."""
    facts = [c for c in _UPCOMING_FACTS if c in customers.columns]
    parts = []
    for name in schema.OCCASIONS:
        column = schema.OCCASION_DAY_COLUMNS[name]
        if reference_date is None or column not in customers:
            continue
        used = [c for c in dict.fromkeys(("customer_id", column, "first_purchase", "due_product", *facts))
                if c in customers.columns]
        rows = customers[used][occasion_members(customers, reference_date, settings, name).to_numpy()]
        day = rows[column]
        if name == schema.ANNIVERSARY_SOON:
            marks = (day.dt.year - rows["first_purchase"].dt.year).astype(np.int64)
            detail = marks.astype(str) + np.where(marks == 1, " year", " years")
        elif name == schema.DUE_TO_REBUY:
            detail = rows["due_product"].astype("object")
        else:
            detail = pd.Series("", index=rows.index, dtype="object")
        part = pd.DataFrame({"customer_id": rows["customer_id"], "occasion": name, "day": day,
                             "days_ahead": (day - pd.Timestamp(reference_date).normalize()).dt.days.astype("Int64"),
                             "detail": detail.astype("str")})
        parts.append(pd.concat([part, rows[facts]], axis=1))
    if not parts:
        return pd.DataFrame(columns=[*UPCOMING_COLUMNS, *facts])
    out = pd.concat(parts, ignore_index=True)
    order = {name: k for k, name in enumerate(schema.OCCASIONS)}
    out = out.assign(_rank=out["occasion"].map(order))
    return out.sort_values(["day", "_rank", "customer_id"], kind="stable").drop(columns="_rank").reset_index(drop=True)
