"""Core's words in six languages (core/words.py): the catalogues are complete, the pseudo language
finds no English that skipped the table, and the command line writes German when asked."""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
import xlsxwriter

from core.campaigns import ExportRequest, MailingList, export_mailing
from core.campaigns.mailing_list import ListKind
from core.campaigns.summary import write_summary_sheet
from core.cli import build_parser, main, run
from core.importing import ImportOptions, import_customer_attributes, import_purchases
from core.importing.consent_book import combine_consent
from core.language import Language
from core.output.xlsx import Formats
from core.schema import CUSTOMER_COLUMNS
from core.segmentation import Settings, segment_customers
from core.segmentation.explain import explain
from core.words import PSEUDO_CLOSE, PSEUDO_OPEN, Name, Phrase, Words, plural_index, quoted_names

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import words_catalogue  # noqa: E402 - scripts/ is not a package

OTHER_LANGUAGES = [language for language in Language if language is not Language.ENGLISH]
_MARKED = re.compile(re.escape(PSEUDO_OPEN) + f"[^{PSEUDO_OPEN}{PSEUDO_CLOSE}]*" + re.escape(PSEUDO_CLOSE))


def untranslated(text: str, data: tuple[str, ...] = ()) -> list[str]:
    """Words of three letters or more left outside the pseudo markers, once the data shown in the
    text (file names, column names, the owner's words) is taken out."""
    previous = None
    while previous != text:
        previous, text = text, _MARKED.sub(" ", text)
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, " ")
    return re.findall(r"[A-Za-z]{3,}", text)


@pytest.fixture(scope="module")
def sample(sample_xlsx):
    imported = import_purchases(sample_xlsx, ImportOptions())
    customers = import_customer_attributes(ROOT / "resources" / "online_retail_sample_customers.csv",
                                           ImportOptions())
    seg = segment_customers(imported.transactions, Settings(), customers.attributes,
                            latest_date=imported.latest_date,
                            consent=combine_consent(imported.consent, customers.consent))
    return imported, seg


@pytest.mark.parametrize("language", OTHER_LANGUAGES, ids=lambda language: language.code)
def test_every_key_core_uses_is_translated_with_the_same_placeholders(language):
    keys = words_catalogue.all_keys()
    assert len(keys) > 200
    assert "{percent} off" in keys and "Hibernating" in keys and "Customer ID" in keys
    assert words_catalogue.problems(language, keys) == []


def test_every_step_core_reports_is_a_key_so_the_progress_bar_speaks_the_shops_language():
    """The window's progress bar shows core's steps through Words.say: a step written as a bare
    literal is never scanned into the catalogues, so it stayed English in every language."""
    assert words_catalogue.bare_progress_messages() == []
    keys = words_catalogue.all_keys()
    assert "Predicting: who is still a customer" in keys and "Building the customer table" in keys
    german = Words(Language.GERMAN)
    assert german.say("Predicting: who is still a customer") == "Vorhersage: Wer ist noch Kunde"


def test_the_progress_scan_finds_a_bare_literal_and_an_fstring_but_not_a_marked_step(tmp_path):
    core = tmp_path / "core"
    core.mkdir()
    (core / "step.py").write_text(
        'from core.words import N_\n'
        'def run(report, progress, n):\n'
        '    report(0.1, N_("Counting"))\n'
        '    report(0.2, "Sorting")\n'
        '    progress(0.5, f"Row {n}")\n'
        '    progress(1.0, "")\n', encoding="utf-8")
    assert words_catalogue.bare_progress_messages(core) == [
        "core/step.py:4: 'Sorting'", "core/step.py:5: f'Row {n}'"]


