"""Consent and opt-out columns in their usual spellings."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.importing.consent import (
    ConsentColumn,
    customer_consent,
    filled_opt_outs,
    is_opt_out_header,
    is_sms_header,
    meaning_from_column_name,
    parse_consent,
    row_consent,
    yes_or_no,
)
from core.importing.headers import CONSENT_HEADERS, OPT_OUT_HEADERS, fields_for_header

YES = ["yes", "Y", "TRUE", "true", "1", 1, 1.0, True, "subscribed", "Opted in", "opt-in", "ja", "Oui", "sí"]
NO = ["no", "N", "FALSE", "0", 0, 0.0, False, "unsubscribed", "Opted out", "opt-out", "nein", "non", "nee"]


def test_consent_spellings():
    parsed = parse_consent(pd.Series(YES + NO + [None, "", "maybe", "pending"], dtype="object"))
    assert parsed[: len(YES)].tolist() == [True] * len(YES)
    assert parsed[len(YES): len(YES) + len(NO)].tolist() == [False] * len(NO)
    assert parsed[len(YES) + len(NO):].isna().all()
    assert str(parsed.dtype) == "boolean"


def test_opt_out_column_inverts_plain_answers_but_not_explicit_words():
    parsed = parse_consent(pd.Series(["yes", "no", "1", "0", "unsubscribed", "subscribed"]), "opt_out")
    assert parsed.tolist() == [False, True, False, True, False, True]
    with pytest.raises(ValueError):
        parse_consent(pd.Series(["yes"]), "maybe")


def test_shopify_accepts_marketing_yes_no():
    assert parse_consent(pd.Series(["yes", "no"])).tolist() == [True, False]


@pytest.mark.parametrize("name, meaning", [
    ("Accepts Marketing", "consent"), ("Newsletter", "consent"), ("Opt-out", "opt_out"),
    ("Email opt out", "opt_out"), ("Unsubscribed", "opt_out"), ("Do not email", "opt_out"),
    ("Abgemeldet", "opt_out"), ("Désabonné", "opt_out"), ("Afgemeld", "opt_out"), ("Uitgeschreven", "opt_out"),
    ("Disiscritto", "opt_out"), ("Opted out", "opt_out"), ("Marketing", "consent"), ("GDPR consent", "consent"),
    ("E-Mail-Werbung erlaubt", "consent"), ("Newsletter opt-in status", "consent"),
])
def test_column_meaning_from_name(name, meaning):
    assert meaning_from_column_name(name) == meaning


def test_customer_consent_knows_when_there_is_no_information():
    no_column = pd.DataFrame({"customer_id": ["a", "b"]})
    consent, has_info = customer_consent(no_column)
    assert not has_info and consent.isna().all()
    empty = pd.DataFrame({"consent": [None, None]})
    assert customer_consent(empty)[1] is False
    table = pd.DataFrame({"consent": ["yes", None, "no"], "opt_out": ["yes", None, None]})
    consent, has_info = customer_consent(table)
    assert has_info and consent.tolist()[0] is False and pd.isna(consent.tolist()[1])
    assert consent.tolist()[2] is False


def test_one_rule_for_opt_out_headers_recognition_and_turning_round():
    """Every opt-out header that makes a column a consent column is also turned round (and no consent
    header is): Dutch "Afgemeld", "Uitgeschreven" and Italian "Disiscritto" were recognised but read
    the wrong way round."""
    assert [h for h in OPT_OUT_HEADERS if not is_opt_out_header(h)] == []
    assert [h for h in CONSENT_HEADERS if is_opt_out_header(h)] == []
    for header in ("Afgemeld", "Uitgeschreven", "Disiscritto", "Opted out", "Newsletter abgemeldet am",
                   "Do not mail list", "Keine Werbung"):
        assert is_opt_out_header(header), header
        assert fields_for_header(header) == ["consent"] or header in ("Newsletter abgemeldet am", "Do not mail list")


def test_row_answers_have_one_meaning_whatever_the_column():
    frame = pd.DataFrame({"Newsletter": ["ja", 1.0, None, "vielleicht", True],
                          "Afgemeld": ["nee", None, "ja", None, None]})
    columns = (ConsentColumn.named("Newsletter"), ConsentColumn.named("Afgemeld"))
    assert columns[1].opt_out and not columns[0].opt_out
    assert row_consent(frame, columns).fillna("-").tolist() == ["yes", "yes", "no", "vielleicht", "yes"]
    # a placeholder is no answer, in an opt-out column as in any (a trial saw "-" shown as the answer)
    blank = pd.DataFrame({"Abgemeldet": ["-", "n/a", "nein", " None "]})
    assert row_consent(blank, (ConsentColumn.named("Abgemeldet"),)).isna().tolist() == [True, True, False, True]


def test_a_file_without_consent_columns_answers_nothing_on_every_row():
    frame = pd.DataFrame({"Email": ["a@x.org", None, "b@x.org"]}, index=[10, 11, 12])
    answers = row_consent(frame, ())
    assert answers.isna().all() and answers.index.tolist() == [10, 11, 12]
    assert answers.dtype == pd.StringDtype(na_value=np.nan)


def test_an_opt_out_column_filled_in_is_an_opt_out_and_the_report_says_so():
    frame = pd.DataFrame({"Consent": ["yes"] * 6,
                          "Unsubscribed": ["2024-03-01", "via link", None, "n/a", "-", "no"]}, dtype="str")
    columns = [ConsentColumn.named("Consent"), ConsentColumn.named("Unsubscribed")]
    assert row_consent(frame, columns).tolist() == ["no", "no", "yes", "yes", "yes", "yes"]
    assert parse_consent(pd.Series(["2024-03-01", "never", "yes"]), "opt_out").tolist() == [False, pd.NA, False]
    assert parse_consent(pd.Series(["2024-03-01"]), "consent").isna().all()   # (a consent column: unreadable)
    said = [str(p) for p in filled_opt_outs(frame, columns)]
    assert said == ['2 rows of the opt-out column "Unsubscribed" held neither yes nor no (for example '
                    '"2024-03-01"); an opt-out column filled in means the customer opted out, so they were read '
                    "as opt-outs."]
    assert filled_opt_outs(frame.iloc[2:], columns) == []


def test_a_repeated_opt_out_name_is_still_an_opt_out_column():
    assert is_opt_out_header("Unsubscribed (2)") and is_opt_out_header("Afgemeld (3)")
    assert not is_opt_out_header("Consent (2)")


@pytest.mark.parametrize(("header", "sms"), [
    ("Accepts SMS Marketing", True), ("SMS consent", True), ("SMS Marketing Consent", True), ("SMS opt-out", True),
    ("sms_subscribed", True), ("SMS abgemeldet", True), ("Accepts Email Marketing", False), ("SMS", False),
    ("Phone (SMS)", False), ("Unsubscribed", False), ("SMS sent", False),
])
def test_a_consent_column_about_text_messages_is_told_apart(header, sms):
    assert is_sms_header(header) is sms


@pytest.mark.parametrize(("value", "said"), [
    ("yes", True), ("x", True), ("Ja", True), ("subscribed", True), ("no", False), ("nein", False),
    ("unsubscribed", False), ("", None), ("maybe", None), (None, None), (True, True),
])
def test_one_reading_of_yes_and_no(value, said):
    assert yes_or_no(value) is said
