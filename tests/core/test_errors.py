"""core.errors: messages in a shop owner's words, saying where and what to do."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from core.errors import (
    Cancelled,
    ClienteleError,
    CurrencyNeeded,
    DateOrderNeeded,
    EntryError,
    InputError,
    OutputError,
    SettingsError,
    name_not_text,
)
from core.importing.importer import ImportOptions, import_purchases
from core.language import Language
from core.words import Phrase, Words
from tests.core.importing import bad_inputs


def test_message_names_file_row_and_column_then_what_to_do():
    error = InputError("the date cannot be read.", "Write it as 2024-03-01.", file="orders.xlsx", row=12,
                       column="Date")
    assert error.where() == 'orders.xlsx, row 12, column "Date"'
    assert str(error) == 'orders.xlsx, row 12, column "Date": the date cannot be read. Write it as 2024-03-01.'


def test_message_without_a_place_is_the_message_alone():
    assert str(SettingsError("window_days must be positive.")) == "window_days must be positive."
    assert ClienteleError("x", file="a.csv").where() == "a.csv"


def test_kinds_of_error():
    assert issubclass(DateOrderNeeded, InputError)
    assert all(issubclass(kind, ClienteleError) for kind in (InputError, SettingsError, OutputError))
    assert not issubclass(Cancelled, ClienteleError)         # stopping is not an error to show


def test_date_order_needed_keeps_its_examples():
    error = DateOrderNeeded("ambiguous dates", examples=['"03/04/2024"'], file="a.csv")
    assert error.examples == ['"03/04/2024"'] and error.file == "a.csv"
    assert DateOrderNeeded("ambiguous").examples == []


# --- the words of an error in the shop's language (issue 17) ----------------------------------

def _raised(name: str, folder) -> ClienteleError:
    """The error importing one of the bad-input corpus's files raises."""
    path = bad_inputs.build(name, folder)
    with pytest.raises(ClienteleError) as caught:
        import_purchases(path, ImportOptions())
    return caught.value


def test_a_zip_bomb_is_refused_in_german_with_german_numbers_and_unchanged_english(tmp_path):
    error = _raised("xlsx_zip_bomb_lying", tmp_path)
    assert str(error) == (
        'orders.xlsx: The workbook is damaged or built to crash programs: its part "xl/worksheets/sheet1.xml" '
        "unpacks to more than the 40,000 bytes its own directory records (a disguised zip bomb). It was not "
        "opened. Export the purchases again from your shop system, or open the file in Excel and save it as a "
        "new .xlsx.")
    assert error.text(Words()) == str(error)
    assert error.text(Words(Language.GERMAN)) == (
        "orders.xlsx: Die Arbeitsmappe ist beschädigt oder darauf gebaut, Programme abstürzen zu lassen: Ihr "
        "Teil „xl/worksheets/sheet1.xml“ entpackt zu mehr als den 40.000 Byte, die ihr eigenes Verzeichnis "
        "angibt (eine getarnte ZIP-Bombe). Sie wurde nicht geöffnet. Exportieren Sie die Käufe erneut aus "
        "Ihrem Shopsystem, oder öffnen Sie die Datei in Excel und speichern Sie sie als neue .xlsx-Datei.")


def test_a_gigabyte_size_is_written_with_the_german_decimal_comma(tmp_path):
    error = _raised("xlsx_zip_bomb", tmp_path)
    assert "would unpack to 3.5 GB" in str(error)
    german = error.text(Words(Language.GERMAN))
    assert german.startswith("orders.xlsx: Die Arbeitsmappe würde auf 3,5 GB entpackt")
    assert "3.5" not in german


def test_an_unclosed_quote_names_row_and_column_in_german(tmp_path):
    error = _raised("csv_unterminated_quote", tmp_path)
    assert (error.file, error.row, error.column) == ("orders.csv", 3, "Note")
    assert str(error).startswith('orders.csv, row 3, column "Note": A quote mark (") opens this cell')
    assert error.where(Words(Language.GERMAN)) == "orders.csv, Zeile 3, Spalte „Note“"
    german = error.text(Words(Language.GERMAN))
    assert german.startswith("orders.csv, Zeile 3, Spalte „Note“: Ein Anführungszeichen (\") öffnet diese Zelle")
    assert "die 3 Zeile(n) danach" in german
    assert german.endswith("entfernen Sie das überzählige Anführungszeichen in Zeile 3 (oder ergänzen Sie das "
                           "schließende), speichern Sie und importieren Sie erneut.")