def test_the_catalogue_check_names_a_missing_or_empty_entry(tmp_path, monkeypatch):
    keys = {"Rows read: {count}": None, "Segments": None, "{n} day": "{n} days"}
    german = Words(Language.GERMAN)
    assert german.t("Rows read: {count}", count="5") == "Gelesene Zeilen: 5"
    broken = tmp_path / "translations"
    broken.mkdir()
    (broken / "core_de.json").write_text('{"messages": {"Rows read: {count}": "Zeilen: {anzahl}", '
                                         '"Segments": "", "{n} day": "{n} Tag"}}', encoding="utf-8")
    monkeypatch.setattr(words_catalogue, "catalogue_path", lambda language: broken / f"core_{language.code}.json")
    found = words_catalogue.problems(Language.GERMAN, keys)
    assert any(p.startswith("placeholders ['anzahl']") for p in found)
    assert "empty: 'Segments'" in found
    assert "needs two forms (singular, plural): '{n} day'" in found


def test_plural_rules_and_numbers_per_language():
    assert [plural_index(Language.FRENCH, n) for n in (0, 1, 2)] == [0, 0, 1]
    assert [plural_index(Language.GERMAN, n) for n in (0, 1, 2)] == [1, 0, 1]
    assert Words(Language.FRENCH).n("{n} day", "{n} days", 0) == "0 jour"
    assert Words(Language.GERMAN).n("{n} day", "{n} days", 1250) == "1.250 Tagen"
    assert Words().n("{n} day", "{n} days", 1250) == "1,250 days"
    assert Words(Language.SPANISH).n("{n} order", "{n} orders", 1) == "1 pedido"


def test_names_are_translated_and_the_owners_own_names_are_not():
    german = Words(Language.GERMAN)
    assert german.name("Hibernating") == "Eingeschlafen"
    assert german.name("At Risk") == "Gefährdet"
    assert german.name("Silver") == "Silber"
    assert german.name("Stammgäste") == "Stammgäste"
    assert Words().name("Hibernating") == "Hibernating"
    assert Words(Language.FRENCH).name("Champions") == "Champions"


def test_the_pseudo_language_marks_every_translated_text():
    pseudo = Words.pseudo()
    assert pseudo.t("Rows read: {count}", count="5") == "⟦Rows read: 5⟧"
    assert untranslated(pseudo.t("Rows read: {count}", count="5") + " Rows kept") == ["Rows", "kept"]


def test_import_report_has_no_untranslated_english(sample, sample_xlsx):
    imported, _ = sample
    text = imported.report.to_text(Words.pseudo())
    data = ("online_retail_sample.xlsx", "Online Retail", "UCI Online Retail", "Quantity × UnitPrice",
            "CustomerID", "InvoiceDate", "Quantity", "UnitPrice", "InvoiceNo", "Country", "Description")
    assert untranslated(text, data) == []
    german = imported.report.to_text(Words(Language.GERMAN))
    assert "Gelesene Zeilen: 33.073" in german
    assert "7.178 Zeilen: keine Kundennummer (zum Beispiel Zeile 260;" in german
    assert imported.report.to_text() == imported.report.to_text(Words())


def test_why_texts_have_no_untranslated_english(sample):
    _, seg = sample
    customers = seg.customers
    shown = 0
    for column in ("rfm_segment", "activity_status", "tier"):
        for _, group in customers.groupby(column):
            customer_id = str(group["customer_id"].iloc[0])
            for reasons in explain(seg, customer_id, "GBP", "en_GB", words=Words.pseudo()).values():
                for reason in reasons:
                    shown += 1
                    assert untranslated(reason) == [], reason
    assert shown > 40
    french = explain(seg, str(customers["customer_id"].iloc[0]), "EUR", "fr_FR", words=Words(Language.FRENCH))
    assert "sur 5" in french["r_score"][0]


