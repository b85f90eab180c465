"""Customer cells that name no customer (definitions §1): placeholders for a missing id and the labels
of totals rows, on real files as a hostile-file trial wrote them."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pandas as pd

from core.importing.importer import import_customer_attributes, import_purchases
from core.importing.not_customers import placeholder_ids, product_totals, totals_labels, totals_word_at_an_end
from core.importing.report import TOTALS_REASON
from core.language import Language
from core.words import Words

PLACEHOLDERS = ["-", "?", "n/a", "N/A", "null", "None", "nan", "#N/A", "—", "NA", "(blank)", "..."]


def test_placeholder_ids_are_set_aside_as_no_customer_id(tmp_path):
    """z02_placeholder_ids.xlsx / z01_nan_inf_null.csv: "-", "?", "n/a", "null", "None", "#N/A" … each
    became a customer who bought every purchase of every guest."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Kunden-Nr.", "Datum", "Betrag", "Beleg"])
    for i, placeholder in enumerate(PLACEHOLDERS):
        sheet.append([placeholder, dt.datetime(2024, 2, 1 + i), 100.0 + i, 2000 + i])
    for i in range(6):
        sheet.append([f"C00{i % 3}", dt.datetime(2024, 3, 1 + i), 10.0, 3000 + i])
    sheet.append(["∑", dt.datetime(2024, 3, 31), 60.0, None])   # (a totals sign, not a placeholder)
    path = tmp_path / "placeholders.xlsx"
    book.save(path)
    result = import_purchases(path)
    assert sorted(result.transactions["customer_id"].unique()) == ["C000", "C001", "C002"]
    assert result.report.revenue == 60.0 and result.report.rows_kept == 6
    aside = {s.reason: s for s in result.report.set_aside}
    assert aside["no customer id"].count == len(PLACEHOLDERS)
    assert aside["no customer id"].examples[:3] == [(2, "-"), (3, "?"), (4, "n/a")]
    assert aside['a totals row ("∑" where the customer should be)'].count == 1