def test_mixed_date_orders_name_each_example_row_in_german(tmp_path):
    error = _raised("csv_mixed_day_month", tmp_path)
    assert '"25/04/2024" (row 2) can only be day/month, but "04/25/2024" (row 3)' in str(error)
    german = error.text(Words(Language.GERMAN))
    assert german.startswith("orders.csv, Spalte „Date“: Die Daten mischen Tag zuerst und Monat zuerst: "
                             "„25/04/2024“ (Zeile 2) kann nur Tag/Monat sein, „04/25/2024“ (Zeile 3) aber nur "
                             "Monat/Tag.")


def test_every_language_writes_the_whole_error_without_english_left_over(tmp_path):
    error = _raised("xlsx_encrypted", tmp_path)
    for language in (Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.DUTCH):
        text = error.text(Words(language))
        assert text.startswith("orders.xlsx")
        assert "protected with a password" not in text and "remove the password" not in text
    assert error.text(Words(Language.FRENCH)).startswith(
        "orders.xlsx : Le classeur est protégé par un mot de passe et ne peut donc pas être lu.")


def test_a_count_of_rows_takes_the_language_plural_and_thousands_separator():
    error = CurrencyNeeded(Phrase("The amounts are in more than one currency: {listed} (from column \"{column}\"). "
                                  "Clientele never converts currencies, so adding them up would give wrong "
                                  "totals.{asked}",
                                  listed=Phrase.joined(", ", [Phrase.counted("{code} ({n} row)", "{code} ({n} rows)",
                                                                             12_345, code="EUR"),
                                                              Phrase.counted("{code} ({n} row)", "{code} ({n} rows)",
                                                                             1, code="USD")]),
                                  column="Amount", asked=""), file="orders.csv")
    assert str(error) == ('orders.csv: The amounts are in more than one currency: EUR (12,345 rows), USD (1 row) '
                          '(from column "Amount"). Clientele never converts currencies, so adding them up would give '
                          "wrong totals.")
    assert "EUR (12.345 Zeilen), USD (1 Zeile)" in error.text(Words(Language.GERMAN))
    assert "EUR (12 345 lignes), USD (1 ligne)" in error.text(Words(Language.FRENCH)).replace("\u202f", " ") \
        .replace("\u00a0", " ")


def test_a_box_of_the_window_is_named_in_the_language():
    error = EntryError("Tier thresholds", Phrase("{name} starts at {shown}, below 0.", name="Gold", shown="-5"),
                       "Type a spend of 0 or more.")
    assert str(error) == "Tier thresholds: Gold starts at -5, below 0. Type a spend of 0 or more."
    assert error.text(Words(Language.GERMAN)) == ("Stufengrenzen: Gold beginnt bei -5, unter 0. "
                                                  "Geben Sie einen Umsatz von 0 oder mehr ein.")


def test_a_message_no_catalogue_knows_stays_as_written():
    error = SettingsError("a sentence no catalogue has {braces}.", file="x.json")
    assert error.text(Words(Language.GERMAN)) == "x.json: a sentence no catalogue has {braces}."


def test_a_name_that_is_not_text_is_shown_by_its_bytes():
    assert name_not_text("/media/café.csv") is None
    latin1 = os.fsdecode(b"/media/caf\xe9.csv")          # (a Latin-1 name on a UTF-8 system)
    assert name_not_text(latin1) == "/media/caf\\xe9.csv"
    assert name_not_text(Path(latin1)) == "/media/caf\\xe9.csv"


@pytest.mark.skipif(sys.platform == "win32", reason="Windows file names are always text")
def test_a_purchases_file_whose_name_is_not_text_gets_a_message_not_a_codec_error(tmp_path):
    path = Path(os.fsdecode(os.fsencode(str(tmp_path)) + b"/caf\xe9.csv"))
    path.write_text("Customer,Date,Amount\nC1,2024-01-05,10\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_purchases(path, ImportOptions())
    said = str(caught.value)
    assert "caf\\xe9.csv" in said and "holds bytes that are not text in any language" in said
    assert "Rename the file" in said and "codec" not in said
