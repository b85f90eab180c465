"""Core's sentences the window shows and the files carry, in the shop's language (issue 17): the
import report's sentences, the file's totals, the migration headline, the lists' names, the
segmentation's notices, the win-back reason, the predictions' guardrails and model check, the
export's summary text and the Left out sheet. German and French on the bundled sample, English
unchanged, and no English outside the pseudo markers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from core.campaigns import ExportRequest, MailingList, ShopInfo, export_mailing
from core.campaigns.mailing_list import ListKind
from core.campaigns.summary import list_name
from core.cli import migration_text
from core.importing import ImportOptions, import_customer_attributes, import_purchases
from core.importing.consent_book import combine_consent
from core.language import Language
from core.schema import BIRTHDAY_SOON, DUE_TO_REBUY
from core.segmentation import Settings, file_totals, segment_customers, winback_ranking
from core.segmentation.model_check import model_check
from core.segmentation.settings import CompareTo
from core.words import Words
from tests.core.test_words import untranslated

ROOT = Path(__file__).resolve().parents[2]
GERMAN, FRENCH = Words(Language.GERMAN), Words(Language.FRENCH)
NNBSP = "\u202f"     # French thousands separator (33 073)


@pytest.fixture(scope="module")
def sample(sample_xlsx):
    imported = import_purchases(sample_xlsx, ImportOptions())
    customers = import_customer_attributes(ROOT / "resources" / "online_retail_sample_customers.csv", ImportOptions())
    settings = Settings(compare_to=CompareTo(date=dt.date(2011, 9, 9)))
    seg = segment_customers(imported.transactions, settings, customers.attributes, latest_date=imported.latest_date,
                            consent=combine_consent(imported.consent, customers.consent))
    return imported, customers, seg


@pytest.fixture(scope="module")
def short(sample):
    """Seven weeks of the sample: too short for predictions (the guardrails' words)."""
    imported, _, _ = sample
    transactions = imported.transactions[imported.transactions["date"] > "2011-10-15"]
    return segment_customers(transactions, Settings())


def test_import_report_sentences(sample):
    imported, customers, _ = sample
    german = imported.report.sentences(GERMAN)
    assert german[0] == "Clientele hat 33.073 Zeilen aus online_retail_sample.xlsx, Blatt „Online Retail“ gelesen."
    assert "25.895 Zeilen werden verwendet; 7.178 wurden beiseitegelegt, aus den Gründen in der Tabelle unten." in german
    assert "300 Kunden, 1.218 Bestellungen, zusammen 665.295,29 abzüglich Rücksendungen." in german
    assert "Es ist eine Textdatei (utf-8), die Spalten getrennt durch Kommas." in customers.report.sentences(GERMAN)
    french = imported.report.sentences(FRENCH)
    assert french[0] == f"Clientele a lu 33{NNBSP}073 lignes de online_retail_sample.xlsx, feuille « Online Retail »."
    assert "Toutes les lignes sont utilisées." in customers.report.sentences(FRENCH)
    reasons = [item.reason_text(GERMAN) for item in imported.report.set_aside]
    assert "keine Kundennummer" in reasons
    assert imported.report.sentences() == imported.report.sentences(Words())
    assert imported.report.sentences()[0] == "Clientele read 33,073 rows of online_retail_sample.xlsx, sheet “Online Retail”."
    data = ("online_retail_sample.xlsx", "online_retail_sample_customers.csv", "Online Retail", "UCI Online Retail",
            "Quantity × UnitPrice", "Accepts marketing", "CustomerID", "InvoiceDate", "Quantity", "UnitPrice",
            "InvoiceNo", "Country", "Description", "utf-8")
    for report in (imported.report, customers.report):
        pseudo = Words.pseudo()
        text = " ".join(report.sentences(pseudo) + [item.reason_text(pseudo) + " " + item.example_text(pseudo)
                                                    for item in report.set_aside]
                        + [" ".join(use[::2]) for use in report.column_uses(pseudo)])
        assert untranslated(text, data) == [], text


def test_file_totals_and_migration_headline(sample):
    imported, _, seg = sample
    totals = file_totals(seg, imported.transactions)
    german = totals.sentences("GBP", "de_DE", GERMAN)
    assert german[0] == "Kunden in der Datei: 300 – 300 sind segmentiert (die Zahl auf allen anderen Seiten)."
    assert german[-1].startswith("3 segmentierte Kunden haben in dieser Datei weniger als nichts ausgegeben "
                                 "(zusammen -1.758,20\xa0£)")
    assert "Nicht verlieren!" in german[-1]
    french = totals.sentences("EUR", "fr_FR", FRENCH)
    assert french[0].startswith("Clients dans le fichier : 300 ; 300 sont segmentés")
    assert totals.sentences("GBP", "en_GB") == totals.sentences("GBP", "en_GB", Words())
    assert untranslated(" ".join(totals.sentences("GBP", "en_GB", Words.pseudo())), ("GBP",)) == []

    migration = seg.migration
    assert migration is not None and migration.better > 1
    headline = migration.headline("9. September 2011", words=GERMAN)
    assert headline == (f"seit 9. September 2011: {migration.better} Kunden in ein besseres Segment gewechselt, "
                        f"{migration.worse} in ein schlechteres, {migration.new} neu")
    assert migration.headline(words=FRENCH).startswith(f"depuis le 2011-09-09 : {migration.better} clients sont passés")
    assert migration.headline() == migration.headline(words=Words())
    assert untranslated(migration.headline(words=Words.pseudo())) == []


def test_list_names():
    assert list_name(BIRTHDAY_SOON, ListKind.OCCASION, GERMAN) == "Bald Geburtstag"
    assert list_name(DUE_TO_REBUY, ListKind.OCCASION, FRENCH) == "Rachat attendu"
    assert list_name("Lost", ListKind.STATUS, GERMAN) == "Verlorene Kunden"
    assert list_name("Champions → At Risk", ListKind.MIGRATION, GERMAN) == "Champions → Gefährdet"
    assert list_name("My VIPs", ListKind.SAVED, GERMAN) == "My VIPs"          # the owner's own name as typed
    assert list_name(BIRTHDAY_SOON, ListKind.OCCASION, Words()) == "Birthday soon"


def test_segmentation_notices(sample, short):
    _, _, seg = sample
    notices = {notice.kind: notice for notice in seg.warnings + short.warnings}
    assert notices["occasions"].text(GERMAN) == (
        "Kein Produkt wurde oft genug nachgekauft, um einen Nachkauf-Abstand zu bestimmen (jedes braucht 20 Abstände "
        "zwischen den Käufen eines Kunden), daher ist Nachkauf fällig leer.")
    assert notices["occasions"].text(FRENCH).endswith("donc Rachat attendu est vide.")
    assert notices["all_returns"].text(GERMAN) == ("4 Kunden haben nur Rücksendungen und keinen Kauf; sie werden "
                                                   "nicht segmentiert.")
    assert notices["empty_score"].text(GERMAN).startswith("Häufigkeit: Kein Kunde hat Häufigkeitswert ")
    for notice in seg.warnings + short.warnings:
        assert notice.text() == notice.message == notice.text(Words())
        assert untranslated(notice.text(Words.pseudo())) == [], notice.message


def test_winback_reason_guardrails_and_model_check(sample, short):
    _, _, seg = sample
    ranking = winback_ranking(seg.predictions)
    assert ranking.reason_text(GERMAN).startswith("Nach Ausgaben sortiert, nicht nach dem, was auf dem Spiel steht: "
                                                  "In diesem Zeitraum sehen die Vorhersagen keinen Kunden abspringen")
    assert winback_ranking(None).reason_text(FRENCH) == "Classés selon leurs dépenses : aucune prévision n'a été faite."
    assert short.predictions.guardrail_text(GERMAN).startswith("Vorhersagen brauchen Käufe aus mindestens 90 Tagen; "
                                                               "dieser Zeitraum umfasst ")
    short_reason = winback_ranking(short.predictions)
    assert short_reason.reason_text() == short_reason.reason == ("Listed by what they spent, not by what is at stake: "
                                                                 + short.predictions.guardrail)
    check = model_check(seg.predictions.history)
    german = check.to_text(GERMAN)
    assert german.startswith("Modellprüfung: geschätzt mit den Käufen bis 7. September 2011, Vorhersage für die 93 "
                             "Tage vom 8. September 2011 bis 9. Dezember 2011")
    assert "227,1" in german and "es lag also 23\u00a0% zu niedrig" in german
    assert check.to_text() == check.to_text(Words())
    texts = [ranking.reason_text(Words.pseudo()), short_reason.reason_text(Words.pseudo()), check.to_text(Words.pseudo()),
             model_check(short.predictions.history).to_text(Words.pseudo())]
    for text in texts:
        assert untranslated(text) == [], text


def test_export_summary_text_and_left_out_sheet(sample, tmp_path):
    _, _, seg = sample
    shop = ShopInfo(name="Bloom").with_language(Language.GERMAN)
    summary = export_mailing(ExportRequest(seg, tmp_path / "mailing.xlsx", lists=[
        MailingList(ListKind.SEGMENT, "Champions"), MailingList(ListKind.STATUS, "Lost")], seed=7, shop=shop,
        source_file="online_retail_sample.xlsx"))
    german = summary.to_text(GERMAN)
    assert german.startswith(f"Versandliste geschrieben: {tmp_path / 'mailing.xlsx'}")
    lost = next(item for item in summary.lists if item.name == "Lost")
    assert f"  Verlorene Kunden: {lost.customers} Kunden, {lost.mailed} angeschrieben mit „" in german
    assert "Gesamt: " in german and "in Kontrollgruppen (Anteil 10\xa0%, Zufallsstartwert 7)." in german
    assert summary.to_text() == summary.to_text(Words())
    assert summary.to_text().startswith("Mailing list written to ")
    book = openpyxl.load_workbook(tmp_path / "mailing.xlsx")
    rows = list(book["Ausgelassen"].iter_rows(values_only=True))
    reason = rows[0].index("Grund")
    assert {row[reason] for row in rows[1:]} <= {"abgemeldet", "keine Einwilligung", "keine E-Mail",
                                                 "ungültige E-Mail", "doppelte E-Mail", "in einer früheren Liste",
                                                 "Kontrollgruppe"}
    assert "abgemeldet" in {row[reason] for row in rows[1:]}
    titles = {item.offers_text for item in summary.lists}
    data = (str(tmp_path / "mailing.xlsx"), *titles, "Bloom")
    assert untranslated(summary.to_text(Words.pseudo()), data) == []


def test_command_line_migration_text(sample):
    _, _, seg = sample
    german = migration_text(seg.migration, GERMAN)
    assert german.startswith(f"Segmentwechsel seit 9. September 2011: {seg.migration.better} Kunden in ein besseres Segment")
    assert "Größte Wechsel zwischen Segmenten (Kunden; ihr Umsatz in den 12 Monaten vor dem 9. September 2011):" in german
    assert migration_text(seg.migration) == migration_text(seg.migration, Words())
    assert untranslated(migration_text(seg.migration, Words.pseudo())) == []
