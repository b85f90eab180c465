"""Cleaning: id normalising, e-mail ids, set-aside reasons with rows and values, returns."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.errors import InputError
from core.importing.cleaning import clean_transactions, normalise_text
from core.importing.importer import import_customer_attributes, import_purchases
from core.importing.mapping import detect_mapping
from core.language import Language
from core.words import Words


def _clean(frame, **kwargs):
    tx, report, _consent = clean_transactions(frame, detect_mapping(frame), **kwargs)
    return tx, report


def test_excel_float_ids_and_text_ids_agree():
    assert normalise_text(pd.Series([12346.0, None, 7.0]), ids=True).tolist()[::2] == ["12346", "7"]
    assert normalise_text(pd.Series([" 12346.0 ", "A-7", ""], dtype=object), ids=True).tolist()[:2] == \
        ["12346", "A-7"]
    assert pd.isna(normalise_text(pd.Series(["  "]), ids=True).iloc[0])


def test_email_is_the_id_when_there_is_no_customer_column():
    frame = pd.DataFrame({"Date": ["2024-01-01", "2024-01-02"], "E-mail": [" Ann@X.org", "ann@x.org "],
                          "Amount": ["1.00", "2.00"]})
    tx, report = _clean(frame)
    assert tx["customer_id"].tolist() == ["ann@x.org", "ann@x.org"] and report.customers == 1
    assert tx["email"].tolist() == ["ann@x.org", "ann@x.org"]


def test_set_aside_reasons_with_rows_and_values():
    frame = pd.DataFrame({
        "Date": ["2024-01-01", "someday", "2024-01-03", "2024-01-04", None, "2024-01-06"],
        "Customer": ["1", "2", None, "4", None, "6"],
        "Amount": ["1.00", "2.00", "3.00", "n/a", None, "-6.00"],
    })
    tx, report = _clean(frame, first_data_row=5)
    assert tx["source_row"].tolist() == [5, 10]
    assert report.rows_read == 5 and report.blank_rows == 1 and report.rows_kept == 2
    by_reason = {item.reason.split(" (")[0]: item for item in report.set_aside}
    assert by_reason["no customer id"].examples == [(7, "")]
    assert by_reason["date missing or unreadable"].examples == [(6, "someday")]
    assert by_reason["amount missing or unreadable"].examples == [(8, "n/a")]
    assert tx["is_return"].tolist() == [False, True]
    assert report.return_rows == 1 and report.returns_amount == -6.0
    text = report.to_text()
    assert 'row 6 "someday"' in text and "Blank rows skipped: 1" in text


def test_a_totals_row_with_a_date_is_no_customer():
    """A hand-kept sheet's "TOTAL" row carried a date, so it became the shop's best customer, who had
    bought everything (its revenue the sum of all the others)."""
    frame = pd.DataFrame({"Date": ["2024-02-03", "2024-02-04", "2024-02-04", "2024-02-05"],
                          "Customer": ["A", "B", "Grand Total:", "Totalmente"],
                          "Amount": ["10.50", "5.25", "15.75", "3.00"]})
    tx, report = _clean(frame)
    assert tx["customer_id"].tolist() == ["A", "B", "Totalmente"] and report.revenue == 18.75
    [aside] = report.set_aside
    assert (aside.reason, aside.count, aside.examples) == ('a totals row ("Grand Total:" where the customer should be)',
                                                           1, [(4, "Grand Total:")])
    assert "eine Summenzeile („Grand Total:“ statt eines Kunden)" in report.to_text(Words(Language.GERMAN))


def test_c_invoices_only_in_an_otherwise_numeric_column():
    base = {"Date": ["2024-01-01"] * 3, "Customer": ["1", "2", "3"], "Amount": ["5", "5", "5"]}
    tx, report = _clean(pd.DataFrame({**base, "Invoice": ["536365", "C536366", "536367"]}))
    assert tx["is_return"].tolist() == [False, True, False] and report.cancellation_rows == 1
    tx, _ = _clean(pd.DataFrame({**base, "Invoice": ["CA-1", "CB-2", "DA-3"]}))
    assert not tx["is_return"].any()


def test_orders_without_order_id_are_customer_days():
    frame = pd.DataFrame({"Date": ["2024-01-01", "2024-01-01", "2024-01-02"], "Customer": ["1", "1", "1"],
                          "Amount": ["1", "2", "3"]})
    tx, report = _clean(frame)
    assert tx["order_id"].isna().all() and report.orders == 2


def test_customers_with_only_returns_are_reported():
    frame = pd.DataFrame({"Date": ["2024-01-01", "2024-01-02"], "Customer": ["1", "2"], "Amount": ["5", "-5"]})
    _, report = _clean(frame)
    assert report.customers_only_returns == 1


def test_attribute_columns_are_text():
    frame = pd.DataFrame({"Date": ["2024-01-01"], "Customer": ["1"], "Amount": ["5"],
                          "Phone": [4915112345678.0], "Country": [" Germany "]})
    tx, _ = _clean(frame)
    assert tx["phone"].tolist() == ["4915112345678"] and tx["country"].tolist() == ["Germany"]


def test_customer_attributes_file_last_non_empty_wins(tmp_path):
    path = tmp_path / "kunden.csv"
    path.write_text("Kundennummer;Vorname;E-Mail;Newsletter;Kunde seit;Opens\n"
                    "17;Anna;anna@x.de;ja;01.02.2020;3\n"
                    "18;Ben;;nein;15.03.2021;\n"
                    "17;;ANNA@neu.de;;;5\n"
                    ";Nobody;n@x.de;;;\n", encoding="utf-8")
    result = import_customer_attributes(path)
    table = result.attributes.set_index("customer_id")
    assert list(table.index) == ["17", "18"]
    assert table.loc["17", "first_name"] == "Anna" and table.loc["17", "email"] == "anna@neu.de"
    assert table.loc["18", "consent"] == "no" and table.loc["17", "consent"] == "yes"  # one meaning: yes / no
    assert str(table.loc["18", "signup_date"].date()) == "2021-03-15"
    assert table.loc["17", "email_opens"] == 5.0
    assert result.report.set_aside_count("no customer id") == 1
    assert result.report.customers == 2


def test_the_sample_workbook_imports_what_pandas_reads_of_its_csv_twin(sample_xlsx, sample_csv):
    """The bundled workbook through the importer keeps exactly the rows a plain pandas read of the
    same data (its CSV twin) has a customer id on, with Quantity × UnitPrice as the amount. (How fast
    a big workbook imports is the benchmark's: bench/run_benchmarks.py, rows "importer" and "CLI".)"""
    raw = pd.read_csv(sample_csv, dtype={"CustomerID": str})
    with_id = raw[raw["CustomerID"].notna()]
    assert (len(raw), len(with_id), with_id["CustomerID"].nunique()) == (33_073, 25_895, 300)
    result = import_purchases(sample_xlsx)
    tx = result.transactions
    assert result.report.rows_read == len(raw)
    assert len(tx) == len(with_id) and tx["customer_id"].nunique() == 300
    assert set(tx["customer_id"]) == set(with_id["CustomerID"])
    assert tx["amount"].sum() == pytest.approx((with_id["Quantity"] * with_id["UnitPrice"]).sum(), abs=0.005)
    assert round(float(tx["amount"].sum()), 2) == 665_295.29
    assert int(tx["is_return"].sum()) == int((with_id["Quantity"] < 0).sum()) == 532
    assert (str(tx["date"].min().date()), str(tx["date"].max().date())) == ("2010-12-01", "2011-12-09")


def test_nan_free_kept_core_columns(sample_csv):
    tx = import_purchases(sample_csv).transactions
    assert tx[["customer_id", "date", "amount"]].notna().all().all()
    assert np.isfinite(tx["amount"]).all()
    assert tx["source_row"].is_monotonic_increasing
    pytest.importorskip("pyarrow")


def test_a_customers_file_with_only_its_header_is_said_so(tmp_path):
    """Found by a hostile trial: a customers file holding only its header row ended in exit 1 (an
    IndexError where its customers were merged)."""
    path = tmp_path / "customers.csv"
    path.write_text("CustomerID,Email,Consent\n", encoding="utf-8")
    with pytest.raises(InputError, match="The customers file has no rows under its header") as caught:
        import_customer_attributes(path)
    assert "without a customers file" in caught.value.what_to_do and caught.value.file == "customers.csv"


def test_a_cancelled_invoice_written_with_a_positive_amount_is_taken_off(tmp_path):
    # found by a hostile trial: "C536391" with quantity 1 and price 3.25 was added to what the
    # customer spent, although it was counted among the cancellations
    from core.importing import import_purchases  # noqa: PLC0415 - beside the test that uses it

    path = tmp_path / "till.csv"
    path.write_text("InvoiceNo,InvoiceDate,CustomerID,Quantity,UnitPrice\n"
                    "536390,2024-01-02,12348,2,3.25\n536391,2024-01-03,12348,4,10.00\n"
                    "C536392,2024-01-04,12348,1,3.25\nC536393,2024-01-05,12347,-2,5.00\n"
                    "536394,2024-01-06,12347,3,5.00\n", encoding="utf-8")
    imported = import_purchases(path)
    table = imported.transactions.sort_values("source_row")
    assert table["amount"].tolist() == [6.5, 40.0, -3.25, -10.0, 15.0]
    assert table["is_return"].tolist() == [False, False, True, True, False]
    assert imported.report.revenue == 48.25
    [said] = [str(w) for w in imported.report.warnings if "cancelled invoice" in str(w)]
    assert said.startswith("1 row on a cancelled invoice (its number starts with C, first in row 4) has a positive")


def test_ids_a_spreadsheet_shortened_to_scientific_form_are_said(tmp_path):
    # found by a hostile trial: five order numbers Excel had written "1,23457E+15" became one order, silently
    from core.importing import import_purchases  # noqa: PLC0415 - beside the test that uses it

    path = tmp_path / "kasse.csv"
    path.write_text("Bestellnummer;Datum;Kunde;Betrag\n" + "".join(
        f"1,23457E+15;0{day}.03.2024;K-00{day % 3};{10 + day},00\n" for day in range(1, 6)), encoding="utf-8")
    imported = import_purchases(path)
    [said] = [str(w) for w in imported.report.warnings if "shortened" in str(w)]
    assert said.startswith('5 values in column "Bestellnummer" are numbers a spreadsheet program shortened '
                           '("1,23457E+15", first in row 2)')
    plain = tmp_path / "plain.csv"
    plain.write_text("Order;Date;Customer;Amount\n1234567890123456;2024-03-01;K1;10\n", encoding="utf-8")
    assert not [w for w in import_purchases(plain).report.warnings if "shortened" in str(w)]
