"""core.importing.report: the import report in a shop owner's words, and as JSON."""

from __future__ import annotations

import json

from core.importing import import_customer_attributes, import_purchases
from core.importing.report import EXTRA_CELLS_REASON, ImportReport, SetAside
from core.language import Language
from core.words import Phrase, Words


def _report() -> ImportReport:
    return ImportReport(file="orders.csv", rows_read=10, rows_kept=7, blank_rows=1,
                        set_aside=[SetAside("no customer id", 2, [(4, ""), (9, "")]),
                                   SetAside("date cannot be read", 1, [(6, "31/02/2024")])],
                        customers=3, currency="GBP", currency_how="from the £ signs",
                        warnings=[Phrase("1 cell was cut")], notes=[Phrase("dates read day first")])


def test_set_aside_counts_add_up():
    report = _report()
    assert report.rows_set_aside == 3
    assert report.set_aside_count("date") == 1 and report.set_aside_count("nothing like this") == 0


def test_set_aside_line_with_examples():
    assert SetAside("date cannot be read", 1, [(6, "31/02/2024")]).text() == \
        '  1 row: date cannot be read (for example row 6 "31/02/2024")'
    assert SetAside("no customer id", 2, [(4, ""), (9, "")]).text() == \
        "  2 rows: no customer id (for example row 4; row 9)"


def test_text_says_what_was_read_kept_and_why():
    text = _report().to_text()
    assert text.startswith("Imported orders.csv (header in row 1)")
    for line in ("Rows read: 10", "Rows kept: 7", "Rows set aside: 3", "Blank rows skipped: 1",
                 "Currency: GBP (from the £ signs)", "Note: dates read day first", "Warning: 1 cell was cut"):
        assert line in text


def test_dict_is_json_with_the_set_aside_total():
    data = _report().to_dict()
    assert data["rows_set_aside"] == 3 and data["set_aside"][0]["reason"] == "no customer id"
    assert json.loads(json.dumps(data))["file"] == "orders.csv"


def test_the_report_names_every_consent_column_or_says_there_is_none():
    report = _report()
    assert "Consent: no consent or opt-out column found in this file." in report.to_text()
    report.consent_columns = ['"Accepts Marketing"', '"Unsubscribed" (opt-out: yes there means opted out)']
    assert report.consent_line() == ('Consent: "Accepts Marketing"; "Unsubscribed" (opt-out: yes there means '
                                     "opted out) (an opt-out in any of them wins)")


def test_sentences_and_tables_for_the_window():
    """The import page reads as sentences and tables, not a log (issue 13: plain words)."""
    report = _report()
    report.sheet, report.header_row, report.orders, report.revenue = "Sales", 4, 5, 1234.5
    report.return_rows, report.cancellation_rows, report.returns_amount = 2, 2, -30.0
    report.date_min, report.date_max = "2010-05-17", "2010-05-20"
    report.date_order_how = "day-first, settled from the data"
    report.amount_rule = "quantity × unit price"
    report.columns = [("Customer number", "Customer No.", "recognised by its name")]
    words = report.sentences()
    assert words[:3] == ["Clientele read 10 rows of orders.csv, sheet “Sales” (the column names are in row 4).",
                         "7 rows are used; 3 were set aside, for the reasons in the table below.",
                         "1 blank row was skipped."]
    assert "Each row is worth quantity × unit price." in words
    assert ("2 rows are returns or cancellations (2 on cancelled invoices), together -30.00: they are taken off "
            "what customers spent.") in words
    assert ("The purchases run from 17 May 2010 to 20 May 2010. Dates are read day-first, settled from the data."
            in words)
    assert "3 customers placed 5 orders, worth 1,234.50 GBP net of returns. Money is in GBP (from the £ signs)." in words
    assert words[-2:] == ["No column of this file says who agreed to e-mails (no consent or opt-out column).",
                          "dates read day first"]
    assert not any("<-" in w or "_" in w for w in words)
    assert report.set_aside[1].example_text() == 'row 6 "31/02/2024"'


