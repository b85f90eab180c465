"""Campaign results in the shop's language (issue 17): the sentences, the warnings, the workbook's
Summary and the command line's `results --language` / `campaigns --language`, on the sample's
ten-month campaign measured on the whole year and on simulated campaigns with a known effect. English
stays as it was (the other results tests assert on it)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from core.campaigns.results_model import Verdict, WarningKind
from core.campaigns.results_words import Words, results_text, row_sentence
from core.cli_results import main_campaigns, main_results
from core.language import Language
from core.words import Words as LanguageWords
from tests.core.campaigns.test_results import results_of, simulate

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "resources" / "online_retail_sample.xlsx"
GERMAN, FRENCH = LanguageWords(Language.GERMAN), LanguageWords(Language.FRENCH)


def test_a_helped_verdict_in_german_and_french_and_english_unchanged(tmp_path):
    path = tmp_path / "c.db"
    _, newer = simulate(path, mailed=2000, control=2000, base=0.10, effect=0.08, seed=3)
    results = results_of(path, newer)
    row = results.lists[0]
    assert row.verdict == Verdict.HELPED
    info = results.campaign
    english = row_sentence(row, Words(info.currency, info.locale))
    assert english == row_sentence(row, Words(info.currency, info.locale, LanguageWords()))
    assert english.startswith("The mailing brought back about ") or english.startswith("The offer")
    assert english.endswith(").") and "it very probably helped." in english
    german = row_sentence(row, Words(info.currency, info.locale, GERMAN))
    assert "von je 100 Kunden aus „Gefährdet“" in german and "es hat sehr wahrscheinlich geholfen." in german
    assert "Zusätzlicher Umsatz: etwa " in german and "brought back" not in german
    french = row_sentence(row, Words(info.currency, info.locale, FRENCH))
    assert "sur 100 clients « À risque »" in french and "cela a très probablement aidé." in french
    assert "Chiffre d'affaires en plus : environ " in french


def test_warnings_in_german_with_their_counts(tmp_path):
    path = tmp_path / "c.db"
    _, newer = simulate(path, mailed=50, control=50, end="2026-07-20")
    results = results_of(path, newer)
    [warning] = [w for w in results.warnings if w.kind == WarningKind.INCOMPLETE_WINDOW]
    assert warning.said(LanguageWords()) == warning.text
    assert warning.text.startswith("Incomplete window: the newer file ends on 20 July 2026, 11 days before the "
                                   "response window does (31 July 2026).")
    assert warning.said(GERMAN).startswith("Unvollständiger Zeitraum: Die neuere Datei endet am 20 July 2026, 11 Tage "
                                           "vor dem Antwortzeitraum (31 July 2026).")
    text = results_text(results, GERMAN)
    assert "Warnungen:\n  - Unvollständiger Zeitraum" in text
    assert "NEWER" not in text and "Newer file" not in text and "Neuere Datei: newer.csv" in text


def test_results_and_campaigns_print_german_and_the_workbook_says_it_in_german(store, tmp_path, capsys):
    assert main_campaigns(["--campaign", "1", "--sent-date", "2011-09-30", "--language", "de"]) == 0
    printed = capsys.readouterr().out
    assert "Aktion 1 jetzt: verschickt am 2011-09-30, Antwortzeitraum 30 Tage (2011-10-01 bis 2011-10-30)." in printed
    assert "Erfasste Aktionen (" in printed and "Gefährdet" in printed and "30 T." in printed
    lines = printed.splitlines()
    head = next(line for line in lines if line.startswith("Nummer"))
    row, at = lines[lines.index(head) + 1], head.index("Listen")         # German headings wider than the cells
    assert row[at - 4:at] == "21  " and row[at] != " "          # the control count ends under "Kontrolle"
    workbook = tmp_path / "ergebnisse.xlsx"
    assert main_results([str(SAMPLE), "--language", "de", "--results-out", str(workbook)]) == 0
    printed = capsys.readouterr().out
    # (a language brings its locale: German dates and numbers, though the campaign's shop wrote en_GB)
    assert "Aktion 1: erstellt am " in printed and "Mailing 20" not in printed and "verschickt am 30. September 2011" in printed
    assert "Der Zeitraum ist vollständig." in printed
    assert "Eingeschlafen: 68 angeschrieben (10 kauften, 15\u00a0%), 8 in der Kontrollgruppe" in printed
    assert "Alle Listen: 181 angeschrieben" in printed
    assert "Zu klein für eine Aussage: bei 181 Angeschriebenen und 21 in der Kontrollgruppe würde erst ein Zuwachs ab" \
        in printed
    assert "Lesen Sie zuerst die Zeile „Alle Listen“" in printed and f"Ergebnisse gespeichert in {workbook}" in printed
    assert "Too small" not in printed and "mailed" not in printed.replace("Mailing ", "")
    summary = openpyxl.load_workbook(workbook)["Summary"]
    cells = [str(c.value) for row in summary.iter_rows() for c in row if c.value is not None]
    assert cells[0].startswith("Ergebnisse der Aktion — Aktion 1")
    assert {"Verschickt am", "Zeitraum vollständig", "ja", "Was die Ergebnisse sagen", "Alle Listen"} <= set(cells)
    assert any(c.startswith("Zu klein für eine Aussage: ") for c in cells)


def test_results_in_french_and_english_as_before(store, capsys):
    assert main_campaigns(["--campaign", "1", "--sent-date", "2011-09-30"]) == 0
    capsys.readouterr()
    assert main_results([str(SAMPLE), "--language", "fr"]) == 0
    french = capsys.readouterr().out
    assert "Campagne 1 : " in french and "Mailing 20" not in french and "la fenêtre est complète." in french
    assert "Toutes les listes : 181 contactés (" in french
    assert "Trop petit pour conclure : avec 181 contactés et 21 dans le groupe témoin" in french
    assert main_results([str(SAMPLE)]) == 0
    english = capsys.readouterr().out
    assert "All lists: 181 mailed" in english and "Too small to tell: with 181 mailed and 21 in the control group" \
        in english
