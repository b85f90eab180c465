"""Customer cells that name no customer (definitions §1, "Customer id"): placeholders written for a
missing id ("-", "?", "n/a", "#N/A", "null") and the labels of a sheet's totals rows ("Total",
"Summe März", "C001 Total", "Gesamtergebnis", "Sum of Amount"); and product cells that name no
product but a subtotal ("Zwischensumme", "Subtotal", "Summe März") on a customer's row.

Both are decided once per distinct value of the customer column (the cleaning's codes), in Arrow
where a big file's hundreds of thousands of ids are concerned; only the few values that could be
such a label are looked at one by one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

from core.contacts import plain_key
from core.importing.amounts import CURRENCY_CODES
from core.importing.dates import MONTH_OF
from core.importing.headers import fields_for_header

#: What people and programs write where a customer id is missing (compared in lower case, trimmed):
#: the spreadsheet's own "#N/A" and error texts, the words for nothing of programming languages and
#: databases, and the pivot table's label of empty cells in the six languages. A cell without any
#: letter or digit ("-", "?", "—", "...") is a placeholder too.
PLACEHOLDER_IDS = frozenset({
    "n/a", "n.a.", "n.a", "na", "#n/a", "#na", "n/v", "k.a.", "null", "#null!", "none", "nan", "nil", "undefined",
    "#value!", "#ref!", "#name?", "#div/0!", "#num!",
    "(blank)", "(empty)", "(leer)", "(vide)", "(vacío)", "(vacio)", "(vuoto)", "(leeg)",
})
_PLACEHOLDER_LONGEST = max(map(len, PLACEHOLDER_IDS))
#: A totals row's own signs.
_SIGMA = frozenset({"∑", "Σ"})

#: Words a totals row writes in the customer column on its own (plain_key form: lower case, no
#: accents, one space between words): hand-kept sheets, and the labels Excel and LibreOffice write
#: for subtotals, table totals and pivot tables in English, German, French, Spanish, Italian and Dutch.
TOTALS_WORDS = (
    "total", "totals", "grand total", "sub total", "subtotal", "sum", "sums", "grand sum", "total result",
    "result", "sum total",
    "gesamt", "gesamtsumme", "summe", "summen", "insgesamt", "endsumme", "ergebnis", "gesamtergebnis",
    "gesamt ergebnis", "zwischensumme", "teilsumme", "total summe",
    "somme", "sommes", "total general", "sous total", "resultat", "total resultat", "totaux", "somme totale",
    "suma", "suma total", "total resultado", "resultado", "totales", "subtotales",
    "totale", "totali", "somma", "totale complessivo", "totale generale", "risultato", "totale risultato",
    "subtotale",
    "totaal", "totalen", "eindtotaal", "totaal generaal", "generaal totaal", "resultaat", "totaal resultaat",
    "subtotaal", "tussentotaal", "som",
)
#: Totals of a period, without the period's name ("Monthly total", "Monatssumme").
PERIOD_TOTALS = (
    "monthly total", "weekly total", "daily total", "yearly total", "annual total", "quarterly total",
    "month total", "year total", "day total", "week total",
    "monatssumme", "jahressumme", "tagessumme", "wochensumme", "quartalssumme", "monatsgesamt", "jahresgesamt",
    "total mensuel", "total annuel", "total journalier", "total hebdomadaire", "total trimestriel",
    "total mensual", "total anual", "total diario", "total semanal", "total trimestral",
    "totale mensile", "totale annuale", "totale giornaliero", "totale settimanale", "totale trimestrale",
    "maandtotaal", "jaartotaal", "dagtotaal", "weektotaal", "kwartaaltotaal",
)
#: What begins a pivot table's value label ("Sum of Amount", "Summe von Betrag", "Somme de Montant").
PIVOT_SUMS = ("sum of", "total of", "summe von", "summe aus", "somme de", "suma de", "somma di", "som van")
#: The words Excel's and LibreOffice's subtotals write before or after a group's value ("C001 Total",
#: "Total C001", "C001 Ergebnis", "Totale C001", "C001 Totaal"): a subtotal row when that value is
#: itself a customer of the column.
GROUP_TOTALS = frozenset({"total", "totals", "sum", "summe", "ergebnis", "somme", "suma", "totale", "somma",
                          "totaal", "result", "resultat", "resultado", "risultato", "resultaat", "gesamt"})
#: Words no customer's name begins or ends with: a subtotal whatever the rest ("Subtotal C001").
SUBTOTAL_WORDS = ("subtotal", "sub total", "sous total", "zwischensumme", "teilsumme", "subtotale",
                  "subtotales", "subtotaal", "tussentotaal")

_TOTALS = frozenset(TOTALS_WORDS) | frozenset(PERIOD_TOTALS)
_MONTHS = frozenset(plain_key(name) for name in MONTH_OF)
_CURRENCIES = frozenset(code.lower() for code in CURRENCY_CODES)
_PERIOD_PART = re.compile(r"(?:19|20|21)\d\d|\d\d|q[1-4]|h[12]")
#: Text that may be a totals label: only these values are looked at one by one (case ignored).
_MAYBE_TOTALS = r"(?i)tot|sum|som|erg|sult|gesamt|∑|Σ|σ"
_LONGEST_LABEL = 80


#: Placeholders that are also people's names ("Nil", "Nan", "Na"): a placeholder id, never a placeholder name.
_NAME_LIKE = frozenset({"na", "nan", "nil"})


def placeholder_ids(values: pd.Series, *, names: bool = False) -> np.ndarray:
    """Per value (the distinct customer ids, trimmed, STR), whether it is a placeholder for a
    missing id (PLACEHOLDER_IDS, or no letter or digit at all); the totals signs ∑ and Σ are not.
    ``names``: the values are people's names or contact details, where "Nil" is a name, not a placeholder."""
    found = np.zeros(len(values), dtype=bool)
    if not len(values):
        return found
    short = (values.str.len() <= max(_PLACEHOLDER_LONGEST, 12)).to_numpy(dtype=bool, na_value=False)
    if not short.any():
        return found
    candidates = values[short]
    listed = PLACEHOLDER_IDS - _NAME_LIKE if names else PLACEHOLDER_IDS
    words = np.array(candidates.str.lower().isin(listed).to_numpy(dtype=bool, na_value=False))
    plain = ~candidates.str.contains(r"[A-Za-z0-9]", regex=True).to_numpy(dtype=bool, na_value=True)
    for i in np.flatnonzero(plain):  # (few: ids almost always hold an ASCII letter or digit)
        text = str(candidates.iloc[i])
        words[i] = not any(ch.isalnum() for ch in text) and text not in _SIGMA
    found[short] = words
    return found