def test_placeholders_in_a_csv_and_in_the_customers_file(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("Customer ID,Date,Amount\nNA,2024-02-01,10\nnull,2024-02-02,10\nNone,2024-02-03,10\n"
                    "nan,2024-02-04,10\n#N/A,2024-02-05,10\nN/A,2024-02-06,10\n-,2024-02-07,10\n?,2024-02-08,10\n"
                    "K14,2024-03-01,10\nNA-17,2024-03-02,10\nnone2,2024-03-03,10\n", encoding="utf-8")
    result = import_purchases(path)
    assert sorted(result.transactions["customer_id"]) == ["K14", "NA-17", "none2"]
    assert result.report.set_aside_count("no customer id") == 8
    people = tmp_path / "c.csv"
    people.write_text("Customer ID,City\nK14,Leeds\n-,York\nn/a,Hull\n", encoding="utf-8")
    customers = import_customer_attributes(people)
    assert customers.attributes["customer_id"].tolist() == ["K14"]
    [aside] = customers.report.set_aside
    assert (aside.reason, aside.count, aside.examples) == ("no customer id", 2, [(3, "-"), (4, "n/a")])


def test_placeholder_rule_on_values():
    values = pd.Series(["-", "?", "—", "...", "n/a", "NULL", "#N/A", "∑", "Σ", "A-1", "12346", "Zoë", "-1", "(blank)"],
                       dtype="str")
    assert values[placeholder_ids(values)].tolist() == ["-", "?", "—", "...", "n/a", "NULL", "#N/A", "(blank)"]


LABELS = ["Total March", "TOTAL:", "Gesamtergebnis", "Total Result", "Summe März", "Totals 2023", "Sum of Amount",
          "Ergebnis", "Total général", "Grand total (EUR)", "Monthly total", "∑", "Subtotal C001", "C001 Total",
          "Total C001", "Endsumme", "Gesamtsumme", "Totaal generaal", "Résultat", "TOTALE"]


def _labels_book(path, labels, customers=("C001", "C002", "Total Fitness GmbH", "Summers", "Totalmente")):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Customer", "Date", "Amount"])
    for i, customer in enumerate(customers):
        sheet.append([customer, dt.datetime(2023, 5, 1 + i), 10.0 * (i + 1)])
    for i, label in enumerate(labels):
        sheet.append([label, dt.datetime(2024, 4, 1 + i), 9999.0])
    book.save(path)
    return path


def test_totals_labels_of_spreadsheet_programs_are_no_customers(tmp_path):
    """h03_totals_labels.xlsx: every label beyond the exact words became a customer who "bought"
    9,999.00 in April 2024, the reference date moving with them."""
    result = import_purchases(_labels_book(tmp_path / "labels.xlsx", LABELS))
    assert sorted(result.transactions["customer_id"]) == ["C001", "C002", "Summers", "Total Fitness GmbH",
                                                          "Totalmente"]
    assert result.report.revenue == 150.0 and result.latest_date == pd.Timestamp("2023-05-05")
    [aside] = result.report.set_aside
    assert (aside.reason, aside.count) == (TOTALS_REASON, len(LABELS))
    assert aside.examples[:2] == [(7, "Total March"), (8, "TOTAL:")]
    assert "eine Summenzeile (eine Summe oder Zwischensumme statt eines Kunden)" in \
        result.report.to_text(Words(Language.GERMAN))


def test_monthly_sums_of_a_german_till_sheet(tmp_path):
    """h03b_monthly_sums_de.xlsx: "Summe Januar" … "Summe Mai" and "Gesamtergebnis" under each month."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Kasse Boutique Élan 2024"])
    sheet.append([])
    sheet.append(["Datum", "Kunde", "Artikel", "Betrag"])
    for month, name in ((1, "Januar"), (2, "Februar"), (3, "März")):
        sheet.append([dt.datetime(2024, month, 3), "C001", "Ware", 10.0 * month])
        sheet.append([dt.datetime(2024, month, 9), "C002", "Ware", 1.0])
        sheet.append([dt.datetime(2024, month, 28), f"Summe {name}", None, 10.0 * month + 1])
    sheet.append([dt.datetime(2024, 3, 31), "Gesamtergebnis", None, 63.0])
    path = tmp_path / "kasse.xlsx"
    book.save(path)
    result = import_purchases(path)
    assert result.report.revenue == 63.0 and result.report.customers == 2
    assert result.report.set_aside_count("a totals row") == 4
    assert result.latest_date == pd.Timestamp("2024-03-09")


def test_a_totals_word_with_a_name_is_a_totals_row_only_without_an_order_id(tmp_path):
    """"Total Fitness GmbH" is a customer; "Totals for the year" with no order number, in a file whose
    rows all have one, is the sheet's sum."""
    path = tmp_path / "orders.csv"
    path.write_text("Invoice,Customer,Date,Amount\n1001,Total Fitness GmbH,2024-01-05,100\n"
                    "1002,Anna,2024-01-06,50\n1003,Total Fitness GmbH,2024-02-05,20\n"
                    ",Totals for the year,2024-12-31,170\n", encoding="utf-8")
    result = import_purchases(path)
    assert sorted(result.transactions["customer_id"].unique()) == ["Anna", "Total Fitness GmbH"]
    assert [s.examples for s in result.report.set_aside] == [[(5, "Totals for the year")]]
    assert result.latest_date == pd.Timestamp("2024-02-05")


def test_totals_rules_on_values():
    values = pd.Series(LABELS + ["C001", "Total Fitness GmbH", "Sum of Parts Ltd", "Fitness Total", "Totalmente",
                                 "Summe", "12345 Total", "12345", "Subtotal", "Ergebnis 2023/24", "Monatssumme"],
                       dtype="str")
    found = values[totals_labels(values, ["Customer", "Date", "Amount"])].tolist()
    assert found == LABELS + ["Summe", "12345 Total", "Subtotal", "Ergebnis 2023/24", "Monatssumme"]
    edge = values[totals_word_at_an_end(values)].tolist()
    assert "Total Fitness GmbH" in edge and "Fitness Total" in edge and "Totalmente" not in edge


def test_subtotal_labels_in_the_product_column():
    values = pd.Series(["Zwischensumme", "Summe", "Mug", "TOTAL", "Result", "Total Gym", "Summe März", "Subtotal Mugs",
                        "Sum", "Gesamt (EUR)", "Grand total", "Ergebnis"])
    assert product_totals(values).tolist() == [True, True, False, True, False, False, True, True, False, True, True,
                                               False]


def test_a_subtotal_row_labelled_in_the_product_column_is_set_aside(tmp_path):
    """Found by a trial on hand-kept sheets: a customer's subtotal row (Anna | Zwischensumme | 50) was a
    purchase: Anna's revenue doubled, and "Zwischensumme" became her favourite product, without a word."""
    path = tmp_path / "kassenbuch.csv"
    path.write_text("Datum;Kunde;Artikel;Betrag\n"
                    "01.03.2024;Anna;Kanne;30,00\n02.03.2024;Anna;Tasse;20,00\n04.03.2024;Anna;Zwischensumme;50,00\n"
                    "02.03.2024;Ben;Tasse;10,00\n02.03.2024;Ben;Summe;10,00\n03.03.2024;Cleo;Total Gym;99,00\n",
                    encoding="utf-8")
    result = import_purchases(path)
    assert result.transactions.groupby("customer_id")["amount"].sum().to_dict() == {"Anna": 50.0, "Ben": 10.0,
                                                                                   "Cleo": 99.0}
    [aside] = [s for s in result.report.set_aside if "subtotal" in s.reason]
    assert aside.count == 2 and aside.reason == 'a subtotal row ("Zwischensumme" where the product should be)'


def test_placeholder_cells_of_names_and_contacts_are_missing():
    from core.importing.not_customers import without_placeholders  # noqa: PLC0415 - this test's function

    text = pd.Series(["n/a", "NULL", "-", "(blank)", "Nil", "Anna", None], dtype="string")
    assert without_placeholders(text).tolist() == [pd.NA, pd.NA, pd.NA, pd.NA, "Nil", "Anna", pd.NA]
