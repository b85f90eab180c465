"""Consent and opt-out values in their usual spellings -> may mail (True), opted out (False), unknown.

A column whose header says "opt out" / "unsubscribed" inverts plain answers (yes/true/1 means opted
out), while words that state the status ("unsubscribed", "opted in") keep their meaning anywhere.
Which headers are opt-out headers is one rule (``is_opt_out_header``): the opt-out names of
core/importing/headers.py (the same list that makes them consent columns) and a pattern for the
names an owner maps by hand. Policy (definitions §6):
- opted out -> never mailed ("opted out");
- the files have no consent information at all -> everyone with an e-mail is mailed, and the
  Summary says plainly that the file had no consent information;
- the files have consent information but a customer's value is empty or unreadable -> not mailed
  ("no consent"), the safe choice under e-mail marketing law.
How every row and every column of both files make one customer's consent: consent_book.py.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa

from core.arrow_columns import text_at
from core.importing.headers import OPT_OUT_HEADERS, fields_for_header, normalise_header
from core.importing.table_shape import cell_text, repeated_name, shorten
from core.words import Phrase

_YES = {"yes", "y", "true", "t", "1", "1.0", "ja", "j", "oui", "o", "si", "sí", "sì", "x", "on",
        "accepted", "accept", "granted", "agreed", "allow", "allowed", "ok", "wahr", "vrai"}
_NO = {"no", "n", "false", "f", "0", "0.0", "nein", "non", "nee", "off", "declined", "denied",
       "refused", "rejected", "falsch", "faux"}
#: Words that state the status themselves, whatever the column is called.
_SUBSCRIBED = {"subscribed", "opted in", "opt in", "optin", "opted-in", "opt-in", "single opt-in",
               "double opt-in", "confirmed opt-in", "abonniert", "angemeldet", "inscrit", "abonné",
               "ingeschreven", "aangemeld", "consented", "consent given", "marketing allowed"}
_UNSUBSCRIBED = {"unsubscribed", "opted out", "opt out", "optout", "opted-out", "opt-out",
                 "abgemeldet", "désabonné", "desabonne", "désinscrit", "uitgeschreven", "afgemeld",
                 "do not contact", "do not email", "no consent", "bounced", "cleaned", "blocked",
                 "suppressed", "not subscribed", "never subscribed"}

#: What an empty answer looks like when it is written: in an opt-out column these say "not opted out".
_NOTHING = {"", "-", "--", "–", "—", "n/a", "na", "none", "null", "nil", "never", "?"}
#: Opt-out headers by name (normalised: lower case, no accents, single spaces; also without spaces).
_OPT_OUT_NAMES = frozenset(normalise_header(n) for n in OPT_OUT_HEADERS) | frozenset(
    normalise_header(n).replace(" ", "") for n in OPT_OUT_HEADERS)
#: ... and by pattern, for headers an owner maps by hand ("Newsletter abgemeldet am", "Do not mail list").
_OPT_OUT_PATTERN = re.compile(
    r"opt(?:ed)? ?out|unsubscri|abgemeldet|abmeld|keine werbung|widerspruch|desabonn|desinscri|desuscri|"
    r"disiscri|do ?not|no ?marketing|suppress|blacklist|block|uitschrijv|uitgeschreven|afmeld|afgemeld|"
    r"de baja|baja newsletter|no contactar|non contattare|ne pas contacter|niet (?:mailen|benaderen)|opposi")
#: Customer-table columns read as consent information, in order of preference.
CONSENT_COLUMNS = ("consent", "accepts_marketing", "accepts_email_marketing", "email_consent",
                   "marketing_consent", "newsletter", "subscribed", "opt_in")
OPT_OUT_COLUMNS = ("opt_out", "opted_out", "unsubscribed", "email_opt_out", "do_not_email")
#: A row's answer as text, one meaning whatever the column: yes, or no (opted out).
YES, NO = "yes", "no"
_TEXT = pd.StringDtype(na_value=np.nan)


def is_opt_out_header(name: object) -> bool:
    """True when a column named ``name`` says "opted out" (a yes there means do not mail):
    "Unsubscribed", "Opt-out", "Afgemeld", "Disiscritto", "Do not email", "Keine Werbung"."""
    key = normalise_header(repeated_name(name) if name is not None else "")
    return key in _OPT_OUT_NAMES or key.replace(" ", "") in _OPT_OUT_NAMES or bool(_OPT_OUT_PATTERN.search(key))


def is_sms_header(name: object) -> bool:
    """True when a consent or opt-out column is about text messages ("Accepts SMS Marketing",
    "SMS consent", "SMS opt-out"): the header names SMS, and without that word it would be a consent
    or an opt-out header. Such a column says nothing about e-mails (definitions §6, Channels)."""
    key = normalise_header(repeated_name(name) if name is not None else "")
    words = key.split()
    if "sms" not in words:
        return False
    rest = " ".join(word for word in words if word != "sms")
    return bool(rest) and (is_opt_out_header(rest) or "consent" in fields_for_header(rest))


def meaning_from_column_name(name: str) -> str:
    """``"consent"`` or ``"opt_out"`` from a column header ("Unsubscribed", "Opt-out" -> opt_out)."""
    return "opt_out" if is_opt_out_header(name) else "consent"


@dataclass(frozen=True)
class ConsentColumn:
    """A column of a file read for consent: its header, and whether a yes there means opted out."""

    name: str
    opt_out: bool

    @classmethod
    def named(cls, name: str) -> ConsentColumn:
        """The column with its meaning read from its header (``is_opt_out_header``)."""
        return cls(name, is_opt_out_header(name))

    def describe(self) -> str:
        """'"Unsubscribed" (opt-out: yes there means opted out)' for the import report."""
        return f'"{self.name}"' + (" (opt-out: yes there means opted out)" if self.opt_out else "")


def _answer_text(value: object) -> str:
    """An answer as it is compared: lower case, underscores as spaces, single spaces."""
    return " ".join(str(value).strip().lower().replace("_", " ").split())


def _one(value: object, invert: bool):
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return pd.NA
    if isinstance(value, bool):
        return (not value) if invert else value
    text = _answer_text(value)
    if text in _SUBSCRIBED:
        return True
    if text in _UNSUBSCRIBED:
        return False
    if text in _YES:
        return not invert
    if text in _NO:
        return invert
    if invert and text not in _NOTHING:
        return False  # an opt-out column filled in: opted out ("Unsubscribed: 2024-03-01", the day they did)
    return pd.NA


def yes_or_no(value: object) -> bool | None:
    """One answer as a yes (True), a no (False) or neither (None), read as a consent column's are
    ("ja", "oui", "true", "1", "subscribed"; "nein", "non", "false", "0", "unsubscribed"): the one
    reading of yes and no, also for the owner's yes/no columns and filters."""
    answer = _one(value, False)
    return None if answer is pd.NA else bool(answer)


