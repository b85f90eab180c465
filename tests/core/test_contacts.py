"""core.contacts: the one rule for customer ids and e-mail addresses."""

from __future__ import annotations

import pandas as pd

from core.contacts import clean_ids, consent_key, email_key, valid_email


def test_ids_are_trimmed_text_with_excel_floats_made_whole():
    ids = clean_ids(pd.Series([" 12346.0", "12346", "A7 ", "", None, "12.5", "007.00"], dtype="str"))
    assert ids.iloc[:3].tolist() == ["12346", "12346", "A7"]
    assert ids.isna().tolist() == [False, False, False, True, True, False, False]
    assert ids.iloc[5] == "12.5" and ids.iloc[6] == "007"


def test_invisible_characters_are_no_part_of_an_id():
    """Found by a hostile trial: a byte-order mark before "C3" (two CSV files joined) and a zero-width
    space after "C4" (pasted from a web page) made two more customers, and their opt-outs missed the
    customers they named."""
    ids = clean_ids(pd.Series(["\ufeffC3", "C4\u200b", "C\u00ad5", " \u2060C6 ", "Zoë 0"], dtype="str"))
    assert ids.tolist() == ["C3", "C4", "C5", "C6", "Zoë 0"]
    assert consent_key(pd.Series(["\ufeffc3"], dtype="str")).tolist() == ["c3"]


def test_email_key_trims_and_lowers():
    assert email_key(pd.Series([" Ann@Shop.COM ", "", None], dtype="str")).tolist()[0] == "ann@shop.com"
    assert email_key(pd.Series(["", None], dtype="str")).isna().all()


def test_valid_email_refuses_lists_and_typos():
    values = pd.Series(["ann@shop.com", " bo@x.co.uk ", "a@b", "a@b.c", "a@b.com; c@d.com", "a b@c.com",
                        "<a@b.com>", None, ""], dtype="str")
    assert valid_email(values).tolist() == [True, True, False, False, False, False, False, False, False]


def test_an_address_a_spreadsheet_would_read_as_a_formula_cannot_be_mailed():
    """Found by a hostile trial: "+cust1@example.com" was counted as mailed, and the CSV for the e-mail
    tool held "'+cust1@example.com" (cell safety's apostrophe), an address no e-mail tool can use."""
    values = pd.Series(["+ann@shop.com", "-bo@shop.com", "=c@shop.com", "ann+news@shop.com", "jean-luc@shop.fr"],
                       dtype="str")
    assert valid_email(values).tolist() == [False, False, False, True, True]


def test_consent_key_matches_ids_apart_from_case_and_spaces():
    keys = consent_key(pd.Series(["K1", " k1 ", "k1", "12346.0", "", None, "Straße"], dtype="str"))
    assert keys.iloc[:3].tolist() == ["k1"] * 3 and keys.iloc[3] == "12346"
    assert keys.iloc[4:6].isna().all() and keys.iloc[6] == "strasse"


def test_consent_key_folds_case_as_python_does():
    """ASCII ids are lowered in Arrow, the others case-folded by Python: the same keys as
    ``str.casefold`` throughout (ß -> ss, final sigma, titlecase digraphs), NA kept."""
    ids = pd.Series([" K1 ", "k1", "Straße", "ΣΑΣ", "12346.0", None, "", "ÀB", "MiXeD", "ǅ", "İ"] * 3,
                    dtype="str")
    got = consent_key(ids)
    want = clean_ids(ids).str.casefold()
    assert got.dtype == want.dtype
    pd.testing.assert_series_equal(got, want)
    assert consent_key(pd.Series([], dtype="str")).empty


def test_invisible_characters_are_no_part_of_an_address():
    texts = pd.Series(["k1@example.com\u200b", "\ufeffK2@Example.com", "k\u00ad3@example.com", "\u200b", None])
    assert email_key(texts).tolist()[:3] == ["k1@example.com", "k2@example.com", "k3@example.com"]
    assert email_key(texts).isna().tolist()[3:] == [True, True]
    assert valid_email(email_key(texts)).tolist() == [True, True, True, False, False]


def test_an_address_written_with_what_surrounds_it_is_the_address():
    """Found by a hostile trial: an opt-out written "Anna <anna@x.com>", "mailto:…", with quotes, a
    full stop after it or a full-width ＠ did not block the plain address another customer had."""
    written = pd.Series(["Anna <Anna@X.com>", "mailto:anna@x.com", "'anna@x.com'", "anna@x.com.", "anna＠x.com",
                         " ANNA@x.com ", "anna@ x.com", None, "a:b", "a b@c.com"])
    assert email_key(written).tolist()[:7] == ["anna@x.com"] * 7
    assert pd.isna(email_key(written)[7]) and email_key(written).tolist()[8:] == ["a:b", "a b@c.com"]


def test_what_is_no_address_is_kept_as_written():
    """Found by the property test of the cleaning (an e-mail cell "."): only an address loses what is
    written around it; other text is compared as before."""
    assert email_key(pd.Series([".", "a.", ":", "'x'"])).tolist() == [".", "a.", ":", "'x'"]
