"""Files whose amounts mix currencies: reported, and the owner keeps one or stops."""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pytest

from core.cli import build_parser, main, run
from core.errors import CurrencyNeeded, InputError, SettingsError
from core.importing.amounts import without_currency_marks
from core.importing.currencies import valid_code
from core.importing.importer import ImportOptions, import_purchases

MIXED = ("Date,Customer,Amount\n2024-01-05,C1,$12.50\n2024-01-06,C2,€8.00\n2024-01-07,C3,8.00 EUR\n"
         "2024-01-08,C4,6.00\n2024-01-09,C1,CHF 7.00\n2024-01-10,C5,€1.00\n")


def _write(tmp_path, text, name="orders.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_mixed_signs_stop_the_import_naming_each_currency_and_its_rows(tmp_path):
    with pytest.raises(CurrencyNeeded) as caught:
        import_purchases(_write(tmp_path, MIXED))
    error = caught.value
    assert error.currencies[0] == ("EUR", 3) and sorted(error.currencies[1:]) == [("CHF", 1), ("USD", 1)]
    text = str(error)
    assert 'orders.csv, column "Amount": The amounts are in more than one currency: EUR (3 rows)' in text
    assert "USD (1 row)" in text and "CHF (1 row)" in text and "1 row(s) name none" in text
    assert "--currency EUR" in text and "never converts currencies" in text


def test_keeping_one_currency_sets_the_others_aside_and_counts_them(tmp_path):
    result = import_purchases(_write(tmp_path, MIXED), ImportOptions(currency="eur"))
    assert result.transactions["customer_id"].tolist() == ["C2", "C3", "C4", "C5"]
    assert result.transactions["amount"].tolist() == [8.0, 8.0, 6.0, 1.0]
    report = result.report
    assert report.set_aside_count("amount in another currency than EUR") == 2
    assert [e for s in report.set_aside for e in s.examples] == [(2, "$12.50"), (6, "CHF 7.00")]
    assert report.currency == "EUR" and "chosen" in report.currency_how
    assert report.rows_kept + report.rows_set_aside == report.rows_read == 6


def test_a_currency_column_that_mixes_codes_counts_too(tmp_path):
    text = ("Date,Customer,Total,Currency\n2024-01-05,C1,12.50,USD\n2024-01-06,C2,8.00,EUR\n"
            "2024-01-07,C3,5.00,usd\n")
    with pytest.raises(CurrencyNeeded) as caught:
        import_purchases(_write(tmp_path, text))
    assert caught.value.currencies == [("USD", 2), ("EUR", 1)] and caught.value.column == "Currency"
    result = import_purchases(_write(tmp_path, text), ImportOptions(currency="USD"))
    assert result.transactions["amount"].tolist() == [12.5, 5.0] and result.report.currency == "USD"


def test_one_currency_written_two_ways_is_one_currency(tmp_path):
    text = "Date,Customer,Amount\n2024-01-05,C1,€12.50\n2024-01-06,C2,8.00 EUR\n2024-01-07,C3,3\n"
    result = import_purchases(_write(tmp_path, text), ImportOptions(currency="GBP"))  # (nothing to choose)
    assert result.transactions["amount"].tolist() == [12.5, 8.0, 3.0] and result.report.currency == "EUR"


def test_choosing_a_currency_the_file_does_not_hold_asks_again(tmp_path):
    with pytest.raises(CurrencyNeeded, match="No row is in GBP, the currency chosen"):
        import_purchases(_write(tmp_path, MIXED), ImportOptions(currency="GBP"))


def test_the_choice_is_a_project_setting_with_its_own_check():
    assert ImportOptions.from_dict({"currency": " eur "}).currency == "EUR"
    assert ImportOptions.from_dict(ImportOptions(currency="CHF").to_dict()).currency == "CHF"
    with pytest.raises(SettingsError, match="not a three-letter currency code"):
        ImportOptions.from_dict({"currency": "euro"})
    assert valid_code("usd") == "USD" and valid_code("€") is None and valid_code(None) is None


def test_a_bad_choice_is_refused(tmp_path):
    with pytest.raises(InputError, match='"12" is not a currency code'):
        import_purchases(_write(tmp_path, MIXED), ImportOptions(currency="12"))


def test_command_line_stops_with_exit_2_then_keeps_the_chosen_currency(tmp_path, capfd):
    path = _write(tmp_path, MIXED)
    assert main([str(path)]) == 2
    err = capfd.readouterr().err
    assert "more than one currency: EUR (3 rows)" in err and "--currency EUR" in err
    out = tmp_path / "customers.csv"
    printed = io.StringIO()
    assert run(build_parser().parse_args([str(path), "--currency", "EUR", "--customers-out", str(out)]), printed) == 0
    printed = printed.getvalue()
    assert "amount in another currency than EUR, the one chosen" in printed and "Currency: EUR (chosen" in printed
    assert out.read_text(encoding="utf-8").count("\n") == 5  # header + C2, C3, C4, C5


def test_plain_number_text_is_seen_to_hold_no_currency_mark_without_reading_its_values(tmp_path):
    """without_currency_marks decides on the Arrow bytes; a single sign or code anywhere sends the
    column to the values' reading, which names it."""
    text = pd.StringDtype(na_value=np.nan)
    assert without_currency_marks(pd.Series(["12.50", "1.234,56", None, "(3.00)", "-4", "+5 "], dtype=text))
    for marked in ("€12.50", "12 EUR", "$3", "Fr. 4", "12.50 kr"):
        values = pd.Series(["1.00", marked, "2.00"], dtype=text)
        assert not without_currency_marks(values)
        assert not without_currency_marks(values.iloc[1:2])  # (a slice reads the shared bytes)
    assert not without_currency_marks(pd.Series(["12.50"], dtype=object))  # (not Arrow: values are read)
    plain = "Date,Customer,Amount\n2024-01-05,C1,12.50\n2024-01-06,C2,8.00\n2024-01-07,C3,1.234\n"
    assert import_purchases(_write(tmp_path, plain)).report.currency is None
    one = import_purchases(_write(tmp_path, plain.replace("8.00", "€8.00"), "one.csv")).report
    assert (one.currency, one.currency_how) == ("EUR", 'from the symbols in "Amount"')


def test_the_amount_columns_name_says_the_currency_when_no_cell_does(tmp_path):
    """Found by a trial of the window: a florist's sheet with "Summe (€)" and plain numbers was shown in
    pounds everywhere, without a word that a currency had been assumed."""
    path = tmp_path / "book.csv"
    path.write_text("Datum;Kunde;Summe (€)\n01.02.2024;K1;12,50\n03.02.2024;K2;8,00\n", encoding="utf-8")
    report = import_purchases(path).report
    assert (report.currency, report.currency_how) == ("EUR", 'from the name of column "Summe (€)"')
    path.write_text("Date,Customer,Amount EUR\n2024-02-01,K1,12.50\n", encoding="utf-8")
    assert import_purchases(path).report.currency == "EUR"
    path.write_text("Date,Customer,Amount\n2024-02-01,K1,12.50\n", encoding="utf-8")
    report = import_purchases(path).report
    assert report.currency is None
    assert ("Currency: not named in the file (no currency column, sign or code): money is shown in the shop's "
            "currency, which you can set") in report.to_text()


def test_a_mailing_without_a_project_is_in_the_files_currency(tmp_path, capsys):
    """A euro file's mailing from the command line without a project was written in pounds (the
    default shop), where the window takes the file's currency on a first import."""
    import openpyxl  # noqa: PLC0415

    rows = [f"2024-{1 + i % 12:02d}-{1 + i % 27:02d},C{i % 40},c{i % 40}@ex.com,€{10 + i % 50}.50" for i in range(300)]
    path = tmp_path / "orders.csv"
    path.write_text("Date,Customer,Email,Amount\n" + "\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "mailing.xlsx"
    assert main([str(path), "--mailing-out", str(out), "--seed", "1"]) == 0
    capsys.readouterr()
    book = openpyxl.load_workbook(out)
    formats = {cell.number_format for ws in book.worksheets[1:] for row in ws.iter_rows(min_row=2, max_row=2)
               for cell in row if isinstance(cell.value, float)}
    assert any("€" in f for f in formats) and not any("£" in f for f in formats)