def without_placeholders(text: pd.Series) -> pd.Series:
    """A text column of names or contact details with its placeholder cells ("n/a", "NULL", "-",
    "(blank)": placeholder_ids with ``names``, "Nil" being a name) as missing; worked out on the
    distinct values."""
    distinct = pd.Series(text.dropna().unique(), dtype=text.dtype)
    if not len(distinct):
        return text
    placeholders = distinct[placeholder_ids(distinct.astype("string").str.strip(), names=True)]
    return text.mask(text.isin(placeholders)) if len(placeholders) else text


def _key(text: str) -> str:
    """``text`` as totals labels are compared: plain_key, without a trailing currency ("(EUR)", "in EUR")."""
    words = plain_key(text).split()
    if len(words) > 1 and words[-1] in _CURRENCIES:
        words = words[:-2] if len(words) > 2 and words[-2] == "in" else words[:-1]
    return " ".join(words)


def _is_period(words: list[str]) -> bool:
    return bool(words) and all(w in _MONTHS or _PERIOD_PART.fullmatch(w) for w in words)


def _with_period(words: list[str], totals: frozenset[str] = _TOTALS) -> bool:
    """A word of ``totals`` and a month or year ("Summe März", "Total March 2024", "Totals 2023", "2023 Total")."""
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if (head in totals and _is_period(words[cut:])) or (tail in totals and _is_period(words[:cut])):
            return True
    return False


def _pivot_sum(key: str, headers: frozenset[str]) -> bool:
    """A pivot table's value label: "Sum of Amount" where Amount is a column of the file or a known name."""
    for start in PIVOT_SUMS:
        if key.startswith(start + " "):
            rest = key[len(start) + 1:]
            return rest in headers or bool(fields_for_header(rest))
    return False


def _edge_word(key: str, words: Iterable[str]) -> bool:
    """Whether ``key`` begins or ends with one of ``words`` and holds more."""
    return any(key.startswith(word + " ") or key.endswith(" " + word) for word in words)


