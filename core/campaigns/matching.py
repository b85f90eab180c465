"""Finding a campaign's customers in another campaign (member_keys), and in a newer purchases file
(definitions §9, "Customers written another way"). A customer of the newer file is the campaign's
customer of the same id; else the campaign's one customer whose id it is when written another way
(contacts.loose_id_key: ``9068`` for ``09068`` after Excel dropped the leading zero, ``c0007`` for
``C0007``); else, when the newer file names its customers by e-mail address, the campaign's one
customer recorded with that address. The newer file's ids are then written as the campaign's, so that every figure of the
results (who bought, their revenue, whose coupon was used) reads one customer as one."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from core.contacts import email_key, loose_id_key


@dataclass(frozen=True)
class Translation:
    """The newer file's ids that stand for a campaign customer under another spelling (index: the
    newer id; values: the campaign's id), and how many campaign customers are found only so: by
    an id written another way, and by their e-mail address."""

    ids: pd.Series
    rewritten: int = 0
    by_email: int = 0

    def apply(self, transactions: pd.DataFrame) -> pd.DataFrame:
        """``transactions`` with the newer ids written as the campaign's (the same frame when none is)."""
        if self.ids.empty:
            return transactions
        codes, uniques = pd.factorize(transactions["customer_id"].astype(object))
        written = pd.Index(uniques).to_series().map(self.ids).fillna(pd.Series(uniques, index=uniques))
        return transactions.assign(customer_id=pd.array(written.to_numpy()[codes], dtype="str")
                                   if len(codes) else transactions["customer_id"])


def translate_ids(member_ids: pd.Series, member_emails: pd.Series | None, newer_ids: pd.Series, *,
                  newer_keyed_by_email: bool) -> Translation:
    """``member_ids``: the campaign's customer ids; ``member_emails``: the addresses recorded with
    them (or None); ``newer_ids``: the newer file's customer ids (repeats allowed)."""
    members = pd.Series(pd.unique(member_ids.astype(str).dropna()), dtype="str")
    present = pd.Series(pd.unique(newer_ids.astype(str).dropna()), dtype="str")
    others = present[~present.isin(members)].reset_index(drop=True)   # (the same id is the same customer)
    if others.empty:
        return Translation(pd.Series(dtype="str"))
    # a key two campaign customers share names neither: each is counted as themselves only
    keys = loose_id_key(members)
    unique = ~keys.duplicated(keep=False) & keys.notna()
    by_key = pd.Series(members[unique].to_numpy(), index=keys[unique].to_numpy())
    found = loose_id_key(others).map(by_key)
    rewritten = found.notna()
    translated = pd.Series(found[rewritten].to_numpy(), index=others[rewritten].to_numpy(), dtype="str")
    by_address = pd.Series(dtype="str")
    if newer_keyed_by_email and member_emails is not None:
        addresses = email_key(member_emails.reset_index(drop=True).astype("str"))
        pairs = pd.DataFrame({"address": addresses, "member": member_ids.astype(str).reset_index(drop=True)})
        pairs = pairs.dropna().drop_duplicates()
        pairs = pairs[~pairs["address"].duplicated(keep=False)]
        rest = others[~rewritten]
        hit = rest[rest.isin(pairs["address"])]
        by_address = pd.Series(hit.map(pairs.set_index("address")["member"]).to_numpy(), index=hit.to_numpy(),
                               dtype="str")
        by_address = by_address[~by_address.isin(present)]   # (that customer is in the file under their id)
    ids = pd.concat([translated, by_address])
    return Translation(ids, int(translated.nunique()), int(by_address.nunique()))


def _addresses(values: pd.Series) -> pd.Series:
    """The e-mail addresses among ``values`` in the form addresses are compared (core.contacts.email_key),
    NA for anything else (a customer number is never lower-cased into a match)."""
    text = values.astype("str")
    return email_key(text.where(text.str.contains("@", regex=False).fillna(False).astype(bool)))


def member_keys(members: pd.DataFrame) -> list[pd.Series]:
    """Every way each of ``members`` (customer_id, email) can be recognised in another campaign, one
    Series per way (NA where none): the customer number, and the e-mail address it is keyed by or
    was mailed at, so that a campaign keyed by numbers and one keyed by e-mail addresses still see
    the customers they share."""
    keys = ["id:" + members["customer_id"].astype(str)]
    keys += ["@:" + _addresses(members[column]) for column in ("customer_id", "email") if column in members]
    return keys
