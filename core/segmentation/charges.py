"""Charge lines (definitions §2): rows that are postage, fees, adjustments or tests, not merchandise.

They count in revenue like any row, but a favourite product or category is never one of them. The
owner's list (``Settings.charge_lines``, saved in the project) holds names in the six languages; a
product (or category) is a charge when its name, compared without letter case, accents and
punctuation, **is** an entry, **begins** with one followed by more words ("Adjustment by john on
26/01/2010") or **ends** with one ("DOTCOM POSTAGE", "This is a test product."). A name that only
holds an entry in its middle ("FRENCH CARRIAGE LANTERN") is merchandise.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.contacts import plain_key
from core.errors import SettingsError
from core.words import Phrase

#: The default list, by language: English, German, French, Spanish, Italian, Dutch.
DEFAULT_CHARGE_LINES: tuple[str, ...] = (
    # English
    "postage", "postage and packing", "p&p", "carriage", "shipping", "shipping fee", "delivery",
    "delivery charge", "fee", "fees", "service charge", "bank charges", "commission", "manual", "adjustment",
    "adjust bad debt", "discount", "test product",
    # German
    "Porto", "Versand", "Versandkosten", "Lieferung", "Gebühr", "Gebühren", "Bankgebühren", "Rabatt",
    "Korrektur", "Testprodukt",
    # French
    "frais de port", "frais de livraison", "frais d'envoi", "livraison", "frais bancaires", "remise",
    "ajustement", "produit test",
    # Spanish
    "gastos de envío", "envío", "comisión", "comisiones bancarias", "descuento", "ajuste",
    "producto de prueba",
    # Italian
    "spese di spedizione", "spedizione", "commissione", "commissioni bancarie", "sconto", "rettifica",
    "prodotto di prova",
    # Dutch
    "verzendkosten", "verzending", "bezorgkosten", "bankkosten", "korting", "correctie", "testproduct",
)
#: Limits of the list (a project file holds at most this many entries of at most this length).
MAX_CHARGE_LINES = 500
MAX_CHARGE_LINE_CHARS = 100


def charge_key(text: str) -> str:
    """A name as charge lines compare it (core/contacts.plain_key): lower case, accents and
    punctuation dropped, one space between words ("Frais d'envoi" → "frais d envoi")."""
    return plain_key(text)


def parse_charge_lines(value: object, where: str = "charge_lines") -> list[str]:
    """The list as the owner or a project file gives it: text entries, trimmed, blanks and repeats
    (as compared) dropped, in their order; SettingsError for anything else."""
    if not isinstance(value, (list, tuple)):
        raise SettingsError(Phrase("{where} must be a list of product names.", where=where),
                            'For example ["postage", "carriage"].')
    if len(value) > MAX_CHARGE_LINES:
        raise SettingsError(Phrase("{where} has {count:,} names; at most {limit:,} are allowed.",
                                   where=where, count=len(value), limit=MAX_CHARGE_LINES),
                            "Keep the names of charges only.")
    out: list[str] = []
    seen: set[str] = set()
    for item in value:
        if not isinstance(item, str):
            raise SettingsError(Phrase("{where} holds {item}, which is not a name.", where=where, item=repr(item)),
                                "Write each name as text.")
        name = " ".join(item.split())
        if len(name) > MAX_CHARGE_LINE_CHARS:
            raise SettingsError(Phrase('{where}: "{value}…" is longer than {limit} characters.',
                                       where=where, value=name[:40], limit=MAX_CHARGE_LINE_CHARS),
                                "Write the short name the charge has in your file, such as postage.")
        key = charge_key(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return out


class ChargeMatcher:
    """Decides which names are charges for one list (see the module docstring)."""

    def __init__(self, entries: Iterable[str]) -> None:
        self.keys = frozenset(k for k in (charge_key(e) for e in entries) if k)
        self._longest = max((k.count(" ") + 1 for k in self.keys), default=0)

    def is_charge(self, name: object) -> bool:
        """Whether a product or category name is a charge."""
        if not self.keys or name is None or (isinstance(name, float) and name != name):
            return False
        words = charge_key(str(name)).split(" ")
        if not words or words == [""]:
            return False
        for n in range(1, min(self._longest, len(words)) + 1):
            if " ".join(words[:n]) in self.keys or " ".join(words[-n:]) in self.keys:
                return True
        return False

    def mask(self, names: Sequence[object] | np.ndarray | pd.api.extensions.ExtensionArray) -> np.ndarray:
        """``is_charge`` of each name (distinct names are few: one test per name)."""
        return np.fromiter((self.is_charge(name) for name in names), dtype=bool, count=len(names))


@dataclass(frozen=True)
class ChargeLine:
    """A product (or category) name of the file that is a charge, with its rows and net amount."""

    column: str
    name: str
    rows: int
    amount: float


def line_names(transactions: pd.DataFrame) -> pd.DataFrame:
    """The distinct product and category names of a file, with their rows and net amount
    (``column``, ``name``, ``rows``, ``amount``): what ``charge_lines_in`` tests, worked out once."""
    parts = []
    for column in ("product", "category"):
        if column not in transactions.columns:
            continue
        # (the trimming on the distinct names only, then one number per row: a column of a
        # million rows is never made text a row at a time, which holds the interpreter's lock)
        codes, uniques = pd.factorize(transactions[column], use_na_sentinel=True)
        distinct = pd.Series(np.asarray(uniques, dtype=object), dtype="string").str.strip()
        merged, names = pd.factorize(distinct, use_na_sentinel=True)   # names that trim alike are one
        row_names = np.append(merged, -1)[codes]
        has = row_names >= 0
        amounts = pd.Series(transactions["amount"].to_numpy(dtype="float64")[has])
        grouped = amounts.groupby(row_names[has], sort=False).agg(["size", "sum"])
        parts.append(pd.DataFrame({"column": column,
                                   "name": np.asarray(names, dtype=object)[grouped.index.to_numpy()].astype(str),
                                   "rows": grouped["size"].to_numpy(dtype="int64"),
                                   "amount": grouped["sum"].round(2).to_numpy()}))
    if not parts:
        return pd.DataFrame({"column": [], "name": [], "rows": [], "amount": []})
    return pd.concat(parts, ignore_index=True)


def charge_lines_in(names: pd.DataFrame, entries: Iterable[str]) -> list[ChargeLine]:
    """Which of a file's product and category names (``line_names``) the list takes as charges,
    most rows first: what the owner checks when editing the list."""
    matcher = ChargeMatcher(entries)
    hits = names[matcher.mask(names["name"].to_numpy(dtype=object))] if len(names) else names
    found = [ChargeLine(str(c), str(n), int(r), float(a))
             for c, n, r, a in zip(hits["column"], hits["name"], hits["rows"], hits["amount"], strict=True)]
    return sorted(found, key=lambda line: (-line.rows, line.column, line.name))