def test_the_warnings_are_said_in_the_shops_language_and_kept_in_english_in_the_json(tmp_path):
    """An import's warnings are Phrases: the report, the window and the JSON each say them in their
    own language (they were English sentences, so a German report carried English warnings)."""
    path = tmp_path / "orders.csv"
    path.write_text("Date,Customer,Amount,Amount\n2024-01-05,A1,10,1\n2024-01-06,A2,12,2,stray\n"
                    "2024-01-07,A3,7,3\n", encoding="utf-8")
    report = import_purchases(path).report
    english = [str(w) for w in report.warnings]
    assert any(w.startswith('Two or more columns are named "Amount"') for w in english), english
    assert [(s.reason, s.examples) for s in report.set_aside] == [(EXTRA_CELLS_REASON, [(3, "2024-01-06,A2,12,2,stray")])]
    german = report.to_text(Words(Language.GERMAN))
    assert 'Mehrere Spalten heißen „Amount“; die späteren heißen „Amount (2)“' in german
    assert "1 Zeile: mehr Zellen, als die Kopfzeile Spalten hat" in german
    assert "Two or more columns" not in german and "more cells than" not in german
    assert json.loads(json.dumps(report.to_dict()))["warnings"] == english


def test_a_customers_files_note_is_said_in_the_shops_language(tmp_path):
    path = tmp_path / "customers.csv"
    path.write_text("Customer,Email\nA1,a1@example.com\nA1,a1@example.org\nA2,a2@example.com\n", encoding="utf-8")
    report = import_customer_attributes(path).report
    assert [str(note) for note in report.notes] == [
        "1 row repeats a customer; the last non-empty value of each column was kept (for consent, an opt-out on "
        "any of the customer's rows wins)."]
    assert "1 Zeile wiederholt einen Kunden" in "\n".join(report.sentences(Words(Language.GERMAN)))


def test_every_sentence_about_amounts_and_dates_reads_as_a_sentence():
    """"Each row is worth amount column." and "Dates are read date cells." were the report's words
    for the commonest files; "1 row is a return or cancellations, together …" for one return."""
    report = _report()
    report.amount_rule, report.date_min, report.date_max = "amount column", "2024-01-01", "2024-02-01"
    report.return_rows, report.returns_amount = 1, -5.0
    for how, said in (("date cells", "The dates are the workbook's date cells, read as they are."),
                      ("no ambiguous dates", "No date could be read both day-first and month-first."),
                      ("day and month are equal in every text date, so the order does not matter",
                       "Day and month are equal in every text date, so their order does not matter.")):
        report.date_order_how = how
        words = report.sentences()
        assert f"The purchases run from 1 January 2024 to 1 February 2024. {said}" in words
        assert "Each row is worth the amount in its amount column." in words
        assert "1 row is a return or cancellation, worth -5.00: it is taken off what customers spent." in words
    german = report.sentences(Words(Language.GERMAN))
    assert "Jede Zeile ist so viel wert wie der Betrag in ihrer Betragsspalte." in german


def test_consent_columns_are_named_as_the_shops_language_quotes_them():
    report = _report()
    report.consent_columns = ['"Accepts marketing"', '"Unsubscribed" (opt-out: yes there means opted out)']
    assert report.consent_line() == ('Consent: "Accepts marketing"; "Unsubscribed" (opt-out: yes there means opted out)'
                                     " (an opt-out in any of them wins)")
    german = Words(Language.GERMAN)
    assert report.consent_names(german) == "„Accepts marketing“; „Unsubscribed“ (Abmeldung: ja bedeutet dort abgemeldet)"
    assert report.consent_line(german).startswith("Einwilligung: „Accepts marketing“; „Unsubscribed“ (Abmeldung")
    assert any("„Accepts marketing“" in s for s in report.sentences(german))