def test_summary_sheet_has_no_untranslated_english(sample, tmp_path):
    _, seg = sample
    summary = export_mailing(ExportRequest(seg, tmp_path / "mailing.xlsx", lists=[
        MailingList(ListKind.SEGMENT, "Champions"), MailingList(ListKind.STATUS, "Lost"),
        MailingList(ListKind.TIER, "Gold"), MailingList(ListKind.CLOSE_TO_NEXT_TIER, "Close to next tier")],
        seed=7, source_file="online_retail_sample.xlsx"))
    assert summary.mailed > 0
    path = tmp_path / "pseudo.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    write_summary_sheet(workbook.add_worksheet("Summary"), summary, Formats(workbook, "GBP", "en_GB"),
                        shop_name="Bloom", source_file="online_retail_sample.xlsx", segmentation=seg,
                        words=Words.pseudo())
    workbook.close()
    sheet = openpyxl.load_workbook(path).active
    titles = {item.offers_text for item in summary.lists} | {item.sheet_name for item in summary.lists}
    data = ("online_retail_sample.xlsx", "Bloom", "GBP", ", ".join(seg.settings.charge_lines))
    checked = 0
    for row in sheet.iter_rows(values_only=True):
        for value in row:
            if isinstance(value, str) and value not in titles:
                checked += 1
                assert untranslated(value, data) == [], value
    assert checked > 40


def test_language_de_on_the_command_line(sample_xlsx, tmp_path):
    customers_out, mailing_out = tmp_path / "customers.csv", tmp_path / "mailing.xlsx"
    out = io.StringIO()
    status = run(build_parser().parse_args([str(sample_xlsx), "--customers", str(ROOT / "resources" / "online_retail_sample_customers.csv"),
                   "--language", "de", "--customers-out", str(customers_out), "--mailing-out", str(mailing_out),
                   "--seed", "7"]), out)
    assert status == 0
    printed = out.getvalue()
    assert "Gelesene Zeilen: 33.073" in printed and "Eingeschlafen" in printed
    assert "Bewertung: Quintile; Grenzen r " in printed and "2.140,96" in printed      # German numbers too
    assert "\nAnlässe: Bald Geburtstag " in printed and "\nVorhersagen: MBG/NBD mit " in printed
    assert "Ausgaben je Kauftag: Gamma-Gamma mit " in printed
    assert not any(word in printed for word in ("quintiles", "Occasions", "Predictions", " customers ", "spend per"))
    columns = list(pd.read_csv(customers_out, nrows=0).columns)
    assert columns[: len(CUSTOMER_COLUMNS)] == list(CUSTOMER_COLUMNS)          # the machine contract
    book = openpyxl.load_workbook(mailing_out)
    assert book.sheetnames[0] == "Zusammenfassung" and book.sheetnames[-2:] == ["Ausgelassen", "Kontrollgruppe – kein Kontakt"]
    assert "Treue Kunden" in book.sheetnames and "Eingeschlafen" in book.sheetnames       # the lists' names, in German
    summary = [v for row in book["Zusammenfassung"].iter_rows(values_only=True) for v in row if isinstance(v, str)]
    assert summary[0] == "Versandliste"
    assert "Verwendete Einstellungen" in summary and "Liste" in summary
    assert "Treue Kunden" in summary and "Eingeschlafen" in summary
    assert any(v.startswith("Segment 10: Eingeschlafen") for v in summary)
    sheet = book["Champions"]
    headers = [c.value for c in next(sheet.iter_rows(min_row=1, max_row=1))]
    assert headers[:4] == ["Kundennummer", "Name", "Vorname", "Nachname"]
    first = dict(zip(headers, next(sheet.iter_rows(min_row=2, max_row=2, values_only=True)), strict=True))
    assert first["Segment"] == "Champions" and first["Angebot"] == "Danke, dass Sie bei uns sind"
    assert "Sie" in first["Nachricht"] and first["Nachricht"].startswith("Hallo ")


def test_a_phrase_is_english_as_an_f_string_would_write_it():
    phrase = Phrase("{rows:,} rows, {share:.0%} kept, {amount:,.2f} spent in {year}", rows=12345, share=0.25,
                    amount=1234.5, year=2024)
    assert str(phrase) == f"{12345:,} rows, {0.25:.0%} kept, {1234.5:,.2f} spent in {2024}"
    assert Words().say(phrase) == str(phrase)


