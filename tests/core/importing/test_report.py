"""core.importing.report: the import report in a shop owner's words, and as JSON."""

from __future__ import annotations

import json

from core.importing.report import ImportReport, SetAside


def _report() -> ImportReport:
    return ImportReport(file="orders.csv", rows_read=10, rows_kept=7, blank_rows=1,
                        set_aside=[SetAside("no customer id", 2, [(4, ""), (9, "")]),
                                   SetAside("date cannot be read", 1, [(6, "31/02/2024")])],
                        customers=3, currency="GBP", currency_how="from the £ signs",
                        warnings=["1 cell was cut"], notes=["dates read day first"])


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
