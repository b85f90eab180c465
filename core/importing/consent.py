"""Consent and opt-out columns in their usual spellings -> may mail (True), opted out (False), unknown.

A column whose name says "opt out" / "unsubscribed" inverts plain answers (yes/true/1 means opted
out), while words that state the status ("unsubscribed", "opted in") keep their meaning anywhere.
Policy (documented in the user guide and the export's Summary):
- opted out -> never mailed ("opted out");
- the file has no consent information at all -> everyone with an e-mail is mailed, and the
  Summary says plainly that the file had no consent information;
- the file has consent information but a customer's value is empty or unreadable -> not mailed
  ("no consent"), the safe choice under e-mail marketing law.
"""

from __future__ import annotations

import math
import re

import pandas as pd

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

_OPT_OUT_NAME = re.compile(
    r"opt.?out|unsubscri|abgemeldet|abmeld|d[ée]sabonn|d[ée]sinscri|do.?not|no.?marketing|"
    r"suppress|blacklist|block|uitschrijv|afmeld", re.IGNORECASE)
#: Customer-table columns read as consent information, in order of preference.
CONSENT_COLUMNS = ("consent", "accepts_marketing", "accepts_email_marketing", "email_consent",
                   "marketing_consent", "newsletter", "subscribed", "opt_in")
OPT_OUT_COLUMNS = ("opt_out", "opted_out", "unsubscribed", "email_opt_out", "do_not_email")


def meaning_from_column_name(name: str) -> str:
    """``"consent"`` or ``"opt_out"`` from a column header ("Unsubscribed", "Opt-out" -> opt_out)."""
    return "opt_out" if _OPT_OUT_NAME.search(str(name or "")) else "consent"


def _one(value: object, invert: bool):
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return pd.NA
    if isinstance(value, bool):
        return (not value) if invert else value
    text = " ".join(str(value).strip().lower().replace("_", " ").split())
    if text in _SUBSCRIBED:
        return True
    if text in _UNSUBSCRIBED:
        return False
    if text in _YES:
        return not invert
    if text in _NO:
        return invert
    return pd.NA


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