def _filled_opt_out(value: object) -> bool:
    """True for an opt-out column's value that is no answer in words but still fills the cell (a
    date, "via link"): read as an opt-out (definitions §6)."""
    return _one(value, True) is False and _one(value, False) is pd.NA


def parse_consent(series: pd.Series, column_meaning: str = "consent") -> pd.Series:
    """Nullable boolean Series: True may be mailed, False opted out, <NA> unknown / empty.

    ``column_meaning="opt_out"`` for a column whose yes means "do not mail me".
    """
    if column_meaning not in ("consent", "opt_out"):
        raise ValueError(f"column_meaning must be 'consent' or 'opt_out', not {column_meaning!r}")
    invert = column_meaning == "opt_out"
    values = series.astype("object")
    lookup = {v: _one(v, invert) for v in pd.unique(values.dropna())}
    return values.map(lambda v: lookup.get(v, pd.NA)).astype("boolean")   # NaN/None are not keys


def row_consent(frame: pd.DataFrame, columns: Sequence[ConsentColumn]) -> pd.Series:
    """Each row's answer over every consent column of ``frame``: "no" when any column says the
    customer opted out, else "yes" when any says yes, else the first unreadable text as written,
    else empty (NA). Opt-out columns are turned round, so the answer has one meaning.

    Each column's distinct values are read once; the rows are combined as codes (0 no, 1 yes,
    2 + k: the k-th unreadable text, -1 none) and the text is built once, in Arrow."""
    n = len(frame)
    if not columns:  # (most files: no row answers; 0.6 s at 10M rows the long way)
        return pd.Series(pd.array(pa.nulls(n, pa.large_string()), dtype=_TEXT), index=frame.index)
    answer = np.full(n, -1, dtype=np.int64)
    texts: list[str] = []
    for column in columns:
        codes, uniques = pd.factorize(frame[column.name], use_na_sentinel=True)
        per_value = []
        for value in np.asarray(uniques, dtype=object):
            verdict = _one(value, column.opt_out)
            text = cell_text(value).strip()
            if _answer_text(text) in _NOTHING:   # ("-", "n/a", "none": no answer, as the rule reads them)
                text = ""
            if verdict is pd.NA and text:
                texts.append(text)
            per_value.append(0 if verdict is False else 1 if verdict is True else
                             len(texts) + 1 if verdict is pd.NA and text else -1)
        mine = np.append(np.array(per_value, dtype=np.int64), -1)[codes]
        # no beats yes beats unreadable beats none; between unreadable texts the first column's stays
        answer = np.where((mine >= 0) & ((answer < 0) | (mine < np.minimum(answer, 2))), mine, answer)
    return text_at(pa.array([NO, YES, *texts], type=pa.string()), answer, frame.index)


