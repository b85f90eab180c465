"""consent_book: one file's consent from every row and column, both files combined, and who in a
customer table counts as opted out (definitions §6)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.importing.consent import ConsentColumn, row_consent
from core.importing.consent_book import (
    ConsentBook,
    FileConsent,
    combine_consent,
    consent_columns,
    consent_from_tables,
    frame_consent,
    opt_outs,
    read_file_consent,
)
from core.importing.mapping import ColumnMapping
from tests.factories import tx_frame

TEXT = pd.StringDtype(na_value=np.nan)


def _file(rows: list[tuple[str | None, str | None, str | None, str | None]], dated: bool = True) -> FileConsent:
    """rows: (customer id, date or None, answer or None, e-mail or None)."""
    frame = pd.DataFrame(rows, columns=["id", "date", "answer", "email"])
    return read_file_consent(frame["answer"].astype(TEXT), frame["id"].astype(TEXT),
                             emails=frame["email"].astype(TEXT),
                             dates=pd.to_datetime(frame["date"]) if dated else None, file="orders.csv")


def test_the_latest_day_decides_and_on_one_day_an_opt_out_wins():
    consent = _file([
        ("A", "2024-01-01", "no", None), ("A", "2024-03-01", "yes", None),      # re-subscribed
        ("B", "2024-01-01", "yes", None), ("B", "2024-03-01", "no", None),
        ("C", "2024-02-01", "yes", None), ("C", "2024-02-01", "no", None), ("C", "2024-01-01", "yes", None),
        ("D", "2024-02-01", "yes", None), ("D", "2024-05-01", None, None),      # no answer: does not count
    ])
    states = consent.states["consent"].to_dict()
    assert states == {"a": "yes", "b": "no", "c": "no", "d": "yes"}
    assert consent.states.loc["a", "customer_id"] == "A" and consent.has_info


def test_an_undated_opt_out_wins_over_any_dated_yes():
    consent = _file([("A", "2024-06-01", "yes", None), ("A", None, "no", None),
                     ("B", None, "yes", None), ("B", None, "maybe", None), ("C", None, "maybe", None)])
    assert consent.states["consent"].to_dict() == {"a": "no", "b": "yes", "c": "maybe"}


def test_answers_on_rows_without_a_customer_and_old_dates_do_not_confuse_the_others():
    consent = _file([(None, "2024-01-01", "maybe", None), ("A", "2024-01-01", "yes", None),
                     ("B", "1960-05-01", "no", None), ("B", "1961-05-01", "yes", None),
                     ("C", "1965-01-01", "yes", None), ("C", "2024-01-01", "later", None)])
    assert consent.states["consent"].to_dict() == {"a": "yes", "b": "yes", "c": "later"}
    assert consent.states["customer_id"].tolist() == ["A", "B", "C"]


def test_a_file_without_dates_lets_an_opt_out_on_any_row_win():
    consent = _file([("K1", None, "yes", None), ("K1", None, "no", None), ("K2", None, "yes", None)], dated=False)
    assert consent.states["consent"].to_dict() == {"k1": "no", "k2": "yes"}


def test_id_variants_share_one_consent():
    consent = _file([("K1", "2024-01-01", "yes", None), (" k1 ", "2024-02-01", "no", None)])
    ids = pd.Series(["K1", "k1", "K2"], dtype=TEXT)
    assert consent.consent_of(ids).tolist()[:2] == ["no", "no"] and pd.isna(consent.consent_of(ids).iloc[2])


def test_addresses_and_opt_outs_that_name_no_customer():
    consent = _file([("K1", "2024-01-01", None, "Ann@X.org "), ("K1", "2024-02-01", "yes", "ann@new.org"),
                     (None, "2024-02-01", "no", " Bob@X.org"), (None, "2024-02-01", "yes", "eve@x.org")])
    pairs = set(map(tuple, consent.addresses()[["key", "email"]].to_numpy().tolist()))
    assert pairs == {("k1", "ann@x.org"), ("k1", "ann@new.org")}
    assert consent.keyless_opt_outs == ("bob@x.org",)


def test_no_answer_anywhere_is_no_information():
    consent = _file([("K1", "2024-01-01", None, "a@x.org")])
    assert not consent.has_info and len(consent.addresses()) == 1


def test_an_opt_out_in_either_file_wins_and_disagreements_are_listed():
    purchases = _file([("K1", "2024-01-01", "no", "k1@x.org"), ("K2", "2024-01-01", "yes", "k2@x.org"),
                       ("K3", "2024-01-01", "yes", None), ("K4", "2024-01-01", "maybe", None)])
    customers = _file([("k1", None, "yes", None), ("K2", None, "no", "k2@old.org"), ("K3", None, None, None),
                       ("K4", None, "yes", None), ("K5", None, "no", None)], dated=False)
    book = combine_consent(purchases, customers)
    ids = pd.Series(["K1", "K2", "K3", "K4", "K5", "K6"], dtype=TEXT)
    assert book.consent_of(ids).fillna("-").tolist() == ["no", "no", "yes", "yes", "no", "-"]
    assert book.conflicts == ("K2", "k1")
    assert dict(book.opted_out_addresses) == {"k1@x.org": "k1", "k2@x.org": "K2", "k2@old.org": "K2"}
    assert book.has_info and book.columns == ()


def test_without_any_answer_the_book_says_so():
    book = combine_consent(_file([("K1", "2024-01-01", None, "a@x.org")]), None)
    assert not book.has_info and book.consent_of(pd.Series(["K1"], dtype=TEXT)).isna().all()
    assert not ConsentBook().has_info


def test_every_consent_column_of_a_file_is_read_unless_mapped_elsewhere():
    mapping = ColumnMapping({"customer_id": "Customer", "consent": "Accepts Marketing", "channel": "Newsletter"})
    columns = ["Customer", "Newsletter", "Accepts Marketing", "Unsubscribed", "Amount", "Afgemeld"]
    found = consent_columns(columns, mapping)
    assert found == (ConsentColumn("Accepts Marketing", False), ConsentColumn("Unsubscribed", True),
                     ConsentColumn("Afgemeld", True))
    assert FileConsent(columns=found).describe_columns()[1] == '"Unsubscribed" (opt-out: yes there means opted out)'


def test_an_opt_out_in_any_column_of_a_row_wins():
    frame = pd.DataFrame({"Accepts Marketing": ["yes", "yes", "no", None, "later"],
                          "Unsubscribed": ["yes", "no", None, None, None]})
    columns = consent_columns(frame.columns, ColumnMapping())
    assert row_consent(frame, columns).fillna("-").tolist() == ["no", "yes", "no", "-", "later"]


def test_the_book_of_the_frames_alone():
    frame = tx_frame([("A", "2024-01-01", 1.0, "1", False, "yes"), ("A", "2024-09-01", 1.0, "2", False, "no"),
                      ("B", "2024-01-01", 1.0, "3", False, None)], ("consent",))
    attributes = pd.DataFrame({"customer_id": ["b"], "consent": ["no"], "email": ["b@x.org"]})
    book = consent_from_tables(frame, attributes)
    assert book.consent_of(pd.Series(["A", "B"], dtype=TEXT)).tolist() == ["no", "no"]
    assert dict(book.opted_out_addresses) == {"b@x.org": "b"}
    assert not consent_from_tables(tx_frame([("A", "2024-01-01", 1.0, "1", False)])).has_info
    assert not frame_consent(tx_frame([("A", "2024-01-01", 1.0, "1", False)])).has_info


def test_who_counts_as_opted_out_in_a_customer_table():
    customers = pd.DataFrame({"customer_id": ["K1", "k1", "K2", "K3", "K4", "K5"],
                              "email": ["a@x.org", "b@x.org", "SHARED@x.org ", "shared@x.org", "gone@x.org", None]})
    consent = pd.Series([True, False, False, True, True, True], dtype="boolean")
    book = ConsentBook(opted_out_addresses={"gone@x.org": ""}, has_info=True)
    opted, detail = opt_outs(customers, consent, book)
    assert opted.tolist() == [True, True, True, True, True, False]
    assert detail.tolist()[:4] == ['customer "k1" opted out (the same id apart from case or spaces)', "", "",
                                   'the address was opted out by customer "K2"']
    assert detail.iloc[4] == "the address was opted out on a record without customer id"


def test_ids_and_addresses_held_as_codes_give_what_their_text_gives():
    """The importer hands over customer ids (and a typed read e-mails) as categoricals, with
    categories no row uses among them: the consent read from their codes is the one read from text."""
    rows = [("K1", "2024-01-01", "yes", "Ann@X.org "), (" k1 ", "2024-02-01", "no", "ann@x.org"),
            ("K2", "2024-02-01", None, "Bob@X.org"), (None, "2024-02-01", "no", " Eve@X.org"),
            ("K3", None, "maybe", None), ("K2", "2024-03-01", "yes", "bob@new.org")]
    frame = pd.DataFrame(rows, columns=["id", "date", "answer", "email"])
    as_text = _file(rows)

    def coded(column: str) -> pd.Series:
        unused = pd.Index(["zz-never-used", *pd.unique(frame[column].dropna())[::-1]])
        return pd.Series(pd.Categorical(frame[column], categories=unused))

    as_codes = read_file_consent(frame["answer"].astype(TEXT), coded("id"), emails=coded("email"),
                                 dates=pd.to_datetime(frame["date"]), file="orders.csv")
    pd.testing.assert_frame_equal(as_codes.states.sort_index(), as_text.states.sort_index())
    assert as_codes.keyless_opt_outs == as_text.keyless_opt_outs == ("eve@x.org",)
    pairs = set(map(tuple, as_codes.addresses().to_numpy().tolist()))
    assert pairs == set(map(tuple, as_text.addresses().to_numpy().tolist())) == {
        ("k1", "ann@x.org"), ("k2", "bob@x.org"), ("k2", "bob@new.org")}
