"""Coupon codes: alphabet without look-alikes, prefixes, uniqueness, expiry."""

from __future__ import annotations

import datetime as dt

import numpy as np

from core.campaigns.coupons import (
    ALPHABET,
    generate_codes,
    normalise_prefix,
)
from core.campaigns.offers import Offer


def test_alphabet_has_no_look_alikes():
    for bad in "0O1IL":
        assert bad not in ALPHABET
    assert len(set(ALPHABET)) == len(ALPHABET)


def test_codes_have_prefix_and_safe_random_part():
    codes = generate_codes(500, "we miss-you!")
    assert len(set(codes)) == 500
    for code in codes:
        prefix, body = code.split("-")
        assert prefix == "WEMISSYOU"
        assert len(body) == 6 and set(body) <= set(ALPHABET)
        assert prefix == normalise_prefix(prefix)
    assert generate_codes(3, "")[0].count("-") == 0
    assert normalise_prefix("x" * 40) == "X" * 12
    # a letter with an accent keeps its letter (found by a trial of the window: "ÜBER20" gave "BER20-…")
    assert [normalise_prefix(p) for p in ("ÜBER20", "ÇA-VA", "süß", "Ｓａｌｅ", "=cmd", "日本")] == \
        ["UBER20", "CAVA", "SUSS", "SALE", "CMD", ""]


def test_codes_avoid_taken_ones():
    rng = np.random.default_rng(5)
    first = generate_codes(50, "VIP", rng=np.random.default_rng(5))
    again = generate_codes(50, "VIP", rng=rng, taken=set(first))
    assert not set(first) & set(again)


def test_codes_are_unique_even_in_a_crowded_space():
    taken = set(generate_codes(2000, "A", length=2))   # the length grows when the space is crowded
    more = generate_codes(2000, "A", taken=taken, length=2)
    assert len(set(more)) == 2000 and not set(more) & taken


def test_expiry_is_export_date_plus_validity():
    offer = Offer("segment", "At Risk", "We miss you", validity_days=14)
    assert offer.expiry(dt.date(2026, 12, 20)) == dt.date(2027, 1, 3)
