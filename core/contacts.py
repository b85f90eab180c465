"""Who a customer is and how to reach them: the one rule for customer ids, e-mail addresses and
for comparing names and addresses as written (``plain_key``).

Every part of Clientele that reads a customer id or decides whether an address can be mailed
calls these functions; nothing else spells the rules out (docs/definitions.md, "Customer id" and
"E-mail addresses").
"""

from __future__ import annotations

import re
import unicodedata

import pandas as pd
import pyarrow.compute as pc

from core.arrow_columns import arrow_chunks

#: A mailable address: one ``@``, a dot in the domain, a top-level part of two or more characters,
#: none of the characters that join several addresses in one cell (space, comma, semicolon, angle
#: brackets), and no ``=``, ``+`` or ``-`` first: a spreadsheet reads such a cell as a formula, so no
#: CSV for an e-mail tool can carry the address unchanged (cell safety puts an apostrophe before
#: it). Deliberately simple: it catches typing mistakes and lists, not every RFC case.
EMAIL_PATTERN = r"^[^@\s,;<>=+\-][^@\s,;<>]*@[^@\s,;<>]+\.[^@\s,;<>.]{2,}$"

_NOT_WORD = re.compile(r"[^0-9a-z]+")

#: Excel's way of writing a whole-number id as a float: ``12346.0``.
_WHOLE_FLOAT = r"^(\d+)\.0+$"


#: Characters that show as nothing (zero-width space and joiners, word joiner, soft hyphen, byte-order
#: mark, direction marks): pasted from web pages and chat, they make one address, or one
#: customer id, look like two.
INVISIBLE = r"[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]"


def _visible(text: pd.Series) -> pd.Series:
    """``text`` ("str") without its INVISIBLE characters (plain ASCII holds none: most files, skipped at once)."""
    return text if text.str.isascii().fillna(True).all() else text.str.replace(INVISIBLE, "", regex=True)


def clean_ids(text: pd.Series) -> pd.Series:
    """Customer (or order) ids as text: without invisible characters, trimmed, ``12346.0`` ->
    ``12346``, empty -> NA (a byte-order mark before an id, as two CSV files joined together leave
    it, had split a customer in two, and kept an opt-out from the customer it named).

    ``text`` is a string Series, often the distinct values of a column (the importer cleans each
    distinct value once); the result has the same index and the ``str`` dtype.
    """
    out = _visible(text.astype("str"))
    out = out.str.strip()
    if out.str.contains(".", regex=False).any():  # the pattern needs a "."; checking is cheaper
        out = out.str.replace(_WHOLE_FLOAT, r"\1", regex=True)
    return out.where(out.notna() & (out != ""))


def consent_key(ids: pd.Series) -> pd.Series:
    """The form in which customer ids are compared for consent (definitions §6): ``clean_ids``, then
    case-folded, so ``K1``, ``k1`` and ``" k1 "`` share one consent. Only consent is matched this
    way; everywhere else ``K1`` and ``k1`` stay two customers (definitions §1)."""
    return _casefold(clean_ids(ids))


def loose_id_key(ids: pd.Series) -> pd.Series:
    """Customer ids as they may have been rewritten between two exports of one shop: ``consent_key``
    (case-folded), and an id of digits alone without its leading zeros (Excel turns ``09068`` into
    ``9068``). Used only to find a campaign's customers in a newer file when their exact ids are not
    there (campaign results, definitions §9); everywhere else ids compare as clean_ids gives them."""
    key = consent_key(ids)
    digits = key.str.fullmatch(r"0+\d+").fillna(False).astype(bool)
    if digits.any():
        key = key.where(~digits, key.str.lstrip("0").where(key.str.strip("0") != "", "0"))
    return key


def _casefold(text: pd.Series) -> pd.Series:
    """``text.str.casefold()`` of "str" text. ASCII text, whose case-folding is its lower case, is
    lowered in Arrow; only the rest goes through Python's casefold, which holds the interpreter's
    lock for the whole column (50-180 ms for a big file's 500,000 ids, with the window waiting)."""
    data = arrow_chunks(text)
    if data is None:
        return text.str.casefold()
    other = pc.invert(pc.fill_null(pc.string_is_ascii(data), True)).to_numpy(zero_copy_only=False)
    out = pd.Series(pd.array(pc.ascii_lower(data), dtype="str"), index=text.index)
    if other.any():
        out[other] = text[other].str.casefold()
    return out


#: What may wrap an address in a cell: "Anna <anna@x.com>", "mailto:anna@x.com", quotes, a full stop after it.
_WRAPPED = re.compile(r"[<>:\"'＠\s]|\.$")
_INSIDE = re.compile(r"<\s*([^<>\s]+@[^<>\s]+?)\s*>")
_SPACED_AT = re.compile(r"(\S+?)\s*@\s*(\S+)")


def email_key(text: pd.Series) -> pd.Series:
    """The form in which addresses are compared and written: without invisible characters,
    trimmed and lower-case (``" Ann@X.com\u200b"`` -> ``"ann@x.com"``); an address written with
    what a mail program or a careless hand puts around it is the address itself: "Anna
    <anna@x.com>", "mailto:anna@x.com", "'anna@x.com'", "anna@x.com.", a full-width "＠"."""
    out = _visible(text.astype("str"))
    out = out.str.strip().str.lower()
    wrapped = (out.str.contains(_WRAPPED, regex=True) & out.str.contains("[@＠]", regex=True)).fillna(False).astype(bool)
    if wrapped.any():   # (few: an address seldom holds any of these)
        out = out.where(~wrapped, out[wrapped].map(_unwrapped))
    return out.where(out.notna() & (out != ""))


def _unwrapped(address: str) -> str:
    """One address without what was written around it (email_key)."""
    text = unicodedata.normalize("NFKC", address)
    inside = _INSIDE.search(text)
    if inside:
        text = inside.group(1)
    text = text.strip().removeprefix("mailto:").strip().strip("\"'").strip()
    spaced = _SPACED_AT.fullmatch(text)   # ("eve@ example.com": spaces beside the @ only, which no address holds)
    if spaced:
        text = f"{spaced.group(1)}@{spaced.group(2)}"
    return text.rstrip(".")


def each_address(key: str) -> list[str]:
    """An address key (email_key), and where the cell held several ("bob@x.com; bob.work@x.com"),
    each of them as email_key writes it: an opt-out written so blocks every one."""
    if key.count("@") < 2:
        return [key]
    parts = [part for part in re.split(r"[;,\s]+", key) if "@" in part]
    return [key, *email_key(pd.Series(parts, dtype=object)).dropna().tolist()]


def valid_email(text: pd.Series) -> pd.Series:
    """True where the value is one mailable address (EMAIL_PATTERN, after trimming); NA is False."""
    return text.astype("str").str.strip().str.match(EMAIL_PATTERN).fillna(False).astype(bool)


def plain_key(text: str) -> str:
    """Text as names and addresses are compared: lower case, accents and punctuation dropped, one
    space between words ("Frais d'envoi" → "frais d envoi", "Gebühr" → "gebuhr", "Straße" → "strasse")."""
    text = str(text)
    if text.isascii():  # (no accents; NFKD and casefold leave ASCII as lower() does: half the time)
        return _NOT_WORD.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ß", "ss")
    return _NOT_WORD.sub(" ", plain).strip()
