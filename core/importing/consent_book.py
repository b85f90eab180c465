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

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from core.contacts import consent_key, each_address, email_key
from core.distinct import used_codes
from core.importing.consent import NO, YES, ConsentColumn, is_opt_out_header, is_sms_header, row_consent
from core.importing.headers import fields_for_header
from core.importing.mapping import ColumnMapping
from core.importing.table_shape import repeated_name
from core.words import Phrase

_NO, _YES, _OTHER, _NONE = 0, 1, 2, 3
_TEXT = pd.StringDtype(na_value=np.nan)


def _no_states() -> pd.DataFrame:
    return pd.DataFrame({"customer_id": pd.Series([], dtype=_TEXT), "consent": pd.Series([], dtype=_TEXT)},
                        index=pd.Index([], dtype=object, name="key"))


def _no_addresses() -> pd.DataFrame:
    return pd.DataFrame({"key": pd.Series([], dtype=object), "email": pd.Series([], dtype=object)})


@dataclass(frozen=True)
class RowAddresses:
    """The customer and the e-mail address of every row of a file, kept until the addresses are
    needed (only when some file has consent information): the ids as the caller holds them (the
    importer's are codes into the distinct ids), the addresses as codes into their distinct values,
    so that the file's own address column can be freed."""

    ids: pd.Series
    mail_codes: np.ndarray
    mail_values: np.ndarray

    @classmethod
    def of(cls, ids: pd.Series, emails: pd.Series) -> RowAddresses:
        codes, values = _codes(emails, email_key)
        return cls(ids, codes.astype(np.int32), values)

    def pairs(self) -> pd.DataFrame:
        """Every distinct (consent key, e-mail key) pair of the rows that have both."""
        id_codes, id_values = _codes(self.ids)
        key_codes, key_values = _merge(id_codes, consent_key(pd.Series(id_values, dtype=_TEXT)))
        return _addresses(key_codes, key_values, self.mail_codes.astype(np.int64), self.mail_values)


@dataclass(frozen=True)
class FileConsent:
    """What one file says about consent. ``states``: one row per consent key with the customer id
    as first written and the answer ("yes", "no" or unreadable text); ``keyless_opt_outs``:
    addresses on opted-out rows that name no customer; ``unplaced_opt_outs``: the positions of
    opted-out rows that name neither a customer nor an address, whose opt-out nobody can be kept off
    the mailing for (unplaced_warning); ``columns``: the consent columns read; ``rows``: the rows'
    customers and addresses (``addresses()``)."""

    file: str = ""
    columns: tuple[ConsentColumn, ...] = ()
    states: pd.DataFrame = field(default_factory=_no_states)
    keyless_opt_outs: tuple[str, ...] = ()
    rows: RowAddresses | None = field(default=None, repr=False, compare=False)
    unplaced_opt_outs: tuple[int, ...] = ()
    sms: FileConsent | None = None           # what the file's text-message columns say (sms_columns)
    keyless_phones: tuple[str, ...] = ()     # (of ``sms``) numbers on text-message opt-out rows naming no customer
    phones: pd.DataFrame | None = field(default=None, repr=False, compare=False)   # (key, phone) of the rows: with_phones

    @property
    def has_info(self) -> bool:
        """True when any row of the file gave a consent answer."""
        return bool(len(self.states)) or bool(self.keyless_opt_outs) or bool(self.keyless_phones)

    def addresses(self) -> pd.DataFrame:
        """Every (consent key, e-mail key) pair on the file's rows (columns ``key``, ``email``)."""
        return self.rows.pairs() if self.rows is not None else _no_addresses()

    def describe_columns(self) -> list[str]:
        """The consent columns read, as the import report names them."""
        return [c.describe() for c in self.columns]

    def describe_sms_columns(self) -> list[str]:
        """The text-message consent columns read (``sms``), as the import report names them."""
        return self.sms.describe_columns() if self.sms is not None else []

    def consent_of(self, ids: pd.Series) -> pd.Series:
        """Each id's answer in this file (NA where the file has none)."""
        return _lookup(self.states, ids)


