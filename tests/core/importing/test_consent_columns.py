"""Opt-out columns ("Unsubscribed", "Opt-out") are turned round at import, so nobody who opted out
is mailed, whatever the column is called."""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest

from core.campaigns import NO_STORE, ExportRequest, MailingList, export_mailing
from core.importing.importer import import_customer_attributes, import_purchases
from core.segmentation.segment import segment_customers


def _purchases(tmp_path, consent_header: str, values: list[str]):
    lines = [f"Customer,Date,Amount,Email,{consent_header}"]
    for i, value in enumerate(values):
        lines.append(f"C{i},2024-0{1 + i % 9}-10,{10 + i},c{i}@example.com,{value}")
    path = tmp_path / "purchases.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_unsubscribed_column_is_read_the_right_way_round(tmp_path):
    path = _purchases(tmp_path, "Unsubscribed", ["yes", "no", "", "maybe"])
    result = import_purchases(path)
    assert result.mapping.fields["consent"] == "Unsubscribed"
    consent = dict(zip(result.transactions["customer_id"], result.transactions["consent"], strict=True))
    assert consent["C0"] == "no" and consent["C1"] == "yes"
    assert consent["C3"] == "no"   # an opt-out column filled with anything but yes or no: opted out (§6)


def test_opted_out_customers_are_never_mailed(tmp_path):
    path = _purchases(tmp_path, "Opt-out", ["yes", "no", "true", "false", "1", "0"])
    result = import_purchases(path)
    seg = segment_customers(result.transactions, latest_date=result.latest_date)
    out = tmp_path / "mailing.xlsx"
    lists = [MailingList.parse(str(s)) for s in seg.customers["rfm_segment"].unique()]
    export_mailing(ExportRequest(seg, out, lists=lists, control_share=0.0, seed=1, store=NO_STORE))

    book = openpyxl.load_workbook(out, read_only=True)
    ids_mailed = set()
    for name in book.sheetnames:
        if name in ("Summary", "Left out") or name.startswith("Control group"):
            continue
        rows = list(book[name].iter_rows(values_only=True))
        col = rows[0].index("Customer ID")
        ids_mailed.update(str(r[col]) for r in rows[1:])
    assert ids_mailed == {"C1", "C3", "C5"}


def test_customer_file_with_abgemeldet_column(tmp_path):
    path = tmp_path / "kunden.csv"
    path.write_text("Kundennummer;E-Mail;Newsletter abgemeldet\nK1;a@example.com;ja\nK2;b@example.com;nein\n",
                    encoding="utf-8")
    attrs = import_customer_attributes(path).attributes.set_index("customer_id")
    assert attrs.loc["K1", "consent"] == "no" and attrs.loc["K2", "consent"] == "yes"


@pytest.mark.parametrize(("header", "opted_out", "kept"), [
    ("Abgemeldet am", "12.03.2024", ""), ("Désinscrit le", "12/03/2024", ""), ("Fecha de baja", "2024-03-12", ""),
    ("Disiscritto il", "12/03/2024", ""), ("Afgemeld op", "12-03-2024", ""),
    ("EMAIL_BLACKLISTED", "Yes", "No"), ("Blacklisted", "true", "false"), ("Suppressed", "Yes", "No"),
    ("Email status", "unsubscribed", "subscribed"),
    # found by a hostile trial: names the opt-out check knew but the reading did not take
    ("Opted out on", "2024-03-12", ""), ("Abmeldung am", "12.03.2024", ""), ("Datum der Abmeldung", "12.03.2024", ""),
    ("Désinscription", "oui", "non"), ("Email Suppressions", "2024-03-12", ""), ("Date unsubscribed", "2024-03-12", ""),
    ("Afgemeld per", "12-03-2024", ""),
])
def test_a_customers_file_of_a_mailing_tool_or_in_another_language_says_who_opted_out(tmp_path, header, opted_out,
                                                                                        kept):
    """Found by a trial of the mailing tools: the day of an opt-out in German, French, Spanish and
    Dutch, Brevo's blacklist flag, a suppression column and an e-mail tool's status in words were
    not read, and the export said the files held no opt-outs while it mailed those customers."""
    path = tmp_path / "customers.csv"
    path.write_text(f"Customer,Email,{header}\nK1,k1@example.com,{opted_out}\nK2,k2@example.com,{kept}\n",
                    encoding="utf-8")
    imported = import_customer_attributes(path)
    assert imported.report.consent_columns[0].startswith(f'"{header}"')
    attrs = imported.attributes.set_index("customer_id")
    assert attrs.loc["K1", "consent"] == "no"
    assert attrs.loc["K2", "consent"] in ("yes", None) or pd.isna(attrs.loc["K2", "consent"])


def test_every_consent_column_of_both_files_is_read_and_named(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("Customer,Date,Amount,Accepts Marketing,Unsubscribed\n"
                    "K1,2024-01-10,10.00,yes,yes\nK2,2024-01-11,,yes,no\nK3,2024-01-12,5.00,no,\n", encoding="utf-8")
    result = import_purchases(path)
    assert result.report.consent_columns == ['"Accepts Marketing"',
                                             '"Unsubscribed" (opt-out: yes there means opted out)']
    assert 'Consent: "Accepts Marketing"; "Unsubscribed"' in result.report.to_text()
    assert result.transactions["consent"].tolist() == ["no", "no"]            # K1 and K3 (K2 set aside)
    assert result.consent.states["consent"].to_dict() == {"k1": "no", "k2": "yes", "k3": "no"}
    people = tmp_path / "people.csv"
    people.write_text("Customer,Email,Newsletter\nK1,k1@x.org,yes\n,K9@X.org,no\nk1,,no\n", encoding="utf-8")
    customers = import_customer_attributes(people)
    assert customers.report.consent_columns == ['"Newsletter"']
    assert customers.consent.keyless_opt_outs == ("k9@x.org",)
    assert customers.attributes.set_index("customer_id")["consent"].to_dict() == {"K1": "no", "k1": "no"}


def test_an_opt_out_row_that_names_nobody_is_said(tmp_path):
    """Found by a trial of a shop's year: a customers sheet's row "2346, Greta Fischer, (no e-mail),
    Newsletter: no" beside purchases keyed by e-mail names no customer Clientele uses; the report said
    only "1 row: no customer e-mail" and Greta was mailed. The opt-out still cannot be placed, but the
    report says so and what to add."""
    people = tmp_path / "kundenliste.csv"
    people.write_text("Customer ID,Name,Email,Newsletter\n2346,Greta Fischer,,no\n,Ben Roux,ben@example.com,yes\n"
                      ",Mia Visser,,yes\n", encoding="utf-8")
    imported = import_customer_attributes(people, by_email=True)
    said = [str(w) for w in imported.report.warnings]
    assert ("1 row says a customer opted out but names nobody Clientele can find: no e-mail address, and no "
            "customer it knows (row 2). Nobody is kept off a mailing for it: add the customer's e-mail address to "
            "that row.") in said
    assert imported.consent.unplaced_opt_outs == (0,)            # (Mia's row, a yes, is no opt-out to place)
    orders = tmp_path / "orders.csv"                            # the purchases file's rows too
    orders.write_text("Customer,Date,Amount,Unsubscribed\nC1,2024-01-05,10,\n,2024-01-06,12,yes\n,2024-01-07,9,yes\n",
                      encoding="utf-8")
    said = [str(w) for w in import_purchases(orders).report.warnings]
    assert any(w.startswith("2 rows say a customer opted out but name nobody Clientele can find") and "(rows 3; 4)" in w
               for w in said)
