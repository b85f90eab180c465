"""How a list reaches its customers (definitions §6): e-mail, text message (SMS) or post.

Each channel says which contact a customer needs, when that contact can be used, on what key two
customers share one (and are reached once), and the reasons a customer is left out for want of
it. Consent is the same for every channel: an opt-out forbids them all (who each channel can reach:
core/campaigns/reach.py).

- **E-mail**: an address of the shape of definitions §1 (core/contacts.valid_email); shared
  addresses compare trimmed and in lower case.
- **SMS**: a phone number written with digits, spaces, dashes, dots, slashes, brackets and a leading
  ``+`` only (an extension "x12" or Excel's "7.7009E+09" cannot be texted), of 7 to 15 digits once
  those are dropped; full-width digits count as digits. Two numbers are one line when their last
  LINE_DIGITS digits agree, in international form (phone_digits), so "+44 7700 900666",
  "0044 7700 900666", "+44 (0)7700 900666" and "07700 900666" are one: reached once, and an opt-out
  of any of them forbids them all, also when the opted-out one cannot be texted itself.
- **Post**: a street address (``address``) and a postcode or a city; two customers share one
  address when street, postcode and city are equal apart from case, spaces and punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

import pandas as pd

from core.arrow_columns import PYTHON_TEXT_BLOCK
from core.campaigns.offers import text_column
from core.contacts import email_key, plain_key, valid_email
from core.errors import SettingsError
from core.words import N_, Phrase


class Channel(StrEnum):
    """A way to reach customers; the value is the word ``--channel`` and project files use."""

    EMAIL = "email"
    SMS = "sms"
    POST = "post"

    @property
    def words(self) -> str:
        """"e-mail", "text message (SMS)", "post"."""
        return {"email": N_("e-mail"), "sms": N_("text message (SMS)"), "post": N_("post")}[self.value]

    @property
    def contact_words(self) -> str:
        """What a customer needs: "an e-mail address", "a phone number", "a postal address"."""
        return {"email": N_("an e-mail address"), "sms": N_("a phone number"),
                "post": N_("a postal address")}[self.value]

    @classmethod
    def parse(cls, text: object) -> Channel:
        """``email``, ``sms`` or ``post`` (also "e-mail", "phone", "text", "postal", "letter"…)."""
        key = str(text or "").strip().lower().replace("-", "")
        aliases = {"email": cls.EMAIL, "mail": cls.EMAIL, "sms": cls.SMS, "text": cls.SMS, "phone": cls.SMS,
                   "post": cls.POST, "postal": cls.POST, "letter": cls.POST, "address": cls.POST}
        if key not in aliases:
            raise SettingsError(Phrase('there is no channel called "{text}".', text=text), "Choose email, sms or post.")
        return aliases[key]


#: Left-out reasons of each channel: (no contact, contact that cannot be used, shared contact).
CONTACT_REASONS: dict[Channel, tuple[str, str, str]] = {
    Channel.EMAIL: ("no e-mail", "invalid e-mail", "duplicate e-mail"),
    Channel.SMS: ("no phone", "invalid phone", "duplicate phone"),
    Channel.POST: ("no address", "incomplete address", "duplicate address"),
}
#: Digits a usable phone number has (the international standard allows at most 15).
PHONE_DIGITS = (7, 15)
#: The digits two numbers must end with to be one line (a national number and its international form
#: differ only in front: "07700 900666", "+44 7700 900666"; 8, not 9: Danish numbers have 8 digits and
#: Berlin's "030 123456" only 8 after its trunk zero); erring towards "the same line" reaches a
#: customer less, never texts a number that was opted out.
LINE_DIGITS = 8
_NOT_DIGIT = re.compile(r"\D+")
#: What a phone number may be written with: digits and the usual separators, a leading +.
_PHONE_TEXT = r"\+?[0-9 ()./\-]+"


#: An international number's national trunk zero written in brackets ("+49 (0)170 …", "0044 (0)20 …"):
#: dialled from abroad it is left out.
_TRUNK_ZERO = re.compile(r"^(\s*(?:\+|00)\s*[0-9]{1,3})\s*\(\s*0\s*\)")


#: An extension written after a number ("ext 12", "x12", "Durchwahl 3", "poste 4"): no part of its line.
_EXTENSION = re.compile(r"(?i)\s*(?:ext\.?|extension|x|durchwahl|dw\.?|poste|interno|toestel)\s*[0-9]+\s*$")


def _without_extension(phones: pd.Series) -> pd.Series:
    """Phone numbers without an extension written after them (its line: "07700 900777 ext 12" is 07700 900777's)."""
    return phones.astype("string").str.replace(_EXTENSION, "", regex=True)


def phone_digits(phones: pd.Series) -> pd.Series:
    """A phone number's digits in international form where it is written so ("+44 (0)20 7946-0000" →
    "442079460000", "0049 170 …" → "49170…"; None where missing). The leading ``+`` or ``00`` and a
    bracketed trunk zero are dropped: SMS tools read 44… as the international number. A national
    number ("07700 900002") keeps its digits as written."""
    return _international(_phone_text(phones))


def _international(text: pd.Series) -> pd.Series:
    """phone_digits of numbers already as text (_phone_text)."""
    digits = _digits(text.str.replace(_TRUNK_ZERO, r"\1", regex=True))
    return digits.where(~digits.astype("string").str.startswith("00").fillna(False),
                        digits.astype("string").str.slice(2).astype("object"))


def _phone_text(phones: pd.Series) -> pd.Series:
    """Phone numbers as text, full-width digits as ASCII ones (NFKC)."""
    return phones.astype("string").str.normalize("NFKC")


def _digits(text: pd.Series) -> pd.Series:
    digits = text.str.replace(_NOT_DIGIT, "", regex=True)
    return digits.astype("object").where(digits.notna() & digits.ne(""), None)


@dataclass(frozen=True)
class Contacts:
    """Every customer's contact for one channel, on the customer table's index.

    ``value``: the contact as written (the e-mail, the phone, the address in one line), None where
    missing; ``usable``: whether it can be used; ``key``: what two customers must share to be
    reached once (None where not usable)."""

    channel: Channel
    value: pd.Series
    usable: pd.Series
    key: pd.Series

    @property
    def reasons(self) -> tuple[str, str, str]:
        return CONTACT_REASONS[self.channel]


def postal_address(customers: pd.DataFrame) -> pd.Series:
    """The address in one line, "12 High St, AB1 2CD Town, United Kingdom" (None without a street)."""
    street, postcode, city = (text_column(customers, c) for c in ("address", "postcode", "city"))
    country = text_column(customers, "country")
    place = (postcode.fillna("") + " " + city.fillna("")).str.strip()
    line = street.fillna("") + ", " + place
    line = line.str.rstrip(", ").where(place.ne(""), street)
    line = (line.fillna("") + ", " + country.fillna("")).str.rstrip(", ").where(country.notna(), line)
    return line.where(street.notna(), None)


def contacts(customers: pd.DataFrame, channel: Channel) -> Contacts:
    """The customers' contacts for ``channel`` (see the module docstring). Each contact is read from
    its own row alone, so a big table is read PYTHON_TEXT_BLOCK customers at a time (its text work
    on 500,000 customers at once held the window's thread 70-200 ms)."""
    if len(customers) <= PYTHON_TEXT_BLOCK:
        return _contacts(customers, channel)
    parts = [_contacts(customers.iloc[start:start + PYTHON_TEXT_BLOCK], channel)
             for start in range(0, len(customers), PYTHON_TEXT_BLOCK)]
    return Contacts(channel, *(pd.concat([getattr(p, name) for p in parts])
                               for name in ("value", "usable", "key")))


def _contacts(customers: pd.DataFrame, channel: Channel) -> Contacts:
    index = customers.index
    if channel is Channel.EMAIL:
        value = text_column(customers, "email")
        usable = valid_email(customers["email"]) if "email" in customers.columns else pd.Series(False, index=index)
        usable = usable.astype(bool) & value.notna()
        key = email_key(customers["email"]).where(usable, None) if "email" in customers.columns else value
        return Contacts(channel, value, usable, key.astype("object"))
    if channel is Channel.SMS:
        value = text_column(customers, "phone")
        text = _phone_text(value)                # (normalised once: the digits and the written form)
        digits = _digits(text)
        count = digits.astype("str").str.len()   # (in Arrow: object text's len holds the window's thread)
        plain = text.str.strip().str.fullmatch(_PHONE_TEXT).fillna(False)
        usable = digits.notna() & count.between(*PHONE_DIGITS) & plain.astype(bool)
        # the line: the last digits of the number in international form (phone_digits: "+49 (0)30 …" and
        # "0049 30 …" alike); kept for a number that cannot be texted too ("0170 1234567 (mobile)"), so
        # that its opt-out still blocks the line for whoever else writes it
        line = _international(_without_extension(text)).astype("string").str.slice(-LINE_DIGITS).astype("object")
        held = digits.notna() & count.ge(PHONE_DIGITS[0])
        return Contacts(channel, value, usable.astype(bool), line.where(held, None))
    street, postcode, city = address_parts(customers)
    usable = street.notna() & (postcode.notna() | city.notna())
    key = (street.fillna("") + "|" + postcode.fillna("") + "|" + city.fillna("")).where(usable, None)
    return Contacts(channel, postal_address(customers), usable.astype(bool), key.astype("object"))


def address_parts(customers: pd.DataFrame) -> tuple[pd.Series, pd.Series, pd.Series]:
    """(street, postcode, city) as addresses are compared, None where missing: the street and the
    city as plain_key writes them ("1, ROSE LANE." → "1 rose lane"), the postcode also without its
    spaces ("SW1A 1AA", "sw1a1aa" → "sw1a1aa")."""
    street, postcode, city = (text_column(customers, c) for c in ("address", "postcode", "city"))

    def plain(values: pd.Series, spaces: bool = True) -> pd.Series:
        keys = values.map(plain_key if spaces else (lambda text: plain_key(text).replace(" ", "")), na_action="ignore")
        return keys.astype("object").where(keys.notna() & keys.ne(""), None)
    return plain(street), plain(postcode, spaces=False), plain(city)


def same_address_keys(customers: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Two customers' postal addresses are one when their street and postcode are the same (a
    postcode says the town), or their street and town are the same and one of them has no postcode:
    (street|postcode where both are written, street|town where both are), None elsewhere. For the
    opt-outs (definitions §6), which must catch an address written with less on another record."""
    street, postcode, city = address_parts(customers)
    by_postcode = (street + "|" + postcode).where(street.notna() & postcode.notna(), None)
    by_town = (street + "|" + city).where(street.notna() & city.notna(), None)
    return by_postcode.astype("object"), by_town.astype("object")
