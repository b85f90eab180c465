"""Every customer's consent from every row and every consent column of both files (definitions §6).

One file (:class:`FileConsent`, made by the importer from ALL its rows, rows set aside and rows
after any reference date included): each row's answer over every consent column
(consent.row_consent: an opt-out in any column wins), then per customer, compared on
``contacts.consent_key`` (``K1``, ``k1`` and ``" k1 "`` share one consent):
- among the rows with a date and an answer, the latest day decides (a later yes is a real
  re-subscription); on that day an opt-out wins over a yes;
- an opt-out on a row without a readable date (and on any row of a file without dates, such as the
  customers file) wins, since nobody can tell whether it came later;
- otherwise a yes, else the unreadable text as written (which is not consent).

Both files (:class:`ConsentBook`): an opt-out in either file wins; otherwise the customers file's
answer where it has one. Customers who said yes in one file and no in the other are counted, so the
owner can fix the source. Every address seen on a record of an opted-out customer (or on an
opted-out row that names no customer) is an opted-out address: nobody with it is mailed
(``opt_outs``, used by the mailing lists).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from core.contacts import consent_key, email_key
from core.importing.consent import NO, YES, ConsentColumn, row_consent
from core.importing.headers import fields_for_header
from core.importing.mapping import ColumnMapping

_NO, _YES, _OTHER = 0, 1, 2
_TEXT = pd.StringDtype(na_value=np.nan)


def _no_states() -> pd.DataFrame:
    return pd.DataFrame({"customer_id": pd.Series([], dtype=_TEXT), "consent": pd.Series([], dtype=_TEXT)},
                        index=pd.Index([], dtype=object, name="key"))


def _no_addresses() -> pd.DataFrame:
    return pd.DataFrame({"key": pd.Series([], dtype=object), "email": pd.Series([], dtype=object)})


@dataclass(frozen=True)
class FileConsent:
    """What one file says about consent. ``states``: one row per consent key with the customer id
    as first written and the answer ("yes", "no" or unreadable text); ``addresses``: every
    (consent key, e-mail key) pair on the file's rows; ``keyless_opt_outs``: addresses on opted-out
    rows that name no customer; ``columns``: the consent columns read."""

    file: str = ""
    columns: tuple[ConsentColumn, ...] = ()
    states: pd.DataFrame = field(default_factory=_no_states)
    addresses: pd.DataFrame = field(default_factory=_no_addresses)
    keyless_opt_outs: tuple[str, ...] = ()

    @property
    def has_info(self) -> bool:
        """True when any row of the file gave a consent answer."""
        return bool(len(self.states)) or bool(self.keyless_opt_outs)

    def describe_columns(self) -> list[str]:
        """The consent columns read, as the import report names them."""
        return [c.describe() for c in self.columns]

    def consent_of(self, ids: pd.Series) -> pd.Series:
        """Each id's answer in this file (NA where the file has none)."""
        return _lookup(self.states, ids)


def _lookup(states: pd.DataFrame, ids: pd.Series) -> pd.Series:
    values = states["consent"].reindex(consent_key(ids).to_numpy()).to_numpy()
    return pd.Series(values, index=ids.index, dtype=_TEXT)


def consent_columns(columns: Iterable[object], mapping: ColumnMapping) -> tuple[ConsentColumn, ...]:
    """Every column of a file read for consent: the one mapped to consent, then every other column
    whose header names consent or an opt-out, unless the mapping uses it for another field."""
    used = {column for name, column in mapping.fields.items() if name != "consent"}
    mapped = mapping.fields.get("consent")
    names = [mapped] if mapped else []
    names += [str(c) for c in columns if str(c) != mapped and str(c) not in used and "consent" in fields_for_header(c)]
    return tuple(ConsentColumn.named(name) for name in names)