def totals_candidates(values: pd.Series) -> np.ndarray:
    """Per value, whether it may be a totals label at all (a totals word's letters in it, at most
    _LONGEST_LABEL characters): the only values totals_labels and totals_word_at_an_end look at one by
    one. Worked out once in Arrow over the distinct values; both take it as ``candidates``."""
    return (values.str.contains(_MAYBE_TOTALS, regex=True).to_numpy(dtype=bool, na_value=False)
            & (values.str.len() <= _LONGEST_LABEL).to_numpy(dtype=bool, na_value=False))


def totals_labels(values: pd.Series, columns: Iterable[object] = (),
                  candidates: np.ndarray | None = None) -> np.ndarray:
    """Per value (the distinct customer ids, trimmed, STR, no NA), whether it is a totals row's label
    by its text alone (definitions §1): a totals word on its own (TOTALS_WORDS, a period's total,
    ∑), perhaps with a currency ("Grand total (EUR)"); a totals word with a month or year ("Summe
    März", "Totals 2023"); a pivot table's "Sum of <column>"; a subtotal word with anything ("Subtotal
    C001"); and a group total, "<value> Total" or "Total <value>", whose value is another customer of
    the column ("C001 Total"). A name such as "Total Fitness GmbH" is none of these."""
    found = np.zeros(len(values), dtype=bool)
    if not len(values):
        return found
    maybe = totals_candidates(values) if candidates is None else candidates
    headers = frozenset(plain_key(str(c)) for c in columns)
    groups: dict[int, list[str]] = {}   # value position -> the group values it may total
    for i in np.flatnonzero(maybe):
        text = str(values.iloc[i]).strip()
        key = _key(text)
        words = key.split()
        if text in _SIGMA or key in _TOTALS or _with_period(words) or _pivot_sum(key, headers) \
                or _edge_word(key, SUBTOTAL_WORDS):
            found[i] = True
            continue
        parts = text.split()
        if len(parts) > 1:
            if plain_key(parts[-1]) in GROUP_TOTALS:
                groups.setdefault(int(i), []).append(" ".join(parts[:-1]))
            if plain_key(parts[0]) in GROUP_TOTALS:
                groups.setdefault(int(i), []).append(" ".join(parts[1:]))
    if groups:
        named = {g.lower() for group in groups.values() for g in group}
        lower = values.str.lower()
        present = set(lower[lower.isin(named).to_numpy(dtype=bool, na_value=False)])
        for position, group in groups.items():
            found[position] = any(g.lower() in present for g in group)
    return found


def totals_word_at_an_end(values: pd.Series, candidates: np.ndarray | None = None) -> np.ndarray:
    """Per value (as totals_labels), whether it begins or ends with a totals word and holds more
    ("Total Fitness GmbH", "Totals for the year"): a totals row only where its row has no order id in
    a file whose rows have one (the cleaning decides that)."""
    found = np.zeros(len(values), dtype=bool)
    if not len(values):
        return found
    maybe = totals_candidates(values) if candidates is None else candidates
    for i in np.flatnonzero(maybe):
        found[i] = _edge_word(_key(str(values.iloc[i])), _TOTALS)
    return found


#: A product cell that is one of these alone (plain_key form) labels a subtotal, not a product: the
#: unambiguous totals words (not "result" or "sum", which could be a product's name).
PRODUCT_TOTALS = frozenset({
    "total", "totals", "grand total", "sub total", "subtotal", "sum total",
    "gesamt", "gesamtsumme", "summe", "insgesamt", "endsumme", "gesamtergebnis", "zwischensumme", "teilsumme",
    "somme", "somme totale", "total general", "sous total", "suma total", "subtotales",
    "totale", "totale complessivo", "totale generale", "subtotale",
    "totaal", "eindtotaal", "subtotaal", "tussentotaal",
}) | frozenset(PERIOD_TOTALS)


def product_totals(values: pd.Series) -> np.ndarray:
    """Per value (a product column's cells, or its distinct values), whether it labels a subtotal
    (definitions §1): a word of PRODUCT_TOTALS alone, perhaps with a currency; such a word with a
    month or year ("Summe März"); a subtotal word with anything ("Subtotal Mugs"). Only the values
    that may be a label at all (totals_candidates) are looked at one by one."""
    found = np.zeros(len(values), dtype=bool)
    if not len(values):
        return found
    text = values.astype("str")
    for i in np.flatnonzero(totals_candidates(text)):
        key = _key(str(text.iloc[i]))
        found[i] = key in PRODUCT_TOTALS or _edge_word(key, SUBTOTAL_WORDS) or _with_period(key.split(), PRODUCT_TOTALS)
    return found