def _lookup(states: pd.DataFrame, ids: pd.Series) -> pd.Series:
    values = states["consent"].reindex(consent_key(ids).to_numpy()).to_numpy()
    return pd.Series(values, index=ids.index, dtype=_TEXT)


def consent_columns(columns: Iterable[object], mapping: ColumnMapping) -> tuple[ConsentColumn, ...]:
    """Every column of a file read for consent: the one mapped to consent, then every other column
    whose header names consent or an opt-out, unless the mapping uses it for another field or it is
    about text messages only (sms_columns)."""
    used = {column for name, column in mapping.fields.items() if name != "consent"}
    mapped = mapping.fields.get("consent")
    names = [mapped] if mapped else []
    # (a repeated name, "Consent (2)", is read like the first: a second opt-out column is never lost)
    # (an opt-out column is read whatever else its name says: "Opted out on", "Abmeldung am", Klaviyo's
    # "Email Suppressions" are opt-outs like the names in headers.OPT_OUT_HEADERS, consent.is_opt_out_header)
    names += [str(c) for c in columns
              if str(c) != mapped and str(c) not in used and not is_sms_header(c)
              and ("consent" in fields_for_header(repeated_name(c)) or is_opt_out_header(c))]
    return tuple(ConsentColumn.named(name) for name in names)


def sms_columns(columns: Iterable[object], mapping: ColumnMapping) -> tuple[ConsentColumn, ...]:
    """The columns that say whether a customer may get text messages ("Accepts SMS Marketing", "SMS
    opt-out": consent.is_sms_header), unless the mapping uses them for a field: read apart from the
    e-mail consent, for the text-message channel only (definitions §6, Channels)."""
    used = set(mapping.fields.values())
    return tuple(ConsentColumn.named(str(c)) for c in columns if str(c) not in used and is_sms_header(c))


def with_sms(consent: FileConsent, frame: pd.DataFrame, columns: tuple[ConsentColumn, ...], ids: pd.Series,
             dates: pd.Series | None = None, *, emails: pd.Series | None = None,
             phones: pd.Series | None = None) -> FileConsent:
    """``consent`` with what ``frame``'s text-message ``columns`` say per customer (``ids``,
    ``emails`` and ``dates`` as for read_file_consent; the same rules: an opt-out on any undated row
    wins, else the latest day's answer). A text-message opt-out on a row that names no customer keeps
    its e-mail address (``keyless_opt_outs``) and its phone number (``keyless_phones``, as written)
    off a phone list, whoever else has them."""
    if not columns:
        return consent
    answers = row_consent(frame, columns)
    sms = read_file_consent(answers, ids, emails=emails, dates=dates, file=consent.file, columns=columns)
    if phones is not None:
        keyless = (answers.to_numpy(dtype=object) == NO) & ids.isna().to_numpy()
        written = phones[keyless].dropna().astype(str).str.strip()
        sms = dataclasses.replace(sms, keyless_phones=tuple(dict.fromkeys(written[written != ""].tolist())))
    return dataclasses.replace(consent, sms=sms)