def read_file_consent(answers: pd.Series, ids: pd.Series, *, emails: pd.Series | None = None,
                      dates: pd.Series | None = None, file: str = "",
                      columns: tuple[ConsentColumn, ...] = ()) -> FileConsent:
    """A file's consent from every row: ``answers`` (consent.row_consent), ``ids`` (the customer as
    the file names them: cleaned id or e-mail key; NA: none), ``emails`` (the row's address, or
    None), ``dates`` (the row's date, NaT when unreadable; None for a file without dates)."""
    answers = pd.Series(answers.to_numpy(), dtype=_TEXT)
    ids = pd.Series(ids.to_numpy(), dtype=_TEXT)
    mail = email_key(pd.Series(emails.to_numpy(), dtype=_TEXT)) if emails is not None else None
    has = answers.notna().to_numpy()
    if not has.any():
        return FileConsent(file, columns, addresses=_addresses(ids, mail))
    answer = answers[has]
    code = np.where(answer.eq(NO), _NO, np.where(answer.eq(YES), _YES, _OTHER))
    day = (pd.Series(pd.to_datetime(dates.to_numpy())[has]) if dates is not None
           else pd.Series(pd.NaT, index=range(int(has.sum())), dtype="datetime64[ns]"))
    rows = pd.DataFrame({"key": consent_key(ids[has]).to_numpy(), "id": ids[has].to_numpy(), "code": code,
                         "text": answer.to_numpy(), "day": day.to_numpy()})
    keyless = rows["key"].isna().to_numpy()
    opted_keyless: tuple[str, ...] = ()
    if mail is not None and keyless.any():
        keyless_mail = mail[has][keyless & (code == _NO)]
        opted_keyless = tuple(dict.fromkeys(keyless_mail.dropna().tolist()))
    rows = rows[~keyless]
    return FileConsent(file, columns, _states(rows), _addresses(ids, mail), opted_keyless)


def _states(rows: pd.DataFrame) -> pd.DataFrame:
    """One answer per consent key from its rows (see the module docstring)."""
    if rows.empty:
        return _no_states()
    dated = rows[rows["day"].notna()]
    latest = dated.groupby("key", sort=False)["day"].transform("max")
    dated_code = dated[dated["day"] == latest].groupby("key", sort=False)["code"].min()
    undated_code = rows[rows["day"].isna()].groupby("key", sort=False)["code"].min()
    code = dated_code.combine_first(undated_code)
    code[undated_code.index[undated_code.to_numpy() == _NO]] = _NO
    unreadable = rows[rows["code"] == _OTHER].groupby("key", sort=False)["text"].last()
    codes = code.to_numpy()
    words = pd.Series(np.where(codes == _NO, NO, np.where(codes == _YES, YES, "")), index=code.index, dtype=_TEXT)
    text = words.where(words != "", unreadable.reindex(code.index))
    first_id = rows.groupby("key", sort=False)["id"].first().reindex(code.index)
    return pd.DataFrame({"customer_id": first_id.astype(_TEXT), "consent": text.astype(_TEXT)},
                        index=code.index.rename("key"))