def test_a_phrase_in_another_language_writes_numbers_as_that_language_does():
    words = Words(Language.GERMAN, catalogue={"{rows:,} rows in {year}, {share:.0%}, {amount:,.2f}":
                                              "{rows:,} Zeilen in {year}, {share:.0%}, {amount:,.2f}"})
    phrase = Phrase("{rows:,} rows in {year}, {share:.0%}, {amount:,.2f}", rows=12345, year=2024, share=0.25,
                    amount=1234.5)
    assert words.say(phrase) == "12.345 Zeilen in 2024, 25\u00a0%, 1.234,50"


def test_a_phrase_inside_a_phrase_and_a_counted_phrase_are_written_in_the_same_language():
    words = Words(Language.GERMAN, catalogue={"{n} row": ["{n} Zeile", "{n} Zeilen"], "Read {rows}.": "Gelesen: {rows}."})
    outer = Phrase("Read {rows}.", rows=Phrase.counted("{n} row", "{n} rows", 2048))
    assert str(outer) == "Read 2,048 rows."
    assert words.say(outer) == "Gelesen: 2.048 Zeilen."
    assert words.say(Phrase.counted("{n} row", "{n} rows", 1)) == "1 Zeile"
    assert str(Phrase.joined("; ", ["a", Phrase("{x:,}", x=1000)])) == "a; 1,000"


def test_a_name_in_a_phrase_is_written_as_the_language_names_it_and_an_owners_name_as_typed():
    key = 'Segment "{name}" never gets a customer: earlier segments cover all of its cells.'
    german = Words(Language.GERMAN)
    assert german.say(Phrase(key, name=Name("At Risk"))).startswith("Segment „Gefährdet“ ")
    assert german.say(Phrase(key, name=Name("Stammgäste"))).startswith("Segment „Stammgäste“ ")
    assert str(Phrase(key, name=Name("At Risk"))) == key.replace("{name}", "At Risk")
    assert Words.pseudo().say(Phrase(key, name=Name("At Risk"))).startswith('⟦Segment "⟦At Risk⟧" never')


@pytest.mark.parametrize("language", list(Language))
def test_a_grouped_count_in_a_phrase_is_written_as_words_count_writes_it(language):
    words = Words(language, catalogue={"{count:,} of {n}": "{count:,} / {n}"})
    for count in (0, 7, 1234, 33073, 1234567):
        assert words.say(Phrase("{count:,} of {n}", count=count, n=count)).split(" ")[0] == words.count(count)
    assert Words().say(Phrase("{count:,}", count=1234567)) == "1,234,567" == Words().count(1234567)


def test_a_placeholder_may_share_a_name_with_words_own_arguments():
    assert Words().t("{text} and {count}", text="a", count=2) == "a and 2"
    assert Words().n("{n} {singular}", "{n} {plural}", 3, singular="cat", plural="cats") == "3 cats"


def test_a_date_in_a_phrase_is_written_as_the_language_writes_a_day():
    """The model check's warning said "from 2011-09-08 to 2011-12-09" under "up to 7 September 2011"."""
    phrase = Phrase("the model expected about {predicted:,} repeat purchase days from {first} to {last}, and there "
                    "were none. Treat the predictions as rough.", predicted=1234, first=dt.date(2011, 9, 8),
                    last=pd.Timestamp("2011-12-09"))
    assert str(phrase) == ("the model expected about 1,234 repeat purchase days from 8 September 2011 to 9 December "
                           "2011, and there were none. Treat the predictions as rough.")
    german = Words(Language.GERMAN).say(phrase)
    assert "vom 8. September 2011 bis 9. Dezember 2011" in german and "1.234" in german
    assert Words().t("{day:%Y-%m-%d}", day=dt.date(2011, 9, 8)) == "2011-09-08"      # a format of its own: kept