def _codes(values: pd.Series, key: Callable[[pd.Series], pd.Series] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Per row, a code into the distinct values (-1: none), and those values as text; ``key``
    (Series -> Series, on the distinct values only) merges values it makes equal (K1, k1)."""
    if isinstance(values.dtype, pd.CategoricalDtype):  # (the importer's ids, a typed read's addresses)
        codes, categories = used_codes(values)
        distinct = pd.Series(categories, dtype=_TEXT).reset_index(drop=True)
    else:
        codes, uniques = pd.factorize(values, use_na_sentinel=True)   # (Arrow text: without copies)
        codes = codes.astype(np.int64, copy=False)  # (intp already: no copy)
        distinct = pd.Series(np.asarray(uniques, dtype=object), dtype=_TEXT)
    if key is None:
        return codes, distinct.to_numpy(dtype=object)      # (no NA among the distinct values)
    return _merge(codes, key(distinct))


def _merge(codes: np.ndarray, values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Codes into ``values`` (which may repeat or be NA) made codes into their distinct values."""
    inner, merged = pd.factorize(values, use_na_sentinel=True)
    lookup = np.append(inner, -1).astype(np.int64)          # code -1 stays -1
    return lookup[codes], np.asarray(merged, dtype=object)


def _days(dates: pd.Series | None, n: int) -> np.ndarray:
    """Day numbers per row; -1 where there is no readable date (or no dates at all)."""
    if dates is None:
        return np.full(n, -1, dtype=np.int64)
    values = pd.to_datetime(pd.Series(dates.to_numpy())).to_numpy(dtype="datetime64[ns]")
    missing = np.isnat(values)
    days = values.astype("datetime64[D]").astype(np.int64)
    if not missing.all():
        days = days - days[~missing].min()              # 0 or more (dates before 1970 too)
    days[missing] = -1
    return days


def read_file_consent(answers: pd.Series, ids: pd.Series, *, emails: pd.Series | None = None,
                      dates: pd.Series | None = None, file: str = "",
                      columns: tuple[ConsentColumn, ...] = ()) -> FileConsent:
    """A file's consent from every row: ``answers`` (consent.row_consent), ``ids`` (the customer as
    the file names them: cleaned id or e-mail key; NA: none), ``emails`` (the row's address, or
    None), ``dates`` (the row's date, NaT when unreadable; None for a file without dates).

    Works on codes into the distinct values, so a million rows cost a few tenths of a second."""
    n = len(answers)
    kept = RowAddresses.of(ids, emails) if emails is not None else None
    if not answers.notna().any():  # (no row answers: a file without consent columns)
        return FileConsent(file, columns, rows=kept)
    answer_codes, answer_values = _codes(answers)
    verdict = np.array([_NO if v == NO else _YES if v == YES else _OTHER for v in answer_values] + [_NONE],
                       dtype=np.int64)[answer_codes]
    has = verdict != _NONE
    if not has.any():
        return FileConsent(file, columns, rows=kept)
    id_codes, id_values = _codes(ids)
    key_codes, key_values = _merge(id_codes, consent_key(pd.Series(id_values, dtype=_TEXT)))
    keyless = np.flatnonzero(has & (key_codes < 0) & (verdict == _NO))
    opted_keyless: tuple[str, ...] = ()
    unplaced = keyless
    if kept is not None and len(keyless):
        mail = kept.mail_codes[keyless]
        opted_keyless = tuple(dict.fromkeys(kept.mail_values[mail[mail >= 0]].tolist()))
        unplaced = keyless[mail < 0]
    rows = np.flatnonzero(has & (key_codes >= 0))
    n_answers = len(answer_values)
    states = _states(key_codes[rows], verdict[rows], _days(dates, n)[rows], answer_codes[rows], len(key_values),
                     n_answers)
    first_row = np.full(len(key_values), n, dtype=np.int64)
    np.minimum.at(first_row, key_codes[rows], rows)      # each key's first row with an answer
    known = np.flatnonzero(states >= 0)
    text = states[known] < n_answers                     # an unreadable answer, as written
    consent = np.where(states[known] == n_answers + _NO, NO, YES).astype(object)
    consent[text] = answer_values[states[known][text]]
    frame = pd.DataFrame({"customer_id": pd.Series(id_values[id_codes[first_row[known]]], dtype=_TEXT),
                          "consent": pd.Series(consent, dtype=_TEXT)})
    frame.index = pd.Index(key_values[known], dtype=object, name="key")
    return FileConsent(file, columns, frame, opted_keyless, kept, tuple(unplaced.tolist()))


def unplaced_warning(consent: FileConsent, row_numbers: np.ndarray) -> Phrase | None:
    """The import report's warning for opted-out rows that name no customer Clientele can find (no
    customer it uses, no e-mail address): their opt-out cannot keep anybody off a mailing, so the
    owner must add the address (definitions §6). ``row_numbers``: each row's number in the file."""
    if not consent.unplaced_opt_outs:
        return None
    examples = "; ".join(str(int(row_numbers[i])) for i in consent.unplaced_opt_outs[:5])
    return Phrase.counted(
        "{n} row says a customer opted out but names nobody Clientele can find: no e-mail address, and no "
        "customer it knows (row {rows}). Nobody is kept off a mailing for it: add the customer's e-mail "
        "address to that row.",
        "{n} rows say a customer opted out but name nobody Clientele can find: no e-mail address, and no "
        "customer it knows (rows {rows}). Nobody is kept off a mailing for them: add the customers' e-mail "
        "addresses to those rows.", len(consent.unplaced_opt_outs), rows=examples)


def _states(key: np.ndarray, verdict: np.ndarray, day: np.ndarray, answer: np.ndarray, n_keys: int,
            n_answers: int) -> np.ndarray:
    """Per consent key (see the module docstring): -1 no answer; an answer code below ``n_answers``
    (an unreadable answer, as written); or ``n_answers + _NO`` / ``n_answers + _YES``."""
    dated = day >= 0
    latest = np.full(n_keys, -1, dtype=np.int64)
    np.maximum.at(latest, key[dated], day[dated])
    on_latest = dated & (day == latest[key])
    best = np.full(n_keys, _NONE, dtype=np.int64)
    np.minimum.at(best, key[on_latest], verdict[on_latest])
    undated_best = np.full(n_keys, _NONE, dtype=np.int64)
    np.minimum.at(undated_best, key[~dated], verdict[~dated])
    best = np.where(undated_best == _NO, _NO, np.where(best == _NONE, undated_best, best))
    text = np.full(n_keys, -1, dtype=np.int64)
    other = verdict == _OTHER
    np.maximum.at(text, key[other], answer[other])        # one of the key's unreadable answers
    return np.where(best == _NONE, -1, np.where(best == _OTHER, text, n_answers + best))


def _addresses(key_codes: np.ndarray, key_values: np.ndarray, mail_codes: np.ndarray,
               mail_values: np.ndarray) -> pd.DataFrame:
    """Every distinct (consent key, e-mail key) pair of the rows that have both."""
    both = (key_codes >= 0) & (mail_codes >= 0)
    if not both.any():
        return _no_addresses()
    width = len(mail_values) + 1
    pairs = pd.unique(key_codes[both] * width + mail_codes[both])
    return pd.DataFrame({"key": key_values[pairs // width], "email": mail_values[pairs % width]})


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
    sms: ConsentBook | None = None           # the text-message columns' answers (FileConsent.sms), apart
    keyless_phones: tuple[str, ...] = ()     # (of ``sms``) numbers opted out on rows naming no customer
    #: every phone number (as written) seen on any row of a customer whose answer is no, as the
    #: addresses of ``opted_out_addresses`` are: no line of them is texted, whoever has it
    opted_out_phones: tuple[str, ...] = ()

    def consent_of(self, ids: pd.Series) -> pd.Series:
        """Each customer's answer: "yes", "no", unreadable text, or NA (no answer in either file)."""
        return _lookup(self.states, ids)


def combine_consent(purchases: FileConsent, customers: FileConsent | None = None) -> ConsentBook:
    """Both files' consent: an opt-out in either wins, else the customers file's answer where it has one."""
    other = customers if customers is not None else FileConsent()
    columns = tuple(f"{f.file}: {c}" if f.file else c for f in (purchases, other) for c in f.describe_columns())
    has_info = purchases.has_info or other.has_info
    if not has_info:
        return ConsentBook(columns=columns, sms=_sms_book(purchases, other))
    mine, theirs = purchases.states, other.states
    index = mine.index.append(theirs.index).unique()        # (hashed, not sorted)
    p, c = mine["consent"].reindex(index), theirs["consent"].reindex(index)
    said_no = ((p == NO) | (c == NO)).to_numpy()
    consent = c.where(c.notna(), p).mask(said_no, NO)
    customer = theirs["customer_id"].reindex(index)
    customer = customer.where(customer.notna(), mine["customer_id"].reindex(index))
    states = pd.DataFrame({"customer_id": customer.astype(_TEXT), "consent": consent.astype(_TEXT)}, index=index)
    split = ((p == NO) & (c == YES) | (p == YES) & (c == NO)).to_numpy()
    conflicts = tuple(sorted(customer[split].astype(str)))
    addresses = pd.concat([purchases.addresses(), other.addresses()], ignore_index=True)
    opted = addresses[addresses["key"].isin(index[said_no])]
    who = states["customer_id"].reindex(opted["key"].to_numpy()).fillna("").astype(str).to_numpy()
    blocked: dict[str, str] = {}
    for address, by in zip(opted["email"].tolist(), who, strict=True):
        for one in each_address(address):
            blocked.setdefault(one, by)
    for address in (*purchases.keyless_opt_outs, *other.keyless_opt_outs):
        for one in each_address(address):
            blocked.setdefault(one, "")
    phones = pd.concat([f.phones for f in (purchases, other) if f.phones is not None] or [_no_phones()],
                       ignore_index=True)
    opted_phones = tuple(dict.fromkeys(phones.loc[phones["key"].isin(index[said_no]), "phone"].tolist()))
    return ConsentBook(states, blocked, columns, True, conflicts, _sms_book(purchases, other),
                       tuple(dict.fromkeys((*purchases.keyless_phones, *other.keyless_phones))), opted_phones)


def _no_phones() -> pd.DataFrame:
    return pd.DataFrame({"key": pd.Series([], dtype=object), "phone": pd.Series([], dtype=object)})


def with_phones(consent: FileConsent, ids: pd.Series, phones: pd.Series) -> FileConsent:
    """``consent`` (and its text-message part) with every distinct (customer, phone number) pair of
    the file's rows, so that every number an opted-out customer used is blocked (ConsentBook.opted_out_phones)."""
    id_codes, id_values = _codes(ids)
    key_codes, key_values = _merge(id_codes, consent_key(pd.Series(id_values, dtype=_TEXT)))
    written = phones.astype("string").str.strip()
    phone_codes, phone_values = _codes(written.mask(written.eq("")))
    pairs = _addresses(key_codes, key_values, phone_codes, phone_values).rename(columns={"email": "phone"})
    sms = dataclasses.replace(consent.sms, phones=pairs) if consent.sms is not None else None
    return dataclasses.replace(consent, phones=pairs, sms=sms)


def with_contacts(consent: FileConsent, frame: pd.DataFrame, mapping: ColumnMapping, ids: pd.Series,
                  dates: pd.Series | None = None, *, emails: pd.Series | None = None,
                  phones: pd.Series | None = None) -> FileConsent:
    """``consent`` with what a file says of its customers' other channels: its text-message columns
    (with_sms) and, where it has phone numbers and any consent, every (customer, number) pair of its
    rows (with_phones). The one reading of both files (the purchases file's cleaning, the customers file)."""
    consent = with_sms(consent, frame, sms_columns(frame.columns, mapping), ids, dates, emails=emails, phones=phones)
    if phones is not None and (consent.has_info or consent.sms is not None):
        consent = with_phones(consent, ids, phones)
    return consent


def _sms_book(purchases: FileConsent, customers: FileConsent) -> ConsentBook | None:
    """Both files' text-message answers combined as the e-mail ones are (None when neither file has
    a text-message column)."""
    if purchases.sms is None and customers.sms is None:
        return None
    return combine_consent(purchases.sms or FileConsent(purchases.file), customers.sms)


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