def filled_opt_outs(frame: pd.DataFrame, columns: Sequence[ConsentColumn]) -> list[Phrase]:
    """The import report's words for each opt-out column of ``frame`` with cells that are neither
    yes nor no but filled in, which were read as opt-outs: how many rows, and the first such value."""
    found = []
    for column in columns:
        if not column.opt_out:
            continue
        codes, uniques = pd.factorize(frame[column.name], use_na_sentinel=True)
        filled = np.array([_filled_opt_out(v) for v in np.asarray(uniques, dtype=object)], dtype=bool)
        if not filled.any():
            continue
        rows = np.append(filled, False)[codes]
        example = cell_text(np.asarray(uniques, dtype=object)[filled][0]).strip()
        found.append(Phrase.counted(
            '{n} row of the opt-out column "{column}" held neither yes nor no ("{example}"); an opt-out column '
            "filled in means the customer opted out, so it was read as an opt-out.",
            '{n} rows of the opt-out column "{column}" held neither yes nor no (for example "{example}"); an '
            "opt-out column filled in means the customer opted out, so they were read as opt-outs.",
            int(rows.sum()), column=shorten(column.name), example=shorten(example)))
    return found


def customer_consent(customers: pd.DataFrame, column: str | None = None,
                     column_meaning: str | None = None) -> tuple[pd.Series, bool]:
    """(consent per customer, whether the table has any consent information at all).

    Reads ``column`` if given, else the first known consent or opt-out column that has values.
    Several columns: an opt-out anywhere wins; a consent anywhere counts when none opts out.
    """
    candidates = [column] if column else [c for c in CONSENT_COLUMNS + OPT_OUT_COLUMNS if c in customers]
    combined = pd.Series(pd.NA, index=customers.index, dtype="boolean")
    has_info = False
    for name in candidates:
        if name not in customers or not customers[name].notna().any():
            continue
        meaning = column_meaning or ("opt_out" if name in OPT_OUT_COLUMNS else meaning_from_column_name(name))
        parsed = parse_consent(customers[name], meaning)
        has_info = True
        combined = combined.mask(parsed.eq(False).fillna(False), False)
        combined = combined.mask(combined.isna() & parsed.eq(True).fillna(False), True)
    return combined, has_info