def test_a_date_option_that_is_no_date_is_said_in_one_language(tmp_path, capsys):
    """Found by a language trial: "--compare-to „2011-02-30“: the date is '2011-02-30', not a date" and
    "reference_date ist '2011-13-45', kein Datum" (a project file's key under the command line's option)."""
    for option, text in (("--compare-to", "2011-02-30"), ("--reference-date", "2011-13-45")):
        assert main([str(ROOT / "resources" / "online_retail_sample.csv"), "--language", "de", option, text,
                     "--customers-out", str(tmp_path / "c.csv")]) == 2
        err = capsys.readouterr().err
        assert f"{option} „{text}“ ist kein Datum. Schreiben Sie es als JJJJ-MM-TT" in err
        assert "reference_date" not in err and "the date" not in err
    assert main([str(ROOT / "resources" / "online_retail_sample.csv"), "--language", "fr", "--reference-date",
                 "1800-01-01", "--customers-out", str(tmp_path / "c.csv")]) == 2
    assert "--reference-date 1800-01-01 est hors des années 1900–2199." in capsys.readouterr().err
    assert not (tmp_path / "c.csv").exists()


def test_lists_may_be_named_as_the_chosen_language_names_them(sample_xlsx, tmp_path):
    """Found by a language trial: every German summary names the lists "Treue Kunden", "Verlorene Kunden",
    but --lists refused those names and asked for the English ones."""
    out = io.StringIO()
    mailing = tmp_path / "m.xlsx"
    status = run(build_parser().parse_args([str(sample_xlsx), "--language", "de", "--mailing-out", str(mailing),
                                            "--lists", "Treue Kunden,Verlorene Kunden,Bald Kundenjubiläum,Gold",
                                            "--seed", "3"]), out)
    assert status == 0
    sheets = openpyxl.load_workbook(mailing, read_only=True).sheetnames
    assert sheets[1:5] == ["Treue Kunden", "Verlorene Kunden", "Bald Kundenjubiläum", "Gold"]
    printed = out.getvalue()
    assert "  Treue Kunden: 47 Kunden" in printed and "  Verlorene Kunden: 4 Kunden" in printed


def test_a_bad_argument_is_refused_in_the_language_asked_for(capsys):
    """Found by a language trial: argparse's own words ("invalid choice", "the following arguments are
    required") stayed English under --language de, and so did the advice after them."""
    assert main([str(ROOT / "resources" / "online_retail_sample.csv"), "--language", "de", "--date-order", "weird"]) == 2
    err = capsys.readouterr().err
    assert "Argument --date-order: ungültige Wahl: 'weird' (zur Wahl stehen 'dayfirst', 'monthfirst')." in err
    assert "Führen Sie `python main.py segment --help` aus" in err
    assert main(["--language=fr"]) == 2
    assert "ces arguments sont requis : file." in capsys.readouterr().err


def test_names_in_a_message_are_quoted_as_its_language_quotes(tmp_path, capsys):
    """Found by a language trial: 'Ihre Spalten sind: "InvoiceNo", …' in German messages."""
    source = tmp_path / "orders.csv"
    source.write_text("Kunde,Betrag\nK1,10.00\nK2,12.50\n", encoding="utf-8")
    assert main([str(source), "--language", "de"]) == 2
    err = capsys.readouterr().err
    assert "„Kunde“, „Betrag“" in err and '"Kunde"' not in err
    assert main([str(source)]) == 2
    assert '"Kunde", "Betrag"' in capsys.readouterr().err
    assert str(quoted_names([f"C{k}" for k in range(22)], 20)).endswith('"C19" and 2 more')


def test_italian_joins_dal_and_al_to_a_day_said_with_a_vowel():
    """Found by a language trial: "dal 8 settembre" where Italian writes "dall'8 settembre"."""
    import datetime as dt  # noqa: PLC0415 - only this test gives dates

    italian = Words(Language.ITALIAN)
    assert italian.t("Dates: {first} to {last}", first=dt.date(2011, 9, 8), last=dt.date(2011, 10, 11)) == \
        "Date: dall'8 settembre 2011 all'11 ottobre 2011"
    assert italian.t("Dates: {first} to {last}", first=dt.date(2011, 9, 18), last=dt.date(2011, 12, 1)) == \
        "Date: dal 18 settembre 2011 al 1º dicembre 2011"
    assert italian.t("Rows read: {count}", count="8 ") == "Righe lette: 8 "     # (only before a month's name)