def _addresses(ids: pd.Series, mail: pd.Series | None) -> pd.DataFrame:
    """Every distinct (consent key, e-mail key) pair of the rows that have both."""
    if mail is None:
        return _no_addresses()
    both = (ids.notna() & mail.notna()).to_numpy()
    if not both.any():
        return _no_addresses()
    id_codes, id_values = pd.factorize(ids[both])
    mail_codes, mail_values = pd.factorize(mail[both])
    pairs = np.unique(id_codes.astype(np.int64) * (len(mail_values) + 1) + mail_codes)
    keys = consent_key(pd.Series(np.asarray(id_values, dtype=object), dtype=_TEXT)).to_numpy()
    return pd.DataFrame({"key": keys[pairs // (len(mail_values) + 1)],
                         "email": np.asarray(mail_values, dtype=object)[pairs % (len(mail_values) + 1)]})


@dataclass(frozen=True)
class ConsentBook:
    """Every customer's consent from both files (see the module docstring). ``states`` as in
    FileConsent; ``opted_out_addresses``: address -> the customer id that opted it out ("" for a
    record without id); ``columns``: 'orders.csv: "Accepts Marketing"' per consent column read;
    ``conflicts``: customer ids the two files disagree on (yes in one, no in the other)."""

    states: pd.DataFrame = field(default_factory=_no_states)
    opted_out_addresses: Mapping[str, str] = field(default_factory=dict)
    columns: tuple[str, ...] = ()
    has_info: bool = False
    conflicts: tuple[str, ...] = ()

    def consent_of(self, ids: pd.Series) -> pd.Series:
        """Each customer's answer: "yes", "no", unreadable text, or NA (no answer in either file)."""
        return _lookup(self.states, ids)


def combine_consent(purchases: FileConsent, customers: FileConsent | None = None) -> ConsentBook:
    """Both files' consent: an opt-out in either wins, else the customers file's answer where it has one."""
    other = customers if customers is not None else FileConsent()
    columns = tuple(f"{f.file}: {c}" if f.file else c for f in (purchases, other) for c in f.describe_columns())
    has_info = purchases.has_info or other.has_info
    if not has_info:
        return ConsentBook(columns=columns)
    mine, theirs = purchases.states, other.states
    states = theirs.combine_first(mine)
    said_no = mine.index[mine["consent"].eq(NO).to_numpy()].union(theirs.index[theirs["consent"].eq(NO).to_numpy()])
    states.loc[said_no, "consent"] = NO
    both = mine.index.intersection(theirs.index)
    pair = pd.DataFrame({"p": mine["consent"].reindex(both), "c": theirs["consent"].reindex(both)})
    split = both[((pair["p"] == NO) & (pair["c"] == YES) | (pair["p"] == YES) & (pair["c"] == NO)).to_numpy()]
    conflicts = tuple(sorted(states.loc[split, "customer_id"].astype(str)))
    addresses = pd.concat([purchases.addresses, other.addresses], ignore_index=True)
    opted = addresses[addresses["key"].isin(states.index[states["consent"].eq(NO).to_numpy()])]
    who = states["customer_id"].reindex(opted["key"].to_numpy()).fillna("").astype(str).to_numpy()
    blocked: dict[str, str] = {}
    for address, customer in zip(opted["email"].tolist(), who, strict=True):
        blocked.setdefault(address, customer)
    for address in (*purchases.keyless_opt_outs, *other.keyless_opt_outs):
        blocked.setdefault(address, "")
    return ConsentBook(states.astype(_TEXT), blocked, columns, True, conflicts)


def frame_consent(frame: pd.DataFrame, *, dated: bool = True, file: str = "") -> FileConsent:
    """A FileConsent from a canonical frame (transactions, or with ``dated=False`` a customers
    table), whose ``consent`` column already holds one meaning per row."""
    column = (ConsentColumn("consent", False),)
    if "consent" in frame:
        answers = row_consent(frame, column)
    else:
        answers = pd.Series(np.nan, index=frame.index, dtype=_TEXT)
    return read_file_consent(answers, frame["customer_id"], emails=frame.get("email"),
                             dates=frame["date"] if dated else None, file=file,
                             columns=column if "consent" in frame else ())


def consent_from_tables(transactions: pd.DataFrame, attributes: pd.DataFrame | None = None) -> ConsentBook:
    """The book from the canonical frames alone: for callers that segment frames without the
    importer's book (which also holds the rows the import set aside)."""
    if "consent" not in transactions and (attributes is None or "consent" not in attributes):
        return ConsentBook()
    return combine_consent(frame_consent(transactions),
                           frame_consent(attributes, dated=False) if attributes is not None else None)


def opt_outs(customers: pd.DataFrame, consent: pd.Series, book: ConsentBook) -> tuple[pd.Series, pd.Series]:
    """Who in a customer table counts as opted out, and why (the Left out sheet's detail).

    ``consent``: each customer's own answer (consent.customer_consent). Opted out: the customer's own
    no; another customer of the table with the same consent key who said no; an address that an
    opted-out customer or record used (in the table or in ``book``)."""
    own = consent.eq(False).fillna(False).astype(bool)
    detail = np.full(len(customers), "", dtype=object)
    ids = customers["customer_id"].astype(_TEXT)
    key = consent_key(ids)
    first_opted = ids[own].groupby(key[own].to_numpy()).first()
    by_key = ~own & key.isin(first_opted.index)
    detail[by_key.to_numpy()] = [f'customer "{other}" opted out (the same id apart from case or spaces)'
                                 for other in first_opted.reindex(key[by_key].to_numpy()).astype(str)]
    opted = own | by_key
    if "email" in customers:
        mail = email_key(customers["email"].astype(_TEXT))
        blocked = dict(book.opted_out_addresses)
        for address, customer in zip(mail[own].tolist(), ids[own].tolist(), strict=True):
            if isinstance(address, str):
                blocked.setdefault(address, customer)
        by_address = ~opted & mail.isin(list(blocked)).fillna(False).astype(bool)
        detail[by_address.to_numpy()] = [
            f'the address was opted out by customer "{blocked[a]}"' if blocked[a] else
            "the address was opted out on a record without customer id" for a in mail[by_address]]
        opted = opted | by_address
    return opted, pd.Series(detail, index=customers.index, dtype=object)
